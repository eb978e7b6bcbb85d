"""Set 41's and the loaders' leftovers (set-46): a plain-text release's end mark, a Markdown FAQ's numbered headings
and its compiler field among others, a question about a date moved asked in traditional script. Made-up documents
and questions in those shapes: other bodies, places and figures than any question set's."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse
from tests.files import load

_RELEASE = """星海捐血站重開

（星海，2025年11月3日）星海紅十字會今日宣布，星海捐血站將於11月10日重新開放，捐血床位由6張增至10張。

開放時間

星期一至五上午10時至晚上8時開放，星期六上午9時至下午5時開放。

－完－

傳媒查詢：星海紅十字會傳訊部 李美華小姐
電話：2700 1385
"""


def test_a_plain_text_releases_end_mark_is_no_heading_and_the_contact_after_it_is_its_closing():
    doc = load(_RELEASE.encode(), "release.txt")
    assert not any("完" in h for h in doc.headings)
    contact = next(p for p in doc.body if "传媒查询" in p.text or "傳媒查詢" in p.text)
    assert contact.path == ()
    assert "完" not in contact.text
    hours = next(p for p in doc.body if "上午10时" in p.text or "上午10時" in p.text)
    assert "查询" not in hours.text and "查詢" not in hours.text and "完" not in hours.text


def test_a_date_moved_asked_in_traditional_script_answers_the_date_it_moves_to():
    # (the question's text is read simplified: 延遲 / 押後 reach the move verbs as 延迟 / 押后)
    sentence = "第五次理事会由原定2025年10月推迟至2026年3月召开，原因是与省里的会议衔接。"
    assert extract(analyse("第五次理事會延遲到幾時開"), sentence).text == "2026年3月"
