"""/sparql over real HTTP: content negotiation, the service description, datasets, CORS, bad input.

The server runs as a child process (`python -m web`) serving the shipped graph; every answer is
parsed back and compared with what rdflib finds in the same graph, not with the server's code.
"""

from __future__ import annotations

import csv
import http.server
import io
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from helpers import RDFLIB_FORMATS
from kg.graph import ONTOLOGY_GRAPH, union
from kg.stores import keywords, store_from_files
from web.testing import ServerProcess

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = "http://www.w3.org/ns/formats/"
ARTICLE_GRAPH = "https://w3id.org/diplomacy/graph/russia-ukraine-florida-talks"

SELECT = "SELECT ?c ?l WHERE { ?c a owl:Class ; rdfs:label ?l FILTER isIRI(?c) }"
ASK = "ASK { ?c a owl:Class }"
CONSTRUCT = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a owl:Class ; rdfs:label ?l FILTER isIRI(?c) }"
DESCRIBE = "DESCRIBE dip:Meeting"
QUERIES = {"select": SELECT, "ask": ASK, "construct": CONSTRUCT, "describe": DESCRIBE}
COUNT = "SELECT (COUNT(*) AS ?n) {sources} WHERE {{ ?s ?p ?o }}"

SRJ, SRX = "application/sparql-results+json", "application/sparql-results+xml"


@pytest.fixture(scope="module")
def endpoint(server: ServerProcess) -> str:
    return server.url + "/sparql"


@pytest.fixture(scope="module")
def merged(dataset: Dataset) -> Graph:
    """The union default graph, as rdflib sees it."""
    return union(dataset.graphs())


@pytest.fixture(scope="module")
def class_labels(merged: Graph) -> set[tuple[str, str]]:
    """What SELECT asks for, found by walking the graph in Python."""
    return {
        (str(c), str(label))
        for c in merged.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef)
        for label in merged.objects(c, RDFS.label)
    }


def get(
    endpoint: str, query: str | None = None, accept: str | None = None, **params: str
) -> requests.Response:
    if query is not None:
        params["query"] = query
    return requests.get(endpoint, params=params, headers={"Accept": accept}, timeout=60)


def media_type(response: requests.Response) -> str:
    return response.headers["Content-Type"].split(";")[0].strip()


def solutions(response: requests.Response) -> set[tuple[str, ...]]:
    """A SELECT response read back as rows of plain values, whatever its format."""
    if media_type(response) == "text/csv":
        return {tuple(row) for row in list(csv.reader(io.StringIO(response.text)))[1:]}
    fmt = ox.QueryResultsFormat.from_media_type(media_type(response))
    answer = ox.parse_query_results(response.content, format=fmt)
    assert isinstance(answer, ox.QuerySolutions)
    names = [v.value for v in answer.variables]
    return {tuple(row[name].value for name in names) for row in answer}


def boolean(response: requests.Response) -> bool:
    fmt = ox.QueryResultsFormat.from_media_type(media_type(response))
    answer = ox.parse_query_results(response.content, format=fmt)
    assert isinstance(answer, ox.QueryBoolean)
    return bool(answer)


def rdf(response: requests.Response) -> Graph:
    """An RDF response read back by rdflib (quads formats merged into one graph)."""
    fmt = RDFLIB_FORMATS[media_type(response)]
    parsed = Dataset().parse(data=response.content, format=fmt)
    return union(parsed.graphs())


NEGOTIATION = [
    # (Accept, query kind, expected media type)
    (SRJ, "select", SRJ),
    (SRX, "select", SRX),
    ("text/csv", "select", "text/csv"),
    ("text/tab-separated-values", "select", "text/tab-separated-values"),
    ("application/json", "select", SRJ),
    ("application/xml", "select", SRX),
    ("*/*", "select", SRJ),
    (None, "select", SRJ),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "select", SRX),
    ("text/*", "select", "text/csv"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "select", SRX),
    (SRJ, "ask", SRJ),
    (SRX, "ask", SRX),
    ("text/tab-separated-values", "ask", "text/tab-separated-values"),
    (None, "ask", SRJ),
    ("text/turtle", "construct", "text/turtle"),
    ("application/n-triples", "construct", "application/n-triples"),
    ("application/ld+json", "construct", "application/ld+json"),
    ("application/rdf+xml", "construct", "application/rdf+xml"),
    ("application/n-quads", "construct", "application/n-quads"),
    ("application/trig", "construct", "application/trig"),
    ("application/json", "construct", "application/ld+json"),
    ("application/xml", "construct", "application/rdf+xml"),
    ("text/n3", "construct", "text/turtle"),
    ("*/*", "construct", "text/turtle"),
    (None, "construct", "text/turtle"),
    ("application/rdf+xml;q=0.2, application/n-triples", "construct", "application/n-triples"),
    ("text/turtle", "describe", "text/turtle"),
    ("application/ld+json", "describe", "application/ld+json"),
]


