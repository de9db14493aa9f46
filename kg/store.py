"""The store behind the CLI and the web service: an in-memory Oxigraph engine.

The default graph of a query is the union of all graphs, unless the query names its own
dataset (FROM / FROM NAMED) or the caller passes one (the SPARQL Protocol's
default-graph-uri / named-graph-uri), which then replaces the query's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.namespaces import PREFIXES

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})

# Skipped: comments, IRIs, strings, language tags and variables. What is left are runs of name
# characters: with a colon, a prefixed name or blank node; without, keywords, function names and
# numbers, between dots and minus signs ("1.SERVICE" is 1 . SERVICE).
_SKIPPED = r"""
    \#[^\n\r]*
  | <(?:[^<>"{}|^`\\\s]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>
  | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"
  | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
  | [?$]\w+
"""
_TOKENS = re.compile(rf"(?:{_SKIPPED})|(?P<name>(?:[\w.\-:%]|\\.)+)", re.VERBOSE)
_KEYWORD = re.compile(r"[^\W\d]\w*")
_BETWEEN_NAMES = re.compile(r"[.\-]")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_UNION_SIZE = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


class QueryError(ValueError):
    """A SPARQL query that cannot be parsed or evaluated."""


class QueryRefused(QueryError):
    """Valid SPARQL that this store will not run: an update, or SERVICE when not allowed."""


def keywords(sparql: str) -> set[str]:
    """The bare words of a SPARQL text, upper-cased: its keywords, outside strings and IRIs.

    >>> sorted(keywords('SELECT ?from { ?s ex:from "FROM" } # FROM'))
    ['SELECT']
    """
    runs = (m["name"] for m in _TOKENS.finditer(sparql) if m["name"] and ":" not in m["name"])
    names = (name for run in runs for name in _BETWEEN_NAMES.split(run))
    return {name.upper() for name in names if _KEYWORD.fullmatch(name)}


@dataclass(frozen=True)
class QueryResult:
    """One query's result: `kind` is "select", "ask" or "graph"; `raw` the engine's object."""

    kind: str
    raw: object

    @property
    def variables(self) -> list[str]:
        assert isinstance(self.raw, ox.QuerySolutions)
        return [v.value for v in self.raw.variables]

    def serialize(self, media_type: str) -> bytes:
        """The result written in `media_type`: a SPARQL results format, or for graphs an RDF one.
        Evaluation is lazy, so its errors surface here, as QueryError."""
        fmt = _format(self.kind, media_type)
        try:
            if isinstance(fmt, ox.RdfFormat):
                return ox.serialize(self.raw, format=fmt, prefixes=PREFIXES)
            return self.raw.serialize(format=fmt)  # type: ignore[attr-defined]
        except (OSError, ValueError) as exc:
            raise QueryError(f"SPARQL evaluation error: {exc}") from exc


def _format(kind: str, media_type: str) -> ox.RdfFormat | ox.QueryResultsFormat:
    if kind == "graph":
        fmt = ox.RdfFormat.from_media_type(media_type)
    else:
        fmt = ox.QueryResultsFormat.from_media_type(media_type)
    if fmt is None:
        raise LookupError(f"a {kind} result cannot be written as {media_type}")
    return fmt


class OxigraphStore:
    """A pyoxigraph store; a query sees the union of all graphs as its default graph."""

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

    def query(
        self,
        sparql: str,
        *,
        base_iri: str | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        federated: bool = True,
    ) -> QueryResult:
        """Run a query. Given `default_graphs` or `named_graphs` (IRIs), they alone make the
        dataset; `federated=False` refuses SERVICE, which would make the engine fetch URLs."""
        words = keywords(sparql)
        if not federated and "SERVICE" in words:
            raise QueryRefused("SERVICE (federated query) is not allowed here")
        dataset = _dataset(words, default_graphs, named_graphs)
        try:
            raw = self.engine.query(sparql, base_iri=base_iri, prefixes=PREFIXES, **dataset)
        except SyntaxError as exc:
            if words & UPDATE_KEYWORDS:
                raise QueryRefused("this is a SPARQL Update: the store is read-only") from exc
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise QueryError(f"SPARQL evaluation error: {exc}") from exc
        if isinstance(raw, ox.QuerySolutions):
            return QueryResult("select", raw)
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", raw)
        return QueryResult("graph", raw)

    def graph_sizes(self) -> dict[str, int]:
        """The number of triples in each named graph, by graph IRI."""
        rows = self.engine.query(_GRAPH_SIZES)
        assert isinstance(rows, ox.QuerySolutions)
        return {row["g"].value: int(row["n"].value) for row in rows if isinstance(row["g"], ox.NamedNode)}

    def union_size(self) -> int:
        """The number of distinct triples in the union of all graphs (the default graph)."""
        rows = self.engine.query(_UNION_SIZE, use_default_graph_as_union=True)
        assert isinstance(rows, ox.QuerySolutions)
        return int(next(iter(rows))["n"].value)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad of the store, or only those of the named graph `graph`."""
        return self.engine.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None)

    def has_graph(self, iri: str) -> bool:
        """Whether the store holds a named graph called `iri`."""
        return self.engine.contains_named_graph(ox.NamedNode(iri))

    def mentions(self, term: ox.NamedNode) -> bool:
        """Whether `term` occurs in the store: as a subject, an object or a graph name."""
        patterns = ((term, None, None, None), (None, None, term, None))
        found = any(next(self.engine.quads_for_pattern(*p), None) for p in patterns)
        return found or self.engine.contains_named_graph(term)

    def objects(self, subject: ox.NamedNode | ox.BlankNode, predicate: ox.NamedNode) -> list[Term]:
        """The distinct objects of `subject predicate ?o` in any graph, in store order."""
        quads = self.engine.quads_for_pattern(subject, predicate, None, None)
        return list(dict.fromkeys(quad.object for quad in quads))

    def subjects(self, predicate: ox.NamedNode, obj: Term) -> list[Term]:
        """The distinct subjects of `?s predicate obj` in any graph, in store order."""
        quads = self.engine.quads_for_pattern(None, predicate, obj, None)
        return list(dict.fromkeys(quad.subject for quad in quads))

    def description(self, term: ox.NamedNode) -> list[ox.Quad]:
        """A description of `term` in the spirit of a Concise Bounded Description: the quads
        with `term` as subject (following blank node objects on) and those with it as object."""
        found: list[ox.Quad] = []
        todo: list[ox.NamedNode | ox.BlankNode] = [term]
        seen: set[ox.NamedNode | ox.BlankNode] = {term}
        while todo:
            for quad in self.engine.quads_for_pattern(todo.pop(), None, None, None):
                found.append(quad)
                if isinstance(quad.object, ox.BlankNode) and quad.object not in seen:
                    seen.add(quad.object)
                    todo.append(quad.object)
        found += self.engine.quads_for_pattern(None, None, term, None)
        return list(dict.fromkeys(found))


def _dataset(
    words: set[str], default_graphs: list[str] | None, named_graphs: list[str] | None
) -> dict[str, object]:
    """The engine's dataset arguments: the caller's graphs, else the query's, else the union."""
    if default_graphs is None and named_graphs is None:
        return {} if "FROM" in words else {"use_default_graph_as_union": True}
    try:
        return {
            "default_graph": [ox.NamedNode(iri) for iri in default_graphs or []],
            "named_graphs": [ox.NamedNode(iri) for iri in named_graphs or []],
        }
    except ValueError as exc:
        raise QueryError(f"a graph name is not an IRI: {exc}") from exc
