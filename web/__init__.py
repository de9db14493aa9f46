"""The Flask web service. `create_app(store)` builds it around one injected store; nothing is global."""

from __future__ import annotations

from typing import Any

from flask import Flask

from kg.stores import Store
from kg.stores.guard import QueryGuard

DEFAULT_SETTINGS: dict[str, Any] = {
    "MAX_CONTENT_LENGTH": 1_000_000,  # bytes of a request body; more is a 413
    "HTTP_CACHING": True,  # ETags on GET answers, 304 on If-None-Match
    "RESULT_CACHE_BYTES": 64 << 20,  # query and question results kept in memory; 0: none
    "MAX_ROWS": 10_000,  # rows (or triples) of a query result; more are cut, and the answer says so
}


def create_app(
    store: Store, settings: dict[str, Any] | None = None, guard: QueryGuard | None = None
) -> Flask:
    """The app serving `store`: defaults, overridden by `settings` (Flask config keys). With a
    `guard`, the queries clients send run in its worker processes, under its limits."""
    from web import (
        ask,
        caching,
        downloads,
        editor,
        entities,
        errors,
        graph_store,
        home,
        names,
        neighbourhood,
        ontology,
        sparql,
        void,
    )
    from web.state import init_state

    app = Flask(__name__)
    app.config.from_mapping(DEFAULT_SETTINGS)
    app.config.from_mapping(settings or {})
    init_state(app, store, guard)
    caching.init_caching(app)
    errors.register(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(ask.bp)
    app.register_blueprint(neighbourhood.bp)
    for page in (home, names, editor):
        app.register_blueprint(page.bp)
    for linked_data in (entities, ontology, downloads, graph_store, void):
        app.register_blueprint(linked_data.bp)
    return app
