"""The kgqa command: right output on good input, one clear line and a non-zero exit on bad."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_kgqa


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kgqa: error:")
    for fragment in fragments:
        assert fragment in lines[0]


def test_query_text_as_json() -> None:
    result = run_kgqa(
        "query",
        "SELECT ?name WHERE { ?p dip:leads d:ukrainian-delegation ; rdfs:label ?name }",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert [b["name"]["value"] for b in bindings] == ["Rustem Umerov"]


def test_a_query_longer_than_a_file_name_is_run_as_a_query() -> None:
    padding = " ".join(f"?v{i}" for i in range(80))  # well over the 255 bytes of a file name
    result = run_kgqa("query", f"SELECT ?name {padding} WHERE {{ d:marco-rubio rdfs:label ?name }}")
    assert result.returncode == 0, result.stderr
    assert "Marco Rubio" in result.stdout


@pytest.mark.parametrize(
    ("fmt", "needle"), [("csv", "name\n"), ("tsv", "?name\n"), ("xml", "<sparql"), ("table", "(1 row)")]
)
def test_query_formats(fmt: str, needle: str) -> None:
    result = run_kgqa("query", "SELECT ?name WHERE { d:marco-rubio rdfs:label ?name }", "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert needle in result.stdout
    assert "Marco Rubio" in result.stdout


def test_query_from_file_and_construct(tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text("CONSTRUCT { ?p dip:leads ?d } WHERE { ?p dip:leads ?d }", encoding="utf-8")
    result = run_kgqa("query", str(query), "--format", "nt")
    assert result.returncode == 0, result.stderr
    assert "<https://w3id.org/diplomacy/id/rustem-umerov>" in result.stdout


def test_ask_prints_yes_or_no() -> None:
    result = run_kgqa("query", "ASK { d:rustem-umerov dip:succeeded d:andriy-yermak }")
    assert result.stdout.strip() == "yes"


def test_query_on_given_data_files(tmp_path: Path) -> None:
    data = tmp_path / "data.ttl"
    data.write_text("<http://example.org/a> <http://example.org/b> 'c' .", encoding="utf-8")
    result = run_kgqa("query", "SELECT ?o WHERE { ?s ?p ?o }", "--data", str(data), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "c"


def test_export_writes_a_file(tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    result = run_kgqa("export", "--format", "nq", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 100_000


def test_questions_answers_from_the_graph() -> None:
    result = run_kgqa("questions", "who-leads-ukrainian-delegation")
    assert result.returncode == 0, result.stderr
    assert "Rustem Umerov" in result.stdout


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("export", "--format", "csv"), ("invalid choice", "csv")),
        (("export", "--format", "ttl", "--graph", "everything"), ("invalid choice",)),
        (("query", "SELECT ?x WHERE { ?x"), ("SPARQL syntax error",)),
        (("query", "missing-file.rq"), ("no such query file", "missing-file.rq")),
        (("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "ttl"), ("cannot be written",)),
        (("query", "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "csv"), ("RDF",)),
        (("query", "SELECT * WHERE { ?s ?p ?o }", "--data", "no-such.ttl"), ("no such file",)),
        (("validate", "no-such.ttl"), ("no such file",)),
        (("nonsense",), ("invalid choice",)),
        ((), ("required",)),
    ],
)
def test_bad_input_gets_one_clear_line(args: tuple[str, ...], fragments: tuple[str, ...]) -> None:
    assert_one_line_error(run_kgqa(*args, cwd=Path(__file__).parent.parent), *fragments)


def test_unknown_file_type_gets_one_clear_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# not RDF", encoding="utf-8")
    assert_one_line_error(run_kgqa("validate", str(notes)), "unknown RDF file type", ".md")


def test_unparsable_data_file_gets_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/b> .", encoding="utf-8")
    assert_one_line_error(run_kgqa("validate", str(bad)), "not valid Turtle")
