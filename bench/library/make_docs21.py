"""Write the six new documents of blind set 21 into docs21/ (all text lives here).

Run: .venv/bin/python bench/library/make_docs21.py
"""
import os

import docx
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs21")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- 1. Gansu review (docx)
GANSU_TITLE = "陇原博爱谱新篇——甘肃省红十字会“六大”以来党建工作综述"
GANSU = [
    ("byline", "■  马晓燕"),
    ("p", "过去五年，是甘肃省红十字会爬坡过坎、负重前行的五年，是攻坚克难、砥砺奋进的五年，也是党建工作夯基固本、提质增效的五年。回望这五年，全省红十字系统以党建为引领，各级红十字组织党的建设全面加强、全面融合，陇原红十字事业发展迈出坚实步伐。"),
    ("h1", "一、铸魂固本，政治建设取得新成效"),
    ("h2", "（一）党的全面领导更加有力"),
    ("p", "甘肃省红十字会坚决贯彻习近平总书记关于党的群团工作的重要论述和对红十字事业的重要指示精神，制定印发《关于推动新时代甘肃红十字事业高质量发展的实施意见》，履行管党治党主体责任，推动全省86个县（市、区）红十字会全部建立党组，14个市（州）红十字会党组书记全部由专职领导担任，党组把方向、管大局、保落实的核心作用有效发挥。"),
    ("h2", "（二）思想理论武装入脑入心"),
    ("p", "落实“第一议题”制度，采取中心组领学、专家导学、集中促学、个人自学等形式深化学习。开展“陇原博爱大讲堂”巡回宣讲，组建“会领导+处级干部+青年宣讲员”宣讲团，五年累计开展宣讲310余场、覆盖党员群众2.6万人次。各级党组织组织党员干部赴南梁革命纪念馆、会宁红军会师旧址等红色基地开展现场教学，确保党的创新理论入脑入心。"),
    ("h1", "二、强基赋能，基层党建激发新活力"),
    ("h2", "（一）打造“陇原先锋”党建品牌"),
    ("p", "五年来，甘肃省红十字会组织实施“陇原先锋”党支部建设提升工程，累计命名示范党支部26个，着力打造“陇原先锋”红十字党建品牌。全省红十字领域4名先进人物获评“中国好人”，3个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
    ("h2", "（二）关联组织党建有效强化"),
    ("p", "实施“一核（党建引领）两翼（规范化、专业化）”红十字救援队赋能计划，推动全省58支救援队建立党支部，实现应建尽建。各红十字救援队党支部年均出动约640次、1.9万余人，调派队员紧急出勤超过4万人次，受益群众21万人次，省红十字（天水）山地搜救队党支部获评“甘肃省先进基层党组织”。"),
    ("h2", "（三）党员先锋模范作用充分发挥"),
    ("p", "在疫情防控第一线、在积石山6.2级地震抗震救灾最前沿，广大党员无私奉献、实干担当，涌现出全国“最美救护员”杨建军，“最美志愿者”李春梅，定西红十字会工作者王海涛，张掖红十字救援队队长赵国栋等一大批优秀红十字党员。"),
    ("h1", "三、务实为民，服务大局彰显新作为"),
    ("h2", "（一）“数字红会”抓改革"),
    ("p", "推进“数字红会”迭代升级，9个涉民事项在甘肃政务服务网、“甘快办”上线，办件量2.3万余件，办结率100%。“陇救在线”应急救护信息平台接入AED设备2100余台。"),
    ("h2", "（二）“救在身边”强主业"),
    ("p", "五年来募集社会捐赠款物超3.8亿元，投入使用3.52亿元，惠及困难群众150万人次。开展应急救护普及培训96万人次，培训持证救护员14.2万人次，实施公益项目236个，开展志愿服务1.2万场次。积石山地震发生后，组织41支救援队参与抗震救灾，发放棉帐篷、棉被等救灾物资价值2870万元。"),
    ("h2", "（三）“拓展阵地”优服务"),
    ("p", "建成城乡一体标准化博爱家园380余个，红十字服务站、救护站520余个，建成生命教育体验馆35个，14个市（州）全部建成“生命礼赞”缅怀纪念场所。建成基层组织超9000个，发展成人会员31.6万名，志愿服务团体（组织）近900个，注册志愿者12.8万名。"),
    ("cap", "表1　2019—2023年甘肃省红十字会主要工作指标"),
    ("table", [["指标", "2019年", "2020年", "2021年", "2022年", "2023年"],
               ["募集社会捐赠款物（亿元）", "0.42", "1.35", "0.58", "0.61", "0.84"],
               ["应急救护普及培训（万人次）", "15.6", "12.3", "18.7", "21.4", "28.0"],
               ["持证救护员（万人次）", "2.4", "1.9", "2.8", "3.1", "4.0"],
               ["造血干细胞捐献（例）", "8", "11", "14", "17", "23"],
               ["遗体（器官）捐献（例）", "21", "26", "35", "44", "58"]]),
    ("cap", "表2　全省红十字救援队党支部建设情况（截至2023年底）"),
    ("table", [["队伍类型", "队伍数（支）", "党员队员（名）"],
               ["山地搜救队", "17", "412"],
               ["水上救援队", "12", "286"],
               ["应急救护队", "21", "530"],
               ["赈济救灾队", "8", "175"],
               ["合计", "58", "1403"]]),
    ("p", "奋楫扬帆正当时。甘肃省红十字会将深入贯彻落实习近平新时代中国特色社会主义思想，纵深推进全面从严治党和党风廉政建设，为陇原红十字事业高质量发展提供坚强的政治保障，以优异成绩迎接甘肃省红十字会第七次会员代表大会胜利召开。"),
]


def make_gansu():
    d = docx.Document()
    d.add_paragraph(GANSU_TITLE, style="Title")
    for kind, x in GANSU:
        if kind == "byline":
            d.add_paragraph(x)
        elif kind == "p":
            d.add_paragraph(x)
        elif kind == "h1":
            d.add_paragraph(x, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(x, style="Heading 2")
        elif kind == "cap":
            d.add_paragraph(x, style="Caption")
        elif kind == "table":
            t = d.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    d.save(os.path.join(OUT, "gansu_redcross_review.docx"))


# ---------------------------------------------------------------- 2. Gansu 2025 update (html)
GANSU_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>甘肃省红十字会2025年度工作进展通报</title>
</head>
<body>
<header>
  <div class="site">甘肃省红十字会 · 信息公开</div>
</header>
<main>
  <article>
    <h1>甘肃省红十字会2025年度工作进展通报</h1>
    <p class="meta">发布单位：甘肃省红十字会办公室　发布时间：2026年1月22日　浏览次数：1874</p>
    <h2>一、总体情况</h2>
    <p>2025年，甘肃省红十字会坚持以党建为引领，围绕“三救”“三献”主责主业，持续深化“陇原先锋”党建品牌建设。全年全省红十字系统共募集社会捐赠款物1.07亿元，较2024年增长15.1%，投入使用0.98亿元。</p>
    <h2>二、党建工作</h2>
    <ul>
      <li>全省86个县（市、区）红十字会党组规范运行，全年召开党组会议研究重大事项212次。</li>
      <li>全省红十字救援队增至66支，全部建立党支部，党员队员1620名。</li>
      <li>“陇原先锋”示范党支部累计命名41个，其中2025年新命名8个。</li>
      <li>全省红十字领域新增1名先进人物获评“中国好人”，累计达到6名。</li>
    </ul>
    <h2>三、“三救”“三献”主业</h2>
    <p>2025年，全省开展应急救护普及培训41.5万人次，培训持证救护员5.6万人次；新增配置AED 1350台，累计达4800台，“陇救在线”平台注册志愿救护员2.2万名。全年实现造血干细胞捐献31例，实现遗体（器官）捐献72例。</p>
    <h2>四、组织建设</h2>
    <p>截至2025年底，全省发展成人会员38.9万名，注册志愿者16.4万名；建成城乡一体标准化博爱家园452个，生命教育体验馆48个。</p>
    <h2>五、2025年主要指标一览</h2>
    <table border="1">
      <thead>
        <tr><th>指标</th><th>2025年</th><th>2024年</th></tr>
      </thead>
      <tbody>
        <tr><td>募集社会捐赠款物</td><td>1.07亿元</td><td>0.93亿元</td></tr>
        <tr><td>应急救护普及培训</td><td>41.5万人次</td><td>34.2万人次</td></tr>
        <tr><td>持证救护员培训</td><td>5.6万人次</td><td>4.7万人次</td></tr>
        <tr><td>造血干细胞捐献</td><td>31例</td><td>26例</td></tr>
        <tr><td>遗体（器官）捐献</td><td>72例</td><td>63例</td></tr>
        <tr><td>红十字救援队</td><td>66支</td><td>61支</td></tr>
        <tr><td>注册志愿者</td><td>16.4万名</td><td>14.5万名</td></tr>
      </tbody>
    </table>
    <h2>六、2026年工作打算</h2>
    <ul>
      <li>力争全年应急救护普及培训达到45万人次；</li>
      <li>新建标准化博爱家园40个，实现乡镇（街道）全覆盖；</li>
      <li>推动“陇救在线”2.0版于2026年6月底前上线运行。</li>
    </ul>
  </article>
</main>
<footer>
  <p>甘肃省红十字会办公室　地址：甘肃省兰州市城关区南昌路215号　电话：0931-8826703</p>
</footer>
</body>
</html>
"""


def make_gansu_html():
    with open(os.path.join(OUT, "gansu_2025_update.html"), "w", encoding="utf-8") as f:
        f.write(GANSU_HTML)


# ---------------------------------------------------------------- 3. Quzhou rescue team (pdf)
QZ_BODY = [
    ("h", "一、队伍基本情况"),
    ("p", "衢州市红十字应急救援队成立于2014年5月，是在衢州市红十字会指导下组建的专业化志愿救援队伍。截至2024年底，全队共有队员236名，其中党员队员87名，女队员41名；设山地搜救、水上救援、应急救护、无人机侦察4个专业分队，下设柯城、衢江、龙游、江山、常山、开化6个县（市、区）中队。"),
    ("p", "救援队实行队长负责制，现任队长徐立峰，政委郑红英，副队长兼训练总教官周国良。队伍党支部于2019年成立，2024年被衢州市委组织部命名为“红色根脉强基示范党支部”。"),
    ("h", "二、全年出勤情况"),
    ("p", "2024年，全队共出勤168次，参与队员2140人次，累计志愿服务时长1.86万小时，成功搜救被困人员47人，转移受灾群众1320人，开展大型活动救护保障31场。"),
    ("p", "6月中下旬，衢江区、常山县等地遭遇持续强降雨，救援队连续奋战9天，累计出动队员398人次、冲锋舟14艘次，转移被困群众860人。7月，在开化县钱江源景区成功搜救迷路驴友5人，搜救持续11小时。"),
    ("h", "三、分月出勤统计"),
    ("p", "2024年各月出勤情况见表1。汛期（6—8月）出勤65次，占全年出勤次数的38.7%。"),
    ("table", [["月份", "出勤次数", "参与队员（人次）", "主要任务"],
               ["1月", "9", "96", "春运交通救护保障"],
               ["2月", "11", "124", "元宵灯会安保"],
               ["3月", "12", "138", "清明山林防火巡查"],
               ["4月", "14", "162", "山地搜救实战演练"],
               ["5月", "13", "155", "景区救护保障"],
               ["6月", "27", "398", "防汛抗洪救援"],
               ["7月", "22", "310", "巡河防溺水"],
               ["8月", "16", "201", "暑期防溺水宣传"],
               ["9月", "12", "148", "衢州马拉松救护保障"],
               ["10月", "11", "139", "国庆景区救护保障"],
               ["11月", "10", "122", "消防应急联合演练"],
               ["12月", "11", "147", "冬季山地搜救"],
               ["合计", "168", "2140", "—"]]),
    ("h", "四、培训与演练"),
    ("p", "全年组织队内专业培训42期，新增持证救护员65名、持证潜水员8名、无人机驾驶员12名。开展“山水联动”跨区域联合演练3次，其中11月与江西上饶、福建南平、安徽黄山救援力量开展四省边际联合演练1次，参演人员320人。"),
    ("h", "五、装备建设"),
    ("p", "2024年新增冲锋舟3艘、无人机4架、卫星电话6部、破拆工具组2套，全队装备总值达到386万元。新建常山中队装备库1处，面积约220平方米。"),
    ("h", "六、先进典型"),
    ("p", "队员吴海明获评“浙江省最美红十字志愿者”，江山中队被评为“浙江省红十字系统先进集体”，队长徐立峰获评“衢州市优秀共产党员”。"),
    ("h", "七、2025年工作计划"),
    ("p", "1．队员规模扩大到260名，党员队员占比不低于35%；"),
    ("p", "2．建成衢江水上救援训练基地，力争2025年9月投入使用；"),
    ("p", "3．全年开展进社区、进学校应急救护培训不少于120场；"),
    ("p", "4．完成全体队员年度复训考核，复训率达到100%。"),
    ("contact", "联系电话：0570-3026120　地址：衢州市柯城区荷花中路218号　邮箱：qzhszjyd@163.com"),
]


def make_quzhou(total=None):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    title = ParagraphStyle("t", fontName=F, fontSize=20, leading=30, alignment=1)
    sub = ParagraphStyle("s", fontName=F, fontSize=12, leading=20, alignment=1)
    head = ParagraphStyle("h", fontName=F, fontSize=14, leading=24, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName=F, fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=F, fontSize=11, leading=16, wordWrap="CJK")

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页 共 {total or 0} 页")
        canvas.restoreState()

    story = [Spacer(1, 10 * mm),
             Paragraph("衢州市红十字应急救援队2024年度工作报告", title),
             Spacer(1, 4 * mm),
             Paragraph("衢州市红十字会　衢州市红十字应急救援队队部", sub),
             Paragraph("2025年1月15日", sub),
             Spacer(1, 8 * mm)]
    for kind, x in QZ_BODY:
        if kind == "h":
            story.append(Paragraph(x, head))
        elif kind == "p":
            story.append(Paragraph(x, body))
        elif kind == "contact":
            story.append(Spacer(1, 10 * mm))
            story.append(Paragraph(x, ParagraphStyle("ct", parent=body, firstLineIndent=0)))
        elif kind == "table":
            story.append(Paragraph("表1　2024年分月出勤统计", sub))
            data = [[Paragraph(c, cell) for c in row] for row in x]
            t = Table(data, colWidths=[25 * mm, 28 * mm, 40 * mm, 62 * mm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
    doc = SimpleDocTemplate(os.path.join(OUT, "quzhou_rescue_team_2024.pdf"), pagesize=A4,
                            leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=25 * mm,
                            title="衢州市红十字应急救援队2024年度工作报告")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    if total is None:  # second pass with the real page count in the footer
        import pypdf
        make_quzhou(len(pypdf.PdfReader(os.path.join(OUT, "quzhou_rescue_team_2024.pdf")).pages))


# ---------------------------------------------------------------- 4. Blood donation FAQ (md)
FAQ = """# Lakeview Community Blood Donation Centre: Frequently Asked Questions

Operated by the Northshore Red Cross Blood Service. Last updated: 2 September 2024.

This page answers the questions our nurses hear most often. If your question is not covered here, call the donor hotline on (020) 5584 7210 (Monday to Friday, 8:30–17:30) or email donors@lakeviewblood.org.

## Who can give blood?

Most healthy adults aged 18 to 65 can give blood. First-time donors must be no older than 60. Men must weigh at least 50 kg and women at least 45 kg. Before every donation we check your haemoglobin level: it must be at least 130 g/L for men and at least 120 g/L for women. You should have eaten a light, low-fat meal in the 4 hours before you come and should not have drunk alcohol in the previous 24 hours.

## How much blood do you take?

A whole-blood donation is 200 ml, 300 ml or 400 ml; our nurses will suggest the right amount based on your weight and health. A platelet donation collects 1 or 2 therapeutic doses using a cell separator, and your red cells are returned to you.

## How often can I donate?

You must wait at least 6 months between two whole-blood donations. Platelet donors can give every 2 weeks, but no more than 24 times in 12 months. If you switch from whole blood to platelets, wait at least 3 months after your last whole-blood donation.

## How long does it take?

Plan on about 45 minutes for a whole-blood visit from registration to leaving the rest area. The actual needle time is only 8 to 10 minutes. A platelet donation takes 60 to 90 minutes on the machine, so please book at least 2 hours.

## Where and when can I donate?

| Site | Address | Monday to Friday | Saturday and Sunday |
| --- | --- | --- | --- |
| Lakeview Centre main hall | 48 Harbourview Road | 8:30–17:30 | 9:00–16:00 |
| Blood bus at Central Plaza | Central Plaza, Gate 2 | 10:00–19:00 | 10:00–18:00 |
| Eastgate Mall donor station | Level 3, Eastgate Mall | 11:00–20:00 | 11:00–20:00 |
| University Health Centre | Room 105, Student Services Building | 9:00–16:00 (term time only) | Closed |

Platelet donations are taken only at the Lakeview Centre main hall and must be booked in advance. The centre is closed on public holidays.

## What happens on the day?

1. Register at the front desk with a photo ID card or passport.
2. Fill in the health questionnaire on the tablet; it takes about 5 minutes.
3. A nurse takes your blood pressure and does a finger-prick test for haemoglobin.
4. Give blood in the donation chair; the needle stays in for 8 to 10 minutes.
5. Rest in the refreshment area for at least 15 minutes and have a drink and a snack.
6. Collect your donor card and your free blood-group result, which is sent by text message within 7 days.

## Does it cost anything, and what do donors get back?

Giving blood is always free. Donors who have given 800 ml or more in total can receive blood free of charge for life if they ever need a transfusion. Donors who have given less than 800 ml can receive free blood up to five times the amount they donated, for 5 years after their last donation. Close family members (spouse, parents and children) can receive free blood equal to the amount the donor gave.

## When do I have to wait before donating?

- After a cold or flu: 7 days after your symptoms end.
- After a tooth extraction or minor dental work: 3 days.
- After a tattoo, piercing or permanent make-up: 12 months.
- After minor surgery: 6 months; after major surgery: 12 months.
- After returning from a malaria area: 12 months.
- Women should not donate during their period or within 12 months after giving birth.

## What if I feel faint afterwards?

Feeling a little light-headed is normal for about 1 donor in 30. Sit or lie down straight away, raise your legs and drink some water. Keep the plaster on for at least 4 hours and avoid heavy lifting and strenuous exercise for the rest of the day. If you still feel unwell, call our 24-hour nurse line on 0800 226 315.

## Can I bring my children?

Children are welcome in the waiting area if an adult stays with them, but they cannot come into the donation room. Donors must be 18 or over, so teenagers can visit our school talks instead; these are run for groups of 20 to 60 students and can be booked by teachers through the hotline.
"""


def make_faq():
    with open(os.path.join(OUT, "blood_donation_faq.md"), "w", encoding="utf-8") as f:
        f.write(FAQ)


# ---------------------------------------------------------------- 5. Hong Kong volunteer association (zh-hant docx)
HK = [
    ("hdr", "東涌社區關懷義工協會"),
    ("title", "2024/25年度報告"),
    ("p", "報告期：2024年4月1日至2025年3月31日"),
    ("h1", "主席的話"),
    ("p", "過去一年，協會義工團隊走進東涌、大澳及梅窩的屋邨和村落，以行動回應社區需要。本年度新登記義工268人，註冊義工總數達到1,286名，全年服務時數48,600小時，均創協會成立十二年來的新高。"),
    ("p", "感謝每一位義工、捐款者及合作夥伴的支持。來年協會將繼續以「關懷鄰里、守望相助」為宗旨，服務更多有需要的家庭。"),
    ("p", "主席　李慧芬"),
    ("h1", "服務概覽"),
    ("h2", "一、長者探訪"),
    ("p", "「暖心探訪」計劃全年探訪獨居及雙老長者3,420戶次，為長者安裝平安鐘86部，並於颱風季節前為210戶長者檢查家居安全。"),
    ("h2", "二、食物援助"),
    ("p", "與區內兩間超市合作推行「惜食分享」計劃，全年派發食物包5,800份，受惠家庭約1,450戶。"),
    ("h2", "三、急救及防災教育"),
    ("p", "協會與香港紅十字會合作舉辦社區急救課程42班，受訓人數1,030人，其中考取急救證書者612人。"),
    ("h2", "四、籌款活動"),
    ("p", "2024年11月17日舉行的「東涌關愛跑」共有1,150人參加，籌得善款港幣52萬元，全數撥作長者探訪及食物援助之用。"),
    ("h1", "主要服務數據"),
    ("table", [["服務項目", "2023/24年度", "2024/25年度"],
               ["長者探訪（戶次）", "2,980", "3,420"],
               ["食物包派發（份）", "4,750", "5,800"],
               ["急救課程（班）", "35", "42"],
               ["義工服務時數（小時）", "41,200", "48,600"],
               ["新登記義工（人）", "215", "268"]]),
    ("h1", "財務摘要"),
    ("p", "本年度總收入為港幣386萬元，總支出為港幣371.2萬元，錄得盈餘港幣14.8萬元。收入中政府資助佔42%，公眾捐款佔35%，其餘來自基金會撥款及活動收入。"),
    ("h1", "獎項"),
    ("p", "協會於2024年12月獲社會福利署頒發「義工服務嘉許狀」團體金狀，義工隊長何志明獲選為「離島區傑出義工」。"),
    ("h1", "執行委員會"),
    ("p", "主席：李慧芬　副主席：陳國樑　司庫：梁美玲　秘書：張嘉欣　總幹事：黃家明"),
    ("p", "會址：香港新界大嶼山東涌富東邨富東廣場地下12號舖　電話：2109 3366"),
]


def make_hk():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "東涌社區關懷義工協會"
    for kind, x in HK:
        if kind == "hdr":
            p = d.add_paragraph()
            r = p.add_run(x)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "title":
            d.add_paragraph(x, style="Title")
        elif kind == "h1":
            d.add_paragraph(x, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(x, style="Heading 2")
        elif kind == "p":
            d.add_paragraph(x)
        elif kind == "table":
            t = d.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    d.save(os.path.join(OUT, "tungchung_volunteer_annual_report.docx"))


# ---------------------------------------------------------------- 6. Community pantry newsletter (txt)
NEWS = """MAPLE STREET COMMUNITY PANTRY
Autumn Newsletter 2024: News and Notes from Our Volunteer Meetings
Edited by Rosa Delgado, Volunteer Coordinator

Dear friends, neighbours and volunteers,
Thank you for another busy season. Since we opened our doors in the church hall in 2016, the pantry has grown from a single shelf of tins into a weekly lifeline for hundreds of local families, and none of it would be possible without you. The notes below sum up what we agreed at our autumn meetings and what is coming up before the end of the year. Please keep this newsletter by the fridge or share it with a neighbour who might need us.

12 SEPTEMBER 2024 - VOLUNTEER MEETING
- Present: 24 volunteers and 3 trustees; chaired by Martin Hale, Chair of Trustees.
- In August the pantry served 412 households, up from 356 in July.
- We handed out 4,460 kg of food in August, about 30% of it fresh fruit and vegetables.
- Active volunteers now number 63; 11 new volunteers joined over the summer.
- Agreed: open a third session on Saturday mornings from 5 October, 9:00 to 12:00.
- Agreed: buy a second chest freezer, budget up to 650 pounds.
- Kevin Osei (Treasurer) reported a balance of 8,920 pounds at the end of August.

28 SEPTEMBER 2024 - HARVEST FOOD DRIVE
- Collection points at 6 schools, 2 churches and the Eastbrook Co-op supermarket.
- Total collected: 2,340 kg of food and 1,860 pounds in cash donations.
- Top school: Eastbrook Primary, whose pupils brought in 415 kg on their own.
- Special thanks to the 38 volunteers who sorted and stacked everything in one weekend.

15 OCTOBER 2024 - TRUSTEES MEETING
- The pantry has been given a grant of 5,000 pounds by the Eastbrook Community Foundation for the winter.
- Part of the grant (1,200 pounds) will pay for 300 winter energy top-up vouchers of 4 pounds each.
- Martin Hale will step down as Chair at the AGM; Priti Shah has been nominated to replace him.
- Agreed: the Winter Coat Appeal will aim for 500 warm coats, with children's sizes a priority.

WINTER COAT APPEAL
- Drop off clean, good-condition coats from 1 November to 30 November 2024.
- Drop-off point: the pantry hall during opening hours, or the Eastbrook Library front desk.
- Coats will be handed out free on 7 December 2024 from 10:00 to 14:00.
- Please, no ski wear or coats with broken zips; we cannot pass these on.

OPENING HOURS FROM 5 OCTOBER 2024
- Tuesday: 10:00 to 13:00
- Thursday: 10:00 to 13:00 and 17:30 to 19:00
- Saturday: 9:00 to 12:00
- No referral is needed for your first 3 visits; after that, please bring a referral from a GP, school, social worker or Citizens Advice.

DATES FOR YOUR DIARY
- 9 November 2024: Volunteer food hygiene training, 10:00 to 12:30, cost free, 20 places.
- 23 November 2024: Annual General Meeting, 18:30, St Luke's Church Hall.
- 14 December 2024: Christmas hamper packing, 9:30 onwards; we need 40 helpers.
- 24 December 2024 to 2 January 2025: pantry closed for the holidays; emergency parcels via the phone line only.

HOW YOU CAN HELP
- Most needed items: tinned fish, UHT milk, rice in 1 kg bags, nappies (sizes 4 to 6), toiletries.
- Please check dates: we cannot accept food past its use-by date.
- Volunteers must be 16 or over; under-18s need a signed form from a parent or guardian.
- Regular giving: 10 pounds a month feeds a family of four for about a week.

CONTACT US
- Address: Unit 4, 117 Maple Street, Eastbrook EB3 7QL
- Phone: 01632 960 418 (answered Tuesday to Saturday, 9:00 to 16:00)
- Email: hello@maplestreetpantry.org.uk
- Registered charity number 1187452

With thanks,
Rosa Delgado and the Maple Street team
"""


def make_news():
    with open(os.path.join(OUT, "maple_pantry_newsletter.txt"), "w", encoding="utf-8") as f:
        f.write(NEWS)


if __name__ == "__main__":
    make_gansu()
    make_gansu_html()
    make_quzhou()
    make_faq()
    make_hk()
    make_news()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))
