"""Write the six new documents of set 23 into docs23/ (all text lives here).
Run: .venv/bin/python bench/library/make_docs23.py
"""

import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs23")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# ---------------------------------------------------------------- 1. Liaoning 2024 review (docx)

LN_TITLE = "凝心聚力启新程——辽宁省红十字会2024年党建和工作综述"
LN_META = "辽宁省红十字会办公室　　2025年1月20日"
LN_BODY = [
    ("p", "2024年，是辽宁省红十字会深入贯彻党的二十大和二十届三中全会精神的关键一年，也是全省红十字系统以党建为引领、推动事业高质量发展取得明显成效的一年。全省各级红十字会坚持“党建带会建”，各级红十字组织党的建设全面加强、全面融合。"),
    ("h1", "一、凝心铸魂，政治建设取得新成效"),
    ("h2", "（一）党的全面领导更加有力"),
    ("p", "辽宁省红十字会始终牢牢把握红十字会是党领导下的群团组织这一根本政治属性，制定印发《关于以高质量党建引领全省红十字事业高质量发展的实施意见》，推动全省100个县（市、区）红十字会全部建立党组，14个市红十字会党组书记全部由专职领导担任。"),
    ("h2", "（二）思想理论武装入脑入心"),
    ("p", "落实“第一议题”制度，全年召开党组理论学习中心组学习会16次，开展党纪学习教育专题研讨4次。组建“会领导+处级干部+青年宣讲员”宣讲团，深入基层开展“博爱辽宁”宣讲138场次，覆盖党员群众1.9万人次。"),
    ("h1", "二、固本强基，基层党建激发新活力"),
    ("h2", "（一）党建品牌持续擦亮"),
    ("p", "深入实施“博爱同心”党支部建设提升工程，累计命名示范党支部27个，其中2024年新命名9个。全省红十字领域3名先进人物获评“中国好人”，2个志愿服务典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
    ("h2", "（二）关联组织党建有效强化"),
    ("p", "实施“一核两翼”红十字救援队赋能计划，推动全省76支救援队建立党支部，党员队员1240名。各救援队年均出动约620次、1.8万余人，受益群众21万人次。辽宁省红十字（大连）海上搜救队党支部获评“辽宁省先进基层党组织”。"),
    ("h2", "（三）党员先锋作用充分发挥"),
    ("p", "在“三救”“三献”主战场和抢险救灾最前沿，涌现出全国“最美救护员”王春雷，沈阳市红十字会工作者刘佳琪，大连红十字海上救援队队长赵海波等一批优秀红十字党员。"),
    ("h1", "三、务实为民，服务大局彰显新作为"),
    ("h2", "（一）“数字红会”抓改革"),
    ("p", "推进“数字红会”建设，12个涉民事项在“辽事通”上线，办件量2.3万余件，办结率100%。“辽宁急救地图”小程序标注AED点位1.12万个，全年新增配置AED 2300台。"),
    ("h2", "（二）“三救”“三献”强主业"),
    ("p", "全年募集社会捐赠款物2.36亿元，惠及困难群众52万人次。开展应急救护普及培训92万人次，培训持证救护员14.8万人次。实现造血干细胞捐献58例，实现遗体捐献126例。葫芦岛、丹东两地参与汛期抢险救灾，组织21支救援队转移群众3400余人。"),
    ("h2", "（三）“拓展阵地”优服务"),
    ("p", "建成城乡一体标准化博爱家园420个，生命教育体验馆46个，发展成人会员38.6万名，注册志愿者15.2万名，同比均有增长。"),
    ("h1", "四、主要指标"),
    ("p", "2022年至2024年全省红十字系统主要指标如下表。"),
    ("t1", None),
    ("p", "2024年全省红十字系统获得的主要集体和个人荣誉如下表。"),
    ("t2", None),
    ("h1", "五、2025年工作打算"),
    ("p", "2025年，辽宁省红十字会将以迎接全省红十字会第九次会员代表大会为牵引，力争全年应急救护普及培训突破100万人次，新建博爱家园40个，为辽宁全面振兴新突破三年行动贡献红十字力量。"),
]
LN_T1 = [
    ["指标", "2022年", "2023年", "2024年"],
    ["募集社会捐赠款物（亿元）", "1.85", "2.04", "2.36"],
    ["应急救护普及培训（万人次）", "71", "83", "92"],
    ["培训持证救护员（万人次）", "11.2", "13.1", "14.8"],
    ["建立党支部的救援队（支）", "61", "68", "76"],
    ["成人会员（万名）", "33.5", "36.2", "38.6"],
    ["注册志愿者（万名）", "12.4", "13.9", "15.2"],
    ["标准化博爱家园（个）", "350", "388", "420"],
    ["造血干细胞捐献（例）", "41", "49", "58"],
]
LN_T2 = [
    ["获表彰对象", "荣誉", "授予单位"],
    ["王春雷（鞍山市红十字救护培训讲师）", "全国“最美救护员”", "中国红十字会总会"],
    ["辽宁省红十字（大连）海上搜救队党支部", "辽宁省先进基层党组织", "中共辽宁省委"],
    ["抚顺市红十字蓝天救援队", "“四个100”先进典型", "中央文明办"],
]


def make_liaoning_docx():
    d = docx.Document()
    d.add_paragraph(LN_TITLE, style="Title")
    p = d.add_paragraph(LN_META)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in LN_BODY:
        if kind == "p":
            d.add_paragraph(text)
        elif kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            rows = LN_T1 if kind == "t1" else LN_T2
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.save(os.path.join(OUT, "liaoning_redcross_2024_review.docx"))


# ---------------------------------------------------------------- 2. Liaoning 2025 update (Chinese pdf)

ZH = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=21)
ZH_T = ParagraphStyle("zht", parent=ZH, fontSize=17, leading=24, alignment=1, firstLineIndent=0)
ZH_M = ParagraphStyle("zhm", parent=ZH, alignment=1, firstLineIndent=0)
ZH_H = ParagraphStyle("zhh", parent=ZH, fontSize=12.5, leading=20, firstLineIndent=0, spaceBefore=6)
ZH_C = ParagraphStyle("zhc", parent=ZH, fontSize=10, leading=14, firstLineIndent=0)

