"""Write the six documents of blind set 34 (Qingdao docx + html, Darwin PDF + FAQ txt, Penang md, Taitung html).
Run: .venv/bin/python bench/library/make_docs34.py
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
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs34")

# ---------------------------------------------------------------- 1. Qingdao 2024 work report (docx)
QD_SHORT = "青岛市红十字会2024年度工作报告"
QD_TITLE = "青岛市红十字会2024年度工作报告"
QD_SUB = [
    "——2025年1月16日在青岛市红十字会第六届理事会第四次会议上",
    "青岛市红十字会党组书记、常务副会长　刘春梅",
]
QD_BODY = [
    ("p", "", "各位理事："),
    ("p", "", "现在，我代表青岛市红十字会第六届理事会常务理事会，向会议报告2024年工作和2025年工作安排，请予审议。"),
    ("h1", "", "一、2024年工作回顾"),
    ("p", "", "2024年，在市委、市政府的坚强领导和中国红十字会总会、山东省红十字会的有力指导下，市红十字会坚持以党建为引领，"
              "聚焦“三救”“三献”主责主业，全市红十字事业保持稳中有进的良好态势。全年全市红十字系统募集社会捐赠款物1.38亿元，"
              "开展应急救护普及培训32.6万人次，均创历史新高。"),
    ("h2", "", "（一）党的建设"),
    ("b", "全面加强党的建设。", "市红十字会党组全年召开党组会议24次，落实“第一议题”制度开展集中学习38次；扎实开展党纪学习教育，"
                         "组织警示教育4场、专题党课6次。全市10个区（市）红十字会全部建立党组，党组书记全部由同级党委任命。"),
    ("b", "打造“博爱琴岛”党建品牌。", "机关2个党支部与基层红十字会、救援队开展结对共建26对；“博爱琴岛”示范党支部累计命名21个，"
                              "其中2024年新命名6个。市红十字会机关第一党支部获评“市直机关过硬党支部”。"),
    ("b", "推进救援队党建全覆盖。", "全市红十字救援队发展到34支，其中29支建立党支部，其余5支由所在区（市）红十字会党组派驻党建指导员，"
                            "党员队员共612名。青岛市红十字海上搜救队党支部获评“青岛市先进基层党组织”。"),
    ("h2", "", "（二）应急救援"),
    ("b", "救援队伍能力持续提升。", "全年组织救援队出动1,260次、队员1.8万人次，参与崂山景区游客搜救43起，成功救助游客118人。"
                            "在青岛国际帆船周、青岛国际啤酒节等大型活动中设置救护点97个，处置伤病2,340人次。"
                            "6月在西海岸新区组织全市红十字救援队联合演练，参演队员420名。"),
    ("h2", "", "（三）应急救护培训"),
    ("b", "“琴岛急救圈”扩面提质。", "全年开展应急救护普及培训32.6万人次，培训持证救护员5.84万人次，其中面向中小学教师培训持证救护员7,300人次。"
                             "新增配置AED 1,150台，累计达4,320台；“琴岛急救圈”注册救护志愿者1.2万名，全年响应呼救326次，"
                             "成功参与救治心脏骤停患者17例。市应急救护培训中心新建黄岛、即墨2个实训基地。"),
    ("h2", "", "（四）“三献”工作"),
    ("b", "造血干细胞捐献再创佳绩。", "全年新增造血干细胞捐献志愿者入库8,640人份，实现造血干细胞捐献51例，累计捐献达412例，"
                              "捐献例数居全省前列。"),
    ("b", "遗体器官捐献稳步推进。", "全年新增遗体（器官）捐献志愿登记1.93万人，实现遗体捐献88例、器官捐献65例。"
                            "4月3日在市人体器官捐献者纪念园举行“生命礼赞”缅怀纪念活动，捐献者家属及各界代表230余人参加。"),
    ("b", "无偿献血服务保障有力。", "协助血站组织团体无偿献血5.2万人次，命名“红十字无偿献血示范单位”15家。"),
    ("h2", "", "（五）人道救助与博爱家园"),
    ("b", "博爱家园建设提档升级。", "全年新建博爱家园42个，累计达186个，覆盖全市10个区（市）的136个镇（街道）。"),
    ("b", "人道救助精准有效。", "春节期间开展“博爱送万家”活动，慰问困难群众1.36万人次，发放款物1,480万元；"
                          "“红十字博爱助学”项目资助困难学生620名，发放助学金310万元；救助大病患者213人。"),
    ("h2", "", "（六）募捐与公开透明"),
    ("b", "依法规范开展募捐。", "全年募集社会捐赠款物1.38亿元，其中资金9,860万元，物资折价3,940万元；全年支出1.21亿元。"
                          "捐赠款物全部在市红十字会官网和“青岛红会”微信公众号公示，信息公开率100%。"
                          "2024年度财务收支由青岛正源会计师事务所进行第三方审计。"),
    ("h2", "", "（七）组织建设与志愿服务"),
    ("b", "基层组织不断夯实。", "截至2024年底，全市发展成人会员9.6万名、青少年会员21.4万名，注册志愿者4.85万名，"
                          "红十字志愿服务队168支；建成红十字服务站、救护站310个。"),
    ("h1", "", "二、主要业务数据对比"),
    ("p", "", "2023年、2024年主要业务数据对比见下表（人次为服务或培训人次，万元为投入或发放金额）。"),
    ("table", "", ""),
    ("h1", "", "三、2025年工作安排"),
    ("b", "坚持党建引领。", "深化“博爱琴岛”党建品牌建设，力争2025年底示范党支部达到30个。"),
    ("b", "做强救护主业。", "全年开展普及培训35万人次、培训持证救护员6万人次，新增配置AED 1,000台。"),
    ("b", "推进博爱家园。", "新建博爱家园40个，推动博爱家园向海岛、渔村延伸。"),
    ("b", "筹备换届工作。", "做好青岛市红十字会第七次会员代表大会筹备工作，计划于2025年第四季度召开。"),
    ("p", "", "各位理事，新的一年，我们将以更加昂扬的精神状态，奋力谱写青岛红十字事业高质量发展新篇章。"),
    ("h1", "", "附件"),
    ("p", "", "1. 2024年度青岛市红十字会捐赠款物收支情况表"),
    ("p", "", "2. 2024年度全市红十字救援队名录（34支）"),
    ("p", "", "3. 2024年度“博爱琴岛”示范党支部名单"),
    ("p", "", "4. 2025年青岛市红十字会重点工作任务分解表"),
]
QD_TABLE = [
    ("应急救护普及培训", "28.9万", "1,020", "32.6万", "1,180"),
    ("持证救护员培训", "5.12万", "610", "5.84万", "705"),
    ("“博爱送万家”慰问", "1.18万", "1,260", "1.36万", "1,480"),
    ("红十字博爱助学", "540", "270", "620", "310"),
    ("造血干细胞采样入库", "7,920", "396", "8,640", "432"),
    ("救援队员出勤", "1.52万", "185", "1.8万", "226"),
]


def qingdao_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = QD_SHORT
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading(QD_TITLE, level=0)
    for s in QD_SUB:
        p = d.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, lead, text in QD_BODY:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            r = p.add_run(lead)
            r.bold = True
            p.add_run(text)
        elif kind == "table":
            t = d.add_table(rows=2 + len(QD_TABLE), cols=5)
            t.style = "Table Grid"
            a = t.cell(0, 0).merge(t.cell(1, 0))
            a.text = "项目"
            b = t.cell(0, 1).merge(t.cell(0, 2))
            b.text = "2023年"
            c = t.cell(0, 3).merge(t.cell(0, 4))
            c.text = "2024年"
            for j, u in enumerate(["人次", "万元", "人次", "万元"], start=1):
                t.cell(1, j).text = u
            for i, row in enumerate(QD_TABLE, start=2):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
        else:
            p = d.add_paragraph(text)
            if not text.startswith(("1.", "2.", "3.", "4.")):
                p.paragraph_format.first_line_indent = Pt(28)
    d.save(os.path.join(OUT, "qingdao_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Qingdao 2025 Q1-Q3 news page (html)
QD_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>市红十字会2025年前三季度重点工作进展情况_工作动态_青岛市红十字会</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="top-bar">欢迎访问青岛市红十字会网站　|　无障碍浏览　|　长者模式</div>
<div class="banner"><img src="/images/logo_qdhh.png" alt="青岛市红十字会"></div>
<div class="nav">
<ul>
<li><a href="/">首页</a></li><li><a href="/hhgk/">红会概况</a></li><li><a href="/gzdt/">工作动态</a></li>
<li><a href="/xxgk/">信息公开</a></li><li><a href="/jzgs/">捐赠公示</a></li><li><a href="/jhpx/">救护培训</a></li>
<li><a href="/zysf/">志愿服务</a></li>
</ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; 正文</div>
<div class="article">
<h1 class="art-title">市红十字会2025年前三季度重点工作进展情况</h1>
<div class="art-info">发布时间：2025-10-14 09:30　　来源：青岛市红十字会办公室　　浏览次数：1873　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="TRS_Editor">
<p>&nbsp;&nbsp;&nbsp;&nbsp;今年以来，市红十字会深入贯彻党的二十届三中全会精神，围绕年度目标任务，扎实推进“三救”“三献”各项工作。前三季度，全市红十字系统各项主要指标进度均超过序时要求，现将有关情况通报如下。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>一、党建引领持续深化。</strong>市红十字会党组前三季度召开党组会议17次，开展“第一议题”集中学习26次。“博爱琴岛”示范党支部新命名5个，累计达到26个。截至2024年底，全市红十字救援队为36支，今年新组建黄岛区红十字山地救援队，救援队总数达到37支，其中32支已建立党支部。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>二、应急救护培训提速扩面。</strong>前三季度全市开展应急救护普及培训26.3万人次，培训持证救护员4.37万人次，完成全年目标的72.8%。新增配置AED 860台，全市累计达5,180台。“琴岛急救圈”前三季度响应呼救271次，成功参与救治心脏骤停患者14例。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>三、“三献”工作稳步推进。</strong>前三季度新增造血干细胞捐献志愿者入库6,210人份，实现捐献43例，全市累计捐献达455例；新增遗体（器官）捐献志愿登记1.42万人，实现遗体捐献61例、器官捐献49例。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>四、博爱家园和人道救助。</strong>前三季度新建博爱家园31个，其中海岛、渔村博爱家园9个。2024年全年全市新建博爱家园45个，为今年工作打下良好基础。“红十字博爱助学”秋季资助困难学生480名，发放助学金240万元。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>五、募捐和信息公开。</strong>前三季度全市募集社会捐赠款物8,420万元，同比增长6.3%。2024年全年全市募集社会捐赠款物1.41亿元（经审计口径）。所有捐赠款物均在官网“捐赠公示”栏目按月公开。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>六、志愿服务和宣传。</strong>“5·8”世界红十字日期间，全市组织主题宣传活动112场，现场普及应急救护知识3.6万人次；暑期开展“红十字救护进校园”活动，覆盖中小学校214所。新招募注册志愿者3,850名，全市红十字注册志愿者总数超过5.2万名。</p>
<p>下一步，市红十字会将对照全年目标，重点做好第七次会员代表大会筹备、冬季“博爱送万家”和岁末年初安全保障等工作，确保全面完成全年任务。</p>
<p style="text-align:center">青岛市红十字会2025年前三季度主要指标完成情况</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><th>指标</th><th>单位</th><th>全年目标</th><th>1—9月完成</th><th>完成比例</th></tr>
<tr><td>应急救护普及培训</td><td>万人次</td><td>35</td><td>26.3</td><td>75.1%</td></tr>
<tr><td>持证救护员培训</td><td>万人次</td><td>6</td><td>4.37</td><td>72.8%</td></tr>
<tr><td>新增配置AED</td><td>台</td><td>1,000</td><td>860</td><td>86.0%</td></tr>
<tr><td>新建博爱家园</td><td>个</td><td>40</td><td>31</td><td>77.5%</td></tr>
<tr><td>造血干细胞采样入库</td><td>人份</td><td>8,000</td><td>6,210</td><td>77.6%</td></tr>
<tr><td>募集社会捐赠款物</td><td>万元</td><td>12,000</td><td>8,420</td><td>70.2%</td></tr>
</table>
<p style="text-align:right">（责任编辑：王晓宁）</p>
</div>
<div class="art-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="/gzdt/202507/t20250712_8810.html">市红十字会召开2025年上半年工作推进会</a> 2025-07-12</li>
<li><a href="/gzdt/202505/t20250508_8642.html">“5·8”世界红十字日主题宣传活动在五四广场举行</a> 2025-05-08</li>
<li><a href="/gzdt/202501/t20250117_8401.html">市红十字会第六届理事会第四次会议召开</a> 2025-01-17</li>
<li><a href="/gzdt/202409/t20240910_8120.html">黄岛区红十字山地救援队正式组建</a> 2024-09-10</li>
</ul>
</div>
<div class="footer">
<p>主办单位：青岛市红十字会　地址：青岛市市南区香港中路16号　邮编：266071　电话：0532-85911234</p>
<p>版权所有 © 青岛市红十字会　<a href="https://beian.miit.gov.cn/">鲁ICP备05012345号-2</a>　鲁公网安备 37020202000781号</p>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------- 3. Darwin annual report (English PDF)
DW_ORG = "Royal Life Saving Society - Darwin & Top End Branch"
DW_COVER_NOTE = (
    "We acknowledge the Larrakia people, the Traditional Owners of the land and waters on which our "
    "Darwin office stands, and pay our respects to Elders past and present. Contents: General "
    "Manager's Review (page 2); Program Results, Finances and Membership (page 3). Copies of the "
    "audited financial statements are available to members on request from the Marrara office."
)
DW_COL_LEFT = [
    "The 2023-24 year (1 July 2023 to 30 June 2024) was the busiest in the Branch's 61-year history. "
    "Our instructors taught 14,820 children through the Swim and Survive program across 38 schools, "
    "up from 12,960 the year before, and we delivered the program in Arnhem Land for the first time.",
    "Remote communities remained our priority. The Remote Swim Program ran at 11 community pools, "
    "including Maningrida, Ngukurr and Borroloola, and employed 27 local Aboriginal swim teachers. "
    "Program coordinator Aaron Dhurrkay led the work with each community's council.",
    "Crocodile and stinger safety was again the theme of our Top End Water Safety Week, held from "
    "7 to 13 October 2023 at Nightcliff Pool and the Darwin Waterfront Lagoon. More than 3,400 "
    "residents attended the free sessions.",
    "Our lifeguard service now staffs six public pools on contract to the City of Darwin and the City of "
    "Palmerston. Across the year our lifeguards performed 146 rescues and treated 1,083 minor injuries, "
    "and not a single drowning occurred at a pool under our supervision. Parap Pool reopened in "
    "March 2024 after a $4.2 million upgrade funded by the Territory.",
    "The Branch board met 10 times. Treasurer Sunil Mehta retired after nine years and was replaced by "
    "Grace Tambling in November 2023. We thank outgoing director Phil Corrigan for his 15 years of "
    "service to the board.",
]
DW_COL_RIGHT = [
    "Our training arm issued 1,236 Bronze Medallion awards and qualified 312 new pool lifeguards. "
    "Pool Lifeguard course fees stayed at $385 per person\u00b9, and 64 places were funded by the "
    "NT Government's Jobs in Water Safety grant.",
    "Drowning prevention research continued with Charles Darwin University. The joint study of "
    "river and billabong drownings analysed 10 years of coronial data and found that 71% of NT "
    "drowning deaths occurred in inland waterways\u00b2.",
    "Our 418 active volunteers gave 21,600 hours, most of them at community swim carnivals and the "
    "Darwin Beer Can Regatta at Mindil Beach on 14 July 2024. Volunteer of the Year went to "
    "Leanne Ostrowski of Palmerston, who has served for 19 years.",
    "Looking ahead, the 2024-25 plan sets three targets: 16,000 children in Swim and Survive, "
    "Remote Swim Program pools in 13 communities, and a new Katherine training hub opening in "
    "April 2025. We will also trial a crocodile-awareness module for Year 5 classes with the NT "
    "Department of Education and seek funding for a second mobile training van.",
    "None of this would be possible without our members, instructors, volunteers and partners. "
    "Thank you for another year of keeping Territorians safe in, on and around the water.",
]
DW_FOOT = [
    "\u00b9 Concession price $295 for holders of an NT Concession Card.",
    "\u00b2 Royal Life Saving NT Drowning Report, 2014-2023.",
]
DW_TABLE = [
    ("Program", "Unit", "2022-23", "2023-24"),
    ("Swim and Survive", "children", "12,960", "14,820"),
    ("Remote Swim Program", "pools", "9", "11"),
    ("Bronze Medallion", "awards", "1,104", "1,236"),
    ("Pool Lifeguard", "qualified", "268", "312"),
    ("CPR & First Aid", "participants", "5,870", "6,455"),
    ("Volunteer hours", "hours", "19,300", "21,600"),
]
DW_BARS = [("2019-20", 8.4), ("2020-21", 9.7), ("2021-22", 11.2), ("2022-23", 12.96), ("2023-24", 14.82)]


def darwin_pdf():
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "darwin_rlss_annual_report_2023-24.pdf"), pagesize=A4)
    c.setTitle("Annual Report 2023-24")
    c.setAuthor(DW_ORG)

    def pageno(n):
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 12 * mm, f"Page {n} of 3")

    # page 1: cover
    c.setFillColor(colors.HexColor("#c8102e"))
    c.rect(0, H - 90 * mm, W, 90 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(25 * mm, H - 45 * mm, "Annual Report 2023-24")
    c.setFont("Helvetica", 14)
    c.drawString(25 * mm, H - 58 * mm, DW_ORG)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 12)
    y = H - 120 * mm
    for line in [
        "Presented to the Annual General Meeting",
        "Tuesday, 22 October 2024, 6:00 pm",
        "Marrara Sports Complex, Darwin NT",
        "",
        "President: Karen Whitlock",
        "General Manager: Joanne Pearce",
        "ABN 62 104 578 311",
        "Office: 41 Abala Road, Marrara NT 0812",
    ]:
        c.drawString(25 * mm, y, line)
        y -= 8 * mm
    y -= 6 * mm
    c.setFont("Helvetica", 10)
    for line in simpleSplit(DW_COVER_NOTE, "Helvetica", 10, W - 50 * mm):
        c.drawString(25 * mm, y, line)
        y -= 13
    c.setFont("Helvetica-Oblique", 11)
    c.drawString(25 * mm, 40 * mm, "Every Top End kid a swimmer, every swimmer a lifesaver.")
    pageno(1)
    c.showPage()

    # page 2: two-column body with footnotes
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, H - 25 * mm, "General Manager's Review")
    colw = (W - 50 * mm) / 2
    for x0, paras in ((20 * mm, DW_COL_LEFT), (30 * mm + colw, DW_COL_RIGHT)):
        y = H - 38 * mm
        c.setFont("Helvetica", 10.5)
        for para in paras:
            for line in simpleSplit(para, "Helvetica", 10.5, colw):
                c.drawString(x0, y, line)
                y -= 14
            y -= 8
    c.line(20 * mm, 38 * mm, 80 * mm, 38 * mm)
    c.setFont("Helvetica", 8.5)
    y = 33 * mm
    for f in DW_FOOT:
        c.drawString(20 * mm, y, f)
        y -= 11
    pageno(2)
    c.showPage()

    # page 3: table, bar chart, finances
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, H - 25 * mm, "Program Results")
    y = H - 38 * mm
    xs = [20 * mm, 75 * mm, 110 * mm, 145 * mm]
    for i, row in enumerate(DW_TABLE):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        for x, v in zip(xs, row):
            c.drawString(x, y, v)
        c.line(20 * mm, y - 3, 175 * mm, y - 3)
        y -= 16
    # bar chart
    base_y = y - 75 * mm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(20 * mm, y - 10 * mm, "Swim and Survive participants (thousands)")
    for i, (lab, v) in enumerate(DW_BARS):
        x = 28 * mm + i * 28 * mm
        h = v * 3.6 * mm
        c.setFillColor(colors.HexColor("#c8102e"))
        c.rect(x, base_y, 16 * mm, h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawCentredString(x + 8 * mm, base_y + h + 2 * mm, f"{v:g}k")
        c.drawCentredString(x + 8 * mm, base_y - 5 * mm, lab)
    c.line(25 * mm, base_y, 170 * mm, base_y)
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(20 * mm, base_y - 12 * mm, "Figure 1  Swim and Survive participants, 2019-20 to 2023-24")
    c.setFont("Helvetica-Bold", 12)
    y = base_y - 26 * mm
    c.drawString(20 * mm, y, "Finances")
    c.setFont("Helvetica", 10.5)
    for line in [
        "Total revenue for 2023-24 was $3.26 million, of which government grants were $1.94 million.",
        "Total expenditure was $3.11 million, leaving a surplus of $150,000.",
        "Donations and sponsorship raised $287,000, led by our partner Territory Generation.",
        "The accounts were audited by Merit Partners, Darwin.",
        "Reserves at 30 June 2024 stood at $1.08 million, equal to about four months of operating costs.",
        "Membership: 2,914 members, of whom 1,650 are junior members under 18.",
    ]:
        c.drawString(20 * mm, y - 14, line)
        y -= 14
    pageno(3)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Darwin FAQ (plain text, hard-wrapped)
DW_FAQ = """Subject: FAQ for new members and parents - attachment
From: Training Office, RLSS Darwin & Top End Branch
Date: 3 February 2025

