"""Write the six documents of blind set 31 (Heilongjiang docx + pdf, Winnipeg html + md, Kashgar txt, Yilan zh-hant pdf).
Run: .venv/bin/python bench/library/make_docs31.py
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
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs31")

# ---------------------------------------------------------------- 1. Heilongjiang 2024 annual report (docx)
HLJ_TITLE = "黑龙江省红十字会2024年工作报告"
HLJ_TOC = [
    ("目　录", ""),
    ("一、坚持党建引领，政治建设持续加强", "1"),
    ("二、应急救援能力稳步提升", "2"),
    ("三、应急救护培训提速扩面", "2"),
    ("四、“三献”工作稳步推进", "3"),
    ("五、人道资源动员与博爱家园建设", "3"),
    ("六、2025年工作安排", "4"),
]
HLJ_BODY = [
    ("p", "2024年，黑龙江省红十字会在省委、省政府坚强领导和中国红十字会总会指导下，坚持以党建为统领，聚焦“三救”“三献”主责主业，"
          "全力做好第九届亚洲冬季运动会应急救护保障筹备工作，全省红十字系统各项工作取得新进展。现将主要工作报告如下。"),
    ("h1", "一、坚持党建引领，政治建设持续加强"),
    ("p", "全年召开党组会议24次、党组理论学习中心组集体学习12次，落实“第一议题”制度学习46个专题。全省13个市（地）红十字会和"
          "121个县（市、区）红十字会全部建立党组，实现应建尽建。深化“龙江博爱”党建品牌创建，2024年新命名“龙江博爱”示范党支部11个，累计达到37个。"),
    ("h2", "（一）党纪学习教育"),
    ("bullet", "省红十字会机关举办党纪学习教育专题读书班3期，开展警示教育5次，覆盖党员干部620人次。"),
    ("bullet", "机关党支部与哈尔滨市道里区、齐齐哈尔市龙沙区等9个基层红十字会开展“支部联建”。"),
    ("bullet", "开展“我为群众办实事”项目28个，办结率100%。"),
    ("h2", "（二）关联组织党建"),
    ("p", "全省红十字救援队达到58支，全部建立党支部或由所在单位党组织兼管，党员队员936名，占队员总数的37.4%。省红十字（牡丹江）"
          "雪地搜救队党支部被评为“全省先进基层党组织”，队长赵铁军获评“龙江最美退役军人”。"),
    ("h1", "二、应急救援能力稳步提升"),
    ("p", "全年全省红十字救援队出动救援任务412次，出动队员6800人次，参与应对松花江、嫩江汛期险情及大兴安岭森林火灾等灾情11起，"
          "转移安置群众5200余人。向受灾地区调拨家庭包3600个、棉被9800床、帐篷420顶，物资价值共计812万元。"),
    ("p", "各市（地）红十字救援队及队员情况见下表。"),
    ("table", None),
    ("note", "注：数据截至2024年12月31日；“其他8个市（地）”含鸡西、双鸭山、伊春、七台河、鹤岗、黑河、绥化市和大兴安岭地区。"),
    ("h1", "三、应急救护培训提速扩面"),
    ("p", "全年开展应急救护普及培训98.6万人次，培训持证救护员14.2万人次，同比增长11.3%。为第九届亚冬会赛会志愿者、场馆工作人员开展"
          "应急救护专项培训2.3万人次。全省新增配置AED 1850台，累计达到6420台，其中哈尔滨市累计2680台。"),
    ("h2", "（一）重点推进事项"),
    ("num", "在全省1100所中小学开展“红十字救护进校园”活动，培训师生31.2万人次；"),
    ("num", "在哈尔滨太平国际机场、哈尔滨西站等交通枢纽新增AED 260台；"),
    ("num", "组织全省应急救护技能竞赛，来自13个市（地）的156名选手参赛，哈尔滨市代表队获团体一等奖。"),
    ("h1", "四、“三献”工作稳步推进"),
    ("p", "全年新增造血干细胞捐献志愿者入库1.36万人份，实现造血干细胞捐献58例，其中为境外患者捐献2例。新增遗体（器官）捐献志愿登记"
          "2.18万人，实现遗体捐献63例、器官捐献121例、眼角膜捐献88例。在哈尔滨市建成“生命礼赞”缅怀纪念园1处，全省累计达到9处。"),
    ("p", "全省无偿献血42.7万人次，献血量143.5吨。绥化市造血干细胞捐献者王晓冬获评“全国红十字系统最美捐献者”。"),
    ("h1", "五、人道资源动员与博爱家园建设"),
    ("p", "全年全省红十字系统募集社会捐赠款物1.87亿元，其中资金1.12亿元、物资折价0.75亿元；支出款物1.64亿元，惠及困难群众62万人次。"
          "开展“博爱送万家”活动，慰问困难家庭3.8万户，发放慰问款物2260万元。"),
    ("p", "新建城乡标准化博爱家园42个，累计达到386个；新建红十字服务站、救护站120个，累计达到930个。全省发展成人会员24.6万名，"
          "注册志愿者8.9万名，志愿服务团体（组织）520个。"),
    ("h1", "六、2025年工作安排"),
    ("p", "2025年，黑龙江省红十字会将以做好第九届亚冬会（2025年2月7日至14日，哈尔滨）应急救护保障为首要任务，重点抓好以下工作："),
    ("num2", "力争全年普及培训100万人次以上，新增AED 1500台；"),
    ("num2", "推进“数字红会”平台建设，实现省、市、县三级捐赠信息公开全覆盖；"),
    ("num2", "新建博爱家园40个，在沿边县（市）建设“红十字边境博爱驿站”10个。"),
    ("p", "黑龙江省红十字会　2025年1月16日"),
]
HLJ_TABLE = [
    ("哈尔滨市", "9", "4", "620", "232"),
    ("齐齐哈尔市", "5", "2", "310", "114"),
    ("牡丹江市", "6", "3", "380", "145"),
    ("佳木斯市", "4", "2", "260", "96"),
    ("大庆市", "5", "2", "290", "108"),
    ("其他8个市（地）", "12", "4", "640", "241"),
    ("合计", "41", "17", "2500", "936"),
]


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


def hlj_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = HLJ_TITLE
    fp = sec.footer.paragraphs[0]
    fp.add_run("第 ")
    add_page_field(fp)
    fp.add_run(" 页")
    d.add_paragraph(HLJ_TITLE, style="Title")
    for text, page in HLJ_TOC:
        d.add_paragraph(text + ("……………………" + page if page else ""))
    for kind, text in HLJ_BODY:
        if kind == "h1":
            d.add_heading(text, 1)
        elif kind == "h2":
            d.add_heading(text, 2)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind in ("num", "num2"):
            d.add_paragraph(text, style="List Number")
        elif kind == "note":
            p = d.add_paragraph(text)
            p.runs[0].font.size = Pt(9)
        elif kind == "table":
            t = d.add_table(rows=2 + len(HLJ_TABLE), cols=5)
            t.style = "Table Grid"
            h0, h1 = t.rows[0].cells, t.rows[1].cells
            h0[0].text = "地区"
            h0[1].text = "救援队（支）"
            h1[1].text = "陆地搜救"
            h1[2].text = "水上救援"
            h0[3].text = "队员（人）"
            h0[4].text = "其中党员（人）"
            h0[1].merge(h0[2])
            h0[0].merge(h1[0])
            h0[3].merge(h1[3])
            h0[4].merge(h1[4])
            for i, row in enumerate(HLJ_TABLE):
                for j, v in enumerate(row):
                    t.rows[i + 2].cells[j].text = v
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "heilongjiang_2024_report.docx"))


# ---------------------------------------------------------------- 2. Heilongjiang 2025 H1 update (pdf, 3 pages)
HLJ_ORG = "黑龙江省红十字会"
H1_PARAS_A = [
    ("title", "黑龙江省红十字会2025年上半年工作进展情况通报"),
    ("meta", "黑红发〔2025〕27号　　2025年7月10日"),
    ("p", "2025年上半年，全省红十字系统以服务保障第九届亚洲冬季运动会为重点，扎实推进“三救”“三献”各项工作，主要指标完成时序进度。现将有关情况通报如下。"),
    ("h1", "一、亚冬会应急救护保障圆满完成"),
    ("p", "第九届亚冬会于2025年2月7日至14日在哈尔滨举办。省红十字会派出救护志愿者1260名，在哈尔滨、亚布力两个赛区设置救护站点64个，"
          "配置AED 310台，累计处置伤病2380人次，成功救治心脏骤停患者2例，实现“零延误、零差错”目标。省红十字会被亚冬组委授予“服务保障先进集体”称号。"),
    ("p", "赛事期间，省红十字会在哈尔滨国际会展中心设立应急救护指挥部，实行24小时值守，调配救护车辆18台，协调哈尔滨医科大学附属第一医院等6家定点医院开通绿色通道。"
          "赛后，省红十字会向参与保障的1260名志愿者颁发服务证书，其中92人获评“优秀救护志愿者”。"),
    ("h1", "二、主要业务工作进展"),
    ("h2", "（一）应急救护培训"),
    ("p", "上半年全省开展应急救护普及培训46.3万人次，完成年度目标的46.3%；培训持证救护员6.8万人次；新增配置AED 720台，全省累计达到7140台。"),
    ("h2", "（二）“三献”工作"),
    ("p", "新增造血干细胞捐献志愿者入库6150人份，实现造血干细胞捐献29例；新增遗体（器官）捐献志愿登记1.04万人，实现遗体捐献31例、器官捐献58例。"
          "经与中华骨髓库黑龙江分库核对，2024年全省实际实现造血干细胞捐献61例（含2例境外），年报数据相应更正。"),
    ("h2", "（三）人道资源动员"),
    ("p", "上半年募集社会捐赠款物0.83亿元，支出0.71亿元。经审计调整，2024年全年募集社会捐赠款物为1.91亿元。开展“人道万人捐”活动，"
          "参与单位1260家。新建博爱家园18个，全省累计达到404个。"),
    ("h2", "（四）应急救援与防汛备灾"),
    ("p", "全省红十字救援队增至60支，新组建伊春市林区救援队和黑河市边境水上救援队。6月在佳木斯市举办全省红十字水上救援演练，"
          "14支队伍、230名队员参加。全省8座备灾仓库储备家庭包5200个、冲锋舟46艘、救生衣3800件。"),
    ("h1", "三、各市（地）应急救护培训完成情况"),
    ("p", "上半年各市（地）应急救护培训完成情况见下表（数据截至2025年6月30日）。"),
]
H1_TABLE = [
    ("市（地）", "普及培训（万人次）", "持证救护员（人）", "新增AED（台）"),
    ("哈尔滨市", "14.6", "21300", "268"),
    ("齐齐哈尔市", "4.9", "7200", "64"),
    ("牡丹江市", "3.8", "5600", "58"),
    ("佳木斯市", "3.2", "4700", "47"),
    ("大庆市", "4.4", "6500", "71"),
    ("鸡西市", "2.1", "3100", "26"),
    ("双鸭山市", "1.7", "2400", "22"),
    ("伊春市", "1.5", "2100", "30"),
    ("七台河市", "1.2", "1700", "18"),
    ("鹤岗市", "1.4", "2000", "19"),
    ("黑河市", "1.9", "2600", "35"),
    ("绥化市", "3.6", "5300", "42"),
    ("大兴安岭地区", "0.8", "1200", "20"),
    ("省直单位", "1.2", "2300", "0"),
    ("合计", "46.3", "68000", "720"),
]
H1_PARAS_B = [
    ("p", "说明：表中“省直单位”指省红十字会直接组织的培训，包括省直机关、驻哈高校及中省直企业；新增AED含亚冬会赛后移交地方使用的AED 96台。"
          "哈尔滨市普及培训数含亚冬会专项培训1.9万人次。"),
    ("h1", "四、存在问题"),
    ("p", "一是区域发展不平衡，大兴安岭地区、七台河市培训进度低于30%；二是基层红十字会专职人员不足，全省仍有17个县级红十字会无专职工作人员；"
          "三是博爱家园后续运营资金缺口较大。"),
    ("h1", "五、下半年重点工作"),
    ("h2", "（一）冲刺全年目标"),
    ("p", "确保全年普及培训突破100万人次，10月底前完成新增AED 1500台的年度任务。"),
    ("h2", "（二）做好汛期应急准备"),
    ("p", "7月至9月实行24小时值班制度，省级救援队保持30分钟集结、2小时出动的备勤状态。"),
    ("h2", "（三）筹备“世界急救日”活动"),
    ("p", "9月13日“世界急救日”在齐齐哈尔市举办全省主场活动，同步开展“百万龙江人学急救”线上答题。"),
    ("p", "联系人：省红十字会办公室 孙丽娜　电话：0451-82627315"),
]


def hlj_pdf():
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK")
    styles = {
        "title": ParagraphStyle("t", parent=base, fontSize=16, leading=24, alignment=1, spaceAfter=6),
        "meta": ParagraphStyle("m", parent=base, alignment=1, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontSize=12.5, leading=20, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11, leading=18, spaceBefore=4),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=21, spaceAfter=4),
    }

    def deco(c, doc):
        c.saveState()
        c.setFont("STSong-Light", 9)
        c.drawString(20 * mm, A4[1] - 12 * mm, HLJ_ORG)
        c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"第 {doc.page} 页 共 3 页")
        c.restoreState()

    story = [Paragraph(t, styles[k]) for k, t in H1_PARAS_A]
    story.append(Spacer(1, 2 * mm))
    tab = Table(H1_TABLE, colWidths=[40 * mm, 40 * mm, 40 * mm, 35 * mm], repeatRows=1)
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(tab)
    story.append(Paragraph(H1_PARAS_B[0][1], styles["p"]))
    story.append(PageBreak())
    story += [Paragraph(t, styles[k]) for k, t in H1_PARAS_B[1:]]
    doc = SimpleDocTemplate(os.path.join(OUT, "heilongjiang_2025_h1.pdf"), pagesize=A4,
                            topMargin=22 * mm, bottomMargin=20 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 3. Winnipeg branch web page (html)
WPG_HTML = """<!DOCTYPE html>
<html lang="en-CA">
<head><meta charset="utf-8"><title>First Aid Training &amp; Community Services | St. John Ambulance Winnipeg Branch</title></head>
<body>
<div id="cookie-banner" class="cookie">
<p>We use cookies to remember your course cart and to measure site traffic. Essential cookies are always on; analytics cookies are kept for 13 months. <a href="/privacy">Privacy notice</a> <button>Accept all</button> <button>Essential only</button></p>
</div>
<header>
<div class="brand">St. John Ambulance &middot; Winnipeg Branch &middot; Manitoba Council</div>
<nav>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/courses">First Aid Courses</a></li>
<li><a href="/therapy-dogs">Therapy Dogs</a></li>
<li><a href="/mfr">Medical First Responders</a></li>
<li><a href="/volunteer">Volunteer</a></li>
<li><a href="/donate">Donate</a></li>
</ul>
</nav>
</header>
<main>
<h1>First Aid Training &amp; Community Services in Winnipeg</h1>
<p>St. John Ambulance has trained Manitobans in first aid since 1911. From our training centre at 1450 Portage Avenue, our Winnipeg Branch delivers workplace and public first aid courses, places certified therapy dog teams in hospitals and care homes, and provides volunteer Medical First Responders at community events across the city, from the Forks to Assiniboine Park.</p>
<p>In 2024 the branch trained 11,480 people in first aid and CPR, 9% more than in 2023. Our 64 therapy dog teams made 3,150 visits to 38 facilities, and 212 Medical First Responder volunteers gave 18,600 hours of care at 146 events, treating 1,730 patients. Fourteen percent of our course seats were funded by donors for newcomers, students and low-income families.</p>

