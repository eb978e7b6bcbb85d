"""Write the six new documents of blind set 22 into docs22/ (all text lives here).

Run: .venv/bin/python bench/library/make_docs22.py
"""
import os

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs22")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def numbered_canvas(fmt, font, size):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont(font, size)
                self.drawCentredString(A4[0] / 2, 12 * mm, fmt.format(p=self._pageNumber, n=n))
                super().showPage()
            super().save()
    return NC


# ---------------------------------------------------------------- 1. Guizhou review PDF (zh)
def guizhou_pdf():
    F = "STSong-Light"
    title = ParagraphStyle("t", fontName=F, fontSize=18, leading=26, alignment=1, wordWrap="CJK")
    sub = ParagraphStyle("s", fontName=F, fontSize=11, leading=18, alignment=1, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName=F, fontSize=14, leading=24, spaceBefore=8, wordWrap="CJK")
    h2 = ParagraphStyle("h2", fontName=F, fontSize=12.5, leading=22, spaceBefore=4, wordWrap="CJK")
    body = ParagraphStyle("b", fontName=F, fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=F, fontSize=10.5, leading=15, wordWrap="CJK")
    S = []
    S.append(Paragraph("党旗领航谱新篇", title))
    S.append(Paragraph("——贵州省红十字会“六大”以来党建和工作综述", sub))
    S.append(Spacer(1, 4))
    S.append(Paragraph("贵州省红十字会办公室　　2024年12月16日", sub))
    S.append(Paragraph("■　罗明华", sub))
    S.append(Spacer(1, 8))
    def P(t):
        return S.append(Paragraph(t, body))
    P("过去五年，是贵州省红十字会爬坡过坎、奋力追赶的五年，也是党建工作由“有形覆盖”向“有效覆盖”转变的五年。全省红十字系统坚持以党建为引领，推动党的建设与红十字事业深度融合，红十字事业在多彩贵州大地上开花结果。")
    S.append(Paragraph("一、凝心铸魂，政治建设取得新成效", h1))
    S.append(Paragraph("（一）党的全面领导更加有力", h2))
    P("1. 贵州省红十字会始终把握红十字会是党领导下的群团组织这一根本政治属性，制定印发《关于推动新时代贵州红十字事业高质量发展的实施意见》，推动全省88个县（市、区）红十字会全部建立党组，9个市（州）红十字会党组书记全部由专职领导担任。")
    P("2. 巩固拓展主题教育成果，组织党员干部深入乌蒙山区、武陵山区开展“我为群众办实事”实践活动，累计办结民生实事213件，形成调研报告46篇。")
    S.append(Paragraph("（二）思想理论武装入脑入心", h2))
    P("落实“第一议题”制度，采取中心组领学、专家导学、集中促学、个人自学等形式深化学习。组建“黔行博爱”宣讲团，五年累计开展宣讲318场次，覆盖党员群众2.1万人次；组织党员干部赴遵义会议会址、息烽集中营旧址等红色基地开展现场教学64批次。")
    S.append(Paragraph("二、固本强基，基层党建激发新活力", h1))
    S.append(Paragraph("（一）“黔心博爱”品牌持续擦亮", h2))
    P("实施“黔心博爱”党支部建设提升工程，累计命名示范党支部36个。全省红十字领域4名先进人物获评“中国好人”，3个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。")
    S.append(Paragraph("（二）关联组织党建得到有效强化", h2))
    P("实施“一核两翼”红十字救援队赋能计划，推动全省74支救援队建立党支部，实现应建尽建。各救援队党支部年均出动约860次、2.3万余人，受益群众28万人次，省红十字（黔东南）山地搜救队党支部获评“贵州省先进基层党组织”。")
    S.append(Paragraph("（三）党员先锋模范作用充分发挥", h2))
    P("在疫情防控、抗洪抢险、“三救”“三献”一线，涌现出全国“最美救护员”杨秀英，“最美志愿者”龙建国、吴丽萍，遵义市红十字会工作者陈光荣，毕节红十字救援队队长王德明等一批优秀红十字党员。")
    S.append(Paragraph("（四）全面从严治党纵深推进", h2))
    P("制定《省红十字会机关党风廉政建设责任清单》，五年开展廉政谈话420人次，对捐赠款物使用情况开展专项审计28次，捐赠信息公开率保持100%。")
    S.append(Paragraph("三、务实为民，服务大局彰显新作为", h1))
    S.append(Paragraph("（一）“数字红会”抓改革", h2))
    P("推进“数字红会”建设，11个涉民事项在贵州政务服务网、“贵人服务”平台上线，办件量2.8万余件，办结率100%。“黔救援”应急救护信息平台接入AED设备2300台，贵阳市观山湖区“五分钟救护圈”试点经验在全省推广。")
    S.append(Paragraph("（二）“三救”“三献”强主业", h2))
    P("五年来募集社会捐赠款物3.26亿元，投入使用2.91亿元，惠及困难群众185万人次。组织42支救援队参与灾害救援；累计实现造血干细胞捐献112例，遗体（器官）捐献423例。")
    S.append(Paragraph("（三）“拓展阵地”优服务", h2))
    P("建成城乡一体标准化博爱家园412个，红十字服务站、救护站580余个，生命教育体验馆46个，9个市（州）全部建成“生命礼赞”缅怀纪念场所。建成基层组织1.1万个，发展成人会员38.6万名，志愿服务团体（组织）960个，注册志愿者12.6万名。")
    S.append(Paragraph("（四）人道救助暖民心", h2))
    P("实施“博爱黔行·助学圆梦”项目，五年累计资助困难学生8600名；开展“博爱送万家”活动，慰问困难群众11.2万户。在2024年榕江县“6·24”洪灾救援中，调派救援队员1260人次，转移受困群众3400余人，发放救灾物资价值1850万元。")
    S.append(Paragraph("四、主要指标年度对比", h1))
    P("“六大”以来全省红十字系统主要业务指标如下表（数据截至各年度12月31日）。")
    rows = [["指标", "2020年", "2021年", "2022年", "2023年"],
            ["募集社会捐赠款物（亿元）", "0.94", "0.61", "0.58", "0.67"],
            ["应急救护普及培训（万人次）", "52.4", "61.5", "70.2", "79.3"],
            ["持证救护员培训（万人次）", "6.2", "7.4", "8.5", "9.8"],
            ["造血干细胞入库（人份）", "5640", "6380", "7120", "7950"],
            ["遗体（器官）捐献（例）", "71", "84", "98", "142"],
            ["注册志愿者（万名）", "8.1", "9.8", "11.2", "12.6"]]
    t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[62 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    S.append(t)
    S.append(Spacer(1, 8))
    S.append(Paragraph("五、下一步工作打算", h1))
    P("贵州省红十字会将以迎接红十字会“七大”为牵引，重点抓好三项工作：")
    P("1. 深化“黔心博爱”党建品牌，力争示范党支部达到50个，推动党建与业务“双融双促”。")
    P("2. 大力实施“红十字强基扩面工程”，力争到2026年注册志愿者突破15万名、博爱家园达到500个。")
    P("3. 推进“黔救援”平台升级，力争到2026年全省每10万人口配置AED达到10台。")
    P("潮涌黔山正扬帆。全省红十字系统将更加紧密地团结在以习近平同志为核心的党中央周围，为谱写多彩贵州现代化建设新篇章贡献红十字力量。")
    doc = SimpleDocTemplate(os.path.join(OUT, "guizhou_redcross_review.pdf"), pagesize=A4,
                            leftMargin=28 * mm, rightMargin=28 * mm, topMargin=26 * mm, bottomMargin=24 * mm,
                            title="贵州省红十字会“六大”以来党建和工作综述")
    doc.build(S, canvasmaker=numbered_canvas("第 {p} 页　共 {n} 页", F, 9))


# ---------------------------------------------------------------- 2. Guizhou 2025 update (md)
GUIZHOU_MD = """# 贵州省红十字会2025年度工作进展通报

发布单位：贵州省红十字会办公室　发布日期：2026年1月22日

## 一、总体情况

2025年，贵州省红十字会以迎接红十字会“七大”为牵引，深入实施“红十字强基扩面工程”，各项工作较2023年底实现新的提升。全年全省红十字系统募集社会捐赠款物1.05亿元，首次突破1亿元，其中“博爱黔行·助学圆梦”项目募集2860万元。

## 二、党建工作

- 全省88个县（市、区）红十字会党组保持全覆盖，9个市（州）红十字会全部完成换届。
- 全省红十字救援队增至81支，全部建立党支部，党员队员1240名。
- “黔心博爱”示范党支部累计命名41个，其中2025年新命名5个。
- 2025年全省红十字领域新增2名先进人物获评“中国好人”，累计达到6名。
- 省红十字会机关开展“博爱先锋岗”评选，命名先锋岗28个。

## 三、“三救”“三献”主业

2025年，全省开展应急救护普及培训96.4万人次，培训持证救护员12.1万人次。全省新增配置AED 1500台，累计达到4100台，“黔救援”平台注册救护志愿者3.6万名，全年响应呼救信息920次，成功参与救治心脏骤停患者17例。

“三献”方面，全省新增造血干细胞捐献志愿者入库8620人份，实现造血干细胞捐献41例；新增遗体（器官）捐献志愿登记2.4万人，实现遗体（器官）捐献176例。

## 四、组织建设

截至2025年底，全省发展成人会员42.3万名，注册志愿者15.2万名，建成城乡一体标准化博爱家园468个，生命教育体验馆53个，红十字服务站、救护站640个。

## 五、2025年主要指标一览

| 指标 | 2025年数值 | 备注 |
| --- | --- | --- |
| 募集社会捐赠款物 | 1.05亿元 | 首次突破1亿元 |
| 应急救护普及培训 | 96.4万人次 | 同比增长8.7% |
| 持证救护员培训 | 12.1万人次 | 全年口径 |
| 建立党支部的救援队 | 81支 | 应建尽建 |
| 注册志愿者 | 15.2万名 | 截至2025年底 |
| 标准化博爱家园 | 468个 | 城乡一体 |
| 造血干细胞捐献 | 41例 | 全年实现 |
| 累计配置AED | 4100台 | 当年新增1500台 |

## 六、2026年工作打算

1. 召开贵州省红十字会第七次会员代表大会，选举产生新一届理事会。
2. 力争全年应急救护普及培训突破100万人次，新增配置AED 1000台。
3. 新建博爱家园40个，实现乡镇（街道）红十字组织覆盖率95%以上。
4. 推进“黔救援”平台2.0版上线，打通与120急救调度系统的数据接口。
"""

# ---------------------------------------------------------------- 3. Zhoushan 2024 summary (html)
ZHOUSHAN_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>舟山市红十字会2024年工作总结 - 舟山市红十字会</title>
</head>
<body>
<header>
  <div class="site">舟山市红十字会　Zhoushan Red Cross Society</div>
  <nav>
    <ul>
      <li><a href="/">网站首页</a></li>
      <li><a href="/news">红会动态</a></li>
      <li><a href="/gk">信息公开</a></li>
      <li><a href="/jz">捐赠查询</a></li>
      <li><a href="/zyz">志愿服务</a></li>
    </ul>
  </nav>
  <div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 规划总结</div>
</header>
<main>
  <article>
    <h1>舟山市红十字会2024年工作总结</h1>
    <p class="meta">发布日期：2025-01-20　来源：舟山市红十字会办公室　字号：大 中 小</p>
    <p>2024年，舟山市红十字会在市委、市政府和浙江省红十字会的坚强领导下，立足海岛实际，围绕“三救”“三献”主责主业，扎实推进“海上红十字”品牌建设，全市红十字事业取得新进展。现将全年工作总结如下。</p>

    <h2>一、党建引领，队伍建设全面加强</h2>
    <h3>（一）加强机关党建</h3>
    <p>市红十字会机关党支部开展“博爱先锋·海岛同行”主题党日活动24次，与定海区、普陀区、岱山县、嵊泗县4个县（区）红十字会开展支部结对共建，全年办结群众“微心愿”138个。</p>
    <h3>（二）壮大救援力量</h3>
    <p>全市新组建嵊泗列岛红十字海上救援队，红十字救援队增至12支，其中海上救援队7支，全部建立党支部。全年出动海上搜救、台风抢险任务96次，转运伤病员214人次。</p>

    <h2>二、救在身边，应急救护提质扩面</h2>
    <p>全年开展应急救护普及培训8.6万人次，培训持证救护员1.24万人次；面向渔民、船员开展“渔船救护”专项培训6200人次，为1180艘远洋渔船配发急救包。全市新增配置AED 320台，累计达到1450台，普陀山景区实现AED“五分钟可及”。</p>

    <h2>三、博爱奉献，“三献”工作稳步推进</h2>
    <p>全年无偿献血3.1万人次，献血量1.02万升；新增造血干细胞捐献志愿者入库1380人份，实现造血干细胞捐献9例；新增遗体（器官）捐献志愿登记2150人，实现遗体捐献23例、器官捐献11例。</p>

    <h2>四、人道救助，主要数据一览</h2>
    <table border="1">
      <thead>
        <tr><th>项目</th><th>2024年</th><th>2023年</th><th>增减</th></tr>
      </thead>
      <tbody>
        <tr><td>募集社会捐赠款物</td><td>2680万元</td><td>2410万元</td><td>+11.2%</td></tr>
        <tr><td>应急救护普及培训</td><td>8.6万人次</td><td>7.5万人次</td><td>+14.7%</td></tr>
        <tr><td>“博爱送万家”慰问户数</td><td>4300户</td><td>3900户</td><td>+10.3%</td></tr>
        <tr><td>标准化博爱家园</td><td>46个</td><td>39个</td><td>+7个</td></tr>
        <tr><td>注册志愿者</td><td>1.86万名</td><td>1.62万名</td><td>+14.8%</td></tr>
      </tbody>
    </table>

    <h2>五、2025年工作打算</h2>
    <ol>
      <li>深化“海上红十字”品牌，新建海岛红十字救护站15个；</li>
      <li>力争全年应急救护普及培训达到9万人次，新增AED 200台；</li>
      <li>完成舟山市红十字会第五次会员代表大会筹备工作；</li>
      <li>推进“数字红会”舟山子场景建设，年底前实现捐赠款物全流程线上公示。</li>
    </ol>
    <p class="sign">舟山市红十字会<br>2025年1月20日</p>
  </article>
</main>
<footer>
  <p>主办单位：舟山市红十字会　地址：浙江省舟山市定海区昌国路16号　邮编：316000</p>
  <p>联系电话：0580-2022119　传真：0580-2022120　浙ICP备12034567号</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 5. Taichung blood centre notices (txt)
TAICHUNG_TXT = """台灣血液基金會台中捐血中心
捐血活動公告彙整（114年第1季）
發布單位：台中捐血中心企劃課　更新日期：114年4月2日

【114年1月】
◆ 寒流來襲，血液庫存降至4.2天，呼籲O型、A型民眾踴躍捐血。
◆ 1月全中心共募得血液2萬1,360袋，較去年同期減少6%。
◆ 1月18日至19日於台中國家歌劇院前廣場舉辦「熱血迎新春」活動，捐血250cc以上贈送保溫杯一個。
・ 活動時間：上午9時至下午5時
・ 兩天共有1,286人次參加

【114年2月】
◆ 春節連假（1月25日至2月2日）期間各捐血室照常服務，惟除夕1月28日休息一天。
◆ 2月全中心共募得血液2萬4,870袋，庫存回升至7.5天。
◆ 新設「豐原捐血室」於2月10日正式啟用，地址：台中市豐原區中正路288號2樓。
・ 服務時間：週二至週日 10:00～18:00（週一休息）
・ 每日可服務約120人次

【114年3月】
◆ 3月全中心共募得血液2萬6,540袋，其中分離術捐血（血小板）3,120袋。
◆ 3月8日起，捐血者年齡上限由65歲放寬至70歲（66歲以上須曾有捐血紀錄）。
◆ 捐血滿100次以上的熱心捐血人共412位，將於4月26日在台中市政府集會堂接受表揚。
・ 捐血間隔：全血250cc須間隔2個月，全血500cc須間隔3個月，分離術捐血須間隔2週

【捐血室資訊】
・ 台中捐血室：台中市北區五權路310號1樓　服務時間：每日 08:30～17:30
・ 逢甲捐血室：台中市西屯區福星路420號　服務時間：每日 11:00～20:00
・ 彰化捐血室：彰化市中山路二段550號　服務時間：週一至週六 09:00～17:00
・ 捐血專線：(04)2222-3288　服務時間：週一至週五 08:00～17:00
・ 捐血車行程請至本中心官網「捐血活動查詢」查看
"""


# ---------------------------------------------------------------- 4. Lifeguard / first-aid course handbook (docx)
def handbook_docx():
    d = docx.Document()
    d.add_paragraph("Seaview Lifesaving & First Aid Academy", style="Title")
    d.add_paragraph("Course Handbook 2025 — Edition 4, issued January 2025")
    d.add_paragraph("Seaview Lifesaving & First Aid Academy, Unit 7 Harbourside Business Park, Penmore PL23 5RX. "
                    "Bookings: 01726 554 310 (Monday to Friday, 08:30–17:00). Director of Training: Karen Holloway.")
    d.add_heading("1. About this handbook", level=1)
    d.add_paragraph("This handbook explains the courses we run, what each costs, how to book, and what we expect of "
                    "candidates on the day. All courses run from 09:00 to 16:30 with a 45-minute lunch break unless "
                    "stated otherwise. Class sizes are between 6 and 12 candidates, and each class has one trainer "
                    "for every 6 candidates in the pool.")
    d.add_heading("2. Courses and fees", level=1)
    d.add_paragraph("Fees include the manual, assessment and certificate. VAT is not charged on training fees.")
    rows = [("Course", "Hours", "Price", "Certificate valid for"),
            ("Emergency First Aid at Work", "6", "£95", "3 years"),
            ("First Aid at Work", "18", "£265", "3 years"),
            ("Paediatric First Aid", "12", "£155", "3 years"),
            ("National Pool Lifeguard Qualification", "36", "£329", "2 years"),
            ("Beach Lifeguard Award", "40", "£410", "2 years"),
            ("Lifeguard Annual Requalification", "4", "£58", "1 year")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Groups of 8 or more booking together receive a 10% discount. Students and volunteers of "
                    "registered charities pay 15% less on Emergency First Aid at Work.")
    d.add_heading("3. Entry requirements for lifeguard courses", level=1)
    d.add_paragraph("Candidates must be at least 16 years old on the day of the final assessment. At the pre-course "
                    "swim test you must be able to:")
    for s in ["jump or dive into deep water;",
              "swim 50 metres in under 60 seconds;",
              "swim 100 metres continuously on your front and back;",
              "tread water for 30 seconds;",
              "surface dive to the floor of the pool at its deepest point (at least 2 metres);",
              "climb out of the pool unaided without using steps or ladders."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("4. How to book", level=1)
    for s in ["Choose a course date on our website or call the bookings line.",
              "Complete the online registration form, including any medical conditions we should know about.",
              "Pay a deposit of £50 within 48 hours to hold your place; the balance is due 14 days before the course.",
              "Lifeguard candidates attend the pre-course swim test, held every Saturday at 08:00 at Penmore Leisure Centre.",
              "You will receive joining instructions by email 7 days before the course starts."]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("5. Cancellations and transfers", level=1)
    d.add_paragraph("If you cancel 14 days or more before the start date we refund the full fee. Cancellations 7 to 13 "
                    "days before the start receive a 50% refund. No refund is given for cancellations less than 7 "
                    "days before the course, but you may transfer once to another date for a £20 admin fee.")
    d.add_heading("6. What to bring", level=1)
    for s in ["photo ID (passport or driving licence);",
              "swimwear, a towel and goggles for pool sessions;",
              "a packed lunch (the café closes at 14:00);",
              "a pen and the pre-course workbook, completed."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("7. Assessment and certificates", level=1)
    d.add_paragraph("Assessment is continuous plus a final practical test. You must attend at least 90% of the course "
                    "hours. Certificates are emailed within 10 working days of passing. Lead assessor for lifeguard "
                    "courses: Marcus Bell. Complaints should be sent in writing to the Director of Training within "
                    "28 days of the course.")
    d.add_heading("8. Health and safety", level=1)
    d.add_paragraph("Please tell your trainer before the course if you are pregnant, have a back or knee injury, or "
                    "have epilepsy or asthma, as some practical sessions involve kneeling on the floor for up to 2 "
                    "minutes at a time or lifting a casualty from the water. Reasonable adjustments can usually be "
                    "made. Pool sessions are supervised by a qualified pool lifeguard at all times, and the water "
                    "temperature is kept between 28 and 30 °C.")
    d.add_heading("9. Keeping your certificate valid", level=1)
    d.add_paragraph("Lifeguards must complete at least 20 hours of logged in-service training in each 12-month period "
                    "and pass the Lifeguard Annual Requalification to keep their qualification current. We send a "
                    "reminder by email 60 days before any certificate expires. If a First Aid at Work certificate "
                    "lapses by more than 28 days, the full 18-hour course must be taken again.")
    d.add_paragraph("Questions about this handbook: training@seaviewlifesaving.co.uk")
    d.save(os.path.join(OUT, "seaview_course_handbook.docx"))


# ---------------------------------------------------------------- 6. Trustees' annual report (English pdf)
def trustees_pdf():
    F = "Helvetica"
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, alignment=1)
    sub = ParagraphStyle("s", fontName=F, fontSize=10.5, leading=14, alignment=1)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=10, spaceAfter=3)
    body = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=15, spaceAfter=5)
    S = []
    S.append(Paragraph("Brackenford Community First Aid Trust", title))
    S.append(Paragraph("Trustees' Annual Report and Summary Accounts for the year ended 31 March 2025", sub))
    S.append(Paragraph("Registered charity number 1192457", sub))
    S.append(Paragraph("The Old Fire Station, 14 Mill Lane, Brackenford, Norfolk NR18 4QT", sub))
    S.append(Spacer(1, 10))
    def P(t):
        return S.append(Paragraph(t, body))
    S.append(Paragraph("1. Chair's introduction", h1))
    P("This has been the busiest year in the Trust's eleven-year history. Our volunteers covered more local events "
      "than ever, we trained more people in life-saving skills, and for the first time every village in the "
      "Brackenford district has a public access defibrillator within a ten-minute walk of most homes. I want to "
      "thank our 64 active volunteers, our three part-time staff and the many local businesses that supported us. "
      "I also thank Graham Ludlow, who stood down as a trustee in September 2024 after nine years of service.")
    S.append(Paragraph("2. Objectives and activities", h1))
    P("The Trust's object is to preserve life and relieve sickness in Brackenford and the surrounding area by "
      "providing first aid training, first aid cover at public events, and public access defibrillators. Our work "
      "in the year was organised in three programmes:")
    P("2.1 Training: we ran 186 courses and trained 2,340 people, of whom 610 were secondary school pupils trained "
      "free of charge through our Heartstart Schools scheme.")
    P("2.2 Event cover: volunteers provided first aid at 96 events, including the Brackenford Carnival and the "
      "Norfolk Coast Half Marathon, treating 412 casualties and referring 19 to hospital.")
    P("2.3 Defibrillators: we now maintain 38 public access defibrillators, 7 of them installed this year. "
      "Our defibrillators were used 11 times during the year, and 4 of those patients survived to hospital discharge.")
    S.append(Paragraph("3. Financial review", h1))
    P("Total income for the year was £139,930 (2023-24: £118,400) and total expenditure was £110,050 "
      "(2023-24: £104,700), giving a surplus of £29,880. The largest single grant was £36,500 from the Norfolk "
      "Community Foundation towards the schools scheme. Income and expenditure are summarised below; the full "
      "accounts, independently examined by Hartley & Moss Accountants, are available on request.")
    P("The trustees consider the financial position of the Trust to be sound. Income grew by 18% on the previous "
      "year, mainly because of the larger grant and a first legacy gift. Course fee income rose slightly although "
      "we held our prices for the second year running. Spending grew by only 5%, with most of the increase on "
      "training delivery and on replacing defibrillator pads and batteries, which must be changed every two to "
      "four years depending on the model. Premises costs stayed flat because our lease at the Old Fire Station "
      "runs at a fixed rent until 2027.")
    rows = [["Summary statement of financial activities", "2024-25 (£)", "2023-24 (£)"],
            ["Income", "", ""],
            ["Donations and gifts", "48,200", "45,100"],
            ["Grants", "36,500", "22,000"],
            ["Course fees", "29,750", "28,900"],
            ["Event first aid cover fees", "14,300", "13,600"],
            ["Legacies", "10,000", "7,800"],
            ["Investment income", "1,180", "1,000"],
            ["Total income", "139,930", "118,400"],
            ["Expenditure", "", ""],
            ["Training delivery", "52,400", "49,300"],
            ["Defibrillator purchase and maintenance", "18,900", "17,200"],
            ["Event cover costs", "11,600", "11,900"],
            ["Premises (Old Fire Station lease)", "15,600", "15,600"],
            ["Fundraising costs", "7,250", "6,800"],
            ["Governance (incl. independent examination)", "4,300", "3,900"],
            ["Total expenditure", "110,050", "104,700"],
            ["Net income (surplus) for the year", "29,880", "13,700"]]
    t = Table(rows, colWidths=[95 * mm, 35 * mm, 35 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(t)
    S.append(Spacer(1, 8))
    S.append(Paragraph("4. Reserves policy", h1))
    P("The trustees aim to hold unrestricted reserves equal to six months of running costs. At 31 March 2025 "
      "unrestricted reserves were £84,300, equal to about nine months of running costs. Of the surplus, £15,000 "
      "has been designated for replacing the Trust's ageing response vehicle in 2026.")
    S.append(Paragraph("5. Plans for 2025-26", h1))
    P("We plan to install a further 5 defibrillators, extend Heartstart Schools to 12 more schools, and recruit 20 "
      "new event volunteers. Our annual open day will be held on Saturday 14 June 2025 at the Old Fire Station.")
    S.append(Paragraph("6. Structure and governance", h1))
    P("The Trust is governed by a board of seven trustees, who meet six times a year. Trustees serve terms of three "
      "years and may serve a maximum of three terms. Our chief officer, Nadia Osei, manages the staff and reports "
      "to the board at each meeting.")
    P("Approved by the trustees on 18 July 2025 and signed on their behalf by: Eleanor Whitcombe, Chair of Trustees; "
      "Rajesh Varma, Honorary Treasurer.")
    doc = SimpleDocTemplate(os.path.join(OUT, "brackenford_trustees_report.pdf"), pagesize=A4,
                            leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm, bottomMargin=24 * mm,
                            title="Brackenford Community First Aid Trust - Trustees' Annual Report 2024-25")
    doc.build(S, canvasmaker=numbered_canvas("Brackenford Community First Aid Trust  -  Page {p} of {n}", F, 8.5))


def main():
    guizhou_pdf()
    with open(os.path.join(OUT, "guizhou_2025_update.md"), "w", encoding="utf-8") as f:
        f.write(GUIZHOU_MD)
    with open(os.path.join(OUT, "zhoushan_2024_summary.html"), "w", encoding="utf-8") as f:
        f.write(ZHOUSHAN_HTML)
    handbook_docx()
    with open(os.path.join(OUT, "taichung_blood_notices.txt"), "w", encoding="utf-8") as f:
        f.write(TAICHUNG_TXT)
    trustees_pdf()


if __name__ == "__main__":
    main()
