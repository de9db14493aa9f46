"""Scoring the question layer on a question set with gold answers.

The set's format is that of shared/qa/dev_questions.json: each question has `answers`, a list
of gold answers, each a list of aliases; an unanswerable question has none. A predicted answer
is right when, after normalising case, punctuation and articles, it equals an alias of some gold
answer. Precision is the share of predicted answers that are right, recall the share of gold
answers matched; an unanswerable question scores 1 only when nothing is answered.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.qa.engine import Answer

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "‘’“”–—"})


class QuestionSetError(ValueError):
    """A question set file that is missing or not in the expected format."""


def normalise(text: str) -> str:
    text = text.lower().replace("'s ", " ").replace("’s ", " ").translate(_PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


@dataclass
class Score:
    id: str
    question: str
    predicted: list[str]
    gold: list[list[str]]
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score_one(qid: str, question: str, predicted: list[str], gold: list[list[str]]) -> Score:
    if not gold:
        value = 1.0 if not predicted else 0.0
        return Score(qid, question, predicted, gold, value, value)
    if not predicted:
        return Score(qid, question, predicted, gold, 0.0, 0.0)
    aliases = [{normalise(a) for a in group} for group in gold]
    names = [normalise(p) for p in predicted]
    right = sum(1 for n in names if any(n in group for group in aliases))
    matched = sum(1 for group in aliases if any(n in group for n in names))
    return Score(qid, question, predicted, gold, right / len(names), matched / len(aliases))


def load_questions(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        questions = data["questions"] if isinstance(data, dict) else data
        for q in questions:
            q["question"], q["answers"]
    except FileNotFoundError:
        raise QuestionSetError(f"no such question set: {path}") from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise QuestionSetError(f"{path}: not a question set ({exc.__class__.__name__}: {exc})") from None
    return questions


def evaluate(questions: list[dict], ask: Callable[[str], Answer]) -> list[Score]:
    scores = []
    for i, q in enumerate(questions):
        answer = ask(q["question"])
        predicted = [a["label"] for a in answer.answers] if answer.answered else []
        scores.append(score_one(str(q.get("id", i + 1)), q["question"], predicted, q["answers"]))
    return scores


def macro_f1(scores: list[Score]) -> float:
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0