@pytest.mark.parametrize(("accept", "kind", "expected"), NEGOTIATION)
def test_content_negotiation(
    endpoint: str, merged: Graph, class_labels: set, accept: str | None, kind: str, expected: str
) -> None:
    response = get(endpoint, QUERIES[kind], accept)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    assert "Accept" in response.headers["Vary"]
    check_answer(response, kind, merged, class_labels)


def check_answer(response: requests.Response, kind: str, merged: Graph, class_labels: set) -> None:
    """The response read back says what the graph says."""
    if kind == "select":
        assert solutions(response) == class_labels
    elif kind == "ask":
        assert boolean(response) is True
    elif kind == "construct":
        assert {(str(s), str(o)) for s, _, o in rdf(response)} == class_labels
    else:
        meeting = URIRef("https://w3id.org/diplomacy/ontology#Meeting")
        assert set(rdf(response).triples((meeting, None, None))) == set(merged.triples((meeting, None, None)))


FORMAT_PARAMETER = [
    # (format=, query kind, expected media type)
    ("json", "select", SRJ),
    ("xml", "select", SRX),
    ("csv", "select", "text/csv"),
    ("tsv", "select", "text/tab-separated-values"),
    (SRX, "select", SRX),
    ("xml", "ask", SRX),
    ("ttl", "construct", "text/turtle"),
    ("turtle", "construct", "text/turtle"),
    ("nt", "construct", "application/n-triples"),
    ("jsonld", "construct", "application/ld+json"),
    ("json", "construct", "application/ld+json"),
    ("rdfxml", "construct", "application/rdf+xml"),
    ("xml", "construct", "application/rdf+xml"),
    ("nq", "construct", "application/n-quads"),
    ("trig", "construct", "application/trig"),
]


@pytest.mark.parametrize(("name", "kind", "expected"), FORMAT_PARAMETER)
def test_format_parameter_overrides_accept(
    endpoint: str, merged: Graph, class_labels: set, name: str, kind: str, expected: str
) -> None:
    response = get(endpoint, QUERIES[kind], accept="image/png", format=name)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    check_answer(response, kind, merged, class_labels)


def test_post_form_and_post_direct_answer_like_get(endpoint: str, class_labels: set) -> None:
    form = requests.post(endpoint, data={"query": SELECT}, timeout=60)
    direct = requests.post(
        endpoint,
        data=SELECT.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query; charset=UTF-8"},
        timeout=60,
    )
    assert solutions(form) == solutions(direct) == class_labels


def test_a_head_request_has_headers_only(endpoint: str) -> None:
    response = requests.head(endpoint, params={"query": ASK}, timeout=60)
    assert response.status_code == 200
    assert media_type(response) == SRJ and not response.content


def count(endpoint: str, sources: str = "", **graphs: str | list[str]) -> int:
    response = get(endpoint, COUNT.format(sources=sources), format="json", **graphs)
    assert response.status_code == 200, response.text
    return int(next(iter(solutions(response)))[0])


def test_the_default_graph_is_the_union_of_all_graphs(endpoint: str, merged: Graph) -> None:
    assert count(endpoint) == len(merged)


def test_from_in_the_query_chooses_the_default_graph(endpoint: str, dataset: Dataset) -> None:
    assert count(endpoint, f"FROM <{ONTOLOGY_GRAPH}>") == len(dataset.graph(ONTOLOGY_GRAPH))
    assert count(endpoint, f"FROM NAMED <{ONTOLOGY_GRAPH}>") == 0


def test_protocol_graphs_replace_the_querys(endpoint: str, dataset: Dataset) -> None:
    article = len(dataset.graph(URIRef(ARTICLE_GRAPH)))
    assert count(endpoint, **{"default-graph-uri": ARTICLE_GRAPH}) == article
    assert count(endpoint, f"FROM <{ONTOLOGY_GRAPH}>", **{"default-graph-uri": ARTICLE_GRAPH}) == article
    assert count(endpoint, **{"named-graph-uri": ARTICLE_GRAPH}) == 0
    both = [ARTICLE_GRAPH, str(ONTOLOGY_GRAPH)]
    assert count(endpoint, **{"default-graph-uri": both}) == len(dataset.graph(ONTOLOGY_GRAPH)) + article


