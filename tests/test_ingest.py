"""`kgqa ingest`: a new article checked, then added as its own graph, atomically, and seen by the
running service; with two articles, answers name their article and 'now' takes the latest.

The second article (tests/data/articles/kyiv-names-new-negotiator.*) is fictional, made for these
tests: Ukraine names a new chief negotiator, replacing Rustem Umerov. It is never published.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from helpers import run_kgqa, select_values
from kg import resources
from kg.graph import build_dataset
from kg.ingest import IngestError, prepare
from kg.qa.engine import QuestionAnswerer
from kg.stores import OxigraphStore
from web.testing import ServerProcess

HERE = Path(__file__).parent / "data" / "articles"
TEXT = HERE / "kyiv-names-new-negotiator.txt"
FACTS = HERE / "kyiv-names-new-negotiator.ttl"
NEW_ARTICLE = "https://w3id.org/diplomacy/article/kyiv-names-new-negotiator"
NEW_GRAPH = "https://w3id.org/diplomacy/graph/kyiv-names-new-negotiator"
FLORIDA = "https://w3id.org/diplomacy/article/russia-ukraine-florida-talks"
NOW = "Who is Ukraine's chief negotiator now?"
LEADS = "d:olena-marchenko dip:leads d:ukrainian-delegation ."


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store on disk with the shipped graph and the test article, added by `kgqa ingest`."""
    where = tmp_path_factory.mktemp("ingested") / "kg"
    done = run_kgqa("ingest", str(TEXT), str(FACTS), "--store", str(where))
    assert done.returncode == 0, done.stderr
    assert f"added <{NEW_GRAPH}>" in done.stdout
    return where


@pytest.fixture(scope="module")
def answerer(two_articles: Path) -> QuestionAnswerer:
    return QuestionAnswerer(OxigraphStore(two_articles, read_only=True))


def test_the_test_article_is_not_in_the_published_graph() -> None:
    assert all("kyiv" not in str(g.identifier) for g in build_dataset().graphs())
    assert all(path.parent == resources.facts_dir() for path in resources.fact_files())


def test_now_questions_take_the_latest_article(answerer: QuestionAnswerer) -> None:
    asked = (NOW, "who leads the Ukrainian delegation now?", "who currently leads ukraine's delegation")
    for question in asked:
        answer = answerer.ask(question)
        assert [a["label"] for a in answer.answers] == ["Olena Marchenko"], question
        assert answer.answers[0]["sources"] == [NEW_ARTICLE]
        assert "latest article" in answer.message and "Kyiv names a new chief negotiator" in answer.message
        assert {e["source"] for e in answer.evidence} == {NEW_ARTICLE}
        assert all(e["title"].startswith("Kyiv names") for e in answer.evidence)


def test_answers_from_the_first_article_still_name_it(answerer: QuestionAnswerer) -> None:
    answer = answerer.ask("Where were the talks held?")
    assert [a["label"] for a in answer.answers] == ["Florida"]
    assert answer.answers[0]["sources"] == [FLORIDA]
    assert {e["source"] for e in answer.evidence} == {FLORIDA}


def test_a_name_both_articles_declare_is_one_triple(two_articles: Path) -> None:
    store = OxigraphStore(two_articles, read_only=True)
    rows = list(store.query("SELECT ?name WHERE { d:rustem-umerov rdfs:label ?name }").raw)
    assert [row["name"].value for row in rows] == ["Rustem Umerov"]
    in_graphs = store.query("SELECT ?g WHERE { GRAPH ?g { d:rustem-umerov rdfs:label ?name } }").raw
    assert len(list(in_graphs)) == 2


def test_the_same_article_twice_is_refused_unless_replaced(two_articles: Path) -> None:
    before = len(OxigraphStore(two_articles, read_only=True))
    again = run_kgqa("ingest", str(TEXT), str(FACTS), "--store", str(two_articles))
    assert again.returncode == 1 and "--replace" in again.stderr and "Traceback" not in again.stderr
    replaced = run_kgqa("ingest", str(TEXT), str(FACTS), "--store", str(two_articles), "--replace")
    assert replaced.returncode == 0 and replaced.stdout.startswith("replaced")
    assert len(OxigraphStore(two_articles, read_only=True)) == before


def broken(tmp_path: Path, old: str, new: str, suffix: str = ".ttl") -> Path:
    text = FACTS.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"facts{suffix}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("now leads the Ukrainian delegation", "now heads the Ukrainian delegation", "not found verbatim"),
        (LEADS, LEADS + "\nd:olena-marchenko dip:memberOf d:ukrainian-delegation .", "fact without evidence"),
        ('"Olena Marchenko"@en ;', '"Olena Marchenko@en ;', "not valid Turtle"),
        ("d:olena-marchenko a dip:Person", "<file:///etc/passwd> a dip:Person", "only http(s)"),
        (
            "d:olena-marchenko a dip:Person",
            "@base <file:///etc/> .\n<passwd> a dip:Person",
            "file:///etc/passwd",
        ),
    ],
    ids=["quote-not-in-text", "shapes-fact-without-evidence", "syntax-error", "file-iri", "base-trick"],
)
def test_bad_facts_change_nothing_and_say_what_and_where(
    tmp_path: Path, two_articles: Path, old: str, new: str, said: str
) -> None:
    facts = broken(tmp_path, old, new)
    before = sorted(str(q) for q in OxigraphStore(two_articles, read_only=True).quads())
    done = run_kgqa("ingest", str(TEXT), str(facts), "--store", str(two_articles), "--replace")
    assert done.returncode == 1
    assert "nothing was added" in done.stderr and said in done.stderr and "Traceback" not in done.stderr
    assert "line " in done.stderr  # where in the facts file
    after = sorted(str(q) for q in OxigraphStore(two_articles, read_only=True).quads())
    assert after == before


