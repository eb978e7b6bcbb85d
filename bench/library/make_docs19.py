"""Write the six new documents of set 19 into docs19/ (all text lives here).
Run: python bench/library/make_docs19.py   -> writes docs19/ next to this script
"""
import os

import docx
from doc_build import docx_table, write_texts
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs19")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# ---------------------------------------------------------------- 1. Shanxi review (docx)
SHANXI = [
    ("Title", "赓续初心启新程——山西省红十字会“六大”以来党建工作综述"),
    ("Normal", "■  李晋峰"),
    ("Normal", "过去五年，是山西省红十字会爬坡过坎、砥砺前行的五年，也是党建工作夯基垒台、提质增效的五年。全省红十字系统坚持以党建为引领，各级红十字组织党的建设全面加强、全面融合，山西省红十字事业发展迈出坚实步伐。"),
    ("Heading 1", "一、凝心铸魂，政治建设取得新成效"),
    ("Heading 2", "（一）党的全面领导更加有力"),
    ("Normal", "山西省红十字会坚决贯彻习近平总书记关于党的群团工作的重要论述和对红十字事业的重要指示精神，制定印发《关于推动新时代山西红十字事业高质量发展的实施方案》，推动全省117个县（市、区）红十字会全部建立党组，11个设区市红十字会党组书记全部由专职副会长以上领导担任。"),
    ("Heading 2", "（二）思想理论武装入脑入心"),
    ("Normal", "落实“第一议题”制度，开展“晋情博爱”大宣讲，组建“会领导+支部书记+青年宣讲员”宣讲团，五年累计开展宣讲260余场、覆盖党员群众2.1万人次。组织党员干部赴八路军太行纪念馆、刘胡兰纪念馆等红色基地开展现场教学。"),
    ("Heading 1", "二、固本强基，基层党建激发新活力"),
    ("Heading 2", "（一）党建品牌建设成效明显"),
    ("Normal", "组织实施“三晋博爱”党支部建设提升工程，累计命名示范党支部27个。全省红十字领域4名先进人物获评“中国好人”，3个志愿服务领域典型被评为全国学雷锋志愿服务“四个100”先进典型。"),
    ("Heading 2", "（二）关联组织党建得到有效强化"),
    ("Normal", "实施“一核（党建引领）三力（组织力、战斗力、服务力）”红十字救援队赋能计划，推动全省68支救援队建立党支部，实现应建尽建。各救援队党支部年均出动约820次、2.3万余人，受益群众26万人次，省红十字（吕梁）山地救援队党支部获评“山西省先进基层党组织”。"),
    ("Heading 2", "（三）党员先锋模范作用充分发挥"),
    ("Normal", "在疫情防控第一线、在抢险救灾最前沿，涌现出全国“最美救护员”郭秀兰，“最美志愿者”张晋生、牛春梅，大同红十字会工作者赵玉峰，长治红十字救援队队长侯志刚等一大批优秀红十字党员。"),
    ("Heading 1", "三、务实为民，服务大局彰显新作为"),
    ("Heading 2", "（一）“数字红会”抓改革"),
    ("Normal", "12个涉民事项在山西政务服务网、“三晋通”上线，办件量2.6万余件，办结率100%。“晋救通”应急救护管理平台接入AED设备3100余台。"),
    ("Heading 2", "（二）“救在身边”强主业"),
    ("Normal", "五年来募集社会捐赠款物超3.4亿元，投入使用3.12亿元，惠及困难群众165万人次。开展应急救护普及培训118万人次，培训持证救护员21.7万人次，实施公益项目236个。组织41支救援队参与疫情防控、灾害救援；2021年秋汛期间，山西省红十字蓝天救援队转移受灾群众1.2万余人。"),
    ("Heading 2", "（三）“拓展阵地”优服务"),
    ("Normal", "建成城乡一体标准化博爱家园380余个，红十字服务站、救护站620余个，生命教育体验馆45个。建成基层组织超1.1万个，发展成人会员39.6万名，注册志愿者14.3万名。"),
    ("Heading 1", "四、五年主要指标一览"),
    ("TABLE", [
        ["指标", "数值", "备注"],
        ["建立党组的县级红十字会", "117个", "实现全覆盖"],
        ["建立党支部的救援队", "68支", "应建尽建"],
        ["募集社会捐赠款物", "3.4亿元", "五年累计"],
        ["应急救护普及培训", "118万人次", "五年累计"],
        ["标准化博爱家园", "380余个", "城乡一体"],
        ["注册志愿者", "14.3万名", "截至2022年6月底"],
    ]),
    ("Normal", "征程万里风正劲。山西省红十字会将深入贯彻落实习近平新时代中国特色社会主义思想，纵深推进全面从严治党，为山西省红十字事业高质量发展提供坚强政治保障，以优异成绩迎接党的二十大胜利召开。"),
]


