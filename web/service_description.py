"""The SPARQL 1.1 Service Description of the endpoint: what a GET of /sparql without a query returns.

It is built from the store each time (so its graph list and triple counts stay true) and
written in any RDF format the endpoint offers, or as a small HTML page for browsers.
"""

from __future__ import annotations

import pyoxigraph as ox
from markupsafe import escape

from kg.namespaces import PREFIXES as QUERY_PREFIXES
from kg.stores import Store
from web.formats import GRAPHS, HTML, SOLUTIONS, Format

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SIMPLE_ENTAILMENT = ox.NamedNode("http://www.w3.org/ns/entailment/Simple")
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
PREFIXES = {"sd": SD, "void": VOID, "formats": "http://www.w3.org/ns/formats/"}
OFFERED = (*GRAPHS, HTML)


def sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def describe(store: Store, endpoint: str) -> list[ox.Triple]:
    """The service description's triples: the service, its formats and its dataset."""
    service = ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultEntailmentRegime"), SIMPLE_ENTAILMENT),
    ]
    for fmt in (*SOLUTIONS, *GRAPHS):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(fmt.iri)))
    return triples + _dataset(service, store)


def _dataset(service: ox.BlankNode, store: Store) -> list[ox.Triple]:
    """sd:defaultDataset: the union default graph and every named graph, with their sizes."""
    dataset = ox.BlankNode()
    triples = [
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        *_graph(dataset, sd("defaultGraph"), store.union_size()),
    ]
    for name, size in sorted(store.graph_sizes().items()):
        named = ox.BlankNode()
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(name)),
            *_graph(named, sd("graph"), size),
        ]
    return triples


def _graph(owner: ox.BlankNode, link: ox.NamedNode, size: int) -> list[ox.Triple]:
    graph = ox.BlankNode()
    return [
        ox.Triple(owner, link, graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
        ox.Triple(graph, ox.NamedNode(VOID + "triples"), ox.Literal(str(size), datatype=INTEGER)),
    ]


def render(triples: list[ox.Triple], fmt: Format) -> bytes:
    """The description in an RDF format, or as an HTML page that shows it as Turtle."""
    if fmt is HTML:
        return _page(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode())
    rdf_format = ox.RdfFormat.from_media_type(fmt.media_type)
    assert rdf_format is not None
    return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)


def _page(turtle: str) -> bytes:
    """A browser's view: a query form, and the service description."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SPARQL endpoint</title>
<link rel="alternate" type="text/turtle" href="?format=ttl"></head>
<body><h1>SPARQL endpoint</h1>
<form method="get"><textarea name="query" rows="8" cols="80">SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<br><label>Results as <select name="format"><option value="">default</option><option>json</option>
<option>xml</option><option>csv</option><option>tsv</option><option>ttl</option><option>jsonld</option>
</select></label> <button>Run</button></form>
<p>These prefixes need no PREFIX line: {escape(", ".join(f"{name}:" for name in QUERY_PREFIXES))}.</p>
<h2>Service description</h2><pre>{escape(turtle)}</pre></body></html>
""".encode()
