"""Write the six documents of blind set 35.
Mianyang 2024 work report (docx, plain-text numbered headings, 序号/备注 table), Mianyang 2025 Jan-Sep progress
(PDF, two-line table header, wrapped cells, sidebar box, "- n -" page numbers), Illawarra surf life saving review
(html with section/article/figure/figcaption, numbers in words), Yangzhou donation FAQ (md, <br> cells, footnotes),
Yunlin zh-hant drill report (txt, 民國 dates, 全形 digits, full-width-space alignment), Deeside CFR minutes (txt, tabs).
Run: .venv/bin/python make_docs35.py
"""

import os

import docx
from doc_build import write_texts
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs35")

# ---------------------------------------------------------------- 1. Mianyang 2024 work report (docx)
MY_BODY = [
    ("p", "各位理事："),
    ("p", "现在，我代表绵阳市红十字会第五届理事会常务理事会，向会议报告2024年工作和2025年工作安排，请予审议。"),
    ("h1", "1. 2024年工作回顾"),
    ("p", "2024年，在市委、市政府的坚强领导和四川省红十字会的有力指导下，市红十字会坚持以党建为引领，聚焦“三救”“三献”主责主业，"
          "各项工作取得新进展。全年全市红十字系统募集社会捐赠款物8,760万元，开展应急救护普及培训21.3万人次，两项指标均创历史新高。"),
    ("h2", "1.1 党的建设"),
    ("h3", "1.1.1 党组建设全面加强"),
    ("p", "市红十字会党组全年召开党组会议21次，落实“第一议题”制度集中学习32次，开展党纪学习教育专题读书班2期。"
          "全市9个县（市、区）红十字会全部建立党组，其中2024年新建立党组的是盐亭县红十字会和平武县红十字会。"),
    ("h3", "1.1.2 “博爱绵州”党建品牌"),
    ("p", "深化“博爱绵州”党建品牌建设，全年新命名示范党支部5个，累计达12个。市红十字会机关党支部获评“市直机关五好党支部”，"
          "机关党支部书记由专职副会长何丽萍兼任。"),
    ("h3", "1.1.3 救援队党建"),
    ("p", "全市红十字救援队发展到18支，其中15支建立党支部，另3支由所在县（市、区）红十字会党组选派党建指导员，党员队员共236名。"
          "北川羌族自治县红十字山地救援队党支部获评“绵阳市先进基层党组织”。"),
    ("h2", "1.2 应急救援与救灾"),
    ("h3", "1.2.1 平武“7·22”强降雨救灾"),
    ("p", "7月22日，平武县遭遇强降雨袭击，市、县两级红十字会启动Ⅳ级应急响应，派出救援队员148名，协助转移群众1,340人，"
          "发放家庭箱、棉被、折叠床等救灾物资价值186万元，并拨付救灾资金60万元用于受灾群众过渡安置。"),
    ("h3", "1.2.2 救援队伍日常出勤"),
    ("p", "全年组织救援队出动486次、队员6,200人次，参与山地搜救31起，成功救助被困人员74人；在绵阳科技城马拉松、"
          "中国（绵阳）科技城国际科技博览会等大型活动中设置救护点58个，处置伤病1,120人次。"),
    ("h2", "1.3 应急救护培训"),
    ("p", "全年开展应急救护普及培训21.3万人次，培训持证救护员3.46万人次，其中面向中小学教师培训持证救护员5,200人次。"
          "“救护培训进园区”活动覆盖科技城园区企业64家。新增配置AED 620台，累计达2,180台，涪城区实现地铁站、"
          "高铁站、三甲医院周边AED全覆盖。"),
    ("h2", "1.4 “三献”工作"),
    ("p", "全年新增造血干细胞捐献志愿者入库3,120人份，实现造血干细胞捐献14例，累计捐献达97例；新增遗体（器官）捐献志愿登记6,850人，"
          "实现器官捐献21例、遗体捐献33例。协助市中心血站组织团体无偿献血2.4万人次。"),
    ("h2", "1.5 人道救助与博爱家园"),
    ("p", "全年新建博爱家园25个，累计达118个；“红十字博爱助学”项目资助困难学生430名，发放助学金215万元；"
          "春节“博爱送万家”活动慰问困难群众8,600户。5月12日在北川老县城地震遗址举行汶川特大地震16周年“生命礼赞”缅怀活动。"),
    ("h2", "1.6 募捐与信息公开"),
    ("p", "全年募集社会捐赠款物8,760万元，其中资金5,420万元，物资折价3,340万元；全年支出7,930万元。"
          "所有捐赠款物均在市红十字会官网公示，2024年度财务收支由四川明诚会计师事务所进行第三方审计。"),
    ("h2", "1.7 组织建设"),
    ("p", "截至2024年底，全市发展成人会员5.7万名、青少年会员12.8万名，注册志愿者2.36万名，建成红十字服务站、救护站146个。"),
    ("h1", "2. 主要业务指标对照"),
    ("p", "2023年、2024年主要业务指标见下表。"),
    ("table", ""),
    ("h1", "3. 2025年工作安排"),
    ("h2", "3.1 目标任务"),
    ("p", "全年开展普及培训23万人次、培训持证救护员3.8万人次，新增配置AED 500台，新建博爱家园20个，示范党支部力争达到16个。"),
    ("h2", "3.2 重点工作"),
    ("p", "一是筹备绵阳市红十字会第六次会员代表大会，计划于2025年11月召开；二是推进“数字红会”平台建设；"
          "三是在北川、平武两县试点“山地应急救护站”建设。"),
    ("p", "各位理事，让我们团结一心、务实进取，推动绵阳红十字事业高质量发展再上新台阶。"),
]
MY_TABLE = [
    ("1", "应急救护普及培训（万人次）", "18.6", "21.3", "同比增长14.5%"),
    ("2", "持证救护员培训（万人次）", "3.02", "3.46", "含教师5,200人次"),
    ("3", "新增配置AED（台）", "540", "620", "累计2,180台"),
    ("4", "造血干细胞入库（人份）", "2,870", "3,120", "当年捐献14例"),
    ("5", "新建博爱家园（个）", "22", "25", "累计118个"),
    ("6", "募集社会捐赠款物（万元）", "7,410", "8,760", "含物资折价3,340万元"),
    ("7", "注册志愿者（万名）", "2.11", "2.36", "截至年底"),
]


