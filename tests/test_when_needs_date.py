"""A when-question is answered by a sentence that says a time: a sentence close behind the best one whose answer is
a date wins over a best one that gives only a count (the members thanked, the hours logged). Made-up club report
sentences, none from the question sets."""
from __future__ import annotations

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.evidence import evidence
from reportbot.index.retrieval.hits import Hit, SearchResult
from reportbot.index.retrieval.query import analyse

HOURS = "Our members logged 4,120 swim hours across 20 weekends, up from 3,870 the year before."
SEASON = "The swim season ran from 6 October 2024 to 30 March 2025."
THANKS = "Captain Rhys Elwood thanked the 240 active swimming members, including 64 juniors."


def choose(question: str, scores: list[float]) -> tuple[str, str]:
    sentences = (HOURS, SEASON, THANKS)
    p = Paragraph("d", 1, " ".join(sentences), sentences)
    hit = Hit(0, p, 1.0, 1.0, 1.0, 1.0, scores)
    sentence, span = evidence(SearchResult(analyse(question), [hit], 0.5, 0.5), hit, lambda t: 1.0)
    return sentence, span.text


def test_a_when_question_takes_the_sentence_with_a_date_close_behind():
    sentence, answer = choose("海豚游泳会泳季何时开幕", [0.85, 0.66, 0.85])
    assert sentence == SEASON and "6 October 2024" in answer


def test_a_count_question_keeps_the_best_sentences_figure():
    sentence, answer = choose("how many active swimming members were thanked", [0.6, 0.6, 0.9])
    assert sentence == THANKS and "240" in answer
