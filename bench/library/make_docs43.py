"""Write the six documents of blind set 43.
1 Weifang (潍坊) Red Cross 2024 work report (pdf, 2 pages; body paragraphs carrying raised footnote markers whose
  notes sit at the foot of the page, and figures that appear only as the value labels of two bar charts: training by
  county and donations by kind)
2 Weifang Red Cross January-November 2025 progress (docx; Word tracked changes left in the file, w:ins / w:del runs
  revising figures, and an indicator table whose header is two rows with merged cells: 2024年 over 原报数 / 核定数,
  2025年1—11月 over 完成数 / 同比; corrects 2024 figures and says why)
3 Sai Kung (西貢) first-aid post duty report 2024/25 (zh-hant txt; a line-printer style report with fixed-width
  columns, form feeds between pages, the page header repeated, a summary block and a remarks list)
4 Zhuhai (珠海) Red Cross FAQ 2025 (Chinese html; an accordion of <button> questions and hidden answer <div>s, the
  same questions repeated in a JSON-LD FAQPage script in the head, a contact table)
5 Mooloolaba Surf Life Saving Club annual report 2024-25 (English html; tables built from <div role="table"> /
  role="row" / role="cell" grids rather than <table>, office-bearer list, patrol statistics)
6 Bendigo donor centre guide 2025 (English md; GitHub alert blocks > [!NOTE] / > [!IMPORTANT], a pipe table whose
  cells hold several lines joined by <br>, an escaped pipe \\| inside a cell, nested lists)
Run: /work/main/.venv/bin/python make_docs43.py
"""

import itertools
import os
import unicodedata

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs43")
os.makedirs(OUT, exist_ok=True)


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


def _cjk():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


# ---------------------------------------------------------------- 1. Weifang 2024 (pdf, footnotes + chart labels)
WF_P1 = [
    ("T", "潍坊市红十字会2024年工作报告"),
    ("S", "——2025年1月22日在市红十字会第六届理事会第三次会议上　市红十字会党组书记、常务副会长　周立新"),
    ("H", "一、党建引领和组织建设"),
    ("P", "2024年，全市红十字系统坚持党建带会建，“鸢都博爱”党建品牌入选全省红十字系统优秀党建品牌。市红十字会机关党支部被市直机关工委命名为“过硬党支部”。[1]"),
    ("P", "全市现有红十字救援队19支、队员862名，其中17支建立党支部，党员队员233名。寿光市蔬菜之乡红十字水上救援队、青州市红十字山地救援队分别获评省级示范救援队。"),
    ("P", "注册红十字志愿者4.26万名，比上年增长11.3%；成人会员7.9万名，红十字青少年会员21.4万名。新建乡镇（街道）红十字会14个，全市乡镇（街道）红十字会覆盖率达到96%。[2]"),
    ("H", "二、应急救护"),
    ("P", "全年开展应急救护普及培训17.8万人次，培训持证救护员2.46万人，完成年度目标的112%。各县市区培训人次见图1。[3]"),
    ("P", "新增配置AED 428台，累计达到2,105台，潍坊站、潍坊北站和风筝广场实现AED全覆盖。第41届潍坊国际风筝会期间设置救护点12个，救治游客387人次。"),
    ("H", "三、“三献”工作"),
    ("P", "全市无偿献血12.3万人次，献血总量40.6吨。新增造血干细胞捐献志愿者入库3,860人份，实现捐献21例，其中诸城市捐献6例，居全市首位。"),
    ("P", "遗体（器官）捐献志愿登记5,140人，实现器官捐献17例、遗体捐献11例，潍坊医学院（现山东第二医科大学）接收遗体9具。"),
]
WF_NOTES1 = [
    "[1] 命名文件为潍直机工委〔2024〕19号。",
    "[2] 全市共有乡镇（街道）118个，已建红十字会113个。",
    "[3] 普及培训指参加4学时以上的科普培训，不含线上课程；持证救护员指考核合格并取得证书的人员。",
]
WF_P2 = [
    ("H", "四、人道救助和募捐"),
    ("P", "全年募集社会捐赠款物，构成见图2。新建博爱家园22个，累计达到137个；“博爱送万家”慰问困难家庭5,600户。[4]"),
    ("P", "7月下旬临朐县、昌乐县遭受强降雨，市红十字会于7月24日启动Ⅲ级应急响应，派出救援队员412人次，转移群众1,130余人。"),
    ("H", "五、2025年主要目标"),
    ("P", "应急救护普及培训19万人次；新增AED不少于450台；新建博爱家园25个；实现救援队党支部应建尽建。"),
]
WF_NOTES2 = [
    "[4] “博爱送万家”每户发放价值300元的慰问物资；含2024年1月春节慰问3,200户。",
    "联系电话：0536-8231619　地址：潍坊市奎文区胜利东街5069号",
]
WF_CHART1 = [("奎文区", 2.31), ("潍城区", 1.42), ("坊子区", 0.96), ("寒亭区", 1.05), ("青州市", 1.88), ("诸城市", 2.02),
             ("寿光市", 2.27), ("安丘市", 1.31), ("高密市", 1.64), ("昌邑市", 1.12), ("临朐县", 0.97), ("昌乐县", 0.85)]
