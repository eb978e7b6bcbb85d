"""Write the six documents of blind set 37.
1 Changzhou 2024 work report (PDF; one long key-project table running over two pages, header row repeated,
  a "（续表）" line; some figures in Chinese numerals)
2 Changzhou 2025 H1 progress + 2024 corrections (docx; page header/footer, a landscape section holding a
  two-level header table (year row above 上半年/下半年), a table nested inside a table cell)
3 St John Whangarei area 2024/25 review (English PDF; footnotes at the bottom of pages, boxed call-out)
4 Dalian first-aid training FAQ (html; <dl> definitions, <details>/<summary> FAQ items, <br> lines in one <p>)
5 Miaoli Red Cross 114 work plan and budget (zh-hant txt; 壹、貳、參 / 一、 / （一） numbering, 新臺幣 amounts,
  fixed-width table aligned with spaces)
6 Ballarat community first responders committee minutes (English md; YAML front matter, setext heading,
  footnotes [^1], raw HTML, attendee list, numbered items 1.1 / 1.2.1, "Action:" lines)
Run: /work/main/.venv/bin/python make_docs37.py
"""

import os

import docx
from doc_build import write_texts
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs37")

# ---------------------------------------------------------------- 1. Changzhou 2024 work report (pdf)
CZ_TEXT = [
    "各位理事：",
    "现在，我受常州市红十字会第八届理事会委托，向会议报告2024年工作和2025年工作安排，请予审议。",
    "",
    "一、2024年工作回顾",
    "2024年，在市委、市政府和江苏省红十字会的领导下，市红十字会坚持以党建为引领，聚焦“三救”“三献”",
    "主责主业，各项工作取得新进展。全年全市红十字系统募集社会捐赠款物4,260万元，",
    "较上年增长百分之十五；开展应急救护普及培训21.6万人次，培训持证救护员3.08万人次，",
    "均超额完成年度目标。",
    "",
    "（一）党的建设。市红十字会党组全年召开党组会议二十次，落实“第一议题”制度集中学习三十二次。",
    "全市7个辖市（区）红十字会全部建立党组，“龙城博爱”党建品牌新命名示范党支部5个，累计11个。",
    "全市红十字救援队15支，全部建立党支部，党员队员206名，占队员总数的两成左右。",
    "",
    "（二）应急救援。6月下旬梅雨期间，溧阳市天目湖镇、戴埠镇遭遇连续强降雨，市、县两级红十字会于",
    "6月24日启动Ⅳ级应急响应，派出救援队员二百一十人次，协助转移群众一千八百人，发放救灾物资价值",
    "96万元。全年救援队出动312次、队员4,050人次，成功救助遇险群众71人；在常州西太湖半程马拉松等",
    "大型活动中设置救护点38个，处置伤病1,140人次。",
    "",
    "（三）“三献”工作。新增造血干细胞捐献志愿者入库2,350人份，实现造血干细胞捐献14例，累计捐献",
    "118例；新增遗体（器官）捐献志愿登记3,870人，实现器官捐献21例、遗体捐献26例。",
]
CZ_TEXT_P3 = [
    "（四）组织建设与人道救助。全年新建博爱家园22个，累计131个；发展成人会员4.6万名，注册志愿者",
    "2.74万名，红十字志愿服务队63支。武进区红十字救援队队长周建华获“江苏省五一劳动奖章”，",
    "金坛区红十字救护志愿者吴晓梅入选“江苏好人榜”。“博爱助学”项目资助困难学生420名，发放助学金",
    "210万元。",
    "",
    "二、2025年工作安排",
    "2025年，全市开展应急救护普及培训23万人次、培训持证救护员3.3万人次，新增配置AED 400台，",
    "新建博爱家园20个；建成“15分钟应急救护圈”示范街道12个；在溧阳、金坛两地试点“山水救护驿站”6个。",
    "筹备市红十字会第九次会员代表大会，计划于2025年11月召开。",
    "",
    "各位理事，让我们凝心聚力、真抓实干，奋力谱写常州红十字事业高质量发展新篇章。",
    "",
    "常州市红十字会党组书记、常务副会长　钱文斌",
    "2025年3月6日",
]
CZ_TABLE_HEAD = ["序号", "项目", "牵头部门", "年度目标", "实际完成", "完成率"]
CZ_TABLE = [
    ("1", "应急救护普及培训", "救护培训中心", "20万人次", "21.6万人次", "108.0%"),
    ("2", "持证救护员培训", "救护培训中心", "3万人次", "3.08万人次", "102.7%"),
    ("3", "中小学教师救护培训", "救护培训中心", "4,000人次", "4,260人次", "106.5%"),
    ("4", "公交驾驶员救护培训", "救护培训中心", "1,500人次", "1,380人次", "92.0%"),
    ("5", "新增配置AED", "赈济救护部", "500台", "520台", "104.0%"),
    ("6", "AED累计配置", "赈济救护部", "2,100台", "2,180台", "103.8%"),
    ("7", "地铁站点AED覆盖", "赈济救护部", "43个站", "43个站", "100.0%"),
    ("8", "造血干细胞入库", "组织宣传部", "2,200人份", "2,350人份", "106.8%"),
    ("9", "遗体（器官）捐献登记", "组织宣传部", "3,500人", "3,870人", "110.6%"),
    ("10", "团体无偿献血组织", "组织宣传部", "2万人次", "2.26万人次", "113.0%"),
    ("11", "新建博爱家园", "赈济救护部", "20个", "22个", "110.0%"),
    ("12", "博爱助学资助学生", "赈济救护部", "400名", "420名", "105.0%"),
    ("13", "“博爱送万家”慰问", "赈济救护部", "5,000户", "5,320户", "106.4%"),
    ("14", "募集社会捐赠款物", "筹资中心", "4,000万元", "4,260万元", "106.5%"),
    ("15", "月捐人数", "筹资中心", "3,000人", "2,710人", "90.3%"),
    ("16", "示范党支部命名", "机关党委", "4个", "5个", "125.0%"),
    ("17", "救援队党员队员", "机关党委", "200名", "206名", "103.0%"),
    ("18", "成人会员发展", "组织宣传部", "4.5万名", "4.6万名", "102.2%"),
    ("19", "注册志愿者", "组织宣传部", "2.6万名", "2.74万名", "105.4%"),
    ("20", "红十字志愿服务队", "组织宣传部", "60支", "63支", "105.0%"),
    ("21", "生命教育体验馆", "组织宣传部", "8个", "7个", "87.5%"),
    ("22", "红十字救护站新建", "赈济救护部", "30个", "34个", "113.3%"),
    ("23", "应急物资储备库", "赈济救护部", "1个", "1个", "100.0%"),
    ("24", "“救在身边”注册志愿者", "救护培训中心", "1.2万名", "1.35万名", "112.5%"),
    ("25", "信息公开事项", "办公室", "24项", "24项", "100.0%"),
    ("26", "第三方审计项目", "办公室", "6个", "6个", "100.0%"),
]


