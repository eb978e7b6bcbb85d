"""An English "which X" over Chinese answers with the quoted name of that kind (issue 14)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.kind_quoted import quoted_of_kind
from reportbot.index.retrieval.query import Query

SENTENCE = ("本会将深入贯彻落实习近平新时代中国特色社会主义思想，大力实施“红色根脉强基工程”，纵深推进全面从严治党，"
            "为事业高质量发展提供坚强保障。")


def _query(text: str) -> Query:
    # the bridge's reading of the English words: project -> 项目 / 工程, carry out -> 实施 / 落实
    groups = ({"project": 1.0}, {"energi": 1.0}, {"carri": 1.0}, {"项目": 0.5, "工程": 0.5},
              {"大力": 0.45}, {"实施": 0.4, "落实": 0.4})
    return Query(text, text, "en", "what", groups, ("project", "energy", "carried"), concepts=(0, 1, 2, 0, 1, 2))


def test_which_project_is_the_quoted_name_ending_in_a_word_for_project():
    q = _query("which project gets carried out with the most energy")
    assert extract(q, SENTENCE).text == "“红色根脉强基工程”"  # not the leader's name after 贯彻落实


def test_no_quoted_name_of_the_asked_kind_gives_way_to_the_other_readers():
    q = _query("which project gets carried out with the most energy")
    assert quoted_of_kind(q, "本会将深入贯彻落实“八八战略”，纵深推进全面从严治党。", []) is None
    assert quoted_of_kind(_query("what gets carried out with energy"), SENTENCE, []) is None  # no kind asked


def test_a_place_the_question_names_after_which_is_no_kind():
    text = "which Zhejiang secretary spoke well of the volunteering scene"
    q = Query(text, text, "en", "what", ({"zhejiang": 1.0}, {"浙江": 1.0}, {"secretary": 1.0}, {"书记": 0.5}),
              ("zhejiang", "secretary"), concepts=(0, 0, 1, 1))
    sentence = "“志愿浙江”子场景获省委书记袁家军肯定。"
    assert quoted_of_kind(q, sentence, []) is None  # not the quoted name that ends in the place
