"""Write the six documents of blind set 46.
1 Changde (常德) Red Cross 2024 work report (docx; the whole body sits in a two-cell layout table, a narrow left cell
  with the section labels and a wide right cell with the text; an indicator table below it whose header is two rows,
  指标 merged down and 2024年 merged across 目标 / 完成)
2 Changde Red Cross January-October 2025 progress (pdf; no heading paragraphs, each section opens with a bold run-in
  label inside its first paragraph; key figures in a shaded side box beside the text; a county table that splits across
  two pages with its two header rows repeated; corrects three 2024 figures, so they conflict by date)
3 Sheung Shui (上水) community first-aid team 2025 review (zh-hant html; figures sit in <figure>/<figcaption>, terms in
  <abbr title>, a table whose cells carry multi-line <br> text)
4 Ulladulla Surf Life Saving Club annual report 2024-25 (English md; setext (underlined) headings, a pandoc grid table
  with +---+ borders and a cell continued on a second line)
5 Rotorua donor centre guide 2025 (English txt; hard-wrapped at 70 columns, an indented outline 1 / 1.1 / 1.1.1,
  a box-drawing (│ ─ ┼) table of opening hours)
6 Bengbu (蚌埠) Red Cross body and organ donation FAQ 2025 (Chinese docx; 问/答 paragraphs, a landscape section with a
  wide table of contact points, the page turned back to portrait after it)
Run: /work/main/.venv/bin/python make_docs46.py
"""

import os

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs46")
os.makedirs(OUT, exist_ok=True)


def _song(d):
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 1. Changde 2024 (docx, two-cell layout table)
CD24 = [
    ("一、组织建设", [
        "2024年，市红十字会深化“桃花源·博爱红”党建品牌，机关党支部获评市直机关“四强”党支部。",
        "全市现有红十字救援队19支、队员862名，其中17支建立党支部，党员队员226名。石门县红十字山地救援队获评省级优秀救援队。",
        "注册红十字志愿者3.12万名，成人会员7.4万名，红十字青少年会员18.6万名；新建乡镇（街道）红十字会9个，覆盖率达到94%。",
    ]),
    ("二、应急救护", [
        "全年开展应急救护普及培训13.2万人次，培训持证救护员1.84万人。新增配置AED 286台，累计达到1,152台，桃花源景区和常德站实现AED全覆盖。",
        "6月10日至6月16日常德国际龙舟赛期间，沿沅江设置水上救护点12个，救治群众214人次，其中溺水施救3例。",
    ]),
    ("三、“三献”工作", [
        "全市无偿献血9.1万人次，献血总量29.4吨。新增造血干细胞捐献志愿者入库2,510人份，实现捐献13例，其中澧县捐献4例。",
        "遗体（器官）捐献志愿登记2,870人，实现器官捐献9例、遗体捐献6例。",
    ]),
    ("四、人道救助", [
        "全年募集社会捐赠款物3,960万元，其中资金2,410万元。新建博爱家园12个，累计达到76个；“博爱送万家”慰问困难家庭3,800户。",
        "7月上旬汉寿县、安乡县遭受洪涝灾害，市红十字会于7月3日启动Ⅲ级应急响应，派出救援队员326人次，转移群众1,100余人，发放救灾物资折价92万元。",
    ]),
    ("五、2025年工作安排", [
        "1. 新增配置AED 300台，重点覆盖A级景区和高速服务区；",
        "2. 应急救护普及培训14万人次，持证救护员2万人；",
        "3. 建成“生命礼赞”缅怀纪念园1处，选址柳叶湖旅游度假区。",
    ]),
]
CD24_TABLE = [
    ["指标", "2024年", "", "2023年"],
    ["", "目标", "完成", "完成"],
    ["应急救护普及培训（万人次）", "12", "13.2", "11.6"],
    ["持证救护员（万人）", "1.7", "1.84", "1.52"],
    ["新增AED（台）", "260", "286", "231"],
    ["无偿献血（万人次）", "9", "9.1", "8.7"],
    ["造血干细胞入库（人份）", "2,300", "2,510", "2,080"],
    ["募集款物（万元）", "3,500", "3,960", "3,210"],
]


