"""Write the six documents of blind set 30 (Qinghai html + md, Saskatoon docx + txt, Baotou pdf, Chiayi zh-hant html).
Run: .venv/bin/python bench/library/make_docs30.py
"""

import os

import docx
from doc_build import write_texts
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

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs30")

QH_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>青海省红十字会2024年工作报告_青海省红十字会</title></head>
<body>
<div class="topbar">青海省红十字会 | 无障碍浏览 | 长辈版 | 登录</div>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 工作报告 &gt; 正文</div>
<div class="leftnav">
<ul>
<li><a href="/xxgk/">信息公开</a></li>
<li><a href="/jzxx/">捐赠信息</a></li>
<li><a href="/yjjh/">应急救护</a></li>
<li><a href="/sanxian/">无偿献血·造血干细胞</a></li>
<li><a href="/zyfw/">志愿服务</a></li>
<li><a href="/lxwm/">联系我们</a></li>
</ul>
</div>
<div class="article">
<h1>青海省红十字会2024年工作报告</h1>
<div class="meta">发布时间：2025-01-22 10:30　来源：青海省红十字会办公室　字号：[大 中 小]　浏览次数：1847</div>
<p>2024年，青海省红十字会在省委、省政府坚强领导和中国红十字会总会指导下，坚持以党建为统领，聚焦“三救”“三献”主责主业，全省红十字系统各项工作取得新进展。现将主要工作报告如下。</p>

<p><b>一、坚持党建引领，政治建设持续加强</b></p>
<p>全年召开党组会议26次、党组理论学习中心组集体学习14次，落实“第一议题”制度学习58个专题。全省8个市（州）和45个县（市、区、行委）红十字会全部建立党组，实现应建尽建。开展“昆仑博爱”党建品牌创建，命名“昆仑博爱”示范党支部9个。</p>
<ol>
<li>深化党纪学习教育，省红十字会机关举办专题读书班2期，开展警示教育4次。</li>
<li>推进党建与业务融合，机关党支部与西宁市城东区、海东市乐都区等7个基层红十字会开展结对共建。</li>
<li>加强关联组织党建：
<ul>
<li>全省红十字救援队增至34支，其中28支建立党支部，6支由所在单位党组织兼管；</li>
<li>党员队员412名，占队员总数的31.6%。</li>
</ul>
</li>
</ol>

<h3>二、应急救援能力稳步提升</h3>
<p>全省红十字系统参与应对果洛州玛沁县雪灾、海北州门源县暴雨等灾情8起，出动救援队员1260人次，转移群众3400余人。全年向受灾地区调拨家庭包2800个、帐篷650顶、棉衣4200件，物资价值共计687万元。省红十字（三江源）高原应急救援队党支部被评为“全省先进基层党组织”，队长索南才让获评“青海省最美退役军人”。</p>
<p>新建省级备灾仓库1座（格尔木市），全省红十字备灾仓库达到6座，仓储面积合计1.2万平方米。</p>

<h3>三、应急救护培训扩面提质</h3>
<p>全年开展应急救护普及培训38.6万人次，培训持证救护员5.42万人次，同比增长11.3%。在全省公共场所新增配置AED 860台，累计配置2150台。举办首届青海省红十字应急救护技能大赛，来自8个市（州）的32支代表队参赛，海东市代表队获团体一等奖。</p>
<ol>
<li>“高原救在身边”进牧区：在玉树州、果洛州牧区开展藏汉双语救护培训214场；</li>
<li>“救护进校园”：培训中小学教师1.1万人次，建成校园救护站46个；</li>
<li>“救护进景区”：在青海湖二郎剑、茶卡盐湖等12个景区设立救护站。</li>
</ol>

<h3>四、“三献”工作</h3>
<p>全省新增造血干细胞捐献志愿者入库3260人份，实现造血干细胞捐献21例，累计达到143例。新增遗体（器官）捐献志愿登记1.38万人，实现遗体捐献17例、器官捐献39例。西宁市南山公园“生命礼赞”纪念园于2024年4月2日落成。无偿献血方面，配合卫生健康部门组织献血13.6万人次。</p>

