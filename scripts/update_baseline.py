"""Regenerate tests/golden/baseline.json from a run of the current coder.

Run from the repository root when accuracy improved (or, with a reason in the commit,
when a floor must go down, or the gold file changed):

    .venv/bin/python scripts/update_baseline.py [../shared/eval/dev.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

from legation.evaluate.gate import GATE_SUBSET, build_baseline, measure_gate, write_baseline
from legation.evaluate.gold import file_sha256
from legation.pipeline import load_resources
from legation.settings import Settings

REPO = Path(__file__).resolve().parent.parent
BASELINE = REPO / "tests" / "golden" / "baseline.json"


def main(argv: list[str]) -> int:
    """Measure the gate subset and write the baseline; return the exit status."""
    gold = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "eval" / "dev.jsonl"
    resources = load_resources(Settings())
    scores = measure_gate(gold, resources=resources)
    baseline = build_baseline(
        scores,
        gold_sha256=file_sha256(gold),
        gold_path="../shared/eval/dev.jsonl",
        subset=GATE_SUBSET,
        coder_version=resources.coder.coder_version,
    )
    write_baseline(BASELINE, baseline)
    sys.stderr.write(f"wrote {BASELINE} ({len(baseline['floors'])} floors)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
