"""Exports of the dataset in the RDF formats other tools read."""

from __future__ import annotations

from rdflib import Dataset, Graph

from kg.graph import ONTOLOGY_GRAPH, article_graphs, bind_prefixes, new_dataset, union
from kg.namespaces import PREFIXES

FORMATS: dict[str, str] = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "xml": "xml",
}
QUAD_FORMATS = {"nq", "trig", "jsonld"}
SELECTIONS = ("all", "ontology", "facts")
MEDIA_TYPES: dict[str, str] = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}


class ExportError(ValueError):
    """An export that was asked for in a format or selection that does not exist."""


def select_graphs(dataset: Dataset, which: str) -> list[Graph]:
    if which not in SELECTIONS:
        raise ExportError(f"unknown graph selection {which!r}: use one of {', '.join(SELECTIONS)}")
    graphs: list[Graph] = []
    if which in ("all", "ontology"):
        graphs.append(dataset.graph(ONTOLOGY_GRAPH))
    if which in ("all", "facts"):
        graphs += article_graphs(dataset)
    return graphs


def export(dataset: Dataset, fmt: str, which: str = "all") -> bytes:
    """The selected graphs in `fmt`: quad formats keep the named graphs, triple formats merge them."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    graphs = select_graphs(dataset, which)
    if fmt in QUAD_FORMATS:
        out = new_dataset()
        for graph in graphs:
            target = out.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
        if fmt == "jsonld":
            return out.serialize(format="json-ld", context=PREFIXES, encoding="utf-8")
        return out.serialize(format=FORMATS[fmt], encoding="utf-8")
    merged = union(graphs)
    bind_prefixes(merged)
    return merged.serialize(format=FORMATS[fmt], encoding="utf-8")


def ontology_rdfxml(turtle: bytes) -> bytes:
    """The ontology's Turtle source as RDF/XML, in source order and with blank nodes numbered in
    order of appearance, so the file only changes when the source does."""
    import pyoxigraph as ox

    names: dict[str, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return names.setdefault(term.value, ox.BlankNode(f"b{len(names)}"))
        return term

    triples = [
        ox.Triple(stable(t.subject), t.predicate, stable(t.object))
        for t in ox.parse(turtle, format=ox.RdfFormat.TURTLE)
    ]
    return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