<h3>五、人道救助与募捐</h3>
<p>全年募集社会捐赠款物1.47亿元，其中资金9860万元、物资折价4840万元；支出款物1.39亿元。实施“博爱送万家”慰问困难群众1.9万户，资助“红十字博爱助学”困难学生960名，救助先心病、白血病患儿73名。</p>

<h3>六、基层组织与博爱家园</h3>
<p>全省新建博爱家园36个，累计达到218个；发展成人会员9.6万名，注册志愿者4.15万名，志愿服务团体180个。海南州共和县“草原博爱家园”项目入选中国红十字会总会优秀案例。</p>

<h3>七、2024年主要指标</h3>
<table border="1">
<tr><th>类别</th><th>指标</th><th>2024年完成</th><th>年度目标</th></tr>
<tr><td rowspan="3">应急救护</td><td>普及培训（万人次）</td><td>38.6</td><td>35</td></tr>
<tr><td>持证救护员（万人次）</td><td>5.42</td><td>5</td></tr>
<tr><td>新增AED（台）</td><td>860</td><td>800</td></tr>
<tr><td rowspan="2">“三献”</td><td>造血干细胞入库（人份）</td><td>3260</td><td>3000</td></tr>
<tr><td>遗体器官捐献登记（万人）</td><td>1.38</td><td>1.2</td></tr>
<tr><td rowspan="2">组织建设</td><td>新建博爱家园（个）</td><td>36</td><td>40</td></tr>
<tr><td>红十字救援队（支）</td><td>34</td><td>32</td></tr>
<tr><td>人道救助</td><td>募集款物（亿元）</td><td>1.47</td><td>1.3</td></tr>
</table>
<p>注：新建博爱家园未完成年度目标，主要原因是玉树州4个项目因冻土期延后至2025年5月开工。</p>

<p><b>八、2025年工作安排</b></p>
<p>2025年，省红十字会将重点做好三件事：一是力争普及培训40万人次；二是新建博爱家园45个；三是在格尔木、德令哈建成2支高原水上救援分队。</p>

<div class="attach">
<p>附件：</p>
<ul>
<li><a href="/upload/2025/qh_2024_zbb.xlsx">1.青海省红十字会2024年主要指标完成表.xlsx</a></li>
<li><a href="/upload/2025/qh_2024_jzmx.pdf">2.2024年度社会捐赠款物收支明细.pdf</a></li>
<li><a href="/upload/2025/qh_2024_bajy.docx">3.2024年新建博爱家园名单.docx</a></li>
</ul>
</div>
</div>
<div class="footer">主办：青海省红十字会　地址：西宁市城西区五四西路 　 青ICP备05000318号</div>
</body>
</html>
"""

QH_MD = """---
title: 青海省红十字会2025年前三季度工作进展
date: 2025-10-16
author: 青海省红十字会办公室 李卓玛
---

# 青海省红十字会2025年前三季度工作进展

**总体情况。** 2025年1月至9月，全省红十字系统围绕年初确定的“三件事”推进各项工作，应急救护培训、遗体器官捐献登记进度较快，博爱家园建设受资金下达时间影响进度偏慢。本文数据截至2025年9月30日。

## 一、党建工作

**党组建设。** 前三季度省红十字会党组召开会议19次，中心组集体学习10次。新命名“昆仑博爱”示范党支部5个，累计14个。

**救援队党建。** 全省红十字救援队达到37支（2024年底为35支[^1]），新建的格尔木、德令哈2支高原水上救援分队于2025年7月18日同时成立并建立临时党支部，另有1支为海西州乌兰县茶卡救援队。

## 二、应急救援

**灾害应对。** 前三季度参与应对玉树州称多县地震、海东市民和县山洪等灾情5起，出动队员780人次，调拨物资价值312万元。

**备灾体系。** 海南州共和县备灾仓库于2025年6月投入使用，全省红十字备灾仓库增至7座，新增仓储面积1800平方米。

**称多县地震响应。** 2025年5月称多县地震发生后，省红十字会于当日启动三级应急响应，派出三江源高原应急救援队等4支救援队共126人赶赴灾区，搭建帐篷安置点3处，发放家庭包1100个、棉被2600床，设立心理救援站2个，服务受灾群众1.2万人次。

## 二之一、应急救护培训

**牧区培训。** 前三季度在玉树州、果洛州、黄南州牧区开展藏汉双语救护培训167场，培训牧民、寺院僧人和乡村医生2.6万人次。

