"""An English question naming its subject by a Latin name the answer's document never writes is refused
(index/answering/name_written.py): a name another document writes, or a place no document writes that the question
puts its subject in; the twin naming the answer's own body is still answered. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.name_written import latin_names, name_unwritten
from reportbot.index.retrieval.query import analyse
from reportbot.index.retrieval.tokenize import english_words, stem

STATEMENT = b"""# Westbrook Red Cross Chapter Annual Statement 2025

## Audit
The accounts of the chapter for 2025 were audited by Pell and Rowe LLP, Chartered Accountants, for a fee of $38,200.

## Reserves
Unrestricted reserves stood at $1.2 million at the end of the year.
"""

GUIDE = b"""# Northfield Volunteer Handbook

## Training
New volunteers at Northfield finish a core course of 20 hours before their first shift.

## Uniform
Volunteers wear the red vest on duty only.
"""

COMMON = frozenset({"audit", "chapter", "account", "class", "first", "aid", "cours", "who", "fee", "reserv"})


def _unwritten(question: str, doc: bytes, corpus: tuple[bytes, ...]) -> bool:
    says = frozenset(stem(w) for w in english_words(doc.decode().lower()))
    written = frozenset(stem(w) for d in corpus for w in english_words(d.decode().lower()))
    return name_unwritten(analyse(question), says.__contains__, written.__contains__, COMMON.__contains__)


def test_a_name_another_document_writes_or_an_unwritten_place_is_unwritten():
    corpus = (STATEMENT, GUIDE)
    assert latin_names(analyse("who audited the northfield chapter accounts"), COMMON.__contains__) == ["northfield"]
    assert _unwritten("who audited the northfield chapter accounts", STATEMENT, corpus)
    assert not _unwritten("who audited the westbrook chapter accounts", STATEMENT, corpus)
    # a name no document writes counts only where the question places its subject in it
    assert _unwritten("are there first aid classes in ashbury", GUIDE, corpus)
    assert not _unwritten("who audited the ashbury accounts", STATEMENT, corpus)
    # a Chinese question, an acronym and a common word are no names
    assert latin_names(analyse("Northfield的志愿者培训几个小时"), COMMON.__contains__) == []
    assert not _unwritten("who audited the cpr accounts", GUIDE, corpus)
    # a name spelled in pinyin is written in characters by a Chinese document: no Latin name to hold
    assert latin_names(analyse("which jinhua chapter audited the accounts"), COMMON.__contains__) == []
    # nor is a month's short form a name
    assert not _unwritten("who audited the accounts in sept 2025", GUIDE, corpus)
    # nor a unit of measure the question asks a figure in ("in dollars", "in tonnes"): it places nothing
    assert not _unwritten("what was the westbrook chapter audit fee in dollars", STATEMENT, corpus)
    assert not _unwritten("how much rice did the westbrook chapter store in tonnes", STATEMENT, corpus)


@pytest.fixture(scope="module")
def chapters(library_with):
    service, _ = library_with("name-written", {"westbrook_statement.md": STATEMENT, "northfield_guide.md": GUIDE})
    return service


def test_the_audit_of_another_chapter_is_refused_and_its_twin_answered(chapters):
    near = answer_json(chapters.ask("who audited the northfield chapter accounts"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(chapters.ask("who audited the westbrook chapter accounts"))
    assert not twin["abstained"] and "Pell" in twin["answer"]
