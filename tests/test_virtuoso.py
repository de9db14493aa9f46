"""RemoteStore on a real Virtuoso (Debian's virtuoso-opensource), the server docs/virtuoso.md sets up.

A throwaway `virtuoso-t` runs in the foreground on a new database in a temporary directory, on
free loopback ports (HTTP and SQL); the shipped graph goes in through its Graph Store endpoint
(Digest authentication as dba), and every query reads Virtuoso's own default graph, the union of
all graphs (`union_default_graph=True`). Virtuoso keeps graphs of its own beside ours (its quad map
schema, and more); they are left out where graphs are compared. Skipped where Virtuoso is not
installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.graph import ONTOLOGY_GRAPH
from kg.namespaces import ID
from kg.qa.engine import QuestionAnswerer
from kg.stores import QueryError, QueryRefused, RemoteStore
from web.testing import HOST, ChildServer, ServerProcess, free_port

VIRTUOSO = shutil.which("virtuoso-t")
if VIRTUOSO is None:
    pytest.skip(
        "Virtuoso is not installed (virtuoso-t): sudo apt-get install --no-install-recommends "
        "virtuoso-opensource-7-bin, or see docs/virtuoso.md",
        allow_module_level=True,
    )

UMEROV = ox.NamedNode(ID["rustem-umerov"])
SCRATCH = "https://example.org/scratch-graph"
XSD = "http://www.w3.org/2001/XMLSchema#"
# A new database with the DBA password left at "dba"; both ports on loopback only. CaseMode = 2 as
# in Debian's virtuoso.ini (with the built-in default, ASK comes back as a SELECT of __ASK_RETVAL).
# Virtuoso's usual settings cap results (ResultSetMaxRows) and query time (partial answers): not here.
INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = {db}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = {http}
ServerRoot = {db}
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
"""


