"""What the question layer knows of words, read from the graph and the lexicon file.

Names come from the graph's own labels (rdfs:label, skos:altLabel, skos:hiddenLabel,
dip:demonym, and surnames of people); words for properties and classes from the ontology
(labels, altLabels, dip:questionPhrase, inverses); general synonyms from ontology/lexicon.ttl.
Nothing here is specific to one article: a new article's names and facts are read the same way.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg import resources
from kg.namespaces import DIP
from kg.qa.spelling import Spelling
from kg.qa.text import STOPWORDS, key, near_spelling, stem, tokens
from kg.stores import Store

LEX = "https://w3id.org/diplomacy/lexicon#"
MAX_NAME_VARIANTS = 64  # of one name with other words for its parts
UNSORTED = frozenset(  # classes every value of a code list has: they tell no kind apart
    ["http://www.w3.org/2002/07/owl#NamedIndividual", "http://www.w3.org/2004/02/skos/core#Concept"]
)

_NAMES = """
SELECT ?thing ?name ?how WHERE {
  { ?thing rdfs:label ?name BIND("label" AS ?how) }
  UNION { ?thing skos:altLabel ?name BIND("alt" AS ?how) }
  UNION { ?thing skos:hiddenLabel ?name BIND("hidden" AS ?how) }
  UNION { ?thing dip:demonym ?name BIND("demonym" AS ?how) }
  FILTER(isIRI(?thing))
}"""
_TYPES = "SELECT ?thing ?type WHERE { ?thing a ?type . FILTER(isIRI(?thing) && isIRI(?type)) }"
_TERMS = """
SELECT ?term ?kind WHERE {
  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
  ?term a ?kind .
}"""
_PHRASES = "SELECT ?term ?phrase WHERE { ?term dip:questionPhrase ?phrase }"
_INVERSES = "SELECT ?p ?q WHERE { ?p owl:inverseOf ?q }"
# one step, then any number: the same as rdfs:subClassOf+, in a form Virtuoso also runs (it
# cannot start a transitive path between two variables)
_SUBCLASSES = (
    "SELECT DISTINCT ?c ?super WHERE { ?c rdfs:subClassOf ?mid . ?mid rdfs:subClassOf* ?super . "
    "FILTER(isIRI(?super)) }"
)
_AGENCY = "SELECT ?p WHERE { ?p rdfs:subPropertyOf* dip:agent }"
# the properties of what a speaker does: the words of its sentiment, addressee and the like
# name what was said ('Putin's reaction')
_OF_SAYING = """
SELECT DISTINCT ?p WHERE {
  ?speaker rdfs:subPropertyOf+ dip:agent ; rdfs:domain ?act . ?p rdfs:domain ?act ; dip:questionPhrase ?x .
}"""
_STRONGER = """
SELECT DISTINCT ?weaker ?stronger WHERE {
  ?stronger dip:strongerThan ?mid . ?mid dip:strongerThan* ?weaker .
}"""  # one step, then any number, as _SUBCLASSES: a form Virtuoso runs too
_VALUES = """
SELECT ?value WHERE { ?value a ?scheme . ?scheme rdfs:subClassOf skos:Concept .
                      ?value skos:inScheme ?list . }"""
_STATED_VALUES = """
SELECT ?thing ?value WHERE {
  ?p a owl:DatatypeProperty . FILTER(STRSTARTS(STR(?p), STR(dip:)))
  ?thing ?p ?value . FILTER(isIRI(?thing))
}"""
_USED_VALUES = """
SELECT DISTINCT ?value WHERE {
  ?value skos:inScheme ?list . ?other skos:inScheme ?list . ?fact ?p ?other . FILTER(?p != skos:inScheme)
}"""


def of_phrases(name: str) -> list[str]:
    """A post's name as English also says it: 'national security council secretary' is the
    'secretary of the national security council'."""
    words = name.split()
    if len(words) < 3 or " of " in f" {name} ":
        return []
    head, rest = words[-1], " ".join(words[:-1])
    return [f"{head} of {rest}", f"{head} of the {rest}"]


def stems_of(text: str, parts: bool = True) -> frozenset[str]:
    """Stems of a text's words; a hyphenated word also by its parts ('long-term': long, term),
    unless it names a term ('sit-down' is a kind of meeting; 'sit' alone is not)."""
    words = tokens(text)
    words += [part for w in words if parts and "-" in w for part in w.split("-")]
    return frozenset(stem(t) for t in words if t not in STOPWORDS)


KIND_WORDS = frozenset(["kind", "kinds", "type", "types", "sort", "sorts"])  # 'which kind of ...'
SORTS = KIND_WORDS | {"form", "forms"}  # 'form of assistance': the assistance


def _head_noun(words: list[str]) -> str | None:
    """The noun a class's name is about: its last word ('negotiation meeting', 'form of
    assistance'), or the word before 'of' ('round of discussions')."""
    if "of" in words[1:] and words[words.index("of", 1) - 1] not in SORTS:
        return words[words.index("of", 1) - 1]
    content = [w for w in words if w not in STOPWORDS]
    return content[-1] if content else None


