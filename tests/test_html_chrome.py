"""A page built of <div>s: its own text is the box its classes name as content, and bold headings numbered as its
<h3>s are head sections too (html-34)."""
from __future__ import annotations

from tests.files import load

GOV_HTML = """<html><head><title>某省红十字会2024年工作报告_某省红十字会</title></head><body>
<div class="topbar">某省红十字会 | 无障碍浏览 | 长辈版 | 登录</div>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 工作报告 &gt; 正文</div>
<div class="leftnav"><ul><li>信息公开</li><li>捐赠信息</li><li>应急救护</li></ul></div>
<div class="article">
<h1>某省红十字会2024年工作报告</h1>
<p>2024年，全省红十字系统各项工作取得新进展。现将主要工作报告如下。</p>
<p><b>一、坚持党建引领</b></p>
<p>全年召开党组会议26次，命名示范党支部9个。</p>
<h3>二、应急救援能力稳步提升</h3>
<p>参与应对灾情8起，出动救援队员1260人次。</p>
<p><b>三、2025年工作安排</b></p>
<p>力争普及培训40万人次。</p>
</div>
<div class="footer">主办：某省红十字会 地址：某市五四西路</div>
</body></html>"""


def test_a_sites_bars_and_menu_around_the_article_are_no_passage():
    doc = load(GOV_HTML.encode(), "report.html")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "当前位置" not in text and "无障碍浏览" not in text and "捐赠信息" not in text
    assert "五四西路" in text  # the site's footer says who publishes it: kept, as a <footer>'s is


def test_bold_headings_numbered_as_the_h3_headings_head_their_sections():
    doc = load(GOV_HTML.encode(), "report.html")
    party = next(p for p in doc.paragraphs if "党组会议26次" in p.text)
    plan = next(p for p in doc.paragraphs if "40万人次" in p.text)
    assert party.path == ("一、坚持党建引领",) and plan.path == ("三、2025年工作安排",)


def test_a_side_box_stating_a_fact_outside_the_content_box_is_still_read():
    html = ("<html><body><div class='topbar'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            "<div class='sidebar'><h3>Opening hours</h3>"
            "<p>The service centre is open Monday to Friday, 8:30 to 16:30.</p></div>"
            "<div class='main-content'><h1>Parking Permits 2025</h1><p>Residents of zones A to D can apply for a "
            "permit from 1 February 2025. A permit costs $85 a year, and a second car in the same household pays "
            "$120.</p><p>Applications are made online or at the service centre with proof of address.</p></div>"
            "</body></html>")
    said = "\n".join(p.text for p in load(html.encode(), "permits.html").paragraphs)
    assert "8:30 to 16:30" in said and "$85 a year" in said


def test_a_list_page_of_two_articles_reads_both():
    html = ("<html><body><div class='crumb'>You are here: Home &gt; News</div>"
            "<div class='article'><h1>Council Approves 2025 Budget</h1><p>The council approved a budget of $48.6 "
            "million for 2025 on 12 December, with 9 votes for and 2 against. Road maintenance gets $6.2 million.</p>"
            "<p>Property tax rises 3.4%, about $62 a year for an average household.</p></div>"
            "<div class='article'><h1>New Recycling Centre Opens</h1><p>It opened on 5 December.</p></div>"
            "</body></html>")
    said = "\n".join(p.text for p in load(html.encode(), "news.html").paragraphs)
    assert "opened on 5 December" in said and "$48.6 million" in said
