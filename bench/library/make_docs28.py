"""Write the six new documents of set 28 into docs28/ (all text lives here).
Run: .venv/bin/python bench/library/make_docs28.py
"""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs28")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = A4

# ---------------------------------------------------------------- 1. Chongqing 2024 annual report (two-column pdf)
CQ_TITLE = "重庆市红十字会2024年度工作报告"
CQ_ISSUER = "——2025年1月16日在重庆市红十字会第五届理事会第四次会议上"
CQ_BY = "市红十字会党组书记、常务副会长　刘建川"

# each page: list of ("h", text) / ("p", text); footnotes per page
CQ_PAGES = [
    [
        ("h", "一、2024年工作回顾"),
        ("p", "2024年，全市红十字系统坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届三中全会精神，"
              "以党建为引领，聚焦“三救”“三献”主责主业，全市红十字事业取得新进展。全年募集社会捐赠款物3.27亿元，"
              "较2023年增长14.3%，支出款物2.95亿元，惠及困难群众71万人次。"),
        ("h", "（一）党建引领更加有力"),
        ("p", "全市41个区县红十字会①全部建立党组，其中38个区县红十字会党组书记由专职领导担任。深化“山城博爱”党建品牌创建，"
              "2024年新命名“山城博爱”示范党支部11个，累计达到29个。扎实开展党纪学习教育，全系统组织专题党课57场次。"),
        ("p", "关联组织党建持续加强。全市红十字救援队达到86支，其中79支建立党支部，党员队员1320名。渝北区红十字蓝天救援队"
              "队长谭志勇获评“重庆市优秀共产党员”，市红十字（武隆）山地救援队党支部获评“重庆市先进基层党组织”。"),
        ("h", "（二）应急救援有力有序"),
        ("p", "2024年7月中旬，万州、巫溪、城口等地遭受特大暴雨袭击。市红十字会于7月12日启动Ⅳ级应急响应，"
              "累计调派救援队28支、队员1460人次，转移受困群众8900余人，拨付救灾款物862万元。"
              "在黔江、永川建成2个区域性红十字备灾仓库，总面积5200平方米，可满足3万人紧急安置需要。"),
        ("p", "全年组织救援队开展水域、山地联合演练17场次，参与社会大型活动应急保障213场次。"
              "11月，市红十字水上救援队代表重庆参加中国红十字会总会在天津举办的全国红十字救援队技能竞赛，获团体三等奖。"),
        ("p", "募捐和信息公开规范透明。严格执行《红十字会法》和募捐管理规定，全年在市红十字会官网和“重庆红十字”公众号"
              "公开募捐项目127个，网络募捐款4800余万元，接受市审计局专项审计1次，未发现违规问题。"),
    ],
    [
        ("h", "（三）应急救护培训提质扩面"),
        ("p", "全年开展应急救护普及培训128.4万人次，培训持证救护员21.6万人次②，其中面向中小学教师3.1万人次，"
              "面向公安、消防、交通运输等行业人员4.4万人次。在轨道交通站点、长途客运站、高速公路服务区等公共场所新增配置AED 2650台，"
              "全市累计达到9380台。注册“救在身边”应急救护志愿者5.7万名，全年成功参与救治心脏骤停患者29例。"),
        ("h", "（四）“三献”工作稳步推进"),
        ("p", "全市新增造血干细胞捐献志愿者入库1.32万人份，实现造血干细胞捐献97例，其中向境外患者捐献3例。"
              "新增遗体器官捐献志愿登记3.85万人，实现遗体捐献142例、器官捐献231例。在北碚区缙云山建成"
              "全市首个“生命礼赞”遗体器官捐献者缅怀园区。全市无偿献血达到52.6万人次。"),
        ("h", "（五）人道救助与博爱家园"),
        ("p", "全年募集资金2.41亿元、物资折价0.86亿元。实施“博爱送万家”活动，慰问困难家庭3.6万户。新建博爱家园36个，"
              "主要分布在酉阳、彭水、石柱等民族地区，累计建成208个；建成红十字服务站、救护站890个，生命教育体验馆41个。"
              "全市发展成人会员33.7万名、青少年会员71.2万名，注册红十字志愿者12.9万名。"),
    ],
    [
        ("h", "二、存在的不足"),
        ("p", "一是区县之间发展不平衡，渝东北、渝东南部分区县红十字会仍只有1至2名专职人员；二是募捐渠道较为单一，"
              "网络募捐占比仅为14.7%；三是救援队装备更新滞后，约三分之一救援队的舟艇、无人机使用年限超过5年。"),
        ("p", "对此，我们将在今后工作中认真研究，采取有力措施加以解决。"),
        ("h", "三、2025年工作安排"),
        ("p", "2025年是“十四五”规划收官之年。全市红十字系统将重点做好以下工作：（一）深化“山城博爱”党建品牌，"
              "新命名示范党支部10个；（二）全年开展应急救护普及培训140万人次，新增配置AED 3000台；"
              "（三）新建博爱家园40个，推动博爱家园向城市社区延伸；（四）力争造血干细胞捐献突破100例；"
              "（五）修订《重庆市红十字会募捐和接受捐赠管理办法》，募捐信息公开率保持100%。"),
        ("p", "各位理事，新的一年，让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
              "奋力谱写重庆红十字事业高质量发展新篇章。"),
    ],
]
CQ_NOTES = {
    0: ["① 41个区县红十字会含两江新区、重庆高新区、万盛经开区红十字会。"],
    1: ["② 持证救护员指参加16学时培训并经考核合格取得救护员证的人员。"],
}
CQ_TABLE_HEAD = ["用途", "资金（万元）", "物资（万元）", "合计（万元）"]
CQ_TABLE = [
    ["应急救灾", "3120", "1450", "4570"],
    ["人道救助", "7860", "3920", "11780"],
    ["博爱家园", "2240", "380", "2620"],
    ["救护培训与AED", "1980", "610", "2590"],
    ["其他公益项目", "5830", "2130", "7960"],
    ["合计", "21030", "8490", "29520"],
]


def wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def cq_pdf():
    c = canvas.Canvas(os.path.join(OUT, "chongqing_rc_2024_report.pdf"), pagesize=A4)
    font = "STSong-Light"
    lm, gap = 50, 20
    colw = (W - 2 * lm - gap) / 2
    size, lead = 10.5, 17
    for pno, page in enumerate(CQ_PAGES):
        top = H - 60
        if pno == 0:
            c.setFont(font, 17)
            c.drawCentredString(W / 2, H - 70, CQ_TITLE)
            c.setFont(font, 10)
            c.drawCentredString(W / 2, H - 92, CQ_ISSUER)
            c.drawCentredString(W / 2, H - 108, CQ_BY)
            c.line(lm, H - 120, W - lm, H - 120)
            top = H - 140
        bottom = 300 if pno == 1 else 100
        lines = []
        for kind, text in page:
            if kind == "h":
                lines.append(("h", text))
            else:
                for ln in wrap("　　" + text, font, size, colw):
                    lines.append(("p", ln))
        half = (len(lines) + 1) // 2  # balance the two columns
        if top - half * lead < bottom:
            raise SystemExit(f"page {pno + 1} overflows")
        col, y = 0, top
        for k, (kind, ln) in enumerate(lines):
            if k == half:
                col, y = 1, top
            x = lm + col * (colw + gap)
            c.setFont(font, 10.5 if kind == "h" else size)
            c.drawString(x, y, ln)
            y -= lead
        if pno == 1:
            c.setFont(font, 10.5)
            c.drawCentredString(W / 2, 270, "表1　2024年捐赠款物使用情况")
            xs = [lm, lm + 150, lm + 265, lm + 380, W - lm]
            yy = 252
            c.line(lm, yy + 14, W - lm, yy + 14)
            c.setFont(font, 9.5)
            for i, h in enumerate(CQ_TABLE_HEAD):
                c.drawString(xs[i] + 6, yy, h)
            c.line(lm, yy - 5, W - lm, yy - 5)
            for row in CQ_TABLE:
                yy -= 18
                for i, cell in enumerate(row):
                    c.drawString(xs[i] + 6, yy, cell)
            c.line(lm, yy - 6, W - lm, yy - 6)
        notes = CQ_NOTES.get(pno, [])
        if notes:
            c.line(lm, 78, lm + 120, 78)
            c.setFont(font, 8)
            for k, nt in enumerate(notes):
                c.drawString(lm, 66 - 11 * k, nt)
        c.setFont(font, 8.5)
        c.drawCentredString(W / 2, 36, f"— {pno + 1} —")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. Chongqing 2025 H1 briefing (html)
