"""HTTP caching for a graph that changes rarely.

- Every GET answer carries an ETag made of the graph's version and what the request asked for
  (its URL and the headers it is negotiated on), with `Cache-Control: no-cache`: clients and
  proxies keep the answer and revalidate it; `If-None-Match` with the current tag is a
  `304 Not Modified`, decided before any work is done.
- Results of SPARQL queries and of questions are kept in memory, keyed by the normalised query
  (or question) and the negotiation inputs, up to a budget of bytes, least recently used first
  out. Both are dropped as a whole when the graph's version changes.

The version is the store's generation (bumped by every load through it) and a token drawn when
the app starts, so tags from before a restart never match. A remote store changed by others
behind the service's back is not seen: serve it with the cache off (`kgqa serve --no-cache`).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable

from flask import Flask, Response, current_app, request
from werkzeug.http import parse_etags

from kg.stores import VOLATILE, keywords
from web.state import KEY as STATE

CACHED_METHODS = frozenset({"GET", "HEAD"})
NOT_CACHED_ENDPOINTS = frozenset({"static", "ask.healthz"})
NEGOTIATED_ON = ("Accept", "Accept-Language")
KEY = "kgqa-cache"


class ResultCache:
    """A thread-safe LRU within `max_bytes`, for one graph version at a time: a lookup under a
    new version empties it."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._size = 0
        self._version: str | None = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, version: str, key: Hashable) -> object | None:
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._size, self._version = 0, version
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, version: str, key: Hashable, value: object, size: int) -> None:
        with self._lock:
            if version != self._version or size > self.max_bytes // 8:
                return
            old = self._entries.pop(key, None)
            self._size += size - (old[1] if old else 0)
            self._entries[key] = (value, size)
            while self._size > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._size -= dropped

    def get_or_make(self, version: str, key: Hashable, make: Callable[[], tuple]) -> tuple:
        """The cached (body, ...) for `key`, else `make()`'s, kept for next time."""
        if self.max_bytes <= 0:
            return make()
        found = self.get(version, key)
        if found is not None:
            return found  # type: ignore[return-value]
        made = make()
        self.put(version, key, made, len(made[0]))
        return made


class ResponseCache:
    """The fast path in front of the Flask app (a WSGI middleware): a GET asked before, at this
    graph version, is answered from memory, whole, 304 included, without the app running.

    Only answers the app itself tagged (200s with an ETag: never errors, POSTs or queries with
    RAND() and the like) are kept. The key is everything such an answer depends on: scheme, host,
    path, query string and the negotiation headers."""

    def __init__(self, app: Flask, wsgi_app: Callable, max_bytes: int) -> None:
        self.app = app
        self.wsgi_app = wsgi_app
        self.responses = ResultCache(max_bytes)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "GET":
            return self.wsgi_app(environ, start_response)
        self.app.extensions[STATE]["store"].refresh()  # before the version is read
        version = _version(self.app)
        key = (
            environ.get("wsgi.url_scheme"), environ.get("HTTP_HOST"), environ.get("SCRIPT_NAME"),
            environ.get("PATH_INFO"), environ.get("QUERY_STRING"),
            *(environ.get(name) for name in _NEGOTIATED_ENVIRON),
        )  # fmt: skip
        found = self.responses.get(version, key)
        if found is not None:
            status, headers, body, etag = found  # type: ignore[misc]
            if parse_etags(environ.get("HTTP_IF_NONE_MATCH")).contains_weak(etag):
                start_response("304 Not Modified", [h for h in headers if h[0] in _KEPT_ON_304])
                return []
            start_response(status, headers)
            return [body]
        return self._keeping(environ, start_response, version, key)

    def _keeping(self, environ: dict, start_response: Callable, version: str, key: tuple) -> Iterable[bytes]:
        captured: list = []

        def capture(status: str, headers: list, exc_info: object = None) -> Callable:
            captured[:] = [status, headers]
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        chunks = self.wsgi_app(environ, capture)
        status, headers = captured
        found = dict(headers)
        etag, length = found.get("ETag"), int(found.get("Content-Length") or -1)
        if not (status.startswith("200") and etag and 0 <= length <= self.responses.max_bytes // 8):
            return chunks  # not kept: streamed, too big, an error or not cacheable
        try:
            body = b"".join(chunks)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
        opaque = parse_etags(etag).as_set(include_weak=True)
        self.responses.put(version, key, (status, headers, body, next(iter(opaque))), len(body) + 512)
        return [body]


_NEGOTIATED_ENVIRON = ("HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE")
_KEPT_ON_304 = frozenset({"ETag", "Cache-Control", "Vary", "Access-Control-Allow-Origin"})


def init_caching(app: Flask) -> None:
    app.extensions[KEY] = {
        "token": app.config.get("CACHE_TOKEN") or secrets.token_hex(4),
        "results": ResultCache(app.config["RESULT_CACHE_BYTES"]),
    }
    if app.config["HTTP_CACHING"]:
        app.before_request(not_modified)
        app.after_request(tag)
        if app.config["RESULT_CACHE_BYTES"] > 0:
            app.wsgi_app = ResponseCache(app, app.wsgi_app, app.config["RESULT_CACHE_BYTES"])  # type: ignore[method-assign]


def graph_version() -> str:
    return _version(current_app)


def _version(app: Flask) -> str:
    return f"{app.extensions[KEY]['token']}.{app.extensions[STATE]['store'].generation}"


def results() -> ResultCache:
    return current_app.extensions[KEY]["results"]


def caching_results() -> bool:
    return results().max_bytes > 0


def cached(key: Hashable, make: Callable[[], tuple]) -> tuple:
    """`make()`'s (body, ...), from the result cache when this graph version made it before."""
    return results().get_or_make(graph_version(), key, make)


def _etag() -> str | None:
    """The tag of what this request asks for at this graph version; None where nothing is cached."""
    if request.method not in CACHED_METHODS or request.endpoint in NOT_CACHED_ENDPOINTS:
        return None
    if request.endpoint is None or keywords(request.args.get("query", "")) & VOLATILE:
        return None  # a query with RAND(), NOW()... answers differently each time
    asked = [request.full_path, *(request.headers.get(name, "") for name in NEGOTIATED_ON)]
    digest = hashlib.blake2b("\n".join(asked).encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return f"{graph_version()}-{digest}"


def not_modified() -> Response | None:
    """A 304 when the client already holds the current answer to this very request."""
    etag = _etag()
    if etag is None or not request.if_none_match.contains_weak(etag):
        return None
    response = Response(status=304)
    response.set_etag(etag, weak=True)
    response.headers["Cache-Control"] = "no-cache"
    response.vary.update(NEGOTIATED_ON)
    return response


def tag(response: Response) -> Response:
    """An ETag on every successful GET answer, to be revalidated before each reuse."""
    if response.status_code == 200:
        etag = _etag()
        if etag is not None:
            response.set_etag(etag, weak=True)
            response.headers["Cache-Control"] = "no-cache"
            response.vary.update(NEGOTIATED_ON)
    return response
