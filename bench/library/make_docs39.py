"""Write the six documents of blind set 39.
1 Yibin Red Cross 2024 work report (PDF; table without ruling lines and a two-row group header; figures in Chinese
  words / fractions, percentage-point changes)
2 Yibin Red Cross 2025 chronicle 大事记 (txt; lines open with dates grouped under months, ■ ◆ ▲ markers with
  full-width-space indents, revised 2024 figures)
3 Foshan Red Cross body / organ donation FAQ (md; footnotes [^1], task list, an html <table> inside the Markdown)
4 New Taipei Red Cross press conference transcript (zh-hant docx; 主持人／記者／named official turns)
5 Tauranga surf lifesaving newsletter (English html; several <article> stories with <h2>, byline, date, sidebar)
6 Geelong blood donor centre volunteer handbook (English docx; 4.2.1 numbering, a) b) items, Part I/II/III,
  "Table 3:" captions and "Source:" notes)
Run: /work/main/.venv/bin/python make_docs39.py
"""

import os

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs39")

# ---------------------------------------------------------------- 1. Yibin 2024 work report (pdf)
YB_TITLE = "宜宾市红十字会2024年工作报告"
YB_SUB = "——2025年1月16日在宜宾市红十字会第四届理事会第五次会议上　市红十字会常务副会长　罗建华"
YB_PARAS = [
    ("H", "一、2024年主要工作"),
    ("P", "2024年，全市红十字系统在市委、市政府和四川省红十字会的领导下，围绕“三救”“三献”主责主业，全年募集社会捐赠款物二千六百四十万元，比上年增长百分之九点六；开展应急救护普及培训十五万二千人次，培训持证救护员两万一千余人次，各项指标均超额完成。"),
    ("P", "（一）应急救援。7月11日至14日，屏山县、兴文县遭遇强降雨引发山洪，市红十字会启动Ⅲ级应急响应，派出救援队员二百一十人次，协助转移群众一千二百余人，发放救灾物资价值六十八万元。全年全市红十字救援队出动一百九十六次，其中三分之一以上为水上搜救任务。"),
    ("P", "（二）应急救护。全年新增配置AED三百二十台，累计达到一千一百五十台，主城区每十万人口AED配置数达到二十八台。在宜宾港、宜宾西站等交通枢纽实现AED全覆盖。救护培训持证率（持证救护员占常住人口比例）由上年的百分之二点一提高到百分之二点六，提高0.5个百分点。"),
    ("P", "（三）“三献”工作。全市无偿献血六万八千人次，千人口献血率达到千分之十五点一，比上年提高1.2个千分点；新增造血干细胞捐献志愿者入库一千零五十人份，实现捐献九例。遗体（器官）捐献志愿登记一千八百六十人，实现器官捐献十一例。"),
    ("P", "（四）人道救助与博爱家园。新建博爱家园十二个，累计七十六个；“博爱助学”资助困难学生二百六十名；“博爱送万家”慰问困难群众四千三百户，其中约四分之一为农村独居老人。"),
    ("P", "（五）组织建设。全市10个区县红十字会均已建立党组，注册志愿者一万四千六百名，较上年增长百分之十八。翠屏区红十字会被评为全省红十字系统先进集体；长宁县红十字救援队队长唐明远获“四川省优秀志愿者”称号。"),
    ("H", "表1　2024年主要指标完成情况"),
    ("TABLE", None),
    ("P", "注：救护员持证率按常住人口四百六十一万人计算。捐赠款物一栏为到账数，不含意向协议。"),
    ("H", "二、存在问题"),
    ("P", "一是县级红十字会专职人员不足，屏山县、珙县红十字会仅各有专职人员一名；二是AED在农村地区配置密度只有主城区的五分之一左右；三是捐赠款物中定向捐赠占比偏高，约占百分之七十。"),
    ("H", "三、2025年工作安排"),
    ("P", "2025年，全市计划开展应急救护普及培训十六万人次，新增配置AED三百五十台，新建博爱家园十五个；筹建宜宾市红十字水上救援队，计划于汛期前（5月底）组建完成；力争千人口献血率达到千分之十六。"),
]
YB_TABLE = [
    ("", "2023年", "", "2024年", "", ""),
    ("指标", "目标", "完成", "目标", "完成", "同比"),
    ("普及培训（万人次）", "13.5", "14.1", "14.5", "15.2", "+7.8%"),
    ("持证救护员（人次）", "18,000", "19,300", "20,000", "21,340", "+10.6%"),
    ("新增AED（台）", "280", "295", "300", "320", "+8.5%"),
    ("捐赠款物（万元）", "2,300", "2,409", "2,500", "2,640", "+9.6%"),
    ("无偿献血（万人次）", "6.2", "6.35", "6.5", "6.8", "+7.1%"),
    ("救护员持证率", "2.0%", "2.1%", "2.4%", "2.6%", "+0.5个百分点"),
]


