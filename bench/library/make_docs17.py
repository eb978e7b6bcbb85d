"""Generate the six docs17 documents (all text lives in this script).

Run: python bench/library/make_docs17.py   -> writes docs17/ next to this script
"""

import os

import docx
from doc_build import docx_body, english_styles, paged_pdf, write_texts

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs17")
os.makedirs(OUT, exist_ok=True)

# ====================================================================== 1. Chinese DOCX (Wenzhou look-alike of the seed)
WZ_TITLE = "温州市红十字会2024年工作报告"
WZ_SUB = "——2025年1月22日在温州市红十字会第八届理事会第四次会议上　报告人：市红十字会党组书记、常务副会长 陈海波"
WZ_BODY = [
    ("h1", "一、2024年工作回顾"),
    ("p", "2024年，温州市红十字会在市委、市政府和省红十字会的坚强领导下，以党建为引领，聚焦“三救”“三献”主责主业，全市红十字事业保持稳中有进的良好态势。全年募集社会捐赠款物1.38亿元，其中资金9870万元、物资折价3930万元，投入使用1.21亿元，惠及困难群众27.4万人次。"),
    ("h2", "（一）党建引领更加有力"),
    ("p", "市红十字会党组严格落实“第一议题”制度，全年召开党组理论学习中心组学习会14次。全市12个县（市、区）红十字会全部建立党组，实现党组建设全覆盖。深化“博爱先锋”党支部建设提升工程，2024年新命名示范党支部7个，累计达到19个；市红十字会机关党支部获评“市直机关五星级党支部”。"),
    ("p", "关联组织党建持续强化。全市19支红十字救援队全部建立党支部，党员队员486名，占队员总数的34.2%。洞头区红十字海上救援队党支部获评“温州市先进基层党组织”。"),
    ("h2", "（二）应急救护培训提质扩面"),
    ("p", "全年开展应急救护普及培训21.6万人次，培训持证救护员3.84万人次，为企业开展应急救护培训612场次。在全市中小学开展“救在身边·校园行”活动，覆盖学生8.7万人。新增配置AED 1160台，累计配置达4870台，其中鹿城区、瓯海区、龙湾区三个主城区配置2130台。“救在身边”注册志愿者达1.2万名，全年成功参与救治心脏骤停患者11例。"),
    ("h2", "（三）救援队伍能力提升"),
    ("p", "全市红十字救援队共有队员1420名，全年出动236次、3900余人次，参与搜救、水域救援和大型活动保障。2024年7月台风“格美”影响期间，苍南县、平阳县、泰顺县红十字救援队转移群众1850人。苍南县红十字水上救援队队长林志勇带队连续奋战72小时，获评“浙江省抗台救灾先进个人”。"),
    ("h2", "（四）“三献”工作稳步推进"),
    ("p", "全年全市无偿献血15.2万人次，献血量4.9万升。新增造血干细胞捐献志愿者入库3260人份，实现造血干细胞捐献21例，其中瓯海区教师郑晓东成为温州市第100例造血干细胞捐献者。新增遗体（器官）捐献志愿登记1.08万人，实现遗体捐献47例、器官捐献39例。“生命礼赞”缅怀纪念园位于瑞安市，全年组织缅怀纪念活动3场。"),
    ("h2", "（五）人道救助精准有力"),
    ("p", "开展“博爱送万家”活动，慰问困难群众1.6万户；实施“红十字博爱助学”项目，资助困难学生820名；实施“小天使”大病救助项目，救助白血病、先心病患儿126名。乐清市红十字救援队副队长黄立群获评“浙江省最美志愿者”，鹿城区红十字会工作者潘美珍获评“全国红十字系统先进工作者”。"),
    ("h2", "（六）数字红会和人道资源"),
    ("p", "推进“数字红会”温州分站建设，9个涉民事项在“浙里办”上线，全年办件量6820件，办结率100%。捐赠款物信息在市红十字会官网和“温州红十字”微信公众号逐笔公开，公开率100%。全年接受审计2次，第三方评估满意度96.4分。与温州医科大学附属第一医院共建“红十字应急救护培训基地”，与华峰集团、正泰集团签订人道资源动员合作协议，协议金额合计2600万元。"),
    ("h2", "（七）基层组织和博爱家园建设"),
    ("p", "全年新建城乡一体标准化博爱家园42个，累计达到186个，其中文成县、泰顺县两个山区县建成31个。全市建成红十字服务站、救护站231个，生命教育体验馆9个。发展成人会员6.12万名，注册志愿者3.47万名，志愿服务团体（组织）168个。2024年主要指标见下表。"),
    ("table", [
        ["指标", "2023年", "2024年", "增长"],
        ["应急救护普及培训", "18.9万人次", "21.6万人次", "14.3%"],
        ["持证救护员", "3.31万人次", "3.84万人次", "16.0%"],
        ["累计配置AED", "3710台", "4870台", "31.3%"],
        ["标准化博爱家园", "144个", "186个", "29.2%"],
        ["造血干细胞入库", "2870人份", "3260人份", "13.6%"],
        ["成人会员", "5.64万名", "6.12万名", "8.5%"],
        ["注册志愿者", "3.02万名", "3.47万名", "14.9%"],
    ]),
    ("h1", "二、存在的不足"),
    ("p", "一是县域发展不平衡，永嘉县、文成县、泰顺县每10万人口AED配置数不足主城区的一半；二是救援队装备更新滞后，全市救援队平均装备使用年限超过6年；三是专职工作人员不足，全市红十字系统在编人员仅58人。"),
    ("h1", "三、2025年工作安排"),
    ("p", "2025年，全市红十字会将重点做好以下工作：一是全年开展应急救护普及培训23万人次，新增配置AED 800台；二是新建博爱家园30个，重点向山区海岛县倾斜；三是建成永嘉县生命教育体验馆，计划2025年6月开馆；四是推进龙港市红十字会规范化建设，完成第二届理事会换届。"),
]


