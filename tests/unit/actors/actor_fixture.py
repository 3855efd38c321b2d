"""Data of the fixture knowledge base (our own words) and helpers to write it."""

from __future__ import annotations

import json
from pathlib import Path

COUNTRIES = [
    {"id": "country:RUS", "kind": "country", "name": "Russia",
     "patterns": ["russia", "russian federation"], "demonyms": ["russian", "russians"],
     "capitals": ["moscow"], "roles": [{"country": "RUS"}], "source": "test"},
    {"id": "country:PRK", "kind": "country", "name": "North Korea",
     "patterns": ["north korea", "dprk"], "demonyms": ["north korean", "north koreans"],
     "capitals": ["pyongyang"], "roles": [{"country": "PRK"}], "source": "test"},
    {"id": "country:KOR", "kind": "country", "name": "South Korea",
     "patterns": ["south korea"], "demonyms": ["south korean"], "capitals": ["seoul"],
     "roles": [{"country": "KOR"}], "source": "test"},
    {"id": "country:CHN", "kind": "country", "name": "China", "patterns": ["china"],
     "demonyms": ["chinese"], "capitals": ["beijing"], "roles": [{"country": "CHN"}],
     "source": "test"},
    {"id": "country:USA", "kind": "country", "name": "United States",
     "patterns": ["united states", "us", "u.s.", "america"], "demonyms": ["american"],
     "capitals": ["washington"], "roles": [{"country": "USA"}], "source": "test"},
]
ORGANIZATIONS = [
    {"id": "org:united-nations", "kind": "organization", "name": "United Nations",
     "patterns": ["united nations", "un", "u.n."], "roles": [{"country": "UNO"}],
     "source": "test"},
    {"id": "group:people-s-front", "kind": "group", "name": "People's Front",
     "patterns": ["people's front", "popular front"], "roles": [{"sector": "REB"}], "source": "test"},
]
PEOPLE = [
    # The "imported" Obama: open-ended, as the old Phoenix files have him.
    {"id": "person:barack-obama-old", "kind": "person", "name": "Barack Obama",
     "patterns": ["barack obama", "obama"],
     "roles": [{"country": "USA", "sector": "GOV", "valid_from": "2009-01-20"}],
     "source": "test"},
]
AGENTS = [
    {"id": f"agent:{word.replace(' ', '-')}", "kind": "agent", "name": word,
     "patterns": forms, "roles": [{"sector": sector}], "source": "test"}
    for word, forms, sector in [
        ("police", ["police", "policeman", "policemen"], "COP"),
        ("diplomat", ["diplomat", "diplomats"], "GOV"),
        ("leader", ["leader", "leaders"], "GOV"),
        ("president", ["president", "presidents"], "GOV"),
        ("foreign minister", ["foreign minister", "foreign ministers"], "GOV"),
        ("ministry", ["ministry", "ministries", "ministry of foreign affairs"], "GOV"),
        ("troops", ["troops", "soldier", "soldiers"], "MIL"),
    ]
] + [
    {"id": "agent:gas-explosion", "kind": "agent", "name": "gas explosion",
     "patterns": ["gas explosion"], "roles": [], "junk": True, "source": "test"},
]
CURATED = """\
- id: person:kim-jong-un
  kind: person
  name: Kim Jong Un
  patterns: [Kim Jong Un, Kim Jong-un]
  roles:
    - {country: PRK, sector: GOV, valid_from: 2011-12-17, title: Supreme Leader}
  source: curated
- id: person:xi-jinping
  kind: person
  name: Xi Jinping
  patterns: [Xi Jinping]
  roles:
    - {country: CHN, sector: GOV, valid_from: 2013-03-14, title: President}
  source: curated
- id: person:choe-son-hui
  kind: person
  name: Choe Son Hui
  patterns: [Choe Son Hui]
  roles:
    - {country: PRK, sector: GOV, valid_from: 2022-06-11, title: Foreign Minister}
  source: curated
- id: person:barack-obama
  kind: person
  name: Barack Obama
  patterns: [Barack Obama, Obama]
  roles:
    - {country: USA, sector: GOV, valid_from: 2009-01-20, valid_to: 2017-01-20, title: President}
  source: curated
"""


def write_jsonl(path: Path, entries: list[dict]) -> Path:
    """Write entries as JSONL and return the path."""
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return path


def write_kb_dir(folder: Path, *, curated: bool = True) -> Path:
    """Write the fixture knowledge base into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    write_jsonl(folder / "countries.jsonl", COUNTRIES)
    write_jsonl(folder / "organizations.jsonl", ORGANIZATIONS)
    write_jsonl(folder / "people.jsonl", PEOPLE)
    write_jsonl(folder / "agents.jsonl", AGENTS)
    if curated:
        (folder / "curated.yaml").write_text(CURATED, encoding="utf-8")
    return folder
