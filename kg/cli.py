"""The `kgqa` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.compile import FactError
from kg.export import FORMATS, SELECTIONS, ExportError, export, ontology_rdfxml
from kg.graph import (
    ONTOLOGY_GRAPH,
    DataFileError,
    add_data_file,
    article_graphs,
    build_dataset,
    load_ontology,
    new_dataset,
)
from kg.named_queries import NamedQueryError, load_named_queries
from kg.qa.evaluate import QuestionSetError
from kg.results import QUERY_FORMATS, FormatError, serialize, table
from kg.stores import STORE_HELP, QueryError, Store, open_store, ready_store

USER_ERRORS = (
    QuestionSetError,
    FactError,
    DataFileError,
    ExportError,
    QueryError,
    FormatError,
    NamedQueryError,
    OSError,
)


SERVERS = ("granian", "waitress")  # web.server serves with either


class CliError(Exception):
    """Bad input: reported as one line and exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(message)


def _validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_graphs

    if args.files:
        dataset = new_dataset()
        for path in args.files:
            add_data_file(dataset, Path(path))
        ontology = load_ontology()
        near = Path(args.files[0]).resolve()
    else:
        dataset = build_dataset()
        ontology = dataset.graph(ONTOLOGY_GRAPH)
        near = None
    graphs = article_graphs(dataset)
    report = validate_graphs(graphs, ontology, near, owl=not args.no_owl)
    triples = sum(len(g) for g in graphs)
    for problem in report.problems:
        print(problem)
    status = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{status}: {triples} triples in {len(graphs)} graph(s); checked {', '.join(report.checks)}")
    return 0 if report.ok else 1


def _export(args: argparse.Namespace) -> int:
    data = export(build_dataset(), args.format, args.graph)
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _query_text(arg: str) -> str:
    """The query: `arg` itself, or the text of the file it names (any .rq, or an existing file)."""
    if arg.endswith(".rq") or ("\n" not in arg and _is_file(arg)):
        if not _is_file(arg):
            raise CliError(f"no such query file: {arg}")
        return Path(arg).read_text(encoding="utf-8")
    return arg


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # a name too long for the file system, or with a NUL in it
        return False


def store_from_args(args: argparse.Namespace) -> Store:
    """The store the --store options name, holding --data files or else the shipped graph."""
    data = [Path(p) for p in getattr(args, "data", None) or []]
    return ready_store(
        args.store, data, graph_store=args.graph_store, union_default_graph=args.union_default_graph or None
    )


def _query(args: argparse.Namespace) -> int:
    result = store_from_args(args).query(_query_text(args.query))
    sys.stdout.buffer.write(serialize(result, args.format))
    return 0


def _questions(args: argparse.Namespace) -> int:
    store = store_from_args(args)
    for named in load_named_queries():
        if args.name and named.name != args.name:
            continue
        print(f"# {named.name}: {named.question}")
        print(table(store.query(named.sparql)))
        print()
    return 0


def _answerer(args: argparse.Namespace):
    from kg.qa.engine import QuestionAnswerer

    return QuestionAnswerer(store_from_args(args))


def _ask(args: argparse.Namespace) -> int:
    answerer = _answerer(args)
    answer = answerer.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(answer.message)
    for item in answer.evidence[:3]:
        source = f" ({item['title']})" if answerer.sources.several else ""
        print(f"  evidence: “{item['sentence']}”{source}")
    if args.sparql and answer.sparql:
        print(answer.sparql)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from kg.qa.evaluate import evaluate, load_questions, macro_f1

    questions = load_questions(Path(args.file))
    scores = evaluate(questions, _answerer(args).ask)
    for score in scores:
        if score.f1 < 1.0:
            gold = "; ".join(g[0] for g in score.gold) or "(unanswerable)"
            got = "; ".join(score.predicted) or "(nothing)"
            print(f"{score.id}  F1 {score.f1:.2f}  {score.question}\n    gold: {gold}\n    got:  {got}")
    print(f"macro F1 {macro_f1(scores):.3f} over {len(scores)} questions")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from web.server import ServiceConfig, serve

    config = ServiceConfig(
        store=args.store,
        data=[str(Path(p).resolve()) for p in args.data or []],
        graph_store=args.graph_store,
        union_default_graph=args.union_default_graph or None,
        caching=not args.no_cache,
        query_timeout=args.query_timeout,
        max_rows=args.max_rows,
        query_workers=args.query_workers,
        guarded=not args.no_query_guard,
    )
    where = f"http://{args.host}:{args.port}/"
    print(f"kgqa: serving on {where} with {args.server} (Ctrl-C stops)", flush=True)
    serve(config, args.host, args.port, args.server, args.workers, args.threads)
    return 0