ROYAL LIFE SAVING SOCIETY - DARWIN & TOP END BRANCH
FREQUENTLY ASKED QUESTIONS (2025 season)

Thanks for your interest in our courses. We get the same questions
every wet season, so here are the answers in one place. Please read
them before you call the office.

Q1. How old does my child need to be for Swim and Survive?
A: Swim and Survive lessons start at 5 years of age. Children aged 3
to 4 can join our Parent and Toddler water familiarisation classes
on Saturday mornings at Casuarina Pool. Terms run for 9 weeks and a
full term costs $180 per child.

Q2. What is the minimum age for the Bronze Medallion?
A: Candidates must be 14 years or older on the day of the final
assessment. They must swim 400 metres in under 12 minutes and tow a
partner 25 metres. The course runs over three weekends and costs
$240, including the manual and the medallion.

Q3. How do I become a pool lifeguard?
A: You need to be at least 16 years old and hold a current CPR
certificate. The Pool Lifeguard course is 2 days face to face plus
about 8 hours of online learning. The fee is $385; NT Concession
Card holders pay $295. The award is valid for 12 months and must be
requalified every year.

Q4. Is it safe to swim at Darwin beaches?
A: Not during stinger season. Box jellyfish are present from October
to May, and saltwater crocodiles can be found in any Top End
waterway. We recommend these options:
  * swim only in netted or patrolled areas such as the Waterfront
    Lagoon,
  * never swim in rivers, billabongs or at boat ramps,
  - pour vinegar on a box jellyfish sting for at least 30 seconds
    and call 000 straight away.

