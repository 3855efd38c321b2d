"""Acceptance: the seven core events of the sample article (README of ../shared/examples).

``tests/fixtures/envoy-2014-11-14.md`` restates the sample's facts in our own words and
runs everywhere; the original Markdown file runs where ../shared exists (as on CI).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.ingest import read_inputs
from legation.records import Event
from legation.settings import Settings
from legation.workflows import code_articles

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "envoy-2014-11-14.md"

pytestmark = pytest.mark.needs_model


def _countries(actors) -> set[str]:
    return {a.country for a in actors}


def _find(events: list[Event], types: set[str], actor: str, recipient: str | None = None, **fields) -> Event:
    for event in events:
        if event.type not in types or actor not in _countries(event.actor):
            continue
        if recipient is not None and recipient not in _countries(event.recipient):
            continue
        if all(getattr(event, k) == v for k, v in fields.items()):
            return event
    shown = "\n".join(
        f"{e.type} {sorted(_countries(e.actor))}->{sorted(_countries(e.recipient))} {e.date} {e.status}" for e in events
    )
    raise AssertionError(f"no {types} {actor}->{recipient} {fields} among:\n{shown}")


def _code(path: Path, resources) -> list[Event]:
    settings = Settings()
    run = code_articles(read_inputs([str(path)], settings=settings), resources=resources)
    assert not run.rejections
    return run.events


def _check_seven_core_events(events: list[Event]) -> None:
    # 1. Kim Jong Un is to send an envoy to Russia.
    envoy = _find(events, {"AGREE", "CONSULT"}, "PRK", "RUS")
    assert any(a.id == "person:kim-jong-un" for e in events for a in e.actor if e.type in {"AGREE", "CONSULT"}), envoy
    # 2. Choe will visit Moscow on Monday.
    visit = _find(events, {"CONSULT"}, "PRK", "RUS", date="2014-11-17", status="planned")
    assert visit.location is not None and visit.location.name == "Moscow"
    assert visit.location.country == "RUS"
    assert visit.mode == "visit"
    # 3. The UN inquiry's Feb. 17 report accuses North Korea.
    _find(events, {"ACCUSE"}, "UNO", "PRK", date="2014-02-17", date_precision="day")
    # 4. Choe met Xi Jinping last year.
    met = _find(events, {"CONSULT"}, "PRK", "CHN", date="2013", date_precision="year")
    assert any(a.id == "person:xi-jinping" and a.sector == "GOV" for a in met.recipient)
    assert any(a.id == "person:choe-ryong-hae" for a in met.actor)
    # 5. Choe's trip to South Korea in October.
    _find(events, {"CONSULT"}, "PRK", "KOR", date="2014-10", date_precision="month")
    # 6. North Korea dismisses / denounces the UN move.
    _find(events, {"REJECT", "ACCUSE"}, "PRK")
    # 7. Russia and North Korea plan to discuss trade and economic cooperation.
    together = [e for e in events if e.type == "AGREE" and {"RUS", "PRK"} <= _countries(e.actor) | _countries(e.recipient)]
    assert together, "no AGREE between Russia and North Korea"


def test_acceptance_own_words_fixture(resources):
    _check_seven_core_events(_code(FIXTURE, resources))


@pytest.mark.needs_shared
def test_acceptance_sample_article(resources, shared_dir):
    _check_seven_core_events(_code(shared_dir / "examples" / "moscow-times-2014-11-14.md", resources))
