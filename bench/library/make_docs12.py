#!/usr/bin/env python3
"""Generate the six documents of docs12/ from text written in this script.

Run with an interpreter that has python-docx and reportlab:
    python bench/library/make_docs12.py   (needs python-docx and reportlab; written by the thirteenth blind set's writer)
"""
from pathlib import Path

from doc_build import docx_body, write_texts

OUT = Path(__file__).resolve().parent / "docs12"
OUT.mkdir(exist_ok=True)

# ---------------------------------------------------------------------------
# 1. Anhui look-alike of the seed report (docx, Heading 1/2, Word table)
# ---------------------------------------------------------------------------
ANHUI = [
    ("title", "砥砺初心启新程——安徽省红十字会“六大”以来党建工作综述"),
    ("p", "■  李明远"),
    ("p", "过去五年，是安徽省红十字会爬坡过坎、奋力前行的五年，也是党建工作固本强基、提质增效的五年。全省红十字系统坚持以党建带会建，各级红十字组织党的建设全面加强，安徽省红十字事业实现新发展。"),
    ("h1", "一、凝心铸魂，政治建设迈上新台阶"),
    ("h2", "（一）党的全面领导更加有力"),
    ("p", "安徽省红十字会认真贯彻习近平总书记关于党的群团工作的重要论述，制定印发《关于加强新时代全省红十字会党的建设的实施意见》，推动全省104个县（市、区）红十字会全部建立党组，16个设区市红十字会党组全部配齐专职副书记。"),
    ("h2", "（二）思想理论武装走深走实"),
    ("p", "落实“第一议题”制度，开展“八进八讲”理论宣讲活动，组建“会领导+机关支部书记+青年理论骨干”宣讲团，五年来累计深入基层宣讲320余场。各级党组织采取专题党课、现场教学、红色寻访等形式，推动党的创新理论落地生根。"),
    ("h1", "二、固本强基，基层党建展现新气象"),
    ("p", "五年来，安徽省红十字会组织实施“红心博爱”党支部建设提升工程，着力打造“红心博爱”红十字党建品牌。全省红十字领域5名先进人物获评“中国好人”，3个志愿服务典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
    ("h2", "（一）关联组织党建实现全覆盖"),
    ("p", "在全省实施“党建+救援”赋能行动，推动96支红十字救援队建立党支部。各救援队党支部年均出动约1100次、2.8万余人次，受益群众42万人次，省红十字（黄山）山地救援队党支部获评“安徽省先进基层党组织”。"),
    ("h2", "（二）党员先锋模范作用充分彰显"),
    ("p", "在疫情防控、抗洪抢险和“三救”“三献”工作中，涌现出全国“最美救护员”汪海涛，“最美志愿者”苏晓婷，阜阳红十字会工作者刘春梅，黄山红十字救援队队长程立新等一批优秀红十字党员。"),
    ("h1", "三、务实为民，服务大局取得新成效"),
    ("h2", "（一）数字赋能"),
    ("p", "推进“智慧红会”建设，11个涉民事项在“皖事通”上线，办件量3万余件，办结率100%。“应急救护一张图”系统被列为省级数字化转型优秀案例。"),
    ("h2", "（二）主责主业"),
    ("p", "五年来募集社会捐赠款物超3.6亿元，投入使用3.1亿元，惠及困难群众180万人次。开展应急救护培训“进企业、进校园、进社区”行动，实施公益项目268个。2020年汛期组织42支救援队参与抗洪抢险，转移安置群众1.7万人。"),
    ("h2", "（三）阵地建设"),
    ("p", "建成博爱家园430余个、红十字服务站和救护站760余个、生命教育体验馆38个，16市全部建成人体器官捐献者缅怀纪念园。"),
    ("p", "表1  安徽省红十字会主要工作指标（2021年与2025年对比）"),
    ("table", [
        ["指标", "2021年", "2025年"],
        ["建立党支部的救援队", "41支", "96支"],
        ["成人会员", "29.4万名", "41.6万名"],
        ["注册志愿者", "10.2万名", "18.3万名"],
        ["博爱家园", "215个", "430余个"],
        ["应急救护持证培训", "12.6万人", "25.8万人"],
        ["造血干细胞入库", "2.1万人份", "3.4万人份"],
    ]),
    ("h1", "四、展望"),
    ("p", "安徽省红十字会将持续实施“党建强会”工程，纵深推进全面从严治党，为全省红十字事业高质量发展提供坚强政治保障。"),
]


def make_docx():
    from docx import Document
    doc = Document()
    docx_body(doc, ANHUI)
    doc.save(OUT / "anhui_red_cross_party_building_review.docx")


# ---------------------------------------------------------------------------
# 2. Zhejiang 2026 update (html)
# ---------------------------------------------------------------------------
ZJ2026 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>浙江省红十字会2026年工作进展通报</title>
</head>
<body>
<h1>浙江省红十字会2026年工作进展通报</h1>
<p>发布单位：浙江省红十字会办公室　发布日期：2026年11月20日</p>
<h2>一、总体情况</h2>
<p>2026年，全省红十字系统持续擦亮“博爱先锋”红十字党建品牌，深入实施“红色根脉强基工程”，“三救”“三献”主责主业稳步提升。全年共募集社会捐赠款物1.38亿元，实施公益项目126个，为企业开展应急救护培训920场次。</p>
<h2>二、党建引领</h2>
<h3>（一）救援队党建</h3>
<p>全省建立党支部的红十字救援队由2025年的123支增至131支，新建的8支全部为水上和山地救援队。省红十字（仙居）应急搜救队党支部入选全省“五星级”党支部，舟山红十字海上救援队党支部获评“省直机关先进基层党组织”。</p>
<h3>（二）学习教育</h3>
<ul>
<li>落实“第一议题”制度，全年开展党组理论学习中心组学习14次；</li>
<li>组织“博爱先锋”宣讲团深入基层宣讲86场；</li>
<li>举办全系统党务干部培训班2期，培训210人。</li>
</ul>
<h2>三、主要指标对比</h2>
<p>表1　2025年与2026年主要指标对比</p>
<table border="1">
<tr><th>指标</th><th>2025年</th><th>2026年</th></tr>
<tr><td>建立党支部的救援队</td><td>123支</td><td>131支</td></tr>
<tr><td>标准化博爱家园</td><td>650余个</td><td>712个</td></tr>
<tr><td>红十字服务站、救护站</td><td>1000余个</td><td>1136个</td></tr>
<tr><td>生命教育体验馆</td><td>90余个</td><td>104个（新增14个）</td></tr>
<tr><td>成人会员</td><td>68.05万名</td><td>73.20万名</td></tr>
<tr><td>注册志愿者</td><td>27.55万名</td><td>31.08万名</td></tr>
<tr><td>“浙里办”上线涉民事项</td><td>14项</td><td>17项（新增3项）</td></tr>
</table>
<h2>四、数字化改革</h2>
<p>“救在身边”应用在全省11个设区市全面推广，接入AED设备1.2万台，全年累计响应急救呼救3400余次。新上线“无偿献血预约”“遗体和人体器官捐献登记”“红十字会员入会”3个事项。</p>
<h2>五、2027年工作打算</h2>
<ol>
<li>将“群众身边的红十字会”县域试点扩面至全省所有县（市、区）；</li>
<li>新建标准化博爱家园50个、生命教育体验馆10个；</li>
<li>实现救援队党支部“五星”创建全覆盖。</li>
</ol>
<p>联系人：省红十字会组织宣传处　王晓琳　电话：0571-85123456</p>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 3. English volunteer handbook (multi-page pdf)
# ---------------------------------------------------------------------------
HANDBOOK_PAGES = [
    [
        ("title", "Harbor Valley Relief Network"),
        ("subtitle", "Disaster Relief Volunteer Handbook, 2026 Edition"),
        ("h", "Welcome"),
        ("p", "Thank you for joining the Harbor Valley Relief Network (HVRN). Since 2009 our volunteers have "
              "supported families hit by floods, wildfires and winter storms in 14 towns across Calder County. "
              "This handbook explains who can volunteer, the roles you can take on, the training you need "
              "and how we keep you safe while you help others."),
        ("h", "Our office"),
        ("p", "Volunteer Services Office: 418 Millbrook Avenue, Suite 200, Calder Falls, OR 97381."),
        ("p", "Office hours: Monday to Friday, 8:30 a.m. to 5:00 p.m. (closed on public holidays)."),
        ("h", "1. Who can volunteer"),
        ("bullet", "Adults aged 18 and over may apply online or at the office."),
        ("bullet", "Young people aged 16–17 may join Supply Distribution only, with a signed guardian consent form."),
        ("bullet", "All applicants pass a background check, which usually takes 7–10 business days."),
        ("bullet", "New volunteers are asked to commit at least 24 hours of service in their first year."),
    ],
    [
        ("h", "2. Volunteer roles"),
        ("bullet", "Shelter Operations: set up cots, register residents and run the shelter day room."),
        ("bullet", "Supply Distribution: sort donations and hand out water, food kits and cleaning supplies."),
        ("bullet", "Casework Support: meet affected families and help them plan their recovery."),
        ("bullet", "First Aid Team: treat minor injuries; a current CPR certification is required."),
        ("bullet", "Logistics Drivers: move supplies; a valid license and 3 years of driving experience are required."),
        ("h", "3. Training courses"),
        ("p", "Every volunteer takes the orientation course. Other courses depend on the role you choose. "
              "Courses are free and are held at the Volunteer Services Office or online."),
        ("table", [
            ["Course", "Length", "Required for"],
            ["New Volunteer Orientation", "2–3 hours", "All volunteers"],
            ["Shelter Fundamentals", "4 hours", "Shelter Operations"],
            ["Psychological First Aid", "3.5 hours", "Casework Support"],
            ["CPR/AED and First Aid", "5–6 hours", "First Aid Team"],
            ["Safe Driving for Relief Vehicles", "2 hours", "Logistics Drivers"],
        ]),
        ("p", "CPR certificates must be renewed every 2 years. The Training Coordinator keeps a record of your courses."),
    ],
    [
        ("h", "4. On a deployment"),
        ("bullet", "A normal shift lasts 6–8 hours; no volunteer may work more than 12 hours in one day."),
        ("bullet", "Take at least 10 hours of rest between two shifts."),
        ("bullet", "Check in and out with the Shift Lead at the start and the end of every shift."),
        ("bullet", "Out-of-area deployments last 1–2 weeks; travel and lodging are paid by HVRN."),
        ("bullet", "Wear your HVRN vest and photo badge at all times on site."),
        ("h", "5. Personal go-kit"),
        ("p", "Pack a small bag you can carry alone: water bottle, snacks for one day, rain jacket, "
              "sturdy closed-toe shoes, personal medicines, phone charger and a flashlight."),
        ("h", "6. Safety rules"),
        ("bullet", "Always work in pairs (the buddy system); never enter a damaged building."),
        ("bullet", "Report any injury, even a small one, to your Shift Lead within 24 hours."),
        ("bullet", "Drink water every hour in hot weather and take a 15-minute break every 2 hours."),
        ("h", "6a. Staying in touch"),
        ("p", "During a response, the Shift Lead sends updates by text message. Keep your phone charged and "
              "reply to roll-call messages within 30 minutes. Do not post photos of residents, shelters or "
              "damaged homes on social media; only the HVRN communications team speaks to reporters."),
    ],
    [
        ("h", "7. Recognition"),
        ("p", "We thank our volunteers with service pins: Bronze Pin at 100 hours, Silver Pin at 250 hours "
              "and Gold Pin at 500 hours. The Volunteer of the Year award is presented every December."),
        ("h", "8. Contacts"),
        ("bullet", "24-hour Deployment Hotline: (541) 555-0193"),
        ("bullet", "Volunteer Services Office: (541) 555-0147"),
        ("bullet", "Email: volunteers@harborvalley-relief.org"),
        ("bullet", "Volunteer Services Manager: Dana Whitfield"),
        ("bullet", "Training Coordinator: Luis Ortega"),
        ("p", "If you cannot come to a shift you signed up for, call the office at least 12 hours before it starts."),
    ],
]


def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4)
    h = ParagraphStyle("h", parent=styles["Heading2"], fontName="Helvetica-Bold")
    title = ParagraphStyle("title", parent=styles["Title"], fontName="Helvetica-Bold")
    subtitle = ParagraphStyle("subtitle", parent=styles["Heading3"], fontName="Helvetica", alignment=1)

    story = []
    for n, page in enumerate(HANDBOOK_PAGES):
        for kind, val in page:
            if kind == "title":
                story.append(Paragraph(val, title))
            elif kind == "subtitle":
                story.append(Paragraph(val, subtitle))
            elif kind == "h":
                story.append(Paragraph(val, h))
            elif kind == "p":
                story.append(Paragraph(val, body))
            elif kind == "bullet":
                story.append(Paragraph(val, bullet, bulletText="-"))
            elif kind == "table":
                t = Table(val, colWidths=[2.8 * inch, 1.2 * inch, 2.0 * inch])
                t.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ]))
                story.append(Spacer(1, 6))
                story.append(t)
                story.append(Spacer(1, 6))
            story.append(Spacer(1, 3))
        if n < len(HANDBOOK_PAGES) - 1:
            story.append(PageBreak())

    total = len(HANDBOOK_PAGES)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(letter[0] / 2, 0.5 * inch,
                                 f"HVRN Volunteer Handbook - Page {doc.page} of {total}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(OUT / "harbor_valley_volunteer_handbook.pdf"), pagesize=letter,
                            title="Disaster Relief Volunteer Handbook", author="Harbor Valley Relief Network")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 4. English clinic service guide (markdown)
