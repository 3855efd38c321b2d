"""The accuracy gate (STYLE.md section 10): no metric may drop below its recorded floor.

Runs the coder on a fixed subset of ``../shared/eval/dev.jsonl`` (see
``legation.evaluate.gold.gate_sample``: every plover, protest and case record and 1500
police sentences; about 3,800 records, two minutes on one core) and compares every task
and per-type metric with ``tests/golden/baseline.json``. A metric fails when it is lower
than its floor by more than the noise margin recorded beside it: ``max(0.01, 1/n)`` for a
task metric, ``max(0.02, 1/n)`` for a per-type or per-label row (``n`` = items averaged
over), i.e. at least one record's worth. Extra types per record has a ceiling instead.

When accuracy rises, raise the floors: ``.venv/bin/python scripts/update_baseline.py``.
"""

from __future__ import annotations

import pytest

from legation.evaluate.gate import check_floors, measure_gate, read_baseline
from legation.evaluate.gold import file_sha256

pytestmark = [pytest.mark.needs_shared, pytest.mark.needs_model, pytest.mark.slow]


@pytest.fixture(scope="module")
def baseline(request):
    return read_baseline(request.path.parent / "baseline.json")


@pytest.fixture(scope="module")
def gold_path(shared_dir, baseline):
    path = shared_dir / "eval" / "dev.jsonl"
    digest = file_sha256(path)
    if digest != baseline["gold_sha256"]:
        pytest.fail(
            f"{path} changed (sha256 {digest[:12]}, baseline measured on {baseline['gold_sha256'][:12]}); "
            "re-baseline with `.venv/bin/python scripts/update_baseline.py` and say why in the commit"
        )
    return path


def test_accuracy_gate_no_metric_below_floor(gold_path, baseline):
    from legation.pipeline import load_resources
    from legation.settings import Settings

    scores = measure_gate(gold_path, resources=load_resources(Settings()))
    problems = check_floors(scores, baseline)
    assert not problems, "accuracy dropped below the baseline floors:\n" + "\n".join(problems)
