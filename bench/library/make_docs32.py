"""Write the six documents of blind set 32 (Tianjin html + md, Townsville pdf + docx, Lhasa docx notice, Changhua zh-hant html).
Run: .venv/bin/python bench/library/make_docs32.py
"""

import os

import docx
from doc_build import write_texts
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs32")

# ---------------------------------------------------------------- 1. Tianjin 2024 annual report (html)
TJ_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>天津市红十字会2024年工作报告_工作动态_天津市红十字会</title>
</head>
<body>
<div class="top">天津市红十字会　Tianjin Red Cross Society</div>
<div class="nav">首页 | 机构概况 | 工作动态 | 政策法规 | 信息公开 | 捐赠查询 | 互动交流</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; <a href="/gzdt/hnyw/">会内要闻</a> &gt; 正文</div>
<div class="article">
<h1>天津市红十字会2024年工作报告</h1>
<div class="info">来源：天津市红十字会办公室　发布时间：2025-01-22 09:30　浏览次数：4873　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印本页</a></div>
<div class="TRS_Editor">
<p>　　2024年，在市委、市政府坚强领导和中国红十字会总会指导下，天津市红十字会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届三中全会精神，围绕“三救”“三献”主责主业，全面推进红十字事业高质量发展。现将全年工作情况报告如下。</p>
<p><strong>一、坚持党建引领，政治建设持续加强</strong></p>
<p>　　市红十字会党组认真落实“第一议题”制度，全年召开党组会议26次、理论学习中心组集体学习14次。扎实开展党纪学习教育，组织党员干部赴平津战役纪念馆、周恩来邓颖超纪念馆开展现场教学5次。全市16个区红十字会全部建立党组，区红十字会党组书记由区委统战部或区卫生健康委负责同志兼任的比例降至25%。</p>
<p>　　持续打造“津彩博爱”党建品牌，命名“津彩博爱”示范党支部9个，累计达到31个。机关党委与和平区、红桥区等8个街道党工委开展“支部共建、服务共做”结对活动，全年联合开展主题党日42场次。</p>
<p><strong>二、救援队伍规范建设，应急能力稳步提升</strong></p>
<p>　　全市红十字救援队增至38支，全部建立党支部或联合党支部，党员队员912名，占队员总数的27.6%。全年救援队出动426次、出勤队员5380人次，服务保障天津马拉松、夏季达沃斯论坛等大型活动61场，服务群众3.1万人次。7月海河流域防汛期间，组织水上救援队11支、冲锋舟23艘在武清区、宝坻区备勤12天。滨海新区红十字蓝天救援队队长邢立伟获评“天津市优秀共产党员”。</p>
<p><strong>三、应急救护培训提质扩面</strong></p>
<p>　　全年开展应急救护普及培训62.4万人次，培训持证救护员8.75万人次，同比分别增长11.2%和9.4%。推动应急救护培训进机关、进学校、进企业、进社区、进农村，为轨道交通、出租车行业从业人员开展专项培训1.26万人次。全市新增配置AED 1350台，累计达到6820台，在地铁站点实现AED全覆盖。全市各区培训情况见下表。</p>
<table border="1" class="data">
<caption>2024年各区应急救护培训情况</caption>
<tr><th>片区</th><th>区</th><th>普及培训（万人次）</th><th>持证救护员（人次）</th></tr>
<tr><td rowspan="3">中心城区</td><td>和平区</td><td>5.8</td><td>7420</td></tr>
<tr><td>南开区</td><td>6.3</td><td>8150</td></tr>
<tr><td>河西区</td><td>5.1</td><td>6930</td></tr>
<tr><td rowspan="2">环城区</td><td>西青区</td><td>4.6</td><td>5870</td></tr>
<tr><td>东丽区</td><td>3.9</td><td>5240</td></tr>
<tr><td>滨海新区</td><td>滨海新区</td><td>12.7</td><td>16800</td></tr>
<tr><td>其他区</td><td>其余10个区</td><td>24.0</td><td>37090</td></tr>
<tr><td colspan="2">合计</td><td>62.4</td><td>87500</td></tr>
</table>
<p><strong>四、“三献”工作成效明显</strong></p>
<p>　　全年新增造血干细胞捐献志愿者入库9460人份，实现造血干细胞捐献58例，其中南开大学在校学生捐献4例。新增遗体（器官）捐献志愿登记1.83万人，实现遗体捐献86例、器官捐献47例，捐献器官惠及患者140余名。清明节期间在北辰区“生命礼赞”纪念园举办缅怀纪念活动，参加人数1200余人。无偿献血宣传动员活动覆盖高校23所。</p>
<p><strong>五、人道救助和募捐工作</strong></p>
<p>　　全年接收社会捐赠款物1.38亿元，其中捐款9620万元、捐赠物资折价4180万元，同比增长6.8%。实施“博爱送万家”活动，慰问困难群众2.4万户，发放慰问款物1530万元；“红十字博爱助学”项目资助困难学生860名。全年新建博爱家园22个，累计达到126个，主要分布在蓟州区、静海区等涉农区。</p>
<p><strong>六、组织建设和志愿服务</strong></p>
<p>　　全市发展成人会员21.3万名、青少年会员38.6万名，注册红十字志愿者4.62万名，志愿服务时长累计达到89万小时。在全市中小学新建红十字青少年工作示范校15所。</p>
<p><strong>七、2025年工作安排</strong></p>
<p>　　2025年，市红十字会将重点做好三件事：一是完成应急救护普及培训65万人次；二是新建博爱家园20个；三是推进天津市红十字应急救援中心（东丽区）投入使用。</p>
<p style="text-align:right">天津市红十字会<br>2025年1月20日</p>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="#">天津市红十字会2023年工作报告</a></li>
<li><a href="#">天津市红十字会2024年度捐赠款物使用情况公示</a></li>
<li><a href="#">关于开展2025年“世界红十字日”主题活动的通知</a></li>
<li><a href="#">天津市红十字应急救援中心项目进展</a></li>
</ul>
</div>
</div>
<div class="footer">
<p>主办单位：天津市红十字会　地址：天津市河西区友谊路52号　邮编：300204</p>
<p>联系电话：022-23306218　津ICP备05012874号-2　津公网安备12010302000417号</p>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------- 2. Tianjin 2025 first half (md)
TJ_MD = """---
title: 天津市红十字会2025年上半年工作进展
date: 2025-07-16
author: 天津市红十字会办公室
---

# 天津市红十字会2025年上半年工作进展

2025年上半年，天津市红十字会围绕年度目标任务，扎实推进“三救”“三献”各项工作，主要指标完成情况总体好于时序进度。[^1]

## 一、党建和队伍建设

### （一）党建工作

- 市红十字会党组召开党组会议13次，开展中央八项规定精神学习教育专题学习6次。
- “津彩博爱”示范党支部新增命名4个，累计达到35个。

### （二）救援队伍

全市红十字救援队由年初的38支增至41支，新组建的3支分别为宁河区七里海水上救援队、蓟州区山地救援队和静海区应急救护队。党员队员达到968名。上半年救援队出动203次，服务群众1.4万人次。

## 二、主要业务指标

| 指标 | 单位 | 2025年上半年 | 全年目标 | 完成比例 |
| --- | --- | --- | --- | --- |
| 应急救护普及培训 | 万人次 | 34.6 | 65 | 53.2% |
| 持证救护员培训 | 万人次 | 4.12 | 9 | 45.8% |
| 新增配置AED | 台 | 580 | 1200 | 48.3% |
| 造血干细胞入库 | 人份 | 4870 | 9500 | 51.3% |
| 造血干细胞捐献 | 例 | 33 | 60 | 55.0% |
| 遗体（器官）捐献登记 | 人 | 9820 | 18000 | 54.6% |
| 接收捐赠款物 | 万元 | 5870 | 13000 | 45.2% |
| 新建博爱家园 | 个 | 9 | 20 | 45.0% |

## 三、数据更正说明

经年度审计，2024年全市接收社会捐赠款物总额更正为1.41亿元（此前年报为1.38亿元），差额主要为12月下旬到账的定向捐款；2024年造血干细胞捐献例数按总会最终确认口径为61例。截至2025年6月底，全市累计配置AED达到7400台。

## 四、应急救护和志愿服务

上半年，全市在中小学、高校开展“红十字救护课堂”进校园活动312场，覆盖学生8.9万人次；为地铁4号线、10号线新开通站点配置AED 64台，实现全市运营地铁站点AED全覆盖。4月在西青区举办全市红十字应急救护技能竞赛，共有16支代表队、96名选手参赛，和平区代表队获团体一等奖。

全市注册红十字志愿者增至4.87万名，上半年开展志愿服务1.2万场次，服务时长46万小时。“5·8世界红十字日”期间，全市组织主题宣传活动128场，参与群众2.3万人次。

“三献”方面，上半年南开区、河东区各实现造血干细胞捐献3例，天津大学学生志愿者李昊然于3月完成捐献，成为本市第500例造血干细胞捐献者。遗体（器官）捐献方面，上半年实现遗体捐献39例、器官捐献22例，在天津市第一中心医院新设捐献登记站1个，登记站总数达到15个。清明节期间，北辰区“生命礼赞”纪念园举办缅怀纪念活动，并首次开通网上缅怀平台，访问量达4.6万人次。

## 五、人道救助

- “博爱送万家”春节慰问困难群众1.1万户，发放款物760万元。
- “红十字博爱助学”资助困难学生410名，资助金额205万元。
- 1月向西藏定日地震灾区调拨家庭箱1500个、赈济毛毯3000条，并拨付救灾款50万元。

## 六、下半年重点工作

- 应急救护
  - 9月13日“世界急救日”在滨海新区举办全市主场活动
  - 完成出租车驾驶员救护培训3000人次
- “三献”工作
  - 11月在天津医科大学举办造血干细胞捐献者与受捐者见面会
  - 遗体（器官）捐献登记站增加至18个
- 应急救援中心
  - 东丽区应急救援中心主体工程10月底前竣工，总投资4860万元

联系人：市红十字会办公室　郑晓岚　电话：022-23306219

[^1]: 本文数据为快报数，统计截至2025年6月30日，以年度统计公报为准。
"""