# ---------------------------------------------------------------------------
CLINIC = """# Maple Street Community Clinic: Patient Service Guide

Updated March 2026. Please keep this guide at home.

## About the clinic

Maple Street Community Clinic is a nonprofit health center that opened in 1998. We are at 77 Maple Street, Ashford, VT 05032, next to the public library. Each year we see about 9,000 patients, whether or not they have insurance.

## Opening hours

| Day | Hours | Notes |
|---|---|---|
| Monday to Thursday | 8:00 a.m. to 7:00 p.m. | Walk-ins until 5:00 p.m. |
| Friday | 8:00 a.m. to 5:00 p.m. | Walk-ins until 3:00 p.m. |
| Saturday | 9:00 a.m. to 1:00 p.m. | Urgent care only |
| Sunday | Closed | Call the nurse line |

## Services

- Primary care for adults and children
- Prenatal check-ups on Tuesdays and Thursdays
- Vaccinations, including flu shots from October to March
- Dental cleaning in the second-floor dental suite
- Behavioral health counseling (up to 12 sessions a year)
- Diabetes education class on the first Wednesday of each month, 6:00 to 7:30 p.m.

## Fees

We use a sliding fee scale based on household income. Nobody is turned away because they cannot pay.

| Household income | Fee for a medical visit |
|---|---|
| Up to 100% of the federal poverty level | $10 per visit |
| 101% to 200% of the federal poverty level | $25 per visit |
| Above 200% of the federal poverty level | $60 per visit |

## Appointments

1. Book by phone at (802) 555-0162 or through the online patient portal.
2. Arrive 15 minutes early for your first visit to fill in forms.
3. If you are more than 10 minutes late, we may need to reschedule.
4. Cancel at least 24 hours ahead so another patient can use the slot.
5. Bring a photo ID, your insurance card if you have one, and a list of your medicines.

## Pharmacy and lab

Our small on-site pharmacy fills prescriptions written by clinic providers. Most generic medicines cost $4 to $12 for a 30-day supply. Blood tests are drawn in Room 104 from 8:00 to 11:00 a.m. on weekdays; results usually reach the patient portal within 2 to 3 business days.

## Your rights and responsibilities

- You have the right to see your own medical record and to get a copy within 30 days of asking.
- You have the right to a second opinion and to refuse any treatment.
- We ask you to treat staff and other patients with respect.
- We ask you to tell us when your address, phone number or insurance changes.

## Interpreters

Free in-person interpreters speak Spanish, Nepali, Arabic and Mandarin. A phone interpreter service covers more than 200 languages.

## After hours

Call the nurse advice line at (802) 555-0188, open 24 hours a day. In an emergency, call 911.

## Who to contact

- Clinic manager: Priya Raman
- Medical director: Dr. Samuel Okafor
- Patient advocate: Tom Beaulieu
"""

