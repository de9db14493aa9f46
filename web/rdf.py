"""Writing quads as an RDF response: quad formats keep the named graphs, triple formats merge them.

>>> a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
>>> quads = [ox.Quad(a, p, ox.Literal("x"), ox.NamedNode("http://example.org/g" + n)) for n in "12"]
>>> serialize(quads, N_TRIPLES)
b'<http://example.org/a> <http://example.org/p> "x" .\\n'
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from flask import Response

from kg.namespaces import PREFIXES
from web.formats import GRAPHS, JSON_LD, N_QUADS, N_TRIPLES, RDF_XML, TRIG, TURTLE, Format

TRIPLES_ONLY = (TURTLE, N_TRIPLES, JSON_LD, RDF_XML)  # what one graph is offered in
EXTENSIONS: dict[str, Format] = {
    "ttl": TURTLE,
    "nt": N_TRIPLES,
    "nq": N_QUADS,
    "trig": TRIG,
    "jsonld": JSON_LD,
    "rdf": RDF_XML,
}
EXTENSION_OF = {fmt: ext for ext, fmt in EXTENSIONS.items()}
FORMAT_NAMES = {
    "ttl": "Turtle",
    "nt": "N-Triples",
    "nq": "N-Quads",
    "trig": "TriG",
    "jsonld": "JSON-LD",
    "rdf": "RDF/XML",
}
assert set(EXTENSION_OF) == set(GRAPHS)


def rdf_format(fmt: Format) -> ox.RdfFormat:
    found = ox.RdfFormat.from_media_type(fmt.media_type)
    assert found is not None, fmt
    return found


def keeps_graphs(fmt: Format) -> bool:
    """Whether `fmt` writes named graphs (N-Quads, TriG, JSON-LD) or only triples."""
    return rdf_format(fmt).supports_datasets


def serialize(
    quads: Iterable[ox.Quad | ox.Triple], fmt: Format, prefixes: dict[str, str] | None = None
) -> bytes:
    """The quads in `fmt` (triples are in the default graph); a triple format gets each distinct
    triple once, whatever its graph."""
    target = rdf_format(fmt)
    items: list[ox.Quad] | list[ox.Triple]
    if target.supports_datasets:
        items = list(dict.fromkeys(_quad(q) for q in quads))
    else:
        items = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    return ox.serialize(items, format=target, prefixes={**PREFIXES, **(prefixes or {})})


def _quad(item: ox.Quad | ox.Triple) -> ox.Quad:
    return item if isinstance(item, ox.Quad) else ox.Quad(item.subject, item.predicate, item.object)


def rdf_response(
    quads: Iterable[ox.Quad | ox.Triple],
    fmt: Format,
    filename: str | None = None,
    prefixes: dict[str, str] | None = None,
) -> Response:
    """An RDF answer that varies with Accept and that pages of any origin may read (the data is
    public); with `filename`, offered as a file to save."""
    response = Response(serialize(quads, fmt, prefixes), mimetype=fmt.media_type)
    response.vary.add("Accept")
    response.headers["Access-Control-Allow-Origin"] = "*"
    if filename:
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