Q5. Do you run courses in remote communities?
A: Yes. The Remote Swim Program runs in 11 communities. Community
councils can apply for the 2025-26 round until 31 March 2025 by
emailing the Remote Programs team.

Q6. Can I get my money back if I cancel?
A: Cancellations made 7 or more days before the course start get a
full refund minus a $25 admin fee. Within 7 days we offer a transfer
to another course only. If we cancel because of a cyclone warning
you get a full refund.

Q7. How can I volunteer?
A: Volunteers must be 15 or older. Under-18s need a parent's
signature. Everyone over 18 needs a valid NT Working with Children
Clearance (Ochre Card). Our induction evenings are held on the first
Wednesday of each month, 6:00 to 7:30 pm, at the Marrara office.

Q8. What should my child bring to lessons?
A: Bring bathers, a towel, goggles, a water bottle and a rash vest or
long-sleeved swim shirt. Lessons are held outdoors, so please put on
SPF 50+ sunscreen at least 20 minutes before the class. Lost
property is kept at the pool kiosk for 14 days.

Q9. What happens if there is a storm during a lesson?
A: If lightning is seen within 10 km of the pool, everyone must leave
the water and wait at least 30 minutes after the last strike. Missed
lessons because of storms are not refunded, but we run 2 catch-up
sessions at the end of each term on Sunday mornings.

