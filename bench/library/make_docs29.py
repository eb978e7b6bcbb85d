"""Writes the six documents of blind set 29 (Ningxia docx + landscape PDF, Galway html + English PDF, Nanning txt, Keelung zh-hant md).
Run: .venv/bin/python bench/library/make_docs29.py
"""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs29")
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# ---------------------------------------------------------------- 1. Ningxia docx
NX_HEAD = [
    ("党建引领", [
        "2024年，自治区红十字会党组坚持把党的政治建设摆在首位，落实“第一议题”制度，全年召开党组会议26次、理论学习中心组集体学习14次。全区22个县（市、区）红十字会全部建立党组，5个地级市红十字会党组书记均由专职副会长担任。",
        "深入推进“塞上博爱”党建品牌建设，机关3个党支部与基层红十字会开展结对共建17对，命名“塞上博爱”示范党支部9个。党组书记、常务副会长马建国带队赴西吉县、海原县开展专题调研11次，形成调研报告6篇。",
        "全区红十字救援队党建实现应建尽建，36支救援队中建立党支部的有31支，其余5支通过联合党支部实现党的工作全覆盖。",
    ]),
    ("应急救援与救援队建设", [
        "全区红十字救援队增至36支，注册队员2140名，其中专业技术人员642名。全年出动救援及保障任务418次，出动队员1.26万人次，受益群众9.8万人次。",
        "自治区红十字（贺兰山）山地搜救队参与“7·23”银川市西夏区暴雨转移安置任务，连续作业72小时，转移群众1630人，被评为全区抗洪抢险先进集体。",
        "备灾救灾方面，自治区红十字备灾救灾中心（位于银川市金凤区）储备家庭包4200个、帐篷860顶、棉被1.1万床，全年向吴忠市、固原市等地调拨救灾物资价值386万元。",
    ]),
    ("博爱家园与人道救助", [
        "实施“博爱家园”项目三年行动，2024年新建博爱家园42个，全区累计建成185个，覆盖全部22个县（市、区）。其中在固原市原州区、泾源县实施的“博爱家园+乡村振兴”项目投入资金620万元。",
        "开展“博爱送万家”活动，慰问困难群众3.2万户，发放款物1460万元；“红十字博爱助学”项目资助困难学生2180名，资助金额654万元。",
    ]),
    ("应急救护培训", [
        "全年开展应急救护普及培训42.6万人次，培训持证救护员6.8万人次，分别完成年度目标的106%和113%。在学校、交通、旅游等重点行业开展培训1.9万人次。",
        "推进公共场所AED配置，全年新增配置AED 560台，累计达到2380台，实现银川河东国际机场、银川火车站等交通枢纽全覆盖。“救在宁夏”小程序注册急救志愿者1.47万名，全年响应呼救信息326次。",
    ]),
    ("造血干细胞与遗体器官捐献", [
        "全年新增造血干细胞捐献志愿者入库3120人份，实现造血干细胞捐献21例，累计达到168例。中华骨髓库宁夏分库库容累计达到6.42万人份。",
        "全年新增遗体（器官）捐献志愿登记4860人，实现器官捐献38例、遗体捐献15例、角膜捐献27例。在银川市永宁县闽宁镇建成“生命礼赞”缅怀纪念园，纪念碑镌刻捐献者姓名412位。",
    ]),
    ("募捐与信息公开", [
        "全区红十字系统全年募集社会捐赠款物1.28亿元，其中资金8460万元、物资折价4340万元；全年支出使用1.19亿元。接受捐赠信息在自治区红十字会官网公开率100%，全年接受第三方审计3次。",
        "“人道万人捐”活动参与人数达4.6万人次，筹款318万元；网络募捐平台上线项目27个，筹款412万元。",
    ]),
    ("组织建设", [
        "截至2024年底，全区发展成人会员12.4万名、青少年会员18.7万名，注册志愿者5.6万名，红十字志愿服务队286支。建成红十字服务站、救护站410个，生命教育体验馆24个。",
    ]),
]
NX_2025 = [
    "2025年，自治区红十字会将以迎接中国红十字会成立120周年为契机，重点做好以下工作：",
    "力争全年应急救护普及培训45万人次，新增配置AED 600台；",
    "新建博爱家园40个，推进“博爱家园”提质增效；",
    "新增造血干细胞入库3300人份；",
    "完成全区36支救援队分级测评。",
]
NX_TABLE = [
    ("应急救护普及培训（万人次）", "38.2", "+7.9%", "42.6", "+11.5%"),
    ("持证救护员（万人次）", "6.1", "+5.2%", "6.8", "+11.5%"),
    ("募集社会捐赠款物（亿元）", "1.17", "-3.3%", "1.28", "+9.4%"),
    ("博爱家园（个，累计）", "143", "+22.2%", "185", "+29.4%"),
    ("造血干细胞入库（人份）", "2870", "+6.3%", "3120", "+8.7%"),
    ("遗体器官捐献登记（人）", "4210", "+14.1%", "4860", "+15.4%"),
    ("AED新增配置（台）", "480", "+20.0%", "560", "+16.7%"),
    ("红十字救援队（支）", "33", "+10.0%", "36", "+9.1%"),
]
NX_FUJIAN = [
    "自治区红十字（贺兰山）山地搜救队",
    "石嘴山市大武口区红十字会",
    "吴忠市青铜峡市红十字会",
    "固原市泾源县红十字会",
    "中卫市沙坡头区红十字志愿服务队",
]


