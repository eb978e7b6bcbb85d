"""Tunables say how they were set: every fitted file names what it was fitted on, and the stages use its values."""
from __future__ import annotations

import dataclasses
import json
from importlib import resources


def _fitted(name: str) -> dict:
    return json.loads((resources.files("reportbot.index.retrieval") / "fitted" / f"{name}.json").read_text())


def test_every_fitted_file_names_the_sets_it_was_fitted_on():
    folder = resources.files("reportbot.index.retrieval") / "fitted"
    names = [p.name for p in folder.iterdir() if p.name.endswith(".json")]
    assert "answer_weights.json" in names
    for name in names:
        sets = json.loads((folder / name).read_text())["fitted_on"]
        files = [s["file"] if isinstance(s, dict) else s for s in sets]
        assert files and not any("check" in f for f in files), name  # never a check half


def test_the_answer_weights_in_use_are_the_fitted_ones():
    from reportbot.index.answering.figures_zh import FIGURES
    from reportbot.index.retrieval.tuning import DEFAULT

    fit = _fitted("answer_weights")
    assert DEFAULT.unit_weight == fit["unit_weight"]
    assert (FIGURES.segment_weight, FIGURES.segment_reach) == (fit["figure"]["segment_weight"],
                                                               fit["figure"]["segment_reach"])
    assert {"objective", "date", "commit"} <= fit.keys()
    assert fit["unit"]["leave_one_set_out"]["per_set"]  # the held-out figures are kept with the fit


def test_the_tunables_that_shape_an_index_are_frozen_and_recorded():
    from reportbot.index.retrieval.passage_texts import tunables

    recorded = tunables()
    assert {"pdf_layout", "pdf_grid", "pdf_rules", "pdf_spacing", "pdf_sizes", "pdf_items", "pdf_slides",
            "plain_layout", "plain_tables", "script", "bridge", "limits", "item_runs"} <= recorded.keys()
    from reportbot.corpus.sentences import MAX_SENTENCE_CHARS

    assert recorded["limits"]["max_sentence_chars"] == MAX_SENTENCE_CHARS  # it cuts passages: recorded too
    from reportbot.corpus.item_runs import RUNS

    # which numbered paragraphs join into one list passage (set by hand): they size passages, recorded too
    assert recorded["item_runs"]["short_item_chars"] == RUNS.short_item_chars
    from reportbot.corpus.passage_builder import CAPTION_CHARS
    from reportbot.corpus.pdf_slides import SLIDE

    # a table's numbered caption up to this long opens its table's passage (set by hand): it shapes passages, recorded
    assert recorded["limits"]["table_caption_chars"] == CAPTION_CHARS
    assert recorded["pdf_slides"] == dataclasses.asdict(SLIDE)  # what makes a page a slide (set by hand): recorded
    json.dumps(recorded)  # the manifest is JSON
    from reportbot.corpus.pdf_pages import LAYOUT

    assert dataclasses.is_dataclass(LAYOUT) and LAYOUT.__dataclass_params__.frozen


def test_the_search_weights_in_use_are_the_fitted_ones_with_their_held_out_figures():
    from reportbot.index.retrieval.tuning import DEFAULT

    in_use = {"context": {"context_match": DEFAULT.context_match, "table_margin": DEFAULT.table_margin},
              "primary": {"primary_prior": DEFAULT.primary_prior, "primary_prior_named": DEFAULT.primary_prior_named,
                          "primary_prior_even": DEFAULT.primary_prior_even,
                          "primary_coverage_share": DEFAULT.primary_coverage_share},
              "language_offset": {"cross_language_offset": DEFAULT.cross_language_offset},
              "dense_range": {"dense_least_range": DEFAULT.dense_least_range},
              "matched_share": {"matched_share": DEFAULT.matched_share},
              "period": {"other_period": DEFAULT.other_period},
              "fusion": {"keyword_weight": DEFAULT.keyword_weight, "possible_share": DEFAULT.possible_share}}
    for name, values in in_use.items():
        fit = _fitted(name)
        assert {k: fit[k] for k in values} == values, name
        assert {"rule", "date", "commit"} <= fit.keys(), name
    en = _fitted("fusion")["en"]
    assert (en["keyword_weight"], en["possible_share"], en["second_share"]) == (
        DEFAULT.keyword_weight_en, DEFAULT.possible_share_en, DEFAULT.second_share_en)
    assert en["leave_one_set_out"]  # each held-out tune half's figures are kept with the fit
    assert _fitted("fusion")["en_alone"]["keyword_weight"] == DEFAULT.keyword_weight_en_alone
    cross = _fitted("cross")
    assert (cross["en_zh"]["keyword_weight"], cross["zh_en"]["keyword_weight"]) == (
        DEFAULT.keyword_weight_en_zh, DEFAULT.keyword_weight_zh_en)
    assert cross["en_zh"]["leave_one_set_out"] and {"rule", "date", "commit"} <= cross.keys()


def test_the_readings_set_by_hand_are_those_their_fit_kept():
    from reportbot.index.retrieval.gazetteer import READING
    from reportbot.index.retrieval.place_names import PLACE_FORMS
    from reportbot.index.retrieval.tuning import DEFAULT

    fit = _fitted("readings")
    assert (DEFAULT.latest_edition, PLACE_FORMS.respelled, READING.common_freq) == (
        fit["latest_edition"], fit["respelled"], fit["common_freq"])
    assert all(fit[k]["questions_reached"] >= 0 for k in ("edition", "respelling", "common_word"))