Q10. Do you offer private lessons for adults?
A: Yes. Adult private lessons are 30 minutes one-on-one and cost $55
each, or $250 for a pack of 5. They run at Casuarina Pool and
Palmerston Pool on weekday evenings from 5:00 pm. Many of our adult
students are new arrivals to Darwin who never learned to swim.

Q11. Where do I send a complaint?
A: Write to the General Manager, Joanne Pearce. We reply to every
complaint within 10 business days.

Contact us:
    Training Office
    RLSS Darwin & Top End Branch
    41 Abala Road, Marrara NT 0812
    Phone: (08) 8981 5036
    Email: training@rlssdarwin.org.au
    Office hours: Mon-Fri 8:30 am - 4:30 pm

ABN 62 104 578 311

Kind regards,

Mel Hargreaves
Training Coordinator
RLSS Darwin & Top End Branch
"""

# ---------------------------------------------------------------- 5. Penang newsletter (simplified Chinese md)
PG_MD = """# 马来西亚红新月会槟城分会 志愿者通讯

**2025年第2期（总第47期）｜ 出版日期：2025年5月20日**

> Malaysian Red Crescent Society, Penang Chapter — Volunteer Newsletter, Issue 2/2025.

## 主席的话

各位志愿者朋友：今年1月至4月，本分会共动员志愿者1,126人次，比去年同期增加14%。感谢每一位在周末放下休息时间的伙伴！本期通讯为大家介绍近期活动、培训安排和筹款成果。Thank you for your dedication — every hour counts.