**景区救护站。** 旅游旺季（6月至9月）在青海湖、茶卡盐湖、塔尔寺等15个景区救护站累计处置游客伤病3140人次，其中高原反应1870人次，占59.6%。

## 三、主要指标完成情况

**指标一览。** 前三季度主要指标见下表。

| 指标 | 2025年前三季度 | 全年目标 | 完成率 |
| --- | --- | --- | --- |
| 应急救护普及培训（万人次） | 31.2 | 40 | 78.0% |
| 持证救护员（人次） | 41800 | 55000 | 76.0% |
| 新增AED（台） | 540 | 900 | 60.0% |
| 造血干细胞入库（人份） | 2410 | 3300 | 73.0% |
| 遗体器官捐献登记（人） | 11900 | 14000 | 85.0% |
| 新建博爱家园（个） | 17 | 45 | 37.8% |

**分季度募捐。** 募集款物情况如下。

| 季度 | 资金（万元） | 物资折价（万元） | 小计（万元） |
| --- | --- | --- | --- |
| 第一季度 | 1860 | 720 | 2580 |
| 第二季度 | 2430 | 1150 | 3580 |
| 第三季度 | 2970 | 1340 | 4310 |
| 合计 | 7260 | 3210 | 10470 |

## 四、“三献”与人道救助

**造血干细胞。** 前三季度实现造血干细胞捐献16例，累计达到160例[^2]。

**遗体器官捐献。** 实现遗体捐献11例、器官捐献28例。

**人道救助。** 开展“99公益日”青海专场，筹款1286万元，参与人数6.3万人次；救助先心病、白血病患儿41名。

## 五、存在问题与四季度安排

**问题。** 新建博爱家园完成率仅37.8%，主要原因是2025年中央财政补助资金于7月下旬才下达；新增AED受招标流程影响进度偏慢。

**志愿服务。** 截至9月底，全省注册红十字志愿者达到4.52万名，较2024年底增长8.9%；发展成人会员10.1万名。

**四季度安排。** 11月30日前完成全部博爱家园项目开工，12月20日前完成验收；四季度在西宁曹家堡机场、青藏铁路西宁站补充配置AED 60台。

[^1]: 2024年工作报告中为34支，差额为2024年12月备案的海北州祁连县救援队，本表按备案口径统计。
[^2]: 2024年底累计数经中华骨髓库核对调整为144例（工作报告中为143例）。
"""

SK_TXT = """From: Volunteer Services <volunteers@prairieredcross-sk.ca>
Date: Tue, 14 Oct 2025 09:12:45 -0600
To: All registered volunteers, Saskatoon & Area
Subject: Winter 2025-26 Volunteer Bulletin - your questions answered

Hello everyone,

Thank you for another busy season. Since the September newsletter we have received
more than 140 emails and calls. The most common questions are answered below. Please
read them before contacting the office.

Q: When do the winter warming-centre shifts start?
A: The Saskatoon warming centre at 310 Avenue C South opens on Monday 1 December 2025 and runs until Tuesday 31 March 2026. Shifts run 19:00-23:00 and 23:00-07:00. Overnight shifts need two volunteers at least 21 years old.

Q: How many hours do I need to keep my active status?
A: Active volunteers must log at least 24 hours in a rolling 12-month period. Volunteers below that level are moved to "reserve" status and are not rostered.

Q: Is there a mileage allowance for driving clients?
A: Yes. Drivers in the Client Transport Program are reimbursed at 0.52 dollars per kilometre, claimed monthly through the volunteer portal by the 5th of the following month.

Q: Who can join the Emergency Response Team?
A: Anyone aged 18 to 70 who has completed Psychological First Aid and the ERT Level 1 course. New members complete a 3-month probation and at least 2 shadow deployments.

Q: Where do I take the First Aid & CPR course?
A: Courses are held at the Saskatoon Branch Training Room, 2nd floor, 315 Idylwyld Drive North. Volunteers pay nothing; members of the public pay 145 dollars for Standard First Aid with CPR Level C.

Q: What happens if I get hurt during a shift?
A: Report it to your shift lead within 24 hours and fill in Incident Form VS-7. Volunteers are covered by the branch accident policy up to 25,000 dollars in medical expenses.