# ---------------------------------------------------------------------------
# 5. Traditional-Chinese disaster-preparedness FAQ (plain text)
# ---------------------------------------------------------------------------
FAQ = """九龍東社區防災準備常見問題（2026年版）
編製：九龍東社區防災義工隊　更新日期：2026年6月

問1：香港的颱風季節通常在甚麼時候？
答：一般為每年5月至11月，其中7月至9月最為頻繁。

問2：家庭應急包應準備多少食水？
答：建議每人每日準備2公升食水，至少預備3日份量。

問3：應急包內還應放甚麼？
答：手電筒、後備電池、收音機、急救包、常用藥物、身份證明文件副本、少量現金及口罩。

問4：懸掛八號烈風或暴風信號時應怎樣做？
答：留在室內並遠離窗戶；預先把露台及窗台上的花盆等鬆散物件移入室內；切勿到海邊或山邊觀浪。

問5：遇上黑色暴雨警告信號時應注意甚麼？
答：留在安全地方，避免前往低窪地區；居於山邊的住戶應留意山泥傾瀉，必要時撥打999求助。

問6：如何報名成為防災義工？
答：年滿18歲即可網上報名；16至17歲人士須附家長同意書。報名後須完成6小時基礎培訓。

問7：基礎培訓包括甚麼內容？
答：包括心肺復甦法（CPR）、自動體外心臟去顫器（AED）使用、疏散引導及臨時庇護站運作，共分3節，每節2小時。

問8：臨時庇護站設在哪裏？
答：本區臨時庇護站設於觀塘社區會堂及牛頭角社區會堂，八號信號發出後開放。

問9：獨居長者有甚麼支援？
答：可登記「平安鐘」關懷名單，義工會在八號信號發出後24小時內致電問候。

問10：義工熱線是多少？
答：防災義工熱線：2345 6780（星期一至五上午9時至下午6時）；電郵：kedp@example.org.hk。

問11：義工隊辦事處在哪裏？
答：九龍觀塘協和街88號康寧大廈地下3號舖。

問12：參與義工服務有保險嗎？
答：有。義工隊為每位登記義工購買個人意外保險，每次意外最高賠償50萬港元。
"""

