"""A Chinese document's closing: the lines after its last section's text that sign it (此致 / 敬礼！, the issuer, a
post and a name, a date), the contact lines ending it (联系人：…　电话：…), and an imprint's lines (报：… / 送：… /
（共印45份）: whom a bulletin or an official document was sent to, how many copies were printed).

They say who issued the document and when, not what its last section says: read as lines of that section's last
passage (a contact line's ``联络人：…`` then ``理事長　劉文雄``), a signature answered as the section's text and stood
under its heading. The closing is a passage of its own, under no section."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.capitals import in_capitals
from reportbot.corpus.normalize import normalize
from reportbot.corpus.own_date import revision_line
from reportbot.corpus.sentences import is_heading
from reportbot.corpus.when_who import SIGNATORY, date_only, signed_for

# a letter's formal closing, a line each or one: 此致 / 敬礼！ (敬禮, 此致敬礼, 顺颂商祺)
_FORMULA = re.compile(r"(?:此致|敬[礼禮]|此致敬[礼禮]|[顺順][颂頌]\S{1,4})[！!。]?")


@dataclass(frozen=True)
class ClosingShape:
    """How short a closing's lines are. Set by hand on made-up texts (tests/test_loading_faults41b.py,
    tests/test_loading_faults43.py) and the library's notices, not fitted; they decide which lines end a text as its
    closing, a passage of its own, so the index manifest records them (``tunables``)."""

    # an issuer's line over a date (星海縣紅十字會) is at most this long; a longer line is the text's
    issuer_chars: int = 30
    # a contact line (a label, a name, a number or two: 联系人：…　电话：…) is at most this long; a longer one is the
    # text's
    contact_chars: int = 60


CLOSING = ClosingShape()


# a contact's label: a person's (联系人, 联络人: a label of Chinese words ending in 人), a telephone's (联系电话,
# 咨询電話) or a postal address's (地址, 通讯地址), or an English one (Contact, Enquiries, Tel, Address); its value a
# name, a number or an address
_CONTACT = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}[人电電]|[\u4e00-\u9fff]{0,4}(?:电话|電話|地址)|"
                      r"(?i:contacts?|enquiries|inquiries|tel|phone|address))\s*[:：]\s*\S")


def contact_line(line: str) -> bool:
    """Whether a line gives a contact: a person's, a telephone's or an address's label and its value
    (联系人：市红十字会办公室　贺晓琳　电话：0731-…, 地址：…路92号, Contact: Jane Lee), short."""
    return len(line) <= CLOSING.contact_chars and bool(_CONTACT.match(line))


# an official document's or a bulletin's imprint (版记) ending it: whom it goes to, a line a list (报：省红十字会 /
# 送：… / 发：… / 抄送：… / 印发：…), and how many copies were printed (（共印45份）)
_IMPRINT = re.compile(r"(?:抄送|抄报|主送|分送|报送|印发|[报報送发發])\s*[:：]\s*\S.*|[（(]?共印\s*\d+\s*份[）)]?")


# the printing line of an official document's imprint: the office that printed it, then the day (白河市红十字会办公室
# 2025年2月14日印发)
_PRINTED = re.compile(r"\S{2,30}?\s+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发")


def printed_line(line: str) -> bool:
    """Whether a line is an imprint's printing line, the office and the day it printed the document (…办公室
    2026年1月15日印发), and nothing more: the document's, no section's."""
    return bool(_PRINTED.fullmatch(line.strip()))


def _line(part: object) -> str | None:
    """A part's one line, normalised, or None for a table, a page mark or a paragraph of several lines."""
    if not isinstance(part, str) or "\n" in part.strip():
        return None
    return normalize(part)


# a declaration over the signature (Declaration: The trustees confirm that …; 声明：…; 承诺：…): what the signers say
# of the whole document, no part of its last section
_DECLARATION = re.compile(r"(?i)(?:declaration|statement of truth|声明|承诺)\s*[:：]\s*\S.*")
_SENTENCE_END = re.compile(r"(?<=[.。!！])\s*")


def declared(line: str) -> tuple[str, str] | None:
    """A declaration and its signature joined in one paragraph (``Declaration: The trustees confirm …. Signed on
    behalf of the trustees: …, Chair, 12 September 2025.``, two lines of a text read by blank lines): the two
    lines, or None for any other line."""
    for m in _SENTENCE_END.finditer(line):
        head, tail = line[:m.start()], line[m.end():]
        if tail and _DECLARATION.fullmatch(head) and (signed_for(tail) or SIGNATORY.fullmatch(tail)):
            return head, tail
    return None


def closing_start(parts: Sequence[object], pushed: frozenset[int] = frozenset()) -> int | None:
    """The index of the part a text's closing begins at: a run of lines ending the text, each a closing formula
    (此致, 敬礼！), a post and a name (理事长刘文雄), a date alone, a contact line (联系人：…), an imprint's line
    (报：…, 抄送：…, （共印45份）), or an issuer's short line right over the date or the signature, holding a formula, a
    post and a name or a contact line, or every line of it pushed to the right (``pushed``, the indexes of the parts
    so set: .pushed_right); None when the text ends otherwise."""
    start, signed, under, tail = None, False, False, False  # under: the line below is a date or a signature
    k = len(parts) - 1
    while k >= 0 and (line := _line(parts[k])) is not None and line:
        formula, dated = bool(_FORMULA.fullmatch(line)), date_only(line)
        # (会长　张文雄; Signed on behalf of …: …; a declaration and its signature joined: .declared)
        signature = bool(SIGNATORY.fullmatch(line)) or signed_for(line) or bool(declared(line))
        # (an issuer's line stands right over the date or the signature; a short line over 此致 is the text's; so
        # does a declaration, whatever its length; a heading in capitals over signatures, SIGNATURES, is no issuer)
        issuer = under and (len(line) <= CLOSING.issuer_chars and not re.search(r"[，。；：,;:！？!?]", line)
                            and not in_capitals(line) or bool(_DECLARATION.fullmatch(line)))
        contact = contact_line(line)  # (a contact line ends a text as a signature does: who to ask, no section's)
        # (whom it was sent to, how many printed: the document's, no section's)
        imprint = bool(_IMPRINT.fullmatch(line)) or printed_line(line)
        revised = revision_line(line) and k == len(parts) - 1  # (Last revised 9 March 2026., the last line: its date)
        if not (formula or signature or dated or issuer or contact or imprint or revised):
            break
        # (contact lines sign off only as the text's last lines; over an issuer and a date alone, they stay the text's)
        tail = contact and (start is None or tail)
        signed, under = signed or formula or signature or tail or imprint or revised, bool(signature or dated)
        start, k = k, k - 1
    # contact lines right under a heading (五、联系方式 / 联系人：… / 电话：…) are that section's text
    if start is not None and start > 0 and isinstance(parts[start - 1], str) \
            and is_heading(parts[start - 1], labels=False):
        while start < len(parts) and contact_line(_line(parts[start]) or ""):
            start += 1
        signed = any(_FORMULA.fullmatch(x) or SIGNATORY.fullmatch(x) for x in map(_line, parts[start:]))
    signed = signed or start is not None and start < len(parts) and all(k in pushed for k in range(start, len(parts)))
    if start is None or not signed:
        return None
    # (a run of such lines that is the whole text is no closing: there is no text before it to sign)
    return start if start > 0 else None