Q: Can my teenager volunteer with me?
A: Youth aged 14 to 17 may join the Youth Reception roster with a signed parental consent form. They cannot work overnight shifts.

Q: How were volunteer hours spread last year?
A: See the table below (fiscal year 1 April 2024 to 31 March 2025).

   Program                      Volunteers   Hours     Share
   Emergency Response Team          86        7,420     28%
   Client Transport                 64        6,110     23%
   Warming Centre                  118        5,830     22%
   Health Equipment Loans           41        3,970     15%
   Youth Reception                  37        3,180     12%
   Total                           346       26,510    100%

Q: Who do I call about the Health Equipment Loan Program?
A: Call the HELP desk at 306-955-4410, open Monday to Friday 09:00-16:30. Wheelchairs, walkers and bath seats are lent free for up to 3 months.

Q: When is the volunteer recognition evening?
A: Thursday 22 January 2026 at the Delta Bessborough ballroom, 18:30. Volunteers with 5, 10 and 20 years of service will receive pins. RSVP by 9 January.

Q: Do I need a criminal record check?
A: Yes, for any role with vulnerable people. The branch pays for the Vulnerable Sector Check through the Saskatoon Police Service; it must be renewed every 3 years. Processing currently takes about 4 to 6 weeks.

Q: Can I bring donations of clothing to the warming centre?
A: We accept new socks, gloves, toques and long underwear only, dropped off at the branch office on weekdays between 10:00 and 15:00. We cannot accept used coats this year because our storage room is full.

Q: How do I sign up for shifts?
A: Shifts open in the volunteer portal on the 15th of each month for the following month. Please do not cancel with less than 48 hours notice unless you are sick. Last winter 9% of overnight shifts were cancelled late.

Q: I moved. How do I update my address?
A: Update your profile in the volunteer portal. Drivers must also send a copy of the new licence within 14 days.

Q: Is the office closed over the holidays?
A: The branch office closes from 24 December 2025 to 1 January 2026. The warming centre stays open every night.

Volunteer coordinator for this winter is Mandeep Gill, who replaced Colleen Harstad
after her retirement in August.

Warm regards,