LN25_PARAS = [
    ("h", "一、总体情况"),
    ("p", "2025年，辽宁省红十字会坚持以习近平新时代中国特色社会主义思想为指导，深入落实全面从严治党要求，持续深化“博爱同心”党建品牌，全省红十字事业保持稳中有进的良好态势。全年全省红十字系统共募集社会捐赠款物2.71亿元，较2024年增长14.8%。"),
    ("h", "二、党建工作"),
    ("p", "全省100个县（市、区）红十字会党组运行规范。全省红十字救援队增至82支，全部建立党支部，党员队员1390名。“博爱同心”党支部建设提升工程累计命名示范党支部35个，其中2025年新命名8个。2025年全省红十字领域新增1名先进人物获评“中国好人”，累计达到4名。"),
    ("h", "三、“三救”“三献”主业"),
    ("p", "全年开展应急救护普及培训105万人次，培训持证救护员16.3万人次；全省新增配置AED 2600台，累计达1.38万台。实现造血干细胞捐献64例，新增遗体（器官）捐献志愿登记2.4万人，实现遗体捐献141例。在第十五届全国运动会辽宁赛区设置救护站点36个，累计处置伤病2100人次。"),
    ("h", "四、组织建设"),
    ("p", "发展成人会员41.0万名，注册志愿者16.9万名；建成城乡一体标准化博爱家园465个，生命教育体验馆53个；盘锦市、本溪市实现“红十字服务站”乡镇（街道）全覆盖。"),
    ("h", "五、2025年主要指标一览"),
    ("p", "2025年全省红十字系统主要指标见下表（与2024年对比）。"),
]
LN25_TABLE = [
    ["指标", "2025年数值", "2024年数值", "备注"],
    ["募集社会捐赠款物", "2.71亿元", "2.36亿元", "全年口径"],
    ["应急救护普及培训", "105万人次", "92万人次", "首次突破百万"],
    ["培训持证救护员", "16.3万人次", "14.8万人次", "同比增长10.1%"],
    ["建立党支部的救援队", "82支", "76支", "应建尽建"],
    ["党员队员", "1390名", "1240名", "救援队口径"],
    ["示范党支部", "35个", "27个", "累计命名"],
    ["成人会员", "41.0万名", "38.6万名", "截至年底"],
    ["注册志愿者", "16.9万名", "15.2万名", "截至年底"],
    ["标准化博爱家园", "465个", "420个", "城乡一体"],
    ["生命教育体验馆", "53个", "46个", "14市全覆盖"],
    ["新增配置AED", "2600台", "2300台", "累计1.38万台"],
    ["造血干细胞捐献", "64例", "58例", "全年实现"],
    ["遗体捐献", "141例", "126例", "全年实现"],
]
LN25_AFTER = [
    ("h", "六、2026年工作打算"),
    ("p", "2026年，辽宁省红十字会将重点推进三项工作：一是召开全省红十字会第九次会员代表大会；二是力争全年应急救护普及培训达到115万人次；三是新建博爱家园50个，推动“数字红会”2.0版上线运行。"),
    ("p", "联系人：省红十字会办公室 韩静　电话：024-23251860"),
]