CQ_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>重庆市红十字会2025年上半年工作简报</title>
</head>
<body>
<article class="rich_media">
<h1>重庆市红十字会2025年上半年工作简报</h1>
<p class="meta">来源：重庆红十字　作者：市红十字会宣传处 王露　发布时间：2025-07-18 17:42</p>
<p>今年以来，全市红十字系统围绕“十四五”规划收官目标，统筹推进党建、应急救援、救护培训、“三献”和人道救助各项工作，上半年主要业务指标完成情况良好，部分指标完成全年目标过半。现将有关情况简报如下。</p>
<p><strong>一、党建工作扎实推进</strong></p>
<p>上半年，市红十字会党组召开理论学习中心组集体学习6次，新命名“山城博爱”示范党支部4个，累计达到33个。新增建立救援队党支部5个，全市建立党支部的红十字救援队达到84支。</p>
<p>3月至5月，市红十字会机关组织党员干部分3批深入巫溪、城口、酉阳等地开展“走找想促”调研，形成调研报告8篇，推动解决基层红十字会编制不足、救援装备老化等问题14个。</p>
<p><strong>二、汛期应急救援及时高效</strong></p>
<p>6月下旬，綦江区、南川区遭遇强降雨引发山洪。市红十字会于6月23日启动Ⅳ级应急响应，调派救援队12支、队员430人次，转移受困群众3160人，向灾区调拨家庭箱1800个、帐篷260顶、折叠床500张，拨付救灾资金150万元。</p>
<figure>
<img src="qijiang_rescue_0624.jpg" alt="綦江转移群众">
<figcaption>6月24日，綦江区红十字救援队在古南街道转移受困群众（摄影：陈渝）</figcaption>
</figure>
<p><strong>三、应急救护培训持续扩面</strong></p>
<p>上半年全市开展应急救护普及培训61.2万人次，完成全年目标140万人次的43.7%；培训持证救护员9.8万人次。新增配置AED 1380台，全市累计达到10760台。5月8日“世界红十字日”当天，在渝中区解放碑步行街举办“人人学急救　急救为人人”主题活动，现场培训市民2300余人。</p>
<p><strong>四、“三献”工作亮点纷呈</strong></p>
<p>上半年新增造血干细胞捐献志愿者入库6120人份，实现造血干细胞捐献46例；实现遗体捐献68例、器官捐献109例。3月，江津区青年教师何思源为一名12岁白血病患儿捐献造血干细胞，成为全市第400例捐献者。</p>
<p><strong>五、人道救助和博爱家园建设稳步实施</strong></p>
<p>上半年全市募集社会捐赠款物1.46亿元，其中网络募捐2860万元，占比19.6%；支出款物1.21亿元，惠及困难群众29万人次。春节期间开展“博爱送万家”活动，慰问困难家庭1.9万户，发放慰问款物1140万元。新建博爱家园17个，其中在酉阳、秀山新建9个，全市累计建成225个。</p>
<p>红十字志愿服务持续壮大。上半年新增注册红十字志愿者1.1万名，全市达到14.0万名；组织开展“红十字博爱周”志愿服务活动960场次，参与志愿者2.3万人次。市红十字会联合重庆大学、西南大学等12所高校成立“高校红十字应急救护联盟”，首批培训学生应急救护骨干1600名。</p>
<p><strong>六、主要指标对比</strong></p>
<table border="1">
<thead>
<tr><th rowspan="2">指标</th><th colspan="2">完成情况</th></tr>
<tr><th>2024年全年</th><th>2025年上半年</th></tr>
</thead>
<tbody>
<tr><td>募集社会捐赠款物（亿元）</td><td>3.31</td><td>1.46</td></tr>
<tr><td>应急救护普及培训（万人次）</td><td>128.4</td><td>61.2</td></tr>
<tr><td>持证救护员培训（万人次）</td><td>21.6</td><td>9.8</td></tr>
<tr><td>新增配置AED（台）</td><td>2650</td><td>1380</td></tr>
<tr><td>造血干细胞捐献（例）</td><td>99</td><td>46</td></tr>
<tr><td>器官捐献（例）</td><td>231</td><td>109</td></tr>
<tr><td>红十字救援队（支）</td><td>88</td><td>91</td></tr>
<tr><td>新建博爱家园（个）</td><td>36</td><td>17</td></tr>
</tbody>
</table>
<p>注：2024年全年数据为年终核定数，募集款物、造血干细胞捐献、救援队数量与年度工作报告口径略有差异，以本表为准。</p>
<p><strong>七、下半年工作重点</strong></p>
<p>下半年，市红十字会将重点做好三项工作：一是做好主汛期应急救援准备，确保救援队24小时待命；二是在城口、巫溪等地新建博爱家园23个，确保完成全年40个目标；三是启动“网络募捐提升行动”，力争网络募捐占比提高到25%以上。</p>
<p>同时，市红十字会将配合市卫生健康委做好遗体器官捐献缅怀纪念工作，计划于11月在北碚区缙云山“生命礼赞”缅怀园区举行全市遗体器官捐献者集中缅怀活动，并完成对全市41个区县红十字会募捐信息公开情况的专项检查。</p>
<p>咨询电话：023-6388 5120（工作日9:00—17:30）</p>
<p class="footer">阅读量 8426　点赞 312　在看 57</p>
</article>
</body>
</html>
"""


def cq_html():
    with open(os.path.join(OUT, "chongqing_2025h1_briefing.html"), "w", encoding="utf-8") as f:
        f.write(CQ_HTML)


# ---------------------------------------------------------------- 3. Belfast financial review (English docx)
def belfast_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("St John Ambulance Belfast Area — Annual Financial Review 2024/25", level=0)
    d.add_paragraph("For the year ended 31 March 2025. Registered with the Charity Commission for Northern Ireland, "
                    "charity number NIC 104 372. Registered office: 41 Ormeau Road, Belfast BT7 1EB.")
    d.add_heading("1. Chair's overview", level=1)
    d.add_paragraph(
        "The year to 31 March 2025 was the busiest in the Area's history. Our volunteers provided first aid cover at 612 "
        "public events, up from 538 in 2023/24, including the Belfast City Marathon on 5 May 2024, the Twelfth parades "
        "and every home fixture at the Kingspan Stadium. In total our members gave 48,300 volunteer hours and treated "
        "3,940 patients, of whom 214 were conveyed to hospital. Our Community First Responders in Lisburn and Bangor "
        "attended 1,176 emergency calls on behalf of the Northern Ireland Ambulance Service.")
    d.add_paragraph(
        "Total income rose to £2,184k (2023/24: £1,927k), an increase of 13.3%, driven mainly by commercial first aid "
        "training and a legacy of £210k from the estate of the late Mrs Margaret Kerr of Holywood. Total expenditure was "
        "£2,051k, leaving a surplus of £133k which the trustees have designated towards the replacement of two "
        "front-line ambulances in 2025/26.")
    d.add_heading("2. Income and expenditure", level=1)
    d.add_paragraph("Statement of income and expenditure (amounts in £000).")
    rows = [
        ("Item", "2024/25 £000", "2023/24 £000"),
        ("Donations and legacies", "486", "322"),
        ("Commercial first aid training", "874", "781"),
        ("Event first aid services", "392", "365"),
        ("Grants (Department of Health NI, National Lottery)", "318", "341"),
        ("Investment income", "41", "29"),
        ("Other income", "73", "89"),
        ("Total income", "2,184", "1,927"),
        ("Costs of training delivery", "612", "574"),
        ("Event and ambulance operations", "738", "702"),
        ("Community First Responders", "296", "248"),
        ("Youth programmes (Badgers and Cadets)", "147", "139"),
        ("Fundraising costs", "98", "91"),
        ("Support and governance costs", "160", "151"),
        ("Total expenditure", "2,051", "1,905"),
        ("Net surplus", "133", "22"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if i == 0 or r[0].startswith("Total") or r[0].startswith("Net"):
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    d.add_heading("3. Reserves and investments", level=1)
    d.add_paragraph(
        "Unrestricted reserves at 31 March 2025 stood at £1,062k, equivalent to 6.2 months of operating expenditure, "
        "within the trustees' target range of 4 to 7 months. Restricted funds totalled £287k, of which £150k is the "
        "Department of Health grant for defibrillator placement in rural Fermanagh and Tyrone. Investments are held in "
        "a COIF Charities Ethical Investment Fund and returned 5.8% over the year (note 2).")
    d.add_heading("4. Volunteers and people", level=1)
    d.add_paragraph(
        "At year end the Area had 417 adult volunteers and 163 young people in Badgers (aged 5 to 10) and Cadets "
        "(aged 10 to 17). Paid staff numbered 19 full-time equivalents, up from 17. The highest-paid employee, the Area "
        "Manager, received a salary in the band £50,001 to £60,000 (note 3). No trustee received any remuneration.")
    d.add_paragraph(
        "Training remained the Area's largest source of unrestricted income. During the year we delivered 1,284 "
        "workplace courses to 11,560 learners, including First Aid at Work (three days), Emergency First Aid at Work "
        "(one day) and paediatric first aid for nurseries. Our largest customers were Belfast Harbour, Translink and "
        "the Belfast Health and Social Care Trust. The average course price was held at £96 per learner for a one-day "
        "course, despite a 9% rise in venue and equipment costs.")
    d.add_paragraph(
        "The Community First Responder scheme cost £296k, of which £118k was covered by a Department of Health grant "
        "and the balance by donations. The scheme placed 38 new public-access defibrillators in villages in Fermanagh "
        "and Tyrone, bringing the total maintained by the Area to 171.")
    d.add_heading("5. Trustees", level=1)
    d.add_paragraph("The trustees who served during the year were:")
    for tr in [
        "Dr Fiona McAllister — Chair (re-elected September 2024)",
        "Mr Declan O'Hare — Vice-Chair",
        "Ms Ruth Gilmore FCA — Honorary Treasurer and chair of the Audit and Risk Committee",
        "Mr Samuel Boyd — Secretary",
        "Mrs Aoife Quinn — Trustee, safeguarding lead",
        "Mr Jonathan Wray — Trustee (appointed 14 November 2024)",
        "Ms Priya Nair — Trustee, youth representative",
    ]:
        d.add_paragraph(tr, style="List Bullet")
    d.add_paragraph("Mr Colin Hegarty stepped down as a trustee on 30 June 2024 after nine years' service.")
    d.add_heading("6. Outlook for 2025/26", level=1)
    d.add_paragraph(
        "The trustees have approved a budget of £2,260k income and £2,240k expenditure for 2025/26. Priorities are the "
        "purchase of two ambulances at an estimated cost of £96k each, opening a training centre in Newry, and growing "
        "adult volunteer numbers to 450 by March 2026.")
    d.add_paragraph(
        "The trustees thank every volunteer, donor and partner who supported the Area during the year, and in "
        "particular the Belfast Harbour Commissioners, whose sponsorship of £25k funded the new cadet unit in "
        "east Belfast.")
    d.add_heading("Notes", level=1)
    for n in [
        "1. The accounts were independently examined by Hamill & Doran Chartered Accountants, Belfast, and approved by "
        "the trustees on 19 June 2025.",
        "2. Investment income includes £12k of interest on cash deposits; the balance is dividend income.",
        "3. The Area Manager is Mr Niall Devlin, who has held the post since April 2021.",
        "4. Comparative figures for 2023/24 have been restated to show Community First Responders separately.",
    ]:
        d.add_paragraph(n)
    d.save(os.path.join(OUT, "belfast_sja_financial_review_2024_25.docx"))


# ---------------------------------------------------------------- 4. Halifax board minutes (txt)
HALIFAX_TXT = """HALIFAX REGIONAL RED CROSS VOLUNTEER SOCIETY
Minutes of the Board of Directors Meeting