# ---------------------------------------------------------------------------
# 6. Wenzhou city report (markdown, table by year)
# ---------------------------------------------------------------------------
WENZHOU = """# 温州市红十字会“三救”“三献”工作情况通报（2022—2025年）

温州市红十字会　2026年3月

## 一、基本情况

温州市红十字会下辖12个县（市、区）红十字会。2022年以来，全市红十字系统围绕“三救”“三献”主责主业，持续推进“救在身边”品牌建设，各项工作指标逐年提升。

## 二、分年度主要数据

| 年度 | 应急救护持证培训 | 无偿献血 | 造血干细胞 | 遗体和器官捐献 |
|---|---|---|---|---|
| 2022年 | 4.1万人 | 9.6万人次 | 入库1820人份、捐献11例 | 遗体52例、器官38例 |
| 2023年 | 4.8万人 | 10.2万人次 | 入库2105人份、捐献14例 | 遗体61例、器官43例 |
| 2024年 | 5.6万人 | 10.9万人次 | 入库2360人份、捐献17例 | 遗体68例、器官47例 |
| 2025年 | 6.3万人 | 11.4万人次 | 入库2590人份、捐献19例 | 遗体75例、器官52例 |

## 三、重点工作

### （一）应急救护

- 全市累计配置AED 2860台，其中2025年新增640台；
- 鹿城区“十分钟急救圈”试点已覆盖辖区全部街道；
- 培育应急救护师资420名，其中高级师资36名。

### （二）人道救助

2025年，温州市红十字会募集款物4860万元，开展“博爱送万家”活动，慰问困难群众2.3万户；台风“格美”期间调派救援队员1200余人次参与转移群众。

### （三）组织建设

全市建立党支部的红十字救援队达到15支，注册志愿者4.6万名，建成博爱家园58个。

## 四、存在问题与下一步

1. 农村地区AED配置密度偏低，2026年计划新增500台；
2. 造血干细胞志愿者年龄结构偏大，将加强高校宣传；
3. 推动遗体捐献接收站点由3个增至5个。

联系电话：温州市红十字会办公室　0577-88961234
"""


def main():
    make_docx()
    make_pdf()
    write_texts(OUT, [
        ("zhejiang_red_cross_2026_update.html", ZJ2026),
        ("maple_street_clinic_service_guide.md", CLINIC),
        ("kowloon_east_disaster_preparedness_faq.txt", FAQ),
        ("wenzhou_red_cross_report_2022_2025.md", WENZHOU),
    ])
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
