"""Votes, unanswered questions and group scopes, stored in a data folder (SQLite, real files)."""
from __future__ import annotations

import sqlite3

from reportbot.index.library.feedback import DAY, FeedbackStore, Retention
from reportbot.index.library.neardup import group_questions
from reportbot.index.library.scopes import Scopes, visible


class Clock:
    def __init__(self, now: float = 1_700_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_one_vote_per_user_per_answer_and_a_second_vote_changes_it(tmp_path):
    store = FeedbackStore(tmp_path)
    assert store.vote(-100, 7, 11, True, "zh", ["d:1"]) is True
    assert store.vote(-100, 7, 11, True, "zh", ["d:1"]) is False  # the same vote again
    store.vote(-100, 7, 12, True, "zh", ["d:1"])
    store.vote(-100, 7, 11, False, "zh", ["d:1"], question="有多少支救援队？")  # changes 👍 to 👎
    tally = store.tally()
    assert (tally.up, tally.down) == (1, 1) and tally.share_up == 0.5
    assert [g.question for g in store.unanswered()] == ["有多少支救援队？"]
    store.vote(-100, 7, 13, True, "zh", ["d:1"])  # someone else's 👍 leaves this 👎 standing
    assert len(store.unanswered()) == 1
    store.vote(-100, 7, 11, True, "zh", ["d:1"])  # back to 👍: the question is answered after all
    assert store.unanswered() == []


def test_no_user_or_chat_id_is_written(tmp_path):
    store = FeedbackStore(tmp_path)
    store.vote(123456789, 55, 123456789, False, "en", ["d:3"], question="what is the budget")
    store.record_refused("what is the capital of France", "en")
    dump = "\n".join(sqlite3.connect(tmp_path / "feedback.sqlite").iterdump())
    assert "123456789" not in dump and "what is the budget" in dump


def test_questions_expire_and_are_not_kept_when_switched_off(tmp_path):
    clock = Clock()
    store = FeedbackStore(tmp_path, Retention(keep_days=30), clock)
    store.record_refused("今天杭州天气怎么样？", "zh")
    clock.now += 29 * DAY
    store.record_refused("what is the capital of France", "en")
    assert len(store.unanswered()) == 2
    clock.now += 2 * DAY
    assert [g.question for g in store.unanswered()] == ["what is the capital of France"]
    off = FeedbackStore(tmp_path, Retention(keep_questions=False), clock)
    assert off.record_refused("another question", "en") is False
    assert off.unanswered() == []  # switching it off deletes what was kept
    assert FeedbackStore(tmp_path, Retention(), clock).unanswered() == []


def test_forget_clears_the_list(tmp_path):
    store = FeedbackStore(tmp_path)
    for q in ("a?", "b?", "c?"):
        store.record_refused(q, "en")
    assert store.forget() == 3
    assert store.unanswered() == []


def test_reading_an_empty_store_writes_nothing(tmp_path):
    """/about, /unanswered and 'reportbot unanswered' on a folder nothing was kept in (read-only, say) read no file
    and make none (they said "unable to open database file")."""
    store = FeedbackStore(tmp_path)
    assert store.unanswered() == [] and store.tally().total == 0 and store.forget() == 0
    assert list(tmp_path.iterdir()) == []


def test_near_duplicates_are_grouped_most_frequent_first():
    rows = [("今天杭州天气怎么样？", "zh", "refused", 1.0),
            ("What is the capital of France?", "en", "refused", 2.0),
            ("今天杭州天气怎么样", "zh", "refused", 3.0),
            ("杭州今天天气怎么样？", "zh", "downvoted", 4.0),
            ("what is the capital of france", "en", "refused", 5.0),
            ("今天杭州的天气怎么样?", "zh", "refused", 6.0)]
    groups = group_questions(rows)
    assert [(g.count, g.lang) for g in groups] == [(4, "zh"), (2, "en")]
    assert groups[0].last == 6.0 and groups[0].reasons == ("downvoted", "refused")


def test_different_questions_stay_apart():
    rows = [("有多少支救援队建立了党支部？", "zh", "refused", 1.0), ("成人会员有多少名？", "zh", "refused", 2.0)]
    assert len(group_questions(rows)) == 2


def test_visible_documents_for_scoped_and_unscoped_chats():
    docs = ["seed", "a1", "b1"]
    assert visible(frozenset(), frozenset(), docs) is None  # nothing scoped: everything
    assert visible(frozenset({"a1"}), frozenset({"a1", "b1"}), docs) == {"a1"}
    assert visible(frozenset(), frozenset({"a1", "b1"}), docs) == {"seed"}


def test_scopes_survive_a_new_store_and_clear(tmp_path):
    Scopes(tmp_path).add(-1, ["a1"])
    scopes = Scopes(tmp_path)
    scopes.add(-2, ["b1", "seed"])
    docs = ["seed", "a1", "b1"]
    assert scopes.allowed(-1, docs) == {"a1"}
    assert scopes.allowed(-2, docs) == {"b1", "seed"}
    assert scopes.allowed(None, docs) == frozenset()  # every document is scoped somewhere
    assert scopes.clear(-2) == {"b1", "seed"}
    assert scopes.allowed(None, docs) == {"seed", "b1"}
    scopes.drop_document("a1")
    assert scopes.allowed(-1, docs) is None