Date:    Wednesday, 12 March 2025
Time:    6:30 pm - 8:45 pm (Atlantic Time)
Venue:   Boardroom, 1940 Gottingen Street, Halifax, Nova Scotia B3J 2H2
Society registration number: 3318 4471 RR0001

Present:
  Margaret (Peggy) LeBlanc - Chair
  Arjun Mehta - Vice-Chair
  Colleen MacIsaac - Treasurer
  Thomas Fougere - Secretary
  Dr Hannah Oduya - Director
  Kevin Sampson - Director
  Liam Boudreau - Director
  Sarah Chiasson - Director
  Paul Whitman - Director

In attendance:
  Janet Kerrigan - Executive Director (non-voting)
  Robert Hines - Volunteer Coordinator (items 4 and 5 only)

Apologies:
  Dr Michael Tran - Director
  Anne-Marie Gallant - Director

1. OPENING AND QUORUM
1.1 The Chair called the meeting to order at 6:32 pm and confirmed that a quorum was present (9 of 11 directors).
1.2 No conflicts of interest were declared.

2. MINUTES OF THE PREVIOUS MEETING
2.1 The minutes of the meeting of 15 January 2025 were reviewed. One correction was noted: in item 3.2 the
    number of shelter cots should read 240, not 204.
2.2 Motion to approve the minutes as corrected. Moved by Thomas Fougere, seconded by Sarah Chiasson.
    Carried unanimously (9-0).

