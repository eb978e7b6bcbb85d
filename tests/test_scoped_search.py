"""A scoped search finds only its documents, in the one shared index."""
from __future__ import annotations

DOC_A = "宁波急救培训简报\n\n宁波市红十字会本年度新建急救培训基地7个，培训救护员1.2万名。\n".encode()
DOC_B = "温州急救培训简报\n\n温州市红十字会本年度新建急救培训基地9个，培训救护员3.4万名。\n".encode()


def test_a_scoped_search_answers_only_from_its_documents(svc):
    a, _, _ = svc.add(DOC_A, "ningbo.txt", "test")
    b, _, _ = svc.add(DOC_B, "wenzhou.txt", "test")
    question = "红十字会新建了多少个急救培训基地？"
    only_a = svc.engine.ask(question, 3, allowed=frozenset({a.id}))
    only_b = svc.engine.ask(question, 3, allowed=frozenset({b.id}))
    assert only_a.answer == "7个" and {h.paragraph.doc_id for h in only_a.hits} == {a.id}
    assert only_b.answer == "9个" and {h.paragraph.doc_id for h in only_b.hits} == {b.id}
    seed = {r.id for r in svc.documents()} - {a.id, b.id}
    neither = svc.engine.ask(question, 3, allowed=frozenset(seed))
    assert all(h.paragraph.doc_id in seed for h in neither.hits) and "7个" not in neither.answer
    assert svc.engine.ask(question, 3, allowed=frozenset()).hits == []


def test_several_answers_offer_each_look_alike_document_once(svc):
    from reportbot.index.answering.alternatives import several_answers

    svc.add(DOC_A, "ningbo.txt", "test")
    svc.add(DOC_B, "wenzhou.txt", "test")
    got = several_answers(svc.engine, svc.ask("红十字会新建了多少个急救培训基地？", 5))
    assert sorted(a.answer for a in got) == ["7个", "9个"]
    only = several_answers(svc.engine, svc.ask("有多少支救援队建立了党支部？", 5))
    assert [a.answer for a in only] == ["123支救援队"]  # other passages answer other questions
    refused = several_answers(svc.engine, svc.ask("What is the capital of France?", 5))
    assert len(refused) == 1 and refused[0].abstained
