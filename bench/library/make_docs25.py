"""Write the six new documents of set 25 into docs25/ (all text lives here).
Run: .venv/bin/python bench/library/make_docs25.py
"""
import os

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs25")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
W, H = A4
LM, RM = 62, 62


class Pdf:
    def __init__(self, path, font, total, footer):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.font, self.total, self.footer = font, total, footer
        self.page = 1
        self.y = H - 70

    def wrap(self, text, size, width):
        lines, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, self.font, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=10.5, indent=True, gap=4, lead=17):
        first = "\u3000\u3000" + text if indent else text
        for ln in self.wrap(first, size, W - LM - RM):
            self.c.setFont(self.font, size)
            self.c.drawString(LM, self.y, ln)
            self.y -= lead
        self.y -= gap

    def center(self, text, size, lead=24):
        self.c.setFont(self.font, size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= lead

    def head(self, text, size=12):
        self.y -= 4
        self.c.setFont(self.font, size)
        self.c.drawString(LM, self.y, text)
        self.y -= 22

    def grid(self, rows, xs, size=10, lead=17, ruled=False, widths=None):
        c = self.c
        if ruled:
            top = self.y + 12
            right = xs[-1] + widths
            for _i, row in enumerate(rows):
                c.line(xs[0] - 6, self.y + 12, right, self.y + 12)
                for x, cell in zip(xs, row):
                    c.setFont(self.font, size)
                    c.drawString(x, self.y, cell)
                self.y -= lead + 3
            bottom = self.y + 12 + 3 - 3
            c.line(xs[0] - 6, bottom + 0, right, bottom + 0)
            for x in xs + [right + 6]:
                c.line(x - 6, top, x - 6, bottom)
            self.y -= 10
        else:
            for row in rows:
                for x, cell in zip(xs, row):
                    c.setFont(self.font, size)
                    c.drawString(x, self.y, cell)
                self.y -= lead
            self.y -= 8

    def newpage(self):
        self.c.setFont(self.font, 9)
        self.c.drawCentredString(W / 2, 36, self.footer.format(p=self.page, n=self.total))
        self.c.showPage()
        self.page += 1
        self.y = H - 70

    def save(self):
        self.c.setFont(self.font, 9)
        self.c.drawCentredString(W / 2, 36, self.footer.format(p=self.page, n=self.total))
        self.c.save()


# ---------------------------------------------------------------- 1. Shaanxi 2024 PDF
def shaanxi_pdf():
    p = Pdf(os.path.join(OUT, "shaanxi_2024_report.pdf"), "STSong-Light", 3, "— {p} —　　第{p}页 共{n}页")
    p.center("陕西省红十字会2024年度工作报告", 18, 30)
    p.center("陕红会〔2025〕4号", 10.5, 20)
    p.center("陕西省红十字会办公室　　2025年1月22日", 10.5, 30)
    p.head("一、2024年工作总体情况")
    p.para("2024年，全省红十字系统坚持以党建为引领，深入学习贯彻党的二十届三中全会精神，围绕“三救”“三献”主责主业，"
           "扎实推进红十字会改革，全省红十字事业保持稳中有进的良好态势。全年全省红十字系统共募集社会捐赠款物2.36亿元，"
           "投入使用2.11亿元，惠及困难群众86万人次。")
    p.head("（一）党建引领", 11)
    p.para("1. 全省107个县（市、区）红十字会全部建立党组，省红十字会机关3个党支部全部达到“五星级”标准。")
    p.para("2. 全省红十字救援队达到58支，其中46支建立党支部，党员队员1120名。“秦岭博爱先锋”党建品牌累计命名示范党支部21个。")
    p.para("3. 全省红十字领域3名先进人物获评“中国好人”，西安红十字救援队队长刘振华获评全国“最美救护员”。")
    p.head("（二）应急救护与救援", 11)
    p.para("1. 全年开展应急救护普及培训92.4万人次，培训持证救护员14.8万人次，为企业开展应急救护培训1260余场次。")
    p.para("2. 全省新增配置AED 2150台，累计配置6830台，其中西安地铁站点实现AED全覆盖。")
    p.para("3. 各红十字救援队全年出动312次、9600余人次，参与汉中、安康两地汛期抢险救灾，受益群众4.3万人次。")
    p.newpage()
    p.head("（三）人道救助与“三献”", 11)
    p.para("1. 实施“博爱送万家”活动，慰问困难群众3.8万户；“红十字博爱助学”项目资助困难学生2240名。")
    p.para("2. 新增造血干细胞捐献志愿者入库1.26万人份，实现造血干细胞捐献58例。")
    p.para("3. 新增遗体（器官）捐献志愿登记2.4万人，实现遗体捐献64例、器官捐献118例，延安、榆林两市新建“生命礼赞”缅怀纪念场所。")
    p.head("（四）组织建设", 11)
    p.para("实施“红十字强基工程”，全省发展成人会员41.6万名，注册志愿者13.7万名，志愿服务团体（组织）620个；"
           "建成城乡一体标准化博爱家园286个，红十字服务站、救护站540个，生命教育体验馆38个。")
    p.head("二、主要指标（2022—2024年）")
    rows = [["指标", "2022年", "2023年", "2024年"],
            ["募集社会捐赠款物（亿元）", "1.84", "2.05", "2.36"],
            ["应急救护普及培训（万人次）", "71.2", "83.5", "92.4"],
            ["持证救护员（万人次）", "10.9", "12.6", "14.8"],
            ["造血干细胞捐献（例）", "41", "49", "58"],
            ["成人会员（万名）", "35.2", "38.9", "41.6"],
            ["注册志愿者（万名）", "10.8", "12.1", "13.7"],
            ["标准化博爱家园（个）", "214", "251", "286"]]
    p.grid(rows, [LM + 10, 290, 370, 450])
    p.para("注：2022年、2023年数据为各年度统计年报口径，2024年数据截至2024年12月31日。", size=9, indent=False)
    p.newpage()
    p.head("三、各设区市主要数据（2024年）")
    rows = [["设区市", "普及培训（万人次）", "新增AED（台）", "博爱家园（个）"],
            ["西安市", "26.3", "760", "58"], ["宝鸡市", "9.8", "210", "31"], ["咸阳市", "10.4", "230", "35"],
            ["铜川市", "3.1", "60", "12"], ["渭南市", "9.2", "170", "30"], ["延安市", "6.7", "150", "26"],
            ["汉中市", "7.5", "160", "28"], ["榆林市", "8.9", "190", "27"], ["安康市", "5.4", "110", "20"],
            ["商洛市", "4.2", "90", "15"], ["杨凌示范区", "0.9", "20", "4"]]
    p.grid(rows, [LM + 12, 180, 320, 430], ruled=True, widths=90)
    p.head("四、2025年工作安排")
    p.para("2025年，省红十字会将重点抓好四项工作：一是深化“救在身边”建设，力争全年普及培训100万人次；"
           "二是新增配置AED 2000台以上；三是推进“数字红会”平台上线运行；四是新建标准化博爱家园30个。")
    p.para("联系人：省红十字会办公室　赵婷　　电话：029-87295130", indent=False)
    p.save()


# ---------------------------------------------------------------- 2. Shaanxi 2025 docx
def shaanxi_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    d.add_heading("陕西省红十字会2025年度工作进展通报", level=0)
    d.add_paragraph("发布单位：陕西省红十字会办公室　　发布日期：2026年1月16日")
    d.add_heading("一、总体情况", level=1)
    d.add_paragraph("2025年，陕西省红十字会以迎接红十字会“九大”为牵引，全省红十字事业在2024年工作基础上实现新的提升。"
                    "全年全省红十字系统共募集社会捐赠款物2.58亿元，投入使用2.27亿元，惠及困难群众92万人次。")
    d.add_heading("二、重点工作", level=1)
    d.add_heading("（一）党建工作", level=2)
    d.add_paragraph("全省红十字救援队增至63支，其中建立党支部的救援队55支，党员队员1290名；“秦岭博爱先锋”示范党支部累计命名27个，"
                    "其中2025年新命名6个。")
    d.add_heading("（二）应急救护", level=2)
    d.add_paragraph("2025年，全省开展应急救护普及培训101.3万人次，首次突破百万；培训持证救护员16.2万人次。"
                    "全省新增配置AED 2400台，累计达9230台。第十五届全运会陕西赛区期间，全省派出红十字救护志愿者1850名，累计处置伤病6200人次。")
    d.add_heading("（三）“三献”工作", level=2)
    d.add_paragraph("新增造血干细胞捐献志愿者入库1.41万人份，实现造血干细胞捐献64例；新增遗体（器官）捐献志愿登记2.9万人，实现遗体捐献71例。")
    d.add_heading("（四）组织建设", level=2)
    d.add_paragraph("发展成人会员44.1万名，注册志愿者达到15.2万名；建成城乡一体标准化博爱家园318个，生命教育体验馆43个。")
    d.add_heading("三、2025年主要指标完成情况", level=1)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text = "指标"
    m = h0[1].merge(h0[2])
    m.text = "2025年"
    h0[3].text = "完成率"
    h1[0].text = ""
    h1[1].text = "目标"
    h1[2].text = "完成"
    h1[3].text = ""
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "指标"
    b = t.cell(0, 3).merge(t.cell(1, 3))
    b.text = "完成率"
    data = [("募集社会捐赠款物", "2.4亿元", "2.58亿元", "107.5%"),
            ("应急救护普及培训", "100万人次", "101.3万人次", "101.3%"),
            ("新增配置AED", "2000台", "2400台", "120.0%"),
            ("造血干细胞捐献", "60例", "64例", "106.7%"),
            ("新建标准化博爱家园", "30个", "32个", "106.7%"),
            ("注册志愿者", "15万名", "15.2万名", "101.3%")]
    for row in data:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("注：标准化博爱家园累计318个，其中2025年新建32个。")
    d.add_heading("四、2026年工作打算", level=1)
    d.add_paragraph("2026年，省红十字会将重点推进以下工作：")
    for s in ["力争全年应急救护普及培训110万人次，持证救护员18万人次；",
              "“数字红会”平台完成与“秦务员”政务服务平台对接；",
              "在汉中、安康、商洛三市新建红十字应急救援备灾仓库3个；",
              "新增配置AED 2500台，实现全省高速公路服务区全覆盖。"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("联系人：省红十字会办公室　赵婷　　电话：029-87295130")
    d.save(os.path.join(OUT, "shaanxi_2025_update.docx"))


# ---------------------------------------------------------------- 3. Yiwu minutes txt
YIWU = [
    "义乌市红十字会第五届理事会第三次会议纪要",
    "",
    "时间：2024年12月18日下午2:30",
    "地点：义乌市行政中心3号楼502会议室",
    "主持人：吴建新（市红十字会党组书记、常务副会长）",
    "参会人员：市红十字会理事、监事共27人，各镇街红十字会负责人14人",
    "列席：市财政局社保科科长 陈晓峰",
    "记录人：楼佳琪（市红十字会办公室）",
    "",
    "会议议题：",
    "1. 审议《义乌市红十字会2024年工作报告》；",
    "2. 审议2024年度财务收支情况及2025年预算；",
    "3. 审议《义乌市红十字会2025年工作要点》；",
    "4. 审议增补第五届理事会理事人选；",
    "5. 通报2024年度捐赠款物公示情况。",
    "",
    "会议情况：",
    "PARA:吴建新同志代表市红十字会作2024年工作报告。2024年，全市红十字会共募集捐赠款物1268万元，其中资金1042万元、物资折价226万元；全年支出1035万元，结余结转233万元。全年开展应急救护普及培训2.86万人次，培训持证救护员4120人；新增配置AED 150台，全市累计配置812台，国际商贸城一至五区实现AED全覆盖。",
    "PARA:“三献”方面，全年新增造血干细胞捐献志愿者入库1380人份，实现造血干细胞捐献9例；新增遗体（器官）捐献志愿登记860人，实现器官捐献11例。全市建成博爱家园24个、红十字救护站65个，注册志愿者达到1.15万名。",
    "PARA:市红十字会财务负责人金晓燕通报了2024年度财务收支情况，提出2025年预算总额1450万元，其中人道救助620万元、应急救护培训310万元、博爱家园建设180万元、救援队建设及装备150万元、其他支出190万元。",
    "",
    "会议决定：",
    "PARA:一是原则通过《义乌市红十字会2024年工作报告》，会后根据理事意见修改完善，于2025年1月10日前报金华市红十字会。",
    "PARA:二是通过2025年预算总额1450万元，同意将应急救护培训经费由2024年的260万元提高到310万元。",
    "PARA:三是通过《义乌市红十字会2025年工作要点》，2025年力争普及培训3万人次，新增AED 120台，新建博爱家园5个。",
    "PARA:四是同意增补何丽君（市教育局副局长）、骆永强（义乌市红十字应急救援队队长）为第五届理事会理事，理事总数增至29人。",
    "PARA:五是同意在佛堂镇、苏溪镇各设立1个红十字应急救护培训点，2025年6月底前投入使用，所需经费从应急救护培训经费中列支。",
    "",
    "下次会议：2025年6月中旬召开，具体时间另行通知。",
    "",
    "义乌市红十字会办公室",
    "2024年12月20日印发",
    "",
    "抄送：金华市红十字会，义乌市委办公室、市政府办公室，市财政局。",
]


def yiwu_txt():
    out = []
    for ln in YIWU:
        if ln.startswith("PARA:"):
            s = ln[5:]
            while s:
                k = 35
                while k < len(s) and k > 20 and (s[k - 1] + s[k]).replace(".", "0").replace("%", "0").isdigit():
                    k -= 1  # do not cut a figure in two
                out.append(s[:k])
                s = s[k:]
        else:
            out.append(ln)
    with open(os.path.join(OUT, "yiwu_council_minutes.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- 4. English html
HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Event first aid cover: booking and prices - Somerset Vale First Aid Trust</title>
</head>
<body>
<header>
  <div class="brand">Somerset Vale First Aid Trust</div>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/courses">Courses</a></li>
      <li><a href="/events">Event cover</a></li>
      <li><a href="/volunteer">Volunteer with us</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1>Event first aid cover: booking and prices</h1>
  <p class="updated">Prices valid from 1 April 2025 to 31 March 2026. Page last updated 3 March 2025.</p>
  <p>Our volunteer first aiders have looked after fetes, fun runs, village shows and concerts across Somerset since 1987.
  Every pound you pay for event cover goes back into training volunteers and replacing kit.
  All prices below are per hour, with a minimum booking of 4 hours, and are exempt from VAT.</p>

  <h2>Cover levels</h2>
  <table>
    <thead>
      <tr><th>Level</th><th>Who attends</th><th>Price per hour</th><th>What is included</th></tr>
    </thead>
    <tbody>
      <tr><td>Bronze</td><td>2 first aiders on foot</td><td>&pound;38</td><td>Grab bags, AED, incident log</td></tr>
      <tr><td>Silver</td><td>4 first aiders and a treatment tent</td><td>&pound;72</td><td>Treatment tent, AED, oxygen, radios</td></tr>
      <tr><td>Gold</td><td>Ambulance crew of 2 and 2 first aiders</td><td>&pound;125</td><td>Emergency ambulance, AED, oxygen, radios</td></tr>
      <tr><td>Platinum</td><td>Paramedic, ambulance crew of 2 and 4 first aiders</td><td>&pound;190</td><td>Everything in Gold plus a control point and event medical plan</td></tr>
    </tbody>
  </table>
  <p>Events with more than 5,000 people a day must book Gold or Platinum cover. Registered charities and parish councils
  receive a 20% discount on Bronze and Silver cover.</p>

  <h2>Terms we use</h2>
  <dl>
    <dt>First aider</dt>
    <dd>A volunteer holding our Event First Aid certificate, renewed every 3 years.</dd>
    <dt>Treatment tent</dt>
    <dd>A 3 m by 3 m gazebo with a stretcher, blankets and privacy screens, staffed at all times.</dd>
    <dt>Ambulance crew</dt>
    <dd>Two volunteers qualified to FREC 4 who can transport a patient to Musgrove Park Hospital in Taunton.</dd>
    <dt>Event medical plan</dt>
    <dd>A written plan we prepare for your Safety Advisory Group, delivered 14 days before the event.</dd>
  </dl>

  <h2>How to book</h2>
  <ol>
    <li>Fill in the online request form with your event date, location and expected attendance.</li>
    <li>We send a quote within 5 working days.</li>
    <li>Accept the quote and pay a 25% deposit to confirm the booking.</li>
    <li>Pay the balance no later than 7 days after the event.</li>
  </ol>
  <p class="rule"><strong>Booking deadline:</strong> requests must reach us at least 28 days before the event.
  Requests received 14 to 27 days before the event carry a late booking fee of &pound;50; we cannot accept requests made less than 14 days before.</p>

  <h2>What we need from you</h2>
  <ul>
    <li>A site plan showing where the treatment tent or ambulance should park, with vehicle access kept clear at all times.</li>
    <li>A named event contact who will be on site and reachable by mobile phone for the whole event.</li>
    <li>Access to toilets and running water for our team, and a power supply if the event runs after dark.</li>
    <li>Details of any high-risk activities, such as motorsport, horse events, climbing walls or fireworks, at least 21 days ahead.</li>
  </ul>
  <p>After the event we send you a short summary of the number of people treated, with no personal details, within 10 working days.
  Patient records stay with us and are kept securely for 8 years, as our clinical governance policy requires.</p>

  <h2>Frequently asked questions</h2>
  <details><summary>What happens if I cancel</summary><p>Cancel more than 14 days before the event and we refund your deposit in full. Cancel within 14 days and the deposit is kept.</p></details>
  <details><summary>Do you charge for travel</summary><p>Travel within 20 miles of our Bridgwater base is free. Beyond that we charge 45p per mile for each vehicle.</p></details>
  <details><summary>Can you cover events outside Somerset</summary><p>Yes, in Dorset and north Devon, as long as the venue is within 40 miles of Bridgwater.</p></details>
  <details><summary>Do your first aiders bring food</summary><p>Please provide a hot meal and drinks for our team on shifts longer than 6 hours.</p></details>
  <details><summary>Can we just have one first aider</summary><p>No. For safety we never send a volunteer alone, so the smallest booking is Bronze with 2 first aiders.</p></details>
  <details><summary>Do you cover overnight events</summary><p>Yes, for camps and festivals. Hours between midnight and 6am are charged at one and a half times the normal rate.</p></details>
  <details><summary>Are you insured</summary><p>Yes. We carry public liability insurance of &pound;10 million and can send you the certificate with your quote.</p></details>

  <h2>Contact the events team</h2>
  <p>Email <a href="mailto:events@somersetvalefirstaid.org.uk">events@somersetvalefirstaid.org.uk</a> or phone 01278 556 204
  (Monday to Friday, 9am to 4pm). Events coordinator: Rachel Penhaligon.</p>
</main>
<footer>
  <p>Somerset Vale First Aid Trust, Unit 6, Crowpill Lane, Bridgwater TA6 3DX. Registered charity no. 1168245.</p>
  <p>&copy; 2025 Somerset Vale First Aid Trust</p>
</footer>
</body>
</html>
"""


def html_page():
    with open(os.path.join(OUT, "somerset_event_cover.html"), "w", encoding="utf-8") as f:
        f.write(HTML)


# ---------------------------------------------------------------- 5. Macau zh-hant PDF
def macau_pdf():
    p = Pdf(os.path.join(OUT, "macau_blood_2024.pdf"), "MSung-Light", 2, "澳門紅十字會捐血中心　第{p}頁／共{n}頁")
    p.center("澳門紅十字會捐血中心", 18, 28)
    p.center("2024年度捐血統計簡報", 14, 22)
    p.center("澳門紅十字會捐血中心編印　　2025年2月", 10.5, 30)
    p.head("一、全年概況")
    p.para("2024年全年共有19,386人次捐血，較2023年的18,512人次增加4.7%；其中首次捐血者3,214人，"
           "全年收集血液約6,790公升。流動捐血車全年出動86次，前往大學、賭場度假村及政府部門等地點，收集捐血4,105人次。")
    p.para("捐血者血型分佈：O型佔41.2%，A型佔26.5%，B型佔24.8%，AB型佔7.5%；RhD陰性捐血者共82人。")
    p.head("二、每月捐血人次")
    rows = [["月份", "捐血人次", "其中首次捐血", "月份", "捐血人次", "其中首次捐血"],
            ["1月", "1,702", "262", "7月", "1,811", "341"],
            ["2月", "1,288", "175", "8月", "1,743", "318"],
            ["3月", "1,655", "268", "9月", "1,520", "240"],
            ["4月", "1,590", "251", "10月", "1,476", "229"],
            ["5月", "1,634", "270", "11月", "1,602", "247"],
            ["6月", "1,718", "302", "12月", "1,647", "311"]]
    p.grid(rows, [LM + 6, 115, 190, 300, 350, 425], ruled=True, widths=80)
    p.para("註：2月份受農曆新年假期影響，捐血人次為全年最低；7月份為全年最高。", size=9, indent=False)
    p.newpage()
    p.head("三、捐血資格")
    p.para("1. 年齡：17至65歲；17歲人士須出示家長或監護人簽署的同意書；首次捐血者須在60歲或以下。")
    p.para("2. 體重：男性不少於50公斤，女性不少於45公斤。")
    p.para("3. 間隔：捐全血後，男性須相隔最少12星期、女性須相隔最少16星期方可再捐；捐血小板須相隔最少2星期。")
    p.para("4. 捐血前4小時內須進食正餐，前一晚須有充足睡眠；曾紋身或穿耳洞者須相隔4個月。")
    p.head("四、捐血站開放時間")
    p.para("水坑尾捐血站：澳門水坑尾街128號紅十字會大樓1樓。星期一至星期六上午9時至下午6時，星期日及公眾假期休息。"
           "電話：2833 5120。")
    p.para("氹仔捐血站：氹仔布拉干薩街56號地下。星期二至星期日上午10時至晚上7時，逢星期一休息。電話：2882 7316。")
    p.head("五、鳴謝")
    p.para("本年度累計捐血達100次的「白金捐血者」共14位，其中捐血次數最多的是梁志偉先生，累計捐血186次。"
           "本中心衷心感謝每一位捐血者及合作機構。")
    p.save()


# ---------------------------------------------------------------- 6. SES training policy docx
def ses_docx():
    d = docx.Document()
    d.add_paragraph("Mudgee SES Unit Volunteer Training Policy", style="Title")
    d.add_paragraph("NSW State Emergency Service, Central West Region — Mudgee Unit, 71 Depot Road, Mudgee NSW 2850")
    d.add_paragraph("Policy number: MDG-TRN-02    Version: 3.2")
    d.add_paragraph("Approved by: Karen Whitlock, Unit Controller    Approval date: 12 August 2024    Next review: 12 August 2026")
    d.add_heading("1. Purpose", level=1)
    d.add_paragraph("This policy sets out how members of the Mudgee SES Unit are trained, assessed and kept current so that they can "
                    "respond safely to storms, floods, road crashes and searches in the Mid-Western Regional Council area.")
    d.add_heading("2. Definitions", level=1)
    for term, text in [("Probationary member", "a new volunteer in the first 6 months after joining the unit."),
                       ("Operational member", "a member who has completed the Member Induction and is cleared to attend callouts."),
                       ("Unit Training Officer (UTO)", "the member appointed by the Unit Controller to plan and record unit training; currently Daniel Reyes."),
                       ("Currency", "holding a course that has not passed its renewal date."),
                       ("RTO", "a registered training organisation that issues nationally recognised statements of attainment.")]:
        para = d.add_paragraph()
        para.add_run(term).bold = True
        para.add_run(": " + text)
    d.add_heading("3. Training requirements", level=1)
    d.add_heading("3.1 Core courses", level=2)
    d.add_paragraph("Every operational member must hold the core courses in the table below. Courses marked with an RTO are delivered "
                    "by an outside provider and paid for by the unit.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Course", "Hours", "Renew every", "Delivered by"]):
        c.text = v
    for row in [("Member Induction", "8", "Not required", "Unit Training Officer"),
                ("Provide First Aid (HLTAID011)", "12", "3 years", "RTO: St John Ambulance NSW"),
                ("Provide CPR (HLTAID009)", "4", "1 year", "RTO: St John Ambulance NSW"),
                ("Storm and Water Damage Operations", "16", "3 years", "Region trainer"),
                ("Chainsaw Operations (Crosscut)", "24", "3 years", "Region trainer"),
                ("Flood Rescue Level 1 (Land-based)", "16", "2 years", "Region trainer"),
                ("Working Safely at Heights", "12", "2 years", "Unit trainer and assessor"),
                ("Four-Wheel Drive Operations", "8", "5 years", "RTO: Central West Driver Training")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("3.2 Training nights", level=2)
    d.add_paragraph("Unit training nights are held every Tuesday from 7:00 pm to 9:00 pm at the unit headquarters, except in the two weeks "
                    "after Christmas. Members are expected to attend at least 60% of training nights in each calendar year.")
    d.add_heading("4. Procedures", level=1)
    d.add_heading("4.1 Enrolling in a course", level=2)
    for s in ["Check the course calendar on SES Connect and talk to the Unit Training Officer.",
              "Submit an enrolment request on SES Connect at least 21 days before the course starts.",
              "The Unit Training Officer endorses the request within 5 days.",
              "The Unit Controller approves any course that costs the unit more than $500."]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("4.2 Keeping currency", level=2)
    d.add_paragraph("1. The Unit Training Officer emails members 90 days before a course expires.")
    d.add_paragraph("2. A member whose chainsaw or flood rescue course expires is stood down from that task until reassessed.")
    d.add_paragraph("3. A member may apply for recognition of prior learning (RPL) with evidence no older than 2 years.")
    d.add_heading("4.3 Trainers and assessors", level=2)
    d.add_paragraph("Only members who hold the Certificate IV in Training and Assessment (TAE40122) and are listed on the Region trainer "
                    "register may assess competency. The unit currently has three qualified trainers and assessors. A trainer may not "
                    "assess a course they delivered to a family member; in that case another assessor from the Central West Region is requested.")
    d.add_heading("4.4 Youth members", level=2)
    d.add_paragraph("Members aged 16 or 17 may complete the Member Induction, first aid and CPR courses, but may not operate a chainsaw, "
                    "enter flood water or work on a roof until they turn 18. A parent or guardian must sign the youth consent form before "
                    "the first training night.")
    d.add_heading("4.5 Costs and reimbursement", level=2)
    d.add_paragraph("Course fees, meals and accommodation for approved courses are paid by the unit. Members who drive their own vehicle "
                    "to a course more than 50 km from Mudgee may claim fuel at 78 cents per kilometre by lodging a claim within 30 days. "
                    "A member who withdraws from a paid course with less than 7 days' notice, without a good reason, may be asked to "
                    "repay the course fee.")
    d.add_heading("5. Records", level=1)
    d.add_paragraph("Training records are kept on SES Connect for 7 years after a member leaves the unit. Paper sign-in sheets are scanned "
                    "and uploaded within 48 hours.")
    d.add_heading("6. Contact", level=1)
    d.add_paragraph("Questions about this policy go to the Unit Training Officer, Daniel Reyes, at mudgee.training@ses.example.org.au "
                    "or 02 6372 4418.")
    d.save(os.path.join(OUT, "mudgee_ses_training_policy.docx"))


if __name__ == "__main__":
    shaanxi_pdf()
    shaanxi_docx()
    yiwu_txt()
    html_page()
    macau_pdf()
    ses_docx()
    print(sorted(os.listdir(OUT)))
