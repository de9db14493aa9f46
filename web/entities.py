"""Entity pages: every IRI the graph mints under https://w3id.org/diplomacy/ resolves here by path.

GET /id/<slug> describes https://w3id.org/diplomacy/id/<slug>, and so do /article/, /graph/,
/statement/ and /evidence/<article>/<quote>. A browser gets an HTML page (labels, types, facts
both ways with their evidence); an RDF client gets the quads about the entity (as subject,
with its blank nodes, and as object), in the format it asks for by Accept or format=.
The IRI is built from the path alone, each part checked against [A-Za-z0-9_-]{1,200}.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request
from werkzeug.exceptions import NotFound

from kg.namespaces import BASE
from web.describe import describe
from web.formats import GRAPHS, HTML, Format, choose
from web.pages import NETWORK_POLICY, SLUG, Alternate, alternates, has_vendor, html_page, link_header
from web.rdf import rdf_response
from web.state import get_store

OFFERED = (HTML, *GRAPHS)

bp = Blueprint("entities", __name__)


@bp.route("/<any(id, article, graph, statement):kind>/<name>")
def entity(kind: str, name: str) -> Response:
    """The page (or RDF) of https://w3id.org/diplomacy/<kind>/<name>."""
    return resolve(kind, name)


@bp.route("/evidence/<article>/<quote>")
def evidence(article: str, quote: str) -> Response:
    """The page (or RDF) of the evidence quote https://w3id.org/diplomacy/evidence/<article>/<quote>."""
    return resolve("evidence", article, quote)


def resolve(kind: str, *names: str) -> Response:
    """The description of the IRI minted from these path parts, in the negotiated format."""
    fmt = choose(OFFERED, request.args.getlist("format"), "an entity")
    path = "/".join((kind, *names))
    if not all(SLUG.fullmatch(name) for name in names):
        return missing(fmt, f"/{kind}/... is not the path of an IRI this service mints")
    iri = BASE + path
    if not get_store().mentions(ox.NamedNode(iri)):
        return missing(fmt, f"nothing is known about <{iri}> in this graph")
    if fmt is HTML:
        page = describe(get_store(), iri)
        network = has_vendor("cytoscape")  # the picture of the graph around it, by static/js/network.js
        return html_page(
            "entities/entity.html",
            links=alternates("/" + path),
            policy=NETWORK_POLICY if network else None,
            network=network,
            entity=page,
        )
    response = rdf_response(get_store().description(ox.NamedNode(iri)), fmt)
    response.headers["Link"] = link_header(_html_twin(path))
    return response


def missing(fmt: Format, message: str) -> Response:
    """A 404: a page for browsers, plain text for everyone else."""
    if fmt is HTML:
        return html_page("entities/missing.html", status=404, message=message)
    raise NotFound(message)


def _html_twin(path: str) -> list[Alternate]:
    return [Alternate(HTML.media_type, "HTML", f"{request.script_root}/{path}?format=html")]
