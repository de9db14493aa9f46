"""Reading a SPARQL 1.1 Protocol query operation out of an HTTP request, strictly.

GET carries the parameters in the URL; a POST either as an HTML form
(application/x-www-form-urlencoded) or as the query itself (application/sparql-query, with
the other parameters in the URL). Parameters are decoded here, not by Werkzeug, so that bytes
which are not UTF-8 are refused instead of silently replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from flask import request
from werkzeug.exceptions import BadRequest, Forbidden, UnsupportedMediaType

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
READ_ONLY = "this SPARQL endpoint is read-only: SPARQL Update is not accepted"

Params = list[tuple[str, str]]


@dataclass(frozen=True)
class Operation:
    """A query operation; `query` is None when the request asks for none (a plain GET)."""

    query: str | None
    default_graphs: list[str] | None
    named_graphs: list[str] | None
    formats: list[str]


def read_operation() -> Operation:
    params = decode_params(request.query_string)
    if request.method == "POST":
        params += _body_params()
    queries, updates = _values(params, "query"), _values(params, "update")
    if queries and updates:
        raise BadRequest("a request carries either a query or an update, not both")
    if len(queries) > 1 or len(updates) > 1:
        raise BadRequest("a request carries exactly one query (or update) string")
    if updates:
        raise Forbidden(READ_ONLY)
    if not queries and request.method == "POST":
        raise BadRequest("no query given: send query=... or an application/sparql-query body")
    return Operation(
        query=queries[0] if queries else None,
        default_graphs=_values(params, "default-graph-uri") or None,
        named_graphs=_values(params, "named-graph-uri") or None,
        formats=[name for name in _values(params, "format") if name.strip()],
    )


def decode_params(raw: bytes) -> Params:
    """`a=1&b=%C3%A9` as [("a", "1"), ("b", "é")]; bytes that are not UTF-8 are a 400."""
    try:
        return [_pair(field) for field in raw.split(b"&") if field]
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the request's parameters are not valid UTF-8: {exc}") from exc


def _pair(field: bytes) -> tuple[str, str]:
    name, _, value = field.partition(b"=")
    return _unquote(name), _unquote(value)


def _unquote(part: bytes) -> str:
    return unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")


def _values(params: Params, name: str) -> list[str]:
    return [value for key, value in params if key == name]


def _body_params() -> Params:
    kind = request.mimetype
    if kind == FORM:
        return decode_params(request.get_data())
    if kind == SPARQL_QUERY:
        return [("query", _utf8_body())]
    if kind == SPARQL_UPDATE:
        raise Forbidden(READ_ONLY)
    sent = f"Content-Type {kind}" if kind else "no Content-Type"
    raise UnsupportedMediaType(f"a POST must be {FORM} or {SPARQL_QUERY}; this one has {sent}")


def _utf8_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"a SPARQL query must be sent in UTF-8, not {charset}")
    try:
        return request.get_data().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the query is not valid UTF-8: {exc}") from exc