def make_docx():
    d = docx.Document()
    for style, text in SHANXI:
        if style == "TABLE":
            docx_table(d, text)
        elif style == "Title":
            d.add_heading(text, level=0)
        elif style.startswith("Heading"):
            d.add_heading(text, level=int(style[-1]))
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "shanxi_party_review.docx"))


# ---------------------------------------------------------------- 2. Jinhua 2024 summary (pdf, 3 pages)
ZH = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK")
ZH_H = ParagraphStyle("zhh", parent=ZH, fontSize=13, leading=22, spaceBefore=6, spaceAfter=4)
ZH_T = ParagraphStyle("zht", parent=ZH, fontSize=16, leading=26, alignment=1, spaceAfter=8)

JINHUA = [
    [
        ("T", "金华市红十字会2024年度工作总结"),
        ("P", "发布单位：金华市红十字会办公室"),
        ("P", "发布日期：2025年1月10日"),
        ("H", "一、总体情况"),
        ("P", "2024年，金华市红十字会在市委、市政府和省红十字会的坚强领导下，以迎接红十字会“八大”为牵引，"
              "聚焦“三救”“三献”主责主业，各项工作取得新进展。"),
        ("P", "全年全市募集社会捐赠款物6380万元，较2023年增长11.2%。"),
        ("P", "全市红十字系统获评省级以上荣誉14项。"),
        ("H", "二、党建引领"),
        ("P", "全市9个县（市、区）红十字会全部建立党组，市红十字会机关设党支部2个。"),
        ("P", "全市23支红十字救援队全部建立党支部，党员队员412名。"),
        ("P", "打造“博爱金华”党建品牌，新命名“博爱先锋”示范党支部6个。"),
        ("P", "义乌市红十字应急救援队党支部获评“金华市先进基层党组织”。"),
        ("P", "市红十字会党组书记、常务副会长：吴丽清。"),
    ],
    [
        ("H", "三、“三救”工作"),
        ("P", "全年开展应急救护普及培训24.6万人次，培训持证救护员4.8万人次。"),
        ("P", "全市新增配置AED 760台，累计达3450台。"),
        ("P", "全市红十字救援队全年出动186次，参与救援队员3100人次。"),
        ("P", "“人道救助”方面，全年救助困难群众1.15万户。"),
        ("P", "全年开展“博爱送万家”活动，走访慰问困难家庭3200户，发放慰问款物合计286万元。"),
        ("P", "在东阳市、浦江县开展“红十字博爱助学”项目，资助困难学生460名。"),
        ("H", "四、“三献”工作"),
        ("P", "全年无偿献血9.2万人次，献血量3.1万升。"),
        ("P", "新增造血干细胞捐献志愿者入库2860人份，实现捐献21例。"),
        ("P", "新增遗体（器官）捐献志愿登记5400人，实现遗体捐献38例。"),
        ("H", "五、主要指标对比（2023年／2024年）"),
        ("TABLE", [
            ["指标", "2023年", "2024年", "增减"],
            ["募集社会捐赠款物", "5738万元", "6380万元", "+11.2%"],
            ["应急救护普及培训", "21.3万人次", "24.6万人次", "+15.5%"],
            ["持证救护员培训", "4.1万人次", "4.8万人次", "+17.1%"],
            ["累计配置AED", "2690台", "3450台", "+760台"],
            ["无偿献血", "8.7万人次", "9.2万人次", "+5.7%"],
            ["注册志愿者", "2.4万名", "2.7万名", "+12.5%"],
        ]),
    ],
    [
        ("H", "六、组织建设"),
        ("P", "新建城乡一体标准化博爱家园12个，累计达96个。"),
        ("P", "全市发展成人会员6.3万名，注册志愿者2.7万名。"),
        ("P", "全市建成生命教育体验馆11个，其中2024年新建2个。"),
        ("P", "全市红十字服务站、救护站达到214个。"),
        ("H", "七、存在问题"),
        ("P", "一是县级红十字会专职人员偏少，平均每个县仅3.4人；"),
        ("P", "二是农村地区AED配置密度仍然偏低。"),
        ("H", "八、2025年工作打算"),
        ("P", "一是力争全年应急救护普及培训26万人次；"),
        ("P", "二是新建博爱家园10个；"),
        ("P", "三是在全市高速服务区实现AED全覆盖。"),
        ("P", "四是推进“数字红会”建设，实现涉民事项全部“网上办、掌上办”。"),
        ("P", "五是加强红十字会工作人员队伍建设，全年组织业务培训不少于4期。"),
        ("P", "金华市红十字会将坚持以党建为引领，守正创新、实干争先，为金华高质量发展贡献红十字力量。"),
        ("P", "联系电话：0579-82136620"),
    ],
]