class VirtuosoServer(ChildServer):
    """`virtuoso-t +foreground` on a new database under `directory` (one per attempt), on two free
    loopback ports: HTTP (`port`: /sparql and the Graph Store) and SQL (for isql-vt)."""

    def __init__(self, directory: Path, timeout: float = 120.0) -> None:
        super().__init__(timeout)
        self.directory = directory
        self.sql_port = 0

    def command(self) -> list[str]:
        self.sql_port = free_port()
        db = self.directory / f"db-{self.port}"
        db.mkdir()
        ini = db / "virtuoso.ini"
        ini.write_text(INI.format(db=db, http=f"{HOST}:{self.port}", sql=f"{HOST}:{self.sql_port}"))
        assert VIRTUOSO is not None
        return [VIRTUOSO, "+foreground", "+configfile", str(ini)]

    @property
    def query_url(self) -> str:
        return self.url + "/sparql"

    @property
    def graph_store_url(self) -> str:
        """The Graph Store endpoint that takes writes, with the DBA's credentials (Digest)."""
        return f"http://dba:dba@{HOST}:{self.port}/sparql-graph-crud-auth"

    def sql(self, statements: str) -> str:
        """Run SQL statements as dba with isql-vt (which exits 0 on errors too: they are read)."""
        isql = shutil.which("isql-vt")
        if isql is None:
            pytest.skip("isql-vt, Virtuoso's SQL client, is not installed")
        ran = subprocess.run(
            [isql, f"{HOST}:{self.sql_port}", "dba", "dba", f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        said = ran.stdout + ran.stderr
        assert ran.returncode == 0 and "*** Error" not in said, said
        return said


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    with VirtuosoServer(tmp_path_factory.mktemp("virtuoso")) as running:
        yield running


@pytest.fixture(scope="module")
def own_graphs(virtuoso: VirtuosoServer) -> dict[str, int]:
    """The graphs a new Virtuoso holds already, with their sizes."""
    return RemoteStore(virtuoso.query_url, union_default_graph=True).graph_sizes()


@pytest.fixture(scope="module")
def store(virtuoso: VirtuosoServer, own_graphs: dict[str, int], dataset: Dataset) -> RemoteStore:
    """The shipped graph in Virtuoso, loaded through RemoteStore."""
    made = RemoteStore(virtuoso.query_url, graph_store_url=virtuoso.graph_store_url, union_default_graph=True)
    made.load_dataset(dataset)
    return made


def dataset_sizes(dataset: Dataset) -> dict[str, int]:
    return {
        str(g.identifier): len(g)
        for g in dataset.graphs()
        if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID
    }


def test_the_graphs_hold_what_was_loaded(
    store: RemoteStore, own_graphs: dict[str, int], dataset: Dataset
) -> None:
    expected = dataset_sizes(dataset)
    assert not set(own_graphs) & set(expected)
    assert store.graph_sizes() == expected | own_graphs
    assert {g.value for g in store.named_graphs()} == set(expected) | set(own_graphs)
    assert store.has_graph(str(ONTOLOGY_GRAPH))
    assert len(store) == sum(expected.values()) + sum(own_graphs.values())


def test_select_and_ask(store: RemoteStore) -> None:
    select = store.query("SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }")
    assert select.kind == "select" and select.variables == ["name"]
    assert [row["name"] for row in select.raw] == [ox.Literal("Rustem Umerov", language="en")]  # type: ignore[attr-defined]
    assert store.query("ASK { d:rustem-umerov dip:leads d:ukrainian-delegation }").raw
    assert not store.query("ASK { d:nobody ?p ?o }").raw


def test_construct_and_describe_come_back_as_graphs(store: RemoteStore) -> None:
    """Virtuoso answers in the first type accepted, whatever the query form: graphs are asked for
    as graphs."""
    graph = store.query("CONSTRUCT { ?s rdfs:label ?o } WHERE { ?s a dip:Person ; rdfs:label ?o }")
    assert graph.kind == "graph"
    assert UMEROV in {t.subject for t in graph.raw}  # type: ignore[attr-defined]
    described = store.query("DESCRIBE d:rustem-umerov")
    assert described.kind == "graph" and any(t.subject == UMEROV for t in described.raw)  # type: ignore[attr-defined]


def test_blank_nodes_and_booleans_read_back(store: RemoteStore) -> None:
    """Virtuoso writes blank nodes nodeID://b123 and xsd:boolean values 1 and 0 in its results."""
    unions = store.query(
        "SELECT ?c ?list WHERE { ?c owl:unionOf ?list }", default_graphs=[str(ONTOLOGY_GRAPH)]
    )
    rows = list(unions.raw)  # type: ignore[call-overload]
    assert rows and all(isinstance(row["list"], ox.BlankNode) for row in rows)
    flags = {row["o"] for row in store.query("SELECT ?o WHERE { ?s dip:isNew ?o }").raw}  # type: ignore[attr-defined]
    assert flags == {ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))}