def mianyang_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for s, size in (("绵阳市红十字会2024年工作报告", 20),
                    ("——2025年2月20日在绵阳市红十字会第五届理事会第三次会议上", 14),
                    ("绵阳市红十字会党组书记、常务副会长　罗建勇", 14)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s)
        r.font.size = Pt(size)
        r.bold = size == 20
    for kind, text in MY_BODY:
        if kind in ("h1", "h2", "h3"):
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt({"h1": 16, "h2": 15, "h3": 14}[kind])
        elif kind == "table":
            t = d.add_table(rows=1 + len(MY_TABLE), cols=5)
            t.style = "Table Grid"
            for j, h in enumerate(["序号", "指标", "2023年", "2024年", "备注"]):
                t.cell(0, j).text = h
            for i, row in enumerate(MY_TABLE, start=1):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
        else:
            p = d.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(28)
    d.save(os.path.join(OUT, "mianyang_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Mianyang 2025 Jan-Sep progress (pdf)
MY25_P1 = [
    "今年以来，市红十字会认真落实市委、市政府决策部署和省红十字会工作要求，围绕年初确定的目标任务，",
    "统筹推进党的建设、应急救护、应急救援、“三献”和人道救助等各项工作。现将1—9月进展情况报告如下。",
    "",
    "一、总体进展",
    "1—9月，全市红十字系统募集社会捐赠款物5,930万元，开展应急救护普及培训17.4万人次，完成年度目标",
    "（23万人次）的75.7%；培训持证救护员2.71万人次，完成年度目标的71.3%。新增配置AED 410台，",
    "全市累计达到2,590台。",
    "",
    "需要说明的是，经2025年3月年度统计核定，2024年全市应急救护普及培训人次调整为21.8万人次",
    "（2024年工作报告中为21.3万人次），持证救护员培训调整为3.52万人次（原为3.46万人次），",
    "主要原因是部分县（市、区）12月下旬的培训数据补录入库。本报告同比数据均按核定后口径计算。",
    "",
    "二、党的建设",
    "市红十字会党组1—9月召开党组会议15次，集中学习24次。深入开展中央八项规定精神学习教育，",
    "组织警示教育2场。“博爱绵州”示范党支部新增2个，累计达到14个。全市红十字救援队增至20支，",
    "其中18支建立党支部，新成立的三台县红十字水上救援队和梓潼县红十字应急救援队均同步建立党支部。",
]
MY25_SIDE = [
    "【数说前三季度】",
    "普及培训 17.4万人次",
    "持证救护员 2.71万人次",
    "新增AED 410台",
    "造血干细胞捐献 11例",
    "新建博爱家园 14个",
    "“最快的一次，",
    "志愿者4分12秒",
    "就赶到了现场。”",
    "——游仙区救护志愿者",
    "　　王晓燕",
]
MY25_P2 = [
    "三、应急救援",
    "1—9月，全市红十字救援队出动392次、队员4,860人次，参与山地搜救22起，成功救助被困人员51人。",
    "8月14日，安州区高川乡突发山洪，市红十字会启动Ⅲ级应急响应，调派北川、安州、江油3支救援队共96名",
    "队员参与救援，转移群众620人，发放救灾物资价值94万元。",
    "",
    "四、“三献”工作",
    "新增造血干细胞捐献志愿者入库2,460人份，实现造血干细胞捐献11例，累计捐献达108例；新增遗体（器官）",
    "捐献志愿登记5,120人，实现器官捐献17例、遗体捐献26例。",
    "",
    "五、主要指标同比情况",
]
MY25_TABLE_HEAD = [("指标", ""), ("2024年", "1—9月"), ("2025年", "1—9月"), ("同比", "增减"), ("说明", "")]
MY25_TABLE = [
    ("应急救护普及培训", "14.6万人次", "17.4万人次", "+19.2%", ["2024年全年按核定口径", "为21.8万人次"]),
    ("持证救护员培训", "2.38万人次", "2.71万人次", "+13.9%", ["含中小学教师", "4,150人次"]),
    ("新增配置AED", "380台", "410台", "+7.9%", ["累计2,590台，重点补充", "乡镇卫生院"]),
    ("造血干细胞入库", "2,210人份", "2,460人份", "+11.3%", ["高校集中采样", "占58%"]),
    ("新建博爱家园", "11个", "14个", "+27.3%", ["平武、北川山区", "新建9个"]),
    ("募集社会捐赠款物", "5,240万元", "5,930万元", "+13.2%", ["其中资金3,860万元"]),
]
MY25_P3 = [
    "六、人道救助与志愿服务",
    "1—9月新建博爱家园14个，全市累计达到132个；“红十字博爱助学”项目资助困难学生310名，发放助学金",
    "155万元。截至9月底，全市注册志愿者2.58万名，红十字志愿服务队87支，成人会员6.1万名。",
    "",
    "七、存在的问题",
    "一是持证救护员培训进度滞后于时序进度4个百分点；二是部分山区县AED配置密度仍然偏低，",
    "平武县每10万人口仅配置AED 19台；三是救援队装备更新资金缺口约120万元。",
    "",
    "八、第四季度工作打算",
    "一是确保完成全年普及培训23万人次目标；二是召开市红十字会第六次会员代表大会，时间调整为2025年",
    "12月上旬；三是完成北川、平武“山地应急救护站”试点建设6个；四是开展“12·5”国际志愿者日表彰活动。",
    "",
    "绵阳市红十字会办公室　　2025年10月15日",
]


def mianyang_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "mianyang_redcross_2025_jan-sep_progress.pdf"), pagesize=A4)

    def pageno(n):
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 12 * mm, f"- {n} -")

    # page 1
    c.setFont(F, 18)
    c.drawCentredString(W / 2, H - 28 * mm, "绵阳市红十字会2025年1—9月重点工作进展情况")
    c.setFont(F, 10)
    c.drawCentredString(W / 2, H - 36 * mm, "绵红办〔2025〕47号")
    y = H - 50 * mm
    c.setFont(F, 10.5)
    for line in MY25_P1:
        c.drawString(18 * mm, y, line)
        y -= 6.2 * mm
    pageno(1)
    c.showPage()
    # page 2: text + sidebar box + table
    c.setFont(F, 10.5)
    y = H - 22 * mm
    body_lines = MY25_P2
    for line in body_lines:
        # keep text left of the sidebar on the top part
        c.drawString(18 * mm, y, line if len(line) < 44 else line)
        y -= 6.2 * mm
    # sidebar box bottom-right area below the text
    bx, by, bw, bh = 140 * mm, 40 * mm, 52 * mm, 75 * mm
    c.setFillColor(colors.Color(0.96, 0.9, 0.9))
    c.setStrokeColor(colors.darkred)
    c.rect(bx, by, bw, bh, fill=1, stroke=1)
    c.setFillColor(colors.black)
    yy = by + bh - 8 * mm
    for i, s in enumerate(MY25_SIDE):
        c.setFont(F, 10 if i else 11)
        c.drawString(bx + 4 * mm, yy, s)
        yy -= 6 * mm
    # table with two-line header and wrapped cells
    xs = [18 * mm, 50 * mm, 70 * mm, 90 * mm, 106 * mm, 136 * mm]
    ty = y - 4 * mm
    c.setFont(F, 9.5)
    c.line(xs[0], ty + 5 * mm, xs[-1], ty + 5 * mm)
    for j, (a, b) in enumerate(MY25_TABLE_HEAD):
        c.drawString(xs[j] + 1.5 * mm, ty, a)
        if b:
            c.drawString(xs[j] + 1.5 * mm, ty - 4.5 * mm, b)
    ty -= 7 * mm
    c.line(xs[0], ty, xs[-1], ty)
    for row in MY25_TABLE:
        ty -= 5 * mm
        for j, v in enumerate(row[:4]):
            c.drawString(xs[j] + 1.5 * mm, ty, v)
        for k, part in enumerate(row[4]):
            c.drawString(xs[4] + 1.5 * mm, ty - k * 4.5 * mm, part)
        ty -= 4.5 * mm * max(1, len(row[4])) + 1 * mm
        c.line(xs[0], ty + 2 * mm, xs[-1], ty + 2 * mm)
    c.setFont(F, 8.5)
    c.drawString(18 * mm, ty - 4 * mm, "注：同比按2024年核定口径计算；AED累计数含市级统一采购和社会捐赠。")
    pageno(2)
    c.showPage()
    # page 3
    c.setFont(F, 10.5)
    y = H - 22 * mm
    for line in MY25_P3:
        c.drawString(18 * mm, y, line)
        y -= 6.2 * mm
    pageno(3)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. Illawarra surf life saving review (html)
