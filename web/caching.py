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
from collections.abc import Callable, Hashable

from flask import Flask, Response, current_app, request

from kg.stores import VOLATILE, keywords
from web.state import get_store

CACHED_METHODS = frozenset({"GET", "HEAD"})
NOT_CACHED_ENDPOINTS = frozenset({"static", "ask.healthz"})
NEGOTIATED_ON = ("Accept", "Accept-Language")
KEY = "kgqa-cache"


class ResultCache:
    """A thread-safe LRU of byte strings, within `max_bytes`, for one graph version at a time."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Hashable, tuple[bytes, str]] = OrderedDict()
        self._size = 0
        self._version: str | None = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get_or_make(
        self, version: str, key: Hashable, make: Callable[[], tuple[bytes, str]]
    ) -> tuple[bytes, str]:
        """The cached (body, media type) for `key`, else `make()`'s, kept for next time."""
        if self.max_bytes <= 0:
            return make()
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._size, self._version = 0, version
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return found
            self.misses += 1
        made = make()
        with self._lock:
            if version == self._version and len(made[0]) <= self.max_bytes // 8:
                self._entries[key] = made
                self._size += len(made[0])
                while self._size > self.max_bytes:
                    _, (body, _) = self._entries.popitem(last=False)
                    self._size -= len(body)
        return made


def init_caching(app: Flask) -> None:
    app.extensions[KEY] = {
        "token": app.config.get("CACHE_TOKEN") or secrets.token_hex(4),
        "results": ResultCache(app.config["RESULT_CACHE_BYTES"]),
    }
    if app.config["HTTP_CACHING"]:
        app.before_request(not_modified)
        app.after_request(tag)


def graph_version() -> str:
    return f"{current_app.extensions[KEY]['token']}.{get_store().generation}"


def results() -> ResultCache:
    return current_app.extensions[KEY]["results"]


def cached(key: Hashable, make: Callable[[], tuple[bytes, str]]) -> tuple[bytes, str]:
    """`make()`'s (body, media type), from the result cache when this graph version made it before."""
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
