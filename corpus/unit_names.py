"""The shape of a unit's name followed by a person's (公关组　蔡宜庭, 志工股 王小明): one shape, read in two places.
:mod:`.normalize` keeps the space between the two (run together, 公关组蔡宜庭 reads as one word) and
:mod:`.label_lists` reads such an entry as a person's in a list of names (记录：公关组　蔡宜庭)."""
from __future__ import annotations

import re

from reportbot.corpus.surnames import DOUBLE_SURNAMES, SURNAMES

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a unit's name: a word ending in a unit's word (组, 科, 股, 课, 处, 室, 部, 站, 队, 中心)
UNIT = rf"(?:[{CJK}]{{1,12}}[组組科股课課处處室部站队隊]|[{CJK}]{{0,10}}中心)"
# a person's name: a common surname and one or two characters more, ending there (before a mark, a space or the end)
PERSON = rf"(?:{'|'.join(DOUBLE_SURNAMES)}|[{SURNAMES}])[{CJK}]{{1,2}}(?![{CJK}])"
# the unit and the person parted by a space (a plain one, or the ideographic one normalising keeps)
_UNIT_AND_NAME = re.compile(rf"{UNIT}[ \u00a0\u3000]+{PERSON}")


def unit_and_name(entry: str) -> bool:
    """Whether ``entry`` is a unit's name and a person's, parted by a space (公关组　蔡宜庭), and nothing more."""
    return bool(_UNIT_AND_NAME.fullmatch(entry.strip()))