def test_named_graph_uri_limits_the_named_graphs(endpoint: str) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert solutions(get(endpoint, query)) == {(ARTICLE_GRAPH,), (str(ONTOLOGY_GRAPH),)}
    assert solutions(get(endpoint, query, **{"named-graph-uri": ARTICLE_GRAPH})) == {(ARTICLE_GRAPH,)}


@pytest.mark.parametrize(
    ("text", "keyword", "found"),
    [
        ("SELECT * { ?s ?p ?o }", "FROM", False),
        ("SELECT * FROM <http://g> { ?s ?p ?o }", "FROM", True),
        ("select * from named <http://g> { graph ?g { ?s ?p ?o } }", "FROM", True),
        ("SELECT*FROM<http://g>{?s ?p ?o}", "FROM", True),
        ("SELECT ?from { ?from ?p 'FROM' }", "FROM", False),
        ('SELECT * { ?s ex:from """a\n FROM "b" """ } # FROM <http://g>', "FROM", False),
        ("PREFIX from: <http://x#from> SELECT * { from:a ?p _:from }", "FROM", False),
        ("SELECT * { ?s ?p 'x'@from . <http://h/from> ?q $from }", "FROM", False),
        ("SELECT * { SERVICE <http://x> { ?s ?p ?o } }", "SERVICE", True),
        ("SELECT * { ?s ?p 1.SERVICE <http://x> { } }", "SERVICE", True),
        ("SELECT * { ?s ?p ?o .SERVICE <http://x> { } }", "SERVICE", True),
        ("SELECT * { <http://x\\u0041#> ?p ?o SERVICE <http://x> { } }", "SERVICE", True),
        ("SELECT * { ?s ex:a.SERVICE ?o }", "SERVICE", False),
        ("SELECT * { ?s ?p 'SERVICE' } # SERVICE", "SERVICE", False),
    ],
)
def test_keywords_are_found_only_where_they_are_keywords(text: str, keyword: str, found: bool) -> None:
    assert (keyword in keywords(text)) is found


def test_service_description_says_what_is_true(endpoint: str, dataset: Dataset, merged: Graph) -> None:
    response = get(endpoint, accept="text/turtle")
    assert response.status_code == 200 and media_type(response) == "text/turtle"
    assert "Accept" in response.headers["Vary"]
    sd = Graph().parse(data=response.text, format="turtle")
    (service,) = sd.subjects(RDF.type, SD.Service)
    assert sd.value(service, SD.endpoint) == URIRef(endpoint)
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in sd
    assert (service, SD.feature, SD.UnionDefaultGraph) in sd
    offered = {str(f).removeprefix(FORMATS) for f in sd.objects(service, SD.resultFormat)}
    assert offered == {
        *("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"),
        *("Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG"),
    }
    described = sd.value(service, SD.defaultDataset)
    assert graph_size(sd, sd.value(described, SD.defaultGraph)) == len(merged)
    named = {
        str(sd.value(n, SD.name)): graph_size(sd, sd.value(n, SD.graph))
        for n in sd.objects(described, SD.namedGraph)
    }
    assert named == {
        str(g.identifier): len(g) for g in dataset.graphs() if len(g) and g != dataset.default_graph
    }


def graph_size(sd: Graph, node: object) -> int:
    assert (node, RDF.type, SD.Graph) in sd
    size = sd.value(node, VOID.triples)
    assert isinstance(size, Literal)
    return int(size)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/trig", "application/trig"),
        ("*/*", "text/turtle"),
    ],
)
def test_service_description_in_every_rdf_format(endpoint: str, accept: str, expected: str) -> None:
    turtle = Graph().parse(data=get(endpoint, accept="text/turtle").text, format="turtle")
    response = get(endpoint, accept=accept)
    assert media_type(response) == expected
    assert isomorphic(rdf(response), turtle)


def test_a_browser_gets_a_page_with_a_query_form(endpoint: str) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = get(endpoint, accept=browser)
    assert response.status_code == 200 and media_type(response) == "text/html"
    assert '<form method="get">' in response.text and 'name="query"' in response.text
    assert "sd:SPARQL11Query" in response.text


def test_cors_is_open_for_reads(endpoint: str) -> None:
    assert get(endpoint, ASK).headers["Access-Control-Allow-Origin"] == "*"
    assert get(endpoint, "ASK {").headers["Access-Control-Allow-Origin"] == "*"
    preflight = requests.options(
        endpoint,
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
        timeout=60,
    )
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert {"GET", "POST"} <= {
        m.strip() for m in preflight.headers["Access-Control-Allow-Methods"].split(",")
    }
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()


