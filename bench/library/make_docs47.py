"""Write the six documents of blind set 47.
1 Liaocheng (聊城) Red Cross 2024 work report (docx; body paragraphs broken by soft line breaks (Shift+Enter, <w:br/>)
  instead of new paragraphs; an indicator table whose first column 类别 is merged down over several rows)
2 Liaocheng Red Cross January-October 2025 progress (pdf; a contents page with dot leaders and page numbers, a
  "第 n 页 共 4 页" footer on every page; corrects three 2024 figures, so they conflict with the docx by date)
3 Coloane (路環, Macau) community first-aid volunteers 2025 review (zh-hant html; a table with <th scope="row"> row
  headers, rowspan groups and <sup> note marks whose notes sit below the table)
4 Yeppoon Surf Life Saving Club annual report 2024-25 (English md; a raw html <table> inside the Markdown, one row per
  line, and a pipe table whose cells hold <br> breaks)
5 Timaru donor centre guide 2025 (English pdf; justified text hard-set with words hyphenated at line ends, an
  opening-hours table whose header is two rows (Whole blood / Plasma spanning Opens / Last appt))
6 Dezhou (德州) Red Cross FAQ 2025 (Chinese txt; 问 / 答 lines indented with full-width spaces, a tab-separated table
  of registration points, ※ notes)
Run: /work/main/.venv/bin/python make_docs47.py
"""

import os

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs47")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _song(d):
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 1. Liaocheng 2024 (docx, soft line breaks)
LC24 = [
    ("一、组织建设", [
        ["2024年，市红十字会深化“水城博爱”党建品牌，机关党支部获评市直机关“过硬党支部”。",
         "全市现有红十字救援队14支、队员683名，其中党员队员171名；东阿县红十字水上救援队获评省级优秀救援队。",
         "注册红十字志愿者2.46万名，成人会员5.9万名，红十字青少年会员14.2万名；新建乡镇（街道）红十字会7个。"],
        ["市红十字会领导班子：会长周建民，常务副会长刘慧敏，秘书长孙立刚。",
         "全年召开理事会1次、常务理事会3次，审议通过《聊城市红十字会募捐和接受捐赠工作规程》。"],
    ]),
    ("二、应急救护", [
        ["全年开展应急救护普及培训10.8万人次，培训持证救护员1.36万人。",
         "新增配置AED 214台，累计达到873台，东昌湖风景区和聊城西站实现AED全覆盖。"],
        ["4月14日聊城马拉松期间，设置医疗救护点36个，派出救护志愿者420名，救治群众97人次，成功实施心肺复苏1例。",
         "“救在身边”微信平台注册志愿者3,150名，全年响应呼救信息68次。"],
    ]),
    ("三、“三献”工作", [
        ["全市无偿献血6.8万人次，献血总量21.3吨。",
         "新增造血干细胞捐献志愿者入库1,860人份，实现捐献9例，其中临清市捐献3例。",
         "遗体（器官）捐献志愿登记1,420人，实现器官捐献5例、遗体捐献4例。"],
    ]),
    ("四、人道救助", [
        ["全年募集社会捐赠款物2,870万元，其中资金1,650万元。",
         "新建博爱家园9个，累计达到58个；“博爱送万家”慰问困难家庭2,600户。"],
        ["7月12日茌平区、高唐县遭受强降雨，市红十字会启动Ⅳ级应急响应，派出救援队员188人次，",
         "转移群众640余人，发放救灾物资折价57万元。"],
    ]),
    ("五、2025年工作安排", [
        ["1. 新增配置AED 240台，重点覆盖A级景区和高速服务区；",
         "2. 应急救护普及培训12万人次，持证救护员1.5万人；",
         "3. 在东阿县建成“生命礼赞”缅怀纪念园1处。"],
    ]),
]
LC24_TABLE = [
    ["类别", "指标", "2024年", "2023年"],
    ["应急救护", "普及培训（万人次）", "10.8", "9.5"],
    ["应急救护", "持证救护员（万人）", "1.36", "1.12"],
    ["应急救护", "新增AED（台）", "214", "176"],
    ["“三献”", "无偿献血（万人次）", "6.8", "6.5"],
    ["“三献”", "造血干细胞入库（人份）", "1,860", "1,640"],
    ["“三献”", "遗体器官捐献登记（人）", "1,420", "1,180"],
    ["人道救助", "募集款物（万元）", "2,870", "2,450"],
    ["人道救助", "博爱家园（个，累计）", "58", "49"],
]


