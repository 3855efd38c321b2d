"""Benchmarks behind ``legation bench``: parse alone vs end to end, and query speed.

:func:`bench_pipeline` times, on the same articles, (a) spaCy's ``nlp.pipe`` over the
texts alone with the pipeline Legation loads and (b) Legation end to end: read the
corpus, parse, code, resolve and store into a temporary SQLite file. Resources are
loaded (and worker pools warmed) before either clock starts; load time is reported on
its own.
"""

from __future__ import annotations

import logging
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from legation.errors import InputError
from legation.ingest import read_path
from legation.records import Article, Rejection
from legation.scale.parallel import open_pool
from legation.scale.partition import Sink, peak_rss_mb, worker_resources
from legation.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Throughput:
    """One timed run over the benchmark articles."""

    label: str
    seconds: float
    articles: int
    sentences: int
    tokens: int

    @property
    def articles_per_s(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def sentences_per_s(self) -> float:
        """Sentences per second (sentences as spaCy's parse splits the texts)."""
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_s(self) -> float:
        """Tokens per second."""
        return self.tokens / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class BenchReport:
    """What ``legation bench`` prints."""

    corpus: str
    workers: int
    pool: str
    load_seconds: float
    parse: Throughput
    end_to_end: Throughput
    peak_rss_mb: float  # this process
    worker_peak_rss_mb: float  # the largest worker process (this process when inline)
    events: int
    parse_runs: tuple[float, ...] = ()  # seconds of every (a) run; ``parse`` holds their median
    end_to_end_runs: tuple[float, ...] = ()  # seconds of every (b) run

    @property
    def ratio(self) -> float:
        """End-to-end time over parse-alone time (b/a; 1.0 means as fast as parsing)."""
        return self.end_to_end.seconds / self.parse.seconds if self.parse.seconds else 0.0


def read_bench_articles(corpus: Path, *, articles: int, settings: Settings) -> list[Article]:
    """Return the first ``articles`` readable articles of ``corpus`` (rejections skipped).

    Raises:
        InputError: the corpus holds no article.
    """
    found = list(islice(_articles(corpus, settings=settings), articles))
    if not found:
        raise InputError(f"{corpus} holds no readable article")
    return found


def bench_pipeline(
    corpus: Path,
    *,
    articles: int = 300,
    workers: int = 1,
    dask: str | None = None,
    settings: Settings | None = None,
    repeat: int = 1,
) -> BenchReport:
    """Time parsing alone against Legation end to end on the first ``articles`` articles.

    A first untimed round of both runs warms every cache (spaCy's lemma cache, the coder's,
    the workers'); then the two runs alternate ``repeat`` times (b, a, b, a, ...) so that
    both see the same drift of a shared machine, and the report holds each one's median.

    Example: ``bench_pipeline(Path("wikinews.jsonl"), articles=300, workers=2).ratio``.

    Args:
        corpus: a JSONL corpus (or any input :func:`~legation.ingest.read_path` reads).
        articles: how many articles to use.
        workers: worker processes for the end-to-end run (parsing alone always uses one).
        dask: a Dask scheduler address or ``"local"`` for the end-to-end run.
        settings: settings of the run (default: ``Settings()``).
        repeat: how many times to run each of (a) and (b).
    """
    settings = settings or Settings()
    if articles < 1:
        raise InputError(f"--articles must be at least 1, got {articles}")
    if repeat < 1:
        raise InputError(f"--repeat must be at least 1, got {repeat}")
    started = time.perf_counter()
    resources = worker_resources(settings)
    texts = [a.text for a in read_bench_articles(corpus, articles=articles, settings=settings)]
    with open_pool(workers=workers, settings=settings, dask=dask) as pool:
        pool.warm()
        load_seconds = time.perf_counter() - started

        # End to end first: an inline worker's peak memory is then its own, not the
        # baseline's (getrusage only ever reports the peak so far).
        b_runs: list[float] = []
        a_runs: list[float] = []
        worker_rss = 0.0
        for round_ in range(repeat + 1):  # round 0 warms caches on both sides; not counted
            with tempfile.TemporaryDirectory(prefix="legation-bench-") as folder:
                url = f"sqlite:///{Path(folder) / 'bench.db'}"
                clock = time.perf_counter()
                from legation.scale.parallel import ingest_parallel

                items = islice(_articles(corpus, settings=settings), articles)
                summary = ingest_parallel(items, settings=settings, sink=Sink.database(url), pool=pool)
                b_runs.append(time.perf_counter() - clock)
            # The workers' peak after the first end-to-end run, before any baseline ran here.
            worker_rss = worker_rss or summary.worker_peak_rss_mb

            clock = time.perf_counter()
            sentences = tokens = 0
            for doc in resources.nlp.pipe(texts, batch_size=settings.batch_size):
                tokens += len(doc)
                sentences += sum(1 for _ in doc.sents)
            a_runs.append(time.perf_counter() - clock)
            if round_ == 0:
                b_runs.clear()
                a_runs.clear()
        parse = Throughput("spaCy nlp.pipe", statistics.median(a_runs), len(texts), sentences, tokens)
        seconds = statistics.median(b_runs)
        pool_kind = pool.kind
    end_to_end = Throughput("Legation end to end", seconds, summary.ingest.articles, sentences, tokens)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return BenchReport(
        corpus=str(corpus),
        workers=workers,
        pool=pool_kind,
        load_seconds=load_seconds,
        parse=parse,
        end_to_end=end_to_end,
        peak_rss_mb=peak_rss_mb(),
        worker_peak_rss_mb=max(worker_rss, children),
        events=summary.ingest.events,
        parse_runs=tuple(a_runs),
        end_to_end_runs=tuple(b_runs),
    )


def _articles(corpus: Path, *, settings: Settings) -> Iterator[Article]:
    if not corpus.exists():
        raise InputError(f"no corpus at {corpus}")
    for item in read_path(corpus, settings=settings):
        if not isinstance(item, Rejection):
            yield item


# --- query speed -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueryTiming:
    """One query timed on one store: the first (cold) run and the best of the repeats."""

    store: str
    query: str
    first_seconds: float
    best_seconds: float
    rows: int


@dataclass(frozen=True, slots=True)
class QueryReport:
    """What ``legation bench --queries`` prints for one store."""

    store: str
    events: int
    generate_seconds: float
    timings: tuple[QueryTiming, ...]


DYAD = ("PRK", "RUS")
DYAD_SINCE = date(2015, 1, 1)
DYAD_UNTIL = date(2024, 12, 31)


def bench_queries(url: str, *, events: int = 1_000_000, seed: int = 7, repeat: int = 3) -> QueryReport:
    """Fill ``url`` with synthetic events (up to ``events``) and time two typical queries.

    The queries: the monthly time series of one dyad (PRK actor, RUS recipient, all
    types, ten years, via :func:`legation.store.queries.timeline`) and one filtered event
    page (ACCUSE events involving UKR, newest 50, via
    :func:`legation.store.queries.search_events`). A store that already holds at least
    ``events`` events is used as it is.
    """
    from legation.store import open_store
    from legation.store.queries import EventFilter, search_events, timeline
    from legation.store.synthetic import generate_synthetic_store

    safe = _safe(url)
    with open_store(url) as store:
        have = store.counts()["events"]
    clock = time.perf_counter()
    if have < events:
        logger.info("bench: generating %d synthetic events in %s", events - have, safe)
        generate_synthetic_store(url, events=events - have, seed=seed)
    generate_seconds = time.perf_counter() - clock
    queries = {
        f"monthly dyad series {DYAD[0]}->{DYAD[1]} {DYAD_SINCE.year}-{DYAD_UNTIL.year}": lambda s: timeline(
            s,
            EventFilter(actor=DYAD[0], recipient=DYAD[1], since=DYAD_SINCE, until=DYAD_UNTIL),
            interval="month",
        ),
        "event page: ACCUSE involving UKR, newest 50": lambda s: search_events(
            s, EventFilter(types=("ACCUSE",), countries=("UKR",)), sort="-date", limit=50
        ).events,
    }
    timings = []
    with open_store(url) as store:
        total = store.counts()["events"]
        for name, run in queries.items():
            seconds = []
            rows = 0
            for _ in range(max(1, repeat)):
                clock = time.perf_counter()
                rows = len(run(store))
                seconds.append(time.perf_counter() - clock)
            timings.append(QueryTiming(safe, name, seconds[0], min(seconds), rows))
    return QueryReport(safe, total, generate_seconds, tuple(timings))


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
