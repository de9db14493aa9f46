"""Downloads, Graph Store Protocol reads and VoID over real HTTP.

Every file is parsed back with rdflib and its size compared with what the server's own /sparql
endpoint counts in the same store.
"""

from __future__ import annotations

import pytest
import requests
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from helpers import select_values
from kg.graph import union
from web.testing import ServerProcess

BASE = "https://w3id.org/diplomacy/"
ONTOLOGY = BASE + "ontology"
ARTICLE_GRAPH = BASE + "graph/russia-ukraine-florida-talks"
ARTICLE = BASE + "article/russia-ukraine-florida-talks"
VOID = Namespace("http://rdfs.org/ns/void#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
EXTENSIONS = {  # extension: (media type, rdflib parser, keeps the named graphs)
    "ttl": ("text/turtle", "turtle", False),
    "nt": ("application/n-triples", "nt", False),
    "rdf": ("application/rdf+xml", "xml", False),
    "nq": ("application/n-quads", "nquads", True),
    "trig": ("application/trig", "trig", True),
    "jsonld": ("application/ld+json", "json-ld", True),
}
PARSER = {media: parser for media, parser, _ in EXTENSIONS.values()}

DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }} }}"
GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def triples_in(server: ServerProcess, where: str) -> int:
    return int(select_values(server, DISTINCT_TRIPLES.format(where=where))[0]["n"])


@pytest.fixture(scope="module")
def graph_sizes(server: ServerProcess) -> dict[str, int]:
    """The triples of each named graph, as the server's SPARQL endpoint counts them."""
    return {row["g"]: int(row["n"]) for row in select_values(server, GRAPH_SIZES)}


@pytest.fixture(scope="module")
def expected_triples(server: ServerProcess) -> dict[str, int]:
    """The distinct triples of each selection, as the server's SPARQL endpoint counts them."""
    return {
        "all": triples_in(server, "?s ?p ?o"),
        "ontology": triples_in(server, f"GRAPH <{ONTOLOGY}> {{ ?s ?p ?o }}"),
        "facts": triples_in(server, f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY}>)"),
    }


def media_type(response: requests.Response) -> str:
    return response.headers["Content-Type"].split(";")[0].strip()


def parse(response: requests.Response) -> Dataset:
    return Dataset().parse(data=response.content, format=PARSER[media_type(response)])


def sizes(dataset: Dataset) -> dict[str, int]:
    """The triples of each non-empty graph of a parsed file (the default graph included)."""
    return {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}


# --- downloads -------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["all", "ontology", "facts"])
@pytest.mark.parametrize("ext", list(EXTENSIONS))
def test_every_download_parses_back_to_the_expected_size(
    server: ServerProcess,
    graph_sizes: dict[str, int],
    expected_triples: dict[str, int],
    which: str,
    ext: str,
) -> None:
    response = requests.get(f"{server.url}/download/{which}.{ext}", timeout=120)
    media, _, keeps_graphs = EXTENSIONS[ext]
    assert response.status_code == 200, response.text
    assert media_type(response) == media
    assert response.headers["Content-Disposition"] == f'attachment; filename="diplomacy-{which}.{ext}"'
    parsed = parse(response)
    if keeps_graphs:
        wanted = {
            g: n for g, n in graph_sizes.items() if which == "all" or (g == ONTOLOGY) == (which == "ontology")
        }
        assert sizes(parsed) == wanted
    else:
        assert set(sizes(parsed)) <= {"urn:x-rdflib:default"}  # one graph, no names
        assert len(union(parsed.graphs())) == expected_triples[which]


def test_the_download_page_lists_every_file(server: ServerProcess) -> None:
    response = requests.get(server.url + "/download", headers={"Accept": BROWSER}, timeout=60)
    assert response.status_code == 200 and media_type(response) == "text/html"
    for which in ("all", "ontology", "facts"):
        for ext in EXTENSIONS:
            assert f'href="/download/{which}.{ext}"' in response.text


@pytest.mark.parametrize(("accept", "ext"), [("application/trig", "trig"), ("text/turtle", "ttl")])
def test_download_by_accept_is_the_whole_graph(
    server: ServerProcess,
    graph_sizes: dict[str, int],
    expected_triples: dict[str, int],
    accept: str,
    ext: str,
) -> None:
    response = requests.get(server.url + "/download", headers={"Accept": accept}, timeout=120)
    assert response.status_code == 200 and media_type(response) == accept
    assert f'filename="diplomacy-all.{ext}"' in response.headers["Content-Disposition"]
    parsed = parse(response)
    if EXTENSIONS[ext][2]:
        assert sizes(parsed) == graph_sizes
    else:
        assert len(union(parsed.graphs())) == expected_triples["all"]


@pytest.mark.parametrize(
    "name", ["all.pdf", "everything.ttl", "all", ".ttl", "all.ttl.gz", "../all.ttl", "ALL.TTL", "all.xml"]
)
def test_unknown_downloads_are_404s(server: ServerProcess, name: str) -> None:
    response = requests.get(f"{server.url}/download/{name}", timeout=60)
    assert response.status_code == 404 and media_type(response) == "text/plain"