def yibin_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "yibin_redcross_2024_work_report.pdf"), pagesize=A4)
    y = H - 25 * mm

    def need(h):
        nonlocal y
        if y - h < 20 * mm:
            c.showPage()
            y = H - 25 * mm

    c.setFont("STSong-Light", 16)
    c.drawCentredString(W / 2, y, YB_TITLE)
    y -= 9 * mm
    c.setFont("STSong-Light", 9)
    c.drawCentredString(W / 2, y, YB_SUB)
    y -= 10 * mm
    for kind, text in YB_PARAS:
        if kind == "TABLE":
            xs = [20, 62, 86, 110, 134, 158]
            need(80 * mm)
            c.setFont("STSong-Light", 10)
            for i, row in enumerate(YB_TABLE):
                for j, v in enumerate(row):
                    if not v:
                        continue
                    if i == 0:
                        # group heading centred over its two sub-columns
                        c.drawCentredString((xs[j] + 12 + 12) * mm, y, v)
                    else:
                        c.drawString(xs[j] * mm, y, v)
                y -= 7 * mm
            y -= 3 * mm
            continue
        if kind == "H":
            need(12 * mm)
            c.setFont("STSong-Light", 12)
            c.drawString(20 * mm, y, text)
            y -= 8 * mm
            continue
        lines = simpleSplit(text, "STSong-Light", 10.5, W - 40 * mm)
        need(len(lines) * 6 * mm)
        c.setFont("STSong-Light", 10.5)
        for ln in lines:
            c.drawString(20 * mm, y, ln)
            y -= 6 * mm
        y -= 2 * mm
    c.save()


# ---------------------------------------------------------------- 2. Yibin 2025 chronicle (txt)
YB25 = """宜宾市红十字会2025年大事记（1—10月）
市红十字会办公室编　2025年11月5日

说明：■为会议与组织建设，◆为救援救护，▲为“三献”与募捐。经省红十字会年度统计核定，2024年部分数据有调整，见文末。

【1月】
1月8日　■市红十字会召开党组会议，研究确定2025年“十大重点任务”，常务副会长罗建华主持。
1月16日　■市红十字会第四届理事会第五次会议召开，审议通过2024年工作报告，理事六十一人出席。
1月下旬　▲“博爱送万家”活动慰问困难群众四千五百户，发放慰问款物一百三十五万元。

【2月】
2月14日　▲宜宾学院学生陈思雨成功捐献造血干细胞，为宜宾市第四十例捐献者。
2月20日　■市红十字会印发《2025年应急救护培训工作要点》，明确全年普及培训目标为十六万人次、持证救护员两万二千人次。
2月27日　◆全市应急救护师资培训班在翠屏区开班，为期五天，新培养救护师资四十二名。

【3月】
3月中旬　◆“应急救护进校园”启动，计划年内覆盖全市三分之二的中小学。
3月22日　■叙州区红十字会完成换届，选举产生第三届理事会，王晓蓉当选会长。

3月28日　◆江安县红十字救援队在长江江安段搜救落水钓鱼者一人，历时六小时，该队全年第一次水上救援任务。

【4月】
4月3日　▲清明期间在宜宾市“生命礼赞”纪念园举行遗体器官捐献者缅怀活动，捐献者家属和志愿者三百余人参加。
4月18日　◆向家坝水电站周边新增配置AED十五台。

【5月】
5月12日　◆全国防灾减灾日，市红十字会在三江口广场开展应急救护演示，现场培训市民八百余人。
5月29日　■宜宾市红十字水上救援队正式组建，首批队员五十八名，队长由原长宁县救援队队长唐明远担任；比原计划推迟约一周，原因是冲锋舟采购招标流标一次。

【6月】
6月14日　▲世界献血者日，市中心血站当天采血一千零二十人次。
6月下旬　◆屏山县新市镇发生山洪，水上救援队首次出动，转移群众一百六十人。

【7月】
7月9日　◆市红十字会启动Ⅳ级应急响应，持续四天，派出救援队员一百二十人次，发放物资价值约四十二万元。
7月24日　▲市红十字会与五粮液集团签订战略合作协议，五粮液集团三年捐赠九百万元用于AED配置和博爱家园建设。

【8月】
8月上旬　◆“暑期防溺水”专项行动在长江、金沙江、岷江沿岸开展，设置临水救护点二十六个。
8月16日　◆南溪区仙源湖救护点志愿者刘洪成功对一名溺水儿童实施心肺复苏，儿童经送医后脱险，刘洪随后获评“宜宾好人”。
8月20日　■省红十字会党组成员、副会长来宜调研博爱家园建设。

【9月】
9月9日　▲“99公益日”线上募捐二百一十八万元，参与人次两万三千余。
9月18日　▲高县红十字会“博爱家园”项目在庆符镇落地，总投资八十万元，受益群众约三千人。
9月下旬　■全市红十字系统业务培训班在兴文县举办，学员一百一十人。

【10月】
10月15日　◆宜宾马拉松设医疗救护点三十二个，救护志愿者四百二十人，处置伤病一百零七人次，无重大伤亡。
10月22日　■市红十字会第六次会员代表大会筹备工作会议召开，大会定于2026年3月召开，比原计划（2025年12月）推迟约三个月，原因是与四川省红十字会代表大会时间衔接。
10月底　■1—10月统计：普及培训十三万八千人次，新增AED二百六十台，新建博爱家园九个。

2024年数据核定说明
　■2024年应急救护普及培训核定为十四万九千人次（原报十五万二千人次），原因是部分线上课程不符合普及培训学时要求。
　▲2024年募集社会捐赠款物核定为二千五百九十万元（原报二千六百四十万元），差额五十万元为一笔跨年到账的款项。
　◆2024年新增配置AED三百二十台，不作调整。
"""

