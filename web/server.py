"""Serving the app in production with waitress.

Why waitress: a pure-Python WSGI server with no dependencies, installed from PyPI, that runs
the same on Linux, macOS and Windows; it is threaded in one process, so the in-memory store is
loaded once and shared (a forking server would copy it into every worker); and it reads each
request whole before the app sees it, so slow clients cannot hold a worker.
"""

from __future__ import annotations

import waitress
from flask import Flask

BODY_SLACK = 1 << 20  # waitress itself turns away bodies this far past the app's own limit


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 4) -> None:
    """Serve `app` until the process is stopped."""
    limit = app.config.get("MAX_CONTENT_LENGTH") or 0
    waitress.serve(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="kgqa",
        max_request_body_size=limit + BODY_SLACK if limit else 1 << 30,
    )
