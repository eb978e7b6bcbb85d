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
