"""Reading plovigy lines and scoring agreement with PETRARCH2 (no model)."""

from __future__ import annotations

import json

import pytest
from evaluate_helpers import make_event

from legation.coding.ontology import load_ontology
from legation.evaluate.petrarch import detokenize, plover_type, read_petrarch, score_petrarch

ISO = frozenset({"IRQ", "USA", "PSE", "CHL"})


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("CHILE -LRB- SANTIAGO -RRB- SAID MONDAY .", "CHILE (SANTIAGO) SAID MONDAY."),
        ("IRAQ 'S ARMY , IT SAID , LEFT .", "IRAQ'S ARMY, IT SAID, LEFT."),
    ],
)
def test_detokenize(raw, clean):
    assert detokenize(raw) == clean


def test_plover_type_uses_prefix(ontology):
    assert plover_type("100", ontology) == "REQUEST"
    assert plover_type("0749", ontology) == plover_type("074", ontology)


def test_read_petrarch_skips_dividers(tmp_path, ontology):
    lines = [
        {"label": "DEMAND", "text": ">>> DIVIDER <<<", "meta": {"class": "section divider"}},
        {"label": "DEMAND", "text": "CHILE ASKED IRAQ FOR HELP .",
         "meta": {"coder": "P2", "coding": "[u'CHL', u'IRQGOV', u'100']", "textid": "t1"}},
        {"label": "AID", "text": "REFUGEES GOT FOOD .",
         "meta": {"coder": "P2", "coding": "[u'---REF', u'PSEGZA', u'070']", "textid": "t2"}},
    ]
    path = tmp_path / "plovigy.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    codings = read_petrarch(path, ontology=ontology, iso_codes=ISO)
    assert [c.textid for c in codings] == ["t1", "t2"]
    assert (codings[0].type, codings[0].source_country, codings[0].target_country) == ("REQUEST", "CHL", "IRQ")
    assert codings[1].source_country is None and codings[1].target_country == "PSE"
    assert codings[1].type == "AID"


def test_score_petrarch(tmp_path, ontology):
    lines = [
        {"label": "DEMAND", "text": "A .", "meta": {"coding": "[u'CHL', u'IRQ', u'100']", "textid": "a"}},
        {"label": "DEMAND", "text": "B .", "meta": {"coding": "[u'USA', u'IRQ', u'100']", "textid": "b"}},
        {"label": "AID", "text": "C .", "meta": {"coding": "[u'USA', u'PSE', u'070']", "textid": "c"}},
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    a, b, c = read_petrarch(path, ontology=ontology, iso_codes=ISO)
    score = score_petrarch([
        (a, [make_event("REQUEST", ("CHL",), ("IRQ",))]),
        (b, [make_event("REQUEST", ("IRQ",), ())]),
        (c, []),
    ])
    metrics = {name: m.value for name, m in score.metrics.items()}
    assert metrics["top_type_agreement"] == pytest.approx(2 / 3)
    assert metrics["no_event"] == pytest.approx(1 / 3)
    assert metrics["source_agreement"] == 0.5
    assert metrics["target_agreement"] == 0.5
