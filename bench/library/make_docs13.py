"""Generate the six docs13 documents (text lives in this script)."""

import os

import docx
from doc_build import CJK_FONT, cjk_styles, docx_table, paged_pdf, write_texts
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs13")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- 1. PDF
PDF_TITLE = "聚力铸魂启新程——山东省红十字会“九大”以来党建工作综述"
PDF_AUTHOR = "■  刘明远"
PDF_PAGES = [
    [
        (
            "p",
            "过去五年，是山东省红十字会爬坡过坎、奋发有为的五年，是改革创新、担当作为的五年，也是党建工作强基固本、提质增效的五年。",
        ),
        (
            "p",
            "回望这五年，全省红十字系统坚持以党建为引领，各级红十字组织党的建设全面加强、全面融合，山东省红十字事业发展取得新突破。",
        ),
        ("h1", "一、铸魂固本，政治建设取得新成效"),
        (
            "p",
            "五年来，全省各级红十字会始终牢牢把握红十字会是党领导下的群团组织这一根本政治属性，听党话、跟党走，深入联系群众、服务群众，着力推动各级红十字党组织和党员干部坚定拥护“两个确立”、坚决做到“两个维护”。",
        ),
        ("h2", "（一）党的全面领导更加有力"),
        (
            "p",
            "山东省红十字会坚决贯彻习近平总书记关于党的群团工作的重要论述和对红十字事业的重要指示精神，制定印发《关于加快推进新时代山东红十字事业高质量发展的若干措施》，履行管党治党主体责任，推动全省136个县（市、区）红十字会全部建立党组，16个设区市红十字会党组书记全部配齐配强。",
        ),
        ("h2", "（二）主题教育成果持续巩固"),
        (
            "p",
            "从“两学一做”学习教育，到“不忘初心、牢记使命”主题教育，再到党史学习教育，全省红十字系统党员干部的党性修养得到锤炼。引导党员干部积极投身“我为群众办实事”实践活动，累计办结民生实事289件。",
        ),
        ("h2", "（三）思想理论武装入脑入心"),
        (
            "p",
            "落实“第一议题”制度，采取中心组领学、专家导学、集中促学、个人自学等形式深化学习。开展“齐鲁红十字大讲堂”巡回宣讲，五年累计宣讲380余场、覆盖党员群众3.2万人次。各级党组织组织党员参观孟良崮战役纪念馆、沂蒙红嫂纪念馆等红色基地，确保党的创新理论指导工作实践。",
        ),
    ],
    [
        ("h1", "二、强基提质，基层党建激发新活力"),
        (
            "p",
            "五年来，山东省红十字会以提升基层党组织规范化水平和发挥党员先锋模范作用为重点，建强支部战斗堡垒，着力打造“齐鲁博爱”红十字党建品牌。",
        ),
        ("h2", "（一）党建品牌持续擦亮"),
        (
            "p",
            "组织实施“齐鲁博爱”党支部建设提升工程，累计命名示范党支部56个。全省红十字领域11名先进人物获评“中国好人”，7个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。",
        ),
        ("h2", "（二）党建工作体系更加完善"),
        (
            "p",
            "将党建工作作为设区市红十字会年度综合考评的首要内容，每年专题召开全系统党建工作会议，省红十字会机关5个党支部与基层红十字会开展结对共建38对。",
        ),
        ("h2", "（三）关联组织党建有效强化"),
        (
            "p",
            "实施“一核（党建引领）两化（规范化、专业化）”红十字救援队赋能计划，推动全省104支救援队建立党支部，党员队员1960名。各红十字救援队党支部年均出动约1300次、4.2万余人，调派队员紧急出勤超过8.5万人次，受益群众51万人次，省红十字（威海）海上救援队党支部获评“山东省先进基层党组织”。",
        ),
        ("h2", "（四）党员先锋模范作用充分发挥"),
        (
            "p",
            "在“三救”“三献”主战场、在抢险救灾最前沿，广大党员无私奉献、实干担当，涌现出全国“最美救护员”王秀兰，“最美志愿者”赵立国、孙晓梅，潍坊红十字会工作者李春燕，临沂红十字救援队队长高建军等一大批优秀红十字党员。",
        ),
    ],
    [
        ("h1", "三、为民担当，服务大局彰显新作为"),
        ("h2", "（一）“数字红会”抓改革"),
        (
            "p",
            "16个涉民事项在山东政务服务网、“爱山东”上线，办件量6万余件，全部按时办结。“鲁救通”应急救护平台接入AED 7400余台，青岛市市南区“五分钟急救圈”试点经验在全省推广。",
        ),
        ("h2", "（二）“救在身边”强主业"),
        (
            "p",
            "募集社会捐赠款物超6.2亿元，投入使用5.48亿元，惠及困难群众350万人次。为企业开展应急救护培训4100余场次，实施公益项目468个，开展志愿服务2.8万场次。组织68支救援队参与疫情防控、灾害救援。",
        ),
        ("h2", "（三）“拓展阵地”优服务"),
        (
            "p",
            "建成城乡一体标准化博爱家园730余个，红十字服务站、救护站1200余个，生命教育体验馆96个，16市全部建成“生命礼赞”缅怀纪念场所。建成基层组织超2.3万个，发展成人会员74.6万名，志愿服务团体（组织）近2100个，注册志愿者30.8万名。",
        ),
        (
            "p",
            "踔厉奋发再出发。山东省红十字会将深入贯彻落实习近平新时代中国特色社会主义思想，纵深推进全面从严治党和党风廉政建设，为山东省红十字事业高质量发展提供坚强的政治保障。",
        ),
    ],
]


