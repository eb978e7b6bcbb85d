"""Write the six documents of blind set 33 (Shanghai pdf + txt, Thunder Bay html + md, Haidian docx minutes, Nantou zh-hant pdf).
Run: .venv/bin/python bench/library/make_docs33.py
"""

import os

import docx
from doc_build import write_texts
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs33")

# ---------------------------------------------------------------- 1. Shanghai 2024 annual work report (pdf)
SH_SHORT = "上海市红十字会2024年工作报告"
SH_COVER = [
    ("title", "上海市红十字会2024年工作报告"),
    ("sub", "（2025年1月23日在上海市红十字会第七届理事会第四次会议上）"),
    ("sub", "上海市红十字会党组书记、常务副会长　钱慧敏"),
    ("sub", "上海市红十字会办公室印发　2025年1月24日"),
]
SH_TOC = [
    ("一、党建引领", "2"),
    ("二、应急救护与救援队伍建设", "2"),
    ("三、“三献”工作", "3"),
    ("四、人道救助与募捐", "3"),
    ("五、博爱家园与基层组织建设", "3"),
    ("六、2025年工作安排", "4"),
]
SH_BODY1 = [
    ("p", "2024年，上海市红十字会在市委、市政府坚强领导和中国红十字会总会指导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，聚焦“三救”“三献”主责主业，推动红十字事业高质量发展。现将全年工作报告如下。"),
    ("h1", "一、党建引领"),
    ("h2", "（一）政治建设"),
    ("p", "市红十字会党组认真落实“第一议题”制度，全年召开党组会议24次、党组理论学习中心组集体学习12次。扎实开展党纪学习教育，组织党员干部赴中共一大纪念馆、龙华烈士陵园开展现场教学6次。全市16个区红十字会全部建立党组。"),
    ("h2", "（二）基层党建"),
    ("p", "持续打造“博爱申城”党建品牌，全年命名“博爱申城”示范党支部10个，累计达到34个。机关党委与黄浦区、虹口区等9个街道党工委开展结对共建，联合开展主题党日47场次。全市红十字救援队全部建立党支部或联合党支部，党员队员1038名，占队员总数的29.4%。"),
    ("h1", "二、应急救护与救援队伍建设"),
    ("h2", "（一）救援队伍"),
    ("p", "全市红十字救援队增至46支，全年出动512次、出勤队员6240人次，服务保障上海马拉松、第七届中国国际进口博览会等大型活动78场。7月台风“格美”影响期间，组织水上救援队9支、冲锋舟17艘在浦东新区、崇明区备勤5天。浦东新区红十字水上救援队队长陆建明获评“上海市优秀共产党员”。"),
    ("h2", "（二）应急救护培训"),
    ("p", "全年开展应急救护普及培训84.5万人次，培训持证救护员11.74万人次，同比分别增长8.6%和7.1%。面向轨道交通、出租汽车和快递外卖从业人员开展专项培训2.08万人次。全市新增配置AED 2030台，累计达到9870台。各区培训情况见下表。"),
]
SH_TABLE = [
    ["区", "普及培训（万人次）", "持证救护员（人次）", "新增AED（台）"],
    ["浦东新区", "14.2", "20350", "380"], ["黄浦区", "4.1", "5820", "96"], ["徐汇区", "5.6", "7940", "132"],
    ["长宁区", "3.8", "5210", "85"], ["静安区", "4.9", "6730", "118"], ["普陀区", "4.3", "5960", "104"],
    ["虹口区", "3.5", "4870", "79"], ["杨浦区", "5.2", "7150", "121"], ["闵行区", "8.7", "11840", "186"],
    ["宝山区", "6.1", "8320", "142"], ["嘉定区", "5.4", "7360", "127"], ["金山区", "3.2", "4460", "93"],
    ["松江区", "5.9", "8070", "139"], ["青浦区", "3.6", "4980", "88"], ["奉贤区", "3.4", "4720", "82"],
    ["崇明区", "2.6", "3610", "58"], ["合计", "84.5", "117390", "2030"],
]
SH_BODY2 = [
    ("h1", "三、“三献”工作"),
    ("h2", "（一）造血干细胞捐献"),
    ("p", "全年新增造血干细胞捐献志愿者入库1.12万人份，实现造血干细胞捐献73例，全市累计捐献达到1046例。复旦大学、同济大学在校学生全年捐献5例。"),
    ("h2", "（二）遗体和人体器官捐献"),
    ("p", "全年新增遗体（器官）捐献志愿登记2.47万人，实现遗体捐献158例、人体器官捐献62例，捐献器官惠及患者190余名。清明节期间在福寿园“生命礼赞”纪念区举办缅怀纪念活动，参加人数1500余人。"),
    ("h2", "（三）无偿献血"),
    ("p", "配合市血液管理部门开展无偿献血宣传动员，动员活动覆盖高校31所、企事业单位216家。"),
]
SH_BODY3 = [
    ("h1", "四、人道救助与募捐"),
    ("p", "1. 募捐情况。全年接收社会捐赠款物3.26亿元，其中捐款2.41亿元、捐赠物资折价8500万元，同比增长5.2%；全年支出捐赠款物2.98亿元。"),
    ("p", "2. 人道救助。实施“博爱送万家”活动，慰问困难群众3.6万户，发放慰问款物2140万元；“红十字博爱助学”项目资助困难学生1120名；大病救助项目救助患者640人。"),
    ("h1", "五、博爱家园与基层组织建设"),
    ("p", "1. 博爱家园。全年新建博爱家园30个，累计达到185个，主要分布在崇明区、金山区、奉贤区等涉农区；建成红十字服务站1260个。"),
    ("p", "2. 组织与志愿服务。全市发展成人会员42.8万名、青少年会员61.5万名，注册红十字志愿者8.93万名，志愿服务时长累计156万小时。"),
    ("p", "3. 红十字青少年工作。在全市中小学新建红十字青少年工作示范校18所，累计达到112所；举办第二届上海市红十字青少年应急救护技能展示活动，来自16个区的48支队伍参加，上海市市西中学代表队获得一等奖。"),
    ("p", "4. 信息公开与监督。全年在上海市红十字会官网公开捐赠款物接收和使用信息12期，接受第三方审计2次，捐赠人满意度调查满意率为97.6%。"),
    ("h1", "六、2025年工作安排"),
    ("p", "2025年重点做好三项工作：一是完成应急救护普及培训90万人次；二是新建博爱家园25个；三是推动上海市红十字应急救护培训中心（嘉定基地）投入使用。"),
    ("p", "同时，继续深化长三角红十字会区域合作，与江浙皖三省红十字会联合举办应急救护师资培训班2期；推进“人道申城”数字化平台二期建设，实现捐赠查询、救护培训报名和遗体器官捐献登记“一网通办”。"),
    ("p", "附件：2024年主要数据"),
]
SH_PANEL = [
    ["2024年主要数据", "", "", ""],
    ["应急救护普及培训", "84.5万人次", "持证救护员", "11.74万人次"],
    ["红十字救援队", "46支", "新增AED", "2030台"],
    ["造血干细胞捐献", "73例", "遗体捐献", "158例"],
    ["接收捐赠款物", "3.26亿元", "新建博爱家园", "30个"],
    ["注册志愿者", "8.93万名", "成人会员", "42.8万名"],
]

