"""/api/neighbourhood?iri=...: the graph one hop around an entity, for the picture on its page.

The nodes are the entity and the things it is linked to, either way, by a fact whose other end
is an IRI this service has a page for (so every node can be clicked through); types, graph
names and the reification of facts are left out. At most MAX_NODES nodes, the entity first:

    {"iri": ..., "nodes": [{"id", "label", "href", "centre"}],
     "edges": [{"id", "source", "target", "label", "iri"}], "truncated": false}

Only IRIs under https://w3id.org/diplomacy/ are described: any other is a 400, an unknown one a 404.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, request
from werkzeug.exceptions import BadRequest, NotFound

from kg.namespaces import BASE
from kg.stores import Store
from web.describe import IN_HEADING, REIFICATION
from web.pages import href, label, local_path, short
from web.state import get_store

MAX_NODES = 60
LEFT_OUT = IN_HEADING | REIFICATION

bp = Blueprint("neighbourhood", __name__)


@bp.route("/api/neighbourhood")
def neighbourhood() -> Response:
    """The entity `iri` and its neighbours as JSON nodes and edges (at most MAX_NODES nodes)."""
    iri = request.args.get("iri", "")
    if local_path(iri) is None:
        raise BadRequest(f"give the IRI of something this service describes: ?iri={BASE}id/rustem-umerov")
    store = get_store()
    if not store.mentions(ox.NamedNode(iri)):
        raise NotFound(f"nothing is known about <{iri}> in this graph")
    return jsonify(around(store, ox.NamedNode(iri)))


def around(store: Store, centre: ox.NamedNode, limit: int = MAX_NODES) -> dict[str, Any]:
    """The nodes and edges one hop around `centre`, cut at `limit` nodes."""
    links = _links(store, centre)
    neighbours = list(dict.fromkeys(other for _, _, other in links))
    kept = set(neighbours[: limit - 1])
    nodes = [_node(store, centre, True)] + [_node(store, n, False) for n in neighbours if n in kept]
    edges = [
        _edge(store, centre if outgoing else other, predicate, other if outgoing else centre)
        for outgoing, predicate, other in links
        if other in kept
    ]
    return {"iri": centre.value, "nodes": nodes, "edges": edges, "truncated": len(neighbours) > len(kept)}


def _links(store: Store, centre: ox.NamedNode) -> list[tuple[bool, ox.NamedNode, ox.NamedNode]]:
    """(outgoing?, predicate, the other end) of every fact linking `centre` to a page, once each."""
    found: dict[tuple[bool, ox.NamedNode, ox.NamedNode], None] = {}
    for quad in store.quads_for_pattern(centre, None, None, None):
        if _shown(quad.predicate, quad.object, centre):
            found[(True, quad.predicate, quad.object)] = None  # type: ignore[index]
    for quad in store.quads_for_pattern(None, None, centre, None):
        if _shown(quad.predicate, quad.subject, centre):
            found[(False, quad.predicate, quad.subject)] = None  # type: ignore[index]
    return list(found)


def _shown(predicate: ox.NamedNode, other: object, centre: ox.NamedNode) -> bool:
    is_page = isinstance(other, ox.NamedNode) and local_path(other.value) is not None
    return is_page and other != centre and predicate not in LEFT_OUT


def _node(store: Store, term: ox.NamedNode, centre: bool) -> dict[str, Any]:
    return {
        "id": term.value,
        "label": label(store, term) or short(term.value),
        "href": href(term.value),
        "centre": centre,
    }


def _edge(store: Store, source: ox.NamedNode, predicate: ox.NamedNode, target: ox.NamedNode) -> dict:
    return {
        "id": f"{source.value} {predicate.value} {target.value}",
        "source": source.value,
        "target": target.value,
        "label": label(store, predicate) or short(predicate.value),
        "iri": predicate.value,
    }
