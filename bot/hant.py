"""The interface in traditional characters: the simplified texts converted once, and which script a question is in.

A zh-hant user (Telegram's ``language_code`` zh-hant, zh-tw) reads the bot's own texts in Taiwan's characters and
words (OpenCC s2twp: 檔案, 訊息); a zh-hk or zh-mo user in Hong Kong's (s2hk: 文件, 信息). A question written in
traditional characters is answered in its asker's traditional variant, Taiwan's when the asker names none. The
documents' words (answers, evidence, titles) are shown as the documents have them. Pure functions, no Telegram
imports.
"""
from __future__ import annotations

from functools import lru_cache

from reportbot.corpus.normalize import to_simplified

HANT = "zh-hant"  # traditional characters, Taiwan's wording
HK = "zh-hk"      # traditional characters, Hong Kong's and Macau's wording
# OpenCC's table for each: Taiwan's characters and phrases (檔案, 訊息, 使用者), Hong Kong's characters
CONFIGS = {HANT: "s2twp", HK: "s2hk"}
# where OpenCC's phrase tables misread the interface's own sentences: 最多只能 is not 最多隻 (of animals); a data
# folder is a 資料夾, not a 資料資料夾
_FIXES = {"隻能": "只能", "資料資料夾": "資料夾"}


@lru_cache(maxsize=3)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_hant(text: str, lang: str = HANT) -> str:
    """``text`` in the traditional characters of ``lang`` (HANT or HK); commands, placeholders and HTML tags (ASCII)
    are left as they are."""
    out = _converter(CONFIGS[lang]).convert(text)
    for wrong, right in _FIXES.items():
        out = out.replace(wrong, right)
    return out


def hant_table(table: dict[str, str], lang: str = HANT) -> dict[str, str]:
    """A table of simplified texts, each converted (once, when the messages are loaded)."""
    return {key: to_hant(text, lang) for key, text in table.items()}


class WithHant(dict):
    """A table by language whose traditional entries (HANT, HK) are made from the simplified one on first use, once:
    loading OpenCC's phrase tables takes about 0.2 s, which a process answering no such user never pays.
    ``convert(simplified entry, lang)`` makes one (:func:`to_hant` or :func:`hant_table`)."""

    def __init__(self, table: dict, convert) -> None:
        super().__init__(table)
        self._convert = convert

    def __missing__(self, key: str):
        if key not in CONFIGS:
            raise KeyError(key)
        self[key] = made = self._convert(self["zh"], key)
        return made

    def __contains__(self, key: object) -> bool:
        return key in CONFIGS or super().__contains__(key)

    def get(self, key: str, default=None):
        return self[key] if key in self else default


def written_hant(text: str) -> bool | None:
    """Whether the Chinese of ``text`` is written in traditional characters: True when it has more characters only
    traditional writing uses than ones only simplified writing uses, False when fewer, None when as many
    (你好 and 中文 are written alike in both)."""
    traditional = sum(a != b for a, b in zip(text, to_simplified(text)))
    simplified = sum(a != b for a, b in zip(text, _converter("s2t").convert(text)))
    if traditional == simplified:
        return None
    return traditional > simplified
