"""Entity pages and the ontology page over real HTTP: every minted IRI resolves, browsers get
escaped HTML with the evidence, RDF clients get the entity's triples, bad paths are 404s.

Expected values come from the server's own /sparql endpoint (the same store), never from the
page code.
"""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from rdflib import RDFS, Dataset, Graph, Literal, URIRef

from helpers import RDFLIB_FORMATS, select_values
from kg.graph import union
from web.testing import HOST, ServerProcess

BASE = "https://w3id.org/diplomacy/"
UMEROV = BASE + "id/rustem-umerov"
DIP = BASE + "ontology#"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def get(server: ServerProcess, path: str, accept: str | None = BROWSER, **params: str) -> requests.Response:
    return requests.get(server.url + path, headers={"Accept": accept}, params=params, timeout=60)


def media_type(response: requests.Response) -> str:
    return response.headers["Content-Type"].split(";")[0].strip()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.hrefs.append(found["href"] or "")
        if found.get("id"):
            self.ids.add(found["id"] or "")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.parts))


def page(response: requests.Response) -> _Text:
    """The page's text (tags removed, entities decoded), its links and its element ids."""
    parser = _Text()
    parser.feed(response.text)
    parser.close()
    return parser


def text_of(response: requests.Response) -> str:
    return page(response).text


def rdf(response: requests.Response) -> Graph:
    parsed = Dataset().parse(data=response.content, format=RDFLIB_FORMATS[media_type(response)])
    return union(parsed.graphs())


# --- the HTML page ---------------------------------------------------------------------------


def test_a_browser_gets_the_label_the_types_and_the_evidence(server: ServerProcess) -> None:
    response = get(server, "/id/rustem-umerov")
    assert response.status_code == 200 and media_type(response) == "text/html"
    text = text_of(response)
    assert "Rustem Umerov" in text and "Umierov" in text  # rdfs:label and a skos:altLabel
    sentences = select_values(
        server,
        f"SELECT DISTINCT ?sentence ?quote WHERE {{ ?st rdf:subject <{UMEROV}> ; dip:evidence ?e . "
        "?e dip:sentence ?sentence ; oa:exact ?quote }",
    )
    assert sentences
    for row in sentences:
        assert re.sub(r"\s+", " ", row["sentence"]) in text
    assert "/ontology#Person" in page(response).hrefs


def test_facts_go_both_ways_and_link_to_their_pages(server: ServerProcess) -> None:
    hrefs = page(get(server, "/id/rustem-umerov")).hrefs
    assert "/id/ukrainian-delegation" in hrefs  # Umerov dip:leads the delegation
    assert "/ontology#leads" in hrefs
    assert any(h.startswith("/evidence/") for h in hrefs) and any(h.startswith("/statement/") for h in hrefs)
    delegation = page(get(server, "/id/ukrainian-delegation")).hrefs
    assert "/id/rustem-umerov" in delegation  # and the delegation page has him as incoming


def test_the_page_links_to_its_rdf(server: ServerProcess) -> None:
    response = get(server, "/id/rustem-umerov")
    assert '<link rel="alternate" type="text/turtle" href="/id/rustem-umerov?format=ttl">' in response.text
    assert '</id/rustem-umerov?format=ttl>; rel="alternate"; type="text/turtle"' in response.headers["Link"]
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    # default-src 'none' covers scripts, but for the site's own picture of the graph when installed
    assert re.search(r"script-src ([^;]*)", policy) is None or "script-src 'self';" in policy
    turtle = requests.get(server.url + "/id/rustem-umerov?format=ttl", timeout=60)
    assert media_type(turtle) == "text/turtle"
    assert (URIRef(UMEROV), RDFS.label, Literal("Rustem Umerov", lang="en")) in rdf(turtle)


def minted(server: ServerProcess, kind: str, limit: int = 1000) -> list[str]:
    query = (
        f"SELECT DISTINCT ?s WHERE {{ ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), '{BASE}{kind}/')) }} "
        f"ORDER BY ?s LIMIT {limit}"
    )
    return [row["s"] for row in select_values(server, query)]


def test_every_minted_id_resolves(server: ServerProcess) -> None:
    subjects = minted(server, "id")
    assert len(subjects) > 50
    session = requests.Session()
    for iri in subjects:
        response = session.get(
            server.url + "/" + iri.removeprefix(BASE), headers={"Accept": BROWSER}, timeout=60
        )
        assert response.status_code == 200, iri
        assert "<h1>" in response.text and iri in response.text


