"""A plain text laid out as minutes (docs32): a header block of ``Label:   value`` lines, names listed indented under
``Present:``, numbered items whose lines wrap with a hanging indent, sentences running on across a wrap."""
from __future__ import annotations

from tests.files import load

MINUTES = """RIVERTON AMBULANCE VOLUNTEER SOCIETY
Minutes of the Board of Directors Meeting

Date:    Wednesday, 12 March 2025
Time:    6:30 pm - 8:45 pm
Venue:   Boardroom, 19 Harbour Street, Riverton

Present:
  Joan Appleby - Chair
  Ravi Menon - Treasurer
  Tom Fisher - Secretary
Apologies:
  Dr Ann Loy - Director

1. OPENING AND QUORUM
1.1 The Chair called the meeting to order at 6:32 pm and confirmed that a quorum was present (9 of 11 directors).
1.2 No conflicts of interest were declared.

2. TREASURER'S REPORT
2.1 Ravi Menon presented the financial statements to 28 February 2025. Income for the eleven months was
    $1,486,000 against a budget of $1,420,000. Expenditure was $1,391,000. Cash on hand was $412,500.
2.2 Motion to buy a response vehicle at a cost not exceeding $120,000. Moved by Tom Fisher, seconded by Ravi Menon.
    After discussion of the reserve, the motion was carried 7-2
    (Kevin Hale and Paul Orr opposed).

3. NEXT MEETING
3.1 The next board meeting will be held on Wednesday, 14 May 2025 at 6:30 pm in the Boardroom of the Society.
"""


def _doc():
    return load(MINUTES.encode(), "minutes.txt")


def _passage(doc, words: str):
    return next(p for p in doc.paragraphs if words in p.text)


def test_a_header_blocks_label_lines_are_lines_not_a_table_with_the_first_as_header():
    text = "\n".join(p.text for p in _doc().paragraphs)
    assert "Date: Wednesday, 12 March 2025" in text
    assert "Time: 6:30 pm - 8:45 pm" in text and "::" not in text


def test_names_listed_under_present_are_items_not_headings():
    doc = _doc()
    assert not any(h.endswith(("Chair", "Treasurer", "Director")) for h in doc.headings)
    present = _passage(doc, "Joan Appleby")
    assert "Ravi Menon - Treasurer" in present.text
    assert all("Dr Ann Loy" not in "".join(p.path) for p in doc.paragraphs)


def test_numbered_items_are_apart_and_wrapped_words_keep_their_space():
    doc = _doc()
    first = _passage(doc, "quorum was present")
    assert "directors).1.2" not in first.text and "directors). 1.2" not in first.text
    assert "No conflicts" in _passage(doc, "No conflicts").text
    assert "was $1,486,000" in _passage(doc, "1,486,000").text


def test_a_hanging_indent_continues_its_item():
    item = _passage(_doc(), "carried 7-2")
    assert "Moved by Tom Fisher" in item.text and "(Kevin Hale and Paul Orr opposed)" in item.text


WORKS = """二、工作安排
该项目受雨季影响较大，经与施工单位和监理单位反复商议，计划在第
一、二季度完成土建，第三季度完成设备安装和调试工作，年底前投入使
用，所需资金由区财政和社会捐赠共同承担，其中社会捐赠部分约占三成
左右。项目建成后将由街道统一管理，社区志愿者协助开展日常维护工作。
三、保障措施
成立由街道主要领导任组长的工作专班，每月召开一次推进会，及时协调
解决项目建设中遇到的困难和问题，确保各项工作按计划有序推进落实。
"""

AGREED = """社区议事会会议纪要
会议时间：2025年3月12日下午，地点为社区党群服务中心二楼会议室。
会议议定事项如下：
　　一、同意对老旧小区实施改造，其中为6个小区加装电梯24部，总投资约
1680万元，由城建科牵头负责，争取在年内完成全部电梯的安装调试工作。
　　二、同意调整社区网格划分，由原来的12个网格调整为15个网格，每个
网格配备专职网格员1名，由社区统一招聘、统一管理和统一考核，经费由
街道财政统一保障，网格员的工作情况每季度向居民代表会议报告一次。
"""


def test_quarters_at_a_wrap_start_no_item():
    doc = load(WORKS.encode(), "works.txt")
    assert "计划在第一、二季度完成土建" in _passage(doc, "完成土建").text


def test_a_wrapped_item_under_a_colon_line_keeps_its_wrapped_end():
    doc = load(AGREED.encode(), "minutes.txt")
    assert "总投资约1680万元" in _passage(doc, "加装电梯").text
