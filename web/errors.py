"""Every error as a short plain-text answer with its status: never a traceback, never an HTML page."""

from __future__ import annotations

from flask import Flask, current_app
from werkzeug.exceptions import (
    BadRequest,
    Forbidden,
    HTTPException,
    RequestEntityTooLarge,
    TooManyRequests,
    UnprocessableEntity,
)
from werkzeug.wrappers import Response

from kg.stores import QueryError, QueryRefused
from kg.stores.guard import QueryBusy, QueryTimeout, QueryTooCostly


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(QueryRefused, lambda exc: http_error(Forbidden(str(exc))))
    app.register_error_handler(QueryBusy, busy)
    for costly in (QueryTimeout, QueryTooCostly):  # the query, not the server, is at fault: a 4xx
        app.register_error_handler(costly, lambda exc: http_error(UnprocessableEntity(str(exc))))
    app.register_error_handler(QueryError, lambda exc: http_error(BadRequest(str(exc))))
    app.register_error_handler(RequestEntityTooLarge, too_large)


def busy(exc: QueryBusy) -> Response:
    response = http_error(TooManyRequests(str(exc)))
    response.headers["Retry-After"] = "1"
    return response


def too_large(exc: RequestEntityTooLarge) -> Response:
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    return http_error(RequestEntityTooLarge(f"the request body is over the limit of {limit} bytes"))


def http_error(exc: HTTPException) -> Response:
    """The error's own response (with its headers, such as Allow), its body made plain text.
    Unhandled exceptions reach here as a 500 whose description reveals nothing."""
    response = exc.get_response()
    response.set_data(f"{exc.code} {exc.name}: {exc.description}\n")
    response.mimetype = "text/plain"
    return response