def make_docx():
    d = docx.Document()
    docx_body(d, [("title", WZ_TITLE), ("p", WZ_SUB)] + WZ_BODY)
    d.core_properties.title = WZ_TITLE
    d.core_properties.author = "陈海波"
    d.save(os.path.join(OUT, "wenzhou_redcross_2024.docx"))


# ====================================================================== 2. English PDF (Anji rescue team)
AJ_TITLE = "Anji County Red Cross Rescue Team: 2024 Operations Report"
AJ_SUB = "Prepared by the Team Command Office, Anji County Red Cross, Huzhou, Zhejiang. Issued 20 January 2025."
AJ_PAGES = [
    [
        ("h1", "1. Overview"),
        ("p", "The Anji County Red Cross Rescue Team was founded in May 2016 and is based at the Red Cross "
              "Emergency Base on Changshuo Road in Dipu Subdistrict, Anji County. It operates under the Anji "
              "County Red Cross and its Party branch, which was set up in 2019 and now has 41 Party members. "
              "In 2024 the team answered 168 call-outs, deployed 2,146 member-times and helped an estimated "
              "4,900 people. The average time from call to departure was 14 minutes, down from 19 minutes "
              "in 2023."),
        ("p", "The team is led by Captain Shen Weiguo, a former firefighter who has commanded the team since "
              "2020. Deputy Captain Pan Lihua is responsible for training, and Deputy Captain Zhu Jianfeng "
              "for equipment and logistics. Party branch secretary Wu Xiaoqing coordinates volunteer "
              "recruitment and welfare. The team's medical officer is Dr. Yu Hong of Anji County People's "
              "Hospital."),
        ("h1", "2. Members"),
        ("p", "At 31 December 2024 the team had 126 registered members, of whom 102 were active (at least "
              "40 duty hours in the year). Twenty-one new members joined in 2024 and nine left. Women made "
              "up 23 members. The average age was 38; the youngest member was 19 and the oldest 63. "
              "Members are organised into four squads: the Mountain Search Squad (34 members), the Water "
              "Rescue Squad (31), the First-Aid Support Squad (37) and the Logistics and Communications "
              "Squad (24)."),
        ("p", "Every applicant must be aged 18 to 60, pass a physical fitness test (a 3 km run in under 18 "
              "minutes and a 200 m swim for the Water Rescue Squad), hold a valid Red Cross first-aider "
              "certificate, and complete a six-month probation period with at least 60 training hours."),
        ("h1", "3. Call-outs by type"),
        ("p", "Mountain search and rescue remained the largest category, reflecting the county's bamboo "
              "forests and hiking trails around Tianhuangping, Longwangshan and the Jiangnan Tianchi "
              "resort. The busiest single month was August, with 27 call-outs."),
        ("table", [
            ["Call-out type", "Number", "Member-times", "People helped"],
            ["Mountain search and rescue", "52", "884", "117"],
            ["Water rescue and flood response", "29", "406", "1,320"],
            ["Event medical cover", "47", "517", "2,650"],
            ["Road and traffic incidents", "18", "126", "74"],
            ["Typhoon and storm response", "9", "143", "608"],
            ["Other (searches, animal rescue)", "13", "70", "131"],
            ["Total", "168", "2,146", "4,900"],
        ]),
    ],
    [
        ("h1", "4. Major operations"),
        ("p", "Tianhuangping search, 3-4 March 2024. Two hikers from Shanghai were reported missing on the "
              "ridge above the Tianhuangping pumped-storage reservoir. Sixty-two members searched through "
              "the night in fog and found both hikers alive at 04:40 on 4 March, about 2.3 km from the "
              "marked trail."),
        ("p", "Typhoon Gaemi, 26-28 July 2024. Heavy rain flooded parts of Xiaofeng Town and Tianzihu Town. "
              "The Water Rescue Squad deployed four inflatable boats and evacuated 286 residents, including "
              "41 elderly people from a care home in Xiaofeng. No member was injured."),
        ("p", "Anji Bamboo Expo Marathon, 20 October 2024. Fifty-five members and two ambulances provided "
              "medical cover along the 42.195 km course. Volunteers treated 213 runners, mainly for "
              "cramps and blisters, and one runner who collapsed at the 36 km point was resuscitated "
              "with an AED and taken to Anji County People's Hospital."),
        ("h1", "5. Training"),
        ("p", "Members logged 9,860 training hours in 2024, an average of 78 hours per registered member. "
              "The team ran 46 in-house training days and sent 18 members to external courses, including "
              "the Zhejiang Red Cross water rescue instructor course in Zhoushan (6 members) and the "
              "provincial rope rescue course in Xianju (5 members). Eighty-nine members now hold a valid "
              "Red Cross first-aider certificate, and 12 are certified Red Cross first-aid trainers."),
        ("p", "The annual joint exercise with the Anji Fire and Rescue Brigade took place on 15 November "
              "2024 at Laoshikan Reservoir, simulating a capsized tourist boat with 12 people in the "
              "water. The team also delivered public first-aid training to 6,240 residents, teachers and "
              "tea-plantation workers in 71 sessions."),
        ("h1", "6. Volunteer welfare and safety"),
        ("p", "No member suffered a serious injury on duty in 2024. Three minor injuries were recorded: a "
              "sprained ankle during the Tianhuangping search, a hand cut during flood clearance in Tianzihu "
              "Town and a bee sting during a summer search near Longwangshan. Every member receives a free "
              "annual health check at Anji County People's Hospital, and members returning from night "
              "operations are given at least 8 hours of rest before the next duty. A peer-support group "
              "led by two trained members met six times during the year, and the team held its annual "
              "family day at the Jiangnan Tianchi resort on 8 June 2024, attended by 240 members and relatives."),
        ("h1", "7. Equipment"),
        ("p", "Equipment purchases in 2024 cost RMB 486,000, funded by the county government (RMB 300,000), "
              "the Huzhou Red Cross (RMB 120,000) and a donation from the Anji Bamboo Industry Association "
              "(RMB 66,000). New items included two DJI Matrice 350 drones with thermal cameras, 14 "
              "dry suits and a 6-metre rigid rescue boat."),
    ],
    [
        ("h1", "8. Fleet and inventory (31 December 2024)"),
        ("table", [
            ["Item", "Quantity", "Note"],
            ["Command vehicle", "1", "Bought 2021"],
            ["Rescue pick-up trucks", "3", "One replaced in 2024"],
            ["Ambulance (donated)", "2", "Shared with county hospital"],
            ["Inflatable rescue boats", "6", "Water Rescue Squad"],
            ["Rigid rescue boat (6 m)", "1", "New in 2024"],
            ["Drones", "5", "Two with thermal cameras"],
            ["AEDs", "8", "Two on each vehicle"],
            ["Satellite phones", "4", "Beidou messaging"],
        ]),
        ("h1", "9. Finance"),
        ("p", "Total spending in 2024 was RMB 1.12 million: equipment RMB 486,000, training RMB 214,000, "
              "insurance RMB 96,000 (accident cover of RMB 500,000 per member), vehicle running costs "
              "RMB 182,000 and other operating costs RMB 142,000. Members are unpaid volunteers; they "
              "receive a meal and transport allowance of RMB 60 per call-out."),
        ("h1", "10. Honours"),
        ("p", "In 2024 the team was named an Outstanding Red Cross Rescue Team of Zhejiang Province. "
              "Captain Shen Weiguo received the Huzhou May Fourth Youth Medal, and Water Rescue Squad "
              "leader Cheng Hao was named one of the Ten Best Red Cross Volunteers of Huzhou."),
        ("h1", "11. Lessons learned"),
        ("p", "The after-action reviews held after each major operation identified three lessons. First, "
              "mobile phone coverage on the Tianhuangping ridge is poor, so every search group now carries "
              "a Beidou messaging device. Second, during Typhoon Gaemi the boats had to wait for fuel; a "
              "reserve of 200 litres is now kept at the Xiaofeng store. Third, the marathon cover showed "
              "that drinking-water stations need first-aid posts at least every 5 km after the 30 km mark."),
        ("h1", "12. Partners"),
        ("p", "The team thanks the Anji County Emergency Management Bureau, the Anji Fire and Rescue Brigade, "
              "Anji County People's Hospital, the Tianhuangping Scenic Area Management Committee and the "
              "Anji Bamboo Industry Association for their support in 2024."),
        ("h1", "13. Plans for 2025"),
        ("p", "In 2025 the team aims to grow to 150 registered members, open a second base in Xiaofeng Town "
              "by September 2025, cut the average call-to-departure time to 12 minutes and train 8,000 "
              "members of the public in first aid. Enquiries: Team Command Office, telephone "
              "0572-5123120, duty line open 24 hours."),
    ],
]