# ---------------------------------------------------------------- 2. Shanghai 2025 first-half update (txt)
SH_TXT = """上海红十字 | 2025年上半年工作亮点速览📌
原创　上海市红十字会　2025年7月8日 09:12　上海

半年来，全市红十字系统围绕“三救”“三献”主责主业，各项工作稳步推进。一起来看看上半年的“成绩单”吧👇

上半年，市红十字会党组召开党组会议11次，深化“博爱申城”党建品牌提升行动，新命名示范党支部4个（累计38个）；6月28日，机关党委与临港新片区管委会机关党委开展“七一”联学共建活动，共同为临港新片区红十字救援队授旗。

【一、救护培训：前移“黄金4分钟”】
①应急救护普及培训：41.2万人次
②持证救护员培训：5.87万人次
③新增配置AED：960台（全市累计达到10830台）
④“救在身边”志愿者响应呼救：1276次，成功参与救治心脏骤停患者19例
小编注：2024年全年普及培训为84.8万人次，累计配置AED 9780台（数据来源：年度统计快报）。

上半年还开展了“救护进地铁”专项行动，为地铁1号线、2号线、9号线的站务人员开展培训6800人次，全市地铁站AED覆盖率达到100%。今年起，浦东新区、闵行区试点“AED地图”小程序，市民打开“随申办”即可查看最近的AED位置。

【二、救援队伍：关键时刻冲得上】
①全市红十字救援队：48支（较2024年底新增2支，新成立的是临港新片区红十字救援队和长宁区红十字山地救援队）
②上半年出动：236次
③出勤队员：2915人次
④保障大型活动：F1中国大奖赛、上海半程马拉松等34场
⑤6月梅雨期间，水上救援队在青浦区淀山湖水域开展联合演练，参演队员210人

【三、“三献”工作：传递生命的礼物】
①造血干细胞捐献：39例（其中“00后”捐献者11人）
②遗体（器官）捐献志愿登记：新增1.31万人
③遗体捐献：81例
④人体器官捐献：33例
5月8日世界红十字日，“人道申城 博爱同行”主题活动在静安区大宁公园举行，现场开展救护体验、造血干细胞血样采集等活动，入库志愿者327人份。

另外，截至6月底全市造血干细胞捐献累计达到1085例；人体器官捐献惠及患者约100名。清明期间，“云祭扫”平台访问量达到48万人次。

【四、募捐与救助：温暖送到家门口】
接收社会捐赠款物：1.42亿元
“博爱送万家”慰问困难群众：1.9万户
大病救助：救助患者318人
“红十字博爱助学”：资助困难学生560名
善款使用：上半年支出捐赠款物1.27亿元，支出明细已在官网公示
温馨提示：2024年全年接收社会捐赠款物3.28亿元，上半年完成额约为上年全年的43%。

【五、博爱家园：家门口的红十字】
新建博爱家园：11个（累计196个）
新建红十字服务站：58个
嘉定基地建设进度：主体结构已于6月20日封顶，计划2025年12月投入使用

【六、青少年和志愿服务】
注册红十字志愿者：9.46万名（较年初增加5300名）
新建红十字青少年工作示范校：7所
暑期“小小救护员”夏令营：7月14日至8月22日，面向8至14岁中小学生，共开设24期

【七、下半年怎么干】
①全年普及培训目标：90万人次
②再建博爱家园：14个
③举办第三届上海市红十字应急救护技能竞赛（9月，松江区）

下半年，市红十字会还将配合中国红十字会总会开展长三角区域红十字工作专项调研，并启动《上海市红十字事业发展“十五五”规划》编制工作，力争年底前形成征求意见稿。

想报名救护员培训的小伙伴，可拨打咨询电话021-63271580（工作日9:00–17:00），年满16至65周岁均可报名哦～❤️

来源：上海市红十字会办公室
编辑：沈佳怡　审核：顾振华
"""