def changde24():
    d = docx.Document()
    _song(d)
    d.add_paragraph("常德市红十字会2024年工作报告").runs[0].bold = True
    d.add_paragraph("——2025年1月16日在市红十字会第五届理事会第三次会议上　市红十字会党组书记、常务副会长　谭立群")
    lay = d.add_table(rows=len(CD24), cols=2)
    for i, (label, paras) in enumerate(CD24):
        left, right = lay.rows[i].cells
        left.width = Cm(3.2)
        right.width = Cm(12.8)
        left.paragraphs[0].text = label
        left.paragraphs[0].runs[0].bold = True
        right.paragraphs[0].text = paras[0]
        for p in paras[1:]:
            right.add_paragraph(p)
    d.add_paragraph("附表　2024年主要指标完成情况")
    t = d.add_table(rows=len(CD24_TABLE), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(CD24_TABLE):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "指标"
    b = t.cell(0, 1).merge(t.cell(0, 2))
    b.text = "2024年"
    d.add_paragraph("常德市红十字会办公室　2025年1月20日印发")
    d.save(os.path.join(OUT, "changde_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Changde 2025 Jan-Oct (pdf, run-in bold, side box)
CD25 = [
    ("一、数据更正。", "经市统计部门核定，2024年全市应急救护普及培训更正为12.9万人次，累计AED更正为1,148台，"
     "募集社会捐赠款物更正为3,890万元，以本通报为准。"),
    ("二、应急救护。", "1—10月全市开展应急救护普及培训11.7万人次，培训持证救护员1.63万人，新增配置AED 241台，"
     "累计达到1,389台。9月28日常德马拉松赛道设置AED点位40个，救治跑者57人次。"),
    ("三、“三献”工作。", "1—10月全市无偿献血7.8万人次；造血干细胞捐献志愿者入库2,060人份，实现捐献10例，"
     "其中鼎城区捐献3例。遗体（器官）捐献志愿登记2,340人，实现器官捐献8例。"),
    ("四、人道救助。", "1—10月募集社会捐赠款物3,120万元，新建博爱家园10个，累计达到86个。7月临澧县山洪中，"
     "市红十字会于7月21日启动Ⅳ级应急响应，发放救灾物资折价47万元。"),
    ("五、组织建设。", "截至10月底，全市红十字救援队增至21支、队员948名，注册红十字志愿者3.46万名。"
     "“生命礼赞”缅怀纪念园已于9月30日在柳叶湖旅游度假区建成开园。"),
    ("六、下阶段安排。", "11月开展“博爱送万家”慰问准备，12月5日国际志愿者日组织全市志愿服务集中展示，"
     "年底前完成AED年度巡检，巡检责任单位为市红十字会救护培训中心，联系人覃晓岚。"),
]
CD25_COUNTY = [
    ["区县", "应急救护培训", "", "AED"],
    ["", "人次", "持证人数", "新增（台）"],
    ["武陵区", "21,400", "3,120", "46"],
    ["鼎城区", "15,800", "2,240", "31"],
    ["安乡县", "8,900", "1,060", "17"],
    ["汉寿县", "10,200", "1,380", "22"],
    ["澧县", "12,600", "1,750", "26"],
    ["临澧县", "7,300", "920", "14"],
    ["桃源县", "13,900", "1,910", "29"],
    ["石门县", "11,500", "1,640", "24"],
    ["津市市", "6,100", "780", "12"],
    ["柳叶湖旅游度假区", "4,300", "510", "11"],
    ["西洞庭管理区", "3,100", "350", "4"],
]


def changde25():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10, leading=16, wordWrap="CJK")
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=15, leading=22, alignment=1)
    box = ParagraphStyle("x", fontName="STSong-Light", fontSize=9, leading=14, wordWrap="CJK")
    story = [Paragraph("常德市红十字会2025年1—10月工作进展通报", title),
             Paragraph("常红通〔2025〕18号　2025年11月7日", body), Spacer(1, 6)]
    main = [Paragraph(f'<font size="11.5" color="#8b0000">{lab}</font>{txt}', body) for lab, txt in CD25]
    side = [Paragraph("1—10月关键数字", box), Paragraph("培训 11.7万人次", box), Paragraph("新增AED 241台", box),
            Paragraph("献血 7.8万人次", box), Paragraph("募集 3,120万元", box), Paragraph("博爱家园 累计86个", box)]
    lay = Table([[main, side]], colWidths=[125 * mm, 45 * mm])
    lay.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#f2e6e6")),
                             ("BOX", (1, 0), (1, 0), 0.6, colors.HexColor("#8b0000"))]))
    story += [lay, Spacer(1, 60 * mm), Paragraph("附表　1—10月各区县应急救护工作情况", body)]
    cells = [[Paragraph(c, box) for c in row] for row in CD25_COUNTY]
    t = Table(cells, colWidths=[50 * mm, 35 * mm, 35 * mm, 35 * mm], repeatRows=2)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("SPAN", (0, 0), (0, 1)),
                           ("SPAN", (1, 0), (2, 0))]))
    story += [t, Spacer(1, 6), Paragraph("注：各区县数字与全市合计的差额为市直单位组织的培训。", body)]
    SimpleDocTemplate(os.path.join(OUT, "changde_redcross_2025_jan-oct_progress.pdf"), pagesize=A4).build(story)