# ---------------------------------------------------------------- 3. Foshan body/organ donation FAQ (md)
FS = """# 佛山市遗体和人体器官捐献常见问题（2025年版）

> 佛山市红十字会编印，2025年4月修订。咨询电话：0757-83362120（工作日8:30—17:30）。

## 一、登记

**问：多大年龄可以登记成为捐献志愿者？**

答：年满18周岁、具有完全民事行为能力的公民可以自愿登记。未满18周岁的，身后捐献须经其父母双方共同书面同意。[^1]

**问：通过什么渠道登记？**

答：可通过“中国人体器官捐献”微信公众号、“广东省红十字会”小程序在线登记，或到佛山市红十字会（禅城区季华五路）及五个区红十字会现场登记。截至2024年底，全市累计登记志愿者四万二千六百人，其中2024年新增九千一百人。

**问：登记后还能反悔吗？**

答：可以。登记是一种意愿表达，志愿者可随时通过原渠道变更或撤销，无需说明理由。

## 二、捐献流程

**问：遗体捐献要准备什么？**

登记遗体捐献的志愿者，建议提前完成以下事项：

- [x] 与直系亲属沟通，取得家属理解
- [x] 填写《遗体捐献登记表》并由两名见证人签字
- [ ] 随身携带捐献卡或在手机中保存电子登记证明
- [ ] 确认所在区的接收站点（见下表）

**问：佛山有哪些遗体接收站点？**

<table>
<thead><tr><th>接收站点</th><th>所在区</th><th>24小时联系电话</th><th>2024年接收遗体</th></tr></thead>
<tbody>
<tr><td>南方医科大学顺德医院</td><td>顺德区</td><td>0757-22318120</td><td>21具</td></tr>
<tr><td>佛山市第一人民医院</td><td>禅城区</td><td>0757-83833633</td><td>17具</td></tr>
<tr><td>广东医科大学附属南海医院</td><td>南海区</td><td>0757-86221180</td><td>9具</td></tr>
</tbody>
</table>

答：目前有上表三个接收站点，三水区、高明区暂由佛山市第一人民医院统一接收。志愿者身故后，家属应在12小时内联系接收站点。[^2]

**问：器官捐献要经过哪些环节？**

答：由医疗机构判定符合捐献条件后，人体器官捐献协调员向家属说明情况，经配偶、成年子女、父母共同书面同意后，由省级人体器官获取组织获取器官，通过中国人体器官分配与共享计算机系统（COTRS）分配，全程不得由个人指定受者。

## 三、费用与关怀

**问：捐献要收费吗？家属能得到补偿吗？**

答：捐献不收取任何费用，也不给予经济补偿。对经济困难的捐献者家庭，市红十字会可提供人道救助，每户一般不超过一万元。[^3]

**问：捐献者有什么纪念方式？**

答：佛山市在高明区皂幕山建有“生命礼赞”纪念园，捐献者姓名经家属同意后镌刻在纪念墙上，截至2024年底已镌刻三百一十二位。每年清明节前后举行缅怀活动。

## 四、数据

**问：佛山这几年实现了多少例捐献？**

答：2022年实现遗体捐献三十五例、器官捐献二十六例；2023年遗体捐献四十一例、器官捐献三十例；2024年遗体捐献四十七例、器官捐献三十三例，器官捐献救治器官衰竭患者一百零二人。

**问：登记的人多吗？**

答：全市登记志愿者占常住人口约千分之四点四，仍低于深圳、广州。2024年新增登记者中，35岁以下的占比超过一半。

[^1]: 依据《人体器官捐献和移植条例》（2024年5月1日起施行）。
[^2]: 超过24小时的，接收站点可能因遗体保存条件不符而无法接收。
[^3]: 救助资金来源于“博爱佛山”专项基金，需提交所在村（居）委会出具的困难证明。
"""

