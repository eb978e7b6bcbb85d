"""Question vectors as the service computes them: cached, embedded off the caller's thread, batched."""
from __future__ import annotations

import threading

import numpy as np
import pytest
from reportbot.index.retrieval.batching import BatchSettings, QueryBatcher, submit_query
from reportbot.index.retrieval.cache import CachedQueries, QueryCacheSize, query_key
from reportbot.testing.fakes import HashEmbedder


class CountingEmbedder(HashEmbedder):
    """Counts question calls; optionally blocks the first call until released (a busy engine)."""

    def __init__(self, hold: threading.Event | None = None):
        super().__init__()
        self.query_calls: list[int] = []
        self.hold = hold
        self.started = threading.Event()

    def encode_queries(self, texts):
        self.started.set()
        if self.hold is not None and not self.query_calls:
            self.hold.wait(5)
        self.query_calls.append(len(texts))
        return super().encode_queries(texts)


def test_same_question_spelled_twice_is_embedded_once():
    inner = CountingEmbedder()
    emb = CachedQueries(inner)
    a = emb.encode_queries(["How many rescue teams?"])
    b = emb.encode_queries(["how many  rescue teams"])
    assert np.array_equal(a, b)
    assert inner.query_calls == [1]
    assert query_key("有多少支救援队？") == query_key("有多少支救援队")


def test_cache_forgets_least_recently_used():
    inner = CountingEmbedder()
    emb = CachedQueries(inner, QueryCacheSize(entries=2))
    for q in ["a question", "b question", "a question", "c question", "a question", "b question"]:
        emb.encode_queries([q])
    # b was evicted by c (a was used more recently), so b is embedded twice
    assert inner.query_calls == [1, 1, 1, 1]


def test_batcher_gives_each_caller_its_own_vector():
    inner = HashEmbedder()
    emb = QueryBatcher(inner)
    texts = ["救援队", "rescue team", "捐赠款物", "volunteers"]
    got = emb.encode_queries(texts)
    assert np.allclose(got, inner.encode_queries(texts))


def test_questions_that_queue_while_the_engine_is_busy_go_in_one_batch():
    release = threading.Event()
    inner = CountingEmbedder(hold=release)
    emb = QueryBatcher(inner, BatchSettings(max_batch=8, workers=1))
    first = emb.submit_query("first question")
    assert inner.started.wait(5)
    waiting = [emb.submit_query(f"question {i}") for i in range(5)]
    release.set()
    vectors = [f.result(5) for f in [first, *waiting]]
    assert inner.query_calls == [1, 5]
    assert np.allclose(vectors[3], HashEmbedder().encode_queries(["question 2"])[0])


def test_an_embedding_failure_reaches_every_waiting_caller():
    class Broken(HashEmbedder):
        def encode_queries(self, texts):
            raise RuntimeError("engine down")

    emb = QueryBatcher(Broken())
    with pytest.raises(RuntimeError, match="engine down"):
        emb.encode_queries(["anything"])
    # the worker survives and serves the next question
    emb.inner = HashEmbedder()
    assert emb.encode_queries(["next"]).shape == (1, 64)


def test_cache_in_front_of_batcher_and_a_plain_embedder_both_answer_futures():
    inner = CountingEmbedder()
    emb = CachedQueries(QueryBatcher(inner))
    v1 = submit_query(emb, "who wrote the report").result(5)
    v2 = submit_query(emb, "Who wrote the report?").result(5)
    assert np.array_equal(v1, v2) and inner.query_calls == [1]
    plain = submit_query(HashEmbedder(), "who wrote the report").result(0)
    assert np.allclose(plain, v1)
