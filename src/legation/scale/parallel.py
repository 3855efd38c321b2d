"""Run partitions on N local processes or on a Dask cluster, and ingest in parallel.

Example::

    with open_pool(workers=2, settings=settings) as pool:        # local processes
        summary = ingest_parallel(read_inputs(["news/"], settings=settings),
                                  settings=settings, sink=Sink.database(url), pool=pool)

    with open_pool(workers=2, settings=settings, dask="tcp://scheduler:8786") as pool:
        ...                                                       # an existing Dask cluster
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Self

from legation.errors import InputError
from legation.records import Article, Rejection, stable_id
from legation.scale.partition import (
    PartitionSummary,
    Sink,
    batch_items,
    ingest_partition,
    warm_worker,
)
from legation.settings import Settings
from legation.workflows import IngestSummary

logger = logging.getLogger(__name__)

LOCAL_CLUSTER = "local"  # the --dask value that starts a LocalCluster
# Articles per partition: small enough that every worker gets several partitions of a
# few hundred articles, large enough that nlp.pipe still batches well.
PARTITION_SIZE = 16


@dataclass(slots=True)
class ParallelSummary:
    """An ingest summary plus what the workers reported."""

    ingest: IngestSummary = field(default_factory=IngestSummary)
    partitions: int = 0
    worker_pids: set[int] = field(default_factory=set)
    worker_peak_rss_mb: float = 0.0
    files: list[str] = field(default_factory=list)

    def add(self, part: PartitionSummary) -> None:
        """Fold one partition's summary in."""
        ingest = self.ingest
        ingest.articles += part.articles
        ingest.skipped += part.skipped
        ingest.sentences += part.sentences
        ingest.mentions += part.mentions
        ingest.event_ids.update(part.event_ids)
        for rejection in part.rejections:
            ingest.rejections[rejection.reason] += 1
            ingest.rejection_lines.append(rejection.describe())
        self.partitions += 1
        self.worker_pids.add(part.worker_pid)
        self.worker_peak_rss_mb = max(self.worker_peak_rss_mb, part.worker_peak_rss_mb)
        self.files.extend(part.files)


class WorkerPool:
    """Workers that run partition functions: in this process, local processes, or Dask.

    Use :func:`open_pool` to get one; it is a context manager that shuts the workers down.
    """

    def __init__(
        self,
        *,
        workers: int,
        settings: Settings,
        executor: cf.Executor | None = None,
        client: Any = None,
        cluster: Any = None,
    ) -> None:
        self.workers = workers
        self.settings = settings
        self._executor = executor
        self._client = client
        self._cluster = cluster

    @property
    def kind(self) -> str:
        """``"inline"``, ``"processes"`` or ``"dask"``."""
        if self._client is not None:
            return "dask"
        return "processes" if self._executor is not None else "inline"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Shut the workers (and a LocalCluster this pool started) down."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def warm(self) -> set[int]:
        """Load the resources on every worker now; return the worker pids."""
        if self._client is not None:
            found = self._client.run(warm_worker, self.settings)
            return set(found.values())
        if self._executor is None:
            return {warm_worker(self.settings)}
        pids: set[int] = set()
        for _ in range(20):  # a pool hands tasks to whichever worker is free
            futures = [
                self._executor.submit(_warm_and_wait, self.settings) for _ in range(self.workers)
            ]
            pids.update(f.result() for f in futures)
            if len(pids) >= self.workers:
                break
        return pids

    def map_unordered(
        self,
        func: Callable[..., PartitionSummary],
        batches: Iterable[list[Article | Rejection]],
        **kwargs: Any,
    ) -> Iterator[PartitionSummary]:
        """Run ``func(batch, **kwargs)`` on each batch; yield results as they finish.

        At most two batches per worker are in flight, so memory stays bounded however
        long the input is.
        """
        if self._executor is None and self._client is None:
            for batch in batches:
                yield func(batch, **kwargs)
            return
        window = 2 * self.workers
        if self._client is not None:
            yield from self._map_dask(func, batches, window=window, **kwargs)
            return
        assert self._executor is not None
        pending: set[cf.Future[PartitionSummary]] = set()
        for batch in batches:
            pending.add(self._executor.submit(func, batch, **kwargs))
            if len(pending) >= window:
                done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                yield from (f.result() for f in done)
        for future in cf.as_completed(pending):
            yield future.result()

    def _map_dask(
        self,
        func: Callable[..., PartitionSummary],
        batches: Iterable[list[Article | Rejection]],
        *,
        window: int,
        **kwargs: Any,
    ) -> Iterator[PartitionSummary]:
        from distributed import as_completed

        running = as_completed()
        in_flight = 0
        for batch in batches:
            running.add(self._client.submit(func, batch, pure=False, **kwargs))
            in_flight += 1
            if in_flight >= window:
                yield next(running).result()
                in_flight -= 1
        for future in running:
            yield future.result()


