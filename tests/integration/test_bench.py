"""`legation bench` on a tiny corpus of our own: both runs time the same articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legation.errors import InputError
from legation.scale.bench import bench_pipeline

pytestmark = pytest.mark.needs_model

TEXTS = [
    "Russia and China held talks in Moscow on Monday. The two sides signed a trade agreement.",
    "Police arrested twelve protesters outside parliament. The weather was cold.",
    "The minister visited Kenya. She met the president and pledged aid to the country.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    rows = [{"id": f"t{i}", "text": text, "date": "2024-05-01"} for i, text in enumerate(TEXTS)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_bench_repeats_alternate_and_report_medians(tmp_path: Path) -> None:
    report = bench_pipeline(_corpus(tmp_path), articles=3, repeat=3)
    assert len(report.parse_runs) == len(report.end_to_end_runs) == 3
    assert report.parse.seconds == sorted(report.parse_runs)[1]
    assert report.end_to_end.seconds == sorted(report.end_to_end_runs)[1]
    assert report.parse.articles == report.end_to_end.articles == 3
    assert report.parse.sentences >= 6 and report.events >= 3
    assert report.ratio == pytest.approx(report.end_to_end.seconds / report.parse.seconds)


def test_bench_rejects_zero_repeats(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--repeat"):
        bench_pipeline(_corpus(tmp_path), articles=3, repeat=0)