def _widths(rows: list) -> list[float]:
    """The first column wider (1.6 shares of 16.4 cm split by the columns), the rest sharing what is left."""
    n = len(rows[0])
    w = 16.4 / n
    return [w * 1.6] + [w * (n - 1.6) / (n - 1)] * (n - 1)


def make_pdf():
    paged_pdf(os.path.join(OUT, "anji_rescue_team_2024.pdf"), [(AJ_TITLE, "title"), (AJ_SUB, "sub")], AJ_PAGES,
              english_styles(9.5, 12.5, 12), lambda page: f"Anji County Red Cross Rescue Team - 2024 Operations Report - page {page}", ("Helvetica", 8.5),
              title=AJ_TITLE, author="Anji County Red Cross", widths=_widths)


# ====================================================================== 3. zh-hant HTML (Hong Kong volunteer association)
HK_HTML = """<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head><meta charset="utf-8"><title>香港晴望義工協會 2024-25年度年報</title></head>
<body>
<header><div class="brand">香港晴望義工協會 Sunward Volunteers Association (Hong Kong)</div></header>
<main>
<h1>香港晴望義工協會 2024-25年度年報</h1>
<p class="meta">報告期：2024年4月1日至2025年3月31日　出版日期：2025年7月18日　註冊慈善機構編號：91/12487</p>

<h2>主席的話</h2>
<p>本會成立於1998年，今年踏入第二十七個服務年度。過去一年，本會登記義工增至5,820人，全年義務工作時數達186,400小時，較上年度增加11.2%。感謝每一位義工及捐款人的支持。——主席 馮詠詩</p>

<h2>一、服務概覽</h2>
<ul>
<li>長者探訪及陪診服務：全年探訪獨居長者14,260人次，陪診服務3,180人次，主要服務深水埗、觀塘及黃大仙區。</li>
<li>「暖飯盒」膳食支援計劃：全年派發熱飯盒96,500個，受惠基層家庭1,240戶。</li>
<li>青少年功課輔導班：於8個屋邨開設，全年受惠學生620名，義工導師190名。</li>
<li>社區急救推廣：與香港紅十字會合辦基本急救課程42班，共1,036人取得證書。</li>
<li>緊急支援：2024年9月颱風「摩羯」襲港期間，動員義工310人次協助清理及派發物資。</li>
</ul>

<h2>二、各區服務數據</h2>
<table border="1">
<thead><tr><th>地區</th><th>服務中心</th><th>登記義工</th><th>義工時數</th><th>受惠人次</th></tr></thead>
<tbody>
<tr><td>深水埗</td><td>石硤尾服務中心</td><td>1,460人</td><td>48,200小時</td><td>21,300人次</td></tr>
<tr><td>觀塘</td><td>秀茂坪服務中心</td><td>1,290人</td><td>41,700小時</td><td>18,900人次</td></tr>
<tr><td>黃大仙</td><td>慈雲山服務中心</td><td>980人</td><td>32,600小時</td><td>14,100人次</td></tr>
<tr><td>元朗</td><td>天水圍服務中心</td><td>1,120人</td><td>37,500小時</td><td>16,800人次</td></tr>
<tr><td>葵青</td><td>長青服務中心</td><td>970人</td><td>26,400小時</td><td>11,700人次</td></tr>
<tr><td>合計</td><td>5間</td><td>5,820人</td><td>186,400小時</td><td>82,800人次</td></tr>
</tbody>
</table>

<h2>三、義工發展</h2>
<p>全年新登記義工1,340人，其中25歲以下青年義工占38%。本會為義工提供入職簡介會及培訓課程共128節，累積培訓時數4,860小時。服務時數達500小時或以上的義工共214人，獲頒發年度「金晴獎」；服務滿1,000小時者共57人，獲頒「晴望之星」。</p>
<p>義工年滿12歲即可登記；未滿18歲者須由家長或監護人簽署同意書。所有義工須出席一節三小時的入職簡介會。</p>

<h2>四、財務及捐款</h2>
<p>本年度總收入為港幣1,862萬元，其中社會福利署資助港幣724萬元，公益金撥款港幣318萬元，公眾及企業捐款港幣576萬元，賣旗日收益港幣112萬元，其他收入港幣132萬元。總支出為港幣1,797萬元，年度盈餘港幣65萬元。</p>
<p>本會賣旗日於2024年11月9日在港島區舉行，共有2,150名義工參與。捐款港幣100元或以上可憑收據向稅務局申請扣稅。</p>
<p>主要企業捐款者包括：恒悅地產基金會（港幣120萬元）、東港銀行（港幣85萬元）及華興電訊（港幣40萬元）。</p>

<h2>五、服務成效及個案分享</h2>
<p>本年度委託香港城市大學社會科學院進行服務成效評估，受訪長者中有91%表示探訪服務減少了孤獨感，87%的家長認為功課輔導班改善了子女的學習習慣。服務使用者整體滿意度為4.6分（滿分5分）。</p>
<p>義工陳婉玲女士已退休多年，十年來每星期到石硤尾邨探訪獨居長者，累計服務時數超過3,200小時，今年獲社會福利署頒發「義務工作嘉許狀」金狀。青年義工李俊賢在觀塘區開辦「長者手機班」，一年內教曉260位長者使用視像通話。</p>
<p>本會與香港紅十字會、香港公益金、社會福利署及區議會保持緊密合作，並與12所中學簽訂「學校義工夥伴計劃」協議，全年安排中學生參與服務共4,380人次。</p>

<h2>六、管理層</h2>
<ul>
<li>主席：馮詠詩女士</li>
<li>副主席：譚家豪先生</li>
<li>司庫：歐陽淑儀女士</li>
<li>總幹事：梁志明先生</li>
</ul>

<h2>七、來年計劃</h2>
<p>2025-26年度，本會計劃於屯門開設第六間服務中心，目標登記義工達6,500人，並推出「數碼探訪」計劃，為300名行動不便長者提供視像探訪。</p>

<h2>聯絡我們</h2>
<ul>
<li>總辦事處地址：九龍深水埗石硤尾邨美映樓地下12-15號</li>
<li>義工招募熱線：2788 3620（星期一至六上午9時至下午6時）</li>
<li>電郵：info@sunward.org.hk</li>
</ul>
</main>
<footer><p>© 2025 香港晴望義工協會 版權所有</p></footer>
</body>
</html>
"""