<h2>Course fees and certification (2025)</h2>
<p>All prices are in Canadian dollars and include the manual and GST. Group bookings of 10 or more receive 15% off. Courses run 8:30&ndash;16:30 unless stated otherwise.</p>
<table>
<thead>
<tr><th scope="col">Course</th><th scope="col">Length</th><th scope="col">Fee (CAD)</th><th scope="col">Certificate valid</th></tr>
</thead>
<tbody>
<tr><th scope="row">Standard First Aid with CPR Level C &amp; AED</th><td>2 days (16 hours)</td><td>$169.00</td><td>3 years</td></tr>
<tr><th scope="row">Emergency First Aid with CPR Level C &amp; AED</th><td>1 day (8 hours)</td><td>$119.00</td><td>3 years</td></tr>
<tr><th scope="row">CPR Level C &amp; AED</th><td>5 hours</td><td>$89.00</td><td>1 year</td></tr>
<tr><th scope="row">Standard First Aid Recertification</th><td>1 day (8 hours)</td><td>$119.00</td><td>3 years</td></tr>
<tr><th scope="row">Babysitting Course (ages 11&ndash;15)</th><td>1 day (7 hours)</td><td>$79.00</td><td>no expiry</td></tr>
<tr><th scope="row">Mental Health First Aid</th><td>2 days (14 hours)</td><td>$225.00</td><td>3 years</td></tr>
<tr><th scope="row">Advanced First Aid (Level 3)</th><td>5 days (40 hours)</td><td>$649.00</td><td>3 years</td></tr>
</tbody>
</table>
<p>Cancellations received at least 5 business days before the course receive a full refund; later cancellations may transfer once to another date for a $25.00 admin fee.</p>

