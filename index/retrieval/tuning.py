"""The search stage's tunables in one place: what each weighs and how it was set."""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources


def fitted(name: str, key: str, default: float | None) -> float | None:
    """A value a tool in tools/ fitted and wrote to ``fitted/NAME.json`` (with what it was fitted on).

    ``key`` may name a value inside an object: ``en.second_share``.
    """
    try:
        data = json.loads((resources.files("reportbot.index.retrieval") / "fitted" / f"{name}.json").read_text())
        for part in key.split("."):
            data = data[part]
        return float(data)
    except (OSError, ValueError, KeyError, TypeError):
        return default


@dataclass(frozen=True)
class SearchTuning:
    """Weights, windows and floors of :class:`reportbot.index.retrieval.search.Searcher`.

    Set by hand: the candidate windows by cost (bench/latency.py), the rest on the dev set and
    the tune halves (``bench/data/*_tune.jsonl``), never on a check half.
    """

    # how many rows each side proposes; the rest of the corpus is never scored
    dense_candidates: int = 100
    keyword_candidates: int = 100
    # coverage (the costly signal) is computed for the best keyword matches only
    coverage_candidates: int = 24
    # a paragraph's dense score: its best sentence's share, the rest the whole paragraph's
    sentence_share: float = 0.7
    # a heading line that opens a PDF passage and is shorter than this many characters ("No. 2024-02", "Attendees")
    # counts with its passage's cosine, not its own: e5 finds a few characters close to anything (a Chinese question
    # naming 2024 drew "No. 2024-02"); a longer one ("Item 3. Financial Report and Budget") says what its part is
    # about. Set by hand on the tune halves (see README)
    heading_line_chars: int = 16
    # added to e5 cosines of passages not in the question's language: e5 ranks text in the question's own
    # language higher (an English question drew the English manual's first paragraph over the right
    # Chinese one); chosen on library_tune by tools/fit_language_offset.py
    cross_language_offset: float = fitted("language_offset", "cross_language_offset", 0.0)
    # the keyword side's vote in the fusion when it matches the whole question (it falls with the share
    # it matches), and how much an English question's share of words with a corpus counterpart scales
    # it; fitted on the tune halves by tools/fit_fusion.py (was 0.7 and 0.5, set by hand)
    keyword_weight: float = fitted("fusion", "keyword_weight", 0.7)
    possible_share: float = fitted("fusion", "possible_share", 0.5)
    # English questions, where the second dense opinion (second_opinion.py, USE multilingual) is there:
    # its share of the dense side, and the keyword side's weight and expressible share that go with it;
    # fitted on the tune halves' English questions by tools/fit_fusion.py (Chinese questions: its fitted
    # share for them is 0, so they use the two weights above and never load it). Without the second
    # opinion, English questions use the two weights above too.
    # the share of the keyword weight that scales with how much of the question the best candidate covers (the
    # rest is whole once anything matched: fusion.matched_vote); 1 scales it all, as before; fitted on the tune
    # halves by tools/fit_matched_share.py (fitted/matched_share.json)
    matched_share: float = fitted("matched_share", "matched_share", 1.0)
    second_share_en: float = fitted("fusion", "en.second_share", 0.0)
    keyword_weight_en: float = fitted("fusion", "en.keyword_weight", 0.9)
    possible_share_en: float = fitted("fusion", "en.possible_share", 0.0)
    second_share_zh: float = fitted("fusion", "zh.second_share", 0.0)
    # English questions where the second opinion is not asked (English passages among the candidates: a library
    # with English documents): the keyword side's weight, fitted on the library tune halves' English questions by
    # tools/fit_fusion.py (was the weight of every question, above)
    keyword_weight_en_alone: float = fitted("fusion", "en_alone.keyword_weight", keyword_weight)
    # the keyword side's weight for a candidate not in the question's language, where e5 ranks a document's passages
    # by a weaker signal (an English question over a Chinese report: the keyword side, through the bridge, holds the
    # right passage first more often than the dense side), per language pair: an English question's Chinese candidates
    # when English passages are among them (the second opinion not asked; beside it every candidate is Chinese and
    # the weights above are already fitted for that pair), and a Chinese question's English candidates; fitted by
    # tools/fit_cross.py (None: the question's own weight)
    keyword_weight_en_zh: float | None = fitted("cross", "en_zh.keyword_weight", None)
    keyword_weight_zh_en: float | None = fitted("cross", "zh_en.keyword_weight", None)
    # the dense side's spread among the candidates is scaled as at least this wide before the fusion (min-max below
    # it would stretch cosines that differ by a hair, as a short report's passages do for a question, into the whole
    # dense vote over a clear keyword match); fitted by tools/fit_dense_range.py (0: plain min-max)
    dense_least_range: float = fitted("dense_range", "dense_least_range", 0.0)
    # a sub-word of a question word (救援 of 救援队, jieba's search mode) joins its word's group at this weight (the
    # word itself: 1); set by hand when groups were introduced
    sub_word_weight: float = 0.6
    # coverage: a one-character word (做, 写, 党) counts this share of its idf-weighted mass (weak evidence that a
    # question is in scope), and an English word that found no corpus word adds this share of the largest idf to
    # the total a full match would have; set by hand on the dev set and seed_tune
    single_char_coverage: float = 0.3
    unmatched_share: float = 0.5
    # the keyword score mixes the paragraph level and its best sentence half and half
    paragraph_keyword_share: float = 0.5
    # a question word the passage's context (title, date, heading path) holds counts this much of a text
    # match, for every passage of the document, in the keyword score and in coverage (library_tune
    # hit@1: 0.4 -> 0.745, 0.6 -> 0.755, 0.8 -> 0.775, 1.0 -> 0.794, 1.5 -> 0.794; qa_extra, seed_tune
    # the same at each)
    context_weight: float = 1.0
    # a term a passage's context holds (title, date, heading path, the document's own places) scores this many
    # times its idf on the keyword side, for every passage of the document alike (a text match once, at average
    # length, scores its idf): the words that name a document pick the document, not the passage that repeats
    # them or has the shortest heading; fitted by tools/fit_context.py
    context_match: float = fitted("context", "context_match", 1.0)
    # a place named in at least this share of a document's passages is the document's own place and counts as
    # its context (each document's own place is in 0.44 or more of its passages; an incidental one in 0.25 at
    # most; set by reading bench/library's documents)
    own_place_share: float = 0.34
    # a proper name (jieba tags it one) said in at least this share of one document's passages and in no other runs
    # through it: a question's words that spell it (东湖 大学) count as that document's context (retrieval/names.py),
    # so its signature line does not win on them; the same share as an own place (0 turns this off)
    own_name_share: float = 0.34
    # the name a document defines as itself (港岛紧急支援义工队（下称「本队」）, "… (the Society)";
    # retrieval/defined.py) counts as its context, as its title does: on/off, not a weight (by reading docs5)
    defined_subject: bool = True
    # the words a document's header card (byline, title block) and file name hold beyond its title count as its
    # context, as its own places do (retrieval/card_words.py): on/off, not a weight; measured end to end over the
    # 41 tune halves (README, doc-37)
    card_words: bool = True
    # a Chinese question's run of characters read alone whose consonants are a document's Latin name's (肯德尔:
    # Kendal) names that place (retrieval/transliterated.py): on/off, not a weight (README, doc-38)
    transliterations: bool = True
    # a place a Chinese question writes by sound or meaning makes the passages of the documents whose own name
    # writes it candidates, when no more documents than this do (retrieval/search.py, _named_rows); set by hand, not
    # fitted: a place's own documents (its review, its policy) are one to three, a word more documents write is a
    # word of their kind, not one place's name
    named_documents_most: int = 3
    # a question word of two or three characters no passage or context writes, read as a contraction of the
    # documents' longer words that start with its first character and hold its others in order (年报 -> 年度报告,
    # retrieval/abbrev.py): each such full form joins its group at this share of its weight (divided among
    # them), and a word with more than ``contraction_most`` full forms is left alone. Set by hand: on the tune
    # halves 0.6, 0.8 and 1.0, and at most 1, 3 or 6 forms, gave the same hit@1
    contraction_weight: float = 0.8
    contraction_most: int = 3
    # a stretch of two to four characters no passage or context writes, over a question word the documents do not
    # know, with the same toneless pinyin as one of their words and one character different, is read as that word
    # (只愿者 -> 志愿者, retrieval/homophones.py) at this weight, unless it sounds like more than
    # ``homophone_most`` of them. Set by hand: the weight of an English typo's correction (morphology.typo_weight)
    homophone_weight: float = 0.9
    homophone_most: int = 2
    # a Chinese question word no passage or context writes (办发, 要守: jieba's cut of 两办发, 要守好) is given the
    # longest document word its characters spell across the cut (两办, 守好; retrieval/recut.py), at this share of
    # its group's weight; set by hand on the tune halves (0 turns it off)
    recut_weight: float = 0.8
    # a table first by at most this much, whose best row's figures a prose passage of the same document among
    # the best ``table_window`` states, goes after that passage (a summary table restates the text's figures);
    # fitted by tools/fit_context.py
    table_margin: float = fitted("context", "table_margin", 0.0)
    table_window: int = 5
    # a Chinese count question's best passage that states no figure in the measure it asks (几期, 多少钱: 元) goes
    # after a passage of its document among the best ``measure_window`` that does, at most this far behind
    # (retrieval/measured.py); fitted by tools/fit_measured.py (0 turns it off; 0.25 and 8 were set by hand)
    measure_margin: float = fitted("measured", "measure_margin", 0.25)
    measure_window: int = int(fitted("measured", "measure_window", 8))
    # added to the fused score of a count question's passages, of the best one's document among the best
    # ``measure_window``, that give a figure beside the counted thing (retrieval/figure_beside.py: 新建博爱家园42个 over
    # a passage that only names 博爱家园); fitted by tools/fit_counted.py (0 turns it off)
    counted_weight: float = fitted("counted", "counted_weight", 0.0)
    # an English count question's measure word (how many times -> 次, retrieval/counted.py) is one more keyword group
    # at this weight; fitted by tools/fit_answer_weights.py on the tune halves' answers (was 0.5, set by hand)
    unit_weight: float = fitted("answer_weights", "unit_weight", 0.5)
    # added to the fused score of passages of the report the bot is about (the seed documents) when other
    # documents sit beside it: a question that names no document is about the report (the card's "how many
    # rescue teams have Party branches" is the report's 123, not a look-alike's figure), while a question that
    # names another document's place or year is held by the constraints and a clear better match still wins;
    # fitted by tools/fit_primary.py
    primary_prior: float = fitted("primary", "primary_prior", 0.0)
    # the same prior for a question that names another document (a word of its title or own places that the report
    # never says: 宁波, 2023, 通报, manual); fitted by tools/fit_primary.py
    primary_prior_named: float = fitted("primary", "primary_prior_named", primary_prior)
    # the prior for a question that names no other document when the report's passages cover its words at least as
    # well as any other document's do: a look-alike (another province's review, a later summary) whose table row
    # matches the words more closely than the report's sentence does not answer a question that names neither;
    # fitted by tools/fit_primary.py (at most the plain prior's effect where another document covers more)
    primary_prior_even: float = fitted("primary", "primary_prior_even", primary_prior)
    # the share of the report's prior that scales with a passage's coverage over the best candidate's
    # (``coverage.prior_share``): 0 gives every report passage the whole prior; fitted by tools/fit_primary_share.py
    primary_coverage_share: float = fitted("primary", "primary_coverage_share", 0.0)
    # a word of another document's title or own places names that document unless the report says it too: in its
    # title or own places, or in at least this many of its passages (one mention in passing, 杭州 in the Zhejiang
    # review, does not make the Hangzhou report's place the report's own). Set by hand on the tune halves with the
    # library: 2 gained one question of library_tune4 and lost none of the eight; 3 or more lost seed questions
    report_says: int = 2
    # added to the fused score of the passages of the one document a question's Latin words call by its name (a word
    # of its title, file name or opening's capitalised phrases that no other document writes: dense_text.py), beside
    # the report: the report has its prior, a document the question names by name has this one
    # (retrieval/named_prior.py; 0 turns it off). Set on the search's tune-half hits over four corpora (library,
    # docs10-12 and the seed halves beside the library): 0.1 gained two and lost none, 0.2 lost one, 0.3 four
    named_prior: float = 0.1
    # a Chinese question's Latin words that spell a document's name (dense_text.py) name that document for the
    # report's prior and the named prior, as its Chinese words do
    latin_names: bool = False
    # added to the fused score of the latest of a document's editions (titles one title but for the year:
    # retrieval/editions.py) for a question that names no year: a tie-break, since editions often say the same
    # sentence (the company's address); set by hand, small enough to decide only near-ties, and kept by
    # tools/fit_readings.py (the few tune questions it reaches gain nothing held out elsewhere; fitted/readings.json)
    latest_edition: float = 0.05
    # added to the fused score of the latest of one body's dated documents (a report and its progress update, or one
    # title's editions: Editions.kin) for a question that says it wants the present state (a time word of the
    # present or the newest: 现在, 目前, 今年, now, latest: editions.asks_latest), a year named or not; fitted on the
    # tune halves by tools/fit_latest_cue.py (fitted/latest_cue.json; 0 turns it off)
    latest_cue: float = fitted("latest_cue", "latest_cue", 0.0)
    # the same for a question that says it wants the figure after a revision (更正后, 调整为, 最终, corrected, revised,
    # final: revision.asks_revised), a class of its own; fitted by tools/fit_revision_cue.py (0 turns it off)
    revision_cue: float = fitted("revision_cue", "revision_cue", 0.0)
    # taken off the fused score of a passage whose period (its document's title year, or its heading's:
    # retrieval/doc_periods.py) is another than the year a question names, when another candidate that agrees with
    # the question is of a period that holds it (a 2025 update restating 2024's figures against the 2024 report)
    # (fitted end to end on the tune halves by tools/fit_period.py: fitted/period.json; 0 turns it off)
    other_period: float = fitted("period", "other_period", 0.0)
    # added to the fused score times a candidate's best sentence's share of the question's groups (sentence_cover.py:
    # the words said together, a tie-break across languages); fitted by tools/bridged_cover.py (0 turns it off)
    sentence_cover: float = fitted("sentence_cover", "weight", 0.0)
    # taken off the fused score (which lies in [0, 1]) of a passage that contradicts a place or
    # year the question names: enough to put any agreeing passage first
    constraint_penalty: float = 1.0
    # taken off the fused score of a document's header card (title and author line) for a question
    # that does not ask about the document itself: the card names what every passage is about
    header_penalty: float = 0.5
    # a Latin name a question calls its document by lifts the passages and sentences of that document that write it
    # no more than the rest of the document (name_lift.py; set by hand: on or off)
    hold_name: bool = True
    # a named document's text that writes the name keeps the name's lift only when its cosine with the question
    # without its name beats the best of the document's texts that do not write it by more than this (name_lift.py;
    # below 0: a little under the best keeps it too); fitted by tools/fit_name_margin.py from 0.005, the least step
    # of its grid above what the cosines moved by between hosts (0.003, tie-46)
    name_bare_lead: float = fitted("name_lift", "name_bare_lead", 0.005)
    # a scope (a group's documents) with at most this many passages is scored whole
    small_scope: int = 100
    # a small scope looks this many times deeper into the dense lists, at most
    max_widen: int = 20


    def second_share(self, lang: str) -> float:
        """The second dense opinion's share for a question in ``lang`` (0: not asked)."""
        return self.second_share_en if lang == "en" else self.second_share_zh

    def keyword_weights(self, lang: str, second: bool) -> tuple[float, float]:
        """(keyword weight, expressible share) for a question in ``lang``, with or without the second opinion."""
        if lang == "en":
            return (self.keyword_weight_en, self.possible_share_en) if second else \
                (self.keyword_weight_en_alone, self.possible_share)
        return self.keyword_weight, self.possible_share

    def cross_keyword_weight(self, lang: str, second: bool) -> float | None:
        """The keyword weight of a candidate not in the question's language (None: the question's own weight)."""
        if lang == "en":
            return None if second else self.keyword_weight_en_zh
        return self.keyword_weight_zh_en


DEFAULT = SearchTuning()