ILL_HTML = """<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Annual Review 2024-25 | Surf Life Saving Illawarra</title>
</head>
<body>
<header>
<div class="brand">Surf Life Saving Illawarra &middot; Branch of Surf Life Saving NSW</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/clubs">Our Clubs</a></li><li><a href="/patrols">Patrols</a></li><li><a href="/reports">Reports</a></li><li><a href="/donate">Donate</a></li></ul></nav>
</header>
<main>
<article>
<h1>Annual Review 2024-25</h1>
<p class="lede">Surf Life Saving Illawarra covers seventeen volunteer surf life saving clubs along the coast from Stanwell Park in the north to Gerroa in the south. This review covers the 2024-25 patrol season, which ran from Saturday 28 September 2024 to Sunday 27 April 2025.</p>

<section id="president">
<h2>President's message</h2>
<p>It is my privilege to report on a season in which our members gave more of their time than ever before. Volunteer patrol hours reached 61,480, up from 57,230 last season, and not a single life was lost between the flags on a patrolled beach during patrol hours. I thank every one of our four thousand two hundred and sixty members, and in particular the three hundred and eighty-five patrol captains and vice-captains who led patrols every weekend.</p>
<p>The season was not without challenges. Heavy swell in early January closed eleven beaches on a single day, and our volunteers were stretched during the week of 13 to 19 January, when school-holiday crowds met dangerous rip currents.</p>
<p>&mdash; Karen Whitlock, Branch President</p>
</section>

<section id="lifesaving">
<h2>Lifesaving operations</h2>
<article class="stat-story">
<h3>Rescues and first aid</h3>
<p>Our patrols performed two hundred and eighty-seven rescues during the season, compared with three hundred and twelve in 2023-24. Lifesavers carried out 14,960 preventative actions, such as moving swimmers away from rips, and treated 2,316 first aid cases, of which sixty-four were classed as major first aid, including eleven resuscitations.</p>
<figure>
<img src="/img/2025/rescues-by-month.png" alt="Bar chart of rescues by month">
<figcaption>Figure 1. Rescues by month, 2024-25: January accounted for one hundred and nine of the season's 287 rescues.</figcaption>
</figure>
</article>
<article class="stat-story">
<h3>The Bulli Beach mass rescue</h3>
<p>On the afternoon of Sunday 19 January 2025, a rip current formed suddenly at the southern end of Bulli Beach and swept eleven swimmers out of their depth. Patrol captain Josh Ferreira and five patrol members brought all eleven to shore within nine minutes using two rescue boards and an inflatable rescue boat (IRB). Two of the swimmers were taken to Wollongong Hospital by NSW Ambulance and were released the same evening. The patrol has been nominated for the Surf Life Saving NSW Rescue of the Year award.</p>
</article>
<article class="stat-story">
<h3>Drones and support operations</h3>
<p>The branch's UAV (drone) program expanded from four to six aircraft this season. Drone pilots flew 318 missions, dropped flotation devices on seven occasions and spotted nineteen sharks, which led to twelve temporary beach closures. The Support Operations jet-ski crews responded to forty-one after-hours callouts, most of them from the Illawarra Surf Emergency Response Team (SERT) roster.</p>
<figure>
<img src="/img/2025/drone-launch-windang.jpg" alt="Drone launch at Windang">
<figcaption>Figure 2. Pilot Mei Tanaka launches a surveillance drone at Windang, where the branch's sixth drone was based from December 2024.</figcaption>
</figure>
</article>
</section>

<section id="education">
<h2>Member education</h2>
<p>Four hundred and twelve new Bronze Medallion awards were issued, along with 538 Surf Rescue Certificates for members aged thirteen and fourteen. The branch ran its first Advanced Resuscitation Techniques course in Kiama in March 2025; twenty-three members qualified. Chief Training Officer Priya Nandakumar notes that the pass rate for the Bronze Medallion was ninety-one per cent.</p>
<dl>
<dt>Bronze Medallion</dt>
<dd>The core qualification to patrol; minimum age fifteen. 412 awards in 2024-25.</dd>
<dt>Surf Rescue Certificate (SRC)</dt>
<dd>Entry qualification for members aged thirteen and fourteen. 538 awards in 2024-25.</dd>
<dt>Advanced Resuscitation Techniques (ART)</dt>
<dd>Oxygen and defibrillator use; required for all patrol captains from the 2025-26 season.</dd>
</dl>
</section>

<section id="community">
<h2>Community programs</h2>
<p>The Surf Safe schools program reached 9,840 primary school students in fifty-two schools, and the On the Same Wave program for culturally and linguistically diverse communities welcomed three hundred and forty participants, many of them new arrivals living in Wollongong's western suburbs. Nippers (junior activities) enrolments rose to 3,105 children aged five to thirteen.</p>
</section>

<section id="finance">
<h2>Finances and partners</h2>
<p>Total branch income was $2.74 million, including a NSW Government grant of $185,000 for the drone program and $96,000 raised at the Illawarra Surf Classic carnival. Expenditure was $2.61 million. Director of Lifesaving Matt Petrovic has asked clubs to replace twenty-eight IRB motors that reach the end of their service life in 2026.</p>
<figure>
<img src="/img/2025/income-pie.png" alt="Income sources pie chart">
<figcaption>Figure 3. Income sources 2024-25: grants 38 per cent, fundraising 27 per cent, club levies 21 per cent, other 14 per cent.</figcaption>
</figure>
</section>

<section id="awards">
<h2>Awards</h2>
<p>Lifesaver of the Year: Josh Ferreira (Bulli SLSC). Junior Lifesaver of the Year: Ava McLeod, fifteen, of Thirroul SLSC. Club of the Year: Coledale SLSC, whose members patrolled 4,210 hours. The Illawarra Branch Championships were held at North Wollongong on 8 and 9 February 2025.</p>
</section>
</article>
</main>
<footer>
<p>Surf Life Saving Illawarra Inc. &middot; ABN 00 000 000 000 &middot; Published 30 June 2025 &middot; Next season starts Saturday 27 September 2025.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. Yangzhou stem cell / organ donation FAQ (md)
YZ_MD = """# 扬州市红十字会造血干细胞和遗体器官捐献常见问题解答（2025年版）