<h2>Words you will see on this site</h2>
<dl>
<dt>CPR Level C</dt>
<dd>Cardiopulmonary resuscitation for adults, children and infants, including two-rescuer CPR and use of a bag-valve mask.</dd>
<dt>AED</dt>
<dd>Automated external defibrillator: a portable device that analyses the heart rhythm and delivers a shock if needed.</dd>
<dt>Therapy Dog Team</dt>
<dd>A volunteer handler and a dog at least 2 years old, evaluated together and re-assessed every 24 months.</dd>
<dt>MFR</dt>
<dd>Medical First Responder: a trained volunteer who provides first aid at public events; minimum age 16, with 80 hours of training.</dd>
<dt>Recertification</dt>
<dd>A shorter course for people whose certificate has not yet expired, or expired less than 30 days ago.</dd>
</dl>

<h2>Therapy Dog Program</h2>
<p>Our therapy dog teams visit hospitals, personal care homes, schools and the Winnipeg Richardson International Airport, where a team greets travellers in the departures area every Friday afternoon. Visits last about one hour, and each facility can request up to two visits a week. Handlers wear a green St. John Ambulance vest and the dog wears a matching bandana with its photo ID. The program also runs the Paws to Read literacy visits in 11 elementary schools in the Louis Riel and Pembina Trails school divisions, where children read aloud to a dog for 20 minutes.</p>
<p>Facilities pay nothing for visits. The program costs about $2,200 a year per team, covering evaluation, insurance, vests and mileage, and is funded by donations. A gift of $50 covers one month of visits for one team.</p>