# ====================================================================== 4. English Markdown (hospital policy)
LK_MD = """# Lakeside Community Hospital — Visitor and Blood Donation Policy

Policy number: LCH-POL-0417 | Version 5.2 | Effective date: 1 March 2025 | Next review: 28 February 2027
Owner: Office of Patient Experience, Lakeside Community Hospital, 1200 Shoreline Drive, Lakeside

## 1. Purpose and scope

This policy sets out when and how visitors may see patients at Lakeside Community Hospital (LCH), and who may give blood at the hospital's Blood Donation Centre. It applies to all wards, the Emergency Department and the Blood Donation Centre on Level 2 of the East Wing. It replaces Version 5.1 of June 2023.

## 2. Visiting hours

General wards are open to visitors from 11:00 to 20:00 every day. There is a protected mealtime from 12:00 to 13:00 and from 17:00 to 18:00, when only one carer per patient may stay to help with eating.

The Intensive Care Unit (ICU) allows visits from 14:00 to 19:00 only, with a maximum of two visitors at the bedside. The Maternity Ward allows partners to stay at any time; other visitors may come from 15:00 to 19:00. The Children's Ward (Ward 6B) allows one parent or guardian to stay overnight.

Quiet hours run from 21:00 to 07:00 on all wards. During quiet hours lights in patient bays are dimmed, televisions must be used with headphones, and visitors who have been given permission to stay (for example the parent on Ward 6B or a carer of a patient at the end of life) are asked to keep conversations short and low. A folding chair-bed can be requested from the ward desk.

## 3. Visitor rules

1. Every visitor must sign in at the main reception or the ward desk and wear a visitor badge.
2. No more than two visitors may be at a bedside at one time on general wards.
3. Children under 12 must be accompanied by an adult at all times and may not visit the ICU.
4. Visitors with fever, cough, vomiting or diarrhoea in the last 48 hours must not visit.
5. Hands must be cleaned with alcohol gel on entering and leaving every ward.
6. Flowers and plants are not allowed in the ICU, the Oncology Ward or the Renal Unit.
7. Food brought for patients must be checked with the nurse in charge first.
8. Photography of other patients or staff is not allowed without their consent.
9. Visitors must leave when asked by staff during ward rounds or emergencies.
10. Aggressive or abusive behaviour will lead to removal by security and may be reported to the police.

Exceptions to these rules (for example for patients at the end of life) may be approved by the nurse in charge of the ward.

## 4. Blood Donation Centre

The Blood Donation Centre is run jointly with the Regional Blood Service. It is open Monday to Friday from 08:30 to 17:30 and on Saturday from 09:00 to 14:00; it is closed on Sundays and public holidays. Walk-in donors are welcome, but appointments are recommended and can be booked online or by phone. A whole blood donation takes about 10 minutes, and the whole visit takes about 45 minutes. A platelet donation by apheresis takes about 90 minutes.

## 5. Donor eligibility

1. Donors must be aged 18 to 65. First-time donors must be under 61; regular donors may continue to age 70 with a yearly check by the centre doctor.
2. Donors must weigh at least 50 kg.
3. Haemoglobin must be at least 125 g/L for women and 135 g/L for men, tested by a finger-prick before every donation.
4. Donors must not give blood within 7 days of a dental extraction, within 4 months of a tattoo or piercing, or within 6 months of major surgery.
5. Donors must eat a meal and drink at least 500 ml of water in the 3 hours before donating.
6. People who have lived in a malaria area must wait 12 months after returning before donating whole blood.

## 6. Donation amounts and intervals

| Donation type | Amount per donation | Minimum interval | Maximum per year |
| --- | --- | --- | --- |
| Whole blood (men) | 450 ml | 12 weeks | 4 times |
| Whole blood (women) | 450 ml | 16 weeks | 3 times |
| Platelets (apheresis) | 1 adult dose | 2 weeks | 24 times |
| Plasma | up to 600 ml | 2 weeks | 24 times |
| Platelets after whole blood | — | 4 weeks | — |

## 7. Recognition of donors

Donors receive a certificate at their 10th, 25th, 50th and 100th donation. Donors who reach 50 donations are invited to the annual Donor Thank-You Dinner in June. Every donor receives a free meal voucher for the hospital café and two hours of free parking in Car Park B.

## 8. Parking and access

Visitor parking is in Car Park A (entrance on Shoreline Drive), at 3 dollars per hour with a daily maximum of 18 dollars. Blue Badge holders park free in the 24 accessible bays beside the main entrance. The Number 14 and Number 27 buses stop outside the main entrance.

## 9. Emergency Department visitors

Patients in the Emergency Department may have one companion with them. A second companion may wait in the family room next to the ambulance bay. Companions may be asked to step out during resuscitation, procedures or X-rays. Children brought to the Emergency Department may have both parents with them.

## 10. Outbreaks and restrictions

During an outbreak of influenza, norovirus or COVID-19, the Infection Prevention and Control team may close a ward to visitors or limit visits to one named visitor per patient. Restrictions are posted at the ward entrance and on the hospital website, and are reviewed at least every 72 hours. Visitors to a restricted ward must wear a surgical mask, which is provided at the ward door.

## 11. Interpreters and accessibility

Free interpreters are available in 14 languages, including Mandarin, Cantonese, Spanish and Arabic, and by video for other languages; ask the ward desk at least 24 hours ahead where possible. Wheelchairs can be borrowed at the main reception without charge. Assistance dogs are welcome in all areas except the ICU and operating theatres.

## 12. Blood donation questions and answers

Q: Do I need to bring anything to donate?
A: Bring photo identification such as a driving licence or passport. Returning donors may also show their donor card or the donor app.

Q: Can I donate if I take medicine?
A: Many medicines are fine. Donors taking antibiotics must wait 7 days after the last dose, and donors taking aspirin cannot give platelets for 5 days. The centre nurse will check every medicine at the health screening.

Q: What should I do after donating?
A: Rest for 15 minutes in the refreshment area, drink extra fluids for the next 24 hours and avoid heavy lifting or hard exercise for the rest of the day. Keep the dressing on for at least 4 hours.

Q: Will I be told my blood group?
A: Yes. Your blood group is sent by text message and shown in the donor app about 3 weeks after your first donation.

## 13. Comments and complaints

Comments about visiting or blood donation can be given to any member of staff, by the feedback form on the hospital website, or to the Office of Patient Experience. Written complaints are acknowledged within 3 working days and answered in full within 25 working days.

## 14. Spiritual care, phones and lost property

The hospital chaplaincy offers support to patients and visitors of all faiths and none. The multi-faith room on the ground floor of the West Wing is open from 07:00 to 22:00, and a chaplain can be called at any time through the switchboard.

Mobile phones may be used in public areas, in the café and on general wards, but must be switched to silent in patient bays and switched off near equipment marked with a red sign in the ICU and the Renal Unit. Free Wi-Fi is available on the network "LCH-Guest"; no password is needed and sessions last 4 hours.

Lost property is kept by the security office next to the main reception for 30 days. Valuables handed in are logged and kept in the safe. Items not claimed after 30 days are given to charity or destroyed. Patients are asked not to bring large sums of cash or jewellery into hospital; the hospital accepts no responsibility for items not handed in for safekeeping.

## 15. Review of this policy

This policy is reviewed every two years by the Patient Experience Committee, with input from the Regional Blood Service, the Infection Prevention and Control team and the Patient and Family Advisory Council, which has 12 volunteer members. Suggestions for changes may be sent to the Office of Patient Experience at any time.

## 16. Contacts

- Main switchboard: (555) 301-4000
- Ward visiting enquiries: (555) 301-4120
- Blood Donation Centre appointments: (555) 301-4388, or donate@lakesidech.org
- Patient Experience Manager: Grace Holloway, (555) 301-4155
- Blood Donation Centre Manager: Dr. Marcus Feld
"""


