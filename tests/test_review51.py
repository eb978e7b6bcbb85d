"""review51: a paragraph with hundreds of footnote marks reads each mark's sentence in linear time, the same
sentence as read one mark at a time."""
from __future__ import annotations

from types import SimpleNamespace

from reportbot.corpus.md_notes import marking_sentences
from reportbot.corpus.note_leads import marking_sentence


def _token(pieces: list[str | int]):
    """An inline token of text pieces and footnote marks (an int: the mark's label)."""
    children = [SimpleNamespace(type="footnote_ref", meta={"label": str(p)}, content="") if isinstance(p, int)
                else SimpleNamespace(type="text", meta={}, content=p) for p in pieces]
    return SimpleNamespace(children=children)


def _one_by_one(pieces: list[str | int]) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, p in enumerate(pieces):
        if isinstance(p, int):
            before = "".join(x for x in pieces[:k] if isinstance(x, str))
            after = "".join(x for x in pieces[k + 1:] if isinstance(x, str))
            out.setdefault(str(p), marking_sentence(before, after))
    return out


def test_hundreds_of_marks_in_one_paragraph_split_it_into_sentences_once(monkeypatch):
    # (work counted, not timed: the paragraph is split once, not once for each of its 800 marks)
    from reportbot.corpus import note_leads

    splits = []
    placed = note_leads._placed
    monkeypatch.setattr(note_leads, "_placed", lambda text: splits.append(1) or placed(text))
    pieces: list[str | int] = []
    for n in range(800):
        pieces += [f"The depot logged {n + 10} crates that morning", n, ". "]
    out = marking_sentences(_token(pieces))
    assert len(splits) <= 2
    assert out["0"] == "The depot logged 10 crates that morning."
    assert out["799"].startswith("The depot logged 809 crates")


def test_each_marks_sentence_is_the_one_read_one_mark_at_a_time():
    cases: list[list[str | int]] = [
        ["Crews rested ", 1, "then drove on. Fuel ran low", 2, ". "],
        ["Volunteers sorted 40 boxes", 1, ".  They left at noon", 2, "  "],
        ["全市巡查队达到12支（上年为11支", 1, "），新增1支", 2, "。仓库存放物资3吨", 3, "。"],
        [1, "Leading mark. Then text", 2, ""],
        ["", 1, " ", 2, "\u3000", 3],
        ["Same label twice", 1, ". Again", 1, "."],
    ]
    for pieces in cases:
        assert marking_sentences(_token(pieces)) == _one_by_one(pieces), pieces


def test_the_object_marker_before_the_figure_asked_is_no_future():
    # 将 before 多少 marks the object (把多少吨…), as CC-CEDICT's sense says: the question asks what was done
    from reportbot.index.answering.plan_asked import asks_done, plan_kept
    from reportbot.index.answering.spans import Span

    assert asks_done("去年共将多少吨物资运往库区") and asks_done("上半年将几批物资调往山区")
    assert not asks_done("明年将调运多少吨物资") and not asks_done("将新建几座仓库")  # the future: a plan asked
    item = "1.调运救灾物资3,000吨。"
    at = item.index("3,000吨")
    span = Span("3,000吨", at, at + 6, "figure")
    assert not plan_kept("2031年全年共将多少吨物资调往库区", item, span, "三、2031年工作安排")


def test_a_long_traditional_clause_of_many_targets_is_simplified_a_bounded_number_of_times(monkeypatch):
    # (work counted, not timed: the clause is simplified once, not once for each of its thousands of words)
    from reportbot.index.answering import plan_asked
    from reportbot.index.answering.plan_asked import planned
    from reportbot.index.answering.spans import Span

    planned("年度目標5人", Span("5人", 4, 6, "figure"))  # (the tagger loaded first)
    sentence = "各站年度目標的" * 2800 + "巡護培訓7.5萬人次"
    at = sentence.index("7.5萬人次")
    calls = []
    simplified = plan_asked.to_simplified
    monkeypatch.setattr(plan_asked, "to_simplified", lambda text: calls.append(1) or simplified(text))
    assert not planned(sentence, Span("7.5萬人次", at, at + 6, "figure"))
    assert len(calls) <= 10
    near = "各站年度目標的" * 1400 + "年度目標7.5萬人次"
    assert planned(near, Span("7.5萬人次", near.index("7.5"), near.index("7.5") + 6, "figure"))
