"""The dashboard in headless Chromium: load, filter, see chart and table change, open evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.needs_browser

READY = "document.body.dataset.ready === 'true' && document.body.dataset.loading === 'false'"


def _wait_idle(page: object) -> None:
    page.wait_for_function(READY, timeout=30_000)  # type: ignore[attr-defined]


def test_dashboard_filters_and_opens_evidence(
    live_server: str, page: object, output_dir: Path
) -> None:
    page.goto(live_server + "/")  # type: ignore[attr-defined]
    _wait_idle(page)
    timeline = page.locator("#timeline")  # type: ignore[attr-defined]
    table = page.locator("#events-table")  # type: ignore[attr-defined]
    total_before = int(timeline.get_attribute("data-total"))
    first_rows = table.locator("tbody tr").all_inner_texts()
    assert total_before == 400
    assert page.locator("#timeline rect.bar").count() > 0  # type: ignore[attr-defined]
    assert int(page.locator("#map").get_attribute("data-places")) > 0  # type: ignore[attr-defined]
    assert int(page.locator("#dyads").get_attribute("data-dyads")) > 0  # type: ignore[attr-defined]
    assert len(first_rows) == 50

    page.fill("#f-country", "PRK")  # type: ignore[attr-defined]
    page.select_option("#f-type", ["ACCUSE", "CONSULT", "THREATEN"])  # type: ignore[attr-defined]
    page.click("#apply")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        f"document.querySelector('#timeline').dataset.total !== '{total_before}'", timeout=30_000
    )
    _wait_idle(page)
    total_after = int(timeline.get_attribute("data-total"))
    assert 0 < total_after < total_before
    rows = table.locator("tbody tr").all_inner_texts()
    assert rows != first_rows
    assert rows and all("North Korea" in row for row in rows)
    assert all(any(t in row for t in ("ACCUSE", "CONSULT", "THREATEN")) for row in rows)
    assert page.locator(".chip[data-filter=country]").count() == 1  # type: ignore[attr-defined]

    table.locator("tbody tr").first.click()
    evidence = page.locator("#evidence")  # type: ignore[attr-defined]
    evidence.locator(".mention").first.wait_for(timeout=30_000)
    assert evidence.is_visible()
    quote = evidence.locator(".mention blockquote").first
    trigger = quote.locator("mark.trigger").inner_text()
    assert trigger in ("accused", "held talks with", "threatened")
    assert "North Korea" in quote.inner_text()
    assert quote.locator("mark.actor").count() >= 1
    assert quote.locator("mark.recipient").count() >= 1
    assert "precision" in evidence.inner_text()
    assert evidence.locator("a[href^='https://example.org/synthetic/']").count() == 1

    path = output_dir / "dashboard.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    assert path.stat().st_size > 10_000


def test_dashboard_bad_filter_shows_error_not_crash(live_server: str, page: object) -> None:
    page.goto(live_server + "/")  # type: ignore[attr-defined]
    _wait_idle(page)
    page.fill("#f-since", "2020-01-01")  # type: ignore[attr-defined]
    page.fill("#f-until", "2010-01-01")  # type: ignore[attr-defined]
    page.click("#apply")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#error').textContent.length > 0", timeout=30_000
    )
    assert "after" in page.locator("#error").inner_text()  # type: ignore[attr-defined]
