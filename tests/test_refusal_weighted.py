"""held_idf: how much of a question the evidence sentence holds, each word weighed by its rarity in the documents.
A near miss keeps its question's common words (the city, the society) and loses the rare one that makes it another
question. Made-up questions over a made-up report in the documents' style (none of the question sets' words)."""
from __future__ import annotations

from reportbot.index.answering.align import alignment
from reportbot.index.answering.refusal import answers
from reportbot.index.answering.signals import Signals
from reportbot.index.answering.weighted import weighted_held
from reportbot.index.retrieval.query import analyse

SENTENCE = "2023年，临江市红十字会组建水上救援队4支，发展队员260名。"
CONTEXT = "临江市红十字会2023年工作综述"
# idf over a made-up library's paragraphs: every document names the society and most the city; few the kind of team
IDF = {"临江市": 0.4, "临江": 0.4, "红十字会": 0.1, "红十字": 0.1, "十字": 0.1, "组建": 1.2, "水上": 3.0,
       "救援队": 2.0, "救援": 1.5, "山地": 3.5, "搜救": 3.0}


def _held(question: str) -> float:
    return weighted_held(analyse(question), SENTENCE, CONTEXT, lambda t: IDF.get(t, 0.0), IDF.__contains__)


def test_a_question_whose_rare_words_the_sentence_lacks_holds_little():
    near_miss = "临江市红十字会组建了几支山地搜救队"
    assert _held(near_miss) < 0.4
    assert alignment(near_miss, f"{SENTENCE}\n{CONTEXT}") > 0.5  # its characters are mostly there all the same
    assert _held("临江市红十字会组建了几支水上救援队") == 1.0


def test_words_the_documents_never_use_weigh_nothing():
    # 几支 and 队 are in no paragraph's vocabulary here: the share is of the words the documents use
    assert _held("临江市组建了几支救援队") == 1.0


def test_the_shipped_model_refuses_a_sentence_without_the_rare_words_it_answers_with_them():
    # the same middling evidence: answered when the sentence holds the question's rare words, refused when it holds
    # only its common ones
    middling = dict(coverage=0.25, coverage_en=0.0, dense=0.88, alignment=0.4, constraints=1.0, typed=1.0, known=0.8,
                    english=0.0, document=1.0)
    assert answers(Signals(**middling, held_idf=1.0))
    assert not answers(Signals(**middling, held_idf=0.2))
