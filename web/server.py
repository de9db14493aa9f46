"""Serving the app in production: granian by default, waitress as the pure-Python choice.

Why granian: a WSGI server written in Rust (HTTP parsing, connections, keep-alive in Rust;
only the app in Python), with worker processes, so both cores of a small machine run the app.
Side by side on this project's 2-core machine (`bench/servers.py`), it served a hello-world
app about 6× faster than gunicorn or waitress and this app about 2× faster (the numbers are in
bench/RESULTS.md). Each worker builds its own app from a `ServiceConfig` passed in the
environment: on an in-memory store each loads the graph itself, so big graphs belong in a
persistent store (`--store DIR`), which the workers open read-only in milliseconds.

waitress (`--server waitress`) is threaded in one process, with no compiled code; it is the
choice where granian has no wheel.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import waitress
from flask import Flask

from kg.stores import Store, ready_store
from kg.stores.guard import Limits, QueryGuard

BODY_SLACK = 1 << 20  # waitress itself turns away bodies this far past the app's own limit
ENVIRONMENT = "KGQA_SERVICE"


@dataclass(frozen=True)
class ServiceConfig:
    """Everything a worker process needs to build the same app as its siblings."""

    store: str | None = None
    data: list[str] = field(default_factory=list)
    graph_store: str | None = None
    union_default_graph: bool | None = None  # None: the remote store finds out
    read_only: bool = False
    caching: bool = True
    cache_token: str = field(default_factory=lambda: secrets.token_hex(4))
    guarded: bool = True  # clients' queries run in killable worker processes (kg/stores/guard.py)
    query_timeout: float = 5.0
    max_rows: int = 10_000
    query_workers: int = 2

    def open_store(self) -> Store:
        return ready_store(
            self.store,
            [Path(p) for p in self.data],
            graph_store=self.graph_store,
            union_default_graph=self.union_default_graph,
            read_only=self.read_only,
        )

    def settings(self) -> dict[str, object]:
        settings: dict[str, object] = {"CACHE_TOKEN": self.cache_token, "MAX_ROWS": self.max_rows}
        if not self.caching:
            settings |= {"HTTP_CACHING": False, "RESULT_CACHE_BYTES": 0}
        return settings

    def for_workers(self) -> ServiceConfig:
        """The config the workers get once this process has filled the store: a store on disk
        opened read-only (many processes may), the data already in it."""
        on_disk = self.store not in (None, "memory", "rdflib") and not self.store.startswith(
            ("http:", "https:")
        )
        return replace(self, read_only=True, data=[]) if on_disk else self

    def limits(self) -> Limits:
        return Limits(timeout=self.query_timeout, max_rows=self.max_rows, workers=self.query_workers)


def build_app(config: ServiceConfig) -> Flask:
    """The app over the store `config` names, with its own pool of query workers if guarded."""
    from web import create_app

    guard = QueryGuard(config.for_workers(), config.limits()) if config.guarded else None
    return create_app(config.open_store(), config.settings(), guard)


def app_from_environment() -> Flask:
    """The app of one worker (granian's factory target): built from the parent's config."""
    return build_app(ServiceConfig(**json.loads(os.environ[ENVIRONMENT])))


def serve(
    config: ServiceConfig, host: str, port: int, server: str = "granian", workers: int = 2, threads: int = 4
) -> None:
    """Serve until the process is stopped. The store is filled here first, so that a bad data
    file is reported once, before any worker starts."""
    config.open_store().close()
    if server == "waitress":
        serve_waitress(build_app(config.for_workers()), host, port, threads)
    else:
        serve_granian(config.for_workers(), host, port, workers, threads)


def serve_granian(config: ServiceConfig, host: str, port: int, workers: int, threads: int) -> None:
    """`threads` Python threads per worker run the app; more would only queue on the GIL."""
    from granian import Granian
    from granian.constants import Interfaces

    os.environ[ENVIRONMENT] = json.dumps(asdict(config))
    Granian(
        "web.server:app_from_environment",
        factory=True,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=threads,
        log_level="warning",
        respawn_failed_workers=True,
    ).serve()


def serve_waitress(app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 4) -> None:
    limit = app.config.get("MAX_CONTENT_LENGTH") or 0
    waitress.serve(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="kgqa",
        max_request_body_size=limit + BODY_SLACK if limit else 1 << 30,
    )
