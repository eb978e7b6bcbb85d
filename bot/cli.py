"""The ``reportbot`` command line: the parser, the entry point and its one error path.

The commands themselves are in ``commands.py``.
"""
from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from pathlib import Path

from reportbot.bot.commands import COMMANDS, MAX_K, package_version
from reportbot.bot.logs import Redact, setup_logging, token_secrets
from reportbot.bot.messages import known_fault
from reportbot.bot.settings import Settings
from reportbot.corpus.errors import ReportbotError, SettingsError, UsageError

logger = logging.getLogger("reportbot")


class _Version(argparse.Action):
    """``--version`` that looks the version up only when asked (the lookup is 0.1 s of every start)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"reportbot {package_version()}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints two)
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="reportbot", description="Answers questions about the documents in its data folder.")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
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
    rm = dsub.add_parser("remove", help="remove a document by id (or 4+ characters of it) and reindex")
    rm.add_argument("id")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    sub.add_parser("index", help="rebuild the index from all documents")
    ev = sub.add_parser("eval", help="score answers against a JSONL question set")
    ev.add_argument("file", type=Path)
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ev.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    sub.add_parser("serve", help="run the Telegram bot")
    sub.add_parser("health", help="ok (exit 0), degraded (exit 3: answers from an older index) or broken (exit 1)")
    sub.add_parser("config", help="show the data folder, the model and where the settings come from")
    un = sub.add_parser("unanswered", help="questions the documents could not answer, most frequent first")
    un.add_argument("--json", action="store_true", help="one JSON list")
    un.add_argument("--forget", action="store_true", help="delete every kept question")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``reportbot`` console script."""
    settings = None
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            raise UsageError("a command is needed: ask, docs, index, eval, serve, health, config or unanswered "
                             "(see 'reportbot --help')")
        settings = Settings.from_env()
        quiet = args.command != "serve" and settings.log_level != "DEBUG"
        setup_logging("WARNING" if quiet else settings.log_level, settings.token)
        return COMMANDS[args.command](args, settings)
    except (UsageError, SettingsError) as exc:
        print(f"reportbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except ReportbotError as exc:
        print(f"reportbot: {exc}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error, MemoryError) as exc:
        print(f"reportbot: {known_fault(exc, 'en') or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
        logger.debug("internal error", exc_info=exc)
        detail = Redact(token_secrets(settings.token if settings else None)).clean(str(exc))
        print(f"reportbot: internal error ({exc.__class__.__name__}: {detail}); run with LOG_LEVEL=DEBUG for details",
              file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
