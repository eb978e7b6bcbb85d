"""Write the six documents of blind set 36.
1 Liuzhou 2024 work report (PDF, running header/footer on every page, money table with merged category cells,
  subtotal and totals rows, unit only in the header "单位：万元")
2 Liuzhou 2025 Jan-Oct progress + 2024 corrections (docx, TOC field, 第一章/第一节 headings in Heading styles,
  endnote-style 注释 list, indicator table)
3 Bunbury St John sub-centre 2024-25 operations report (English PDF, two text columns, running header/footer,
  glossary, times as "0930 hrs" / "9.30am")
4 Quanzhou blood donation FAQ (html: nested lists, table with thead/tfoot, rowspan/colspan, aside sidebar)
5 Penghu water-safety report (zh-hant txt, 民國 dates, 問：/答：)
6 Inverness marathon first-aid cover email thread (English txt, From/To/Subject headers, quoted "> " lines)
Run: /work/main/.venv/bin/python make_docs36.py
"""

import os

import docx
from doc_build import write_texts
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs36")

# ---------------------------------------------------------------- 1. Liuzhou 2024 work report (pdf)
LZ_PAGES = [
    [
        "各位理事：",
        "现在，我代表柳州市红十字会第六届理事会常务理事会，向会议报告2024年工作和2025年工作",
        "安排，请予审议。",
        "",
        "一、2024年工作回顾",
        "2024年，在市委、市政府的坚强领导和广西壮族自治区红十字会的有力指导下，市红十字会坚持",
        "以党建为引领，聚焦“三救”“三献”主责主业，全年全市红十字系统募集社会捐赠款物3,860万元，",
        "开展应急救护普及培训15.2万人次，培训持证救护员2.14万人次。",
        "",
        "（一）党的建设。市红十字会党组全年召开党组会议18次，落实“第一议题”制度集中学习26次。",
        "全市10个县（区）红十字会全部建立党组，其中三江侗族自治县红十字会于2024年4月最后建立党组。",
        "深化“博爱龙城”党建品牌，全年新命名示范党支部4个，累计达到9个。全市红十字救援队12支，",
        "其中10支建立党支部，党员队员148名；未建支部的2支由县（区）红十字会党组选派党建指导员。",
        "",
        "（二）应急救援。6月19日，融水苗族自治县遭遇特大暴雨引发洪涝灾害，市、县两级红十字会启动",
        "Ⅲ级应急响应，派出救援队员126名，协助转移群众2,300人，发放家庭箱、棉被、折叠床等救灾物资",
        "价值215万元。全年组织救援队出动236次、队员3,140人次，成功救助遇险群众58人；在柳州马拉松、",
        "“柳州螺蛳粉美食节”等大型活动中设置救护点41个，处置伤病860人次。",
    ],
    [
        "（三）应急救护培训。全年开展应急救护普及培训15.2万人次，培训持证救护员2.14万人次，其中面向",
        "中小学教师3,600人次、公交驾驶员1,250人次。新增配置AED 310台，全市累计达到1,260台，",
        "城中区、鱼峰区实现轨道交通站点、三甲医院周边AED全覆盖。",
        "",
        "（四）“三献”工作。全年新增造血干细胞捐献志愿者入库1,480人份，实现造血干细胞捐献9例，累计",
        "捐献63例；新增遗体（器官）捐献志愿登记2,960人，实现器官捐献12例、遗体捐献15例。协助市中心",
        "血站组织团体无偿献血1.8万人次。",
        "",
        "（五）人道救助与组织建设。全年新建博爱家园16个，累计达74个；“红十字博爱助学”项目资助困难",
        "学生380名，发放助学金190万元。截至2024年底，全市发展成人会员3.2万名，注册志愿者1.65万名，",
        "红十字志愿服务队46支。柳州市红十字蓝天救援队队长韦建军获“广西五一劳动奖章”，鹿寨县红十字",
        "救护志愿者莫小燕获评“广西最美志愿者”。",
        "",
        "（六）财务收支。2024年度财务收支由广西桂信会计师事务所进行第三方审计，收支情况见下表。",
    ],
    [
        "二、2025年工作安排",
        "全年开展普及培训17万人次、培训持证救护员2.4万人次，新增配置AED 300台，新建博爱家园15个，",
        "示范党支部达到12个。筹备柳州市红十字会第七次会员代表大会，计划于2025年10月召开；推动剩余2支",
        "救援队建立党支部，实现应建尽建；在融水、三江两县试点“山区应急救护驿站”8个。",
        "",
        "各位理事，让我们团结一心、真抓实干，推动柳州红十字事业高质量发展。",
        "",
        "柳州市红十字会党组书记、常务副会长　覃志刚",
        "2025年2月26日",
    ],
]
LZ_TABLE = [  # (category, item, 2023, 2024); category "" = merged with the cell above
    ("收入", "捐赠资金", "2,180", "2,410"),
    ("", "捐赠物资折价", "1,270", "1,450"),
    ("", "财政补助", "560", "620"),
    ("小计", "", "4,010", "4,480"),
    ("支出", "人道救助", "1,520", "1,730"),
    ("", "救灾", "430", "860"),
    ("", "应急救护培训", "480", "540"),
    ("", "博爱家园建设", "390", "470"),
    ("", "其他", "280", "310"),
    ("小计", "", "3,100", "3,910"),
    ("合计（收支结余）", "", "910", "570"),
]


