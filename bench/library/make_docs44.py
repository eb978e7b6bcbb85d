"""Write the six documents of blind set 44.
1 Zhenjiang (镇江) Red Cross 2024 work report (docx; the title stands only in a VML text box anchored in the first
  paragraph, so it is no body paragraph; an indicator table whose 类别 column is merged down over several rows
  (vMerge), and a table nested inside one cell of it holding the donation breakdown by county)
2 Zhenjiang Red Cross January-October 2025 progress (pdf, 2 pages; a letter-spaced title with spaces between the
  characters, a running header, a diagonal grey watermark 内部资料 drawn over each page after the text, a 2024
  correction table whose 核定原因 cells wrap onto two lines; corrects four 2024 figures, so they conflict by date)
3 Cheung Chau (長洲) Bun Festival first-aid service summary 2025 (zh-hant html saved from Microsoft Word: MsoNormal
  paragraphs, <o:p> tags, conditional comments holding the document properties, <![if !supportLists]> list markers,
  attributes wrapped over source lines, a table whose header is two rows with rowspan / colspan)
4 Bude Surf Life Saving Club annual report 2024-25 (English md; YAML front matter holding the date, place and
  author, an html comment left in by the editor, setext headings, a results table)
5 Kelowna donor centre guide 2025 (English txt saved by Windows Notepad: UTF-8 with a byte-order mark, CRLF line
  ends, ===== / ----- underlined headings, tab-separated tables, a revision line)
6 Shantou (汕头) Red Cross FAQ 2025 (Chinese docx; the questions and answers sit in a two-column table whose header row
  repeats on each page, answers with soft line breaks inside one cell, one answer cell holding a nested fee table)
Run: /work/main/.venv/bin/python make_docs44.py
"""

import os

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs44")
os.makedirs(OUT, exist_ok=True)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _song(d):
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 1. Zhenjiang 2024 (docx, text-box title, merged + nested table)
ZJ24 = [
    ("S", "——2025年1月16日在市红十字会第五届理事会第四次会议上　市红十字会党组书记、常务副会长　沈建华"),
    ("H", "一、党建引领和组织建设"),
    ("P", "2024年，全市红十字系统坚持党建带会建，“金山博爱”党建品牌入选全省红十字系统优秀党建品牌，市红十字会机关党支部获评市级“四强”党支部。"),
    ("P", "全市现有红十字救援队14支、队员627名，其中12支建立党支部，党员队员158名。扬中市红十字江上救援队获评省级示范救援队。"),
    ("P", "注册红十字志愿者2.18万名，比上年增长8.6%；成人会员5.3万名，红十字青少年会员13.7万名。新建乡镇（街道）红十字会9个，覆盖率达到94%。"),
    ("H", "二、应急救护"),
    ("P", "全年开展应急救护普及培训9.6万人次，其中“红十字救护进校园”2.1万人次；培训持证救护员1.32万人，完成年度目标的110%。"),
    ("P", "新增配置AED 236台，累计达到1,148台，镇江站、镇江南站和金山景区实现AED全覆盖。4月21日镇江国际马拉松期间设置救护点18个，救治选手和群众214人次，其中心脏骤停成功复苏1例。"),
    ("H", "三、“三献”工作"),
    ("P", "全市无偿献血6.9万人次，献血总量22.4吨。新增造血干细胞捐献志愿者入库1,960人份，实现捐献9例，其中丹阳市捐献4例，居全市首位。"),
    ("P", "遗体（器官）捐献志愿登记2,870人，实现器官捐献8例、遗体捐献6例，江苏大学医学院接收遗体5具。"),
    ("H", "四、人道救助和募捐"),
    ("P", "全年募集社会捐赠款物3,260万元，其中资金2,140万元。新建博爱家园12个，累计达到68个；“博爱送万家”慰问困难家庭3,400户，每户发放价值300元的慰问物资。"),
    ("P", "6月下旬句容市遭受强降雨，市红十字会于6月21日启动Ⅳ级应急响应，派出救援队员186人次，转移群众520余人，发放救灾物资折价46万元。"),
    ("H", "五、主要指标完成情况"),
    ("TABLE", ""),
    ("P", "注：募集款物按到账时间统计；各县市区分项见表内嵌表。"),
    ("H", "六、2025年主要目标"),
    ("P", "应急救护普及培训11万人次；新增AED不少于260台；新建博爱家园15个；实现救援队党支部应建尽建；造血干细胞入库2,000人份。"),
    ("P", "联系电话：0511-84423120　地址：镇江市京口区正东路141号"),
]
# 类别 is merged down (vMerge); 募集款物's 备注 cell holds a nested table
ZJ24_ROWS = [
    ("应急救护", "普及培训", "9.6万人次", "含救护进校园2.1万人次"),
    ("应急救护", "持证救护员", "1.32万人", "目标1.2万人"),
    ("应急救护", "新增AED", "236台", "累计1,148台"),
    ("“三献”", "无偿献血", "6.9万人次", "献血总量22.4吨"),
    ("“三献”", "造血干细胞入库", "1,960人份", "实现捐献9例"),
    ("人道救助", "募集款物", "3,260万元", None),
    ("人道救助", "新建博爱家园", "12个", "累计68个"),
]
ZJ24_NESTED = [("县市区", "款物（万元）"), ("市本级", "1,420"), ("丹阳市", "760"), ("句容市", "530"), ("扬中市", "550")]