—— 分会主席 拿督林国华（Dato' Lim Kok Hua）

## 近期活动回顾

- 2025年3月8日（星期六），在乔治市（George Town）光大（KOMTAR）一楼举办“捐血救人”活动，共收集血袋286包，其中首次捐血者71人。
- 2025年3月22日（星期六），北海（Butterworth）水灾演练，与槟州民防部队联合进行，志愿者参与82人。
- 2025年4月12日（星期六），在峇都丁宜（Batu Ferringhi）海滩举行海滩急救站服务，上午9时至下午1时，处理轻伤及中暑个案19宗。
- 2025年4月26日（星期六），大山脚（Bukit Mertajam）老人院探访，送出食物篮120份。

## 筹款成果

本年度“慈善义跑”（Charity Run 2025）于2025年3月30日（星期日）在槟城大桥举行，参与者2,350人，共筹得RM186,400。各项活动收支如下：

| 项目 | 日期 | 参与人数 | 筹得金额（令吉） | 支出（令吉） |
| --- | --- | --- | --- | --- |
| 慈善义跑 | 2025年3月30日 | 2,350 | 186,400 | 41,200 |
| 开斋节义卖会 | 2025年4月5日 | 640 | 23,850 | 6,300 |
| 网上募捐 | 2025年1月至4月 | 318 | 37,920 | 1,150 |
| 企业捐款 | 2025年1月至4月 | 12 | 95,000 | 0 |

