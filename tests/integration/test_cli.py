"""The CLI end to end: coding, ingesting, querying, and bad input that never tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from legation.cli.main import app
from legation.store import open_store

pytestmark = pytest.mark.needs_model

GOOD = """# Russia and China Hold Talks in Beijing

By [Legation Wire](#)

May 17, 2024

Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.

Original url:

<https://example.org/talks>
"""

FRENCH = (
    "Le président de la République a rencontré hier le Premier ministre pour discuter de la réforme "
    "des retraites, selon un communiqué publié dans la soirée par les services de l'Élysée."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (folder / "latin1.txt").write_bytes("Le ministre a déclaré que la réunion était terminée.".encode("latin-1"))
    (folder / "broken.html").write_text("<html><body><div><p></div></html", encoding="utf-8")
    (folder / "records.jsonl").write_text(
        '{"id": "ok-1", "text": "Iranian police arrested dozens of protesters in Tehran on Monday.", "published": "2024-05-15"}\n'
        "this is not json\n"
        '{"id": "no-text", "title": "A title without a body"}\n',
        encoding="utf-8",
    )
    (folder / "french.txt").write_text(FRENCH, encoding="utf-8")
    unknown = tmp_path / "notes.docx"
    unknown.write_bytes(b"PK\x03\x04 not really a document")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a 50 MB file, sparse on disk
    return {"folder": folder, "unknown": unknown, "huge": huge, "missing": tmp_path / "missing.txt"}


def test_code_bad_inputs_each_get_one_clear_line_and_the_rest_codes(runner, bad_inputs):
    args = ["code", str(bad_inputs["folder"]), str(bad_inputs["unknown"]), str(bad_inputs["huge"]),
            str(bad_inputs["missing"]), "--format", "jsonl"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    expected = {
        "empty.txt": "R-INGEST-EMPTY",
        "binary.txt": "R-INGEST-BINARY",
        "latin1.txt": "R-INGEST-ENCODING",
        "broken.html": "R-INGEST-HTML",
        "records.jsonl:2": "R-INGEST-JSON",
        "records.jsonl:3": "R-INGEST-NO-TEXT",
        "french.txt": "R-INGEST-LANGUAGE",
        "notes.docx": "R-INGEST-EXTENSION",
        "huge.txt": "R-INGEST-TOO-LARGE",
        "missing.txt": "R-INGEST-NOT-FOUND",
    }
    for name, code in expected.items():
        matching = [line for line in lines if name in line and code in line]
        assert len(matching) == 1, (name, code, lines)
    assert len(lines) == len(expected)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    articles = {e["article_id"] for e in events}
    assert any(a.endswith("good.md") for a in articles)
    assert "ok-1" in articles


def test_code_output_contract_keys(runner, tmp_path):
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout.splitlines()[0])
    for key in ("event_id", "article_id", "sentence_index", "text", "type", "mode", "context", "cameo",
                "goldstein", "quad_class", "actor", "recipient", "date", "date_precision", "date_source",
                "status", "location", "confidence"):
        assert key in event
    assert set(event["actor"][0]) >= {"text", "name", "country", "sector", "id", "why"}
    consult = next(e for e in map(json.loads, result.stdout.splitlines()) if e["type"] == "CONSULT")
    assert consult["date"] == "2024-05-16"
    assert consult["location"]["name"] == "Beijing"


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_code_other_formats(runner, tmp_path, fmt):
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.stdout


def test_ingest_twice_changes_nothing_and_events_filters(runner, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    first = runner.invoke(app, ["ingest", str(path), "--db", db, "--no-progress"])
    assert first.exit_code == 0, first.output
    with open_store(db) as store:
        before = store.counts()
    second = runner.invoke(app, ["ingest", str(path), "--db", db, "--no-progress"])
    assert second.exit_code == 0, second.output
    with open_store(db) as store:
        assert store.counts() == before
        assert before["articles"] == 1 and before["events"] >= 1
    listed = runner.invoke(app, ["events", "--db", db, "--actor", "RUS", "--type", "consult", "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and all(r["type"] == "CONSULT" for r in rows)
    none = runner.invoke(app, ["events", "--db", db, "--since", "2030-01-01", "--format", "jsonl"])
    assert none.exit_code == 0 and none.stdout.strip() == ""


def test_events_bad_date_is_one_line_not_a_traceback(runner, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(db).close()
    result = runner.invoke(app, ["events", "--db", db, "--since", "last tuesday"])
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("command", [["info"], ["dict", "check"], ["settings", "show"]])
def test_info_commands_run(runner, command):
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output


def test_every_command_has_help(runner):
    for command in (["code"], ["ingest"], ["events"], ["info"], ["dict", "check"], ["settings", "show"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.output
