"""Fields read apart and items read with their lead (lead-42b): a nested Markdown item under a parent item ending in
a colon, and an ideographic space between two Chinese fields of one line."""
from __future__ import annotations

from reportbot.corpus.normalize import normalize

from tests.files import load

LIST_MD = """# 某市献血常见问题

## 1. 哪些人可以献血

- 年龄：18至55周岁
- 体重：
  - 男性不低于50公斤
  - 女性不低于45公斤
- 献血前一天：
  - 不饮酒、不熬夜

## 3. 在哪里献血

- 固定献血点（共5个）：
  - 甲区：南大街献血屋
  - 乙区：万达广场献血屋
- 流动献血车：共6辆
- 注意事项
  - 带身份证
"""


def _lines(doc, words: str) -> list[str]:
    return next(p for p in doc.body if words in p.text).text.split("\n")


def test_a_child_item_is_read_with_its_parent_ending_in_a_colon():
    doc = load(LIST_MD.encode(), "faq.md")
    lines = _lines(doc, "45公斤")
    assert "体重：女性不低于45公斤" in lines and "体重：男性不低于50公斤" in lines
    assert "体重：" not in lines and "献血前一天：不饮酒、不熬夜" in lines
    assert "年龄：18至55周岁" in lines
    places = _lines(doc, "万达广场")
    assert "固定献血点（共5个）：乙区：万达广场献血屋" in places


def test_a_parent_without_a_colon_stays_its_own_line():
    doc = load(LIST_MD.encode(), "faq.md")
    lines = _lines(doc, "带身份证")
    assert "注意事项" in lines and "带身份证" in lines and "流动献血车：共6辆" in lines


def test_an_ideographic_space_between_two_chinese_fields_is_kept():
    assert normalize("联系人：市红十字会办公室\u3000贺晓琳\u3000电话：0731-28211876") == \
        "联系人：市红十字会办公室\u3000贺晓琳 电话：0731-28211876"
    assert normalize("（第9期\u3000市红十字会办公室编\u30002025年12月8日）") == \
        "（第9期\u3000市红十字会办公室编\u30002025年12月8日）"
    assert normalize("聯絡窗口：訓練組\u3000李佩君\u3000電話 082-325581。") == \
        "联络窗口：训练组\u3000李佩君\u3000电话082-325581。"


def test_a_justified_space_inside_a_word_still_goes():
    assert normalize("姓\u3000名：王\u3000芳") == "姓名：王芳"
    assert normalize("办\u3000公\u3000室") == "办公室"
    assert normalize("成人会员 68.05万名") == "成人会员68.05万名"


NOTICE_TXT = """某市红十字会工作通报
（第9期\u3000市红十字会办公室编\u30002025年12月8日）

一、总体进展
今年以来，全市募集社会捐赠款物约1,420万元。

联系人：市红十字会办公室\u3000贺晓琳\u3000电话：0731-28211876
"""

PAGE_HTML = """<html><head><title>某县支会救生员训练</title></head><body><h1>某县支会救生员训练</h1>
<p>本会今年办理救生员训练两梯次，共结训42人。</p>
<p>联络窗口：训练组\u3000李佩君\u3000电话 082-325581。</p></body></html>"""


def test_fields_parted_by_an_ideographic_space_stay_apart_in_a_passage():
    notice = load(NOTICE_TXT.encode(), "notice.txt")
    assert any("办公室\u3000贺晓琳 电话" in p.text for p in notice.paragraphs)
    assert any("第9期\u3000市红十字会办公室编\u30002025年12月8日" in p.text for p in notice.paragraphs)
    page = load(PAGE_HTML.encode(), "page.html")
    assert any("训练组\u3000李佩君\u3000电话" in p.text for p in page.paragraphs)


SIGNED_TXT = """某县支会救生员训练成果报告

壹、计划缘起
本会为维护民众戏水安全，办理救生员训练。

贰、表扬
本支会并于9月13日举行成果发表暨表扬大会。

中华民国红十字会某县支会\u3000会长\u3000陈秀凤
总干事\u3000许文昌
"""


def test_a_signature_with_its_body_post_and_name_apart_is_no_heading():
    doc = load(SIGNED_TXT.encode(), "report.txt")
    # (loader-42b: a Chinese closing is a passage of its own under no section; the gap kept must not make it a heading)
    signed = [p for p in doc.body if "陈秀凤" in p.text or "许文昌" in p.text]
    assert signed and all(p.path == () for p in signed)
    assert "陈秀凤" not in " ".join(doc.headings)