> 编写：扬州市红十字会赈济救护部　更新日期：2025年4月8日
> 咨询电话：0514-87361120（工作日8:30—17:30）　地址：扬州市邗江区文昌西路398号市红十字会一楼服务大厅

## 一、造血干细胞捐献

**问1：哪些人可以加入中华骨髓库？**

年龄18—45周岁、身体健康、体重男性不低于50公斤、女性不低于45公斤的公民均可报名[^1]。已满45周岁的志愿者仍保留在库中，但年满60周岁后资料自动退出检索。

**问2：加入骨髓库要抽多少血？**

初筛只需采集血样8—10毫升，或用口腔拭子采样，不会对身体造成影响。扬州市常年采样点设在市中心血站（扬州市文昌中路），另在扬州大学、扬州职业大学每年开展高校集中采样。

**问3：配型成功后的流程是什么？**

| 阶段 | 主要内容 | 大约用时 |
| --- | --- | --- |
| 初配型 | 中华骨髓库比对HLA分型<br>市红会联系志愿者确认意愿 | 1—2周 |
| 高分辨 | 再次采血做高分辨检测<br>同时开展捐献动员 | 2—4周 |
| 体检 | 在南京指定医院体检<br>交通住宿由红会安排 | 约1周 |
| 采集 | 注射动员剂4—5天<br>外周血采集约4小时 | 5—6天 |

