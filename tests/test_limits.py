"""Limits on the queries clients send: killed at the deadline, cut at the row cap, a memory
ceiling per query, a cap on queries at once; in the guard itself and over HTTP."""

from __future__ import annotations

import csv
import io
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from kg.stores import QueryError, QueryRefused
from kg.stores.guard import Limits, QueryBusy, QueryGuard, QueryTimeout, QueryTooCostly, Request
from web.server import ServiceConfig
from web.testing import ServerProcess

JSON = "application/sparql-results+json"
KINDS = {"select": JSON, "ask": JSON, "graph": "application/n-triples"}
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTED_CARTESIAN = "SELECT ?a ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i"


def request(sparql: str) -> Request:
    return Request(sparql, None, None, None, KINDS)


@pytest.fixture(scope="module")
def guard() -> Iterator[QueryGuard]:
    pool = QueryGuard(ServiceConfig(), Limits(timeout=2, max_rows=5, workers=1, wait=0.3, memory=1200 << 20))
    yield pool
    pool.close()


def test_a_result_is_cut_at_the_row_cap_and_says_so(guard: QueryGuard) -> None:
    cut = guard.run(request("SELECT * WHERE { ?s ?p ?o }"))
    assert cut.truncated_at == 5
    assert cut.body.count(b'"s":') == 5
    graph = guard.run(request("CONSTRUCT WHERE { ?s ?p ?o }"))
    assert graph.truncated_at == 5 and graph.body.count(b"\n") == 5
    whole = guard.run(request("SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }"))
    assert whole.truncated_at is None and b"Rustem Umerov" in whole.body


def test_a_query_past_its_deadline_is_stopped_and_the_next_one_answered(guard: QueryGuard) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than the 2 s"):
        guard.run(request(CARTESIAN))
    assert time.monotonic() - started < 4
    assert guard.run(request("ASK { ?s ?p ?o }")).body.endswith(b"true}")


def test_a_query_that_needs_too_much_memory_dies_alone(guard: QueryGuard) -> None:
    with pytest.raises((QueryTooCostly, QueryTimeout)):
        guard.run(request(SORTED_CARTESIAN))
    assert guard.run(request("ASK { ?s ?p ?o }")).body.endswith(b"true}")


def test_when_every_worker_is_busy_a_query_is_turned_away(guard: QueryGuard) -> None:
    def hold_the_worker() -> None:
        with pytest.raises(QueryTimeout):
            guard.run(request(CARTESIAN))

    slow = threading.Thread(target=hold_the_worker)
    slow.start()
    time.sleep(0.5)
    try:
        with pytest.raises(QueryBusy, match="busy"):
            guard.run(request("ASK {}"))
    finally:
        slow.join()


@pytest.mark.parametrize(
    ("sparql", "error"), [("SELECT * WHERE { ?s }", QueryError), ("DELETE WHERE { ?s ?p ?o }", QueryRefused)]
)
def test_errors_come_back_as_they_are(guard: QueryGuard, sparql: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        guard.run(request(sparql))


@pytest.fixture(scope="module")
def limited() -> Iterator[ServerProcess]:
    with ServerProcess(options=["--query-timeout", "1", "--max-rows", "3", "--workers", "1"]) as running:
        yield running


def test_over_http_an_expensive_query_is_a_422_and_the_service_stays_up(limited: ServerProcess) -> None:
    slow = requests.get(limited.url + "/sparql", params={"query": CARTESIAN}, timeout=30)
    assert slow.status_code == 422
    assert "longer than the 1 s allowed" in slow.text
    fine = requests.get(
        limited.url + "/sparql", params={"query": "ASK {}"}, headers={"Accept": JSON}, timeout=30
    )
    assert fine.status_code == 200 and fine.json()["boolean"] is True


def test_over_http_a_cut_result_says_where_it_was_cut(limited: ServerProcess) -> None:
    response = requests.get(
        limited.url + "/sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o }"},
        headers={"Accept": "text/csv"},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.headers["Results-Truncated-At"] == "3"
    assert len(list(csv.reader(io.StringIO(response.text)))) == 1 + 3


def test_the_editor_runs_under_the_same_limits(limited: ServerProcess) -> None:
    page = requests.get(limited.url + "/editor", params={"query": CARTESIAN}, timeout=30)
    assert page.status_code == 422
    assert "longer than the 1 s allowed" in page.text
