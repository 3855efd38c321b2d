"""Scale-out adapters: partition functions, per-worker resource cache, local and Dask pools.

>>> from legation.scale import Sink, ingest_parallel  # doctest: +SKIP
>>> ingest_parallel(articles, settings=settings, sink=Sink.database("sqlite:///x.db"),
...                 workers=2)  # doctest: +SKIP
"""

from __future__ import annotations

from legation.scale.parallel import WorkerPool, ingest_parallel, open_pool
from legation.scale.partition import (
    PartitionSummary,
    Sink,
    batch_items,
    code_partition,
    ingest_partition,
    worker_resources,
)

__all__ = [
    "PartitionSummary",
    "Sink",
    "WorkerPool",
    "batch_items",
    "code_partition",
    "ingest_parallel",
    "ingest_partition",
    "open_pool",
    "worker_resources",
]