def changzhou_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "changzhou_redcross_2024_work_report.pdf"), pagesize=A4)
    xs = [18 * mm, 30 * mm, 80 * mm, 112 * mm, 140 * mm, 170 * mm, W - 18 * mm]
    rh = 7.2 * mm

    def footer(n):
        c.setFont(F, 9)
        c.drawCentredString(W / 2, 10 * mm, f"— {n} —")

    def table_header(y):
        c.setFont(F, 10)
        c.line(xs[0], y, xs[-1], y)
        for j, h in enumerate(CZ_TABLE_HEAD):
            c.drawString(xs[j] + 1.5 * mm, y - 5 * mm, h)
        y -= rh
        c.line(xs[0], y, xs[-1], y)
        return y

    def close_table(top, y):
        for x in xs:
            c.line(x, top, x, y)

    # page 1
    y = H - 25 * mm
    c.setFont(F, 17)
    c.drawCentredString(W / 2, y, "常州市红十字会2024年工作报告")
    y -= 8 * mm
    c.setFont(F, 11)
    c.drawCentredString(W / 2, y, "——2025年3月6日在市红十字会第八届理事会第三次会议上")
    y -= 12 * mm
    c.setFont(F, 10.5)
    for line in CZ_TEXT:
        c.drawString(18 * mm, y, line)
        y -= 6.3 * mm
    y -= 3 * mm
    c.setFont(F, 11)
    c.drawCentredString(W / 2, y, "表1　2024年重点工作项目完成情况")
    y -= 5 * mm
    top = y
    y = table_header(y)
    rows = list(CZ_TABLE)
    page = 1
    while rows:
        r = rows.pop(0)
        c.setFont(F, 9.5)
        for j, v in enumerate(r):
            c.drawString(xs[j] + 1.5 * mm, y - 5 * mm, v)
        y -= rh
        c.line(xs[0], y, xs[-1], y)
        if y < 30 * mm and rows:
            close_table(top, y)
            footer(page)
            c.showPage()
            page += 1
            y = H - 22 * mm
            c.setFont(F, 10.5)
            c.drawString(18 * mm, y, "（续表）")
            y -= 4 * mm
            top = y
            y = table_header(y)
    close_table(top, y)
    c.setFont(F, 8.5)
    c.drawString(
        xs[0], y - 5 * mm, "注：完成率＝实际完成÷年度目标；月捐人数、生命教育体验馆未完成年度目标，原因见正文说明。"
    )
    y -= 12 * mm
    c.setFont(F, 10.5)
    for line in (
        "月捐人数未达目标，主要是线上月捐平台于2024年9月更换服务商，停用约一个半月；生命教育体验馆",
        "少建1个，是因钟楼区场馆选址调整，顺延至2025年建成。",
    ):
        c.drawString(18 * mm, y, line)
        y -= 6.3 * mm
    footer(page)
    c.showPage()
    page += 1
    y = H - 25 * mm
    c.setFont(F, 10.5)
    for line in CZ_TEXT_P3:
        c.drawString(18 * mm, y, line)
        y -= 6.3 * mm
    footer(page)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. Changzhou 2025 H1 progress (docx)
