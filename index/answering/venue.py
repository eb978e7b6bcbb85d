"""Whether an answer ends in the word for a venue or a part of a place (报告厅, 活动中心, 九龙东): a where-question is
answered by it though it holds no administrative name. Pure functions over strings.

A direction ends a place only after one: after a place's character (城东, 市北), as a word of its own after a name
(九龙东, 沙田西), or closing a longer place word (观塘东); 东西 (a thing) and 买东西 hold a direction and name no
place. Traditional characters count as simplified ones do (展覽館, 禮堂, 大廈).
"""
from __future__ import annotations

import re

_VENUE_END = re.compile(r"(?:[厅室馆楼路街站院校廳館樓]|中心|广场|廣場|大厦|大廈)$")
_DIRECTIONS = "东西南北東"
_PLACE_CHARS = "城市区县镇乡村州岛湾港區縣鎮灣"


def venue_end(text: str) -> bool:
    """The text ends in a venue's word or in a direction that follows a place."""
    if _VENUE_END.search(text):
        return True
    if len(text) < 2 or text[-1] not in _DIRECTIONS:
        return False
    if text[-2] in _PLACE_CHARS:
        return True
    import jieba

    words = jieba.lcut(text)
    last = words[-1]
    return len(last) >= 3 or len(last) == 1 and len(words) >= 2 and len(words[-2]) >= 2
