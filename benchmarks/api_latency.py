"""Measure REST API latency on a large synthetic store and print p50/p95 per query.

Usage::

    python benchmarks/api_latency.py                      # 1,000,000 events in /tmp
    python benchmarks/api_latency.py --events 100000 --db sqlite:////tmp/b.db --repeat 30

The store is generated once (``generate_synthetic_store``) and reused when it already
holds the wanted number of events. Requests go through FastAPI's TestClient (the whole
app: routing, validation, serialisation), after one warm-up request per query that
also builds the aggregate cube; the cube's build time is printed separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from fastapi.testclient import TestClient

from legation.api import create_app
from legation.store import open_store
from legation.store.synthetic import generate_synthetic_store

QUERIES: dict[str, list[str]] = {
    "events: no filter": ["/api/events?limit=50"],
    "events: country": ["/api/events?country=USA", "/api/events?country=RUS",
                        "/api/events?country=PRK", "/api/events?country=UKR,RUS"],
    "events: country+types+dates": [
        "/api/events?country=USA&type=ACCUSE,THREATEN&since=2010-01-01&until=2015-12-31",
        "/api/events?country=CHN&type=CONSULT&since=2005-01-01&until=2020-12-31",
        "/api/events?country=IRN&quad_class=3,4&since=2012-01-01",
    ],
    "events: dyad": ["/api/events?actor=PRK&recipient=KOR", "/api/events?actor=USA&recipient=RUS",
                     "/api/events?actor=RUS&recipient=UKR"],
    "events: page 2 (cursor)": [],
    "timeline: all, month": ["/api/timeline?interval=month"],
    "timeline: dyad, month": ["/api/timeline?actor=PRK&recipient=KOR&interval=month",
                              "/api/timeline?actor=USA&recipient=RUS&interval=month"],
    "timeline: country, week, by type": [
        "/api/timeline?country=UKR&interval=week&by=type",
        "/api/timeline?country=IRN&interval=week&by=type",
    ],
    "dyads": ["/api/dyads?limit=20"],
    "places": ["/api/places?limit=500"],
}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def main() -> int:
    """Generate (or reuse) the store, time each query, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="sqlite:////tmp/legation-bench-1m.db")
    parser.add_argument("--repeat", type=int, default=40, help="timed requests per query")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with open_store(args.db) as store:
        have = store.counts()["events"]
    if have < args.events:
        print(f"generating {args.events - have} synthetic events into {args.db} ...", flush=True)
        started = time.perf_counter()
        generate_synthetic_store(args.db, events=args.events - have, seed=args.seed + have)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)

    app = create_app(db=args.db)
    client = TestClient(app)
    started = time.perf_counter()
    client.get("/api/timeline?interval=year")  # builds the cube
    cube_seconds = time.perf_counter() - started
    total = client.get("/api/health").json()["counts"]["events"]
    first = client.get("/api/events?country=USA&limit=50").json()
    QUERIES["events: page 2 (cursor)"] = [f"/api/events?country=USA&limit=50&cursor={first['next_cursor']}"]

    print(f"store: {total} events; cube built in {cube_seconds:.1f} s (first aggregate request)")
    print(f"{'query':36} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    worst = 0.0
    for name, urls in QUERIES.items():
        for url in urls:
            response = client.get(url)  # warm-up
            if response.status_code != 200:
                print(f"{name}: {url} answered {response.status_code}: {response.text}")
                return 1
        timings = []
        for i in range(args.repeat):
            url = urls[i % len(urls)]
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        p95 = _percentile(timings, 0.95)
        if name.startswith(("events", "timeline")):
            worst = max(worst, p95)
        print(f"{name:36} {len(timings):4d} {statistics.median(timings):8.1f} {p95:8.1f} "
              f"{max(timings):8.1f}")
    verdict = "meets" if worst < 100 else "MISSES"
    print(f"worst p95 of /api/events and /api/timeline: {worst:.1f} ms ({verdict} the 100 ms goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