def liuzhou_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "liuzhou_redcross_2024_work_report.pdf"), pagesize=A4)
    n_pages = len(LZ_PAGES)

    def chrome(n):
        c.setFont(F, 9)
        c.drawString(18 * mm, H - 12 * mm, "柳州市红十字会2024年工作报告")
        c.drawRightString(W - 18 * mm, H - 12 * mm, "第六届理事会第四次会议文件之二")
        c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
        c.drawString(18 * mm, 11 * mm, "柳州市红十字会办公室印发")
        c.drawRightString(W - 18 * mm, 11 * mm, f"第{n}页 共{n_pages}页")

    for n, lines in enumerate(LZ_PAGES, start=1):
        chrome(n)
        y = H - 26 * mm
        if n == 1:
            c.setFont(F, 17)
            c.drawCentredString(W / 2, y, "柳州市红十字会2024年工作报告")
            y -= 8 * mm
            c.setFont(F, 11)
            c.drawCentredString(W / 2, y, "——2025年2月26日在柳州市红十字会第六届理事会第四次会议上")
            y -= 12 * mm
        c.setFont(F, 10.5)
        for line in lines:
            c.drawString(18 * mm, y, line)
            y -= 6.4 * mm
        if n == 2:
            y -= 2 * mm
            c.setFont(F, 11)
            c.drawCentredString(W / 2, y, "2023—2024年财务收支情况")
            y -= 6 * mm
            c.setFont(F, 9)
            c.drawRightString(W - 30 * mm, y, "单位：万元")
            y -= 4 * mm
            xs = [30 * mm, 72 * mm, 118 * mm, 150 * mm, W - 30 * mm]
            rh = 7 * mm
            top = y
            c.setFont(F, 10)
            c.line(xs[0], y, xs[-1], y)
            for j, h in enumerate(["类别", "项目", "2023年", "2024年"]):
                c.drawString(xs[j] + 2 * mm, y - 5 * mm, h)
            y -= rh
            c.line(xs[0], y, xs[-1], y)
            for cat, item, a, b in LZ_TABLE:
                if cat:
                    c.drawString(xs[0] + 2 * mm, y - 5 * mm, cat)
                if item:
                    c.drawString(xs[1] + 2 * mm, y - 5 * mm, item)
                c.drawString(xs[2] + 2 * mm, y - 5 * mm, a)
                c.drawString(xs[3] + 2 * mm, y - 5 * mm, b)
                y -= rh
                # merged category cells: only draw full rule when the next row starts a new category
                c.line(xs[1], y, xs[-1], y)
            c.line(xs[0], y, xs[-1], y)
            for x in xs:
                c.line(x, top, x, y)
            c.setFont(F, 8.5)
            c.drawString(
                xs[0], y - 5 * mm, "注：救灾支出增加主要用于融水“6·19”洪涝灾害救助；财政补助不计入募集社会捐赠款物。"
            )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. Liuzhou 2025 Jan-Oct progress (docx)
