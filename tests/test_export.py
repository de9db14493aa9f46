"""Exports: every format parses back, in rdflib and pyoxigraph, to the same triples or quads;
Raptor's `rapper` reads the Turtle and RDF/XML."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.export import FORMATS, QUAD_FORMATS, ExportError, export
from kg.graph import article_graphs

OX_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def expected_size(dataset: Dataset, which: str, fmt: str) -> int:
    graphs = [dataset.graph(g) for g in ("https://w3id.org/diplomacy/ontology",)] if which != "facts" else []
    if which != "ontology":
        graphs += article_graphs(dataset)
    if fmt in QUAD_FORMATS:
        return sum(len(g) for g in graphs)
    return len({t for g in graphs for t in g})


@pytest.mark.parametrize("which", ["all", "ontology", "facts"])
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_parses_back_in_rdflib_and_pyoxigraph(dataset: Dataset, fmt: str, which: str) -> None:
    data = export(dataset, fmt, which)
    want = expected_size(dataset, which, fmt)
    rdflib_format = FORMATS  # kgqa's names for rdflib's parsers
    if fmt in QUAD_FORMATS:
        parsed = Dataset()
        parsed.parse(data=data, format=rdflib_format[fmt])
        assert sum(len(g) for g in parsed.graphs() if len(g)) == want
    else:
        assert len(Graph().parse(data=data, format=rdflib_format[fmt])) == want
    assert len(list(ox.parse(data, format=OX_FORMATS[fmt]))) == want


def test_quad_exports_keep_the_named_graphs(dataset: Dataset) -> None:
    quads = list(ox.parse(export(dataset, "nq"), format=ox.RdfFormat.N_QUADS))
    graphs = {str(q.graph_name.value) for q in quads}
    assert graphs == {
        "https://w3id.org/diplomacy/ontology",
        "https://w3id.org/diplomacy/graph/russia-ukraine-florida-talks",
    }


def test_unknown_format_and_selection_are_errors(dataset: Dataset) -> None:
    with pytest.raises(ExportError, match="unknown format"):
        export(dataset, "csv")
    with pytest.raises(ExportError, match="unknown graph selection"):
        export(dataset, "ttl", "everything")


@pytest.mark.parametrize(("fmt", "syntax"), [("ttl", "turtle"), ("xml", "rdfxml"), ("nt", "ntriples")])
def test_rapper_parses_the_export(dataset: Dataset, tmp_path: Path, fmt: str, syntax: str) -> None:
    rapper = shutil.which("rapper")
    assert rapper, "rapper (Debian package raptor2-utils) must be installed: scripts/setup.sh does it"
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(export(dataset, fmt, "all"))
    result = subprocess.run(
        [rapper, "--count", "-i", syntax, str(path)], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert f"returned {expected_size(dataset, 'all', fmt)} triples" in result.stderr
