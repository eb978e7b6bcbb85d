"""Write the six documents of blind set 48.
1 Jiangmen (江门) Red Cross 2024 work report (docx; headings numbered only by a multilevel list (numbering.xml,
  chineseCounting "一、" / decimal "1."), so the numbers are not typed; an indicator table whose header is two
  levels (2024年 spanning 目标 / 完成))
2 Jiangmen Red Cross January-October 2025 progress (pdf; a long project table split over two pages whose header row
  repeats on page 2, and notes ①② printed at the foot of each page; corrects three 2024 figures, so they conflict
  with the docx by date)
3 Tsing Yi (青衣, Hong Kong) first-aid team 2025 review (zh-hant html; tables with <caption>, an <ol start="4">
  that continues a list broken by a paragraph, cells padded with &nbsp;)
4 Yamba Surf Life Saving Club annual report 2024-25 (English md; pipe tables with escaped pipes \\| inside cells and
  html comments <!-- --> left in by the editor)
5 Ashburton donor centre guide 2025 (English docx; a table-of-contents field with cached entries and page numbers,
  a deferral table whose header is two rows (Deferral period spanning Whole blood / Plasma))
6 Shanwei (汕尾) Red Cross FAQ 2025 (Chinese txt; CRLF line ends, 问 numbered 1. 2. with 答： lines, a signature
  block (issuer and date) right-aligned with spaces)
Run: /work/main/.venv/bin/python make_docs48.py
"""

import os

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs48")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _song(d):
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def _merge_header(t, r, c1, c2, text):
    a = t.cell(r, c1).merge(t.cell(r, c2))
    a.text = text
    return a


# ---------------------------------------------------------------- 1. Jiangmen 2024 (docx, list-numbered headings)
JM24 = [
    ("组织建设", [
        "2024年，市红十字会持续擦亮“侨乡博爱”党建品牌，机关党支部获评市直机关“四强”党支部。",
        "全市现有红十字救援队17支、队员912名，其中党员队员236名；台山市红十字海上搜救队获评省级优秀救援队。",
        "注册红十字志愿者3.18万名，成人会员7.4万名，红十字青少年会员16.5万名；新建镇（街）红十字会6个。",
        "市红十字会领导班子：会长梁志强，常务副会长陈婉仪，秘书长黄国栋。",
        "全年召开理事会1次、常务理事会2次，审议通过《江门市红十字会侨胞捐赠款物管理办法》。",
    ]),
    ("应急救护", [
        "全年开展应急救护普及培训12.6万人次，培训持证救护员1.72万人。",
        "新增配置AED 265台，累计达到1,104台，江门站和珠西综合交通枢纽实现AED全覆盖。",
        "12月1日江门马拉松期间设置医疗救护点42个，派出救护志愿者510名，救治群众112人次，成功实施心肺复苏2例。",
    ]),
    ("“三献”工作", [
        "全市无偿献血8.1万人次，献血总量25.6吨。",
        "新增造血干细胞捐献志愿者入库2,340人份，实现捐献11例，其中台山市捐献4例。",
        "遗体（器官）捐献志愿登记1,980人，实现器官捐献7例、遗体捐献5例。",
    ]),
    ("人道救助与侨务特色", [
        "全年募集社会捐赠款物3,460万元，其中资金2,120万元。",
        "“侨心博爱基金”接收港澳台同胞和海外侨胞捐赠680万元，资助困难学生412名。",
        "新建博爱家园11个，累计达到64个；“博爱送万家”慰问困难家庭3,100户。",
        "6月17日恩平市、开平市遭受强降雨，市红十字会启动Ⅳ级应急响应，派出救援队员236人次，转移群众820余人，发放救灾物资折价73万元。",
    ]),
    ("2025年工作安排", [
        "新增配置AED 300台，重点覆盖滨海旅游区和高速服务区。",
        "应急救护普及培训14万人次，持证救护员2万人。",
        "在开平市建成“生命礼赞”缅怀纪念园1处。",
    ]),
]
JM24_TABLE = [
    ["普及培训（万人次）", "12", "12.6", "11.2"],
    ["持证救护员（万人）", "1.6", "1.72", "1.48"],
    ["新增AED（台）", "250", "265", "198"],
    ["无偿献血（万人次）", "8.0", "8.1", "7.7"],
    ["造血干细胞入库（人份）", "2,200", "2,340", "2,105"],
    ["募集款物（万元）", "3,000", "3,460", "2,950"],
]


