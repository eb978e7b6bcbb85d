"""What a process that answers many questions (``serve``, ``reportbot ask`` reading stdin) loads at start.

Much of what answering needs is loaded on the first question that needs it, so that a one-shot
``reportbot ask`` pays only for its own question: the second dense opinion's model (USE, about
0.2 s from its cache), pypinyin (a question's typo by sound), jieba's part-of-speech tagger,
numpy's masked arrays (``np.unique`` imports them), the dictionaries' tables (``lexicon.py``), the
patterns the answer kinds compile on first use. A process that answers many questions pays all of
it once anyway; it pays it at start instead, so no question of the stream waits for it.
"""
from __future__ import annotations

import logging

from reportbot.index.retrieval import homophones, second_opinion

logger = logging.getLogger(__name__)

# Made up, in the report's style, asked through the engine so every lazily loaded piece the answer kinds
# use is loaded by the code that uses it (a who and a where question in each language); never answered.
WARM_UP_QUESTIONS = ("这份材料由谁执笔，写于何地？", "Who wrote this paper, and in which city?")


def warm_up(service) -> None:
    """Load what the first questions would otherwise load (``service``: a ``QAService``).

    A failure is logged, never raised: the questions that follow load what they need as they come.
    """
    try:
        engine = service.engine
        second_opinion.warm_up(engine.index)
        homophones.warm_up()
        for question in WARM_UP_QUESTIONS:
            engine.ask(question)
    except Exception as exc:  # noqa: BLE001 - a warm-up is an optimisation, its failure no user's concern
        logger.warning("warm-up failed: %s", exc, exc_info=exc)