def test_a_missing_quote_is_reported_at_its_line(tmp_path: Path) -> None:
    facts = broken(tmp_path, "now leads the Ukrainian delegation", "now heads the Ukrainian delegation")
    with pytest.raises(IngestError) as raised:
        prepare(TEXT, facts)
    [problem] = raised.value.problems
    assert problem.startswith(f"line {line_of(facts, 'now heads the Ukrainian')}: evidence <")
    assert "ev" in problem and "now heads the Ukrainian delegation" in problem


def test_facts_in_json_ld_named_graphs(tmp_path: Path) -> None:
    """The authored form with a named graph per quote, in JSON-LD (a local context only)."""
    dataset = ox.Dataset(ox.parse(_as_trig(FACTS), ox.RdfFormat.TRIG))
    facts = tmp_path / "facts.jsonld"
    facts.write_bytes(ox.serialize(dataset, format=ox.RdfFormat.JSON_LD))
    article, graph = prepare(TEXT, facts)
    assert str(article.graph_iri) == NEW_GRAPH and len(graph) > 50


def _as_trig(turtle: Path) -> bytes:
    """The Turtle facts rewritten as TriG: each reified fact moved into its quote's graph."""
    from kg.ingest import _parse  # the conversion under test elsewhere; here only a way to write TriG

    return _parse(turtle, turtle.read_bytes()).serialize(format="trig", encoding="utf-8")


def test_a_remote_json_ld_context_is_refused_without_fetching(tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonld"
    facts.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "x"}))
    with pytest.raises(IngestError, match="not valid JSON-LD: No LoadDocumentCallback"):
        prepare(TEXT, facts)


def test_an_article_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_bytes(TEXT.read_bytes() + b"\xff\xfe")
    with pytest.raises(IngestError, match="not UTF-8"):
        prepare(text, FACTS)


# -- atomic: a process killed while writing leaves the old graph ---------------------------------

WRITER = """
import sys, pyoxigraph as ox
from pathlib import Path
from kg.stores import OxigraphStore
store = OxigraphStore(Path(sys.argv[1]))
graph = ox.NamedNode("https://example.org/article-graph")
new = [ox.Quad(ox.NamedNode(f"https://example.org/new/{i}"), ox.NamedNode("https://example.org/p"),
               ox.Literal(f"new fact {i}"), graph) for i in range(int(sys.argv[2]))]
print("writing", flush=True)
store.put_graph(graph, new)
print("done", flush=True)
"""
OLD_SIZE = 500
NEW_SIZE = 300_000


def _graph_size(path: Path) -> tuple[int, int]:
    store = OxigraphStore(path, read_only=True)
    rows = store.query(
        "SELECT (SUM(IF(STRSTARTS(STR(?s), 'https://example.org/old/'), 1, 0)) AS ?old) (COUNT(*) AS ?all) "
        "WHERE { GRAPH <https://example.org/article-graph> { ?s ?p ?o } }"
    ).raw
    row = next(iter(rows))
    size = (int(row["old"].value) if row["old"] else 0, int(row["all"].value))
    store.close()
    return size


def test_a_replacement_killed_halfway_leaves_the_old_graph(tmp_path: Path) -> None:
    killed_while_writing = 0
    for attempt, delay in enumerate((0.3, 0.8, 1.5)):
        path = tmp_path / f"kg{attempt}"
        store = OxigraphStore(path)
        graph = ox.NamedNode("https://example.org/article-graph")
        said = ox.NamedNode("https://example.org/p")
        old = [
            ox.Quad(ox.NamedNode(f"https://example.org/old/{i}"), said, ox.Literal("old"), graph)
            for i in range(OLD_SIZE)
        ]
        store.put_graph(graph, old)
        store.close()
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(NEW_SIZE)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        time.sleep(delay)
        finished = writer.poll() is not None
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        if not finished:
            killed_while_writing += 1
        old_count, total = _graph_size(path)
        assert (old_count, total) in ((OLD_SIZE, OLD_SIZE), (0, NEW_SIZE)), (delay, old_count, total)
    assert killed_while_writing >= 1  # at least one kill came before the write was over


# -- the running service sees the new article without a restart ---------------------------------


def test_the_running_service_sees_an_ingested_article_without_a_restart(tmp_path: Path) -> None:
    where = tmp_path / "kg"
    with ServerProcess(store=str(where)) as server:

        def ask() -> dict:
            answered = requests.get(server.url + "/api/ask", params={"q": NOW}, timeout=60)
            assert answered.status_code == 200
            return answered.json()

        def graphs() -> set[str]:
            rows = select_values(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            return {row["g"] for row in rows}

        assert [a["label"] for a in ask()["answers"]] == ["Rustem Umerov"]
        assert NEW_GRAPH not in graphs()
        done = run_kgqa("ingest", str(TEXT), str(FACTS), "--store", str(where))
        assert done.returncode == 0, done.stderr
        assert NEW_GRAPH in graphs()
        assert [a["label"] for a in ask()["answers"]] == ["Olena Marchenko"]
        page = requests.get(server.url + "/id/olena-marchenko", timeout=60)
        assert page.status_code == 200 and "Olena Marchenko" in page.text
