"""Generate the six docs14 documents (all text lives in this script)."""

import os

import docx
from doc_build import CJK_FONT, cjk_styles, docx_table, paged_pdf, write_texts

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs14")
os.makedirs(OUT, exist_ok=True)

# ====================================================================== 1. Chinese PDF
PDF_TITLE = "守正笃行启新程——安徽省红十字会“十大”以来党建工作综述"
PDF_AUTHOR = "■  吴海峰"
PDF_PAGES = [
    [
        ("p", "过去五年，是安徽省红十字会负重前行、克难奋进的五年，是改革突破、服务大局的五年，也是党建工作夯基垒台、整体跃升的五年。"),
        ("p", "回望这五年，全省红十字系统坚持以党建为统领，各级红十字组织党的建设全面加强，安徽省红十字事业发展实现新跨越。"),
        ("h1", "一、铸魂聚力，政治建设实现新提升"),
        ("h2", "（一）党的全面领导更加有力"),
        ("p", "安徽省红十字会制定印发《关于推动新时代安徽红十字事业高质量发展的实施方案》，推动全省104个县（市、区）红十字会全部建立党组，16个设区市红十字会党组书记全部由专职领导担任。"),
        ("h2", "（二）思想理论武装走深走实"),
        ("p", "落实“第一议题”制度，开展“江淮博爱大讲堂”巡回宣讲，组建“会领导+处级干部+青年骨干”宣讲团，五年累计宣讲460余场、覆盖党员群众4.1万人次。各级党组织组织党员参观渡江战役纪念馆、金寨县革命博物馆等红色基地。"),
        ("h2", "（三）主题教育成果持续巩固"),
        ("p", "引导党员干部积极参与“我为群众办实事”实践活动，五年累计办结民生实事274件，省红十字会机关6个党支部与基层红十字会结对共建38对。"),
    ],
    [
        ("h1", "二、强基固本，基层党建焕发新活力"),
        ("p", "五年来，安徽省红十字会组织实施“江淮先锋”党支部建设提升工程，累计命名示范党支部41个。全省红十字领域9名先进人物获评“中国好人”，5个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
        ("h2", "（一）救援队党建应建尽建"),
        ("p", "实施“一核三能”红十字救援队赋能计划，推动全省98支救援队建立党支部。各救援队党支部年均出动约1300次、4.2万余人，调派队员紧急出勤超过8万人次，受益群众51万人次。"),
        ("p", "省红十字（黄山）山地搜救队党支部获评“安徽省先进基层党组织”。"),
        ("h2", "（二）党员先锋模范作用充分发挥"),
        ("p", "涌现出全国“最美救护员”汪德胜，“最美志愿者”许晴、程立军，"),
        ("p", "阜阳红十字会工作者蒋红梅，黄山红十字救援队队长方建国等一大批优秀红十字党员。"),
        ("h1", "三、为民服务，主责主业展现新作为"),
        ("h2", "（一）“数智红会”抓改革"),
        ("p", "推进“数智红会”平台建设，16个涉民事项在“皖事通”上线，办件量6万余件，办结率100%。合肥市蜀山区“救在身边”全域试点经验在全省推广。"),
        ("h2", "（二）“救在身边”强主业"),
        ("p", "五年募集社会捐赠款物超4.8亿元，投入使用4.31亿元，惠及困难群众260万人次。为企业开展应急救护培训2900余场次，实施公益项目368个，开展志愿服务2.2万场次。"),
        ("p", "组织52支救援队参与疫情防控、灾害救援，2020年驰援安徽淮河流域抗洪，省红十字水上救援队荣获“安徽省抗洪抢险先进集体”称号。"),
    ],
    [
        ("h1", "四、五年主要指标对照"),
        ("p", "全省红十字组织建设主要指标见下表（数据截至2022年底）。"),
        ("table", [
            ["指标", "2017年底", "2022年底"],
            ["标准化博爱家园", "210个", "580个"],
            ["红十字服务站、救护站", "430个", "1200个"],
            ["生命教育体验馆", "12个", "75个"],
            ["基层组织", "0.9万个", "1.7万个"],
            ["成人会员", "31.2万名", "59.6万名"],
            ["志愿服务团体（组织）", "820个", "1600个"],
            ["注册志愿者", "11.4万名", "24.8万名"],
        ]),
        ("h1", "五、展望"),
        ("p", "安徽省红十字会将持续深化“江淮先锋”党建品牌，力争到2027年建成标准化博爱家园800个，以优异成绩迎接党的二十大胜利召开。"),
    ],
]


def make_pdf():
    paged_pdf(os.path.join(OUT, "anhui_party_building.pdf"), [(PDF_TITLE, "title"), (PDF_AUTHOR, "author")], PDF_PAGES, cjk_styles(),
              lambda page: f"安徽红十字党建综述　第 {page} 页", (CJK_FONT, 9), title="安徽省红十字会党建工作综述", author="吴海峰")


# ====================================================================== 2. Chinese DOCX
def make_docx():
    d = docx.Document()
    d.add_heading("浙江省红十字会2025年度应急救护工作进展报告", level=0)
    d.add_paragraph("发布单位：浙江省红十字会赈济救护部　发布日期：2026年1月22日")
    d.add_heading("一、总体情况", level=1)
    d.add_paragraph("2025年，浙江省红十字会持续深化“救在身边”建设，全年开展应急救护普及培训212万人次，培训持证救护员36.8万人次，"
                    "均创历史新高。全省红十字救援队增至139支，全部建立党支部，党员队员3120名。")
    d.add_heading("二、“救在身边”重点工作", level=1)
    d.add_heading("（一）AED配置与响应", level=2)
    for s in [
        "全年新增配置AED 7400台，全省累计配置达4.08万台，每10万人口配置数达到61台。",
        "“救在身边”数字化应用注册志愿者12.6万名，全年响应呼救信息9860次。",
        "志愿者到场参与救治心脏骤停患者146例，其中成功复苏出院39例。",
        "“黄金4分钟”急救圈示范点增至620个，平均响应时间缩短至3分15秒。",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("（二）重点群体培训", level=2)
    for s in [
        "为中小学教师开展救护员培训5.3万人次，实现全省中小学校“每校至少2名持证教师”。",
        "为快递、外卖骑手开展“小哥学急救”专项培训1.9万人次。",
        "为景区、高速服务区工作人员开展救护培训8600人次。",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("（三）各设区市AED配置情况", level=2)
    d.add_paragraph("截至2025年12月31日，各设区市AED累计配置情况如下表。")
    rows = [
        ["设区市", "累计配置AED（台）", "2025年新增（台）", "每10万人口配置数", "备注"],
        ["杭州市", "9800", "1500", "79", "含亚运场馆移交设备"],
        ["宁波市", "6200", "1100", "64", "地铁站点全覆盖"],
        ["温州市", "5100", "1020", "52", "瓯江沿线新增较多"],
        ["嘉兴市", "2900", "520", "52", "高铁站全覆盖"],
        ["湖州市", "2300", "410", "68", "景区重点布设"],
        ["绍兴市", "3400", "600", "63", "学校全覆盖"],
        ["金华市", "3600", "730", "50", "义乌商圈加密"],
        ["衢州市", "1500", "300", "65", "山区乡镇补短板"],
        ["舟山市", "1100", "220", "94", "海岛乡镇全覆盖"],
        ["台州市", "3300", "640", "49", "渔港码头布设"],
        ["丽水市", "1600", "360", "64", "山区乡镇补短板二期"],
    ]
    docx_table(d, rows)
    d.add_heading("三、竞赛与活动", level=1)
    for s in [
        "2025年9月13日“世界急救日”，全省主场活动在温州市举行，现场参与群众1.2万人。",
        "2025年11月，第五届全省红十字应急救护技能竞赛在丽水市举办，宁波市代表队获团体一等奖。",
        "2025年5月8日“世界红十字日”，发布《浙江省应急救护蓝皮书（2025）》。",
    ]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("四、2026年主要目标", level=1)
    d.add_paragraph("2026年，省红十字会将以“救在身边”3.0为抓手，重点完成下表所列目标。")
    rows = [
        ["指标", "2025年完成", "2026年目标"],
        ["应急救护普及培训", "212万人次", "230万人次"],
        ["持证救护员培训", "36.8万人次", "40万人次"],
        ["累计配置AED", "4.08万台", "4.8万台"],
        ["急救圈示范点", "620个", "800个"],
        ["“救在身边”志愿者", "12.6万名", "15万名"],
    ]
    docx_table(d, rows)
    d.add_heading("五、联系方式", level=1)
    d.add_paragraph("本报告由省红十字会赈济救护部负责解释，联系人：何晓岚（部长），联系电话：0571-85106021。")
    d.save(os.path.join(OUT, "zhejiang_2025_first_aid_update.docx"))


# ====================================================================== 3. English HTML
HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Volunteer Training Schedule and Service Guide - Lakeshore City Red Cross</title>
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/volunteer">Volunteer</a></li><li><a href="/donate">Donate</a></li></ul></nav></header>
<main>
<h1>Volunteer Training Schedule and Service Guide, Autumn 2025</h1>
<p>Lakeshore City Red Cross Chapter, 410 Harbor Avenue, Lakeshore City. Updated 18 August 2025.</p>
<p>This guide explains how new volunteers are trained and how they serve with the chapter. All new volunteers must finish the core programme of 24 hours before their first unsupervised shift.</p>

<h2>1. Who Can Volunteer</h2>
<ul>
<li>Adults aged 18 or over may join any service line.</li>
<li>Young people aged 16 or 17 may join the Youth Corps with written consent from a parent or guardian.</li>
<li>Drivers for the Disaster Action Team must be at least 21 and hold a clean licence for 3 years.</li>
<li>Every volunteer must pass a background check, which usually takes 10 working days.</li>
</ul>

<h2>2. Core Training Programme</h2>
<p>The core programme has six modules. Sessions are held on Saturdays from 9:00 a.m. in the Chapter Training Centre unless stated otherwise.</p>
<table border="1">
<thead><tr><th>Module</th><th>Topic</th><th>Hours</th><th>Date</th><th>Trainer</th></tr></thead>
<tbody>
<tr><td>M1</td><td>Orientation and Red Cross Principles</td><td>3</td><td>6 September 2025</td><td>Maria Gonzales</td></tr>
<tr><td>M2</td><td>Psychological First Aid</td><td>4</td><td>13 September 2025</td><td>Dr. Aisha Rahman</td></tr>
<tr><td>M3</td><td>Adult CPR and AED</td><td>6</td><td>20 September 2025</td><td>Kevin O'Brien</td></tr>
<tr><td>M4</td><td>Shelter Operations</td><td>5</td><td>27 September 2025</td><td>Luis Ortega</td></tr>
<tr><td>M5</td><td>Damage Assessment</td><td>4</td><td>4 October 2025</td><td>Luis Ortega</td></tr>
<tr><td>M6</td><td>Blood Drive Support</td><td>2</td><td>11 October 2025</td><td>Grace Liu</td></tr>
</tbody>
</table>

<h3>2.1 CPR and AED module details</h3>
<p>Module M3 follows the chapter's 2025 resuscitation standard: 30 compressions to 2 breaths, a rate of 100 to 120 per minute and a depth of at least 2 inches (5 cm). Trainees must pass a skills test with a score of 80% or higher. The certificate is valid for 2 years.</p>

<h3>2.2 Make-up sessions</h3>
<p>Volunteers who miss a module can attend the make-up day on 25 October 2025 at the Northside Community Hall, 77 Birch Street.</p>

<h2>3. Service Commitments</h2>
<ol>
<li>Serve at least 8 hours per month for a minimum of 6 months.</li>
<li>Standard shifts last 4 hours; Disaster Action Team on-call shifts last 12 hours.</li>
<li>Sign in and out of every shift in the RedLink mobile app.</li>
<li>Wear the red chapter vest and photo ID badge on duty.</li>
<li>Report any injury on duty to the shift lead within 2 hours.</li>
</ol>

<h2>4. Support and Benefits</h2>
<ul>
<li>Mileage is reimbursed at $0.45 per mile for approved trips.</li>
<li>Volunteers are covered by the chapter's accident insurance while on duty.</li>
<li>Volunteers who serve 100 hours in a year receive the Silver Service Pin.</li>
<li>Free flu vaccination is offered every October.</li>
</ul>

<h2>5. Contacts</h2>
<ul>
<li>Volunteer Coordinator: Maria Gonzales, (312) 555-0147, volunteer@lakeshoreredcross.org</li>
<li>Training Lead: Kevin O'Brien, (312) 555-0162</li>
<li>Disaster Action Team 24-hour line: (312) 555-0100</li>
</ul>
<p>Volunteers who do not serve for 12 consecutive months are moved to inactive status.</p>
</main>
<footer><p>&copy; 2025 Lakeshore City Red Cross Chapter. Registered charity no. 5521-087.</p></footer>
</body>
</html>
"""

# ====================================================================== 4. zh-hant Markdown FAQ
FAQ = """# 臺中市紅十字會志工常見問答（2025年版）

本問答由臺中市紅十字會志工服務組編寫，適用於本會登記之各隊志工。如有疑問，請於上班時間（週一至週五 8:30—17:30）來電志工服務組：04-2225-3316。

## 問：申請成為志工需要什麼條件？

年滿16歲、身心健康、認同紅十字「人道、公正、中立、獨立、志願服務、統一、普遍」七大基本原則者，均可申請。未滿18歲者須檢附法定代理人同意書。

## 問：報名後要上哪些課程？

新進志工須完成基礎訓練12小時及特殊訓練8小時，共20小時，並通過見習服務3次後，方可領取志工服務紀錄冊。基礎訓練每年開辦4梯次，分別於2月、5月、8月、11月舉行。

## 問：服務時數怎麼登錄？

每次服務結束後，由各隊隊長於「臺中紅會志工系統」登錄時數。每日登錄上限為10小時，交通往返時間不列入。漏登者須於服務後14日內向志工服務組申請補登。

**問：服務時數累積到多少可以獲得獎勵？**

本會每年12月辦理志工表揚，依累計服務時數頒發獎勵，標準如下表：

| 獎項 | 累計服務時數 | 獎勵內容 |
| --- | --- | --- |
| 銅質獎 | 200小時 | 獎狀及銅質徽章 |
| 銀質獎 | 500小時 | 獎狀及銀質徽章 |
| 金質獎 | 1000小時 | 獎牌及年度健康檢查一次 |
| 特殊貢獻獎 | 3000小時 | 市長親自頒獎 |

**問：服務期間有沒有保險？**

有。本會為所有在冊志工投保團體意外險，每人意外身故保額300萬元、意外醫療實支實付上限3萬元。服務中受傷須於當日向隊長通報。

**問：交通費或餐費有補助嗎？**

值勤滿4小時者補助餐費100元；支援災害現場者另補助交通費每次200元，由志工服務組於次月10日前匯入志工帳戶。

## 問：紅十字會有哪些志工隊？

本會目前設有7個志工隊：救護隊、災害救援隊、水上救生隊、捐血服務隊、關懷訪視隊、青年服務隊、行政支援隊，現有志工1,286人。其中救護隊人數最多，共412人。

## 問：可以穿志工背心去參加其他活動嗎？

不可以。紅十字標誌受法律保護，志工背心及識別證僅限執行本會指派之勤務時穿戴，違者經查證屬實，第一次書面告誡，第二次停止服務6個月。

## 問：如何退出志工隊？

志工可隨時以書面向志工服務組申請退出，本會於10個工作日內辦理。連續18個月未服務者，視同自動退出，並須繳回背心及識別證。
"""

# ====================================================================== 5. English TXT annual statement
STATEMENT = """EASTFIELD RED CROSS SOCIETY
Annual Statement of Accounts and Activities
Financial year 1 January 2024 to 31 December 2024

=============================== Page 1 of 4 ===============================

SECTION A. TRUSTEES' OVERVIEW

The Eastfield Red Cross Society is a registered charity (No. 1184-220) serving the Eastfield region through emergency response, first-aid education, blood services and community care.

Chair of Trustees: Eleanor Hughes
Honorary Treasurer: Rajesh Patel
Chief Executive: Daniel Mensah
Company Secretary: Fiona MacLeod
Registered office: 12 Mill Lane, Eastfield EF3 8QT

In 2024 the Society recorded total income of $6.72 million and total expenditure of $6.41 million, giving a net surplus of $310,000. The trustees approved these accounts at their meeting on 22 May 2025.

=============================== Page 2 of 4 ===============================

SECTION B. INCOME AND EXPENDITURE

Income                               2024          2023
Public donations                     $3,140,000    $2,870,000
Government grants                    $1,860,000    $1,790,000
Legacies                             $580,000      $910,000
First-aid course fees                $740,000      $655,000
Investment income                    $120,000      $95,000
Other income                         $280,000      $240,000
Total income                         $6,720,000    $6,560,000

Expenditure                          2024          2023
Disaster and emergency response      $1,920,000    $2,140,000
First-aid education                  $880,000      $810,000
Blood services                       $510,000      $495,000
Community care and home visits       $970,000      $905,000
Fundraising costs                    $660,000      $610,000
Governance                           $310,000      $290,000
Support costs                        $1,160,000    $1,080,000
Total expenditure                    $6,410,000    $6,330,000

Note B1. Legacy income fell by $330,000 because no single bequest above $100,000 was received in 2024.

=============================== Page 3 of 4 ===============================

SECTION C. RESERVES AND AUDIT

Unrestricted reserves at 31 December 2024 were $3.4 million, equal to 6.4 months of operating costs. The reserves policy requires a minimum of 3 months and a maximum of 9 months.

Restricted funds totalled $1.25 million, of which $820,000 is held for the Riverbend flood recovery appeal.

The accounts were audited by Whitmore Kaye LLP, Chartered Accountants, for a fee of $41,500. The audit partner was Susan Whitmore. The auditor gave an unqualified opinion on 9 May 2025.

=============================== Page 4 of 4 ===============================

SECTION D. ACTIVITIES IN NUMBERS

- Emergency call-outs: 52, including the Riverbend floods of 3 to 7 July 2024
- Households helped after emergencies: 2,480
- People trained in first aid: 21,700
- Certified first-aiders: 2,960
- Blood units collected at 19 community drives: 4,120
- Home visits to older people: 15,300
- Registered volunteers: 3,410
- Volunteer hours: 118,200

SECTION E. LOOKING AHEAD

For 2025 the trustees have set a budget of $6.9 million and plan to open a second training centre in Westgate by September 2025.

Signed on behalf of the trustees:
Eleanor Hughes, Chair of Trustees        Rajesh Patel, Honorary Treasurer
"""

# ====================================================================== 6. Chinese TXT rules + roster
RULES = """温州市红十字应急救援队队员管理办法（试行）

温州市红十字会　温红〔2025〕17号　2025年3月28日印发

第一章　总则

第一条　为加强温州市红十字应急救援队（以下简称“救援队”）队员管理，提升应急救援能力，根据《中华人民共和国红十字会法》和《浙江省红十字会应急救援队管理办法》，制定本办法。

第二条　本办法适用于在温州市红十字会登记备案的各支救援队。全市现有救援队14支，登记队员1860名。

第三条　救援队实行市红十字会统一管理、分队具体负责的管理体制，日常工作由市红十字会赈济救护处承担。

第二章　队员招募

第四条　申请加入救援队的人员应当年满18周岁、不超过60周岁，身体健康，持有红十字救护员证。

第五条　新入队队员设试用期6个月，试用期内参加训练不少于24学时，考核合格后转为正式队员。

第六条　水上救援分队队员还须通过400米游泳测试，山地搜救分队队员须通过10公里负重徒步测试。

第三章　训练与出勤

第七条　正式队员每年参加训练不少于48学时，其中实战演练不少于2次。

第八条　接到出勤指令后，队员应在30分钟内回复，在2小时内到达集结地点。

第九条　单次出勤时间原则上不超过12小时，连续作业超过8小时的应安排轮换。

第四章　保障与激励

第十条　市红十字会为每名队员购买意外伤害保险，保额每人50万元。

第十一条　队员出勤按每人每次120元标准发放误餐及交通补贴。

第十二条　年度出勤满20次且无违纪记录的队员，可评为“年度优秀救援队员”。

第五章　退队与除名

第十三条　连续12个月未参加训练或出勤的，视为自动退队。

第十四条　以救援队名义从事商业活动或擅自发布救援信息的，予以除名。

第六章　附则

第十五条　本办法由温州市红十字会负责解释，自2025年5月1日起施行。

附件：各分队负责人及联系电话

分队名称｜负责人｜职务｜联系电话
鹿城水上救援分队｜林志强｜队长｜0577-88213061
瓯海山地搜救分队｜陈海燕｜队长｜0577-88213072
龙湾应急救护分队｜周文斌｜队长｜0577-88213085
乐清蓝天救援分队｜黄立新｜副队长｜0577-62217730
瑞安水上救援分队｜郑晓梅｜队长｜0577-65813326
市红十字会赈济救护处｜潘国栋｜处长｜0577-88213000
"""


def main():
    make_pdf()
    make_docx()
    write_texts(OUT, [
        ("lakeshore_volunteer_guide.html", HTML),
        ("taichung_volunteer_faq_hant.md", FAQ),
        ("eastfield_annual_statement.txt", STATEMENT),
        ("wenzhou_rescue_team_rules.txt", RULES),
    ])


if __name__ == "__main__":
    main()
