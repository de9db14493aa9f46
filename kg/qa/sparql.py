"""SPARQL built from an interpretation's parts, never from pasted question text.

IRIs come from the graph and are written through pyoxigraph's NamedNode (which rejects
anything that is not an IRI); the only question words that reach a query, in text filters,
are written as pyoxigraph Literals, whose str() is escaped N-Triples syntax.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.qa.reading import Reading
from kg.qa.walker import Hop

PROLOGUE = (
    "PREFIX dip: <https://w3id.org/diplomacy/ontology#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)


def iri(value: str) -> str:
    return str(ox.NamedNode(value))


def literal(value: str) -> str:
    return str(ox.Literal(value))


def says_word(variable: str, stem: str) -> str:
    """A filter for text holding a word that starts with `stem` ('set' in 'set a precedent', not
    in 'settlement'): the stem at a word's start and at most four letters after it, a stem's
    closing 'i' standing for 'y' ('recoveri': recovery). A stem of other characters than
    letters and digits is looked for as it is."""
    text = f"LCASE(STR({variable}))"
    if not stem.isalnum():
        return f"CONTAINS({text}, {literal(stem)})"
    pattern = stem[:-1] + "[iy]" if stem.endswith("i") else stem
    return f"REGEX({text}, {literal(f'(^|[^a-z0-9]){pattern}[a-z]{{0,4}}([^a-z0-9]|$)')})"


def variable(step: int, last: int) -> str:
    return "?answer" if step == last else f"?x{step}"


def _triple(subject: str, hop: Hop, obj: str) -> str:
    return f"  {subject} {iri(hop.prop)} {obj} ." if hop.forward else f"  {obj} {iri(hop.prop)} {subject} ."


def select_query(reading: Reading, exclude: set[str]) -> str:
    """The SELECT that gives the reading's answers, with its intermediate nodes."""
    last = len(reading.path.hops)
    names = [iri(reading.path.start)] + [variable(i, last) for i in range(1, last + 1)]
    lines = [_triple(names[i], hop, names[i + 1]) for i, hop in enumerate(reading.path.hops)]
    for k, c in enumerate(reading.constraints):
        if c.values:  # either status: 'confirmed or possible'
            lines.append(_triple(names[c.step], c.hop, f"?either{k}"))
            lines.append(f"  VALUES ?either{k} {{ {' '.join(iri(v) for v in c.values)} }}")
        elif c.via is None:
            lines.append(_triple(names[c.step], c.hop, iri(c.value)))
        else:
            lines.append(_triple(names[c.step], c.via, f"?via{k}"))
            lines.append(_triple(f"?via{k}", c.hop, iri(c.value)))
    for step, hop, value in reading.literal_constraints:
        lines.append(_triple(names[step], hop, str(value)))
    if reading.answer_classes:
        classes = " ".join(iri(c) for c in reading.answer_classes)
        lines.append(f"  ?answer a/rdfs:subClassOf* ?kind . VALUES ?kind {{ {classes} }}")
    values = all(isinstance(a, ox.Literal) for a in reading.answers)
    for word in reading.text_filter:
        if values:  # 'more work remains': the value itself says it
            lines.append(f"  FILTER({says_word('?answer', word)})")
            continue
        lines.append(f"  ?answer ?attribute{word_var(word)} ?text{word_var(word)} .")
        lines.append(f"  FILTER({says_word(f'?text{word_var(word)}', word)})")
    others = sorted(exclude - {reading.path.start})
    if others:
        lines.append(f"  FILTER(?answer NOT IN ({', '.join(iri(o) for o in others)}))")
    lines.append(f"  FILTER(?answer != {iri(reading.path.start)})")
    chosen = getattr(reading, "choose", None)
    if chosen:
        lines.append(f"  FILTER(?answer IN ({', '.join(iri(o) for o in sorted(chosen))}))")
    projection = " ".join(names[1:])
    body = "\n".join(lines)
    return f"{PROLOGUE}SELECT DISTINCT {projection} WHERE {{\n{body}\n}}"


def word_var(word: str) -> str:
    return "".join(c for c in word if c.isalnum())


def evidence_query(triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]) -> str:
    rows = "\n".join(f"    ({s} {p} {o})" for s, p, o in triples)
    return f"""{PROLOGUE}SELECT DISTINCT ?s ?p ?o ?quote ?sentence ?article WHERE {{
  VALUES (?s ?p ?o) {{
{rows}
  }}
  ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dip:evidence ?evidence .
  ?evidence oa:exact ?quote ; dip:sentence ?sentence ; prov:wasQuotedFrom ?article .
}}"""