def make_pdf():
    paged_pdf(os.path.join(OUT, "shandong_party_building.pdf"), [(PDF_TITLE, "title"), (PDF_AUTHOR, "author")], PDF_PAGES, cjk_styles(),
              lambda page: f"山东红十字党建综述　第 {page} 页", (CJK_FONT, 9), title="山东省红十字会党建工作综述", author="刘明远")


def make_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    d.add_heading("绍兴市红十字博爱基金会2025年度工作报告", level=0)
    d.add_paragraph("报告期间：2025年1月1日至2025年12月31日　编制单位：绍兴市红十字博爱基金会秘书处")

    d.add_heading("一、基金会概况", level=1)
    d.add_paragraph(
        "绍兴市红十字博爱基金会成立于2012年9月，是经绍兴市民政局登记、由绍兴市红十字会主管的地方性公募基金会，原始基金400万元。"
        "基金会宗旨是弘扬“人道、博爱、奉献”的红十字精神，募集资金开展人道救助，重点支持应急救护、大病救助、博爱助学和博爱家园建设。"
    )
    d.add_paragraph(
        "2025年，基金会在2024年度慈善组织评估中被评为4A级，连续第三年获得“绍兴慈善奖”机构奖。截至2025年底，基金会全职工作人员11名，月捐人数达到6,420人。"
    )

    d.add_heading("二、财务收支情况", level=1)
    d.add_paragraph(
        "2025年度，基金会总收入2,468.3万元，同比增长14.7%；总支出2,215.6万元，其中公益事业支出2,087.4万元，占上年总收入的97.0%，"
        "管理费用98.7万元，占当年总支出的4.5%，均符合民政部关于慈善组织年度支出和管理费用的规定。年末净资产5,312.8万元。"
    )
    d.add_heading("（一）收支明细表", level=2)
    rows = [
        ("收支项目", "2025年（万元）", "2024年（万元）"),
        ("捐赠收入", "2,301.5", "1,986.2"),
        ("投资收益", "128.6", "115.3"),
        ("政府补助收入", "30.0", "45.0"),
        ("其他收入", "8.2", "6.1"),
        ("收入合计", "2,468.3", "2,152.6"),
        ("公益事业支出", "2,087.4", "1,842.0"),
        ("管理费用", "98.7", "91.2"),
        ("筹资费用", "29.5", "25.8"),
        ("支出合计", "2,215.6", "1,959.0"),
    ]
    docx_table(d, rows)
    d.add_paragraph("注：捐赠收入中，非定向捐赠1,106.9万元，定向捐赠1,194.6万元；物资捐赠按公允价值入账。")

    d.add_heading("三、公益项目执行情况", level=1)
    d.add_paragraph(
        "2025年，基金会共实施公益项目27个，其中重点项目6个，重点项目支出合计1,845.4万元。重点项目执行情况如下表。"
    )
    d.add_heading("（一）重点项目一览", level=2)
    prow = [
        ("项目名称", "实施区域", "支出（万元）", "受益对象", "项目负责人"),
        ("博爱助学“春苗计划”", "柯桥区、诸暨市", "412.6", "1,280名学生", "傅晓东"),
        ("“救在身边”AED配置", "全市", "356.0", "新配置AED 240台", "陈志刚"),
        ("大病救助“暖心行动”", "全市", "528.3", "865户困难家庭", "钱丽君"),
        ("博爱家园建设", "新昌县、嵊州市", "296.5", "18个社区", "王美芳"),
        ("应急救灾物资储备", "上虞区", "187.2", "3,600户家庭包", "陈志刚"),
        ("造血干细胞捐献者关爱", "全市", "64.8", "52名捐献者", "俞海燕"),
    ]
    docx_table(d, prow)
    d.add_heading("（二）项目亮点", level=2)
    d.add_paragraph(
        "“春苗计划”实行“一对一”结对资助，小学生每人每年2,000元、初中生3,000元、高中生4,000元。"
        "“暖心行动”单户最高救助额度由5万元提高到8万元。AED配置项目在柯桥古镇、诸暨西施故里等景区实现AED步行4分钟可达。"
    )
    d.add_paragraph(
        "其余21个小型项目支出242.0万元，主要用于“博爱送万家”春节慰问、红十字青少年夏令营和社区应急救护培训。"
    )

    d.add_heading("四、理事会与监事", level=1)
    d.add_paragraph(
        "基金会第三届理事会任期为2023年6月至2028年6月，由7名理事组成，另设监事2名。2025年共召开理事会会议4次，审议通过年度预算、项目立项和投资管理制度等事项。"
    )
    brow = [
        ("姓名", "理事会职务", "工作单位或身份"),
        ("沈国华", "理事长", "绍兴市红十字会常务副会长"),
        ("何建新", "副理事长", "越州控股集团董事长"),
        ("钱丽君", "秘书长", "基金会专职"),
        ("陈志刚", "理事", "绍兴市人民医院急诊科主任"),
        ("傅晓东", "理事", "柯桥区教育局退休干部"),
        ("王美芳", "理事", "新昌县红十字会会长"),
        ("俞海燕", "理事", "造血干细胞捐献志愿者代表"),
        ("孙建平", "监事", "绍兴正信会计师事务所合伙人"),
        ("吕晓雯", "监事", "绍兴市律师协会理事"),
    ]
    docx_table(d, brow)

    d.add_heading("五、信息公开与审计", level=1)
    d.add_paragraph(
        "基金会2025年度财务报告由浙江天衡会计师事务所审计，出具了标准无保留意见的审计报告。"
        "全年在“慈善中国”平台和基金会官网公开信息86条，捐赠人查询回复率100%。"
    )

    d.add_heading("六、2026年工作计划", level=1)
    for s in [
        "募集善款目标2,800万元，月捐人数突破8,000人；",
        "新增配置AED 300台，实现全市A级以上景区全覆盖；",
        "启动“博爱家园”三期建设，在越城区新建博爱家园10个；",
        "完成基金会第三届理事会中期履职评估。",
    ]:
        d.add_paragraph(s, style="List Number")
    d.save(os.path.join(OUT, "shaoxing_foundation_2025.docx"))


