"""Legation: news articles in, coded PLOVER political events out.

The library verbs load lazily, so ``import legation`` stays cheap::

    import legation
    events = legation.code_text("Russia and China held talks in Beijing on Monday.",
                                published="2024-05-17")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "code_text": "legation.workflows",
    "code_articles": "legation.workflows",
    "ingest_articles": "legation.workflows",
    "read_inputs": "legation.ingest",
    "Settings": "legation.settings",
    "load_settings": "legation.settings",
    "open_store": "legation.store",
    "load_resources": "legation.pipeline",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    """Import a library verb on first use (``legation.code_text`` and friends)."""
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'legation' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
