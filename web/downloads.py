"""Downloads of the served graph: /download/<which>.<ext>, and /download by Accept (or a page
listing every file, for browsers).

`which` is all, ontology or facts (every graph but the ontology's, as `kgqa export --graph`
selects them); `ext` is ttl, nt, nq, trig, jsonld or rdf (RDF/XML). N-Quads, TriG and JSON-LD
keep the named graphs; Turtle, N-Triples and RDF/XML merge them into one graph.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from flask import Blueprint, Response, request
from werkzeug.exceptions import NotFound

from kg.export import SELECTIONS
from kg.namespaces import ONTOLOGY_IRI
from web.formats import GRAPHS, HTML, choose
from web.pages import html_page
from web.rdf import EXTENSION_OF, EXTENSIONS, FORMAT_NAMES, keeps_graphs, rdf_response
from web.state import get_store

OFFERED = (HTML, *GRAPHS)
CONTENTS = {
    "all": "the whole graph: the ontology and every article's facts",
    "ontology": "the ontology only",
    "facts": "the facts only: every graph but the ontology's",
}
assert set(CONTENTS) == set(SELECTIONS)

bp = Blueprint("downloads", __name__)


@bp.route("/download")
def index() -> Response:
    """The whole graph in the format Accept asks for; for browsers, the list of downloads."""
    fmt = choose(OFFERED, request.args.getlist("format"), "the download")
    if fmt is HTML:
        return html_page("downloads/index.html", files=listing())
    ext = EXTENSION_OF[fmt]
    return rdf_response(selected("all"), fmt, filename("all", ext))


@bp.route("/download/<name>")
def download(name: str) -> Response:
    """One selection of the graph in one format, as a file: /download/facts.nq."""
    which, _, ext = name.rpartition(".")
    if which not in SELECTIONS or ext not in EXTENSIONS:
        names = f"{'|'.join(SELECTIONS)}.{'|'.join(EXTENSIONS)}"
        raise NotFound(f"no download called {name[:100]!r}: the downloads are /download/{names}")
    return rdf_response(selected(which), EXTENSIONS[ext], filename(which, ext))


def selected(which: str) -> Iterator[ox.Quad]:
    """The quads of a selection: all of them, the ontology graph's, or all but those."""
    store = get_store()
    if which == "ontology":
        return store.quads(ONTOLOGY_IRI)
    ontology = ox.NamedNode(ONTOLOGY_IRI)
    return (q for q in store.quads() if which == "all" or q.graph_name != ontology)


def filename(which: str, ext: str) -> str:
    return f"diplomacy-{which}.{ext}"


def listing() -> list[dict[str, object]]:
    """Every download, by selection: its description and a link per format."""
    return [
        {
            "which": which,
            "contents": CONTENTS[which],
            "files": [
                {
                    "name": FORMAT_NAMES[ext],
                    "href": f"{request.script_root}/download/{which}.{ext}",
                    "keeps_graphs": keeps_graphs(fmt),
                }
                for ext, fmt in EXTENSIONS.items()
            ],
        }
        for which in SELECTIONS
    ]
