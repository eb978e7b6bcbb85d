"""Layouts read whole (lead-42): a plain text hard-wrapped in its long paragraphs among many lines that are a
paragraph each, and a Markdown fenced block of plain text (an SMS format, an address) under the line leading into it."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

from tests.files import load

# a bulletin: a title, a byline, numbered headings and list items a line each, and two long paragraphs wrapped at one
# width mid-sentence (the short lines are most of its lines)
BULLETIN = """某市红十字会2025年重点工作进展通报
（第3期　市红十字会办公室编）

一、总体进展
今年以来，全市红十字系统围绕年初确定的目标任务，各项工作总体进度良好，全市募集社会捐赠款物约1,420万元，
开展应急救护普及培训约7.6万人次，培训持证救护员近1.9万人次，新增配置AED逾200台（实际212台）。预计全年培训
可达9.5万人次，基本完成年度目标。

二、更正说明
（一）2024年普及培训核定为8.1万人次；
（二）2024年募集款物核定为1,790万元；
（三）2024年新增配置AED核定为248台。
其余数据不变。

三、应急救援
6月中旬，某区遭遇强降雨，市红十字会于6月19日启动四级应急响应，持续5天，先后派出救援队员逾160人次，并开展救护，
协助转移群众约1,100人，发放救灾物资价值约65万元。全年全市救援队出动约210次，每次汛期救援平均约持续2至3天，
新组建的山地救援队于8月12日成功搜救迷途驴友7人。

四、下一步工作
（一）12月底前完成剩余普及培训；
（二）会员代表大会推迟至2026年1月召开；
（三）做好元旦、春节期间慰问工作。
"""


def _passage(doc, words: str):
    return next(p for p in doc.body if words in p.text)


def test_a_paragraph_wrapped_mid_sentence_among_short_lines_is_one_passage():
    doc = parse_text(BULLETIN, "bulletin.txt")
    training = _passage(doc, "开展应急救护普及培训约7.6万人次")
    assert "募集社会捐赠款物约1,420万元，开展应急救护普及培训" in training.text
    assert "预计全年培训可达9.5万人次" in training.text
    rescue = _passage(doc, "协助转移群众约1,100人")
    assert "派出救援队员逾160人次，并开展救护，协助转移群众" in rescue.text
    assert "每次汛期救援平均约持续2至3天" in rescue.text
    assert rescue.path == ("三、应急救援",)


def test_its_items_a_line_each_stay_apart():
    """Lead-42 kept each item a passage of its own; loader-43 (corpus/item_runs.py) deliberately reads a run of short
    items opening a section together, one list's passage: each item is still a line of its own, no wrapped line of
    the one before, and the paragraph after them stands apart."""
    doc = parse_text(BULLETIN, "bulletin.txt")
    first = _passage(doc, "核定为8.1万人次")
    assert first.text.split("\n") == ["（一）2024年普及培训核定为8.1万人次；", "（二）2024年募集款物核定为1,790万元；",
                                       "（三）2024年新增配置AED核定为248台。"]
    assert "（一）12月底前完成剩余普及培训；" in _passage(doc, "剩余普及培训").text.split("\n")


FAQ_MD = """# 某市献血常见问题

## 4. 献血后有什么回报

献血累计达到800毫升以上的，本人终身免费用血。

查询本人献血记录，可编辑短信发送至中心血站服务号：

```
格式：CX#身份证号后6位#姓名
示例：CX#123456#王芳
发送至：10690000001
```

## 5. 地址

```text
某市某区某路8号
市中心血站二楼
```

## 6. 导出

```python
print("not text")
```
"""


def test_a_plain_fenced_block_is_read_with_the_line_leading_into_it():
    doc = load(FAQ_MD.encode(), "faq.md")
    sms = _passage(doc, "发送至：10690000001")
    assert sms.text == "查询本人献血记录，可编辑短信发送至中心血站服务号：格式：CX#身份证号后6位#姓名；" \
                       "示例：CX#123456#王芳；发送至：10690000001"
    assert sms.path == ("4. 献血后有什么回报",)


def test_a_plain_text_fence_stands_alone_and_code_stays_out():
    doc = load(FAQ_MD.encode(), "faq.md")
    address = _passage(doc, "某区某路8号")
    assert address.text.split("\n")[0] == "某市某区某路8号；市中心血站二楼"
    assert not any("not text" in p.text for p in doc.paragraphs)