def zh_table(rows):
    t = Table([[Paragraph(x, ZH) for x in r] for r in rows])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return [Spacer(1, 4), t]


def untitled_pdf(name, pages, styles, table, font, footer):
    """A PDF with no title field (reportlab writes "(anonymous)"): ``pages`` of (T/H/P/TABLE, value) items laid out
    in ``styles`` (T, H, P) and ``table(rows)``'s flowables, a page break between pages, ``footer(page)`` in ``font``."""
    def draw_footer(c, doc):
        c.saveState()
        c.setFont(font, 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, footer(doc.page))
        c.restoreState()

    story = []
    for k, page in enumerate(pages):
        for kind, x in page:
            story.extend(table(x) if kind == "TABLE" else [Paragraph(x, styles[kind])])
        if k < len(pages) - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4, topMargin=20 * mm, bottomMargin=22 * mm)
    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)


def make_jinhua():
    untitled_pdf("jinhua_2024_summary.pdf", JINHUA, {"T": ZH_T, "H": ZH_H, "P": ZH}, zh_table, "STSong-Light",
                 lambda page: f"金华市红十字会2024年度工作总结  第{page}页 共3页")


# ---------------------------------------------------------------- 3. Hong Kong first-aid courses (zh-hant md)
HK_MD = """# 港九博愛急救學會 2025年急救課程一覽

我哋係一間成立咗三十幾年嘅非牟利團體，專門教市民學急救。報名前記得睇清楚下面嘅課程資料，有咩唔明可以隨時搵我哋。

- 查詢電話：2388 6123
- WhatsApp 報名：6123 4567
- 地址：九龍旺角彌敦道688號旺角中心二期12樓1203室
- 辦公時間：星期一至五 上午9:30至下午6:30，星期六 上午9:30至下午1:00，星期日及公眾假期休息

## 標準急救證書課程

適合想考取急救證書嘅人士，內容包括心肺復甦法、止血包紮、骨折處理同埋常見急症。全期共30小時，分10堂上，學員要出席晒全部堂數先可以參加考試。考試合格會發急救證書，有效期3年。

## 心肺復甦法及AED課程

半日課程，教你點樣做胸外按壓同用自動體外心臟去顫器（AED）。課程6小時，唔使考筆試，即日完成實習評核就有證書，證書有效期2年。

## 兒童及嬰兒急救課程

專為家長、姐姐（家務助理）同幼師而設，教你處理細路哽親、發高燒抽筋同燙傷。課程9小時，分3堂上。

## 職安健急救重溫課程

俾證書就快到期嘅學員重溫，必須持有本會或者認可機構發出、仍然有效或者過期唔超過6個月嘅急救證書。課程8小時，一日上晒。

## 課程收費及時數

| 課程 | 時數 | 學費 | 每班人數上限 |
| --- | --- | --- | --- |
| 標準急救證書課程 | 30小時 | 港幣1,350元 | 24人 |
| 心肺復甦法及AED課程 | 6小時 | 港幣480元 | 20人 |
| 兒童及嬰兒急救課程 | 9小時 | 港幣620元 | 18人 |
| 職安健急救重溫課程 | 8小時 | 港幣560元 | 24人 |

## 優惠同退款

- 65歲或以上長者同全日制學生：學費有八折。
- 團體報名滿10人：每人減港幣100元。
- 開課前14日或之前取消：退回八成學費；開課前14日內取消：唔設退款。
- 八號或以上風球、黑色暴雨警告生效：當日課堂取消，另行補堂，唔使額外收費。

## 上課地點

- 旺角總部：彌敦道688號旺角中心二期12樓1203室（港鐵旺角站E2出口行3分鐘）
- 荃灣分校：荃灣沙咀道298號翡翠商業大廈5樓（港鐵荃灣站B1出口）

## 聯絡我哋

課程主任：陳嘉欣姑娘。如果想包場俾公司員工上堂，可以電郵 course@kowloonfirstaid.org.hk 搵佢傾。
"""