def _textbox_run(lines):
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="{s}"/></w:rPr>'
        f'<w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t, s in lines)
    return parse_xml(
        f'<w:r {W_NS} {V_NS}><w:pict><v:shape id="TitleBox" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:64pt;z-index:1;'
        f'mso-position-horizontal:center" strokeweight="1.5pt" strokecolor="#c00000">'
        f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def zhenjiang_docx():
    d = docx.Document()
    _song(d)
    p = d.add_paragraph()
    p._p.append(_textbox_run([("镇江市红十字会2024年工作报告", 36), ("（2025年1月　镇红〔2025〕3号）", 21)]))
    for _ in range(3):
        d.add_paragraph()
    for kind, text in ZJ24:
        if kind == "H":
            d.add_heading(text, level=2)
        elif kind == "TABLE":
            t = d.add_table(rows=1 + len(ZJ24_ROWS), cols=4)
            t.style = "Table Grid"
            for k, h in enumerate(("类别", "项目", "2024年完成", "备注")):
                t.rows[0].cells[k].text = h
            for r, (_cat, item, val, note) in enumerate(ZJ24_ROWS, 1):
                cells = t.rows[r].cells
                cells[1].text, cells[2].text = item, val
                if note is not None:
                    cells[3].text = note
                else:
                    cells[3].text = "其中资金2,140万元，分县市区："
                    inner = cells[3].add_table(rows=len(ZJ24_NESTED), cols=2)
                    inner.style = "Table Grid"
                    for i, (a, b) in enumerate(ZJ24_NESTED):
                        inner.rows[i].cells[0].text, inner.rows[i].cells[1].text = a, b
                    cells[3].add_paragraph("")
            start = 1
            for r in range(2, len(ZJ24_ROWS) + 2):
                if r == len(ZJ24_ROWS) + 1 or ZJ24_ROWS[r - 1][0] != ZJ24_ROWS[start - 1][0]:
                    top = t.rows[start].cells[0]
                    if r - 1 > start:
                        top = top.merge(t.rows[r - 1].cells[0])
                    top.text = ZJ24_ROWS[start - 1][0]
                    start = r
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "zhenjiang_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Zhenjiang 2025 Jan-Oct (pdf, watermark, spaced title)
ZJ25_P1 = [
    ("T", "镇 江 市 红 十 字 会 2025 年 1—10 月 工 作 进 展"),
    ("S", "镇红〔2025〕38号　　市红十字会办公室　　2025年11月12日"),
    ("H", "一、总体情况"),
    ("P", "1—10月，全市红十字系统各项重点工作总体进度符合预期。2025年4月，市红十字会第五届理事会第五次会议增补顾敏为副会长，分管应急救护和救援队；原副会长陈卫国调任市卫生健康委，不再担任。"),
    ("P", "截至10月31日，全市红十字救援队增至16支、队员702名，16支救援队全部建立党支部，党员队员183名。新组建的2支为扬中市红十字水上救援队（二队）和句容市红十字山地救援队。"),
    ("H", "二、应急救护"),
    ("P", "1—10月开展应急救护普及培训8.7万人次，完成全年11万人次目标的79.1%；培训持证救护员1.15万人。"),
    ("P", "新增配置AED 248台，累计达到1,380台，每10万人口AED配置数达到42.6台。3月30日镇江国际马拉松设置救护点20个，救治选手和群众236人次。"),
    ("P", "9月13日在西津渡历史街区举办全市红十字救护技能竞赛，丹阳市代表队获团体一等奖，扬中市代表队获二等奖。"),
    ("H", "三、“三献”与人道救助"),
    ("P", "1—10月无偿献血5.8万人次，献血总量19.1吨；新增造血干细胞捐献志愿者入库1,720人份，实现捐献11例，已超过2024年全年9例。"),
    ("P", "募集社会捐赠款物2,780万元，其中资金1,860万元；新建博爱家园13个，累计达到78个。"),
]
ZJ25_P2 = [
    ("H", "四、2024年部分数据核定说明"),
    ("P", "经市统计局年报核定和市审计局专项审计，2024年以下数据与《2024年工作报告》所报数不一致，今后统一以核定数为准："),
    ("TABLE", ""),
    ("H", "五、11—12月工作安排"),
    ("P", "一是12月5日国际志愿者日表彰“十佳红十字志愿者”；二是12月底前完成全年11万人次培训目标；三是做好2026年元旦、春节“博爱送万家”准备，计划慰问困难家庭3,600户。"),
    ("P", "联系人：办公室　王婧　电话：0511-84423120"),
]
ZJ25_ROWS = [
    ("持证救护员", "1.32万人", "1.27万人", "原报数误将复训人员500人计入当年新培训持证救护员人数，现予剔除"),
    ("累计配置AED", "1,148台", "1,132台", "原报数包含已报废但未在AED管理平台注销的16台设备，现予剔除"),
    ("新建博爱家园", "12个", "9个", "3个博爱家园当年未通过市级验收，整改后计入2025年新建数"),
    ("募集社会捐赠款物", "3,260万元", "3,190万元", "一笔70万元的企业捐赠实际于2025年1月到账，按到账时间移至2025年"),
]


def _wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def zhenjiang_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "zhenjiang_redcross_2025_jan-oct_progress.pdf"), pagesize=A4)
    left, width = 22 * mm, W - 44 * mm

    def header(n):
        c.setFont(f, 8)
        c.drawString(left, H - 12 * mm, "镇江市红十字会")
        c.drawRightString(left + width, H - 12 * mm, f"2025年1—10月工作进展　第{n}页 共2页")
        c.line(left, H - 13.5 * mm, left + width, H - 13.5 * mm)

    def watermark():
        c.saveState()
        c.setFillGray(0.85)
        c.setFont(f, 40)
        c.translate(W / 2, H / 2)
        c.rotate(35)
        c.drawCentredString(0, 40 * mm, "内部资料")
        c.drawCentredString(0, -40 * mm, "注意保存")
        c.restoreState()

    def table(y):
        cols = [34 * mm, 24 * mm, 24 * mm, width - 82 * mm]
        c.setFont(f, 9.5)
        rows = [("指标", "2024年报告数", "核定数", "核定原因")] + ZJ25_ROWS
        for row in rows:
            cells = [_wrap(v, f, 9.5, w - 3 * mm) for v, w in zip(row, cols)]
            h = max(len(x) for x in cells) * 5 * mm + 2 * mm
            x = left
            for lines, w in zip(cells, cols):
                c.rect(x, y - h, w, h)
                for k, ln in enumerate(lines):
                    c.drawString(x + 1.5 * mm, y - 4.5 * mm - k * 5 * mm, ln)
                x += w
            y -= h
        return y - 4 * mm

    def body(items, y):
        for kind, text in items:
            if kind == "TABLE":
                y = table(y)
                continue
            if kind == "T":
                c.setFont(f, 16)
                c.drawCentredString(W / 2, y, text)
                y -= 10 * mm
                continue
            size = {"S": 9.5, "H": 12, "P": 10.5}[kind]
            c.setFont(f, size)
            if kind == "S":
                c.drawCentredString(W / 2, y, text)
                y -= 8 * mm
                continue
            for ln in _wrap(text, f, size, width):
                c.drawString(left, y, ln)
                y -= (5.6 if kind == "P" else 6.5) * mm
            y -= 2 * mm
        return y

    header(1)
    body(ZJ25_P1, H - 26 * mm)
    watermark()
    c.showPage()
    header(2)
    body(ZJ25_P2, H - 26 * mm)
    watermark()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. Cheung Chau (zh-hant, Word-saved html)