**问4：捐献会影响健康吗？**

不会。现在绝大多数采用外周血采集，一般只需采集约200毫升混合血液中的造血干细胞，捐献后1—2周即可恢复[^2]。截至2024年底，扬州市累计实现造血干细胞捐献63例，所有捐献者均恢复良好。

**问5：捐献期间有补助吗？**

有。捐献者在采集期间的交通、食宿、体检费用全部由中华骨髓库和扬州市红十字会承担，并为捐献者购买专项保险。市红十字会另向每位捐献者发放营养补助3,000元，所在单位应给予带薪假期。

## 二、遗体和器官捐献

**问6：如何登记成为遗体（器官）捐献志愿者？**

可通过“中国人体器官捐献志愿登记管理系统”网上登记，或到市、县（市、区）红十字会书面登记。年满18周岁的完全民事行为能力人均可登记；未满18周岁的，须经父母双方书面同意[^3]。

**问7：登记后可以反悔吗？**

可以。登记是志愿行为，志愿者可随时通过原渠道变更或撤销登记，无需说明理由。

**问8：遗体捐献的接收单位是哪里？**

| 县（市、区） | 接收单位 | 备注 |
| --- | --- | --- |
| 广陵区、邗江区、江都区 | 扬州大学医学院 | 24小时接收<br>电话0514-87978800 |
| 仪征市、高邮市 | 扬州大学医学院 | 需提前联系<br>由红会派车 |
| 宝应县 | 南京医科大学 | 跨市接收<br>红会协助办理手续 |