# ---------------------------------------------------------------- 4. New Taipei press conference (zh-hant docx)
NT = [
    ("T", "中華民國紅十字會新北市分會「114年度防災整備成果」記者會實錄"),
    ("S", "時間：民國114年9月18日（星期四）上午10時　地點：新北市板橋區分會三樓會議室"),
    ("S", "出席：總幹事林佩君、救援大隊大隊長陳志豪、志工組組長黃淑芬　記錄：公關組 蔡宜庭"),
    ("P", "主持人：各位媒體朋友早安，歡迎出席今天的記者會。首先請林佩君總幹事說明今年的整體成果。"),
    ("P", "林佩君總幹事：謝謝主持人。今年1月到8月，新北市分會共辦理防災教育與急救訓練三百四十二場，參訓民眾兩萬八千六百人次，比去年同期增加百分之十四。我們在淡水、三重、新店三個區新設了防災物資倉儲點，目前全市共有七個倉儲點，可以支應一萬二千人三天的基本物資。"),
    ("P", "記者（聯合報 張記者）：請問今年颱風期間分會出動了幾次？"),
    ("P", "陳志豪大隊長：今年7月丹娜絲颱風和8月楊柳颱風期間，救援大隊共出動二十三次，動員隊員四百一十人次，協助撤離民眾五百八十人，其中烏來區就撤離了兩百一十人，因為烏來的聯外道路有兩處坍方。"),
    ("P", "記者（公視 李記者）：AED的部分有沒有新的數字？"),
    ("P", "林佩君總幹事：今年分會在新北市捐贈並建置AED一百零五台，主要放在山區和濱海的里辦公處，例如平溪、雙溪、貢寮。這一百零五台裡面，有六十台是和台灣電力公司合作捐贈的。全市到8月底AED總數約四千三百台，不過這個是衛生局的統計，不全是分會建置的。"),
    ("P", "記者（中央社 王記者）：志工人數的情況如何？"),
    ("P", "黃淑芬組長：目前在冊志工一千九百二十人，今年新招募兩百八十人，平均年齡從五十四歲降到五十一歲。我們和輔仁大學、淡江大學合作成立校園志工隊，今年有一百三十位大學生加入。志工的年度留任率是百分之八十六。"),
    ("P", "記者（聯合報 張記者）：剛剛提到經費，今年的預算多少？"),
    ("P", "林佩君總幹事：114年度分會的防災整備預算是新臺幣三千兩百萬元，其中三成來自民間募款，其餘是市政府委辦與中央補助。到8月底執行率是百分之六十二。"),
    ("P", "記者（自由時報 陳記者）：倉儲點的物資主要有哪些？多久更新一次？"),
    ("P", "黃淑芬組長：每個倉儲點都有睡袋、簡易帳篷、乾糧、飲用水和發電機。乾糧和飲用水每六個月檢查一次，快到期的會在過期前兩個月捐給社福機構，去年一共轉贈了一千八百箱，所以沒有浪費。"),
    ("P", "記者（中央社 王記者）：急救訓練有沒有針對特定族群？"),
    ("P", "林佩君總幹事：有。今年特別針對計程車司機和外送員開了「道路急救班」，到8月一共訓練了六百四十人，因為他們常常是交通事故現場最先到的人。另外，新住民急救班用越南語和印尼語授課，辦了十二場。"),
    ("P", "記者（公視 李記者）：下半年有什麼重點？"),
    ("P", "陳志豪大隊長：10月25日會在八里區辦理全市規模的海嘯疏散演練，預計一千五百人參加。另外，我們預計年底前再建一個倉儲點在樹林區，因為樹林目前距離最近的倉儲點要四十分鐘車程。"),
    ("P", "主持人：今天的記者會到此結束，相關書面資料請向公關組蔡宜庭索取，謝謝大家。"),
    ("H", "附表　114年1—8月主要成果"),
    ("TABLE", None),
    ("P", "註：訓練人次含線上課程四千一百人次。撤離人數為與區公所共同執行之數字。"),
]
NT_TABLE = [
    ("項目", "114年1—8月", "113年同期"),
    ("防災教育與急救訓練場次", "342場", "301場"),
    ("參訓人次", "28,600人次", "25,100人次"),
    ("颱風期間出動", "23次", "17次"),
    ("建置AED", "105台", "88台"),
    ("新招募志工", "280人", "240人"),
]