# ---------------------------------------------------------------- 3. Thunder Bay annual review (html)
TB_HTML = """<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Annual Review 2024 | St. John Ambulance Thunder Bay &amp; Northwestern Ontario Branch</title>
</head>
<body>
<div class="cookie-banner">We use cookies to understand how visitors use this site and to improve your experience. By selecting "Accept all" you agree to our use of analytics cookies. You can change your preferences at any time under Cookie Settings. <button>Accept all</button> <button>Reject non-essential</button></div>
<header>
<div class="brand">St. John Ambulance | Thunder Bay &amp; Northwestern Ontario Branch</div>
<nav>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/courses">First Aid Courses</a></li>
<li><a href="/volunteer">Volunteer</a></li>
<li><a href="/therapy-dogs">Therapy Dogs</a></li>
<li><a href="/donate">Donate</a></li>
<li><a href="/about/annual-review">Annual Review</a></li>
</ul>
</nav>
</header>
<main>
<article>
<h1>Annual Review 2024: A Year of Showing Up</h1>
<p class="byline">Published 12 March 2025 by the Branch Communications Team</p>
<p>In 2024 our branch served communities from Thunder Bay to Kenora, Dryden, Marathon and Sioux Lookout, an area of roughly 526,000 square kilometres. This review reports on the calendar year 1 January to 31 December 2024 and was approved by the Branch Council on 27 February 2025.</p>

<h2>Message from the Chair</h2>
<p>When I joined the Branch Council eleven years ago we had fewer than 150 volunteers. This year 286 registered volunteers gave their time, and for the first time our Medical First Responders covered more than 170 community events. I want to thank every volunteer, instructor and donor who made that possible. - Gordon Ketchum, Chair of the Branch Council</p>

<h2>Community Services</h2>
<h3>Medical First Responders</h3>
<p>Our Medical First Responder (MFR) teams provided first aid coverage at 173 events in 2024, contributing 14,620 volunteer hours and treating 1,184 patients on site. Of those patients, 61 were transferred to hospital by paramedics. The largest single deployment was the Thunder Bay Waterfront Summer Festival (5 to 7 July), where 42 responders worked in rotating shifts from 10:00 to 23:00.</p>
<p>In February, a two-person team on snowmobile patrol at the Sleeping Giant Loppet cross-country ski race reached a skier with suspected hypothermia within nine minutes of the call.</p>
<h3>Therapy Dog Program</h3>
<p>Our Therapy Dog Program grew to 38 volunteer teams (a handler and their dog), up from 31 in 2023. Teams completed 1,940 visits to long-term care homes, the regional hospital, Lakehead University during exam weeks, and the public library's "Paws to Read" sessions for children aged 6 to 11.</p>
<h3>Youth Program</h3>
<p>The Brigade youth program met weekly at the Fort William Community Centre. Forty-four youth members aged 12 to 17 took part, and nine of them were certified as Junior First Aiders.</p>

<h2>Training</h2>
<p>Our training department delivered 412 first aid and CPR courses to 5,318 participants, 7.4% more than in 2023. Workplace courses made up 63% of all participants. We introduced a Wilderness First Aid course (20 hours over two weekends) for mining and forestry crews, and 11 cohorts completed it. A community CPR blitz on 14 February trained 380 residents in hands-only CPR in a single day.</p>

<h2>Finances</h2>
<p>Total revenue for 2024 was CAD 2.84 million, of which training fees made up the largest share. Every dollar donated stays in Northwestern Ontario. The table below summarises revenue and expenses by program.</p>
<table>
<caption>Revenue and expenses by program, 2024</caption>
<thead>
<tr><th>Program</th><th>Revenue (CAD thousands)</th><th>Expenses (CAD thousands)</th><th>Volunteer hours (h)</th></tr>
</thead>
<tbody>
<tr><td>First aid training</td><td>1,926</td><td>1,512</td><td>2,310</td></tr>
<tr><td>Medical First Responders</td><td>348</td><td>421</td><td>14,620</td></tr>
<tr><td>Therapy Dog Program</td><td>97</td><td>134</td><td>3,880</td></tr>
<tr><td>Youth Program</td><td>41</td><td>63</td><td>1,150</td></tr>
<tr><td>Donations and fundraising</td><td>428</td><td>196</td><td>940</td></tr>
</tbody>
<tfoot>
<tr><td>Total</td><td>2,840</td><td>2,326</td><td>22,900</td></tr>
</tfoot>
</table>
<p>The surplus of CAD 514,000 will be used towards the replacement of our 2011 response vehicle and a new training room at the branch office.</p>

<h3>Community Partnerships</h3>
<p>We worked with the Fort William First Nation, the City of Thunder Bay Emergency Management office and Confederation College on a shared winter-readiness campaign. Volunteers handed out 2,600 winter safety kits at bus shelters, food banks and community centres between November and December, and the college's paramedic students joined our MFR teams for supervised placements at 19 events.</p>
<h2>Recognition</h2>
<p>Three volunteers received the Priory Vote of Thanks this year, and long-serving MFR Division Superintendent Darlene Fiddler was admitted as a Serving Sister of the Order of St John after 22 years of service.</p>

<h2>Looking ahead to 2025</h2>
<p>Our goals for 2025 are to reach 320 registered volunteers, to open a satellite training site in Kenora by September, and to place 25 new public-access AEDs in rural communities along Highway 17 with support from the Northern Ontario Heritage Fund.</p>
</article>

<aside>
<h2>At a glance</h2>
<ul>
<li>Registered volunteers: 286</li>
<li>Events covered by MFR teams: 173</li>
<li>Total volunteer hours: 22,900</li>
<li>Course participants trained: 5,318</li>
<li>Therapy dog visits: 1,940</li>
<li>Total revenue: CAD 2.84 million</li>
</ul>
</aside>

<section class="contacts">
<h2>Contact the branch</h2>
<dl>
<dt>Branch Manager</dt><dd>Lorraine Beardy - lbeardy@sja-tbay.example.ca</dd>
<dt>Volunteer Coordinator</dt><dd>Marc Lessard - (807) 555-0142</dd>
<dt>Training Bookings</dt><dd>training@sja-tbay.example.ca - (807) 555-0177, Monday to Friday 8:30–16:30</dd>
<dt>Branch Office</dt><dd>408 Red River Road, Thunder Bay, ON P7B 1E4</dd>
</dl>
</section>
</main>
<footer>
<p>St. John Ambulance Thunder Bay &amp; Northwestern Ontario Branch is part of St. John Ambulance Canada. Registered charity number 10821 4467 RR0001.</p>
<p>Privacy Policy | Accessibility | Cookie Settings | &copy; 2025</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. Thunder Bay volunteer handbook (md)
TB_MD = """Volunteer Handbook
==================

