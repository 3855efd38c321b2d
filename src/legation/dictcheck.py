"""Lint every dictionary (STYLE.md section 5): what ``legation dict check`` reports.

:func:`check_dictionaries` reads the files itself instead of going through the loaders,
so it lists every problem at once instead of stopping at the first broken file:

- duplicate ids: a trigger id in two entries; an actor id twice in one file or in two
  shipped actor files (``curated.yaml`` and user files replace shipped entries on purpose,
  so an id repeated there is not a problem);
- one pattern mapped to conflicting codes: trigger lemmas that give two types
  (:func:`legation.coding.rules.lint_entries`);
- codes missing from the ontology: a trigger type, mode or CAMEO code, a CAMEO-table
  PLOVER type or mode, or an actor role's country or sector that the ontology or the
  country list does not know;
- overlapping validity periods for one actor with conflicting codes: two roles of one entry
  whose dates overlap by more than one day and whose country or sector differ. (PETRARCH
  ranges are inclusive at both ends, so a role ending on the day the next one starts is
  a handover, not a conflict; a role without dates is the fallback, not a conflict.)

Example::

    >>> problems = check_dictionaries(Settings())  # doctest: +SKIP
    >>> problems[0]  # doctest: +SKIP
    'people.jsonl: person:x: roles CHN/GOV 2003-03-15..2013-03-14 and CHN/MIL 2012-11-15..2013-03-14 overlap'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from legation.actors.codes import NONSTATE_CODES, PLOVER_SECTORS
from legation.actors.kb import CURATED_FILE, SHIPPED_FILES, knowledge_base_files
from legation.coding.ontology import ONTOLOGY_DIR, Ontology, load_ontology
from legation.coding.rules import TRIGGER_DIR, lint_entries, read_trigger_files
from legation.errors import DictionaryError
from legation.settings import Settings


def check_dictionaries(
    settings: Settings,
    *,
    trigger_dir: Path = TRIGGER_DIR,
    ontology_dir: Path = ONTOLOGY_DIR,
    actor_files: Sequence[Path] | None = None,
) -> list[str]:
    """Return every problem found in the trigger, ontology and actor dictionaries.

    Args:
        settings: ``settings.actor_files`` adds user actor files to the shipped ones.
        trigger_dir: folder of the trigger YAML files.
        ontology_dir: folder of ``plover.yaml`` and ``cameo.csv``.
        actor_files: actor files to check instead of the knowledge-base files.

    Returns:
        One line per problem, ``file: id: problem``; empty when all is well.
    """
    problems: list[str] = []
    try:
        ontology = load_ontology(ontology_dir)
    except DictionaryError as err:
        problems.extend(err.problems or [str(err)])
        ontology = None
    entries, where, _version = read_trigger_files(trigger_dir, problems, ontology=ontology)
    problems.extend(lint_entries(entries.values(), where=where))
    if ontology is not None:
        problems.extend(cameo_table_problems(ontology))
    paths = list(actor_files) if actor_files is not None else knowledge_base_files(settings)
    problems.extend(actor_problems(paths))
    return problems


def cameo_table_problems(ontology: Ontology) -> list[str]:
    """Return CAMEO rows whose PLOVER type or mode is not in ``plover.yaml``."""
    problems = []
    for code in ontology.cameo.values():
        if code.plover_type is None:
            continue
        ptype = ontology.types.get(code.plover_type)
        if ptype is None:
            problems.append(f"cameo.csv: {code.code}: PLOVER type {code.plover_type!r} is not in plover.yaml")
        elif code.plover_mode and code.plover_mode not in ptype.modes:
            problems.append(
                f"cameo.csv: {code.code}: mode {code.plover_mode!r} is not a mode of {code.plover_type} in plover.yaml"
            )
    return problems


def _read_actor_file(path: Path, problems: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        problems.append(f"{path.name}: cannot read: {err}")
        return
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{path.name}:{number}: not JSON: {err.msg}")
                continue
            if isinstance(item, dict):
                yield number, item
    elif path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as err:
            problems.append(f"{path.name}: not YAML: {err}")
            return
        for number, item in enumerate(data if isinstance(data, list) else [], start=1):
            if isinstance(item, dict):
                yield number, item
    # PETRARCH .txt user files are converted by the loader; their ids are generated.


def actor_problems(paths: Sequence[Path]) -> list[str]:
    """Return duplicate ids, unknown codes and conflicting overlapping roles in actor files."""
    problems: list[str] = []
    raw: list[tuple[Path, int, dict[str, Any]]] = []
    for path in paths:
        raw.extend((path, number, item) for number, item in _read_actor_file(path, problems))
    countries = {
        str(item["id"]).split(":", 1)[1]
        for _, _, item in raw
        if item.get("kind") == "country" and ":" in str(item.get("id", ""))
    }
    seen: dict[str, Path] = {}
    for path, number, item in raw:
        entry_id = str(item.get("id", f"#{number}"))
        earlier = seen.get(entry_id)
        overriding = path.name == CURATED_FILE or path.name not in SHIPPED_FILES
        if earlier is not None and (earlier == path or not overriding):
            where = "the same file" if earlier == path else earlier.name
            problems.append(f"{path.name}:{number}: {entry_id}: duplicate id (also in {where})")
        seen.setdefault(entry_id, path)
        roles = [r for r in item.get("roles") or () if isinstance(r, dict)]
        unknown = sorted({
            f"country {role['country']!r} is not a known country code"
            for role in roles
            if role.get("country") and countries and role["country"] not in countries | NONSTATE_CODES
        } | {
            f"sector {role['sector']!r} is not a PLOVER sector"
            for role in roles
            if role.get("sector") and role["sector"] not in PLOVER_SECTORS
        })
        problems.extend(f"{path.name}:{number}: {entry_id}: {p}" for p in unknown)
        problems.extend(f"{path.name}:{number}: {entry_id}: {p}" for p in overlapping_roles(roles))
    return problems


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _dated(role: dict[str, Any]) -> bool:
    return role.get("valid_from") is not None or role.get("valid_to") is not None


def _label(role: dict[str, Any]) -> str:
    start = role.get("valid_from") or ""
    end = role.get("valid_to") or ""
    return f"{role.get('country') or '-'}/{role.get('sector') or '-'} {start}..{end}"


def overlapping_roles(roles: Iterable[dict[str, Any]]) -> list[str]:
    """Return pairs of roles whose validity overlaps by more than one day with different codes.

    A missing ``valid_from`` / ``valid_to`` is an open end; a role with neither date is the
    entry's fallback (PETRARCH's default code, used outside the dated roles) and is not compared.

    >>> overlapping_roles([{"country": "USA", "sector": "GOV", "valid_from": "2009-01-20"},
    ...                    {"country": "USA", "sector": "ELI", "valid_from": "2017-01-20"}])
    ['roles USA/GOV 2009-01-20.. and USA/ELI 2017-01-20.. overlap']
    """
    items = list(roles)
    problems = []
    for i, first in enumerate(items):
        for second in items[i + 1 :]:
            if (first.get("country"), first.get("sector")) == (second.get("country"), second.get("sector")):
                continue
            if first.get("title") and second.get("title") and first["title"] != second["title"]:
                continue  # two named offices held at once (party leader and president): not a conflict
            if not _dated(first) or not _dated(second):
                continue  # an undated role is the fallback outside the dated ones (PETRARCH)
            start = max(_day(first.get("valid_from")) or date.min, _day(second.get("valid_from")) or date.min)
            end = min(_day(first.get("valid_to")) or date.max, _day(second.get("valid_to")) or date.max)
            if end > start:
                problems.append(f"roles {_label(first)} and {_label(second)} overlap")
    return problems