CZ25_PARAS_A = [
    ("h1", "一、总体进展"),
    (
        "p",
        "2025年上半年，全市红十字系统募集社会捐赠款物2,030万元，同比增长9.1%；开展应急救护普及培训11.9万人次，"
        "完成年度目标（23万人次）的51.7%；培训持证救护员1.52万人次，完成年度目标（3.3万人次）的46.1%。新增配置AED "
        "236台，全市累计达到2,441台。",
    ),
    ("h1", "二、2024年部分数据更正"),
    (
        "p",
        "经2025年4月江苏省红十字会年度统计核定，现对《常州市红十字会2024年工作报告》中的部分数据更正如下：2024年"
        "应急救护普及培训由21.6万人次更正为22.3万人次；2024年募集社会捐赠款物由4,260万元更正为4,410万元；截至2024年底"
        "AED累计配置由2,180台更正为2,205台。更正原因：溧阳市、金坛区12月下旬的培训记录在年报截止后补录；一批企业捐赠的"
        "防汛物资在2025年1月完成入账；新北区社会捐赠的25台AED补办了登记。本报告同比数据均按核定后口径计算。",
    ),
    ("h1", "三、党的建设"),
    (
        "p",
        "市红十字会党组上半年召开党组会议11次，集中学习15次，深入开展中央八项规定精神学习教育，组织警示教育2场。"
        "“龙城博爱”示范党支部新命名2个，累计13个。全市红十字救援队增至17支，新成立的天宁区红十字水上救援队、"
        "经开区红十字应急救援队同步建立党支部，党员队员增至231名。",
    ),
    ("h1", "四、业务工作"),
    (
        "p",
        "（一）应急救援。上半年救援队出动147次、队员1,960人次，成功救助遇险群众33人。6月23日，金坛区遭遇强降雨，"
        "市红十字会启动Ⅳ级应急响应，调派金坛、武进2支救援队共48名队员参与救援，转移群众620人，发放救灾物资价值"
        "31万元。4月20日“2025溧阳天目湖半程马拉松”设置救护点22个，处置伤病136人次，成功救治心脏骤停跑者1名。",
    ),
    (
        "p",
        "（二）应急救护培训。“救护培训进校园”覆盖中小学71所、学生4.1万人次；“救护培训进企业”为常州高新区、"
        "武进国家高新区企业开展培训160场次。钟楼区生命教育体验馆于5月28日建成开放，全市生命教育体验馆累计达到8个。",
    ),
    (
        "p",
        "（三）“三献”工作。新增造血干细胞捐献志愿者入库1,180人份，实现造血干细胞捐献8例，累计捐献126例；新增遗体"
        "（器官）捐献志愿登记1,940人，实现器官捐献11例、遗体捐献12例。5月8日世界红十字日，在南大街商业街区举办"
        "“人道万岁”主题宣传活动，现场登记捐献志愿者137人。",
    ),
    (
        "p",
        "（四）人道救助。上半年新建博爱家园9个，累计达到140个；“博爱送万家”春节慰问困难家庭3,100户，发放慰问款物"
        "186万元。截至6月底，全市注册志愿者2.91万名，成人会员4.75万名。",
    ),
]
CZ25_TABLE = [
    ("指标", "2024年", "2024年", "2025年", "同比"),
    ("指标", "上半年", "下半年", "上半年", "同比"),
    ("应急救护普及培训", "9.8万人次", "12.5万人次", "11.9万人次", "+21.4%"),
    ("持证救护员培训", "1.36万人次", "1.72万人次", "1.52万人次", "+11.8%"),
    ("新增配置AED", "240台", "280台", "236台", "-1.7%"),
    ("造血干细胞入库", "1,050人份", "1,300人份", "1,180人份", "+12.4%"),
    ("募集社会捐赠款物", "1,860万元", "2,550万元", "2,030万元", "+9.1%"),
    ("新建博爱家园", "10个", "12个", "9个", "-10.0%"),
]
CZ25_PARAS_B = [
    ("h1", "五、存在的问题"),
    (
        "p",
        "一是持证救护员培训完成年度目标的46.1%，落后于时序进度3.9个百分点；二是新增AED同比下降1.7%，主要是部分"
        "社会捐赠AED项目延期到下半年交付；三是“山水救护驿站”试点仅建成2个，未达到6个的计划进度。",
    ),
    ("h1", "六、下半年打算"),
    (
        "p",
        "一是确保完成全年普及培训23万人次目标；二是9月13日“世界急救日”在青果巷举办全市应急救护技能大赛；三是"
        "市红十字会第九次会员代表大会时间由11月调整为2025年12月中旬；四是完成其余4个“山水救护驿站”建设。",
    ),
]