# ---------------------------------------------------------------- 3. Sheung Shui zh-hant html (figure, abbr)
KT = """<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>上水社區急救隊 2025年度回顧</title></head>
<body>
<header><p>上水社區急救隊 ‧ 2025年度回顧</p></header>
<main>
<h1>上水社區急救隊2025年度回顧</h1>
<p>本隊成立於2011年，總部設於彩園邨社區會堂，現任隊長為鄧家朗，副隊長為麥詠琪。</p>
<h2>一、隊伍概況</h2>
<p>截至2025年12月31日，本隊共有登記隊員168人，其中持有效<abbr title="心肺復甦法">CPR</abbr>及<abbr title="自動體外心臟除顫器">AED</abbr>證書者142人。</p>
<figure>
<img src="members_2025.png" alt="隊員人數圖">
<figcaption><p>圖一：隊員人數由2023年的131人增至2025年的168人</p></figcaption>
</figure>
<h2>二、當值服務</h2>
<p>全年共完成當值服務212場，累計服務時數9,840小時，處理傷病個案486宗，其中轉送醫院37宗。</p>
<table border="1">
<tr><th>活動</th><th>日期</th><th>當值人數／個案</th></tr>
<tr><td>古洞村盆菜宴</td><td>2025年5月31日</td><td>隊員24人<br>個案41宗</td></tr>
<tr><td>石湖墟中秋綵燈會</td><td>2025年10月6日</td><td>隊員18人<br>個案27宗</td></tr>
<tr><td>天平運動場長跑日</td><td>2025年11月16日</td><td>隊員30人<br>個案63宗</td></tr>
</table>
<figure>
<table border="1">
<tr><th>年份</th><th>當值場數</th><th>傷病個案</th></tr>
<tr><td>2024年</td><td>189場</td><td>431宗</td></tr>
<tr><td>2025年</td><td>212場</td><td>486宗</td></tr>
</table>
<figcaption><p>表二：近兩年當值服務比較</p></figcaption>
</figure>
<h2>三、培訓</h2>
<p>全年舉辦社區急救證書課程14班，共有326名市民完成課程，考試合格率為93%。課程費用每位港幣680元，綜援人士全免。</p>
<p>另為區內32所中學及小學舉辦<abbr title="自動體外心臟除顫器">AED</abbr>講座，受惠學生約5,200人。</p>
<h2>四、裝備</h2>
<ul>
<li>新購<abbr title="自動體外心臟除顫器">AED</abbr>訓練機8部，款項來自上水鄉事委員會撥款港幣12萬元。</li>
<li>急救車「上水一號」於2025年3月完成更換，由善心人士梁寶珊捐贈。</li>
<li>隊部於天平邨增設裝備倉一個。</li>
</ul>
<h2>五、2026年計劃</h2>
<p>2026年目標為隊員人數達到200人，並於沙頭角增設一個夜間當值點。招募查詢請致電2614 7730（辦公時間星期一至五）。</p>
</main>
<footer><p>上水社區急救隊秘書處　2026年1月12日發佈</p></footer>
</body></html>
"""