def _numbering(d):
    """Add a two-level list: level 0 '一、' (chineseCounting), level 1 '1.' (decimal); return its numId."""
    numbering = d.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="48">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="48"><w:abstractNumId w:val="48"/></w:num>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(num)
    return 48


def _numbered(p, num_id, lvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(lvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def jiangmen24():
    d = docx.Document()
    _song(d)
    nid = _numbering(d)
    d.add_heading("江门市红十字会2024年工作报告", 0)
    d.add_paragraph("（2025年1月16日在市红十字会二届四次理事会上）")
    for title, paras in JM24:
        h = d.add_heading(title, 1)
        _numbered(h, nid, 0)
        for para in paras:
            if title == "2025年工作安排":
                p = d.add_paragraph(para)
                _numbered(p, nid, 1)
            else:
                d.add_paragraph(para)
        if title == "“三献”工作":
            d.add_paragraph("表1  2024年主要指标完成情况")
            t = d.add_table(rows=2 + len(JM24_TABLE), cols=4)
            t.style = "Table Grid"
            a = t.cell(0, 0).merge(t.cell(1, 0))
            a.text = "指标"
            _merge_header(t, 0, 1, 2, "2024年")
            b = t.cell(0, 3).merge(t.cell(1, 3))
            b.text = "2023年完成"
            t.cell(1, 1).text = "目标"
            t.cell(1, 2).text = "完成"
            for i, row in enumerate(JM24_TABLE):
                for j, v in enumerate(row):
                    t.cell(i + 2, j).text = v
    d.add_paragraph("江门市红十字会  2025年1月")
    d.save(os.path.join(OUT, "jiangmen_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Jiangmen Jan-Oct 2025 (pdf, repeated header)
JM25_TEXT = [
    "江门市红十字会2025年1—10月工作进展",
    "江门市红十字会办公室  2025年11月12日",
    "一、总体情况",
    "1—10月，全市开展应急救护普及培训11.3万人次，培训持证救护员1.58万人；新增配置AED 238台，累计达到1,342台。",
    "全市无偿献血6.9万人次；新增造血干细胞捐献志愿者入库1,960人份，实现捐献9例；实现器官捐献6例。",
    "募集社会捐赠款物2,780万元，其中“侨心博爱基金”接收侨胞捐赠415万元。新建博爱家园8个，累计达到72个。",
    "红十字救援队增至19支、队员1,035名；注册红十字志愿者3.46万名。",
    "3月起，吴健雄任市红十字会秘书长（黄国栋调任市民政局）。",
    "7月20日台风影响台山市、恩平市，市红十字会启动Ⅲ级应急响应，派出救援队员312人次，转移群众1,460余人，发放物资折价96万元。",
    "二、2024年数据更正",
    "经年度审计复核：2024年新增AED更正为271台（原报265台）①；2024年造血干细胞入库更正为2,380人份；2024年募集社会捐赠款物决算为3,512万元。",
    "三、重点项目进度",
]
JM25_PROJECTS = [
    ["1", "AED进滨海旅游区", "台山市红十字会", "已完成46台", "2025年6月"],
    ["2", "AED进高速服务区", "市红十字会", "已完成28台", "2025年9月"],
    ["3", "“生命礼赞”缅怀纪念园", "开平市红十字会", "主体完工", "2025年12月"],
    ["4", "博爱家园（蓬江区）", "蓬江区红十字会", "已建成2个", "2025年10月"],
    ["5", "博爱家园（新会区）", "新会区红十字会", "已建成3个", "2025年10月"],
    ["6", "博爱家园（鹤山市）", "鹤山市红十字会", "已建成3个", "2025年11月"],
    ["7", "救护培训进校园", "市教育局、市红十字会", "培训师生2.1万人次", "2025年12月"],
    ["8", "救护培训进侨乡村", "各县（市、区）红十字会", "培训村民8,600人次", "2025年12月"],
    ["9", "海上搜救队装备更新", "台山市红十字会", "购置冲锋舟4艘", "2025年8月"],
    ["10", "应急物资仓库改造", "市红十字会", "完成验收", "2025年7月"],
    ["11", "造血干细胞宣传进高校", "五邑大学红十字会", "入库412人份", "2025年11月"],
    ["12", "无偿献血屋新建", "江海区红十字会", "选址完成", "2025年12月"],
    ["13", "侨心助学", "市红十字会", "资助学生286名", "2025年9月"],
    ["14", "红十字青少年夏令营", "市红十字会", "参加学生180名", "2025年8月"],
    ["15", "救援队水域训练基地", "恩平市红十字会", "完成60%", "2026年3月"],
    ["16", "“救在身边”平台升级", "市红十字会", "注册志愿者4,020名", "2025年10月"],
    ["17", "遗体捐献登记站", "江门市中心医院", "登记326人", "2025年12月"],
    ["18", "人道资源动员", "市红十字会", "签约企业27家", "2025年12月"],
    ["19", "社区急救站", "蓬江区红十字会", "建成5个", "2025年11月"],
    ["20", "红十字文化展馆", "新会区红十字会", "布展设计", "2026年6月"],
    ["21", "防溺水宣传", "台山市红十字会", "宣讲96场", "2025年9月"],
    ["22", "养老机构救护培训", "鹤山市红十字会", "培训护理员640人", "2025年12月"],
]
JM25_NOTES = {
    1: "① 差异原因：6台AED于2024年12月安装、2025年1月验收，复核后计入2024年。",
    2: "② 项目3、15由市财政安排专项资金，合计280万元。",
}


def jiangmen25():
    path = os.path.join(OUT, "jiangmen_redcross_2025_jan-oct_progress.pdf")
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17)
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=13, leading=20, spaceBefore=6)
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=17, leading=26, alignment=1)
    cell = ParagraphStyle("c", fontName="STSong-Light", fontSize=9.5, leading=13)

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 8.5)
        canvas.line(20 * mm, 22 * mm, 80 * mm, 22 * mm)
        canvas.drawString(20 * mm, 17 * mm, JM25_NOTES.get(doc.page, ""))
        canvas.restoreState()

    s = []
    for i, t in enumerate(JM25_TEXT):
        if i == 0:
            s.append(Paragraph(t, title))
        elif t[:2] in ("一、", "二、", "三、"):
            s.append(Paragraph(t, head))
        else:
            s.append(Paragraph(t, body))
    s.append(Spacer(1, 150))
    rows = [["序号", "项目", "责任单位", "1—10月进度", "完成时限"]] + JM25_PROJECTS
    t = Table([[Paragraph(c, cell) for c in r] for r in rows],
              colWidths=[12 * mm, 50 * mm, 44 * mm, 38 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Paragraph("四、下一步工作：11—12月完成全年AED新增300台目标，确保“生命礼赞”缅怀纪念园年底前开园。", body))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=30 * mm)
    doc.build(s, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- 3. Tsing Yi (zh-hant html, caption / ol start / nbsp)
TSINGYI = """<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>青衣急救隊2025年度工作回顧</title></head>
<body>
<h1>青衣急救隊2025年度工作回顧</h1>
<p>編製：青衣急救隊秘書處　發佈日期：2026年1月9日</p>
<h2>一、隊伍概況</h2>
<p>截至2025年12月31日，本隊登記隊員74人，其中持有效急救證書隊員58人；隊長陳志明，副隊長李美玲，訓練主任黃浩文。</p>
<p>全年當值96次，服務時數3,420小時；處理傷者211人次，其中送院19人。</p>
<h2>二、年度重點</h2>
<ol>
<li>青衣公園晨運急救站逢星期日開放，全年服務街坊1,260人次。</li>
<li>長者中心急救講座24場，受惠長者1,080人。</li>
<li>青衣城商場AED示範日於5月18日舉行，參加市民430人。</li>
</ol>
<p>（下半年因颱風停辦兩次活動，詳見第三節。）</p>
<ol start="4">
<li>長青邨屋苑義工急救班4期，結業學員96人。</li>
<li>青衣碼頭水上安全巡查12次，協助漁民2人送院。</li>
</ol>
<h2>三、颱風應變</h2>
<p>9月24日颱風襲港，本隊派出隊員18人駐守青衣體育館臨時庇護中心，服務市民57人次。</p>
<h2>四、每月當值統計</h2>
<table border="1">
<caption>表一　2025年每月當值統計（單位：次／小時／人次）</caption>
<tr><th>月份</th><th>當值次數</th><th>服務時數</th><th>處理傷者</th></tr>
<tr><td>&nbsp;1月&nbsp;</td><td>&nbsp;&nbsp;6</td><td>&nbsp;&nbsp;210</td><td>&nbsp;&nbsp;12</td></tr>
<tr><td>&nbsp;2月&nbsp;</td><td>&nbsp;&nbsp;9</td><td>&nbsp;&nbsp;345</td><td>&nbsp;&nbsp;25</td></tr>
<tr><td>&nbsp;3月&nbsp;</td><td>&nbsp;&nbsp;7</td><td>&nbsp;&nbsp;240</td><td>&nbsp;&nbsp;14</td></tr>
<tr><td>&nbsp;4月&nbsp;</td><td>&nbsp;&nbsp;8</td><td>&nbsp;&nbsp;285</td><td>&nbsp;&nbsp;17</td></tr>
<tr><td>&nbsp;5月&nbsp;</td><td>&nbsp;&nbsp;10</td><td>&nbsp;&nbsp;360</td><td>&nbsp;&nbsp;23</td></tr>
<tr><td>&nbsp;6月&nbsp;</td><td>&nbsp;&nbsp;7</td><td>&nbsp;&nbsp;250</td><td>&nbsp;&nbsp;15</td></tr>
<tr><td>&nbsp;7月&nbsp;</td><td>&nbsp;&nbsp;8</td><td>&nbsp;&nbsp;280</td><td>&nbsp;&nbsp;18</td></tr>
<tr><td>&nbsp;8月&nbsp;</td><td>&nbsp;&nbsp;6</td><td>&nbsp;&nbsp;215</td><td>&nbsp;&nbsp;11</td></tr>
<tr><td>&nbsp;9月&nbsp;</td><td>&nbsp;&nbsp;11</td><td>&nbsp;&nbsp;395</td><td>&nbsp;&nbsp;26</td></tr>
<tr><td>&nbsp;10月&nbsp;</td><td>&nbsp;&nbsp;9</td><td>&nbsp;&nbsp;320</td><td>&nbsp;&nbsp;20</td></tr>
<tr><td>&nbsp;11月&nbsp;</td><td>&nbsp;&nbsp;8</td><td>&nbsp;&nbsp;290</td><td>&nbsp;&nbsp;16</td></tr>
<tr><td>&nbsp;12月&nbsp;</td><td>&nbsp;&nbsp;7</td><td>&nbsp;&nbsp;230</td><td>&nbsp;&nbsp;14</td></tr>
<tr><th>全年</th><td>&nbsp;&nbsp;96</td><td>&nbsp;3,420</td><td>&nbsp;&nbsp;211</td></tr>
</table>
<h2>五、財務摘要</h2>
<table border="1">
<caption>表二　2025年度收支（港元）</caption>
<tr><th>項目</th><th>金額</th></tr>
<tr><td>區議會社區參與計劃資助</td><td>&nbsp;&nbsp;186,000</td></tr>
<tr><td>商場及屋苑捐款</td><td>&nbsp;&nbsp;&nbsp;42,500</td></tr>
<tr><td>急救物資及器材支出</td><td>&nbsp;&nbsp;&nbsp;97,800</td></tr>
<tr><td>隊員培訓及保險支出</td><td>&nbsp;&nbsp;&nbsp;68,300</td></tr>
</table>
<h2>六、2026年計劃</h2>
<p>計劃招募新隊員20人，於青衣西北站增設AED一部，並與葵青區醫院聯網合辦創傷急救課程。</p>
<p>查詢電話：2431 6688（星期一至五 上午9時至下午6時）</p>
</body></html>
"""

# ---------------------------------------------------------------- 4. Yamba SLSC (md, escaped pipes, html comments)
YAMBA = r"""# Yamba Surf Life Saving Club — Annual Report 2024-25

<!-- DRAFT v3: treasurer to confirm the finance table before the AGM on 14 September 2025 -->

Season: 1 July 2024 to 30 June 2025. Presented at the Annual General Meeting, 14 September 2025, Yamba clubhouse.

## President's report

The club finished the season with **642 members**, 188 of them active patrolling members. Our volunteers gave
6,940 patrol hours across Main Beach, Turners Beach and Pippi Beach, and we recorded 37 rescues, 214 first aids
and 3,860 preventative actions. No lives were lost on patrolled beaches.

Thanks to the 2024-25 committee: President Karen Ashdown, Club Captain Liam Trevers, Chief Instructor Priya Nand,
Treasurer Doug McAllister and Secretary Mei Lin Harwood.

<!-- removed: paragraph about the old tower; see minutes March 2025 -->

## Patrol statistics

| Beach \| zone | Patrol hours | Rescues | First aids | Preventative actions |
|---|---|---|---|---|
| Main Beach \| north flags | 3,420 | 19 | 121 | 2,010 |
| Turners Beach \| river mouth | 2,180 | 12 | 58 | 1,140 |
| Pippi Beach \| roving IRB | 1,340 | 6 | 35 | 710 |
| **Total** | 6,940 | 37 | 214 | 3,860 |

## Training and awards

- Bronze Medallion awarded to 41 members; Surf Rescue Certificate to 29.
- IRB Crew certificates: 14; IRB Driver: 6.
- Nippers program: 256 juniors aged 5-13, run on Sunday mornings from October to March.
- Patrol Person of the Year: Ethan Kovac. Junior Lifesaver of the Year: Ruby Sandoval.

<!-- TODO Priya: add the ARTC (Advanced Resuscitation) numbers -->

## Finance

| Item \| source | Amount (AUD) |
|---|---|
| Income \| memberships and nippers fees | 96,400 |
| Income \| grants (NSW Surf Club Facility Program) | 185,000 |
| Income \| bar, kiosk and functions | 131,200 |
| **Total income** | 412,600 |
| Expenditure \| equipment incl. new IRB | 142,750 |
| Expenditure \| clubhouse roof and amenities | 168,300 |
| Expenditure \| insurance, affiliation, admin | 78,100 |
| **Total expenditure** | 389,150 |

The surplus of $23,450 goes to the building reserve. The new IRB, named *Clarence Spirit*, entered service on
7 December 2024.

## Looking ahead to 2025-26

1. Recruit 30 new patrolling members.
2. Start a roving patrol at Convent Beach on summer weekends.
3. Replace the Main Beach patrol tower (quote $74,000).

Contact: secretary@yambaslsc.example.org.au
"""

# ---------------------------------------------------------------- 5. Ashburton donor centre (docx, TOC field, two-row header)
def _toc(d, entries):
    p = d.add_paragraph()
    r = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = ' TOC \\o "1-2" \\h \\z \\u '
    r2._r.append(it)
    r3 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    p.add_run(entries[0])
    for e in entries[1:]:
        q = d.add_paragraph(e)
        p = q
    r4 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r4._r.append(fc)


def ashburton():
    d = docx.Document()
    d.add_heading("Ashburton Donor Centre — Donor Guide 2025", 0)
    d.add_paragraph("NZ Blood Service, Ashburton Donor Centre, 212 West Street, Ashburton 7700. Version 2.1, March 2025.")
    d.add_paragraph("Contents")
    _toc(d, ["1 Before you come\t2", "2 Opening hours\t2", "3 Who can donate\t3", "4 Deferral periods\t3",
             "5 After your donation\t4", "6 Contact us\t4"])
    d.add_heading("1 Before you come", 1)
    d.add_paragraph("Book online or call 0800 448 325. Drink at least 750 ml of water in the three hours before "
                    "your appointment and eat a proper meal. Bring photo ID on your first visit.")
    d.add_heading("2 Opening hours", 1)
    d.add_paragraph("Tuesday and Thursday 8:00 am to 6:30 pm; Wednesday and Friday 8:00 am to 3:30 pm; "
                    "Saturday 8:30 am to 1:00 pm (plasma only). Closed Sunday, Monday and public holidays.")
    d.add_paragraph("The centre has 8 donation chairs, 3 of them plasma machines. Free parking for donors is "
                    "behind the building on Cass Street.")
    d.add_heading("3 Who can donate", 1)
    for line in ["Age 16 to 70 for whole blood (first-time donors must be under 66).",
                 "Weight at least 50 kg.",
                 "Whole blood every 12 weeks for women and men alike here; plasma every 2 weeks.",
                 "Haemoglobin is checked with a finger-prick test before every donation."]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("4 Deferral periods", 1)
    d.add_paragraph("Table 2. How long to wait before donating")
    rows = [["Tattoo or body piercing", "4 months", "4 months"],
            ["Dental cleaning or filling", "24 hours", "24 hours"],
            ["Tooth extraction", "1 week", "1 week"],
            ["Cold or flu symptoms", "7 days after recovery", "7 days after recovery"],
            ["Travel to a malaria area", "4 months", "none"],
            ["Pregnancy", "9 months after birth", "6 months after birth"]]
    t = d.add_table(rows=2 + len(rows), cols=3)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "Reason"
    _merge_header(t, 0, 1, 2, "Deferral period")
    t.cell(1, 1).text = "Whole blood"
    t.cell(1, 2).text = "Plasma"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i + 2, j).text = v
    d.add_heading("5 After your donation", 1)
    d.add_paragraph("Rest for 15 minutes in the refreshment area and have a drink and a snack. Avoid heavy "
                    "exercise and hot baths for the rest of the day. A whole blood donation is about 470 ml; "
                    "a plasma donation is up to 800 ml.")
    d.add_paragraph("In 2024 the centre collected 5,870 donations (3,940 whole blood, 1,930 plasma) from "
                    "2,415 donors. 412 of them were first-time donors.")
    d.add_heading("6 Contact us", 1)
    d.add_paragraph("Centre manager: Hannah Whitcombe. Senior donor technician: Rawiri Tane. "
                    "Phone 03 307 4190, email ashburton.centre@nzblood.example.nz.")
    d.save(os.path.join(OUT, "ashburton_donor_centre_guide_2025.docx"))


