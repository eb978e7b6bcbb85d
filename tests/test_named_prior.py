"""A question that calls a document by its name (a word of its title or file name no other document writes) gives
that document's passages a small prior: a look-alike whose sentence matches the rest of the question more closely
does not answer a question about the named one (made-up documents and questions)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.context import Constraint
from reportbot.index.retrieval.dense_text import DocumentNames, documents_called
from reportbot.index.retrieval.named_prior import named_boost
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder

# document 0: the report (Chinese); 1: a clinic's annual report; 2: a province's update whose file name holds its place
NAMES = DocumentNames.of(["星海市登山协会五年工作综述", "Annual Report 2025", "登山协会2024年工作进展"],
                         ["report.txt", "northwood_clinic_2025.docx", "xinghai_2024_update.md"], ["", "", ""])
WRITTEN = {"northwood": {1}, "clinic": {1}, "annual": {1}, "report": {1}, "update": {1}}


def called(text: str, constraints=()) -> frozenset[int]:
    return documents_called(text, NAMES, lambda w: frozenset(WRITTEN.get(w, ())), constraints)


def test_a_latin_word_only_one_document_is_called_by_names_it_in_either_language():
    assert called("% seen within 4 hrs at northwood") == {1}
    assert called("northwood 的急诊四小时内完成率是多少") == {1}
    # a word of a file name that another document writes is what is asked, not a name
    assert called("what did the update say about members") == frozenset()


def test_a_place_the_question_names_is_no_name_of_a_document():
    assert called("xinghai: how many members") == {2}
    assert called("xinghai: how many members", (Constraint("place", ("星海", "xinghai")),)) == frozenset()


def test_only_the_one_document_called_gets_the_prior_and_never_the_report():
    docs, primary = np.array([0, 0, 1, 1, 2]), np.array([True, True, False, False, False])
    assert named_boost({1}, docs, primary, 0.1).tolist() == [0, 0, np.float32(0.1), np.float32(0.1), 0]
    assert not named_boost({1, 2}, docs, primary, 0.1).any()  # a name two documents share tells neither apart
    assert not named_boost({0}, docs, primary, 0.1).any()  # the report has its own prior
    assert not named_boost({1}, docs, primary, 0.0).any()


REPORT = """星海市登山协会五年工作综述

五年来，星海市登山协会发展会员820名，新建登山分队6支。
"""
NORTHWOOD = """# Northwood Clinic Annual Report 2025

## Emergency care

Patients seen within four hours at the emergency unit: 78%.
"""
SOUTHBAY = """# Southbay Clinic Annual Report 2025

## Emergency care

Patients seen within four hours at the emergency department: 91%.
"""


def _searcher(tmp_path, prior):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(REPORT, "report.txt"), parse_text(NORTHWOOD, "northwood_clinic_2025.md"),
            parse_text(SOUTHBAY, "southbay_clinic_2025.md")]
    emb = HashEmbedder()
    index = PassageIndex.build(docs, emb, tmp_path / f"ix{prior}")
    return Searcher(index, emb, replace(DEFAULT, named_prior=prior), primary=frozenset({docs[0].doc_id})), docs


def test_a_question_calling_a_clinic_by_name_is_answered_from_its_report(tmp_path):
    searcher, docs = _searcher(tmp_path, 0.1)
    top = searcher.search("northwood: patients seen within four hours at the emergency department", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[1].doc_id and "78%" in top.paragraph.text


def test_without_the_prior_the_lookalikes_closer_sentence_answers(tmp_path):
    searcher, docs = _searcher(tmp_path, 0.0)
    top = searcher.search("northwood: patients seen within four hours at the emergency department", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[2].doc_id  # what the prior is there to overturn