# ---------------------------------------------------------------- 3. Townsville annual review (pdf)
TSV_ORG = "Australian Red Cross - Townsville & North Queensland Branch"
TSV_TITLE = [
    ("title", "Annual Review 2023-24"),
    ("sub", "Australian Red Cross - Townsville &amp; North Queensland Branch"),
    ("sub", "For the year 1 July 2023 to 30 June 2024"),
    ("sub", "Branch office: 44 Sturt Street, Townsville QLD 4810 | ABN 41 872 306 155"),
    ("sub", "Presented to the Annual General Meeting, 19 October 2024"),
]
TSV_P1 = [
    ("h", "1. Message from the Branch President"),
    ("p", "This was the busiest year in the branch's 98-year history. In December 2023 Tropical Cyclone Jasper "
          "crossed the coast north of Cairns and the flooding that followed reached communities as far south as "
          "Ingham. Our volunteers staffed four evacuation centres, registered evacuees through Register.Find.Reunite "
          "and made more than 3,400 outreach calls to people who were isolated by floodwater.<super>1</super> "
          "I thank every volunteer who gave up the Christmas holidays to help."),
    ("p", "We also opened a second training room at the Aitkenvale hub, which allowed us to run weekend "
          "first aid courses for the first time, and we welcomed 212 new volunteers, most of them under 30. "
          "- Dr Fiona McAllister, Branch President"),
    ("h", "2. Year at a Glance"),
]
TSV_KEY = [
    ["Key figures 2023-24", ""],
    ["Active volunteers (30 June 2024)", "1,284"],
    ["Volunteer hours contributed", "71,600 hours"],
    ["People trained in first aid", "9,430"],
    ["Emergency activations", "23"],
    ["Households assisted after TC Jasper", "2,615"],
    ["Telecross calls made", "48,900"],
    ["Total income", "A$3.92 million"],
]
TSV_P2 = [
    ("h", "3. Emergency Services"),
    ("p", "The branch was activated 23 times during the year, compared with 17 times in 2022-23. Besides "
          "TC Jasper, the largest responses were the Charters Towers grass fires in October 2023 and the "
          "Palm Island water outage in March 2024. Our emergency team now has 186 trained members, of whom "
          "41 hold the Evacuation Centre Manager accreditation. The average time from activation request to the "
          "first team on site was 2 hours 35 minutes."),
    ("p", "During the TC Jasper response, 146 branch volunteers were deployed over 19 days, working alongside "
          "Queensland Fire and Emergency Services and the Townsville City Council Local Disaster Management "
          "Group. Evacuation centres were run at the Ingham PCYC, the Hinchinbrook Shire Hall, the Cardwell "
          "Community Centre and the Townsville Stadium. At the peak, on 18 December 2023, the four centres "
          "sheltered 1,127 people. Recovery hubs then opened in Ingham and Lucinda for six weeks, where our "
          "psychosocial support teams held 1,960 conversations with affected residents."),
    ("h", "4. Community Programs"),
    ("p", "Telecross, our daily check-in phone service for people living alone, made 48,900 calls to 312 "
          "clients. On 27 occasions a client did not answer and a welfare check was triggered; in 4 of those "
          "cases the client was found to need urgent medical help. The Community Food Pantry in Garbutt "
          "distributed 14,200 food parcels, and the Bystander First Aid for Schools program reached 38 schools "
          "across the Townsville, Burdekin and Hinchinbrook regions."),
    ("p", "The Migration Support program helped 164 people seeking asylum and 58 families reunite with "
          "relatives through the Restoring Family Links service, which traced 21 missing relatives in "
          "2023-24. Casework is handled by two paid caseworkers and 17 trained volunteers at the Sturt Street office."),
    ("p", "Blood donor recruitment remains a joint effort with Australian Red Cross Lifeblood. The branch "
          "organised 11 workplace group donations and the annual Defence Blood Challenge at Lavarack Barracks, "
          "which together brought 2,340 donations to the Townsville Donor Centre. The first aid team delivered "
          "612 public courses, of which 174 were the one-day Provide First Aid (HLTAID011) course and 96 were "
          "mental health first aid workshops."),
    ("p", "The branch network also grew. Our unit in Charters Towers re-opened in February 2024 with 23 "
          "members after being closed for two years, and the Ayr unit took over the Burdekin Telecross "
          "roster. There are now 9 local units in the region, from Cardwell in the north to Bowen in the south."),
    ("h", "5. Program Expenditure"),
    ("p", "Total program expenditure rose by 17.2% to A$3.821 million. Almost all of the increase came from "
          "emergency services, where spending grew by A$364,000 because of the TC Jasper deployment: "
          "volunteer travel and accommodation in Ingham, hire of two refrigerated trailers, and 1,850 "
          "emergency relief kits sent to the Hinchinbrook Shire. Part of this cost was recovered from the "
          "Queensland Disaster Relief and Recovery Arrangements, and the recovered amount is shown under "
          "government grants in section 6. Spending on first aid training increased because the new "
          "Aitkenvale training room needed 24 new manikins and 12 AED trainers. Administration costs "
          "rose by only 3.6%, below the rate of inflation in Townsville for the year."),
    ("p", "The table below sets out spending by program. Figures are in thousands of Australian dollars and "
          "exclude depreciation.<super>2</super>"),
]
TSV_TABLE = [
    ["Program", "2023-24 (A$'000)", "2022-23 (A$'000)", "Change (%)"],
    ["Emergency services", "1,146", "782", "+46.5"],
    ["Telecross", "318", "301", "+5.6"],
    ["First aid training", "624", "571", "+9.3"],
    ["Community Food Pantry", "402", "366", "+9.8"],
    ["Schools program", "137", "120", "+14.2"],
    ["Volunteer recruitment and support", "289", "262", "+10.3"],
    ["Migration support", "211", "198", "+6.6"],
    ["Blood donor recruitment (Lifeblood)", "96", "88", "+9.1"],
    ["Fundraising", "257", "244", "+5.3"],
    ["Administration", "341", "329", "+3.6"],
    ["Total", "3,821", "3,261", "+17.2"],
]
TSV_P3 = [
    ("h", "6. Income"),
    ("p", "Total income was A$3.92 million. Government grants provided A$1.71 million, community donations "
          "and bequests A$1.08 million, first aid course fees A$0.74 million and the Red Cross Calling "
          "appeal in March 2024 raised A$286,000, up from A$251,000 the year before. The branch ended the "
          "year with a small surplus of A$99,000, which has been placed in the disaster reserve.<super>3</super>"),
    ("h", "7. Volunteers and People"),
    ("p", "The branch had 1,284 active volunteers on 30 June 2024 and 37 paid staff (29.4 full-time "
          "equivalent). Volunteer retention after 12 months was 78%. The Volunteer of the Year award went "
          "to Margaret Tully, who has run the Garbutt pantry every Tuesday since 2011, and the Youth Award "
          "went to Jayden Ahmed, 19, for organising the James Cook University first aid days."),
    ("h", "8. Looking Ahead"),
    ("p", "In 2024-25 the branch plans to train 11,000 people in first aid, recruit 250 new volunteers, "
          "and open a satellite office in Bowen. The branch manager, Liam Okonkwo, will lead a review of "
          "the Telecross service to extend it to clients in the Whitsunday region."),
]
TSV_FOOT = {
    1: ["1. Register.Find.Reunite is the national registration service operated by Red Cross on behalf of "
        "state police services."],
    2: ["2. Depreciation of A$164,000 is reported separately in the audited financial statements."],
    3: ["3. Full audited financial statements are available from the branch office on request."],
}