# ====================================================================== 5. Chinese HTML (Hangzhou blood donation 2025)
HZ_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>杭州市2025年无偿献血招募公告 - 杭州市中心血站</title></head>
<body>
<header><div class="logo">杭州市中心血站 · 杭州市红十字会</div></header>
<main>
<h1>杭州市2025年无偿献血招募公告</h1>
<p class="meta">发布单位：杭州市献血办公室、杭州市中心血站、杭州市红十字会　发布日期：2025年1月6日</p>
<p>2024年，全市共有21.3万人次参加无偿献血，采集血液7.02万升，保障了全市112家医疗机构的临床用血。为保障2025年临床用血需求，现面向社会公开招募无偿献血者，全年招募目标为22万人次。</p>

<h2>一、谁可以献血</h2>
<ul>
<li>年龄：18周岁至55周岁；既往无献血反应、符合健康检查要求的多次献血者，主动要求再次献血的，年龄可延长至60周岁。</li>
<li>体重：男性不低于50公斤，女性不低于45公斤。</li>
<li>血压：收缩压90—139毫米汞柱，舒张压60—89毫米汞柱。</li>
<li>近期无感冒、发热，献血前一晚不饮酒、不熬夜，献血前正常进食、避免油腻食物。</li>
</ul>

<h2>二、献血量与间隔</h2>
<ul>
<li>全血献血每次200毫升、300毫升或400毫升，两次全血献血间隔不少于6个月。</li>
<li>单采血小板每次1至2个治疗量，两次间隔不少于2周，每年不超过24次。</li>
<li>单采血小板后捐献全血，间隔不少于4周；全血献血后捐献单采血小板，间隔不少于3个月。</li>
</ul>

