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

# set by hand: an entry of a list of names is a name with a post or an organisation (Sgt Laura Quinn, Ambulance
# Victoria community engagement (item 3 only)): a few words; a Chinese entry is a person's name, two to four
# characters (its post in brackets aside): a longer part is a clause or a phrase (活动：无偿献血，欢迎市民参加)
_ENTRY_WORDS, _ENTRY_CHARS = 8, 4
_NAME = re.compile(r"[A-Z][\w'.-]+")


def names_list(line: str) -> bool:
    """Whether ``line`` is a label and a list of two or more short entries shaped as names are (Apologies: Kylie
    Morgan, Ben Tuckett; 列席：张华、李明): an English entry opens with a capital and has a few words, a Chinese one
    has two to four characters and no figure; nothing checks an entry is a person's name, so a short list of things
    (内容：讲座、演练, Topics: First aid, CPR) reads as one too. Not a sentence (no sentence's end inside it), an
    e-mail's header (To: …), a form's field of a place, a time or a person (Prepared by: …), or two fields on one
    line."""
    line = line.strip()
    if not opens_with_label(line) or MAIL_FIELD.match(line) or re.search(r"[。！？；;!?]|\.\s", line):
        return False
    label, value = (x.strip() for x in re.split(r"[:：]", line, maxsplit=1))
    if names_field(label) or re.search(r"[:：]", value):
        # (a form's field of a place, a time or one person: Place of signature: Dinghai District, Zhoushan; Prepared
        # by: Gareth Holloway, Director of Operations; two fields on one line: Signed: …, Chair Recorded by: …)
        return False
    chinese = re.search(r"[\u4e00-\u9fff]", value) is not None
    value = re.sub(r"[（(][^（()）]*[)）]", "", value)  # (a post in brackets is one entry's: 吴建新（书记、副会长）)
    entries = [x.strip() for x in re.split(r"[,，、]" if chinese else r",", value) if x.strip()]
    if len(entries) < 2:
        return False
    if chinese:  # (no figure in a name: 2025年12月6日、上午 is a time; 欢迎市民参加 is no name)
        return all(len(x) <= _ENTRY_CHARS and not re.search(r"\d", x) for x in entries)
    # (each entry a name's or an organisation's capital: Tuesday, 18 November 2025 is a date)
    return all(_NAME.match(x) and len(x.split()) <= _ENTRY_WORDS for x in entries)