def zh_footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("STSong-Light", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页 共 2 页")
    canvas.restoreState()


def make_liaoning_pdf():
    path = os.path.join(OUT, "liaoning_redcross_2025_update.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm,
                            title="辽宁省红十字会2025年度工作进展通报")
    story = [Paragraph("辽宁省红十字会2025年度工作进展通报", ZH_T), Spacer(1, 4),
             Paragraph("发布单位：辽宁省红十字会办公室　发布日期：2026年1月16日", ZH_M), Spacer(1, 10)]
    for k, t in LN25_PARAS:
        story.append(Paragraph(t, ZH_H if k == "h" else ZH))
    rows = [[Paragraph(c, ZH_C) for c in r] for r in LN25_TABLE]
    tb = LongTable(rows, colWidths=[48 * mm, 34 * mm, 34 * mm, 40 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(Spacer(1, 120))
    story.append(tb)
    for k, t in LN25_AFTER:
        story.append(Paragraph(t, ZH_H if k == "h" else ZH))
    doc.build(story, onFirstPage=zh_footer, onLaterPages=zh_footer)


# ---------------------------------------------------------------- 3. Jiaxing notice (txt)

JX = """嘉兴市红十字会文件

嘉红〔2025〕12号

关于开展2025年“博爱嘉禾”应急救护技能竞赛的通知

各县（市、区）红十字会，市直有关单位：
为深入推进“救在身边”建设，检验全市应急救护培训成效，提升红十字救护员现场处置能力，市红十字会决定开展2025年“博爱嘉禾”应急救护技能竞赛。现将有关事项通知如下。

一、组织单位
主办单位：嘉兴市红十字会
承办单位：嘉兴市应急救护培训中心
协办单位：嘉兴市第一医院急诊科

二、参赛对象
1. 各县（市、区）红十字会选派代表队1支，每队由领队1名、队员4名组成（其中女队员不少于1名）。
2. 参赛队员须持有有效的红十字救护员证，年龄在18周岁至55周岁之间。
3. 近两年获得市级竞赛个人一等奖的人员不再参赛。

三、竞赛时间和地点
1. 预赛：2025年5月19日至5月23日，由各县（市、区）红十字会自行组织。
2. 报到：2025年6月11日14:00—17:00，地点为嘉兴市南湖区文昌路518号嘉兴市应急救护培训中心一楼大厅。
3. 决赛：2025年6月12日8:30开始，地点为嘉兴市体育中心综合训练馆。

四、竞赛内容
1. 理论知识笔试（占总成绩30%），时间40分钟，闭卷进行。
2. 单人心肺复苏与AED使用（占总成绩40%）。
3. 创伤救护情景模拟（占总成绩30%），包括止血、包扎、骨折固定和搬运。

五、奖项设置
1. 团体奖：设一等奖1名、二等奖2名、三等奖3名，颁发奖杯和证书。
2. 个人奖：评选“嘉兴市优秀救护员”10名，颁发证书。
3. 组织奖：设优秀组织奖若干名。
决赛团体一等奖代表队将代表嘉兴市参加2025年浙江省红十字应急救护技能竞赛。

六、有关要求
1. 各单位于2025年6月3日前将参赛报名表（加盖公章）报送市红十字会，电子版发送至邮箱jxhszh@163.com。
2. 参赛队员统一着红十字救护员服装，自带身份证和救护员证。
3. 决赛期间午餐由承办单位统一安排，交通费用由各单位自理。

联系人：沈晓燕（市红十字会应急救护科）
联系电话：0573-82061234
手机：13857301268

附件：1.2025年“博爱嘉禾”应急救护技能竞赛报名表
2.竞赛规则及评分标准
3.决赛场地示意图

嘉兴市红十字会
2025年4月28日

抄送：嘉兴市卫生健康委员会、嘉兴市应急管理局。
嘉兴市红十字会办公室　　2025年4月28日印发
"""

# ---------------------------------------------------------------- 4. Ambulance volunteer FAQ (html)

AMB = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Community First Responder FAQ - Riverton Ambulance Service</title>
</head>
<body>
<header>
  <div class="brand">Riverton Ambulance Service NHS Trust</div>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about">About us</a></li>
      <li><a href="/volunteer">Volunteer</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1>Community First Responder Volunteers: Frequently Asked Questions</h1>
  <p class="updated">Last updated: 3 February 2025</p>
  <p>Community First Responders (CFRs) are trained volunteers who attend emergency calls in their own neighbourhood and give care in the first minutes before an ambulance arrives. Riverton currently has 146 active CFRs in 22 local teams.</p>

  <h2>About the scheme</h2>
  <h3>What kind of calls will I attend?</h3>
  <p>CFRs are sent only to Category 1 and Category 2 calls within 5 miles of where they are on shift, such as cardiac arrest, chest pain, breathing difficulty, strokes and unconscious patients. You will never be sent to road traffic collisions on motorways or to violent incidents.</p>
  <h3>Do I need medical experience?</h3>
  <p>No. Most of our responders are teachers, shop workers, farmers and retired people with no clinical background. All the skills you need are taught on the initial course, and you will only ever work within the limits of that training.</p>
  <h3>Will an ambulance still come?</h3>
  <p>Yes. An ambulance is always dispatched at the same time. Last year our CFRs arrived first at 1,318 incidents, on average 4 minutes 20 seconds ahead of the ambulance crew.</p>

  <h2>Joining</h2>
  <h3>Who can apply?</h3>
  <p>Anyone who meets the requirements below can apply online. We recruit twice a year, in March and in September.</p>
  <ul>
    <li>Aged 18 or over (there is no upper age limit)</li>
    <li>A full UK driving licence held for at least 2 years</li>
    <li>Access to your own car and business-use insurance</li>
    <li>An enhanced DBS check, paid for by the Trust</li>
    <li>Living or working within the Riverton Trust area</li>
  </ul>
  <h3>How long does the application take?</h3>
  <p>From application to your first shift usually takes 10 to 14 weeks, including an informal interview, references and the DBS check.</p>

  <h2>Training</h2>
  <h3>What training will I get?</h3>
  <p>New responders complete a 4-day course (32 hours) at our Kestrel Park training centre, covering basic life support, defibrillation, oxygen therapy and patient handover. After the course you do 3 observed shifts with an experienced mentor.</p>
  <h3>Do I need to retrain?</h3>
  <p>Yes. Every CFR attends a 6-hour refresher day each year and requalifies fully every 3 years.</p>

  <h2>Shifts and commitment</h2>
  <h3>How many shifts do I have to do?</h3>
  <p>You book your own shifts through the ResponderHub app. The minimum commitment depends on the shift pattern you choose:</p>
  <table border="1">
    <thead>
      <tr><th>Shift</th><th>Hours</th><th>Minimum per month</th></tr>
    </thead>
    <tbody>
      <tr><td>Early</td><td>07:00 to 13:00</td><td>4 shifts</td></tr>
      <tr><td>Late</td><td>13:00 to 19:00</td><td>4 shifts</td></tr>
      <tr><td>Evening</td><td>19:00 to 23:00</td><td>3 shifts</td></tr>
      <tr><td>Weekend day</td><td>09:00 to 21:00</td><td>2 shifts</td></tr>
      <tr><td>Overnight on call</td><td>23:00 to 07:00</td><td>1 shift</td></tr>
    </tbody>
  </table>
  <h3>Can I go on holiday?</h3>
  <p>Of course. Tell your team leader at least 2 weeks in advance and you can pause for up to 3 months a year without losing your place.</p>

  <h2>Equipment and expenses</h2>
  <h3>What equipment is provided?</h3>
  <p>Each responder is issued a defibrillator, an oxygen cylinder, a first-response bag, a uniform and a high-visibility jacket. The kit stays with you while you are on the scheme.</p>
  <h3>Am I insured while responding?</h3>
  <p>Yes. The Trust's liability insurance covers you for any care you give while logged on as a responder. You must still tell your own motor insurer that you use your car for volunteering.</p>
  <h3>Am I paid for my time or fuel?</h3>
  <p>CFRs are unpaid volunteers, but mileage is reimbursed at 45p per mile and parking costs are refunded with a receipt.</p>
  <h3>Who do I contact with questions?</h3>
  <p>Contact our CFR Volunteer Lead, Hannah Moreland, by email at cfr@rivertonambulance.example or call the number below.</p>
</main>
<footer>
  <p>Riverton Ambulance Service NHS Trust, Unit 4, Kestrel Park, Mill Lane, Riverton RV3 7QT</p>
  <p>Volunteer team: 01632 960418 (Monday to Friday, 9am to 5pm). In an emergency always dial 999.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 5. Kaohsiung schedule (zh-hant md)

KH = """# 高雄市紅十字會博愛志工隊 2025年度訓練及活動行事曆

發布單位：中華民國紅十字會高雄市支會志工隊　發布日期：2025年1月6日

## 一、年度目標

2025年本隊預計辦理志工訓練課程6梯次、捐血及急救推廣活動4場，目標新增志工80名，全隊志工年度服務時數合計達到3萬小時。

## 二、訓練課程表

| 日期 | 課程 | 時數 | 地點 |
| --- | --- | --- | --- |
| 2025年2月15日 | 新進志工基礎訓練 | 6小時 | 支會3樓大禮堂 |
| 2025年3月22日 | CPR+AED急救訓練 | 4小時 | 前鎮區公所禮堂 |
| 2025年4月19日 | 災害應變與避難收容 | 8小時 | 鳳山防災教育館 |
| 2025年6月14日 | 捐血服務志工訓練 | 3小時 | 高雄捐血中心 |
| 2025年8月23日 | 心理急救（PFA）入門 | 6小時 | 左營區志工服務中心 |
| 2025年10月18日 | 年度綜合防災演練 | 8小時 | 旗津海岸公園 |

## 三、年度大型活動

- 3月8日：春季愛心捐血活動，地點夢時代購物中心時代廣場，目標募集500袋。
- 6月14日：世界捐血人日感恩活動，表揚捐血滿100次的捐血人。
- 9月13日：世界急救日推廣活動，地點駁二藝術特區，現場教學CPR。
- 12月6日：年終志工表揚大會，地點高雄市立圖書館總館國際會議廳。

## 四、注意事項

- 課程請於開課前7天完成線上報名，每梯次名額60人，額滿為止。
- 每位志工年度服務時數至少48小時，訓練出席率須達80%方可續任。
- 參加訓練及活動者每次補助交通費新臺幣150元。
- 遇颱風或豪雨停班停課時，當日課程順延，另行通知。
- 請穿著志工背心並攜帶志工證。

## 五、聯絡方式

- 聯絡人：志工隊總幹事 陳淑芬
- 電話：(07)715-2468
- 地址：高雄市苓雅區福德一路65號3樓
- 服務時間：週一至週五 9:00－17:00
"""

# ---------------------------------------------------------------- 6. Lifeboat station annual review (English pdf)

EN = ParagraphStyle("en", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
EN_T = ParagraphStyle("ent", parent=EN, fontName="Helvetica-Bold", fontSize=17, leading=22, alignment=1)
EN_M = ParagraphStyle("enm", parent=EN, alignment=1)
EN_H = ParagraphStyle("enh", parent=EN, fontName="Helvetica-Bold", fontSize=12.5, leading=17, spaceBefore=6)

LB_BEFORE = [
    ("h", "1. From the Station Manager"),
    ("p", "2024 was the busiest year our station has had since it opened in 1868. Our volunteer crews launched 58 times, aided 64 people and saved 5 lives. I want to thank every crew member, shore crew volunteer and fundraiser, and the families and employers who let them drop everything when the pagers go off. - Gareth Pascoe, Lifeboat Station Manager"),
    ("h", "2. Our lifeboats"),
    ("p", "The station operates a Shannon class all-weather lifeboat, 13-47 Spirit of Lowen, and a D class inshore lifeboat, D-861 Margaret Rose. The inshore lifeboat carried out 34 of the year's launches and the all-weather lifeboat 24."),
    ("h", "3. Operational summary"),
    ("p", "The longest service of the year came on 17 November, when Spirit of Lowen spent 9 hours towing a disabled fishing vessel with 4 crew to Falmouth in a force 8 gale. Coxswain Jenna Trewin received a Chairman's Letter of Thanks for that service. The most common reasons for launches were machinery failure (14 launches), people cut off by the tide (11) and paddleboarders or kayakers in difficulty (9)."),
    ("h", "4. Launches by month"),
    ("p", "The table below shows launches by each lifeboat and the number of people aided in every month of 2024."),
]
LB_TABLE = [
    ["Month", "All-weather (ALB)", "Inshore (ILB)", "Total launches", "People aided"],
    ["January", "1", "1", "2", "2"],
    ["February", "2", "1", "3", "4"],
    ["March", "2", "2", "4", "3"],
    ["April", "1", "4", "5", "6"],
    ["May", "2", "4", "6", "7"],
    ["June", "2", "6", "8", "9"],
    ["July", "3", "6", "9", "11"],
    ["August", "3", "7", "10", "12"],
    ["September", "3", "2", "5", "4"],
    ["October", "2", "1", "3", "3"],
    ["November", "2", "0", "2", "2"],
    ["December", "1", "0", "1", "1"],
    ["Total", "24", "34", "58", "64"],
]
LB_AFTER = [
    ("h", "5. Notable services"),
    ("p", "On 6 July the inshore lifeboat rescued two children swept out to sea on an inflatable unicorn off Gull Rock beach; both were returned to their parents unhurt within 25 minutes of the pagers sounding. On 21 August both lifeboats launched to a yacht with a fouled propeller in Porthlowen Bay, and the crew of three were towed safely into the harbour. In October our shore crew worked alongside HM Coastguard to search the cliffs for a missing walker, who was found safe after 5 hours."),
    ("h", "6. Crew and training"),
    ("p", "The station has 31 volunteer sea-going crew, 8 of them women, and 14 shore crew. Four new crew members joined in 2024 and two passed out as inshore helms. Our crew logged 2,140 hours of training at sea and ashore. Coxswain Jenna Trewin, full-time since 2019, leads the all-weather lifeboat crew, with Deputy Second Coxswain Mark Hosken."),
    ("h", "7. Fundraising"),
    ("p", "Our volunteer fundraising branch raised a record GBP 186,420 in 2024, including GBP 41,300 from the Lifeboat Day open day on 3 August and GBP 12,750 from the Christmas swim. Every penny goes to the charity that funds our boats, kit and training."),
    ("p", "Our water safety team gave 27 talks to schools, clubs and holiday parks in 2024, reaching about 1,900 people, and ran a beach safety stand at the Porthlowen regatta on 10 August."),
    ("h", "8. Looking ahead"),
    ("p", "In 2025 the boathouse slipway will be resurfaced at a cost of GBP 320,000, and we aim to recruit 6 new crew members. If you would like to help, please contact the station on 01632 960771."),
    ("p", "Porthlowen Lifeboat Station, Harbour Road, Porthlowen TR19 4LB. Registered charity number 1184620."),
]


def make_lifeboat_pdf():
    path = os.path.join(OUT, "porthlowen_lifeboat_review_2024.pdf")

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawString(20 * mm, 12 * mm, "Porthlowen Lifeboat Station - Annual Review 2024")
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc.page} of 2")
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="Porthlowen Lifeboat Station Annual Review 2024")
    story = [Paragraph("Porthlowen Lifeboat Station", EN_T),
             Paragraph("Annual Review 2024", EN_T),
             Paragraph("Published by the Station Management Team, February 2025", EN_M),
             Paragraph("Lifeboat Station Manager: Gareth Pascoe | Coxswain: Jenna Trewin", EN_M), Spacer(1, 8)]
    for k, t in LB_BEFORE:
        story.append(Paragraph(t, EN_H if k == "h" else EN))
    tb = LongTable(LB_TABLE, colWidths=[32 * mm, 36 * mm, 30 * mm, 32 * mm, 30 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(Spacer(1, 150))
    story.append(tb)
    for k, t in LB_AFTER:
        story.append(Paragraph(t, EN_H if k == "h" else EN))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    make_liaoning_docx()
    make_liaoning_pdf()
    with open(os.path.join(OUT, "jiaxing_redcross_notice_2025.txt"), "w", encoding="utf-8") as f:
        f.write(JX)
    with open(os.path.join(OUT, "riverton_cfr_faq.html"), "w", encoding="utf-8") as f:
        f.write(AMB)
    with open(os.path.join(OUT, "kaohsiung_volunteer_2025_schedule.md"), "w", encoding="utf-8") as f:
        f.write(KH)
    make_lifeboat_pdf()
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