# ---------------------------------------------------------------- 3. HTML
HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host a Blood Drive: Guide for Organisations | Lakeside Regional Blood Service</title>
</head>
<body>
<main>
<h1>Hosting a Community Blood Drive: A Guide for Organisations</h1>
<p>Published by the Lakeside Regional Blood Service, Donor Partnerships Team. Edition 4, revised February 2026.</p>
<p>Every day the hospitals in the Lakeside region need about 540 units of red cells. Around a third of our collections come from drives hosted by workplaces, schools, faith groups and community clubs. This guide explains what we need from you as a host, how we plan a drive together and who is allowed to give blood.</p>

<h2>1. Is your organisation a good fit?</h2>
<p>We can run a drive almost anywhere, but a successful session needs a realistic donor base and a suitable space. Before you contact us, please check that you can meet the following requirements.</p>
<ul>
<li>At least 35 people are willing to pre-book an appointment, so that we can expect 25 successful donations.</li>
<li>A clean, well-lit room of at least 80 square metres on the ground floor or with lift access.</li>
<li>Six standard power outlets on separate circuits, plus access to a sink and toilets.</li>
<li>A level parking space of 15 m by 4 m for the bloodmobile if no suitable room is available.</li>
<li>A rest area with chairs where donors can sit for 15 minutes after donating.</li>
<li>Room temperature kept between 18 and 26 °C throughout the session.</li>
</ul>
<p>Drives are normally held between 9:00 and 15:30 on weekdays. Weekend drives are possible for groups that can guarantee 50 or more bookings.</p>

