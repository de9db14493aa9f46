"""The rewrites of kg/qa/plain_words.toml: data the question layer loads, checked as data."""

from __future__ import annotations

import re

import pytest

from kg.qa.requests import PLAIN_WORDS, rewrites_in


def test_every_rewrite_compiles_and_says_what_replaces_it() -> None:
    assert len(PLAIN_WORDS) > 50
    for pattern, plain in PLAIN_WORDS:
        assert isinstance(pattern, re.Pattern) and pattern.pattern
        assert isinstance(plain, str)


def test_a_rewrite_ignores_case_unless_told_otherwise() -> None:
    rows = rewrites_in(
        '[[rewrite]]\npattern = "maybe will"\nplain = "may"\n'
        '[[rewrite]]\npattern = "(?<=[a-z])X"\nplain = "x"\ncase = "exact"\n',
        "test",
    )
    (loose, loose_plain), (exact, _) = rows
    assert loose.sub(loose_plain, "Maybe Will he") == "may he"
    assert exact.sub("x", "aX AX") == "ax AX"


@pytest.mark.parametrize(
    ("toml", "complaint"),
    [
        ('[[rewrite]]\npattern = "a"\nplain = "b"\nplian = "c"\n', "unknown keys \\['plian'\\]"),
        ('[[rewrite]]\npattern = "a"\nplain = "b"\ncase = "ignore"\n', "case must be 'exact'"),
    ],
)
def test_a_mistyped_rewrite_is_refused_by_name(toml: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        rewrites_in(toml, "test")


def said_plainly(text: str) -> str:
    for pattern, plain in PLAIN_WORDS:
        text = pattern.sub(plain, text)
    return text


@pytest.mark.parametrize(
    ("typed", "plainly"),
    [
        # the first row's 'may' is what the second row's 'who' comes before
        ("who are the people which maybe will meet Putin?", "who are the people who may meet Putin?"),
        ("Was the plan good for Russia?", "Was the plan favoring Russia?"),
        ("who said the talks were good for now?", "who said the talks were good for now?"),
    ],
)
def test_the_rows_apply_in_their_order(typed: str, plainly: str) -> None:
    assert said_plainly(typed) == plainly
