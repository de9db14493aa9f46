"""A question as read: its words, the names it mentions, its form and the parts that say what
it asks for; with the readings of its clauses that the interpreter needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.qa.grammar import DETERMINERS, SETTINGS, progressive, relative
from kg.qa.linker import Mention
from kg.qa.text import stem

INCLUDING = frozenset(["including", "incl", "inc", "besides", "counting", "plus"])  # and shorthand


_FOR_ITS = r"(future|sake|benefit|good|behalf|interests?)\b"  # 'Ukraine's (long-term) future': for Ukraine
_ONLY_FOR_ITS = r"(sake|benefit|behalf|interests?)"  # words that say nothing more ('future' does)


@dataclass
class Question:
    text: str
    words: list[str]
    mentions: list[Mention]
    form: str  # who | where | when | what | count | yesno | about | why | how
    type_words: set[str] = field(default_factory=set)
    kind_modifiers: list[Mention] = field(default_factory=list)  # 'which *US* official'
    inner_names: set[str] = field(default_factory=set)  # Putin in 'the meeting with Putin'
    speakers: set[str] = field(default_factory=set)  # Rubio in 'how did Rubio describe them'
    number: int | None = None  # of answers expected: 'which *two* goals'
    answers_act: set[str] = field(default_factory=set)  # 'thanks for *its* backing': the answer backs
    relation_words: list[str] = field(default_factory=list)
    opposite_group: str | None = None
    options: list[Mention] = field(default_factory=list)  # 'Florida or Moscow: ...'
    intransitive: bool = False  # 'what could change in Eastern Europe': no subject, no object
    past: bool = False
    now: bool = False  # 'who leads it now?': the latest article's answer
    answer_role: str | None = None  # "subject" or "object" of the question's verb, when clear
    verb: str | None = None  # its stem, when the answer is its object: 'what did Rubio *say*'
    main_verb: str | None = None  # the stem of the verb whose subject or object is asked for
    head_relation: str | None = None  # a question of keywords headed by a relation: 'putins *reaction*'
    reserved: dict[str, set[str]] = field(default_factory=dict)  # phrase words -> their properties
    asked_override: Mention | None = None
    one_word: bool = False  # 'in one word, how did Rubio describe them': a one-word answer

    @property
    def duration(self) -> bool:
        """'how long has he been ...': a span of time, told in words if at all."""
        return self.words[:2] == ["how", "long"] and self.words[2:3] in (["has"], ["have"], ["did"])

    @property
    def asked_generic(self) -> set[str]:
        """'What was the worry about ...': a class named right after a copula is the thing asked
        for; elsewhere ('what might the talks alter') it is a participant, not the answer."""
        copula = len(self.words) >= 2 and self.words[1] in ("is", "was", "are", "were")
        if not copula or self.words[0] not in ("what", "which", "who", "whom"):
            return set()  # 'where were the talks held': the talks are where something is asked of
        return {
            t
            for m in self.mentions
            if m.generic and m.start <= 3 and not self._doing_after(m)  # 'what are the talks aiming at'
            for t in m.things
        }

    def _doing_after(self, mention: Mention) -> bool:
        return mention.end < len(self.words) and progressive(self.words[mention.end])

    @property
    def settings(self) -> list[Mention]:
        """Names that set the scene ('in Florida') rather than being what is asked about, and
        the other options of a scene's choice ('in Moscow or Florida')."""
        found = [m for m in self.entity_mentions if self._after_setting(m.start)]
        if any(o in found for o in self.options):
            found += [o for o in self.options if o not in found]
        return found

    def _after_setting(self, start: int) -> bool:
        """'in Florida', 'at the Florida talks'."""
        before = self.words[max(0, start - 2) : start]
        if before and before[-1] in DETERMINERS:
            before = before[:-1]
        return bool(before) and before[-1] in SETTINGS

    @property
    def asked_mention(self) -> Mention | None:
        """What a yes/no question asks about: its last name that is not a setting ('in Florida')."""
        if self.asked_override is not None:
            return self.asked_override
        names = self.entity_mentions
        if self.words[1:2] == ["it"] and self.words[0] in ("is", "was", "were", "are"):
            for m in names:  # 'was it Yermak who led ...': the name the cleft puts first
                if m.start in (2, 3) and m.end < len(self.words) and self.words[m.end] in ("who", "that"):
                    return m
        owners = self.possessors  # 'Europe's contributions': Europe qualifies what is asked
        asked = [m for m in names if m not in self.settings and m.text not in owners]
        return (asked or names or [None])[-1]

    @property
    def included_names(self) -> set[str]:
        """'How many, Witkoff included, ...': a name counted among the answers, not asked about."""
        found = set()
        for m in self.mentions:
            after = self.words[m.end] if m.end < len(self.words) else ""
            start = m.start - 1 if m.start > 1 and self.words[m.start - 1] == "also" else m.start
            before = self.words[start - 1] if start > 0 else ""  # 'counting also Witkoff'
            if before == "of" and start > 1 and self.words[start - 2] == "inclusive":
                before = "including"  # 'inclusive of Witkoff'
            then = self.words[m.end + 1] if m.end + 1 < len(self.words) else ""
            if after in ("is", "being") and then in ("included", "counted"):
                after = then  # 'if Witkoff is included in the count'
            if after in ("included", "counted", "too", "also", "among") or before in INCLUDING:
                found.add(m.text)  # 'Witkoff among them', 'Witkoff counted'
        return found

    @property
    def possessors(self) -> set[str]:
        """Names written with a possessive 's: 'Russia's negotiator' must be Russia's ('Ukraine's
        future' is only 'for Ukraine')."""
        folded = self.text.lower().replace("’", "'")
        return {
            m.text
            for m in self.mentions
            if f"{m.text}'s" in folded
            and not re.search(rf"\b{re.escape(m.text)}'s ([\w-]+ )?{_FOR_ITS}", folded)
        }

    @property
    def for_its(self) -> set[int]:
        """Where a word follows a possessive name to say only 'for it' ('Russia's interests',
        'for Ukraine's sake'): a word of no relation ('Ukraine's future' keeps its word)."""
        folded = self.text.lower().replace("’", "'")
        return {
            m.end
            for m in self.mentions
            if m.end < len(self.words)
            and f"{m.text}'s" in folded
            and re.fullmatch(_ONLY_FOR_ITS, self.words[m.end])
        }

    def _at_the_kind(self, mention: Mention) -> bool:
        if self.form == "count" and mention.start == 0:
            return True  # 'western allies making commitments - how many?'
        asking = ("which", "many", "count", "number")
        at = next((i + 1 for i, w in enumerate(self.words) if w in asking), None)
        who_is_the = self.words[:1] == ["who"] and self.words[1:2] in (["is"], ["was"], ["were"])
        if at is None and who_is_the and self.words[2:3] in (["the"], ["a"], ["an"]):
            at = 2  # 'who was the American official that ...'; not 'who was umerov's predecessor'
        while (
            at is not None
            and at < len(self.words)
            and (self.words[at] in DETERMINERS or self.words[at] == "of")
        ):
            at += 1  # 'which of the allies', 'how many of the allies'; not 'the location of the talks'
        if at is not None and at + 1 == mention.start and self.words[at].endswith("ed"):
            return True  # 'the number of committed Western allies': past the participle
        return at == mention.start

    def before_the_kind(self, mention: Mention) -> bool:
        """'Which US official ...': a name at the kind's place, followed by the kind's word."""
        follows = mention.end < len(self.words) and stem(self.words[mention.end]) in self.type_words
        return follows and self._at_the_kind(mention)

    def names_the_kind(self, mention: Mention) -> bool:
        """'Which Western allies ...', 'how many Western allies ...': the name stands where the
        kind asked for does, so its members are asked for and what follows is said of them all."""
        return self._at_the_kind(mention) and mention not in self.kind_modifiers

    @property
    def possessed(self) -> Mention | None:
        """'Whose peace plan ...', 'whose resignation ...': the thing whose owner is asked for."""
        if "whose" not in self.words or relative(self.words, self.words.index("whose")):
            return None  # 'the plan whose leak ... came from which country': no owner asked
        at = self.words.index("whose") + 1
        first = next((m for m in self.mentions if m.start == at), None)
        if first is not None and first.generic and self.words[at].endswith("ed"):
            # 'whose leaked peace plan': past the participle, to the thing it describes
            return next((m for m in self.mentions if m.start == first.end), first)
        return first

    @property
    def entity_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if not m.generic]

    @property
    def choice(self) -> bool:
        return bool(self.options)

    @property
    def option_nodes(self) -> set:
        import pyoxigraph as ox

        return {ox.NamedNode(t) for m in self.options for t in m.things}

    @property
    def named(self) -> set[str]:
        return {t for m in self.mentions if not m.generic for t in m.things}


CHOICE_JOINERS = frozenset({"or", "vs", "versus"})
PLACE_PARTICLES = frozenset({"over", "down", "up", "out", "back"})  # 'or over in Moscow'


def or_before(words: list[str], start: int) -> int | None:
    """Where the 'or' before a name stands ('moscow or florida', 'in moscow or in florida',
    'florida vs moscow', 'down in florida or over in moscow'), or None."""
    at = _joiner_at(words, start)
    return at if at >= 1 and words[at] in CHOICE_JOINERS else None


def and_before(words: list[str], start: int) -> int | None:
    """Where the 'and' before a name stands, or None: an 'and' joins options only when the
    question says so around it ('between Florida and Moscow', 'Moscow and Florida, which one')."""
    at = _joiner_at(words, start)
    return at if at >= 1 and words[at] == "and" else None


def _joiner_at(words: list[str], start: int) -> int:
    at = start - 1
    if at >= 1 and words[at] in SETTINGS:
        at -= 1
        if at >= 1 and words[at] in PLACE_PARTICLES:
            at -= 1
    return at
