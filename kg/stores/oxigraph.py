"""The default store: the Oxigraph engine, in memory or persistent in a directory on disk.

The default graph is kept as the union of the named graphs, as a set: every triple added to a
named graph is also added to the default graph, and dropping a graph takes out of the default
graph what no other graph holds. Oxigraph's own union default graph (`use_default_graph_as_union`,
and listing graphs as the default graph) is a bag up to 0.5.13: a triple in two graphs matches
twice (oxigraph/oxigraph#1919), so two articles naming Ukraine would give every answer twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
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

_DEFAULT = ox.DefaultGraph()
_FILL_DEFAULT_GRAPH = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
# what dropping $graph takes out of the default graph: its triples that no other graph holds
_UNSHARED = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {graph} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {graph}) }}
}};
DROP SILENT GRAPH {graph}"""
_NAMED_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_OWN_DEFAULT_TRIPLES = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
)


# Written in a store's directory by each change (a new name each time): how the processes
# that have the store open read-only learn that they must open it again to see the change.
CHANGES_FILE = "kgqa-changes"


class OxigraphStore(Store):
    """A pyoxigraph store: in memory, or on disk (RocksDB) at `path`, reopened in milliseconds.

    `read_only` opens an existing directory for reading only, which many processes may do at
    once (the workers of a forking server); only one process may open it for writing. A
    read-only store sees what a writer (`kgqa ingest`) added once `refresh()` reopens it."""

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
        self._seen_change = self._last_change()
        self.union_kept = self._union_kept()

    def _union_kept(self) -> bool:
        """Whether the default graph holds the union; a store written before it was kept is
        brought up to date when writable, else queried with Oxigraph's (bag) union."""
        if next(self.engine.quads_for_pattern(None, None, None, _DEFAULT), None) is not None:
            return True
        if next(iter(self.engine.named_graphs()), None) is None:
            return True  # empty: kept from the first load on
        if self.read_only:
            return False
        self.engine.update(_FILL_DEFAULT_GRAPH)
        return True

    def _run(self, sparql: str, base_iri: str | None, dataset: QueryDataset) -> QueryResult:
        options = _engine_dataset(dataset, self.union_kept)
        raw = self.engine.query(sparql, base_iri=base_iri, prefixes=PREFIXES, **options)
        if isinstance(raw, ox.QuerySolutions):
            return QueryResult("select", raw)
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", raw)
        return QueryResult("graph", raw)

    def quads_for_pattern(
        self, subject: SubjectSlot, predicate: PredicateSlot, obj: ObjectSlot, graph: GraphSlot = None
    ) -> Iterator[ox.Quad]:
        found = self.engine.quads_for_pattern(subject, predicate, obj, graph)
        return found if isinstance(graph, ox.NamedNode) else self._as_stored(found)

    def _as_stored(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        """The quads without the default graph's copies of named graphs' triples."""
        for quad in quads:
            if not isinstance(quad.graph_name, ox.DefaultGraph) or not self._in_a_named_graph(quad):
                yield quad

    def _in_a_named_graph(self, quad: ox.Quad) -> bool:
        if not self.union_kept:
            return False
        found = self.engine.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        return any(not isinstance(q.graph_name, ox.DefaultGraph) for q in found)

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.engine.named_graphs() if isinstance(g, ox.NamedNode)]

    def has_graph(self, iri: str) -> bool:
        return self.engine.contains_named_graph(ox.NamedNode(iri))

    def _load(
        self, data: bytes | BinaryIO, fmt: ox.RdfFormat, base_iri: str | None, graph: ox.NamedNode | None
    ) -> None:
        # Blank node labels are the document's own: renamed so that two documents' _:b0 differ.
        parsed = ox.parse(data, fmt, base_iri=base_iri, rename_blank_nodes=True)
        quads = _with_union((_to_graph(q, graph) for q in parsed), self.union_kept)
        if self.path is not None and not isinstance(data, bytes):
            self.engine.bulk_extend(quads)  # streams big files straight into the on-disk indexes
        else:
            self.engine.extend(list(quads))  # one transaction: a bad document adds nothing

    def put_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """In one transaction: the old graph, if any, goes and the new one comes, or, if the
        process dies on the way, nothing changed."""
        copies = list(_with_union(quads, self.union_kept))
        if not self.engine.contains_named_graph(graph):
            self.engine.extend(copies)
        else:
            drop = _UNSHARED.format(graph=graph) if self.union_kept else f"DROP GRAPH {graph}"
            self.engine.update(f"{drop} ;\nINSERT DATA {{\n{_data(copies)}\n}}")
        self.generation += 1
        self.mark_changed()

    def mark_changed(self) -> None:
        if self.path is None or self.read_only:
            return
        self.engine.flush()
        marker = self.path / CHANGES_FILE
        fresh = marker.with_suffix(".new")
        fresh.write_text(uuid.uuid4().hex, encoding="ascii")
        fresh.replace(marker)  # a new file: its inode tells readers it changed
        self._seen_change = self._last_change()

    def refresh(self) -> bool:
        if self.path is None or not self.read_only:
            return False
        change = self._last_change()
        if change == self._seen_change:
            return False
        self._seen_change = change
        self.engine = ox.Store.read_only(str(self.path))  # queries under way keep the old one
        self.union_kept = self._union_kept()
        self.generation += 1
        return True

    def _last_change(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            found = (self.path / CHANGES_FILE).stat()
        except OSError:
            return None
        return found.st_ino, found.st_mtime_ns

    def _clear_graph(self, graph: ox.NamedNode) -> None:
        if self.union_kept:
            self.engine.update(_UNSHARED.format(graph=graph))
        else:
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
        """The quads as stored: the default graph's copies not counted."""
        if not self.union_kept:
            return len(self.engine)
        counts = (next(iter(self.engine.query(q)))["n"] for q in (_NAMED_QUADS, _OWN_DEFAULT_TRIPLES))  # type: ignore[call-overload]
        return sum(int(n.value) for n in counts)


def _to_graph(quad: ox.Quad, graph: ox.NamedNode | None) -> ox.Quad:
    if graph is None or not isinstance(quad.graph_name, ox.DefaultGraph):
        return quad
    return ox.Quad(quad.subject, quad.predicate, quad.object, graph)


def _with_union(quads: Iterable[ox.Quad], union_kept: bool) -> Iterator[ox.Quad]:
    """Each quad, and for one in a named graph its triple in the default graph too."""
    for quad in quads:
        yield quad
        if union_kept and not isinstance(quad.graph_name, ox.DefaultGraph):
            yield ox.Quad(quad.subject, quad.predicate, quad.object, _DEFAULT)


def _data(quads: list[ox.Quad]) -> str:
    """Quads in the syntax of INSERT DATA; pyoxigraph writes each term escaped."""
    lines = []
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        lines.append(
            triple if isinstance(q.graph_name, ox.DefaultGraph) else f"GRAPH {q.graph_name} {{ {triple} }}"
        )
    return "\n".join(lines)


def _engine_dataset(dataset: QueryDataset, union_kept: bool) -> dict[str, object]:
    if dataset.union:
        return {} if union_kept else {"use_default_graph_as_union": True}
    if not dataset.explicit:
        return {}
    return {
        "default_graph": [ox.NamedNode(iri) for iri in dataset.default_graphs or ()],
        "named_graphs": [ox.NamedNode(iri) for iri in dataset.named_graphs or ()],
    }
