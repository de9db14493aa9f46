"""/api/ask: the question layer over HTTP (GET ?q=..., or POST JSON {"q": ...}); /healthz."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from werkzeug.exceptions import BadRequest

from web.caching import cached
from web.state import get_answerer, get_store

bp = Blueprint("ask", __name__)


def question_of_request() -> str:
    """The question, from the query string or a JSON body; a clear 400 when there is none."""
    if request.method == "POST":
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get("q"), str):
            raise BadRequest('POST a JSON object with the question as a string: {"q": "who leads ...?"}')
        return body["q"]
    question = request.args.get("q")
    if question is None:
        raise BadRequest("give the question as the q parameter: /api/ask?q=who+leads+...")
    return question


@bp.route("/api/ask", methods=["GET", "POST"])
def ask() -> Response:
    """The answer object of the question layer, as JSON."""
    question = " ".join(question_of_request().split())
    body, media_type = cached(("ask", question), lambda: _answer(question))
    return Response(body, mimetype=media_type)


def _answer(question: str) -> tuple[bytes, str]:
    response = jsonify(get_answerer().ask(question).to_json())
    return response.get_data(), response.mimetype


@bp.route("/healthz")
def healthz() -> Response:
    """For monitors: the service answers and its store holds the graph."""
    return jsonify({"ok": True, "quads": len(get_store())})