# ---------------------------------------------------------------- 4. Ulladulla SLSC (md, setext headings, grid table)
UL = """Ulladulla Surf Life Saving Club
===============================

Annual Report 2024-25
=====================

Presented at the Annual General Meeting, Saturday 16 August 2025, Ulladulla Civic Centre.

President's Report
------------------

The 2024-25 patrol season ran from 28 September 2024 to 27 April 2025. Our President, Karen Whitfield, thanks the
412 members who made it our busiest season since the club was founded in 1957.

Volunteer patrols performed 37 rescues and 1,284 preventative actions, and treated 96 first-aid cases on the beach.

Patrol Statistics
-----------------

+-------------------+-----------+-----------+
| Measure           | 2024-25   | 2023-24   |
+===================+===========+===========+
| Patrol hours      | 6,840     | 6,210     |
+-------------------+-----------+-----------+
| Rescues           | 37        | 29        |
+-------------------+-----------+-----------+
| Preventative      | 1,284     | 1,017     |
| actions           |           |           |
+-------------------+-----------+-----------+
| First-aid cases   | 96        | 88        |
+-------------------+-----------+-----------+
| Beach visitors    | 71,500    | 64,300    |
+-------------------+-----------+-----------+

Education and Training
----------------------

- 58 new Bronze Medallion holders qualified, with assessor Tom Baird signing off the final group on 9 March 2025.
- 124 Nippers aged 5 to 13 took part in the Sunday program.
- 21 members gained their IRB Crew Certificate.

Finance
-------

The club recorded revenue of $318,400 and expenses of $296,750, a surplus of $21,650.
The new IRB shed was funded by a $45,000 grant from the NSW Surf Club Facility Program.

Awards
------

Club Member of the Year: Priya Naidoo. Patroller of the Year: Liam O'Connor.
The rescue at Warden Head on 2 January 2025 received a Meritorious Award at the branch awards night.

Looking Ahead
-------------

The 2025-26 season opens on 27 September 2025. Our target is 450 members and a second IRB.
"""

# ---------------------------------------------------------------- 5. Rotorua donor centre guide (txt, wrapped, box table)
RO = """ROTORUA DONOR CENTRE - DONOR GUIDE 2025
Rotorua Donor Centre, 1143 Pukuatua Street, Rotorua 3010

1  BEFORE YOU DONATE
   1.1  Who can give
        1.1.1  Donors must be aged 16 to 71 for a first donation and weigh
               at least 50 kg.
        1.1.2  Donors aged 16 or 17 need written consent from a parent.
   1.2  On the day
        1.2.1  Drink 750 ml of water in the three hours before you come.
        1.2.2  Bring photo ID; first-time donors should allow 1 hour.

2  GAPS BETWEEN DONATIONS
   2.1  Whole blood: at least 12 weeks between donations.
   2.2  Plasma: at least 2 weeks between donations.
   2.3  After a tattoo or piercing, wait 3 months.

3  OPENING HOURS

   ┌──────────────┬──────────────────┬────────────────────┐
   │ Day          │ Whole blood      │ Plasma             │
   ├──────────────┼──────────────────┼────────────────────┤
   │ Monday       │ closed           │ closed             │
   │ Tuesday      │ 8.00am-3.00pm    │ 8.00am-4.30pm      │
   │ Wednesday    │ 11.00am-7.00pm   │ 11.00am-7.30pm     │
   │ Thursday     │ 8.00am-3.00pm    │ 8.00am-4.30pm      │
   │ Saturday     │ 8.30am-1.00pm    │ 8.30am-12.30pm     │
   └──────────────┴──────────────────┴────────────────────┘

4  AFTER YOU DONATE
   4.1  Rest for 15 minutes and have a snack at the refreshment bar.
   4.2  Avoid heavy exercise for the rest of the day.

5  CONTACTS
   5.1  Centre manager: Hemi Walker
   5.2  Bookings: 0800 448 325
   5.3  Free parking for donors is on Arawa Street behind the centre.

In 2024 the centre collected 6,920 donations from 3,410 donors.
Last revised 3 February 2025.
"""