def liaocheng24():
    d = docx.Document()
    _song(d)
    d.add_heading("聊城市红十字会2024年工作报告", 0)
    p = d.add_paragraph()
    for k, line in enumerate(["——2025年1月20日在市红十字会第五届理事会第三次会议上", "会长　周建民"]):
        if k:
            p.add_run().add_break()
        p.add_run(line)
    for head, paras in LC24:
        d.add_heading(head, 1)
        for lines in paras:
            p = d.add_paragraph()
            for k, line in enumerate(lines):
                if k:
                    p.add_run().add_break()  # Shift+Enter: a soft line break inside one paragraph
                p.add_run(line)
    d.add_heading("附表　2024年主要指标完成情况", 1)
    t = d.add_table(rows=len(LC24_TABLE), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(LC24_TABLE):
        for c, v in enumerate(row):
            if c == 0 and r > 1 and LC24_TABLE[r - 1][0] == v:
                continue
            t.cell(r, c).text = v
    start = 1
    for r in range(2, len(LC24_TABLE) + 1):
        if r == len(LC24_TABLE) or LC24_TABLE[r][0] != LC24_TABLE[start][0]:
            if r - 1 > start:
                t.cell(start, 0).merge(t.cell(r - 1, 0))
                t.cell(start, 0).text = LC24_TABLE[start][0]
            start = r
    d.add_paragraph("注：2023年数据为年报口径；2024年数据截至2024年12月31日。")
    d.save(os.path.join(OUT, "liaocheng_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Liaocheng 2025 (pdf, contents page + footers)
def liaocheng25():
    path = os.path.join(OUT, "liaocheng_redcross_2025_jan-oct_progress.pdf")
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK")
    h = ParagraphStyle("h", parent=base, fontSize=13, leading=22, spaceBefore=6)
    title = ParagraphStyle("t", parent=base, fontSize=17, leading=26, alignment=1)
    toc = ParagraphStyle("toc", parent=base, fontSize=11, leading=22)
    total = 4

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页 共 {total} 页")
        canvas.restoreState()

    s = [Paragraph("聊城市红十字会2025年1—10月工作进展情况", title), Spacer(1, 6),
         Paragraph("聊城市红十字会办公室　2025年11月8日", ParagraphStyle("c", parent=base, alignment=1)),
         Spacer(1, 14), Paragraph("目　录", h)]
    for name, pg in [("一、主要指标完成情况", 2), ("二、关于2024年部分数据的更正", 2), ("三、重点工作进展", 3),
                     ("四、11—12月工作安排", 4)]:
        s.append(Paragraph(f"{name}{'·' * 40}{pg}", toc))
    s.append(PageBreak())
    s.append(Paragraph("一、主要指标完成情况", h))
    rows = [["指标", "2025年全年目标", "1—10月完成", "完成率"],
            ["应急救护普及培训（万人次）", "12", "9.7", "80.8%"],
            ["持证救护员（万人）", "1.5", "1.18", "78.7%"],
            ["新增AED（台）", "240", "168", "70.0%"],
            ["无偿献血（万人次）", "7.2", "5.9", "81.9%"],
            ["造血干细胞入库（人份）", "1,900", "1,520", "80.0%"],
            ["募集款物（万元）", "3,000", "2,140", "71.3%"]]
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13)
    t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[62 * mm, 36 * mm, 36 * mm, 26 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    s += [t, Spacer(1, 10), Paragraph("二、关于2024年部分数据的更正", h)]
    for line in ["经与市卫健委、市中心血站及各县（市、区）红十字会复核，《聊城市红十字会2024年工作报告》中以下三项数据予以更正：",
                 "1. 2024年应急救护普及培训由10.8万人次更正为11.2万人次，原因是补录东阿县、阳谷县第四季度培训数据；",
                 "2. 2024年新增AED由214台更正为221台，原因是7台企业捐赠设备补登，2024年底累计数相应更正为880台；",
                 "3. 2024年造血干细胞入库由1,860人份更正为1,902人份，原因是市中心血站年终复核。",
                 "其余数据以2024年工作报告为准。"]:
        s.append(Paragraph(line, base))
    s.append(PageBreak())
    s.append(Paragraph("三、重点工作进展", h))
    for line in ["（一）组织建设。3月，秘书长孙立刚到龄退休，王晓峰任市红十字会秘书长。6月新成立冠县红十字应急救护队，全市救援队达到16支、队员752名。",
                 "（二）应急救护。1—10月新增配置AED 168台，累计达到1,048台；聊城大学、聊城东站实现AED全覆盖。4月13日聊城马拉松设置救护点38个，救治群众112人次。",
                 "（三）“三献”工作。1—10月无偿献血5.9万人次；造血干细胞入库1,520人份，实现捐献7例；实现器官捐献4例、遗体捐献3例。",
                 "（四）人道救助。1—10月募集社会捐赠款物2,140万元；新建博爱家园6个，累计达到64个。8月3日莘县遭受风雹灾害，市红十字会启动Ⅳ级应急响应，派出救援队员96人次，发放救灾物资折价31万元。"]:
        s.append(Paragraph(line, base))
        s.append(Spacer(1, 4))
    s.append(PageBreak())
    s.append(Paragraph("四、11—12月工作安排", h))
    for line in ["1. 开展冬季“热血暖冬”献血活动，11月15日起在东昌府区、临清市设置流动献血点5处；",
                 "2. 12月底前建成东阿县“生命礼赞”缅怀纪念园；",
                 "3. 12月5日国际志愿者日表彰优秀红十字志愿者50名；",
                 "4. 做好元旦、春节期间“博爱送万家”慰问，计划慰问困难家庭2,800户。",
                 "联系人：市红十字会办公室　张倩　电话：0635-8241120"]:
        s.append(Paragraph(line, base))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm)
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- 3. Coloane (zh-hant html, th scope=row, rowspan, sup)
COLOANE = """<!DOCTYPE html>
<html lang="zh-Hant-MO">
<head><meta charset="utf-8"><title>路環社區急救義工隊2025年度工作回顧</title></head>
<body>
<h1>路環社區急救義工隊2025年度工作回顧</h1>
<p>發佈日期：2026年1月10日　撰稿：義工隊秘書處</p>
<h2>一、隊伍概況</h2>
<p>本隊成立於2016年，隸屬路環坊眾互助會，現任隊長梁嘉欣，副隊長何志豪，培訓主任葉美琪護士。</p>
<p>截至2025年12月31日，登記義工86人（2024年底為71人），其中持有效急救證書者79人；全年義工總服務時數6,420小時。</p>
<h2>二、服務統計</h2>
<table border="1">
<caption>表一　2025年服務統計</caption>
<thead><tr><th scope="col">服務類別</th><th scope="col">項目</th><th scope="col">場次</th><th scope="col">服務人次</th><th scope="col">義工人次</th></tr></thead>
<tbody>
<tr><th scope="row" rowspan="2">海灘救護<sup>1</sup></th><td>竹灣海灘駐守</td><td>62</td><td>118</td><td>496</td></tr>
<tr><td>黑沙海灘駐守</td><td>74</td><td>153</td><td>592</td></tr>
<tr><th scope="row" rowspan="2">社區活動</th><td>路環聖誕市集駐場</td><td>3</td><td>21</td><td>60</td></tr>
<tr><td>路環步行徑遠足支援</td><td>18</td><td>34</td><td>144</td></tr>
<tr><th scope="row">培訓<sup>2</sup></th><td>基本急救證書課程</td><td>12班</td><td>學員264人</td><td>導師72人次</td></tr>
<tr><th scope="row">全年合計</th><td>—</td><td>169</td><td>590</td><td>1,364</td></tr>
</tbody>
</table>
<p class="note"><sup>1</sup> 海灘駐守期為5月1日至10月31日，逢週六、日及公眾假期。</p>
<p class="note"><sup>2</sup> 基本急救證書課程合格率為96%，以考核日出席學員計算。</p>
<h2>三、器材與經費</h2>
<table border="1">
<tr><th scope="row">新購AED</th><td>3部（全隊共9部）</td></tr>
<tr><th scope="row">主要資助</th><td>澳門基金會資助澳門元186,000元</td></tr>
<tr><th scope="row">會員捐款</th><td>澳門元23,400元</td></tr>
</table>
<h2>四、特別事項</h2>
<ul>
<li>9月24日颱風期間，本隊於路環市區開設臨時救護站1個，服務居民43人次。</li>
<li>11月16日參與澳門格蘭披治大賽車周後勤支援，派出義工12人。</li>
<li>全年最佳義工：陳穎詩（服務時數312小時）。</li>
</ul>
<h2>五、2026年計劃</h2>
<ol>
<li>義工人數增至100人；</li>
<li>於九澳增設急救站1個；</li>
<li>開辦兒童急救課程4班。</li>
</ol>
<p>查詢電話：2888 1234　電郵：coloane.firstaid@example.org</p>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. Yeppoon SLSC (md, html table inside, <br> cells)
YEPPOON = """# Yeppoon Surf Life Saving Club — Annual Report 2024-25

Presented to the Annual General Meeting, Saturday 14 June 2025, at the clubhouse on Anzac Parade, Yeppoon.

## President's report

The 2024-25 patrol season ran from 28 September 2024 to 27 April 2025. Our members gave 6,244 patrol hours,
performed 37 rescues, treated 611 first aid cases and made 4,980 preventative actions on Main Beach and Lammermoor Beach.

President: Karen Whitfield. Club Captain: Liam O'Rourke. Treasurer: Deepa Nair. Nippers Coordinator: Ben Tuala.

## Patrol teams

| Patrol team | Captain | Hours | Rescues | First aid |
| --- | --- | --- | --- | --- |
| Team 1<br>(Saturdays, am) | Liam O'Rourke | 1,412 | 9 | 138 |
| Team 2<br>(Saturdays, pm) | Sophie Grant | 1,306 | 7 | 121 |
| Team 3<br>(Sundays, am) | Marcus Lee | 1,298 | 11 | 149 |
| Team 4<br>(Sundays, pm) | Aroha Ngata | 1,187 | 6 | 112 |
| Midweek<br>(school holidays) | Peter Vance | 1,041 | 4 | 91 |

## Membership

<table>
<tr><th>Category</th><th>2024-25</th><th>2023-24</th></tr>
<tr><td>Nippers (U7-U14)</td><td>214</td><td>198</td></tr>
<tr><td>Active patrolling members</td><td>131</td><td>124</td></tr>
<tr><td>Associate and life members</td><td>67</td><td>65</td></tr>
<tr><td>Total</td><td>412</td><td>387</td></tr>
</table>

## Awards and training

- 29 new Bronze Medallions and 14 Surf Rescue Certificates were awarded.
- 8 members qualified as IRB crew and 3 as IRB drivers.
- Volunteer of the Year: Hannah Cole, who gave 286 patrol hours.
- Junior Lifesaver of the Year: Mia Tran (age 14).

## Finance

The club received a $48,500 grant from the Gambling Community Benefit Fund towards a new inflatable rescue boat,
delivered in November 2024. Total income was $312,700 and total expenditure $296,400, a surplus of $16,300.

## Looking ahead

The 2025-26 season opens on 27 September 2025. The clubhouse deck upgrade (budget $120,000) starts in July 2025.
"""

# ---------------------------------------------------------------- 5. Timaru donor centre (English pdf, hyphenated lines)
TIMARU_P = [
    ("Timaru Donor Centre — Donor Guide 2025", None),
    ("About the centre", [
        "The Timaru Donor Centre at 42 Stafford Street collects whole blood and plas-",
        "ma for the South Canterbury region. In 2024 the centre took 5,212 dona-",
        "tions, including 1,184 from first-time donors.",
        "Centre manager: Ruth Petersen. Senior nurse: Aaron Whitlock.",
    ]),
    ("Opening hours", None),
    ("Who can donate", [
        "You can give blood if you are aged 16 to 71 and weigh at least 50 kg.",
        "First-time donors over 60 need a doctor's letter before their first dona-",
        "tion. Whole blood can be given every 16 weeks; plasma every 2 weeks.",
        "After a new tattoo or piercing please wait 4 months before donating.",
    ]),
    ("On the day", [
        "Drink 750 ml of water in the three hours before you come and eat a sav-",
        "oury snack. A whole blood donation takes about 10 minutes; a plasma",
        "donation about 45 minutes. Allow one hour for the whole visit.",
        "Parking: 6 free donor spaces behind the building, 90 minutes.",
    ]),
    ("Mobile drives 2025", [
        "Geraldine Memorial Hall: 12 March and 10 September.",
        "Temuka Community Centre: 9 July.",
        "Book on 0800 448 325 or in the donor app.",
    ]),
]


def timaru():
    path = os.path.join(OUT, "timaru_donor_centre_guide_2025.pdf")
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15)
    h = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=20, spaceBefore=8)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=24)
    s = []
    for head, lines in TIMARU_P:
        if lines is None and head.startswith("Timaru"):
            s.append(Paragraph(head, title))
            continue
        s.append(Paragraph(head, h))
        if head == "Opening hours":
            rows = [["Day", "Whole blood", "", "Plasma", ""],
                    ["", "Opens", "Last appt", "Opens", "Last appt"],
                    ["Monday", "8:30am", "3:30pm", "8:00am", "4:00pm"],
                    ["Tuesday", "8:30am", "3:30pm", "8:00am", "4:00pm"],
                    ["Wednesday", "11:00am", "6:30pm", "10:30am", "7:00pm"],
                    ["Thursday", "8:30am", "3:30pm", "8:00am", "4:00pm"],
                    ["Friday", "8:30am", "2:30pm", "8:00am", "3:00pm"],
                    ["Saturday", "9:00am", "12:30pm", "closed", "closed"]]
            t = Table(rows, colWidths=[30 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
                                   ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
            s += [t, Paragraph("The centre is closed on Sundays and public holidays.", base)]
            continue
        s.append(Paragraph("<br/>".join(lines), base))
    SimpleDocTemplate(path, pagesize=A4).build(s)


# ---------------------------------------------------------------- 6. Dezhou FAQ (txt, full-width indents, tabs)
DEZHOU = """德州市红十字会常见问题解答（2025年版）
　　德州市红十字会编　2025年3月1日起施行

一、应急救护培训
问1：参加应急救护培训要交钱吗？
　　答：普及培训免费，每期4学时；救护员培训16学时，考核合格后颁发红十字救护员证，培训费由市红十字会承担。
问2：救护员证有效期多久？
　　答：救护员证有效期为3年，到期前3个月内可参加8学时的复训。
问3：单位怎么预约上门培训？
　　答：满30人即可预约，请提前15个工作日拨打0534-2312120，工作日8:30—17:30。

二、造血干细胞捐献
问4：多大年龄能登记成为造血干细胞捐献志愿者？
　　答：18—45周岁、体重男性不低于50公斤、女性不低于45公斤的健康公民均可登记。
问5：登记要抽多少血？
　　答：只需采集血样6毫升，在献血屋或流动采血车均可办理。

三、遗体和人体器官捐献
问6：哪里可以办理遗体捐献登记？
　　答：可到下表所列登记点办理，也可在“中国人体器官捐献”小程序在线登记。
登记点	地址	电话	开放时间
市红十字会	德城区东风中路1266号	0534-2312120	工作日8:30—17:30
禹城市红十字会	禹城市行政街9号	0534-7221356	工作日9:00—17:00
乐陵市红十字会	乐陵市振兴大街36号	0534-6212580	工作日9:00—17:00
齐河县红十字会	齐河县齐晏大街88号	0534-5321410	周一至周六9:00—16:30
※ 遗体捐献须经直系亲属书面同意，登记后可随时变更或撤销。
问7：捐献者家庭有什么关怀？
　　答：市红十字会在清明节前组织缅怀纪念活动，捐献者名字镌刻在德州市“生命礼赞”纪念碑上，纪念碑位于减河湿地公园。

四、捐赠与求助
问8：捐赠能开票吗？
　　答：可以，市红十字会开具公益事业捐赠票据，个人捐赠可凭票据按规定税前扣除。
问9：困难家庭怎么申请救助？
　　答：由本人向所在乡镇（街道）红十字会提交申请，大病救助每户最高2万元，每年受理两次，分别在4月和10月。
※ 本解答自2025年3月1日起施行，2023年版同时废止。
"""


def main():
    liaocheng24()
    liaocheng25()
    with open(os.path.join(OUT, "coloane_first_aid_volunteers_2025_hant.html"), "w", encoding="utf-8") as f:
        f.write(COLOANE)
    with open(os.path.join(OUT, "yeppoon_slsc_annual_report_2024-25.md"), "w", encoding="utf-8") as f:
        f.write(YEPPOON)
    timaru()
    with open(os.path.join(OUT, "dezhou_redcross_faq_2025.txt"), "w", encoding="utf-8") as f:
        f.write(DEZHOU)


if __name__ == "__main__":
    main()
