"""Write bench/data/library_tune.jsonl: 120 TUNE questions over the library docs + the seed report.

Row fields: id, lang (zh|zh-hant|en), question, answers (minimal substrings; [] for oos),
evidence (substring of the doc holding the answer; null for oos), doc (file name; null for oos), kind.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "library_tune.jsonl"

SEED = "000_c28ffc7f97d75152.txt"
JS = "jiangsu_report.txt"
HZ = "hangzhou_volunteer_report.txt"
ZJ = "zhejiang_2023_update.md"
FA = "first_aid_manual.md"
BM = "board_minutes.pdf"
FAQ = "volunteer_faq.md"
CO = "company_annual_report.docx"
UN = "university_notice.html"

# (lang, question, answers, evidence, doc, kind)
Q = [
    # ---------------- seed: 浙江省红十字会“七大”以来党建工作综述 ----------------
    ("zh", "浙江省红十字会“七大”以来党建工作综述中，全省有多少支救援队建立了党支部？", ["123"], "推动全省123支救援队建立党支部", SEED, "number"),
    ("zh", "《擎旗奋进绘新篇——浙江省红十字会“七大”以来党建工作综述》的作者是谁？", ["张亚东"], "■  张亚东", SEED, "name"),
    ("en", "According to the Zhejiang Red Cross report on party building since its 7th Congress, how many county-level (县市区) Red Cross societies in Zhejiang set up party groups?", ["89"], "全省89个县（市、区）红十字会", SEED, "number"),
    ("zh", "浙江省红十字会“七大”以来募集社会捐赠款物超过多少？", ["5亿元", "5亿"], "募集社会捐赠款物超5亿元", SEED, "number"),
    ("zh-hant", "浙江省紅十字會「七大」以來的黨建綜述中，註冊志願者有多少萬名？", ["27.55"], "注册志愿者 27.55万名", SEED, "number"),
    ("en", "In the Zhejiang Red Cross party-building review (since the 7th Congress), who was named the national \"Most Beautiful First Aider\" (最美救护员)?", ["夏振辉", "Xia Zhenhui"], "全国“最美救护员”夏振辉", SEED, "name"),
    ("zh", "浙江省红十字会“七大”以来，哪支救援队的党支部获评“浙江省先进基层党组织”？", ["仙居"], "省红十字（仙居）应急搜救队党支部", SEED, "name"),
    ("zh", "浙江省红十字会“七大”以来党建综述中，各红十字救援队党支部年均出动约多少次？", ["1500"], "年均出动约1500次", SEED, "number"),
    ("en", "In the Zhejiang Red Cross review since the 7th Congress, which information management system was listed in the province's digital-reform \"一本账\" of major applications?", ["救在身边"], "“救在身边”信息化管理系统", SEED, "what"),
    ("zh", "浙江省红十字会“七大”以来党建综述中，哪支救援队荣膺2021年度“浙江骄傲”提名奖？", ["水上救援队"], "浙江省红十字水上救援队", SEED, "name"),
    ("zh", "浙江省红十字会“七大”以来党建综述里提到的“最美志愿者”是哪两位？", ["闵华", "吴坚强"], "“最美志愿者”闵华、吴坚强", SEED, "list"),

    # ---------------- jiangsu_report.txt ----------------
    ("zh", "江苏省红十字会“十一大”以来，全省有多少支救援队建立了党支部？", ["87"], "推动全省87支救援队建立党支部", JS, "number"),
    ("zh", "江苏省红十字会“十一大”以来党建工作综述的作者是谁？", ["陈立新"], "■  陈立新", JS, "name"),
    ("en", "How many county-level Red Cross societies in Jiangsu Province have established party groups, according to the Jiangsu party-building review?", ["95"], "全省95个县（市、区）红十字会", JS, "number"),
    ("zh-hant", "江蘇省紅十字會「十一大」以來募集社會捐贈款物超過多少億元？", ["7.3"], "募集社会捐赠款物超7.3亿元", JS, "number"),
    ("zh", "江苏省红十字会五年来开展应急救护普及培训多少人次？", ["260万", "260"], "开展应急救护普及培训260万人次", JS, "number"),
    ("en", "According to the Jiangsu Red Cross report, how many registered volunteers (注册志愿者) does Jiangsu have?", ["35.62"], "注册志愿者35.62万名", JS, "number"),
    ("zh", "江苏省红十字会发展成人会员多少名？", ["81.3万", "81.3"], "发展成人会员81.3万名", JS, "number"),
    ("zh", "江苏省哪支红十字救援队的党支部获评“江苏省先进基层党组织”？", ["连云港"], "省红十字（连云港）海上搜救队党支部", JS, "name"),
    ("zh", "江苏省红十字会实施的党支部建设提升工程叫什么名称？", ["红心博爱"], "组织实施“红心博爱”党支部建设提升工程", JS, "title"),
    ("zh-hant", "江蘇省紅十字會黨建綜述中，宿遷紅十字救援隊隊長是誰？", ["刘铁军", "劉鐵軍"], "宿迁红十字救援队队长刘铁军", JS, "role"),
    ("en", "Which Jiangsu Red Cross first-aid information platform connects more than 8,600 AED devices?", ["苏救在线", "Su Jiu Zai Xian", "Sujiu"], "“苏救在线”应急救护信息平台", JS, "what"),
    ("en", "How many standardised Bo'ai homes (博爱家园) has the Jiangsu Red Cross built?", ["820"], "标准化博爱家园820余个", JS, "number"),

    # ---------------- hangzhou_volunteer_report.txt ----------------
    ("zh", "截至2022年底，杭州市红十字注册志愿者有多少名？", ["6.84万", "6.84"], "杭州市红十字注册志愿者达6.84万名", HZ, "number"),
    ("zh", "杭州市红十字志愿服务工作2022年度综述的作者是谁？", ["林晓慧"], "■  林晓慧", HZ, "name"),
    ("en", "How many Red Cross rescue teams in Hangzhou have set up party branches, according to the 2022 Hangzhou volunteer report?", ["21"], "全市21支红十字救援队全部建立党支部", HZ, "number"),
    ("zh", "2022年底杭州市累计配置AED多少台？", ["5620"], "累计配置达5620台", HZ, "number"),
    ("zh-hant", "杭州市「急救圈」示範點的平均響應時間縮短至多少？", ["3分40秒"], "平均响应时间缩短至3分40秒", HZ, "number"),
    ("zh", "杭州亚运会红十字应急救护志愿服务队在2022年招募了多少名救护志愿者？", ["2860"], "招募救护志愿者2860名", HZ, "number"),
    ("en", "How many hematopoietic stem cell donations (造血干细胞捐献) did Hangzhou achieve in 2022?", ["42"], "实现造血干细胞捐献42例", HZ, "number"),
    ("zh", "杭州市2022年全年无偿献血人数达多少人次？", ["18.9万", "18.9"], "全年无偿献血人数达18.9万人次", HZ, "number"),
    ("zh", "杭州市萧山区红十字应急救援队队长是谁？", ["何建平"], "萧山区红十字应急救援队队长何建平", HZ, "role"),
    ("en", "What is the per-person insured amount of the accident insurance bought for Hangzhou Red Cross registered volunteers?", ["30万", "300,000", "300000", "300 000"], "人均保额30万元", HZ, "number"),
    ("zh", "杭州市红十字会力争到哪一年注册志愿者突破10万名？", ["2025"], "力争到2025年注册志愿者突破10万名", HZ, "when"),

    # ---------------- zhejiang_2023_update.md ----------------
    ("zh", "2023年浙江省红十字救援队增至多少支？", ["131"], "全省红十字救援队增至131支", ZJ, "number"),
    ("zh", "截至2023年底，浙江省红十字会成人会员有多少名？", ["72.4万", "72.4"], "发展成人会员72.4万名", ZJ, "number"),
    ("en", "How much in social donations (money and goods) did the Zhejiang Red Cross raise in 2023?", ["1.62"], "募集社会捐赠款物", ZJ, "table"),
    ("zh", "浙江省红十字会2023年注册志愿者达到多少名？", ["31.2万", "31.2"], "注册志愿者", ZJ, "table"),
    ("zh-hant", "2023年浙江省全省開展應急救護普及培訓多少人次？", ["186万", "186萬"], "应急救护普及培训", ZJ, "table"),
    ("en", "During the 2023 Hangzhou Asian Games, how many Red Cross first-aid volunteers did Zhejiang send in total?", ["3100", "3,100"], "全省共派出红十字救护志愿者3100名", ZJ, "number"),
    ("zh", "2023年浙江省新增配置AED多少台？", ["6800"], "新增配置AED", ZJ, "table"),
    ("zh", "《浙江省红十字会2023年度工作进展通报》的发布日期是哪天？", ["2024年1月18日"], "发布日期：2024年1月18日", ZJ, "when"),
    ("zh", "2023年浙江省持证救护员培训同比增长多少？", ["9.8%"], "持证救护员培训", ZJ, "table"),
    ("zh", "2023年浙江省“博爱先锋”党支部建设提升工程新命名了多少个示范党支部？", ["12"], "其中2023年新命名12个", ZJ, "list"),
    ("en", "What general first-aid training target did the Zhejiang Red Cross set for 2024 in its 2023 progress report?", ["200万", "2 million", "2,000,000", "2000000"], "力争全年普及培训200万人次", ZJ, "number"),
    ("zh-hant", "2023年浙江省全省有多少個縣（市、區）紅十字會建立了黨組？", ["90"], "全省90个县（市、区）红十字会", ZJ, "number"),

    # ---------------- first_aid_manual.md ----------------
    ("en", "According to the first-aid manual, how many chest compressions are given in each adult CPR cycle before the rescue breaths?", ["30"], "Give 30 compressions", FA, "number"),
    ("en", "What compression depth does the first-aid manual recommend for adult CPR?", ["5–6", "5-6", "5 to 6"], "5–6 cm deep", FA, "number"),
    ("zh", "急救手册建议成人胸外按压的频率是每分钟多少次？", ["100–120", "100-120", "100至120", "100到120", "100~120", "100～120"], "100–120 per minute", FA, "number"),
    ("en", "For how long should a burn be cooled under running water according to the first-aid manual?", ["20 minutes", "20分钟", "20 min"], "for 20 minutes", FA, "number"),
    ("en", "How far above the wound should a tourniquet be applied, according to the manual?", ["5–7", "5-7", "5 to 7"], "5–7 cm above the", FA, "number"),
    ("zh", "急救手册中，婴儿胸外按压的深度约为多少？", ["4cm", "4厘米", "4公分"], "Infant CPR depth", FA, "table"),
    ("zh", "急救手册的急救包清单中列出了几副一次性丁腈手套？", ["4"], "nitrile gloves", FA, "list"),
    ("zh-hant", "急救手冊中，中暑（熱射病）的體溫門檻是多少度？", ["40"], "Heat stroke", FA, "table"),
    ("en", "According to the manual's quick reference table, what is the maximum time for a breathing check?", ["10 seconds", "10秒", "10 s"], "Breathing check", FA, "table"),
    ("zh", "急救手册中成人气道异物梗阻时，背部叩击最多拍几次后改做腹部冲击？", ["5"], "up to 5 back blows", FA, "number"),
    ("zh", "急救手册中DRSABC的“S”代表什么？", ["Send for help", "send for help", "呼救", "求助", "求救"], "Send for help", FA, "what"),
    ("en", "How often should the first-aid kit be checked according to the manual?", ["6 months", "six months", "6个月"], "every 6 months", FA, "when"),

    # ---------------- board_minutes.pdf ----------------
    ("en", "What total budget did the Harbour City Red Cross Branch board approve for FY 2024-25?", ["4.85"], "$4.85 million", BM, "number"),
    ("en", "Who chairs the new Audit and Risk Committee of the Harbour City Red Cross Branch?", ["Priya Raman"], "chaired by Priya", BM, "role"),
    ("en", "On which page of the Harbour City Red Cross board minutes are the action items listed?", ["4"], "Item 7. Action Items", BM, "page"),
    ("zh", "Harbour City红十字分会董事会批准购买一辆新急救反应车，费用是多少？", ["265,000", "265000", "26.5万"], "$265,000", BM, "number"),
    ("en", "By what date must Ana Costa raise the Harbour City warehouse stock to 4,000 relief kits?", ["30 June 2024", "June 30, 2024", "2024年6月30日"], "by 30 June 2024", BM, "when"),
    ("zh", "Harbour City红十字分会董事会的下一次会议定于哪天举行？", ["9 May 2024", "May 9", "5月9日"], "Thursday, 9 May 2024", BM, "when"),
    ("en", "How many units of blood did the Harbour City branch's community blood drives collect in 2023?", ["3,260", "3260"], "3,260 units of blood", BM, "list"),
    ("zh-hant", "Harbour City 紅十字分會2024-25財年預算中，急救培訓項目撥款多少？", ["680,000", "680000", "68萬", "68万"], "$680,000", BM, "list"),
    ("en", "Who took the minutes at the Harbour City Red Cross Branch board meeting of 14 March 2024?", ["Jenny Park"], "Jenny Park", BM, "role"),
    ("en", "Which firm did the Harbour City board appoint as external auditor for FY 2024-25?", ["Lam & Partners", "Lam&Partners", "Lam and Partners"], "Lam & Partners", BM, "name"),
    ("zh", "Harbour City红十字分会2024年3月14日的董事会会议上，哪位董事请假缺席？", ["Robert Fung"], "Apologies: Robert", BM, "name"),
    ("en", "On what date will the Harbour City branch's 75th anniversary gala be held?", ["12 October 2024", "October 12, 2024", "2024年10月12日"], "75th anniversary", BM, "when"),

    # ---------------- volunteer_faq.md ----------------
    ("zh", "宁波市红十字志愿者累计服务多少小时可认定为三星志愿者？", ["600"], "三星志愿者", FAQ, "table"),
    ("zh", "宁波市红十字志愿服务总队实行积分管理，志愿者初始积分是多少分？", ["12"], "志愿者初始积分为12分", FAQ, "number"),
    ("en", "Under the Ningbo Red Cross volunteer FAQ, how many points are deducted for an unexcused absence from a service one signed up for?", ["3"], "无故缺席已报名的服务", FAQ, "table"),
    ("zh-hant", "寧波市紅十字志願服務總隊的諮詢電話是多少？", ["0574-87301234", "057487301234"], "0574-87301234", FAQ, "what"),
    ("zh", "宁波市红十字志愿者单次服务最多记录多少小时？", ["8"], "单次服务最多记录8小时", FAQ, "number"),
    ("en", "What is the accidental death and disability insurance cover per Ningbo Red Cross volunteer?", ["20万", "200,000", "200000", "200 000"], "伤残保额20万元", FAQ, "number"),
    ("zh", "宁波市红十字志愿者的服务时长如有遗漏，须在服务结束后多少日内申请补录？", ["30"], "须在服务结束后30日内提出补录申请", FAQ, "number"),
    ("zh", "宁波市非志愿者参加红十字救护员培训需缴纳多少费用？", ["120"], "须按每人120元标准缴纳", FAQ, "number"),
    ("zh", "宁波市红十字志愿者泄露服务对象个人信息会被扣多少分？", ["12"], "泄露服务对象个人信息", FAQ, "table"),
    ("en", "According to the Ningbo volunteer FAQ, after how many consecutive months without any service is a volunteer deemed to have withdrawn?", ["24"], "连续24个月未参加任何志愿服务", FAQ, "number"),

    # ---------------- company_annual_report.docx ----------------
    ("zh", "华瑞康医疗科技股份有限公司2023年营业收入是多少？", ["28.64"], "营业收入", CO, "table"),
    ("en", "How much did Huaruikang Medical Technology (华瑞康) invest in R&D in 2023?", ["2.87"], "研发投入", CO, "table"),
    ("zh", "华瑞康医疗科技2023年的员工献血人次是多少？", ["1260"], "献血人次", CO, "table"),
    ("zh", "华瑞康医疗科技股份有限公司的董事长是谁？", ["周建华"], "公司董事长为周建华", CO, "role"),
    ("zh-hant", "華瑞康醫療科技股份有限公司的股票代碼是多少？", ["688431"], "股票代码688431", CO, "what"),
    ("en", "How many AEDs did Huaruikang donate in 2023?", ["320"], "捐赠AED", CO, "table"),
    ("zh", "华瑞康2023年度利润分配方案中每10股派发现金红利多少元？", ["3.50", "3.5元"], "每10股派发现金红利3.50元", CO, "number"),
    ("en", "In which city is Huaruikang Medical Technology headquartered?", ["嘉兴", "Jiaxing"], "总部位于浙江省嘉兴市南湖区", CO, "place"),
    ("zh", "华瑞康2023年归属于上市公司股东的净利润是多少？", ["3.92"], "归属于上市公司股东的净利润", CO, "table"),
    ("en", "Who leads (is captain of) the Huaruikang Red Cross volunteer service team?", ["陈晓东", "Chen Xiaodong"], "队长由工会主席陈晓东担任", CO, "role"),

    # ---------------- university_notice.html ----------------
    ("zh", "东湖大学2024年春季红十字救护员培训班第三期在哪里举行？", ["光谷校区体育馆"], "光谷校区体育馆二楼训练厅", UN, "place"),
    ("zh", "东湖大学春季救护员培训班中，教职工需缴纳多少费用？", ["80"], "教职工每人缴纳教材及考核费80元", UN, "number"),
    ("en", "What is the contact phone number for Donghu University's spring Red Cross first-aid training course?", ["027-87654321", "02787654321"], "027-87654321", UN, "what"),
    ("zh-hant", "東湖大學2024年春季救護員培訓班的報名截止時間是什麼時候？", ["3月12日"], "3月12日18:00", UN, "when"),
    ("en", "How many trainees can each session of Donghu University's 2024 spring first-aid course accept?", ["60"], "每期限额60人", UN, "number"),
    ("zh", "东湖大学2024年春季救护员培训第一期的培训日期是什么？", ["3月16日"], "3月16日—17日", UN, "table"),
    ("zh", "东湖大学红十字会办公室位于哪里？", ["学生活动中心305"], "东湖校区学生活动中心305室", UN, "place"),
    ("en", "On what date will Donghu University publish the list of admitted trainees for the spring first-aid course?", ["3月13日", "13 March", "March 13"], "录取名单于3月13日在本网站公示", UN, "when"),
    ("zh", "东湖大学救护员培训班联合哪个机构举办？", ["武汉市红十字会"], "联合武汉市红十字会应急救护培训中心", UN, "name"),
]

# extra in-scope questions to reach the language mix
Q += [
    ("zh-hant", "浙江省紅十字會「七大」以來建成生命教育體驗館多少個？", ["90"], "建成生命教育体验馆90余个", SEED, "number"),
    ("en", "According to the first-aid manual, how long should two rescuers wait before swapping the person doing compressions?", ["2 minutes", "2分钟", "two minutes"], "every 2 minutes", FA, "number"),
    ("zh", "宁波市红十字志愿者累计服务时长达到多少小时可获授“终身荣誉志愿者”称号？", ["1500"], "五星志愿者", FAQ, "table"),
]

OOS = [
    ("zh", "山东省红十字会“七大”以来有多少支救援队建立了党支部？"),
    ("zh", "江苏省红十字会2023年注册志愿者有多少名？"),
    ("zh", "截至2022年底，杭州市累计建成博爱家园多少个？"),
    ("zh", "浙江省红十字会2019年当年募集社会捐赠款物多少亿元？"),
    ("zh", "宁波市红十字志愿者达到六星级需要累计服务多少小时？"),
    ("zh", "华瑞康医疗科技2023年海外业务收入是多少？"),
    ("zh", "东湖大学2024年秋季红十字救护员培训班在哪里举行？"),
    ("zh", "急救手册中被毒蛇咬伤后的处理步骤是什么？"),
    ("zh-hant", "廣東省紅十字會建成博愛家園多少個？"),
    ("zh-hant", "華瑞康公司2022年的員工獻血人次是多少？"),
    ("zh-hant", "浙江省紅十字會2023年募集的捐贈款物中投入使用了多少億元？"),
    ("en", "How many rescue teams with party branches does the Shandong Red Cross have?"),
    ("en", "What does the first-aid manual recommend for treating hypothermia?"),
    ("en", "What budget did the Harbour City Red Cross Branch approve for FY 2025-26?"),
    ("en", "How much did the Hangzhou Red Cross raise in donations in 2023?"),
    ("en", "What was Huaruikang's net profit in 2021?"),
    ("en", "Who chairs the Harbour City Red Cross Branch's Fundraising Committee?"),
    ("en", "What dose of aspirin does the first-aid manual recommend for a suspected heart attack?"),
]


def main() -> None:
    rows = []
    for lang, q, ans, ev, doc, kind in Q:
        rows.append({"lang": lang, "question": q, "answers": ans, "evidence": ev, "doc": doc, "kind": kind})
    for lang, q in OOS:
        rows.append({"lang": lang, "question": q, "answers": [], "evidence": None, "doc": None, "kind": "oos"})
    # interleave deterministically so docs / oos are spread over the file
    import random
    random.Random(20240314).shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"lt{i:03d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