_PAIR_FIRST = re.compile(r"^(?P<one>[A-Z]\w+)-(?P<other>[A-Z]\w+) (?P<head>[a-z][\w ]*)$")


def _pair_spelled_out(name: str) -> list[str]:
    """'war between Russia and Ukraine', 'war of Russia and Ukraine' for 'Russia-Ukraine war'."""
    if not (pair := _PAIR_FIRST.match(name)):
        return []
    one, other, head = pair["one"], pair["other"], pair["head"]
    pairs = ((one, other), (other, one))
    return [f"{head} {joint} {a} and {b}" for joint in ("between", "of") for a, b in pairs]


@dataclass
class Lexicon(Spelling):
    """Name index, term words and synonym groups, all as stems."""

    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    label: dict[str, str] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    supers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    term_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    phrases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    question_phrases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    document_frequency: dict[str, int] = field(default_factory=dict)
    inverse: dict[str, str] = field(default_factory=dict)
    classes: set[str] = field(default_factory=set)
    properties: set[str] = field(default_factory=set)
    datatype_properties: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)
    used_values: set[str] = field(default_factory=set)
    name_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # thing: stems
    said_by: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # stem: things
    class_heads: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # stem: classes
    agency: set[str] = field(default_factory=set)  # dip:agent and its subproperties (speaker)
    stronger: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # possible: certain
    saying_words: set[str] = field(default_factory=set)  # words of a speaker's act: 'reaction'
    acting_verbs: set[str] = field(default_factory=set)  # first words of dip:agent's phrases: 'said'
    all_phrases: set[str] = field(default_factory=set)  # every property's question phrases
    several_word_phrases: set[str] = field(default_factory=set)  # of them, those of two words or more
    groups: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    opposites: dict[str, str] = field(default_factory=dict)
    group_head: dict[str, str] = field(default_factory=dict)
    shorthands: dict[str, str] = field(default_factory=dict)  # 'govt': 'government'
    borrowings: dict[str, str] = field(default_factory=dict)  # 'quién': 'who', 'combien de': 'how many'
    # several-word entries of the word groups, by their first stem: 'sort': [(('sort', 'out'), 'sort out')]
    group_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    spellings: set[str] = field(default_factory=set)  # every word of a name, phrase or group
    _spelling_list: list[str] = field(default_factory=list, repr=False)
    _shorthand_pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _borrowing_pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _spelled_stems: set[str] = field(default_factory=set, repr=False)
    name_synonyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # inside names
    demonyms: set[str] = field(default_factory=set)  # 'ukrainians': a country's people, as keys
    _all_types: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _name_ends: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def from_store(cls, store: Store) -> Lexicon:
        lexicon = cls()
        lexicon._read_terms(store)
        lexicon._read_names(store)
        lexicon._read_word_groups()
        lexicon._add_name_synonyms()
        lexicon._count_words()
        return lexicon

    def _count_words(self) -> None:
        """In how many terms' words each stem (or a word of its group) occurs: rarer is more telling."""
        counts: dict[str, int] = defaultdict(int)
        for words in self.term_words.values():
            expanded = set(words) | {g for w in words for g in self.groups.get(w, ())}
            for word in expanded:
                counts[word] += 1
        self.document_frequency = dict(counts)

    def weight(self, word: str) -> float:
        frequency = max(
            [self.document_frequency.get(word, 0)]
            + [self.document_frequency.get(g, 0) for g in self.groups.get(word, ())]
        )
        return 1.0 / (1.0 + 0.3 * math.log1p(frequency))

    def says_where(self, prop: str) -> bool:
        """Whether 'where' is a phrase of the property: a location, a venue."""
        return "where" in self.question_phrases.get(prop, ())

    def and_stronger(self, values: frozenset[str]) -> frozenset[str]:
        """The values and every value stronger than one of them: 'possible' and up."""
        return values | {s for v in values for s in self.stronger.get(v, ())}

    def is_glue(self, prop: str) -> bool:
        """A property people never name (participationOf, holder): it only joins facts. A value's
        property (a condition, a content) is never glue: reaching a value must be asked for."""
        if prop in self.datatype_properties:
            return False
        return not self.question_phrases.get(prop) and not self.question_phrases.get(
            self.inverse.get(prop, "")
        )

    def _rows(self, store: Store, sparql: str) -> list[list[str]]:
        result = store.query(sparql)
        return [[s[v].value for v in result.variables] for s in result.raw]

    def _read_terms(self, store: Store) -> None:
        for term, kind in self._rows(store, _TERMS):
            if kind.endswith("#Class"):
                self.classes.add(term)
            else:
                self.properties.add(term)
                if kind.endswith("DatatypeProperty"):
                    self.datatype_properties.add(term)
        for term, phrase in self._rows(store, _PHRASES):
            self.spellings.update(tokens(phrase))
            self.phrases[term].add(key(phrase))
            self.question_phrases[term].add(key(phrase))
            self.term_words[term] |= stems_of(phrase)
        for p, q in self._rows(store, _INVERSES):
            self.inverse[p], self.inverse[q] = q, p
        for c, sup in self._rows(store, _SUBCLASSES):
            self.supers[c].add(sup)
        self.values = {row[0] for row in self._rows(store, _VALUES)}
        self.used_values = {row[0] for row in self._rows(store, _USED_VALUES)}
        self.agency = {row[0] for row in self._rows(store, _AGENCY)}
        for weaker, stronger in self._rows(store, _STRONGER):
            self.stronger[weaker].add(stronger)
        self.acting_verbs = {  # 'how did Rubio *describe* the talks': a verb of what an agent does
            stem(phrase.split()[0]) for prop in self.agency for phrase in self.question_phrases.get(prop, ())
        }
        self.all_phrases = set().union(*self.question_phrases.values())
        self.several_word_phrases = {p for p in self.all_phrases if " " in p}
        self.saying_words = {  # one-word phrases: not the 'own' of 'in his own words'
            stem(phrase)
            for row in self._rows(store, _OF_SAYING)
            for phrase in self.question_phrases[row[0]]
            if " " not in phrase
        }
        for thing, value in self._rows(store, _STATED_VALUES):
            for word in stems_of(value):
                self.said_by[word].add(thing)

    def _read_names(self, store: Store) -> None:
        own_names: dict[str, set[str]] = defaultdict(set)  # label and altLabels, as keys
        stand_ins: dict[str, set[str]] = defaultdict(set)  # hidden labels: 'Kyiv' for Ukraine
        for thing, name, how in self._rows(store, _NAMES):
            self.spellings.update(tokens(name))
            if thing in self.classes or thing in self.properties:
                self.term_words[thing] |= stems_of(name, parts=False)
                if thing in self.classes and (head := _head_noun(tokens(name))):
                    self.class_heads[stem(head)].add(thing)  # 'take part' names no kind 'take'
                self.phrases[thing].add(key(name))
                continue
            if thing in self.values and thing not in self.used_values:
                continue  # a code list no fact uses would only catch ordinary words
            self.names[key(name)].add(thing)
            self.name_words[thing] |= stems_of(name)
            if "-" in name:  # 'russia ukraine war', '28 point plan': typed without the hyphen
                self.names[key(name.replace("-", " "))].add(thing)
            for between in _pair_spelled_out(name):
                self.names[key(between)].add(thing)
            if how == "label":
                self.label[thing] = name
            elif how == "demonym":
                self.demonyms.add(key(name))
            if how != "hidden":
                own_names[thing].add(key(name))
            else:  # 'Kyiv', 'the Sunshine State', 'FL': written for the place inside longer names
                stand_ins[thing].add(key(name))
        for thing, type_ in self._rows(store, _TYPES):
            self.types[thing].add(type_)
        # a tenure's or a participation's label ('Rustem Umerov as chief negotiator') describes
        # it; people name its parts: 'who replaced Umerov as chief negotiator' names Umerov
        relationships = {t for t in self.types if self.is_a(t, str(DIP.Relationship))}
        for name in list(self.names):
            self.names[name] -= relationships
            if not self.names[name]:
                del self.names[name]
        for thing, types in self.types.items():
            if str(DIP.Person) in types and thing in self.label:
                surname = key(self.label[thing]).split()[-1]
                self.names[surname].add(thing)
            if str(DIP.Post) in types and thing in self.label:
                for name in of_phrases(key(self.label[thing])):
                    self.names[name].add(thing)
        places = {t: stand_ins[t] for t in stand_ins if self.is_a(t, str(DIP.Place))}
        self._add_stand_ins({t: own_names[t] for t in places}, places)

    def _add_stand_ins(self, own_names: dict[str, set[str]], stand_ins: dict[str, set[str]]) -> None:
        """A name that contains a place's name is also written with what stands for the place:
        'Kyiv's team' for 'Ukraine's team', 'Washington's top diplomat' for 'America's', 'the
        Sunshine State talks' for 'the Florida talks'."""
        for name, things in list(self.names.items()):
            padded = f" {name} "
            for place, names in own_names.items():
                if place in things:
                    continue
                for own in names:
                    if f" {own} " in padded:
                        for stand_in in stand_ins[place]:
                            self.names[padded.replace(f" {own} ", f" {stand_in} ").strip()] |= things

    def _read_word_groups(self) -> None:
        graph = Graph().parse(resources.ontology_dir() / "lexicon.ttl", format="turtle")
        for group in graph.subjects(SKOS.prefLabel, None):
            self.group_head[str(group)] = str(graph.value(group, SKOS.prefLabel))
            words = [graph.value(group, SKOS.prefLabel), *graph.objects(group, SKOS.altLabel)]
            for word in words:
                self.spellings.update(tokens(str(word)))
                self.groups[key(str(word))].add(str(group))
                if " " not in key(str(word)):  # a phrase's words alone do not mean the phrase
                    self.groups[stem(key(str(word)))].add(str(group))
                else:  # found as one word of the question ('sorted out' for 'sort out')
                    parts = tuple(stem(w) for w in key(str(word)).split())
                    self.group_phrases[parts[0]].append((parts, key(str(word))))
        for group in graph.subjects(RDF.type, URIRef(LEX + "NameWords")):
            words = {key(str(w)) for w in graph.objects(group, SKOS.member)}
            for word in words:
                self.name_synonyms[word] |= words - {word}
        borrowed = {  # read first, before anything else of the question: other languages' words,
            # a spoken variety's, a text message's spellings
            word
            for kind in ("Borrowing", "DialectWord", "TextSpelling")
            for word in graph.subjects(RDF.type, URIRef(LEX + kind))
        }
        for short, word in graph.subject_objects(URIRef(LEX + "means")):
            words = self.borrowings if short in borrowed else self.shorthands
            for written in graph.objects(short, URIRef(LEX + "written")):
                words[str(written).lower()] = str(word)
        for group, word in graph.subject_objects(URIRef(LEX + "opposite")):
            self.opposites[key(str(word))] = str(group)

    def _add_name_synonyms(self) -> None:
        """A name is also written with other words for its parts: 'fight over land' for the
        'dispute over territory', 'Western friends' for 'Western allies'. Only names of two words
        or more, not 'the' and a word, so that a lone word ('land', 'the talks') names nothing new."""
        for name, things in list(self.names.items()):
            words = name.split()
            if len(words) < 2 or words[0] == "the" or not any(w in self.name_synonyms for w in words):
                continue  # 'the negotiations' is no more than 'the talks', which the kind names
            variants = [""]
            for word in words:
                options = [word, *sorted(self.name_synonyms.get(word, ()))]
                variants = [f"{v} {o}".strip() for v in variants for o in options][:MAX_NAME_VARIANTS]
            for variant in variants[1:]:
                if variant not in self.names:  # another thing's own name stays its own
                    self.names[variant] = set(things)

    def phrases_in(self, words: list[str]) -> dict[int, tuple[int, str]]:
        """The lexicon's several-word entries standing in the words, by where each starts: its
        end and its key ('sorted out' in 'how was it sorted out' is one word of 'settle')."""
        stems = [stem(w) for w in words]
        found: dict[int, tuple[int, str]] = {}
        i = 0
        while i < len(stems):
            for parts, phrase in self.group_phrases.get(stems[i], ()):
                if tuple(stems[i : i + len(parts)]) == parts:
                    found[i] = (i + len(parts), phrase)
                    i += len(parts) - 1
                    break
            i += 1
        return found

    def class_named(self, word: str) -> set[str]:
        """The classes whose own name or other names contain this (stemmed) word."""
        return {c for c in self.classes if word in self.term_words.get(c, ())}

    def kind_named(self, word: str) -> set[str]:
        """The classes a word names as the kind asked for: the head of one of their names
        ('participants', not the 'take' of 'take part'); a word for persons names persons
        ('principals')."""
        heads = set(self.class_heads.get(word, ()))
        return heads or ({str(DIP.Person)} if self.names_people(word) else set())

    def other_values(self, values: frozenset[str]) -> set[str]:
        """The other values in use of the same code lists ('certain': possible, probable)."""
        kinds = {k for v in values for k in self.types.get(v, ())} - UNSORTED
        return {
            v
            for v in self.used_values
            if v not in values and kinds & self.types.get(v, set()) and v in self.values
        }

    def class_of_word(self, word: str) -> set[str]:
        """The classes a (stemmed) word names, directly or through a lexicon group."""
        groups = self.groups.get(word, set())
        return {
            c
            for c in self.classes
            if word in self.term_words.get(c, ())
            or any(groups & self.groups.get(w, set()) for w in self.term_words.get(c, ()))
        }

    def ends_a_name(self, word: str) -> bool:
        """Whether some name ends with the word ('secretary': national security council secretary)."""
        if not self._name_ends:
            self._name_ends = {name.split()[-1] for name in self.names}
        return word in self._name_ends

    def names_people(self, word: str) -> bool:
        """'people', 'officials', 'ppl': a word for persons, the subject of a verb, no relation."""
        return any(self.group_head.get(g) == "person" for g in self.groups.get(word, ()))

    def says(self, word: str) -> bool:
        """Whether a word (a stem) is one of saying: of the 'say' group ('remark', 'words') or a
        one-word phrase of a property of saying ('quote')."""
        return word in self.saying_words or any(
            self.group_head.get(g) == "say" for g in self.groups.get(word, ())
        )

    def relational(self, word: str) -> bool:
        """Whether some property is named by this word: a question using it asks for that relation."""
        groups = self.groups.get(word, set())  # 'reaction' names what 'say' does
        return any(
            word in words or any(groups & self.groups.get(w, set()) for w in words)
            for words in self._phrased_property_words()
        )

    def _phrased_property_words(self) -> list[set[str]]:
        """The words of each property that has question phrases."""
        return [self.term_words.get(p, set()) for p in self.properties if self.question_phrases.get(p)]

    def names_a_class(self, word: str) -> bool:
        return any(word in self.term_words.get(c, ()) for c in self.classes)

    def names_a_relation(self, word: str) -> bool:
        """Like relational, and through a small typo, but not a class's word ('role')."""
        if self.names_a_class(word):
            return False
        return any(word in words or near_spelling(word, words) for words in self._phrased_property_words())

    def instances(self, cls: str) -> set[str]:
        return {t for t in self.types if cls in self.all_types(t)}

    def all_types(self, thing: str) -> frozenset[str]:
        """The thing's classes and all their superclasses (remembered: asked in inner loops)."""
        found = self._all_types.get(thing)
        if found is None:
            direct = self.types.get(thing, set())
            found = self._all_types[thing] = frozenset(
                direct | {s for t in direct for s in self.supers.get(t, ())}
            )
        return found

    def is_kind_of(self, cls: str, wider: str) -> bool:
        """Whether a class is the wider class or one of its subclasses ('official': a person)."""
        return cls == wider or wider in self.supers.get(cls, set())

    def is_a(self, thing: str, cls: str) -> bool:
        return cls in self.all_types(thing)

    def type_words(self, thing: str) -> set[str]:
        return {w for t in self.all_types(thing) for w in self.term_words.get(t, ())}

    def prop_words(self, prop: str, forward: bool) -> set[str]:
        """Words of a property walked forward, or of its inverse walked backward."""
        words = set(self.term_words.get(prop, ()))
        if not forward and prop in self.inverse:
            words |= self.term_words.get(self.inverse[prop], set())
        return words
