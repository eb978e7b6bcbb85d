"""A Chinese work bulletin typed as plain text (lead-45, from set 41's documents): its issue line under the title,
its compiler's line, news items each set off by a mark with no space after it (◇…), and its imprint ending it
(报：… / 送：… / 发：… / （共印45份）). Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_BULLETIN = """星海红十字工作简报
2025年第6期（总第98期）

星海市红十字会办公室编　　　　　　　　　　2025年7月15日

【编者按】本期通报上半年主要数据，介绍防溺水工作进展。

一、上半年主要数据

1—6月，全市开展应急救护普及培训3.2万人次，新增配置AED 85台。

二、工作动态

◇5月18日星海半程马拉松，市红十字会设救护点12个，救护志愿者约90人，处置伤病31人次。
◇6月“博爱周”期间，全市红十字系统募集善款12.4万元。
◇东湖区红十字会新增专职工作人员1名。

三、救援站建设进展

今年建设水上救援站2个：
——东湖救援站，5月20日启用，站长林海；
——西港救援站，主体已完工，计划10月底前启用。
每个站配备冲锋舟2艘。

四、下阶段工作提示

请各区红十字会于8月5日前报送1—7月数据。

报：省红十字会，市委、市政府
送：市委宣传部、市民政局
发：各区红十字会
（共印30份）
"""


def test_the_issue_line_under_the_title_is_a_line_of_the_first_passage_and_the_compiler_its_author():
    doc = load(_BULLETIN.encode(), "简报.txt")
    assert "2025年第6期（总第98期）" not in doc.headings
    first = doc.body[0]
    assert "2025年第6期（总第98期）" in first.text and "编者按" in first.text
    assert doc.author == "星海市红十字会办公室"


def test_marked_news_items_with_no_space_after_the_mark_are_items_of_their_own():
    doc = load(_BULLETIN.encode(), "简报.txt")
    news = next(p for p in doc.body if "半程马拉松" in p.text)
    assert news.kind == "list" and news.path == ("二、工作动态",)
    assert "处置伤病31人次。\n" in news.text and "◇" not in news.text


def test_the_imprint_lines_end_the_bulletin_in_order_under_no_section():
    doc = load(_BULLETIN.encode(), "简报.txt")
    assert not any(h.startswith(("报：", "送：", "发：", "（共印")) for h in doc.headings)
    imprint = next(p for p in doc.body if "报：省红十字会" in p.text)
    assert imprint.text.splitlines() == ["报：省红十字会，市委、市政府", "送：市委宣传部、市民政局", "发：各区红十字会",
                                         "（共印30份）"]
    assert imprint.path == ()
    tips = next(p for p in doc.body if "8月5日前" in p.text)
    assert "报：" not in tips.text


def test_parts_a_lead_in_names_each_after_a_double_dash_are_items_of_its_list():
    doc = load(_BULLETIN.encode(), "简报.txt")
    stations = next(p for p in doc.body if "东湖救援站" in p.text)
    assert stations.kind == "list"
    assert stations.text.splitlines()[1:] == ["东湖救援站，5月20日启用，站长林海；",
                                              "西港救援站，主体已完工，计划10月底前启用。"]


def test_a_subtitle_alone_after_a_double_dash_stays_a_line():
    text = "星海市红十字会2024年工作报告\n——2025年1月16日在市红十字会理事会上\n\n一、工作回顾\n\n全年培训3.2万人次。\n"
    doc = load(text.encode(), "报告.txt")
    assert any("——2025年1月16日" in p.text for p in doc.paragraphs)
