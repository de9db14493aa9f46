"""The store interface, on every kind of store (the `store` fixture runs each test on each).

The reference is the rdflib Dataset the stores were filled from: each store must give back
exactly its quads, graphs and counts, and run the same SPARQL to the same answers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.graph import ONTOLOGY_GRAPH
from kg.namespaces import ID
from kg.results import GRAPH_FORMATS, SOLUTION_FORMATS, serialize
from kg.stores import (
    OxigraphStore,
    QueryError,
    QueryRefused,
    RdflibStore,
    RemoteStore,
    Store,
    open_store,
)
from kg.stores.rdflib_memory import to_ox
from web.testing import OxigraphServer, ServerProcess

UMEROV = ox.NamedNode(ID["rustem-umerov"])
ONTOLOGY = str(ONTOLOGY_GRAPH)
SCRATCH = "https://example.org/scratch-graph"
XSD = "http://www.w3.org/2001/XMLSchema#"
DERIVED_INTEGERS = {XSD + name for name in ("nonNegativeInteger", "positiveInteger", "int", "long", "short")}
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def reference_quads(dataset: Dataset) -> set[ox.Quad]:
    return {
        ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))
        for s, p, o, g in dataset.quads((None, None, None, None))
        if g is not None and g != DATASET_DEFAULT_GRAPH_ID
    }


def comparable(quads: set[ox.Quad]) -> set[ox.Quad]:
    """Quads as every store can give them back: without blank nodes (a remote server labels
    them anew in each answer), and with the integer types derived from xsd:integer written as
    xsd:integer, as Oxigraph (0.5) stores them: `"5"^^xsd:nonNegativeInteger` comes back
    `"5"^^xsd:integer`, the same number, but not the same term."""
    return {
        ox.Quad(q.subject, q.predicate, _as_integer(q.object), q.graph_name)
        for q in quads
        if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))
    }


def _as_integer(term: ox.Term) -> ox.Term:
    if isinstance(term, ox.Literal) and term.datatype.value in DERIVED_INTEGERS:
        return ox.Literal(term.value, datatype=ox.NamedNode(XSD + "integer"))
    return term


def count(store: Store, sparql: str, **dataset: list[str]) -> int:
    return int(next(iter(store.query(sparql, **dataset).raw))["n"].value)  # type: ignore[call-overload]


def test_the_store_holds_exactly_the_reference_quads(store: Store, dataset: Dataset) -> None:
    expected = reference_quads(dataset)
    held = set(store.quads())
    assert len(store) == len(expected)
    assert comparable(held) == comparable(expected)


def test_graph_names_and_sizes(store: Store, dataset: Dataset) -> None:
    expected = {
        str(g.identifier): len(g)
        for g in dataset.graphs()
        if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID
    }
    assert {g.value for g in store.named_graphs()} == set(expected)
    assert store.graph_sizes() == expected
    assert store.has_graph(ONTOLOGY)
    assert not store.has_graph("https://example.org/no-such-graph")


def test_the_default_graph_is_the_union_of_all_graphs(store: Store, dataset: Dataset) -> None:
    distinct = {(q.subject, q.predicate, q.object) for q in reference_quads(dataset)}
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == len(distinct)
    assert store.union_size() == len(distinct)


@pytest.mark.parametrize(
    "pattern",
    [
        (UMEROV, None, None, None),
        (None, None, UMEROV, None),
        (None, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None, None),
        (None, None, None, ox.NamedNode(ONTOLOGY)),
        (UMEROV, None, None, ox.NamedNode(ONTOLOGY)),
    ],
    ids=["subject", "object", "predicate", "graph", "absent"],
)
def test_pattern_lookups_match_the_reference(store: Store, dataset: Dataset, pattern: tuple) -> None:
    s, p, o, g = pattern

    def fits(q: ox.Quad) -> bool:
        wanted = ((s, q.subject), (p, q.predicate), (o, q.object), (g, q.graph_name))
        return all(want is None or want == got for want, got in wanted)

    expected = {q for q in reference_quads(dataset) if fits(q)}
    assert comparable(set(store.quads_for_pattern(s, p, o, g))) == comparable(expected)


def test_navigation_helpers(store: Store) -> None:
    names = store.objects(UMEROV, LABEL)
    assert [name.value for name in names] == ["Rustem Umerov"]
    assert store.subjects(LABEL, names[0]) == [UMEROV]
    assert store.mentions(UMEROV)
    assert not store.mentions(ox.NamedNode("https://example.org/nobody"))
    described = store.description(UMEROV)
    assert any(q.subject == UMEROV for q in described) and any(q.object == UMEROV for q in described)


def test_select_ask_construct_and_describe(store: Store) -> None:
    select = store.query("SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }")
    assert select.kind == "select" and select.variables == ["name"]
    assert [row["name"].value for row in select.raw] == ["Rustem Umerov"]  # type: ignore[attr-defined]
    assert bool(store.query("ASK { d:rustem-umerov ?p ?o }").raw) is True
    assert bool(store.query("ASK { d:nobody ?p ?o }").raw) is False
    graph = store.query("CONSTRUCT { ?s rdfs:label ?o } WHERE { ?s a dip:Person ; rdfs:label ?o }")
    assert graph.kind == "graph"
    triples = list(graph.raw)  # type: ignore[call-overload]
    assert UMEROV in {t.subject for t in triples}
    assert {t.predicate for t in triples} == {LABEL}
    described = list(store.query("DESCRIBE d:rustem-umerov").raw)  # type: ignore[call-overload]
    assert any(t.subject == UMEROV for t in described)


@pytest.mark.parametrize("fmt", [*sorted(SOLUTION_FORMATS), "table"])
def test_solutions_serialise_in_every_format(store: Store, fmt: str) -> None:
    result = store.query("SELECT ?p ?o WHERE { d:rustem-umerov ?p ?o } ORDER BY ?p ?o")
    text = serialize(result, fmt).decode("utf-8")
    assert "Rustem Umerov" in text


@pytest.mark.parametrize("fmt", sorted(set(GRAPH_FORMATS) - {"table", "json"}))
def test_graphs_serialise_in_every_format(store: Store, fmt: str) -> None:
    result = store.query("CONSTRUCT { d:rustem-umerov ?p ?o } WHERE { d:rustem-umerov ?p ?o }")
    parsed = list(ox.parse(serialize(result, fmt), GRAPH_FORMATS[fmt]))
    assert len(parsed) == count(store, "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { d:rustem-umerov ?p ?o }")


def test_a_dataset_named_by_the_caller_replaces_the_union(store: Store, dataset: Dataset) -> None:
    ontology_size = len(dataset.graph(ONTOLOGY_GRAPH))
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert count(store, everything, default_graphs=[ONTOLOGY]) == ontology_size
    assert count(store, everything, default_graphs=[], named_graphs=[ONTOLOGY]) == 0
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(store, named, named_graphs=[ONTOLOGY]) == ontology_size
    with pytest.raises(QueryError, match="not an IRI"):
        store.query(everything, default_graphs=["not an iri"])


def test_a_dataset_named_in_the_query_replaces_the_union(store: Store, dataset: Dataset) -> None:
    ontology_size = len(dataset.graph(ONTOLOGY_GRAPH))
    from_ontology = f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY}> WHERE {{ ?s ?p ?o }}"  # noqa: S608 (a constant)
    assert count(store, from_ontology) == ontology_size
    absent = "SELECT (COUNT(*) AS ?n) FROM <https://example.org/absent> WHERE { ?s ?p ?o }"
    assert count(store, absent) == 0


@pytest.mark.parametrize(
    ("sparql", "error"),
    [
        ("SELECT ?s WHERE { ?s ?p }", QueryError),
        ("SELEKT * WHERE { ?s ?p ?o }", QueryError),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", QueryRefused),
        ("DROP ALL", QueryRefused),
    ],
)
def test_bad_queries_and_updates_are_refused(store: Store, sparql: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        store.query(sparql)
    assert store.has_graph(ONTOLOGY)


def test_service_is_refused_unless_federation_is_allowed(store: Store) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", federated=False)


def test_loading_and_dropping_a_graph(store: Store) -> None:
    before, generation = len(store), store.generation
    turtle = b'@prefix ex: <https://example.org/> . ex:a ex:b "\xc3\xa9t\xc3\xa9"@fr , 3 .'
    store.load(turtle, ox.RdfFormat.TURTLE, graph=SCRATCH)
    try:
        assert store.generation > generation
        assert len(store) == before + 2
        assert store.has_graph(SCRATCH)
        rows = store.query("SELECT ?o WHERE { ?s ?p ?o }", named_graphs=[], default_graphs=[SCRATCH]).raw
        assert {row["o"] for row in rows} == {  # type: ignore[attr-defined]
            ox.Literal("été", language="fr"),
            ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        }
    finally:
        store.clear_graph(SCRATCH)
    assert len(store) == before and not store.has_graph(SCRATCH)


def test_a_document_that_does_not_parse_adds_nothing(store: Store) -> None:
    before = len(store)
    with pytest.raises(SyntaxError):
        store.load(
            b"<https://example.org/a> <https://example.org/b> .", ox.RdfFormat.N_TRIPLES, graph=SCRATCH
        )
    assert len(store) == before


# -- one kind at a time: opening stores, the persistent store, the service on each ----------------


def test_open_store_reads_the_store_option(tmp_path: Path) -> None:
    assert isinstance(open_store(None), OxigraphStore)
    assert isinstance(open_store("memory"), OxigraphStore)
    assert isinstance(open_store("rdflib"), RdflibStore)
    assert isinstance(open_store("http://127.0.0.1:9/sparql"), RemoteStore)
    on_disk = open_store(str(tmp_path / "kg"))
    assert isinstance(on_disk, OxigraphStore) and on_disk.path == tmp_path / "kg"
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError, match="not a directory"):
        open_store(str(tmp_path / "file"))


def test_an_unreachable_server_is_a_clear_error() -> None:
    from kg.stores import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="cannot be reached"):
        RemoteStore("http://127.0.0.1:9/sparql", timeout=2).query("ASK {}")


def test_the_persistent_store_keeps_its_graph_between_openings(tmp_path: Path, dataset: Dataset) -> None:
    first = OxigraphStore(tmp_path / "kg")
    first.load_dataset(dataset)
    size = len(first)
    first.close()
    del first
    reopened = OxigraphStore(tmp_path / "kg", read_only=True)
    assert len(reopened) == size
    assert bool(reopened.query("ASK { d:rustem-umerov ?p ?o }").raw)


def test_kgqa_load_fills_a_persistent_store_that_kgqa_ask_then_answers(tmp_path: Path) -> None:
    import subprocess
    import sys

    kgqa = [sys.executable, "-m", "kg.cli"]
    export = tmp_path / "graph.nq"
    subprocess.run([*kgqa, "export", "--format", "nq", "-o", str(export)], check=True)
    loaded = subprocess.run(
        [*kgqa, "load", str(export), "--store", str(tmp_path / "kg")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.match(r"loaded (\d+) quads from 1 file", loaded.stdout)
    answer = subprocess.run(
        [*kgqa, "ask", "who leads Ukraine's delegation?", "--json", "--store", str(tmp_path / "kg")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(answer.stdout)["answers"][0]["label"] == "Rustem Umerov"
    bad = subprocess.run(
        [*kgqa, "load", str(tmp_path / "nope.nt"), "--store", str(tmp_path / "kg")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "no such file" in bad.stderr


@pytest.mark.parametrize("kind", ["rdflib", "oxigraph-disk", "remote"])
def test_the_service_answers_on_every_store(kind: str, tmp_path: Path, dataset: Dataset) -> None:
    """The web layer unchanged on each store: a question and a SPARQL query over HTTP."""
    if kind == "remote":
        with OxigraphServer() as peer:
            RemoteStore(peer.query_url, graph_store_url=peer.store_url).load_dataset(dataset)
            _check_service(peer.query_url)
        return
    _check_service("rdflib" if kind == "rdflib" else str(tmp_path / "kg"))


def _check_service(spec: str) -> None:
    with ServerProcess(store=spec) as server:
        asked = requests.get(
            server.url + "/api/ask", params={"q": "who leads Ukraine's delegation?"}, timeout=30
        )
        assert asked.status_code == 200
        body = asked.json()
        assert body["answers"][0]["label"] == "Rustem Umerov" and body["evidence"]
        query = "SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }"
        answered = requests.get(
            server.url + "/sparql",
            params={"query": query},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
        assert answered.status_code == 200
        assert answered.json()["results"]["bindings"][0]["name"]["value"] == "Rustem Umerov"


@pytest.mark.parametrize("union", [True, False])
def test_a_remote_store_finds_out_whether_the_default_graph_is_the_union(
    union: bool, dataset: Dataset
) -> None:
    with OxigraphServer(union=union) as peer:
        remote = RemoteStore(peer.query_url, graph_store_url=peer.store_url)
        assert remote.union_default_graph is False  # an empty server tells nothing yet
        remote.load_dataset(dataset)
        assert remote.union_default_graph is union
        assert count(remote, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == count(
            remote,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }",
        )


# A triple two articles both state (Ukraine's name, say) is one triple of the union default
# graph, as an RDF merge is a set; Oxigraph's own union counts it once per graph (issue #1919).
SHARED_TRIPLE = b'<https://example.org/s> <https://example.org/p> "shared" '
TWO_GRAPHS = (
    SHARED_TRIPLE
    + b"<https://example.org/g1> .\n"
    + SHARED_TRIPLE
    + b"<https://example.org/g2> .\n"
    + b'<https://example.org/s> <https://example.org/p> "only in g2" <https://example.org/g2> .\n'
)
EMBEDDED = {
    "oxigraph": lambda tmp: OxigraphStore(),
    "oxigraph-disk": lambda tmp: OxigraphStore(tmp / "kg"),
    "rdflib": lambda tmp: RdflibStore(),
}


@pytest.mark.parametrize("kind", sorted(EMBEDDED))
def test_a_triple_in_two_graphs_is_one_triple_of_the_default_graph(kind: str, tmp_path: Path) -> None:
    store = EMBEDDED[kind](tmp_path)
    store.load(TWO_GRAPHS, ox.RdfFormat.N_QUADS)
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == 3
    assert len(store) == 3 and len(list(store.quads())) == 3
    store.clear_graph("https://example.org/g2")
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 1  # g1 still says it
    store.clear_graph("https://example.org/g1")
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 0
    store.close()


def test_a_store_written_before_the_union_was_kept_is_brought_up_to_date(tmp_path: Path) -> None:
    old = ox.Store(str(tmp_path / "kg"))  # as an earlier version wrote it: named graphs only
    old.load(TWO_GRAPHS, ox.RdfFormat.N_QUADS)
    old.flush()
    del old
    assert not OxigraphStore(tmp_path / "kg", read_only=True).union_kept  # cannot be written
    store = OxigraphStore(tmp_path / "kg")
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2
    assert store.union_kept and len(store) == 3