def changzhou25_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "常州市红十字会　工作简报（2025年第7期）"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = "常州市红十字会办公室编印　内部资料　注意保存"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s, size in (
        ("常州市红十字会2025年上半年工作进展情况", 18),
        ("暨2024年部分数据更正说明", 14),
        ("常红〔2025〕41号　　2025年7月22日", 11),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s)
        r.font.size = Pt(size)
        r.bold = size == 18

    def paras(items):
        for kind, text in items:
            if kind == "h1":
                d.add_heading(text, level=1)
            else:
                p = d.add_paragraph(text)
                p.paragraph_format.first_line_indent = Pt(23)

    paras(CZ25_PARAS_A)
    # a layout table whose right cell holds a nested table (救援队 list)
    d.add_paragraph("表1　上半年新成立救援队情况")
    outer = d.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    left = outer.cell(0, 0)
    left.text = "上半年新成立红十字救援队2支，均已同步建立党支部。"
    right = outer.cell(0, 1)
    right.paragraphs[0].text = "新成立救援队名单："
    inner = right.add_table(rows=3, cols=3)
    inner.style = "Table Grid"
    for i, row in enumerate(
        (
            ("队名", "成立时间", "队员"),
            ("天宁区红十字水上救援队", "2025年3月", "26名"),
            ("经开区红十字应急救援队", "2025年5月", "31名"),
        )
    ):
        for j, v in enumerate(row):
            inner.cell(i, j).text = v
    # landscape section with the two-level header table
    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    d.add_paragraph("表2　主要指标分半年情况（2024年按核定口径）")
    t = d.add_table(rows=len(CZ25_TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(CZ25_TABLE):
        for j, v in enumerate(row):
            if i == 1 and j in (0, 4):
                continue
            if i == 0 and j in (1, 2):
                continue
            t.cell(i, j).text = v
    t.cell(0, 1).merge(t.cell(0, 2)).text = "2024年"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "指标"
    t.cell(0, 4).merge(t.cell(1, 4)).text = "同比"
    d.add_paragraph("注：2024年上半年、下半年合计即为2024年全年核定数。")
    back = d.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Mm(210), Mm(297)
    paras(CZ25_PARAS_B)
    p = d.add_paragraph("常州市红十字会")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, "changzhou_redcross_2025_h1_progress.docx"))


