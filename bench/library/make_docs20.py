"""Write the six new documents of blind set 20 into docs20/ (all text lives here).

Run: .venv/bin/python bench/library/make_docs20.py
"""

import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs20")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# ---------------------------------------------------------------- 1. Yunnan review, Chinese PDF
YN_TITLE = [
    ("云南省红十字会工作资料", 12),
    ("2022年第6期（总第58期）", 11),
]
YN_INTRO = [
    "过去五年，是云南省红十字会爬坡过坎、负重前行的五年，是守正创新、担当作为的五年，也是党建工作固本强基、提档升级的五年。",
    "回望这五年，全省红十字系统坚持以党建为引领，各级红十字组织党的建设全面加强、全面融合，云南省红十字事业在边疆民族地区实现新的发展。",
]
YN_BODY = [
    ("h1", "一、凝心铸魂，政治建设取得新成效"),
    ("p", "五年来，全省各级红十字会始终牢牢把握红十字会是党领导下的群团组织这一根本政治属性，听党话、跟党走，深入联系群众、服务群众，牢记“国之大者”，着力推动各级红十字党组织和党员干部坚定拥护“两个确立”、坚决做到“两个维护”。"),
    ("p", "（一）党的全面领导更加有力。云南省红十字会坚决贯彻习近平总书记关于党的群团工作的重要论述和对红十字事业的重要指示精神，制定印发《关于推动新时代云南红十字事业高质量发展的实施意见》，推动全省129个县（市、区）红十字会全部建立党组，16个州（市）红十字会党组书记全部由专职领导担任。"),
    ("p", "（二）主题教育成果持续巩固。从“两学一做”学习教育，到“不忘初心、牢记使命”主题教育，再到党史学习教育，全省红十字系统党员干部的党性修养得到锤炼。引导党员干部积极参与“我为群众办实事”活动，累计办结民生实事218件。"),
    ("p", "（三）思想理论武装入脑入心。落实“第一议题”制度，开展“彩云博爱大讲堂”巡回宣讲，组建“会领导+处级干部+青年宣讲员”宣讲团，五年累计宣讲360余场、覆盖党员群众2.9万人次。组织党员干部参观扎西会议纪念馆等红色基地，确保党的创新理论入脑入心。"),
    ("h1", "二、固本强基，基层党建激发新活力"),
    ("p", "五年来，云南省红十字会组织实施“彩云博爱”党支部建设提升工程，建强支部战斗堡垒，着力打造“彩云博爱”红十字党建品牌。全省红十字领域6名先进人物获评“中国好人”，3个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
    ("p", "（一）党建工作体系更加完善。将党建工作作为州（市）红十字会年度重点工作考核的首要内容，每年专题召开全系统党建工作会议，省红十字会机关5个党支部与基层红十字会开展结对共建36对。"),
    ("p", "（二）关联组织党建得到有效强化。实施“一核两翼”红十字救援队赋能计划，推动全省74支救援队建立党支部，实现应建尽建。各救援队党支部年均出动约920次、2.8万余人，调派队员紧急出勤超过5万人次，受益群众35万人次，省红十字（大理）山地搜救队党支部获评“云南省先进基层党组织”。"),
    ("p", "（三）党员先锋模范作用充分发挥。在疫情防控第一线、在抢险救灾最前沿，涌现出全国“最美救护员”李红梅，“最美志愿者”杨建国、和丽娟，昭通红十字会工作者马永福，怒江红十字救援队队长普华明等一大批优秀红十字党员。"),
    ("h1", "三、务实为民，服务大局彰显新作为"),
    ("p", "（一）“数字红会”抓改革。推进“数字红会”平台迭代升级，11个涉民事项在云南政务服务网、“一部手机办事通”上线，办件量3.2万余件，办结率100%。昆明市五华区“救在身边”试点经验在全省推广。"),
    ("p", "（二）“救在身边”强主业。五年募集社会捐赠款物超4.1亿元，投入使用3.76亿元，惠及困难群众260万人次。开展应急救护普及培训180万人次，培训持证救护员27万人次，实施公益项目318个，开展志愿服务1.9万场次。2021年5月漾濞6.4级地震发生后，组织52支救援队赶赴灾区，云南省红十字山地救援队荣获“云南省抗震救灾先进集体”称号。"),
    ("p", "（三）“拓展阵地”优服务。建成城乡一体标准化博爱家园480余个，红十字服务站、救护站760余个，生命教育体验馆64个，16个州（市）全部建成“生命礼赞”缅怀纪念场所。建成基层组织超1.5万个，发展成人会员52.6万名，志愿服务团体近1300个，注册志愿者19.8万名。"),
]
YN_TABLE = [
    ["指标", "数值", "备注"],
    ["建立党组的县级红十字会", "129个", "全覆盖"],
    ["建立党支部的救援队", "74支", "应建尽建"],
    ["募集社会捐赠款物", "4.1亿元", "五年累计"],
    ["应急救护普及培训", "180万人次", "五年累计"],
    ["培训持证救护员", "27万人次", "五年累计"],
    ["标准化博爱家园", "480余个", "城乡一体"],
    ["成人会员", "52.6万名", "截至2021年底"],
    ["注册志愿者", "19.8万名", "截至2021年底"],
]
YN_END = "奋楫扬帆正当时。云南省红十字会将深入贯彻落实习近平新时代中国特色社会主义思想，纵深推进全面从严治党和党风廉政建设，为云南省红十字事业高质量发展提供坚强的政治保障，以优异成绩迎接党的二十大胜利召开。"


def yunnan_pdf():
    path = os.path.join(OUT, "yunnan_party_review.pdf")
    f = "STSong-Light"
    body = ParagraphStyle("b", fontName=f, fontSize=12.5, leading=23, wordWrap="CJK", firstLineIndent=25,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h", fontName=f, fontSize=14, leading=26, spaceBefore=10, spaceAfter=6)
    def center(s, lead):
        return ParagraphStyle("c", fontName=f, fontSize=s, leading=lead, alignment=TA_CENTER)
    story = [Paragraph(YN_TITLE[0][0], center(12, 18)), Paragraph(YN_TITLE[1][0], center(11, 18)),
             Spacer(1, 1.2 * cm),
             Paragraph("铸魂聚力启新程", center(24, 34)),
             Paragraph("——云南省红十字会“八大”以来党建工作综述", center(15, 26)),
             Spacer(1, 0.8 * cm),
             Paragraph("云南省红十字会办公室　编印", center(12, 20)),
             Paragraph("2022年7月8日", center(12, 20)),
             Spacer(1, 1.0 * cm),
             Paragraph("■  段明辉", center(12, 20)),
             Spacer(1, 0.5 * cm)]
    story += [Paragraph(t, body) for t in YN_INTRO]
    for kind, text in YN_BODY:
        story.append(Paragraph(text, h1 if kind == "h1" else body))
    story.append(Spacer(1, 0.4 * cm))
    story.append(Paragraph("表1　“八大”以来主要工作指标（2017—2021年）", center(12, 22)))
    t = Table(YN_TABLE, colWidths=[6.5 * cm, 3.5 * cm, 3.5 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f, 11.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t, Spacer(1, 0.5 * cm), Paragraph(YN_END, body)]

    def footer(c, d):
        c.saveState()
        c.setFont(f, 10)
        c.drawCentredString(A4[0] / 2, 1.3 * cm, f"— {d.page} —")
        c.drawString(2.8 * cm, A4[1] - 1.5 * cm, "云南省红十字会工作资料")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.8 * cm, rightMargin=2.8 * cm, topMargin=2.5 * cm,
                            bottomMargin=2.5 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- 2. Yunnan 2025 update, Markdown
YN_MD = """# 云南省红十字会2025年度工作进展通报

发布单位：云南省红十字会办公室　发布日期：2026年1月20日

## 一、总体情况

2025年，云南省红十字会深入学习贯彻党的二十届三中全会精神，扎实开展深入贯彻中央八项规定精神学习教育，以迎接红十字会“九大”为牵引，全省红十字事业在“八大”以来工作基础上实现新的提升。全年全省红十字系统共募集社会捐赠款物1.08亿元，圆满完成“7·12”怒江泥石流灾害救援和群众安置救助任务。

## 二、党建工作

- 全省129个县（市、区）红十字会全部建立党组，州（市）红十字会党组书记专职率保持100%。
- 全省红十字救援队增至88支，全部建立党支部，党员队员1730名。
- “彩云博爱”党支部建设提升工程累计命名示范党支部41个，其中2025年新命名9个。
- 2025年全省红十字领域新增1名先进人物获评“中国好人”，累计达到9名。
- 省红十字会机关开展学习教育专题调研课题11项，形成问题整改清单26条。

## 三、“三救”“三献”主业

2025年，全省开展应急救护普及培训52万人次，培训持证救护员8.6万人次，其中面向边境口岸、旅游景区从业人员开展救护培训1.3万人次。全省新增配置AED 2400台，累计达1.15万台，昆明长水国际机场、丽江古城等重点场所实现全覆盖。

“三献”方面，全省新增造血干细胞捐献志愿者入库9600人份，实现造血干细胞捐献41例；新增遗体（器官）捐献志愿登记2.7万人，实现遗体捐献96例。

## 四、组织建设

深入实施“红十字强基工程”，发展成人会员61.8万名，较“八大”统计的52.6万名增长17.5%；注册志愿者达到24.5万名；建成城乡一体标准化博爱家园560个，红十字服务站、救护站905个，生命教育体验馆81个。

## 五、2025年主要指标一览

| 指标 | 2025年数值 | 备注 |
| --- | --- | --- |
| 募集社会捐赠款物 | 1.08亿元 | 全年口径 |
| 应急救护普及培训 | 52万人次 | 全年口径 |
| 持证救护员培训 | 8.6万人次 | 同比增长7.5% |
| 建立党支部的救援队 | 88支 | 应建尽建 |
| 成人会员 | 61.8万名 | 截至2025年底 |
| 注册志愿者 | 24.5万名 | 截至2025年底 |
| 标准化博爱家园 | 560个 | 城乡一体 |
| 生命教育体验馆 | 81个 | 16个州（市）全覆盖 |
| 新增配置AED | 2400台 | 累计1.15万台 |
| 遗体捐献 | 96例 | 全年实现 |

## 六、2026年工作打算

2026年，云南省红十字会将重点推进三项工作：一是开展“救在身边·边疆行”，力争全年普及培训60万人次；二是在25个边境县（市）各建成1个红十字应急救护培训基地；三是新建博爱家园45个，推动“数字红会”4.0版上线。
"""


# ---------------------------------------------------------------- 3. Lishui rules, Chinese docx
LS_ARTICLES = [
    ("第一章　总则", [
        "为规范丽水市红十字应急救援志愿者（以下简称救援志愿者）的招募、培训、出队和保障工作，根据《中华人民共和国红十字会法》《志愿服务条例》等规定，结合本市实际，制定本办法。",
        "本办法适用于在丽水市各级红十字会注册、编入红十字救援队的志愿者。市红十字会应急救援指挥中心负责全市救援志愿者的统一调度。",
    ]),
    ("第二章　招募与培训", [
        "申请成为救援志愿者，应当年满18周岁、不超过60周岁，身体健康，持有有效的红十字救护员证。水上救援队队员还须通过200米游泳测试。",
        "新队员须完成不少于40学时的岗前专业培训，经考核合格后方可编入救援队；在队队员每年参加复训不少于24学时，未完成复训的暂停出队资格。",
        "救援队实行“队长—分队长—队员”三级管理，每支救援队设队长1名、副队长1至2名。",
    ]),
    ("第三章　出队程序", [
        "接到市应急救援指挥中心出队指令后，队长应在10分钟内确认响应，并通过“丽水红会”应急平台发布集结通知。",
        "队员应在接到集结通知后30分钟内到达指定集结点，携带个人防护装备，向分队长报到签到。",
        "出队前由队长组织安全简报，明确任务分工、通讯频道和撤离路线，未参加简报的队员不得进入作业区域。",
        "作业期间实行轮换制度，单次连续作业不超过4小时，两次作业之间休整不少于1小时。",
        "任务结束后24小时内，队长应向市红十字会提交出队报告，报告内容包括出队人数、作业时长和受益人数。",
    ]),
    ("第四章　保障与激励", [
        "市红十字会为在队救援志愿者统一购买人身意外伤害保险，每人保额50万元，保险费由市红十字会承担。",
        "救援志愿者参加市级指令出队，按每人每天150元标准发放交通和误餐补贴；跨市出队的，补贴标准提高至每人每天220元。",
        "年度出队累计达到10次以上且表现突出的，评为“丽水市优秀红十字救援志愿者”，每年评选不超过20名。",
    ]),
    ("第五章　附则", [
        "本办法由丽水市红十字会负责解释，自2024年5月1日起施行，有效期3年。",
    ]),
]
LS_TEAMS = [
    ["救援队名称", "所在地", "在册队员", "队长"],
    ["丽水市红十字水上救援队", "莲都区", "86人", "叶志强"],
    ["龙泉市红十字山地救援队", "龙泉市", "54人", "季晓峰"],
    ["遂昌县红十字应急救援队", "遂昌县", "47人", "毛建新"],
    ["云和县红十字救援队", "云和县", "39人", "柳青"],
    ["缙云县红十字应急救援队", "缙云县", "62人", "应海军"],
]


def lishui_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    p = d.add_paragraph("丽水市红十字会文件")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(20)
    p.runs[0].bold = True
    p = d.add_paragraph("丽红〔2024〕12号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("丽水市红十字应急救援志愿者管理办法", level=0)
    p = d.add_paragraph("丽水市红十字会　2024年4月15日印发")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for chapter, arts in LS_ARTICLES:
        d.add_heading(chapter, level=1)
        for a in arts:
            d.add_paragraph(a, style="List Number")
    d.add_heading("附件：全市红十字救援队基本情况（截至2024年3月）", level=2)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in LS_TEAMS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph("联系单位：丽水市红十字会应急救援指挥中心　值班电话：0578-2135678")
    d.add_paragraph("地址：丽水市莲都区花园路218号　邮编：323000")
    d.save(os.path.join(OUT, "lishui_rescue_volunteer_rules.docx"))


# ---------------------------------------------------------------- 4. English class page, HTML
HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>First Aid and Emergency Preparedness Classes, Spring 2025 - Northbridge Red Cross Community Centre</title>
</head>
<body>
<header>
  <div class="brand">Northbridge Red Cross Community Centre</div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/classes">Classes</a></li><li><a href="/volunteer">Volunteer</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<main>
  <h1>First Aid and Emergency Preparedness Classes, Spring 2025</h1>
  <p class="meta">Posted 3 February 2025 by Fiona Gallagher, Training Coordinator</p>
  <p>Our spring programme runs from March to May 2025. Every class is taught by a qualified Red Cross instructor, and class sizes are kept between 8 and 16 learners so that everyone gets hands-on practice with manikins and training defibrillators.</p>

  <h2>Class timetable and fees</h2>
  <table border="1">
    <thead><tr><th>Class</th><th>Date</th><th>Time</th><th>Venue</th><th>Fee</th></tr></thead>
    <tbody>
      <tr><td>Basic First Aid and CPR</td><td>Saturday 8 March 2025</td><td>9:00 am - 4:30 pm</td><td>Hall A, Community Centre</td><td>$95</td></tr>
      <tr><td>Child and Infant First Aid</td><td>Saturday 22 March 2025</td><td>9:30 am - 1:30 pm</td><td>Room 2, Community Centre</td><td>$60</td></tr>
      <tr><td>Home Flood Preparedness Workshop</td><td>Wednesday 9 April 2025</td><td>6:00 pm - 8:00 pm</td><td>Northbridge Public Library</td><td>Free</td></tr>
      <tr><td>First Aid Refresher</td><td>Saturday 26 April 2025</td><td>10:00 am - 1:00 pm</td><td>Hall A, Community Centre</td><td>$55</td></tr>
      <tr><td>Mental Health First Aid</td><td>Saturday 17 May 2025</td><td>9:00 am - 5:00 pm</td><td>Riverside Scout Hall</td><td>$120</td></tr>
    </tbody>
  </table>
  <p>Learners aged 14 and over are welcome. Anyone under 16 must bring a consent form signed by a parent or guardian. Certificates for the Basic and Refresher classes are valid for 3 years.</p>

  <h2>How to book a place</h2>
  <ol>
    <li>Choose a class from the timetable above and check that you can attend the whole session.</li>
    <li>Book online at northbridgeredcross.org/classes or call the centre during office hours.</li>
    <li>Pay the fee within 48 hours of booking, or your place will be released to the waiting list.</li>
    <li>Look out for a confirmation email with joining instructions about 5 days before the class.</li>
    <li>Arrive 15 minutes early on the day to sign in and collect your workbook.</li>
  </ol>

  <h2>Discounts and cancellations</h2>
  <p>Groups of 6 to 11 people booking together get 10% off; groups of 12 or more get 15% off. Holders of a Northbridge Community Card pay half price for the Basic First Aid and CPR class.</p>
  <p>If you cancel 7 days or more before the class we refund the full fee. Cancellations 3 to 6 days before the class receive a 50% refund. We cannot refund cancellations made within 48 hours of the start time, but you may send a friend in your place.</p>

  <h2>What to bring</h2>
  <ol>
    <li>Comfortable clothes, as you will kneel on the floor for CPR practice.</li>
    <li>A packed lunch for full-day classes (tea and coffee are provided).</li>
    <li>Photo ID, which the instructor needs to issue your certificate.</li>
  </ol>

  <h2>Accessibility and support</h2>
  <p>All our classroom venues have step-free access and an accessible toilet. If you have a disability, a health condition or a learning need that could make parts of the course difficult, please tell us when you book. Instructors can adapt the practical sessions, for example by letting you practise CPR on a manikin placed on a table instead of kneeling on the floor. Hearing loops are fitted in Hall A and Room 2.</p>
  <p>If the cost of a class is a barrier, ask the office about our community bursaries. A limited number of free places on the Basic First Aid and CPR class are set aside each term for carers, people receiving income support and volunteers from local charities.</p>

  <h2>Why learn first aid</h2>
  <p>Most emergencies happen at home, at work or in the street, long before an ambulance arrives. Knowing what to do in the first few minutes, such as starting chest compressions or stopping heavy bleeding, can make the difference between life and death. Our flood workshop also helps households prepare a grab bag, sign up for local flood warnings and protect important papers.</p>

  <h2>Contact us</h2>
  <p class="address">Northbridge Red Cross Community Centre<br>42 Elm Street<br>Northbridge NB4 7QT<br>Phone: 01632 960418<br>Email: classes@northbridgeredcross.org<br>Office hours: Monday to Friday, 9:00 am - 5:00 pm</p>
  <p>Free parking is available behind the centre for up to 3 hours. The number 12 bus stops outside.</p>
</main>
<footer>
  <p>Northbridge Red Cross Community Centre is part of the Red Cross branch network. Registered charity no. 1098765.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 5. Macau newsletter, zh-hant txt
MACAU = """澳門同心慈善會
《同心會訊》第38期
2025年10月出版

會長的話
各位義工、捐助人及街坊朋友：今年上半年，本會在大家支持下完成多項社區服務。面對物價上漲，基層家庭生活壓力增加，本會將繼續擴大食物援助及長者關懷服務，多謝大家一直同行。
會長　何詠珊

一、2025年上半年服務概況
1. 派發食物包3,260份，受惠家庭1,090戶。
2. 探訪獨居及雙老長者1,180人次，由義工每月上門探訪兩次。
3. 登記義工412名，累計服務時數1.56萬小時。
4. 舉辦長者健康講座18場，參加者共960人次。
5. 全年善款收入目標為480萬澳門元，上半年已籌得215萬澳門元。

二、冬日送暖行動
本年度冬日送暖行動將於2025年12月13日（星期六）上午10時至下午1時，在祐漢街市公園舉行，預計派發暖包1,500份，每份包括棉被一張、米5公斤及食油一支，價值約300澳門元。受惠對象為持有社會工作局援助證明的家庭及65歲或以上獨居長者，須於11月28日前到本會登記。

三、招募義工
本會現招募冬日送暖行動義工80名，年滿16歲即可報名，16歲以下須由家長陪同。新義工須出席4小時迎新培訓，培訓日期為11月22日（星期六）下午2時30分。

四、捐款方法
1. 親臨本會辦事處以現金或支票捐款，支票抬頭請寫「澳門同心慈善會」。
2. 銀行轉帳至中國銀行澳門分行，帳號 18-01-20-123456。
3. 經澳門通「MPay」掃描本會收款二維碼。
捐款港幣或澳門元100元以上，本會可發出收據。

聯絡我們
總幹事：梁家豪
電話：2855 6231　WhatsApp：6628 4417
地址：澳門黑沙環新街52號恆富工業大廈7樓B座
辦公時間：星期一至五上午9時至下午6時，星期六上午9時至下午1時
"""

# ---------------------------------------------------------------- 6. English board paper, PDF
BP_HEAD = [
    "Coastline Relief Network",
    "Board Paper BP-2025-07",
    "Revised Volunteer Travel and Expenses Policy",
]
BP_META = [
    "Meeting of the Board of Trustees, 17 September 2025",
    "Presented by: Dr. Amara Nwosu, Chair of the Finance and Audit Committee",
    "Prepared by: Gareth Holloway, Director of Operations",
    "Status: For decision",
]
BP_SECTIONS = [
    ("1. Purpose of this paper",
     ["This paper asks the Board of Trustees to approve a revised Volunteer Travel and Expenses Policy to replace the "
      "version adopted in March 2021. The revised policy updates the rates we pay to volunteers, shortens the time "
      "allowed for submitting claims, and introduces a clearer approval route for larger claims. It has been "
      "reviewed by the Finance and Audit Committee at its meeting on 2 September 2025, which recommends it to the "
      "Board without amendment."]),
    ("2. Background",
     ["Coastline Relief Network relies on volunteers for almost every part of its work, from staffing flood rest "
      "centres to driving supplies to remote coastal villages. At the end of June 2025 we had 1,240 active "
      "volunteers, of whom around 430 submitted at least one expenses claim during the year. Our principle has "
      "always been that no one should be out of pocket because they volunteer with us, and that people on low "
      "incomes should not be discouraged from volunteering by the cost of getting to an assignment.",
      "In the financial year ending 31 March 2025 we reimbursed volunteer expenses totalling GBP 86,400, an "
      "increase of 14 per cent on the previous year. Mileage accounted for roughly two thirds of that figure. "
      "The current mileage rate of 40 pence per mile has not changed since 2021, while fuel and insurance costs "
      "have risen sharply. In a survey of 312 volunteers carried out in May 2025, 41 per cent said the current "
      "rates did not cover their real costs, and 17 volunteers told us they had turned down driving assignments "
      "for that reason.",
      "The finance team also reports that 38 per cent of claims were submitted more than 60 days after the "
      "expense was incurred. Late claims make it harder to close our accounts each month and to recover costs "
      "from the funders of restricted projects, some of whom will not pay for expenses older than one quarter."]),
    ("3. Proposed changes",
     ["The main changes are summarised in the table below. All other parts of the policy, including the rules on "
      "public transport, parking and receipts, remain as they are. Volunteers will continue to be able to claim "
      "either through the online expenses portal or on a paper form handed to their local coordinator.",
      "TABLE",
      "The time limit for submitting claims will be reduced from 90 days to 60 days after the expense is "
      "incurred. Coordinators will be able to accept a late claim in exceptional circumstances, such as illness, "
      "with the written agreement of the Director of Operations. We will also introduce payment within 10 working "
      "days of approval, compared with an average of 23 working days today, so that volunteers who are short of "
      "money are not left waiting."]),
    ("4. Consultation",
     ["Between April and June 2025 the Director of Operations held six consultation meetings with volunteers in "
      "Seaton, Harwick and Port Ellis, attended by 96 volunteers in total, and the draft policy was shared with "
      "all 14 local coordinators. Volunteers strongly supported the higher mileage rate and the new meal "
      "allowance. Several coordinators asked for a 30-day deadline; the Committee preferred 60 days as a "
      "balance between good financial control and fairness to volunteers who are busy or unwell. Volunteers who "
      "use their own bicycles asked to be included, and the revised policy keeps the existing cycle allowance of "
      "20 pence per mile, which is not changed by this paper.",
      "Staff in the finance team and the volunteer office were also consulted on the practical changes. They "
      "asked for clearer guidance on which receipts are acceptable, and this has been added as an appendix to the "
      "policy. A plain-English summary of no more than two pages will be produced for volunteers, together with a "
      "short video guide to the expenses portal, before the policy comes into force."]),
    ("5. Financial impact",
     ["Based on the claims made in 2024-25, the new mileage rate and meal allowance are expected to add about "
      "GBP 9,800 a year to volunteer expenses. This can be met from the existing volunteer support budget of "
      "GBP 102,000 for 2025-26, which was set with some headroom for a rate increase. For restricted projects the "
      "extra cost will be built into new funding bids from January 2026. No additional staff are needed; the "
      "changes to the expenses portal will be made by our existing IT supplier at a one-off cost of GBP 2,300."]),
    ("6. Risks",
     ["The main risk is that higher rates could encourage claims for journeys that are not necessary. The "
      "Finance and Audit Committee considers this risk low, because every claim must still be approved by a "
      "coordinator who knows the assignment, and the finance team will check a random sample of 5 per cent of "
      "claims each quarter. A second risk is that volunteers do not hear about the shorter deadline and lose "
      "money as a result. To reduce this, coordinators will brief their teams during October and November 2025, "
      "and the portal will show a warning when a claim is more than 45 days old."]),
    ("7. Recommendation",
     ["The Board is asked to approve the revised Volunteer Travel and Expenses Policy with effect from "
      "1 January 2026, and to ask the Finance and Audit Committee to review how it is working and report back "
      "to the Board by December 2027."]),
]
BP_TABLE = [
    ["Item", "Current rule", "Proposed rule", "Approved by"],
    ["Car mileage", "40p per mile", "45p per mile", "Local coordinator"],
    ["Meal allowance", "None", "GBP 12 for shifts over 5 hours", "Local coordinator"],
    ["Overnight stay", "Up to GBP 80", "Up to GBP 95", "Regional manager"],
    ["Single claim over GBP 250", "Regional manager", "Director of Operations", "Director of Operations"],
    ["Claim deadline", "90 days", "60 days", "-"],
]


def board_pdf():
    path = os.path.join(OUT, "coastline_expenses_board_paper.pdf")
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=17.5, alignment=TA_JUSTIFY,
                          spaceAfter=8)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    def c(s, font="Helvetica-Bold"):
        return ParagraphStyle("c", fontName=font, fontSize=s, leading=s + 6,
                                                            alignment=TA_CENTER)
    story = [Paragraph(BP_HEAD[0], c(18)), Paragraph(BP_HEAD[1], c(12, "Helvetica")), Spacer(1, 0.3 * cm),
             Paragraph(BP_HEAD[2], c(16)), Spacer(1, 0.6 * cm)]
    story += [Paragraph(m, ParagraphStyle("m", fontName="Times-Roman", fontSize=11, leading=15)) for m in BP_META]
    story.append(Spacer(1, 0.5 * cm))
    for head, paras in BP_SECTIONS:
        story.append(Paragraph(head, h))
        for para in paras:
            if para == "TABLE":
                t = Table(BP_TABLE, colWidths=[4.2 * cm, 3.3 * cm, 5.2 * cm, 3.8 * cm])
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                                       ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
                story += [Paragraph("Table 1. Summary of proposed changes", c(10.5, "Helvetica-Oblique")),
                          Spacer(1, 0.2 * cm), t, Spacer(1, 0.4 * cm)]
            else:
                story.append(Paragraph(para, body))
    story += [Spacer(1, 0.6 * cm),
              Paragraph("Dr. Amara Nwosu<br/>Chair, Finance and Audit Committee<br/>9 September 2025", body)]

    def footer(cv, d):
        cv.saveState()
        cv.setFont("Helvetica", 8.5)
        cv.drawString(2.5 * cm, 1.4 * cm, "Coastline Relief Network - BP-2025-07 - Confidential until approved")
        cv.drawRightString(A4[0] - 2.5 * cm, 1.4 * cm, f"Page {d.page}")
        cv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.6 * cm,
                            bottomMargin=2.6 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    yunnan_pdf()
    with open(os.path.join(OUT, "yunnan_2025_update.md"), "w", encoding="utf-8") as fh:
        fh.write(YN_MD)
    lishui_docx()
    with open(os.path.join(OUT, "northbridge_first_aid_classes.html"), "w", encoding="utf-8") as fh:
        fh.write(HTML)
    with open(os.path.join(OUT, "macau_tongxin_newsletter.txt"), "w", encoding="utf-8") as fh:
        fh.write(MACAU)
    board_pdf()


if __name__ == "__main__":
    main()
