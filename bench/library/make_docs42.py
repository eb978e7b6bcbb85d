"""Write the six documents of blind set 42.
1 Chifeng (赤峰) Red Cross 2024 work report (docx; the title and issuing office sit only in the page header and the
  footer, body paragraphs with figures partly in Chinese numerals and 万, a form-like target check list with ☑ / ☐ boxes,
  no Word tables)
2 Chifeng Red Cross 2025 first-half work circular (pdf; two-column layout on every page, a running header with page
  number, dates written 2025.03.14, percentages and ratios; figures that conflict with the 2024 report by year,
  a new Party secretary)
3 Tamworth (NSW) blood and first-aid volunteer hub page (English html; roles in a dl/dt/dd definition list, questions
  in details/summary, dates as 14/03/2025)
4 Kilkenny community first aid unit annual review 2024 (English md; footnotes [^n], a table whose cells hold
  semicolon lists)
5 Yuen Long (元朗) first-aid team annual newsletter 2024 (txt; zh-hant and English paragraphs alternating)
6 Jersey blood donor sessions 2025 schedule and Q1 results (English pdf; a running header on each page, a session
  table continued across pages with "(continued)" and repeated column heads, dd/mm/yyyy dates)
Run: /work/main/.venv/bin/python make_docs42.py
"""

import os

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs42")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- 1. Chifeng 2024 (docx)
CF_HEADER = "赤峰市红十字会2024年工作报告"
CF_FOOTER = "赤峰市红十字会办公室　2025年1月20日印发　共印120份"
CF_BODY = [
    "（2025年1月17日在市红十字会第五届理事会第四次会议上）",
    "市红十字会党组书记、常务副会长　李慧敏",
    "各位理事：",
    "现在，我代表市红十字会常务理事会，向大会报告2024年工作，请予审议。",
    "一、2024年主要工作",
    "2024年，全市红十字系统在市委、市政府和自治区红十字会的领导下，以“草原博爱”党建品牌为引领，围绕“三救”“三献”主责主业，全年各项目标任务总体完成。",
    "（一）党的建设全面加强。全市12个旗县区红十字会全部建立党组。市红十字会机关党支部全年召开支部党员大会6次、讲党课4次，党组理论学习中心组集中学习十二次。",
    "全市现有红十字救援队23支、队员1,140名，其中19支救援队建立党支部，党员队员312名，占队员总数的27.4%。其余4支救援队由市红十字会机关党支部派驻党建指导员。",
    "克什克腾旗红十字救援队队长乌云达来获评“内蒙古自治区优秀共产党员”，松山区红十字会被评为全区红十字系统先进集体。",
    "（二）应急救护培训扩面提质。全年开展应急救护普及培训9.6万人次，培训持证救护员一万二千六百人，完成年度目标的105%。",
    "红十字应急救护培训师资现有178名，其中蒙汉双语师资36名，全年送培训进牧区、进嘎查村活动开展142场。",
    "新增配置AED 312台，累计达到1,486台，赤峰站、玉龙机场和市内三个主要商圈实现AED全覆盖。",
    "（三）应急救援快速有力。7月28日至30日，敖汉旗、宁城县遭遇强降雨，市红十字会于7月28日启动Ⅳ级应急响应，派出救援队员286人次，协助转移群众940余人，发放救灾物资价值62万元。",
    "全年全市红十字救援队出动317次，参与山地搜救41次、水上救援27次，赛事活动保障96场。",
    "（四）“三献”工作稳中有进。全市无偿献血6.8万人次，献血总量23.4吨。",
    "新增造血干细胞捐献志愿者入库2,150人份，实现捐献14例，其中红山区捐献5例。",
    "遗体（器官）捐献志愿登记3,420人，实现器官捐献9例、遗体捐献6例；赤峰学院医学院接收遗体4具用于教学。",
    "（五）人道救助精准温暖。全年募集社会捐赠款物4,870万元，其中资金3,260万元、物资折价1,610万元。",
    "新建博爱家园16个，累计95个；“博爱送万家”活动慰问困难群众三千八百户；“博爱助学”资助困难学生420名，每人一次性资助二千元。",
    "（六）组织建设持续夯实。注册红十字志愿者2.14万名，比上年增长9%；成人会员4.6万名；红十字青少年会员11.8万名。",
    "全市建成红十字服务站、救护站203个，生命教育体验馆7个；新成立乡镇（苏木）红十字会18个。",
    "（七）红十字青少年工作扎实开展。全市创建红十字示范学校31所，开展青少年应急救护培训2.3万人次，举办“红十字博爱周”主题活动56场。",
    "（八）宣传和信息公开。在市级以上媒体刊发稿件214篇，“赤峰红十字”微信公众号关注人数达到5.6万人；2023年度捐赠款物收支情况于2024年3月在门户网站公示。",
    "（九）财务管理规范有序。全年接受市审计局专项审计1次，发现问题3项，已全部整改。",
    "二、2024年度目标完成情况",
    "☑ 应急救护普及培训：目标九万人次，完成9.6万人次。",
    "☑ 持证救护员培训：目标一万二千人，完成一万二千六百人。",
    "☑ 造血干细胞志愿者入库：目标2,000人份，完成2,150人份。",
    "☐ 新建博爱家园：目标20个，完成16个，4个因选址调整顺延至2025年。",
    "☐ 救援队党支部全覆盖：目标23支全部建立，完成19支。",
    "☑ 新增配置AED：目标300台，完成312台。",
    "☐ 生命教育体验馆：目标新建3个，完成2个。",
    "三、存在的问题",
    "一是旗县区工作发展不平衡，阿鲁科尔沁旗、巴林左旗等地专职工作人员不足2名；二是救援队装备老化，约三成冲锋舟使用年限超过8年；三是募捐渠道单一，网络募捐仅占总额的7%。",
    "四、2025年工作安排",
    "2025年，市红十字会将重点做好以下工作：",
    "一是实现救援队党支部应建尽建，年底前全部救援队建立党支部。",
    "二是全年开展应急救护普及培训10万人次，培训持证救护员1.3万人。",
    "三是新建博爱家园24个（含2024年顺延的4个）。",
    "四是新增配置AED 350台，推动全市累计突破1,800台。",
    "五是筹办全市红十字救援队技能竞赛，计划于2025年8月在喀喇沁旗举办。",
    "各位理事，新的一年，我们将以更加务实的作风，推动全市红十字事业高质量发展。",
    "附：市红十字会领导班子分工",
    "会长：张国庆（市政协副主席兼任）；党组书记、常务副会长：李慧敏，主持全面工作；副会长：巴特尔，分管应急救护和救援队；副会长：刘晓燕，分管“三献”和志愿服务；秘书长：孟凡宇，分管办公室和财务。",
    "联系电话：0476-8335120　地址：赤峰市红山区新华路12号",
]


