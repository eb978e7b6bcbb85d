"""Generate the six docs15 documents (all text lives in this script).

Run: python bench/library/make_docs15.py   -> writes bench/library/docs15/
"""

import os

import docx
from doc_build import CJK_FONT, cjk_styles, docx_table, paged_pdf, write_texts

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs15")
os.makedirs(OUT, exist_ok=True)

# ====================================================================== 1. Chinese PDF (look-alike of the seed)
PDF_TITLE = "赣鄱大地铸忠魂——江西省红十字会“九大”以来党建工作综述"
PDF_AUTHOR = "■  刘文涛"
PDF_PAGES = [
    [
        ("p", "过去五年，是江西省红十字会爬坡过坎、负重前行的五年，是改革攻坚、服务大局的五年，也是党建工作强基固本、全面提升的五年。"),
        ("p", "回望这五年，全省红十字系统坚持以党建为统领，各级红十字组织党的建设全面加强、全面融合，江西省红十字事业迈出新步伐。"),
        ("h1", "一、铸魂固本，政治建设开创新局面"),
        ("h2", "（一）党的全面领导更加有力"),
        ("p", "江西省红十字会制定印发《关于推动新时代江西红十字事业高质量发展的若干措施》，履行管党治党主体责任，推动全省100个县（市、区）红十字会全部建立党组。"),
        ("p", "11个设区市红十字会党组书记全部由专职领导担任，党组把方向、管大局、保落实的核心作用有效发挥。"),
        ("h2", "（二）思想理论武装入脑入心"),
        ("p", "落实“第一议题”制度，开展“红土博爱大讲堂”巡回宣讲，组建“会领导+处级干部+青年宣讲员”宣讲团，五年累计宣讲380余场、覆盖党员群众3.2万人次。"),
        ("p", "各级党组织组织党员参观井冈山革命博物馆、八一南昌起义纪念馆、瑞金中央革命根据地纪念馆等红色基地，确保党的创新理论指导工作实践。"),
        ("h2", "（三）主题教育成果持续巩固"),
        ("p", "引导党员干部积极参与“我为群众办实事”实践活动，五年累计办结民生实事198件。"),
        ("p", "省红十字会机关5个党支部与基层红十字会开展结对共建29对。"),
    ],
    [
        ("h1", "二、强基赋能，基层党建焕发新活力"),
        ("p", "五年来，江西省红十字会组织实施“红土博爱”党支部建设提升工程，累计命名示范党支部33个，着力打造“红土博爱”红十字党建品牌。"),
        ("p", "全省红十字领域7名先进人物获评“中国好人”，3个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
        ("h2", "（一）救援队党支部应建尽建"),
        ("p", "实施“一核（党建引领）三力（组织力、专业力、保障力）”红十字救援队赋能计划，推动全省76支救援队建立党支部。"),
        ("p", "各救援队党支部年均出动约900次、2.8万余人，调派队员紧急出勤超过6万人次，受益群众35万人次。"),
        ("p", "省红十字（井冈山）山地救援队党支部获评“江西省先进基层党组织”。"),
        ("h2", "（二）党员先锋模范作用充分发挥"),
        ("p", "涌现出全国“最美救护员”黄志诚，“最美志愿者”邹雪梅、罗永康，"),
        ("p", "赣州红十字会工作者曾晓兰，九江红十字救援队队长熊国平等一大批优秀红十字党员。"),
        ("h1", "三、务实为民，主责主业展现新作为"),
        ("h2", "（一）“智慧红会”抓改革"),
        ("p", "推进“智慧红会”平台建设，12个涉民事项在“赣服通”上线，办件量3.8万余件，办结率100%。"),
        ("p", "南昌市红谷滩区“救在身边”全域试点经验在全省推广。"),
        ("h2", "（二）“三救”“三献”强主业"),
        ("p", "五年募集社会捐赠款物超3.6亿元，投入使用3.22亿元，惠及困难群众190万人次。"),
        ("p", "为企业开展应急救护培训2100余场次，实施公益项目296个，开展志愿服务1.7万场次。"),
        ("p", "组织45支救援队参与疫情防控、灾害救援。"),
        ("p", "2020年7月驰援鄱阳湖流域抗洪，省红十字水上救援队荣获“江西省抗洪抢险先进集体”称号。"),
    ],
    [
        ("h1", "四、五年主要指标对照"),
        ("p", "全省红十字组织建设主要指标见下表（数据截至2023年底）。"),
        ("table", [
            ["指标", "2018年底", "2023年底"],
            ["标准化博爱家园", "160个", "460个"],
            ["红十字服务站、救护站", "380个", "900个"],
            ["生命教育体验馆", "8个", "52个"],
            ["基层组织", "0.7万个", "1.3万个"],
            ["成人会员", "22.4万名", "43.9万名"],
            ["志愿服务团体（组织）", "610个", "1150个"],
            ["注册志愿者", "8.6万名", "19.3万名"],
        ]),
        ("h1", "五、全面从严治党向纵深推进"),
        ("p", "五年来，省红十字会党组开展专项督查4轮，覆盖11个设区市红十字会，督促整改问题87个；制定完善《捐赠款物管理办法》等制度26项，捐赠款物信息公开率保持100%。"),
        ("p", "坚持每年召开全面从严治党工作会议，签订党风廉政建设责任书，机关党员干部廉政教育实现全覆盖。"),
        ("h1", "六、展望"),
        ("p", "江西省红十字会将持续深化“红土博爱”党建品牌，力争到2028年建成标准化博爱家园700个。"),
        ("p", "为江西省红十字事业高质量发展提供坚强的政治保障。"),
    ],
]


def make_pdf():
    paged_pdf(os.path.join(OUT, "jiangxi_party_building.pdf"), [(PDF_TITLE, "title"), (PDF_AUTHOR, "author")], PDF_PAGES, cjk_styles(),
              lambda page: f"江西红十字党建综述　第 {page} 页", (CJK_FONT, 9), title="江西省红十字会党建工作综述", author="刘文涛")


# ====================================================================== 2. Chinese Markdown (later-year update)
BRIEF = """# 浙江省红十字会2026年上半年工作简报

发布单位：浙江省红十字会办公室　发布日期：2026年7月16日　简报编号：浙红简〔2026〕第7期

## 一、总体情况

2026年上半年，浙江省红十字会在省委、省政府和中国红十字会总会的领导下，以迎接红十字会“九大”为牵引，深入实施“红色根脉强基工程”，各项工作实现“时间过半、任务过半”。上半年全省红十字系统共募集社会捐赠款物8700万元，同比增长11.3%，其中定向捐赠5200万元。

## 二、党建与组织建设

- 全省90个县（市、区）红十字会全部建立党组，设区市红十字会党组书记全部由专职领导担任。
- 全省红十字救援队增至146支，全部建立党支部（“七大”以来综述统计为123支），党员队员3380名。
- “博爱先锋”党支部建设提升工程累计命名示范党支部71个，其中2026年上半年新命名9个。
- 全省红十字领域获评“中国好人”的先进人物累计达到13名。
- 截至6月30日，全省发展成人会员80.6万名，注册志愿者38.9万名，志愿服务团体（组织）2460个，基层组织2.6万个。

## 三、“三救”“三献”主业

上半年全省开展应急救护普及培训112万人次，培训持证救护员19.6万人次，完成全年目标的53%。全省新增配置AED 4100台，累计配置达4.52万台。“救在身边”数字化应用注册志愿者14.2万名，上半年响应呼救信息5630次，志愿者到场参与救治心脏骤停患者88例，其中成功复苏出院24例。

“三献”方面，上半年新增造血干细胞捐献志愿者入库1.3万人份，实现造血干细胞捐献103例；新增遗体（器官）捐献志愿登记3.9万人，实现遗体捐献178例。

## 四、各设区市上半年主要数据

| 设区市 | 普及培训（万人次） | 持证救护员（人次） | 新增AED（台） | 造血干细胞捐献（例） | 博爱家园累计（个） |
| --- | --- | --- | --- | --- | --- |
| 杭州市 | 24.6 | 41200 | 860 | 21 | 118 |
| 宁波市 | 16.8 | 28900 | 610 | 15 | 96 |
| 温州市 | 14.1 | 24300 | 540 | 13 | 104 |
| 嘉兴市 | 7.9 | 13800 | 330 | 7 | 71 |
| 湖州市 | 6.2 | 10600 | 260 | 6 | 64 |
| 绍兴市 | 9.4 | 16100 | 380 | 9 | 82 |
| 金华市 | 10.3 | 17500 | 410 | 10 | 93 |
| 衢州市 | 4.6 | 7900 | 170 | 4 | 68 |
| 舟山市 | 2.8 | 4700 | 120 | 2 | 39 |
| 台州市 | 9.8 | 16800 | 290 | 11 | 97 |
| 丽水市 | 5.5 | 13800 | 130 | 5 | 73 |
| 合计 | 112 | 195600 | 4100 | 103 | 905 |

## 五、阵地建设与数字化改革

截至6月30日，全省建成城乡一体标准化博爱家园905个（“七大”以来综述统计为650余个），红十字服务站、救护站1420个，生命教育体验馆128个。“数字红会”3.0版于2026年3月28日正式上线，21个涉民事项在“浙里办”上线，上半年办件量2.4万件。

## 六、应急救援

6月中旬梅汛期间，衢州市江山市、常山县遭遇强降雨引发洪涝，省红十字会启动四级应急响应，调派23支救援队、队员610人次参与转移群众，下拨赈济家庭包1800个、救灾资金120万元。上半年全省红十字救援队共出动820次，受益群众15.6万人次。

## 七、下半年工作安排

一是9月12日“世界急救日”全省主场活动在绍兴市举办；二是10月底前完成11个设区市红十字会换届；三是全年新建博爱家园不少于90个；四是年底前累计配置AED突破4.9万台。

联系人：省红十字会办公室　钱一鸣，电话：0571-85107733。
"""

# ====================================================================== 3. English DOCX
def make_docx():
    d = docx.Document()
    d.add_heading("Northgate Community Hospital — Annual Report 2025", level=0)
    d.add_paragraph("Published by the Board of Trustees of Northgate Community Hospital, 1 Orchard Lane, Northgate, "
                    "Westmere County. Approved on 19 March 2026. Reporting period: 1 January to 31 December 2025.")
    d.add_heading("1. Chair's Statement", level=1)
    d.add_paragraph("2025 was the busiest year in the hospital's 68-year history. We admitted 19,420 inpatients, "
                    "4.1% more than in 2024, and our emergency department saw 54,870 attendances. The new Riverside "
                    "Cardiac Unit, built at a cost of £7.4 million, opened on 9 June 2025 and performed 312 "
                    "procedures in its first six months. I thank our 1,386 staff and 240 volunteers for their "
                    "dedication through a difficult winter.")
    d.add_paragraph("The hospital ended the year with a small operating surplus of £1.3 million after two years "
                    "of deficits, thanks mainly to higher NHS contract income and tight control of agency staffing. "
                    "— Eleanor Whitcombe, Chair of the Board of Trustees")
    d.add_heading("1a. Chief Executive's Review", level=1)
    d.add_paragraph("When I joined Northgate as Chief Executive in 2022, the hospital faced long waits, heavy "
                    "reliance on agency staff and an estate that had seen little investment for a decade. Three years "
                    "on, much has changed. The winter of 2024-25 was the hardest I have known: in the first week of "
                    "January bed occupancy reached 97% and we opened an escalation ward of 18 beds in the old "
                    "day hospital for eleven weeks. Thanks to the virtual ward and a new discharge lounge, no planned "
                    "operation was cancelled on the day for lack of a bed after 20 January.")
    d.add_paragraph("Our greatest achievement was the opening of the Riverside Cardiac Unit. Until June, patients "
                    "from Northgate who needed an angiogram or a stent travelled 38 miles to the regional centre in "
                    "Kingsbridge; now most are treated here within 48 hours of referral. The unit has a catheter "
                    "laboratory, an eight-bed cardiac day unit and a cardiac rehabilitation gym, and it is staffed by "
                    "four consultant cardiologists, two of whom joined from Kingsbridge.")
    d.add_paragraph("We also invested in our people. We introduced a Northgate Promise for newly qualified nurses, "
                    "with a guaranteed two-year preceptorship, and opened a staff nursery with 64 places on the "
                    "hospital site in September. In the national staff survey 68% of staff said they would "
                    "recommend the hospital as a place to work, up from 59% two years ago.")
    d.add_paragraph("Challenges remain. Our outpatient waiting list is still too long, the East Block needs a new "
                    "roof, and demand from an ageing population grows every year. But we enter 2026 in a far "
                    "stronger position, financially and clinically, than at any time in recent years. "
                    "— Dr. Fiona Gallagher, Chief Executive")
    d.add_heading("2. Activity and Performance", level=1)
    for s in [
        "Inpatient admissions: 19,420 (2024: 18,655).",
        "Emergency department attendances: 54,870 (2024: 51,940); 78.6% were seen within four hours, against a national target of 78%.",
        "Outpatient appointments: 126,300, of which 31% were held by video or telephone.",
        "Day-case surgery: 8,940 procedures; the average length of inpatient stay fell from 4.9 to 4.6 days.",
        "Beds: 218 general and acute beds, 16 critical care beds and 24 maternity beds.",
        "Births in the Willow Maternity Suite: 2,115.",
        "Patient satisfaction in the annual survey: 91%, up from 88%.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("2a. Key Dates in 2025", level=1)
    for s in [
        "3 February 2025: seven-day stroke thrombolysis service starts.",
        "14 March 2025: Orchard Wing solar panels switched on.",
        "28 April 2025: midwife-led birth centre opens in the Willow Maternity Suite.",
        "12-14 May 2025: Care Quality Commission inspection.",
        "9 June 2025: Riverside Cardiac Unit opens; the first patient is treated the same afternoon.",
        "1 September 2025: staff nursery opens and George Blackwood joins the Board.",
        "20 October 2025: new MRI scanner performs its first scan.",
        "27 November 2025: Teaching Hospital of the Year award.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Financial Summary", level=1)
    d.add_paragraph("Total income rose to £96.2 million and total costs to £94.9 million, leaving an operating "
                    "surplus of £1.3 million (2024: deficit of £0.8 million). The main income lines and costs are "
                    "set out in the table below; all figures are in £ million.")
    rows = [
        ["Line", "2025 (£m)", "2024 (£m)", "Year-on-year"],
        ["NHS contract income (inpatient and outpatient)", "71.8", "66.3", "+8.3%"],
        ["Emergency department tariff income", "9.6", "9.1", "+5.5%"],
        ["Private patient income", "4.2", "4.5", "-6.7%"],
        ["Education and training grants", "3.1", "2.9", "+6.9%"],
        ["Charitable donations and legacies", "2.7", "1.9", "+42.1%"],
        ["Car parking, catering and other income", "4.8", "4.6", "+4.3%"],
        ["Total income", "96.2", "89.3", "+7.7%"],
        ["Staff costs", "61.5", "58.7", "+4.8%"],
        ["Drugs and clinical supplies", "17.9", "16.8", "+6.5%"],
        ["Premises, energy and maintenance", "8.4", "8.9", "-5.6%"],
        ["Agency and temporary staff", "2.6", "4.1", "-36.6%"],
        ["Depreciation and other costs", "4.5", "1.6", "+181.3%"],
        ["Total costs", "94.9", "90.1", "+5.3%"],
        ["Operating surplus / (deficit)", "1.3", "(0.8)", "n/a"],
    ]
    docx_table(d, rows)
    d.add_paragraph("Capital spending in 2025 was £11.2 million, of which £7.4 million went to the Riverside "
                    "Cardiac Unit and £1.9 million to a new MRI scanner installed in October 2025. Cash at the year "
                    "end stood at £14.6 million, equal to 56 days of operating costs.")
    d.add_heading("4. Board of Trustees", level=1)
    d.add_paragraph("The Board met nine times in 2025. Members at 31 December 2025 were:")
    for s in [
        "Eleanor Whitcombe — Chair of the Board of Trustees (since April 2021)",
        "Rajesh Menon — Vice-Chair and Senior Independent Trustee",
        "Dr. Fiona Gallagher — Chief Executive",
        "Martin Osei — Director of Finance",
        "Dr. Catherine Liu — Medical Director",
        "Susan Harrow — Director of Nursing and Midwifery",
        "Peter Vance — Non-executive Trustee, chair of the Audit Committee",
        "Amira Haddad — Non-executive Trustee, chair of the Quality and Safety Committee",
        "George Blackwood — Non-executive Trustee (joined 1 September 2025)",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Jonathan Reeve stepped down as Director of Finance on 31 August 2025 after eleven years and "
                    "was succeeded by Martin Osei. The company secretary is Hannah Price.")
    d.add_heading("5. Workforce", level=1)
    d.add_paragraph("At year end the hospital employed 1,386 staff (1,214 full-time equivalents), including 638 "
                    "nurses and midwives, 171 doctors and 212 allied health professionals. Staff turnover fell from "
                    "14.2% to 11.8%, and the vacancy rate for registered nurses fell to 6.3%. Spending on agency "
                    "staff was cut by £1.5 million to £2.6 million.")
    d.add_heading("5a. Quality and Patient Safety", level=1)
    d.add_paragraph("The Care Quality Commission inspected the hospital in May 2025 and rated it Good overall, with "
                    "an Outstanding rating for the caring domain. Inspectors praised the frailty team on Ward 7 and "
                    "asked us to improve the recording of fluid balance charts, which was completed by September.")
    for s in [
        "Hospital-acquired pressure ulcers fell from 41 to 27 cases.",
        "Inpatient falls with harm fell from 19 to 12.",
        "There were no cases of MRSA bloodstream infection for the third year running; C. difficile cases fell to 9.",
        "Two serious incidents were reported to commissioners; both investigations were closed by December 2025.",
        "Complaints rose slightly to 214 (2024: 198); 93% were answered within 25 working days.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5b. Clinical Services Update", level=1)
    d.add_paragraph("Beyond the Riverside Cardiac Unit, the year brought several changes to services. The stroke "
                    "team began a seven-day thrombolysis service in February 2025, treating 138 patients within the "
                    "target door-to-needle time of 60 minutes. The endoscopy suite was extended from four to six "
                    "rooms, cutting the waiting time for a routine colonoscopy from 14 weeks to 6 weeks. A virtual "
                    "ward for patients with heart failure and chronic lung disease cared for 1,040 people at home, "
                    "freeing the equivalent of 22 beds each day during the winter peak.")
    d.add_paragraph("The Willow Maternity Suite opened a midwife-led birth centre with four birthing pools in "
                    "April 2025. The caesarean section rate was 31.4%, close to the regional average, and breastfeeding "
                    "at discharge rose to 74%.")
    d.add_heading("5c. Research and Education", level=1)
    d.add_paragraph("The hospital recruited 1,162 patients to 48 clinical research studies, including a national "
                    "trial of early mobilisation after hip fracture. Our education centre trained 96 medical students "
                    "from Westmere University and 214 student nurses, and the hospital was named Teaching Hospital "
                    "of the Year by the county education network in November 2025.")
    d.add_heading("5d. Sustainability and Estates", level=1)
    d.add_paragraph("Solar panels on the roof of the Orchard Wing, installed in March 2025, generated 410 MWh of "
                    "electricity in their first nine months. Carbon emissions from energy use fell by 9% and the "
                    "hospital replaced its last gas-fired boiler in the East Block with heat pumps. Food waste from "
                    "wards was cut by a quarter after the introduction of electronic meal ordering.")
    d.add_heading("5e. Working with the Community", level=1)
    d.add_paragraph("The League of Friends of Northgate Community Hospital, founded in 1961, funded a new "
                    "bladder scanner and refurbished the family room in the critical care unit. The hospital ran 14 "
                    "free health check days in local libraries and supermarkets, and our community first-aid "
                    "evenings, run with the Westmere County Red Cross, trained 620 residents in CPR. Together with "
                    "Riverside Regional Blood Bank we hosted six staff blood donation sessions on site.")
    d.add_heading("5f. Independent Auditor", level=1)
    d.add_paragraph("The financial statements for 2025 were audited by Carter Hale LLP, which issued an unqualified "
                    "opinion on 12 March 2026. The full audited accounts are available from the company secretary "
                    "on request.")
    d.add_heading("6. Priorities for 2026", level=1)
    for s in [
        "Open a 12-bed same-day emergency care unit by June 2026.",
        "Reduce the outpatient waiting list from 7,850 to below 6,000 patients by December 2026.",
        "Start building the £5.2 million Northgate Diagnostic Centre in Elm Street, due to open in 2027.",
        "Raise £1.5 million through the Heartbeat Appeal for a second cardiac catheter laboratory.",
    ]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("7. Contact", level=1)
    d.add_paragraph("Communications Office, Northgate Community Hospital, 1 Orchard Lane, Northgate. Telephone "
                    "01632 960 418; email communications@northgate-hospital.example.")
    d.save(os.path.join(OUT, "northgate_hospital_annual_report_2025.docx"))


# ====================================================================== 4. zh-hant HTML
HTML = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>2026年下半年基礎急救證書課程招生通告 - 澳門望廈社區綜合服務中心</title>
</head>
<body>
<header><nav><ul><li><a href="/">首頁</a></li><li><a href="/courses">課程</a></li><li><a href="/contact">聯絡我們</a></li></ul></nav></header>
<main>
<h1>2026年下半年基礎急救證書課程招生通告</h1>
<p>主辦：澳門望廈社區綜合服務中心　協辦：澳門紅十字會急救培訓部　發佈日期：2026年6月22日</p>
<p>為提升居民自救互救能力，本中心於2026年下半年開辦「基礎急救證書課程」及「心肺復蘇及AED使用課程」，全部課程以粵語授課，設普通話班一班。歡迎區內居民踴躍報名。</p>

<h2>一、課程內容</h2>
<ul>
<li>基礎急救證書課程：共18小時（6節，每節3小時），內容包括傷口處理、骨折固定、燒燙傷、中暑及心肺復蘇，考核合格者獲發證書，有效期3年。</li>
<li>心肺復蘇及AED使用課程：共6小時（1天），內容包括成人、兒童及嬰兒心肺復蘇與AED操作，考核合格者獲發證書，有效期2年。</li>
<li>每班名額24人，導師與學員比例為1比8。</li>
</ul>

<h2>二、上課日期及地點</h2>
<ul>
<li>第一班（基礎急救）：2026年8月1日至8月15日逢星期六、日，上午9:30至12:30，望廈社區綜合服務中心三樓多功能室。</li>
<li>第二班（基礎急救，普通話）：2026年9月5日至9月20日逢星期六、日，下午2:30至5:30，望廈社區綜合服務中心三樓多功能室。</li>
<li>第三班（心肺復蘇及AED）：2026年10月11日（星期日），上午9:00至下午4:00，澳門紅十字會總部培訓室（澳門新馬路紅十字會大樓五樓）。</li>
<li>第四班（心肺復蘇及AED）：2026年11月14日（星期六），上午9:00至下午4:00，祐漢街市大樓六樓活動室。</li>
</ul>

<h2>三、課程費用</h2>
<table border="1">
<thead><tr><th>類別</th><th>基礎急救證書課程</th><th>心肺復蘇及AED使用課程</th></tr></thead>
<tbody>
<tr><td>本中心會員</td><td>澳門元450</td><td>澳門元180</td></tr>
<tr><td>非會員</td><td>澳門元650</td><td>澳門元260</td></tr>
<tr><td>65歲或以上長者</td><td>澳門元300</td><td>澳門元120</td></tr>
<tr><td>全日制學生</td><td>澳門元350</td><td>澳門元150</td></tr>
<tr><td>持社會工作局經濟援助證明者</td><td>全免</td><td>全免</td></tr>
</tbody>
</table>
<p>費用已包括教材、練習用品及證書費。補考一次收費澳門元100。已繳費用除課程取消外，概不退還。</p>

<h2>四、報名資格</h2>
<ol>
<li>年滿14歲，能以粵語或普通話溝通；未滿18歲者須提交家長或監護人簽署的同意書。</li>
<li>持有效澳門居民身份證，或在澳門工作、就讀之人士（須出示外地僱員身份認別證或學生證）。</li>
<li>孕婦、近三個月內做過心臟或關節手術者，須先取得醫生證明方可參加實習部分。</li>
<li>學員出席率須達100%，方可參加最後考核；缺席任何一節須於兩個月內補回。</li>
</ol>

<h2>五、報名方法</h2>
<ol>
<li>報名日期：2026年7月2日至7月24日，星期一至五上午10:00至下午6:00，額滿即止。</li>
<li>親臨本中心接待處報名，或透過「澳門一戶通」預約名額。</li>
<li>報名時須繳交身份證明文件副本及近照一張；學生及長者須出示相關證明以享優惠。</li>
<li>錄取名單於開課前7天以短訊通知。</li>
</ol>

<h2>六、上課及考核須知</h2>
<ul>
<li>請穿著輕便服裝及平底鞋上課，實習部分需要跪地進行心肺復蘇練習。</li>
<li>遲到超過15分鐘者不得進入課室，該節當作缺席處理。</li>
<li>考核包括筆試及實習：筆試共20條選擇題，答對14條或以上為合格；實習考核包括成人心肺復蘇、AED操作及繃帶包紮。</li>
<li>考核不合格者可於三個月內補考一次。</li>
<li>證書於考核後4星期內發出，學員可憑收據到本中心接待處領取；證書遺失補發每張收費澳門元50。</li>
<li>已報名學員如需轉班，須於開課前7天以書面申請，每人限轉班一次，視乎餘額安排。</li>
</ul>

<h2>七、關於本中心</h2>
<p>望廈社區綜合服務中心成立於1998年，由社會工作局資助，服務望廈、台山及筷子基一帶居民，每年舉辦健康講座、長者關懷及家庭支援活動逾300場。自2015年起與澳門紅十字會合作開辦急救課程，至今累計培訓學員超過4,200人次。</p>

<h2>八、聯絡我們</h2>
<ul>
<li>地址：澳門望廈馬路38號望廈社區綜合服務中心地下</li>
<li>電話：(853) 2852 3416；WhatsApp：(853) 6688 1925</li>
<li>電郵：firstaid@monghacentre.org.mo</li>
<li>負責人：課程主任 梁嘉欣姑娘</li>
<li>辦公時間：星期一至六上午9:00至晚上8:00，星期日及公眾假期休息。</li>
</ul>
<p>如遇八號或以上風球、黑色暴雨警告，當日課程暫停，另行安排補課。</p>
</main>
<footer><p>澳門望廈社區綜合服務中心 © 2026　版權所有</p></footer>
</body>
</html>
"""

# ====================================================================== 5. English TXT FAQ
FAQ = """Riverside Regional Blood Bank - Frequently Asked Questions for Donors
Updated February 2026. Riverside Regional Blood Bank, 45 Mill Road, Riverside. Donor line: 0800 731 2600.

Q: Who can give blood?
A: Most healthy people aged 17 to 65 can give blood. First-time donors must be aged 17 to 60. Regular donors who have given blood in the last two years can continue until their 70th birthday with a yearly health check.

Q: Is there a minimum weight?
A: Yes. You must weigh at least 50 kg (7 stone 12 lb). Donors under 20 years old must weigh at least 55 kg because of the higher risk of fainting.

Q: How much blood is taken?
A: A whole blood donation is 470 ml, plus up to three small sample tubes for testing. Your body replaces the fluid within 24 to 48 hours.

Q: How long does a donation take?
A: The needle is in for about 10 minutes, but please allow about one hour for the whole visit, including the health screening and 15 minutes of rest with a drink and a snack afterwards.

Q: How often can I give whole blood?
A: Men can give whole blood every 12 weeks and women every 16 weeks. No one may give whole blood more than four times in any 12-month period.

Q: What about platelets and plasma?
A: Platelet donors can donate every 2 weeks, up to 24 times a year. A platelet donation takes about 90 minutes. Plasma donors can donate every 2 weeks; a plasma donation takes about 45 minutes. Platelet and plasma donations are by appointment only at the Mill Road centre.

Q: What haemoglobin level do I need?
A: We test a drop of blood from your finger before every donation. The minimum haemoglobin level is 135 g/L for men and 125 g/L for women.

Q: I have a new tattoo or piercing. Can I donate?
A: You must wait 4 months after a tattoo, semi-permanent make-up or a body piercing before you donate.

Q: I have just travelled abroad. Do I need to wait?
A: It depends on where you went. After visiting a malaria risk area you must wait 6 months. After travel to an area with Zika or West Nile virus you must wait 28 days after your return. Call the donor line if you are not sure.

Q: Can I donate if I take medicines?
A: Many medicines are fine. After finishing a course of antibiotics, wait 7 days. If you take aspirin you can give whole blood but not platelets for 48 hours after the last dose.

Q: Can I donate after having a baby?
A: You must wait until 6 months after giving birth and until you have stopped breastfeeding for a full course.

Q: What should I bring?
A: Bring photo identification (passport, driving licence or national ID card), your donor card if you have one, and a list of any medicines you take. First-time donors must bring photo ID.

Q: How should I prepare?
A: Eat a proper meal in the three hours before you donate and drink an extra 500 ml of water before your appointment. Avoid heavy exercise and heavy lifting for the rest of the day.

Q: When is the Mill Road centre open?
A: Monday to Friday 8:00 to 19:00, Saturday 9:00 to 15:00. The centre is closed on Sundays and public holidays. Last appointments are taken 45 minutes before closing.

Q: Do you have other donation sites?
A: Yes. The Eastbrook Shopping Centre donor room (Level 2, Unit 214) is open Tuesday to Saturday 10:00 to 18:00. Our mobile blood bus visits Northgate, Hillside and Westmere on a four-week rota; see the website for dates.

Q: How do I book an appointment?
A: Book online at www.riversidebloodbank.example, through the GiveBlood app, or call the donor line 0800 731 2600 (Monday to Friday 8:00 to 20:00). Walk-in donors are welcome at Mill Road if chairs are free.

Q: What happens to my blood?
A: Your blood is tested for blood group, HIV, hepatitis B, hepatitis C, HTLV and syphilis. Red cells are kept for up to 35 days, platelets for 7 days and plasma is frozen for up to 3 years.

Q: Do I get paid?
A: No. All donors are unpaid volunteers. We do offer free parking for 90 minutes at Mill Road and a donor recognition badge after 10, 25, 50 and 100 donations.

Q: Who do I contact if I feel unwell after donating?
A: Call our 24-hour clinical support line on 0800 731 2699. If you faint or feel very unwell, lie down with your legs raised and call 999.

Q: Is giving blood safe?
A: Yes. Every needle and blood bag is sterile and used only once, so you cannot catch an infection by giving blood. A trained donor carer stays with you throughout, and a nurse is on duty at every session.

Q: Does it hurt?
A: Most donors feel only a short sharp scratch when the needle goes in. You may have a small bruise afterwards. Keep the plaster on for at least 6 hours and avoid carrying heavy bags with that arm for the rest of the day.

Q: Can I drive or go back to work afterwards?
A: Most people go straight back to work. If you drive a bus, a lorry or a train, fly a plane or work at heights, you should wait 12 hours before going back to those duties.

Q: What is my blood group and when will I find out?
A: New donors receive a text message with their blood group about 3 weeks after their first donation. Your blood group is also shown in the GiveBlood app and on the donor card we post to you.

Q: Which blood groups are most needed?
A: All groups are needed, but O negative donors are especially valuable because their red cells can be given to patients of any group in an emergency. Around 8% of our donors are O negative. We also need more donors of Black heritage, who are more likely to have the Ro subtype needed by patients with sickle cell disease.

Q: Can I donate if I have recently had surgery or a blood transfusion?
A: After minor surgery you can usually donate once you have fully recovered and returned to normal activities. If you have received a blood transfusion at any time since 1 January 1980 you cannot donate.

Q: How do I register as a bone marrow or organ donor?
A: Donors aged 17 to 40 can ask to join the stem cell register at any session; we take an extra sample tube. Organ donor registration is done online through the national organ donation register and is not handled by the blood bank.

Q: Can my company or school hold a blood drive?
A: Yes. Organisations that can guarantee at least 40 appointments can request a session at their premises. Contact the community team at drives@riversidebloodbank.example at least 3 months in advance.

Q: Can I give blood if I have low iron?
A: If your haemoglobin is slightly below the minimum we will not take blood that day and will ask you to come back after 3 months. If it is low twice in a row we will write to your GP. Eating iron-rich foods such as red meat, beans, lentils and dark green vegetables helps.

Q: Can I donate if I have high blood pressure?
A: Yes, if your blood pressure is controlled and your treatment has not changed in the last 4 weeks. We check your blood pressure only if you tell us you feel unwell.

Q: Can I bring my children with me?
A: Children are welcome at Eastbrook but must be supervised by another adult while you donate, as our staff cannot look after them. There is a small play area at Mill Road.

Q: Can I donate if I live with someone who has hepatitis?
A: You must tell us if you live with or have a sexual partner with hepatitis B or C. In most cases you can donate 3 months after the last contact, but the nurse will assess you on the day.

Q: Can I donate if I was born or lived abroad?
A: Usually yes. If you were born in, or lived for 6 months or more in, a country where malaria is common, you will need a simple blood test before your first donation, and your donation may be used for plasma products only until the result is back.

Q: How do I change or cancel my appointment?
A: Use the GiveBlood app or call the donor line at least 24 hours before your appointment so that we can offer the chair to another donor. Three missed appointments in a row without notice will pause online booking for 6 months.

Q: Who runs the blood bank?
A: The blood bank is run by Riverside Regional Health Board. The Medical Director is Dr. Naomi Fairbanks and the Donor Services Manager is Colin Marsh.
"""

# ====================================================================== 6. Chinese rules (Markdown)
RULES = """# 杭州市公共场所自动体外除颤器（AED）配置管理办法

（2026年1月20日杭州市人民政府第38次常务会议审议通过，杭州市人民政府令第352号公布，自2026年3月1日起施行）

## 第一章　总则

第一条　为了规范本市公共场所自动体外除颤器（以下简称AED）的配置、使用和管理，提高心脏骤停等突发事件现场救护能力，保障公民生命健康，根据《中华人民共和国基本医疗卫生法》《浙江省院前医疗急救服务管理办法》等法律法规，结合本市实际，制定本办法。

第二条　本办法适用于本市行政区域内公共场所AED的配置、使用、维护及其相关管理活动。

第三条　市卫生健康行政部门是本市公共场所AED配置管理工作的主管部门，负责统筹规划、标准制定和监督检查。市红十字会负责AED使用培训和社会动员。市市场监督管理部门负责AED产品质量监督。市财政部门负责政府配置AED的经费保障。交通运输、教育、文化广电旅游、体育、商务、民政等部门按照各自职责做好本行业公共场所AED配置工作。

第四条　市急救中心负责建设和运行全市AED信息管理平台，将AED位置信息接入“救在身边”数字化应用和120调度系统。

## 第二章　配置

第五条　下列公共场所应当配置AED：（一）地铁站、火车站、机场、长途汽车站、客运码头；（二）体育场馆、健身场所；（三）学校、养老机构；（四）营业面积1万平方米以上的商场、超市；（五）A级旅游景区、高速公路服务区；（六）政务服务中心、医疗机构门诊大厅。

第六条　轨道交通站点每站至少配置1台AED；日均客流量5万人次以上的交通枢纽至少配置4台。学校每校至少配置1台，在校学生2000人以上的至少配置2台。A级旅游景区按照游客步行4分钟可达的原则布设，西湖风景名胜区至少配置60台。

第七条　到2027年12月31日，全市公共场所累计配置AED不少于1.5万台，每10万人口配置数达到100台。新建的公共场所应当在投入使用前完成配置。

第八条　政府投资建设或者运营的公共场所由政府出资配置；其他公共场所由经营管理单位出资配置。鼓励企业、社会组织和个人捐赠AED，捐赠人可以依法享受税收优惠。

## 第三章　维护与使用

第九条　AED配置单位是维护管理责任人，应当指定专人每月巡检一次，并在巡检后24小时内将设备状态上传至AED信息管理平台。

第十条　AED发生故障或者电极片、电池过期的，配置单位应当在24小时内报告，72小时内修复或者更换；无法按期修复的，应当张贴停用标识并告知最近AED位置。

第十一条　AED应当设置在醒目、易取用的位置，距地面高度不超过1.5米，并设置统一标识和使用说明。营业期间不得上锁或者设置取用障碍。

第十二条　配置AED的公共场所，其工作人员中持有救护员证的人数不得少于2名；轨道交通站点每班次至少有1名持证人员在岗。

第十三条　鼓励具备救护技能的公民在紧急情况下使用AED实施救护。紧急现场救护行为造成受助人损害的，依法不承担民事责任。

## 第四章　法律责任

第十四条　应当配置AED而未配置的，由有关主管部门责令限期改正；逾期30日仍未改正的，处2000元以上1万元以下罚款。

第十五条　违反本办法第十条规定，未按期报告、修复或者更换AED的，由市卫生健康行政部门责令改正，可以处500元以上3000元以下罚款。

第十六条　盗窃、故意损毁AED或者挪作他用的，由公安机关依照《中华人民共和国治安管理处罚法》处理；构成犯罪的，依法追究刑事责任。

## 第五章　附则

第十七条　本办法所称AED，是指经国家药品监督管理部门注册、用于心脏骤停患者现场除颤的便携式医疗设备。

第十八条　本办法自2026年3月1日起施行。2019年发布的《杭州市公共场所AED配置指导意见》同时废止。
"""


def main():
    make_pdf()
    make_docx()
    write_texts(OUT, [
        ("zhejiang_2026h1_brief.md", BRIEF),
        ("macau_mongha_first_aid_course_hant.html", HTML),
        ("riverside_blood_bank_faq.txt", FAQ),
        ("hangzhou_aed_rules.md", RULES),
    ])


if __name__ == "__main__":
    main()