**问9：捐献者家属能得到什么帮助？**

市红十字会为捐献者举行缅怀纪念活动，每年清明节前在扬州市生命礼赞园（位于仪征市枣林湾）集体祭扫，捐献者名字镌刻在纪念碑上。家庭困难的，可申请人道救助金，最高2万元。

## 三、相关数据

2024年，扬州市新增造血干细胞捐献志愿者入库4,260人份，实现造血干细胞捐献9例；新增遗体（器官）捐献志愿登记1.12万人，实现器官捐献43例、遗体捐献58例。全市遗体（器官）捐献志愿登记累计达到5.86万人。

[^1]: 依据《中华骨髓库志愿捐献者健康标准》（2023年修订）。
[^2]: 极少数情况下采用骨髓采集，需在手术室麻醉下进行，约需住院3天。
[^3]: 依据《人体器官捐献和移植条例》（2024年5月1日起施行）。
"""

# ---------------------------------------------------------------- 5. Yunlin zh-hant drill report (txt)
YL_TXT = """中華民國紅十字會雲林縣支會
民國１１４年度防汛期水上救生暨災害救護演練成果報告

發文日期：中華民國１１４年８月２０日
發文字號：雲紅總字第１１４０００３１８號
承辦人：救護組　組長　廖淑娟

壹、演練依據
　　依據中華民國紅十字會總會１１４年度防災工作計畫及雲林縣政府「１１４年度全民防衛動員暨災害防救演習（民安１１號）」實施計畫辦理。

　　演練背景：民國１１３年７月凱米颱風期間，本縣古坑、林內等鄉鎮發生淹水，本會共出動志工３４２人次、開設收容所３處、收容民眾１６８人，暴露出水域救援人力不足及橡皮艇老舊等問題，故本年度演練以「水域救援」及「收容所開設」為重點科目。

貳、演練時間及地點
　　時　　間：民國１１４年６月２８日（星期六）上午８時３０分至１２時
　　地　　點：雲林縣斗六市湖山水庫管理中心前廣場及水域
　　預備會議：民國１１４年６月１０日下午２時，本會三樓會議室

參、參演單位及人數
　　單　　位　　　　　　　　　　　人　數
　　本會水上救生隊　　　　　　　　　３６人
　　本會災害救護志工大隊　　　　　　５８人
　　斗六市急救志工分隊　　　　　　　２４人
　　雲林縣消防局第一大隊　　　　　　２２人
　　國立虎尾科技大學紅十字青年社　　１８人
　　合　　計　　　　　　　　　　　１５８人