<h2>Volunteer with us</h2>
<p>We are recruiting 40 new Medical First Responders and 25 therapy dog teams for 2025. Volunteers must be 16 or older (18 or older for therapy dog handlers), pass a Child Abuse Registry check and a criminal record check, and commit to at least 8 hours a month. Information evenings are held on the first Tuesday of each month at 19:00.</p>
<p>Branch Manager: Colleen Desrosiers. Volunteer Coordinator: Arjun Mehta. Therapy Dog Program Lead: Renée Fontaine.</p>
</main>
<aside>
<h3>Training centre hours</h3>
<p>1450 Portage Avenue, Unit 4, Winnipeg, MB R3G 0W2</p>
<p>Monday&ndash;Friday 8:00&ndash;17:00<br>Saturday 9:00&ndash;13:00<br>Sunday and statutory holidays: closed</p>
<p>Phone: 204-555-0187 (press 2 for course bookings)</p>
</aside>
<footer>
<p>St. John Ambulance Winnipeg Branch is part of St. John Ambulance Manitoba Council. Registered charity number 11925 3460 RR0017.</p>
<p>&copy; 2025 St. John Ambulance Manitoba. Land acknowledgement: we work on Treaty 1 territory and the homeland of the M&eacute;tis Nation.</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. Winnipeg branch board minutes (Markdown)
WPG_MD = """St. John Ambulance Winnipeg Branch - Branch Board Minutes
===========================================================

Meeting no. 2025-03, held on Wednesday 12 March 2025, 18:00 to 20:15, in the Assiniboine Room, 1450 Portage Avenue, Winnipeg, with a video link for members in Selkirk and Steinbach.

Present
-------

- Grace Kowalchuk - Chair
- Daniel Bird - Vice-Chair
- Marisol Alvarez - Treasurer
- Peter Nakamura - Secretary
- Dr. Amina Yusuf - Medical Advisor
- Colleen Desrosiers - Branch Manager (non-voting)
- Arjun Mehta - Volunteer Coordinator (non-voting, minute-taker)

Regrets: Harold Lavallee - Director, Indigenous Partnerships. Quorum (5 of 6 voting members) was confirmed.

1. Opening
----------

The Chair opened the meeting at 18:00 and acknowledged that the branch meets on Treaty 1 territory. The minutes of 15 January 2025 were approved (moved by Daniel Bird, seconded by Peter Nakamura). No conflicts of interest were declared. The Chair welcomed two observers from the Brandon satellite office, who attended to learn how the Winnipeg board reviews its training figures and volunteer hours.

2. Finance report
-----------------

The Treasurer reported on the year ended 31 December 2024:

1. Income
   1. Course fees: $1,412,600 (up from $1,288,900 in 2023).
   2. Donations and grants: $386,200, including a $120,000 grant from the Winnipeg Foundation.
   3. Event first-aid contracts: $97,400.
2. Expenses
   1. Training delivery and instructors: $1,106,300.
   2. Therapy Dog Program: $142,800.
   3. Vehicles, equipment and premises: $398,500.
3. Result: a surplus of $248,600, of which the board agreed to place $150,000 in the equipment reserve.

The final 2024 training count was 11,520 people trained; the figure of 11,480 on the website was taken before December records were closed and will be corrected.

<table>
<tr><th>Program</th><th>2024 volunteers</th><th>2024 hours</th><th>2025 target (hours)</th></tr>
<tr><td>Medical First Responders</td><td>212</td><td>18,600</td><td>21,000</td></tr>
<tr><td>Therapy Dog Program</td><td>64 teams</td><td>6,300</td><td>7,500</td></tr>
<tr><td>Youth Program (Cadets)</td><td>48</td><td>2,900</td><td>3,400</td></tr>
<tr><td>Total</td><td>324</td><td>27,800</td><td>31,900</td></tr>
</table>

3. Operations
-------------

1. Training
   1. The new Mental Health First Aid course launched on 3 February 2025; the first 4 sessions were full.
   2. A second training room at the Steinbach satellite site will open on 1 May 2025 with 18 seats.
2. Community services
   1. MFR coverage for Winnipeg Jets home games moves to a paid contract worth $41,000 a season.
   2. The Therapy Dog Program added Health Sciences Centre Winnipeg as its 39th facility.
3. Fleet
   1. The board approved the purchase of one first-aid response trailer for $58,500 (5 in favour, 0 against).

> "Our volunteers gave more than 27,000 hours last year. Every one of those hours was someone's worst day made a little easier."
> - Grace Kowalchuk, Chair

4. Governance and risk
----------------------

1. Board composition
   1. Two director terms end at the annual general meeting on 18 June 2025: Daniel Bird and Marisol Alvarez. Both have agreed to stand again.
   2. The Nominating Committee, chaired by Peter Nakamura, will recruit one new director with a background in Indigenous health or rural services.
2. Policies
   1. The revised Volunteer Code of Conduct (version 2.0) was approved and takes effect on 1 April 2025.
   2. The privacy breach reported in January (one course roster e-mailed to the wrong client) was closed; 27 affected learners were notified and no further action was required by the provincial Ombudsman.
3. Insurance
   1. The branch's general liability cover was renewed at $5 million per occurrence; the premium rose 6% to $18,900.
   2. Dr. Amina Yusuf asked that therapy dog handlers confirm their dogs' vaccinations every 12 months instead of every 24 months. The board agreed and asked the Therapy Dog Program Lead to update the handbook.

5. Decisions and action items
-----------------------------

1. Course fees stay unchanged until 31 August 2025; the Treasurer will propose 2025-26 fees at the June meeting.
2. Arjun Mehta to launch the spring volunteer drive by 1 April 2025, target 40 new MFRs.
3. Dr. Amina Yusuf to review the MFR protocols against the 2025 resuscitation guidelines by 30 April 2025.
4. Peter Nakamura to file the T3010 charity return with the Canada Revenue Agency by 30 June 2025.

Next meeting: Wednesday 14 May 2025, 18:00, Assiniboine Room. The meeting closed at 20:15.

Contacts
--------

- Branch office: 204-555-0187, winnipeg@sja-mb.example.ca
- Volunteer Coordinator (Arjun Mehta): 204-555-0194
- Board Secretary (Peter Nakamura): secretary@sja-mb.example.ca
"""