3. TREASURER'S REPORT
3.1 Colleen MacIsaac presented the financial statements to 28 February 2025. Income for the eleven months was
    $1,486,000 against a budget of $1,420,000. Expenditure was $1,391,000. Cash on hand was $412,500.
3.2 The Winter Warmth appeal raised $186,300 from 2,147 donors, exceeding its $150,000 target by 24%.
3.3 The Treasurer proposed moving $100,000 from the operating account into a 12-month GIC at 3.85%.
    Moved by Colleen MacIsaac, seconded by Arjun Mehta. Carried 8-1 (Kevin Sampson opposed, preferring to keep
    the funds available for the new vehicle).

4. EMERGENCY RESPONSE AND VOLUNTEERS
4.1 Robert Hines reported that volunteers responded to 63 residential fires in Halifax Regional Municipality
    between 1 November 2024 and 28 February 2025, assisting 158 displaced residents with emergency lodging,
    food and clothing.
4.2 Active volunteer numbers stood at 284, of whom 41 joined after the January recruitment drive at Dalhousie
    University and Saint Mary's University.
4.3 The average response time to a fire call in the urban core was 52 minutes; in rural districts such as
    Musquodoboit Harbour and Sheet Harbour it was 1 hour 48 minutes.

5. NEW EMERGENCY RESPONSE VEHICLE
5.1 The Executive Director presented three quotations for a replacement emergency response vehicle.
    The recommended option is a 2025 Ford Transit fitted out by Maritime Fleet Upfitters of Dartmouth for
    $118,400 including HST.