def open_pool(*, workers: int, settings: Settings, dask: str | None = None) -> WorkerPool:
    """Start ``workers`` workers: local processes, or Dask when ``dask`` is given.

    Args:
        workers: number of worker processes (for a Dask LocalCluster too); 1 without
            ``dask`` runs everything in this process.
        settings: the settings every worker loads its resources from.
        dask: a scheduler address (``"tcp://host:8786"``) to use an existing Dask
            cluster, or ``"local"`` to start a ``LocalCluster`` of ``workers`` processes.

    Raises:
        InputError: ``workers`` is below 1.
    """
    if workers < 1:
        raise InputError(f"--workers must be at least 1, got {workers}")
    if dask is not None:
        from distributed import Client, LocalCluster

        if dask == LOCAL_CLUSTER:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                worker_dashboard_address=None,
            )
            return WorkerPool(
                workers=workers, settings=settings, client=Client(cluster), cluster=cluster
            )
        client = Client(dask)
        count = len(client.scheduler_info().get("workers", {})) or workers
        return WorkerPool(workers=count, settings=settings, client=client)
    if workers == 1:
        return WorkerPool(workers=1, settings=settings)
    executor = cf.ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn")
    )
    return WorkerPool(workers=workers, settings=settings, executor=executor)


def ingest_parallel(
    items: Iterable[Article | Rejection],
    *,
    settings: Settings,
    sink: Sink,
    pool: WorkerPool | None = None,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int | None = None,
) -> ParallelSummary:
    """Code articles on several workers and write them to a store or a Parquet dataset.

    Reading happens here; workers get batches of articles and write their own results
    (the store serialises writers; Parquet files are per partition). Reading rejections
    are stored (database sink) and counted.

    Example: ``ingest_parallel(read_inputs(["corpus.jsonl"], settings=s), settings=s,
    sink=Sink.parquet("events/"), workers=2)``.

    Args:
        items: articles and reading rejections, e.g. from
            :func:`~legation.ingest.read_inputs`.
        settings: the settings of the run (model, batch size, ...).
        sink: where results go.
        pool: workers to use (default: a pool of ``workers`` started and stopped here).
        workers: number of workers when no ``pool`` is given.
        dask: scheduler address or ``"local"`` when no ``pool`` is given.
        batch_size: articles per partition (default: :data:`PARTITION_SIZE`).

    Raises:
        InputError: an in-memory SQLite store with more than one worker.
    """
    if pool is None:
        with open_pool(workers=workers, settings=settings, dask=dask) as own:
            return ingest_parallel(
                items, settings=settings, sink=sink, pool=own, batch_size=batch_size
            )
    _check_sink(sink, pool=pool)
    if sink.kind == "database":
        from legation.store import open_store

        with open_store(sink.target):
            pass  # create and migrate once here, before the workers connect
    summary = ParallelSummary()
    reading: list[Rejection] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Rejection):
                reading.append(item)
            else:
                yield item

    started = time.perf_counter()
    batches = batch_items(articles(), size=batch_size or PARTITION_SIZE)
    for part in pool.map_unordered(ingest_partition, batches, settings=settings, sink=sink):
        summary.add(part)
    if reading:
        summary.add(PartitionSummary(rejections=tuple(reading), worker_pid=os.getpid()))
        summary.partitions -= 1
        if sink.kind == "database":
            from legation.store import open_store

            with open_store(sink.target) as store:
                store.save_rejections(reading, run_id=stable_id(datetime.now().isoformat()))
    logger.info(
        "ingest_parallel: %d articles in %d partitions on %d %s worker(s) in %.1fs",
        summary.ingest.articles,
        summary.partitions,
        pool.workers,
        pool.kind,
        time.perf_counter() - started,
    )
    return summary


def _check_sink(sink: Sink, *, pool: WorkerPool) -> None:
    if sink.kind != "database" or pool.kind == "inline":
        return
    target = sink.target
    if target.startswith("sqlite") and target.rstrip("/") in ("sqlite:", "sqlite:///:memory:"):
        raise InputError("an in-memory SQLite store cannot be shared by worker processes")


def _warm_and_wait(settings: Settings) -> int:
    pid = warm_worker(settings)
    time.sleep(0.2)  # hold this worker so the next warm-up task lands on another one
    return pid