def newtaipei_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "PMingLiU"
    st.element.rPr.rFonts.set(docx.oxml.ns.qn("w:eastAsia"), "新細明體")
    st.font.size = Pt(11)
    for kind, text in NT:
        if kind == "TABLE":
            t = d.add_table(rows=len(NT_TABLE), cols=3)
            t.style = "Table Grid"
            for i, r in enumerate(NT_TABLE):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            continue
        p = d.add_paragraph()
        if kind == "P" and "：" in text:
            who, said = text.split("：", 1)
            r = p.add_run(who + "：")
            r.bold = True
            p.add_run(said)
        else:
            r = p.add_run(text)
            r.bold = kind in ("T", "H")
            if kind == "T":
                r.font.size = Pt(16)
                p.alignment = 1
            if kind == "S":
                p.alignment = 1
    d.save(os.path.join(OUT, "newtaipei_redcross_press_conference_114-09.docx"))


# ---------------------------------------------------------------- 5. Tauranga newsletter (html)
TG = """<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><title>Mount Maunganui Lifeguard Service - The Rip Current, Issue 14 (November 2025)</title>
<style>main{float:left;width:68%} aside{float:right;width:28%;background:#fff4d6}</style></head>
<body>
<header><h1>The Rip Current</h1><p>Newsletter of the Mount Maunganui Lifeguard Service, Tauranga - Issue 14, November 2025</p></header>
<main>
<article>
<h2>Season 2025/26 kicks off with record patrol roster</h2>
<p class="byline">Posted 3 November 2025 by Aroha Ngata, Club Captain</p>
<p>Our patrolled season started on Labour Weekend, Saturday 25 October, with 214 active patrolling members on the roster, up from 187 last season. Patrols run from 10am to 6pm on weekends and public holidays until 14 December, then every day from 15 December to 2 February.</p>
<p>Last season (2024/25) our lifeguards performed 96 rescues, 41 assists and 1,380 first aid treatments, and carried out 4,720 preventative actions. Most rescues (about two-thirds) happened between the flags and the Leisure Island end of Main Beach during north-easterly swells.</p>
</article>
<article>
<h2>New IRB and a Tauranga Moana Trust grant</h2>
<p class="byline">Posted 10 November 2025 by Sam Whitaker, Treasurer</p>
<p>The club has taken delivery of a new inflatable rescue boat (IRB) and 40 hp outboard, funded by a NZ$38,500 grant from the Tauranga Moana Community Trust and NZ$9,200 raised at the August quiz night. The old IRB, in service since 2016, will be moved to training duties because its hull has been repaired three times.</p>
<p>Two new IRB drivers, Mereana Tapsell and Josh Li, passed their IRB Driver award on 1 November, bringing the number of qualified drivers to 17.</p>
</article>
<article>
<h2>Nippers numbers climb again</h2>
<p class="byline">Posted 17 November 2025 by Kate Drummond, Junior Surf Convenor</p>
<p>Junior Surf (Nippers) registrations closed on 9 November with 312 children aged 7 to 14, compared with 268 last year. Sessions run on Sunday mornings from 9am to 11am. Parents are reminded that a water-confidence test (200 m swim for U10 and older, 100 m for U8 and U9) must be passed before children go past waist-deep water.</p>
<p>We still need at least 25 more parent helpers with a current Surf Lifeguard Award or first aid certificate; at present we have 58.</p>
</article>
<article>
<h2>Spinal injury refresher after summer incidents</h2>
<p class="byline">Posted 24 November 2025 by Dr Priya Raman, Club Medical Officer</p>
<p>Eleven suspected spinal injuries were treated last season, mostly from body-surfers dumped in shallow water near Moturiki Island. All patrolling members must complete the new spinal management refresher before 20 December. The 90-minute session covers in-line stabilisation, log-rolling with four rescuers and when to call for the Westpac rescue helicopter.</p>
<p>St John ambulance crews were called to the beach 63 times last season; average arrival time was 11 minutes.</p>
</article>
<article>
<h2>Volunteer of the month: Hemi Walker</h2>
<p class="byline">Posted 28 November 2025 by Aroha Ngata, Club Captain</p>
<p>Hemi Walker, 19, has been named volunteer of the month for October. On 19 October, during pre-season training, Hemi spotted two teenagers caught in a rip off Tay Street and reached them on a rescue board within three minutes. Hemi joined Nippers at age 9 and gained the Surf Lifeguard Award in 2022. He now helps coach the U12 group and is studying paramedicine at the University of Waikato Tauranga campus.</p>
<p>Nominations for November close on 5 December; send them to the Club Captain.</p>
</article>
</main>
<aside>
<h3>Upcoming events</h3>
<ul>
<li>29 November 2025 - Bronze Medallion exam, clubrooms, 7am</li>
<li>6 December 2025 - Sand &amp; Surf community open day, 10am-2pm</li>
<li>13 December 2025 - Spinal refresher (second session), 4pm</li>
<li>1 January 2026 - New Year's Day Mount Dip fundraiser, entry NZ$20</li>
<li>17-18 January 2026 - Eastern Region Championships, Ohope Beach</li>
</ul>
<p>Membership queries: Lisa Moana, Club Administrator, admin@mountlifeguard.example.nz</p>
</aside>
<footer><p>Mount Maunganui Lifeguard Service Inc., Marine Parade, Mount Maunganui, Tauranga 3116. Registered charity CC21104.</p></footer>
</body></html>
"""

