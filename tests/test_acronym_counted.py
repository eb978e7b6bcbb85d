"""An English count of an acronym the dictionary lacks (AEDs) is not answered from a Chinese sentence that does not
write it when its document writes it elsewhere (index/answering/acronym_counted.py): the figure there counts another
thing (转移群众2300余人). A sentence that writes the acronym, a document that never does, and a dictionary word keep
their answers. Made-up sentences in the reports' style."""
from __future__ import annotations

from reportbot.index.answering.acronym_counted import acronym_unwritten
from reportbot.index.answering.answer_checks import counts_asked
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.cedict import english_vocabulary
from reportbot.index.retrieval.query import analyse
from reportbot.index.retrieval.tokenize import english_words, stem

REPORT = ("上半年全市新增配置AED设备150台，全市公共场所累计配置AED达860台。"
          "各救援队上半年出动62次，在青溪镇山洪救援中转移群众2300余人。")
MOVED = "各救援队上半年出动62次，在青溪镇山洪救援中转移群众2300余人。"
PLACED = "上半年全市新增配置AED设备150台，全市公共场所累计配置AED达860台。"


def _span(sentence: str, answer: str) -> Span:
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def _says(text: str):
    stems = {stem(w) for w in english_words(text)}
    return stems.__contains__


def _known(word: str) -> bool:
    return word in english_vocabulary()


def test_an_acronym_the_sentence_does_not_write_is_not_counted_there():
    aeds = analyse("how many AEDs are in qingxi town")
    assert acronym_unwritten(aeds, MOVED, _span(MOVED, "2300余人"), _says(REPORT), _known)
    assert not acronym_unwritten(aeds, PLACED, _span(PLACED, "860台"), _says(REPORT), _known)  # it writes AED
    assert not acronym_unwritten(aeds, MOVED, _span(MOVED, "2300余人"), _says(MOVED), _known)  # never written
    assert not acronym_unwritten(analyse("how many aeds are in qingxi town"), PLACED, _span(PLACED, "150台"),
                                 _says(REPORT), _known)  # typed in lower case, the sentence writes it
    assert not acronym_unwritten(analyse("how many rescue teams are in qingxi town"), MOVED, _span(MOVED, "62次"),
                                 _says(REPORT), _known)  # a unit noun: the unit checks'


def test_the_engine_checks_refuse_the_other_things_count():
    aeds = analyse("how many AEDs are in qingxi town")
    assert not counts_asked(aeds, MOVED, _span(MOVED, "2300余人"), lambda: "", _says(REPORT), lambda w: True)
    assert counts_asked(aeds, PLACED, _span(PLACED, "860台"), lambda: "", _says(REPORT), lambda w: True)
