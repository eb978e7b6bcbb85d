"""The short answer in English, for English questions over Chinese text.

Figures are rendered from their parts (qualifier, number, magnitude, measure word,
counted noun; :mod:`.rendered_figures`): 超5亿元 -> "over 500 million yuan (超5亿元)", 123支救援队 ->
"123 rescue teams (123支救援队)", 68.05万名 -> "680,500 (68.05万名)". Words come
from CC-CEDICT (:mod:`.glosses`), a person's name in pinyin. Where a word
has no gloss, or the answer is a clause, the Chinese stays as it is.
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.glosses import gloss_phrase
from reportbot.index.answering.rendered_figures import render_figure
from reportbot.index.retrieval.tagging import words as tagged_words

MAX_GLOSSED_CHARS = 8  # longer answers are clauses: word-by-word glosses would mislead
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words of ``text`` with their part-of-speech tags (:mod:`.tagging`: each text tagged once)."""
    return [(w.word, w.flag) for w in tagged_words(text)]


def _is_name(text: str) -> bool:
    """True when jieba tags a word of ``text`` as a person's name."""
    return any(flag.startswith("nr") for _, flag in _tagged(text))


def romanised(name: str) -> str:
    """A Chinese person's name in pinyin as English text writes it: family name first (夏振辉 -> Xia Zhenhui)."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    family = 2 if len(name) == 4 else 1  # a four-character name mostly has a two-character family name (欧阳)
    return " ".join(p.capitalize() for p in ("".join(syllables[:family]), "".join(syllables[family:])) if p)


def render_name(answer: str) -> str | None:
    """A short answer that is or ends in a person's name, in English: its words glossed, the name in pinyin
    (省委书记袁家军 -> "provincial party secretary Yuan Jiajun"); None when jieba tags no name or a word has
    no gloss."""
    words: list[tuple[str, str]] = []
    for w, flag in _tagged(answer):  # jieba may tag a family name and a given name apart (周 海燕): one name
        if flag == "nr" and words and words[-1][1] == "nr":
            words[-1] = (words[-1][0] + w, flag)
        else:
            words.append((w, flag))
    if not any(flag == "nr" and len(w) >= 2 for w, flag in words):
        return None
    out = []
    for w, flag in words:
        english = romanised(w) if flag == "nr" and len(w) >= 2 else gloss_phrase(w)
        if english is None:
            return None
        out.append(english)
    return " ".join(out)


def english_answer(answer: str, question_lang: str, kind: str = "other") -> str:
    """The short answer for an English asker: English first, the Chinese in brackets.

    Args:
        answer: the short answer.
        question_lang: the question's language; only ``en`` gets a rendering.
        kind: the kind of answer asked for; a name (``who``, ``author``) is romanised where jieba tags it one
            (:func:`render_name`), else it stays as written.

    Returns:
        "" for Chinese questions and empty answers; the answer unchanged when it has no
        Chinese, is a name or a clause, or has no gloss.
    """
    if question_lang != "en" or not answer:
        return ""
    if not _HAN.search(answer):
        return answer
    shown, answer = answer, to_simplified(answer)  # a traditional-script document's answer reads the same
    english = render_figure(answer)
    short_word = len(answer) <= MAX_GLOSSED_CHARS and re.fullmatch(r"[\u4e00-\u9fff]+", answer)
    if english is None and short_word:
        english = render_name(answer)
    if english is None and kind not in ("who", "author") and short_word and not _is_name(answer):
        english = gloss_phrase(answer)
    return f"{english} ({shown})" if english else shown
