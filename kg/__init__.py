"""Diplomacy knowledge graph: ontology, article facts with evidence, and the tools around them."""

__version__ = "0.1.0"