LZ25 = [
    ("h1", "第一章　总体情况"),
    ("h2", "第一节　主要进展"),
    (
        "p",
        "2025年1—10月，全市红十字系统募集社会捐赠款物3,140万元，开展应急救护普及培训14.3万人次，完成年度目标"
        "（17万人次）的84.1%；培训持证救护员1.86万人次，完成年度目标（2.4万人次）的77.5%。新增配置AED 260台，"
        "全市累计达到1,520台。①",
    ),
    ("h2", "第二节　2024年数据更正"),
    (
        "p",
        "根据2025年3月自治区红十字会年度统计核定，对2024年工作报告中的部分数据更正如下：2024年应急救护普及培训"
        "由15.2万人次更正为15.7万人次；2024年募集社会捐赠款物由3,860万元更正为3,920万元；2024年新增造血干细胞"
        "捐献志愿者入库由1,480人份更正为1,510人份。更正原因是柳江区、融安县12月下旬的培训记录和一批企业捐赠物资"
        "在年报截止后补录入库。②本报告同比数据均按核定后口径计算。",
    ),
    ("h1", "第二章　党的建设"),
    ("h2", "第一节　党组与支部"),
    (
        "p",
        "市红十字会党组1—10月召开党组会议16次，集中学习22次，深入开展中央八项规定精神学习教育，组织警示教育3场。"
        "“博爱龙城”示范党支部新命名3个，累计达到12个，提前完成年度目标。",
    ),
    ("h2", "第二节　救援队党建"),
    (
        "p",
        "全市红十字救援队增至14支，全部建立党支部，实现应建尽建。2025年新成立的融安县红十字水上救援队和柳江区红十字"
        "应急救援队同步建立党支部；原未建支部的柳城县、三江县两支救援队于5月完成组建。党员队员增至171名。",
    ),
    ("h1", "第三章　业务工作"),
    ("h2", "第一节　应急救援"),
    (
        "p",
        "1—10月，全市红十字救援队出动198次、队员2,640人次，成功救助遇险群众43人。7月3日，鹿寨县遭遇强降雨，"
        "市红十字会启动Ⅳ级应急响应，调派鹿寨、柳城2支救援队共64名队员参与救援，转移群众780人，发放救灾物资价值"
        "52万元。",
    ),
    ("h2", "第二节　应急救护培训"),
    (
        "p",
        "1—10月开展应急救护普及培训14.3万人次，其中“救护培训进校园”覆盖中小学86所、学生5.2万人次；培训持证救护员"
        "1.86万人次，其中公交、出租车驾驶员1,420人次，旅游景区从业人员680人次。在柳州螺蛳粉产业园、柳东新区汽车城"
        "新增配置AED 45台。9月13日“世界急救日”当天，在五星步行街举办全市应急救护技能竞赛，柳北区代表队获团体一等奖。",
    ),
    ("h2", "第三节　“三献”工作"),
    (
        "p",
        "新增造血干细胞捐献志愿者入库1,290人份，实现造血干细胞捐献8例，累计捐献71例；新增遗体（器官）捐献志愿登记"
        "2,410人，实现器官捐献10例、遗体捐献13例。“三献”宣传月期间在广西科技大学、柳州职业技术大学开展集中采样"
        "2场，入库612人份。",
    ),
    ("h2", "第四节　人道救助"),
    (
        "p",
        "1—10月新建博爱家园13个，全市累计达到87个；“红十字博爱助学”项目资助困难学生295名，发放助学金147.5万元。"
        "截至10月底，全市注册志愿者1.82万名，红十字志愿服务队51支，成人会员3.4万名。",
    ),
    ("table", ""),
    ("h1", "第四章　问题与打算"),
    ("h2", "第一节　存在的问题"),
    (
        "p",
        "一是持证救护员培训进度滞后于时序进度5.8个百分点；二是融水、三江等山区县AED配置密度偏低，三江县每10万人口"
        "仅配置AED 21台；三是“山区应急救护驿站”试点仅建成3个，未达到8个的计划进度。",
    ),
    ("h2", "第二节　下一步打算"),
    (
        "p",
        "一是确保完成全年普及培训17万人次目标；二是召开市红十字会第七次会员代表大会，时间由10月调整为2025年12月中旬；"
        "三是完成其余5个“山区应急救护驿站”建设；四是开展“12·5”国际志愿者日表彰活动，表彰优秀志愿者50名。",
    ),
    ("p", "注释"),
    ("p", "① 普及培训和持证救护员培训人次均不含网络课程学习人数；AED累计数含市级统一采购和社会捐赠。"),
    ("p", "② 数据更正经2025年3月18日市红十字会党组会议审定，并报自治区红十字会备案。"),
]
LZ25_TABLE = [
    ("指标", "2024年（核定）", "2024年1—10月", "2025年1—10月", "同比"),
    ("应急救护普及培训", "15.7万人次", "12.6万人次", "14.3万人次", "+13.5%"),
    ("持证救护员培训", "2.14万人次", "1.71万人次", "1.86万人次", "+8.8%"),
    ("新增配置AED", "310台", "238台", "260台", "+9.2%"),
    ("造血干细胞入库", "1,510人份", "1,220人份", "1,290人份", "+5.7%"),
    ("新建博爱家园", "16个", "12个", "13个", "+8.3%"),
    ("募集社会捐赠款物", "3,920万元", "2,860万元", "3,140万元", "+9.8%"),
]


