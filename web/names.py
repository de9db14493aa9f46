"""/api/names?prefix=...: the names of the graph's entities that start with a prefix, for
autocompletion: rdfs:label and skos:altLabel of the IRIs under https://w3id.org/diplomacy/id/,
matched case-insensitively at the start of the name or of any word in it, at most 10.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, request
from werkzeug.exceptions import BadRequest

from kg.namespaces import ID
from kg.stores import Store
from web.pages import RDFS_LABEL
from web.state import get_store

SKOS_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
MAX_PREFIX = 100
LIMIT = 10

bp = Blueprint("names", __name__)


@bp.route("/api/names")
def names() -> Response:
    """Up to 10 names starting with `prefix`, as JSON: {"prefix": ..., "names": [{label, iri}]}."""
    prefix = " ".join(request.args.get("prefix", "").split())
    if not prefix or len(prefix) > MAX_PREFIX:
        raise BadRequest(f"give the start of a name, 1 to {MAX_PREFIX} characters: /api/names?prefix=ume")
    return jsonify({"prefix": prefix, "names": matching(get_store(), prefix)})


def matching(store: Store, prefix: str, limit: int = LIMIT) -> list[dict[str, str]]:
    """The entity names that start with `prefix` (or have a word that does): names that start
    with it first, then the shorter ones; each name once."""
    wanted = prefix.casefold()
    found: dict[str, str] = {}
    for predicate in (RDFS_LABEL, SKOS_ALT_LABEL):
        for quad in store.quads_for_pattern(None, predicate, None, None):
            if _is_entity_name(quad) and _starts(quad.object.value.casefold(), wanted):
                found.setdefault(quad.object.value, quad.subject.value)
    ranked = sorted(found, key=lambda n: (not n.casefold().startswith(wanted), len(n), n))
    return [{"label": name, "iri": found[name]} for name in ranked[:limit]]


def _is_entity_name(quad: ox.Quad) -> bool:
    """A literal naming an IRI this service mints for an entity (not a term of the ontology)."""
    subject = quad.subject
    is_entity = isinstance(subject, ox.NamedNode) and subject.value.startswith(str(ID))
    return is_entity and isinstance(quad.object, ox.Literal)


def _starts(name: str, prefix: str) -> bool:
    return name.startswith(prefix) or any(word.startswith(prefix) for word in re.split(r"[\s\-'’(]+", name))