CC_POSTS = [
    ("5月2日（五）", "北帝廟遊樂場", "24", "11", "0"),
    ("5月3日（六）", "長洲碼頭", "30", "19", "1"),
    ("5月4日（日）", "東灣泳灘", "32", "23", "2"),
    ("5月5日（一）", "北社街／新興街（飄色巡遊）", "58", "61", "4"),
    ("5月6日（二）", "北帝廟遊樂場（搶包山決賽）", "42", "29", "2"),
]


def _mso_p(text, cls="MsoNormal", style=None):
    st = f" style='{style}'" if style else ""
    return (f"<p class={cls}{st}><span lang=ZH-TW\nstyle='font-family:\"新細明體\",serif;mso-bidi-font-family:\"Times New Roman\"'>"
            f"{text}</span><o:p></o:p></p>")


def _mso_li(n, text):
    return (f"<p class=MsoListParagraph style='margin-left:24.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
            f"<span lang=EN-US>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
            f"<![endif]><span lang=ZH-TW\nstyle='font-family:\"新細明體\",serif'>{text}</span><o:p></o:p></p>")


def cheungchau_html():
    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">",
           "<head>", "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">",
           "<meta name=ProgId content=Word.Document>", "<meta name=Generator content=\"Microsoft Word 15\">",
           "<title>長洲太平清醮急救服務總結</title>",
           "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>陳穎琳</o:Author>\n"
           "  <o:LastAuthor>Island YU Admin</o:LastAuthor>\n  <o:Revision>7</o:Revision>\n"
           "  <o:Created>2025-05-12T02:14:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->",
           "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:12.0pt;font-family:\"新細明體\",serif;}\n"
           "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n-->\n</style>",
           "</head>", "<body lang=ZH-TW style='tab-interval:24.0pt'>", "<div class=WordSection1>",
           _mso_p("<b>香港紅十字會　離島區長洲青年團</b>", style="text-align:center"),
           _mso_p("<b>二〇二五年長洲太平清醮急救服務總結</b>", style="text-align:center"),
           _mso_p("報告日期：2025年5月12日　　撰寫：團長陳穎琳　　審閱：醫療顧問林志恆醫生"),
           _mso_p("&nbsp;"),
           _mso_p("<b>一、服務概要</b>"),
           _mso_p("本團於2025年5月2日至6日長洲太平清醮期間，在島上設置急救站四個，共派出隊員186人次，處理傷病個案143宗，其中送院9宗，較2024年的128宗增加約一成二。"),
           _mso_p("今年飄色巡遊於5月5日（佛誕）舉行，人流最多，當日單日個案61宗；最常見為中暑及熱衰竭，全期共27宗。搶包山決賽於5月6日凌晨舉行，12名參賽者全部安全完成，只有1名健兒手腕扭傷。"),
           _mso_p("送院個案均由消防處救護車經長洲碼頭轉乘醫療船送往律敦治醫院，其中1宗疑似心臟病個案由政府飛行服務隊直升機送院。"),
           _mso_p("<b>二、各站當值及個案</b>"),
           "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\nstyle='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>",
           "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td rowspan=2>" + _mso_p("日期") + "</td><td rowspan=2>"
           + _mso_p("急救站") + "</td><td rowspan=2>" + _mso_p("當值人次") + "</td><td colspan=2>" + _mso_p("個案（宗）") + "</td></tr>",
           "<tr style='mso-yfti-irow:1'><td>" + _mso_p("處理") + "</td><td>" + _mso_p("送院") + "</td></tr>",
           ]
    for row in CC_POSTS:
        out.append("<tr>" + "".join(f"<td valign=top>{_mso_p(v)}</td>" for v in row) + "</tr>")
    out.append("<tr style='mso-yfti-lastrow:yes'><td colspan=2>" + _mso_p("合計") + "</td><td>" + _mso_p("186")
               + "</td><td>" + _mso_p("143") + "</td><td>" + _mso_p("9") + "</td></tr>")
    out += ["</table>",
            _mso_p("&nbsp;"),
            _mso_p("<b>三、隊伍及物資</b>"),
            _mso_li(1, "團長陳穎琳（註冊護士），副團長梁浩霆，物資主任黃詠詩；現役隊員38人，其中持有效急救證書者33人。"),
            _mso_li(2, "今年首次租用長洲醫院旁的臨時物資倉，租金港幣3,200元，由離島區議會撥款資助。"),
            _mso_li(3, "每站配備自動體外心臟除顫器（AED）一部，共四部，其中兩部向香港紅十字會總部借用。"),
            _mso_li(4, "食水及電解質飲品共消耗1,450支，冰袋620個。"),
            _mso_p("<b>四、檢討及建議</b>"),
            _mso_li(1, "飄色巡遊當日北社街人流過密，建議2026年增設流動急救隊兩隊，每隊4人。"),
            _mso_li(2, "隊員輪更由每更6小時改為4小時，以減少隊員中暑風險。"),
            _mso_li(3, "2026年目標：隊員增至45人，並與長洲鄉事委員會簽訂合作備忘錄。"),
            _mso_p("&nbsp;"),
            _mso_p("查詢：長洲青年團團部（長洲大新街42號二樓）　電話：2981 3077　逢星期日下午二時至五時"),
            "</div>", "</body>", "</html>"]
    with open(os.path.join(OUT, "cheungchau_bun_festival_first_aid_2025.html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- 4. Bude SLSC (md, YAML front matter)
BUDE = """---
title: "Annual Report 2024-25"
club: Bude Surf Life Saving Club
place: Summerleaze Beach, Bude, Cornwall EX23 8HN
date: 2025-10-18
period: 1 October 2024 to 30 September 2025
author: Rachel Penhallow (Hon. Secretary)
draft: false
tags: [annual-report, agm, lifesaving]
---

<!-- editor: figures checked against the treasurer's spreadsheet v4, 12 Oct; delete this note before publishing -->

Bude Surf Life Saving Club
==========================

Presented to the Annual General Meeting in the clubhouse on Saturday 18 October 2025 at 7 pm.

Chair's report
--------------

Our chair, Martin Trewin, opened his report by thanking the 386 members (341 last year) who kept the club going
through a wet summer. Founded in 1953, the club is one of the oldest surf life saving clubs in Britain.

The new inflatable rescue boat (IRB), named *Spirit of Summerleaze*, arrived on 3 May 2025. It cost £14,750, of
which £9,000 came from the Bude-Stratton Town Council community grant and the rest from the summer raffle.

Lifesaving
----------

Volunteer patrols covered Crooklets Beach at weekends and bank holidays from 24 May to 7 September 2025, alongside the
RNLI lifeguards on Summerleaze.

| Measure | 2024-25 | 2023-24 |
| --- | --- | --- |
| Volunteer patrol hours | 2,940 | 2,610 |
| Rescues | 7 | 11 |
| First aid cases | 96 | 84 |
| Lost children reunited | 23 | 19 |

Training
--------

- 19 members passed the National Vocational Beach Lifeguard Qualification (NVBLQ), 6 of them aged 16 or 17.
- 11 members gained the Surf Life Saving GB IRB crew award and 4 became IRB drivers.
- Head coach Ellie Marsh ran 42 pool sessions at the Splash leisure centre, Tuesdays 7 pm to 8.30 pm.

Nippers
-------

The Nippers section (ages 7 to 14) had 164 children on the register and a waiting list of 37. Sessions ran on
Sunday mornings, 9.30 am to 11 am, on Summerleaze beach from May to September.

Competition
-----------

At the SLSGB National Championships at Perranporth on 13 and 14 September 2025 the club won 3 gold, 5 silver and
2 bronze medals. Under-15 athlete Jago Hicks won the beach flags title.

Officers for 2025-26
--------------------

1. Chair: Martin Trewin
2. Club Captain: Hannah Jory
3. Hon. Secretary: Rachel Penhallow
4. Treasurer: Colin Abbott
5. Welfare Officer: Sarah Dyer

Finance
-------

Treasurer Colin Abbott reported income of £48,600 and expenditure of £45,900, a surplus of £2,700. Annual
membership is £65 for adults, £40 for juniors and £140 for a family.

<!-- TODO: add photo of the IRB launch -->
"""

# ---------------------------------------------------------------- 5. Kelowna donor centre (txt, BOM + CRLF, tabs)
KELOWNA = """KELOWNA DONOR CENTRE - DONOR GUIDE 2025
========================================

Canadian Blood Services
#102-1865 Dilworth Drive, Kelowna, BC V1Y 9T1
Rev. 3 - 22 April 2025 - replaces Rev. 2 (September 2024)

1. Before you book
------------------

* Book online at blood.ca, on the GiveBlood app, or call 1 888 236-6283.
* You must be at least 17 years old and weigh at least 50 kg (110 lb).
* There is no upper age limit; donors aged 72 and over no longer need a doctor's note.
* Bring government photo ID, or your donor card if you have one.
* Eat a salty snack and drink 500 ml of water in the 3 hours before you come.

2. Types of donation
--------------------

Type\tTime in the chair\tHow often\tNotes
Whole blood\tabout 15 minutes\tevery 56 days (men), 84 days (women)\tabout 450 ml
Plasma\tabout 45 minutes\tevery 7 days\t6 plasma beds since March 2025
Platelets\tabout 90 minutes\tevery 14 days\tby appointment, call ahead

Plan about one hour in total for a whole blood visit, including the health check and snacks.

3. Opening hours
----------------

Day\tHours
Monday\tclosed
Tuesday, Wednesday\t11:00 am - 7:00 pm
Thursday, Friday\t7:30 am - 3:00 pm
Saturday\t8:00 am - 2:00 pm
Sunday\tclosed (except the Sunday clinic on the last Sunday of each month, 9:00 am - 1:00 pm)

4. After you donate
-------------------

* Stay for 15 minutes in the canteen; the juice and cookies are free.
* Do not do heavy exercise for 6 hours, and keep the bandage on for 2 hours.
* If you feel unwell later, call the 24-hour donor line at 1 888 236-6283.

5. Centre facts, 2024
---------------------

* Donations collected: 9,840 (whole blood 6,310, plasma 3,020, platelets 510).
* New donors: 1,215, including 286 students from UBC Okanagan.
* Mobile clinics: Vernon (10 visits), Penticton (8 visits), West Kelowna (6 visits).
* Centre manager: Priya Dhaliwal. Charge nurse: Marc Tremblay. Volunteer lead: Doreen Kowalski.

6. Parking and access
---------------------

Free donor parking is behind the building, stalls 1 to 14, marked with a red drop. BC Transit routes 8 and 10 stop
on Dilworth Drive. The centre is wheelchair accessible; a quiet room is available on request.

7. Rewards
----------

Donors are recognised at 10, 25, 50 and 100 donations. Every donor who gives plasma 5 times between 1 May and
31 August 2025 is entered in a draw for a Kelowna Rockets season pass.

-- end of guide --
"""

# ---------------------------------------------------------------- 6. Shantou FAQ (docx, Q/A table, nested fee table)
ST_QA = [
    ("汕头市红十字救护员培训怎么报名？",
     ["关注“汕头红十字”公众号，点击“救在身边—培训报名”，选择场次后提交。",
      "每月第二、第四个星期六在金平区红十字培训中心开班，每班不超过36人。"]),
    ("培训收费吗？",
     ["市民参加救护员培训（16学时）免费；企事业单位包班培训按下表收费："]),
    ("救护员证有效期多久？过期怎么办？",
     ["救护员证有效期3年。", "到期前3个月内可参加4学时复训；过期超过6个月的须重新参加16学时初训。"]),
    ("汕头有多少台AED？在哪里查？",
     ["截至2025年9月底，全市公共场所配置AED 1,236台，其中礐石风景区48台、汕头站和汕头机场共32台。",
      "打开“汕头红十字”公众号“AED地图”即可查看位置。"]),
    ("加入中华骨髓库有什么条件？",
     ["年龄18至45周岁、体重不低于45公斤、身体健康。", "采集血样约8毫升；2024年全市新增入库1,480人份，实现捐献7例。"]),
    ("遗体和器官捐献在哪里登记？",
     ["可登录“中国人体器官捐献与移植委员会”网站登记，或到市红十字会（龙湖区长平路92号四楼）现场登记。",
      "截至2024年底，全市登记志愿者6,350人，实现遗体捐献41例。"]),
    ("海外华侨可以向汕头红十字会捐款吗？",
     ["可以。境外捐款请汇入市红十字会外币账户，附言注明“捐赠+用途”。",
      "2024年收到海外侨胞捐赠款物共计1,120万元，占全年募集总额3,980万元的28%。"]),
    ("捐款可以开票抵税吗？",
     ["可以开具公益事业捐赠统一票据，用于税前扣除；网上捐赠在到账后10个工作日内推送电子票据。"]),
    ("志愿者有保险吗？",
     ["市红十字会为注册志愿者统一购买意外伤害保险，意外身故保额20万元，意外医疗保额2万元。",
      "2024年全市注册红十字志愿者1.46万名。"]),
    ("台风天红十字会提供什么救助？",
     ["启动应急响应后，救援队协助转移群众，并在避险安置点发放“赈济家庭包”，每个包价值约450元。",
      "2024年台风“摩羯”期间共发放家庭包1,800个。"]),
    ("能捐二手物品吗？",
     ["不接收二手衣物和旧家电；只接收全新、在保质期内的物资。价值3万元以上的大宗物资须提前联系赈济救护部。"]),
]
ST_FEES = [("班型", "学时", "收费"), ("普及班（4学时）", "4", "每人60元"), ("救护员班（16学时）", "16", "每人180元"),
           ("复训班", "4", "每人80元")]


def shantou_docx():
    d = docx.Document()
    _song(d)
    d.add_heading("汕头市红十字会常见问题解答（2025年版）", level=1)
    d.add_paragraph("汕头市红十字会宣传与志愿服务部编　2025年10月20日更新　咨询电话：0754-88457120（工作日8:30—17:30）")
    t = d.add_table(rows=1 + len(ST_QA), cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0]
    hdr.cells[0].text, hdr.cells[1].text = "问题", "解答"
    trPr = hdr._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {W_NS}/>'))
    for r, (q, lines) in enumerate(ST_QA, 1):
        cells = t.rows[r].cells
        cells[0].text = f"{r}. {q}"
        p = cells[1].paragraphs[0]
        for k, ln in enumerate(lines):
            run = p.add_run(ln)
            if k < len(lines) - 1:
                run.add_break()  # soft line break (Shift+Enter)
        if q.startswith("培训收费"):
            inner = cells[1].add_table(rows=len(ST_FEES), cols=3)
            inner.style = "Table Grid"
            for i, row in enumerate(ST_FEES):
                for j, v in enumerate(row):
                    inner.rows[i].cells[j].text = v
            cells[1].add_paragraph("包班须满20人，提前10个工作日预约。")
    d.add_paragraph("地址：汕头市龙湖区长平路92号　邮编515041")
    d.save(os.path.join(OUT, "shantou_redcross_faq_2025.docx"))


def main():
    zhenjiang_docx()
    zhenjiang_pdf()
    cheungchau_html()
    with open(os.path.join(OUT, "bude_slsc_annual_report_2024-25.md"), "w", encoding="utf-8") as fh:
        fh.write(BUDE)
    with open(os.path.join(OUT, "kelowna_donor_centre_guide_2025.txt"), "w", encoding="utf-8-sig", newline="\r\n") as fh:
        fh.write(KELOWNA)
    shantou_docx()


if __name__ == "__main__":
    main()