def add_toc(d):
    p = d.add_paragraph()
    r = p.add_run()
    for tag, attr, text in (
        ("w:fldChar", "begin", None),
        ("w:instrText", None, 'TOC \\o "1-2" \\h \\z \\u'),
        ("w:fldChar", "separate", None),
    ):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        if text:
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r._r.append(el)
    p.add_run("目　录（在Word中右键“更新域”可刷新页码）")
    r3 = p.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    r3._r.append(el)


def liuzhou25_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for s, size in (
        ("柳州市红十字会2025年1—10月工作进展情况", 18),
        ("暨2024年部分数据更正说明", 14),
        ("柳红办〔2025〕58号　　2025年11月12日", 12),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s)
        r.font.size = Pt(size)
        r.bold = size == 18
    add_toc(d)
    for kind, text in LZ25:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "table":
            d.add_paragraph("表1　主要指标同比情况（按2024年核定口径）")
            t = d.add_table(rows=len(LZ25_TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(LZ25_TABLE):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
        else:
            p = d.add_paragraph(text)
            if not text.startswith(("①", "②", "注释")):
                p.paragraph_format.first_line_indent = Pt(24)
    p = d.add_paragraph("柳州市红十字会办公室")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, "liuzhou_redcross_2025_jan-oct_progress.docx"))


# ---------------------------------------------------------------- 3. Bunbury St John 2024-25 (two-column pdf)
BUN_PARAS = [
    ("h", "From the Sub-Centre Manager"),
    (
        "p",
        "This report covers the financial year 1 July 2024 to 30 June 2025 for the Bunbury Sub-Centre of St John "
        "South West, which provides emergency ambulance, patient transport, event health and first aid training "
        "services to Bunbury, Australind, Eaton, Dalyellup and Capel. Our crews attended 11,842 cases, up from "
        "10,975 in 2023-24, an increase of 7.9 per cent. The busiest day of the year was Saturday 25 January 2025, "
        "when crews attended 61 cases during the Australia Day long weekend heatwave.",
    ),
    (
        "p",
        "The sub-centre now has 164 volunteer ambulance officers and 38 career paramedics, working from two "
        "stations. Our second station, at Dalyellup, was officially opened at 9.30am on Wednesday 2 April 2025 by "
        "the Mayor of the Shire of Capel, and now houses two of our 14 ambulances. - Fiona Drummond, Sub-Centre "
        "Manager",
    ),
    ("h", "Response performance"),
    (
        "p",
        "The median response time for Priority 1 cases in the Bunbury metropolitan area was 11 min 52 s, against "
        "a target of 15 minutes, and 90 per cent of Priority 1 cases were reached within 19 min 30 s. In the "
        "rural parts of our area the Priority 1 median was 17 min 05 s. Ramping at Bunbury Regional Hospital "
        "fell to 1,146 hours, compared with 1,402 hours in 2023-24, after the hospital opened its new ambulance "
        "offload area in October 2024.",
    ),
    ("h", "Major incidents"),
    (
        "p",
        "At 0930 hrs on Friday 14 February 2025 a collision involving a truck and three cars on Bussell Highway "
        "near Capel was declared a major incident. Four ambulances, the Capel volunteer crew and the RAC "
        "Rescue helicopter attended; seven patients were treated and three were flown to Perth. The incident "
        "controller was Senior Paramedic Brendan Kowalski and the scene was cleared at 1315 hrs.",
    ),
    (
        "p",
        "On 11 November 2024 a fire at a timber yard in Picton produced a smoke plume across East Bunbury. Crews "
        "staffed a casualty collection point from 1640 hrs to 2210 hrs and assessed 23 residents, of whom two "
        "were taken to hospital with smoke inhalation.",
    ),
    ("h", "Volunteers"),
    (
        "p",
        "Volunteers contributed 52,300 rostered hours this year. We recruited 29 new volunteer ambulance "
        "officers, mostly through two information evenings held at the Bunbury Regional Entertainment Centre. "
        "Volunteer Coordinator Raj Patel says the average length of service is now 6.4 years. The Volunteer of "
        "the Year award went to Tessa Moyle, who has served with the sub-centre for 27 years and trained more "
        "than 300 new officers.",
    ),
    ("h", "First aid training and community"),
    (
        "p",
        "Our trainers delivered first aid courses to 6,930 participants, including 1,820 school students in the "
        "First Aid Focus program and 412 people who completed the Provide CPR course at our Spencer Street "
        "training room. The number of publicly accessible defibrillators registered with St John in our area "
        "reached 488, of which 61 were added this year. Event health teams covered 212 events, among them the "
        "Bunbury Show, the South West Italian Festa and the Busselton Jetty Swim, and treated 1,035 people.",
    ),
    ("h", "Community First Responders"),
    (
        "p",
        "Our Community First Responder (CFR) group in Boyanup, led by Sharon Whitby, attended 146 cases this year. "
        "CFRs are dispatched at the same time as the nearest ambulance and typically arrive 8 to 10 minutes "
        "before it. A second CFR group is planned for Kirup from March 2026.",
    ),
    ("h", "Finance"),
    (
        "p",
        "Total income for 2024-25 was $4.62 million, including $3.71 million from the state service agreement, "
        "$486,000 from training fees and $312,000 in donations and bequests. The largest single gift was a bequest "
        "of $150,000 from the estate of the late Dorothy Ainsworth of Eaton, which will fund a new ambulance. "
        "Expenditure was $4.48 million, leaving a surplus of $140,000.",
    ),
    ("h", "Glossary"),
    (
        "p",
        "CFR - Community First Responder: a trained local volunteer sent to a case in a small town before the "
        "ambulance arrives.",
    ),
    ("p", "ePCR - electronic patient care record, completed on a tablet for every patient."),
    ("p", "P1 - Priority 1: an emergency where a life may be at immediate risk; lights and sirens response."),
    (
        "p",
        "Ramping - time an ambulance crew waits at hospital with a patient before the patient is accepted "
        "by the emergency department.",
    ),
    ("p", "VAO - Volunteer Ambulance Officer."),
    ("h", "Looking ahead"),
    (
        "p",
        "In 2025-26 we aim to recruit 35 new volunteers, replace three ambulances, open the Kirup CFR group and "
        "raise the number of registered defibrillators to 550. The sub-centre committee, chaired by Graham "
        "Ellery, meets on the second Tuesday of each month at 7.00pm at the Bunbury station, 22 Blair Street.",
    ),
]


