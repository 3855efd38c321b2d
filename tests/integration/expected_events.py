"""Compare coded events with the hand-coded core events of an ``expected.yaml`` file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from legation.records import Event


@dataclass
class Comparison:
    """Which expected events were found, per file."""

    found: list[tuple[str, dict[str, Any], Event]] = field(default_factory=list)
    missed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0


def load_expected(path: Path) -> list[dict[str, Any]]:
    """Read an expected-events YAML file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _countries(actors: Any) -> set[str]:
    return {a.country for a in actors if a.country}


def matches(expected: dict[str, Any], event: Event) -> bool:
    """Same type, a shared actor country and (when expected has one) a shared recipient country."""
    if event.type != expected["type"]:
        return False
    if not set(expected.get("actor") or []) & _countries(event.actor):
        return False
    wanted = set(expected.get("recipient") or [])
    return not wanted or bool(wanted & _countries(event.recipient))


def compare(expected_files: list[dict[str, Any]], events_by_article: dict[str, list[Event]]) -> Comparison:
    """Match each expected event against the events coded for its article."""
    result = Comparison()
    for item in expected_files:
        key = item.get("id") or item["file"]
        coded = events_by_article.get(key, [])
        for expected in item["events"]:
            hit = next((e for e in coded if matches(expected, e)), None)
            if hit is None:
                result.missed.append((key, expected))
            else:
                result.found.append((key, expected, hit))
    return result
