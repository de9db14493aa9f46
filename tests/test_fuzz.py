"""Random and hostile input at the real server: never a 5xx, never a traceback in an answer."""

from __future__ import annotations

from urllib.parse import quote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from web.testing import ServerProcess

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE = st.sampled_from(
    ["}", "{", "'", '"', "\\", "\x00", "\ud800", "<script>alert(1)</script>", "UNION",
     "SERVICE <http://127.0.0.1:9/>", "LOAD <file:///etc/passwd>", "%00", "../../", "\n", "#", "?", "&", "=",
     "ž", "🙂", " " * 300]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(HOSTILE, max_size=8).map("".join))
QUERY_PARTS = st.sampled_from(
    ["SELECT", "*", "WHERE", "{", "}", "?s", "?p", "?o", "FILTER", "(", ")", "REGEX", "STR", ".", ";",
     "OPTIONAL", "UNION", "GRAPH", "?g", "d:rustem-umerov", "<urn:x>", '"x"', "LIMIT", "10", "ORDER BY",
     "COUNT", "AS", "ASK", "CONSTRUCT", "DESCRIBE", "SERVICE", "FROM", "VALUES", "BIND", "*", "+", "/", "|",
     "^", "!", "MINUS"]
)  # fmt: skip
SPARQLISH = st.lists(QUERY_PARTS, max_size=25).map(" ".join)


def raw(text: str) -> str:
    """The text percent-encoded as it is, lone surrogates and all: invalid UTF-8 reaches the server."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def sound(response: requests.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert "Traceback" not in response.text


@FUZZ
@given(question=TEXT)
def test_questions(server: ServerProcess, question: str) -> None:
    sound(requests.get(server.url + "/api/ask?q=" + raw(question), timeout=60))
    sound(requests.post(server.url + "/api/ask", json={"q": question}, timeout=60))


@FUZZ
@given(query=st.one_of(TEXT, SPARQLISH))
def test_queries(server: ServerProcess, query: str) -> None:
    sound(requests.get(server.url + "/sparql?query=" + raw(query), timeout=60))
    body = query.encode("utf-8", "surrogatepass")
    headers = {"Content-Type": "application/sparql-query"}
    sound(requests.post(server.url + "/sparql", data=body, headers=headers, timeout=60))


@FUZZ
@given(
    segment=TEXT,
    accept=st.sampled_from(["text/html", "text/turtle", "*/*", "application/x-nothing", "", "\x7f"]),
)
def test_entity_routes(server: ServerProcess, segment: str, accept: str) -> None:
    path = raw(segment)
    for prefix in ("/id/", "/evidence/", "/graph/", "/ontology#", "/download/", "/api/neighbourhood?iri="):
        sound(requests.get(server.url + prefix + path, headers={"Accept": accept}, timeout=60))


@FUZZ
@given(
    body=st.binary(max_size=2000),
    kind=st.sampled_from(
        ["application/x-www-form-urlencoded", "application/sparql-query", "application/json", ""]
    ),
)
def test_raw_bodies(server: ServerProcess, body: bytes, kind: str) -> None:
    for path in ("/sparql", "/api/ask"):
        sound(requests.post(server.url + path, data=body, headers={"Content-Type": kind}, timeout=60))


@pytest.mark.parametrize("size", [1 << 20, 10 << 20])
def test_big_bodies_are_a_413(server: ServerProcess, size: int) -> None:
    response = requests.post(
        server.url + "/sparql",
        data=b"q" * size,
        headers={"Content-Type": "application/sparql-query"},
        timeout=60,
    )
    assert response.status_code == 413