def chifeng_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = CF_HEADER
    sec.footer.paragraphs[0].text = CF_FOOTER
    for p in CF_BODY:
        d.add_paragraph(p)
    d.save(os.path.join(OUT, "chifeng_redcross_2024_report.docx"))


# ---------------------------------------------------------------- 2. Chifeng 2025 H1 (pdf, two columns)
CF25_TITLE = "赤峰市红十字会2025年上半年工作通报"
CF25_SUB = "赤红会通〔2025〕7号　　2025.07.08"
CF25_BODY = [
    ("H", "一、总体情况"),
    ("P", "2025年上半年，全市红十字系统认真落实市红十字会五届五次理事会部署，主要指标完成时间过半、任务过半。"),
    ("P", "2025.03.14，市委组织部宣布任免决定：王建军任市红十字会党组书记，李慧敏不再担任党组书记职务，调任市妇联。"),
    ("H", "二、党建与救援队"),
    ("P", "截至2025.06.30，全市红十字救援队增至26支、队员1,310名，26支救援队全部建立党支部，实现应建尽建，党员队员368名，占28.1%。"),
    ("P", "新组建的3支救援队为：翁牛特旗沙漠搜救队、林西县山地救援队、元宝山区水上救援队。"),
    ("P", "上半年救援队出动164次，其中山地搜救19次，水上救援11次。5月2日在克什克腾旗黄岗梁成功搜救迷路游客7人。"),
    ("H", "三、应急救护培训"),
    ("P", "上半年开展应急救护普及培训5.3万人次，完成全年10万人次目标的53%；培训持证救护员7,400人，完成全年目标的57%。"),
    ("P", "新增配置AED 146台，累计达到1,632台；每10万人口AED配置数由34.7台提高到38.1台。"),
    ("P", "2025.05.12全国防灾减灾日，在红山区锡伯河公园举办主题活动，现场培训群众1,260人。"),
    ("COL", ""),
    ("H", "四、“三献”工作"),
    ("P", "上半年无偿献血3.7万人次，献血总量12.9吨，同比增长6.2%。2025.06.14世界献血者日，表彰献血“五星级”家庭28户。"),
    ("P", "新增造血干细胞捐献志愿者入库1,260人份，实现捐献8例，已超过2024年全年14例的一半。"),
    ("P", "遗体（器官）捐献志愿登记1,980人，实现器官捐献5例、遗体捐献3例。"),
    ("H", "五、人道救助与博爱家园"),
    ("P", "上半年募集社会捐赠款物1,930万元，其中资金1,240万元；支出1,570万元。"),
    ("P", "新建博爱家园9个，累计达到104个，其中2024年顺延的4个已全部建成。"),
    ("P", "“博爱助学”春季资助困难学生215名，资助标准由每人2,000元提高到2,500元。"),
    ("H", "六、组织与志愿服务"),
    ("P", "注册红十字志愿者2.38万名；成人会员4.9万名。新成立乡镇（苏木）红十字会6个。"),
    ("P", "志愿者与常住人口之比约为1∶170，蒙汉双语应急救护师资增至44名。"),
    ("H", "七、下半年安排"),
    ("P", "一是2025.08.19—08.21在喀喇沁旗举办全市红十字救援队技能竞赛，预计参赛队员260名。"),
    ("P", "二是第四季度开展“草原博爱”党建品牌评选，命名示范党支部10个。"),
    ("P", "三是确保全年应急救护普及培训突破10万人次、新增AED不少于350台。"),
    ("P", "联系人：办公室　孟凡宇　电话：0476-8335120"),
]


