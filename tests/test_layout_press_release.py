"""An older press-release page laid out in a table (a menu cell down the left, the release in the cell beside it, a
copyright row under both), ending with an end mark over the media contact (lead-45, from set 41's documents).
Made-up pages in that shape."""
from __future__ import annotations

from tests.files import load

_PAGE = """<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>新聞稿 - 星海捐血站重開 - 星海紅十字會</title></head><body>
<table width="100%" border="0">
<tr><td width="180" valign="top">
<p><a href="#">首頁</a></p><p><a href="#">關於我們</a></p><p><a href="#">捐血資訊</a></p><p><a href="#">新聞稿</a></p>
<p>熱線：2700 1000</p>
</td><td valign="top">
<h1>星海捐血站重開</h1>
<p>（星海，2025年11月3日）星海紅十字會今日宣布，星海捐血站將於11月10日重新開放，捐血床位由6張增至10張。</p>
<h2>開放時間</h2>
<p>星期一至五上午10時至晚上8時開放，星期六上午9時至下午5時開放。</p>
<p>－完－</p>
<p>傳媒查詢：<br>星海紅十字會傳訊部 李美華小姐<br>電話：2700 1385</p>
</td></tr>
<tr><td colspan="2" align="center"><small>© 2025 星海紅十字會　私隱政策</small></td></tr>
</table></body></html>"""


def test_a_menu_cell_of_a_layout_table_opens_no_passage():
    doc = load(_PAGE.encode(), "release.html")
    first = doc.body[0]
    assert "10张" in first.text or "10張" in first.text
    assert not any("关于我们" in p.text or "關於我們" in p.text for p in doc.body)


def test_the_media_contact_after_the_end_mark_is_the_releases_closing_under_no_section():
    doc = load(_PAGE.encode(), "release.html")
    contact = next(p for p in doc.body if "传媒查询" in p.text or "傳媒查詢" in p.text)
    assert contact.path == ()
    assert "完" not in contact.text
    hours = next(p for p in doc.body if "上午10时" in p.text or "上午10時" in p.text)
    assert "查询" not in hours.text and "查詢" not in hours.text and "完" not in hours.text


def test_the_copyright_row_of_a_layout_table_is_no_line_of_the_last_section():
    doc = load(_PAGE.encode(), "release.html")
    hours = next(p for p in doc.body if "上午10时" in p.text or "上午10時" in p.text)
    assert "私隐政策" not in hours.text and "私隱政策" not in hours.text


def test_an_end_mark_between_parts_of_a_long_text_ends_no_release():
    parts = "\n\n".join(f"Paragraph {n} says the crew trained {n} times this month." for n in range(1, 11))
    text = f"# Crew news\n\n## Training\n\nThe crew met on Monday.\n\n-ENDS-\n\n{parts}\n"
    doc = load(text.encode(), "news.md")
    last = next(p for p in doc.body if "Paragraph 10" in p.text)
    assert last.path == ("Training",)  # (a release's closing stands under no section)