# ---------------------------------------------------------------- 4. English blood drive notice (html)
BLOOD_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Summer Blood Drive 2025 - Riverside City Council</title>
</head>
<body>
<header>
  <div class="brand">Riverside City Council | Community Health</div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/health">Health</a></li><li><a href="/events">Events</a></li></ul></nav>
</header>
<main>
  <h1>Give Blood This Summer: Riverside Community Blood Drive 2025</h1>
  <p class="meta">Published 2 June 2025 by the Community Health Team</p>
  <p>Riverside City Council and the Riverside Red Cross are holding a four-day community blood drive in June and July 2025. Hospital stocks in the region usually drop by around a fifth over the summer holidays, and our target this year is 1,800 units of blood.</p>

  <h2>Who can give blood</h2>
  <ul>
    <li>You are aged 17 to 70 (first-time donors must be under 66).</li>
    <li>You weigh at least 50 kg (7 stone 12 lb).</li>
    <li>You are in good general health and have not had a cold or flu in the last 7 days.</li>
    <li>Men can give whole blood every 12 weeks; women every 16 weeks.</li>
  </ul>

  <h2>Please wait before donating if</h2>
  <ul>
    <li>You have had a tattoo or body piercing in the last 4 months.</li>
    <li>You have returned from a malaria-risk area in the last 6 months.</li>
    <li>You have had dental treatment such as a filling in the last 24 hours.</li>
    <li>You are pregnant or have given birth in the last 6 months.</li>
  </ul>

  <h2>Venues, dates and times</h2>
  <table border="1">
    <thead><tr><th>Venue</th><th>Date</th><th>Opening hours</th><th>Appointments</th></tr></thead>
    <tbody>
      <tr><td>Riverside Civic Centre, Hall A</td><td>Saturday 14 June 2025</td><td>9:00 to 16:00</td><td>Walk-ins welcome</td></tr>
      <tr><td>Northgate Library</td><td>Saturday 21 June 2025</td><td>10:00 to 15:00</td><td>Booking required</td></tr>
      <tr><td>St Agnes Community Hall</td><td>Friday 27 June 2025</td><td>12:00 to 19:00</td><td>Walk-ins welcome</td></tr>
      <tr><td>Riverside Stadium, Gate 4 (mobile bus)</td><td>Saturday 5 July 2025</td><td>8:30 to 14:30</td><td>Booking required</td></tr>
    </tbody>
  </table>

  <h2>On the day</h2>
  <ol>
    <li>Eat a proper meal within 3 hours before you donate and drink about 500 ml of water.</li>
    <li>Bring photo ID such as a driving licence or passport.</li>
    <li>The whole visit takes about an hour; the donation itself takes 5 to 10 minutes.</li>
    <li>Avoid heavy lifting and hard exercise for the rest of the day.</li>
  </ol>

  <h2>After you donate</h2>
  <p>Your body replaces the fluid within 24 hours, but it takes about 8–12 weeks to fully rebuild your red cells, which is why there is a gap between donations. Every donor receives a free cinema voucher from our partner Riverside Picturehouse.</p>

  <h2>Why it matters</h2>
  <p>One donation of whole blood is about 470 ml and can help up to three adults, because it is separated into red cells, plasma and platelets. Blood is used every day in our local hospitals: in cancer care, in childbirth, after road accidents and in planned surgery such as hip replacements. Platelets only keep for seven days, so the hospitals need a steady flow of new donors rather than one big collection a year. Type O negative donors are especially welcome, because their red cells can be given to almost any patient in an emergency.</p>

  <h2>Booking and access</h2>
  <p>You can book a slot online through the council website or by phone. Booked donors are usually seen within 15 minutes of their slot, while walk-in donors may have to wait longer at busy times, especially around lunch. All four venues have step-free access and free parking, and the Civic Centre and St Agnes Community Hall can be reached on bus routes 3 and 11. If you need a British Sign Language interpreter, please tell us at least five working days before your appointment and we will arrange one for you.</p>
  <p>Before you give blood, a nurse will ask you some questions about your health and travel in private and check your iron level with a small finger-prick test. If your iron level is too low we will not take blood that day, but we will explain why and tell you when you can come back. Your answers are kept confidential.</p>

  <h2>Questions</h2>
  <p>Call the blood drive hotline on 0800 555 0147 (Monday to Friday, 8:00 to 20:00) or email blooddrive@riverside.gov.example. Drive coordinator: Nadia Osei.</p>