# ---------------------------------------------------------------- 4. Townsville volunteer policy (docx)
TSV_DOCX_NAME = "Volunteer Conduct and Safety Policy"
TSV_DOCX = [
    ("title", "Volunteer Conduct and Safety Policy"),
    ("p", "Australian Red Cross - Townsville & North Queensland Branch. Approved by the Branch Committee on "
          "12 August 2024. This policy applies to every volunteer, intern and work-experience student who "
          "takes part in branch activities."),
    ("h1", "1. Purpose and Scope"),
    ("p", "1.1 This policy sets out the standards of behaviour expected of volunteers and the safety rules "
          "that apply to all branch activities, including emergency deployments."),
    ("p", "1.2 It applies from the date of induction until a volunteer's record is closed, and covers "
          "online activity that refers to Red Cross."),
    ("p", "1.3 The Volunteer Coordinator is responsible for explaining this policy at induction, and every "
          "volunteer signs an acknowledgement form that is kept on the volunteer's file for 7 years."),
    ("p", "1.4 Where this policy conflicts with a national Red Cross policy, the national policy prevails."),
    ("h1", "2. Becoming a Volunteer"),
    ("h2", "2.1 Eligibility"),
    ("p", "2.1.1 Volunteers must be at least 16 years old. Volunteers aged 16 or 17 need the written "
          "consent of a parent or guardian and may not join emergency deployments."),
    ("p", "2.1.2 Emergency services volunteers must be 18 to 75 years old and must complete the "
          "Psychological First Aid module within 3 months of joining."),
    ("h2", "2.2 Screening"),
    ("p", "2.2.1 All volunteers must complete a National Police Check before their first shift. Volunteers "
          "who work with children must also hold a current Queensland Blue Card."),
    ("p", "2.2.2 The branch pays the cost of the police check (currently A$42) for every volunteer."),
    ("h2", "2.3 Induction"),
    ("p", "2.3.1 Induction takes 6 hours and includes the following modules:"),
    ("bullet", "Fundamental Principles of the Red Cross and Red Crescent Movement"),
    ("bullet", "Child safeguarding and protection from sexual exploitation"),
    ("bullet", "Work health and safety, including heat stress in the tropics"),
    ("bullet", "Privacy and the handling of client information"),
    ("table_roles", ""),
    ("h1", "3. Conduct"),
    ("p", "3.1 Volunteers must not accept gifts worth more than A$50 from clients or suppliers. Gifts below "
          "that amount must be recorded in the gift register within 7 days."),
    ("p", "3.2 Volunteers must not post photographs of clients or evacuees on social media."),
    ("p", "3.3 Volunteers must not wear the Red Cross emblem outside an approved activity."),
    ("p", "3.4 Alcohol may not be consumed on duty or within 8 hours before a shift."),
    ("h1", "4. Safety on Deployments"),
    ("p", "4.1 No volunteer may work more than 12 hours in a shift or more than 5 consecutive days on a "
          "deployment without a rest day."),
    ("p", "4.2 When the forecast maximum temperature is 35 degrees Celsius or above, outdoor tasks must "
          "stop between 11:00 and 15:00."),
    ("p", "4.3 Every injury or near miss must be reported to the Team Leader on the same day and logged "
          "in the incident system within 24 hours."),
    ("p", "4.4 Volunteers are covered by the Red Cross volunteer personal accident insurance up to the age of 85."),
    ("h1", "5. Breaches"),
    ("p", "5.1 A suspected breach is first discussed with the volunteer by the Volunteer Coordinator."),
    ("p", "5.2 Serious breaches, including any safeguarding concern, are referred to the Branch Manager "
          "within 24 hours and may lead to immediate stand-down."),
    ("p", "5.3 A volunteer may appeal a decision in writing to the Branch President within 14 days."),
    ("h1", "6. Uniform and Identification"),
    ("p", "6.1 Each volunteer receives two branch polo shirts and a photo identification card at the end of induction."),
    ("p", "6.2 The identification card must be worn at all times on duty and returned within 30 days when a "
          "volunteer leaves the branch."),
    ("p", "6.3 Lost cards must be reported to the Volunteer Coordinator; a replacement card costs nothing the "
          "first time and A$10 for each later replacement."),
    ("h1", "7. Out-of-Pocket Expenses"),
    ("p", "7.1 Volunteers who use their own car for approved branch activities are reimbursed at 88 cents per "
          "kilometre, the rate set by the Australian Taxation Office for 2024-25."),
    ("p", "7.2 Claims must be lodged on the expense form with receipts within 60 days of the activity. Claims "
          "above A$200 need the approval of the Branch Manager."),
    ("p", "7.3 Meals are provided on deployments longer than 5 hours. Volunteers are not paid for their time, "
          "and nothing in this policy creates an employment relationship."),
    ("h1", "8. Contacts"),
    ("table_contacts", ""),
    ("p", "This policy will be reviewed every two years or earlier if the law changes."),
]
TSV_ROLES = [
    ["Emergency Services Volunteer", "18", "Yes", "No", "6 h + 12 h"],
    ["Telecross Caller", "18", "Yes", "No", "6 h + 4 h"],
    ["Food Pantry Assistant", "16", "Yes", "No", "6 h"],
    ["Schools First Aid Presenter", "18", "Yes", "Yes", "6 h + 10 h"],
    ["Youth Ambassador", "16", "Yes", "Yes", "6 h + 3 h"],
]
TSV_CONTACTS = [
    ["Role", "Name", "Phone", "Email"],
    ["Branch Manager", "Liam Okonkwo", "07 4771 2086", "lokonkwo@tsvredcross.org.au"],
    ["Volunteer Coordinator", "Priscilla Nguyen", "07 4771 2091", "volunteers@tsvredcross.org.au"],
    ["Safeguarding Officer", "Gareth Doyle", "0438 552 017", "safeguarding@tsvredcross.org.au"],
    ["Emergency Services Team Leader", "Kerry-Anne Walsh", "0412 906 334", "emergency@tsvredcross.org.au"],
]

