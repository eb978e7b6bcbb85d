"""A list item's sub-items that are its fields (``2. 基本救命術（BLS）`` over ``- 時數：8小時``, ``- 對象：…``): each
field is read with its item's name, as a table's row is read with its row's label. Two items with the same fields
otherwise give two sentences alike (时数：4小时, 时数：8小时), and a question naming the second item's field could
take the first's."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportbot.corpus.sentences import opens_with_label

_NUMBER = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")  # the number the loaders store an item with (3. text)
# an item that names a thing: a few words, no sentence (no sentence's end, no colon ending it)
_NAME_CHARS = 40
_NOT_NAME = re.compile(r"[。！？!?；;:：]$")


@dataclass
class ItemNames:
    """The names of the items a list has open, by depth; :meth:`read` gives a sub-item's sentence and keeps its
    display line (``shown``) as the file writes it."""

    names: dict[int, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)

    def read(self, text: str, depth: int, sentences: list[str]) -> list[str]:
        """The ``sentences`` of ``text`` (an item at ``depth``, 0 at the top): the first of a field of the item
        above it reads ``name — label：value``."""
        bare = _NUMBER.sub("", text, count=1)
        self.names = {d: n for d, n in self.names.items() if d < depth}
        if len(bare) <= _NAME_CHARS and not _NOT_NAME.search(bare):
            self.names[depth] = bare
        parent = self.names.get(depth - 1) if depth else None
        if parent is None or not sentences or not opens_with_label(bare):
            return sentences
        said = f"{parent} — {_NUMBER.sub('', sentences[0], count=1)}"
        self.shown[said] = sentences[0]
        return [said, *sentences[1:]]

    def clear(self) -> None:
        self.names, self.shown = {}, {}
