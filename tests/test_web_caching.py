"""HTTP caching: ETags and 304s over the real server, and the result cache that never serves a
stale answer once the graph changes (the app in process, where the test can change its store)."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
import requests
from rdflib import Dataset

from kg.stores import OxigraphStore
from web import create_app
from web.caching import results
from web.testing import ServerProcess

QUERY = "SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }"
JSON = "application/sparql-results+json"


@pytest.mark.parametrize(
    ("path", "params", "accept"),
    [
        ("/sparql", {"query": QUERY}, JSON),
        ("/api/ask", {"q": "who leads Ukraine's delegation?"}, "application/json"),
        ("/id/rustem-umerov", {}, "text/html"),
        ("/id/rustem-umerov", {}, "text/turtle"),
        ("/download/all.nq", {}, "*/*"),
        ("/ontology", {}, "text/html"),
    ],
)
def test_a_get_is_tagged_and_revalidates_to_304(
    server: ServerProcess, path: str, params: dict, accept: str
) -> None:
    first = requests.get(server.url + path, params=params, headers={"Accept": accept}, timeout=30)
    assert first.status_code == 200
    etag = first.headers["ETag"]
    assert etag.startswith('W/"') and first.headers["Cache-Control"] == "no-cache"
    assert "Accept" in first.headers["Vary"]
    again = requests.get(
        server.url + path, params=params, headers={"Accept": accept, "If-None-Match": etag}, timeout=30
    )
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag
    other = requests.get(
        server.url + path, params=params, headers={"Accept": accept, "If-None-Match": 'W/"stale"'}, timeout=30
    )
    assert other.status_code == 200 and same_but_blank_labels(other.content, first.content)


def same_but_blank_labels(one: bytes, other: bytes) -> bool:
    """Equal, but for blank node labels and line order: a weak ETag promises an equivalent
    representation, and each worker process labels the blank nodes of its own copy anew."""

    def canonical(body: bytes) -> list[bytes]:
        return sorted(re.sub(rb"_:[A-Za-z0-9]+", b"_:b", body).splitlines())

    return canonical(one) == canonical(other)


def test_each_representation_has_its_own_tag(server: ServerProcess) -> None:
    tags = {
        requests.get(
            server.url + "/sparql", params={"query": QUERY}, headers={"Accept": kind}, timeout=30
        ).headers["ETag"]
        for kind in (JSON, "application/sparql-results+xml", "text/csv")
    }
    assert len(tags) == 3


def test_what_is_not_cacheable_is_not_tagged(server: ServerProcess) -> None:
    posted = requests.post(
        server.url + "/sparql", data={"query": QUERY}, headers={"Accept": JSON}, timeout=30
    )
    assert posted.status_code == 200 and "ETag" not in posted.headers
    volatile = "SELECT (RAND() AS ?r) WHERE {}"
    random = requests.get(
        server.url + "/sparql", params={"query": volatile}, headers={"Accept": JSON}, timeout=30
    )
    assert random.status_code == 200 and "ETag" not in random.headers
    error = requests.get(server.url + "/sparql", params={"query": "SELECT"}, timeout=30)
    assert error.status_code == 400 and "ETag" not in error.headers


@pytest.fixture
def app_and_store(dataset: Dataset):
    store = OxigraphStore.from_dataset(dataset)
    return create_app(store), store


def test_the_result_cache_serves_the_same_query_however_it_is_spaced(app_and_store) -> None:
    app, _ = app_and_store
    client = app.test_client()
    spaced = "SELECT  ?name\n  # the label\n WHERE { d:rustem-umerov rdfs:label ?name }"
    first = client.get("/sparql", query_string={"query": QUERY}, headers={"Accept": JSON})
    second = client.get("/sparql", query_string={"query": spaced}, headers={"Accept": JSON})
    assert first.data == second.data
    with app.app_context():
        assert (results().hits, results().misses) == (1, 1)


def test_a_graph_change_drops_the_cache_and_the_tags(app_and_store) -> None:
    app, store = app_and_store
    client = app.test_client()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a dip:Person }"
    before = client.get("/sparql", query_string={"query": count}, headers={"Accept": "text/csv"})
    store.load(
        b"<https://example.org/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        b"<https://w3id.org/diplomacy/ontology#Person> .",
        ox.RdfFormat.N_TRIPLES,
        graph="https://example.org/g",
    )
    after = client.get(
        "/sparql",
        query_string={"query": count},
        headers={"Accept": "text/csv", "If-None-Match": before.headers["ETag"]},
    )
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
    assert int(after.data.split()[1]) == int(before.data.split()[1]) + 1


def test_caching_can_be_turned_off(dataset: Dataset) -> None:
    app = create_app(OxigraphStore.from_dataset(dataset), {"HTTP_CACHING": False, "RESULT_CACHE_BYTES": 0})
    client = app.test_client()
    for _ in range(2):
        response = client.get("/sparql", query_string={"query": QUERY}, headers={"Accept": JSON})
        assert response.status_code == 200 and "ETag" not in response.headers
    with app.app_context():
        assert (results().hits, results().misses) == (0, 0)