Mandeep Gill
Volunteer Services Coordinator
Prairie Red Cross Society - Saskatoon Branch
315 Idylwyld Drive North, Saskatoon SK S7L 0Z1
Phone: 306-955-4400 ext. 221
Charitable registration number: 81427 3390 RR0001
"""

BT_NUMBERED = [
    ("h", "一、培训安排"),
    ("p", "（一）培训时间。2025年11月10日至12月19日，共开设6期，每期3天（含考核半天）。"),
    ("p", "（二）培训地点。包头市红十字应急救护培训中心（昆都仑区钢铁大街71号红十字大厦3楼），石拐区、白云鄂博矿区学员可在达茂旗红十字会分教点参训。"),
    ("p", "（三）培训内容。1.心肺复苏与AED使用；2.气道异物梗阻急救；3.创伤止血、包扎、固定、搬运；4.冬季常见意外伤害（冻伤、一氧化碳中毒）处置。理论8学时，实操12学时。"),
    ("h", "二、参训对象与名额"),
    ("p", "（一）各旗县区红十字会按附件名额推荐学员，年龄18至60岁，身体健康，能坚持全程参训。"),
    ("p", "（二）优先推荐中小学教师、公交驾驶员、物业保安、社区网格员。每期限额50人，全市共300人。"),
    ("h", "三、费用"),
    ("p", "培训费、教材费由市红十字会承担；学员往返交通及食宿费用由推荐单位负责。考核合格者颁发红十字救护员证，有效期3年。"),
    ("h", "四、报名要求"),
    ("p", "（一）请各单位于2025年11月3日17:00前将汇总表报送至市红十字会赈济救护部，逾期视为放弃名额。"),
    ("p", "（二）联系人：赈济救护部 乌云其其格，电话：0472-5126 380，邮箱：btrcjh@163.com。"),
    ("h", "五、工作要求"),
    ("p", "（一）各旗县区红十字会要高度重视，严格按照名额推荐学员，不得以志愿者培训、普及培训代替救护员培训。"),
    ("p", "（二）培训期间正值冬季，请各单位提醒学员注意交通安全，达茂旗分教点参训学员由推荐单位统一组织乘车。"),
    ("p", "（三）培训结束后10个工作日内，市红十字会将考核结果反馈各推荐单位，合格学员信息同步录入中国红十字会总会应急救护信息管理系统。"),
]

TW_HTML = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head><meta charset="utf-8"><title>常見問題｜中華民國紅十字會嘉義市支會</title></head>
<body>
<header><div class="logo">中華民國紅十字會嘉義市支會</div>
<nav>首頁｜關於我們｜捐血與捐贈｜救護訓練｜志工招募｜常見問題</nav></header>
<main>
<h1>常見問題（FAQ）</h1>
<p class="update">最後更新：民國114年9月15日</p>

<details><summary>Q1：報名急救員訓練要具備什麼資格？</summary>
<div>年滿16歲、身心健康、可全程參與課程者皆可報名。未滿18歲者須附法定代理人同意書。每班名額40人，額滿為止。</div>
</details>

<details><summary>Q2：急救員訓練課程多久？費用多少？</summary>
<div>課程共16小時，分兩天上課（週六、週日8:30–17:30）。一般民眾每人收費新臺幣1,200元，志工及低收入戶免費。測驗合格者核發急救員證，效期3年。</div>
</details>

<details><summary>Q3：如何成為紅十字會志工？</summary>
<div>請填寫志工申請表，經面談後參加基礎訓練12小時及特殊訓練6小時，完成後由本會核發志願服務紀錄冊。志工年齡須為18至70歲。</div>
</details>

<details><summary>Q4：民國114年的急救員訓練何時開課？</summary>
<div>本年度下半年共開設3班：10月18日至19日、11月15日至16日、12月13日至14日，上課地點均為本會二樓訓練教室。報名自開課前30日起受理。</div>
</details>

<details><summary>Q5：AED可以借用嗎？</summary>
<div>可以。機關、學校或社區辦理大型活動時，可於活動前7日提出申請，每次借用以3天為限，需繳保證金新臺幣5,000元，歸還檢查無誤後全額退還。</div>
</details>

<details><summary>Q6：捐款可以抵稅嗎？</summary>
<div>可以。本會開立之捐款收據可作為綜合所得稅列舉扣除憑證。捐款專戶：郵政劃撥帳號 0071-2358，戶名「中華民國紅十字會嘉義市支會」。統一編號 3591-7426。</div>
</details>

<details><summary>Q7：本會去年服務成果如何？</summary>
<div>民國113年本會共辦理急救訓練142場、受訓民眾6,830人次；志工服務時數達4萬1,260小時；急難救助發放救助金新臺幣386萬元，受助家庭512戶。</div>
</details>

<details><summary>Q8：遇到颱風災害，本會提供哪些協助？</summary>
<div>本會於災害發生後24小時內成立救災指揮中心，提供熱食、民生物資及安心關懷服務。民國113年凱米颱風期間共出動志工318人次，供應熱食2,400份。</div>
</details>

<details><summary>Q9：我想捐贈物資，有什麼限制？</summary>
<div>本會僅接受未拆封、效期6個月以上之食品與全新衣物、寢具；二手衣物及家電恕不受理。收件時間為週一至週五9:00–17:00。</div>
</details>

<details><summary>Q10：捐血可以在本會辦理嗎？</summary>
<div>本會不直接辦理捐血業務。嘉義市的捐血業務由台灣血液基金會嘉義捐血站負責，本會每年與其合辦「熱血嘉義」捐血活動，民國113年共辦理8場，募得血袋2,960袋。</div>
</details>

<details><summary>Q11：志工服務滿多少時數可以申請志願服務榮譽卡？</summary>
<div>依衛生福利部規定，志工服務年資滿3年且服務時數達300小時者，可由本會代為申請志願服務榮譽卡，憑卡可免費進入嘉義市立博物館、嘉義公園射日塔等公營場所。</div>
</details>

<details><summary>Q12：低收入戶可以申請哪些急難救助？</summary>
<div>設籍嘉義市滿6個月的低收入戶、中低收入戶，遇家庭主要生計者死亡、重病或遭遇火災等意外，可申請急難救助金新臺幣5,000元至20,000元，須檢附村里長訪視證明。案件於受理後10個工作天內完成審核。</div>
</details>

<details><summary>Q13：學校可以申請到校宣導嗎？</summary>
<div>可以。本會「防災小尖兵」計畫提供國小中高年級到校宣導，每場90分鐘，內容包括地震避難、CPR體驗與AED介紹，完全免費。民國114年度名額為40場，請於每學期開學後一個月內來電登記。</div>
</details>

<h2>服務據點一覽</h2>
<table border="1">
<tr><th>據點</th><th>服務項目</th><th>電話</th><th>地址</th></tr>
<tr><td>本會會址</td><td>行政、訓練、捐款</td><td>(05)222-4867</td><td>嘉義市東區民族路425號</td></tr>
<tr><td>西區志工服務站</td><td>志工報到、物資發放</td><td>(05)231-5590</td><td>嘉義市西區友愛路318號</td></tr>
<tr><td>蘭潭救護站</td><td>假日救護、AED借用</td><td>(05)276-1132</td><td>嘉義市東區小雅路60號</td></tr>
<tr><td>北門備災倉庫</td><td>救災物資儲存</td><td>(05)228-9045</td><td>嘉義市東區共和路192號</td></tr>
</table>
<p class="note">總幹事：陳素琴　服務時間：週一至週五8:00–17:00（國定假日休息）</p>
</main>
<footer>
<p>Copyright © 民國114年 中華民國紅十字會嘉義市支會 版權所有</p>
<p>地址：600嘉義市東區民族路425號　電話：(05)222-4867　傳真：(05)222-9163</p>
</footer>
</body>
</html>
"""


