"""Write six new test documents into docs18/ (all text lives here).
Run: python bench/library/make_docs18.py   -> writes docs18/ next to this script
"""
import os

import docx
from doc_build import docx_table, write_texts
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs18")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- 1. Hebei review (PDF, 3 pages)
HEBEI_PAGES = [
    [
        ("title", "守正笃行启新程——河北省红十字会“十大”以来党建工作综述"),
        ("author", "■  刘志刚"),
        ("p", "过去五年，是河北省红十字会爬坡过坎、滚石上山的五年，是守正创新、担当作为的五年，也是党建工作强基固本、提质增效的五年。"),
        ("p", "回望这五年，全省红十字系统以党建为引领，各级红十字组织党的建设全面加强、全面融合，燕赵大地红十字事业发展迈出坚实步伐。"),
        ("h", "一、旗帜引领，政治建设取得新成效"),
        ("p", "党的全面领导更加有力。河北省红十字会坚决贯彻习近平总书记关于党的群团工作的重要论述，制定印发《关于推动新时代河北红十字事业高质量发展的实施方案》，履行管党治党主体责任。"),
        ("p", "推动全省168个县（市、区）红十字会全部建立党组，11个设区市红十字会党组书记全部由专职领导担任，党组把方向、管大局、保落实的核心作用有效发挥。"),
        ("p", "主题教育成果持续巩固。从“两学一做”学习教育，到“不忘初心、牢记使命”主题教育，再到党史学习教育，全省红十字系统党员干部的党性修养得到锤炼。参与“我为群众办实事”活动，累计办结民生实事241件。"),
        ("p", "思想理论武装入脑入心。落实“第一议题”制度，采取中心组领学、专家导学、集中促学、个人自学等形式深化学习。开展“燕赵红十字大讲堂”巡回宣讲，组建“会领导+处级干部+青年宣讲员”宣讲团，五年累计开展宣讲380余场、覆盖党员群众2.9万人次。"),
        ("p", "各级党组织采用外邀教师专题授课、参观西柏坡纪念馆等红色基地、观看红色电影等多种学习形式，确保党的创新理论指导工作实践。"),
    ],
    [
        ("h", "二、强基固本，基层党建激发新活力"),
        ("p", "五年来，河北省红十字会组织实施“燕赵博爱”党支部建设提升工程，建强支部战斗堡垒，着力打造“燕赵博爱”红十字党建品牌。全省红十字领域6名先进人物获评“中国好人”，3个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
        ("p", "党建工作体系更加完善。将党建工作作为设区市红十字会年度重点工作考核的首要内容，每年专题召开全系统党建工作会议，省红十字会机关5个党支部与基层红十字会开展结对共建36对。"),
        ("p", "关联组织党建得到有效强化。实施“一核两翼”红十字救援队赋能计划，推动全省96支救援队建立党支部，实现应建尽建。"),
        ("p", "各红十字救援队党支部年均出动约1300次、4.2万余人，调派队员紧急出勤超过8万人次，受益群众51万人次，省红十字（承德）山地救援队党支部获评“河北省先进基层党组织”。"),
        ("p", "党员先锋模范作用充分发挥。在疫情防控第一线、在“三救”“三献”主战场、在抢险救灾最前沿，涌现出全国“最美救护员”赵红梅，“最美志愿者”孟庆山、高素娟，保定红十字会工作者邢立伟，张家口红十字救援队队长韩冬等一大批优秀红十字党员。"),
        ("h", "三、为民尽责，服务大局彰显新作为"),
        ("p", "“数字红会”抓改革。16个涉民事项在河北政务服务网、“冀时办”上线，办件量4万余件，办结率100%。“冀救在线”应急救护信息平台接入AED设备4700余台，石家庄市长安区“十分钟急救圈”试点经验在全省推广。"),
        ("p", "“救在身边”强主业。募集社会捐赠款物超4.3亿元，投入使用3.96亿元，惠及困难群众260万人次。开展应急救护普及培训190万人次，培训持证救护员33万人次，为企业开展应急救护培训2900余场次，实施公益项目318个，开展志愿服务1.9万场次。"),
        ("p", "2023年夏季海河流域发生洪涝灾害，全省组织52支救援队参与抢险救灾，转移受困群众1.1万人，河北省红十字水上救援队荣获2023年度“河北省防汛抗洪先进集体”称号。"),
    ],
    [
        ("p", "“拓展阵地”优服务。实施“红十字进乡村”三年行动，建成城乡一体标准化博爱家园530余个，红十字服务站、救护站880余个，建成生命教育体验馆70余个，11个设区市全部建成“生命礼赞”缅怀纪念场所。"),
        ("p", "建成基层组织超1.8万个，发展成人会员54.6万名，志愿服务团体（组织）近1600个，注册志愿者23.8万名。"),
        ("h", "四、五年主要指标对比"),
        ("table", [
            ["指标", "2018年", "2023年"],
            ["建立党组的县级红十字会", "121个", "168个"],
            ["建立党支部的救援队", "38支", "96支"],
            ["成人会员", "31.2万名", "54.6万名"],
            ["注册志愿者", "9.7万名", "23.8万名"],
            ["标准化博爱家园", "140个", "530余个"],
            ["生命教育体验馆", "12个", "70余个"],
        ]),
        ("p", "注：2018年数据为河北省红十字会第九次会员代表大会统计口径，2023年数据截至当年12月31日。"),
        ("h", "五、乘势而上开新局"),
        ("p", "征途漫漫，惟有奋斗。河北省红十字会将深入贯彻落实习近平新时代中国特色社会主义思想，纵深推进全面从严治党和党风廉政建设，力争到2027年注册志愿者突破30万名，为河北省红十字事业高质量发展提供坚强的政治保障。"),
    ],
]


def make_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    st = {
        "title": ParagraphStyle("t", fontName=f, fontSize=15, leading=22, alignment=1, wordWrap="CJK", spaceAfter=6),
        "author": ParagraphStyle("a", fontName=f, fontSize=11, leading=16, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=f, fontSize=13, leading=20, spaceBefore=8, spaceAfter=4, wordWrap="CJK"),
        "p": ParagraphStyle("p", fontName=f, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap="CJK", spaceAfter=4),
    }

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(f, 9)
        canvas.drawCentredString(A4[0] / 2, 1.3 * cm, f"河北省红十字会党建工作综述　第{doc.page}页　共3页")
        canvas.restoreState()

    story = []
    for n, page in enumerate(HEBEI_PAGES):
        for kind, text in page:
            if kind == "table":
                t = Table(text, colWidths=[7 * cm, 4 * cm, 4 * cm])
                t.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), f), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ]))
                story += [Spacer(1, 4), t, Spacer(1, 6)]
            else:
                story.append(Paragraph(text, st[kind]))
        if n < len(HEBEI_PAGES) - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(os.path.join(OUT, "hebei_party_review.pdf"), pagesize=A4,
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm, bottomMargin=2.5 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- 2. Huzhou 2025 half-year report (docx)
def make_huzhou():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("湖州市红十字会2025年上半年工作报告", level=0)
    d.add_paragraph("湖州市红十字会办公室　2025年7月10日")
    d.add_heading("一、总体情况", level=1)
    d.add_paragraph("2025年上半年，湖州市红十字会在市委、市政府和省红十字会的领导下，坚持以党建为引领，围绕“三救”“三献”主责主业，各项工作稳中有进。上半年全市红十字系统募集社会捐赠款物3860万元，同比增长14.2%，投入使用3115万元。")
    d.add_heading("二、党建引领", level=1)
    d.add_paragraph("市红十字会党组召开理论学习中心组学习会6次，开展“博爱先锋”主题党日活动22场。全市5个区县红十字会（吴兴区、南浔区、德清县、长兴县、安吉县）全部建立党组。")
    d.add_paragraph("全市红十字救援队14支，全部建立党支部，党员队员312名。上半年新命名“博爱先锋”示范党支部3个，累计达11个。")
    d.add_heading("三、“三救”“三献”工作", level=1)
    d.add_heading("（一）应急救护", level=2)
    d.add_paragraph("上半年开展应急救护普及培训8.6万人次，培训持证救护员1.42万人次，其中为太湖旅游度假区从业人员开展专项培训2300人次。新增配置AED 420台，全市累计达3180台；“救在身边”志愿者成功参与救治心脏骤停患者9例。")
    d.add_heading("（二）人道救助", level=2)
    d.add_paragraph("春节期间开展“博爱送万家”活动，慰问困难群众3200户，发放慰问款物186万元；实施“博爱助学”项目资助困难学生410名；应对6月中旬强降雨，向南浔区、德清县调拨家庭包1500个。")
    d.add_heading("（三）“三献”工作", level=2)
    d.add_paragraph("上半年全市无偿献血4.3万人次；新增造血干细胞捐献志愿者入库1260人份，实现造血干细胞捐献7例；新增遗体（器官）捐献志愿登记2410人，实现遗体捐献18例、器官捐献11例。")
    d.add_heading("四、组织建设", level=1)
    d.add_paragraph("截至6月底，全市发展成人会员5.87万名，注册志愿者2.94万名；上半年新建城乡一体标准化博爱家园9个，累计达68个；建成红十字服务站、救护站96个，生命教育体验馆8个。")
    d.add_heading("五、先进典型", level=1)
    d.add_paragraph("市红十字会工作者吴飞娜获评2025年“浙江省三八红旗手”；长兴县红十字应急救援队队长沈国强获评“湖州市劳动模范”；安吉县红十字水上救援队被省红十字会通报表扬。")
    d.add_heading("六、上半年主要指标对比", level=1)
    rows = [
        ["指标", "2024年上半年", "2025年上半年", "同比"],
        ["募集社会捐赠款物（万元）", "3380", "3860", "+14.2%"],
        ["应急救护普及培训（万人次）", "7.9", "8.6", "+8.9%"],
        ["培训持证救护员（万人次）", "1.21", "1.42", "+17.4%"],
        ["新增配置AED（台）", "360", "420", "+16.7%"],
        ["无偿献血（万人次）", "4.1", "4.3", "+4.9%"],
        ["造血干细胞入库（人份）", "1180", "1260", "+6.8%"],
        ["注册志愿者（万名）", "2.71", "2.94", "+8.5%"],
    ]
    docx_table(d, rows)
    d.add_heading("七、下半年工作打算", level=1)
    d.add_paragraph("一是持续推进“救在身边”建设，确保全年应急救护普及培训达到18万人次；二是9月底前完成“数字红会”湖州分平台上线；三是筹备召开湖州市红十字会第五次会员代表大会，计划于2025年11月召开。")
    d.save(os.path.join(OUT, "huzhou_2025_halfyear.docx"))


# ---------------------------------------------------------------- 3. Hualien blood station (zh-hant html)
HUALIEN = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>花蓮捐血站 2024年度服務報告與捐血資訊</title>
</head>
<body>
<header>
  <div class="site">花蓮縣 · 花蓮捐血站</div>
  <nav><ul><li><a href="/">首頁</a></li><li><a href="/sites">捐血地點</a></li><li><a href="/contact">聯絡我們</a></li></ul></nav>
</header>
<main>
  <h1>花蓮捐血站 2024年度服務報告</h1>
  <p class="meta">發布日期：2025年2月14日　發布單位：花蓮捐血站站務組</p>
  <p>感謝花蓮鄉親長期熱心捐血。2024年本站在縣政府、各鄉鎮公所及志工團隊支持下，全年血液供應穩定，未發生缺血情形。以下為年度成果與捐血服務資訊。</p>

  <h2>一、年度成果</h2>
  <ul>
    <li>全年捐血人次 28,416人次，較2023年增加4.1%。</li>
    <li>募集血袋 41,230袋（以250毫升計）。</li>
    <li>新登記捐血人 3,572人，其中17至24歲青年佔38%。</li>
    <li>單日最高捐血人次 412人次，出現於2024年8月10日「七夕愛心捐血活動」。</li>
    <li>血小板分離術捐血 1,863人次。</li>
    <li>捐血志工 146人，全年服務時數 9,820小時。</li>
  </ul>

  <h2>二、捐血地點與服務時間</h2>
  <table border="1">
    <thead>
      <tr><th>地點</th><th>地址</th><th>服務時間</th><th>備註</th></tr>
    </thead>
    <tbody>
      <tr><td>花蓮捐血站（本站）</td><td>花蓮市中山路一段256號2樓</td><td>每日 08:30–17:30</td><td>可做分離術捐血</td></tr>
      <tr><td>東大門捐血室</td><td>花蓮市中華路3號</td><td>週二至週日 10:00–18:00</td><td>週一公休</td></tr>
      <tr><td>玉里捐血點</td><td>玉里鎮中正路148號（鎮公所前廣場）</td><td>每月第一、三個週六 09:00–16:00</td><td>捐血車</td></tr>
      <tr><td>吉安捐血點</td><td>吉安鄉吉安路二段85號</td><td>週三、週五 13:00–19:00</td><td>捐血車</td></tr>
    </tbody>
  </table>

  <h2>三、捐血條件</h2>
  <ul>
    <li>年齡：17歲至65歲；17歲首次捐血須經法定代理人同意。</li>
    <li>體重：男性50公斤以上、女性45公斤以上可捐250毫升；捐500毫升須體重60公斤以上。</li>
    <li>間隔：全血250毫升須間隔2個月，500毫升須間隔3個月；分離術捐血間隔2週。</li>
    <li>捐血前一餐請正常進食，前一晚睡眠須達6小時以上。</li>
  </ul>

  <h2>四、捐血回饋</h2>
  <p>每次捐血皆可獲贈紀念品一份；年度捐血達3次以上者，另贈健康檢查券一張。累計捐血滿100次者，由本站推薦參加全國「捐血金質獎」表揚。</p>

  <h2>五、聯絡我們</h2>
  <ul>
    <li>服務電話：(03) 833-2561</li>
    <li>傳真：(03) 833-2570</li>
    <li>地址：970花蓮縣花蓮市中山路一段256號2樓</li>
    <li>站長：林美玲</li>
    <li>電子郵件：hualien@blood-east.org.tw</li>
  </ul>
</main>
<footer>
  <p>花蓮捐血站 版權所有 © 2025　服務時間外如需緊急用血，請洽各醫院血庫。</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. Patient transport FAQ (English md)
FAQ = """# Greenvale Red Cross Volunteer Patient Transport Service — Frequently Asked Questions (2025)

The Volunteer Patient Transport Service is run by Greenvale Red Cross Community Services. Our office is at 41 Mill Lane, Greenvale GV3 7QT. Bookings and enquiries: 01632 960418 (Monday to Friday, 9am–4pm). In 2024 our 63 volunteer drivers made 8,940 journeys and covered 212,000 miles.

## Who can use the service?

Residents of Greenvale district who are aged 65 or over, or who have a disability or medical condition that prevents them from using public transport or a taxi. You must be registered with a GP practice in the district. The service is for health appointments only: hospital clinics, GP and dentist visits, physiotherapy and dialysis.

## How far ahead do I need to book?

Please book at least 3 working days before your appointment, no later than 12 noon. For chemotherapy and dialysis we will try to take bookings at 24 hours' notice. We cannot guarantee a driver for bookings made less than 3 working days ahead.

## How much does a journey cost?

Fees cover the driver's fuel and the running of the scheme. They are set by distance from your home to the appointment:

| Distance (one way) | Single journey | Return journey |
| --- | --- | --- |
| Up to 5 miles | £4.00 | £7.50 |
| 5–15 miles | £8.00 | £15.00 |
| 15–30 miles | £14.00 | £26.00 |
| Over 30 miles | 45p per mile | 45p per mile |
| Wheelchair-accessible vehicle | add £3.00 | add £5.00 |

People who receive Pension Credit pay half the fee. Please pay the driver in cash or by card on the day; drivers cannot give change for notes over £20.

## How long will the driver wait at the hospital?

Drivers will wait for up to 2 hours. Most outpatient appointments take 1–2 hours; for longer treatments such as chemotherapy (often 2–3 hours) the driver will drop you off and come back when the ward phones us. Waiting time over 2 hours is charged at £5 for each extra hour.

## Can a relative or carer come with me?

Yes. One escort travels free of charge. Children under 16 must be accompanied by an adult. Assistance dogs are welcome; please tell us when you book.

## When do the drivers work?

| Day | Service hours |
| --- | --- |
| Monday to Friday | 7:30am–6:30pm |
| Saturday | 8:00am–1:00pm |
| Sunday and bank holidays | Dialysis journeys only |

## What if I need to cancel?

Please give us at least 24 hours' notice. If you do not turn up and did not cancel, a £5 no-show charge applies. After 3 no-shows within 6 months the service may be suspended for 1 month.

## How do I become a volunteer driver?

Drivers must be aged 21–75, have held a full driving licence for at least 3 years, and pass an enhanced DBS check. You use your own car and we pay 45p per mile to cover fuel and wear. New drivers attend a 4-hour induction (manual handling and safeguarding) and shadow an experienced driver on 2 journeys. We ask for at least one half-day every two weeks.

## Are the drivers insured?

Yes. Drivers must tell their own insurer they drive as volunteers (most insurers do not charge extra). The Red Cross also provides a top-up policy covering up to £2 million for passenger liability.

## Who do I speak to about a problem or complaint?

Please contact the Service Coordinator, Hannah Pryce, on 01632 960419 or at transport@greenvale-redcross.org. We reply to all complaints within 10 working days. If you are still unhappy, write to the Area Manager, Mr. Derek Oyelaran, at the Mill Lane office.
"""

# ---------------------------------------------------------------- 5. Zigui first-aid training rules (Chinese txt)
RULES = """秭归县应急救护培训管理办法
（2025年1月20日秭归县人民政府办公室印发　秭政办发〔2025〕4号）

第一章　总　则
第一条　为规范本县应急救护培训工作，提高公众自救互救能力，根据《中华人民共和国红十字会法》和《湖北省实施〈中华人民共和国红十字会法〉办法》，结合本县实际，制定本办法。
第二条　本办法适用于本县行政区域内由县红十字会组织或者委托开展的应急救护普及培训、救护员培训和救护师资培训。
第三条　县红十字会负责全县应急救护培训的组织、实施和监督管理；县卫生健康局、县教育局、县应急管理局、县文化和旅游局按照各自职责做好配合工作。

第二章　培训机构与师资
第四条　承担救护员培训的机构应当具备下列条件：（一）有不少于三名持有效证书的红十字救护师资；（二）有面积不少于六十平方米的固定培训场地；（三）配备心肺复苏模拟人不少于六具、AED训练机不少于两台。
第五条　救护师资每年授课不少于24学时，两年内未授课的，须重新参加师资复训。

第三章　培训内容与收费
第六条　培训分为三类：（一）普及培训，时长四学时；（二）救护员培训，时长十六学时，其中实操不少于十学时；（三）救护师资培训，时长四十学时。
第七条　每期救护员培训班学员不超过四十人；实操训练时，每具模拟人对应学员不超过六人。
第八条　普及培训免费。救护员培训每人收取一百二十元，包含教材、考核和证书费用；复训每人收取六十元。城乡低保对象、持证残疾人和全日制在校学生免收培训费用。
第九条　学员应当在开班前三个工作日内完成缴费；开班后退出的，已缴费用不予退还。

第四章　考核与证书
第十条　救护员考核包括理论考试和技能考核。理论考试满分一百分，80分以上为合格；技能考核各项目均须合格。
第十一条　考核不合格的，可在三十日内申请补考一次，补考免费；补考仍不合格的，须重新参加培训。
第十二条　救护员证书有效期为三年。持证人应当在证书期满前三个月内参加复训，复训时长八学时。
第十三条　培训机构应当在培训结束后五个工作日内，将学员信息和考核结果录入湖北省红十字应急救护培训信息系统；培训档案保存期限不少于五年。

第五章　重点行业与设施
第十四条　旅游景区、学校、客运站、大型商场等重点单位应当组织从业人员参加救护员培训，至2026年12月31日，上述单位从业人员持证率不低于20%；屈原故里、三峡大坝等5A级景区持证率不低于30%。
第十五条　公共场所配置的AED由配置单位负责日常管理，每季度至少检查一次，并在检查后十日内报县红十字会备案。

第六章　奖励与责任
第十六条　持证救护员在突发事件现场成功实施心肺复苏或者使用AED救助他人的，经核实，由县红十字会给予二千元奖励并颁发“秭归县最美救护员”证书。
第十七条　未经县红十字会许可，以红十字会名义开展收费培训的，由县红十字会责令停止，并提请有关部门依法处理，处五千元以上两万元以下罚款。
第十八条　伪造、变造救护员证书的，收缴证书，三年内不得参加救护员培训；构成犯罪的，依法追究刑事责任。

第七章　附　则
第十九条　本办法由县红十字会负责解释。咨询电话：0717-2882120；地址：秭归县茅坪镇长宁大道66号县红十字会二楼。
第二十条　本办法自2025年3月1日起施行，有效期五年。
"""


# ---------------------------------------------------------------- 6. Liaison meeting minutes (English docx)
def make_minutes():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Westmere Province Red Cross Liaison Committee", level=0)
    d.add_paragraph("Minutes of the Second Quarterly Meeting of 2025")
    d.add_paragraph("Date: Tuesday 17 June 2025, 10:00 to 12:40")
    d.add_paragraph("Venue: Conference Room 2, Provincial Red Cross Office, 118 Kingsway, Port Ellis")
    d.add_heading("Attendance", level=1)
    for a in [
        "Dr. Rachel Moreno, Chair (Provincial Red Cross)",
        "Kwame Mensah, Vice-Chair (Northbridge Branch)",
        "Linda Hsu, Treasurer",
        "Owen Gallagher, Southport Branch representative",
        "Fatima Noor, Youth Programmes Lead",
        "Peter Novak, Provincial Health Department liaison officer",
    ]:
        d.add_paragraph(a, style="List Bullet")
    d.add_paragraph("Apologies: Colin Ashby (Eastvale Branch); Sister Maria Delgado (Hospital Chaplaincy Network).")
    d.add_paragraph("Minute secretary: Grace Liu. Seven voting members were present out of nine; the meeting was quorate.")
    d.add_heading("1. Welcome and previous minutes", level=1)
    d.add_paragraph("The Chair opened the meeting at 10:00. The minutes of the meeting of 18 March 2025 were approved, proposed by Owen Gallagher and seconded by Linda Hsu.")
    d.add_heading("2. Heatwave response plan", level=1)
    d.add_paragraph("Peter Novak reported that the province recorded 23 heat-related hospital admissions during the May heat spell. The Health Department will lend 40 portable fans and 2 refrigerated water trailers.")
    d.add_paragraph("Motion 1: To open 12 cooling centres across the province from 1 July to 15 September 2025. Proposed by Kwame Mensah, seconded by Owen Gallagher. Vote: 6 for, 0 against, 1 abstention (Peter Novak). Carried.")
    d.add_heading("3. Blood donor recruitment", level=1)
    d.add_paragraph("Fatima Noor reported that donors aged 18–25 fell to 14% of all donors in 2024, down from 19% in 2022. Campus drives at Port Ellis University collected 612 units last year.")
    d.add_paragraph("Motion 2: To lease a mobile blood collection bus for two years at a total cost of $42,000. Proposed by Linda Hsu, seconded by Fatima Noor. Vote: 4 for, 2 against, 1 abstention. Carried.")
    d.add_paragraph("Motion 3: To move the annual volunteer awards evening from November to September. Proposed by Owen Gallagher. Vote: 2 for, 5 against. Defeated; the awards stay in November.")
    d.add_heading("4. Budget 2025-26", level=1)
    d.add_paragraph("The Treasurer presented the proposed budget for 2025-26 (1 July 2025 to 30 June 2026). The increase is driven mainly by the new cooling centres and the blood bus lease. The budget was approved without a vote.")
    rows = [
        ["Line item", "2024-25 actual", "2025-26 budget"],
        ["Emergency response", "$310,000", "$355,000"],
        ["First-aid training", "$145,000", "$160,000"],
        ["Blood donor recruitment", "$58,000", "$79,000"],
        ["Youth programmes", "$36,500", "$41,000"],
        ["Cooling centres (new)", "-", "$64,000"],
        ["Administration", "$92,000", "$88,000"],
        ["Total", "$641,500", "$787,000"],
    ]
    docx_table(d, rows)
    d.add_heading("5. Branch reports", level=1)
    d.add_paragraph("Northbridge Branch: Kwame Mensah reported that 1,120 people completed first-aid courses between January and May 2025, including 96 workplace first-aid officers. The branch opened a new training room at 9 Foundry Street in April.")
    d.add_paragraph("Southport Branch: Owen Gallagher reported that the flood relief appeal for the Southport river district closed on 31 May 2025 with $186,400 raised from 2,300 donors. Some 410 households received emergency cash grants of $250 each.")
    d.add_paragraph("Youth Programmes: Fatima Noor reported that 27 schools now run Red Cross youth clubs, up from 19 a year ago, with about 640 members. A youth first-aid competition is planned for October 2025 in Port Ellis.")
    d.add_paragraph("The committee noted the reports. Members asked that future branch reports use the same template so that figures can be compared across the province; Grace Liu will circulate a one-page template.")
    d.add_heading("6. Action items", level=1)
    for a in [
        "Kwame Mensah: confirm host venues for all 12 cooling centres by 20 June 2025.",
        "Linda Hsu: sign the blood bus lease and circulate the contract by 4 July 2025.",
        "Fatima Noor: plan three campus blood drives for the autumn term by 31 August 2025.",
        "Peter Novak: send the heat-health alert protocol to all branches by 27 June 2025.",
        "Grace Liu: circulate these minutes within 7 days of the meeting.",
    ]:
        d.add_paragraph(a, style="List Bullet")
    d.add_heading("7. Next meeting", level=1)
    d.add_paragraph("The next meeting will be held on Tuesday 16 September 2025 at 10:00 at the Northbridge Branch office, 9 Foundry Street, Northbridge. The Chair closed the meeting at 12:40.")
    d.save(os.path.join(OUT, "westmere_liaison_minutes.docx"))


def main():
    make_pdf()
    make_huzhou()
    make_minutes()
    write_texts(OUT, [
        ("hualien_blood_2024.html", HUALIEN),
        ("greenvale_transport_faq.md", FAQ),
        ("zigui_firstaid_rules.txt", RULES),
    ])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