# ---------------------------------------------------------------- 6. Geelong donor centre handbook (docx)
GL = [
    ("T", "Geelong Donor Centre Volunteer Handbook"),
    ("S", "Version 3.1, effective 1 July 2025. Issued by the Centre Manager, Helen Crawford. Donor Centre, 250 Moorabool Street, Geelong VIC 3220."),
    ("H", "Part I - About the Centre"),
    ("H", "1.1 Opening hours"),
    ("P", "The centre is open Monday to Saturday. Volunteers are rostered in shifts of no more than 4 hours. a) Weekday shifts: 8:00-12:00 and 12:00-16:00. b) Saturday shift: 8:00-13:00. c) The centre is closed on Sundays and on Victorian public holidays."),
    ("H", "1.2 What the centre collected"),
    ("P", "In 2024-25 the centre collected 14,860 donations: 9,420 whole blood, 4,310 plasma and 1,130 platelets. A further 2,150 donations were collected by the mobile unit visiting Colac, Lara and Torquay."),
    ("CAP", "Table 1: Donations by type, 2023-24 and 2024-25"),
    ("TABLE1", None),
    ("NOTE", "Source: Centre monthly returns, figures as at 30 June 2025. Mobile unit donations are not included."),
    ("H", "Part II - Volunteer roles"),
    ("H", "2.1 Refreshment area hosts"),
    ("P", "2.1.1 Hosts watch donors for at least 15 minutes after donation. a) Offer at least 500 ml of fluid. b) Watch for signs of a faint: pallor, sweating, yawning. c) If a donor feels unwell, lay them down and call a nurse immediately; do not give any medication."),
    ("P", "2.1.2 Hosts record every reaction in the Donor Reaction Log before the end of the shift."),
    ("H", "2.2 Reception volunteers"),
    ("P", "2.2.1 Reception volunteers greet donors and check appointment times. They never ask about eligibility questions, which only trained staff may discuss for privacy reasons."),
    ("H", "2.3 Courier drivers"),
    ("P", "2.3.1 Drivers must hold a full Victorian driver licence for at least 3 years and be aged 25 or over. 2.3.2 Samples go to the Melbourne processing centre twice daily, at 11:30 and 16:30."),
    ("CAP", "Table 2: Volunteer numbers by role, 30 June 2025"),
    ("TABLE2", None),
    ("NOTE", "Note: 12 volunteers hold two roles and are counted in both."),
    ("H", "Part III - Safety and conduct"),
    ("H", "3.1 Training"),
    ("P", "3.1.1 All volunteers complete a 3-hour induction and an online infection control module. 3.1.2 Refreshment hosts also need a current first aid certificate (HLTAID011) and a CPR update every 12 months."),
    ("H", "3.2 Incidents"),
    ("P", "3.2.1 Report any incident to the shift supervisor within 1 hour, and complete an incident form within 24 hours. 3.2.2 In 2024-25 there were 212 donor reactions recorded, of which 9 needed an ambulance."),
    ("CAP", "Table 3: Donor reactions by severity, 2024-25"),
    ("TABLE3", None),
    ("NOTE", "Source: Donor Reaction Log, Geelong Donor Centre. Rate per 1,000 donations calculated on 14,860 donations."),
    ("H", "3.3 Recognition"),
    ("P", "Volunteers receive a service pin at 100, 500 and 1,000 hours. The Volunteer of the Year for 2024-25 was Margaret O'Leary, who has hosted the refreshment area since 2009."),
    ("H", "3.4 Leaving the program"),
    ("P", "3.4.1 Volunteers who wish to leave should give two weeks' notice to the Volunteer Coordinator. a) Return your ID badge and locker key. b) Your hours record is kept for 7 years. 3.4.2 Volunteers who have not done a shift for 6 months are moved to inactive status and must repeat the online infection control module before returning."),
    ("H", "3.5 Parking and travel"),
    ("P", "Volunteers may park free of charge in the staff car park behind the centre (entry from Little Malop Street). Travel costs are not reimbursed, except for courier drivers, who are paid 88 cents per kilometre when using their own car."),
    ("P", "Contact: Volunteer Coordinator Daniel Nguyen, phone 03 5221 0480."),
]
GL_T1 = [("Donation type", "2023-24", "2024-25", "Change"),
         ("Whole blood", "9,860", "9,420", "-4.5%"),
         ("Plasma", "3,720", "4,310", "+15.9%"),
         ("Platelets", "1,050", "1,130", "+7.6%"),
         ("Total", "14,630", "14,860", "+1.6%")]