def shade(paragraph, fill="E8F0F8"):
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def add_decimal_numbering(document):
    numbering = document.part.numbering_part.element
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), "70")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    a.append(lvl)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), "70")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "70")
    n.append(an)
    numbering.append(n)
    return 70


def set_num(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def saskatoon_docx():
    d = docx.Document()
    num = add_decimal_numbering(d)
    d.add_heading("Prairie Red Cross Society - Saskatoon Branch", 0)
    d.add_paragraph("Extreme Cold Response Guide for Volunteers and Shift Leads. Version 3.1, approved by the "
                    "Branch Operations Committee on 8 September 2025. Replaces version 2.4 (November 2023).")
    d.add_heading("1. Purpose and scope", 1)
    d.add_paragraph("This guide sets out how the Saskatoon Branch responds when Environment and Climate Change Canada "
                    "issues an extreme cold warning for the Saskatoon area, usually when the temperature or wind chill "
                    "is expected to reach minus 40 or colder for at least two hours. It applies to all volunteers and "
                    "staff working at the warming centre, in the outreach van and at the branch office. It covers the "
                    "city of Saskatoon and the rural municipalities of Corman Park and Vanscoy, which the branch serves "
                    "under a service agreement signed with the City of Saskatoon in 2022.")
    d.add_heading("2. Activation levels", 1)
    d.add_paragraph("The branch uses three activation levels. The Duty Manager decides the level each day at 14:00, "
                    "after the afternoon forecast, and posts it in the volunteer group chat.")
    d.add_heading("2.1 Level 1 - Watch", 2)
    d.add_paragraph("Forecast wind chill between minus 30 and minus 39. The warming centre opens at normal hours "
                    "(19:00 to 07:00) with 4 volunteers per shift. The outreach van does one evening loop.")
    d.add_heading("2.2 Level 2 - Warning", 2)
    d.add_paragraph("Forecast wind chill of minus 40 or colder. The warming centre opens early at 16:00 and stays open "
                    "until 10:00 the next morning with 6 volunteers per shift. The outreach van does two loops and "
                    "carries 40 emergency blankets, 60 hand-warmer packs and hot drinks.")
    d.add_heading("2.3 Level 3 - Emergency", 2)
    d.add_paragraph("Declared together with the City's Emergency Operations Centre when the warming centre exceeds 90% "
                    "of its 75 beds for two nights in a row, or during a prolonged power failure. The overflow site at "
                    "St. Mary's Parish Hall on 20th Street West opens with 40 extra cots.")
    d.add_heading("3. Procedure when a person is found outdoors in the cold", 1)
    d.add_paragraph("Outreach volunteers must follow these steps in order:")
    for s in ["Check the scene for traffic, ice and other dangers before approaching.",
              "Speak to the person, introduce yourself and ask if they are hurt or feel numb.",
              "If the person is confused, drowsy or not shivering despite the cold, call 911 immediately: these are "
              "signs of moderate to severe hypothermia.",
              "Move the person into the van or a heated place; remove wet clothing and wrap them in a blanket.",
              "Offer a warm, sweet, non-alcoholic drink only if they are fully alert and can swallow.",
              "Do not rub frostbitten skin and do not use direct heat such as a heater or hot water bottle on it.",
              "Record the contact on Outreach Log OR-3 with time, location and actions, and tell the Duty Manager "
              "before the end of the shift."]:
        p = d.add_paragraph(s)
        set_num(p, num)
    call = d.add_paragraph("IMPORTANT: Never leave a person with suspected hypothermia alone. If no ambulance can reach "
                           "you within 20 minutes, drive to Royal University Hospital and phone ahead on the "
                           "outreach phone, 306-955-4477.")
    shade(call)
    call.runs[0].bold = True
    d.add_heading("4. Staffing and supplies, winter 2024-25", 1)
    d.add_paragraph("The table below shows the nights and supplies used last winter (1 December 2024 to 31 March 2025), "
                    "which the branch uses to plan this season.")
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text = "Activation level"
    m = h[1].merge(h[3])
    m.text = "Winter 2024-25 (1 Dec - 31 Mar)"
    s = t.rows[1].cells
    s[0].text = ""
    s[1].text = "Nights"
    s[2].text = "Volunteer shifts"
    s[3].text = "Blankets issued"
    for row in [("Level 1 - Watch", "64", "512", "380"), ("Level 2 - Warning", "23", "276", "640"),
                ("Level 3 - Emergency", "4", "72", "215"), ("Total", "91", "860", "1,235")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("")
    d.add_heading("5. Volunteer safety", 1)
    d.add_paragraph("Volunteers on outreach must work in pairs, wear the branch's high-visibility winter parka and "
                    "check in with the Duty Manager by radio every 60 minutes. No volunteer may work more than 12 "
                    "hours in any 24-hour period. Volunteers under 21 years old are not assigned to the outreach van.")
    p = d.add_paragraph("Each outreach volunteer receives a cold-weather kit worth about 185 dollars")
    fn = p.add_run("1")
    fn.font.superscript = True
    p.add_run(". Kits must be returned to the branch store by 15 April.")
    d.add_heading("6. Contacts", 1)
    d.add_paragraph("Duty Manager (24 hours): 306-955-4490. Warming centre front desk: 306-955-4431. Branch manager "
                    "for winter operations: Darnell Whitecalf. Warming centre lead: Harpreet Sandhu.")
    d.add_heading("7. Review", 1)
    d.add_paragraph("This guide is reviewed every year in August. Comments should be sent to the Branch Operations "
                    "Committee by 31 July. The next review is due in August 2026.")
    foot = d.add_paragraph("1 The kit contains insulated boots, mitts, a balaclava, ice cleats and a headlamp; it was "
                           "funded by a 2025 grant of 12,000 dollars from the Nutrien Community Fund.")
    foot.runs[0].font.size = Pt(8)
    d.save(os.path.join(OUT, "saskatoon_cold_response_guide.docx"))


def baotou_pdf():
    path = os.path.join(OUT, "baotou_training_notice.pdf")
    st = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10, leading=15, firstLineIndent=20)
    hd = ParagraphStyle("zh_h", fontName="STSong-Light", fontSize=11, leading=16)
    red = ParagraphStyle("red", fontName="STSong-Light", fontSize=22, leading=30, alignment=1, textColor=colors.red)
    ctr = ParagraphStyle("ctr", fontName="STSong-Light", fontSize=11, leading=18, alignment=1)
    tt = ParagraphStyle("tt", fontName="STSong-Light", fontSize=15, leading=24, alignment=1)
    rt = ParagraphStyle("rt", fontName="STSong-Light", fontSize=11, leading=19, alignment=2)

    def foot(c, doc):
        c.setFont("STSong-Light", 10)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=14 * mm,
                            bottomMargin=20 * mm, title="包头市红十字会通知")
    el = [Paragraph("包头市红十字会文件", red), Spacer(1, 3 * mm), Paragraph("包红发〔2025〕27号", ctr),
          Spacer(1, 6 * mm),
          Paragraph("关于举办2025年冬季红十字救护员培训班的通知", tt), Spacer(1, 4 * mm),
          Paragraph("各旗县区红十字会，市直各有关单位：", hd),
          Paragraph("为贯彻落实《内蒙古自治区红十字会应急救护工作三年行动方案（2024—2026年）》，提升群众冬季自救互救能力，"
                    "市红十字会决定举办2025年冬季红十字救护员培训班。2025年1至9月，全市已培训持证救护员8460人次，"
                    "完成年度任务（12000人次）的70.5%。现将有关事项通知如下：", st)]
    for kind, text in BT_NUMBERED:
        el.append(Paragraph(text, hd if kind == "h" else st))
    el.append(Spacer(1, 3 * mm))
    el.append(Paragraph("表1  各期培训安排", ctr))
    data = [["期次", "日期", "地点", "名额"],
            ["第一期", "11月10日—12日", "市红十字应急救护培训中心", "50"],
            ["第二期", "11月17日—19日", "", "50"],
            ["第三期", "11月24日—26日", "", "50"],
            ["第四期", "12月1日—3日", "达茂旗分教点", "50"],
            ["第五期", "12月8日—10日", "市红十字应急救护培训中心", "50"],
            ["第六期", "12月17日—19日", "", "50"]]
    t = Table(data, colWidths=[22 * mm, 38 * mm, 70 * mm, 22 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("SPAN", (2, 1), (2, 3)), ("SPAN", (2, 5), (2, 6)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    el += [t, PageBreak()]
    el.append(Paragraph("附件", hd))
    el.append(Paragraph("各旗县区推荐名额分配表", tt))
    quota = [["序号", "单位", "推荐名额（人）", "其中教师（人）"],
             ["1", "昆都仑区红十字会", "62", "20"],
             ["2", "青山区红十字会", "55", "18"],
             ["3", "东河区红十字会", "48", "15"],
             ["4", "九原区红十字会", "40", "12"],
             ["5", "稀土高新区红十字会", "30", "8"],
             ["6", "石拐区红十字会", "15", "5"],
             ["7", "白云鄂博矿区红十字会", "10", "3"],
             ["8", "土默特右旗红十字会", "16", "6"],
             ["9", "固阳县红十字会", "12", "4"],
             ["10", "达尔罕茂明安联合旗红十字会", "12", "4"],
             ["", "合计", "300", "95"]]
    t2 = Table(quota, colWidths=[16 * mm, 70 * mm, 34 * mm, 34 * mm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    el += [t2, Spacer(1, 6 * mm),
           Paragraph("说明：", hd),
           Paragraph("1.推荐名额不得跨单位调剂；学员须携带本人身份证原件及一寸免冠照片2张报到。", st),
           Paragraph("2.考核不合格者可在2026年3月31日前免费补考一次，补考仍不合格的，须重新报名参加培训。", st),
           Paragraph("3.其中教师名额专门用于中小学、幼儿园在职教师，学员经考核合格后，由所在学校负责组织本校“救护进校园”二次培训，每人每学期不少于2场。", st),
           Paragraph("4.2024年冬季培训班全市共培训持证救护员280人，考核合格率为93.2%；本期计划合格率不低于95%。", st),
           Paragraph("5.东河区、九原区名额已较2024年分别增加8人和5人，用于公交驾驶员专项培训。", st),
           Spacer(1, 12 * mm),
           Paragraph("包头市红十字会", rt), Paragraph("2025年10月20日", rt),
           Spacer(1, 6 * mm),
           Paragraph("（此件公开发布）", st),
           Paragraph("抄送：内蒙古自治区红十字会。包头市红十字会办公室　2025年10月20日印发", st)]
    doc.build(el, onFirstPage=foot, onLaterPages=foot)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_texts(OUT, [
        ("qinghai_2024_report.html", QH_HTML),
        ("qinghai_2025_q3_update.md", QH_MD),
        ("saskatoon_volunteer_bulletin.txt", SK_TXT),
        ("chiayi_faq.html", TW_HTML),
    ])
    saskatoon_docx()
    baotou_pdf()


if __name__ == "__main__":
    main()
