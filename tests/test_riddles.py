"""A riddle's clue is asked as a question about whoever speaks in it, or about what it names vaguely."""

import pytest

from kg.qa.riddles import blank_asked, placeholder_asked, riddle_asked


@pytest.mark.parametrize(
    ("riddle", "question"),
    [
        ("I hold the post of secretary. Whisper my name!", "Who holds the post of secretary?"),
        ("I'm the one Umerov replaced. Who am I?", "Who is the one Umerov replaced?"),
        ("I lead Kyiv's team and replaced Yermak — who am I?", "Who leads Kyiv's team and replaced Yermak?"),
        (
            "I stepped down amid concerns about my office. Name me!",
            "Who stepped down amid concerns about their office?",
        ),
    ],
)
def test_the_speaker_of_a_riddle_is_asked_for(riddle: str, question: str) -> None:
    assert riddle_asked(riddle) == question


@pytest.mark.parametrize(
    ("riddle", "question"),
    [
        ("The land is claimed by another power. Name that country.", "The land is claimed by which country?"),
        ("Umerov replaced a certain official. Who was it?", "Umerov replaced which official?"),
    ],
)
def test_a_thing_named_vaguely_is_asked_for(riddle: str, question: str) -> None:
    assert placeholder_asked(riddle) == question


@pytest.mark.parametrize(
    "text",
    [
        "Who am I supposed to ask about the talks?",  # no clue before it
        "I wonder who replaced Yermak.",
        "Name the country whose plan leaked.",
        "Someone replaced Yermak. Name that person.",  # 'someone' is no thing named vaguely here
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert placeholder_asked(riddle_asked(text)) == text


@pytest.mark.parametrize(
    ("sheet", "question"),
    [
        (
            "At the Florida meeting, Kyiv's delegation was headed by ____.",
            "At the Florida meeting, Kyiv's delegation was headed by whom?",
        ),
        (
            "Steve Witkoff acts as an envoy on behalf of President ____.",
            "Steve Witkoff acts as an envoy on behalf of which President?",
        ),
        ("The envoy who will meet Putin is ____.", "Who is the envoy who will meet Putin?"),
        ("The article names ____ Western allies.", "The article names how many Western allies?"),
        ("Ukraine's goals are ____ and ____.", "What are Ukraine's goals?"),
        (
            "Zelensky is due to sit down with ... for further talks.",
            "Zelensky is due to sit down with whom for further talks?",
        ),
    ],
)
def test_a_gap_is_asked_for(sheet: str, question: str) -> None:
    assert blank_asked(sheet) == question


@pytest.mark.parametrize(
    "text", ["Umerov... who is he?", "Who leads the delegation...", "Tell me about the plan..."]
)
def test_an_ellipsis_is_no_gap(text: str) -> None:
    assert blank_asked(text) == text
