"""``legation evaluate`` end to end on tiny fixtures (needs the spaCy pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from legation.cli.evaluate import register

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def app():
    application = typer.Typer()
    register(application)

    @application.command()
    def noop() -> None:  # a second command keeps "evaluate" a named subcommand
        """Do nothing."""

    return application


def test_evaluate_events_on_fixture(app, tmp_path):
    docs = tmp_path / "accuracy.md"
    result = CliRunner().invoke(
        app,
        ["evaluate", str(FIXTURES / "events_gold.jsonl"), "--task", "events",
         "--corpus", str(FIXTURES / "corpus.jsonl"), "--format", "json", "--write-docs", str(docs)],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    events = payload["tasks"]["events"]
    assert events["records"] == 2
    assert set(events["metrics"]) >= {"precision", "recall", "f1", "date_accuracy", "status_accuracy"}
    assert events["metrics"]["recall"]["n"] == 4
    text = docs.read_text(encoding="utf-8")
    assert text.startswith("# Coding accuracy")
    assert "--task events" in text


def test_evaluate_plover_on_tiny_gold(app, tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "plover_gsr:T-1", "text": "Chile and Peru signed a trade agreement in Lima on Monday.",
        "date": None, "scope": "illustrative", "group": "t1", "negative": False,
        "events": [{"type": "AGREE", "source": {"country": "CHL"}, "target": {"country": "PER"}, "orig": {}}],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--task", "plover"])
    assert result.exit_code == 0, result.output
    assert "top1_accuracy" in result.stdout
    assert "records/s" in result.stdout


def test_evaluate_events_given_sentence_gold_uses_event_annotations(app, tmp_path):
    """``evaluate dev.jsonl --task events`` scores the event annotations (--events-gold)."""
    gold = tmp_path / "dev.jsonl"
    record = {"id": "plover_gsr:T-1", "text": "Chile met Peru.", "date": None, "scope": "illustrative",
              "group": "t1", "negative": False, "events": []}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["evaluate", str(gold), "--task", "events", "--events-gold", str(FIXTURES / "events_gold.jsonl"),
         "--corpus", str(FIXTURES / "corpus.jsonl"), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert payload["tasks"]["events"]["records"] == 2