<h2>三、献血请携带</h2>
<p>请携带本人有效身份证件原件（居民身份证、社会保障卡、驾驶证、护照或港澳居民来往内地通行证），使用“浙里办”电子身份证亦可。首次献血者建议提前在“杭州献血”微信公众号预约。</p>

<h2>四、主要献血点</h2>
<table border="1">
<thead><tr><th>献血点</th><th>地址</th><th>开放时间</th><th>电话</th></tr></thead>
<tbody>
<tr><td>市中心血站献血大厅</td><td>上城区庆春东路38号</td><td>每日8:00—17:00</td><td>0571-86011000</td></tr>
<tr><td>武林广场献血屋</td><td>拱墅区武林广场地铁C出口旁</td><td>每日9:00—20:00</td><td>0571-85170321</td></tr>
<tr><td>西湖文化广场献血屋</td><td>拱墅区中山北路西湖文化广场东侧</td><td>每日9:00—18:30</td><td>0571-87062210</td></tr>
<tr><td>滨江星光大道献血屋</td><td>滨江区江南大道228号星光大道一期南门</td><td>周二至周日9:30—18:00</td><td>0571-86695012</td></tr>
<tr><td>萧山人民广场献血屋</td><td>萧山区人民路与市心路交叉口</td><td>每日8:30—17:30</td><td>0571-82651130</td></tr>
<tr><td>余杭临平献血屋</td><td>临平区迎宾路临平银泰城北门</td><td>每日9:00—17:30</td><td>0571-86233301</td></tr>
</tbody>
</table>

<h2>五、献血者权益与荣誉</h2>
<ul>
<li>献血后可获得纪念品一份及误餐补贴，并可免费乘坐杭州地铁、公交至当日24时。</li>
<li>献血者本人累计献血量达到800毫升以上的，终身免费享用所献血量5倍的临床用血；献血者配偶和直系亲属享用与献血量等量的免费用血。</li>
<li>凭献血证可免费游览西湖风景名胜区收费景点（灵隐飞来峰景区除外）及杭州动物园、杭州植物园。</li>
<li>累计献全血20次以上或单采血小板40次以上者，可申报国家无偿献血奉献奖铜奖；累计献全血30次以上或单采血小板60次以上者，可申报银奖；累计献全血40次以上或单采血小板80次以上者，可申报金奖。</li>
<li>“三献”表现突出的献血者，优先推荐参评“杭州市最美献血者”，2025年计划评选30名。</li>
</ul>