# ---------------------------------------------------------------- 5. Lhasa notice (docx)
LS_ISSUER = "拉萨市红十字会文件"
LS_NO = "拉红字〔2025〕12号"
LS_TITLE = "拉萨市红十字会关于开展2025年“博爱高原行”应急救护培训活动的通知"
LS_BODY = [
    ("p", "各县（区）红十字会，市直各有关单位："),
    ("p", "　　为贯彻落实《中华人民共和国红十字会法》和自治区红十字会2025年工作要点，进一步提高高原群众自救互救能力，市红十字会决定于2025年5月至10月在全市组织开展“博爱高原行”应急救护培训活动。现将有关事项通知如下。"),
    ("h", "一、活动时间和范围"),
    ("p", "　　活动时间为2025年5月12日至10月31日，覆盖城关区、堆龙德庆区、达孜区和林周县、当雄县、尼木县、曲水县、墨竹工卡县等8个县（区），重点面向机关干部、中小学教师、旅游从业人员、出租车驾驶员和农牧区村（居）两委成员。"),
    ("h", "二、培训内容和形式"),
    ("p", "　　（一）普及培训。每场培训4学时，内容包括心肺复苏与AED使用、气道异物梗阻、创伤止血包扎，以及高原病（急性高原反应、高原肺水肿、高原脑水肿）的识别与现场处置。每场人数控制在40至60人。"),
    ("p", "　　（二）救护员培训。每期16学时，分两天进行，考核合格后颁发中国红十字会救护员证，有效期3年。每期学员不超过30人，年龄须在18至60周岁之间。"),
    ("p", "　　（三）双语教学。在当雄县、尼木县等农牧区开展培训时，须配备藏汉双语授课的师资，每场至少安排1名藏语讲解员。"),
    ("h", "三、任务分配"),
    ("p", "　　全市全年计划开展普及培训186场、培训9300人次，培训持证救护员1260名。各县（区）任务详见附件。市红十字会为每个县（区）配发教学用模拟人4具、AED训练机2台。"),
    ("p", "　　各县（区）红十字会要结合本地实际，优先安排旅游旺季前对布达拉宫、大昭寺周边景区服务人员和青藏铁路拉萨站工作人员开展培训；农牧区培训应避开虫草采挖季节（5月中旬至6月下旬），可利用农闲时节集中组织。市红十字会应急救护培训中心将派出师资12名，分片包干、巡回指导。"),
    ("h", "四、经费保障"),
    ("p", "　　培训所需教材、证书费用由市红十字会统一承担，标准为每名救护员学员180元；各县（区）红十字会负责场地和学员组织，所需交通等费用按每场不超过800元的标准据实报销。经费从市级应急救护培训专项资金中列支，全年预算42.6万元。"),
    ("h", "五、工作要求"),
    ("p", "　　（一）加强组织领导。各县（区）红十字会要明确1名分管领导负责此项工作，于5月9日前将联系人名单报市红十字会赈济救护部。"),
    ("p", "　　（二）注意高原安全。培训场地海拔高于4000米的（如当雄县），每场培训须配备便携式氧气瓶，并安排医务人员现场保障。"),
    ("p", "　　（三）及时报送信息。每月5日前报送上月培训统计表，活动结束后于11月15日前报送工作总结。"),
    ("p", "　　联系人：赈济救护部　次仁卓玛　联系电话：0891-6332157　邮箱：lsrcjh@163.com"),
    ("h", "六、宣传要求"),
    ("p", "　　各县（区）要充分利用“学习强国”西藏平台、拉萨发布等渠道宣传培训成效，每季度至少报送1篇工作信息；市红十字会将在9月13日“世界急救日”期间对表现突出的县（区）予以通报表扬，并从中推荐“最美救护员”候选人2名参加自治区评选。"),
    ("p", "　　附件：2025年“博爱高原行”应急救护培训任务分配表"),
]
LS_ANNEX = [
    ["县（区）", "普及培训场次", "普及培训人次", "救护员名额（名）"],
    ["城关区", "48", "2400", "360"],
    ["堆龙德庆区", "26", "1300", "180"],
    ["达孜区", "18", "900", "120"],
    ["林周县", "20", "1000", "130"],
    ["当雄县", "16", "800", "100"],
    ["尼木县", "14", "700", "90"],
    ["曲水县", "20", "1000", "140"],
    ["墨竹工卡县", "24", "1200", "140"],
    ["合计", "186", "9300", "1260"],
]
LS_SIGN = ["拉萨市红十字会", "2025年4月28日"]
LS_CC = "抄送：西藏自治区红十字会，拉萨市卫生健康委员会，拉萨市教育局。"
LS_PRINT = "拉萨市红十字会办公室　　　　2025年4月28日印发"

