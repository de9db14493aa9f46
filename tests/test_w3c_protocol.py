"""The W3C SPARQL 1.1 Protocol test suite, run against the real server over HTTP.

Every test is built from the manifest itself: its requests (method, path, headers, body) and
its expected responses (status class, result format, boolean). Each test's `ut:graphData` is
loaded into the named graphs it names, in a server of its own. The endpoint is read-only: a
request that carries a SPARQL Update passes when refused with a 4xx, and the queries that
follow such an update in the same test are checked for status and format, not for the boolean
that depends on the update having been applied. Totals are printed by the last test.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pyoxigraph as ox
import pytest
import requests
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from web.testing import ServerProcess

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "w3c-sparql11-protocol"
COPY = HERE / "w3c-protocol"
SUITE = SHARED if (SHARED / "manifest.ttl").is_file() else COPY

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")


@dataclass(frozen=True)
class Request:
    """One HTTP request of a test, with what its response must be."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    text: str
    statuses: frozenset[int]  # allowed status classes: 2 for 2xx ...
    result_format: str | None  # "boolean", "tabular" or "RDF"
    boolean: bool | None

    @property
    def is_update(self) -> bool:
        """Whether it sends a SPARQL Update (by its media type, or an update= parameter)."""
        if self.headers.get("content-type", "").startswith("application/sparql-update"):
            return True
        params = parse_qsl(urlsplit(self.path).query) + parse_qsl(self.text)
        return any(name == "update" for name, _ in params)


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    title: str
    graphs: frozenset[tuple[str, str]]  # (graph IRI, data file name)
    requests: tuple[Request, ...]

    @property
    def is_update(self) -> bool:
        return any(request.is_update for request in self.requests)


def load_manifest(path: Path) -> list[ProtocolTest]:
    """The manifest's tests, in the order of its mf:entries."""
    graph = Graph().parse(path, format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    entries = Collection(graph, graph.value(manifest, MF.entries))
    return [_test(graph, entry) for entry in entries]


def _test(graph: Graph, node: Node) -> ProtocolTest:
    action = graph.value(node, MF.action)
    graphs = frozenset(
        (str(graph.value(data, RDFS.label)), str(graph.value(data, UT.graph)).rsplit("/", 1)[1])
        for data in graph.objects(node, UT.graphData)
    )
    requests_ = Collection(graph, graph.value(action, HT.requests))
    return ProtocolTest(
        name=str(node).rsplit("#", 1)[1],
        title=str(graph.value(node, MF.name)),
        graphs=graphs,
        requests=tuple(_request(graph, request) for request in requests_),
    )


def _request(graph: Graph, node: Node) -> Request:
    headers_node = graph.value(node, HT.headers)
    headers = {
        str(graph.value(h, HT.fieldName)).lower(): str(graph.value(h, HT.fieldValue))
        for h in (Collection(graph, headers_node) if headers_node else [])
    }
    body = graph.value(node, HT.body)
    text = str(graph.value(body, CNT.chars)) if body else ""
    encoding = str(graph.value(body, CNT.characterEncoding)) if body else "UTF-8"
    response = graph.value(node, HT.resp)
    boolean = graph.value(response, MF.expectedBoolean)
    result_format = graph.value(response, MF.expectedFormat)
    return Request(
        method=str(graph.value(node, HT.methodName)),
        path=str(graph.value(node, HT.absolutePath)),
        headers=headers,
        body=text.encode(encoding) if body else None,
        text=text,
        statuses=frozenset(int(str(s)[-3]) for s in graph.objects(response, MF.expectedStatus)),
        result_format=str(result_format) if result_format else None,
        boolean=boolean.toPython() if boolean is not None else None,
    )


TESTS = load_manifest(SUITE / "manifest.ttl")


@pytest.fixture(scope="module")
def server_for(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[ProtocolTest], str]]:
    """A running server per set of graph data, started when first needed; its base URL."""
    servers: dict[frozenset[tuple[str, str]], ServerProcess] = {}

    def url(test: ProtocolTest) -> str:
        if test.graphs not in servers:
            data = write_quads(tmp_path_factory.mktemp("w3c") / "data.nq", test.graphs)
            servers[test.graphs] = ServerProcess([data]).start()
        return servers[test.graphs].url

    yield url
    for server in servers.values():
        server.stop()