5.2 Motion to purchase the vehicle from Maritime Fleet Upfitters at a cost not exceeding $120,000, funded
    from the capital reserve. Moved by Liam Boudreau, seconded by Dr Hannah Oduya.
    After discussion of the GIC decision in item 3.3, the motion was carried 7-2
    (Kevin Sampson and Paul Whitman opposed).

6. GOVERNANCE
6.1 The Governance Committee recommended that director terms be limited to three consecutive terms of
    two years. Motion to put the by-law amendment to members at the Annual General Meeting.
    Moved by Arjun Mehta, seconded by Thomas Fougere. Carried 6-2, with 1 abstention (Liam Boudreau).
6.2 The Annual General Meeting will be held on Saturday, 14 June 2025 at 10:00 am at the
    Halifax Central Library, 5440 Spring Garden Road.

7. OTHER BUSINESS
7.1 Sarah Chiasson reported that the Society will staff the first aid tent at the Bluenose Marathon on
    25 May 2025 with 36 volunteers.
7.2 Dr Hannah Oduya reported that the Psychological First Aid course will run on 5 and 6 April 2025 at the
    Dartmouth North Community Centre; 22 of 24 places are filled.
7.3 The Chair thanked Janet Kerrigan for ten years as Executive Director.

7.4 Kevin Sampson asked that future treasurer's reports include a twelve-month cash-flow forecast. The
    Treasurer agreed to provide one from the May meeting onwards.

8. NEXT MEETING AND ADJOURNMENT
8.1 The next board meeting will be held on Wednesday, 14 May 2025 at 6:30 pm.
8.2 The meeting was adjourned at 8:41 pm.

ACTIONS
Ref   Action                                                    Owner              Due date
A1    Sign purchase order for the response vehicle              Janet Kerrigan     31 Mar 2025
A2    Open 12-month GIC with $100,000                           Colleen MacIsaac   21 Mar 2025
A3    Draft by-law amendment on term limits for AGM notice      Thomas Fougere     30 Apr 2025
A4    Plan rural volunteer recruitment (Sheet Harbour)          Robert Hines       14 May 2025
A5    Confirm volunteer roster for Bluenose Marathon            Sarah Chiasson     9 May 2025

Minutes recorded by Thomas Fougere, Secretary. Approved by the Board on ____________.
"""


def halifax_txt():
    with open(os.path.join(OUT, "halifax_board_minutes_2025_03.txt"), "w", encoding="utf-8") as f:
        f.write(HALIFAX_TXT)


# ---------------------------------------------------------------- 5. Haikou stem-cell FAQ (markdown)
HAIKOU_MD = """# 海口市造血干细胞捐献常见问题解答（2025年版）

编写单位：海口市红十字会　中华骨髓库海南分库　更新日期：2025年4月10日

本问答面向有意加入中华骨髓库的海口市民和在海口工作、学习的人员。如有其他疑问，欢迎拨打咨询热线0898-6653 2120（周一至周五8:30—17:30）。

## 一、入库登记

**问：什么人可以报名加入中华骨髓库**

答：符合以下条件的健康公民均可报名：

1. 年龄在18至45周岁之间；
2. 体重男性不低于50公斤、女性不低于45公斤；
3. 符合献血者健康检查要求，无传染病、慢性病史；
4. 了解捐献相关知识，本人自愿并征得家人理解；
5. 能保持联系方式畅通，地址或电话变更时及时告知分库。

**问：入库要抽多少血**

答：入库时只需抽取6至8毫升血液用于HLA分型检测，可在献血时一并采集，也可单独采集，检测费用由中华骨髓库承担，个人不需付费。

**问：在哪里可以报名**

答：可到海口市各献血屋报名，包括解放西路献血屋、国兴大道献血屋、万绿园献血车，也可到市红十字会现场登记。2024年海口市新增入库志愿者4286人份，全市累计入库2.37万人份。

## 二、配型与捐献

**问：配型成功的概率有多大**