# ---------------------------------------------------------------- 6. Changhua FAQ (zh-hant html)
CH_HTML = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>志工與捐血常見問答 - 中華民國紅十字會彰化縣支會</title>
</head>
<body>
<header>
<div class="brand">中華民國紅十字會彰化縣支會</div>
<nav><a href="/">首頁</a> ｜ <a href="/about">關於本會</a> ｜ <a href="/volunteer">志工專區</a> ｜ <a href="/faq">常見問答</a> ｜ <a href="/donate">線上捐款</a></nav>
</header>
<main>
<h1>志工與捐血常見問答</h1>
<p class="meta">更新日期：民國114年3月18日　發布單位：志工服務組</p>
<p>本會自民國39年成立以來，長期推動急救教育、災害救助與捐血宣導。以下整理民眾最常詢問的問題，如仍有疑問，歡迎來電洽詢。</p>

<section class="faq">
<details>
<summary>Q1：加入紅十字會志工需要什麼條件</summary>
<p>年滿18至65歲、身心健康、認同紅十字人道精神者皆可報名；16至17歲的高中職學生，經家長書面同意後可參加「青年志工」服務。新進志工須完成基礎訓練12小時及特殊訓練6小時，並於3個月內完成實習服務12小時，方可領取志願服務紀錄冊。</p>
</details>
<details>
<summary>Q2：每年有幾次志工招募</summary>
<p>本會每年於3月及9月各辦理一次志工招募，民國114年春季招募名額為60名，報名期間自民國114年3月20日至4月15日止，面談於4月26日在本會二樓會議室舉行。</p>
</details>
<details>
<summary>Q3：志工服務有保險嗎</summary>
<p>有。本會依《志願服務法》為每位在冊志工投保意外事故保險，身故及失能保額新臺幣300萬元，傷害醫療實支實付上限新臺幣3萬元。服務期間如有受傷，請於48小時內通知志工服務組。</p>
</details>
<details>
<summary>Q4：捐血需要符合哪些條件</summary>
<p>年齡17至65歲（17歲須經法定代理人同意；65歲以上至70歲須經醫師評估），體重男性50公斤以上、女性45公斤以上。捐全血250毫升者須間隔2個月，捐500毫升者男性間隔3個月、女性間隔4個月；分離術捐血小板間隔2週。</p>
</details>
<details>
<summary>Q5：哪裡可以捐血？開放時間為何</summary>
<p>本會與台灣血液基金會合作，在縣內設有以下固定捐血服務點（國定假日另行公告）：</p>
<table border="1">
<tr><th>服務點</th><th>地址</th><th>開放時間</th><th>休息日</th></tr>
<tr><td>彰化市中山捐血室</td><td>彰化縣彰化市中山路二段251號</td><td>9:00–17:30</td><td>每週一</td></tr>
<tr><td>員林捐血站</td><td>彰化縣員林市光明街108號2樓</td><td>10:00–18:00</td><td>每週二</td></tr>
<tr><td>鹿港捐血車（天后宮廣場）</td><td>彰化縣鹿港鎮中山路430號前</td><td>13:00–20:00</td><td>週一至週五</td></tr>
<tr><td>北斗捐血點（北斗鎮公所）</td><td>彰化縣北斗鎮斗苑路一段120號</td><td>8:30–12:00</td><td>每月第2、4個週六以外</td></tr>
</table>
</details>
<details>
<summary>Q6：捐血後可以獲得什麼</summary>
<p>捐血者可獲得免費血液檢查報告（含B型、C型肝炎及梅毒篩檢），累計捐血滿10次者由本會於每年6月14日「世界捐血者日」前後頒發感謝狀，滿50次者頒發銀質紀念章。</p>
</details>
<details>
<summary>Q7：志工服務時數可以抵扣什麼嗎</summary>
<p>服務時數可登錄於衛生福利部志願服務資訊整合系統。年度服務滿150小時且服務滿3年者，可申請志願服務榮譽卡，憑卡免費進入縣內公立風景區及文化場館。</p>
</details>
<details>
<summary>Q8：一般民眾可以報名急救訓練嗎</summary>
<p>可以。本會每月開設「基本救命術（CPR+AED）」課程，時數4小時，費用新臺幣300元；「紅十字急救員」課程時數16小時，費用新臺幣1,200元，測驗合格發給證書，效期2年。65歲以上長者及身心障礙者報名基本救命術課程可免費。</p>
</details>
<details>
<summary>Q9：發生災害時可以捐物資嗎</summary>
<p>重大災害發生時，本會將於官網公告所需物資清單。為避免物資堆積，原則上不接受二手衣物；民國113年7月凱米颱風期間，本會共收到民生物資1,820箱，由志工分裝後送至災區。</p>
</details>
<details>
<summary>Q10：可以捐款給紅十字會嗎？有收據嗎</summary>
<p>可以。本會勸募許可文號為衛部救字第1131361958號，捐款可至本會櫃檯、郵政劃撥（帳號：22045679，戶名：中華民國紅十字會彰化縣支會）或線上刷卡，收據可用於個人綜合所得稅列舉扣除額。民國113年度共收到捐款新臺幣1,486萬元。</p>
</details>
</section>