# ---------------------------------------------------------------- 3. St John Whangarei 2024/25 review (pdf)
WH_PAGES = [
    {
        "title": True,
        "paras": [
            ("h", "From the Area Operations Manager"),
            (
                "p",
                "This review covers the year from 1 July 2024 to 30 June 2025 for St John's Whangarei Area, which "
                "runs emergency ambulance, patient transfer, event medical and community first aid services from "
                "Ruakaka in the south to Hikurangi in the north. Our crews attended 14,386 incidents(1), up from "
                "13,702 in 2023/24, an increase of 5.0 per cent. The busiest single day was Sunday 29 December "
                "2024, when crews attended 71 incidents as holiday traffic and the heat peaked together.",
            ),
            (
                "p",
                "The area now has 96 volunteer officers and 54 paid staff working from three stations: Whangarei "
                "(Kamo Road), Ruakaka and the new Kamo station. Kamo station was opened at 10.00am on Friday 14 "
                "March 2025 by the Northland District Commander and houses two of our 11 ambulances. It was built "
                "because the Whangarei station could no longer park every vehicle under cover. - Grant Whitcombe, "
                "Area Operations Manager",
            ),
            ("h", "Clinical performance"),
            (
                "p",
                "Crews treated 112 patients in out-of-hospital cardiac arrest, and 31 of them had ROSC(2) on arrival "
                "at Whangarei Hospital, a rate of 27.7 per cent compared with 24.1 per cent last year. Bystander CPR "
                "was under way before the crew arrived in 74 of the 112 cases. The median response time to the most "
                "urgent (purple and red) calls was 10 min 48 s in the urban area and 21 min 15 s in rural areas.",
            ),
        ],
        "callout": [
            "VOLUNTEER OF THE YEAR",
            "Aroha Tane, a volunteer emergency medical technician at Ruakaka,",
            "has served for 22 years and gave 1,310 rostered hours this year.",
            "She also leads our Ruakaka youth division of 24 cadets.",
        ],
        "notes": [
            "1  Incidents include emergency responses and inter-hospital transfers but exclude event cover.",
            "2  ROSC: return of spontaneous circulation, i.e. a pulse restored before handover at hospital.",
        ],
    },
    {
        "title": False,
        "paras": [
            ("h", "Major incidents"),
            (
                "p",
                "On Saturday 3 August 2024 a bus and two cars collided on State Highway 1 near the Brynderwyn turn-off "
                "at 4.20pm. Five ambulances, the Northland rescue helicopter and two fire crews attended; nine patients "
                "were treated, three of them with serious injuries. Incident command was led by duty manager Liam "
                "Hoskins. In February 2025 ex-tropical cyclone activity brought flooding to Maungatapere, and crews "
                "used a four-wheel-drive vehicle to reach 14 isolated patients over two days.",
            ),
            ("h", "Community programmes"),
            (
                "p",
                "Our trainers taught 6,920 people in workplace first aid courses and 1,150 students through the "
                "St John in Schools programme(3). The free Heartbeat CPR sessions at the Whangarei Library reached "
                "640 residents. The youth programme grew to 148 cadets in six divisions, and the Friends of the "
                "Emergency Department volunteers gave 4,200 hours at Whangarei Hospital.",
            ),
            ("h", "Funding"),
            (
                "p",
                "The Annual Appeal raised NZ$412,600, the highest total for the area, and the Northland Lotteries "
                "grant of NZ$185,000 paid for one new ambulance. Our op shop in Cameron Street contributed NZ$96,300. "
                "Operating costs rose to NZ$9.84 million, mainly because of fuel and staff wages.",
            ),
            ("h", "Looking ahead to 2025/26"),
            (
                "p",
                "We plan to replace three ambulances that have passed 300,000 km, recruit 30 new volunteer officers, "
                "and install 12 more public AEDs on the Tutukaka Coast and at Ngunguru. Double crewing of the "
                "Ruakaka ambulance on weekends, which began in May 2025, will be extended to weekdays from "
                "October 2025 if funding allows.",
            ),
        ],
        "callout": [
            "KEY FIGURES 2024/25",
            "Incidents attended: 14,386   Volunteers: 96   Paid staff: 54",
            "Ambulances: 11   Stations: 3   Cadets: 148",
            "Public AEDs registered in the area: 187",
        ],
        "notes": [
            "3  Students counted once even if they attended more than one session.",
            "Figures are unaudited at the time of printing (15 August 2025).",
        ],
    },
]


