"""The app's long-lived objects, kept on `app.extensions["kgqa"]` and read through accessors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Flask, current_app

from kg.stores import Store
from kg.stores.guard import Answer, QueryGuard, Request, answer

if TYPE_CHECKING:
    from kg.qa.engine import QuestionAnswerer

KEY = "kgqa"


def init_state(app: Flask, store: Store, guard: QueryGuard | None = None) -> None:
    from kg.qa.engine import QuestionAnswerer

    app.extensions[KEY] = {"store": store, "answerer": QuestionAnswerer(store), "guard": guard}


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
    """The question layer over the same store."""
    return current_app.extensions[KEY]["answerer"]