<section class="contact">
<h2>聯絡我們</h2>
<p>中華民國紅十字會彰化縣支會　志工服務組　聯絡人：賴淑貞 組長</p>
<p>電話：(04)722-6134 分機 205　傳真：(04)723-0518</p>
<p>地址：50058 彰化縣彰化市民生路77號</p>
<p>服務時間：週一至週五 8:00–12:00、13:30–17:30</p>
</section>
</main>
<footer><p>© 民國114年 中華民國紅十字會彰化縣支會 版權所有</p></footer>
</body>
</html>
"""


def add_page_field(paragraph):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


def townsville_pdf():
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=22, leading=28,
                                alignment=1, spaceBefore=30, spaceAfter=10),
        "sub": ParagraphStyle("s", parent=base, alignment=1, fontSize=11, spaceAfter=4),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=17,
                            spaceBefore=10, spaceAfter=5),
        "p": base,
    }

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, A4[1] - 12 * mm, TSV_ORG + " | Annual Review 2023-24")
        c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        notes = TSV_FOOT.get(doc.page, [])
        y = 22 * mm + 4 * mm * (len(notes) - 1)
        if notes:
            c.line(20 * mm, y + 5 * mm, 80 * mm, y + 5 * mm)
        for n in notes:
            c.drawString(20 * mm, y, n)
            y -= 4 * mm
        c.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page} of 3")
        c.restoreState()

    story = [Paragraph(t, st[k]) for k, t in TSV_TITLE]
    story.append(Spacer(1, 8 * mm))
    story += [Paragraph(t, st[k]) for k, t in TSV_P1]
    key = Table(TSV_KEY, colWidths=[85 * mm, 45 * mm])
    key.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11),
                             ("SPAN", (0, 0), (1, 0)),
                             ("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#c8102e")),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbe3e6")),
                             ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    story.append(key)
    story += [Paragraph(t, st[k]) for k, t in TSV_P2]
    tab = Table(TSV_TABLE, colWidths=[62 * mm, 34 * mm, 34 * mm, 26 * mm], repeatRows=1)
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 10),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story.append(tab)
    story += [Paragraph(t, st[k]) for k, t in TSV_P3]
    doc = SimpleDocTemplate(os.path.join(OUT, "townsville_annual_review_2023-24.pdf"), pagesize=A4,
                            topMargin=22 * mm, bottomMargin=34 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def townsville_docx():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = TSV_DOCX_NAME + "  |  Version 2.3"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Version 2.3 - Next review date: 30 June 2026 - Page ")
    add_page_field(fp)
    for kind, text in TSV_DOCX:
        if kind == "title":
            d.add_paragraph(text, style="Title")
        elif kind == "h1":
            d.add_heading(text, 1)
        elif kind == "h2":
            d.add_heading(text, 2)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "table_roles":
            d.add_paragraph("2.3.2 Minimum requirements by role:")
            t = d.add_table(rows=2 + len(TSV_ROLES), cols=5)
            t.style = "Table Grid"
            h0, h1 = t.rows[0].cells, t.rows[1].cells
            h0[0].text = "Role"
            h0[1].text = "Minimum age (years)"
            h0[2].text = "Screening required"
            h1[2].text = "Police check"
            h1[3].text = "Blue Card"
            h0[4].text = "Training (hours)"
            h0[2].merge(h0[3])
            h0[0].merge(h1[0])
            h0[1].merge(h1[1])
            h0[4].merge(h1[4])
            for i, row in enumerate(TSV_ROLES):
                for j, v in enumerate(row):
                    t.rows[i + 2].cells[j].text = v
        elif kind == "table_contacts":
            t = d.add_table(rows=len(TSV_CONTACTS), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(TSV_CONTACTS):
                for j, v in enumerate(row):
                    t.rows[i].cells[j].text = v
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "townsville_volunteer_policy_v2.3.docx"))


def lhasa_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(LS_ISSUER)
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
    p = d.add_paragraph(LS_NO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(LS_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    for kind, text in LS_BODY:
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.bold = True
            p.paragraph_format.first_line_indent = Pt(28)
    for s in LS_SIGN:
        p = d.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    d.add_paragraph("附件")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("2025年“博爱高原行”应急救护培训任务分配表").bold = True
    t = d.add_table(rows=len(LS_ANNEX), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(LS_ANNEX):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    d.add_paragraph("")
    d.add_paragraph(LS_CC)
    d.add_paragraph(LS_PRINT)
    d.save(os.path.join(OUT, "lhasa_notice_2025-12.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_texts(OUT, [
        ("tianjin_2024_work_report.html", TJ_HTML),
        ("tianjin_2025_h1_update.md", TJ_MD),
    ])
    townsville_pdf()
    townsville_docx()
    lhasa_docx()
    write_texts(OUT, [("changhua_volunteer_blood_faq.html", CH_HTML)])


if __name__ == "__main__":
    main()