<h2>2. Planning timeline</h2>
<p>Most drives take about two months to organise. The checklist below shows the steps we follow with every host.</p>
<ol>
<li>Eight weeks before: submit the online host request form and agree a date with your donor partnership coordinator.</li>
<li>Six weeks before: our team carries out a site visit and confirms the floor plan.</li>
<li>Four weeks before: open the booking link to staff or members and start promotion with our posters.</li>
<li>Two weeks before: aim to have at least 70 percent of appointment slots filled.</li>
<li>Three days before: send reminder messages that include the eligibility quiz.</li>
<li>On the day: our crew arrives 90 minutes before the first appointment to set up.</li>
<li>One week after: you receive a thank-you certificate and a report on how many units were collected.</li>
</ol>

<h2>3. Staffing the drive</h2>
<h3>3.1 Provided by the Blood Service</h3>
<p>We send a team led by a registered nurse who acts as session supervisor. A typical crew for a 40-donor session is one supervisor, four collection nurses, two donor carers and one driver. All medical screening is done by our staff only.</p>
<h3>3.2 Provided by the host</h3>
<ul>
<li>One named drive coordinator who is our single point of contact.</li>
<li>Two volunteers for every 10 booked donors to welcome people and manage the queue.</li>
<li>One person at the refreshment table at all times.</li>
</ul>
<p>Host volunteers must be 16 or older and will receive a 20-minute briefing from the session supervisor at the start of the day. They must not handle donor health questionnaires.</p>

<h2>4. Who can donate?</h2>
<p>Please share these basic rules with your donors. Final eligibility is always decided by our nurses on the day.</p>
<table>
<thead>
<tr><th>Criterion</th><th>Requirement</th><th>Notes</th></tr>
</thead>
<tbody>
<tr><td>Age</td><td>17 to 65 years</td><td>First-time donors must be under 61</td></tr>
<tr><td>Body weight</td><td>At least 50 kg</td><td>Bring photo ID</td></tr>
<tr><td>Haemoglobin (women)</td><td>at least 125 g/L</td><td>Finger-prick test on site</td></tr>
<tr><td>Haemoglobin (men)</td><td>at least 135 g/L</td><td>Finger-prick test on site</td></tr>
<tr><td>Whole blood interval</td><td>at least 12 weeks</td><td>Women: 16 weeks recommended</td></tr>
<tr><td>Tattoo or piercing</td><td>wait 4 months</td><td>From the date of the procedure</td></tr>
<tr><td>Dental treatment</td><td>wait 7 days</td><td>24 hours for a check-up or cleaning</td></tr>
<tr><td>Volume collected</td><td>470 mL</td><td>Plus three small test tubes</td></tr>
</tbody>
</table>
<p>People who feel unwell, who have taken antibiotics in the last 7 days, or who are pregnant should not book. A donation takes about 10 minutes, and the whole visit about one hour.</p>

