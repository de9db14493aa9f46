"""Nothing reaches out, nothing is read that was not configured: hostile queries and documents.

A listener on 127.0.0.1 must receive no connection, and a secret file must never appear in an
answer, whatever a request or a document asks for: SERVICE, LOAD and other updates, FROM and
FROM NAMED, the protocol's graph parameters, external XML entities, entity expansion, remote
JSON-LD contexts, owl:imports.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from web.testing import ServerProcess

KGQA = [sys.executable, "-m", "kg.cli"]
SECRET = "TOP-SECRET-3f9c1d"  # noqa: S105 (a marker to look for, not a password)


class Listener:
    """A TCP listener on loopback that counts the connections it receives."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/x"

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            self.connections += 1
            connection.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    time.sleep(0.2)  # a connection attempt still on its way would be counted
    assert found.connections == 0, "something connected to the listener"
    found.socket.close()


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


def sparql_get(server: ServerProcess, query: str, **params: str) -> requests.Response:
    return requests.get(server.url + "/sparql", params={"query": query, **params}, timeout=30)


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    ],
)
def test_service_is_refused(server: ServerProcess, listener: Listener, template: str) -> None:
    response = sparql_get(server, template.format(url=listener.url))
    assert response.status_code == 403 and "SERVICE" in response.text


@pytest.mark.parametrize(
    "template",
    ["LOAD <{url}>", "LOAD <file://{secret}>", "LOAD SILENT <{url}> INTO GRAPH <urn:g>", "CLEAR ALL"],
)
def test_updates_are_refused_every_way_they_can_be_sent(
    server: ServerProcess, listener: Listener, secret: Path, template: str
) -> None:
    update = template.format(url=listener.url, secret=secret)
    as_form = requests.post(server.url + "/sparql", data={"update": update}, timeout=30)
    as_body = requests.post(
        server.url + "/sparql", data=update, headers={"Content-Type": "application/sparql-update"}, timeout=30
    )
    as_query = sparql_get(server, update)
    for response in (as_form, as_body, as_query):
        assert response.status_code in (400, 403) and SECRET not in response.text
    assert sparql_get(server, "ASK { ?s ?p ?o }").status_code == 200


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT * FROM <file://{secret}> WHERE {{ ?s ?p ?o }}",
        "CONSTRUCT {{ ?s ?p ?o }} FROM <file://{secret}> WHERE {{ ?s ?p ?o }}",
    ],
)
def test_a_dataset_named_in_a_query_is_never_fetched(
    server: ServerProcess, listener: Listener, secret: Path, template: str
) -> None:
    response = sparql_get(server, template.format(url=listener.url, secret=secret))
    assert response.status_code == 200
    assert SECRET not in response.text
    editor = requests.get(
        server.url + "/editor", params={"query": template.format(url=listener.url, secret=secret)}, timeout=30
    )
    assert SECRET not in editor.text


def test_the_protocols_graph_parameters_never_fetch(
    server: ServerProcess, listener: Listener, secret: Path
) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        for graph in (listener.url, f"file://{secret}"):
            response = sparql_get(server, "SELECT * WHERE { ?s ?p ?o }", **{name: graph})
            assert response.status_code == 200 and SECRET not in response.text


def load(path: Path, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KGQA, "load", str(path), "--store", str(store)], capture_output=True, text=True, timeout=60
    )


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KGQA, "validate", "--no-owl", str(path)], capture_output=True, text=True, timeout=120
    )


RDF_XML_HEAD = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
)


def test_external_entities_in_rdf_xml_are_refused(tmp_path: Path, listener: Listener, secret: Path) -> None:
    document = tmp_path / "xxe.rdf"
    document.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY file SYSTEM "file://{secret}"> '
        f'<!ENTITY net SYSTEM "{listener.url}"> ]>\n{RDF_XML_HEAD}'
        '<rdf:Description rdf:about="http://example.org/a"><ex:p>&file;&net;</ex:p></rdf:Description></rdf:RDF>'
    )
    for result in (load(document, tmp_path / "store"), validate(document)):
        assert result.returncode == 1
        assert "DOCTYPE" in result.stderr and SECRET not in result.stdout + result.stderr


def test_an_entity_expansion_bomb_is_refused_at_once(tmp_path: Path) -> None:
    levels = "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "ha" * 5}">' for i in range(10)
    )  # under 1 KB, expanding to 10 GB
    bomb = tmp_path / "laughs.rdf"
    bomb.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{levels}]>\n{RDF_XML_HEAD}'
        '<rdf:Description rdf:about="http://example.org/a"><ex:p>&e9;</ex:p></rdf:Description></rdf:RDF>'
    )
    assert bomb.stat().st_size < 1024
    started = time.monotonic()
    result = load(bomb, tmp_path / "store")
    assert result.returncode == 1 and "DOCTYPE" in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    "context",
    ['"{url}"', '{{"@import": "{url}"}}', '"file://{secret}"', '["{url}", {{"p": "http://example.org/p"}}]'],
)
def test_remote_json_ld_contexts_are_never_fetched(
    tmp_path: Path, listener: Listener, secret: Path, context: str
) -> None:
    document = tmp_path / "remote.jsonld"
    document.write_text(
        '{"@context": '
        + context.format(url=listener.url, secret=secret)
        + ', "@id": "http://example.org/a", "p": "x"}'
    )
    for result in (load(document, tmp_path / "store"), validate(document)):
        assert result.returncode == 1, result.stdout + result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and SECRET not in result.stderr


def test_owl_imports_are_not_followed_by_the_reasoner(tmp_path: Path, listener: Listener) -> None:
    data = tmp_path / "imports.ttl"
    data.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        f"<https://example.org/onto> a owl:Ontology ; owl:imports <{listener.url}> .\n"
    )
    result = subprocess.run([*KGQA, "validate", str(data)], capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr  # the listener checks the rest


def test_a_turtle_base_of_its_own_reads_nothing(tmp_path: Path, secret: Path) -> None:
    data = tmp_path / "base.ttl"
    data.write_text(f"@base <file://{secret.parent}/> .\n<a> <b> <{secret.name}> .\n")
    result = subprocess.run(
        [*KGQA, "query", "SELECT * WHERE { ?s ?p ?o }", "--data", str(data)], capture_output=True, text=True
    )
    assert result.returncode == 0 and SECRET not in result.stdout
