"""Integration fixtures: the real pipeline, loaded once."""

from __future__ import annotations

import pytest

from legation.pipeline import Resources, load_resources
from legation.settings import Settings


@pytest.fixture(scope="session")
def resources() -> Resources:
    """spaCy pipeline + coder with the shipped dictionaries (needs the model)."""
    return load_resources(Settings())