四项合计筹得RM343,170。善款将用于购置一辆新的救护车（预算RM248,000）及补充赈灾物资。

## 下期培训与活动预告

1. **基础急救证书课程（Basic First Aid）**：2025年6月7日（星期六）至6月8日（星期日），上午9时至下午5时，地点：槟城分会总部（Jalan Perak），费用RM120，志愿者免费，名额30人。
2. **心肺复苏与AED课程**：2025年6月21日（星期六），上午9时至下午1时，费用RM80，名额40人。
3. **青年团（Youth Red Crescent）招募日**：2025年7月5日（星期六），下午2时至5时，欢迎13至25岁青年报名。
4. **国庆日医疗站服务**：2025年8月31日（星期日），上午7时至中午12时，需要志愿者50人。

报名请联系志愿者协调员陈美玲小姐，电话：04-229 1345，WhatsApp：012-478 3390，电邮：volunteer@mrcspenang.org.my。

## 志愿者之星

本期“志愿者之星”为来自日落洞（Jelutong）的退休护士黄秀英女士。她加入红新月会已23年，今年1月至4月服务时数达186小时。She says: "Helping people is the best retirement plan."

## 温馨提示

- 参与海滩急救站服务的志愿者请自备帽子和至少1.5公升饮用水。
- 志愿者制服（背心）可向办公室领取，押金RM30。
- 本会注册号码：PPM-001-07-14031958。