# ---------------------------------------------------------------- 5. Kashgar notice (txt)
KS_TXT = """喀什地区红十字会
关于举办2025年喀什地区红十字应急救护师资培训班的通知

喀地红字〔2025〕15号

各县（市）红十字会，地区各有关单位：
　　为加强全地区应急救护师资队伍建设，提升基层应急救护培训能力，经研究，决定于2025年5月举办喀什地区红十字应急救护师资培训班。现将有关事项通知如下：

【一、培训时间】
　　2025年5月12日至5月19日，共8天（5月11日14:00—20:00报到）。

【二、培训地点】
　　喀什地区红十字应急救护培训基地（喀什市人民东路218号，地区急救中心综合楼4楼）。

【三、培训对象】
　　各县（市）推荐的持有有效救护员证、年龄在22至50周岁、具有大专以上学历的医护人员、教师、公安民警及红十字志愿者，共计60名。优先推荐能用国家通用语言和维吾尔语双语授课的人员。

【四、培训内容】
　　（一）红十字运动基本知识与应急救护师资授课技巧；
　　（二）心肺复苏与AED使用、气道异物梗阻、创伤救护（止血、包扎、固定、搬运）；
　　（三）地震、沙尘暴等自然灾害中的自救互救；
　　（四）试讲与考核。理论考试80分及格，技能考核与试讲均须达到“合格”等次。考核合格者颁发中国红十字会总会统一监制的应急救护培训师资证，有效期3年。

【五、名额分配】
┌────────────┬──────┬────────────┐
│县（市）　　　　　　　│名额（人）│备注　　　　　　　　　　　│
├────────────┼──────┼────────────┤
│喀什市　　　　　　　　│８　　　　│含地直单位２名　　　　　　│
│疏附县　　　　　　　　│５　　　　│　　　　　　　　　　　　　│
│疏勒县　　　　　　　　│５　　　　│　　　　　　　　　　　　　│
│英吉沙县　　　　　　　│４　　　　│　　　　　　　　　　　　　│
│泽普县　　　　　　　　│４　　　　│　　　　　　　　　　　　　│
│莎车县　　　　　　　　│９　　　　│含教育系统３名　　　　　　│
│叶城县　　　　　　　　│６　　　　│　　　　　　　　　　　　　│
│麦盖提县　　　　　　　│４　　　　│　　　　　　　　　　　　　│
│岳普湖县　　　　　　　│３　　　　│　　　　　　　　　　　　　│
│伽师县　　　　　　　　│５　　　　│　　　　　　　　　　　　　│
│巴楚县　　　　　　　　│４　　　　│　　　　　　　　　　　　　│
│塔什库尔干塔吉克自治县│３　　　　│高原救护方向　　　　　　　│
├────────────┼──────┼────────────┤
│合计　　　　　　　　　│６０　　　│　　　　　　　　　　　　　│
└────────────┴──────┴────────────┘

【六、费用】
　　培训费、教材费、住宿费由地区红十字会统一承担，标准为每人每天380元；往返交通费由学员所在单位按规定报销。

【七、报名要求】
　　　一是请各县（市）红十字会于2025年4月25日前将《学员推荐表》（见附件1）加盖公章后扫描报送至邮箱kashihsh@163.com，纸质版报到时交回。
　　　二是学员报到时须携带身份证、救护员证原件及近期一寸免冠照片2张。
　　　三是培训期间实行封闭管理，学员不得请假，缺课累计超过4学时的取消考核资格。

【八、联系方式】
　　联系人：阿依古丽·买买提（地区红十字会应急救护中心）
　　电　话：0998-2851623　　手　机：13899126450
　　联系人：周建军（培训基地后勤）
　　电　话：0998-2853307

附件：1.学员推荐表
　　　2.培训日程安排表

喀什地区红十字会
2025年4月8日
"""

