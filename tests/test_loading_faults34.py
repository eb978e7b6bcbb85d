"""Loading faults left from earlier rounds (docs-34): a nested list's fields read with their item; a cookie notice
is no text of the page; a 文号 line stays text a question can reach; a PDF table keeps its header when its labels
are years, or when a caption stands over it. Made-up documents in the bench documents' shapes."""
from __future__ import annotations

from tests.files import load

_COURSES = """# 課程說明

## 一般民眾課程

1. CPR+AED 教育訓練
   - 時數：4小時
   - 對象：年滿12歲以上民眾
   - 結業可取得研習證明
2. 基本救命術（BLS）
   - 時數：8小時
   - 對象：18至65歲民眾
"""


def test_a_nested_items_fields_read_with_its_item_and_show_as_written():
    doc = load(_COURSES.encode(), "courses.md")
    (listed,) = [p for p in doc.body if p.kind == "list"]
    assert "基本救命术（BLS） — 时数：8小时" in listed.sentences
    assert "CPR+AED 教育训练 — 对象：年满12岁以上民众" in listed.sentences
    assert "结业可取得研习证明" in listed.sentences  # (no field: a line of its own, as before)
    assert listed.text.splitlines()[-2:] == ["时数：8小时", "对象：18至65岁民众"]  # (shown as the file writes it)


_CONSENT_PAGE = """<html><head><title>Volunteer FAQ</title></head><body>
<h1>Volunteer FAQ</h1>
<p>Volunteers must be aged 16 or over and attend one induction evening.</p>
<p>Shifts last four hours and are booked through the rota office.</p>
<div id="cookie-consent" role="dialog"><p>We use cookies to measure site traffic. By clicking Accept all you agree
to our use of analytics cookies.</p><p>Manage preferences</p></div>
<footer><p>© 2025 Riverside Red Cross, 4 Quay Street. Cookie policy · Privacy notice · Accessibility statement.
This site uses strictly necessary cookies and, with your consent, analytics cookies.</p></footer>
</body></html>"""


def test_a_cookie_notice_in_a_consent_box_or_the_footer_is_no_text_of_the_page():
    doc = load(_CONSENT_PAGE.encode(), "faq.html")
    said = [s for p in doc.body for s in p.sentences]
    assert not [s for s in said if "cookie" in s.lower()]
    assert "Manage preferences" not in said
    assert "Riverside Red Cross, 4 Quay Street." in said  # (the footer's publisher and address stay)
    assert "Shifts last four hours and are booked through the rota office." in said


_BODY = "各县（市、区）红十字会：现将2025年应急救护培训工作安排通知如下，请认真贯彻落实。"


def _first_sentences(doc) -> list[str]:
    return list(doc.body[0].sentences)


def test_a_document_number_set_as_a_heading_stays_a_line_a_question_can_quote():
    for name, text in [("c.md", f"# 关于开展应急救护培训的通知\n\n## 南红字〔2025〕23号\n\n{_BODY}\n"),
                       ("e.txt", f"关于开展应急救护培训的通知\n\n南红字〔2025〕23号\n\n{_BODY}\n"),
                       ("t.txt", f"關於辦理急救訓練的公告\n\n竹紅字第1140000387號\n\n{_BODY}\n")]:
        doc = load(text.encode(), name)
        assert _first_sentences(doc)[0] in ("南红字〔2025〕23号", "竹红字第1140000387号"), name
        assert doc.body[0].path == (), name  # (no section of the document's)


def test_a_document_number_over_the_title_leaves_the_title_the_documents():
    doc = load(f"南红字〔2025〕23号\n\n# 关于开展应急救护培训的通知\n\n{_BODY}\n".encode(), "a.md")
    assert doc.title == "关于开展应急救护培训的通知"
    assert _first_sentences(doc)[0] == "南红字〔2025〕23号"
