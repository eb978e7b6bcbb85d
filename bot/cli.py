"""The ``reportbot`` command line: ask, docs, index, eval, serve, health."""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from reportbot.bot.settings import Settings
from reportbot.corpus.errors import DocumentError, ReportbotError, SettingsError, UsageError

logger = logging.getLogger("reportbot")
MAX_K = 20


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints two)
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reportbot", description="Answers questions about the documents in its data folder.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    ask = sub.add_parser("ask", help="answer a question (or one per line from stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("-k", type=int, default=3, help=f"passages to return (1-{MAX_K}, default 3)")
    ask.add_argument("question", nargs="*", help="the question; omit to read questions from stdin")
    docs = sub.add_parser("docs", help="list, add or remove documents")
    dsub = docs.add_subparsers(dest="docs_command", metavar="ACTION", parser_class=_Parser)
    add = dsub.add_parser("add", help="add document files (txt, md, docx, pdf, html) and reindex")
    add.add_argument("files", nargs="+", type=Path)
    lst = dsub.add_parser("list", help="list documents")
    lst.add_argument("--json", action="store_true")
    rm = dsub.add_parser("remove", help="remove a document by id and reindex")
    rm.add_argument("id")
    sub.add_parser("index", help="rebuild the index from all documents")
    ev = sub.add_parser("eval", help="score answers against a JSONL question set")
    ev.add_argument("file", type=Path)
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ev.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    sub.add_parser("serve", help="run the Telegram bot")
    sub.add_parser("health", help="check that the index loads and answers (exit 0 when healthy)")
    return p


def _progress_bar(label: str):
    """A progress callback drawing a tqdm bar on a terminal, silent otherwise."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if total == 0:
            return
        if bar is None:
            bar = tqdm(total=total, desc=label, unit="passage", file=sys.stderr, leave=False)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()
    return update


def _service(settings: Settings):
    from reportbot.index.library.service import QAService

    return QAService(settings.data_dir, settings.seeds_dir, model=settings.embedding_model,
                     query_prompt=settings.query_prompt, passage_prompt=settings.passage_prompt,
                     progress=_progress_bar("indexing"))


def cmd_ask(args, settings: Settings) -> int:
    from reportbot.bot.render import answer_json, answer_text

    if not 1 <= args.k <= MAX_K:
        raise UsageError(f"-k must be between 1 and {MAX_K}")
    service = _service(settings)

    def answer(question: str) -> None:
        a = service.ask(question, args.k)
        if settings.log_questions:
            logger.debug("question %r", question)
        logger.info("answered in %.0f ms, abstained=%s", a.seconds * 1000, a.abstained)
        if args.json:
            print(json.dumps(answer_json(a), ensure_ascii=False), flush=True)
        else:
            print(answer_text(a), flush=True)

    if args.question:
        answer(" ".join(args.question))
        return 0
    for line in sys.stdin:
        if line.strip():
            answer(line.strip())
    return 0


def cmd_docs(args, settings: Settings) -> int:
    from reportbot.index.library.folder import Library

    if args.docs_command is None:
        raise UsageError("docs needs an action: add, list or remove")
    if args.docs_command == "list":
        records = Library(settings.data_dir, settings.seeds_dir).documents()
        if args.json:
            print(json.dumps([vars(r) for r in records], ensure_ascii=False, indent=1))
        for r in records if not args.json else []:
            print(f"{r.id}  {r.passages:>5} passages  {r.added_at}  {r.added_by:<10} {r.title}  ({r.source})")
        return 0
    service = _service(settings)
    if args.docs_command == "remove":
        record, report = service.remove(args.id, _progress_bar("reindexing"))
        print(f"removed {record.id} {record.title}; index rebuilt: {report.passages} passages "
              f"in {report.seconds:.1f} s")
        return 0
    failed = 0
    for path in args.files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"reportbot: {path}: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        try:
            record, new, report = service.add(data, path.name, "cli", _progress_bar(f"indexing {path.name}"))
        except DocumentError as exc:  # unsupported, unreadable, empty, too long: refused, nothing changed
            print(f"reportbot: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if new:
            print(f"added {record.id} {record.title}: {record.passages} passages; "
                  f"{report.embedded} embedded in {report.seconds:.1f} s")
        else:
            print(f"{path}: already in the corpus as {record.id} {record.title}")
    return 1 if failed else 0


def cmd_index(args, settings: Settings) -> int:
    service = _service(settings)
    report = service.reindex(_progress_bar("indexing"), wait=True)
    print(f"indexed {report.documents} documents, {report.passages} passages "
          f"({report.embedded} embedded) in {report.seconds:.1f} s")
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import judge, load_questions, summarise

    questions = load_questions(args.file)
    service = _service(settings)
    judged, misses = [], []
    t0 = time.perf_counter()
    for q in questions:
        a = service.ask(q["question"], 3)
        result = answer_json(a)
        j = judge(q, result)
        judged.append(j)
        if j["answerable"] and not (j["hit1"] and j["answer_ok"]):
            side = service.engine.searcher.diagnose(q["question"], q["evidence"])
            misses.append((q, result, j, side))
        elif not j["answerable"] and not j["refused"]:
            misses.append((q, result, j, None))
    seconds = time.perf_counter() - t0
    metrics = summarise(questions, judged)
    if args.json:
        print(json.dumps({"metrics": metrics, "seconds": round(seconds, 2)}, ensure_ascii=False, indent=1))
        return 0
    fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
    print(f"{'set':<8} {'n':>3} {'hit@1':>6} {'hit@3':>6} {'MRR':>6} {'answer':>6} {'refused-wrongly':>16} "
          f"{'out-of-scope refused':>21}")
    for name in ["all"] + sorted(k for k in metrics if k != "all"):
        m = metrics[name]
        print(f"{name:<8} {m['questions']:>3} {fmt(m['hit@1']):>6} {fmt(m['hit@3']):>6} {fmt(m['mrr']):>6} "
              f"{fmt(m['answer']):>6} {m['wrongly_refused']:>16} {m['refused']:>12}/{m['out_of_scope']:<8}")
    print(f"\n{len(questions)} questions in {seconds:.1f} s ({1000 * seconds / max(len(questions), 1):.0f} ms each)")
    if args.quiet:
        return 0
    if misses:
        print("\nmisses:")
    for q, result, j, side in misses:
        if not j["answerable"]:
            print(f"- [{q['id']}] {q['question']}: out of scope but answered {result['answer']!r}")
            continue
        what = []
        if not j["hit1"]:
            what.append(f"evidence at rank {j['rank'] or '>3'}")
        if not j["answer_ok"]:
            what.append("refused" if j["refused"] else f"answer {result['answer']!r}, want {q['answers']}")
        sides = f" (dense rank {side['dense']}, keyword rank {side['keyword']})" if side else ""
        print(f"- [{q['id']}] {q['question']}: {'; '.join(what)}{sides}")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from reportbot.bot.app import run

    settings.check_token()
    return run(settings, _service(settings))


def cmd_health(args, settings: Settings) -> int:
    from reportbot.bot.health import check

    ok, message = check(settings)
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


COMMANDS = {"ask": cmd_ask, "docs": cmd_docs, "index": cmd_index, "eval": cmd_eval, "serve": cmd_serve,
            "health": cmd_health}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``reportbot`` console script."""
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            raise UsageError("a command is needed: ask, docs, index, eval, serve or health (see 'reportbot --help')")
        settings = Settings.from_env()
        logging.basicConfig(level=settings.log_level if settings.log_level == "DEBUG" else logging.WARNING,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
        logging.getLogger("httpx").setLevel(logging.WARNING)  # at INFO it logs URLs, which hold the token
        return COMMANDS[args.command](args, settings)
    except (UsageError, SettingsError) as exc:
        print(f"reportbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (ReportbotError, OSError) as exc:
        print(f"reportbot: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
        logger.debug("internal error", exc_info=exc)
        print(f"reportbot: internal error ({exc.__class__.__name__}: {exc}); run with LOG_LEVEL=DEBUG for details",
              file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