<h2>5. On the day</h2>
<ul>
<li>Provide water and snacks; we supply juice and biscuits for up to 60 donors.</li>
<li>Keep walk-in donors to no more than 20 percent of the total so queues stay short.</li>
<li>Do not offer cash or gift cards as rewards; small tokens such as a sticker or a coffee voucher are fine.</li>
</ul>

<h2>6. Contact us</h2>
<p>Donor Partnerships Team, Lakeside Regional Blood Service, 40 Harrow Lane, Lakeside. Phone 0800 555 0142 (Monday to Friday, 8:30 to 17:00). Email hostadrive@lakesideblood.example.org.</p>
</main>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. zh-hant MD
MD_HANT = """# 臺南市紅十字會志工教育訓練辦法

中華民國一一四年三月十日第七屆第五次理監事聯席會議通過

## 第一章　總則

**第一條**　臺南市紅十字會（以下簡稱本會）為提升志工服務品質，落實紅十字運動「人道、公正、中立、獨立、志願服務、統一、普遍」七大基本原則，依據志願服務法及本會志工管理要點，訂定本辦法。

**第二條**　本辦法適用對象為年滿十八歲、經本會審核通過之志工。十六歲以上未滿十八歲者，應檢附法定代理人同意書，始得參加訓練。

**第三條**　本會志工訓練分為下列四類：

1. 基礎訓練
2. 特殊訓練
3. 專業訓練
4. 在職訓練

## 第二章　課程與時數

**第四條**　新進志工應於加入後六個月內完成基礎訓練及特殊訓練，合計十二小時，完成後由本會核發志願服務紀錄冊。

**第五條**　專業訓練依志工所屬服務隊別辦理，課程名稱、時數及收費標準如下表：

| 課程名稱 | 時數 | 費用 | 參加對象 |
| --- | --- | --- | --- |
| 基礎訓練 | 6小時 | 免費 | 新進志工 |
| 特殊訓練 | 6小時 | 免費 | 新進志工 |
| 紅十字急救員訓練 | 16小時 | 新臺幣600元 | 全體志工 |
| 初級救護技術員（EMT-1） | 40小時 | 新臺幣3,200元 | 救護隊志工 |
| 災害救援基礎訓練 | 24小時 | 新臺幣1,000元 | 救援隊志工 |
| 水上救生員訓練 | 36小時 | 新臺幣4,500元 | 水上救援隊志工 |
| 心理急救（PFA）工作坊 | 8小時 | 新臺幣300元 | 關懷組志工 |

**第六條**　志工參加在職訓練每年不得少於八小時，未達時數者，次年度暫停排班至補足時數為止。

**第六條之一**　在職訓練內容包括紅十字運動基本知識、志願服務倫理、個人資料保護、服務對象溝通技巧及年度防災演練，由各服務隊隊長依隊務需要排定課程，並於每年一月底前將年度訓練計畫送志工服務組核備。

## 第三章　出席與測驗

**第七條**　各項訓練應親自出席，缺課時數超過總時數五分之一者，不得參加結訓測驗。

**第八條**　結訓測驗分學科及術科：

- 學科測驗以七十分為及格；
- 術科測驗採及格、不及格評定；
- 測驗不及格者得於三個月內補考一次，補考費新臺幣200元。

**第九條**　紅十字急救員證書有效期限為三年，期滿前應參加複訓八小時，始得換發新證。

## 第四章　補助與獎勵

**第十條**　志工於取得專業訓練證書後一年內，累計服務滿二百小時者，得檢據申請退還該項訓練費百分之五十。

**第十一條**　年度訓練出席全勤且服務績效優良之志工，由本會於十二月五日國際志工日公開表揚，每年以十五名為限。

**第十二條**　志工參加訓練期間，由本會投保團體意外險，每人保額新臺幣三百萬元。

## 第五章　附則

**第十二條之一**　志工有下列情形之一者，本會得停止其參加訓練之資格：

1. 訓練期間無故缺席累計達二次者；
2. 冒用他人名義報名或代替他人測驗者；
3. 於訓練場所有騷擾、歧視或其他違反志工倫理守則之行為者；
4. 積欠訓練費用逾三個月未繳納者。

前項被停止資格者，自停止之日起一年內不得重新報名本會任何訓練課程。

**第十二條之二**　本會每年六月及十二月辦理訓練成效檢討，由志工服務組彙整學員滿意度問卷、測驗通過率及服務出勤紀錄，提報理監事會作為次年度課程調整之依據。講師以具備衛生福利部認可資格或本會師資培訓合格者為原則。

**第十二條之三**　完成專業訓練之志工，應優先投入本會辦理之大型活動救護、捐血活動協助及災害應變等勤務；各服務隊每年應至少辦理聯合演練一次，並邀請轄區消防局及衛生局派員指導。

**第十三條**　本辦法所需經費，由本會年度預算及專案募款支應。

**第十四條**　本辦法經理監事聯席會議通過後施行，修正時亦同。

聯絡窗口：本會志工服務組　電話（06）221-4870　地址：臺南市中西區民生路二段18號
"""

