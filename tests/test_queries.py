"""Every competency question of queries/ runs and gives its answer."""

from __future__ import annotations

import pytest

from kg.named_queries import load_named_queries
from kg.results import term_text
from kg.stores import Store

QUERIES = {q.name: q for q in load_named_queries()}

# Expected rows, as sets of tuples of the selected variables' text.
EXPECTED: dict[str, set[tuple[str, ...]]] = {
    "who-leads-ukrainian-delegation": {("https://w3id.org/diplomacy/id/rustem-umerov", "Rustem Umerov")},
    "current-chief-negotiator": {("https://w3id.org/diplomacy/id/rustem-umerov", "Rustem Umerov", "true")},
    "successions": {("Rustem Umerov", "Andriy Yermak", "chief negotiator of Ukraine")},
    "current-and-former-post-holders": {
        ("Andriy Yermak", "chief negotiator of Ukraine", "Ukraine", "former"),
        ("Donald Trump", "President of the United States", "United States", "current"),
        ("Marco Rubio", "United States Secretary of State", "United States", "current"),
        ("Rustem Umerov", "chief negotiator of Ukraine", "Ukraine", "current"),
        (
            "Rustem Umerov",
            "national security council secretary",
            "National Security Council of Ukraine",
            "current",
        ),
    },
    "resignation-reasons": {
        ("Andriy Yermak", "chief negotiator of Ukraine", "abrupt", "corruption concerns")
    },
    "where-were-the-talks-held": {("Florida talks", "Florida")},
    "florida-talks-participants": {
        ("Jared Kushner",),
        ("Marco Rubio",),
        ("Rustem Umerov",),
        ("Steve Witkoff",),
        ("Ukrainian delegation",),
    },
    "upcoming-meetings": {
        ("meeting of Witkoff and Kushner with Putin", "Jared Kushner", "possible"),
        ("meeting of Witkoff and Kushner with Putin", "Steve Witkoff", "certain"),
        ("meeting of Witkoff and Kushner with Putin", "Vladimir Putin", "certain"),
        ("meeting of Zelensky and Macron", "Emmanuel Macron", "probable"),
        ("meeting of Zelensky and Macron", "Volodymyr Zelensky", "probable"),
    },
    "who-may-meet-putin": {("Jared Kushner", "possible"), ("Steve Witkoff", "certain")},
    "peace-plan": {
        ("28-point peace plan", "United States", "28", "true", "Russia", alarmed)
        for alarmed in ("Ukraine", "Ukraine's allies", "Ukrainian delegation")
    },
    "unresolved-issues": {("status of annexed territories", "a significant unresolved issue")},
    "war-belligerents": {("Russia",), ("Ukraine",)},
    "facts-per-article": {("https://w3id.org/diplomacy/article/russia-ukraine-florida-talks", None, None)},
}


def rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    result = store.query(sparql)
    return [tuple(term_text(s[v]) for v in result.variables) for s in result.raw]


def test_every_query_has_an_expected_answer_or_a_check() -> None:
    checked = set(EXPECTED) | {
        "what-did-rubio-say",
        "negotiation-agenda",
        "aid-to-ukraine",
        "evidence-for-delegation-leader",
    }
    assert set(QUERIES) <= checked, f"no expectation for {set(QUERIES) - checked}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_answers(store: Store, name: str) -> None:
    got = rows(store, QUERIES[name].sparql)
    if name == "facts-per-article":
        ((article, facts, quotes),) = got
        assert article == next(iter(EXPECTED[name]))[0]
        assert int(facts) >= 150 and int(quotes) >= 40
        return
    assert set(got) == EXPECTED[name]


def test_what_did_rubio_say(store: Store) -> None:
    got = rows(store, QUERIES["what-did-rubio-say"].sparql)
    assessments = {r[1] for r in got}
    quoted = {r[2] for r in got}
    assert "productive" in assessments
    assert {"more work needs to be done", "more work remains", "more work is needed"} <= quoted


def test_negotiation_agenda(store: Store) -> None:
    got = dict(rows(store, QUERIES["negotiation-agenda"].sparql))
    assert got["prosperity"] == "true" and got["security"] == "true"
    assert got["sovereignty"] == "false"
    assert {"security guarantees", "status of annexed territories", "ceasefire terms"} <= set(got)


def test_aid_to_ukraine(store: Store) -> None:
    got = set(rows(store, QUERIES["aid-to-ukraine"].sparql))
    assert {("European allies", "humanitarian aid"), ("European allies", "military aid")} <= got
    assert ("United States", "") in got


def test_evidence_for_delegation_leader(store: Store, article_text: str) -> None:
    got = rows(store, QUERIES["evidence-for-delegation-leader"].sparql)
    assert len(got) == 2
    for quote, sentence, _article in got:
        assert quote in article_text and sentence in article_text
        assert "Rustem Umerov" in quote


def test_every_query_states_its_question() -> None:
    for query in QUERIES.values():
        assert query.question.endswith("?"), query.name
