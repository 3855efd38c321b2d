"""Gold records of ``../shared/eval/*.jsonl``: reading, task selection, deduplication.

A gold record is one sentence or passage coded by people outside the project (format in
``../shared/eval/SOURCES.md``). Each task scores only the records whose ``scope`` says
its labels cover the question asked:

======== ======================================== ==========================================
task     scope                                    label used
======== ======================================== ==========================================
plover   ``illustrative``,                        ``events[].type`` (PLOVER), source/target
         ``consensus:coder-training``             country; records without a type are left out
protest  ``restricted:contentious-politics``      ``negative`` (false = the sentence reports a
                                                  protest; GLOCON labels 1 and 2)
case     ``restricted:single-label-subtype``      ``events[0].orig.label`` (ACLED-style)
police   ``restricted:police-actions``            ``events[0].orig.labels`` (IndiaPoliceEvents)
======== ======================================== ==========================================
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legation.errors import InputError

TASKS: tuple[str, ...] = ("plover", "protest", "case", "police")
PLOVER_SCOPES: frozenset[str] = frozenset({"illustrative", "consensus:coder-training"})
TASK_SCOPES: dict[str, frozenset[str]] = {
    "plover": PLOVER_SCOPES,
    "protest": frozenset({"restricted:contentious-politics"}),
    "case": frozenset({"restricted:single-label-subtype"}),
    "police": frozenset({"restricted:police-actions"}),
}
# Which record of a group is scored for plover: the PLOVER GSR edit (it carries actors)
# before the PLOVER manual, the ConfliBERT consensus and the CAMEO example it came from.
_GROUP_PREFERENCE: dict[str, int] = {
    "plover_gsr": 0,
    "plover_manual": 1,
    "conflibert_cameo": 2,
    "cameo_examples": 3,
}


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A gold source or target: words, ISO alpha-3 country, PLOVER sector, raw code."""

    text: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event of a record; ``orig`` is the source's own label, untouched."""

    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    source: GoldActor = field(default_factory=GoldActor)
    target: GoldActor = field(default_factory=GoldActor)
    orig: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold record (sentence or passage) with its events and scope."""

    id: str
    text: str
    scope: str
    group: str
    date: str | None = None
    negative: bool = False
    events: tuple[GoldEvent, ...] = ()
    origin: str | None = None

    @property
    def source_name(self) -> str:
        """The source part of the id: ``"plover_gsr:PLOVER-GSR01-AGREE-0002"`` -> ``"plover_gsr"``."""
        return self.id.split(":", 1)[0]

    @property
    def types(self) -> frozenset[str]:
        """PLOVER types of the gold events (nulls left out)."""
        return frozenset(e.type for e in self.events if e.type)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldRecord:
        """Build from one line of the gold file."""
        events = tuple(
            GoldEvent(
                type=e.get("type"),
                mode=e.get("mode"),
                cameo=e.get("cameo"),
                source=_actor(e.get("source")),
                target=_actor(e.get("target")),
                orig=dict(e.get("orig") or {}),
            )
            for e in data.get("events") or ()
        )
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            scope=str(data.get("scope") or ""),
            group=str(data.get("group") or data["id"]),
            date=data.get("date"),
            negative=bool(data.get("negative", False)),
            events=events,
            origin=data.get("origin"),
        )


def _actor(data: dict[str, Any] | None) -> GoldActor:
    if not data:
        return GoldActor()
    return GoldActor(
        text=data.get("text"), country=data.get("country"), sector=data.get("sector"), code=data.get("code")
    )


def read_json_lines(path: str | Path, *, what: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``("file:line", object)`` for each non-blank JSON line of a file.

    Shared by the gold, event-annotation and PETRARCH readers.

    Raises:
        InputError: the file cannot be read, or a line is not JSON (file and line named).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read {what} {path}: {err.strerror or err}") from err
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: not JSON: {err.msg}") from err
        yield f"{path}:{number}", data


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold JSONL file (``../shared/eval/dev.jsonl`` format).

    Raises:
        InputError: the file cannot be read or a line is not a gold record.
    """
    records = []
    for where, data in read_json_lines(path, what="gold file"):
        if not isinstance(data, dict) or "id" not in data or "text" not in data:
            raise InputError(f"{where}: a gold record needs 'id' and 'text'")
        records.append(GoldRecord.from_dict(data))
    return records


def file_sha256(path: str | Path) -> str:
    """Return the SHA-256 hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def dedup_groups(records: Sequence[GoldRecord]) -> list[GoldRecord]:
    """Keep one record per ``group`` (SOURCES.md: deduplicate on group when pooling sources).

    The kept record is the PLOVER GSR one when there is one (it carries actors), then
    PLOVER manual, ConfliBERT, CAMEO example; ties go to the smallest id. Input order is kept.
    """
    best: dict[str, GoldRecord] = {}
    for record in records:
        current = best.get(record.group)
        if current is None or _preference(record) < _preference(current):
            best[record.group] = record
    kept = {id(r) for r in best.values()}
    return [r for r in records if id(r) in kept]


def _preference(record: GoldRecord) -> tuple[int, str]:
    return (_GROUP_PREFERENCE.get(record.source_name, 9), record.id)


def select_task(records: Sequence[GoldRecord], task: str) -> list[GoldRecord]:
    """Return the records a task scores (see the module docstring).

    plover keeps records that carry at least one PLOVER type and deduplicates on group;
    case keeps records with an ACLED-style label; protest and police keep their whole scope.

    Raises:
        ValueError: ``task`` is not one of :data:`TASKS`.
    """
    if task not in TASK_SCOPES:
        raise ValueError(f"unknown task {task!r}; expected one of {', '.join(TASKS)}")
    scoped = [r for r in records if r.scope in TASK_SCOPES[task]]
    if task == "plover":
        return dedup_groups([r for r in scoped if r.types])
    if task == "case":
        return [r for r in scoped if case_label(r) is not None]
    return scoped


def case_label(record: GoldRecord) -> str | None:
    """Return the CASE 2021 label of a record (``events[0].orig.label``), or ``None``."""
    for event in record.events:
        label = event.orig.get("label")
        if isinstance(label, str):
            return label
    return None


def police_labels(record: GoldRecord) -> frozenset[str]:
    """Return the IndiaPoliceEvents labels of a record (empty for a negative sentence)."""
    labels: set[str] = set()
    for event in record.events:
        labels.update(str(x) for x in event.orig.get("labels") or ())
    return frozenset(labels)


def gate_sample(records: Sequence[GoldRecord], *, police_size: int = 1500) -> list[GoldRecord]:
    """Return the fixed subset of dev records the accuracy gate scores.

    Every plover, protest and case record; of the police records, every sentence labelled
    ARREST, FORCE or KILL, then the others with the smallest ``sha256(id)`` until
    ``police_size`` police records are chosen. Deterministic: same file, same subset.
    (Precision on this subset is higher than on the full police set, whose negatives
    dominate; the gate compares the subset with itself.)
    """
    police_scope = TASK_SCOPES["police"]
    police = [r for r in records if r.scope in police_scope]
    strong = [r for r in police if police_labels(r) & {"ARREST", "FORCE", "KILL"}]
    rest = sorted(
        (r for r in police if not police_labels(r) & {"ARREST", "FORCE", "KILL"}),
        key=lambda r: hashlib.sha256(r.id.encode("utf-8")).hexdigest(),
    )
    chosen = {r.id for r in strong}
    chosen.update(r.id for r in rest[: max(0, police_size - len(strong))])
    return [r for r in records if r.scope not in police_scope or r.id in chosen]
