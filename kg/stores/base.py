"""The one store interface behind the CLI, the question layer and the web service.

Every store speaks in pyoxigraph's term types (NamedNode, Literal, Quad...), whatever engine runs
the query, so nothing above this layer knows which engine it has. The default graph of a query is
the union of all graphs, unless the query names its own dataset (FROM / FROM NAMED) or the caller
passes one (the SPARQL Protocol's default-graph-uri / named-graph-uri), which then replaces it.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Self

import pyoxigraph as ox
from rdflib import Dataset

from kg.namespaces import PREFIXES

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})

# IRIs and strings: kept as they are by every reading below.
_QUOTED = r"""
    <(?:[^<>"{}|^`\\\s]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>
  | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"
"""
_COMMENT = r"\#[^\n\r]*"
# Skipped: comments, IRIs, strings, language tags and variables. What is left are runs of name
# characters: with a colon, a prefixed name or blank node; without, keywords, function names and
# numbers, between dots and minus signs ("1.SERVICE" is 1 . SERVICE).
_SKIPPED = rf"""
    {_COMMENT} | {_QUOTED}
  | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
  | [?$]\w+
"""
_TOKENS = re.compile(rf"(?:{_SKIPPED})|(?P<name>(?:[\w.\-:%]|\\.)+)", re.VERBOSE)
_KEYWORD = re.compile(r"[^\W\d]\w*")
_BETWEEN_NAMES = re.compile(r"[.\-]")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
# the positions of a quad pattern; None matches anything
SubjectSlot = ox.NamedNode | ox.BlankNode | None
PredicateSlot = ox.NamedNode | None
ObjectSlot = Term | None
GraphSlot = ox.NamedNode | ox.DefaultGraph | None

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


_LEXEMES = re.compile(rf"(?P<quoted>{_QUOTED}) | (?P<gap>(?:\s|{_COMMENT})+)", re.VERBOSE)
# functions whose value changes from one evaluation to the next: such a query is never cached
VOLATILE = frozenset({"RAND", "NOW", "UUID", "STRUUID", "BNODE"})


def normalised(sparql: str) -> str:
    r"""The query with comments dropped and runs of white space made one space, outside strings
    and IRIs: two texts that differ only so are the same query (a cache key).

    >>> normalised('SELECT  *  # all\n WHERE { ?s ?p "a  b" }')
    'SELECT * WHERE { ?s ?p "a  b" }'
    """

    return _LEXEMES.sub(lambda m: m[0] if m["quoted"] is not None else " ", sparql).strip()


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


@dataclass(frozen=True)
class QueryDataset:
    """The RDF dataset a query runs over. `union` (the default): the union of all graphs as the
    default graph, every named graph as named; otherwise the query's own FROM / FROM NAMED, or,
    when the caller names graphs, exactly `default_graphs` and `named_graphs`."""

    union: bool = True
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None

    @property
    def explicit(self) -> bool:
        return self.default_graphs is not None or self.named_graphs is not None


class Store(ABC):
    """A quad store with SPARQL 1.1 queries. Subclasses run the queries and match the patterns;
    the navigation helpers here are built on those two and serve every engine."""

    #: a short name for logs and benchmark tables
    kind: str = "store"

    def __init__(self) -> None:
        self.generation = 0  # bumped by every change made through this object

    # -- what each engine provides -------------------------------------------------------------

    @abstractmethod
    def _run(self, sparql: str, base_iri: str | None, dataset: QueryDataset) -> QueryResult:
        """Evaluate a query; raise SyntaxError for a text that is not a SPARQL query."""

    @abstractmethod
    def quads_for_pattern(
        self, subject: SubjectSlot, predicate: PredicateSlot, obj: ObjectSlot, graph: GraphSlot = None
    ) -> Iterator[ox.Quad]:
        """The quads matching a pattern; None matches anything (`graph` None: every graph)."""

    @abstractmethod
    def named_graphs(self) -> list[ox.NamedNode]:
        """The names of the graphs the store holds."""

    @abstractmethod
    def _load(
        self, data: bytes | BinaryIO, fmt: ox.RdfFormat, base_iri: str | None, graph: ox.NamedNode | None
    ) -> None:
        """Add the quads of an RDF document (triples go to `graph`, else the default graph)."""

    @abstractmethod
    def _clear_graph(self, graph: ox.NamedNode) -> None:
        """Remove a named graph and its triples."""

    # -- shared behaviour ----------------------------------------------------------------------

    @classmethod
    def from_dataset(cls, dataset: Dataset) -> Self:
        """A new store of this kind (one that needs no arguments) holding an rdflib Dataset."""
        store = cls()
        store.load_dataset(dataset)
        return store

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
            return self._run(sparql, base_iri, dataset)
        except SyntaxError as exc:
            if words & UPDATE_KEYWORDS:
                raise QueryRefused("this is a SPARQL Update: the store is read-only") from exc
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except QueryError:
            raise
        except (OSError, ValueError) as exc:
            raise QueryError(f"SPARQL evaluation error: {exc}") from exc

    def load(
        self,
        data: bytes | BinaryIO,
        fmt: ox.RdfFormat,
        *,
        base_iri: str | None = None,
        graph: str | None = None,
    ) -> None:
        """Add an RDF document's quads; a document of triples goes to the named graph `graph`.
        RDF/XML with a DOCTYPE is refused (see `without_doctype`)."""
        self._load(without_doctype(data, fmt), fmt, base_iri, ox.NamedNode(graph) if graph else None)
        self.generation += 1
        self.mark_changed()

    def load_dataset(self, dataset: Dataset) -> None:
        """Add every quad of an rdflib Dataset, named graphs kept."""
        self.load(dataset.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)

    def clear_graph(self, graph: str) -> None:
        self._clear_graph(ox.NamedNode(graph))
        self.generation += 1
        self.mark_changed()

    def put_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Make the named graph `graph` hold `quads` (all in that graph) and nothing else. This
        default drops, then loads: a store that can do both in one transaction says so."""
        if self.has_graph(graph.value):
            self._clear_graph(graph)
        self._load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS, None, None)
        self.generation += 1
        self.mark_changed()

    def mark_changed(self) -> None:
        """Tell other processes serving the same store that it changed (see `refresh`)."""
        return None

    def refresh(self) -> bool:
        """Catch up with changes another process made to the store; True if there were any."""
        return False

    def flush(self) -> None:
        """Make what was loaded durable (for stores that write to disk)."""
        return None

    def close(self) -> None:
        """Release what the store holds open (files, connections)."""
        self.flush()

    @abstractmethod
    def __len__(self) -> int:
        """The number of quads in the store."""

    def graph_sizes(self) -> dict[str, int]:
        """The number of triples in each named graph, by graph IRI."""
        rows = self.query(_GRAPH_SIZES).raw
        return {row["g"].value: int(row["n"].value) for row in rows if isinstance(row["g"], ox.NamedNode)}

    def union_size(self) -> int:
        """The number of distinct triples in the union of all graphs (the default graph)."""
        return int(_first(self.query(_UNION_SIZE))["n"].value)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad of the store, or only those of the named graph `graph`."""
        return self.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None)

    def has_graph(self, iri: str) -> bool:
        """Whether the store holds a named graph called `iri`."""
        return ox.NamedNode(iri) in self.named_graphs()

    def mentions(self, term: ox.NamedNode) -> bool:
        """Whether `term` occurs in the store: as a subject, an object or a graph name."""
        patterns = ((term, None, None), (None, None, term))
        found = any(next(self.quads_for_pattern(*p), None) for p in patterns)
        return found or term in self.named_graphs()

    def objects(self, subject: ox.NamedNode | ox.BlankNode, predicate: ox.NamedNode) -> list[Term]:
        """The distinct objects of `subject predicate ?o` in any graph, in store order."""
        quads = self.quads_for_pattern(subject, predicate, None)
        return list(dict.fromkeys(quad.object for quad in quads))

    def subjects(self, predicate: ox.NamedNode, obj: Term) -> list[Term]:
        """The distinct subjects of `?s predicate obj` in any graph, in store order."""
        quads = self.quads_for_pattern(None, predicate, obj)
        return list(dict.fromkeys(quad.subject for quad in quads))

    def description(self, term: ox.NamedNode) -> list[ox.Quad]:
        """A description of `term` in the spirit of a Concise Bounded Description: the quads
        with `term` as subject (following blank node objects on) and those with it as object."""
        found: list[ox.Quad] = []
        todo: list[ox.NamedNode | ox.BlankNode] = [term]
        seen: set[ox.NamedNode | ox.BlankNode] = {term}
        while todo:
            for quad in self.quads_for_pattern(todo.pop(), None, None):
                found.append(quad)
                if isinstance(quad.object, ox.BlankNode) and quad.object not in seen:
                    seen.add(quad.object)
                    todo.append(quad.object)
        found += self.quads_for_pattern(None, None, term)
        return list(dict.fromkeys(found))


DOCTYPE_REFUSED = (
    "RDF/XML with a DOCTYPE is refused: its entity declarations can expand a few bytes into "
    "gigabytes (Oxigraph expands them). Remove the DOCTYPE, or send Turtle or N-Triples"
)
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


def without_doctype(data: bytes | BinaryIO, fmt: ox.RdfFormat) -> bytes | BinaryIO:
    """`data`, checked (as it is read, for a stream) to hold no DTD if it is RDF/XML; a DTD
    raises SyntaxError, the error of a document that does not parse."""
    if fmt != ox.RdfFormat.RDF_XML:
        return data
    if isinstance(data, bytes):
        if any(mark in data for mark in _DECLARATIONS):
            raise SyntaxError(DOCTYPE_REFUSED)
        return data
    return _NoDoctype(data)


class _NoDoctype:
    """A binary stream that raises SyntaxError on reading a DTD declaration."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.tail = b""  # the end of the last chunk: a mark may straddle two reads

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size)
        seen = self.tail + chunk
        if any(mark in seen for mark in _DECLARATIONS):
            raise SyntaxError(DOCTYPE_REFUSED)
        self.tail = seen[-16:]
        return chunk

    def readinto(self, buffer: bytearray) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def readable(self) -> bool:
        return True


def _first(result: QueryResult) -> ox.QuerySolution:
    return next(iter(result.raw))  # type: ignore[call-overload]


def _dataset(
    words: set[str], default_graphs: list[str] | None, named_graphs: list[str] | None
) -> QueryDataset:
    """The caller's graphs, else the query's own FROM / FROM NAMED, else the union of all graphs."""
    if default_graphs is None and named_graphs is None:
        return QueryDataset(union="FROM" not in words)
    for iri in (*(default_graphs or []), *(named_graphs or [])):
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise QueryError(f"a graph name is not an IRI: {exc}") from exc
    return QueryDataset(False, tuple(default_graphs or ()), tuple(named_graphs or ()))
