"""Noun phrases of a question that are more than names: a name saying which of the kind asked
for ('which official from the US'), names inside names ('the meeting with Putin'), a noun of
saying after its sayer ('Putin's reaction'), a time placed with 'after', a class named for its
few instances ('the talks')."""

from __future__ import annotations

from kg.namespaces import DIP
from kg.qa.grammar import COMMANDS, DETERMINERS, MAX_GENERIC_INSTANCES, PREPOSITIONS, after_determiner
from kg.qa.lexicon import SORTS, Lexicon
from kg.qa.linker import Mention
from kg.qa.question import Question
from kg.qa.text import STOPWORDS, stem

OTHERS = frozenset(["similar", "other", "such", "comparable", "analogous", "future", "later"])


def _pair_at_end(words: list[str]) -> int:
    """How many words at a name's end are the pair it is between: 'russia and ukraine' in 'the war
    between russia and ukraine' or 'the war of russia and ukraine'."""
    for joint in ("between", "of"):
        if joint in words[1:]:
            k = len(words) - 1 - words[::-1].index(joint)
            if "and" in words[k + 2 : -1]:
                return len(words) - k - 1
    return 0


class NounPhrases:
    lexicon: Lexicon

    def _after_the_kind(self, words: list[str], mention: Mention, type_words: set[str]) -> bool:
        """'What location in Florida', 'which official from the US', 'what in Eastern Europe':
        the name says which."""
        i = mention.start
        while i > 0 and words[i - 1] in DETERMINERS:
            i -= 1
        if i < 2 or words[i - 1] not in ("in", "from", "within"):
            return False
        before = words[i - 2]
        return before in ("what", "who", "whom") or (  # 'what in Eastern Europe could ... change'
            stem(before) in type_words and bool(self.lexicon.kind_named(stem(before)))
        )

    def _inner_names(self, words: list[str], mentions: list[Mention]) -> set[str]:
        """People and countries named inside a longer name, after a preposition ('the meeting
        with Putin'): they are named, so no answer. Not so the parties a name opens with ('the
        russia ukraine war', nor 'the war between Russia and Ukraine': its belligerents are asked for)."""
        found: set[str] = set()
        for m in mentions:
            parties = _pair_at_end(words[m.start : m.end])
            for i in range(m.start, m.end - parties):
                joints = PREPOSITIONS | {"of", "and", "between"}
                before = words[i - 2] if i - 2 >= m.start and words[i - 1] == "the" else words[i - 1]
                if i == m.start or before not in joints:  # 'with Putin', 'with the Russian leader'
                    continue
                for j in range(i + 1, m.end + 1):
                    for thing in self.lexicon.names.get(" ".join(words[i:j]), ()):
                        if thing not in m.things and self.lexicon.is_a(thing, str(DIP.Agent)):
                            found.add(thing)
        return found

    def _speakers(self, words: list[str], mentions: list[Mention]) -> set[str]:
        """'How did Rubio describe the talks': a name right before a verb of doing or saying
        (a phrase of dip:agent's kind) is who did it."""
        return {
            thing
            for m in mentions
            if m.end < len(words) and stem(words[m.end]) in self.lexicon.acting_verbs
            for thing in m.things
            if self.lexicon.is_a(thing, str(DIP.Agent))
        }

    def _said_by_owner(self, question: Question) -> str | None:
        """'Putin's reaction', 'Rubio's take on the talks': a noun of saying right after a
        possessive name asks what that one said, as the verb 'say' does."""
        owners = question.possessors
        for m in question.mentions:
            speaker = any(self.lexicon.is_a(t, str(DIP.Agent)) for t in m.things)  # not 'the round's terms'
            if speaker and m.text in owners and m.end < len(question.words):
                word = stem(question.words[m.end])
                if word == "take" or self.lexicon.says(word):
                    return word
        return None

    def _time_phrases(self, words: list[str], covered: set[int]) -> set[int]:
        """'after the domestic political changes': 'after' or 'before' with no name after it
        places the question in time; it names no succession."""
        found = set()
        for i, w in enumerate(words):
            if w in ("after", "before", "following"):
                j = i + 1
                while j < len(words) and words[j] in DETERMINERS:
                    j += 1
                if j < len(words) and j not in covered:  # not a stranded 'come after?'
                    found.add(i)
        return found

    def _kind_after_name(self, words: list[str], mentions: list[Mention]) -> set[int]:
        """'the latest round of talks', 'latest round talks': a word (after 'of', or right
        after) naming the kind of the name before it is part of that name, no relation; so is
        a country's 'side'."""
        found = set()
        for m in mentions:
            asking = words[m.start - 1 : m.start] in (["what"], ["which"]) or (
                m.start > 1 and words[m.start - 1] == "the" and words[m.start - 2] in COMMANDS
            )
            if asking:
                continue  # 'which US state', 'name the US state': the kind asked for, the name its modifier
            i = m.end + 1 if m.end < len(words) and words[m.end] == "of" else m.end
            if i < len(words) and words[i] in ("side", "camp") and i == m.end:
                if any(self.lexicon.is_a(t, str(DIP.Country)) for t in m.things):
                    found.add(i)  # 'the russian side': the country itself
                continue
            if i < len(words):
                kinds = self.lexicon.class_named(stem(words[i]))
                if any(kinds & self.lexicon.types.get(t, set()) for t in m.things):
                    found.add(i)
        return found

    def _kind_asked_at(self, words: list[str], i: int) -> bool:
        """'which talks', 'which peace plan': the kind asked for; not in 'which country's plan',
        where the country is asked for and the plan is a thing."""
        if i and words[i - 1] in ("which", "what"):
            return True
        asked = i > 1 and words[i - 2] in ("which", "what")
        return asked and not self.lexicon.class_named(stem(words[i - 1]))

    def _owned_thing(self, words: list[str], i: int, covered: set[int]) -> bool:
        """'which nation's plan': a thing, not an agent, owned by a kind of agent asked for,
        stands for its instances as after 'the'; not 'which country's government', an agent,
        nor 'which person's meeting', whose owner is one of its participants."""
        if i < 2 or words[i - 2] not in ("which", "what") or i - 1 in covered:
            return False
        agent, person = str(DIP.Agent), str(DIP.Person)
        owners = self.lexicon.class_named(stem(words[i - 1]))
        owned = self.lexicon.class_named(stem(words[i]))
        return (
            bool(owners)
            and not any(self.lexicon.is_kind_of(c, person) for c in owners)
            and not any(self.lexicon.is_kind_of(c, agent) for c in owned)
        )

    def _class_mentions(
        self, words: list[str], covered: set[int], type_words: set[str], capitals: set[str]
    ) -> list[Mention]:
        """'the plan', 'the talks': a class named without a name, standing for its few instances."""
        found = []
        for i, word in enumerate(words):
            if i in covered or word in STOPWORDS or stem(word) in type_words or word in SORTS:
                continue  # 'the kinds of aid': the aid is what is named
            if i and words[i - 1] in OTHERS:
                continue  # 'the similar conflicts': others than the one the graph holds
            compound = i + 1 < len(words) and words[i + 1] in capitals and word in capitals
            owned = self._owned_thing(words, i, covered)  # 'which nation's plan'
            if not (after_determiner(words, i, covered) or owned) or compound:  # not 'the State Department'
                continue
            # a class whose name the word heads first ('negotiations' are no negotiating team);
            # the narrowest class first ('the talks': the negotiation, not every meeting), in a
            # fixed order whatever the hash seed
            named = self.lexicon.kind_named(stem(word)) or self.lexicon.class_named(stem(word))
            classes = sorted(  # the ontology's own classes: schema:CreativeWork's 'work' is no plan
                (c for c in named if c.startswith(str(DIP))),
                key=lambda c: (len(self.lexicon.instances(c)), c),
            )
            of_something = i + 1 < len(words) and words[i + 1] == "of"
            if of_something and words[i + 2 : i + 3] in (["which"], ["what"], ["whose"]):
                continue  # 'the government of which country': whose government is asked, not one of them
            for cls in classes:
                things = self.lexicon.instances(cls)
                if of_something and things <= self.lexicon.values:
                    continue  # 'the resolution of conflicts' is resolving them, not a status
                if 0 < len(things) <= MAX_GENERIC_INSTANCES and not self._kind_asked_at(words, i):
                    found.append(Mention(i, i + 1, word, frozenset(things), exact=True, generic=True))
                    break
        return found
