"""/sparql: the SPARQL 1.1 Protocol query endpoint, read-only, open to every origin (CORS)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import NotAcceptable

from kg.stores import VOLATILE, keywords, normalised
from kg.stores.guard import NotOffered, Request
from web import service_description
from web.caching import cached, caching_results
from web.formats import BY_KIND, choose
from web.protocol import Operation, read_operation
from web.state import get_store, run_client_query

PATH = "/sparql"
TRUNCATED = "Results-Truncated-At"  # set, to the row cap, on results cut there
METHODS = "GET, HEAD, POST, OPTIONS"

bp = Blueprint("sparql", __name__)


@bp.route(PATH, methods=["GET", "POST", "OPTIONS"])
def endpoint() -> Response:
    """A query's results; without a query, the service description; OPTIONS: a CORS preflight."""
    if request.method == "OPTIONS":
        return preflight()
    operation = read_operation()
    if operation.query is None:
        return describe(operation)
    base = request.base_url  # werkzeug rebuilds it at each access
    if not caching_results() or keywords(operation.query) & VOLATILE:
        body, media_type, truncated = run(operation, base)
    else:
        key = (
            normalised(operation.query),
            tuple(operation.default_graphs or ()) if operation.default_graphs is not None else None,
            tuple(operation.named_graphs or ()) if operation.named_graphs is not None else None,
            tuple(operation.formats),
            request.headers.get("Accept", ""),
            base,
        )
        body, media_type, truncated = cached(key, lambda: run(operation, base))
    response = negotiated(body, media_type)
    if truncated is not None:
        response.headers[TRUNCATED] = str(truncated)
    return response


def run(operation: Operation, base: str) -> tuple[bytes, str, int | None]:
    """The query's results in the format negotiated for its kind, cut at the row cap: in the
    guard's worker processes when the app has one, else here."""
    assert operation.query is not None
    refusals: dict[str, NotAcceptable] = {}
    media_types: dict[str, str | None] = {}
    for kind, offered in BY_KIND.items():
        try:
            media_types[kind] = choose(offered, operation.formats, f"{_kind_name(kind)} result").media_type
        except NotAcceptable as refusal:
            media_types[kind], refusals[kind] = None, refusal
    request = Request(operation.query, base, operation.default_graphs, operation.named_graphs, media_types)
    try:
        found = run_client_query(request, current_app.config["MAX_ROWS"])
    except NotOffered as exc:
        raise refusals[exc.args[1]] from None
    return found.body, found.media_type, found.truncated_at


def describe(operation: Operation) -> Response:
    """The service description, in the format the client asks for."""
    fmt = choose(service_description.OFFERED, operation.formats, "the service description")
    triples = service_description.describe(get_store(), request.base_url)
    return negotiated(service_description.render(triples, fmt), fmt.media_type)


def preflight() -> Response:
    response = Response(status=204)
    del response.headers["Content-Type"]
    response.headers["Allow"] = METHODS
    response.headers["Access-Control-Allow-Methods"] = METHODS
    response.headers["Access-Control-Allow-Headers"] = request.headers.get(
        "Access-Control-Request-Headers", "Accept, Content-Type"
    )
    response.headers["Access-Control-Max-Age"] = "86400"
    return response


def negotiated(body: bytes, media_type: str) -> Response:
    response = Response(body, mimetype=media_type)
    response.vary.add("Accept")
    return response


@bp.after_app_request
def open_to_all_origins(response: Response) -> Response:
    """Every answer of the endpoint, errors included, may be read by pages of any origin."""
    if request.path.rstrip("/") == PATH:
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _kind_name(kind: str) -> str:
    return {"select": "a SELECT", "ask": "an ASK"}.get(kind, "a CONSTRUCT/DESCRIBE")