def bunbury_pdf():
    from reportlab.lib.utils import simpleSplit

    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "bunbury_st_john_operations_2024-25.pdf"), pagesize=A4)
    colw = (W - 2 * 18 * mm - 8 * mm) / 2
    xcols = [18 * mm, 18 * mm + colw + 8 * mm]
    lines = []
    for kind, text in BUN_PARAS:
        font, size = ("Helvetica-Bold", 11) if kind == "h" else ("Helvetica", 9.5)
        for ln in simpleSplit(text, font, size, colw):
            lines.append((font, size, ln))
        lines.append(("Helvetica", 9.5, ""))
    state = {"page": 1}

    def chrome():
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, H - 12 * mm, "St John South West - Bunbury Sub-Centre")
        c.drawRightString(W - 18 * mm, H - 12 * mm, "Annual Operations Report 2024-25")
        c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
        c.drawString(18 * mm, 11 * mm, "22 Blair Street, Bunbury WA 6230  |  (08) 9721 4400")
        c.drawRightString(W - 18 * mm, 11 * mm, f"Page {state['page']}")

    chrome()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(18 * mm, H - 26 * mm, "Bunbury Sub-Centre Annual Operations Report 2024-25")
    top = H - 36 * mm
    col, y = 0, top
    for font, size, ln in lines:
        if y < 22 * mm:
            if col == 0:
                col, y = 1, top
            else:
                c.showPage()
                state["page"] += 1
                chrome()
                top = H - 22 * mm
                col, y = 0, top
        c.setFont(font, size)
        c.drawString(xcols[col], y, ln)
        y -= size * 0.48 * mm if not ln else size * 0.45 * mm + 1.2 * mm
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Quanzhou blood donation FAQ (html)
QZ_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>无偿献血常见问题解答（2025年版）- 泉州市中心血站</title>
</head>
<body>
<header><div class="site">泉州市中心血站 · 泉州市红十字会</div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/xuezhan">献血点查询</a></li><li><a href="/faq">常见问题</a></li></ul></nav>
</header>
<main>
<h1>无偿献血常见问题解答（2025年版）</h1>
<p class="meta">发布：泉州市中心血站献血服务科　更新日期：2025年6月14日（世界献血者日）</p>

<section>
<h2>一、谁可以献血</h2>
<p>年龄18周岁至55周岁的健康公民可以献血；既往无献血反应、符合健康检查要求的多次献血者，主动要求再次献血的，年龄可延长至60周岁。体重男性不低于50公斤，女性不低于45公斤。</p>
<ul>
<li>暂时不能献血的情况：
  <ul>
  <li>拔牙或其他小手术后未满半个月；</li>
  <li>感冒、急性胃肠炎病愈未满1周；</li>
  <li>文身、穿耳洞未满6个月；</li>
  <li>女性月经期及前后3天、妊娠期及哺乳期未满1年。</li>
  </ul>
</li>
<li>献血前一晚请保证睡眠，献血前不要空腹，也不要吃油腻食物、不要饮酒。</li>
</ul>
</section>

