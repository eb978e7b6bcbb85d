"""The name a document gives itself once and then calls "this team": its subject, read from its definition.

A service summary says 港岛紧急支援义工队（下称「本队」） in its first paragraph and 本队 everywhere after; a
company report says …股份有限公司（以下简称“本公司”）; an English report "… Red Cross Society (hereinafter
"the Society")". The defined name is what the whole document is about, as a title is, though its title may
not say it (2024年度服务摘要). A question that names it (港岛支援义工队…) names the document; its words should
count for every passage of the document alike (:class:`scope.ContextField`), and not make the one paragraph
that spells the definition out the best passage for every question about the team.

Only a definition whose short form points at the document itself (本队, 本会, 本公司; "the Society") counts:
one that abbreviates a partner's name (李嘉诚医学院（下称“医学院”）) names no subject. Pure functions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# 港岛紧急支援义工队（下称「本队」）, （以下简称“本会”）, （简称"本中心"）
_ZH = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,30})\s*[（(]\s*(?:以下|下文)?(?:简称|下称|称)\s*[“「\"『‘]?"
                 r"本[\u4e00-\u9fff]{1,6}[”」\"』’]?\s*[）)]")
# Harbour City Red Cross Branch (hereinafter "the Branch"), … Society ("the Society")
_EN = re.compile(r"((?:[A-Z][\w'&-]*\s+(?:(?:of|and|for|the)\s+)*){1,8})\(\s*"
                 r"(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?[\"“']?the\s+[A-Z][a-z]+[\"”']?\s*\)")
# where a run of Chinese text stops being a name: a function word before it (年本队与香港大学 -> 香港大学)
_BEFORE_NAME = re.compile(r"[的与和及在于对是由将把被了、]")
_LONGEST = 20  # characters a defined name may run to
# what a definition cannot do without: most passages have none, and are not normalised to look (start-up cost)
_MAYBE = re.compile(r"[称稱]|\(\s*(?:hereinafter|[\"“']?the\s)", re.I)


def defined_name(text: str) -> str | None:
    """The name a passage defines as the document itself (本队, "the Society"), or None."""
    from reportbot.corpus.normalize import normalize

    if not _MAYBE.search(text):
        return None
    text = normalize(text)
    m = _ZH.search(text)
    if m is not None:
        name = _BEFORE_NAME.split(m.group(1))[-1][-_LONGEST:]
        return name if len(name) >= 2 else None
    m = _EN.search(text)
    return " ".join(m.group(1).split()) if m is not None else None


def document_subjects(texts: Sequence[str], para_doc: Sequence[int], n_docs: int) -> list[str | None]:
    """Each document's self-defined name (the first its passages give), by document number."""
    out: list[str | None] = [None] * n_docs
    for text, d in zip(texts, para_doc):
        if out[d] is None:
            out[d] = defined_name(text)
    return out


def subject_terms(name: str | None) -> frozenset[str]:
    """The keyword terms of a defined name: each word's whole form (港岛, 紧急, 支援, 义工, 队), not its pieces."""
    if not name:
        return frozenset()
    from reportbot.index.retrieval.tokenize import tokenize_groups

    return frozenset(max(g, key=g.get) for g in tokenize_groups(name))
