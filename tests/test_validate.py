"""`kgqa validate`: the shipped graph passes; copies with a broken fact fail, naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import broken_copy, run_kgqa


def test_the_shipped_graph_validates() -> None:
    result = run_kgqa("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")
    assert "OWL consistency (HermiT)" in result.stdout


BROKEN = [
    pytest.param(
        'd:marco-rubio a dip:Person ; rdfs:label "Marco Rubio"@en ;',
        "d:marco-rubio a dip:Person ;",
        "d:marco-rubio",
        "has no rdfs:label",
        id="person-without-label",
    ),
    pytest.param(
        "d:participation-zelensky-macron a dip:Participation ; dip:participationOf d:volodymyr-zelensky ;\n"
        "        dip:participationIn d:zelensky-macron-meeting ; dip:factuality dip:Probable .\n"
        "    d:participation-macron-zelensky a dip:Participation ; dip:participationOf d:emmanuel-macron ;\n"
        "        dip:participationIn d:zelensky-macron-meeting ; dip:factuality dip:Probable .",
        "",
        "d:zelensky-macron-meeting",
        "a meeting needs at least one participation",
        id="meeting-without-participants",
    ),
    pytest.param(
        "d:optimism a dip:Sentiment ;",
        "d:andriy-yermak dip:leads d:ukrainian-delegation .\nd:optimism a dip:Sentiment ;",
        "andriy-yermak",
        "fact without evidence",
        id="fact-without-evidence",
    ),
    pytest.param(
        'ev:hostilities oa:exact "the hostilities between Russia and Ukraine" .',
        'ev:hostilities oa:exact "the hostilities between Russia and Belarus" .',
        "the hostilities between Russia and Belarus",
        "not found verbatim",
        id="quote-not-in-article",
    ),
    pytest.param(
        "d:tenure-yermak-chief-negotiator dip:holder d:andriy-yermak ;",
        "d:tenure-yermak-chief-negotiator dip:holder d:ukraine ;",
        "d:tenure-yermak-chief-negotiator",
        "a tenure needs exactly one holder",
        id="tenure-held-by-a-country",
    ),
    pytest.param(
        "d:marco-rubio a dip:Person ;",
        "d:marco-rubio a dip:Person , dip:Organization ;",
        "d:marco-rubio",
        "would be both dip:Person and dip:Organization, which are disjoint",
        id="person-who-is-an-organisation",
    ),
]


@pytest.mark.parametrize(("old", "new", "names", "problem"), BROKEN)
def test_a_broken_copy_fails_naming_the_problem(
    tmp_path: Path, old: str, new: str, names: str, problem: str
) -> None:
    copy = broken_copy(tmp_path, old, new)
    result = run_kgqa("validate", str(copy))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    problem_lines = [line for line in output.splitlines() if problem in line]
    assert problem_lines, output
    assert any(names in line for line in problem_lines), output


def test_an_unbroken_copy_validates(tmp_path: Path) -> None:
    copy = broken_copy(tmp_path, "@prefix dip:", "@prefix dip:")
    result = run_kgqa("validate", str(copy))
    assert result.returncode == 0, result.stdout + result.stderr
