"""The interface in traditional characters: the simplified texts converted once, and which script a question is in.

A zh-hant user (Telegram's ``language_code`` zh-hant, zh-tw, zh-hk) or a question written in traditional characters
reads the bot's own texts in traditional characters. The documents' words (answers, evidence, titles) are shown as
the documents have them. Pure functions, no Telegram imports.
"""
from __future__ import annotations

from functools import lru_cache

from reportbot.corpus.normalize import to_simplified

# Taiwan's characters and words (檔案, 訊息, 使用者), which Hong Kong and Macau readers read too
CONFIG = "s2twp"
# where OpenCC's phrase table misreads the interface's own sentences: 最多只能 is not 最多隻 (of animals); a data
# folder is a 資料夾, not a 資料資料夾
_FIXES = {"隻能": "只能", "資料資料夾": "資料夾"}


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_hant(text: str) -> str:
    """``text`` in traditional characters; commands, placeholders and HTML tags (ASCII) are left as they are."""
    out = _converter(CONFIG).convert(text)
    for wrong, right in _FIXES.items():
        out = out.replace(wrong, right)
    return out


def hant_table(table: dict[str, str]) -> dict[str, str]:
    """A table of simplified texts, each converted (once, when the messages are loaded)."""
    return {key: to_hant(text) for key, text in table.items()}


def written_hant(text: str) -> bool | None:
    """Whether the Chinese of ``text`` is written in traditional characters: True when it has more characters only
    traditional writing uses than ones only simplified writing uses, False when fewer, None when as many
    (你好 and 中文 are written alike in both)."""
    traditional = sum(a != b for a, b in zip(text, to_simplified(text)))
    simplified = sum(a != b for a, b in zip(text, _converter("s2t").convert(text)))
    if traditional == simplified:
        return None
    return traditional > simplified