答：非血缘关系人群中HLA配型相合的概率约为四百分之一至万分之一，在同胞兄弟姐妹中约为四分之一。配型成功后还需进行高分辨检测和体检，全程大约需要2至3个月。

**问：捐献过程是怎样的**

答：目前95%以上采用外周血采集方式。捐献前连续4至5天皮下注射动员剂，然后在定点医院采集，采集一次约需4至5小时。海口市的定点采集医院为海南省人民医院和海南医学院第一附属医院。

**问：捐献对身体有伤害吗**

答：捐献一般采集约150至200毫升混悬液，造血干细胞具有很强的再生能力，捐献后1至2周即可恢复，不影响身体健康。截至2025年3月底，海南省累计实现造血干细胞捐献138例，其中海口市捐献者61例。

## 三、补贴与保障

**问：捐献有补贴吗**

答：捐献者及一名陪护人员在捐献期间的交通、食宿费用由中华骨髓库和海口市红十字会承担，并按下表标准发放补贴：

| 项目 | 标准 | 说明 |
| --- | --- | --- |
| 交通补贴 | 实报实销，岛外往返最高3000元 | 捐献者及1名陪护人员 |
| 营养补贴 | 5000元 | 采集完成后一次性发放 |
| 误工补贴 | 每天200元，最多10天 | 由捐献者所在单位或红十字会发放 |
| 陪护补贴 | 每天150元，最多7天 | 1名陪护人员 |
| 意外保险 | 保额30万元 | 捐献全程有效 |

**问：捐献以后有什么荣誉或优待**

答：捐献者可获颁中国红十字会“造血干细胞捐献奉献奖”奖章和荣誉证书，并可凭证免费游览海口市内公办A级景区、免费乘坐海口公交，本人及配偶、父母凭证在市属公立医院就医享受免挂号费优待。

**问：单位会不会不给假**

答：根据《海南省实施〈中华人民共和国红十字会法〉办法》，捐献者所在单位应当给予支持，捐献期间视为出勤，工资福利照发。如遇单位不予准假，可联系市红十字会出具协调函。

## 四、其他问题

**问：入库以后多久会被通知配型**

答：没有固定时间。有的志愿者入库几个月就配型成功，也有人入库十几年都没有接到通知。海口市捐献者中从入库到捐献间隔最短的为5个月，最长的为14年。

**问：报名以后还能反悔吗**

答：可以。捐献完全自愿，入库后任何阶段都可以退出，但恳请在配型成功后慎重考虑，因为患者此时可能已开始移植前预处理，临时退出会危及患者生命。

**问：我去外地工作了怎么办**

答：入库资料全国联网，不影响捐献。请登录“中华骨髓库”微信小程序更新联系方式，或拨打热线告知分库。