<section>
<h2>二、一次献多少、隔多久</h2>
<p>全血献血每次可献200毫升、300毫升或400毫升，两次献全血间隔不少于6个月。单采血小板每次可捐1至2个治疗量，两次间隔不少于2周，每年不超过24次；献全血后须间隔3个月才能捐献血小板。</p>
<ol>
<li>填写《献血者健康情况征询表》并出示有效身份证件；</li>
<li>免费健康检查：血压、体重、血红蛋白和转氨酶快速检测，约需10分钟；</li>
<li>采血：全血采集约需5至10分钟，单采血小板约需60至90分钟；</li>
<li>休息：采血后在休息区休息15分钟，领取纪念品和电子献血证。</li>
</ol>
</section>

<section>
<h2>三、献血后本人和家属怎样用血</h2>
<p>按照《福建省献血条例》和泉州市用血费用减免办法，献血者及其配偶和直系亲属临床用血时，按下表减免用血费用。费用可在出院时于医院“一站式”窗口直接减免，异地用血可在出院后3年内向市中心血站申请。</p>
<table border="1">
<thead>
<tr><th rowspan="2">献血者累计献血量</th><th colspan="2">可减免的用血量</th></tr>
<tr><th>献血者本人</th><th>配偶及直系亲属</th></tr>
</thead>
<tbody>
<tr><td>不足800毫升</td><td>献血量的5倍</td><td rowspan="2">等量减免</td></tr>
<tr><td>800毫升至不足1000毫升</td><td>献血量的5倍</td></tr>
<tr><td>1000毫升及以上</td><td colspan="2">本人终身免费用血，配偶及直系亲属等量减免</td></tr>
</tbody>
<tfoot>
<tr><td colspan="3">注：单采血小板1个治疗量按800毫升全血计算；减免费用不含检测费和输血治疗费。</td></tr>
</tfoot>
</table>
</section>

<section>
<h2>四、去哪里献血</h2>
<p>全市共有固定献血屋9个、流动献血车6辆，固定献血屋每天8:30至17:30开放（节假日照常）。</p>
<ul>
<li>鲤城区
  <ul><li>中山路献血屋（中山路与新华路口，市中心血站旁）</li><li>温陵路献血屋（泉州市第一医院对面）</li></ul>
</li>
<li>丰泽区
  <ul><li>东海献血屋（东海街道泉州大剧院北侧）——全市唯一可单采血小板的献血屋</li></ul>
</li>
<li>晋江市
  <ul><li>世纪大道献血屋（万达广场南门）</li><li>安海献血屋（安平桥景区入口）</li></ul>
</li>
<li>石狮市、南安市、惠安县、安溪县：各设1个献血屋，永春、德化两县由流动献血车每周定点服务。</li>
</ul>
</section>

<section>
<h2>五、献血有什么荣誉</h2>
<p>国家无偿献血奉献奖按献全血次数评定：献全血20次以上获铜奖，30次以上获银奖，40次以上获金奖；献血累计达到一定次数的，还可以享受免费游览清源山、开元寺等景区的待遇（凭电子献血证）。2024年度泉州市有1,216人获得国家无偿献血奉献奖，其中金奖86人。</p>
</section>

<section>
<h2>六、献血安全吗</h2>
<p>安全。所有采血器材均为一次性无菌用品，用后集中销毁。成人全身血量约占体重的7%至8%，一次献血200至400毫升只占全身血量的5%至10%，失去的血浆成分1至2天、红细胞约1个月即可恢复。献血后24小时内不要剧烈运动、不要高空作业，穿刺处的创可贴4小时后方可取下。</p>
</section>

<section>
<h2>七、单位可以组织集体献血吗</h2>
<p>可以。机关、企事业单位、学校组织20人以上团体献血的，市中心血站可派献血车上门采血。2024年全市共有412家单位参加团体献血，其中晋江市恒安集团连续15年组织员工献血，累计献血达1.1万人次。</p>
<ul>
<li>团体献血流程：
  <ol>
  <li>单位联系人提前7个工作日电话预约，确定采血日期和场地；</li>
  <li>场地要求：可停放12米献血车的平整空地，并提供不少于30平方米的休息区；</li>
  <li>采血当天由单位组织献血者分批前来，每批不超过15人。</li>
  </ol>