# ---------------------------------------------------------------- 5. English TXT minutes
TXT_MIN = """MILLBROOK COUNTY DISASTER RESPONSE COMMITTEE
Minutes of the Regular Meeting
Date: Tuesday, 18 November 2025
Time: 14:00 - 16:20
Place: Emergency Operations Centre, Room 2, 410 Ridge Street, Millbrook

ATTENDEES
- Karen Whitlock, Chair (County Emergency Management Director)
- Luis Ortega, Vice-Chair (Fire Chief, Millbrook Fire District)
- Dr. Naomi Fischer, County Public Health Officer
- Tom Halvorsen, County Sheriff
- Grace Liu, Director of Public Works
- Brian Adeyemi, Red Cross Chapter Disaster Program Manager
- Rev. Michael Danvers, Faith Community Representative
ABSENT: Commissioner Dale Price (excused)
ALSO PRESENT: Ellen Marsh, Recording Secretary; two members of the public

1. CALL TO ORDER
The Chair called the meeting to order at 14:00 and confirmed a quorum, with 7 of 8 voting members present.

2. APPROVAL OF MINUTES
Motion 25-31: To approve the minutes of the meeting of 16 September 2025 as circulated.
Moved by Grace Liu, seconded by Luis Ortega.
Vote: 7 in favour, 0 against, 0 abstentions. CARRIED.

3. AFTER-ACTION REVIEW: CEDAR CREEK FLOOD (11-14 October 2025)
Karen Whitlock presented the after-action report. Key points:
- The creek crested at 6.8 metres at the Mill Road gauge on 12 October, the highest level since 1996.
- 212 homes were damaged and 46 were destroyed, mostly in the Lower Fenwick and Cedar Flats neighbourhoods.
- 1,130 residents were ordered to evacuate; the evacuation order was lifted on 14 October at 18:00.
- Three emergency shelters were opened. The largest, at Millbrook High School gymnasium, housed 318 people at its peak on the night of 12 October.
- The Red Cross chapter served about 1,150 meals per day during the four days of shelter operations.
Brian Adeyemi reported that 64 Red Cross volunteers worked in the shelters and that the chapter opened 175 casework files for displaced families. He noted that the shelter at Eastside Community Hall lost power for nine hours because it had no backup generator.
Dr. Fischer reported that two shelter residents needed hospital care for carbon monoxide exposure after using a portable heater indoors, and recommended a public safety message before winter.

4. NEW BUSINESS
4.1 Backup generators
Motion 25-32: To purchase two 60 kW mobile generators for designated shelters at a total cost not exceeding $84,500, funded from the county emergency reserve.
Moved by Luis Ortega, seconded by Brian Adeyemi.
Discussion: Sheriff Halvorsen said he supported generators but preferred waiting for the state grant round in spring.
Vote: 6 in favour, 1 against (Halvorsen), 0 abstentions. CARRIED.

4.2 Shelter agreement with the Red Cross
Motion 25-33: To authorise the Chair to sign a memorandum of understanding with the Red Cross chapter for shelter operations in county buildings for a term of three years.
Moved by Rev. Danvers, seconded by Grace Liu.
Brian Adeyemi declared an interest and did not vote.
Vote: 6 in favour, 0 against, 1 abstention (Adeyemi). CARRIED.

4.3 Outdoor warning sirens
Motion 25-34: To defer the replacement of the eleven outdoor warning sirens ($212,000) to the 2027 budget.
Moved by Tom Halvorsen, seconded by Dr. Fischer.
Discussion: Grace Liu pointed out that four sirens in Cedar Flats failed during the flood.
Vote: 3 in favour, 4 against. FAILED.
The Chair asked Public Works to bring a phased replacement plan to the next meeting.

4.4 Volunteer reception centre
The committee agreed by consensus that the Millbrook Public Library will serve as the spontaneous volunteer reception centre in future large-scale incidents.

5. ACTION ITEMS
- Grace Liu: phased siren replacement plan with costs - due 20 January 2026
- Karen Whitlock: sign Red Cross shelter MOU - due 5 December 2025
- Luis Ortega: obtain three quotes for the two generators - due 15 December 2025
- Dr. Naomi Fischer: carbon monoxide winter safety campaign - due 1 December 2025
- Brian Adeyemi: update the shelter volunteer roster and training records - due 31 January 2026
- Rev. Michael Danvers: list of faith buildings available as warming centres - due 9 January 2026
- Ellen Marsh: circulate the final after-action report to all members - due 28 November 2025

6. PUBLIC COMMENT
A Lower Fenwick resident asked about buyouts for repeatedly flooded homes. The Chair said the question would be referred to the county's hazard mitigation planner.

7. NEXT MEETING
Tuesday, 20 January 2026, 14:00, Emergency Operations Centre, Room 2.

8. ADJOURNMENT
The meeting was adjourned at 16:20.

Minutes recorded by Ellen Marsh, Recording Secretary.
Approved: ____________________ Karen Whitlock, Chair
"""

