"""Logging for the entry points: one format, httpx kept quiet, and the bot token never written."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

REDACTED = "[TOKEN]"


class Redact(logging.Filter):
    """Replaces secrets in a record's message, and its traceback by one line (attach it to handlers: it
    sees every record). No traceback reaches a log: the exception's type, message and the line that
    raised it are enough to find it, and a traceback's frames may hold what no log should."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True)

    def clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info:
            record.msg, record.args = f"{record.getMessage()} ({self.clean(one_line(record.exc_info[1]))})", ()
        record.exc_info = record.exc_text = record.stack_info = None
        return True


def one_line(exc: BaseException | None) -> str:
    """``ValueError: message, at module.py:12``: the innermost frame's file and line, no traceback."""
    if exc is None:
        return "no exception"
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f", at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb is not None else ""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}{where}" if text else f"{type(exc).__name__}{where}"


def token_secrets(token: str | None) -> list[str]:
    """The token, and its secret half alone (in URLs the colon may come encoded)."""
    return [token, token.split(":", 1)[-1]] if token else []


def setup_logging(level: str | int, token: str | None) -> None:
    """Log to stderr at ``level``, with the token redacted from every record."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger().setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # at INFO it logs URLs, which hold the token
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # which CPU build it loads, at every start
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # a bad PDF's faults: the loader's one line says it
    redact = Redact(token_secrets(token))
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


class LogProgress:
    """Build progress as log lines: the first, then at most one per ``every`` seconds, then the last."""

    def __init__(self, label: str, every: float = 30.0):
        self.label, self.every, self.last = label, every, float("-inf")

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total and (done in (0, total) or now - self.last >= self.every):
            self.last = now
            logger.info("%s: %d/%d texts embedded (%.0f%%)", self.label, done, total, 100 * done / total)