# ---------------------------------------------------------------- 6. Shanwei FAQ (txt, CRLF, right-aligned signature)
SHANWEI = """汕尾市红十字会常见问题解答（2025年版）

适用范围：汕尾市城区、海丰县、陆河县、陆丰市红十字会服务窗口。咨询电话：0660-3368120（工作日8:30—17:30）

一、无偿献血

1. 多大年龄可以献血？
答：年龄18—55周岁；既往无献血反应、符合健康检查要求的多次献血者可延长至60周岁。

2. 体重有要求吗？
答：男性不低于50公斤，女性不低于45公斤。

3. 两次献血要间隔多久？
答：全血献血间隔不少于6个月；单采血小板间隔不少于2周，全年不超过24次。

4. 在哪里可以献血？
答：汕尾市中心血站（城区香洲街道）、海丰县红城献血屋、陆丰市东海献血屋，以及周末在汕尾品清湖公园停靠的流动献血车。

二、造血干细胞捐献

5. 造血干细胞捐献志愿者有什么条件？
答：年龄18—45周岁、身体健康，入库时只需采集6毫升血样做HLA分型。

6. 汕尾累计有多少人捐献了造血干细胞？
答：截至2025年10月，全市累计入库志愿者9,860人份，实现捐献31例。

三、遗体和器官捐献

7. 怎么登记遗体或器官捐献？
答：可通过“中国人体器官捐献”微信公众号在线登记，也可到市红十字会二楼登记窗口（汕尾大道中段市民服务中心3号楼）现场办理。

8. 捐献者家属有什么缅怀方式？
答：每年清明节前，市红十字会在凤山“生命礼赞”纪念园举办缅怀活动，2025年共有家属和志愿者320人参加。

四、应急救护培训

9. 救护员培训要多少学时？收费吗？
答：救护员培训为16学时，含理论和实操考核，面向市民免费；证书有效期3年。

10. 全市有多少台AED？
答：截至2025年10月，全市公共场所配置AED 386台，其中汕尾站、红海湾旅游区和市体育中心均已配置。

11. 单位想组织员工培训怎么预约？
答：提前15个工作日向市红十字会救护培训中心提交申请，每期不少于30人。

五、志愿服务

12. 怎么成为红十字志愿者？
答：在“i志愿”平台搜索“汕尾市红十字志愿服务队”报名，审核通过后须参加4学时岗前培训。

※ 以上信息如有变动，以市红十字会官网公布为准。

                                                    汕尾市红十字会办公室
                                                    2025年11月20日
"""


def main():
    jiangmen24()
    jiangmen25()
    with open(os.path.join(OUT, "tsingyi_first_aid_team_2025_hant.html"), "w", encoding="utf-8") as f:
        f.write(TSINGYI)
    with open(os.path.join(OUT, "yamba_slsc_annual_report_2024-25.md"), "w", encoding="utf-8") as f:
        f.write(YAMBA)
    ashburton()
    with open(os.path.join(OUT, "shanwei_redcross_faq_2025.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(SHANWEI)
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
