"""The question layer: plain English to SPARQL over the graph, answers with their evidence."""
