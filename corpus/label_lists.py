"""A labelled list of names on a line of its own: a minutes' attendance (``Apologies: Kylie Morgan, Ben Tuckett``,
``列席：张华、李明``).

A short labelled line is read as a line of the passage that follows it (a notice's ``时间：…`` over ``地点：…`` over its
text). A minutes' attendance lists are no such fields: each says who was present, sent apologies or attended, and
read so they ran together with the lists after them and the quorum notice under them into one passage. Each is a
passage of its own, as a longer list (``Present: …``) already is."""
from __future__ import annotations

import re

from reportbot.corpus.field_kinds import names_field
from reportbot.corpus.mail_text import MAIL_FIELD
from reportbot.corpus.sentences import opens_with_label
from reportbot.corpus.unit_names import unit_and_name
from reportbot.corpus.when_who import SIGNATORY

# set by hand: an entry of a list of names is a name with a post or an organisation (Sgt Laura Quinn, Ambulance
# Victoria community engagement (item 3 only)): a few words; a Chinese entry is a person's name, two to four
# characters (its post in brackets aside): a longer part is a clause or a phrase (活动：无偿献血，欢迎市民参加)
_ENTRY_WORDS, _ENTRY_CHARS = 8, 4
_NAME = re.compile(r"[A-Z][\w'.-]+")
# a Chinese line's next field: a space, then its label (出席：… 记录：…, a record's attendance and its clerk on one
# line)
_NEXT_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,6}[:：])")


def names_list(line: str) -> bool:
    """Whether ``line`` is a label and a list of two or more short entries shaped as names are (Apologies: Kylie
    Morgan, Ben Tuckett; 列席：张华、李明): an English entry opens with a capital and has a few words, a Chinese one
    has two to four characters and no figure, or is a post or a unit and a name (总干事林佩君, 公关组　蔡宜庭); nothing
    checks a short entry is a person's name, so a short list of things (内容：讲座、演练, Topics: First aid, CPR)
    reads as one too. A Chinese line may hold more fields of names, each after a space (出席：…　记录：…: a record's
    attendance and its clerk). Not a sentence (no sentence's end inside it), an e-mail's header (To: …), a form's
    field of a place, a time or a person (Prepared by: …), or an English line of two fields."""
    line = line.strip()
    if not opens_with_label(line) or MAIL_FIELD.match(line) or re.search(r"[。！？；;!?]|\.\s", line):
        return False
    if re.search(r"[\u4e00-\u9fff]", line):
        # (a Chinese line's fields each a label and names: 出席：总干事林佩君、大队长陈志豪　记录：公关组　蔡宜庭)
        fields = [_entries(x) for x in _NEXT_FIELD.split(line)]
        return None not in fields and sum(map(len, fields)) >= 2 and all(
            len(x) <= _ENTRY_CHARS and not re.search(r"\d", x) or _person(x) for f in fields for x in f)
    label, value = (x.strip() for x in re.split(r"[:：]", line, maxsplit=1))
    if names_field(label) or re.search(r"[:：]", value):
        # (a form's field of a place, a time or one person: Place of signature: Dinghai District, Zhoushan; Prepared
        # by: Gareth Holloway, Director of Operations; two fields on one line: Signed: …, Chair Recorded by: …)
        return False
    entries = [x.strip() for x in value.split(",") if x.strip()]
    # (each entry a name's or an organisation's capital: Tuesday, 18 November 2025 is a date)
    return len(entries) >= 2 and all(_NAME.match(x) and len(x.split()) <= _ENTRY_WORDS for x in entries)


def _entries(field: str) -> list[str] | None:
    """A Chinese field's entries (its value split at its commas and 、, a post in brackets aside), or None where it is
    no field of names: no label, or one naming a place, a time or a person (时间：…, 联系人：…)."""
    label, colon, value = (x.strip() for x in [*re.split(r"([:：])", field, maxsplit=1), "", ""][:3])
    if not colon or names_field(label):
        return None
    value = re.sub(r"[（(][^（()）]*[)）]", "", value)  # (a post in brackets is one entry's: 吴建新（书记、副会长）)
    return [x.strip() for x in re.split(r"[,，、]", value) if x.strip()]


def _person(entry: str) -> bool:
    """Whether a Chinese entry longer than a name is a person with a post or a unit before the name (总干事林佩君,
    公关组　蔡宜庭); no figure in it."""
    return not re.search(r"\d", entry) and bool(SIGNATORY.fullmatch(entry) or unit_and_name(entry))
