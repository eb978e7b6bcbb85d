"""What a Markdown file says besides its body: a YAML front matter's title and fields, and its footnotes.

A front matter (``---`` lines around ``title: …``, ``date: …``, ``author: …`` at the top of the file) names the
document: its title heads it, its other fields read as a line of their own (who wrote it, when). Read as plain
text, its ``---`` lines made the fields a heading. A footnote (``[^1]`` in the text, ``[^1]: …`` at the end) says
more about the sentence that marks it: its text reads right after the block that marks it. Read by CommonMark
alone, ``[^1]: …`` is a link's definition and its text was lost.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# a front matter's field: a key (a word, in any script: title, 标题) and its value
_FIELD = re.compile(r"^([^\W\d][\w-]*)\s*[:：]\s*(.*?)\s*$")
_TITLE_KEYS = frozenset({"title", "标题", "標題", "题目", "題目"})
# a site generator's settings (Jekyll, Hugo): how the page is built, nothing the document says
_BUILD_KEYS = frozenset({"layout", "draft", "permalink", "categories", "tags", "slug", "weight", "type", "aliases",
                         "published", "comments", "toc", "sidebar", "menu", "lang", "language", "template"})


def front_matter(content: str) -> tuple[str | None, list[str]] | None:
    """The title and the other fields (``key: value`` lines, quotes taken off; a site generator's settings, lists and
    nested maps left out) of a YAML front matter; None when it is no front matter, a line of it not a field, a list's
    item or an indented line (a notice set between two rules: its lines are text)."""
    title, fields = None, []
    for line in content.splitlines():
        if not line.strip() or line[:1].isspace() or line.lstrip().startswith(("- ", "#")):
            continue
        m = _FIELD.match(line)
        if not m:
            return None
        key, value = m.group(1), m.group(2).strip("'\"").strip()
        if not value or key.lower() in _BUILD_KEYS or value.startswith(("[", "{")):
            continue
        if key.lower() in _TITLE_KEYS and title is None:
            title = value
        else:
            fields.append(f"{key}: {value}")
    return title, fields


def footnotes(tokens: list, text_of: Callable[[object], str]) -> tuple[dict[str, str], set[int]]:
    """Each footnote's text (``text_of`` an inline token's) by its label, and the indexes of the tokens of the notes'
    definitions (no body text). (Read with the footnote plugin's tail off: the tail gathers only the notes the text
    marks, and drops the rest.)"""
    notes: dict[str, list[str]] = {}
    inside: set[int] = set()
    current = None
    for i, t in enumerate(tokens):
        if t.type == "footnote_reference_open":
            current = t.meta.get("label")
            notes.setdefault(current, [])
        if current is not None:
            inside.add(i)
            if t.type == "inline":
                notes[current].append(text_of(t))
        if t.type == "footnote_reference_close":
            current = None
    return {k: " ".join(x for x in v if x) for k, v in notes.items()}, inside


def marked(token) -> list[str]:
    """The labels of the footnotes an inline token marks, in order."""
    return [c.meta.get("label") for c in token.children or [] if c.type == "footnote_ref"]


def marking_sentences(token) -> dict[str, str]:
    """By footnote label, the sentence each mark of an inline token stands in (``Members logged **7,310 patrol hours**
    …[^1]. The season ran …``: ``Members logged 7,310 patrol hours ….``), the sentence the note says more about
    (.note_leads)."""
    from reportbot.corpus.note_leads import marking_sentences_at

    texts: list[str] = []
    labels: list[str] = []
    marks: list[int] = []  # where each mark stands in the text, its marks taken out
    length = 0
    for c in token.children or []:
        if c.type == "footnote_ref":
            labels.append(c.meta.get("label"))
            marks.append(length)
            continue
        piece = c.content if c.type in ("text", "code_inline") else " " if c.type in ("softbreak", "hardbreak") else ""
        texts.append(piece)
        length += len(piece)
    out: dict[str, str] = {}
    for label, sentence in zip(labels, marking_sentences_at("".join(texts), marks)):
        out.setdefault(label, sentence)
    return out


def named_title(title: str, heading: str) -> str:
    """A front matter's title read with the body's own first heading (``heading``) before it when that heading is an
    organisation's name the title does not name (``Bude Surf Life Saving Club`` over ``Annual Report 2024-25``: the
    report's title names whose it is, as the rendered page shows them one over the other); else the title."""
    from reportbot.corpus.letterhead import organisation

    heading = heading.strip()
    # (a title that names the organisation already, by its first word or two characters, is left: Ballarat Community
    # First Responders - Committee Minutes under Ballarat Community First Responders Committee)
    first = re.match(r"[A-Za-z][\w'&.-]*|[\u4e00-\u9fff]{2}", heading)
    return f"{heading} {title}" if organisation(heading) and first and first.group().lower() not in title.lower() \
        else title


def titled_twice(blocks: list) -> list:
    """``blocks`` (a Markdown file's, no front matter) whose first two are level-one headings and no other is, the
    organisation's name over the report's label (``Ulladulla Surf Life Saving Club`` over ``Annual Report 2024-25``,
    both underlined with ``=``), with the two one title (:func:`named_title`): the title had been the organisation
    alone, the label a section heading over the report's opening line. Other blocks as they are."""
    from reportbot.corpus.blocks import Block

    if len(blocks) < 3 or any(b.kind != "heading" or b.level != 1 for b in blocks[:2]) \
            or any(b.kind == "heading" and b.level == 1 for b in blocks[2:]):
        return blocks
    title = named_title(blocks[1].text, blocks[0].text)
    return [Block("heading", title, 1), *blocks[2:]] if title != blocks[1].text else blocks
