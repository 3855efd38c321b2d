"""Exceptions and the catalogue of rejection reason codes.

Three kinds of trouble, three treatments (STYLE.md section 6):

1. A bad input record becomes a :class:`~legation.records.Rejection` with one of
   the reason codes below; the batch goes on.
2. Bad setup (settings, dictionaries, missing model) raises a :class:`SetupError`
   subclass at startup listing every problem.
3. Bugs raise and crash.
"""

from __future__ import annotations

from collections.abc import Sequence

# Stable reason codes: grep for them, count them, never rename them.
REASONS: dict[str, str] = {
    "R-INGEST-NOT-FOUND": "the input path does not exist",
    "R-INGEST-EMPTY": "the input holds no text",
    "R-INGEST-BINARY": "the input is a binary file, not text",
    "R-INGEST-ENCODING": "the input is not valid UTF-8 text",
    "R-INGEST-EXTENSION": "the file extension is not one Legation reads",
    "R-INGEST-TOO-LARGE": "the input is larger than the max_input_bytes setting",
    "R-INGEST-HTML": "no article text could be extracted from the HTML",
    "R-INGEST-JSON": "a JSONL line is not a JSON object",
    "R-INGEST-NO-TEXT": "a JSONL record has no non-empty 'text' field",
    "R-INGEST-FIELD": "a JSONL record has a field of the wrong type or format",
    "R-INGEST-LANGUAGE": "the article is not in English",
    "R-INGEST-DUPLICATE": "the article was already ingested (same id or same content)",
    "R-STAGE-CRASH": "a stage crashed on this item (batch run with on_error='record')",
}


class LegationError(Exception):
    """Base class of every exception Legation raises on purpose."""


class SetupError(LegationError):
    """Bad setup: raised at startup, listing every problem found."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems = list(problems)
        full = message if not self.problems else message + ":\n  - " + "\n  - ".join(self.problems)
        super().__init__(full)


class SettingsError(SetupError):
    """An invalid setting value or settings file."""


class DictionaryError(SetupError):
    """A dictionary file failed validation (file and entry id in each problem)."""


class ModelUnavailable(SetupError):
    """The configured spaCy pipeline is not installed."""


class GazetteerUnavailable(SetupError):
    """The GeoNames data could not be loaded."""


class MigrationError(SetupError):
    """The store's schema could not be brought to the current version."""


class StoreError(LegationError):
    """The database could not be opened or queried (bad URL, locked file, ...)."""


class InputError(LegationError):
    """A user-supplied value (date, filter, format) is invalid."""


def check_reason(code: str) -> str:
    """Return ``code`` if it is a known reason code, else raise ``ValueError``."""
    if code not in REASONS:
        raise ValueError(f"unknown rejection reason code {code!r}")
    return code
