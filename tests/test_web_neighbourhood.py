"""/api/neighbourhood over real HTTP: the graph one hop around an entity as nodes and edges, cut
at 60 nodes, for IRIs this service mints only; and the entity pages that use it.

Expected neighbours come from the server's own /sparql endpoint (the same store).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kg.stores import Store
from web import create_app
from web.pages import SECURITY_POLICY
from web.testing import ServerProcess

BASE = "https://w3id.org/diplomacy/"
UMEROV = BASE + "id/rustem-umerov"
API = "/api/neighbourhood"
HUB_SPOKES = 100


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server of a tiny graph: one hub linked to HUB_SPOKES entities."""
    path = tmp_path_factory.mktemp("hub") / "hub.nt"
    lines = [f"<{BASE}id/hub> <{BASE}ontology#knows> <{BASE}id/spoke-{i}> ." for i in range(HUB_SPOKES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with ServerProcess(data=[Path(path)]) as running:
        yield running


def get(server: ServerProcess, iri: str | None) -> requests.Response:
    params = {} if iri is None else {"iri": iri}
    return requests.get(server.url + API, params=params, headers={"Accept": "application/json"}, timeout=60)


def test_the_shape_is_nodes_and_edges_with_labels_and_links(server: ServerProcess) -> None:
    response = get(server, UMEROV)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {"iri", "nodes", "edges", "truncated"}
    assert data["iri"] == UMEROV and data["truncated"] is False
    centre, *others = data["nodes"]
    assert centre == {"id": UMEROV, "label": "Rustem Umerov", "href": "/id/rustem-umerov", "centre": True}
    assert others and all(set(n) == {"id", "label", "href", "centre"} for n in others)
    assert all(n["id"].startswith(BASE) and n["href"] == "/" + n["id"][len(BASE) :] for n in others)
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == len(data["nodes"])
    for edge in data["edges"]:
        assert set(edge) == {"id", "source", "target", "label", "iri"}
        assert UMEROV in (edge["source"], edge["target"]) and {edge["source"], edge["target"]} <= ids


def test_the_neighbours_are_the_linked_entities(server: ServerProcess) -> None:
    data = get(server, UMEROV).json()
    labels = {n["label"] for n in data["nodes"]}
    assert {"Ukrainian delegation", "Andriy Yermak"} <= labels
    leads = [e for e in data["edges"] if e["iri"] == BASE + "ontology#leads"]
    assert [(e["source"], e["target"]) for e in leads] == [(UMEROV, BASE + "id/ukrainian-delegation")]
    assert leads[0]["label"] == "leads"
    assert not any(e["iri"].endswith(("#type", "#subject", "#object", "#label")) for e in data["edges"])


def test_the_picture_is_cut_at_60_nodes(hub_server: ServerProcess) -> None:
    data = get(hub_server, BASE + "id/hub").json()
    assert len(data["nodes"]) == 60 and data["truncated"] is True
    kept = {n["id"] for n in data["nodes"]}
    assert len(data["edges"]) == 59 and all(e["target"] in kept for e in data["edges"])
    few = get(hub_server, BASE + "id/spoke-7").json()
    assert len(few["nodes"]) == 2 and few["truncated"] is False


@pytest.mark.parametrize(
    "iri",
    [
        None,
        "",
        "http://www.wikidata.org/entity/Q212",
        "javascript:alert(1)",
        BASE + "id/../etc/passwd",
        BASE + "unknown-kind/x",
        "rustem-umerov",
    ],
)
def test_iris_this_service_does_not_mint_are_a_400(server: ServerProcess, iri: str | None) -> None:
    response = get(server, iri)
    assert response.status_code == 400
    assert response.headers["Content-Type"].startswith("text/plain")


def test_an_unknown_entity_is_a_404(server: ServerProcess) -> None:
    response = get(server, BASE + "id/nobody-at-all")
    assert response.status_code == 404
    assert "nobody-at-all" in response.text


def test_entity_pages_load_the_picture_only_from_this_site(server: ServerProcess) -> None:
    response = requests.get(server.url + "/id/rustem-umerov", timeout=60)
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    if "network.js" in response.text:  # the libraries are installed (scripts/setup.sh)
        assert "script-src 'self';" in policy and "connect-src 'self'" in policy
        assert 'src="/static/vendor/cytoscape/cytoscape.min.js"' in response.text
        assert requests.get(server.url + "/static/vendor/cytoscape/cytoscape.min.js", timeout=60).ok
    else:
        assert "script-src" not in policy


def test_only_the_editor_allows_inline_styles(server: ServerProcess) -> None:
    response = requests.get(server.url + "/editor", timeout=60)
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in policy and "<script>" not in response.text  # no inline script
    yasgui = "yasgui.min.js" in response.text
    assert ("'unsafe-inline'" in policy) == yasgui == ("script-src 'self';" in policy)


def test_without_the_libraries_the_pages_are_not_enhanced(store: Store, tmp_path: Path) -> None:
    """As after `pip install .` without scripts/setup.sh: no vendor files, no scripts, strict CSP."""
    app = create_app(store)
    app.static_folder = str(tmp_path)
    client = app.test_client()
    for path in ("/editor", "/id/rustem-umerov"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.headers["Content-Security-Policy"] == SECURITY_POLICY
        assert b"<script" not in response.data and b"/vendor/" not in response.data
    assert b'<textarea id="query"' in client.get("/editor").data