def _wrap(text, font, size, width):
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


def _cjk():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def chifeng_pdf():
    f = _cjk()
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "chifeng_redcross_2025_h1_circular.pdf"), pagesize=A4)
    colw = (W - 50 * mm) / 2
    xs = [20 * mm, 30 * mm + colw]
    top0 = H - 50 * mm
    page = [1]

    def header():
        c.setFont(f, 8)
        c.drawString(20 * mm, H - 12 * mm, f"赤峰市红十字会 · 2025年上半年工作通报 · 第{page[0]}页")
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)

    header()
    c.setFont(f, 16)
    c.drawCentredString(W / 2, H - 28 * mm, CF25_TITLE)
    c.setFont(f, 9)
    c.drawCentredString(W / 2, H - 36 * mm, CF25_SUB)
    col, y, top = 0, top0, top0
    for kind, text in CF25_BODY:
        if kind == "COL":
            col, y = 1, top
            continue
        size = 11 if kind == "H" else 9.5
        lines = _wrap(text, f, size, colw)
        h = len(lines) * 5.2 * mm + 2 * mm
        if y - h < 20 * mm:
            if col == 0:
                col, y = 1, top
            else:
                c.showPage()
                page[0] += 1
                header()
                col, y, top = 0, H - 24 * mm, H - 24 * mm
        c.setFont(f, size)
        for ln in lines:
            c.drawString(xs[col], y, ln)
            y -= 5.2 * mm
        y -= 2 * mm
    c.save()


