"""What names a document: its context counts alike for all its passages; a place most of them name is its own."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.scope import ContextField, document_places

# two documents: a notice whose passages name its university's place (东湖) but whose title does not,
# and a report that names a place once in passing
TEXT = [["东湖", "大学", "红十字会"], ["培训", "地点", "东湖", "校区"], ["教职工", "缴纳", "考核费"],
        ["联合", "武汉", "红十字会"], ["东湖", "大学", "委员会"],
        ["救援队", "发展", "支"], ["武汉", "捐赠", "物资"], ["志愿者", "人数"]]
PARA_DOC = np.array([0, 0, 0, 0, 0, 1, 1, 1], np.int32)
CONTEXT = [["培训班", "通知"], ["培训班", "通知", "培训", "安排"], ["培训班", "通知", "费用"],
           ["培训班", "通知"], ["培训班", "通知", "联系", "方式", "办公室"],
           ["年度", "综述"], ["年度", "综述"], ["年度", "综述"]]


def field(weight: float = 1.0) -> ContextField:
    text = BM25.from_tokens(TEXT)
    own = document_places(frozenset({"东湖", "武汉"}), text, PARA_DOC, 0.34)
    return ContextField(BM25.from_tokens(CONTEXT), text, PARA_DOC, own, weight)


def test_a_place_most_passages_name_is_the_documents_own_and_a_passing_one_is_not():
    f = field()
    assert f.places_of(0) == {"东湖"} and f.places_of(1) == frozenset()
    # the fee passage never says 东湖, but its document is about it
    assert f.contains("东湖", np.array([2, 5])).tolist() == [True, False]
    assert f.documents("东湖") == 1 and f.documents("武汉") == 0


def test_a_context_word_scores_every_passage_of_its_document_alike():
    f = field(1.5)
    text = f.text
    scores = text.group_scores([{"通知": 1.0}, {"缴纳": 1.0}], f.match)
    # the short heading (row 0) and the long one (row 4) get the same for 通知; the fee passage wins on 缴纳
    assert scores[0] == scores[4] == scores[3]
    assert int(np.argmax(scores)) == 2
    assert scores[5] == 0.0
    # a context match is worth weight times the word's idf, wherever the context is long or short
    assert scores[0] == np.float32(1.5 * f.context.idf("通知"))
    # a signature line that repeats the document's own place gets no more for it than the fee passage
    own = text.group_scores([{"东湖": 1.0}], f.match)
    assert own[4] == own[2] > 0 and own[6] == 0.0


def test_a_question_names_another_document_by_its_title_or_a_word_only_it_says():
    from reportbot.index.retrieval.scope import names_another

    # the report (doc 0: header card row 0) and a manual (doc 1: header card row 3)
    text = BM25.from_tokens([["浙江", "红十字会", "综述"], ["救援队", "志愿者"], ["志愿者", "培训"],
                             ["急救", "手册"], ["drsabc", "步骤"], ["志愿者", "急救"]])
    para_doc = np.array([0, 0, 0, 1, 1, 1])
    primary = para_doc == 0
    headers = np.array([0, 3])

    def named(*terms: str) -> bool:
        return names_another(list(terms), text, primary, headers, primary[headers], [frozenset(), frozenset()],
                             para_doc[headers], para_doc)
    assert named("手册", "步骤")  # the manual's title says it, the report never does
    assert named("drsabc")  # only the manual says it
    assert not named("志愿者", "培训")  # the report says them too
    assert named("志愿者", "急救")  # one word that names the manual is enough


def test_a_place_the_report_names_once_in_passing_still_names_the_citys_own_report():
    from reportbot.index.retrieval.scope import names_another

    # the province's review (doc 0: card row 0) names 杭州 in one passage; the city's report (doc 1) is about it;
    # the review names 宁波 in two passages
    text = BM25.from_tokens([["浙江", "综述"], ["杭州", "亚运会", "救护"], ["宁波", "志愿者"], ["宁波", "培训"],
                             ["杭州", "志愿", "综述"], ["杭州", "志愿服务队"], ["宁波", "博爱家园"]])
    para_doc = np.array([0, 0, 0, 0, 1, 1, 1])
    primary = para_doc == 0
    headers = np.array([0, 4])
    own = [frozenset({"浙江"}), frozenset({"杭州", "宁波"})]

    def named(term: str, said: int) -> bool:
        return names_another([term], text, primary, headers, primary[headers], own, para_doc[headers], para_doc,
                             said)
    assert not named("杭州", 1)  # any mention of the report's makes the word its own
    assert named("杭州", 2)  # once in passing does not: the city's report is named by its title's place
    assert not named("宁波", 2)  # the review says it in two passages: a word of its own
    assert not named("浙江", 2)  # the review's own place


def test_a_word_names_another_document_by_its_other_script_form_unless_the_report_says_one():
    from reportbot.index.retrieval.scope import names_another

    # the report (doc 0, Chinese: card row 0) and an English handbook (doc 1: card row 3)
    text = BM25.from_tokens([["青山", "工作", "综述"], ["会员", "志愿者"], ["会员", "培训"],
                             ["harbor", "handbook"], ["member", "swim"], ["member", "rescue"]])
    para_doc = np.array([0, 0, 0, 1, 1, 1])
    primary = para_doc == 0
    headers = np.array([0, 3])

    def named(*groups) -> bool:
        return names_another(list(groups), text, primary, headers, primary[headers], [frozenset(), frozenset()],
                             para_doc[headers], para_doc)
    assert named((["手册"], ["handbook"]))  # a word's other-script form in the handbook's title names it
    assert named((["member"], []))  # an English word only the handbook writes...
    assert not named((["member"], ["会员"]))  # ...is the report's own when the report says the bridge's word


def test_a_one_character_form_of_a_word_names_no_document():
    from reportbot.index.retrieval.scope import names_another

    # the report (doc 0) and a harbour guide (doc 1) whose title the index cut into 港 and 指南
    text = BM25.from_tokens([["青山", "工作", "综述"], ["码头", "志愿者"], ["会员", "培训"],
                             ["港", "指南", "guide"], ["港口", "泊位"], ["游艇", "泊位"]])
    para_doc = np.array([0, 0, 0, 1, 1, 1])
    primary = para_doc == 0
    headers = np.array([0, 3])

    def named(*groups) -> bool:
        return names_another(list(groups), text, primary, headers, primary[headers], [frozenset(), frozenset()],
                             para_doc[headers], para_doc)
    assert not named((["port"], ["港"]))  # "port" bridged to a lone character in the guide's title: too common
    assert named((["port"], ["港", "港口"], True))  # its two-character form only the guide says names it
    assert named((["guide"], ["指南"]))  # a word of the title still does


def test_a_question_written_as_a_headline_has_no_proper_names_by_its_capitals():
    from reportbot.index.retrieval.scope import proper_name, title_cased

    assert proper_name(["brookvale"], "Which kayaks did the Brookvale paddlers buy?")
    assert not proper_name(["kayak"], "Which kayaks did the Brookvale paddlers buy?")
    for headline in ("Which Kayaks Did the Paddlers Buy?", "WHICH KAYAKS DID THEY BUY",
                     "What Is the Budget of the Harbour Guide?"):
        assert title_cased(headline) and not proper_name(["kayak", "budget"], headline)
    for sentence in ("Where is Hong Kong Red Cross based?", "Which oars arrived in May?",
                     "Did Lakeside Rowing Club buy more oars than Hillside Rowing Club?",
                     "Which oars did the US crew order?"):
        assert not title_cased(sentence)
    assert proper_name(["lakeside"], "Did Lakeside Rowing Club buy more oars than Hillside Rowing Club?")


def test_a_chinese_questions_acronyms_are_no_headline_in_capitals():
    from reportbot.index.retrieval.scope import proper_name, title_cased

    question = "划艇队的 GPS VHF EPIRB 分别放在哪里？"
    assert not title_cased(question)  # three acronyms in capitals, but the question is written in Chinese
    assert proper_name(["vhf"], question)
    assert title_cased("WHERE ARE THE GPS VHF AND EPIRB KEPT")  # an English question in capitals still is


def test_the_words_that_spell_a_documents_running_name_are_its_context(monkeypatch):
    from reportbot.index.retrieval import lexicon, names

    monkeypatch.setattr(lexicon, "tag", lambda w: "ns" if w == "东湖" else "n")
    text = BM25.from_tokens(TEXT)
    sizes = np.bincount(PARA_DOC)
    # 东湖 is a name (tagged), in 3 of the notice's 5 passages and in no other document; 大学 is no name
    assert names.name_document("东湖", text, PARA_DOC, sizes, 0.34) == 0
    assert names.name_document("大学", text, PARA_DOC, sizes, 0.34) is None
    texts = {0: ["东湖大学红十字会", "东湖校区", "考核费", "武汉红十字会", "东湖大学委员会"]}
    found = names.naming_terms("东湖大学培训班联合哪个机构", ["东湖", "大学", "培训班", "联合", "机构"],
                               lambda t: names.name_document(t, text, PARA_DOC, sizes, 0.34), texts.__getitem__)
    assert found == {"东湖": 0, "大学": 0}  # the name runs on as far as the notice keeps saying it
    f = field().named({t: np.flatnonzero(PARA_DOC == d) for t, d in found.items()})
    scores = text.group_scores([{"东湖": 1.0}, {"大学": 1.0}, {"联合": 1.0}], f.match)
    assert int(np.argmax(scores)) == 3  # the passage that says 联合, not the signature that repeats the name


def test_a_short_heading_line_opening_a_pdf_passage_is_marked_and_a_long_one_is_not():
    from types import SimpleNamespace

    from reportbot.corpus.document import Paragraph
    from reportbot.index.retrieval.hits import heading_lines

    paras = [Paragraph("d", 0, "Minutes", ("Minutes",), None, (), 1, "header"),
             Paragraph("d", 1, "No. 2024-02\nDate: 14 March 2024", ("No. 2024-02", "Date: 14 March 2024"),
                       "No. 2024-02", ("No. 2024-02",), 1),
             Paragraph("d", 2, "Item 3. Financial Report and Budget\nThe Treasurer reported.",
                       ("Item 3. Financial Report and Budget", "The Treasurer reported."),
                       "Item 3. Financial Report and Budget", ("Item 3. Financial Report and Budget",), 2)]
    counts = np.array([len(p.sentences) for p in paras])
    index = SimpleNamespace(paragraphs=paras, sent_count=counts, sent_start=np.cumsum(counts) - counts)
    assert heading_lines(index, 16).tolist() == [False, True, False, False, False]
    assert heading_lines(SimpleNamespace(paragraphs=paras[2:], sent_count=counts[2:], sent_start=np.array([0])),
                         16) is None


def test_a_line_with_an_email_or_web_address_counts_with_its_passages_cosine():
    from types import SimpleNamespace

    from reportbot.corpus.document import Paragraph
    from reportbot.index.retrieval.hits import address_lines, borrowing_lines

    contact = ("联系人：王老师", "电子邮箱：redcross@donghu.edu.cn")
    paras = [Paragraph("d", 1, "\n".join(contact), contact, "六、联系方式", ("六、联系方式",)),
             Paragraph("d", 2, "详见 https://www.example.org/notice 。报名截止3月12日。",
                       ("详见 https://www.example.org/notice 。", "报名截止3月12日。"), None, ()),
             Paragraph("d", 3, "Wash hands before and after. Dr. Li checks the kit.",
                       ("Wash hands before and after.", "Dr. Li checks the kit."), None, ())]
    counts = np.array([len(p.sentences) for p in paras])
    index = SimpleNamespace(paragraphs=paras, sent_count=counts, sent_start=np.cumsum(counts) - counts)
    assert address_lines(index).tolist() == [False, True, True, False, False, False]
    assert borrowing_lines(index, 16).tolist() == [False, True, True, False, False, False]
    assert address_lines(SimpleNamespace(paragraphs=paras[2:])) is None


def test_an_address_line_scores_with_its_passages_cosine_on_the_dense_side(tmp_path):
    from reportbot.corpus.split import parse_text
    from reportbot.index.retrieval.candidate_scores import dense
    from reportbot.index.retrieval.hits import Candidates
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.index.retrieval.search import Searcher
    from reportbot.testing.fakes import HashEmbedder

    text = ("# 秋季救护员培训班通知\n\n培训共开设两期，每期限额40人。\n\n## 联系方式\n\n"
            "- 联系人：李老师\n- 电子邮箱：redcross@donghu.edu.cn\n")
    emb = HashEmbedder()
    index = PassageIndex.build([parse_text(text, "notice.md")], emb, tmp_path / "ix", second_opinion=None)
    searcher = Searcher(index, emb)
    c = Candidates.of(index, np.arange(len(index.paragraphs)))
    qv = emb.encode_queries(["redcross donghu email"])[0]
    _, sent_cos = dense(index, searcher.tuning, searcher.heading_line, c, qv, "en")
    flat = [s for p in index.paragraphs for s in p.sentences]
    at = next(i for i, s in enumerate(flat) if "@" in s)
    row = int(np.searchsorted(np.cumsum(c.counts), at, side="right"))
    para_cos = index.para_vecs.vectors(c.rows[row:row + 1]) @ qv + searcher.tuning.cross_language_offset
    assert sent_cos[at] == pytest.approx(float(para_cos[0]), abs=1e-5)
    assert sent_cos[at - 1] != pytest.approx(float(para_cos[0]), abs=1e-5)  # the contact's name line keeps its own