St. John Ambulance - Thunder Bay & Northwestern Ontario Branch

Edition 4, approved by the Branch Council on 9 October 2024. This handbook applies to every registered volunteer of the branch, including Medical First Responders (MFR), Therapy Dog handlers, instructors and youth members.

1. Joining the branch
---------------------

1.1 Applicants complete the online application and attend an in-person interview with the Volunteer Coordinator at the branch office, 408 Red River Road.

1.2 All adult volunteers must provide a Vulnerable Sector Check (VSC) from the Thunder Bay Police Service or the OPP before their first shift. The check must be renewed every 3 years.

1.3 The branch reimburses the VSC fee (currently CAD 25) once the volunteer has completed 20 hours of service.

1.4 A new volunteer is on probation for the first 6 months or 30 hours of service, whichever comes later.

2. Roles and requirements
-------------------------

2.1 The table below sets the minimum age, initial training and yearly commitment for each role.

| Role | Minimum age (years) | Initial training (hours) | Yearly commitment (hours) |
|:-----|:-------------------:|------------------------:|--------------------------:|
| Medical First Responder | 18 | 80 | 60 |
| MFR Cadet (supervised) | 16 | 40 | 40 |
| Therapy Dog handler | 18 | 6 | 24 |
| Community first aid instructor | 19 | 36 | 30 |
| Youth member (Brigade) | 12 | 16 | 20 |
| Events and office support | 16 | 4 | 12 |

