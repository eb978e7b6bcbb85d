"""An e-mail saved or pasted as plain text: its header lines (From:, Date:, Subject:), and the earlier messages of a
thread quoted under it, each line marked ``> `` (``> > `` a level deeper).

The top message's subject is the document's title; a quoted message's header block names the part under it, so its
subject is that part's heading; the quote marks are a mail program's, no words of the text: a quoted paragraph
wrapped over marked lines reads as one sentence, and a quoted list's ``> - `` lines as a list.
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

# an e-mail's header field, as a mail program writes it at the top of a message saved or pasted as text
MAIL_FIELD = re.compile(r"(?i)^(from|to|cc|date|sent|subject|发件人|收件人|抄送|日期|时间|主题)\s*[:：]\s*(\S.*)$")
_SUBJECT = ("subject", "主题")
# a quoted line's marks: one ``>`` a level, spaces between (``> > Date: …``, ``>>``, a bare ``>`` for a blank line)
_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?")
QUOTED_RUN = 3  # a thread quotes earlier messages in runs of marked lines at least this long (a line or two is not)
# a ``>`` before a figure compares (``> 10 years: 42 volunteers``, ``>= 5``): no quote mark
_COMPARISON = re.compile(r"^[ \t]*>=?[ \t]*[-+]?[$€£¥]?\d")
_SENDER = ("from", "发件人")  # a mail header block names who sent the message (a notice's 日期：/主题： lines do not)


def compares(line: str) -> bool:
    """Whether a line opens with a comparison before a figure (``> 10 years: 42 volunteers``): a line of figures,
    neither a quoted line nor a heading."""
    return bool(_COMPARISON.match(line))


def dequoted(text: str) -> str:
    """``text`` with the quote marks opening its lines taken off, when it quotes a message: a run of at least
    ``QUOTED_RUN`` lines one after another opens with ``>``, not each a comparison (``> 10 years: 42``, a ``>``
    before a figure). A comparison outside such a run keeps its ``>``; any other text comes back as it is."""
    lines = text.split("\n")
    quoting: set[int] = set()  # the lines of the runs that quote
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if k < len(lines) and _QUOTE.match(line):
            run.append(k)
            continue
        if len(run) >= QUOTED_RUN and not all(compares(lines[j]) for j in run if lines[j].strip(" \t>")):
            quoting.update(run)
        run = []
    if not quoting:
        return text
    return "\n".join(line if k not in quoting and compares(line) else _QUOTE.sub("", line)
                     for k, line in enumerate(lines))


def mail_subject(parts: list[str | Block]) -> int | None:
    """Where the subject line is, in a text that opens with an e-mail's header lines (From:, Date:, To:, Subject:):
    the subject is the title, the other lines stay lines of text (who sent it and when). None for any other text."""
    head = []
    for part in parts:
        m = MAIL_FIELD.match(part) if isinstance(part, str) else None
        if not m:
            break
        head.append(m)
    subject = next((i for i, m in enumerate(head) if m.group(1).lower() in _SUBJECT), None)
    return subject if len(head) >= 2 else None


def quoted_subjects(parts: list[str | Block]) -> tuple[dict[int, str], set[int]]:
    """The header blocks further down a thread (a quoted or forwarded message's From:, Date:, Subject: lines, at
    least two of them one after another, one a From: and one a Subject:; a notice's 日期：/主题： lines with no
    sender are none) in ``parts``: the subject by the block's first part, where it heads the message (its sender and
    date under it), and the subject lines' places, no text of their own. The text's own header block, which opens
    it, is left to :func:`mail_subject`."""
    heads: dict[int, str] = {}
    subjects: set[int] = set()
    run: list[int] = []
    for i, part in enumerate([*parts, None]):
        if isinstance(part, str) and MAIL_FIELD.match(part):
            run.append(i)
            continue
        found = [k for k in run if MAIL_FIELD.match(parts[k]).group(1).lower() in _SUBJECT]
        sender = any(MAIL_FIELD.match(parts[k]).group(1).lower() in _SENDER for k in run)
        if len(run) >= 2 and run[0] > 0 and found and sender:
            heads[run[0]] = MAIL_FIELD.match(parts[found[0]]).group(2)
            subjects.update(found)
        run = []
    return heads, subjects


# a letter's or an e-mail's closing, a line of its own (Thanks, / Kind regards, / Yours sincerely,)
_CLOSING = re.compile(r"(?i)(?:many |with )?thanks(?: again)?|thank you|cheers|(?:kind |best |warm )?regards|"
                      r"best wishes|all the best|best|yours(?: sincerely| faithfully| truly)?|sincerely")
# set by hand: under a closing, the sender's name, post and organisation, a line each at most, each line no longer
# than a post with its organisation (Volunteer Coordinator, Eastern Region); a longer line is the letter's prose
_SIGN_OFF_LINES = 3
_SIGN_OFF_CHARS = 120
# a sender's card: a name, then a bar, a bracket or a comma before the post (Jo Baxter | Volunteer Coordinator,
# Ann Kerr (Clinical Advisor))
_CARD = re.compile(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}\s*(?:[|｜]|\(|,)\s*\S.*")


def sign_off(parts: list[str | Block], i: int, ends: frozenset[int] = frozenset(), mail: bool = False) -> bool:
    """Whether part ``i`` is a line of a sign-off: one of the few short lines under a closing (Cheers, / Sam / Sam Lee
    | Event Lead), or a sender's card (Ann Kerr (Clinical Advisor)) that ends a message (``ends``: the parts a new
    message of the thread opens at) or the text. A line of the message it ends, no heading over what follows.
    A closing's lines only in an e-mail (``mail``: :func:`mail_shaped`), or under a closing ending with a comma
    (Thanks,) as a letter signs off: a report's ``Thank You`` section's title over a short heading (Our Sponsors)
    closes nothing."""
    if not _short(parts[i]):
        return False
    if _CARD.fullmatch(parts[i].strip()) and (i + 1 == len(parts) or i + 1 in ends):
        return True
    for k in range(i - 1, max(i - 1 - _SIGN_OFF_LINES, -1), -1):
        closing = parts[k].strip() if isinstance(parts[k], str) else ""
        if _CLOSING.fullmatch(closing.rstrip(",，!！.。")) and (mail or closing.endswith((",", "，"))):
            return True
        if not _short(parts[k]):
            return False
    return False


def mail_shaped(text: str, parts: list[str | Block]) -> bool:
    """Whether a plain text is an e-mail: it opens with header lines (From:, To:, Subject:; :func:`mail_subject`),
    or quotes a message in a run of ``>`` lines (:func:`dequoted` takes their marks off)."""
    return mail_subject(parts) is not None or dequoted(text) != text


def _short(part: str | Block) -> bool:
    """A line short enough for a name, a post or an organisation, ending no sentence."""
    return isinstance(part, str) and 0 < len(part.strip()) <= _SIGN_OFF_CHARS and "\n" not in part.strip() \
        and not part.rstrip().endswith((".", "。", "!", "！", "?", "？", ":", "："))
