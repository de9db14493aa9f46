"""Real SPARQL clients against the real server: SPARQLWrapper, and rdflib's SPARQLStore.

What they get back is compared with what rdflib finds in the shipped graph. A warning from
SPARQLWrapper about a response (such as "unknown response content type") fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.dom.minidom import Document

import pytest
from rdflib import OWL, RDF, RDFS, Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, GET, JSON, JSONLD, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg.graph import ONTOLOGY_GRAPH, union
from web.testing import ServerProcess

pytestmark = [
    pytest.mark.filterwarnings("error::RuntimeWarning"),  # SPARQLWrapper's warnings about a response
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),  # its own code
]

PROLOGUE = (
    "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
SELECT = PROLOGUE + "SELECT ?c ?l WHERE { ?c a owl:Class ; rdfs:label ?l FILTER isIRI(?c) }"
ASK_TRUE = PROLOGUE + "ASK { ?c a owl:Class }"
ASK_FALSE = PROLOGUE + "ASK { owl:Class a owl:Class }"
CONSTRUCT = (
    PROLOGUE + "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a owl:Class ; rdfs:label ?l FILTER isIRI(?c) }"
)


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with ServerProcess() as server:
        yield server.url + "/sparql"


@pytest.fixture(scope="module")
def labels(dataset: Dataset) -> set[tuple[str, str]]:
    merged = union(dataset.graphs())
    return {
        (str(c), str(label))
        for c in merged.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef)
        for label in merged.objects(c, RDFS.label)
    }


def wrapper(endpoint: str, query: str, fmt: str, method: str = GET) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def xml_rows(document: Document) -> set[tuple[str, str]]:
    rows = set()
    for result in document.getElementsByTagName("result"):
        values = {
            b.getAttribute("name"): b.firstChild.firstChild.data
            for b in result.getElementsByTagName("binding")
        }
        rows.add((values["c"], values["l"]))
    return rows


@pytest.mark.parametrize("method", [GET, POST])
def test_sparqlwrapper_select_json(endpoint: str, labels: set, method: str) -> None:
    answer = wrapper(endpoint, SELECT, JSON, method).query().convert()
    rows = {(b["c"]["value"], b["l"]["value"]) for b in answer["results"]["bindings"]}
    assert answer["head"]["vars"] == ["c", "l"] and rows == labels


def test_sparqlwrapper_select_xml(endpoint: str, labels: set) -> None:
    document = wrapper(endpoint, SELECT, XML).query().convert()
    assert xml_rows(document) == labels


@pytest.mark.parametrize(("fmt", "separator"), [(CSV, b","), (TSV, b"\t")])
def test_sparqlwrapper_select_csv_and_tsv(endpoint: str, labels: set, fmt: str, separator: bytes) -> None:
    table = wrapper(endpoint, SELECT, fmt).query().convert()
    lines = table.strip().splitlines()
    assert lines[0].replace(b"?", b"").split(separator) == [b"c", b"l"]
    assert len(lines) == len(labels) + 1


@pytest.mark.parametrize(("query", "expected"), [(ASK_TRUE, True), (ASK_FALSE, False)])
def test_sparqlwrapper_ask(endpoint: str, query: str, expected: bool) -> None:
    assert wrapper(endpoint, query, JSON).query().convert()["boolean"] is expected
    document = wrapper(endpoint, query, XML).query().convert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == str(expected).lower()


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [(TURTLE, "turtle"), (RDFXML, None), (XML, None), (JSONLD, None)]
)
def test_sparqlwrapper_construct(endpoint: str, labels: set, fmt: str, rdflib_format: str | None) -> None:
    answer = wrapper(endpoint, CONSTRUCT, fmt).query().convert()
    graph = Graph().parse(data=answer, format=rdflib_format) if rdflib_format else answer
    assert isinstance(graph, Graph)
    assert {(str(s), str(o)) for s, p, o in graph if p == RDFS.label} == labels


def test_rdflib_sparqlstore_select_ask_construct(endpoint: str, labels: set) -> None:
    graph = Graph(SPARQLStore(endpoint))
    assert {(str(c), str(label)) for c, label in graph.query(SELECT)} == labels
    assert graph.query(ASK_TRUE).askAnswer is True
    constructed = graph.query(CONSTRUCT).graph
    assert {(str(s), str(o)) for s, _, o in constructed} == labels


def test_rdflib_sparqlstore_triples_and_graphs(endpoint: str, dataset: Dataset) -> None:
    store = SPARQLStore(endpoint)
    classes = {c for c in Graph(store).subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
    expected = {c for c in union(dataset.graphs()).subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
    assert classes == expected
    names = {str(name) for name in store.contexts()}
    assert names == {str(g.identifier) for g in dataset.graphs() if len(g) and g != dataset.default_graph}


def test_rdflib_sparqlstore_sends_the_graph_as_default_graph_uri(endpoint: str, dataset: Dataset) -> None:
    """A Graph named after one graph asks for that graph alone (default-graph-uri)."""
    ontology = Graph(SPARQLStore(endpoint), identifier=ONTOLOGY_GRAPH)
    assert len(list(ontology.triples((None, None, None)))) == len(dataset.graph(ONTOLOGY_GRAPH))
