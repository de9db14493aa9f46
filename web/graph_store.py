"""/rdf-graph-store: the SPARQL 1.1 Graph Store HTTP Protocol, reads only (GET and HEAD).

`?default` is the default graph, which here, as in every query of this service, is the union of
all graphs (each distinct triple once); `?graph=IRI` is one named graph the store holds.
PUT, POST, DELETE and PATCH are a 405: the store is read-only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from flask import Blueprint, Response, request
from werkzeug.exceptions import BadRequest, MethodNotAllowed, NotFound

from web.formats import choose
from web.rdf import TRIPLES_ONLY, rdf_response
from web.state import get_store

PATH = "/rdf-graph-store"
READS = ["GET", "HEAD", "OPTIONS"]
WRITES = ["PUT", "POST", "DELETE", "PATCH"]

bp = Blueprint("graph_store", __name__)


@bp.route(PATH, methods=["GET", "OPTIONS", *WRITES])
def graph_store() -> Response:
    """The graph named by ?default or ?graph=IRI, in the format Accept asks for."""
    if request.method in WRITES:
        raise MethodNotAllowed(READS, "the graph store is read-only: it answers GET and HEAD only")
    if request.method == "OPTIONS":
        return Response(status=204, headers={"Allow": ", ".join(READS)})
    quads = requested_graph()
    fmt = choose(TRIPLES_ONLY, [], "a graph")
    return rdf_response(quads, fmt)


def requested_graph() -> Iterator[ox.Quad]:
    """The quads of the graph the request names: exactly one of ?default and ?graph=IRI."""
    graphs = request.args.getlist("graph")
    if ("default" in request.args) == bool(graphs) or len(graphs) > 1:
        raise BadRequest("name one graph: either ?default (the union of all graphs) or ?graph=IRI")
    if not graphs:
        return get_store().quads()
    try:
        exists = get_store().has_graph(graphs[0])
    except ValueError as exc:
        raise BadRequest(f"graph= is not an IRI: {exc}") from exc
    if not exists:
        raise NotFound(f"this store holds no graph <{graphs[0]}>")
    return get_store().quads(graphs[0])
