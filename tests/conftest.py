"""Shared fixtures: the shipped dataset, built once per session, and a real server per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import Dataset, Graph

from helpers import ARTICLE
from kg.graph import ONTOLOGY_GRAPH, article_graphs, build_dataset, union
from kg.stores import OxigraphStore, RdflibStore, RemoteStore, Store
from web.testing import OxigraphServer, ServerProcess


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return build_dataset()


@pytest.fixture(scope="session")
def ontology(dataset: Dataset) -> Graph:
    return dataset.graph(ONTOLOGY_GRAPH)


@pytest.fixture(scope="session")
def facts(dataset: Dataset) -> Graph:
    """The union of the article graphs."""
    return union(article_graphs(dataset))


# Every test that takes `store` runs on each kind of store: one shared suite for all engines.
STORE_KINDS = ["oxigraph", "oxigraph-disk", "rdflib", "remote"]


@pytest.fixture(scope="session")
def oxigraph_server() -> Iterator[OxigraphServer]:
    """A real Oxigraph SPARQL server on loopback, in memory, with the standard default graph."""
    with OxigraphServer() as running:
        yield running


@pytest.fixture(scope="session", params=STORE_KINDS)
def store(
    request: pytest.FixtureRequest, dataset: Dataset, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The shipped graph in each kind of store."""
    kind = request.param
    if kind == "oxigraph":
        made: Store = OxigraphStore()
    elif kind == "oxigraph-disk":
        made = OxigraphStore(tmp_path_factory.mktemp("oxigraph-store"))
    elif kind == "rdflib":
        made = RdflibStore()
    else:
        server = request.getfixturevalue("oxigraph_server")
        made = RemoteStore(server.query_url, graph_store_url=server.store_url)
        for graph in made.named_graphs():
            made.clear_graph(graph.value)
    made.load_dataset(dataset)
    yield made
    made.close()


@pytest.fixture(scope="session")
def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    """The service on the shipped graph, started once for each test module that asks for it."""
    with ServerProcess() as running:
        yield running
