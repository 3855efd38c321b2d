"""Browser-test fixtures: a live API server over a small synthetic store, and Chromium.

Tests here are marked ``needs_browser``; they skip, saying why, when Debian's
``chromium`` or the ``playwright`` package is missing (``make test`` installs both
through ``mk/browser.mk``).
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUTPUT = Path(__file__).resolve().parents[3] / "test-output"


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (make test installs it: apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install playwright)"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``needs_browser`` tests when Chromium or Playwright is missing."""
    reason = _browser_missing()
    if reason is None:
        return
    for item in items:
        if "needs_browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve the API app over a 400-event synthetic store; yield its base URL."""
    import uvicorn

    from legation.api import create_app
    from legation.store.synthetic import generate_synthetic_store

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'events.db'}"
    generate_synthetic_store(url, events=400, seed=3)
    app = create_app(db=url)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """``test-output/`` at the repository root (gitignored), created on demand."""
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (never ``playwright install``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    """A fresh page that fails the test on any request leaving localhost."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    outside: list[str] = []

    def guard(route: object) -> None:
        request_url = route.request.url  # type: ignore[attr-defined]
        if request_url.startswith(("http://127.0.0.1", "data:", "about:")):
            route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(request_url)
            route.abort()  # type: ignore[attr-defined]

    context.route("**/*", guard)
    new_page = context.new_page()
    yield new_page
    context.close()
    assert not outside, f"the dashboard tried to reach the internet: {outside}"