# ---------------------------------------------------------------- 3. Tamworth (html)
TAMWORTH = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tamworth Blood and First Aid Volunteer Hub</title></head>
<body>
<header>Tamworth Blood and First Aid Volunteer Hub · Peel Street, Tamworth NSW</header>
<h1>Volunteer information pack 2025</h1>
<p>Last updated 14/03/2025 by the hub coordinator, Megan Holloway.</p>
<p>The hub opened on 02/09/2019 and shares a building with the Tamworth donor centre at 41 Peel Street, Tamworth NSW 2340.</p>
<p>In 2024 the donor centre collected 3,412 donations, and 1,128 of the donors were giving for the first time.</p>
<p>The hub currently has 186 active volunteers, of whom 64 hold a current first aid certificate.</p>
<h2>Volunteer roles</h2>
<dl>
<dt>Donor welcome host</dt>
<dd>Greets donors, checks appointment times and hands out the pre-donation questionnaire. Shifts of 4 hours; minimum age 16.</dd>
<dt>Refreshment area volunteer</dt>
<dd>Watches donors for 15 minutes after donation and serves drinks and snacks. Must complete the 2-hour fainting-response briefing.</dd>
<dt>Mobile unit crew</dt>
<dd>Travels with the mobile donor bus to Gunnedah, Manilla and Quirindi. In 2024 the bus visited Gunnedah 6 times, Manilla 4 times and Quirindi 3 times. Requires a driver's licence and a first aid certificate.</dd>
<dt>First aid event volunteer</dt>
<dd>Covers community events such as the Tamworth Country Music Festival, where volunteers treated 212 people in January 2025.</dd>
<dt>Youth ambassador</dt>
<dd>School students aged 16 to 18 who run awareness stalls; up to 12 places each year.</dd>
</dl>
<h2>Training and costs</h2>
<dl>
<dt>Provide First Aid (HLTAID011)</dt>
<dd>One-day course, $145 per person; free for volunteers who commit to 40 hours of service a year.</dd>
<dt>CPR refresher (HLTAID009)</dt>
<dd>Yearly, $89; held on the first Saturday of every month.</dd>
<dt>Induction</dt>
<dd>All new volunteers attend a 3-hour induction on the second Tuesday of the month at 6 pm.</dd>
</dl>
<h2>Practical matters</h2>
<dl>
<dt>Parking</dt>
<dd>Free volunteer parking in the Bridge Street car park; collect a permit from reception.</dd>
<dt>Uniform</dt>
<dd>Red polo shirt supplied on your first shift; closed shoes required.</dd>
<dt>Working with Children Check</dt>
<dd>Required for youth ambassador supervisors and mobile unit crew before their first shift.</dd>
</dl>
<h2>Opening hours</h2>
<dl>
<dt>Monday to Friday</dt><dd>7:30 am to 3:30 pm</dd>
<dt>Saturday</dt><dd>8:00 am to 12:30 pm</dd>
<dt>Sunday and public holidays</dt><dd>Closed</dd>
</dl>
<h2>Questions volunteers ask</h2>
<details><summary>Can I donate blood if I volunteer here?</summary>
<p>Yes. Volunteers may donate but not on a day they are rostered on; wait 24 hours after donating before a shift.</p></details>
<details><summary>How do I claim travel costs for the mobile unit?</summary>
<p>Mileage is paid at 88 cents per kilometre; submit the claim form within 30 days of the trip.</p></details>
<details><summary>What happens if a donor faints?</summary>
<p>Lay the donor flat, raise the legs and call the nurse in charge. In 2024 there were 41 fainting incidents at the centre, none serious.</p></details>
<details><summary>Is there insurance for volunteers?</summary>
<p>Yes, personal accident cover applies to all registered volunteers aged 16 to 85 while on duty.</p></details>
<details><summary>Who do I call if I cannot make my shift?</summary>
<p>Ring the roster line on (02) 6766 4410 at least 24 hours ahead, or text 0428 551 903 on the day.</p></details>
<h2>Key dates</h2>
<ul>
<li>Volunteer thank-you dinner: 16/05/2025 at the Tamworth Town Hall.</li>
<li>World Blood Donor Day drive: 14/06/2025, target of 150 donations in one day.</li>
<li>Annual first aid competition: 20/09/2025 at Bicentennial Park.</li>
</ul>
<footer>Hub coordinator Megan Holloway · deputy coordinator Raj Patel · email tamworth.hub@example.org.au</footer>
</body></html>
"""

# ---------------------------------------------------------------- 4. Kilkenny (md)
KILKENNY = """# Kilkenny Community First Aid Unit: Annual Review 2024

Prepared for the unit's AGM on 22 February 2025 by the Unit Officer, Siobhán Brennan.

## Overview

The unit had 74 members at the end of 2024, up from 66 a year earlier.[^1] Members gave 6,820 hours of duty cover at 212 events across the city and county.

We treated 489 patients on duty, of whom 37 were transferred to St Luke's General Hospital by ambulance.[^2]

Members attended 4 cardiac arrests; return of spontaneous circulation was achieved in 2 of them.

## Fleet