@pytest.mark.parametrize("kind", ["article", "graph", "evidence", "statement"])
def test_the_other_minted_iris_resolve(server: ServerProcess, kind: str) -> None:
    for iri in minted(server, kind, limit=5):
        path = "/" + iri.removeprefix(BASE)
        assert get(server, path).status_code == 200, iri
        assert (URIRef(iri), None, None) in rdf(get(server, path, "text/turtle")), iri


def test_an_evidence_page_shows_its_quote_and_sentence(server: ServerProcess) -> None:
    (row,) = select_values(
        server,
        "SELECT ?e ?quote ?sentence WHERE { ?e oa:exact ?quote ; dip:sentence ?sentence } "
        "ORDER BY ?e LIMIT 1",
    )
    text = text_of(get(server, "/" + row["e"].removeprefix(BASE)))
    assert re.sub(r"\s+", " ", row["quote"]) in text and re.sub(r"\s+", " ", row["sentence"]) in text


# --- RDF -------------------------------------------------------------------------------------


def about(server: ServerProcess, iri: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """What the server's store says with `iri` as subject, and as object."""
    out = select_values(server, f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    into = select_values(server, f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p <{iri}> }}")
    return {(r["p"], r["o"]) for r in out}, {(r["s"], r["p"]) for r in into}


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/trig", "application/trig"),
        ("application/n-quads", "application/n-quads"),
        ("application/rdf+xml;q=0.5, text/turtle;q=0.9", "text/turtle"),
    ],
)
def test_rdf_clients_get_the_entitys_triples(server: ServerProcess, accept: str, expected: str) -> None:
    response = get(server, "/id/rustem-umerov", accept)
    assert response.status_code == 200 and media_type(response) == expected
    assert "Accept" in response.headers["Vary"]
    graph = rdf(response)
    outgoing, incoming = about(server, UMEROV)
    me = URIRef(UMEROV)
    assert {(str(p), str(o)) for p, o in graph.predicate_objects(me)} == outgoing
    assert {(str(s), str(p)) for s, p in graph.subject_predicates(me)} == incoming
    assert (me, URIRef(DIP + "leads"), URIRef(BASE + "id/ukrainian-delegation")) in graph
    assert (URIRef(BASE + "id/florida-talks"), URIRef(DIP + "participant"), me) in graph


@pytest.mark.parametrize(
    ("name", "expected"), [("ttl", "text/turtle"), ("jsonld", "application/ld+json"), ("html", "text/html")]
)
def test_format_parameter_chooses_the_format(server: ServerProcess, name: str, expected: str) -> None:
    response = get(server, "/id/rustem-umerov", "image/png", format=name)
    assert response.status_code == 200 and media_type(response) == expected


def test_no_accept_header_gets_the_page(server: ServerProcess) -> None:
    response = requests.get(server.url + "/id/rustem-umerov", headers={"Accept": None}, timeout=60)
    assert media_type(response) == "text/html"


# --- errors ----------------------------------------------------------------------------------


def test_an_unknown_entity_is_a_404_page_for_browsers_and_text_for_others(server: ServerProcess) -> None:
    browser = get(server, "/id/no-such-person")
    assert browser.status_code == 404 and media_type(browser) == "text/html"
    assert f"{BASE}id/no-such-person" in text_of(browser)
    client = get(server, "/id/no-such-person", "text/turtle")
    assert client.status_code == 404 and media_type(client) == "text/plain"
    assert "no-such-person" in client.text


def test_an_unsupported_accept_is_a_406(server: ServerProcess) -> None:
    response = get(server, "/id/rustem-umerov", "image/png")
    assert response.status_code == 406 and media_type(response) == "text/plain"
    assert "text/turtle" in response.text


def raw_get(server: ServerProcess, path: str) -> int:
    """GET `path` exactly as written (no client normalises its dots or escapes)."""
    connection = http.client.HTTPConnection(HOST, server.port, timeout=60)
    try:
        connection.request("GET", path, headers={"Accept": BROWSER})
        response = connection.getresponse()
        body = response.read()
        assert b"Traceback" not in body
        return response.status
    finally:
        connection.close()


