"""Shared fixtures: the shipped dataset, built once per session, and a real server per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import Dataset, Graph

from helpers import ARTICLE
from kg.graph import ONTOLOGY_GRAPH, article_graphs, build_dataset, union
from kg.store import OxigraphStore
from web.testing import ServerProcess


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


@pytest.fixture(scope="session")
def store(dataset: Dataset) -> OxigraphStore:
    return OxigraphStore.from_dataset(dataset)


@pytest.fixture(scope="session")
def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    """The service on the shipped graph, started once for each test module that asks for it."""
    with ServerProcess() as running:
        yield running