2.2 Therapy dogs must be at least 1 year old, have lived with the handler for at least 6 months, and pass the branch temperament evaluation. Evaluations are held in March, June and October.

2.3 MFR volunteers must hold a current Medical First Responder certificate and recertify every 3 years; CPR Level C/HCP skills are refreshed every year.

3. Shifts and duty
------------------

3.1 Duty shifts are booked through the branch scheduling app at least 72 hours in advance. A shift normally lasts no longer than 8 hours; shifts at overnight events are capped at 12 hours including breaks.

3.2 Volunteers who cannot attend a booked shift must notify the Duty Officer at least 24 hours before the shift begins.

3.3 At events outside the city of Thunder Bay, at least one team member must hold a valid Class G driver's licence and be approved to drive the branch response vehicle.

> Note: from 1 January 2025 all MFR shifts of more than 4 hours must include at least two responders. Solo duty is no longer permitted for any event, however small.

4. Expenses and uniform
-----------------------

4.1 Mileage for approved travel in a private vehicle is reimbursed at CAD 0.58 per kilometre, claimed within 60 days of the trip.

4.2 A uniform is issued against a refundable deposit of CAD 40, returned when the complete uniform is handed back.

4.3 Meals are reimbursed up to CAD 18 per shift of 6 hours or more.

5. Conduct and safety
---------------------

5.1 Volunteers follow the St. John Ambulance Code of Conduct and must not accept gifts worth more than CAD 30 from patients or families.

5.2 Any injury or near miss during duty is reported to the Duty Officer within 24 hours using the incident form.

5.3 Personal protective equipment (gloves, masks and eye protection) is provided in every first aid kit; volunteers must wear high-visibility vests at all outdoor events after dark.

5.4 Volunteers who are inactive for 12 months are moved to the inactive list and must complete a refresher session before returning.

6. Recognition
--------------

6.1 Every volunteer is invited to the annual Volunteer Appreciation Dinner, held each April at the Da Vinci Centre in Thunder Bay. Family members are welcome at no charge.

6.2 Service hours are recorded in the scheduling app and reviewed every quarter.

6.3 Volunteers who reach 500 service hours receive a branch certificate; the Service Medal of the Order of St John may be awarded after 12 years of efficient service.

Terms used in this handbook
---------------------------

**Duty Officer** — the senior volunteer on call who coordinates all shifts on a given day; reachable on the branch duty line (807) 555-0190.

**VSC** — Vulnerable Sector Check, a police record check required for work with children and vulnerable adults.

**Efficient service** — a year in which the volunteer completes at least the yearly commitment hours for their role.

**Brigade** — the youth program for members aged 12 to 17.

Questions about this handbook go to the Volunteer Coordinator, Marc Lessard.