联系地址：海口市美兰区白龙南路62号红十字大厦3楼　中华骨髓库海南分库　邮编570203
"""


def haikou_md():
    with open(os.path.join(OUT, "haikou_stem_cell_faq.md"), "w", encoding="utf-8") as f:
        f.write(HAIKOU_MD)


# ---------------------------------------------------------------- 6. Pingtung lifeguard training notice (zh-hant docx)
def pingtung_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("屏東縣紅十字會　民國114年水上救生員訓練簡章")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("屏紅字第1140000317號　中華民國114年4月21日")
    d.add_heading("一、目的", level=1)
    d.add_paragraph("為推廣水上安全觀念，培養合格水上救生人員，充實本縣各游泳池、海水浴場及溪流戲水區之救生人力，"
                    "降低溺水事故發生，特辦理本訓練。113年本會共培訓救生員86名，合格率為81.4%。")
    d.add_heading("二、報名資格", level=1)
    for t in [
        "（一）年滿17歲至60歲，身心健康，無心臟病、高血壓、癲癇等不適合激烈運動之疾病者（未滿20歲須檢附法定代理人同意書）。",
        "（二）能以任何姿勢連續游泳200公尺以上，並能踩水3分鐘者。",
        "（三）報名時須檢附3個月內之體格檢查表及二吋照片2張。",
    ]:
        d.add_paragraph(t)
    d.add_heading("三、訓練日期及地點", level=1)
    d.add_paragraph("訓練日期：民國114年6月7日至6月15日，共9天（含術科考核）。"
                    "學科地點：屏東縣紅十字會3樓教室（屏東市自由路527號）；術科地點：屏東縣立游泳池及墾丁南灣海域。")
    d.add_paragraph("名額：每期40名，額滿為止。報名期間：114年5月1日至5月23日，每日8:30–17:00。")
    d.add_heading("四、費用", level=1)
    fee = [
        ("項目", "金額（新臺幣元）", "備註"),
        ("報名費及保險費", "1,500", "含訓練期間意外保險"),
        ("教材費", "800", "救生手冊及CPR面罩"),
        ("證照費", "500", "考核合格者發給救生員證"),
        ("合計", "2,800", "原住民、低收入戶全額補助"),
    ]
    t = d.add_table(rows=len(fee), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(fee):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("註：本會志工及屏東縣籍在學學生報名費減半。已繳費者因故無法參訓，於開訓前7日申請者退費八成，開訓後不予退費。")
    d.add_heading("五、課程表", level=1)
    tt = d.add_table(rows=7, cols=4)
    tt.style = "Table Grid"
    head = ["日期", "時段", "課程內容", "地點"]
    for j, v in enumerate(head):
        tt.cell(0, j).text = v
    data = [
        ("6月7日（六）", "8:00–12:00", "開訓典禮、救生概論、水域安全法規", "本會3樓教室"),
        ("6月7日（六）", "13:30–17:30", "CPR＋AED操作", "本會3樓教室"),
        ("6月8日至6月12日", "8:00–17:00", "游泳技術、救生技術、拖帶與上岸", "屏東縣立游泳池"),
        ("6月13日（五）", "8:00–17:00", "開放水域救生、救生艇操作", "墾丁南灣海域"),
        ("6月14日至6月15日", "8:00–17:00", "學科及術科考核", "屏東縣立游泳池"),
        ("備註", "", "", ""),
    ]
    for i, row in enumerate(data, start=1):
        for j, v in enumerate(row):
            if v:
                tt.cell(i, j).text = v
    # merge the two 6月7日 date cells, and the note row across all columns
    a = tt.cell(1, 0).merge(tt.cell(2, 0))
    a.text = "6月7日（六）"
    n = tt.cell(6, 0).merge(tt.cell(6, 3))
    n.text = "備註：術科課程如遇颱風或海象不佳，改於屏東縣立游泳池實施，另行通知。"
    d.add_heading("六、考核及證照", level=1)
    d.add_paragraph("（一）學科考核以筆試為之，滿分100分，70分以上為及格；術科考核包括游泳200公尺（限時6分鐘內）、"
                    "踩水3分鐘、拖帶50公尺及CPR＋AED操作，各項均須及格。")
    d.add_paragraph("（二）考核合格者由中華民國紅十字會總會核發「救生員證」，有效期限3年；期滿前須參加8小時複訓方可換證。"
                    "學科或術科不及格者，得於3個月內免費補考一次。")
    d.add_paragraph("（三）全程出席率須達90%以上始得參加考核，請假時數超過4小時者視同退訓，已繳費用不予退還。")
    d.add_heading("七、注意事項", level=1)
    d.add_paragraph("學員須自備泳衣、泳帽、泳鏡及防曬用品；術科訓練期間本會提供午餐及飲用水。"
                    "訓練期間如遇颱風，依屏東縣政府停班停課公告辦理，課程順延。結訓學員優先推薦至本縣各海水浴場、"
                    "游泳池及114年7月至8月「東港溪親水救生站」擔任救生員，日薪新臺幣1,800元。")
    d.add_paragraph("本會自民國98年起每年辦理水上救生員訓練，迄今累計培訓合格救生員1,132名。近年本縣夏季戲水人潮增加，"
                    "112年及113年本縣共發生溺水事故27件，其中溪流及海域占八成以上，亟需充實救生人力，"
                    "歡迎具游泳能力之民眾踴躍報名，共同守護水域安全。")
    d.add_heading("八、報名方式及聯絡資訊", level=1)
    d.add_paragraph("報名方式：親至本會櫃檯或郵寄報名（以郵戳為憑）。聯絡人：救生訓練組　鄭雅婷小姐。")
    d.add_paragraph("電話：(08) 732-1456分機21　傳真：(08) 732-1460")
    d.add_paragraph("地址：900屏東縣屏東市自由路527號")
    d.add_heading("九、主辦及協辦", level=1)
    d.add_paragraph("主辦單位：屏東縣紅十字會")
    d.add_paragraph("協辦單位：屏東縣政府消防局、屏東縣體育會游泳委員會、墾丁國家公園管理處")
    d.add_paragraph("指導單位：中華民國紅十字會總會")
    d.save(os.path.join(OUT, "pingtung_lifeguard_training_2025.docx"))


if __name__ == "__main__":
    cq_pdf()
    cq_html()
    belfast_docx()
    halifax_txt()
    haikou_md()
    pingtung_docx()
    print("wrote", sorted(os.listdir(OUT)))
