"""Reading gold records, task selection, deduplication and the gate subset."""

from __future__ import annotations

import json

import pytest
from evaluate_helpers import gold_event, gold_record

from legation.errors import InputError
from legation.evaluate.gold import dedup_groups, file_sha256, gate_sample, read_gold, select_task


def test_read_gold_parses_records(tmp_path):
    line = {
        "id": "plover_gsr:X-1", "text": "Chile praised Peru.", "date": None, "scope": "illustrative",
        "group": "g1", "negative": False,
        "events": [{"type": "SUPPORT", "mode": None, "cameo": "051",
                    "source": {"text": "Chile", "country": "CHL", "sector": None, "code": "CHL"},
                    "target": {"text": "Peru", "country": "PER", "sector": None, "code": "PER"},
                    "orig": {"scheme": "test"}}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    (record,) = read_gold(path)
    assert record.types == {"SUPPORT"}
    assert record.events[0].source.country == "CHL"
    assert record.source_name == "plover_gsr"
    assert len(file_sha256(path)) == 64


def test_read_gold_rejects_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("{not json}\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:1"):
        read_gold(path)


def test_dedup_groups_prefers_gsr():
    cameo = gold_record("cameo_examples:040", gold_event("CONSULT"), group="g")
    gsr = gold_record("plover_gsr:C-1", gold_event("CONSULT", "USA", "CHN"), group="g")
    other = gold_record("cameo_examples:051", gold_event("SUPPORT"))
    assert dedup_groups([cameo, gsr, other]) == [gsr, other]


def test_select_task_filters_scope_and_types():
    typed = gold_record("plover_gsr:1", gold_event("AGREE"))
    untyped = gold_record("cameo_examples:010", gold_event(None))
    police = gold_record("ipe:1", scope="restricted:police-actions", negative=True)
    case = gold_record("case2021t2:1", gold_event(label="ARREST"), scope="restricted:single-label-subtype")
    records = [typed, untyped, police, case]
    assert select_task(records, "plover") == [typed]
    assert select_task(records, "police") == [police]
    assert select_task(records, "case") == [case]
    with pytest.raises(ValueError, match="unknown task"):
        select_task(records, "nope")


def test_gate_sample_keeps_strong_police_labels():
    scope = "restricted:police-actions"
    police = [gold_record(f"ipe:{i}", scope=scope, negative=True) for i in range(10)]
    arrest = gold_record("ipe:arrest", gold_event(labels=["ANY_ACTION", "ARREST"]), scope=scope)
    plover = gold_record("plover_gsr:1", gold_event("AGREE"))
    sample = gate_sample([plover, arrest, *police], police_size=4)
    assert plover in sample and arrest in sample
    assert sum(r.scope == scope for r in sample) == 4
    assert sample == gate_sample([plover, arrest, *police], police_size=4)
