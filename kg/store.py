"""The store behind the CLI: an in-memory Oxigraph engine, queried with the union default graph."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.namespaces import PREFIXES


class QueryError(ValueError):
    """A SPARQL query that cannot be parsed or evaluated."""


@dataclass(frozen=True)
class QueryResult:
    """One query's result: `kind` is "select", "ask" or "graph"; `raw` the engine's object."""

    kind: str
    raw: object

    @property
    def variables(self) -> list[str]:
        assert isinstance(self.raw, ox.QuerySolutions)
        return [v.value for v in self.raw.variables]


class OxigraphStore:
    """A pyoxigraph store; every query sees the union of all graphs as its default graph."""

    def __init__(self, store: ox.Store | None = None) -> None:
        self.engine = store if store is not None else ox.Store()

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> OxigraphStore:
        store = cls()
        data = dataset.serialize(format="nquads", encoding="utf-8")
        store.engine.load(data, format=ox.RdfFormat.N_QUADS)
        return store

    @classmethod
    def from_files(cls, paths: list[Path]) -> OxigraphStore:
        from kg.graph import add_data_file, new_dataset

        dataset = new_dataset()
        for path in paths:
            add_data_file(dataset, path)
        return cls.from_dataset(dataset)

    def __len__(self) -> int:
        return len(self.engine)

    def query(self, sparql: str) -> QueryResult:
        try:
            raw = self.engine.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise QueryError(f"SPARQL evaluation error: {exc}") from exc
        if isinstance(raw, ox.QuerySolutions):
            return QueryResult("select", raw)
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", raw)
        return QueryResult("graph", raw)
