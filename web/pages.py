"""What the HTML pages share: how an RDF term is shown and linked, and how a page is answered.

Links are made only to http(s) IRIs: an IRI such as `javascript:alert(1)` is valid RDF, and is
shown as text. IRIs this service mints link to the page it serves for them:

>>> local_path("https://w3id.org/diplomacy/id/rustem-umerov")
'id/rustem-umerov'
>>> local_path("https://w3id.org/diplomacy/ontology#Person")
'ontology#Person'
>>> local_path("https://w3id.org/diplomacy/id/../etc") is None
True
>>> is_web_iri("javascript:alert(1)"), is_web_iri("https://www.wikidata.org/entity/Q212")
(False, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
from flask import Response, current_app, render_template, request

from kg.namespaces import BASE, PREFIXES
from kg.stores import Store, Term
from web.formats import Format
from web.rdf import EXTENSION_OF, FORMAT_NAMES, TRIPLES_ONLY

NAME = r"[A-Za-z0-9_-]{1,200}"
SLUG = re.compile(NAME)
LOCAL_PATH = re.compile(rf"(?:id|article|graph|statement)/{NAME}|evidence/{NAME}/{NAME}|ontology(?:#{NAME})?")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
RDF_FIRST = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")
RDF_REST = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
OWL_UNION_OF = ox.NamedNode("http://www.w3.org/2002/07/owl#unionOf")
# No script may run, no style but the site's own file, nothing loaded from elsewhere.
SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Pages with progressive enhancement may also run the site's own scripts and fetch from it.
SCRIPTED_POLICY = SECURITY_POLICY + "; script-src 'self'; connect-src 'self'"
# Entity pages draw the graph with cytoscape, which adds one fixed <style> element (its container's
# `position: relative`): that stylesheet alone is allowed, by its hash, not inline styles at large.
NETWORK_POLICY = SCRIPTED_POLICY.replace(
    "style-src 'self'", "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
)
# Front-end libraries from npm (package.json), which scripts/setup.sh copies into static/vendor/.
VENDOR_FILES = {
    "yasgui": ("yasgui/yasgui.min.js", "yasgui/yasgui.min.css"),
    "cytoscape": ("cytoscape/cytoscape.min.js",),
}


@dataclass(frozen=True)
class Node:
    """A term as a page shows it: its text, where it links (if anywhere), its hover title;
    a class union shows the classes it unites."""

    text: str
    href: str | None = None
    title: str = ""
    members: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Alternate:
    """Another representation of the page: its media type, a name for people and its URL."""

    media_type: str
    name: str
    href: str


def local_path(iri: str) -> str | None:
    """The path (after /) of the page this service serves for `iri`, if it serves one."""
    if iri.startswith(BASE) and LOCAL_PATH.fullmatch(iri[len(BASE) :]):
        return iri[len(BASE) :]
    return None


def is_web_iri(iri: str) -> bool:
    try:
        return urlsplit(iri).scheme.lower() in ("http", "https")
    except ValueError:
        return False


def href(iri: str) -> str | None:
    """Where a link to `iri` goes: this service's page for it, the IRI itself, or nowhere."""
    path = local_path(iri)
    if path is not None:
        return f"{request.script_root}/{path}"
    return iri if is_web_iri(iri) else None


def compact(iri: str) -> str:
    """`dip:Person` for a term of a known namespace, else the IRI itself."""
    for name, namespace in PREFIXES.items():
        local = iri.removeprefix(namespace)
        if local != iri and SLUG.fullmatch(local):
            return f"{name}:{local}"
    return iri


def short(iri: str) -> str:
    """A name for an IRI without a label: compacted, or its path when this service minted it."""
    found = compact(iri)
    return iri.removeprefix(BASE) if found == iri and local_path(iri) else found


def label(store: Store, term: ox.NamedNode | ox.BlankNode) -> str | None:
    """The term's name: an English (or untagged) rdfs:label, else any label or skos:prefLabel."""
    names = [n for p in (RDFS_LABEL, SKOS_PREF_LABEL) for n in store.objects(term, p)]
    names = [n for n in names if isinstance(n, ox.Literal)]
    english = [n for n in names if (n.language or "en").lower().startswith("en")]
    found = english or names
    return found[0].value if found else None


def node(store: Store, term: Term) -> Node:
    """How a page shows `term`: a named thing by its label, linked; a literal as its text."""
    if isinstance(term, ox.NamedNode):
        return Node(label(store, term) or short(term.value), href(term.value), term.value)
    if isinstance(term, ox.Literal):
        plain = term.language or term.datatype.value == XSD_STRING
        return Node(term.value, None, term.language or ("" if plain else compact(term.datatype.value)))
    if isinstance(term, ox.BlankNode):
        members = [node(store, m) for u in store.objects(term, OWL_UNION_OF) for m in rdf_list(store, u)]
        return Node("any of", members=tuple(members)) if members else Node("(a blank node)")
    return Node(str(term))


def rdf_list(store: Store, head: Term) -> list[Term]:
    """The members of an RDF collection, in order (a cycle or a branch ends it)."""
    members: list[Term] = []
    seen: set[Term] = set()
    while isinstance(head, ox.BlankNode) and head not in seen:
        seen.add(head)
        members += store.objects(head, RDF_FIRST)[:1]
        rest = store.objects(head, RDF_REST)
        head = rest[0] if len(rest) == 1 else ox.Literal("")
    return members


def alternates(path: str, offered: tuple[Format, ...] = TRIPLES_ONLY) -> list[Alternate]:
    """The page's representations in RDF formats, by `format=` on its own path."""
    return [
        Alternate(
            fmt.media_type, FORMAT_NAMES[EXTENSION_OF[fmt]], f"{request.script_root}{path}?format={ext}"
        )
        for fmt in offered
        for ext in [EXTENSION_OF[fmt]]
    ]


def link_header(links: list[Alternate]) -> str:
    return ", ".join(f'<{a.href}>; rel="alternate"; type="{a.media_type}"' for a in links)


def has_vendor(library: str) -> bool:
    """Whether the files of a front-end library of VENDOR_FILES are there to be served: without
    them (a checkout or `pip install .` without scripts/setup.sh) pages are not enhanced by it."""
    folder = Path(current_app.static_folder or "", "vendor")
    return all((folder / name).is_file() for name in VENDOR_FILES[library])


def html_page(
    template: str,
    status: int = 200,
    links: list[Alternate] | None = None,
    scripted: bool = False,
    policy: str | None = None,
    **context: object,
) -> Response:
    """A page rendered from `template` (autoescaped), with the headers every page carries;
    a `scripted` page may load the site's own scripts (and they may fetch from the site);
    `policy` replaces the Content-Security-Policy for a page whose libraries need another."""
    body = render_template(template, alternates=links or [], **context)
    response = Response(body, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = policy or (SCRIPTED_POLICY if scripted else SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.vary.add("Accept")
    if links:
        response.headers["Link"] = link_header(links)
    return response
