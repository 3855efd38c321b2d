"""``explain_event`` on a hand-built event (no model)."""

from __future__ import annotations

import dataclasses

from evaluate_helpers import make_event

from legation.coding import load_rules
from legation.explain import explain_event
from legation.records import Actor


def test_explain_event_names_rule_entries_and_date():
    rules = load_rules()
    rule_id = next(iter(rules.entries))
    entry = rules.entries[rule_id]
    event = make_event(entry.type, ("CHL",), ("PER",), date="2021-03-04", precision="day")
    mention = dataclasses.replace(event.mentions[0], rule_id=rule_id, date_reason="weekday before publication")
    actor = Actor(text="Chile", country="CHL", id="country:CHL", why="country name country:CHL")
    event = dataclasses.replace(event, mentions=(mention,), actor=(actor,))
    explained = explain_event(event, rules=rules)
    trigger = explained["trigger"]
    assert trigger["id"] == rule_id and trigger["known"]
    assert trigger["file"].endswith(".yaml")
    assert trigger["lemmas"] == list(entry.lemmas)
    assert trigger["type"] == entry.type and trigger["cameo"] == entry.cameo
    assert explained["actor"][0]["kb_id"] == "country:CHL"
    assert explained["actor"][0]["why"] == "country name country:CHL"
    assert explained["date"] == {"value": "2021-03-04", "precision": "day", "source": None,
                                 "reason": "weekday before publication"}
    assert explained["mentions"][0]["rule_id"] == rule_id


def test_explain_event_unknown_rule():
    event = make_event("AGREE")
    explained = explain_event(event, rules=load_rules())
    assert explained["trigger"]["known"] is False
    assert explained["trigger"]["file"] is None
