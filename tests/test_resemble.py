"""A document that nearly repeats one already there is added, and the admin is told which (made-up texts)."""
from __future__ import annotations

import zlib

import pytest
from reportbot.index.library.resemble import near_copy
from reportbot.index.library.service import QAService

from tests.conftest import SEEDS

LINE = "第{}季度俱乐部组织公益游泳课{}期，参与市民{}人次，志愿教练{}名轮流值守。\n"
BRIEF = ("东湖游泳俱乐部年度简报\n\n" + "".join(LINE.format(i, i * 3, i * 120, i + 4) for i in range(1, 9))
         + "俱乐部全年未发生安全事故，救生员持证上岗率达到百分之百。\n")
REVISED = BRIEF.replace("东湖游泳俱乐部年度简报", "东湖游泳俱乐部年度简报（修订版）").replace("轮流值守", "轮值", 1)
TALK = "本月第{0}周周末举办书法讲座，邀请{0}位老师现场示范，欢迎报名。\n"
OTHER = "西山书画社活动通知\n\n" + "".join(TALK.format(i) for i in range(1, 6))


def test_a_revised_copy_is_near_and_another_text_is_not():
    assert near_copy(REVISED, [("other", OTHER), ("brief", BRIEF)]) == "brief"
    assert near_copy(OTHER, [("brief", BRIEF)]) is None
    assert near_copy("短", [("brief", BRIEF)]) is None


def test_the_service_names_the_document_a_new_one_repeats(tmp_path, hash_embedder):
    svc = QAService(tmp_path / "data", SEEDS, embedder=hash_embedder)
    first, _, _ = svc.add(BRIEF.encode(), "brief.txt", "admin")
    other, _, _ = svc.add(OTHER.encode(), "other.txt", "admin")
    revised, new, _ = svc.add(REVISED.encode(), "brief_v2.txt", "admin")
    assert new and revised.id != first.id
    assert svc.resembles(revised).id == first.id
    assert svc.resembles(other) is None


def test_a_short_notice_quoted_inside_a_long_report_is_no_copy_of_it():
    report = BRIEF + "".join(TALK.format(i).replace("书法", f"第{i}期摄影") for i in range(1, 30))
    assert near_copy(BRIEF, [("report", report)]) is None


def test_a_group_admin_is_not_told_of_a_document_another_group_keeps(tmp_path, hash_embedder):
    svc = QAService(tmp_path / "data", SEEDS, embedder=hash_embedder)
    theirs, _, _ = svc.add(BRIEF.encode(), "brief.txt", "admin", scope=-100)
    mine, _, _ = svc.add(REVISED.encode(), "brief_v2.txt", "admin", scope=-200)
    assert svc.resembles(mine).id == theirs.id  # the command line sees every document
    assert svc.resembles(mine, svc.visible_to(-200)) is None


def test_an_add_after_a_restart_still_names_the_copy_and_reads_no_other_text(tmp_path, hash_embedder, monkeypatch):
    from reportbot.index.library import resemble

    data = tmp_path / "data"
    first, _, _ = QAService(data, SEEDS, embedder=hash_embedder).add(BRIEF.encode(), "brief.txt", "admin")
    svc = QAService(data, SEEDS, embedder=hash_embedder)  # a restart: nothing held in memory
    svc.add(OTHER.encode(), "other.txt", "admin")
    revised, _, _ = svc.add(REVISED.encode(), "brief_v2.txt", "admin")
    assert resemble.sketch_path(svc.library.docs_dir, revised.id).is_file()  # kept when it was added
    svc.resembles(revised)  # the seed's sketch, which no add made, is made once here and kept
    made = []
    monkeypatch.setattr(resemble, "sketch", lambda text: made.append(text) or pytest.fail("a text shingled again"))
    assert svc.resembles(revised).id == first.id
    assert made == []


def test_an_older_data_folder_without_sketches_is_compared_all_the_same(tmp_path, hash_embedder):
    from reportbot.index.library.resemble import sketch_path

    svc = QAService(tmp_path / "data", SEEDS, embedder=hash_embedder)
    first, _, _ = svc.add(BRIEF.encode(), "brief.txt", "admin")
    revised, _, _ = svc.add(REVISED.encode(), "brief_v2.txt", "admin")
    for path in svc.library.docs_dir.glob("*.sketch.json"):
        path.unlink()
    sketch_path(svc.library.docs_dir, revised.id).write_text("{not json")  # a damaged one is made again too
    assert svc.resembles(revised).id == first.id
    assert sketch_path(svc.library.docs_dir, first.id).is_file()
    svc.remove(first.id)
    assert not sketch_path(svc.library.docs_dir, first.id).exists()  # goes with its text


def test_the_sketch_estimates_the_shared_share_of_long_texts_closely():
    from reportbot.index.library.resemble import SHINGLE, shared, sketch

    def exact(a: str, b: str) -> float:
        sa, sb = ({t[i:i + SHINGLE] for i in range(len(t) - SHINGLE + 1)} for t in (a.replace("\n", ""),
                                                                             b.replace("\n", "")))
        return len(sa & sb) / max(len(sa), len(sb))

    lines = [LINE.format(i, i * 7, i * 131, i % 9 + 2) for i in range(1, 121)]
    base = "".join(lines)
    for kept in (120, 110, 100, 80, 40):  # the same text with its last lines replaced by other ones
        other = "".join(lines[:kept]) + "".join(TALK.format(i + 500) for i in range(120 - kept))
        assert abs(shared(sketch(base), sketch(other)) - exact(base, other)) < 0.06


def test_a_long_texts_sketch_is_made_in_bounded_memory_and_still_finds_its_near_copy():
    import random
    import tracemalloc

    from reportbot.index.library.resemble import SHINGLE, nearest, shared, sketch

    rng = random.Random(7)
    text = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(400_000))  # ~400,000 distinct shingles
    tracemalloc.start()
    made = sketch(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 12_000_000  # every shingle's hash held at once takes over 25 MB here
    hashes = {zlib.crc32(text[i:i + SHINGLE].encode("utf-8")) for i in range(len(text) - SHINGLE + 1)}
    assert abs(made.size - len(hashes)) < 0.03 * len(hashes)  # the count, estimated
    assert made.mins == tuple(sorted(hashes)[:len(made.mins)])  # the smallest hashes, exact
    revised = text[:360_000] + "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(40_000))
    assert 0.85 < shared(made, sketch(revised)) < 0.95
    assert nearest(sketch(revised), [("other", sketch(text[::-1])), ("first", made)]) == "first"
