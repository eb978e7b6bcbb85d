"""A site's bar read as a line of an html page: its name and a breadcrumb trail showing where the page sits
(``星河市红十字会　Xinghe Red Cross　｜　首页 › 办事服务 › 常见问题``, a ``<div class="topbar">`` with no link in it).
A trail from the home page (首页 / 主页 / Home, after 当前位置： or a bar) through two or more steps names other
pages, none of this page's facts; with the site's name beside it, the line is the site's bar, the same on every
page, and its passage drew the questions naming the organisation (its place, its English name) away from the
page's own lines. Such a line is left out; a line with a trail and more than a name (a sentence, a figure) keeps
its words without the trail."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

# the trail: home (after 当前位置：), then two to eight steps each after › > » or →, ending the line
_HOME = re.compile(r"(?:当前位置\s*[:：]\s*)?(?:首页|主页|Home)", re.I)
_ARROW = re.compile(r"[›>»→]")
_STEP_CHARS = 30  # (a step's name, spaces around it aside)
_NAME_ONLY = re.compile(r"[^\d。.!！?？;；:：,，]{0,40}")


def without_trails(blocks: list) -> list:
    """``blocks`` (:mod:`.blocks`' kinds) with each text line's breadcrumb trail left out, and the line left out
    when no more than a name stood beside its trail."""
    out = []
    for b in blocks:
        at = trail_at(b.text) if b.kind == "text" else None
        if at is None or at and not re.search(r"[\s|｜]$", b.text[:at]):
            out.append(b)
            continue
        rest = b.text[:at].strip(" \t\u3000|｜")
        if rest and not _NAME_ONLY.fullmatch(rest):
            out.append(replace(b, text=rest))
    return out


def trail_at(text: str) -> int | None:
    """Where the breadcrumb trail ending ``text`` starts: the first home word with nothing but spaces before its
    first arrow, two to eight arrows after it, and after each arrow a step of no bar and at most 30 characters
    (spaces around it aside); None when none ends it. Each home word is read once over the arrows after it (a pattern
    cutting each step every way it might took minutes over a long line of arrows)."""
    arrows = [m.start() for m in _ARROW.finditer(text)]
    for m in _HOME.finditer(text):
        k = bisect_left(arrows, m.end())
        if not 2 <= len(arrows) - k <= 8 or text[m.end():arrows[k]].strip():
            continue
        steps = [text[a + 1:b] for a, b in zip(arrows[k:], [*arrows[k + 1:], len(text)])]
        if all(x and not re.search(r"[|｜]", x) and len(x.strip()) <= _STEP_CHARS for x in steps):
            return m.start()
    return None