The unit runs two ambulances (KK-1, bought 2016, and KK-2, bought 2022) and one rapid response car. KK-1 passed 240,000 km in October and is due to be replaced in 2026.

## Duties by type

| Type of duty | Examples | Events | Patients |
| --- | --- | --- | --- |
| Sport | hurling at Nowlan Park; rugby; the Kilkenny 10k | 96 | 201 |
| Festivals | Kilkenny Arts Festival; Cat Laughs comedy festival; Christmas market | 41 | 173 |
| Community | parish fêtes; school sports days; agricultural show | 58 | 64 |
| Emergency support | flood at Thomastown (3 November); missing walker on Brandon Hill | 17 | 51 |

## Training

| Course | Who took it | Passed |
| --- | --- | --- |
| Emergency First Response | new members; school transition-year students | 38 |
| First Aid Responder (FAR) | 12 members; 3 staff from Kilkenny County Council | 15 |
| Emergency Medical Technician | Aoife Dunne; Cathal Ryan | 2 |

Our training officer, Declan Moran, ran 14 courses in 2024, and the unit trained 55 people in total.

## Finance

Income for 2024 was €96,400: grants €41,000, event fees €38,700, church-gate and street collections €11,200 and donations €5,500.[^3]

Spending was €88,950, of which fuel and vehicle upkeep took €31,600 and medical supplies €14,250.

## People

- Unit Officer: Siobhán Brennan
- Deputy Unit Officer: Pádraig Walsh
- Training Officer: Declan Moran
- Treasurer: Niamh Kavanagh
- Youth Leader: Eoin Fitzgerald

The youth section had 23 members aged 12 to 17.

## Plans for 2025

1. Raise €60,000 towards replacing KK-1.
2. Open a second base in Callan by September 2025.
3. Train 10 more members to FAR level.

[^1]: Membership counts only active members who did at least 20 duty hours in the year.
[^2]: The other 452 patients were treated and discharged at the scene or referred to their GP.
[^3]: The largest single grant, €25,000, came from the county's community enhancement programme.
"""

# ---------------------------------------------------------------- 5. Yuen Long (txt, bilingual)
YUENLONG = """香港紅十字會元朗區急救隊　2024年度通訊
Yuen Long District First Aid Team — Annual Newsletter 2024

隊長的話
A word from the Team Leader

2024年係本隊成立第二十八年。全年隊員人數由年初121名增加至年底138名，其中女隊員61名。
2024 was the team's 28th year. Membership rose from 121 at the start of the year to 138 at the end, 61 of them women.

隊長：鄧志強；副隊長：黃美玲；訓練主任：文家豪；司庫：李碧珊。
Team Leader: Tang Chi-keung; Deputy: Wong Mei-ling; Training Officer: Man Ka-ho; Treasurer: Lee Pik-shan.

當值服務
Duty cover

全年當值412次，服務時數合共9,870小時，處理傷病者1,026人次，其中送院43人次。
The team went on duty 412 times, gave 9,870 hours and handled 1,026 casualties; 43 were sent to hospital.

最繁忙嘅係大棠紅葉季，11月至12月週末共當值24次，主要處理扭傷同中暑。
The busiest period was the Tai Tong red-leaf season: 24 weekend duties in November and December, mostly sprains and heat illness.

元朗劇院全年演出當值58場；天水圍體育館學界比賽當值37場。
Yuen Long Theatre: 58 performances covered; Tin Shui Wai Sports Centre inter-school games: 37.

急救課程
First aid courses

全年舉辦標準急救證書課程48班，共1,152人參加，合格率百分之九十三。
48 standard first aid certificate classes were held for 1,152 people; 93% passed.

課程費用：標準急救證書課程每位港幣780元；長者及綜援人士半價。
Course fee: HK$780 for the standard certificate; half price for seniors and CSSA recipients.

另為屯門及元朗區學校舉辦學童急救班22班，共660名學生參加。
Another 22 school classes for Tuen Mun and Yuen Long schools taught 660 pupils.

捐血日
Blood donation days

本隊協助輸血服務中心喺天水圍嘉湖銀座舉辦捐血日4次，共收集620包血。
The team helped the Blood Transfusion Service hold 4 donation days at Kingswood Ginza in Tin Shui Wai, collecting 620 bags of blood.

