"""The question form at /: ask in plain English, get the answer, its evidence and its SPARQL.

It works without JavaScript (GET /?q=...); web/static/js/ask.js only spares the page reload.
The example questions come from web/examples.txt, one a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, request

from web.pages import Node, href, html_page
from web.state import get_answerer

EXAMPLES = Path(__file__).with_name("examples.txt")

bp = Blueprint("home", __name__)


@dataclass(frozen=True)
class Quote:
    """A piece of evidence: its quote within its sentence (`before` + `quote` + `after`)."""

    before: str
    quote: str
    after: str
    source: Node


@dataclass(frozen=True)
class Reply:
    """What the page shows of an answer."""

    question: str
    answered: bool
    message: str
    answers: list[Node]
    evidence: list[Quote]
    sparql: str


@bp.route("/")
def index() -> Response:
    """The form, the example questions, and the answer when a question is given."""
    question = request.args.get("q")
    reply = None if question is None else shown(get_answerer().ask(question).to_json())
    return html_page(
        "home/index.html", scripted=True, question=question or "", reply=reply, examples=examples()
    )


def examples() -> list[str]:
    """The example questions of web/examples.txt (blank lines and # comments skipped)."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def shown(answer: dict) -> Reply:
    """The answer object of the question layer, as the page shows it."""
    return Reply(
        question=answer.get("question", ""),
        answered=bool(answer.get("answered")),
        message=answer.get("message", ""),
        answers=[_answer_node(item) for item in answer.get("answers", [])],
        evidence=[_quote(item) for item in answer.get("evidence", [])],
        sparql=answer.get("sparql", ""),
    )


def _answer_node(item: dict) -> Node:
    iri = item.get("iri")
    return Node(item.get("label", ""), href(iri) if iri else None, iri or "")


def _quote(item: dict) -> Quote:
    quote, sentence, source = item.get("quote", ""), item.get("sentence", ""), item.get("source", "")
    before, found, after = sentence.partition(quote) if quote else ("", "", "")
    if not found:
        before, after = "", ""
    return Quote(before, quote, after, Node("the article", href(source) if source else None, source))