WF_CHART2 = [("资金", 3180), ("物资折价", 1460), ("冠名基金", 620), ("网络募捐", 390)]


def weifang_pdf():
    f = _cjk()
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "weifang_redcross_2024_work_report.pdf"), pagesize=A4)
    left, width = 22 * mm, W - 44 * mm

    def body(items, y):
        for kind, text in items:
            if kind == "T":
                c.setFont(f, 17)
                c.drawCentredString(W / 2, y, text)
                y -= 10 * mm
                continue
            size = {"S": 9, "H": 12, "P": 10.5}[kind]
            marker = ""
            if kind == "P" and text.endswith("]") and "[" in text[-4:]:
                marker = text[text.rindex("[") + 1:-1]
                text = text[:text.rindex("[")]
            lines = _wrap(text, f, size, width)
            c.setFont(f, size)
            for k, ln in enumerate(lines):
                c.drawString(left, y, ln)
                if marker and k == len(lines) - 1:
                    x = left + pdfmetrics.stringWidth(ln, f, size)
                    c.setFont(f, 6.5)
                    c.drawString(x + 0.5, y + 3.2, marker)  # raised footnote marker
                    c.setFont(f, size)
                y -= (5.6 if kind == "P" else 6.5) * mm
            y -= 2 * mm
        return y

    def notes(lines):
        c.line(left, 26 * mm, left + 50 * mm, 26 * mm)
        c.setFont(f, 7.5)
        y = 22 * mm
        for n in lines:
            c.drawString(left, y, n.replace("[", "").replace("]", " ", 1))
            y -= 4 * mm

    def footer(n):
        c.setFont(f, 8)
        c.drawCentredString(W / 2, 8 * mm, f"— {n} —")

    y = body(WF_P1, H - 25 * mm)
    # chart 1: vertical bars, the figures only as value labels
    c.setFont(f, 9.5)
    c.drawCentredString(W / 2, y - 2 * mm, "图1　2024年各县市区应急救护普及培训人次（万人次）")
    base, top = y - 62 * mm, y - 8 * mm
    c.line(left + 6 * mm, base, left + width, base)
    bw = (width - 10 * mm) / len(WF_CHART1)
    for i, (name, v) in enumerate(WF_CHART1):
        x = left + 8 * mm + i * bw
        h = v / 2.5 * (top - base - 8 * mm)
        c.setFillGray(0.55)
        c.rect(x, base, bw * 0.6, h, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(f, 7)
        c.drawCentredString(x + bw * 0.3, base + h + 1.5 * mm, f"{v:.2f}")
        c.drawCentredString(x + bw * 0.3, base - 4 * mm, name)
    notes(WF_NOTES1)
    footer(1)
    c.showPage()
    y = body(WF_P2, H - 25 * mm)
    c.setFont(f, 9.5)
    c.drawCentredString(W / 2, y - 2 * mm, "图2　2024年社会捐赠款物构成（万元，合计5,650）")
    y -= 10 * mm
    for name, v in WF_CHART2:
        c.setFont(f, 8.5)
        c.drawRightString(left + 22 * mm, y, name)
        c.setFillGray(0.55)
        c.rect(left + 24 * mm, y - 1 * mm, v / 3180 * 100 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        c.drawString(left + 26 * mm + v / 3180 * 100 * mm, y, f"{v:,}")
        y -= 8 * mm
    notes(WF_NOTES2)
    footer(2)
    c.save()


# ---------------------------------------------------------------- 2. Weifang 2025 Jan-Nov (docx, tracked changes)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# each paragraph: a list of pieces; ("d", old) is a tracked deletion, ("i", new) a tracked insertion
WF25 = [
    ("H1", [("t", "潍坊市红十字会2025年1—11月工作进展")]),
    ("P", [("t", "潍红办〔2025〕41号　2025年12月5日　市红十字会办公室　（修订稿，含审阅修订痕迹）")]),
    ("H2", [("t", "一、总体进展")]),
    ("P", [("t", "1—11月，全市红十字系统各项重点工作总体进度符合预期。2025年3月，市红十字会第六届理事会第四次会议增补刘海燕为副会长，分管应急救护和救援队；原副会长王德胜因到龄退休不再担任。")]),
    ("P", [("t", "截至11月30日，全市红十字救援队增至21支、队员948名，21支救援队全部建立党支部，实现应建尽建，党员队员261名。新组建的2支为：高密市红十字应急救援队、昌邑市红十字海上救援队。")]),
    ("H2", [("t", "二、应急救护")]),
    ("P", [("t", "1—11月开展应急救护普及培训17.2万人次，完成全年19万人次目标的90.5%；培训持证救护员"), ("d", "2.05万人"), ("i", "2.11万人"), ("t", "。")]),
    ("P", [("t", "新增配置AED 391台，累计达到2,471台，每10万人口AED配置数达到26.6台。")]),
    ("P", [("t", "4月19日至21日第42届潍坊国际风筝会期间设置救护点14个，救治游客"), ("d", "402"), ("i", "415"), ("t", "人次；"), ("t", "9月27日在白浪河湿地公园举办全市红十字救护技能竞赛，寿光市代表队获团体一等奖。")]),
    ("H2", [("t", "三、“三献”与人道救助")]),
    ("P", [("t", "1—11月无偿献血11.6万人次，献血总量38.2吨；新增造血干细胞捐献志愿者入库3,540人份，实现捐献19例。")]),
    ("P", [("t", "募集社会捐赠款物5,020万元，其中资金2,870万元；新建博爱家园18个，累计达到152个。")]),
    ("P", [("t", "“博爱助学”秋季资助困难学生310名，每人资助标准由1,500元提高到2,000元。")]),
    ("H2", [("t", "四、2024年部分数据核定说明")]),
    ("P", [("t", "经市统计局年报核定和市审计局专项审计，2024年以下数据与《2024年工作报告》所报数不一致，以核定数为准（见下表）：")]),
    ("TABLE", None),
    ("P", [("t", "核定原因：①持证救护员原报数误将复训人员1,300人计入；②累计AED原报数包含已报废的25台；③新建博爱家园原报数包含验收未通过的3个；④募捐总额原报数将一笔2025年1月到账的捐赠180万元计入2024年。")]),
    ("H2", [("t", "五、12月工作安排")]),
    ("P", [("t", "一是12月5日国际志愿者日表彰“十佳红十字志愿者”；二是12月底前完成全年19万人次培训目标；三是做好2026年元旦、春节“博爱送万家”准备，计划慰问困难家庭6,000户。")]),
    ("P", [("t", "联系人：综合科　孙晓雯　电话：0536-8231619")]),
]
# two-row header: 指标 | 单位 | 2024年 (原报数 | 核定数) | 2025年1—11月 (完成数 | 同比)
WF25_ROWS = [
    ["持证救护员", "万人", "2.46", "2.33", "2.11", "—"],
    ["累计配置AED", "台", "2,105", "2,080", "2,471", "—"],
    ["新建博爱家园", "个", "22", "19", "18", "—"],
    ["社会捐赠款物", "万元", "5,650", "5,470", "5,020", "-3.1%"],
    ["造血干细胞入库", "人份", "3,860", "3,860", "3,540", "+2.6%"],
]


_IDS = itertools.count(101)


def _run_xml(text, tag):
    if tag == "d":
        return (f'<w:del {W_NS} w:id="{next(_IDS)}" w:author="孙晓雯" w:date="2025-12-04T16:20:00Z">'
                f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')
    return (f'<w:ins {W_NS} w:id="{next(_IDS)}" w:author="孙晓雯" w:date="2025-12-04T16:21:00Z">'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>')


def weifang_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, pieces in WF25:
        if kind == "TABLE":
            t = d.add_table(rows=2 + len(WF25_ROWS), cols=6)
            t.style = "Table Grid"
            h0, h1 = t.rows[0].cells, t.rows[1].cells
            h0[0].merge(h1[0]).text = "指标"
            h0[1].merge(h1[1]).text = "单位"
            h0[2].merge(h0[3]).text = "2024年"
            h0[4].merge(h0[5]).text = "2025年1—11月"
            for k, s in zip((2, 3, 4, 5), ("原报数", "核定数", "完成数", "同比")):
                h1[k].text = s
            for r, vals in enumerate(WF25_ROWS):
                for k, v in enumerate(vals):
                    t.rows[2 + r].cells[k].text = v
            continue
        if kind == "H1":
            p = d.add_heading(level=1)
        elif kind == "H2":
            p = d.add_heading(level=2)
        else:
            p = d.add_paragraph()
        for tag, text in pieces:
            if tag == "t":
                p.add_run(text)
            else:
                p._p.append(parse_xml(_run_xml(text, tag)))
    d.save(os.path.join(OUT, "weifang_redcross_2025_jan-nov_progress.docx"))


# ---------------------------------------------------------------- 3. Sai Kung (zh-hant txt, fixed-width columns)
def _dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s, w):
    return s + " " * max(0, w - _dw(s))


SK_COLS = [("日期", 12), ("地點", 22), ("活動", 26), ("當值", 6), ("個案", 6), ("送院", 6)]
SK_ROWS = [
    ("2024-04-13", "北潭涌渡假營", "麥理浩徑行山日", "8", "11", "0"),
    ("2024-05-01", "西貢海濱公園", "勞動節嘉年華", "6", "7", "1"),
    ("2024-06-10", "西貢公眾碼頭", "端午龍舟競渡", "14", "23", "2"),
    ("2024-07-21", "萬宜水庫東壩", "地質公園導賞", "5", "9", "1"),
    ("2024-08-18", "浪茄灣", "沙灘清潔日", "7", "6", "0"),
    ("2024-09-17", "西貢海傍廣場", "中秋綵燈會", "12", "18", "1"),
    ("2024-10-11", "大浪灣", "重陽登高", "10", "27", "3"),
    ("2024-11-24", "西貢市中心", "西貢馬拉松（十公里組）", "18", "42", "4"),
    ("2024-12-25", "西貢海濱公園", "聖誕音樂會", "6", "5", "0"),
    ("2025-01-29", "天后古廟", "大年初一賀歲", "9", "13", "1"),
    ("2025-02-16", "鹹田灣", "越野跑挑戰賽", "11", "31", "5"),
    ("2025-03-09", "西貢戶外康樂中心", "少年營急救示範", "4", "3", "0"),
]
SK_HEAD = [
    "香港紅十字會　西貢區青年團　急救站當值報告",
    "報告期：2024年4月1日至2025年3月31日（2024/25年度）　　列印日期：2025-04-08　　列印者：SKYU-ADM02",
]


def saikung_txt():
    rule = "-" * 84
    head = "".join(_pad(n, w) for n, w in SK_COLS)
    pages = []
    for pno, chunk in enumerate((SK_ROWS[:7], SK_ROWS[7:]), 1):
        lines = SK_HEAD + [f"第 {pno} 頁／共 3 頁", rule, head, rule]
        lines += ["".join(_pad(v, w) for v, (_, w) in zip(r, SK_COLS)) for r in chunk]
        lines.append(rule)
        pages.append("\n".join(lines))
    summary = SK_HEAD + ["第 3 頁／共 3 頁", "=" * 84, "一、年度摘要",
        "  當值次數 ............................ 12 次（上年度 9 次）",
        "  當值隊員總人次 ...................... 110 人次",
        "  處理個案總數 ........................ 195 宗（上年度 148 宗）",
        "  送院個案 ............................ 18 宗",
        "  最常見傷患 .......................... 擦傷及扭傷，共 87 宗",
        "  熱衰竭個案 .......................... 21 宗，其中 14 宗發生於 2024年10月及2025年2月",
        "",
        "二、隊伍資料",
        "  團長 ................................ 葉嘉欣（註冊護士）",
        "  副團長 .............................. 鄭子朗",
        "  急救主任 ............................ 何德華醫生",
        "  現役隊員 ............................ 46 人，持有效急救證書者 39 人",
        "  集會地點 ............................ 西貢區社區中心三樓活動室（逢星期六下午二時）",
        "",
        "三、備註",
        "  (1) 西貢馬拉松個案最多，主要為抽筋及擦傷；4 名送院者均送往基督教聯合醫院。",
        "  (2) 鹹田灣越野跑 5 宗送院個案中，2 宗由政府飛行服務隊直升機送往東區醫院。",
        "  (3) 2024-10-11 重陽登高因天文台發出酷熱天氣警告，當值人數由 6 人增至 10 人。",
        "  (4) 本年度購置自動體外心臟除顫器（AED）2 部，每部港幣 14,800 元，由西貢區議會撥款資助。",
        "  (5) 2025/26 年度目標：當值 15 次，隊員增至 55 人。",
        "",
        "＊＊＊ 報告完 ＊＊＊",
    ]
    with open(os.path.join(OUT, "saikung_first_aid_post_duty_report_2024-25.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n\f".join(pages + ["\n".join(summary)]) + "\n")


# ---------------------------------------------------------------- 4. Zhuhai FAQ (html accordion + JSON-LD)
ZH_QA = [
    ("培训", "报名红十字救护员培训要交钱吗？",
     "市民参加红十字救护员培训（16学时）免费，教材费由市红十字会承担；考核合格后颁发救护员证，有效期3年。每月第一个和第三个星期六在香洲区红十字培训中心开班，每班限40人。"),
    ("培训", "救护员证过期了怎么办？",
     "证书到期前6个月内可报名4学时的复训，复训考核合格后证书有效期顺延3年；过期超过1年的须重新参加16学时初训。"),
    ("培训", "单位能不能请你们上门培训？",
     "可以。企事业单位满30人可预约上门普及培训（4学时），须提前15个工作日在“珠海红十字”公众号提交申请；2024年全市共开展上门培训612场。"),
    ("AED", "哪里能查到附近的AED？",
     "打开“珠海红十字”公众号“AED地图”即可查看。截至2025年6月，全市公共场所已配置AED 1,874台，其中横琴粤澳深度合作区286台、珠海机场和拱北口岸共64台。"),
    ("造血干细胞", "加入中华骨髓库有啥条件？",
     "年龄18至45周岁、体重不低于45公斤、身体健康即可。采集血样约6毫升，入库后如初配成功，工作人员会再次征求本人意愿。2024年珠海新增入库志愿者2,310人份，实现捐献11例。"),
    ("造血干细胞", "捐造血干细胞会不会伤身体？",
     "不会。捐献采用外周血采集，约需4小时，捐献者一般住院3至5天；人体造血干细胞有自我更新能力，1至2周即可恢复。"),
    ("献血", "献血后多久可以再献？",
     "献全血后间隔不少于6个月；献单采血小板后间隔不少于2周，一年不超过24次。珠海市中心血站地址为香洲区梅华东路188号。"),
    ("遗体捐献", "遗体捐献怎么登记？",
     "可在“中国人体器官捐献与移植委员会”网站或到市红十字会（香洲区凤凰北路2098号三楼）现场登记，须征得直系亲属同意。截至2024年底全市登记志愿者9,460人，实现遗体捐献83例。"),
    ("志愿者", "港澳居民能当珠海红十字志愿者吗？",
     "可以。持港澳居民居住证或回乡证的年满18周岁人士均可注册；2024年全市注册志愿者3.05万名，其中港澳籍志愿者412名，主要服务横琴和拱北口岸。"),
    ("志愿者", "志愿者有保险吗？",
     "有。市红十字会为注册志愿者统一购买意外伤害保险，意外身故保额30万元，意外医疗保额3万元，保险期间为每年1月1日至12月31日。"),
    ("捐赠", "捐款能开发票吗？",
     "可以开具公益事业捐赠统一票据，可用于税前扣除；网上捐赠在捐赠后15个工作日内通过电子票据平台推送。2024年市红十字会接收捐赠款物2,870万元。"),
    ("捐赠", "能捐旧衣服吗？",
     "目前不接收旧衣物捐赠，只接收全新、在保质期内的物资；大宗物资捐赠（价值5万元以上）须提前与市红十字会赈济救护部联系。"),
]
ZH_CONTACT = [("市红十字会办公室", "0756-2217035", "香洲区凤凰北路2098号"),
              ("应急救护培训中心", "0756-2218120", "香洲区红山路88号"),
              ("造血干细胞捐献咨询", "0756-2232166", "珠海市中心血站二楼")]


def zhuhai_html():
    import json
    ld = {"@context": "https://schema.org", "@type": "FAQPage",
          "mainEntity": [{"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
                         for _, q, a in ZH_QA]}
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           '<title>常见问题 - 珠海市红十字会</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '<style>.panel{display:none}.acc.open+.panel{display:block}</style>', '</head><body>',
           '<div class="topbar">珠海市红十字会　Zhuhai Red Cross　｜　首页 › 办事服务 › 常见问题</div>',
           '<h1>常见问题解答（2025年7月更新）</h1>',
           '<p class="lead">以下问答由珠海市红十字会宣传与志愿服务部整理，最后更新：2025年7月15日。点击问题展开答案。</p>']
    cat = None
    for k, (c, q, a) in enumerate(ZH_QA, 1):
        if c != cat:
            out.append(f'<h2 class="cat">{c}</h2>')
            cat = c
        out.append(f'<button class="acc" aria-expanded="false" aria-controls="faq{k}">{q}</button>')
        out.append(f'<div class="panel" id="faq{k}" hidden>{a}</div>')
    out.append('<h2>联系我们</h2><table class="contact"><tr><th>部门</th><th>电话</th><th>地址</th></tr>')
    for r in ZH_CONTACT:
        out.append("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>")
    out.append("</table>")
    out.append('<footer>珠海市红十字会 版权所有　粤ICP备05012345号　工作时间：周一至周五 8:30—12:00，14:30—17:30</footer>')
    out.append('<script>document.querySelectorAll(".acc").forEach(b=>b.onclick=()=>b.classList.toggle("open"));</script>')
    out.append("</body></html>")
    with open(os.path.join(OUT, "zhuhai_redcross_faq_2025.html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- 5. Mooloolaba SLSC (html, div grids)
def _grid(label, head, rows):
    out = [f'<div class="grid" role="table" aria-label="{label}">',
           '  <div class="row head" role="row">']
    out += [f'    <div class="cell" role="columnheader">{h}</div>' for h in head]
    out.append("  </div>")
    for r in rows:
        out.append('  <div class="row" role="row">')
        out += [f'    <div class="cell" role="cell">{v}</div>' for v in r]
        out.append("  </div>")
    out.append("</div>")
    return "\n".join(out)


MOOL_PATROL = [
    ("Rescues", "61", "48"), ("First aid treatments", "1,284", "1,107"), ("Preventative actions", "23,950", "19,870"),
    ("Patrol hours", "9,412", "8,860"), ("Marine stingers treated", "312", "405"), ("Beach closures (days)", "7", "11"),
]
MOOL_AWARDS = [
    ("Bronze Medallion", "42", "Mooloolaba"), ("Surf Rescue Certificate", "35", "Mooloolaba"),
    ("Advanced Resuscitation Techniques", "18", "Maroochydore (joint course)"),
    ("Inflatable Rescue Boat Driver", "9", "Alexandra Headland"), ("Silver Medallion Beach Management", "4", "Kawana"),
]
MOOL_FIN = [("Membership fees", "$96,400", "$88,150"), ("Grants", "$212,700", "$154,300"),
            ("Bar and bistro (net)", "$318,900", "$301,600"), ("Sponsorship", "$74,000", "$69,500"),
            ("Total income", "$702,000", "$613,550"), ("Surplus", "$41,300", "$12,800")]


def mooloolaba_html():
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mooloolaba SLSC Annual Report 2024-25</title>
<style>.grid{{display:grid;grid-template-columns:repeat(3,1fr)}}.row{{display:contents}}</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/patrols">Patrols</a> | <a href="/nippers">Nippers</a> | <a href="/join">Join</a></nav>
<h1>Mooloolaba Surf Life Saving Club: Annual Report 2024-25</h1>
<p>Season 2024-25 ran from 14 September 2024 to 27 April 2025. Presented at the Annual General Meeting on 24 July 2025 at the clubhouse, The Esplanade, Mooloolaba QLD 4557.</p>
<h2>President's report</h2>
<p>President Karen Whitlock thanked the 1,046 members (up from 962) and the 318 active patrolling members who kept the flags up every weekend and public holiday of the season.</p>
<p>The highlight was the mass rescue on 2 February 2025, when a flash rip at the Loo with a View carried 14 swimmers out; all 14 were returned to shore by patrol 7 under patrol captain Tom Nguyen.</p>
<p>The new clubhouse deck, costing $486,000 and funded by a Queensland Government grant of $350,000 and club reserves, opened on 6 December 2024.</p>
<h2>Office bearers</h2>
<ul>
<li>President: Karen Whitlock</li>
<li>Club Captain: Liam O'Rourke</li>
<li>Director of Lifesaving: Priya Raman</li>
<li>Treasurer: Graham Fitzsimmons</li>
<li>Nipper Coordinator: Jess Tamblyn</li>
<li>Chief Training Officer: Dr Aaron Kessler</li>
</ul>
<h2>Patrol statistics</h2>
<p>Figures for Mooloolaba Beach only; the club's roving IRB crews at Point Cartwright are reported by the branch.</p>
{_grid("Patrol statistics", ["Measure", "2024-25", "2023-24"], MOOL_PATROL)}
<h2>Awards gained</h2>
{_grid("Awards gained", ["Award", "Members qualified", "Course location"], MOOL_AWARDS)}
<h2>Nippers</h2>
<p>Nippers (ages 5 to 14) had 412 registered children and 96 age managers. The U11 team won the Sunshine Coast Branch junior carnival at Kings Beach on 1 March 2025. Sessions ran on Sunday mornings from 7:30 am to 9:30 am.</p>
<h2>Finance</h2>
<p>Treasurer Graham Fitzsimmons reported the audited accounts for the year to 30 June 2025.</p>
{_grid("Finance", ["Item", "2024-25", "2023-24"], MOOL_FIN)}
<h2>Looking ahead</h2>
<ol>
<li>Replace two inflatable rescue boats (estimated $38,000 each) before 1 October 2025.</li>
<li>Lift active patrolling members to 350.</li>
<li>Host the Queensland Youth Surf Life Saving Championships in January 2026.</li>
</ol>
<footer>Mooloolaba Surf Life Saving Club Inc. · ABN 47 009 812 345 · admin@mooloolabaslsc.example.com.au · (07) 5444 1762</footer>
</body></html>
"""
    with open(os.path.join(OUT, "mooloolaba_slsc_annual_report_2024-25.html"), "w", encoding="utf-8") as fh:
        fh.write(body)


# ---------------------------------------------------------------- 6. Bendigo donor centre guide (md)
BENDIGO = r"""# Bendigo Donor Centre: Donor Guide 2025

*Australian Red Cross Lifeblood · 1/95 Mitchell Street, Bendigo VIC 3550 · version 2.4, updated 3 March 2025*

> [!NOTE]
> This guide replaces version 2.3 (August 2024). The main change: the plasma chairs went from 8 to 12 when the
> extension opened on 17 February 2025.

## Before you come

- Book on the DonateBlood app or call 13 14 95.
- Eat a proper meal within 3 hours before donating and drink about 750 ml of water.
- Bring photo ID on your first visit:
  - a driver's licence, passport or Proof of Age card;
  - or two other documents with your name and address.

> [!IMPORTANT]
> You must weigh at least 50 kg to donate whole blood. First-time donors must be aged 18 to 75.

## What you can give

| Donation type | How long it takes | How often | Notes |
| --- | --- | --- | --- |
| Whole blood | about 1 hour in total<br>needle time 10 minutes | every 12 weeks | up to 4 times a year |
| Plasma | about 1.5 hours<br>needle time 45 minutes | every 2 weeks | 12 chairs since Feb 2025 |
| Platelets | about 2 hours | every 2 weeks | by invitation only \| blood group A or O preferred |

## Opening hours

| Day | Hours |
| --- | --- |
| Monday, Wednesday | 12:00 pm – 7:30 pm |
| Tuesday, Thursday, Friday | 7:30 am – 2:00 pm |
| Saturday | 7:30 am – 12:30 pm<br>(first and third Saturday only) |
| Sunday | closed |

## After you donate

1. Rest in the refreshment area for at least 15 minutes.
2. Avoid strenuous exercise and hot showers for the rest of the day.
3. If you feel faint after leaving, lie down and call 13 14 95.

## Centre facts (2024)

- Donations collected: 14,620 (plasma 6,140, whole blood 7,930, platelets 550).
- New donors: 1,870, of whom 402 were students at La Trobe University Bendigo campus.
- Centre manager: Sophie Kellaway. Senior nurse: Daniel Okafor.
- Mobile sessions ran at Castlemaine (8 visits), Kyneton (6 visits) and Echuca (5 visits).

## Parking and access

Free two-hour donor parking is in the Hargreaves Street car park (level 2, bays marked "Lifeblood").
The centre is step-free; a hearing loop is fitted at reception.

> [!TIP]
> Donors who give 10 plasma donations in 2025 receive a Lifeblood travel mug; 50 donations earn a certificate signed by the CEO.
"""


def main():
    weifang_pdf()
    weifang_docx()
    saikung_txt()
    zhuhai_html()
    mooloolaba_html()
    with open(os.path.join(OUT, "bendigo_donor_centre_guide_2025.md"), "w", encoding="utf-8") as fh:
        fh.write(BENDIGO)


if __name__ == "__main__":
    main()
