"""Where the shipped data files are, installed or in a checkout.

`ontology/` and `queries/` sit at the top of the repository and are installed as the package
data `kg._ontology` and `kg._queries` (see pyproject.toml); `kg/articles` and `kg/facts` are
package data of `kg` itself.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _data_dir(installed: str, checkout: str) -> Path:
    """The installed copy (kg/_ontology) when there is one, else the checkout's folder."""
    found = _PACKAGE / installed
    return found if found.is_dir() else _CHECKOUT / checkout


def ontology_dir() -> Path:
    return _data_dir("_ontology", "ontology")


def queries_dir() -> Path:
    return _data_dir("_queries", "queries")


def articles_dir() -> Path:
    return _PACKAGE / "articles"


def facts_dir() -> Path:
    return _PACKAGE / "facts"


def ontology_ttl() -> Path:
    return ontology_dir() / "diplomacy.ttl"


def ontology_rdfxml() -> Path:
    return ontology_dir() / "diplomacy.owl"


def shapes_ttl() -> Path:
    return ontology_dir() / "shapes.ttl"


def rule_files() -> list[Path]:
    return sorted((ontology_dir() / "rules").glob("*.rq"))


def fact_files() -> list[Path]:
    return sorted(facts_dir().glob("*.trig"))
