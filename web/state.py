"""The app's long-lived objects, kept on `app.extensions["kgqa"]` and read through accessors."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from flask import Flask, current_app

from kg.stores import Store
from kg.stores.guard import Answer, QueryGuard, Request, answer

if TYPE_CHECKING:
    from kg.qa.engine import QuestionAnswerer

KEY = "kgqa"


def init_state(app: Flask, store: Store, guard: QueryGuard | None = None) -> None:
    from kg.qa.engine import QuestionAnswerer

    app.extensions[KEY] = {
        "store": store,
        "answerer": QuestionAnswerer(store),
        "answerer_generation": store.generation,
        "guard": guard,
        "lock": threading.Lock(),
    }
    app.before_request(refresh)


def refresh() -> None:
    """Catch up with a change another process made to the store (`kgqa ingest` into the store
    directory this service reads): without a restart, the next request sees the new graph."""
    current_app.extensions[KEY]["store"].refresh()


def get_store() -> Store:
    """The store the running app serves."""
    return current_app.extensions[KEY]["store"]


def get_guard() -> QueryGuard | None:
    """The pool that runs the queries clients send, where they can be stopped; None: in process."""
    return current_app.extensions[KEY]["guard"]


def run_client_query(asked: Request, max_rows: int) -> Answer:
    """A query a client sent: in the guard's worker processes when the app has them (under the
    guard's limits), else here, cut at `max_rows`."""
    guard = get_guard()
    return guard.run(asked) if guard else answer(get_store(), asked, max_rows)


def get_answerer() -> QuestionAnswerer:
    """The question layer over the same store, built anew when the store has changed (its
    lexicon holds the graph's names)."""
    from kg.qa.engine import QuestionAnswerer

    state = current_app.extensions[KEY]
    store = state["store"]
    with state["lock"]:
        if state["answerer_generation"] != store.generation:
            state["answerer"] = QuestionAnswerer(store)
            state["answerer_generation"] = store.generation
        return state["answerer"]
