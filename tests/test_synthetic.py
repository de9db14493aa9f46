"""`kgqa generate`: synthetic news graphs that the validator, the stores and the question layer accept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.compile import FactError
from kg.stores import store_from_files
from kg.synthetic import articles, write_nquads

KGQA = [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synthetic") / "graph.nq"
    result = subprocess.run([*KGQA, "generate", "--triples", "4000", "--seed", "5", "-o", str(out)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert result.stdout.startswith("wrote ")
    return out


def test_the_same_seed_gives_the_same_graph(tmp_path: Path, generated: Path) -> None:
    again = tmp_path / "again.nq"
    write_nquads(articles(4000, seed=5), again)
    assert again.read_bytes() == generated.read_bytes()
    other = tmp_path / "other.nq"
    write_nquads(articles(4000, seed=6), other)
    assert other.read_bytes() != generated.read_bytes()


def test_about_the_asked_number_of_triples(generated: Path) -> None:
    quads = list(ox.parse(path=str(generated), format=ox.RdfFormat.N_QUADS))
    per_article = max(len([q for q in quads if q.graph_name == g]) for g in {q.graph_name for q in quads})
    assert 4000 <= len(quads) < 4000 + per_article


def test_the_generated_graph_passes_the_validator(generated: Path) -> None:
    """Quotes verbatim in the texts written beside it, SHACL shapes, OWL consistency."""
    result = subprocess.run([*KGQA, "validate", str(generated)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


def test_a_quote_that_is_not_in_its_text_fails(tmp_path: Path) -> None:
    article, authored = next(iter(_authored()))
    broken = article.__class__(article.iri, article.text.replace("delegation", "team"), article.path)
    from kg.compile import compile_article

    with pytest.raises(FactError, match="not found verbatim"):
        compile_article(broken, authored, "synthetic")


def test_the_question_layer_answers_from_a_synthetic_article(generated: Path) -> None:
    from kg.graph import build_dataset
    from kg.qa.engine import QuestionAnswerer
    from kg.stores import OxigraphStore

    store = OxigraphStore.from_dataset(build_dataset())
    store_from_files([generated], store)
    text = (generated.parent / "synthetic-000001.txt").read_text(encoding="utf-8")
    sentence = next(s for s in text.split(". ") if " delegation was led by " in s)
    team, leader = sentence.removeprefix("The ").split(" delegation was led by ")
    leader = leader.split(",")[0]
    answer = QuestionAnswerer(store).ask(f"Who led the {team} delegation?")
    assert leader in [a["label"] for a in answer.answers]
    assert any(leader in e["sentence"] for e in answer.evidence)


def _authored():
    from kg.synthetic import ArticleWriter, World

    world = World.draw(seed=2, articles=3)
    yield ArticleWriter(world, 1).write()