def _build_ontology(args: argparse.Namespace) -> int:
    """A developer's command: regenerate the RDF/XML beside the Turtle source in a checkout."""
    folder = Path(args.dir)
    source, target = folder / "diplomacy.ttl", folder / "diplomacy.owl"
    if not source.is_file():
        raise CliError(f"no ontology source at {source}: run from the repository root or pass --dir")
    wanted = ontology_rdfxml(source.read_bytes())
    if args.check:
        if not target.is_file() or target.read_bytes() != wanted:
            raise CliError(f"{target} is out of date: run `kgqa build-ontology`")
        print(f"{target} is up to date")
        return 0
    target.write_bytes(wanted)
    print(f"wrote {target}")
    return 0


def _load(args: argparse.Namespace) -> int:
    from kg.loading import load_files

    store = open_store(
        args.store, graph_store=args.graph_store, union_default_graph=args.union_default_graph or None
    )
    try:
        report = load_files(store, [Path(p) for p in args.files], graph=args.graph)
    finally:
        store.close()
    print(report)
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from kg.ingest import IngestError, ingest, prepare

    article, facts = Path(args.article), Path(args.facts)
    try:
        if args.check:  # against the store's graph: the shipped one by default
            prepared, graph = prepare(article, facts, store_from_args(args))
            print(f"{facts}: ready to add <{prepared.graph_iri}>: {len(graph)} triples")
            return 0
        if args.store in (None, "memory", "rdflib"):
            raise CliError(
                "--store DIR (or a SPARQL server URL) is needed: a store in memory ends with the command"
            )
        store = ready_store(
            args.store, graph_store=args.graph_store, union_default_graph=args.union_default_graph or None
        )
        try:
            print(ingest(store, article, facts, replace=args.replace))
        finally:
            store.close()
    except IngestError as exc:
        print(f"kgqa: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _generate(args: argparse.Namespace) -> int:
    from kg.synthetic import articles, write_nquads

    if args.triples < 1:
        raise CliError("--triples must be at least 1")
    out = Path(args.output)
    if not out.parent.is_dir():
        raise CliError(f"no such folder: {out.parent}")
    count, quads = write_nquads(articles(args.triples, args.seed), out)
    print(f"wrote {quads} quads in {count} synthetic articles to {out} (their texts beside it)")
    return 0


def store_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    """The --store options, shared by every command that reads a store and by `python -m web`."""
    p.add_argument("--store", required=required, help=STORE_HELP)
    p.add_argument("--graph-store", help="with a --store URL: the Graph Store Protocol URL that loads go to")
    p.add_argument(
        "--union-default-graph",
        action="store_true",
        help="with a --store URL: declare that the server takes the union of all graphs as its default "
        "graph (otherwise the store asks the server)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kgqa", description="Diplomacy knowledge graph: validate, export and query it.")
    parser.add_argument("--version", action="version", version=f"kgqa {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("validate", help="check graphs: evidence, SHACL shapes, OWL consistency")
    p.add_argument("files", nargs="*", help="RDF or authored .trig files (default: the shipped graph)")
    p.add_argument("--no-owl", action="store_true", help="skip the HermiT consistency check")
    p.set_defaults(run=_validate)

    p = sub.add_parser("export", help="write the graph in an RDF format")
    p.add_argument("--format", required=True, choices=list(FORMATS), metavar="|".join(FORMATS))
    p.add_argument("--graph", default="all", choices=SELECTIONS, metavar="|".join(SELECTIONS))
    p.add_argument("--output", "-o", help="file to write (default: standard output)")
    p.set_defaults(run=_export)

    p = sub.add_parser("query", help="run a SPARQL query (text or .rq file)")
    p.add_argument("query", help="SPARQL text or a .rq file")
    p.add_argument("--format", default="table", choices=QUERY_FORMATS, metavar="|".join(QUERY_FORMATS))
    p.add_argument("--data", action="append", help="query these RDF files instead of the shipped graph")
    store_options(p)
    p.set_defaults(run=_query)

    p = sub.add_parser("ask", help="answer a question in plain English, with its evidence")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("--sparql", action="store_true", help="also print the SPARQL that answered it")
    p.add_argument("--data", action="append", help="ask these RDF files instead of the shipped graph")
    store_options(p)
    p.set_defaults(run=_ask)

    p = sub.add_parser("eval", help="score the question layer on a question set (JSON with gold answers)")
    p.add_argument("file")
    p.add_argument("--data", action="append", help="use these RDF files instead of the shipped graph")
    store_options(p)
    p.set_defaults(run=_eval)

    p = sub.add_parser("questions", help="answer the competency questions of queries/ from the graph")
    p.add_argument("name", nargs="?", help="only this question (file name without .rq)")
    store_options(p)
    p.set_defaults(run=_questions)

    p = sub.add_parser("serve", help="run the web service (SPARQL endpoint, /api/ask, pages)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--data", action="append", help="serve exactly these RDF files instead of the article graph"
    )
    p.add_argument("--no-cache", action="store_true", help="no ETags and no result cache")
    p.add_argument("--server", choices=SERVERS, default="granian", help="the HTTP server (default: granian)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="granian's worker processes")
    p.add_argument("--threads", type=int, default=4, help="Python threads per worker (default: 4)")
    p.add_argument(
        "--query-timeout", type=float, default=5.0, help="seconds a SPARQL query may run (default: 5)"
    )
    p.add_argument(
        "--max-rows", type=int, default=10_000, help="rows of a result before it is cut (default: 10000)"
    )
    p.add_argument(
        "--query-workers", type=int, default=2, help="SPARQL queries run at once, per worker (default: 2)"
    )
    p.add_argument(
        "--no-query-guard",
        action="store_true",
        help="run SPARQL in the serving process, with no deadline that stops it (trusted clients only)",
    )
    store_options(p)
    p.set_defaults(run=_serve)

    p = sub.add_parser("load", help="bulk-load RDF files into a store (a directory: Oxigraph on disk)")
    p.add_argument(
        "files", nargs="+", help="RDF files: .nt .nq .ttl .trig .rdf .owl .jsonld, or authored facts"
    )
    p.add_argument(
        "--graph", help="the named graph that triples (not quads) go to (default: the default graph)"
    )
    store_options(p, required=True)
    p.set_defaults(run=_load)

    p = sub.add_parser(
        "ingest", help="add a news article and its facts to a store as a new named graph, checked first"
    )
    p.add_argument("article", help="the article's text (UTF-8), which the evidence quotes must stand in")
    p.add_argument("facts", help="its facts in the authored form: .trig, .jsonld or .ttl (see kg/ingest.py)")
    p.add_argument("--replace", action="store_true", help="replace the article's graph if the store has it")
    p.add_argument("--check", action="store_true", help="only check the facts; write nothing")
    store_options(p)
    p.set_defaults(run=_ingest)

    p = sub.add_parser(
        "generate", help="write a synthetic diplomacy news graph (for scale tests and benchmarks)"
    )
    p.add_argument("--triples", type=int, required=True, help="about how many triples to make")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same graph (default: 1)")
    p.add_argument(
        "--output", "-o", required=True, help="the N-Quads file to write; article texts go beside it"
    )
    p.set_defaults(run=_generate)

    p = sub.add_parser("build-ontology", help="regenerate ontology/diplomacy.owl from the Turtle")
    p.add_argument("--dir", default="ontology", help="the folder of diplomacy.ttl (default: ./ontology)")
    p.add_argument("--check", action="store_true", help="only check it is up to date")
    p.set_defaults(run=_build_ontology)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except CliError as exc:
        print(f"kgqa: error: {exc}", file=sys.stderr)
        return 2
    except USER_ERRORS as exc:
        print(f"kgqa: error: {_one_line(exc)}", file=sys.stderr)
        return 1


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


if __name__ == "__main__":
    sys.exit(main())