@pytest.mark.parametrize(
    "path",
    [
        "/id/../../etc/passwd",
        "/id/..%2f..%2fetc%2fpasswd",
        "/id/%2e%2e",
        "/id/%2e%2e/%2e%2e/etc/passwd",
        "/id/%252e%252e",
        "/id/" + "a" * 5000,
        "/id/rustem%20umerov",
        "/id/rustem-umerov%00",
        "/id/rustem-umerov.ttl",
        "/id/%3Cscript%3E",
        "/id/",
        "/evidence/russia-ukraine-florida-talks/..",
        "/evidence/..%2Fid/rustem-umerov",
        "/statement/x/y",
        "/graph/" + "%e2%80%8b",
    ],
)
def test_weird_paths_are_404s(server: ServerProcess, path: str) -> None:
    assert raw_get(server, path) == 404


def test_a_request_target_with_characters_no_uri_may_hold_is_a_400(server: ServerProcess) -> None:
    """`<` unescaped is not allowed in a URI: the HTTP server turns such a request away."""
    assert raw_get(server, "/id/<script>") == 400


# --- untrusted text in the data --------------------------------------------------------------

HOSTILE = """\
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/diplomacy/id/mallory>
    rdfs:label "<script>alert('label')</script>" ;
    <http://example.org/see> <javascript:alert(1)> ;
    <http://example.org/note> "\\" onmouseover=\\"alert(2)\\" <img src=x onerror=alert(3)>" ;
    <http://example.org/friend> <https://w3id.org/diplomacy/id/trent> .
<https://w3id.org/diplomacy/id/trent> rdfs:label "Trent" .
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    data = Path(tmp_path_factory.mktemp("hostile")) / "hostile.ttl"
    data.write_text(HOSTILE, encoding="utf-8")
    with ServerProcess(data=[data]) as running:
        yield running


def test_literals_are_escaped_and_javascript_iris_are_not_links(hostile: ServerProcess) -> None:
    response = get(hostile, "/id/mallory")
    assert response.status_code == 200
    html = response.text
    assert "<img" not in html.lower()
    # no script but the site's own files (the picture of the graph, when installed)
    scripts = re.findall(r"<script[^>]*>", html, flags=re.IGNORECASE)
    assert all(re.match(r'<script src="/static/(?:js|vendor)/[\w/.-]+\.js" defer', t) for t in scripts)
    assert "&lt;script&gt;" in html
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", html, flags=re.IGNORECASE)
    text = text_of(response)
    assert "<script>alert('label')</script>" in text and "javascript:alert(1)" in text
    assert "/id/trent" in page(response).hrefs  # real links still work
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_the_hostile_data_is_still_served_as_rdf(hostile: ServerProcess) -> None:
    graph = rdf(get(hostile, "/id/mallory", "text/turtle"))
    assert (
        URIRef(BASE + "id/mallory"),
        URIRef("http://example.org/see"),
        URIRef("javascript:alert(1)"),
    ) in graph
    assert get(hostile, "/id/trent").status_code == 200


# --- the ontology ----------------------------------------------------------------------------


def test_the_ontology_page_documents_every_term_with_an_anchor(server: ServerProcess) -> None:
    response = get(server, "/ontology")
    assert response.status_code == 200 and media_type(response) == "text/html"
    parsed = page(response)
    terms = select_values(
        server,
        f"SELECT DISTINCT ?t WHERE {{ GRAPH <{BASE}ontology> {{ ?t a ?kind }} "
        "VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty } "
        f"FILTER STRSTARTS(STR(?t), '{DIP}') }}",
    )
    assert len(terms) > 50
    assert {row["t"].removeprefix(DIP) for row in terms} <= parsed.ids
    (person,) = select_values(server, "SELECT ?c WHERE { dip:Person rdfs:comment ?c }")
    assert "Person" in parsed.ids and person["c"] in text_of(response)
    assert "#Agent" in parsed.hrefs  # dip:Person's superclass, linked within the page


def test_entity_pages_link_to_anchors_that_exist(server: ServerProcess) -> None:
    ids = page(get(server, "/ontology")).ids
    links = [h for h in page(get(server, "/id/rustem-umerov")).hrefs if h.startswith("/ontology#")]
    assert links and all(h.removeprefix("/ontology#") in ids for h in links)


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/n-triples"])
def test_the_ontology_graph_itself_for_rdf_clients(server: ServerProcess, accept: str) -> None:
    response = get(server, "/ontology", accept)
    assert response.status_code == 200 and media_type(response) == accept
    (row,) = select_values(
        server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{BASE}ontology> {{ ?s ?p ?o }} }}"
    )
    graph = rdf(response)
    assert len(graph) == int(row["n"])
    assert (URIRef(DIP + "Person"), RDFS.label, None) in graph