</main>
<footer>
  <p>Riverside City Council, Town Hall, 1 Market Square, Riverside RV1 2AB</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 5. Kunming volunteer FAQ (zh html)
FAQ_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>应急救护志愿者常见问题 - 昆明市红十字会</title>
</head>
<body>
<header><div class="logo">昆明市红十字会 · 志愿服务</div></header>
<main>
  <h1>昆明市红十字应急救护志愿者常见问题</h1>
  <p class="meta">更新时间：2025年3月1日　编写：昆明市红十字志愿服务中心</p>

  <h2>一、报名与注册</h2>
  <div class="qa"><p>问：报名当应急救护志愿者有年龄限制吗？</p><p>答：年满18周岁、不超过65周岁，身体健康即可报名；年满16周岁的在校学生经监护人同意后可参加校园服务项目。</p></div>
  <div class="qa"><p>问：在哪里报名？</p><p>答：关注“昆明红十字”微信公众号，点击“我要当志愿者”填写报名表，审核时间为7个工作日。</p></div>
  <div class="qa"><p>问：现场确认要带哪些材料？</p><p>答：请携带下列材料到市红十字志愿服务中心现场确认：</p>
    <ul>
      <li>本人身份证原件及复印件1份</li>
      <li>近期免冠一寸照片2张</li>
      <li>签字的《志愿者健康承诺书》</li>
      <li>红十字救护员证（已取得的提供）</li>
      <li>未满18周岁的，须提供监护人同意书</li>
    </ul>
  </div>

  <h2>二、培训与证书</h2>
  <div class="qa"><p>问：上岗前一定要培训吗？</p><p>答：是的。新志愿者须完成16学时的救护员培训并考核合格，取得救护员证后才能到救护站上岗。</p></div>
  <div class="qa"><p>问：培训要交钱吗？</p><p>答：注册志愿者培训免费，教材和考核费用由市红十字会承担。</p></div>
  <div class="qa"><p>问：救护员证过期了怎么办？</p><p>答：救护员证有效期3年，到期前3个月内可报名参加8学时的复训，复训合格后换发新证。</p></div>

  <h2>三、服务与保障</h2>
  <div class="qa"><p>问：每次服务多长时间？</p><p>答：每班次一般4小时，每月至少服务1次；连续服务不超过8小时。</p></div>
  <div class="qa"><p>问：服务有补贴吗？</p><p>答：没有劳务报酬，但每班次提供交通餐饮补贴30元，并为志愿者购买意外伤害保险，保额15万元。</p></div>
  <div class="qa"><p>问：服务时长怎么记录？</p><p>答：在“志愿云南”平台签到签退，由站长审核后计入时长。累计满200小时可申请“优秀救护志愿者”。</p></div>

  <h2>四、各服务点服务时间</h2>
  <table border="1">
    <tr><th>服务点</th><th>地址</th><th>服务时间</th></tr>
    <tr><td>市红十字志愿服务中心</td><td>五华区青年路361号</td><td>周一至周五 9:00—17:30</td></tr>
    <tr><td>翠湖救护站</td><td>翠湖公园北门</td><td>周六、周日 8:30—18:00</td></tr>
    <tr><td>长水机场T1救护点</td><td>长水国际机场T1到达厅</td><td>每日 7:00—22:00</td></tr>
    <tr><td>滇池会展救护站</td><td>滇池国际会展中心3号馆</td><td>展会期间 8:00—20:00</td></tr>
  </table>

  <h2>五、联系我们</h2>
  <p>咨询电话：0871-63125120（工作日）；联系人：志愿服务中心 杨老师。</p>
