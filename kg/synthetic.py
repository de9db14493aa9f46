"""Synthetic diplomacy news, for scale tests and benchmarks: `kgqa generate --triples N --seed S`.

A seeded world of invented countries, cities, people and posts, and articles about meetings
between them. Each article is written twice, as text and as authored facts whose quotes are
sentences of that text, and then published by the same compiler as a real article
(`kg.compile.compile_article`): evidence, reification and the materialisation rules included,
so the output follows the ontology and the shapes exactly as the shipped graph does.

Tenures, participations and statements are minted per article, so that articles never
contradict each other (one article's current chief negotiator may be another's former one).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, RDFS

from kg.compile import Article, compile_article
from kg.namespaces import ARTICLE, BASE, DIP, ID, OA, PROV, SCHEMA

EVIDENCE = Namespace(BASE + "evidence/")
TRIPLES_PER_ARTICLE = 330  # roughly; the generator stops once the target is reached

_ONSETS = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "v"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_CODAS = ["", "", "n", "r", "s", "l", "m", "sk", "nd"]
_ISSUES = [
    "border demarcation",
    "prisoner exchanges",
    "energy transit",
    "grain exports",
    "sanctions relief",
    "ceasefire monitoring",
    "refugee returns",
    "water rights",
    "fishing quotas",
    "debt restructuring",
    "minority languages",
    "airspace access",
    "port fees",
    "mine clearance",
    "trade tariffs",
]
_ASSESSMENTS = ["productive", "difficult", "constructive", "frank", "encouraging", "tense", "useful"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _demonym(name: str) -> str:
    for ending, replaced in (("ia", "ian"), ("ana", "anian"), ("stan", "stani"), ("land", "lander")):
        if name.endswith(ending):
            return name.removesuffix(ending) + replaced
    return name + "ese"


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


@dataclass
class Country:
    name: str
    demonym: str
    cities: list[str]
    people: list[str] = field(default_factory=list)

    @property
    def iri(self) -> URIRef:
        return ID[f"syn-{_slug(self.name)}"]


@dataclass
class World:
    """The invented countries, their cities and people, drawn once from the seed."""

    rng: random.Random
    countries: list[Country]

    @classmethod
    def draw(cls, seed: int, articles: int) -> World:
        rng = random.Random(seed)  # noqa: S311 (seeded test data, not secrets)
        names: set[str] = set()
        countries: list[Country] = []
        while len(countries) < max(6, min(120, articles // 8)):
            name = _word(rng, rng.choice([2, 3])) + rng.choice(["ia", "land", "stan", "ovia", "ana"])
            if name in names:
                continue
            names.add(name)
            cities = [_word(rng, 2) + rng.choice(["grad", "burg", "polis", "ton", "a"]) for _ in range(3)]
            countries.append(Country(name, _demonym(name), cities))
        people: set[str] = set()
        while len(people) < max(20, articles * 2):
            people.add(f"{_word(rng, 2)} {_word(rng, 3)}")
        for index, person in enumerate(sorted(people)):
            countries[index % len(countries)].people.append(person)
        return cls(rng, countries)


def person_iri(name: str) -> URIRef:
    return ID[f"syn-{_slug(name)}"]


class ArticleWriter:
    """One synthetic article: its text, sentence by sentence, and the facts each sentence states."""

    def __init__(self, world: World, number: int) -> None:
        self.rng = world.rng
        self.slug = f"synthetic-{number:06d}"
        self.iri = ARTICLE[self.slug]
        self.sentences: list[str] = []
        self.authored = Dataset()
        self.default = self.authored.graph(DATASET_DEFAULT_GRAPH_ID)
        self.host, self.guest = self.rng.sample(world.countries, 2)

    def local(self, name: str) -> URIRef:
        """An IRI minted for this article only (a tenure, a participation, a statement)."""
        return ID[f"{self.slug}-{name}"]

    def say(self, key: str, sentence: str, facts: list[tuple[URIRef, URIRef, object]]) -> None:
        quote = EVIDENCE[f"{self.slug}/{key}"]
        self.sentences.append(sentence)
        self.default.add((quote, OA.exact, Literal(sentence.rstrip("."))))
        graph = self.authored.graph(quote)
        for s, p, o in facts:
            graph.add((s, p, o if isinstance(o, URIRef | Literal) else Literal(o)))

    def declare(self, iri: URIRef, kind: URIRef, label: str) -> URIRef:
        self.default.add((iri, RDF.type, kind))
        self.default.add((iri, RDFS.label, Literal(label, lang="en")))
        return iri

    def country(self, country: Country) -> URIRef:
        self.declare(country.iri, DIP.Country, country.name)
        self.default.add((country.iri, DIP.demonym, Literal(country.demonym, lang="en")))
        return country.iri

    def person(self, name: str) -> URIRef:
        return self.declare(person_iri(name), DIP.Person, name)

    def post(self, country: Country, title: str) -> URIRef:
        return self.declare(
            ID[f"syn-{_slug(title)}-of-{_slug(country.name)}"], DIP.Post, f"{title} of {country.name}"
        )

    def participation(self, name: str, team: URIRef, event: URIRef, factuality: URIRef) -> list:
        taking_part = self.local(name)
        return [
            (taking_part, RDF.type, DIP.Participation),
            (taking_part, DIP.participationOf, team),
            (taking_part, DIP.participationIn, event),
            (taking_part, DIP.factuality, factuality),
        ]

    def write(self) -> tuple[Article, Dataset]:
        """The article's text and its authored facts, sentence by sentence."""
        rng, host, guest = self.rng, self.host, self.guest
        self.city = rng.choice(host.cities)
        month, year = rng.choice(_MONTHS), rng.randint(2019, 2026)
        self.meeting = self.declare(
            self.local("talks"), DIP.NegotiationMeeting, f"{self.city} talks of {month} {year}"
        )
        self.teams = {}
        for country in (host, guest):
            self.country(country)
            label = f"{country.demonym} delegation"
            self.teams[country.name] = self.declare(
                self.local(f"{_slug(country.name)}-delegation"), DIP.Delegation, label
            )
        title = f"{self.city} talks between {host.name} and {guest.name} (synthetic)"
        self.declare(self.iri, SCHEMA.NewsArticle, title)
        self.default.add((self.iri, RDF.type, PROV.Entity))
        self.default.add((self.iri, DIP.textFile, Literal(f"{self.slug}.txt")))
        self.default.add((self.iri, SCHEMA.about, self.meeting))
        first, second = rng.sample(_ISSUES, 2)
        self.met(f"{month} {year}", first)
        lead, previous = rng.sample(host.people, 2)
        tenure, post = self.led(lead)
        self.assessed(rng.choice(guest.people), rng.choice(_ASSESSMENTS))
        if rng.random() < 0.5:
            self.replaced(lead, previous, tenure, post, year)
        issue = self.declare(ID[f"syn-{_slug(second)}"], DIP.Issue, second)
        self.say(
            "obstacle",
            f"Officials in {self.city} said {second} remained the main obstacle.",
            [(self.meeting, DIP.addresses, issue)],
        )
        if rng.random() < 0.5:
            self.follow_up(rng.choice(guest.cities))
        text = f"{host.name} and {guest.name} hold talks in {self.city}\n\n" + " ".join(self.sentences) + "\n"
        return Article(self.iri, text, Path(f"{self.slug}.txt")), self.authored

    def met(self, when: str, topic: str) -> None:
        place = self.declare(ID[f"syn-{_slug(self.city)}"], DIP.City, self.city)
        issue = self.declare(ID[f"syn-{_slug(topic)}"], DIP.Issue, topic)
        facts = [
            (self.meeting, DIP.location, place),
            (self.meeting, DIP.eventStatus, DIP.Held),
            (self.meeting, DIP.addresses, issue),
        ]
        for country in (self.host, self.guest):
            team = self.teams[country.name]
            facts += self.participation(
                f"participation-{_slug(country.name)}", team, self.meeting, DIP.Certain
            )
            facts.append((team, DIP.represents, country.iri))
        who = f"{self.host.name} and {self.guest.name}"
        sentence = f"Delegations from {who} met in {self.city} in {when} for talks on {topic}."
        self.say("met", sentence, facts)

    def led(self, lead: str) -> tuple[URIRef, URIRef]:
        host, person = self.host, self.person(lead)
        post, tenure = self.post(host, "chief negotiator"), self.local("tenure-lead")
        self.say(
            "led",
            f"The {host.demonym} delegation was led by {lead}, the chief negotiator of {host.name}.",
            [
                (person, DIP.leads, self.teams[host.name]),
                (person, DIP.memberOf, self.teams[host.name]),
                (tenure, DIP.holder, person),
                (tenure, DIP.ofPost, post),
                (tenure, DIP.tenureStatus, DIP.Current),
                (post, DIP.postIn, host.iri),
            ],
        )
        return tenure, post

    def assessed(self, speaker: str, assessment: str) -> None:
        person = self.person(speaker)
        statement = self.declare(
            self.local("statement"), DIP.Statement, f"{speaker} on the {self.city} talks"
        )
        sentence = (
            f"{speaker}, who headed the {self.guest.demonym} team, described the discussions as {assessment}."
        )
        self.say(
            "assessed",
            sentence,
            [
                (person, DIP.leads, self.teams[self.guest.name]),
                (statement, DIP.speaker, person),
                (statement, DIP.about, self.meeting),
                (statement, DIP.assessment, assessment),
            ],
        )

    def replaced(self, lead: str, previous: str, tenure: URIRef, post: URIRef, year: int) -> None:
        former, person = self.local("tenure-previous"), self.person(previous)
        self.say(
            "replaced",
            f"{lead} took over the role from {previous} earlier in {year}.",
            [
                (tenure, DIP.holder, person_iri(lead)),
                (tenure, DIP.replaces, person),
                (former, DIP.holder, person),
                (former, DIP.ofPost, post),
                (former, DIP.tenureStatus, DIP.Former),
            ],
        )

    def follow_up(self, venue: str) -> None:
        later = self.declare(self.local("follow-up"), DIP.Meeting, f"follow-up to the {self.city} talks")
        place = self.declare(ID[f"syn-{_slug(venue)}"], DIP.City, venue)
        facts = [(later, DIP.eventStatus, DIP.Planned), (later, DIP.location, place)]
        for country in (self.host, self.guest):
            team = self.teams[country.name]
            facts += self.participation(f"follow-up-{_slug(country.name)}", team, later, DIP.Probable)
        self.say("follow-up", f"A follow-up round in {venue} is expected within weeks.", facts)


def articles(triples: int, seed: int = 1) -> Iterator[tuple[Article, Graph]]:
    """Published synthetic articles, in order, until about `triples` triples have been made."""
    world = World.draw(seed, max(1, triples // TRIPLES_PER_ARTICLE))
    made, number = 0, 0
    while made < triples:
        number += 1
        article, authored = ArticleWriter(world, number).write()
        graph = compile_article(article, authored, article.slug)
        made += len(graph)
        yield article, graph


def write_nquads(graphs: Iterator[tuple[Article, Graph]], out: Path) -> tuple[int, int]:
    """Stream the articles' graphs into an N-Quads file, their texts beside it (where
    `kgqa validate` looks for them); returns (articles, quads)."""
    count = quads = 0
    with out.open("wb") as sink:
        for article, graph in graphs:
            (out.parent / article.path.name).write_text(article.text, encoding="utf-8")
            data = Dataset()
            target = data.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
            lines = data.serialize(format="nquads", encoding="utf-8").splitlines(keepends=True)
            sink.writelines(sorted(lines))  # rdflib's order follows the hash seed; sorted is stable
            count += 1
            quads += len(graph)
    return count, quads
