"""A site's bar read as a line of an html page: its name and a breadcrumb trail showing where the page sits
(``珠海市红十字会　Zhuhai Red Cross　｜　首页 › 办事服务 › 常见问题``, a ``<div class="topbar">`` with no link in it).
A trail from the home page (首页 / 主页 / Home, after 当前位置： or a bar) through two or more steps names other
pages, none of this page's facts; with the site's name beside it, the line is the site's bar, the same on every
page, and its passage drew the questions naming the organisation (its place, its English name) away from the
page's own lines. Such a line is left out; a line with a trail and more than a name (a sentence, a figure) keeps
its words without the trail."""
from __future__ import annotations

import re
from dataclasses import replace

# the trail: home, then two to eight steps each after › > » or →, ending the line
_TRAIL = re.compile(r"(?:当前位置\s*[:：]\s*)?(?:首页|主页|Home)(?:\s*[›>»→]\s*[^›>»→|｜]{1,30}?){2,8}\s*$", re.I)
_NAME_ONLY = re.compile(r"[^\d。.!！?？;；:：,，]{0,40}")


def without_trails(blocks: list) -> list:
    """``blocks`` (:mod:`.blocks`' kinds) with each text line's breadcrumb trail left out, and the line left out
    when no more than a name stood beside its trail."""
    out = []
    for b in blocks:
        m = _TRAIL.search(b.text) if b.kind == "text" else None
        if m is None or m.start() and not re.search(r"[\s|｜]$", b.text[:m.start()]):
            out.append(b)
            continue
        rest = b.text[:m.start()].strip(" \t\u3000|｜")
        if rest and not _NAME_ONLY.fullmatch(rest):
            out.append(replace(b, text=rest))
    return out