</li>
<li>在献血的同时，18至45周岁的献血者可加入中华骨髓库，只需多采集8毫升血样，由泉州市红十字会负责后续联络。</li>
</ul>
</section>
</main>
<aside>
<h3>2024年全市献血数据</h3>
<ul>
<li>献血人次：8.62万人次</li>
<li>采血总量：29.4吨</li>
<li>单采血小板：1.37万治疗量</li>
<li>首次献血者占比：38.6%</li>
</ul>
<p>献血咨询热线：0595-22176120（8:30—17:30）</p>
<p>团体预约：请提前7个工作日与献血服务科林主任联系。</p>
</aside>
<footer><p>泉州市中心血站　地址：泉州市鲤城区中山路与新华路口　闽ICP备10012345号</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 5. Penghu water safety (zh-hant txt)
PH_TXT = """中華民國紅十字會澎湖縣支會
一一四年度水上安全救生員訓練暨夏季海域守望成果報告

發文日期：中華民國114年9月22日
發文字號：澎紅字第1140000318號
承辦人：水上救生大隊　洪志明大隊長

壹、計畫緣起
澎湖縣四面環海，每年夏季觀光人潮集中於各沙灘與潮間帶，溺水意外時有所聞。本支會依據澎湖縣政府「114年度海域遊憩安全實施計畫」，辦理救生員訓練及夏季海域守望勤務，經費新臺幣186萬元，其中澎湖縣政府補助120萬元，其餘66萬元由本支會自籌及民間捐款支應。

貳、救生員訓練
一、第一梯次：114年5月10日至5月18日，假馬公市澎湖縣立游泳池及山水沙灘辦理，報名學員32人，測驗合格28人。
二、第二梯次：114年6月7日至6月15日，假湖西鄉隘門沙灘辦理，報名學員26人，測驗合格23人。
三、兩梯次合計學員58人，合格51人，合格率87.9%；合格者取得中華民國紅十字會總會核發之救生員證，效期3年。
四、訓練總時數每梯次64小時，內容包括游泳技能、徒手救生、器材救生、CPR+AED及海洋環境認識。主任教練由陳建宏擔任。

參、夏季海域守望
一、守望期間：114年7月1日至8月31日，每日上午9時至下午5時（颱風警報期間停止下水，改為岸上勸導）。
二、守望地點：山水沙灘、隘門沙灘、林投公園沙灘、吉貝沙尾（吉貝嶼）共4處。
三、出勤人力：救生員及志工共83名，累計出勤1,372人次。
四、勤務成果：勸導離開危險水域1,246人次，救起溺水遊客7人，處理水母螫傷、割傷等傷患94人次，協尋走失兒童5名。
五、8月9日下午3時許，吉貝沙尾一名來自臺中市的遊客遭離岸流帶離岸邊約80公尺，救生員顏俊傑駕駛救生艇於4分鐘內將其救回，送吉貝衛生室觀察後無大礙。

肆、常見問題
問：守望站有提供浮具借用嗎？
答：有。4處守望站均可免費借用救生圈及浮條，每人限借1件，須押證件，下午4時30分前歸還。
問：颱風天可以下水嗎？
答：不可以。中央氣象署發布海上颱風警報後，守望站即懸掛紅旗，禁止下水。
問：想報名明年的救生員訓練，要什麼資格？
答：年滿17歲、能連續游泳200公尺以上，並於報名時繳交3個月內之體檢表。115年度訓練預計於115年4月開放報名。
問：在潮間帶踏浪、抓螃蟹也要注意嗎？
答：要。澎湖潮差可達3公尺，漲潮速度快，請先上網查詢當日潮汐表，並於滿潮前2小時離開潮間帶；本年度守望期間共協助11名受困潮間帶之遊客上岸。
問：守望勤務志工有沒有補助？
答：每日發給誤餐費新臺幣300元及交通補助200元，並由本支會投保意外險，保額新臺幣300萬元。

肆之一、經費支用情形（單位：新臺幣元）
救生員訓練講師鐘點費及場地費：412,000
守望站搭設及救生器材：538,000
救生員及志工誤餐費、交通補助：466,000
意外保險費：127,000
宣導品及「水域安全十招」摺頁印製：98,000
雜支：219,000
合計：1,860,000

伍、檢討與建議
一、隘門沙灘假日人潮超出守望人力負荷，建議115年度增派救生員2名。
二、吉貝嶼交通船班次有限，外島勤務人員輪替困難，建議與吉貝村辦公處合作招募在地志工。
三、救生艇1艘已使用逾12年，建議115年度編列新臺幣45萬元汰換。
四、本年度溺水獲救之7人中，5人為外縣市遊客、4人未穿著救生衣，建議加強民宿業者及浮潛業者之安全宣導，並於各沙灘增設多語告示牌。

陸、表揚
一、優秀救生員：顏俊傑、呂佩珊、歐陽文彬。
二、熱心志工：西嶼鄉志工隊長鄭美玲，本年度出勤42日，為全體志工之冠。
三、本支會並於114年9月13日假澎湖縣政府大禮堂舉行成果發表暨表揚大會，由澎湖縣副縣長頒獎。

中華民國紅十字會澎湖縣支會　會長　陳秀鳳
總幹事　許文昌
"""