def add_numbering(document):
    """Add two numbering definitions: 一、 headings and 1. list items; return (heading numId, list numId)."""
    numbering = document.part.numbering_part.element

    def abstract(aid, fmt, text, indent):
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent))
        ind.set(qn("w:hanging"), "420")
        ppr.append(ind)
        lvl.append(ppr)
        a.append(lvl)
        return a

    first_num = numbering.find(qn("w:num"))
    ids = []
    for aid, fmt, text, indent in ((90, "chineseCounting", "%1、", 420), (91, "decimal", "%1.", 840)):
        a = abstract(aid, fmt, text, indent)
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    for nid, aid in ((90, 90), (91, 91)):
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        numbering.append(n)
        ids.append(nid)
    return ids


def set_num(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def cjk(run, size=None):
    run.font.name = "SimSun"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = docx.shared.Pt(size)


def ningxia_docx():
    d = docx.Document()
    h_id, l_id = add_numbering(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    cjk(hp.add_run("宁夏回族自治区红十字会"))
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    cjk(fp.add_run("宁夏回族自治区红十字会办公室　2025年1月印发"))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cjk(t.add_run("宁夏回族自治区红十字会2024年工作报告"), 18)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cjk(p.add_run("（2025年1月16日在自治区红十字会第五届理事会第四次会议上）"))
    p = d.add_paragraph()
    cjk(p.add_run("各位理事：2024年，在自治区党委、政府的坚强领导和中国红十字会总会的指导下，全区红十字系统坚持以党建为引领，聚焦“三救”“三献”主责主业，各项工作取得新进展。现将主要工作报告如下。"))
    for title, paras in NX_HEAD:
        hp = d.add_paragraph(style="Heading 2")
        cjk(hp.add_run(title))
        set_num(hp, h_id)
        for para in paras:
            cjk(d.add_paragraph().add_run(para))
    hp = d.add_paragraph(style="Heading 2")
    cjk(hp.add_run("主要指标对比"))
    set_num(hp, h_id)
    cjk(d.add_paragraph().add_run("2023年与2024年主要工作指标对比如下表（同比为与上一年度相比的增减幅度）。"))
    tb = d.add_table(rows=2 + len(NX_TABLE), cols=5)
    tb.style = "Table Grid"
    tb.cell(0, 0).merge(tb.cell(1, 0)).text = "指标"
    tb.cell(0, 1).merge(tb.cell(0, 2)).text = "2023年"
    tb.cell(0, 3).merge(tb.cell(0, 4)).text = "2024年"
    for j, s in enumerate(("数量", "同比", "数量", "同比"), start=1):
        tb.cell(1, j).text = s
    for i, row in enumerate(NX_TABLE, start=2):
        for j, s in enumerate(row):
            tb.cell(i, j).text = s
    hp = d.add_paragraph(style="Heading 2")
    cjk(hp.add_run("2025年工作安排"))
    set_num(hp, h_id)
    cjk(d.add_paragraph().add_run(NX_2025[0]))
    for item in NX_2025[1:]:
        lp = d.add_paragraph()
        cjk(lp.add_run(item))
        set_num(lp, l_id)
    cjk(d.add_paragraph().add_run("附件：2024年度全区红十字系统先进集体名单"))
    for item in NX_FUJIAN:
        lp = d.add_paragraph()
        cjk(lp.add_run(item))
        set_num(lp, l_id)
    d.save(os.path.join(OUT, "ningxia_redcross_2024_report.docx"))


# ---------------------------------------------------------------- 2. Ningxia 2025 H1 landscape PDF
NX_H1 = [
    ("应急救护普及培训（万人次）", "42.6", "23.8", "45", "52.9"),
    ("其中：重点行业培训（万人次）", "1.9", "1.1", "2.0", "55.0"),
    ("持证救护员培训（万人次）", "6.8", "3.5", "7.0", "50.0"),
    ("AED新增配置（台）", "560", "214", "600", "35.7"),
    ("AED累计配置（台）", "2380", "2594", "2980", "87.0"),
    ("“救在宁夏”急救志愿者（万名）", "1.47", "1.71", "2.0", "85.5"),
    ("响应呼救信息（次）", "326", "187", "350", "53.4"),
    ("红十字救援队（支）", "38", "39", "40", "97.5"),
    ("救援队注册队员（名）", "2140", "2265", "2400", "94.4"),
    ("救援及保障任务（次）", "418", "196", "420", "46.7"),
    ("新建博爱家园（个）", "42", "17", "40", "42.5"),
    ("博爱家园累计（个）", "185", "202", "225", "89.8"),
    ("“博爱送万家”慰问户数（万户）", "3.2", "1.4", "3.0", "46.7"),
    ("博爱助学资助学生（名）", "2180", "960", "2200", "43.6"),
    ("造血干细胞入库（人份）", "3120", "1485", "3300", "45.0"),
    ("造血干细胞捐献（例）", "21", "13", "22", "59.1"),
    ("遗体器官捐献登记（人）", "4860", "2730", "5000", "54.6"),
    ("器官捐献（例）", "38", "19", "40", "47.5"),
    ("遗体捐献（例）", "15", "9", "16", "56.3"),
    ("角膜捐献（例）", "27", "12", "28", "42.9"),
    ("募集社会捐赠款物（亿元）", "1.31", "0.58", "1.30", "44.6"),
    ("“人道万人捐”筹款（万元）", "318", "142", "330", "43.0"),
    ("网络募捐筹款（万元）", "412", "236", "450", "52.4"),
    ("成人会员（万名）", "12.4", "12.9", "13.5", "95.6"),
    ("注册志愿者（万名）", "5.6", "5.9", "6.2", "95.2"),
    ("红十字服务站、救护站（个）", "410", "432", "460", "93.9"),
    ("生命教育体验馆（个）", "24", "26", "30", "86.7"),
    ("备灾仓库家庭包储备（个）", "4200", "4650", "5000", "93.0"),
]


def ningxia_pdf():
    path = os.path.join(OUT, "ningxia_2025_h1_progress.pdf")
    st = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=16)
    tt = ParagraphStyle("zt", fontName="STSong-Light", fontSize=16, leading=22, alignment=1)

    def foot(c, doc):
        c.setFont("STSong-Light", 8)
        c.drawCentredString(landscape(A4)[0] / 2, 10 * mm, f"宁夏回族自治区红十字会　第{doc.page}页")

    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="宁夏红十字会2025年上半年工作进展")
    el = [Paragraph("宁夏回族自治区红十字会2025年上半年主要工作指标完成情况", tt), Spacer(1, 4 * mm),
          Paragraph("根据自治区红十字会2025年工作要点，现将1月1日至6月30日主要工作指标完成情况通报如下。上半年，全区红十字系统"
                    "克服汛期提前、资金偏紧等困难，应急救护培训、遗体器官捐献登记等指标完成率超过时序进度（50%），"
                    "新建博爱家园、募捐等指标进度偏慢，需在下半年加快推进。统计日期：2025年7月10日。", st), Spacer(1, 4 * mm)]
    data = [["序号", "指标", "2024年全年", "2025年上半年", "2025年目标", "完成率（%）"]]
    for i, r in enumerate(NX_H1, 1):
        data.append([str(i)] + list(r))
    t = Table(data, colWidths=[14 * mm, 92 * mm, 36 * mm, 36 * mm, 36 * mm, 36 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    el += [t, Spacer(1, 4 * mm)]
    for s in ["说明：",
              "1. 完成率＝2025年上半年数值÷2025年目标×100%；累计类指标按期末累计数计算。",
              "2. 红十字救援队2024年全年数为38支，含2024年12月新备案的中卫市、石嘴山市2支救援队，与年度工作报告中的36支口径不同。",
              "3. 募集社会捐赠款物2024年全年数经审计调整为1.31亿元（年度工作报告为1.28亿元），差额为年底到账的定向物资捐赠。",
              "4. 2025年上半年新增救援队1支，为固原市隆德县红十字六盘山救援队。",
              "5. 本表数据由自治区红十字会办公室汇总，联系电话：0951-5036 712。",
              "6. 上半年全区开展救援及保障任务196次，其中参与6月中旬彭阳县山洪灾害转移安置1次，出动队员146人次，转移群众820人；"
              "向彭阳县调拨家庭包600个、帐篷120顶、棉被1500床，物资价值共计94万元。",
              "7. 新建博爱家园完成率仅为42.5%，主要原因是2025年中央财政补助资金于6月下旬才下达，银川市、吴忠市已立项的11个项目将于三季度开工；"
              "自治区红十字会已要求各地市9月30日前全部开工，12月15日前完成验收。",
              "8. 募捐完成率44.6%，低于时序进度。上半年资金捐赠4120万元、物资捐赠折价1680万元；"
              "下半年将依托“99公益日”和“人道万人捐”集中开展募捐，力争全年完成1.30亿元目标。",
              "9. 自2025年起，造血干细胞入库统计口径调整为以中华骨髓库确认入库数为准，与往年以采样数统计的口径存在差异，"
              "上半年采样数为1560人份。"]:
        el.append(Paragraph(s, st))
    doc.build(el, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- 3. Galway html
GALWAY_HTML = """<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<title>Volunteer Handbook - Galway Area Red Cross</title>
</head>
<body>
<header>
  <div class="brand">Galway Area Red Cross · Part of the Irish Red Cross</div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a></li><li><a href="/volunteer">Volunteer</a></li><li><a href="/donate">Donate</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<div class="cookie-banner">We use cookies to improve your experience and to measure site traffic. By clicking Accept all you agree to our use of analytics cookies. Manage preferences</div>
<main>
<h1>Volunteer Handbook 2025</h1>
<p class="meta">Galway Area Red Cross · Last reviewed 3 March 2025 · Approved by the Area Committee</p>
<p>Welcome to Galway Area Red Cross. Our 310 or so volunteers run community first aid, ambulance cover at events, the Connemara home-visit scheme and our charity shops in Shop Street and Tuam. This handbook explains how volunteering works, what we expect from you and what you can expect from us. Please read it before your induction evening.</p>

<h2>1. Becoming a volunteer</h2>
<h3>1.1 Who can join</h3>
<p>Adult volunteers must be aged 18 or over. Young people aged 14 to 17 can join our Youth section with the written consent of a parent or guardian. There is no upper age limit, but volunteers aged 75 and over who provide event first aid need a yearly fitness declaration.</p>
<h3>1.2 Steps to join</h3>
<ul>
  <li>Submit the online application form
    <ul>
      <li>include two referees who have known you for at least 2 years</li>
      <li>choose up to three areas of interest</li>
    </ul>
  </li>
  <li>Complete Garda vetting through the National Vetting Bureau
    <ul>
      <li>vetting usually takes 4 to 6 weeks</li>
      <li>you cannot work with children or vulnerable adults until vetting is complete</li>
    </ul>
  </li>
  <li>Attend an induction evening (held on the first Tuesday of each month, 19:00–21:00)</li>
  <li>Complete the online Safeguarding module, which takes about 90 minutes</li>
</ul>

<h2>2. Key terms</h2>
<dl>
  <dt>Unit</dt><dd>A local group of volunteers led by a Unit Officer. Galway has five units: Galway City, Tuam, Ballinasloe, Loughrea and Clifden.</dd>
  <dt>Area Committee</dt><dd>The elected committee that governs Galway Area Red Cross. It meets every second month and is chaired by the Area Chairperson, currently Siobhán Ní Fhlaithearta.</dd>
  <dt>Duty</dt><dd>Any shift a volunteer is rostered for, such as event first aid cover, a shop shift or a home visit. A standard duty lasts 4 hours.</dd>
  <dt>CFR</dt><dd>Community First Responder: a volunteer trained to attend cardiac arrests in their locality when alerted by the National Ambulance Service.</dd>
  <dt>Safeguarding Lead</dt><dd>The person you report any concern about a child or vulnerable adult to. For Galway this is Declan Mulkerrin, reachable on 087 455 2019.</dd>
</dl>

<h2>3. Training and uniform</h2>
<h3>3.1 Training pathway</h3>
<ul>
  <li>Core training for all volunteers
    <ul>
      <li>Safeguarding (online, renewed every 3 years)</li>
      <li>Manual handling (half day)</li>
    </ul>
  </li>
  <li>Role training
    <ul>
      <li>Occupational First Aid (OFA): 3 days, certificate valid for 2 years</li>
      <li>Emergency First Response (EFR): 2 days</li>
      <li>Shop volunteers: a 2-hour till and donations session</li>
    </ul>
  </li>
</ul>
<h3>3.2 Uniform</h3>
<p>Uniform is issued free of charge after you complete your first 3 duties. You must return it within 30 days of leaving.</p>

<h2>4. Expenses</h2>
<p>We reimburse travel to duties at 0.45 euro per kilometre for the first 1,500 km in a year and 0.30 euro per kilometre after that. Claims must be submitted within 60 days using the expenses form.</p>

<h2>5. Training centre opening hours and course fees</h2>
<table>
  <thead><tr><th>Course / service</th><th>When</th><th>Fee for the public (EUR)</th><th>Fee for volunteers</th></tr></thead>
  <tbody>
    <tr><td>Occupational First Aid (OFA), 3 days</td><td>Mon–Wed, 09:00–17:00</td><td>€295</td><td>Free</td></tr>
    <tr><td>OFA refresher, 2 days</td><td>Thu–Fri, 09:00–17:00</td><td>€210</td><td>Free</td></tr>
    <tr><td>Emergency First Response, 2 days</td><td>Sat–Sun, 09:30–16:30</td><td>€165</td><td>Free</td></tr>
    <tr><td>Cardiac First Response community class</td><td>Tue, 18:30–21:30</td><td>€75</td><td>Free</td></tr>
    <tr><td>Babysitters first aid (ages 14–17)</td><td>Sat, 10:00–13:00</td><td>€40</td><td>€20</td></tr>
    <tr><td>Equipment hire desk</td><td>Mon–Fri, 10:00–16:00</td><td>from €15 per day</td><td>Free</td></tr>
  </tbody>
</table>

<h2>6. Conduct and safety</h2>
<p>Volunteers represent the Red Cross whenever they are in uniform. You must follow the seven Fundamental Principles, never accept personal gifts or tips from people we help, and never post photographs of patients online. Report any accident or near miss to your Unit Officer within 24 hours using the incident form. Volunteers on duty are covered by the Irish Red Cross group insurance policy, but only while on a rostered duty.</p>
<p>If you cannot attend a duty, tell your Unit Officer at least 48 hours in advance. Three missed duties without notice in a 12-month period will lead to a review meeting.</p>

<h2>7. Contact us</h2>
<div class="contact">Galway Area Red Cross, Unit 4, Forster Court, Galway H91 X2C6<br>Phone: +353 91 562 480<br>Email: galway@redcross-galway.ie<br>Area Manager: Pádraig Costello<br>Registered Charity Number: RCN 2001 4471</div>
</main>
<footer>
  <p>© 2025 Galway Area Red Cross. Cookie policy · Privacy notice · Accessibility statement. This site uses strictly necessary cookies and, with your consent, analytics cookies.</p>
</footer>
</body>
</html>
"""


def galway_html():
    with open(os.path.join(OUT, "galway_volunteer_handbook.html"), "w", encoding="utf-8") as f:
        f.write(GALWAY_HTML)


# ---------------------------------------------------------------- 4. Galway statistics bulletin PDF
GALWAY_ROWS = [
    ("Galway City", "142", "18,640", "96", "1,284"),
    ("Tuam", "54", "6,915", "31", "412"),
    ("Ballinasloe", "47", "5,880", "27", "356"),
    ("Loughrea", "39", "4,770", "22", "298"),
    ("Clifden (Connemara)", "45", "7,325", "43", "187"),
]
GALWAY_TOTAL = ("Total", "327", "43,530", "219", "2,537")

GALWAY_SECTIONS = [
    ("1. Summary",
     "This bulletin reports activity by Galway Area Red Cross for the calendar year 2024 (1 January to 31 December 2024). "
     "The area had 327 active volunteers at year end, up from 289 at the end of 2023, an increase of 13.1%. "
     "Volunteers gave 43,530 hours of service, the highest figure since the area was re-formed in 2011. "
     "Around 61% of active volunteers are women and the median volunteer age is 34, with most new recruits aged between 18 and 29."),
    ("2. Event first aid and emergencies",
     "Units provided first aid cover at 219 events in 2024, compared with 197 in 2023. The largest single deployment was the "
     "Galway International Arts Festival in July, where 64 volunteers treated 312 patients over 14 days. Between 4% and 6% of "
     "patients seen at events were transferred to hospital in each quarter. Units also responded to 11 local emergencies, "
     "including Storm Ashley on 20 October 2024, when 23 volunteers supported 140 residents evacuated in Clifden."),
    ("3. Training delivered",
     "The training centre at Forster Court trained 2,537 people in 2024. Of these, 1,412 completed Cardiac First Response "
     "community classes, 608 completed Occupational First Aid or an OFA refresher, and the remainder took Emergency First "
     "Response or the babysitters course. Course fees brought in EUR 186,400, about 38% of the area's self-generated income. "
     "Pass rates ranged from 91% for OFA to 98% for the community classes."),
    ("4. Community services",
     "The Connemara home-visit scheme made 3,860 visits to 212 older people living alone, an average of 18 visits per person. "
     "The equipment loan service lent 742 items such as wheelchairs and crutches, and the two charity shops in Shop Street "
     "and Tuam raised EUR 121,750 after costs. The Tuam shop was closed for refurbishment from 3 to 28 February 2024."),
    ("5. Outlook for 2025",
     "The Area Committee has set targets of 350 active volunteers, 240 event duties and 2,800 people trained for 2025. "
     "A new Athenry unit is planned to open in September 2025, which would bring the number of units to six. "
     "Queries about this bulletin should go to the Area Manager, Pádraig Costello, on +353 91 562 480."),
    ("6. Income and expenditure",
     "Total income for 2024 was EUR 612,300, of which self-generated income (course fees, shop surplus, event cover charges "
     "and local fundraising) came to EUR 490,500. The remaining EUR 121,800 was a grant from the national society towards "
     "the home-visit scheme and the Clifden unit's new vehicle. Expenditure was EUR 587,900, leaving a surplus of EUR 24,400, "
     "which the Area Committee has set aside for the Athenry unit. Event cover charges ranged from EUR 150 for a small "
     "community event to EUR 4,800 for a multi-day festival; charities and schools were charged half the standard rate. "
     "The annual church-gate collection on 5 and 6 May raised EUR 17,260 across 38 parishes, down from EUR 18,940 in 2023."),
    ("7. Volunteer retention and wellbeing",
     "Of the 289 volunteers active at the end of 2023, 251 were still active at the end of 2024, a retention rate of 86.9%. "
     "The main reasons given by the 38 volunteers who left were moving away from Galway (15), work or study commitments (13) "
     "and health (6); 4 gave no reason. New volunteers recruited during the year numbered 76, most of them through the "
     "University of Galway societies fair in September and the Arts Festival stand. Each unit now holds a debrief after any "
     "duty with a serious incident, and 9 volunteers used the confidential support line in 2024. The average volunteer gave "
     "133 hours in the year, while the middle half of volunteers gave between 60 and 170 hours."),
    ("8. Method and definitions",
     "An active volunteer is one who completed at least one duty in the last six months of the year. Volunteer hours are "
     "recorded on the rostering system by the duty leader and include travel time only for home visits in Connemara. "
     "People trained counts course completions, so a person who took two courses is counted twice. Percentages are rounded "
     "to one decimal place and may not add to 100. Figures for 2023 have been revised where late returns were received; "
     "the 2023 bulletin reported 281 active volunteers, which is now revised to 289."),
]


def galway_pdf():
    path = os.path.join(OUT, "galway_statistics_bulletin_2024.pdf")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=6)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=22)

    def foot(c, doc):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 10 * mm, f"Galway Area Red Cross - Statistics Bulletin 2024 - Page {doc.page} of 2")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Galway Area Red Cross Statistics Bulletin 2024")
    el = [Paragraph("Galway Area Red Cross: Statistics Bulletin 2024", title),
          Paragraph("Published 14 February 2025 · Bulletin No. GARC-SB-2025-01", body), Spacer(1, 3 * mm)]
    for i, (hd, tx) in enumerate(GALWAY_SECTIONS):
        el += [Paragraph(hd, h), Paragraph(tx, body)]
        if i == 0:
            el.append(Paragraph("Table 1. Activity by unit, 2024", h))
            data = [["Unit", "Active volunteers", "Volunteer hours", "Event duties", "People trained"]]
            data += [list(r) for r in GALWAY_ROWS] + [list(GALWAY_TOTAL)]
            t = Table(data, colWidths=[45 * mm, 32 * mm, 32 * mm, 28 * mm, 32 * mm])
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                                   ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                                   ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
                                   ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                   ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
            el += [t, Spacer(1, 3 * mm)]
    el.append(Paragraph("Notes: hours are as logged on the volunteer rostering system; a volunteer active in two units is counted "
                        "once, in their home unit. The handbook's estimate of about 310 volunteers dates from March 2025 and "
                        "excludes Youth members.", body))
    doc.build(el, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- 5. Nanning txt notice
NANNING_TXT = """南宁市红十字会文件

南红字〔2025〕23号

南宁市红十字会关于开展2025年“世界急救日”系列宣传培训活动的通知

各县（市、区）红十字会，市直各有关单位，各红十字救援队：

2025年9月13日是第26个“世界急救日”，今年的活动主题为“急救在身边，人人都能救”。为进一步普及应急救护知识和技能，提升群众自救互救能力，经研究，决定于2025年9月1日至9月30日在全市开展“世界急救日”系列宣传培训活动。现将有关事项通知如下。

一、活动时间和范围

（一）集中宣传时间为2025年9月1日至9月30日，主场活动定于9月13日（星期六）9:00—11:30在南宁市青秀区民族广场举行。

（二）活动覆盖兴宁区、青秀区、江南区、西乡塘区、良庆区、邕宁区、武鸣区7个城区和横州市、宾阳县、上林县、马山县、隆安县5个县（市），以及南宁经开区、高新区、东盟经开区3个开发区。

二、活动内容

（一）主场活动

1. 现场开展心肺复苏、AED使用、海姆立克急救法演示和互动体验，设体验点12个。
2. 为2025年新配置的AED点位集中授牌，全市本年度计划新增AED 320台。
3. 表彰2024年度“最美救护员”10名，其中包括西乡塘区红十字救援队队员韦海燕。

（二）“救在身边”进万家

1. 各县（市、区）红十字会在9月内至少组织普及培训20场，每场不少于50人。
2. 重点面向中小学教师、公交驾驶员、景区工作人员、外卖骑手四类人群。
3. 全市9月普及培训目标为3万人次，持证救护员培训目标为3000人次。

（三）线上知识竞赛

1. 9月1日至9月20日在“南宁红十字”微信公众号开展急救知识竞赛，满分100分，80分及以上可领取电子证书。
2. 竞赛前100名各奖励急救包1个。

三、任务分配

各单位9月培训任务如下表：

┌────────────┬──────────┬──────────┬──────────┐
│单位        │普及培训  │持证救护员│AED新增   │
│            │（人次）  │（人次）  │（台）    │
├────────────┼──────────┼──────────┼──────────┤
│青秀区      │4500      │450       │45        │
├────────────┼──────────┼──────────┼──────────┤
│西乡塘区    │4000      │400       │40        │
├────────────┼──────────┼──────────┼──────────┤
│兴宁区      │2500      │250       │25        │
├────────────┼──────────┼──────────┼──────────┤
│江南区      │3000      │300       │30        │
├────────────┼──────────┼──────────┼──────────┤
│良庆区      │2500      │250       │30        │
├────────────┼──────────┼──────────┼──────────┤
│邕宁区      │1500      │150       │20        │
├────────────┼──────────┼──────────┼──────────┤
│武鸣区      │2000      │200       │25        │
├────────────┼──────────┼──────────┼──────────┤
│横州市      │3000      │300       │30        │
├────────────┼──────────┼──────────┼──────────┤
│其他县和开发区│7000    │700       │75        │
├────────────┼──────────┼──────────┼──────────┤
│合计        │30000     │3000      │320       │
└────────────┴──────────┴──────────┴──────────┘

四、工作要求

（一）加强组织领导。各单位要明确1名分管领导和1名联络员，于8月25日前将联络员名单报市红十字会应急救护培训中心。

（二）确保培训质量。普及培训不少于4学时，持证救护员培训不少于16学时，考核合格后颁发中国红十字会救护员证，有效期3年。培训所需教材和模拟人由市红十字会统一调配。

（三）注意安全。户外活动须制定安全预案，遇台风、暴雨等恶劣天气应及时调整活动时间。

（四）及时报送信息。各单位于10月10日前报送活动总结和数据统计表，活动图片不少于10张。

联系人：市红十字会应急救护培训中心 黄丽萍，电话：0771-5612 384，邮箱：nnhszjhpx@163.com

附件：1. 2025年“世界急救日”活动数据统计表
　　　2. 主场活动场地布置示意图
　　　3. 2024年度“最美救护员”推荐名单

南宁市红十字会
2025年8月15日
"""


def nanning_txt():
    with open(os.path.join(OUT, "nanning_first_aid_day_notice.txt"), "w", encoding="utf-8") as f:
        f.write(NANNING_TXT)


# ---------------------------------------------------------------- 6. Keelung zh-hant markdown
KEELUNG_MD = """# 基隆市紅十字會 114年度急救訓練課程報名指南

發布單位：基隆市紅十字會訓練組　發布日期：民國114年1月20日

本指南說明基隆市紅十字會民國114年（2025年）開辦之各類急救訓練課程、報名方式與收費標準。課程均依衛生福利部《緊急醫療救護法》及勞動部《職業安全衛生教育訓練規則》辦理。

## 一、課程種類

### （一）一般民眾課程

1. CPR+AED 急救教育訓練
   - 時數：4小時
   - 對象：年滿12歲以上民眾
   - 結業可取得本會研習證明
2. 基本救命術（BLS）
   - 時數：8小時
   - 對象：18至65歲、體能可負荷實作者

### （二）職場課程

1. 急救人員安全衛生教育訓練（勞工急救人員）
   - 時數：18小時（含學科12小時、術科6小時）
   - 證照效期3年，期滿前須完成3小時在職回訓
2. 急救員訓練（EMR）
   - 時數：40小時
   - 須通過筆試及術科測驗，及格標準為70分

## 二、114年上半年開班時間

| 課程名稱 | 上課日期（民國） | 上課時間 | 費用（新臺幣元） | 名額（人） |
| --- | --- | --- | --- | --- |
| CPR+AED 急救教育訓練 | 114年3月8日 | 9:00–13:00 | 免費 | 40 |
| 基本救命術（BLS） | 114年3月22日 | 8:30–17:30 | 1,200 | 30 |
| 勞工急救人員訓練 | 114年4月7日至4月9日 | 8:30–17:30 | 3,500 | 36 |
| 勞工急救人員回訓 | 114年4月26日 | 9:00–12:00 | 800 | 40 |
| 急救員訓練（EMR） | 114年5月12日至5月16日 | 8:00–17:00 | 6,800 | 24 |

> 注意：65歲以上長者、身心障礙者及低收入戶報名CPR以外課程可享半價優惠，報名時請檢附證明文件影本。團體報名20人以上另可洽詢包班，包班費用每班新臺幣18,000元起。

## 三、報名方式

1. 網路報名
   - 至本會官網「課程報名」專區填寫表單
   - 繳費完成後3個工作天內寄發確認信
2. 現場報名
   - 時間：週一至週五 8:30–17:00（中午12:00–13:30暫停受理）
   - 地點：本會一樓服務台
3. 退費規定
   - 開課前7日以上申請退費者，退還已繳費用九成
   - 開課前7日內申請者，退還五成；開課當日未到者恕不退費

## 四、上課注意事項

### （一）課前準備

1. 報名成功後請於開課前詳閱確認信，並攜帶身分證件正本報到
2. 勞工急救人員訓練學員須另繳交二吋半身照片2張
3. 如有心血管疾病、懷孕或近期手術等情形，請於報名時告知承辦人

### （二）上課規定


- 請穿著輕便服裝及平底鞋，女性學員建議著長褲
- 遲到超過30分鐘者不得參加術科測驗
- 缺課時數超過總時數十分之一者不核發證書
- 上課期間提供飲用水，午餐自理

## 五、聯絡資訊

- 承辦人：訓練組 林佩君 組長
- 電話：(02)2424-6113 分機 21
- 傳真：(02)2424-6119
- 地址：基隆市仁愛區愛三路45號3樓
- 立案字號：基府社團字第0930012345號

## 六、常見問答

1. 證書遺失可以補發嗎？
   - 可以，請填寫補發申請表並繳交工本費新臺幣200元，約10個工作天寄發
2. 颱風天是否停課？
   - 依基隆市政府公告停止上班上課時，當日課程順延，另行通知補課日期

## 七、交通資訊

- 搭乘火車：於基隆火車站下車，步行約8分鐘
- 搭乘公車：於「愛三路口」站下車，可搭乘市區公車101、103、104路
- 本會未設停車場，開車者請停放於信二路立體停車場（每小時新臺幣40元）

> 備註：本會下半年（114年7月至12月）課程預計於民國114年6月15日公告，屆時請留意官網及粉絲專頁訊息。

基隆市紅十字會　民國114年1月20日
"""


def keelung_md():
    with open(os.path.join(OUT, "keelung_first_aid_course_guide.md"), "w", encoding="utf-8") as f:
        f.write(KEELUNG_MD)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    ningxia_docx()
    ningxia_pdf()
    galway_html()
    galway_pdf()
    nanning_txt()
    keelung_md()
    print("wrote", sorted(os.listdir(OUT)))