def write_quads(target: Path, graphs: frozenset[tuple[str, str]]) -> Path:
    """Each data file's triples in the named graph its rdfs:label names, as one N-Quads file."""
    quads = []
    for name, file in sorted(graphs):
        for triple in ox.parse(path=SUITE / file, format=ox.RdfFormat.N_TRIPLES):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(name)))
    target.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    return target


def send(base: str, request: Request) -> requests.Response:
    path = request.path.replace("/sparql/", "/sparql", 1)
    return requests.request(
        request.method,
        base + path,
        headers=request.headers,
        data=request.body,
        allow_redirects=False,
        timeout=60,
    )


def parsed(response: requests.Response, result_format: str) -> object:
    """The response body read back as the kind of result the test expects."""
    media_type = response.headers.get("Content-Type", "")
    if result_format == "RDF":
        rdf = ox.RdfFormat.from_media_type(media_type)
        assert rdf is not None, f"not an RDF media type: {media_type}"
        return list(ox.parse(response.content, format=rdf))
    results = ox.QueryResultsFormat.from_media_type(media_type)
    assert results is not None, f"not a SPARQL results media type: {media_type}"
    if results == ox.QueryResultsFormat.CSV:  # lossy: pyoxigraph will not read it back
        rows = list(csv.reader(io.StringIO(response.text)))
        assert result_format == "tabular" and rows and all(rows[0]), f"not a CSV table: {rows[:1]}"
        return rows
    answer = ox.parse_query_results(response.content, format=results)
    expected = ox.QueryBoolean if result_format == "boolean" else ox.QuerySolutions
    assert isinstance(answer, expected), f"{media_type} body is not a {result_format} result"
    return list(answer) if isinstance(answer, ox.QuerySolutions) else bool(answer)


def check(request: Request, response: requests.Response, after_update: bool) -> None:
    status = response.status_code
    where = f"{request.method} {request.path}: {status} {response.text[:300]!r}"
    assert "Traceback" not in response.text, where
    if request.is_update:
        assert 400 <= status < 500, f"an update must be refused with a 4xx; {where}"
        return
    assert status // 100 in request.statuses, f"expected {sorted(request.statuses)}xx; {where}"
    if request.result_format:
        answer = parsed(response, request.result_format)
        if request.boolean is not None and not after_update:
            assert answer is request.boolean, f"expected {request.boolean}; {where}"


@pytest.fixture(scope="module")
def tally() -> dict[str, bool]:
    return {}


@pytest.mark.parametrize("test", TESTS, ids=[test.name for test in TESTS])
def test_protocol(
    test: ProtocolTest, server_for: Callable[[ProtocolTest], str], tally: dict[str, bool]
) -> None:
    tally[test.name] = False
    base = server_for(test)
    after_update = False
    for request in test.requests:
        check(request, send(base, request), after_update)
        after_update = after_update or request.is_update
    tally[test.name] = True


def test_the_manifest_was_read_whole() -> None:
    graph = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    declared = set(graph.subjects(RDF.type, URIRef(MF.ProtocolTest)))
    assert len(TESTS) == len(declared) == 34
    assert all(test.requests for test in TESTS)


def test_the_copy_is_the_shared_suite() -> None:
    if SUITE is COPY:
        pytest.skip("../shared is not beside the repository: the copy is the suite")
    for name in ("manifest.ttl", "data1.nt", "data2.nt", "data3.nt"):
        assert (COPY / name).read_bytes() == (SHARED / name).read_bytes(), name


def test_totals(tally: dict[str, bool], capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last: prints how many manifest tests passed, query and update tests apart."""
    kinds = {test.name: "update" if test.is_update else "query" for test in TESTS}
    lines = []
    for kind in ("query", "update"):
        ran = [name for name in tally if kinds[name] == kind]
        passed = sum(tally[name] for name in ran)
        lines.append(f"{kind} tests {passed}/{len(ran)} passed")
    failed = sorted(name for name, ok in tally.items() if not ok)
    with capsys.disabled():
        print(f"\nW3C SPARQL 1.1 Protocol manifest ({len(tally)} of {len(TESTS)} run): {'; '.join(lines)}")
        if failed:
            print(f"failing: {', '.join(failed)}")
    assert not failed
