"""A question typed as a query is read back as its words; other text is left alone."""

import pytest

from kg.qa.typed_queries import typed_query_read


@pytest.mark.parametrize(
    "text",
    [
        "where were the talks held",  # 'where' in lower case is the question word
        "Where were the talks held? Which venue?",
        "Select the country whose plan leaked",  # 'Select' as an English verb
        "Rubio -> government -> country = ?",  # a path: its words in order, read later
        "who replaced yermak",
    ],
)
def test_text_that_is_no_query_is_left_alone(text: str) -> None:
    assert typed_query_read(text) == text


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("SELECT title FROM nsc_members WHERE name = 'Umerov'", "title nsc members Umerov"),
        ("SELECT origin_country FROM peace_plans WHERE leaked = true", "origin country leaked peace plans"),
        ("putin_meetings WHERE status = 'possible' -> attendee", "putin meetings possible attendee"),
        (
            "europe.support_to_ukraine WHERE type != 'diplomatic' -> list",
            "europe support to ukraine not diplomatic",
        ),
        ("list(participants WHERE talks.location = Florida)", "list participants the talks location Florida"),
        ("count(possible putin meeting attendees)", "how many possible putin meeting attendees?"),
        (
            "location(talks with ukrainian delegation) IN ('Moscow','Florida') -> which one",
            "which location of talks with ukrainian delegation, Moscow or Florida",
        ),
    ],
)
def test_a_query_is_read_as_its_words(query: str, words: str) -> None:
    assert typed_query_read(query) == words


@pytest.mark.parametrize(
    "query",
    [
        "EXISTS(florida_talks.participants WHERE name = 'Jared Kushner') -> yes/no",
        "talks.location == 'Florida' -> true/false",
        "check: florida_talks.ukraine_lead == 'Andriy Yermak' ? (y/n)",
    ],
)
def test_a_query_returning_a_truth_value_asks_yes_or_no(query: str) -> None:
    assert typed_query_read(query).endswith(", yes or no?")