*本通讯由槟城分会宣传组编印，仅供会员参阅。*
"""

# ---------------------------------------------------------------- 6. Taitung blood-drive schedule (zh-hant html, layout tables)
TT_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="zh-Hant">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>臺東縣紅十字會－114年11月至12月捐血車巡迴時間表</title>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td colspan="2" height="110" background="images/top_bg.jpg"><img src="images/logo.gif" alt="臺東縣紅十字會" width="320" height="90"></td>
</tr>
<tr>
<td width="190" valign="top" bgcolor="#F3E6E6">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td class="menu"><a href="index.htm">本會首頁</a></td></tr>
<tr><td class="menu"><a href="about.htm">本會簡介</a></td></tr>
<tr><td class="menu"><a href="news.htm">最新消息</a></td></tr>
<tr><td class="menu"><a href="blood.htm">捐血活動</a></td></tr>
<tr><td class="menu"><a href="firstaid.htm">急救訓練</a></td></tr>
<tr><td class="menu"><a href="donate.htm">愛心捐款</a></td></tr>
<tr><td class="menu"><a href="contact.htm">聯絡我們</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td><b>最新消息</b></td></tr>
<tr><td>‧114/10/20 本會志工隊秋季聯誼暨表揚大會圓滿完成</td></tr>
<tr><td>‧114/10/05 東河鄉防災演練 本會派員支援救護站</td></tr>
<tr><td>‧114/09/18 本會捐贈卑南鄉初鹿國小AED一臺</td></tr>
<tr><td>‧114/09/02 114年第3季救護員複訓報名開始</td></tr>
</table>
</td>
<td width="790" valign="top">
<table width="100%" border="0" cellpadding="10" cellspacing="0">
<tr><td><font size="4" color="#990000"><b>114年11月至12月捐血車巡迴時間表</b></font></td></tr>
<tr><td><p>公告日期：中華民國114年10月28日　　發布單位：臺東縣紅十字會服務組</p></td></tr>
<tr><td>
<p>　　為充實東部地區血庫存量，本會與台灣血液基金會花蓮捐血中心臺東捐血站合作，於11月至12月安排捐血車巡迴全縣鄉鎮。11月份目標募集2,400袋，12月份目標募集2,800袋。凡捐血250毫升者致贈紀念品一份，捐血500毫升者另加贈本會愛心毛巾一條。</p>
<p>　　臺東縣目前登記捐血人數約1萬8千人，113年全年共募集血液2萬1,356袋，較112年增加4.2%。</p>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#CC3333"><th><font color="#FFFFFF">日期</font></th><th><font color="#FFFFFF">地點</font></th><th><font color="#FFFFFF">時間</font></th><th><font color="#FFFFFF">備註</font></th></tr>
<tr><td>114年11月8日（六）</td><td>臺東市鐵花村音樂聚落</td><td>10:00–17:00</td><td>配合週末市集</td></tr>
<tr><td>114年11月15日（六）</td><td>成功鎮公所前廣場</td><td>9:00–16:00</td><td>旗魚季活動</td></tr>
<tr><td>114年11月22日（六）</td><td>池上鄉大坡池遊客中心</td><td>9:30–16:30</td><td>秋收稻穗藝術節</td></tr>
<tr><td>114年11月29日（六）</td><td>關山鎮農會</td><td>8:30–15:00</td><td>—</td></tr>
<tr><td>114年12月6日（六）</td><td>國立臺東大學知本校區</td><td>10:00–16:00</td><td>校園捐血日</td></tr>
<tr><td>114年12月13日（六）</td><td>太麻里鄉金針山遊客中心</td><td>9:00–15:00</td><td>—</td></tr>
<tr><td>114年12月20日（六）</td><td>綠島鄉南寮漁港</td><td>10:00–14:00</td><td>視船班調整</td></tr>
<tr><td>114年12月27日（六）</td><td>臺東市秀泰影城前</td><td>11:00–18:00</td><td>年終感恩場</td></tr>
</table>
<p><b>注意事項：</b></p>
<ol>
<li>捐血年齡為17至65歲；17歲者須經法定代理人同意，65歲以上需經醫師評估。</li>
<li>體重男性50公斤以上、女性45公斤以上方可捐血250毫升；捐500毫升者體重須達60公斤以上。</li>
<li>捐血前一晚請睡眠充足（6小時以上），當日請進食，勿空腹。</li>
<li>兩次全血捐血間隔：250毫升者2個月，500毫升者3個月。</li>
<li>請攜帶身分證或健保卡等有照片之證件。</li>
<li>如遇颱風或東北季風船班停駛，綠島場次將順延至114年12月21日（日）。</li>
</ol>
<p>　　本會另於每月第二個週三開辦CPR＋AED急救訓練，課程3小時，每班30人，免費參加，歡迎洽詢。</p>
<p><b>其他說明：</b></p>
<p>　　臺東捐血站（固定捐血點）位於臺東市更生路301號，開放時間為週二至週日9:00–17:00，週一公休。捐血車場次若遇豪雨特報或颱風警報，將於前一日下午5時前在本會網站及臉書粉絲專頁公告取消或改期，請民眾留意。</p>
<p>　　113年度本會共辦理捐血活動62場，動員志工1,430人次；其中「鐵花村捐血」單場募得312袋，為全年單場最高紀錄。感謝縣內各機關、學校、企業及宗教團體熱情響應，也歡迎團體來電洽詢認養場次，每場次至少需有50名預約捐血者。</p>
<p><b>捐血者權益：</b></p>
<ul>
<li>每次捐血後可於「捐血服務網」查詢血液檢驗結果，包括血紅素、肝功能（ALT）及B型、C型肝炎等篩檢項目。</li>
<li>累計捐血達10次者，由本會於每年6月14日「世界捐血者日」前後寄發感謝狀；累計達50次者，推薦參加全國績優捐血人表揚。</li>
<li>本縣居民捐血者本人及直系親屬如需輸血，可憑捐血紀錄向醫院洽詢相關優惠，詳情請洽各醫院輸血部門。</li>
<li>捐血後請多喝水，4小時內避免提重物、劇烈運動；針孔處請按壓5至10分鐘，當日勿泡溫泉。</li>
</ul>
<p>　　本表如有異動，以本會網站最新公告為準。聯絡人：服務組 陳淑芬 組長。</p>
</td></tr>
</table>
</td>
</tr>
<tr>
<td colspan="2" bgcolor="#990000" align="center">
<table width="100%" border="0" cellpadding="8" cellspacing="0">
<tr><td align="center"><font color="#FFFFFF" size="2">社團法人臺東縣紅十字會　地址：950臺東縣臺東市中山路276號　電話：(089)322-531　傳真：(089)341-207<br>
服務時間：週一至週五 8:00–12:00、13:30–17:30　統一編號：4617 2958<br>
建議使用 IE 8.0 以上版本，解析度 1024×768 瀏覽</font></td></tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    qingdao_docx()
    write_texts(OUT, [("qingdao_redcross_2025_q3_progress.html", QD_HTML)])
    darwin_pdf()
    write_texts(OUT, [
        ("darwin_rlss_faq_2025.txt", DW_FAQ),
        ("penang_mrcs_volunteer_newsletter_2025-2.md", PG_MD),
        ("taitung_blood_drive_114_nov-dec.html", TT_HTML),
    ])
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
