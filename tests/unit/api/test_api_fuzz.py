"""Property-based fuzz of every GET route in the OpenAPI document: no input gives a 5xx.

Query values are drawn from each parameter's schema (valid dates, integers, enum
members) mixed with arbitrary text, so both the happy paths and the refusals run.
Bounded: a fixed number of examples per route, no deadline (CI machines are slow).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legation.api import create_app
from legation.store import Store, open_store

TEXT = st.text(max_size=40)
SAMPLES = st.sampled_from(["PRK", "USA", "ACCUSE", "1", "GOV", "occurred", "country:RUS",
                           "ACCUSE,CONSULT", "1,4", "", " ", "%", "2014-07-17"])


def _strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    options = schema.get("anyOf", [schema])
    kinds = {option.get("type") for option in options}
    values: list[st.SearchStrategy[Any]] = [TEXT, SAMPLES]
    for option in options:
        if "enum" in option:
            values.append(st.sampled_from(option["enum"]))
    if "integer" in kinds:
        values.append(st.integers(min_value=-10, max_value=6000))
    if any(option.get("format") == "date" for option in options):
        values.append(st.dates().map(lambda d: d.isoformat()))
    return st.one_of(values)


def _get_routes(app: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    spec = app.openapi()
    routes = []
    for path, item in spec["paths"].items():
        if "get" in item:
            routes.append((path, item["get"].get("parameters", [])))
    return routes


ROUTES = _get_routes(create_app(store=open_store("sqlite://")))


@pytest.mark.parametrize(("path", "parameters"), ROUTES, ids=[r[0] for r in ROUTES])
def test_fuzz_get_routes_never_answer_5xx(
    store: Store, tiny_kb: object, path: str, parameters: list
) -> None:
    app = create_app(store=store)
    app.state.legation._kb = tiny_kb
    client = TestClient(app, raise_server_exceptions=False)
    query_params = [p for p in parameters if p["in"] == "query"]
    path_params = [p for p in parameters if p["in"] == "path"]
    strategy = st.fixed_dictionaries(
        {},
        optional={p["name"]: _strategy(p.get("schema", {})) for p in query_params},
    )
    path_strategy = st.fixed_dictionaries(
        {p["name"]: st.one_of(TEXT.filter(bool), st.just("0" * 16)) for p in path_params}
    )

    @settings(max_examples=40, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(query=strategy, names=path_strategy)
    def check(query: dict[str, Any], names: dict[str, str]) -> None:
        url = path
        for name, value in names.items():
            url = url.replace("{" + name + "}", quote(value, safe=""))
        response = client.get(url, params=query)
        assert response.status_code < 500, (url, query, response.text)
        if response.status_code >= 400:
            body = response.json()
            assert body["ok"] is False and body["status"] == response.status_code

    check()