最高一日收集182包，係2024年6月15日。
The best day was 15 June 2024, with 182 bags.

社區活動
Community work

7月颱風「格美」過後，本隊派出隊員36人次協助錦田及八鄉清理，探訪長者210戶。
After Typhoon Gaemi in July, 36 member-turns helped clear-up in Kam Tin and Pat Heung and 210 elderly households were visited.

全年籌得善款港幣386,500元，主要來自賣旗日（港幣214,000元）。
HK$386,500 was raised in the year, mostly from the flag day (HK$214,000).

嘉許
Awards

隊員陳嘉欣獲頒「傑出青年急救員」；隊員鄺偉明服務滿二十五年，獲頒長期服務獎。
Member Chan Ka-yan won the Outstanding Young First Aider award; Kwong Wai-ming received a long-service award for 25 years.

2025年計劃
Plans for 2025

目標隊員人數增至150名，並於朗屏邨設立第二個訓練室，預計2025年10月啟用。
Target: 150 members, and a second training room at Long Ping Estate, due to open in October 2025.

聯絡
Contact

隊部地址：元朗教育路18號地下　電話：2479 2361　電郵：yl.fa@example.org.hk
Base: G/F, 18 Kau Yuk Road, Yuen Long. Tel 2479 2361.
"""

# ---------------------------------------------------------------- 6. Jersey (pdf, table over pages)
JE_TITLE = "Jersey Blood Donor Service: 2025 Sessions and First-Quarter Results"
JE_INTRO = [
    "Issued 07/04/2025 by the Donor Services Manager, Claire Le Brocq, for the Health and Community Services board.",
    "The island needs about 520 units of blood a month. In the first quarter of 2025 the service held 24 sessions and collected 1,292 units, 83% of the quarterly target of 1,560 units.",
    "New donors in the quarter numbered 213; 94 people were deferred, most often for low haemoglobin (41) or recent travel (22).",
    "Sessions run from 1:30 pm to 7:30 pm unless stated. Donors must be 17 to 65 (first-time donors up to 65; regular donors up to 70) and weigh at least 50 kg.",
    "The table below lists each session of the quarter with attendance and units collected.",
]
JE_HEAD = ["Date", "Venue", "Parish", "Attended", "Units"]
JE_ROWS = [
    ("07/01/2025", "Town Hall", "St Helier", "82", "71"),
    ("09/01/2025", "Parish Hall", "St Brelade", "58", "51"),
    ("14/01/2025", "Gorey Village Hall", "Grouville", "47", "40"),
    ("16/01/2025", "Les Quennevais Sports Centre", "St Brelade", "66", "60"),
    ("21/01/2025", "Town Hall", "St Helier", "79", "70"),
    ("23/01/2025", "Trinity Parish Hall", "Trinity", "39", "33"),
    ("28/01/2025", "St Ouen's Parish Hall", "St Ouen", "44", "38"),
    ("30/01/2025", "Highlands College", "St Saviour", "91", "77"),
    ("04/02/2025", "Town Hall", "St Helier", "85", "74"),
    ("06/02/2025", "St Martin's Public Hall", "St Martin", "41", "35"),
    ("11/02/2025", "Parish Hall", "St Brelade", "61", "55"),
    ("13/02/2025", "St Lawrence Parish Hall", "St Lawrence", "36", "30"),
    ("18/02/2025", "Town Hall", "St Helier", "88", "79"),
    ("20/02/2025", "Gorey Village Hall", "Grouville", "50", "44"),
    ("25/02/2025", "St John's Recreation Centre", "St John", "33", "28"),
    ("27/02/2025", "Les Quennevais Sports Centre", "St Brelade", "70", "63"),
    ("04/03/2025", "Town Hall", "St Helier", "90", "80"),
    ("06/03/2025", "St Peter's Parish Hall", "St Peter", "48", "42"),
    ("11/03/2025", "Highlands College", "St Saviour", "97", "84"),
    ("13/03/2025", "St Clement's Parish Hall", "St Clement", "45", "39"),
    ("14/03/2025", "Jersey General Hospital (staff session)", "St Helier", "62", "57"),
    ("18/03/2025", "Town Hall", "St Helier", "93", "82"),
    ("20/03/2025", "St Mary's Parish Hall", "St Mary", "29", "25"),
    ("25/03/2025", "Trinity Parish Hall", "Trinity", "40", "35"),
]
JE_AFTER = [
    "Notes on the quarter",
    "The highest single session was 11/03/2025 at Highlands College with 84 units; the lowest was St Mary with 25 units.",
    "The session planned for 27/03/2025 at Gorey was cancelled because of Storm Éowyn's after-effects on the ferry schedule and is rescheduled to 10/04/2025.",
    "O negative stock fell to 3.5 days in February against a safe level of 6 days; an appeal on 19/02/2025 brought in 118 O negative donors within a week.",
    "Platelet donation by apheresis began at the hospital on 03/03/2025; 17 platelet donations were made in March.",
    "Second-quarter plans",
    "Evening sessions until 8:30 pm will be trialled at the Town Hall from 06/05/2025.",
    "A mobile session will visit Jersey Airport staff on 22/05/2025 and Les Ormes on 12/06/2025.",
    "Target for the second quarter: 1,600 units and 250 new donors.",
    "Contact: donor line 01534 445 900 (Monday to Friday, 9 am to 4 pm); Donor Services Manager Claire Le Brocq; Lead Nurse Tomasz Nowak.",
]


def jersey_pdf():
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "jersey_blood_sessions_2025_q1.pdf"), pagesize=A4)
    left, right = 20 * mm, W - 20 * mm
    page = [1]
    y = [0]

    def header():
        c.setFont("Helvetica", 8)
        c.drawString(left, H - 12 * mm, f"Jersey Blood Donor Service  |  Q1 2025 report  |  page {page[0]}")
        c.line(left, H - 14 * mm, right, H - 14 * mm)
        y[0] = H - 24 * mm

    def newpage():
        c.showPage()
        page[0] += 1
        header()

    header()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, y[0], JE_TITLE)
    y[0] -= 10 * mm
    for p in JE_INTRO:
        c.setFont("Helvetica", 10)
        for ln in simpleSplit(p, "Helvetica", 10, right - left):
            c.drawString(left, y[0], ln)
            y[0] -= 5 * mm
        y[0] -= 2 * mm
    xs = [0, 26, 100, 135, 155]

    def head(cont):
        c.setFont("Helvetica-Bold", 9)
        if cont:
            c.drawString(left, y[0], "Table 1 (continued)")
        else:
            c.drawString(left, y[0], "Table 1. First-quarter sessions")
        y[0] -= 6 * mm
        for j, v in enumerate(JE_HEAD):
            c.drawString(left + xs[j] * mm, y[0], v)
        y[0] -= 2 * mm
        c.line(left, y[0], right, y[0])
        y[0] -= 5 * mm

    head(False)
    rows_on_first = 14
    for i, row in enumerate(JE_ROWS):
        if i == rows_on_first:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(left, y[0], "Table continues on the next page.")
            newpage()
            head(True)
        c.setFont("Helvetica", 9)
        for j, v in enumerate(row):
            c.drawString(left + xs[j] * mm, y[0], v)
        y[0] -= 5.5 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(left, y[0], "Total")
    c.drawString(left + xs[3] * mm, y[0], "1,474")
    c.drawString(left + xs[4] * mm, y[0], "1,292")
    y[0] -= 10 * mm
    for p in JE_AFTER:
        bold = len(p) < 40
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 11 if bold else 10)
        for ln in simpleSplit(p, "Helvetica", 10, right - left):
            if y[0] < 20 * mm:
                newpage()
            c.drawString(left, y[0], ln)
            y[0] -= 5 * mm
        y[0] -= 2 * mm
    c.save()


def main():
    chifeng_docx()
    chifeng_pdf()
    with open(os.path.join(OUT, "tamworth_volunteer_hub_2025.html"), "w", encoding="utf-8") as fh:
        fh.write(TAMWORTH)
    with open(os.path.join(OUT, "kilkenny_first_aid_unit_review_2024.md"), "w", encoding="utf-8") as fh:
        fh.write(KILKENNY)
    with open(os.path.join(OUT, "yuenlong_first_aid_team_newsletter_2024.txt"), "w", encoding="utf-8") as fh:
        fh.write(YUENLONG)
    jersey_pdf()


if __name__ == "__main__":
    main()
