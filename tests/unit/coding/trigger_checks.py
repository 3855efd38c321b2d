"""Assertions shared by the trigger word-class tests (one hand-built sentence each)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from legation.records import EventMention


def assert_codes(
    mentions: Sequence[EventMention], expected: tuple[str, str | None], absent: Iterable[str] = ()
) -> EventMention:
    """Assert that the (type, mode) ``expected`` is coded and no ``absent`` type is; return its mention."""
    found = [(m.type, m.mode) for m in mentions]
    assert expected in found, found
    assert not {t for t, _ in found} & set(absent), found
    return next(m for m in mentions if (m.type, m.mode) == expected)


def assert_skips(mentions: Sequence[EventMention], absent: str) -> None:
    """Assert that no mention has the type ``absent`` (another sense of the trigger word)."""
    assert absent not in {m.type for m in mentions}, [(m.type, m.rule_id) for m in mentions]
