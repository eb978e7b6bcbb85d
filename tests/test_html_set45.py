"""An html page in set 45's shape (lead49, from its Tuen Mun first-aid summary): a team's facts in a definition list,
then its work in collapsed ``<details>`` blocks, each ``<summary>`` a numbered section's title (``一、…``), not a
question. A summary was read as a line over its text, so no passage stood under the section it names, and the first
section's title ran into the passage of the definition list's last terms. A summary in a section heading's shape
heads its section; a question's summary (a FAQ's) stays a line over its answer. Made-up pages in that shape."""
from __future__ import annotations

from tests.files import load

_PAGE = ("<!DOCTYPE html><html lang='zh-Hant'><head><meta charset='utf-8'><title>元朗區救護隊2025年度摘要</title>"
         "</head><body><p>元朗區救護隊　2025年度摘要（2026年2月3日會員大會通過）</p>"
         "<dl><dt>隊長</dt><dd>陳志明</dd><dt>隊部地址</dt><dd>元朗青山公路12號3樓</dd>"
         "<dt>在冊隊員</dt><dd>88人</dd></dl>"
         "<details><summary>一、當值服務</summary><p>全年當值活動96場，處理個案512宗。</p>"
         "<p>5月馬拉松設急救站4個，處理個案40宗。</p></details>"
         "<details><summary>二、課程</summary><p>舉辦急救證書課程9班，合格學員210人。</p></details>"
         "</body></html>")

_FAQ = ("<html><head><title>常見問題</title></head><body><h1>捐血常見問題</h1>"
        "<details><summary>捐血前要吃早餐嗎？</summary><p>要，空腹不宜捐血。</p></details>"
        "<details><summary>捐血後多久可再捐？</summary><p>全血須相隔84日。</p></details></body></html>")


def test_a_numbered_summary_heads_its_section_apart_from_the_list_before_it():
    doc = load(_PAGE.encode(), "summary.html")
    duty = next(p for p in doc.body if "512宗" in p.text)
    assert duty.section is not None and "当值服务" in duty.section
    course = next(p for p in doc.body if "210人" in p.text)
    assert course.section is not None and "课程" in course.section
    facts = next(p for p in doc.body if "88人" in p.text)
    assert "当值服务" not in facts.text and "512宗" not in facts.text


def test_a_questions_summary_stays_a_line_over_its_answer():
    doc = load(_FAQ.encode(), "faq.html")
    answer = next(p for p in doc.body if "84日" in p.text)
    assert "再捐" in answer.text
