"""Generate the six docs16 documents (all text lives in this script).

Run: python bench/library/make_docs16.py   -> writes bench/library/docs16/
"""

import os

import docx
from doc_build import docx_body, english_styles, paged_pdf, write_texts

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs16")
os.makedirs(OUT, exist_ok=True)

# ====================================================================== 1. Chinese DOCX (look-alike of the seed)
GD_TITLE = "博爱南粤启新程——广东省红十字会“十大”以来党建工作综述"
GD_AUTHOR = "■  黄伟明"
GD_BODY = [
    ("p", "过去五年，是广东省红十字会守正创新、勇毅前行的五年，是服务大局、担当作为的五年，也是党建工作夯基垒台、提质增效的五年。"),
    ("p", "回望这五年，全省红十字系统坚持以党建为引领，各级红十字组织党的建设全面加强、全面融合，广东省红十字事业在湾区建设中展现新气象。"),
    ("h1", "一、铸魂聚力，政治建设取得新成效"),
    ("p", "党的全面领导更加有力。广东省红十字会制定印发《关于推动新时代广东红十字事业高质量发展的实施方案》，履行管党治党主体责任，推动全省122个县（市、区）红十字会全部建立党组，21个地级以上市红十字会党组书记全部由专职领导担任。"),
    ("p", "思想理论武装入脑入心。落实“第一议题”制度，开展“南粤博爱大讲堂”巡回宣讲，组建“会领导+处级干部+青年宣讲员”宣讲团，五年累计宣讲460余场、覆盖党员群众4.1万人次。各级党组织组织党员参观中共三大会址纪念馆、杨匏安旧居、海丰红宫红场等红色基地。"),
    ("p", "主题教育成果持续巩固。引导党员干部投身“百县千镇万村高质量发展工程”和“我为群众办实事”实践活动，五年累计办结民生实事247件；省红十字会机关6个党支部与粤东粤西粤北基层红十字会开展结对共建38对。"),
    ("h1", "二、固本强基，基层党建激发新活力"),
    ("p", "五年来，广东省红十字会组织实施“南粤博爱”党支部建设提升工程，累计命名示范党支部41个，着力打造“南粤博爱”红十字党建品牌。全省红十字领域9名先进人物获评“中国好人”，5个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
    ("h2", "（一）救援队党支部应建尽建"),
    ("p", "实施“一核（党建引领）四化（标准化、实战化、数字化、品牌化）”红十字救援队赋能计划，推动全省108支救援队建立党支部，实现应建尽建。各救援队党支部年均出动约1300次、4.2万余人，调派队员紧急出勤超过8万人次，受益群众52万人次。省红十字（阳江）海上救援队党支部获评“广东省先进基层党组织”。"),
    ("h2", "（二）党员先锋模范作用充分发挥"),
    ("p", "在疫情防控第一线、在“三救”“三献”主战场、在抢险救灾最前沿，涌现出全国“最美救护员”梁志坚，“最美志愿者”陈晓燕、李国栋，韶关红十字会工作者何美玲，清远红十字救援队队长邓永强等一大批优秀红十字党员。"),
    ("h1", "三、务实为民，服务大局彰显新作为"),
    ("p", "“数字红会”抓改革。明确“1+2+4”建设目标，推进“粤省事·红十字”专区迭代升级，16个涉民事项在广东政务服务网、“粤省事”上线，办件量6.3万余件，办结率100%。深圳市福田区“AED一张图”全域试点经验在全省推广。"),
    ("p", "“人道资源”强主业。五年募集社会捐赠款物超8.9亿元，投入使用8.14亿元，惠及困难群众360万人次。开展“应急救护进万家”行动，为企业开展应急救护培训4600余场次，实施公益项目530个，开展志愿服务3.4万场次。组织82支救援队参与疫情防控、灾害救援。"),
    ("p", "2024年4月驰援韶关江湾镇、清远英德市特大暴雨洪涝救灾，省红十字水上救援队荣获“广东省抗洪抢险先进集体”称号。"),
    ("p", "“拓展阵地”优服务。实施“红十字服务进湾区”行动，积极融入基层党群服务中心、新时代文明实践中心建设，21个地级以上市全部建成“生命礼赞”缅怀纪念场所。主要指标见下表。"),
    ("table", [
        ["指标", "2019年底", "2024年底"],
        ["标准化博爱家园", "310个", "870个"],
        ["红十字服务站、救护站", "540个", "1260个"],
        ["生命教育体验馆", "21个", "96个"],
        ["基层组织", "1.2万个", "2.3万个"],
        ["成人会员", "41.7万名", "73.6万名"],
        ["志愿服务团体（组织）", "960个", "2150个"],
        ["注册志愿者", "15.8万名", "31.4万名"],
    ]),
    ("h1", "四、全面从严治党向纵深推进"),
    ("p", "五年来，省红十字会党组开展专项巡察5轮，覆盖21个地级以上市红十字会，督促整改问题112个；制定完善《广东省红十字会捐赠款物管理办法》等制度31项，捐赠款物信息公开率保持100%。"),
    ("h1", "五、展望"),
    ("p", "潮涌珠江再扬帆。广东省红十字会将大力实施“红十字强基扩面工程”，力争到2029年建成标准化博爱家园1200个，为广东省红十字事业高质量发展提供坚强的政治保障。"),
]


def make_docx():
    d = docx.Document()
    docx_body(d, [("title", GD_TITLE), ("p", GD_AUTHOR)] + GD_BODY)
    d.core_properties.title = "广东省红十字会党建工作综述"
    d.core_properties.author = "黄伟明"
    d.save(os.path.join(OUT, "guangdong_party_building.docx"))


# ====================================================================== 2. English PDF (Zhejiang 2024 review)
ZJ_TITLE = "Zhejiang Red Cross Society: 2024 Year in Review (English edition)"
ZJ_SUB = "Published by the Zhejiang Red Cross Society Liaison Office, Hangzhou, March 2025. Translated by Helen Zhou."
ZJ_PAGES = [
    [
        ("h1", "1. Foreword"),
        ("p", "2024 was the year in which the Zhejiang Red Cross Society (ZJRCS) prepared for its Eighth Provincial Congress and completed the second phase of the Red Roots Foundation Project. Executive Vice-President Wang Lihua wrote in her foreword that the Society had turned the lessons of the five years since the Seventh Congress into everyday practice: party leadership, first aid close to people, and humanitarian resources managed in the open."),
        ("p", "This English edition is a summary of the Chinese annual report. Figures are for the calendar year 2024 unless stated otherwise. Readers who need the five-year figures for 2017 to 2022 should consult the party-building review published before the 20th Party Congress."),
        ("h1", "2. Party Building and Governance"),
        ("p", "All 90 county-level Red Cross branches in the province now have a leading Party group, one more than the 89 reported in the five-year review. Every one of the 11 prefecture-level branches is chaired by a full-time Party secretary."),
        ("p", "Rescue team Party branches: the number of Red Cross rescue teams with their own Party branch rose to 139 by the end of 2024, up from 123 at the time of the Seventh Congress review and 131 at the end of 2023. The teams have 3,040 Party members among their volunteers. The Xianju emergency search and rescue team branch, named an advanced grassroots Party organisation of Zhejiang, remained the model for the 'One Core, Two Wings' empowerment plan."),
        ("p", "The Boai Pioneer branch programme named 14 new model Party branches in 2024, bringing the total to 62. Across the province, 11 people working in the Red Cross field have now been named 'Good People of China' since 2017."),
        ("p", "Staff training: 1,260 Party members and staff from county branches attended the annual Party-building workshop held in Jiaxing on 18-20 June 2024."),
        ("p", "Integrity and oversight: the Society's Party group held two rounds of internal inspection covering Wenzhou, Jinhua, Quzhou and Lishui, and 43 issues were listed for correction, all closed by December. Donation receipts and spending were published monthly on the Society's website and on the Zhejiang charity information platform."),
    ],
    [
        ("h1", "3. First Aid Close to You"),
        ("p", "In 2024 the Society trained 1.94 million people in basic first aid and certified 332,000 first-aid responders, 5.4 percent more than in 2023. Some 2,140 first-aid training sessions were delivered on site at private companies, the figure the Society now reports yearly instead of the five-year total."),
        ("p", "Public access defibrillators: 7,300 new AEDs were installed in 2024, taking the provincial total to 36,300. The 'Rescue Beside You' digital platform now has 126,000 registered responders, who answered 9,870 alerts during the year and helped in 161 cardiac arrest cases; 41 patients were discharged alive."),
        ("p", "The 'Digital Red Cross' 3.0 platform was delayed from 2024 and is now scheduled for 2026. 19 public services can be handled online through Zheli Ban, with 31,000 applications processed in 2024 and a completion rate of 100%."),
        ("p", "Schools: first-aid teaching reached 1,480 primary and secondary schools, and 212 new Red Cross youth clubs were registered. The Red Cross Youth summer camp in Anji hosted 320 students from 11 cities in July."),
        ("h1", "4. Blood, Stem Cell and Organ Donation"),
        ("p", "Zhejiang added 23,500 volunteers to the stem cell donor registry in 2024 and achieved 201 haematopoietic stem cell donations. 68,000 people registered as body or organ donors, and 336 body donations were completed."),
        ("h1", "5. Humanitarian Resources"),
        ("p", "Donations received in 2024 totalled RMB 171 million (cash and in-kind), of which RMB 158 million was spent in the year. Assistance reached 640,000 people in difficulty. The Society ran 96 public-welfare projects, including the Boai Scholarship, which supported 2,300 students."),
        ("p", "Disaster response: after Typhoon Pulasan struck in September 2024, 27 rescue teams and 690 volunteers were deployed to Zhoushan, Ningbo and Taizhou. 2,600 family relief kits and RMB 1.5 million in emergency funds were distributed."),
    ],
    [
        ("h1", "6. Organisation and Volunteers"),
        ("p", "The table below compares key organisation figures at the end of 2024 with those given in the five-year review."),
        ("table", [
            ["Indicator", "Five-year review", "End of 2024"],
            ["Boai Homes (standardised)", "650+", "785"],
            ["Red Cross service and first-aid stations", "1,000+", "1,270"],
            ["Life education centres", "90+", "114"],
            ["Grassroots Red Cross units", "20,000+", "24,100"],
            ["Adult members", "680,500", "765,000"],
            ["Volunteer groups", "about 2,000", "2,310"],
            ["Registered volunteers", "275,500", "352,000"],
        ]),
        ("p", "All 11 cities continue to maintain a 'Tribute to Life' memorial site for body donors. The Society did not publish a county-by-county breakdown for 2024."),
        ("p", "Cooperation beyond the province: the Society sent a team of 12 to the Zhejiang-Sichuan counterpart aid programme in Ganzi and hosted a delegation from the Hong Kong Red Cross in November 2024 to exchange experience on community first aid."),
        ("h1", "7. People"),
        ("p", "National 'Most Beautiful First Aider' Xia Zhenhui led 38 training sessions for rural doctors in Lishui. Fang Zhe, captain of the Xianju rescue team, received the Zhejiang Model Worker award in May 2024. Liu Chen was appointed Secretary-General of the Society in October 2024."),
        ("h1", "8. Priorities for 2025"),
        ("p", "Hold the Eighth Provincial Congress in the second half of 2025; train 2 million people in basic first aid; add 70 Boai Homes; and bring the number of rescue teams with Party branches to 150."),
        ("p", "Contact: Liaison Office, Zhejiang Red Cross Society, 12 Huanglong Road, Hangzhou. Tel. +86 571 8510 7700. Email: intl@zjredcross.example.cn"),
    ],
]


def make_pdf():
    paged_pdf(os.path.join(OUT, "zhejiang_2024_review_en.pdf"), [(ZJ_TITLE, "title"), (ZJ_SUB, "sub")], ZJ_PAGES,
              english_styles(10, 13.5, 13), lambda page: f"ZJRCS 2024 Year in Review - page {page}", ("Helvetica", 8.5),
              title=ZJ_TITLE, author="Zhejiang Red Cross Society",
              widths=lambda rows: (7, 4, 4))


# ====================================================================== 3. zh-hant HTML (Taipei community college rules)
TPE_HTML = """<!DOCTYPE html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><title>臺北市文山社區大學 115學年度第1學期 選課、退費及請假規定</title></head>
<body>
<h1>臺北市文山社區大學 選課、退費及請假規定</h1>
<p>適用期別：115學年度第1學期（2026年9月7日開課，2027年1月9日結業），本規定經2026年6月18日校務會議通過。</p>

<h2>一、選課規定</h2>
<ol>
<li>網路選課期間為2026年8月3日上午10時起至8月23日晚上11時59分止；現場選課於8月15日、8月16日在本校一樓服務台辦理。</li>
<li>每位學員每學期最多選修5門課程，學分課程與非學分課程合併計算。</li>
<li>舊生享有優先選課權，優先選課期間為7月27日至7月31日，須於本學期前一年內曾完成至少1門課程。</li>
<li>課程人數未達12人者不開班，本校將於8月28日以簡訊通知，並無息全額退還已繳費用。</li>
<li>選課後須於3日內完成繳費，逾期未繳費者，系統自動取消選課資格。</li>
<li>加退選期間為開課後第1週至第2週（9月7日至9月20日），加選以尚有名額之課程為限。</li>
<li>年滿65歲長者、身心障礙者及中低收入戶學員，憑證明文件學分費可享5折優惠；原住民學員享7折優惠。</li>
</ol>

<h2>二、收費標準</h2>
<table border="1">
<tr><th>項目</th><th>金額（新臺幣）</th><th>說明</th></tr>
<tr><td>報名費</td><td>300元</td><td>每學期繳一次，不予退還</td></tr>
<tr><td>學分費（18週課程）</td><td>每學分1,000元</td><td>2學分課程共2,000元</td></tr>
<tr><td>學分費（9週課程）</td><td>每門1,200元</td><td>非學分課程</td></tr>
<tr><td>材料費</td><td>依課程公告</td><td>陶藝、烘焙類另計，最高1,500元</td></tr>
<tr><td>保險費</td><td>60元</td><td>學期團體意外險</td></tr>
</table>

<h2>三、退費規定</h2>
<table border="1">
<tr><th>申請退費時間</th><th>學分費退還比例</th></tr>
<tr><td>開課日前申請</td><td>全額退還（報名費除外）</td></tr>
<tr><td>開課後第1週內</td><td>退還九成</td></tr>
<tr><td>開課後第2週至第3週</td><td>退還七成</td></tr>
<tr><td>開課後第4週至第6週</td><td>退還五成</td></tr>
<tr><td>開課後第7週起</td><td>不予退費</td></tr>
</table>
<ol>
<li>退費須填寫退費申請書，並檢附繳費收據正本，由本人或委託人至服務台辦理。</li>
<li>退費款項於申請後30個工作天內匯入學員指定帳戶，匯款手續費30元由學員自行負擔。</li>
<li>材料費已購置者不予退還；保險費於開課後不予退還。</li>
<li>因本校因素停課或併班者，學員得申請全額退費，含報名費。</li>
</ol>

<h2>四、請假及出席</h2>
<ol>
<li>學員因故無法上課，應於上課前以電話、電子郵件或學員專區線上請假。</li>
<li>學分課程請假時數不得超過總時數三分之一；超過者不發給學分證明。</li>
<li>出席率達三分之二以上，且經授課教師評量合格者，發給學分證明；非學分課程出席率達三分之二以上者發給研習證明。</li>
<li>颱風停課依臺北市政府公告辦理，停課之課程另行補課，不列入請假時數。</li>
<li>連續缺課3次且未請假者，視同自動退選，不予退費。</li>
</ol>

<h2>五、重要日期</h2>
<ul>
<li>新生說明會：2026年9月5日（星期六）下午2時，本校大禮堂</li>
<li>期中課程成果展：2026年11月14日至11月15日</li>
<li>結業典禮：2027年1月9日（星期六）上午10時</li>
</ul>

<h2>五之一、其他注意事項</h2>
<ol>
<li>學員證於開課第2週發放，憑證可免費借用本校圖書室書籍，每次以3冊為限，借期14天。</li>
<li>教室內禁止飲食（飲用水除外），電腦教室及陶藝教室另依各教室管理規則辦理。</li>
<li>上課期間如需錄音、錄影，應事先徵得授課教師及同班學員同意，錄製內容不得公開散布。</li>
<li>學期末須完成線上課程評鑑，未完成評鑑者，下學期不得參加舊生優先選課。</li>
<li>本校設有學員獎助學金，中低收入戶學員每學期最多可申請2門課程之學分費全額補助，名額40名，申請期間為8月3日至8月20日。</li>
<li>學員擔任班級幹部或校務志工，服務滿20小時者，下學期報名費減免一次。</li>
<li>學員對成績或證明核發有異議者，應於結業後14日內以書面向教務組提出申復。</li>
</ol>

<h2>六、聯絡方式</h2>
<p>服務台開放時間：星期一至星期五下午1時至晚上9時，星期六上午9時至下午5時。</p>
<p>地址：116臺北市文山區木柵路三段220號（景美女中對面，搭乘捷運文湖線至萬芳社區站步行約8分鐘）</p>
<p>電話：(02)2939-7761 分機21（教務組 林淑芬組長）；傳真：(02)2939-7762；電子郵件：service@wenshan-cc.example.tw</p>
<p>校長：陳建宏</p>
<p>本規定如有未盡事宜，依臺北市社區大學發展自治條例及本校學則辦理；修正時亦同，並於本校網站及服務台公告周知。</p>
</body>
</html>
"""

# ====================================================================== 4. English Markdown (committee minutes)
EB_MD = """# Eastbrook Disaster Relief Committee — Q3 2025 meeting

**Minutes of the regular quarterly meeting**
Date: Tuesday 16 September 2025, 6:30 pm – 8:55 pm
Venue: Eastbrook Community Hall, Room 2, 41 Mill Lane, Eastbrook
Minutes taken by: Priya Nair (Secretary)

## 1. Attendance

Present (9 voting members):

- Margaret Hollis — Chair
- Daniel Okafor — Vice-Chair
- Priya Nair — Secretary
- Tom Reilly — Treasurer
- Sandra Liu — Volunteer Coordinator
- Kevin Marsh — Logistics Lead
- Fatima Haddad — Shelter Operations Lead
- George Banner — Member at large
- Ruth Kimani — Member at large

In attendance (non-voting): Sgt. Alan Pryce (Eastbrook Fire & Rescue liaison), Joanne West (county emergency management office).

Apologies: Brian Cole (Communications Lead), Helen Ashby (Youth Representative).

Quorum (6 voting members) was confirmed at 6:34 pm.

## 2. Minutes of the previous meeting

The minutes of the Q2 meeting held on 17 June 2025 were approved without amendment. Proposed by George Banner, seconded by Ruth Kimani; approved 9–0.

## 3. Report on the August flash flood response

Fatima Haddad reported on the response to the flash flood of 9–10 August 2025 along Willow Creek:

- The emergency shelter at Eastbrook Middle School opened at 11:40 pm on 9 August and closed on 14 August.
- 212 residents registered at the shelter, with a peak of 146 overnight guests on 10 August.
- 58 volunteers worked 1,870 hours in total across the five days.
- 1,450 hot meals were served, 380 of them donated by Rosa's Kitchen on Main Street.
- 37 households received emergency grants of $500 each, a total of $18,500.

Sgt. Pryce thanked the committee for having the shelter open within 90 minutes of the evacuation order.

Lessons noted by the Shelter Operations Lead:

- The shelter's single wheelchair-accessible shower was not enough; the school has agreed to a portable unit on loan from Harlow County next time.
- Pet owners were turned away on the first night. From October the committee will keep 20 pet crates at the Fire Station 3 store.
- Phone charging was a bottleneck. Kevin Marsh will source two more power strips and a 5 kW generator quote.
- Sign-in sheets were on paper and two pages were lost; Sandra Liu proposed a tablet sign-in for the next activation.

## 3a. Liaison reports

Sgt. Alan Pryce reported that Eastbrook Fire & Rescue answered 64 flood-related calls on 9–10 August and carried out 11 water rescues, with no loss of life. He asked the committee to share its list of households that need help to evacuate, and reminded members that the Willow Creek river gauge alert now goes to the committee's duty phone as well.

Joanne West said the county had applied for state disaster assistance covering damage to 93 homes and 4 businesses. A decision is expected in November. Residents who have not yet reported damage can still do so through the county website until 31 October.

## 4. Treasurer's report

Tom Reilly presented the budget position at 31 August 2025 (financial year 1 January – 31 December 2025):

| Budget line | Annual budget | Spent to 31 Aug | Remaining |
| --- | --- | --- | --- |
| Emergency household grants | $30,000 | $21,000 | $9,000 |
| Shelter supplies (cots, blankets, hygiene kits) | $12,500 | $9,840 | $2,660 |
| Volunteer training | $8,000 | $3,150 | $4,850 |
| Vehicle and fuel | $6,200 | $4,410 | $1,790 |
| Insurance | $4,800 | $4,800 | $0 |
| Communications and printing | $2,500 | $960 | $1,540 |
| Total | $64,000 | $44,160 | $19,840 |

Income to date: $51,300, of which $27,000 is the county grant, $16,800 individual donations and $7,500 from the Harvest Fair.

The Treasurer warned that the emergency grants line would run out if another event of the August scale occurred before year end.

## 5. Motions

**Motion 1** — To transfer $3,000 from Volunteer training to Emergency household grants.
Proposed by Tom Reilly, seconded by Margaret Hollis. Carried 8–1 (George Banner against, on the grounds that the autumn CPR course would be cut).

**Motion 2** — To buy a second-hand cargo trailer for shelter supplies for up to $4,500, funded from the reserve.
Proposed by Kevin Marsh, seconded by Daniel Okafor. Carried 7–1 with 1 abstention (Ruth Kimani abstained).

**Motion 3** — To raise the emergency household grant from $500 to $750 per household.
Proposed by Fatima Haddad, seconded by Sandra Liu. Defeated 3–6. The Chair asked for a costed proposal at the Q4 meeting.

**Motion 4** — To sign a memorandum of understanding with St. Brigid's Church to use its hall as a backup shelter with 60 beds.
Proposed by Daniel Okafor, seconded by Ruth Kimani. Carried 9–0.

## 6. Volunteer report

Sandra Liu reported 164 active volunteers on the roster, up from 131 at the Q2 meeting. 22 new volunteers completed induction in July and August. 41 volunteers hold a current first aid certificate; the target is 60 by March 2026. The next induction evening is on 2 October 2025.

Communications update (read by the Chair in Brian Cole's absence): the committee's Facebook page gained 1,120 followers during the flood week, and the text-alert list now has 2,480 subscribers. Leaflets in English, Spanish and Polish will be delivered to the 640 homes in the Willow Creek flood zone before the winter.

Training update: 18 volunteers took the shelter management course run by the county on 23 August. The psychological first aid course planned for September was postponed to January 2026 because the trainer was unavailable.

## 7. Action items

| # | Action | Owner | Due date |
| --- | --- | --- | --- |
| A1 | Inspect and buy the cargo trailer | Kevin Marsh | 15 October 2025 |
| A2 | Draft MoU with St. Brigid's Church | Daniel Okafor | 30 September 2025 |
| A3 | Costed proposal for a $750 grant | Tom Reilly | Q4 meeting |
| A4 | Restock 40 hygiene kits used in August | Fatima Haddad | 10 October 2025 |
| A5 | Book two CPR courses for volunteers | Sandra Liu | 31 October 2025 |
| A6 | Write flood after-action report | Margaret Hollis | 31 October 2025 |

## 8. Any other business

Joanne West announced that the county will run a tabletop exercise on a winter storm scenario on 20 November 2025 and invited two committee members. Kevin Marsh and Ruth Kimani volunteered.

Ruth Kimani raised the condition of the store room at Fire Station 3, which took on water in August; 12 boxes of blankets had to be thrown away. The Chair asked Kevin Marsh to look at shelving to keep stock 50 cm off the floor.

George Banner thanked the Harvest Fair volunteers; the fair on 6 September had about 1,900 visitors.

## 9. Next meeting

The Q4 meeting will be held on Tuesday 9 December 2025 at 6:30 pm in the same venue. The meeting closed at 8:55 pm.
"""

# ====================================================================== 5. Chinese TXT (Ningbo foundation finance report)
NB_TXT = """宁波市甬善慈善基金会2025年度财务报告

编制单位：宁波市甬善慈善基金会财务部
报告期间：2025年1月1日至2025年12月31日
金额单位：人民币万元
审计机构：宁波明诚会计师事务所（普通合伙），出具标准无保留意见审计报告（明诚审字〔2026〕第0317号）
理事长：周国华　　秘书长：俞佳敏　　财务负责人：孙立群

一、总体情况

2025年，基金会全年总收入3,862.4万元，较2024年的3,415.7万元增长13.1%；总支出3,526.8万元，较2024年的3,308.2万元增长6.6%；年末净资产6,204.5万元。公益事业支出占上年末净资产的比例为9.4%，管理费用占总支出的比例为4.2%，均符合慈善组织有关规定。

二、收入情况

项目                    2025年      2024年      同比
捐赠收入                3,318.6     2,957.3     +12.2%
  其中：企业捐赠        2,146.0     1,902.5     +12.8%
        个人捐赠        1,172.6     1,054.8     +11.2%
投资收益                  402.7       336.1     +19.8%
政府补助收入               96.0       100.0      -4.0%
其他收入                   45.1        22.3    +102.2%
收入合计                3,862.4     3,415.7     +13.1%

说明：企业捐赠中，单笔最大一笔为宁波舜宇公益基金的500万元定向捐赠，用于“甬上助学”项目。全年接受个人捐赠共计18,640笔，其中“99公益日”期间网络筹款218.4万元。

三、支出情况

| 项目 | 2025年 | 2024年 | 同比 |
| 公益事业支出 | 3,278.3 | 3,059.6 | +7.1% |
| 管理费用 | 148.1 | 142.7 | +3.8% |
| 筹资费用 | 62.9 | 58.4 | +7.7% |
| 其他费用 | 37.5 | 47.5 | -21.1% |
| 支出合计 | 3,526.8 | 3,308.2 | +6.6% |

四、主要公益项目支出

项目名称              2025年支出   受益人数        执行地区
甬上助学              1,126.5      2,870名学生     宁波全市及四川凉山州
银龄助餐              684.2        长者9,300人     海曙区、江北区、鄞州区
大病救助              598.0        患者412人       宁波全市
博爱应急救护          326.4        培训3.1万人次   宁波全市
乡村儿童阅读          281.7        书屋64间        宁海县、象山县
海岛医疗巡诊          168.9        巡诊96场次      象山县、石浦镇
其他小额项目           92.6        —               —
合计                3,278.3

说明：“博爱应急救护”项目与宁波市红十字会合作实施，全年新增配置AED 210台；“银龄助餐”项目新建社区助餐点18个。“海岛医疗巡诊”项目较2024年的121.3万元增长39.2%，为增幅最大的项目。

五、资产负债情况（2025年12月31日）

资产总计        6,580.2
  其中：货币资金  2,914.6
        短期投资  2,310.0
        长期投资  1,200.0
负债合计          375.7
净资产合计      6,204.5
  其中：限定性净资产  3,487.9
        非限定性净资产  2,716.6

六、信息公开与内部控制

基金会于2026年3月20日在“慈善中国”平台和基金会官网公开本年度工作报告和财务审计报告。全年召开理事会会议4次，监事2名列席全部会议。2025年新修订《项目资金管理办法》和《投资管理制度》，投资范围限于银行理财产品和国债。

七、2026年预算安排

2026年计划总收入4,100万元，公益事业支出不低于3,500万元，其中“甬上助学”项目预算1,200万元，新设“新就业群体关爱”项目预算150万元。

联系地址：宁波市鄞州区宁穿路1901号甬善公益中心3楼　电话：0574-87712580
"""

# ====================================================================== 6. English HTML FAQ (Summit County CPR)
SC_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Summit County CPR and First Aid Certification FAQ</title></head>
<body>
<h1>Summit County CPR and First Aid Certification FAQ</h1>
<p>Summit County Community Safety Training Center, 1180 Lakeview Drive, Frisco. Updated 2 February 2026. Classes are run with the Summit County Fire Authority and follow the 2025 resuscitation guidelines.</p>

<h2>Course types and fees</h2>
<table border="1">
<tr><th>Course</th><th>Hours</th><th>Fee</th><th>Certificate valid for</th></tr>
<tr><td>Adult CPR/AED</td><td>3 hours</td><td>$65</td><td>2 years</td></tr>
<tr><td>Adult, Child and Infant CPR/AED</td><td>4 hours</td><td>$80</td><td>2 years</td></tr>
<tr><td>First Aid only</td><td>3.5 hours</td><td>$70</td><td>2 years</td></tr>
<tr><td>First Aid + CPR/AED combo</td><td>6.5 hours</td><td>$115</td><td>2 years</td></tr>
<tr><td>Basic Life Support (BLS) for healthcare providers</td><td>4.5 hours</td><td>$95</td><td>2 years</td></tr>
<tr><td>Wilderness First Aid</td><td>16 hours (2 days)</td><td>$240</td><td>3 years</td></tr>
<tr><td>Renewal (CPR/AED or BLS)</td><td>2-3 hours</td><td>$50</td><td>2 years</td></tr>
</table>

<h2>Who can take a course</h2>
<p>Anyone aged 12 or older can take the CPR and First Aid courses. Students aged 12 to 15 must bring a signed parental consent form. The BLS course is only open to healthcare providers and students enrolled in a health-care program, who must show a staff or student ID. Wilderness First Aid requires participants to be at least 16.</p>

<h2>Are there discounts</h2>
<p>Summit County residents aged 65 and over, full-time students and registered volunteers of county agencies pay 20% less. Groups of 8 or more from one employer can book a private class at their own site for $55 per person, minimum 8 people.</p>

<h2>How do I register</h2>
<p>Register online at least 48 hours before the class or call (970) 668-4120, Monday to Friday 8 am to 4:30 pm. Walk-ins are accepted only if seats remain. Classes are capped at 12 students per instructor.</p>

<h2>What is the cancellation policy</h2>
<p>Cancel 72 hours or more before the class for a full refund. Cancellations less than 72 hours before the class get a credit for a future class, valid for 6 months. No-shows forfeit the fee.</p>

<h2>How do I pass</h2>
<p>You must attend the whole class, pass a hands-on skills test and, for BLS, score at least 84% on a 25-question written test. If you fail the skills test, you can retest once for free within 30 days.</p>

<h2>When will I get my card</h2>
<p>An eCard is emailed within 3 business days after the class. A printed wallet card costs $10 extra and is mailed within 10 business days.</p>

<h2>How does renewal work</h2>
<p>You can take the shorter renewal course only if your current card has not expired, or expired no more than 30 days ago. After that grace period you must take the full course again. Wilderness First Aid cannot be renewed with the short course; take a 8-hour recertification instead, fee $130.</p>

<h2>What should I bring</h2>
<p>Wear comfortable clothes: you will kneel on the floor. Bring a photo ID. Manikins, AED trainers and face shields are provided. Lunch is not provided for the combo and wilderness courses.</p>

<h2>Is there a blended option</h2>
<p>No. All certification courses are taught fully in person so that every skill can be checked by an instructor. Pre-reading is emailed 5 days before the class and takes about 30 minutes.</p>

<h2>I am pregnant or have a bad back. Can I still take part</h2>
<p>Yes. Tell the instructor at the start of class. You may demonstrate compressions for shorter periods, and the instructor will check that you understand each step. Talk to your doctor first if you are unsure.</p>

<h2>Can schools or clubs book a class</h2>
<p>Yes. Schools, ski clubs and youth sports teams in Summit County can book a Friends and Family CPR session (no card issued) for up to 20 people. It is free for nonprofit groups, thanks to a grant from the Summit Foundation, and takes 90 minutes.</p>

<h2>Where are public AEDs in the county</h2>
<p>There are 146 registered public AEDs in Summit County, listed on the PulsePoint AED app. If your business installs a new AED, register it with the Fire Authority so dispatchers can send callers to it.</p>

<h2>Do you offer classes in Spanish</h2><h2>What does the CPR/AED course cover</h2>
<p>Recognising cardiac arrest, calling 911, high-quality chest compressions at 100 to 120 per minute, rescue breaths with a face shield, using an AED, and relieving choking. The Adult, Child and Infant course adds child and infant compressions and infant back blows. Each student practises on adult and infant manikins with feedback lights that show depth and rate.</p>

<h2>What does the First Aid course cover</h2>
<p>Controlling severe bleeding with direct pressure and a tourniquet, burns, fractures and sprains, allergic reactions and epinephrine auto-injectors, asthma, seizures, diabetic emergencies, stroke recognition, and altitude illness. Because the county sits above 9,000 feet, altitude sickness and cold injuries get their own 30-minute block.</p>

<h2>How do I pay</h2>
<p>Pay by card when you register online. Employers can ask for an invoice with 30-day terms for groups of 8 or more. We do not take cash at the door. Refunds go back to the original card within 7 to 10 business days.</p>

<h2>What happens if a class is cancelled because of snow</h2>
<p>If Summit School District closes schools for weather, classes that day are cancelled and you will be moved to the next available class or refunded in full, as you prefer. We send a text and email by 6:30 am.</p>

<h2>Can I bring someone to watch</h2>
<p>Observers are not allowed, except a parent or guardian of a student aged 12 to 15, who may sit in at no charge. Service animals are welcome.</p>

<h2>My employer needs proof of training. What do I give them</h2>
<p>The eCard shows your name, the course, the instructor number, the training site ID (SC-0417) and the expiry date. Employers can check a card with the code printed on it. If you lose your card, we reissue it free within the validity period.</p>

<h2>Do you teach Stop the Bleed</h2>
<p>Yes. A free 1.5-hour Stop the Bleed class runs on the second Wednesday of each month at 6 pm at the Frisco training center. It gives a participation certificate, not a 2-year card, and does not count towards First Aid certification.</p>


<p>Yes. Adult CPR/AED and First Aid are taught in Spanish on the first Saturday of each month in Dillon, at the Dillon Town Hall.</p>

<h2>Accessibility</h2>
<p>Tell us about any disability when you register. Participants who cannot kneel can do compressions on a manikin placed on a table and still get a card marked 'modified skills'.</p>

<h2>Contact</h2>
<p>Training coordinator: Melissa Grant. Phone (970) 668-4120. Email cprtraining@summitcountysafety.example.org. Office: 1180 Lakeview Drive, Suite 104, Frisco.</p>
</body>
</html>
"""


def main():
    make_docx()
    make_pdf()
    write_texts(OUT, [
        ("taipei_community_college_rules.html", TPE_HTML),
        ("eastbrook_relief_minutes_q3_2025.md", EB_MD),
        ("ningbo_foundation_finance_2025.txt", NB_TXT),
        ("summit_county_cpr_faq.html", SC_HTML),
    ])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