肆、演練科目
　　一、水域溺水救援：模擬民眾於水庫親水區落水，救生隊員以救生浮標及橡皮艇救援，從接獲通報至救起落水者共計４分３８秒。
　　二、檢傷分類：模擬遊覽車翻覆，傷患２５人，依START檢傷分類法分為紅、黃、綠、黑四類，完成時間１２分鐘。
　　三、CPR＋AED操作：由虎尾科大紅十字青年社示範，現場民眾體驗人數達３１２人。
　　四、災民收容所開設：開設臨時收容所１處，可收容１２０人，發放賑濟物資包（含毛毯、乾糧、飲水）２００份。

伍、評核結果
　　本次演練由雲林縣政府消防局及衛生局共同評核，總評分９２分，評定為「優等」。
　　評核委員：雲林縣消防局副局長　蔡明德、雲林縣衛生局科長　黃雅婷。
　　評核意見摘要：
　　（一）水域救援分工明確，橡皮艇下水時間較去年縮短４０秒。
　　（二）檢傷分類流程熟練，惟黃色傷患後送紀錄不完整，應加強表單填寫。
　　（三）收容所動線規劃良好，建議增設無障礙廁所。

陸、年度救護服務統計（民國１１４年１月至７月）
　　項　　目　　　　　　　　　　數　量
　　急救站勤務　　　　　　　　　　８６場次
　　服務人次　　　　　　　　　　　１，９４０人次
　　急救訓練（初級急救員）　　　　４２班
　　取得證書人數　　　　　　　　　１，２６０人
　　AED急救教育推廣　　　　　　　　１５５場
　　水上救生勤務（古坑、斗六）　　６４天

柒、經費
　　本次演練經費新臺幣１８６，０００元，由雲林縣政府補助１２０，０００元，其餘６６，０００元由本會自籌。

捌、檢討及改進
　　一、本會水上救生隊現有橡皮艇２艘，已逾使用年限８年，擬於１１５年度申請汰換１艘，預算約新臺幣４５萬元。
　　二、志工平均年齡５６．４歲，將於１１４年１０月起至虎尾科大、環球科大辦理青年志工招募說明會。
　　三、預定於民國１１４年１１月１５日在北港鎮辦理下半年度颱風災害疏散演練。

捌之一、各分隊志工人數（截至民國１１４年７月３１日）
　　分　　隊　　　　　　　志工人數　　　分隊長
　　斗六分隊　　　　　　　　６２人　　　吳建宏
　　虎尾分隊　　　　　　　　４７人　　　許美玲
　　北港分隊　　　　　　　　３９人　　　蘇文彬
　　西螺分隊　　　　　　　　３３人　　　李秋月
　　麥寮分隊　　　　　　　　２８人　　　鄭國輝
　　合　　計　　　　　　　２０９人
　　說明：麥寮分隊因鄰近六輕工業區，自１１４年３月起每月加辦一場化學災害應變講習，已累計辦理５場，參加２１０人次。

捌之二、民眾回饋
　　演練結束後發放問卷３００份，回收２７６份，回收率９２％。其中「非常滿意」及「滿意」合計占９５．３％；最多民眾希望增加的課程為「兒童溺水預防」（１１８人勾選），其次為「長者跌倒處置」（８７人勾選）。本會將於民國１１４年暑假期間在古坑鄉華山地區增設一處臨時救護站，服務登山及戲水遊客。

玖、獎勵
　　表現優異人員計１２名，擬由本會頒發獎狀，其中水上救生隊隊長　林志豪　記嘉獎二次。

會長　張文雄
總幹事　陳素貞
"""

# ---------------------------------------------------------------- 6. Deeside CFR committee minutes (txt)
DS_TXT = """DEESIDE AND DONSIDE COMMUNITY FIRST RESPONDERS (SCIO SC0000000)
Minutes of the Committee Meeting held on Wednesday 17 September 2025 at 19:00
Venue: Aboyne Community Centre, Upper Hall (and by video link)

Present: Fiona Grant (Chair), Alasdair Mackie (Treasurer), Dr Ewan Robertson (Clinical Lead), Shona Duguid (Secretary),
Callum Reid (Equipment Officer), Kirsty Lamb (Volunteer Coordinator), Hamish Urquhart (Banchory team leader)
In attendance: Lorna Petrie, Community Resilience Manager, Scottish Ambulance Service (items 1 to 4 only)
Apologies: Graham Forbes (Alford team leader)