def test_download_with_an_unsupported_accept_is_a_406(server: ServerProcess) -> None:
    response = requests.get(server.url + "/download", headers={"Accept": "image/png"}, timeout=60)
    assert response.status_code == 406


# --- Graph Store Protocol --------------------------------------------------------------------

STORE = "/rdf-graph-store"


def gsp(
    server: ServerProcess, query: str, accept: str | None = None, method: str = "GET"
) -> requests.Response:
    return requests.request(method, f"{server.url}{STORE}{query}", headers={"Accept": accept}, timeout=60)


def test_the_default_graph_is_the_union(server: ServerProcess, expected_triples: dict[str, int]) -> None:
    response = gsp(server, "?default")
    assert response.status_code == 200 and media_type(response) == "text/turtle"
    assert len(union(parse(response).graphs())) == expected_triples["all"]


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json"])
def test_a_named_graph_by_its_iri(server: ServerProcess, graph_sizes: dict[str, int], accept: str) -> None:
    response = gsp(server, f"?graph={ARTICLE_GRAPH}", accept)
    assert response.status_code == 200 and media_type(response) == accept
    graph = union(parse(response).graphs())
    assert len(graph) == graph_sizes[ARTICLE_GRAPH]
    assert (URIRef(BASE + "id/rustem-umerov"), None, None) in graph


def test_head_has_the_headers_of_get(server: ServerProcess) -> None:
    head = gsp(server, f"?graph={ONTOLOGY}", method="HEAD")
    assert head.status_code == 200 and media_type(head) == "text/turtle" and not head.content


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?graph=https://w3id.org/diplomacy/graph/no-such-graph", 404),
        ("", 400),
        (f"?default&graph={ONTOLOGY}", 400),
        (f"?graph={ONTOLOGY}&graph={ARTICLE_GRAPH}", 400),
        ("?graph=not%20an%20iri", 400),
    ],
)
def test_bad_graph_store_requests(server: ServerProcess, query: str, status: int) -> None:
    response = gsp(server, query)
    assert response.status_code == status and media_type(response) == "text/plain"


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "PATCH"])
def test_the_graph_store_is_read_only(server: ServerProcess, method: str) -> None:
    response = requests.request(
        method, f"{server.url}{STORE}?default", data=b"<a:b> <a:c> <a:d> .", timeout=60
    )
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers["Allow"].split(",")}
    assert "GET" in allowed and method not in allowed
    assert "read-only" in response.text
    assert gsp(server, f"?graph={ONTOLOGY}").status_code == 200


def test_graph_store_with_an_unsupported_accept_is_a_406(server: ServerProcess) -> None:
    assert gsp(server, "?default", "image/png").status_code == 406


# --- VoID ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def void(server: ServerProcess) -> Graph:
    response = requests.get(server.url + "/.well-known/void", timeout=60)
    assert response.status_code == 200 and media_type(response) == "text/turtle"
    return Graph().parse(data=response.text, format="turtle")


def test_void_describes_the_dataset(
    server: ServerProcess, void: Graph, expected_triples: dict[str, int]
) -> None:
    (dataset,) = [d for d in void.subjects(VOID.sparqlEndpoint, None)]
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(server.url + "/sparql")
    assert void.value(dataset, VOID.triples) == Literal(expected_triples["all"])
    dumps = {str(d) for d in void.objects(dataset, VOID.dataDump)}
    assert dumps == {f"{server.url}/download/all.{ext}" for ext in EXTENSIONS}
    vocabularies = {str(v) for v in void.objects(dataset, VOID.vocabulary)}
    assert {
        BASE + "ontology#",
        "http://www.w3.org/ns/oa#",
        "http://www.w3.org/2004/02/skos/core#",
    } <= vocabularies
    assert (dataset, DCTERMS.source, URIRef(ARTICLE)) in void


def test_void_has_a_subset_per_named_graph(
    server: ServerProcess, void: Graph, graph_sizes: dict[str, int]
) -> None:
    (dataset,) = [d for d in void.subjects(VOID.sparqlEndpoint, None)]
    subsets = set(void.objects(dataset, VOID.subset))
    assert {str(s): int(void.value(s, VOID.triples)) for s in subsets} == graph_sizes
    article = URIRef(ARTICLE_GRAPH)
    assert void.value(article, DCTERMS.source) == URIRef(ARTICLE)
    dump = requests.get(str(void.value(article, VOID.dataDump)), timeout=60)
    assert len(union(parse(dump).graphs())) == graph_sizes[ARTICLE_GRAPH]


def test_void_in_json_ld_says_the_same(server: ServerProcess, void: Graph) -> None:
    response = requests.get(
        server.url + "/.well-known/void", headers={"Accept": "application/ld+json"}, timeout=60
    )
    assert media_type(response) == "application/ld+json"
    assert isomorphic(Graph().parse(data=response.text, format="json-ld"), void)
