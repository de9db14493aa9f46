"""The default store: the Oxigraph engine, in memory or persistent in a directory on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.stores.base import (
    GraphSlot,
    ObjectSlot,
    PredicateSlot,
    QueryDataset,
    QueryResult,
    Store,
    SubjectSlot,
)


class OxigraphStore(Store):
    """A pyoxigraph store: in memory, or on disk (RocksDB) at `path`, reopened in milliseconds.

    `read_only` opens an existing directory for reading only, which many processes may do at
    once (the workers of a forking server); only one process may open it for writing."""

    kind = "oxigraph"

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        super().__init__()
        self.path = path
        self.read_only = read_only
        if path is None:
            self.engine = ox.Store()
        elif read_only:
            self.engine = ox.Store.read_only(str(path))
        else:
            self.engine = ox.Store(str(path))

    def _run(self, sparql: str, base_iri: str | None, dataset: QueryDataset) -> QueryResult:
        raw = self.engine.query(sparql, base_iri=base_iri, prefixes=PREFIXES, **_engine_dataset(dataset))
        if isinstance(raw, ox.QuerySolutions):
            return QueryResult("select", raw)
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", raw)
        return QueryResult("graph", raw)

    def quads_for_pattern(
        self, subject: SubjectSlot, predicate: PredicateSlot, obj: ObjectSlot, graph: GraphSlot = None
    ) -> Iterator[ox.Quad]:
        return self.engine.quads_for_pattern(subject, predicate, obj, graph)

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.engine.named_graphs() if isinstance(g, ox.NamedNode)]

    def has_graph(self, iri: str) -> bool:
        return self.engine.contains_named_graph(ox.NamedNode(iri))

    def _load(
        self, data: bytes | BinaryIO, fmt: ox.RdfFormat, base_iri: str | None, graph: ox.NamedNode | None
    ) -> None:
        # load() is one transaction (all or nothing) but holds the document in memory;
        # bulk_load() streams big files straight into the on-disk indexes.
        if self.path is not None and not isinstance(data, bytes):
            self.engine.bulk_load(data, fmt, base_iri=base_iri, to_graph=graph)
        else:
            self.engine.load(data, fmt, base_iri=base_iri, to_graph=graph)

    def _clear_graph(self, graph: ox.NamedNode) -> None:
        self.engine.remove_graph(graph)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.engine.flush()

    def close(self) -> None:
        """Flush, and let go of the engine: a store on disk is then closed at once, so that
        other processes may open it (a reference cycle would otherwise keep it open)."""
        if getattr(self, "engine", None) is not None:
            self.flush()
            del self.engine

    def __len__(self) -> int:
        return len(self.engine)


def _engine_dataset(dataset: QueryDataset) -> dict[str, object]:
    if dataset.union:
        return {"use_default_graph_as_union": True}
    if not dataset.explicit:
        return {}
    return {
        "default_graph": [ox.NamedNode(iri) for iri in dataset.default_graphs or ()],
        "named_graphs": [ox.NamedNode(iri) for iri in dataset.named_graphs or ()],
    }