SPARQL_QUERY = {"Content-Type": "application/sparql-query"}
BAD_INPUT = [
    # (id, method, params, body, headers, status, words in the message)
    ("malformed", "GET", {"query": "SELECT * WHERE { ?s ?p"}, None, {}, 400, "syntax error"),
    ("empty query", "GET", {"query": ""}, None, {}, 400, "syntax error"),
    ("unknown accept", "GET", {"query": ASK}, None, {"Accept": "image/png"}, 406, SRJ),
    ("unknown format", "GET", {"query": SELECT, "format": "pdf"}, None, {}, 406, "format=json"),
    ("csv for construct", "GET", {"query": CONSTRUCT, "format": "csv"}, None, {}, 406, "text/turtle"),
    ("put", "PUT", {"query": ASK}, None, {}, 405, "not allowed"),
    ("delete", "DELETE", {"query": ASK}, None, {}, 405, "not allowed"),
    ("patch", "PATCH", {}, b"ASK {}", SPARQL_QUERY, 405, "not allowed"),
    ("text/plain", "POST", {}, b"ASK {}", {"Content-Type": "text/plain"}, 415, "text/plain"),
    ("no content type", "POST", {}, b"ASK {}", {}, 415, "no Content-Type"),
    (
        "utf-16",
        "POST",
        {},
        "ASK {}".encode("utf-16"),
        {"Content-Type": "application/sparql-query; charset=UTF-16"},
        415,
        "UTF-8",
    ),
    ("invalid utf-8 body", "POST", {}, b'ASK { ?s ?p "\xff" }', SPARQL_QUERY, 400, "UTF-8"),
    ("invalid utf-8 param", "GET", {"query": b"ASK { ?s ?p '\xff' }"}, None, {}, 400, "UTF-8"),
    ("two queries", "GET", {"query": [ASK, SELECT]}, None, {}, 400, "one query"),
    ("query and update", "POST", {}, {"query": ASK, "update": "CLEAR ALL"}, {}, 400, "not both"),
    ("form without query", "POST", {}, {"format": "json"}, {}, 400, "no query"),
    ("update by form", "POST", {}, {"update": "CLEAR ALL"}, {}, 403, "read-only"),
    ("update by get", "GET", {"update": "CLEAR ALL"}, None, {}, 403, "read-only"),
    (
        "update body",
        "POST",
        {},
        b"CLEAR ALL",
        {"Content-Type": "application/sparql-update"},
        403,
        "read-only",
    ),
    ("update as query", "POST", {}, b"INSERT DATA { <a> <b> <c> }", SPARQL_QUERY, 403, "read-only"),
    ("oversized body", "POST", {}, b"#" * 1_000_001, SPARQL_QUERY, 413, "1000000 bytes"),
    ("bad graph iri", "GET", {"query": ASK, "default-graph-uri": "not an iri"}, None, {}, 400, "not an IRI"),
]


@pytest.mark.parametrize(
    ("method", "params", "body", "headers", "status", "words"),
    [case[1:] for case in BAD_INPUT],
    ids=[case[0] for case in BAD_INPUT],
)
def test_bad_input_gets_its_4xx_and_a_plain_message(
    endpoint: str, method: str, params: dict, body: object, headers: dict, status: int, words: str
) -> None:
    response = requests.request(method, endpoint, params=params, data=body, headers=headers, timeout=60)
    assert response.status_code == status, response.text
    assert media_type(response) == "text/plain"
    assert words in response.text
    assert "Traceback" not in response.text and "<html" not in response.text.lower()
    if status == 405:
        assert "POST" in response.headers["Allow"]


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?a ?b 1.SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ <http://x\\u0041#> ?b ?c SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ],
    ids=["plain", "after a number", "after an IRI with an escape"],
)
def test_service_is_refused_and_never_called(endpoint: str, template: str) -> None:
    """SERVICE would make the server fetch a URL of the client's choosing."""
    calls: list[str] = []

    class Listener(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            calls.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_GET = do_POST

    listener = http.server.HTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    try:
        response = get(endpoint, template.format(url=f"http://127.0.0.1:{listener.server_port}/"))
    finally:
        listener.shutdown()
    assert response.status_code == 403 and "SERVICE" in response.text
    assert calls == []


def test_data_files_keep_the_default_graph_and_named_graphs(tmp_path: Path) -> None:
    """`--data a.nt --data b.nq`: the triples of a.nt stay in the default graph beside b's graphs."""
    (tmp_path / "a.nt").write_text("<http://a> <http://p> <http://o> .\n")
    (tmp_path / "b.nq").write_text(
        '<http://b> <http://p> <http://o> <http://g> .\n<http://c> <http://p> "1" .\n'
    )
    store = store_from_files([tmp_path / "a.nt", tmp_path / "b.nq"])
    in_default = {q.subject.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert in_default == {"http://a", "http://c"}
    assert store.graph_sizes() == {"http://g": 1}