# ---------------------------------------------------------------- 6. zh MD roster
MD_ROSTER = """# 杭州市西湖区红十字应急救援队伍2026年度名册公告

西红〔2026〕3号

各镇（街道）红十字会、各救援队：

根据《浙江省红十字救援队管理办法》和区红十字会第五次会员代表大会部署，现将2026年度西湖区红十字应急救援队伍名册予以公告。截至2026年1月10日，全区共有红十字应急救援队伍8支，在册队员436名，其中党员队员152名，8支队伍全部建立党支部。另据省红十字会最新统计，全省红十字救援队已达142支。

## 一、队伍名册

| 序号 | 队伍名称 | 队长 | 在册队员 | 成立年份 | 专业方向 |
| --- | --- | --- | --- | --- | --- |
| 1 | 西湖区红十字水上救援队 | 楼建伟 | 86人 | 2012年 | 水域救援 |
| 2 | 西湖区红十字山地搜救队 | 蒋卫东 | 64人 | 2014年 | 山地搜救 |
| 3 | 西湖区红十字应急救护队 | 潘晓燕 | 72人 | 2010年 | 赛事医疗保障 |
| 4 | 西湖区“救在身边”先锋队 | 章立群 | 95人 | 2019年 | AED响应 |
| 5 | 转塘街道红十字救援队 | 邵国平 | 31人 | 2016年 | 综合救援 |
| 6 | 三墩镇红十字救援队 | 吴海峰 | 28人 | 2017年 | 防汛抗台 |
| 7 | 西湖区红十字无线电通讯队 | 冯志远 | 22人 | 2015年 | 应急通讯 |
| 8 | 西湖区红十字心理救援队 | 严丽华 | 38人 | 2021年 | 心理援助 |

## 二、2025年度工作回顾

2025年，全区红十字救援队伍共出动246次、1,820人次，参与西湖景区山地搜救31起、水域救援19起，完成杭州马拉松等大型赛事医疗保障42场。“救在身边”先锋队全年响应呼救信息378次，成功参与救治心脏骤停患者9例。区红十字水上救援队被评为“杭州市优秀志愿服务组织”。

各队伍2025年度主要任务如下：

- 水上救援队：全年开展西湖、西溪湿地水域巡查112次，参与水域救援19起，救起落水群众7人，配备冲锋舟6艘、无人机4架；
- 山地搜救队：参与北高峰、龙井山、九溪一带山地搜救31起，搜寻走失驴友43人，全部安全找回；
- 应急救护队：完成杭州马拉松、西湖音乐节等大型活动医疗保障42场，现场处置伤病员1,260人次；
- “救在身边”先锋队：在景区、地铁站和商业综合体布设“黄金4分钟”响应点56个，队员均持有红十字救护员证；
- 无线电通讯队：参加“浙江省防汛防台应急演练”等通讯保障任务14次，建成区级应急通讯中继站3座；
- 心理救援队：为受灾群众、救援队员及家属提供心理疏导服务580人次，开设心理急救公益课程12期。

## 三、值班与驻训安排

汛期（每年5月1日至10月15日）实行24小时值班制度，水上救援队、山地搜救队和无线电通讯队每日各安排不少于4名队员在岗备勤。非汛期实行周末轮值制度，由各队队长负责排班，并于每月25日前将下月值班表报区红十字会应急救援部备案。区红十字会在转塘街道设立应急救援训练基地，面积约1,800平方米，配有攀岩墙、救援水池和急救技能实训室，各队伍可提前3个工作日预约使用。

## 四、队伍管理规定

1. 队员年龄一般为18至60周岁，特殊专业岗位经区红十字会批准可放宽至65周岁。
2. 队员每年参加训练不少于40学时，其中实战演练不少于2次。
3. 队伍出动前须向区红十字会应急救援部报备，跨区出动须经区红十字会分管领导批准。
4. 连续12个月未参加任何训练和任务的队员，予以除名。
5. 救援队不得以红十字名义开展任何形式的商业经营活动。
6. 队员在执行任务时须统一着装，佩戴红十字救援队标识。

## 四之一、装备配置

区财政和社会捐赠共同保障救援队伍装备更新。2025年新增配置救援头盔、救生衣、水域救援绳包等个人防护装备320套，为山地搜救队更新北斗定位终端20台。各队伍装备由专人登记保管，每季度检查一次，报废装备须报区红十字会核销。

## 五、2026年重点工作

- 新组建西溪湿地水域救援分队，计划招募队员30名；
- 完成全部8支队伍党支部标准化建设验收；
- 开展“一核两翼”赋能培训4期，每期50人。

## 六、联系方式

西湖区红十字会应急救援部　联系人：朱俊　电话：0571-87962130

杭州市西湖区红十字会
2026年1月15日
"""


def main():
    make_pdf()
    make_docx()
    write_texts(OUT, [
        ("blood_drive_host_guide.html", HTML),
        ("tainan_volunteer_training.md", MD_HANT),
        ("millbrook_drc_minutes.txt", TXT_MIN),
        ("xihu_rescue_teams_2026.md", MD_ROSTER),
    ])


if __name__ == "__main__":
    main()
