"""rdflib's pure-Python memory store and SPARQL engine, for users who want no compiled engine.

It is the slow store: rdflib evaluates SPARQL in Python. Terms cross into pyoxigraph's types at
the edge (results travel as SPARQL JSON), so the layers above see the same objects as with any
other store. rdflib is told never to fetch a graph named in FROM / FROM NAMED.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import BinaryIO

import pyoxigraph as ox
import rdflib.plugins.sparql as rdflib_sparql
from pyparsing import ParseException
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.namespaces import PREFIXES
from kg.stores.base import (
    GraphSlot,
    ObjectSlot,
    PredicateSlot,
    QueryDataset,
    QueryError,
    QueryResult,
    Store,
    SubjectSlot,
    Term,
)

# rdflib would otherwise read FROM <file:///...> or FROM <http://...> off disk or the network.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

_RDF_STRING = str(XSD.string)


class RdflibStore(Store):
    """An rdflib Dataset in memory, queried by rdflib's own SPARQL engine."""

    kind = "rdflib"

    def __init__(self) -> None:
        super().__init__()
        # default_union: a query's default graph is the union of all graphs (rdflib's engine
        # takes the Dataset itself as the default graph, so the Dataset decides)
        self.dataset = Dataset(default_union=True)

    def _run(self, sparql: str, base_iri: str | None, dataset: QueryDataset) -> QueryResult:
        target = self._explicit(dataset) if dataset.explicit else self.dataset
        try:
            return _converted(target.query(sparql, initNs=PREFIXES, base=base_iri))
        except ParseException as exc:
            raise SyntaxError(str(exc)) from exc
        except (QueryError, SyntaxError):
            raise
        except Exception as exc:  # rdflib's engine raises many error types
            raise QueryError(f"SPARQL evaluation error: {exc}") from exc

    def _explicit(self, dataset: QueryDataset) -> Dataset:
        """A dataset of copies: the named default graphs merged, the named graphs as named."""
        chosen = Dataset(default_union=False)
        for iri in dataset.default_graphs or ():
            for triple in self.dataset.graph(URIRef(iri)):
                chosen.add(triple)
        for iri in dataset.named_graphs or ():
            target = chosen.graph(URIRef(iri))
            for triple in self.dataset.graph(URIRef(iri)):
                target.add(triple)
        return chosen

    def quads_for_pattern(
        self, subject: SubjectSlot, predicate: PredicateSlot, obj: ObjectSlot, graph: GraphSlot = None
    ) -> Iterator[ox.Quad]:
        context = None
        if isinstance(graph, ox.DefaultGraph):
            context = self.dataset.graph(DATASET_DEFAULT_GRAPH_ID)
        elif graph is not None:
            context = self.dataset.graph(to_rdflib(graph))
        pattern = (_maybe(subject), _maybe(predicate), _maybe(obj))
        for s, p, o, g in self.dataset.quads((*pattern, context)):
            name = DATASET_DEFAULT_GRAPH_ID if g is None else getattr(g, "identifier", g)
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), _graph_name(name))

    def named_graphs(self) -> list[ox.NamedNode]:
        return [
            ox.NamedNode(str(g.identifier))
            for g in self.dataset.graphs()
            if g.identifier != DATASET_DEFAULT_GRAPH_ID and isinstance(g.identifier, URIRef) and len(g)
        ]

    def _load(
        self, data: bytes | BinaryIO, fmt: ox.RdfFormat, base_iri: str | None, graph: ox.NamedNode | None
    ) -> None:
        # Parsed by Oxigraph, all of it before anything is added: a bad document changes nothing.
        quads = list(ox.parse(data, fmt, base_iri=base_iri, without_named_graphs=False))
        add_quads(self.dataset, quads, graph)

    def _clear_graph(self, graph: ox.NamedNode) -> None:
        self.dataset.remove_graph(to_rdflib(graph))

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())


def add_quads(dataset: Dataset, quads: Iterable[ox.Quad], graph: ox.NamedNode | None = None) -> None:
    """Add pyoxigraph quads to an rdflib Dataset; those of the default graph go to `graph` if given."""
    for quad in quads:
        name = (
            graph if graph is not None and isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name
        )
        target = dataset.graph(
            DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else to_rdflib(name)
        )
        target.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))


def _maybe(term: Term | None) -> Node | None:
    return None if term is None else to_rdflib(term)


def _graph_name(identifier: Node) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_ox(identifier)  # type: ignore[return-value]


@lru_cache(maxsize=1 << 16)
def to_ox(term: Node) -> Term:
    """An rdflib term as the pyoxigraph term it stands for."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


@lru_cache(maxsize=1 << 16)
def to_rdflib(term: Term) -> Node:
    """A pyoxigraph term as rdflib's; xsd:string literals become plain, as rdflib's parsers make them."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _RDF_STRING else URIRef(datatype))
    raise TypeError(f"not an RDF term rdflib can hold: {term!r}")


def _converted(result) -> QueryResult:
    if result.type == "ASK":
        data = result.serialize(format="json")
        return QueryResult("ask", ox.parse_query_results(data, ox.QueryResultsFormat.JSON))
    if result.type == "SELECT":
        data = result.serialize(format="json")
        return QueryResult("select", ox.parse_query_results(data, ox.QueryResultsFormat.JSON))
    triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in result.graph]
    return QueryResult("graph", triples)
