"""The commands of ``reportbot``: each takes the parsed arguments and the settings, prints, returns an exit code."""
from __future__ import annotations

import json
import sys
import threading
import time

from reportbot.bot import docs_commands as docs
from reportbot.bot.languages import question_lang
from reportbot.bot.messages import count, t
from reportbot.bot.settings import Settings
from reportbot.bot.terminal import note_if_waiting, open_service, progress_bar, readable
from reportbot.corpus.errors import UsageError
from reportbot.corpus.normalize import blank

MAX_K = 20  # the most passages ``ask -k`` returns


def package_version() -> str:
    """The installed reportbot's version (``--version``, ``config``)."""
    from importlib.metadata import PackageNotFoundError, version  # only --version and config need it

    try:
        return version("reportbot")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _questions(prompt: bool):
    """Lines of stdin; on a terminal, with a prompt."""
    if prompt:
        print("Type a question and press Enter; Ctrl-D quits.", file=sys.stderr)
    while True:
        if prompt:
            sys.stderr.write("> ")
            sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            return
        if not blank(line):
            yield readable(line.strip(), sys.stdin.encoding)


def _warm_up_stdin(service, typing: bool) -> None:
    """Stdin mode: load what the first questions would (index/library/warm.py) at start; while a person types
    the first question, in the background."""
    from reportbot.index.library.warm import warm_up

    if typing:
        threading.Thread(target=warm_up, args=(service,), name="warm-up", daemon=True).start()
    else:
        warm_up(service)


def cmd_ask(args, settings: Settings) -> int:
    from reportbot.bot.render import answer_json, answer_text
    from reportbot.index.retrieval.query import MAX_QUESTION_CHARS

    if not 1 <= args.k <= MAX_K:
        raise UsageError(f"-k must be between 1 and {MAX_K}")
    question = readable(" ".join(args.question).strip())
    if args.question and blank(question):
        raise UsageError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:  # refused as on stdin and by the bot: no index opened, none built
        _print_too_long(question, args.json, settings.locale)
        return 0
    service = open_service(settings)
    if not question:
        _warm_up_stdin(service, sys.stdin.isatty())
    for q in [question] if question else _questions(sys.stdin.isatty()):
        if len(q) > MAX_QUESTION_CHARS:  # refused unsearched, in its place, as the bot refuses it
            _print_too_long(q, args.json, settings.locale)
            continue
        a = service.ask(q, args.k)
        print(json.dumps(answer_json(a), ensure_ascii=False) if args.json else answer_text(a, settings.locale),
              flush=True)
    return 0


def _print_too_long(question: str, as_json: bool, asker: str | None) -> None:
    from reportbot.bot.render import answer_json
    from reportbot.index.retrieval.query import MAX_QUESTION_CHARS

    a = too_long(question)
    # in the language every reply takes: the question's script, the wording of the terminal's locale (zh_HK, zh_TW)
    said = t(question_lang(question, asker), "too_long", n=MAX_QUESTION_CHARS)
    print(json.dumps(answer_json(a), ensure_ascii=False) if as_json else said, flush=True)


def too_long(question: str):
    """The refusal (an abstained ``Answer``, no passage) of a question longer than a question may be."""
    from reportbot.index.answering.engine import Answer

    return Answer(question, "", True, "", None, [], "en" if question_lang(question) == "en" else "zh", "other")


def cmd_docs(args, settings: Settings) -> int:
    if args.docs_command is None:
        raise UsageError("docs needs an action: add, list or remove")
    return {"list": docs.listed, "add": docs.add, "remove": docs.remove}[args.docs_command](args, settings)


def cmd_index(args, settings: Settings) -> int:
    from reportbot.bot.health import unread_note

    service = open_service(settings, build=False)
    note_if_waiting(service)
    report = service.reindex(progress_bar("indexing"), wait=True)
    n = report.read_again
    again = f"; {count('en', n, 'document')} read again from {'its file' if n == 1 else 'their files'}" if n else ""
    print(f"indexed {count('en', report.documents, 'document')}, {count('en', report.passages, 'passage')} "
          f"({count('en', report.embedded, 'embedded')}) in {report.seconds:.1f} s{again}")
    if note := unread_note(service.documents(), service.library.docs_dir, True, service.library.seeds):
        print(f"reportbot: note: {note[2:]}", file=sys.stderr)
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from reportbot.bot.evalreport import run_eval
    from reportbot.index.evaluate import load_questions

    questions = load_questions(args.file)  # a broken set is named before any index is opened or built
    return run_eval(open_service(settings), args, questions)


def cmd_serve(args, settings: Settings) -> int:
    settings.check_token()
    from reportbot.bot.serve import run

    return run(settings, open_service(settings))


def cmd_health(args, settings: Settings) -> int:
    from reportbot.bot.health import EXIT, check

    status, message = check(settings)
    print(message, file=sys.stdout if status == "ok" else sys.stderr)
    return EXIT[status]


def cmd_config(args, settings: Settings) -> int:
    env = str(settings.env_file) if settings.env_file else "none read (no .env in the working folder)"
    rows = [("version", package_version()), ("data folder", f"{settings.data_dir}  (REPORTBOT_DATA_DIR)"),
            ("seed documents", str(settings.seeds_dir)), ("model", settings.embedding_model), (".env", env),
            ("bot token", "set" if settings.token else "not set"), ("admins", str(len(settings.admin_ids))),
            ("log level", settings.log_level)]
    for name, value in rows:
        print(f"{name:<15} {value}")
    return 0


def cmd_unanswered(args, settings: Settings) -> int:
    """The questions the documents could not answer, as admins see them with /unanswered (no index needed)."""
    from reportbot.index.library.feedback import FeedbackStore

    store = FeedbackStore(settings.data_dir, settings.retention)
    if args.forget:
        print(f"deleted {store.forget()} kept questions")
        return 0
    groups = store.unanswered()
    if args.json:
        print(json.dumps([{"question": g.question, "lang": g.lang, "count": g.count, "reasons": list(g.reasons),
                           "last": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(g.last))} for g in groups],
                         ensure_ascii=False, indent=1))
        return 0
    if not settings.keep_unanswered:
        print("questions are not kept (REPORTBOT_KEEP_UNANSWERED is off)")
    elif not groups:  # as /unanswered says it: an empty output read as a command that did nothing
        print(f"no unanswered questions in the last {settings.retention.keep_days:g} days")
    for g in groups:
        day = time.strftime("%Y-%m-%d", time.localtime(g.last))
        print(f"{g.count:>4}x  {day}  {g.lang}  {','.join(g.reasons):<18} {g.question}")
    return 0


COMMANDS = {"ask": cmd_ask, "docs": cmd_docs, "index": cmd_index, "eval": cmd_eval, "serve": cmd_serve,
            "health": cmd_health, "config": cmd_config, "unanswered": cmd_unanswered}