<h2>六、团体献血预约</h2>
<p>机关、企事业单位、学校组织团体献血的，请提前15个工作日联系市中心血站团体献血科，联系人：何丽娟，电话0571-86011088。单次团体献血人数在50人以上的，血站可派献血车上门采血。</p>
<h2>七、温馨提示</h2>
<ol>
<li>献血后请在献血点休息15至20分钟，并饮用适量温水或饮料。</li>
<li>献血后24小时内不做剧烈运动，不高空作业，不过度疲劳，当天不要饮酒。</li>
<li>针眼处用创可贴保护，4小时内不要沾水，以防感染。</li>
<li>献血者可在献血后7天左右通过“杭州献血”微信公众号查询血液检测结果，检测不合格的，血站将以短信方式告知。</li>
</ol>

<h2>八、2024年献血情况</h2>
<p>2024年，全市共有1.26万人次捐献单采血小板，团体献血单位达到1860家；拱墅区、西湖区、上城区献血人次位列全市前三。全市共有412名献血者获得2022—2023年度全国无偿献血奉献奖，其中金奖68名；杭州市连续第九次获评“全国无偿献血先进市”。</p>
</main>
<footer><p>杭州市中心血站　地址：杭州市上城区庆春东路38号　邮编：310016　24小时服务热线：0571-86011000</p></footer>
</body>
</html>
"""


# ====================================================================== 6. English plain text (grant agreement)
CR_TXT = """COASTAL RESILIENCE GRANT AGREEMENT No. CR-2025-014

Between the Bluewater Coastal Foundation and the Zhoushan Branch of the Red Cross Society of China

Date of signature: 18 March 2025
Place of signature: Dinghai District, Zhoushan, Zhejiang Province

PARTIES

The Bluewater Coastal Foundation, a charitable foundation registered in Singapore under registration number 201734561K, with its office at 80 Marine Parade Road, #12-03, Singapore 449269 (the "Foundation"), represented by its Executive Director, Ms. Evelyn Tan Siew Ling; and

The Zhoushan Branch of the Red Cross Society of China, with its office at 216 Huancheng South Road, Dinghai District, Zhoushan (the "Grantee"), represented by its Executive Vice-President, Mr. Ying Jianmin.

CLAUSE 1. PURPOSE

1.1 The Foundation awards the Grantee a grant for the project "Safer Islands: Community Typhoon and Flood Preparedness in Zhoushan" (the "Project").
1.2 The Project will serve 24 island villages in Daishan County, Shengsi County and Putuo District, with an expected 38,000 direct beneficiaries.
1.3 The Project has four outputs: (a) 24 village emergency response teams of at least 15 members each; (b) first-aid training for 6,000 residents; (c) pre-positioned relief stocks for 3,000 households; and (d) 12 evacuation drills, one in each village pair, before the 2026 typhoon season.

CLAUSE 2. GRANT AMOUNT

2.1 The total grant is USD 420,000 (four hundred and twenty thousand US dollars).
2.2 The grant shall be spent according to the approved budget: training and drills USD 126,000; relief stocks USD 148,000; equipment for village teams USD 84,000; staff costs USD 37,800; monitoring and evaluation USD 16,800; audit USD 7,400.
2.3 The Grantee shall provide a matching contribution of at least RMB 600,000 in cash or in kind.
2.4 The Grantee may move up to 10% of any budget line to another line without prior approval. Larger changes require the written consent of the Foundation.

CLAUSE 3. GRANT PERIOD

3.1 The grant period runs from 1 April 2025 to 31 March 2027 (24 months).
3.2 A no-cost extension of up to 6 months may be requested in writing at least 60 days before the end of the grant period.

CLAUSE 4. PAYMENT INSTALMENTS

4.1 The grant shall be paid in three instalments into the Grantee's bank account with the Bank of China, Zhoushan Branch:

Instalment | Amount | Condition | Expected date
First | USD 168,000 (40%) | Signature of this Agreement | April 2025
Second | USD 168,000 (40%) | Approval of the first interim report and spending of at least 70% of the first instalment | November 2025
Third | USD 84,000 (20%) | Approval of the second interim report | May 2026

4.2 The Foundation shall pay each instalment within 30 days after its condition is met.
4.3 Any interest earned on the grant must be used for the Project and reported.

CLAUSE 5. REPORTING

5.1 The Grantee shall submit narrative and financial reports in English:
(a) first interim report covering April to September 2025, due by 31 October 2025;
(b) second interim report covering October 2025 to March 2026, due by 30 April 2026;
(c) final report covering the whole grant period, due by 30 June 2027.
5.2 An independent audit of the Project accounts shall be submitted with the final report.
5.3 The Grantee shall report any loss, theft or misuse of funds greater than USD 1,000 to the Foundation within 5 working days.

CLAUSE 6. VISIBILITY

6.1 All training materials and relief kits shall carry the logos of both parties.
6.2 The Foundation may visit the Project at any time with 14 days' notice.
6.3 Press releases, social media posts and signboards about the Project shall name the Foundation as the funder. The Grantee shall send the text of any press release to the Foundation at least 3 working days before publication.
6.4 The Foundation may use photographs and stories from the Project in its own publications, provided that the people shown have given written consent and that no child can be identified by name or village.

