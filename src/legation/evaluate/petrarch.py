"""Agreement with PETRARCH2 on the plovigy test sentences (``--task petrarch``).

Input: ``../shared/data/dictionaries/petrarch2/plovigy_testfile_0105.jsonl``: Prodigy lines
``{"label", "text", "meta": {"coding": "[u'SRC', u'TGT', u'CAMEO']", "textid", ...}}`` with
upper-cased, PTB-tokenised Reuters sentences; section dividers carry no coding and are skipped.

PETRARCH2's CAMEO code becomes a PLOVER type through ``dictionaries/ontology/cameo.csv``
(the CAMEO2PLOVER table; an unlisted code takes its longest listed prefix), its actor codes
become countries with :func:`legation.actors.codes.decode_cameo` (``---REF`` has none).
Legation codes the sentence after undoing the tokenisation (``-LRB-`` -> ``(``, `` ,`` ->
``,``, `` 'S`` -> ``'S``); the case is kept, so this also measures upper-case text.

Agreement (neither side is gold):

- ``top_type_agreement``: share of sentences whose Legation top event has PETRARCH2's type;
- ``any_type_agreement``: share where some Legation event has that type;
- ``no_event``: share where Legation codes no event (lower is better here);
- ``source_agreement`` / ``target_agreement``: among top-type agreements where PETRARCH2's
  source (target) has a country, share where the top event's actors (recipients) include it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from legation.actors.codes import decode_cameo
from legation.coding.ontology import Ontology
from legation.evaluate.gold import read_json_lines
from legation.evaluate.metrics import Metric, TaskScore, counted_events, top_event
from legation.records import Article, Event

_QUOTED = re.compile(r"'([^']*)'")
_DETOKENIZE = (
    (re.compile(r"-LRB-\s*"), "("),
    (re.compile(r"\s*-RRB-"), ")"),
    (re.compile(r"\s+([,.;:!?%])"), r"\1"),
    (re.compile(r"\s+('S|'|N'T)\b", flags=re.IGNORECASE), r"\1"),
    (re.compile(r"``\s*|\s*''"), '"'),
)


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    """One sentence with PETRARCH2's coding, decoded to PLOVER."""

    textid: str
    label: str
    text: str
    source_code: str
    target_code: str
    cameo: str
    type: str | None
    source_country: str | None
    target_country: str | None
    pattern: str | None = None

    @property
    def clean_text(self) -> str:
        """The sentence with PTB tokenisation undone (what Legation reads)."""
        return detokenize(self.text)

    def article(self) -> Article:
        """The article Legation codes: the clean sentence, no title, no date."""
        return Article(article_id=self.textid, text=self.clean_text)


def detokenize(text: str) -> str:
    """Undo PTB tokenisation of a plovigy sentence.

    >>> detokenize("THE UNITED ARAB EMIRATES -LRB- UAE -RRB- SAID IRAQ 'S TROOPS LEFT .")
    "THE UNITED ARAB EMIRATES (UAE) SAID IRAQ'S TROOPS LEFT."
    """
    for pattern, replacement in _DETOKENIZE:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def plover_type(cameo: str, ontology: Ontology) -> str | None:
    """Return the PLOVER type of a CAMEO code, falling back to its longest listed prefix."""
    code = cameo
    while code:
        entry = ontology.cameo.get(code)
        if entry is not None:
            return entry.plover_type
        code = code[:-1]
    return None


def read_petrarch(path: str | Path, *, ontology: Ontology, iso_codes: frozenset[str]) -> list[PetrarchCoding]:
    """Read the plovigy file, keeping the lines that carry a PETRARCH2 coding.

    Raises:
        InputError: the file cannot be read or a line is not JSON.
    """
    codings = []
    for where, data in read_json_lines(path, what="PETRARCH2 file"):
        meta = data.get("meta") or {}
        parts = _QUOTED.findall(str(meta.get("coding") or ""))
        if len(parts) != 3:
            continue
        source, target, cameo = parts
        codings.append(
            PetrarchCoding(
                textid=str(meta.get("textid") or Path(where).name),
                label=str(data.get("label") or ""),
                text=str(data.get("text") or ""),
                source_code=source,
                target_code=target,
                cameo=cameo,
                type=plover_type(cameo, ontology),
                source_country=_country(source, iso_codes),
                target_country=_country(target, iso_codes),
                pattern=meta.get("pattern"),
            )
        )
    return codings


def _country(code: str, iso_codes: frozenset[str]) -> str | None:
    if not code or code.startswith("---"):
        return None
    return decode_cameo(code, iso_codes=iso_codes)[0]


def describe_events(events: Sequence[Event]) -> str:
    """Short text of an event list: ``"ACCUSE USA->IRQ; CONSULT IRQ->-"`` (``none`` if empty)."""
    parts = []
    for event in counted_events(events):
        actor = ",".join(sorted({a.country or a.sector or "?" for a in event.actor})) or "-"
        recipient = ",".join(sorted({a.country or a.sector or "?" for a in event.recipient})) or "-"
        parts.append(f"{event.type} {actor}->{recipient}")
    return "; ".join(parts) or "none"


def score_petrarch(pairs: Sequence[tuple[PetrarchCoding, Sequence[Event]]]) -> TaskScore:
    """Score Legation's agreement with PETRARCH2 (definitions in the module docstring).

    The table gives agreement per plovigy category.
    """
    scored = [(c, events) for c, events in pairs if c.type]
    top_hits = any_hits = none = 0
    src_n = src_hits = tgt_n = tgt_hits = 0
    rows: dict[str, dict[str, int]] = {}
    for coding, events in scored:
        counted = counted_events(events)
        top = top_event(counted)
        agree = top is not None and top.type == coding.type
        row = rows.setdefault(coding.label, dict.fromkeys(("n", "top", "any", "none"), 0))
        row["n"] += 1
        row["top"] += agree
        row["any"] += any(e.type == coding.type for e in counted)
        row["none"] += not counted
        top_hits += agree
        any_hits += any(e.type == coding.type for e in counted)
        none += not counted
        if agree and top is not None:
            if coding.source_country:
                src_n += 1
                src_hits += coding.source_country in {a.country for a in top.actor}
            if coding.target_country:
                tgt_n += 1
                tgt_hits += coding.target_country in {a.country for a in top.recipient}
    total = len(scored)
    table = tuple(
        {
            "category": label,
            "sentences": row["n"],
            "top_type_agreement": round(row["top"] / row["n"], 4),
            "any_type_agreement": round(row["any"] / row["n"], 4),
            "no_event": round(row["none"] / row["n"], 4),
        }
        for label, row in sorted(rows.items())
    )
    return TaskScore(
        task="petrarch",
        records=total,
        metrics={
            "top_type_agreement": Metric(top_hits / total if total else 0.0, total),
            "any_type_agreement": Metric(any_hits / total if total else 0.0, total),
            "no_event": Metric(none / total if total else 0.0, total, higher_is_better=False),
            "source_agreement": Metric(src_hits / src_n if src_n else 0.0, src_n),
            "target_agreement": Metric(tgt_hits / tgt_n if tgt_n else 0.0, tgt_n),
        },
        table=table,
        table_key="category",
    )
