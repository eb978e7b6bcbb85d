"""When a document itself was issued: its own date, the line of its title block that is a date alone, answers.

A notice, a report or a letter carries its date under its title (关于…的通知 / 东江市红十字会 / 2025年3月12日;
"Annual Review" / "12 March 2025"), or on its header card. A question asking when that document was issued,
published, approved or dated (这个通知是什么时候印发的, "when was the annual review published"; the bare verb 发 or
批 after the when-word: 这份简报几号发的, 那项制度哪天批的; "when did the trust put out its annual report") asks for
that date, not for a year its body mentions ("founded in 2011"). Pure functions over a question and a document's
first passages.
"""
from __future__ import annotations

import re

from reportbot.corpus.byline import dateline
from reportbot.corpus.document import Paragraph
from reportbot.corpus.when_who import DATE, date_only
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# a verb of putting a document out: issuing, publishing, signing, dating it
_ISSUED = re.compile(r"\b(?:issued|published|released|dated|signed|circulated|put out|approved)\b|"
                     r"印发|发布|发文|签发|成文|下发|颁布|落款|發布|頒布|批准|审批|審批|"
                     r"(?:什么时候|啥时候|哪天|哪一天|几号|幾號|几时|幾時|何时|何時)(?:发|發|批)(?:出来|出)?的?(?![\u4e00-\u9fff])")
# the document asked about: a kind of document, or the one being read (this, 本文)
_DOCUMENT = re.compile(r"\b(?:this|the|that|your|its|their)\b[\w\s'-]{0,40}\b(?:report|review|notice|document|circular|"
                       r"letter|newsletter|bulletin|statement|plan|policy|guidance|guide|handbook|minutes|paper|"
                       r"article|announcement|update|summary)\b|"
                       r"通知|文件|报告|公告|公示|通报|方案|办法|规定|简报|综述|本文|该文|这篇|纪要|决定|意见|通告|"
                       r"总结|政策|制度|報告|通報|綜述|總結")


def asks_issued(q: Query) -> bool:
    """Whether a when-question asks when a document itself was issued, published or dated."""
    text = q.text.lower()
    return q.kind == "when" and _ISSUED.search(text) is not None and _DOCUMENT.search(text) is not None


def own_date(q: Query, documents: list[list[Paragraph]], titles: list[str],
             dates: list[str | None]) -> tuple[Paragraph, str, Span] | None:
    """The date line of the document the question names (by a word of its title; else the first), among
    ``documents`` (each a document's passages, header card first, in the order search ranked them, with its title
    and the date it gives for itself): the passage, the sentence and the date in it; None when that document's
    title block holds no line its own date ends."""
    terms = [t for g in q.groups for t in g if len(t) >= 2]
    named = [sum(t in title.lower() for t in terms) for title in titles]
    order = sorted(range(len(documents)), key=lambda i: -named[i])
    if not order:
        return None
    date = dates[order[0]]
    block = documents[order[0]][:2] if date else []  # the title block: the header card, the first passage and a line
    for p in block:                                  # heading it
        for sentence in (*p.path, *p.sentences):
            if _dates_line(sentence, date) or p.is_header and date in sentence:
                at = sentence.rindex(date)
                return p, sentence, Span(date, at, at + len(date), "header")
    return closing_date(documents[order[0]])


_CLOSING = 3  # sentences: the issuer and date stand in a document's last lines (落款), not further up


def closing_date(passages: list[Paragraph]) -> tuple[Paragraph, str, Span] | None:
    """The date a document closes with, when its title block gives none: a report or a notice signed at its end
    (…新建博爱家园20个。/ 临江市红十字会 2025年1月20日) is dated by that line, the date alone or after its issuer,
    among the last sentences of its last passage; None when it ends otherwise."""
    body = [p for p in passages if not p.is_header]
    if not body:
        return None
    p = body[-1]
    for sentence in reversed(p.sentences[-_CLOSING:]):
        found = list(DATE.finditer(sentence))
        if found and sentence.strip().rstrip("。.").endswith(date := found[-1].group(0)) and \
                _dates_line(sentence, date):
            return p, sentence, Span(date, found[-1].start(), found[-1].end(), "header")
    return None


def _dates_line(sentence: str, date: str) -> bool:
    """A line of a title block that the date closes: the date alone, or after its issuer or a label (东江市红十字会
    2025年3月12日, 发布日期：2025年3月12日, Published 12 March 2025), no sentence of prose; or a line that gives
    the issuer and the date in another order (Issued by the Otago Branch, 4 March 2025; （2025年1月20日…印发）:
    ``byline.dateline``)."""
    line = sentence.strip().rstrip("。.")
    return date_only(line) or line.endswith(date) and len(line) <= _LINE and \
        not re.search(r"[，。,;；!?！？]", line[:-len(date)]) or date in line and dateline(line)


_LINE = 60  # characters: a title block's line, not a sentence that happens to end with a date