</main>
<footer><p>昆明市红十字会　地址：昆明市五华区青年路361号</p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 6. English NGO annual report (pdf, 2 pages)
EN = ParagraphStyle("en", fontName="Helvetica", fontSize=10.5, leading=15)
EN_H = ParagraphStyle("enh", parent=EN, fontName="Helvetica-Bold", fontSize=13, leading=20, spaceBefore=6, spaceAfter=3)
EN_T = ParagraphStyle("ent", parent=EN, fontName="Helvetica-Bold", fontSize=16, leading=24, alignment=1, spaceAfter=6)

PANTRY = [
    [
        ("T", "Hillcrest Community Pantry Trust - Annual Report 2024"),
        ("P", "Reporting period: 1 January 2024 to 31 December 2024"),
        ("P", "Registered office: 14 Orchard Lane, Hillcrest HC3 7PL"),
        ("P", "Registered charity no. 1187342, founded in 2016"),
        ("H", "1. A word from the Chair"),
        ("P", "2024 was our busiest year since the Trust was founded."),
        ("P", "Demand rose sharply in the winter months, and our volunteers kept the pantry open five days a week."),
        ("P", "I want to thank every donor and volunteer who made this possible."),
        ("P", "Eleanor Whitcombe, Chair of Trustees"),
        ("H", "2. Our year in numbers"),
        ("P", "We supported 3,420 households, or 9,860 individuals, during the year."),
        ("P", "We gave out 61,200 meals' worth of food parcels, up from 47,500 in 2023."),
        ("P", "214 active volunteers gave 18,750 hours of their time."),
        ("P", "Our new school holiday lunch club served 1,340 children in July and August."),
        ("H", "3. What we do"),
        ("P", "The pantry at 14 Orchard Lane is open Monday to Friday from 10:00 to 14:00. People are referred to us by "
              "GPs, schools, housing officers and Citizens Advice, and most households receive a parcel once a week for up to "
              "six weeks while their situation improves. Each parcel holds enough food for three days of balanced meals, "
              "including fresh fruit and vegetables donated by local growers and supermarkets."),
        ("P", "Alongside food, our advice desk helps people claim the benefits they are entitled to. In 2024 our two "
              "volunteer advisers helped 410 households and secured an estimated GBP 265,000 in unclaimed benefits. We also "
              "ran cooking-on-a-budget sessions every Thursday evening, attended by 186 adults over the year, and we started "
              "a small clothing rail for school uniforms that gave out 520 items in September alone."),
        ("P", "Most of our food comes from community collections at churches, schools and workplaces. Supermarket "
              "collection points brought in 38 tonnes of food, and the harvest festival collection at Hillcrest Primary "
              "School alone filled our van four times. We buy the rest, mainly milk, eggs, tinned meat and toiletries, "
              "with cash donations."),
        ("H", "4. Our team"),
        ("P", "Treasurer: Rajesh Nair. Pantry Coordinator: Maria Santos (full-time)."),
        ("P", "Volunteer Lead: Owen Pritchard (half-time). The Trust has 7 trustees."),
    ],
    [
        ("H", "5. Income and spending"),
        ("TABLE", [
            ["Income", "GBP", "Spending", "GBP"],
            ["Hillcrest Council grant", "48,500", "Food purchase", "51,300"],
            ["Individual donations", "36,200", "Staff costs (1.5 posts)", "28,400"],
            ["Corporate partners", "22,800", "Rent and utilities", "19,600"],
            ["Fundraising events", "9,400", "Van and transport", "7,900"],
            ["Gift Aid", "5,100", "Other costs", "6,200"],
            ["Total income", "122,000", "Total spending", "113,400"],
        ]),
        ("P", "The surplus of GBP 8,600 was added to our reserves, which now cover about 4 months of running costs."),
        ("P", "Our largest single gift was GBP 10,000 from the Fenwick Family Foundation."),
        ("P", "Food prices rose again in 2024, so we spent more on buying food than ever before. Trustees agreed to keep "
              "free reserves of at least three months of running costs, and we met that target all year. Our accounts were "
              "independently examined by Marsh & Bell Accountants and will be filed with the Charity Commission by the "
              "end of October 2025. The full accounts are available on request."),
        ("H", "6. Looking ahead to 2025"),
        ("P", "We plan to open a second pantry at Ashford Road Community Centre in April 2025."),
        ("P", "We aim to recruit 60 new volunteers and to buy a refrigerated van."),
        ("P", "Our Annual General Meeting will be held on 22 March 2025 at St Luke's Church Hall."),
        ("H", "7. Thank you"),
        ("P", "None of this would be possible without the generosity of our community. We thank Hillcrest Council, the "
              "Fenwick Family Foundation, Greenfield Supermarkets, Hillcrest Rotary Club and the many churches, schools and "
              "businesses that collected food for us. Above all, we thank our volunteers, who sorted, packed and delivered "
              "every parcel, and the families who trusted us with their stories. If you would like to volunteer, donate or "
              "refer someone to the pantry, please get in touch."),
        ("P", "Contact: hello@hillcrestpantry.org.uk, telephone 01632 960 418."),
    ],
]


def en_table(rows):
    t = Table(rows)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "Helvetica")]))
    return [t, Spacer(1, 6)]


def make_pantry():
    untitled_pdf("hillcrest_pantry_report_2024.pdf", PANTRY, {"T": EN_T, "H": EN_H, "P": EN}, en_table, "Helvetica",
                 lambda page: f"Hillcrest Community Pantry Trust - Annual Report 2024 - Page {page} of 2")


def main():
    make_docx()
    make_jinhua()
    write_texts(OUT, [("hk_first_aid_courses.md", HK_MD), ("riverside_blood_drive.html", BLOOD_HTML),
                      ("kunming_volunteer_faq.html", FAQ_HTML)])
    make_pantry()
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == "__main__":
    main()
