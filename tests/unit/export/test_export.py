"""Export formats: every format writes the filtered events with its own field names."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from legation.errors import InputError
from legation.export import (
    FORMATS,
    GDELT_COLUMNS,
    ExportFilters,
    export_events,
    gdelt_row,
    iter_events,
    plover_record,
)
from legation.output import CSV_COLUMNS
from legation.records import Actor, Article, EventMention, Place, Sentence, Span, stable_id
from legation.store import Store, open_store

PRK = Actor(text="Pyongyang", name="North Korea", country="PRK", sector="GOV")
RUS = Actor(text="Moscow", name="Russia", country="RUS", sector="GOV")
USA = Actor(text="Washington", name="United States", country="USA", sector="GOV")
VLADIVOSTOK = Place(name="Vladivostok", geonameid=2013348, country="RUS", lat=43.1, lon=131.9,
                    feature="city", text="Vladivostok")  # fmt: skip
TEXT = "Envoys of the two capitals met in Vladivostok and talked about rail links."


def _mention(article_id: str, *, type: str, recipient: Actor, day: str) -> EventMention:
    return EventMention(
        mention_id=stable_id("m", article_id, type),
        article_id=article_id,
        sentence_index=1,
        sentence_text=TEXT,
        type=type,
        mode=None,
        context=("economic",),
        cameo="040" if type == "CONSULT" else "112",
        goldstein=1.0 if type == "CONSULT" else -2.0,
        quad_class=1 if type == "CONSULT" else 3,
        trigger=Span(text="met", start=30, end=33),
        actor=(PRK,),
        recipient=(recipient,),
        date=day,
        date_precision="day" if len(day) == 10 else "month",
        date_source="text",
        status="occurred",
        location=VLADIVOSTOK,
        confidence=0.7,
        rule_id=f"verbs.{type.lower()}.1",
        dictionary_version="dict-test",
    )


@pytest.fixture
def store() -> Iterator[Store]:
    """A store with three events: two PRK->RUS (CONSULT, ACCUSE), one PRK->USA."""
    plan = [("a1", "CONSULT", RUS, "2019-04-25"), ("a2", "ACCUSE", RUS, "2019-05"),
            ("a3", "ACCUSE", USA, "2017-08-09")]  # fmt: skip
    with open_store("sqlite://") as opened:
        for article_id, kind, recipient, day in plan:
            article = Article(article_id=article_id, text=f"{TEXT} ({article_id})", title=None,
                              published_at=datetime(2019, 6, 1, tzinfo=UTC))  # fmt: skip
            opened.save_article(
                article,
                sentences=[Sentence(article_id, 1, 0, len(TEXT), TEXT)],
                mentions=[_mention(article_id, type=kind, recipient=recipient, day=day)],
                coder_version="coder-test",
                dictionary_version="dict-test",
                now=datetime(2024, 1, 1, tzinfo=UTC),
            )
        yield opened


def _export(store: Store, tmp_path: Path, fmt: str, **filters: object) -> Path:
    path = tmp_path / f"out.{fmt}"
    export_events(store, path, format=fmt, filters=ExportFilters(**filters))  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_events_every_format_honours_filters(store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    count = export_events(store, path, format=fmt, filters=ExportFilters(recipient="RUS"))
    assert count == 2
    assert path.stat().st_size > 0


def test_export_jsonl_matches_event_rows(store: Store, tmp_path: Path) -> None:
    lines = _export(store, tmp_path, "jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["type"] for r in rows] == ["ACCUSE", "CONSULT", "ACCUSE"]  # by date
    assert rows[1]["actor"][0]["country"] == "PRK"


def test_export_csv_has_the_csv_columns(store: Store, tmp_path: Path) -> None:
    with _export(store, tmp_path, "csv", type="ACCUSE").open() as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r["recipient_country"] for r in rows} == {"RUS", "USA"}


def test_export_parquet_round_trips(store: Store, tmp_path: Path) -> None:
    table = pq.read_table(_export(store, tmp_path, "parquet", since=date(2019, 1, 1)))
    assert table.num_rows == 2
    assert set(CSV_COLUMNS) <= set(table.column_names)
    assert table.column("mention_count").to_pylist() == [1, 1]


def test_export_parquet_empty_result_writes_a_valid_file(store: Store, tmp_path: Path) -> None:
    table = pq.read_table(_export(store, tmp_path, "parquet", actor="FRA"))
    assert table.num_rows == 0


def test_plover_record_uses_plover_field_names(store: Store) -> None:
    event = store.query_events(type="CONSULT")[0]
    record = plover_record(event)
    assert {"id", "date", "actor", "recipient", "event", "quad_code", "event_scale",
            "event_loc", "text", "coder"} <= set(record)  # fmt: skip
    assert record["event"] == ["CONSULT"]
    assert record["actor"] == [{"code": "PRK", "sector": "GOV", "entity_text": "Pyongyang",
                                "identifier_id": None, "identifier_text": "North Korea"}]  # fmt: skip
    assert record["event_loc"]["geonameid"] == 2013348
    assert record["event_loc"]["country_code"] == "RUS"


def test_gdelt_row_follows_the_gdelt_column_order(store: Store) -> None:
    event = store.query_events(type="CONSULT")[0]
    row = dict(zip(GDELT_COLUMNS, gdelt_row(event), strict=True))
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:3] == ("GLOBALEVENTID", "SQLDATE", "MonthYear")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert row["SQLDATE"] == "20190425"
    assert row["Actor1Code"] == "PRKGOV"
    assert row["Actor2CountryCode"] == "RUS"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("040", "040", "04")
    assert row["ActionGeo_Type"] == 4
    assert row["ActionGeo_FeatureID"] == 2013348


def test_gdelt_file_has_61_tab_separated_columns(store: Store, tmp_path: Path) -> None:
    lines = _export(store, tmp_path, "gdelt").read_text().splitlines()
    assert len(lines) == 3
    assert {len(line.split("\t")) for line in lines} == {61}


def test_gdelt_month_precision_uses_first_day(store: Store) -> None:
    event = store.query_events(since=date(2019, 5, 1), until=date(2019, 5, 31))[0]
    assert gdelt_row(event)[1] == "20190501"


def test_iter_events_pages_and_limits(store: Store) -> None:
    assert len(list(iter_events(store, ExportFilters(), page=1))) == 3
    assert len(list(iter_events(store, ExportFilters(limit=2), page=1))) == 2


@pytest.mark.parametrize(
    ("fmt", "out", "message"),
    [
        ("xml", "out.xml", "unknown export format"),
        ("csv", "missing/out.csv", "does not exist"),
    ],
)
def test_export_events_bad_arguments(
    store: Store, tmp_path: Path, fmt: str, out: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        export_events(store, tmp_path / out, format=fmt)