CLAUSE 7. PROCUREMENT

7.1 Purchases above USD 5,000 require at least three written quotations.
7.2 Purchases above USD 50,000 require an open tender.

CLAUSE 8. TERMINATION

8.1 Either party may terminate this Agreement by giving 90 days' written notice.
8.2 The Foundation may terminate immediately if the Grantee misuses funds, submits false reports, or fails to submit a report more than 60 days after its due date.
8.3 On termination, the Grantee shall return any unspent funds within 45 days, except for amounts already legally committed.
8.4 Unspent funds at the end of the grant period above USD 2,000 shall be returned to the Foundation.

CLAUSE 8A. MONITORING AND MILESTONES

8A.1 The Grantee shall keep a monitoring register showing, for each village, the date the emergency response team was formed, the number of team members, the number of residents trained and the date of the evacuation drill.
8A.2 The Project milestones are:
(a) by 30 June 2025, a project steering group is formed with the Zhoushan Emergency Management Bureau and the three county and district Red Cross branches, and a baseline survey of 1,200 households is completed;
(b) by 31 December 2025, 12 village emergency response teams are formed and equipped and 2,500 residents are trained in first aid;
(c) by 30 June 2026, all 24 village teams are formed and equipped, relief stocks for 3,000 households are in place, and at least 6 evacuation drills are held;
(d) by 31 December 2026, all 12 evacuation drills are completed and 6,000 residents are trained;
(e) by 31 March 2027, an endline survey is completed and lessons are shared at a workshop in Zhoushan.
8A.3 If a milestone is missed by more than 90 days, the Grantee shall submit a recovery plan within 30 days, and the Foundation may delay the next instalment until the plan is approved.
8A.4 The Grantee shall involve women in at least 40% of village team places and ensure that older people, people with disabilities and fishing families working at sea are included in evacuation planning.
8A.5 Project staff shall consist of one full-time project manager, one part-time finance officer and two field officers, one based in Daishan County and one in Shengsi County.

CLAUSE 9. DISPUTES AND GOVERNING LAW

9.1 The parties shall first try to settle any dispute by discussion within 30 days.
9.2 Disputes not settled shall be referred to the Singapore International Arbitration Centre.

CLAUSE 10. SAFEGUARDING

10.1 The Grantee shall apply its safeguarding policy to all staff and volunteers working on the Project, and ensure that anyone working with children or older people has had a background check.
10.2 Any safeguarding concern linked to the Project shall be reported to the Foundation within 48 hours, without naming the people involved.

CLAUSE 11. DATA PROTECTION

11.1 Personal data of beneficiaries shall be collected only as needed for the Project and kept in accordance with the Personal Information Protection Law of the People's Republic of China.
11.2 Lists of beneficiaries shall not be shared with the Foundation; the Grantee shall report only totals broken down by village, sex and age group.

CLAUSE 12. INSURANCE AND LIABILITY

12.1 The Grantee shall insure all volunteers taking part in drills and response activities against accident, with cover of at least RMB 300,000 per person.
12.2 The Foundation accepts no liability for injury, loss or damage arising from the Project.

CLAUSE 13. FORCE MAJEURE

13.1 Neither party is liable for delay caused by events beyond its reasonable control, including typhoons, floods, epidemics or government orders.
13.2 If a force majeure event delays the Project for more than 90 days, the parties shall agree in writing whether to revise the work plan, extend the grant period or end the Agreement.

CLAUSE 14. AMENDMENTS AND ENTIRE AGREEMENT

14.1 This Agreement may be changed only by a written amendment signed by both parties.
14.2 This Agreement, together with Annex 1 (Project Proposal of 10 January 2025) and Annex 2 (Approved Budget), is the entire agreement between the parties.
14.3 This Agreement is made in English and Chinese, in two copies of each; if the texts differ, the English text prevails.

CLAUSE 15. CONTACT PERSONS

15.1 For the Foundation: Mr. Daniel Koh, Programme Officer, daniel.koh@bluewatercf.org.sg, +65 6345 7812.
15.2 For the Grantee: Ms. Chen Lulu, Project Manager, Zhoushan Red Cross, chenlulu@zsredcross.org.cn, +86 580 2021 344.

CLAUSE 16. ENTRY INTO FORCE

16.1 This Agreement enters into force on the date of the last signature and remains in force until the Foundation has approved the final report and the audit, and any unspent funds have been returned.
16.2 Clauses 5.2, 8.3, 8.4, 11 and 12 survive the end of this Agreement.
16.3 Neither party may assign its rights or obligations under this Agreement to a third party without the written consent of the other party. The Grantee may, however, work with village committees and local volunteer groups to carry out Project activities, remaining fully responsible for their work.

SIGNATURES

For the Bluewater Coastal Foundation: Evelyn Tan Siew Ling, Executive Director
For the Zhoushan Branch of the Red Cross Society of China: Ying Jianmin, Executive Vice-President
"""


def main():
    make_docx()
    make_pdf()
    write_texts(OUT, [
        ("hk_volunteer_annual_2024_25.html", HK_HTML),
        ("lakeside_hospital_policy.md", LK_MD),
        ("hangzhou_blood_recruit_2025.html", HZ_HTML),
        ("coastal_grant_CR-2025-014.txt", CR_TXT),
    ])
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
