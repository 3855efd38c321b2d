"""Dictionary lint (``legation.dictcheck``) on small fixture dictionaries."""

from __future__ import annotations

import dataclasses
import json

import pytest
import yaml

from legation.coding.ontology import CameoCode, load_ontology
from legation.dictcheck import cameo_table_problems, check_dictionaries, overlapping_roles
from legation.settings import Settings

GRAMMAR = {
    "reporting_verbs": ["say"], "support_verbs": ["hold"], "future_auxiliaries": ["will"],
    "hypothetical_modals": ["could"], "intention_verbs": ["plan"], "intention_to_agree": ["agree"],
    "negating_verbs": ["deny"], "hypothetical_markers": ["if"], "pronouns": ["it"],
    "group_mentions": ["both"],
}


def _write_triggers(folder, entries):
    folder.mkdir()
    (folder / "grammar.yaml").write_text(yaml.safe_dump(GRAMMAR), encoding="utf-8")
    (folder / "a.yaml").write_text(yaml.safe_dump(entries[:1]), encoding="utf-8")
    (folder / "b.yaml").write_text(yaml.safe_dump(entries[1:]), encoding="utf-8")


def _check(**kwargs):
    """Problems in the fixtures (the shipped cameo.csv findings are tested on their own)."""
    return [p for p in check_dictionaries(Settings(), **kwargs) if not p.startswith("cameo.csv")]


def _write_actors(path, entries):
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")


def _country(code):
    return {"id": f"country:{code}", "kind": "country", "name": code, "patterns": [code.lower()],
            "roles": [{"country": code}], "source": "test"}


@pytest.fixture
def clean(tmp_path):
    triggers = tmp_path / "triggers"
    _write_triggers(triggers, [
        {"id": "consult.meet", "type": "CONSULT", "cameo": "040", "pos": "VERB", "lemmas": ["meet"]},
        {"id": "accuse.blame", "type": "ACCUSE", "pos": "VERB", "lemmas": ["blame"]},
    ])
    actors = tmp_path / "countries.jsonl"
    _write_actors(actors, [_country("CHL"), _country("PER")])
    return triggers, actors


def test_check_dictionaries_clean(clean):
    triggers, actors = clean
    assert _check(trigger_dir=triggers, actor_files=[actors]) == []


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ([{"id": "x.one", "type": "CONSULT", "pos": "VERB", "lemmas": ["meet"]},
          {"id": "x.one", "type": "CONSULT", "pos": "VERB", "lemmas": ["visit"]}], "duplicate id"),
        ([{"id": "x.meet", "type": "CONSULT", "pos": "VERB", "lemmas": ["meet"]},
          {"id": "x.fight", "type": "ASSAULT", "pos": "VERB", "lemmas": ["meet"]}], "is also CONSULT"),
        ([{"id": "x.meet", "type": "CONSULT", "mode": "riot", "pos": "VERB", "lemmas": ["meet"]},
          {"id": "x.b", "type": "ACCUSE", "pos": "VERB", "lemmas": ["blame"]}], "mode 'riot' is not a mode"),
        ([{"id": "x.meet", "type": "CONSULT", "cameo": "999", "pos": "VERB", "lemmas": ["meet"]},
          {"id": "x.b", "type": "ACCUSE", "pos": "VERB", "lemmas": ["blame"]}], "CAMEO code '999'"),
        ([{"id": "x.meet", "type": "CHAT", "pos": "VERB", "lemmas": ["meet"]},
          {"id": "x.b", "type": "ACCUSE", "pos": "VERB", "lemmas": ["blame"]}], "not a PLOVER type"),
    ],
)
def test_check_dictionaries_trigger_problems(tmp_path, clean, entries, expected):
    _, actors = clean
    folder = tmp_path / "bad"
    _write_triggers(folder, entries)
    problems = _check(trigger_dir=folder, actor_files=[actors])
    assert any(expected in p for p in problems), problems


def test_check_dictionaries_actor_problems(tmp_path, clean):
    triggers, countries = clean
    people = tmp_path / "people.jsonl"
    _write_actors(people, [
        {"id": "country:CHL", "kind": "country", "name": "Chile again", "patterns": ["chile"],
         "roles": [{"country": "CHL"}], "source": "test"},
        {"id": "person:a", "kind": "person", "name": "A", "patterns": ["a"], "source": "test",
         "roles": [{"country": "XYZ", "sector": "GOV"}]},
        {"id": "person:b", "kind": "person", "name": "B", "patterns": ["b"], "source": "test",
         "roles": [{"country": "CHL", "sector": "GOV", "valid_from": "2000-01-01", "valid_to": "2005-12-31"},
                   {"country": "CHL", "sector": "MIL", "valid_from": "2004-01-01"}]},
    ])
    problems = _check(trigger_dir=triggers, actor_files=[countries, people])
    text = "\n".join(problems)
    assert "country:CHL: duplicate id (also in countries.jsonl)" in text
    assert "person:a: country 'XYZ' is not a known country code" in text
    assert "person:b: roles CHL/GOV 2000-01-01..2005-12-31 and CHL/MIL 2004-01-01.. overlap" in text
    assert len(problems) == 3


def test_curated_file_may_replace_shipped_ids(tmp_path, clean):
    triggers, countries = clean
    curated = tmp_path / "curated.yaml"
    curated.write_text(yaml.safe_dump([_country("CHL")]), encoding="utf-8")
    assert _check(trigger_dir=triggers, actor_files=[countries, curated]) == []


@pytest.mark.parametrize(
    ("roles", "count"),
    [
        # a handover on the same day is not a conflict
        ([{"country": "CHL", "sector": "ELI", "valid_to": "2006-03-11"},
          {"country": "CHL", "sector": "GOV", "valid_from": "2006-03-11"}], 0),
        # an undated role is the fallback
        ([{"country": "CHL", "sector": "ELI"}, {"country": "CHL", "sector": "GOV", "valid_from": "2006-03-11"}], 0),
        # same codes overlapping are not conflicting
        ([{"country": "CHL", "sector": "GOV", "valid_to": "2010-01-01"},
          {"country": "CHL", "sector": "GOV", "valid_from": "2006-01-01"}], 0),
        ([{"country": "CHL", "sector": "GOV", "valid_to": "2010-01-01"},
          {"country": "PER", "sector": "GOV", "valid_from": "2006-01-01"}], 1),
    ],
)
def test_overlapping_roles(roles, count):
    assert len(overlapping_roles(roles)) == count


def test_cameo_table_problems_flags_unknown_mode():
    ontology = load_ontology()
    bad = CameoCode(code="999", name="x", goldstein=None, plover_type="ASSAULT", plover_mode="massacre",
                    plover_context=())
    fake = dataclasses.replace(ontology, cameo={"999": bad})
    assert cameo_table_problems(fake) == ["cameo.csv: 999: mode 'massacre' is not a mode of ASSAULT in plover.yaml"]
