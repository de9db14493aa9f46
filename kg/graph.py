"""The published dataset: the ontology in its own named graph, one named graph per article.

Queries see the union of all graphs as their default graph (the convention of every store here),
so a question needs no GRAPH clause, while GRAPH ?g still tells which article a fact comes from.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg import resources
from kg.compile import compile_facts, is_authored
from kg.namespaces import ONTOLOGY_IRI, PREFIXES
from kg.stores.base import without_doctype
from kg.stores.rdflib_memory import add_quads

ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI)

RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}


OX_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


class DataFileError(ValueError):
    """A data file that cannot be read as RDF."""


def bind_prefixes(graph: Graph) -> None:
    for name, iri in PREFIXES.items():
        graph.bind(name, iri, override=True)


def new_dataset() -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    return dataset


def load_ontology(into: Dataset | None = None) -> Graph:
    """The ontology graph, parsed from its Turtle source."""
    dataset = into if into is not None else new_dataset()
    graph = dataset.graph(ONTOLOGY_GRAPH)
    graph.parse(resources.ontology_ttl(), format="turtle")
    return graph


def add_facts(dataset: Dataset, source: Path) -> URIRef:
    """Compile an authored facts file into `dataset`; returns the article graph's IRI."""
    article, compiled = compile_facts(source)
    target = dataset.graph(article.graph_iri)
    for triple in compiled:
        target.add(triple)
    return article.graph_iri


def rdf_format(path: Path) -> str:
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise DataFileError(f"{path}: unknown RDF file type {path.suffix!r} (known: {known})") from None


def add_data_file(dataset: Dataset, path: Path) -> None:
    """Add an RDF file: authored facts are compiled, quads keep their graphs, triples go to the
    default graph. Relative IRIs resolve against the file's own location. Parsed by Oxigraph,
    which never fetches anything (a remote JSON-LD context is an error, so is an external
    entity); RDF/XML with a DOCTYPE is refused before parsing."""
    if not path.is_file():
        raise DataFileError(f"{path}: no such file")
    if is_authored(path):
        add_facts(dataset, path)
        return
    fmt = OX_FORMATS[rdf_format(path)]
    try:
        document = without_doctype(path.read_bytes(), fmt)
        base = path.resolve().as_uri()
        quads = list(ox.parse(document, fmt, base_iri=base, rename_blank_nodes=True))  # labels are per file
    except SyntaxError as exc:
        raise DataFileError(f"{path}: not valid {fmt.name}: {' '.join(str(exc).split())}") from exc
    add_quads(dataset, quads)


def build_dataset(fact_files: Iterable[Path] | None = None, with_ontology: bool = True) -> Dataset:
    """The ontology plus every article's compiled facts (the shipped ones by default)."""
    dataset = new_dataset()
    if with_ontology:
        load_ontology(dataset)
    for source in resources.fact_files() if fact_files is None else fact_files:
        add_facts(dataset, source)
    return dataset


def article_graphs(dataset: Dataset) -> list[Graph]:
    return [g for g in dataset.graphs() if g.identifier != ONTOLOGY_GRAPH and len(g) > 0]


def union(graphs: Iterable[Graph]) -> Graph:
    merged = Graph()
    bind_prefixes(merged)
    for graph in graphs:
        for triple in graph:
            merged.add(triple)
    return merged
