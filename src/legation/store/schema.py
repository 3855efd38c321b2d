"""Table definitions of the event store (SQLAlchemy Core, SQLite and PostgreSQL).

This is the *current* schema, used by the queries. Migrations in
:mod:`legation.store.migrations` bring a database to it. Time stamps and
publication dates are ISO 8601 text (offsets kept as written); ``date_start`` /
``date_end`` are SQL dates so that range filters compare correctly everywhere.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(500), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("published_at", String(40)),
    Column("language", String(20)),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("coder_version", String(100), nullable=False),
    Column("dictionary_version", String(100), nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(500), ForeignKey("articles.article_id"), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("is_title", Boolean, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    # stable_id("actor", kb id, name, country, sector): one row per resolved identity
    Column("actor_id", String(32), primary_key=True),
    Column("kb_id", String(200)),
    Column("name", Text),
    Column("country", String(10)),
    Column("sector", String(20)),
    Column("text", Text, nullable=False),  # words of the first sighting
    Index("ix_actors_country", "country"),
    Index("ix_actors_kb_id", "kb_id"),
)

places = Table(
    "places",
    metadata,
    # the GeoNames id as text, else stable_id("place", name, country, lat, lon, feature)
    Column("place_id", String(32), primary_key=True),
    Column("geonameid", Integer),
    Column("name", Text, nullable=False),
    Column("country", String(10)),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String(20)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("mention_id", String(64), primary_key=True),
    Column("event_id", String(32), nullable=False),
    Column("article_id", String(500), ForeignKey("articles.article_id"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("context", Text, nullable=False),  # JSON list of strings
    Column("cameo", String(10)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("date_source", String(20)),
    Column("date_reason", Text),
    Column("status", String(20), nullable=False),
    Column("place_id", String(32), ForeignKey("places.place_id")),
    Column("place_text", Text),
    Column("place_why", Text),
    Column("confidence", Float, nullable=False),
    Column("rule_id", String(200), nullable=False),
    Column("dictionary_version", String(100), nullable=False),
    Index("ix_mentions_event_id", "event_id"),
    Index("ix_mentions_article_id", "article_id"),
)

mention_actors = Table(
    "mention_actors",
    metadata,
    Column("mention_id", String(64), ForeignKey("mentions.mention_id"), primary_key=True),
    Column("role", String(10), primary_key=True),  # "actor" | "recipient"
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", String(32), ForeignKey("actors.actor_id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("why", Text),
    Column("char_start", Integer),
    Column("char_end", Integer),
    Index("ix_mention_actors_actor_id", "actor_id", "role"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("context", Text, nullable=False),  # JSON list of strings
    Column("cameo", String(10)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("actor_key", Text, nullable=False),
    Column("recipient_key", Text, nullable=False),
    Column("actor_countries", Text, nullable=False),  # space-separated, sorted, distinct
    Column("recipient_countries", Text, nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("date_source", String(20)),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("status", String(20), nullable=False),
    Column("place_id", String(32), ForeignKey("places.place_id")),
    Column("confidence", Float, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("coder_version", String(100), nullable=False),
    Column("first_seen", String(40), nullable=False),
    Index("ix_events_type", "type"),
    Index("ix_events_date_start", "date_start"),
    Index("ix_events_date_end", "date_end"),
)

event_parties = Table(
    "event_parties",
    metadata,
    # One row per (event, role, party): each country code of actor_countries /
    # recipient_countries and each key of actor_key / recipient_key, case-folded. The actor, recipient
    # and country filters look events up here through an index instead of scanning the
    # space-separated columns of ``events`` with LIKE (added by migration 2).
    Column("event_id", String(32), primary_key=True),
    Column("role", String(10), primary_key=True),  # "actor" | "recipient"
    Column("party", String(200), primary_key=True),
    Index("ix_event_parties_party", "party", "role", "event_id"),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(100), nullable=False),
    Column("stage", String(50), nullable=False),
    Column("reason", String(50), nullable=False),
    Column("detail", Text, nullable=False),
    Column("article_id", String(500)),
    Column("source", Text),
    Column("created_at", String(40), nullable=False),
    Index("ix_rejections_run_id", "run_id"),
    Index("ix_rejections_reason", "reason"),
)

# Tables counted by Store.counts(), in reporting order.
COUNTED = {
    "articles": articles,
    "sentences": sentences,
    "mentions": mentions,
    "events": events,
    "actors": actors,
    "places": places,
    "rejections": rejections,
}
