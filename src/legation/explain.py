"""Say which rule and which dictionary entries produced an event (``legation code --explain``).

Example: for "Riot police fired tear gas at protesters" the ASSAULT event explains itself as
trigger ``assault.crowd`` (conflict.yaml, lemma ``fire``), actor ``agent:riot-police``
("agent agent:riot-police"), recipient ``agent:protesters``, date from the publication date.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from legation.coding.rules import GRAMMAR_FILE, TRIGGER_DIR, RuleSet
from legation.records import Actor, Event, EventMention


@functools.lru_cache(maxsize=4)
def _entry_files(directory: str) -> dict[str, str]:
    """Map each trigger id to the file that defines it."""
    files: dict[str, str] = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        if path.name == GRAMMAR_FILE:
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and "id" in item:
                files.setdefault(str(item["id"]), path.name)
    return files


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "text": actor.text,
        "kb_id": actor.id,
        "country": actor.country,
        "sector": actor.sector,
        "why": actor.why,
    }


def _trigger(mention: EventMention, rules: RuleSet, files: dict[str, str]) -> dict[str, Any]:
    entry = rules.entries.get(mention.rule_id)
    return {
        "id": mention.rule_id,
        "file": files.get(mention.rule_id),
        "lemmas": list(entry.lemmas) if entry else None,
        "pos": entry.pos if entry else None,
        "type": entry.type if entry else mention.type,
        "mode": entry.mode if entry else mention.mode,
        "cameo": entry.cameo if entry else mention.cameo,
        "words": mention.trigger.text,
        "known": entry is not None,
    }


def explain_event(event: Event, *, rules: RuleSet, trigger_dir: Path = TRIGGER_DIR) -> dict[str, Any]:
    """Return which trigger entry, knowledge-base entries and date rule produced an event.

    Args:
        event: a coded event (its mentions carry ``rule_id``, its actors ``id`` and ``why``).
        rules: the rule set the event was coded with (``load_rules()``).
        trigger_dir: folder of the trigger files, to name the file of each entry.

    Returns:
        A JSON-ready dict: ``event_id``, ``type``, ``trigger`` (the best mention's entry: id,
        file, lemmas, pos, type, mode, cameo, matched words; ``known`` is false when the rule
        set has no such id, e.g. the event was coded by another dictionary version), ``actor``
        and ``recipient`` (text, kb_id, country, sector, why), ``date`` (value, precision,
        source, reason), ``dictionary_version`` and one entry per mention (sentence index,
        rule id, trigger words).

    Example::

        explain_event(code_text("Riot police fired tear gas at protesters.")[0], rules=load_rules())
        # {"trigger": {"id": "assault.crowd", "file": "conflict.yaml", ...}, ...}
    """
    files = _entry_files(str(trigger_dir))
    ranked = sorted(event.mentions, key=lambda m: (-m.confidence, m.sentence_index, m.trigger.start))
    best = ranked[0] if ranked else None
    return {
        "event_id": event.event_id,
        "type": event.type,
        "mode": event.mode,
        "trigger": _trigger(best, rules, files) if best else None,
        "actor": [_actor(a) for a in event.actor],
        "recipient": [_actor(a) for a in event.recipient],
        "date": {
            "value": event.date,
            "precision": event.date_precision,
            "source": event.date_source,
            "reason": best.date_reason if best else None,
        },
        "status": event.status,
        "dictionary_version": best.dictionary_version if best else None,
        "rules_version": rules.version,
        "mentions": [
            {
                "sentence_index": m.sentence_index,
                "rule_id": m.rule_id,
                "file": files.get(m.rule_id),
                "trigger": m.trigger.text,
                "confidence": m.confidence,
            }
            for m in event.mentions
        ],
    }