# ---------------------------------------------------------------- 6. Bengbu FAQ (docx, landscape section)
BB = [
    ("问：在蚌埠怎么登记成为遗体（器官）捐献志愿者？", "答：可以登录“中国人体器官捐献管理中心”网站或关注“蚌埠红十字”微信公众号在线登记，也可以到市红十字会（蚌山区东海大道1899号）现场办理。"),
    ("问：多大年龄可以登记？", "答：年满18周岁、具有完全民事行为能力的公民可以自愿登记；未满18周岁的，由父母双方共同书面同意后方可实施捐献。"),
    ("问：登记以后还能反悔吗？", "答：可以。登记人可随时通过原渠道变更或撤销登记，无需说明理由。"),
    ("问：捐献遗体要花钱吗？", "答：不需要。遗体接收、运送及火化费用由接收单位承担，蚌埠医科大学是本市的遗体接收站。"),
    ("问：家属能得到什么纪念？", "答：市红十字会每年清明节前在龙子湖畔“生命礼赞”纪念园举行缅怀纪念活动，捐献者姓名可镌刻在纪念墙上。"),
    ("问：截至目前蚌埠有多少人登记了？", "答：截至2025年9月底，全市累计登记志愿者11,860人，实现遗体捐献132例、器官捐献61例、角膜捐献74例。"),
    ("问：咨询电话是多少？", "答：请拨打0552-2081120，工作日8:30—17:30接听。"),
]
BB_TABLE = [
    ["受理点", "地址", "办理时间", "联系人"],
    ["蚌埠市红十字会", "蚌山区东海大道1899号", "工作日8:30—17:30", "王若涵"],
    ["怀远县红十字会", "怀远县禹王路48号", "工作日8:30—17:00", "刘振东"],
    ["五河县红十字会", "五河县城关镇淮河路22号", "工作日8:30—17:00", "陈静"],
    ["固镇县红十字会", "固镇县谷阳路315号", "工作日8:00—17:00", "孙浩"],
    ["蚌埠医科大学遗体接收站", "龙子湖区东海大道2600号", "全天（需提前电话预约）", "周敏"],
]


def bengbu():
    d = docx.Document()
    _song(d)
    d.add_heading("蚌埠市遗体和人体器官捐献常见问题（2025年版）", level=1)
    d.add_paragraph("蚌埠市红十字会编　2025年10月")
    for q, a in BB:
        d.add_paragraph(q).runs[0].bold = True
        d.add_paragraph(a)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("附：全市登记受理点一览")
    t = d.add_table(rows=len(BB_TABLE), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(BB_TABLE):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = sec2.page_height, sec2.page_width
    d.add_paragraph("本问答由蚌埠市红十字会器官捐献管理办公室负责解释。")
    d.save(os.path.join(OUT, "bengbu_redcross_body_organ_donation_faq_2025.docx"))


def main():
    changde24()
    changde25()
    with open(os.path.join(OUT, "sheungshui_first_aid_team_2025_hant.html"), "w", encoding="utf-8") as f:
        f.write(KT)
    with open(os.path.join(OUT, "ulladulla_slsc_annual_report_2024-25.md"), "w", encoding="utf-8") as f:
        f.write(UL)
    with open(os.path.join(OUT, "rotorua_donor_centre_guide_2025.txt"), "w", encoding="utf-8") as f:
        f.write(RO)
    bengbu()


if __name__ == "__main__":
    main()
