"""'Tell me about X': every fact the graph holds of a thing, grouped by property and read as
short phrases, its own facts first."""

from __future__ import annotations

import pyoxigraph as ox

from kg.qa.grammar import PREPOSITIONS
from kg.qa.text import join_labels


def select_about(thing: str) -> str:
    node = str(ox.NamedNode(thing))
    return (
        "PREFIX dip: <https://w3id.org/diplomacy/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT DISTINCT ?p ?o ?way ?plabel WHERE {\n"
        f'  {{ {node} ?p ?o BIND("out" AS ?way) }} UNION {{ ?o ?p {node} BIND("in" AS ?way) }}\n'
        '  FILTER(STRSTARTS(STR(?p), "https://w3id.org/diplomacy/ontology#"))\n'
        "  FILTER(?p NOT IN (dip:evidence, dip:demonym, dip:sentence))\n"
        '  OPTIONAL { ?p rdfs:label ?plabel FILTER(LANGMATCHES(LANG(?plabel), "en")) }\n'
        "}"
    )


Facts = list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal, bool, ox.Literal | None]]


def fact_groups(facts: Facts, labels: dict[str, str]) -> dict[tuple[bool, str], list[str]]:
    """The facts by direction and property name; unnamed relationship nodes (a participation)
    are left out, as the shortcut facts say the same."""
    groups: dict[tuple[bool, str], list[str]] = {}
    for prop, value, forward, prop_label in facts:
        if isinstance(value, ox.NamedNode) and value.value not in labels:
            continue
        name = prop_label.value if prop_label is not None else prop.value.rsplit("#", 1)[-1]
        if isinstance(value, ox.Literal) and value.datatype.value.endswith("#boolean"):
            name, shown = (name if value.value == "true" else f"not {name}"), ""  # 'is leaked'
        else:
            shown = labels.get(value.value, value.value)
        groups.setdefault((forward, name), []).append(shown)
    return groups


def summary(groups: dict[tuple[bool, str], list[str]]) -> str:
    """'holds chief negotiator of Ukraine and national security council secretary; ...; Florida
    talks has it as participant': its own facts first, then others' facts about it, each in a
    fixed order."""
    parts = []
    for forward, name in sorted(groups, key=lambda k: (not k[0], k[1])):
        shown = sorted({v for v in groups[forward, name] if v})
        values = join_labels(shown) if shown else ""
        if forward:
            parts.append(f"{name} {values}".strip())
        elif name.split()[-1] in PREPOSITIONS | {"of"}:  # 'the meeting is about it'
            parts.append(f"{values} {'is ' if ' ' not in name else ''}{name} it")
        else:  # 'Florida talks has it as participant'
            parts.append(f"{values} has it as {name}")
    return "; ".join(parts)
