"""The bench, export and ingest-parallel commands, through Typer's runner (no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from legation.cli import bench, export, scale
from legation.store import open_store


@pytest.fixture
def app() -> typer.Typer:
    """A bare app with the three commands registered."""
    app = typer.Typer()
    app.command("noop")(lambda: None)  # keeps Typer in multi-command mode
    for module in (bench, export, scale):
        module.register(app)
    return app


def test_bench_queries_prints_timings(app: typer.Typer, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    result = CliRunner().invoke(app, ["bench", "--queries", "--events", "200", "--db", url])
    assert result.exit_code == 0, result.output
    assert "monthly dyad series PRK->RUS" in result.output
    with open_store(url) as store:
        assert store.counts()["events"] == 200


def test_bench_without_corpus_is_a_usage_error(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["bench"])
    assert result.exit_code == 2


def test_export_command_writes_plover(app: typer.Typer, tmp_path: Path) -> None:
    from legation.store.synthetic import generate_synthetic_store

    url = f"sqlite:///{tmp_path / 'e.db'}"
    generate_synthetic_store(url, events=40, seed=3)
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(
        app, ["export", str(out), "--format", "plover", "--db", url, "--limit", "5"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 5
    assert {"id", "date", "actor", "event"} <= set(records[0])


def test_ingest_parallel_reports_reading_rejections(app: typer.Typer, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'i.db'}"
    missing = str(tmp_path / "no-such-file.jsonl")
    result = CliRunner().invoke(app, ["ingest-parallel", missing, "--db", url])
    assert result.exit_code == 1
    assert "R-INGEST-NOT-FOUND" in result.output


def test_ingest_parallel_db_and_parquet_conflict(app: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest-parallel", "x.jsonl", "--db", "sqlite://", "--parquet", str(tmp_path)]
    )
    assert result.exit_code == 2
