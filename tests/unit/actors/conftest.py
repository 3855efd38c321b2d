"""Fixtures for the actor tests: a small knowledge base in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_fixture import write_kb_dir

from legation.actors.kb import KnowledgeBase, load_knowledge_base
from legation.settings import Settings


@pytest.fixture(scope="module")
def kb_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder holding the fixture knowledge base."""
    return write_kb_dir(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="module")
def kb(kb_dir: Path) -> KnowledgeBase:
    """The fixture knowledge base, loaded."""
    return load_knowledge_base(Settings(), base_dir=kb_dir)