GL_T2 = [("Role", "Volunteers", "Average hours per month"),
         ("Refreshment host", "64", "14"),
         ("Reception", "38", "10"),
         ("Courier driver", "11", "22"),
         ("Community events", "27", "6")]
GL_T3 = [("Severity", "Reactions", "Rate per 1,000 donations"),
         ("Mild (dizziness, nausea)", "171", "11.5"),
         ("Moderate (faint)", "32", "2.2"),
         ("Severe (ambulance called)", "9", "0.6")]


def geelong_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v

    for kind, text in GL:
        if kind == "TABLE1":
            table(GL_T1)
        elif kind == "TABLE2":
            table(GL_T2)
        elif kind == "TABLE3":
            table(GL_T3)
        elif kind == "T":
            d.add_heading(text, level=0)
        elif kind == "H":
            d.add_heading(text, level=1 if text.startswith("Part") else 2)
        elif kind == "CAP":
            d.add_paragraph(text, style="Caption")
        elif kind == "NOTE":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(9)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "geelong_donor_centre_volunteer_handbook_v3.1.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    yibin_pdf()
    with open(os.path.join(OUT, "yibin_redcross_2025_dashiji_jan-oct.txt"), "w", encoding="utf-8") as f:
        f.write(YB25)
    with open(os.path.join(OUT, "foshan_body_organ_donation_faq_2025.md"), "w", encoding="utf-8") as f:
        f.write(FS)
    newtaipei_docx()
    with open(os.path.join(OUT, "tauranga_mount_lifeguard_newsletter_2025-11.html"), "w", encoding="utf-8") as f:
        f.write(TG)
    geelong_docx()


if __name__ == "__main__":
    main()
