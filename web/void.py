"""/.well-known/void: a VoID description of the dataset the service serves (Turtle by default).

It is built from the store on each request, so its sizes stay true: the dataset's endpoint,
its downloads, its size, the vocabularies it uses, the articles it comes from, and one subset
per named graph (the graph's own IRI), with its size, its Graph Store URL and its source.
"""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.namespaces import BASE, PREFIXES, PROV
from kg.stores import Store
from web.formats import GRAPHS, choose
from web.graph_store import PATH as GRAPH_STORE
from web.rdf import EXTENSIONS, rdf_response
from web.service_description import INTEGER, RDF_TYPE, VOID
from web.sparql import PATH as SPARQL
from web.state import get_store

DCTERMS = "http://purl.org/dc/terms/"
USED_TERMS = "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t FILTER isIRI(?t) } }"
PREFIXES_USED = {"void": VOID, "dcterms": DCTERMS}
DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))

bp = Blueprint("void", __name__)


def void(name: str) -> ox.NamedNode:
    return ox.NamedNode(VOID + name)


def dcterms(name: str) -> ox.NamedNode:
    return ox.NamedNode(DCTERMS + name)


@bp.route("/.well-known/void")
def description() -> Response:
    """The VoID description, in the format Accept (or format=) asks for."""
    fmt = choose(GRAPHS, request.args.getlist("format"), "the VoID description")
    return rdf_response(describe(get_store(), request.url_root.rstrip("/")), fmt, prefixes=PREFIXES_USED)


def describe(store: Store, root: str) -> list[ox.Triple]:
    """The dataset `root/.well-known/void#dataset` and its subsets."""
    dataset = ox.NamedNode(f"{root}/.well-known/void#dataset")
    triples = [
        ox.Triple(dataset, RDF_TYPE, void("Dataset")),
        ox.Triple(dataset, dcterms("title"), ox.Literal("Diplomacy knowledge graph", language="en")),
        ox.Triple(dataset, void("sparqlEndpoint"), ox.NamedNode(root + SPARQL)),
        ox.Triple(dataset, void("uriSpace"), ox.Literal(BASE)),
        ox.Triple(dataset, void("triples"), _count(store.union_size())),
        *(
            ox.Triple(dataset, void("dataDump"), ox.NamedNode(f"{root}/download/all.{ext}"))
            for ext in EXTENSIONS
        ),
        *(ox.Triple(dataset, void("vocabulary"), ox.NamedNode(ns)) for ns in vocabularies(store)),
    ]
    for name, size in sorted(store.graph_sizes().items()):
        triples += _subset(store, dataset, ox.NamedNode(name), size, root)
    sources = dict.fromkeys(t.object for t in triples if t.predicate == dcterms("source"))
    return triples + [ox.Triple(dataset, dcterms("source"), article) for article in sources]


def _subset(
    store: Store, dataset: ox.NamedNode, graph: ox.NamedNode, size: int, root: str
) -> list[ox.Triple]:
    dump = ox.NamedNode(f"{root}{GRAPH_STORE}?graph={quote(graph.value, safe='')}")
    return [
        ox.Triple(dataset, void("subset"), graph),
        ox.Triple(graph, RDF_TYPE, void("Dataset")),
        ox.Triple(graph, void("triples"), _count(size)),
        ox.Triple(graph, void("dataDump"), dump),
        *(ox.Triple(graph, dcterms("source"), article) for article in _sources(store, graph)),
    ]


def _sources(store: Store, graph: ox.NamedNode) -> list[ox.NamedNode]:
    """What the graph was derived from: its article."""
    return [t for t in store.objects(graph, DERIVED_FROM) if isinstance(t, ox.NamedNode)]


def vocabularies(store: Store) -> list[str]:
    """The namespaces of every property and class the data uses."""
    rows = store.query(USED_TERMS).raw
    assert isinstance(rows, ox.QuerySolutions)
    return sorted({namespace(row["t"].value) for row in rows})


def namespace(iri: str) -> str:
    """The namespace of a term: the longest known prefix it starts with, else up to its last # or /.

    >>> namespace("https://w3id.org/diplomacy/ontology#Person"), namespace("http://ex.org/v/p")
    ('https://w3id.org/diplomacy/ontology#', 'http://ex.org/v/')
    """
    known = [ns for ns in PREFIXES.values() if iri.startswith(ns) and len(iri) > len(ns)]
    if known:
        return max(known, key=len)
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut > 0 else iri


def _count(size: int) -> ox.Literal:
    return ox.Literal(str(size), datatype=INTEGER)