def test_pattern_lookups(store: RemoteStore, dataset: Dataset) -> None:
    labels = store.objects(UMEROV, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"))
    assert [label.value for label in labels] == ["Rustem Umerov"]
    ontology = list(store.quads(str(ONTOLOGY_GRAPH)))
    assert len(ontology) == len(dataset.graph(ONTOLOGY_GRAPH))
    assert store.mentions(UMEROV) and not store.mentions(ox.NamedNode("https://example.org/nobody"))


def test_updates_are_refused_not_sent(store: RemoteStore) -> None:
    """Virtuoso runs a SPARQL Update sent as a query (when its user may write)."""
    before = len(store)
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", f"DROP GRAPH <{ONTOLOGY_GRAPH}>"):
        with pytest.raises(QueryRefused):
            store.query(update)
    assert len(store) == before
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELECT ?s WHERE { ?s ?p }")


def test_loading_and_dropping_a_graph(store: RemoteStore, virtuoso: VirtuosoServer) -> None:
    before = len(store)
    turtle = b'@prefix ex: <https://example.org/> . ex:a ex:b "\xc3\xa9t\xc3\xa9"@fr , 3 .'
    store.load(turtle, ox.RdfFormat.TURTLE, graph=SCRATCH)
    try:
        assert store.has_graph(SCRATCH) and len(store) == before + 2
        rows = store.query("SELECT ?o WHERE { GRAPH ?g { <https://example.org/a> ?p ?o } }")
        assert {row["o"] for row in rows.raw} == {  # type: ignore[attr-defined]
            ox.Literal("été", language="fr"),
            ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")),
        }
    finally:
        store.clear_graph(SCRATCH)
    assert len(store) == before and not store.has_graph(SCRATCH)
    anonymous = RemoteStore(
        virtuoso.query_url, graph_store_url=virtuoso.graph_store_url.replace("dba:dba@", "")
    )
    with pytest.raises(QueryError, match="refused the data: 401"):
        anonymous.load(turtle, ox.RdfFormat.TURTLE, graph=SCRATCH)
    assert "dba" not in store.graph_store_url  # type: ignore[operator]


def test_kgqa_load_fills_the_graphs_again(
    store: RemoteStore, virtuoso: VirtuosoServer, tmp_path: Path
) -> None:
    """The recipe of docs/virtuoso.md: export, drop the graphs, load the export through the Graph
    Store. (Loading it on top would add the blank node triples again, under new blank nodes.)"""
    sizes = store.graph_sizes()
    kgqa = [sys.executable, "-m", "kg.cli"]
    export = tmp_path / "graph.nq"
    subprocess.run([*kgqa, "export", "--format", "nq", "-o", str(export)], check=True)
    ours = [g for g in store.named_graphs() if g.value.startswith("https://w3id.org/diplomacy/")]
    for graph in ours:
        store.clear_graph(graph.value)
    target = [
        "--store",
        virtuoso.query_url,
        "--graph-store",
        virtuoso.graph_store_url,
        "--union-default-graph",
    ]
    loaded = subprocess.run([*kgqa, "load", str(export), *target], capture_output=True, text=True, check=True)
    assert re.match(r"loaded \d+ quads from 1 file", loaded.stdout)
    assert store.graph_sizes() == sizes


def test_the_question_is_answered_with_evidence(store: RemoteStore) -> None:
    answer = QuestionAnswerer(store).ask("who leads Ukraine's delegation?")
    assert [a["label"] for a in answer.answers] == ["Rustem Umerov"]
    assert answer.evidence and all("Umerov" in e["quote"] for e in answer.evidence)


def test_about_tells_which_way_each_fact_goes(store: RemoteStore) -> None:
    """Virtuoso gives `BIND(true AS ?x)` back as 1 (an xsd:integer), not true."""
    answer = QuestionAnswerer(store).ask("tell me about Rustem Umerov")
    assert answer.message.startswith("Rustem Umerov:") and "leads Ukrainian delegation" in answer.message


def test_the_service_answers_on_virtuoso(store: RemoteStore, virtuoso: VirtuosoServer) -> None:
    with ServerProcess(store=virtuoso.query_url, options=["--union-default-graph"]) as server:
        asked = requests.get(
            server.url + "/api/ask", params={"q": "who leads Ukraine's delegation?"}, timeout=60
        )
        assert asked.status_code == 200
        body = asked.json()
        assert body["answers"][0]["label"] == "Rustem Umerov" and body["evidence"]
        answered = requests.get(
            server.url + "/sparql",
            params={"query": "SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
        assert answered.status_code == 200
        assert answered.json()["results"]["bindings"][0]["name"]["value"] == "Rustem Umerov"
        refused = requests.get(server.url + "/sparql", params={"query": "DROP ALL"}, timeout=30)
        assert refused.status_code == 403
    assert store.has_graph(str(ONTOLOGY_GRAPH))


def test_virtuoso_own_graphs_can_be_hidden(
    virtuoso: VirtuosoServer, store: RemoteStore, dataset: Dataset
) -> None:
    """docs/virtuoso.md: with graph-level security, the anonymous /sparql user sees our graphs only,
    so that the union default graph, the graph list and the sizes are exactly the dataset's."""
    expected = dataset_sizes(dataset)
    shown = "".join(f"DB.DBA.RDF_GRAPH_USER_PERMS_SET ('{g}', 'nobody', 1); " for g in expected)
    virtuoso.sql(f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0); {shown}")
    try:
        fresh = RemoteStore(virtuoso.query_url, union_default_graph=True)
        assert fresh.graph_sizes() == expected
        assert {g.value for g in fresh.named_graphs()} == set(expected)
        assert len(fresh) == sum(expected.values())
        assert fresh.union_size() == len(
            {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
        )
    finally:
        undone = "".join(f"DB.DBA.RDF_GRAPH_USER_PERMS_DEL ('{g}', 'nobody'); " for g in expected)
        virtuoso.sql(f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1); {undone}")
    assert len(store) > sum(expected.values())