def whangarei_pdf():
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "whangarei_st_john_review_2024-25.pdf"), pagesize=A4)
    left, width = 20 * mm, W - 40 * mm
    for n, pg in enumerate(WH_PAGES, start=1):
        y = H - 22 * mm
        if pg["title"]:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(left, y, "St John Whangarei Area - Annual Review 2024/25")
            y -= 7 * mm
            c.setFont("Helvetica", 10)
            c.drawString(left, y, "Prepared for the Northland Area Committee, August 2025")
            y -= 10 * mm
        for kind, text in pg["paras"]:
            if kind == "h":
                c.setFont("Helvetica-Bold", 12)
                c.drawString(left, y, text)
                y -= 6 * mm
            else:
                c.setFont("Helvetica", 10)
                for line in simpleSplit(text, "Helvetica", 10, width):
                    c.drawString(left, y, line)
                    y -= 4.8 * mm
                y -= 3 * mm
        # boxed call-out
        bh = 6 * mm * len(pg["callout"]) + 4 * mm
        y -= 2 * mm
        c.setLineWidth(1.2)
        c.rect(left + 10 * mm, y - bh, width - 20 * mm, bh)
        yy = y - 6 * mm
        for k, line in enumerate(pg["callout"]):
            c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
            c.drawString(left + 14 * mm, yy, line)
            yy -= 6 * mm
        # footnotes at the bottom of the page
        c.setLineWidth(0.5)
        c.line(left, 32 * mm, left + 60 * mm, 32 * mm)
        fy = 28 * mm
        c.setFont("Helvetica", 8)
        for note in pg["notes"]:
            c.drawString(left, fy, note)
            fy -= 4 * mm
        c.drawRightString(W - 20 * mm, 10 * mm, f"Page {n} of {len(WH_PAGES)}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Dalian first-aid training FAQ (html)
DL_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>应急救护培训常见问题 - 大连市红十字会应急救护培训中心</title>
<style>details{margin:.6em 0;border:1px solid #ccc;padding:.4em} summary{font-weight:bold;cursor:pointer}</style>
</head>
<body>
<header><div>大连市红十字会 · 应急救护培训中心</div></header>
<main>
<h1>应急救护培训常见问题（2025年9月修订）</h1>
<p>本页由大连市红十字会应急救护培训中心整理，适用于在大连市内参加红十字应急救护培训的个人和单位。更新日期：2025年9月1日。</p>

<h2>一、几个常用说法</h2>
<dl>
  <dt>普及培训</dt>
  <dd>面向公众的4学时课程，内容为心肺复苏、AED使用和气道异物梗阻处置，完成后发放电子版培训证明，不发救护员证。</dd>
  <dt>救护员培训</dt>
  <dd>16学时（理论6学时、实操10学时），考核合格颁发中国红十字会救护员证，有效期3年。</dd>
  <dt>复训</dt>
  <dd>救护员证到期前3个月内参加的8学时课程，考核合格后证书有效期顺延3年。</dd>
  <dt>师资培训</dt>
  <dd>56学时，面向持证满1年的救护员，合格者颁发应急救护培训师资证，有效期4年。</dd>
</dl>

<h2>二、常见问题</h2>
<details>
  <summary>问题1　多大年龄可以参加？</summary>
  <p>普及培训不限年龄，未满14周岁的须由家长陪同；救护员培训要求年满14周岁，14至18周岁的须提交监护人同意书。</p>
</details>
<details>
  <summary>问题2　培训收费吗？</summary>
  <p>普及培训免费。救护员培训对大连市户籍居民和在大连就业人员免费；其他社会人员收取教材及证书工本费每人150元。复训每人收取60元。</p>
</details>
<details>
  <summary>问题3　怎么报名？</summary>
  <p>关注“大连红十字”微信公众号，点击“救护培训—我要报名”，每月1日10:00开放下一月课程报名。每期限额40人，报满即止，不接受电话报名。</p>
</details>
<details>
  <summary>问题4　缺课了还能考核吗？</summary>
  <p>救护员培训缺课累计超过2学时的，不能参加本期考核，可在3个月内插班补上缺的课程后参加考核。</p>
</details>
<details>
  <summary>问题5　考核怎么算合格？</summary>
  <p>理论考试满分100分，80分及格；实操考核心肺复苏、AED、止血包扎、骨折固定4个项目须全部通过。不合格的可在30日内免费补考1次。</p>
</details>
<details>
  <summary>问题6　证书丢了怎么办？</summary>
  <p>在公众号“证书服务”中提交补办申请，15个工作日内补发电子证书；需要纸质证书的，到培训中心现场领取，工本费20元。</p>
</details>
<details>
  <summary>问题7　单位能不能请老师上门培训？</summary>
  <p>可以。企事业单位、学校、社区一次组织30人以上的，可申请送教上门，须提前20个工作日在公众号提交团体申请，由单位提供场地和投影设备。2024年全年送教上门412场次。</p>
</details>
<details>
  <summary>问题8　有没有针对家长的课程？</summary>
  <p>有。“家庭急救课堂”每月第二、第四个周六上午9:00在西岗区培训点开课，3学时，内容为婴幼儿心肺复苏、气道异物梗阻和烫伤处理，每期限额24个家庭，免费。</p>
</details>
<details>
  <summary>问题9　外地的救护员证在大连能用吗？</summary>
  <p>中国红十字会救护员证全国通用。外省市颁发的证书到期后，可在大连参加复训，复训费用与本市持证人员相同。</p>
</details>
<details>
  <summary>问题10　学会了能去哪里当志愿者？</summary>
  <p>持证救护员可加入“大连红十字救护志愿服务队”，参加大连马拉松、星海广场大型活动等救护保障。2024年大连马拉松共设置救护点46个，出动救护志愿者580人次。</p>
</details>

<details>
  <summary>问题11　培训当天要带什么？</summary>
  <p>请携带本人身份证原件，穿着便于跪地操作的服装和平底鞋。孕妇、近期做过手术或有严重心脏疾病的学员，实操环节可只观摩不操作，但须在报名时说明，考核另行安排。</p>
</details>
<details>
  <summary>问题12　报名后来不了怎么办？</summary>
  <p>请至少在开课前48小时在公众号取消报名。一年内无故缺席2次的，6个月内不能再报名救护员培训。因病或出差缺席的，凭相关证明可改报下一期，不计缺席次数。</p>
</details>
<details>
  <summary>问题13　AED放在哪里，怎么查？</summary>
  <p>在“大连红十字”公众号“AED地图”中可查询附近AED位置和开放时间。地铁1号线、2号线、12号线全部车站和周水子国际机场均已配置AED；如发现AED故障或耗材过期，可拨打咨询电话报修，培训中心承诺3个工作日内上门处理。</p>
</details>

<h2>三、培训地点和联系方式</h2>
<p>中山区培训点：中山区人民路28号红十字大厦3楼（周一至周五）<br>西岗区培训点：西岗区八一路156号（周六、周日）<br>金州区培训点：金州区五一路72号金州红十字会（每月第一、第三个周三）<br>咨询电话：0411-82716120（工作日8:30—16:30）</p>
<p>2024年，中心共开展普及培训8.6万人次、救护员培训1.92万人次，全市公共场所累计配置AED 1,350台。</p>
</main>
<footer><p>大连市红十字会应急救护培训中心　版权所有</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 5. Miaoli 114 plan (zh-hant txt)
ML_TXT = """苗栗縣紅十字會
中華民國一一四年度工作計畫暨預算說明
（114年1月15日第十屆第六次理事會通過）

壹、前言
一、本會成立於民國39年，現有會員1,860人、志工隊12隊、登記志工1,240人，會址設於苗栗市中正路。
二、113年7月凱米颱風期間，本會於卓蘭鎮、大湖鄉設立3處臨時救護站，動員志工186人次，發放物資
    新臺幣148萬元；檢討後決定114年度增設山區物資預置點。
三、本會置總幹事1人、專職人員7人，另有約用救護教練14人；114年度預計增聘社工員1人，專責獨居長者關懷業務。

貳、113年度重要成果
一、緊急救護訓練
（一）辦理CPR+AED普及訓練162場次，受訓8,420人次。
（二）辦理初級急救員訓練24梯次，取得證照者716人；其中竹南鎮、頭份市科學園區廠商員工占四成。
二、災害救助
（一）全年出勤救助火災、水災等災害43件，急難救助金共計新臺幣216萬元。
（二）與苗栗縣消防局簽訂合作備忘錄，於113年10月9日在後龍鎮辦理聯合防災演練。
三、捐血推動：協辦捐血活動58場，募得血袋11,260袋。

參、114年度工作計畫
一、緊急救護訓練
（一）CPR+AED普及訓練目標180場次、9,000人次，新增偏鄉場次20場（泰安鄉、南庄鄉、獅潭鄉）。
（二）初級急救員訓練26梯次，每梯次40人，學員自付教材費新臺幣500元，低收入戶免收。
二、防災整備
（一）於卓蘭鎮、大湖鄉、泰安鄉設置山區物資預置點3處，每處儲備可供200人使用3日之物資。
（二）114年9月20日於頭份市辦理全縣防災演練，預計動員志工300人。
三、水上安全
（一）於明德水庫、後龍外埔漁港周邊夏季（7月至8月）假日派駐救生志工，每日6人。
（二）辦理水上救生員訓練2梯次，結訓後納入本會水上救生隊。
四、志工培力：新進志工基礎訓練4梯次；服務滿10年志工於12月5日國際志工日表揚。
五、捐血推動
（一）協辦捐血活動目標60場，募得血袋11,500袋；與台中捐血中心合作於苗栗火車站前廣場每月第一個週日辦理定點捐血。
（二）捐血滿100次之捐血人，由本會致贈紀念獎牌並邀請出席年終感恩餐會。
六、社區關懷
（一）延續「紅十字關懷獨居長者」方案，每月訪視通霄鎮、苑裡鎮獨居長者120戶，發放營養品每戶每月新臺幣600元。
（二）急難救助採「先救助、後審查」原則，單一家戶救助金以新臺幣3萬元為上限，48小時內撥付。
（三）冬令救濟於114年1月20日前發放完畢，受益弱勢家庭380戶。

肆、114年度預算
一、預算總額：收入新臺幣1,286萬元，支出新臺幣1,254萬元，結餘新臺幣32萬元。
二、收支明細如下表（單位：新臺幣萬元）：

    科目              113年決算      114年預算      說明
    ----------------  -------------  -------------  ------------------
    會費收入                  86             90     會員增加約50人
    捐款收入                 598            612     含凱米颱風指定捐款
    政府補助收入             325            340     縣府社會處補助
    其他收入                 236            244     訓練收費等
    收入合計               1,245          1,286
    救護訓練支出             318            356     增加偏鄉場次
    災害救助支出             402            380
    防災整備支出              96            148     山區物資預置點
    行政管理支出             366            370
    支出合計               1,182          1,254

三、防災整備支出增加新臺幣52萬元，主要用於山區物資預置點之設置與物資採購。
四、救護訓練支出增加新臺幣38萬元，用於偏鄉場次講師交通費及購置訓練用AED 6台、安妮模型20具。
五、災害救助支出減少，係因113年度凱米颱風支出較多，114年度依近五年平均編列。

伍、附則
一、本計畫如遇重大災害得經常務理事會同意後調整。
二、聯絡人：總幹事 張淑芬，電話（037）326-118。
理事長　劉文雄
"""

# ---------------------------------------------------------------- 6. Ballarat CFR committee minutes (md)
BA_MD = """---
title: Ballarat Community First Responders - Committee Minutes
meeting: 11/2025
date: 2025-11-12
time: "7:00pm - 8:45pm"
location: Sebastopol Community Hall, Albert Street
chair: Megan O'Callaghan
minutes: Raj Patel (Secretary)
status: confirmed 10 December 2025
---

Ballarat Community First Responders Committee
=============================================

Minutes of the ordinary committee meeting held on Wednesday 12 November 2025.

**Present:** Megan O'Callaghan (Chair), Raj Patel (Secretary), Colin Fraser (Treasurer), Dr Helen Nguyen
(Clinical Adviser), Tom Brennan (Training Coordinator), Sophie Hartley (Equipment Officer), Aidan Walsh,
Priya Sharma, Greg Lowe

**Apologies:** Kylie Morgan, Ben Tuckett

**In attendance:** Sgt Laura Quinn, Ambulance Victoria community engagement (item 3 only)

<div class="notice">Quorum (five members) was present. The meeting opened at 7:04pm.</div>

## 1. Previous minutes and responder activity

1.1 The minutes of 8 October 2025 were confirmed (moved Colin Fraser, seconded Priya Sharma).

1.2 Responder activity, 1 July to 31 October 2025:

1.2.1 The group was dispatched to 214 calls, of which 17 were cardiac arrests[^1]. The average time from
dispatch to arrival was 6 min 40 s, about four minutes ahead of the first ambulance on average.

1.2.2 In two of the 17 arrests the patient was discharged home from Ballarat Base Hospital. The Chair thanked
Aidan Walsh and Greg Lowe, who attended the Wendouree arrest on 19 September.

1.2.3 Calls declined for lack of an available responder: 23, mostly weekday mornings in Buninyong and Delacombe.

Action: Tom Brennan to draft a weekday-morning roster proposal for the December meeting.

## 2. Public AED register

2.1 Sophie Hartley reported 48 public AEDs on the group's register; 3 are out of service (Lake Wendouree
rowing sheds, Mount Clear shops and the Delacombe skate park) awaiting new pads and batteries.

2.2 The City of Ballarat community grant of $6,500 was approved on 28 October 2025 and will buy four new
cabinet AEDs[^2].

Action: Sophie Hartley to order replacement pads and batteries by 21 November 2025.

Action: Megan O'Callaghan to write to the Sebastopol Bowls Club about hosting one of the four grant AEDs.

## 3. Ambulance Victoria update

3.1 Sgt Laura Quinn said that from 1 February 2026 responders will receive dispatches through the new
GoodSAM-style app rollout, and the old pager system will be switched off on 31 March 2026.

3.2 All responders must complete the online refresher module before 31 January 2026 to keep their accreditation.

Action: Raj Patel to email every responder the module link and keep a completion list.

## 4. Training and recruitment

4.1 Seven new recruits were accepted in October. Their two-day initial course will run on 6 and 7 December 2025
at the Buninyong Fire Station, led by Tom Brennan with Dr Helen Nguyen.

4.2 The group now has 31 active responders (up from 26 in July).

## 5. Finance

5.1 Colin Fraser tabled the accounts: balance at 31 October 2025 was $18,430.55. The Bunnings sausage sizzle on
18 October raised $1,270.

5.2 Uniform spending for the new recruits was capped at $1,400.

<table>
<tr><th>Item</th><th>Amount</th></tr>
<tr><td>Opening balance 1 July 2025</td><td>$15,902.10</td></tr>
<tr><td>Balance 31 October 2025</td><td>$18,430.55</td></tr>
</table>

## 6. General business and close

5.3 Greg Lowe asked whether responders can claim fuel for long rural call-outs. The Treasurer advised that the
current policy pays 85 cents per kilometre only for trips over 30 km return, and that claims must be lodged within
60 days. The committee agreed to keep the policy unchanged until the annual review in March 2026.

Action: Colin Fraser to circulate the fuel claim form and the policy wording with these minutes.

6.1 There will be no December social event; a responders' thank-you barbecue is planned for February 2026 at
Victoria Park.

6.2 Next meeting: Wednesday 10 December 2025, 7:00pm, Sebastopol Community Hall. Meeting closed at 8:45pm.

[^1]: Cardiac arrests are counted when a responder attended, whether or not an AED shock was given.
[^2]: The grant covers the AED units and cabinets; installation is donated by Buninyong electrician Mark Daly.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    changzhou_pdf()
    changzhou25_docx()
    whangarei_pdf()
    write_texts(OUT, [
        ("dalian_first_aid_training_faq.html", DL_HTML),
        ("miaoli_redcross_114_plan_hant.txt", ML_TXT),
        ("ballarat_cfr_committee_minutes_2025-11.md", BA_MD),
    ])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