# ---------------------------------------------------------------- 6. Inverness marathon first aid email (en txt)
INV_TXT = """From: Morag Fraser <morag.fraser@highland-firstaid.org.uk>
To: Highland Event First Aid volunteers <volunteers@highland-firstaid.org.uk>
Cc: Callum Reid <callum.reid@highland-firstaid.org.uk>; Dr Niamh O'Brien <niamh.obrien@highland-firstaid.org.uk>
Date: Thursday, 2 October 2025 21:14
Subject: Re: Loch Ness Marathon cover - thank you, numbers and debrief date

Hi all,

Thank you so much to everyone who turned out on Sunday 28 September for the Loch Ness Marathon and the 10K.
It was our biggest cover ever and, as promised, here are the headline numbers from the patient report forms.

- Volunteers on duty: 46 (31 first aiders, 9 advanced first aiders, 4 paramedics, 2 control staff)
- First aid posts: 9, plus 3 cycle responders and 2 support vehicles
- Runners: 3,120 started the marathon and 2,040 started the 10K
- Patients treated: 212 (last year 187)
- Hospital transfers: 6, all to Raigmore Hospital
- Busiest post: the finish area at Bught Park, with 118 patients

The one that matters most: at 1142 hrs a 54-year-old runner collapsed in cardiac arrest near mile 24 on
Dores Road. Cycle responder Ailsa Grant reached him in under two minutes, and the team from Post 8 gave
CPR and one shock with the AED. He had a pulse back before the Scottish Ambulance Service crew arrived at
1153 hrs. His family emailed yesterday to say he is awake and talking. Ailsa, you are a star.

Debrief: Tuesday 14 October 2025, 7pm (1900 hrs), at the Inverness office, 17 Longman Road. Pizza provided.
Please send any kit problems to Euan MacLeod (logistics) before then - we already know that two of the
radios at Post 4 in Drumnadrochit kept dropping out.

A few people asked about the feedback from the organisers. The race director, Malcolm Dunbar, wrote
to say that the medical cover was "the calmest and best organised we have had in twelve years", and the
race has offered us a donation of GBP 1,500 towards a new AED for Post 8. Dr O'Brien will also run a
refresher session on heat illness and hyponatraemia for anyone who missed the briefing.

Next big event: the Inverness Half Marathon on Sunday 8 March 2026. Sign-up opens on 1 December.

Cheers,
Morag
Morag Fraser | Event Lead, Highland Event First Aid (a charity registered in Scotland, SC041872)

> From: Callum Reid <callum.reid@highland-firstaid.org.uk>
> To: Highland Event First Aid volunteers
> Date: Monday, 15 September 2025 10:02
> Subject: Loch Ness Marathon cover - final rota
>
> Morning team,
>
> Final rota for Sunday 28 September is attached. Key times:
> - Coaches leave Bught Park for the start at Whitebridge at 0645 hrs. Be on the coach, please.
> - Posts 1 to 4 (Whitebridge to Drumnadrochit turn) must be set up by 0915 hrs.
> - The marathon starts at 1000 hrs; the 10K starts at 1015 hrs from Bught Park.
> - The course closes at 1600 hrs and the last post stands down at 1630 hrs.
>
> Kit: every post gets one AED, one oxygen set and a foil blanket pack of 50. Post 9 (finish) also
> gets the ice baths for heat cases, although the forecast says 14C so we hope not to need them.
>
> We still need two more advanced first aiders for Post 6 at Inverfarigaig. If you can do it,
> reply to me by Friday 19 September.
>
> Parking at Bught Park is closed to us this year; please use the Inverness Leisure car park.
>
> Thanks,
> Callum Reid | Volunteer Coordinator
>
> > From: Dr Niamh O'Brien
> > Date: Friday, 12 September 2025 16:40
> > Subject: clinical notes for the marathon
> >
> > Reminder: any runner who collapses after the finish line and is not fully alert within
> > two minutes is treated as exertional heat illness or hyponatraemia until proved otherwise.
> > Do not give large volumes of plain water; call me on the control channel (Channel 2).
> > Niamh O'Brien (Clinical Advisor)
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    liuzhou_pdf()
    liuzhou25_docx()
    bunbury_pdf()
    write_texts(OUT, [
        ("quanzhou_blood_donation_faq_2025.html", QZ_HTML),
        ("penghu_water_safety_114.txt", PH_TXT),
        ("inverness_marathon_cover_email_2025-10.txt", INV_TXT),
    ])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