# ---------------------------------------------------------------- 6. Yilan volunteer summary (zh-hant pdf, 2 pages)
YL_ORG = "社團法人中華民國紅十字會宜蘭縣支會"
YL_P1 = [
    ("title", "宜蘭縣支會民國113年志願服務成果摘要"),
    ("meta", "發布日期：民國114年2月20日　發文字號：宜紅志字第1140000087號"),
    ("h", "壹、總說明"),
    ("p", "民國113年本會志願服務隊共有登記志工486人，較112年增加37人，其中男性172人、女性314人；全年服務總時數68,420小時，"
          "服務人次達52,300人次。本年度歷經0403強震及凱米、山陀兒、康芮等颱風，志工於南澳鄉、大同鄉災區協助發放物資，"
          "並在羅東運動公園設置臨時救護站。"),
    ("p", "本會志工隊長為陳國棟先生，副隊長為游淑芬女士；總幹事林美惠督導全縣12個鄉鎮市服務分隊。年度經費新臺幣412萬元，"
          "其中縣政府補助新臺幣138萬元，其餘來自社會捐款。"),
    ("p", "各鄉鎮市分隊中，以羅東鎮分隊登記志工82人最多，宜蘭市分隊76人次之，大同鄉分隊12人最少。本年度新開辦「志工交通補貼」，每人每次新臺幣100元，"
          "全年共核發新臺幣23.6萬元。志工在職訓練方面，辦理基礎訓練2梯次、特殊訓練3梯次，共有145人完成訓練並領取志願服務紀錄冊。"),
    ("h", "貳、各季服務統計"),
]
YL_TABLE = [
    ("季別", "服務人次", "服務時數（小時）", "出勤志工（人）", "活動場次"),
    ("第1季（1至3月）", "10,860", "14,200", "318", "96"),
    ("第2季（4至6月）", "14,920", "18,650", "402", "142"),
    ("第3季（7至9月）", "12,480", "17,300", "376", "118"),
    ("第4季（10至12月）", "14,040", "18,270", "389", "131"),
    ("全年合計", "52,300", "68,420", "—", "487"),
]
YL_P1B = [
    ("p", "第2季服務人次最高，主因為4月3日地震後連續21天於蘇澳鎮、南澳鄉設置關懷站，以及宜蘭國際童玩藝術節前置救護訓練。"),
]
YL_P2 = [
    ("h", "參、重點服務項目"),
    ("p", "一、急救訓練：辦理CPR＋AED推廣課程212場，受訓民眾9,860人；初級救護員（EMT-1）證照班4期，結訓學員118人。"),
    ("p", "　一般民眾課程每場3小時，學校及企業可申請到場授課，每場以40人為上限；證照班每期上課40小時，學員須年滿18歲，訓練費每人新臺幣3,500元，低收入戶可申請全額補助。"),
    ("p", "二、獨居長者關懷：志工定期訪視獨居長者263戶，送餐14,600份，年滿65歲以上個案占92%。"),
    ("p", "　長者關懷服務以宜蘭市、羅東鎮、冬山鄉為主，偏遠的大同鄉、南澳鄉則由志工每月2次隨衛生所巡迴醫療車同行，協助量測血壓及用藥提醒，全年巡迴46趟。"),
    ("p", "三、捐血推廣：協辦捐血活動38場，募得血袋7,320袋（每袋250毫升）。"),
    ("p", "四、災害救助：颱風期間開設收容所5處，收容民眾310人，發放急難救助金新臺幣86萬元。"),
    ("p", "五、青少年志工：與國立宜蘭高中、羅東高商等7所學校合作成立青少年服務隊，參與學生214人，服務時數5,180小時，未計入上表。"),
    ("p", "六、表揚：冬山鄉分隊獲評年度績優分隊；志工江阿嬌女士服務滿20年，獲縣長頒發「志願服務特殊貢獻獎」。"),
    ("h", "肆、附註"),
    ("p", "1. 本摘要統計期間為民國113年1月1日至12月31日。"),
    ("p", "2. 志工服務時數以「志願服務資訊整合系統」登錄為準，交通時間不列入。"),
    ("p", "3. 出勤志工人數為該季至少出勤1次之人數，同一人跨季重複計算，故全年不予加總。"),
    ("p", "4. 志工年齡須在18至70歲之間；未滿18歲者以青少年志工身分參與，不列入本表。"),
    ("p", "5. 服務時數累計滿3,000小時者，依《志願服務法》推薦申請志願服務績優獎章；本年度共推薦9人。"),
    ("h", "伍、聯絡資訊"),
    ("p", "聯絡人：志工組 吳佩珊 專員"),
    ("p", "電話：(03) 932-5128 分機 21　傳真：(03) 935-7046"),
    ("p", "地址：260 宜蘭縣宜蘭市中山路三段145號"),
    ("p", "服務時間：週一至週五 8:30–17:30"),
]