1. WELCOME AND APOLOGIES
The Chair welcomed members and thanked Lorna Petrie for attending. Apologies were noted from Graham Forbes. The Chair confirmed that the meeting was quorate with seven of nine committee members present.

2. MINUTES OF THE LAST MEETING (18 JUNE 2025)
The minutes were approved as a true record, proposed by Kirsty Lamb and seconded by Callum Reid. Matter arising: the replacement defibrillator for the Ballater cabinet was installed on 2 July 2025.

3. ACTIVITY REPORT, APRIL TO AUGUST 2025
Kirsty Lamb presented the callout figures for the five months to 31 August. The group now has thirty-four active responders across four teams, up from twenty-nine in March. Total callouts were 212, compared with 176 for the same period in 2024.

Team	Responders	Callouts	Cardiac arrests	Median arrival (min)
Aboyne	9	58	4	7.5
Banchory	11	83	6	6.0
Ballater	6	31	2	9.0
Alford	8	40	3	8.5
Total	34	212	15	7.0

Responders arrived before the ambulance in 141 of the 212 callouts. Of the fifteen cardiac arrests attended, CPR was already in progress by a bystander in nine, and a shock was delivered by a public-access defibrillator in five. Two patients survived to hospital discharge, both in the Banchory area.
Lorna Petrie reported that the Scottish Ambulance Service intends to increase the North East CFR dispatch radius from ten to twelve miles from 1 November 2025, because rural response times in upper Deeside remain above the national target.

4. TRAINING
Dr Ewan Robertson reported that eight new responders completed the Scottish Ambulance Service CFR course on 9 and 10 August at Banchory Fire Station. Annual requalification is due for twelve responders before 31 December. The committee agreed that every responder should complete the new catastrophic haemorrhage module by 31 March 2026; the module takes three hours and will be delivered by Dr Robertson.
Decision: Dr Robertson to run four catastrophic haemorrhage sessions between November 2025 and February 2026.

5. FINANCE
The Treasurer reported a bank balance of GBP 18,460 at 31 August 2025. Income since April was GBP 7,920, of which GBP 3,500 was a grant from the Deeside Community Trust and GBP 2,140 came from the Aboyne Highland Games bucket collection on 6 August. Expenditure was GBP 5,310, mainly fuel reimbursement (GBP 2,260) and consumables.
Decision: The committee approved the purchase of two replacement response kits at GBP 640 each (six votes in favour, one abstention: Callum Reid, who had declared an interest as a family member works for the supplier).

6. EQUIPMENT AND PUBLIC-ACCESS DEFIBRILLATORS
Callum Reid reported that the group now maintains twenty-seven public-access defibrillator cabinets, all registered on The Circuit national defibrillator network. Two cabinets (Tarland and Logie Coldstone) had pads expiring in October 2025; replacements have been ordered. The Ballater response car passed its MOT on 4 September.

7. VOLUNTEER WELLBEING
Kirsty Lamb reported that three responders used the peer-support line after a difficult callout in July. The committee agreed to offer a wellbeing evening with a trauma-risk management (TRiM) practitioner on 22 October 2025.

8. ANY OTHER BUSINESS
Hamish Urquhart proposed recruiting responders in Torphins, where there has been no team since 2022. Agreed: Kirsty Lamb to hold a recruitment evening in Torphins Village Hall on 5 November 2025.
The group's tenth anniversary will fall on 14 March 2026; Shona Duguid will form a small working group to plan a celebration.

9. DATE OF NEXT MEETING
Wednesday 10 December 2025 at 19:00, Banchory Fire Station training room.

The meeting closed at 20:47.

ACTION POINTS
Who	What	By when
Dr Ewan Robertson	Run four catastrophic haemorrhage sessions	28 February 2026
Kirsty Lamb	Torphins recruitment evening	5 November 2025
Callum Reid	Fit new pads at Tarland and Logie Coldstone	31 October 2025
Alasdair Mackie	Order two response kits (GBP 1,280 total)	30 September 2025
Shona Duguid	Tenth anniversary working group	10 December 2025

Signed: Fiona Grant, Chair	Date: 10 December 2025 (to be signed at next meeting)
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    mianyang_docx()
    mianyang_pdf()
    write_texts(OUT, [
        ("illawarra_surf_life_saving_review_2024-25.html", ILL_HTML),
        ("yangzhou_donation_faq_2025.md", YZ_MD),
        ("yunlin_redcross_drill_114.txt", YL_TXT),
        ("deeside_cfr_minutes_2025-09.txt", DS_TXT),
    ])


if __name__ == "__main__":
    main()
