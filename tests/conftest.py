"""Shared fixtures: the shipped dataset, built once per session, and the kgqa command."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph

from helpers import ARTICLE
from kg.graph import ONTOLOGY_GRAPH, article_graphs, build_dataset, union
from kg.store import OxigraphStore


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
