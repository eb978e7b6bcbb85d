"""What kind of thing a question asks for, read from its grammar: a contact (an e-mail address, a phone number),
a yes or no, a total. Typed as users type: a key word with one slip of the keyboard (emali, phnoe) still asks.

Pure functions over the question's text; the sentence choice (``evidence``), the extractors (``choose``) and the
answer's checks (``shape``, ``kind_apart``) all read a contact's or a record's number asked through one reader,
:func:`asked_number`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# the English words that ask for a contact, and the Chinese ones (no typo is read in Chinese: an input method
# types whole words); a fax number is written and dialled as a phone's, so it is asked as one
_CONTACT_WORDS = {"email": "email", "e-mail": "email", "mail": "email", "phone": "phone", "telephone": "phone",
                  "hotline": "phone", "helpline": "phone", "tel": "phone", "fax": "phone"}
# a line's number is a phone's ("donor line number", "the advice line no."): a line alone may be a bus's or a text's;
# "no" is the number's short form unless it opens one of English's phrases of negation ("the line no longer runs",
# "no more", "no one" say no number; "line no for weekends" asks one)
_LINE_NUMBER = re.compile(r"\bline(?:'s)?\s+(?:number|no\b(?!\s+(?:longer|more|one|matter|way)\b))"
                          # the same asked the other way round: "number of the donor line", "number for the help line"
                          # (one line, named with an article: "the number of donor lines" counts them)
                          r"|\bnumber\s+(?:of|for)\s+(?:the|your|this|that|our|a)\s+(?:[\w-]+\s+){0,3}line\b(?!s)")
_CONTACT_ZH = re.compile(r"(邮箱|电子邮件|邮件地址|电邮)|(电话|热线|传真|傳真)")  # a fax is dialled as a phone is
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def one_slip(word: str, target: str) -> bool:
    """``word`` is ``target`` typed with one slip: a letter left out, added, changed, or two swapped. Words under
    five letters must match exactly (tel, mail): one slip turns too many short words into others."""
    if word == target:
        return True
    if min(len(word), len(target)) < 4 or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]])
    short, long_ = sorted((word, target), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def asks_fax(text: str) -> bool:
    """The question asks a fax number (传真号码, what's the fax), which a sentence may give beside a phone's."""
    return bool(re.search(r"传真|傳真|\bfax\b", text, re.I))


def ends_in_contact(text: str) -> bool:
    """The question is a contact's name and nothing after it (培训中心的联系电话, 报名邮箱): a bare noun phrase that
    asks for the contact, as a search box is typed into, though it has no question word."""
    ends = [m.end() for m in _CONTACT_ZH.finditer(text)]
    return bool(ends) and not text[ends[-1]:].strip(" ？?。.!！")


# a phone's own number named: the number's word right after the phone's (phone number, 电话号码, 值班电话是多少)
_PHONE_NUMBER = re.compile(r"\b(?:phone|telephone|fax|hotline|helpline|contact)\s+(?:number|no)\b|"
                           r"(?:电话|電話|热线|熱線|传真|傳真)"
                           r"(?:号码|號碼|是?多少|是?[几幾]多?号|是?[几幾]多?號)", re.I)
# a contact's or a record's number asked in Chinese (电话幾多號, 捐款帐号几号, 合同编号多少, 备案号是啥): the
# number's own word, then a question word that elsewhere asks a count or a day (几部电话 counts phones)
_NUMBER_WORD_ZH = re.compile(r"(?:电话|热线|传真|手机|帐号|账号|户号|编号|备案号|号码|代码|邮编)(?:号码|号)?"
                             r"\s*(?:是)?\s*(?:多少|几|啥|什么|咩)")


@dataclass(frozen=True)
class NumberAsked:
    """What a question asks of a contact or a record's number, read once from its text.

    Attributes:
        contact: "email" or "phone" when the question asks for that contact (the emali to use, 联系电话), else None.
        phone_number: the phone's own number is named (the office phone number, 电话号码, 值班电话是多少): an answer
            without a run of digits gives none.
        number_word_zh: a Chinese question puts a number's word right before its question word (电话幾多號, 帐号几号,
            合同编号多少), so the question word asks the number, not a count or a day.
    """

    contact: str | None
    phone_number: bool
    number_word_zh: bool


@functools.lru_cache(maxsize=256)  # the sentence choice, the extractors and the answer's checks each ask it
def asked_number(text: str) -> NumberAsked:
    """The one reader of a contact's or a record's number asked: which contact (the emali to use, 联系电话, the
    donor line no.), whether the phone's number is named, whether a Chinese number's word precedes the question
    word (帐号几号)."""
    return NumberAsked(_contact(text), bool(_PHONE_NUMBER.search(text)), bool(_NUMBER_WORD_ZH.search(text)))


def _contact(text: str) -> str | None:
    """"email" or "phone" when the question asks for that contact (the emali to use, 联系电话), else None."""
    m = _CONTACT_ZH.search(text)
    if m:
        return "email" if m.group(1) else "phone"
    if _LINE_NUMBER.search(text.lower()):
        return "phone"
    for word in re.findall(r"[a-z][a-z-]*", text.lower()):
        for key, kind in _CONTACT_WORDS.items():
            if one_slip(word, key) if len(key) >= 5 else word == key:
                return kind
    return None


# a yes-or-no question: an A-not-A verb (是不是, 有没有, Cantonese 可唔可以), 是否, the particle 吗, a closing 么 (not
# 什么 / 怎么), a closing 不 or 没 (能参加不, 有停车位没); English: an auxiliary opens it
_YES_NO_ZH = re.compile(r"(.)[不没唔]\1|是否|能否|可否|吗|(?<![什怎那多这要])么\s*[?？]?\s*$|[不没]\s*[?？]?\s*$")
_YES_NO_EN = re.compile(r"^\s*(?:is|are|was|were|does|do|did|can|could|should|must|may|will|would|has|have|had)"
                        r"\b(?!.*\b(?:what|which|who|whom|whose|when|where|how|why)\b)", re.I)
_WH_ZH = re.compile(r"什么|啥|哪|谁|几|多少|怎|如何|为何|为什么|何时|何地|何种")


def asks_yes_no(text: str) -> bool:
    """The question asks whether (这个项目是不是省里首创的, 老人能报名参加不, Can I donate after a cold?), with
    no question word asking for a thing: its answer is the clause that says so (a FAQ's yes or no), not a figure or
    a name in it. The one test of a yes-or-no question: the extractors, the evidence and the FAQ's answer use it."""
    if _YES_NO_EN.search(text):
        return True
    return bool(_YES_NO_ZH.search(text)) and not _WH_ZH.search(_YES_NO_ZH.sub("", text))


# a mail's addressee line (To:, Cc:, 收件人：, 抄送：) says whom it was sent to; a question asking that says so
_ADDRESSEE_LINE = re.compile(r"^\s*(?:to|cc|bcc|收件人|抄送)\s*[:：]", re.I)
_ASKS_ADDRESSEE = re.compile(r"抄送|发给|发送给|寄给|送给|收件|\bsent to\b|\baddressed\b|\brecipients?\b|\bcc\b|"
                             r"\bto whom\b|\bwho\b.*\bto\W*$", re.I)


def addressees_only(kind: str, text: str, sentence: str) -> bool:
    """A who-question (who sent it, who the coordinator is) over a mail's addressee line (To: All volunteers): the
    list it was sent to is no one who did something, unless the question asks whom it was sent to."""
    return kind == "who" and bool(_ADDRESSEE_LINE.match(sentence)) and not _ASKS_ADDRESSEE.search(text)