Last reviewed: 9 October 2024 | Next review due: October 2026
"""

# ---------------------------------------------------------------- 5. Haidian district meeting minutes (docx)
HD_TITLE = "北京市海淀区红十字会2025年第三次会长办公会会议纪要"
HD_NO = "海红纪〔2025〕3号"
HD_INFO = [
    ("时间", "2025年6月17日（星期二）14:30—16:45"),
    ("地点", "海淀区红十字会三楼第一会议室（海淀区长春桥路11号）"),
    ("主持人", "区红十字会常务副会长　韩立群"),
    ("参会人员", "区红十字会副会长刘振宇、秘书长苏晓燕，办公室、赈济救护部、组织宣传部、筹资与财务部负责人"),
    ("记录人", "办公室　孟雅婷"),
]
HD_BODY = [
    ("p", "6月17日下午，海淀区红十字会召开2025年第三次会长办公会，传达学习市红十字会年中工作推进会精神，研究部署下半年重点工作。现将会议议定事项纪要如下。"),
    ("h", "一、关于2025年上半年工作情况"),
    ("p", "会议听取了秘书长苏晓燕关于上半年工作情况的汇报。上半年，全区开展应急救护普及培训3.62万人次，培训持证救护员4870人次，完成全年目标的52%；新增配置AED 146台，全区累计达到1138台；接收社会捐赠款物1260万元；新增造血干细胞捐献志愿者入库1093人份，实现捐献6例。"),
    ("p", "会议决定：原则同意上半年工作总结，由办公室根据会议意见修改完善后于6月25日前报区委社会工作部和市红十字会。"),
    ("h", "二、关于“应急救护进校园”三年行动方案（2025—2027年）"),
    ("p", "会议研究了赈济救护部起草的《海淀区“应急救护进校园”三年行动方案（2025—2027年）》。方案提出，到2027年底全区中小学校实现AED配置全覆盖，每所学校至少培训持证救护员教职工10名，三年累计培训师生15万人次。"),
    ("p", "会议决定：方案经修改后提交区政府常务会议审议。首批在中关村第一小学、人大附中、北京一零一中学等20所学校开展试点，所需经费约380万元，由区财政和社会捐赠共同承担。"),
    ("h", "三、关于中关村红十字应急救援队建设"),
    ("p", "会议听取了关于组建中关村红十字应急救援队的情况汇报。救援队拟招募队员60名，下设城市搜救、水上救援和医疗救护3个分队，依托中关村科学城企业志愿者组建，队长由北京市优秀志愿者赵一鸣担任。"),
    ("p", "会议要求：组织宣传部做好队员招募和政治审查，8月31日前完成组队；救援队同步建立临时党支部，确保党的组织和工作全覆盖。"),
    ("h", "四、关于“博爱家园”项目"),
    ("p", "会议同意在上庄镇、苏家坨镇、温泉镇3个镇新建博爱家园5个，每个项目补助资金20万元，合计100万元，从2025年度区红十字会人道救助资金中列支。"),
    ("p", "会议要求：筹资与财务部会同各镇红十字会做好项目选址和需求评估，项目建成后纳入全区博爱家园统一管理，每年开展绩效评价1次。"),
    ("h", "五、关于2025年“博爱一日捐”活动"),
    ("p", "会议决定：2025年“博爱一日捐”活动于9月1日至10月31日开展，募捐目标为600万元，募集款物全部用于本区困难群众救助和博爱家园建设，捐赠信息在区红十字会网站和“海淀红十字”公众号公示。"),
    ("h", "六、其他事项"),
    ("p", "会议通报了第二届海淀区红十字救护技能大赛筹备情况。大赛拟于11月在海淀区体育中心举行，设成人组和青少年组，预计参赛队伍40支；同时通报了上半年区红十字会机关党支部开展主题党日活动4次、赴香山革命纪念馆开展现场教学1次的情况。"),
    ("p", "会议要求：各部门严格执行《红十字会法》和《慈善法》有关规定，规范募捐程序，募捐结束后30个工作日内完成公示。"),
]
HD_TASKS = [
    ["序号", "工作任务", "责任部门", "完成时限"],
    ["1", "修改完善上半年工作总结并报送", "办公室", "2025年6月25日"],
    ["2", "“应急救护进校园”方案提交区政府常务会议", "赈济救护部", "2025年7月15日"],
    ["3", "中关村红十字应急救援队完成组队", "组织宣传部", "2025年8月31日"],
    ["4", "3个镇博爱家园项目资金拨付", "筹资与财务部", "2025年9月30日"],
    ["5", "“博爱一日捐”活动方案制定及宣传", "组织宣传部、筹资与财务部", "2025年8月20日"],
    ["6", "第二届海淀区红十字救护技能大赛筹备", "赈济救护部", "2025年10月31日"],
]
HD_CLOSE = [
    "出席：韩立群、刘振宇、苏晓燕",
    "列席：办公室主任王珂、赈济救护部部长冯建新、组织宣传部部长李佳、筹资与财务部部长周敏",
    "请假：副会长郭立平（公出）",
    "分送：区红十字会各部门，区委社会工作部。",
    "海淀区红十字会办公室　　2025年6月19日印发",
]

# ---------------------------------------------------------------- 6. Nantou zh-hant statistics brief (pdf)
NT_TITLE = "南投縣紅十字會　民國113年志工服務暨捐血活動統計簡報"
NT_META = "發布單位：南投縣紅十字會志工服務隊　發布日期：民國114年1月15日"
NT_INTRO = [
    "本會於民國113年（1月1日至12月31日）協同台灣血液基金會台中捐血中心辦理捐血活動，並由本會志工服務隊擔任報到引導、點心發放及衛教宣導等工作。全年共辦理捐血活動128場，捐血人次5,990人次，募得血液10,360袋（每袋以250毫升計），較民國112年增加6.3%。",
    "全年本會登記志工共412人，其中新進志工57人；志工服務總時數17,939小時，平均每人約43.5小時。主要捐血據點為南投市南投家商、草屯鎮草屯國中、埔里鎮埔里基督教醫院及竹山鎮竹山紫南宮廣場。",
]
NT_TABLE = [
    ["月份", "捐血場次（場）", "捐血人次（人次）", "捐血袋數（袋）", "志工服務時數（小時）"],
    ["1月", "9", "412", "705", "1,236"], ["2月", "10", "455", "785", "1,388"], ["3月", "11", "498", "866", "1,502"],
    ["4月", "8", "371", "655", "1,095"], ["5月", "12", "536", "922", "1,620"], ["6月", "9", "402", "699", "1,199"],
    ["7月", "14", "688", "1,195", "2,045"], ["8月", "13", "641", "1,099", "1,930"], ["9月", "10", "463", "802", "1,377"],
    ["10月", "11", "517", "901", "1,540"], ["11月", "9", "428", "733", "1,263"], ["12月", "12", "579", "998", "1,744"],
    ["合計", "128", "5,990", "10,360", "17,939"],
]
NT_STATIONS = [
    ["捐血據點", "鄉鎮市", "場次（場）", "捐血人次（人次）"],
    ["南投家商", "南投市", "31", "1,486"],
    ["草屯國中", "草屯鎮", "27", "1,302"],
    ["埔里基督教醫院", "埔里鎮", "24", "1,118"],
    ["竹山紫南宮廣場", "竹山鎮", "22", "997"],
    ["日月潭向山遊客中心", "魚池鄉", "4", "236"],
    ["其他流動據點", "—", "20", "851"],
]
NT_AFTER = [
    "民國113年7月捐血人次最多，主要因暑假期間於日月潭向山遊客中心加開「夏日熱血挺南投」捐血活動4場；4月因連續假期場次最少。全年表揚服務滿1,000小時之資深志工18人，其中服務時數最高者為埔里分隊隊長林秀鳳（累計6,820小時）。",
    "志工教育訓練方面，全年辦理志工基礎訓練及特殊訓練共6梯次，結訓新進志工57人；另辦理捐血站服務專業訓練2場，參訓志工96人次。本會志工服務隊下設南投、草屯、埔里、竹山4個分隊，其中埔里分隊人數最多，計128人。",
    "捐血者結構方面，17至24歲佔18.2%，25至44歲佔46.5%，45至65歲佔35.3%；首次捐血者共862人次，佔全年捐血人次的14.4%。全年因血紅素不足等原因未能完成捐血者計431人次，志工均協助轉介衛教諮詢。民國113年捐血者血型以O型最多，佔44.1%，A型佔26.7%、B型佔22.9%、AB型佔6.3%。感謝南投縣政府衛生局、各鄉鎮市公所及南投縣警察局協助場地與交通疏導。",
    "民國114年目標：辦理捐血活動135場、募得血液11,000袋，並於集集鎮、水里鄉新增2個固定捐血據點。",
]
NT_NOTES = [
    "註：",
    "1. 捐血年齡為17至65歲；17歲捐血須經法定代理人同意，65歲以上至70歲須經醫師評估。",
    "2. 捐血袋數以250毫升為1袋計算，500毫升捐血計為2袋。",
    "3. 志工服務時數依衛生福利部志願服務資訊整合系統登錄資料統計，統計截止日為民國113年12月31日。",
    "4. 本簡報數據為初步統計，正式數據以本會民國113年年報為準。",
]
NT_CONTACT = "聯絡人：志工服務隊總幹事 張育銘　電話：(049) 222-3617　地址：南投縣南投市中興路668號　服務時間：週一至週五 8:00–17:00"


def toc_line(title, page, width=30):
    dots = "…" * max(4, width - len(title) - len(page))
    return f"{title} {dots} {page}"


def shanghai_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    base = ParagraphStyle("b", fontName=F, fontSize=11, leading=19, firstLineIndent=22, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=base, fontSize=24, leading=32, alignment=1, firstLineIndent=0,
                                spaceBefore=40, spaceAfter=16),
        "sub": ParagraphStyle("s", parent=base, fontSize=12, alignment=1, firstLineIndent=0, spaceAfter=6),
        "toch": ParagraphStyle("th", parent=base, fontSize=16, leading=24, alignment=1, firstLineIndent=0,
                               spaceBefore=30, spaceAfter=12),
        "toc": ParagraphStyle("tc", parent=base, fontSize=12, leading=22, firstLineIndent=0, leftIndent=20),
        "h1": ParagraphStyle("h1", parent=base, fontSize=14, leading=22, firstLineIndent=0, spaceBefore=8),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=20, firstLineIndent=0),
        "p": base,
    }

    def deco(c, doc):
        c.saveState()
        c.setFont(F, 9)
        if doc.page > 1:
            c.drawString(20 * mm, A4[1] - 12 * mm, SH_SHORT)
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "上海市红十字会")
            c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页 共 4 页")
        c.restoreState()

    story = [Paragraph(t, st[k]) for k, t in SH_COVER]
    story.append(Paragraph("目　录", st["toch"]))
    story += [Paragraph(toc_line(t, p), st["toc"]) for t, p in SH_TOC]
    story.append(PageBreak())
    story += [Paragraph(t, st[k]) for k, t in SH_BODY1]
    tab = Table(SH_TABLE, colWidths=[34 * mm, 42 * mm, 42 * mm, 36 * mm], repeatRows=1)
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10.5),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2dcdb")),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(tab)
    story.append(Spacer(1, 4 * mm))
    story += [Paragraph(t, st[k]) for k, t in SH_BODY2]
    story += [Paragraph(t, st[k]) for k, t in SH_BODY3]
    story.append(Spacer(1, 5 * mm))
    panel = Table(SH_PANEL, colWidths=[40 * mm, 35 * mm, 40 * mm, 35 * mm])
    panel.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10.5),
                               ("FONT", (0, 0), (-1, 0), F, 12),
                               ("SPAN", (0, 0), (-1, 0)),
                               ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                               ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#c00000"))]))
    story.append(panel)
    doc = SimpleDocTemplate(os.path.join(OUT, "shanghai_redcross_2024_work_report.pdf"), pagesize=A4,
                            topMargin=22 * mm, bottomMargin=22 * mm, leftMargin=22 * mm, rightMargin=22 * mm,
                            title=SH_SHORT, author="上海市红十字会")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def haidian_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(HD_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph(HD_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=len(HD_INFO), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(HD_INFO):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
    for kind, text in HD_BODY:
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(28)
    d.add_paragraph("附：会议议定事项任务分解表")
    t = d.add_table(rows=len(HD_TASKS), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(HD_TASKS):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    d.add_paragraph("")
    for s in HD_CLOSE:
        d.add_paragraph(s)
    d.save(os.path.join(OUT, "haidian_redcross_minutes_2025-3.docx"))


def nantou_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    F = "MSung-Light"
    base = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=17, spaceAfter=5, firstLineIndent=21)
    title = ParagraphStyle("t", parent=base, fontSize=15, leading=22, alignment=1, firstLineIndent=0)
    meta = ParagraphStyle("m", parent=base, fontSize=9.5, alignment=1, firstLineIndent=0, spaceAfter=10)
    note = ParagraphStyle("n", parent=base, fontSize=9.5, leading=14, firstLineIndent=0, spaceAfter=2)

    def deco(c, doc):
        c.saveState()
        c.setFont(F, 8.5)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"南投縣紅十字會　第 {doc.page} 頁")
        c.restoreState()

    story = [Paragraph(NT_TITLE, title), Paragraph(NT_META, meta)]
    story += [Paragraph(t, base) for t in NT_INTRO]
    story.append(Paragraph("表1　民國113年各月份捐血及志工服務統計", ParagraphStyle("c", parent=base, alignment=1,
                                                                          firstLineIndent=0)))
    tab = Table(NT_TABLE, colWidths=[20 * mm, 30 * mm, 32 * mm, 30 * mm, 40 * mm], repeatRows=1)
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f3")),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(tab)
    story.append(Spacer(1, 4 * mm))
    story += [Paragraph(t, base) for t in NT_AFTER[:1]]
    story.append(Paragraph("表2　民國113年主要捐血據點統計", ParagraphStyle("c2", parent=base, alignment=1,
                                                                     firstLineIndent=0)))
    tab2 = Table(NT_STATIONS, colWidths=[50 * mm, 28 * mm, 28 * mm, 36 * mm], repeatRows=1)
    tab2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f3")),
                              ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(tab2)
    story.append(Spacer(1, 3 * mm))
    story += [Paragraph(t, base) for t in NT_AFTER[1:]]
    story += [Paragraph(t, note) for t in NT_NOTES]
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(NT_CONTACT, note))
    doc = SimpleDocTemplate(os.path.join(OUT, "nantou_volunteer_blood_stats_113.pdf"), pagesize=A4,
                            topMargin=18 * mm, bottomMargin=18 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def main():
    os.makedirs(OUT, exist_ok=True)
    shanghai_pdf()
    write_texts(OUT, [
        ("shanghai_2025_h1_update.txt", SH_TXT),
        ("thunder_bay_annual_review_2024.html", TB_HTML),
        ("thunder_bay_volunteer_handbook.md", TB_MD),
    ])
    haidian_docx()
    nantou_pdf()


if __name__ == "__main__":
    main()
