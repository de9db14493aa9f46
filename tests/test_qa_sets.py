"""Regression floors for the question layer on the question sets kept in tests/data/: the
development set (a copy of shared/qa/dev_questions.json) and a hundred and twenty-nine sets of paraphrases
written for this project to check that it generalises (the second written after the layer was
tuned on the first; the third to the hundred and twenty-ninth, two phrasings of each dev question each,
written blind to the code). The floors sit a little under today's scores (see
tests/data/README.md and the closing notes of the question-answering issue); the issue's
target for the development set is 0.95."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from rdflib import Dataset

from helpers import kgqa_command
from kg.qa.engine import QuestionAnswerer
from kg.qa.evaluate import evaluate, load_questions, macro_f1
from kg.stores import OxigraphStore, Store

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def qa(store: Store) -> QuestionAnswerer:
    return QuestionAnswerer(store)


@pytest.fixture(scope="module")
def embedded_qa(dataset: Dataset) -> QuestionAnswerer:
    """The paraphrase sets measure the layer's grasp of English, not the engines: they run on
    the embedded store alone (the development set and tests/test_qa.py run on every kind)."""
    store = OxigraphStore()
    store.load_dataset(dataset)
    return QuestionAnswerer(store)


def test_dev_macro_f1_floor(qa: QuestionAnswerer) -> None:
    assert macro_f1(evaluate(load_questions(DATA / "dev_questions.json"), qa.ask)) >= 0.97


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("paraphrase_questions.json", 0.90),
        ("paraphrase_questions_2.json", 0.82),
        ("paraphrase_questions_3.json", 0.95),
        ("paraphrase_questions_4.json", 0.97),
        ("paraphrase_questions_5.json", 0.95),
        ("paraphrase_questions_6.json", 0.97),
        ("paraphrase_questions_7.json", 0.96),
        ("paraphrase_questions_8.json", 0.96),
        ("paraphrase_questions_9.json", 0.95),
        ("paraphrase_questions_10.json", 0.96),
        ("paraphrase_questions_11.json", 0.93),
        ("paraphrase_questions_12.json", 0.92),
        ("paraphrase_questions_13.json", 0.95),
        ("paraphrase_questions_14.json", 0.90),
        ("paraphrase_questions_15.json", 0.92),
        ("paraphrase_questions_16.json", 0.88),
        ("paraphrase_questions_17.json", 0.93),
        ("paraphrase_questions_18.json", 0.91),
        ("paraphrase_questions_19.json", 0.97),
        ("paraphrase_questions_20.json", 0.94),
        ("paraphrase_questions_21.json", 0.95),
        ("paraphrase_questions_22.json", 0.92),
        ("paraphrase_questions_23.json", 0.88),
        ("paraphrase_questions_24.json", 0.91),
        ("paraphrase_questions_25.json", 0.93),
        ("paraphrase_questions_26.json", 0.91),
        ("paraphrase_questions_27.json", 0.91),
        ("paraphrase_questions_28.json", 0.97),
        ("paraphrase_questions_29.json", 0.88),
        ("paraphrase_questions_30.json", 0.88),
        ("paraphrase_questions_31.json", 0.90),
        ("paraphrase_questions_32.json", 0.94),
        ("paraphrase_questions_33.json", 0.91),
        ("paraphrase_questions_34.json", 0.88),
        ("paraphrase_questions_35.json", 0.95),
        ("paraphrase_questions_36.json", 0.93),
        ("paraphrase_questions_37.json", 0.87),
        ("paraphrase_questions_38.json", 0.86),
        ("paraphrase_questions_39.json", 0.91),
        ("paraphrase_questions_40.json", 0.91),
        ("paraphrase_questions_41.json", 0.89),
        ("paraphrase_questions_42.json", 0.92),
        ("paraphrase_questions_43.json", 0.80),
        ("paraphrase_questions_44.json", 0.86),
        ("paraphrase_questions_45.json", 0.97),
        ("paraphrase_questions_46.json", 0.88),
        ("paraphrase_questions_47.json", 0.74),
        ("paraphrase_questions_48.json", 0.91),
        ("paraphrase_questions_49.json", 0.96),
        ("paraphrase_questions_50.json", 0.82),
        ("paraphrase_questions_51.json", 0.83),
        ("paraphrase_questions_52.json", 0.89),
        ("paraphrase_questions_53.json", 0.83),
        ("paraphrase_questions_54.json", 0.89),
        ("paraphrase_questions_55.json", 0.92),
        ("paraphrase_questions_56.json", 0.95),
        ("paraphrase_questions_57.json", 0.96),
        ("paraphrase_questions_58.json", 0.93),
        ("paraphrase_questions_59.json", 0.88),
        ("paraphrase_questions_60.json", 0.90),
        ("paraphrase_questions_61.json", 0.95),
        ("paraphrase_questions_62.json", 0.94),
        ("paraphrase_questions_63.json", 0.86),
        ("paraphrase_questions_64.json", 0.87),
        ("paraphrase_questions_65.json", 0.95),
        ("paraphrase_questions_66.json", 0.84),
        ("paraphrase_questions_67.json", 0.67),
        ("paraphrase_questions_68.json", 0.71),
        ("paraphrase_questions_69.json", 0.96),
        ("paraphrase_questions_70.json", 0.82),
        ("paraphrase_questions_71.json", 0.84),
        ("paraphrase_questions_72.json", 0.97),
        ("paraphrase_questions_73.json", 0.97),
        ("paraphrase_questions_74.json", 0.97),
        ("paraphrase_questions_75.json", 0.95),
        ("paraphrase_questions_76.json", 0.93),
        ("paraphrase_questions_77.json", 0.96),
        ("paraphrase_questions_78.json", 0.94),
        ("paraphrase_questions_79.json", 0.96),
        ("paraphrase_questions_80.json", 0.88),
        ("paraphrase_questions_81.json", 0.95),
        ("paraphrase_questions_82.json", 0.96),
        ("paraphrase_questions_83.json", 0.87),
        ("paraphrase_questions_84.json", 0.89),
        ("paraphrase_questions_85.json", 0.94),
        ("paraphrase_questions_86.json", 0.96),
        ("paraphrase_questions_87.json", 0.97),
        ("paraphrase_questions_88.json", 0.96),
        ("paraphrase_questions_89.json", 0.91),
        ("paraphrase_questions_90.json", 0.97),
        ("paraphrase_questions_91.json", 0.93),
        ("paraphrase_questions_92.json", 0.95),
        ("paraphrase_questions_93.json", 0.95),
        ("paraphrase_questions_94.json", 0.95),
        ("paraphrase_questions_95.json", 0.89),
        ("paraphrase_questions_96.json", 0.92),
        ("paraphrase_questions_97.json", 0.97),
        ("paraphrase_questions_98.json", 0.94),
        ("paraphrase_questions_99.json", 0.96),
        ("paraphrase_questions_100.json", 0.95),
        ("paraphrase_questions_101.json", 0.95),
        ("paraphrase_questions_102.json", 0.95),
        ("paraphrase_questions_103.json", 0.92),
        ("paraphrase_questions_104.json", 0.91),
        ("paraphrase_questions_105.json", 0.97),
        ("paraphrase_questions_106.json", 0.91),
        ("paraphrase_questions_107.json", 0.94),
        ("paraphrase_questions_108.json", 0.96),
        ("paraphrase_questions_109.json", 0.93),
        ("paraphrase_questions_110.json", 0.94),
        ("paraphrase_questions_111.json", 0.97),
        ("paraphrase_questions_112.json", 0.96),
        ("paraphrase_questions_113.json", 0.97),
        ("paraphrase_questions_114.json", 0.93),
        ("paraphrase_questions_115.json", 0.97),
        ("paraphrase_questions_116.json", 0.94),
        ("paraphrase_questions_117.json", 0.98),
        ("paraphrase_questions_118.json", 0.97),
        ("paraphrase_questions_119.json", 0.96),
        ("paraphrase_questions_120.json", 0.93),
        ("paraphrase_questions_121.json", 0.94),
        ("paraphrase_questions_122.json", 0.92),
        ("paraphrase_questions_123.json", 0.94),
        ("paraphrase_questions_124.json", 0.95),
        ("paraphrase_questions_125.json", 0.95),
        ("paraphrase_questions_126.json", 0.91),
        ("paraphrase_questions_127.json", 0.93),
        ("paraphrase_questions_128.json", 0.83),
        ("paraphrase_questions_129.json", 0.93),
    ],
)
def test_paraphrase_macro_f1_floor(embedded_qa: QuestionAnswerer, name: str, floor: float) -> None:
    scores = evaluate(load_questions(DATA / name), embedded_qa.ask)
    assert macro_f1(scores) >= floor


def test_unanswerable_dev_questions_stay_unanswered(qa: QuestionAnswerer) -> None:
    for question in load_questions(DATA / "dev_questions.json"):
        if not question["answers"]:
            assert not qa.ask(question["question"]).answered, question["question"]


def test_answers_do_not_depend_on_the_hash_seed() -> None:
    """Python randomises set order per process; the same questions must get the same answers."""
    questions = str(DATA / "paraphrase_questions.json")
    outputs = set()
    for seed in ("1", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [*kgqa_command(), "eval", questions],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