def yilan_pdf():
    base = ParagraphStyle("yb", fontName="MSung-Light", fontSize=10.5, leading=18, wordWrap="CJK")
    styles = {
        "title": ParagraphStyle("yt", parent=base, fontSize=16, leading=24, alignment=1, spaceAfter=6),
        "meta": ParagraphStyle("ym", parent=base, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("yh", parent=base, fontSize=12.5, leading=20, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("yp", parent=base, spaceAfter=4),
    }

    def deco(c, doc):
        c.saveState()
        c.setFont("MSung-Light", 9)
        c.drawString(20 * mm, A4[1] - 12 * mm, YL_ORG)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")
        c.restoreState()

    story = [Paragraph(t, styles[k]) for k, t in YL_P1]
    tab = Table(YL_TABLE, colWidths=[38 * mm, 28 * mm, 36 * mm, 32 * mm, 26 * mm])
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "MSung-Light", 10),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(tab)
    story.append(Spacer(1, 4 * mm))
    story += [Paragraph(t, styles[k]) for k, t in YL_P1B]
    story.append(PageBreak())
    story += [Paragraph(t, styles[k]) for k, t in YL_P2]
    doc = SimpleDocTemplate(os.path.join(OUT, "yilan_volunteer_113.pdf"), pagesize=A4,
                            topMargin=22 * mm, bottomMargin=20 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def main():
    os.makedirs(OUT, exist_ok=True)
    hlj_docx()
    hlj_pdf()
    write_texts(OUT, [
        ("winnipeg_sja_courses.html", WPG_HTML),
        ("winnipeg_board_minutes_2025-03.md", WPG_MD),
        ("kashgar_instructor_training_notice.txt", KS_TXT),
    ])
    yilan_pdf()


if __name__ == "__main__":
    main()
