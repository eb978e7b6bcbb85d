"""corpus/: reading, normalising and splitting documents."""
from __future__ import annotations

import pytest
from reportbot.corpus.loaders import UnreadableFileError, UnsupportedFileError, decode_text, read_document
from reportbot.corpus.normalize import normalize
from reportbot.corpus.split import EmptyDocumentError, parse_text, split_sentences

from tests.conftest import REPORT
from tests.files import docx_with, encrypted_pdf

HEADINGS = ("凝心铸魂，政治建设取得新成效", "固本强基，基层党建激发新活力", "务实为民，服务大局彰显新作为")


def test_report_splits_into_15_body_paragraphs_with_metadata_attached():
    text = REPORT.read_text(encoding="utf-8")
    assert sum(1 for line in text.splitlines() if line.strip()) == 20
    doc = parse_text(text, REPORT.name)
    assert len(doc.body) == 15
    assert doc.title == "擎旗奋进绘新篇——浙江省红十字会“七大”以来党建工作综述"
    assert doc.author == "张亚东"
    assert doc.headings == HEADINGS
    bodies = [p.text for p in doc.body]
    # headings, title and author are metadata, never body paragraphs
    assert not any(p in HEADINGS or p.startswith("■") or p == doc.title for p in bodies)
    assert doc.body[0].section is None
    assert doc.body[2].section == HEADINGS[0]
    assert doc.body[6].section == HEADINGS[1] and doc.body[6].text.startswith("五年来，浙江省红十字会以提升")
    assert doc.body[10].section == HEADINGS[2]
    # the header card (paragraph 0) carries title and author for questions about the document
    assert doc.paragraphs[0].number == 0 and "张亚东" in doc.paragraphs[0].text


def test_passage_ids_are_stable_document_id_plus_paragraph_number():
    text = REPORT.read_text(encoding="utf-8")
    a, b = parse_text(text, "a.txt"), parse_text(text.replace("\n", "\r\n"), "b.txt")
    assert a.doc_id == b.doc_id
    assert [p.pid for p in a.body][:2] == [f"{a.doc_id}:1", f"{a.doc_id}:2"]


def test_normalize_full_width_stray_spaces_and_traditional():
    assert normalize("发展成人会员 68.05万名，近2000 个") == "发展成人会员68.05万名，近2000个"
    assert normalize("明确“1＋1＋3”建设目标，１２３支") == "明确“1+1+3”建设目标，123支"
    assert normalize("有多少個救護站建立了黨支部？") == "有多少个救护站建立了党支部？"
    assert normalize("  rescue   teams ") == "rescue teams"


def test_a_space_between_two_fields_of_a_line_stays():
    # 发布单位 and 发布日期 are two fields: run together, the unit's name would run on into the next label
    line = "发布单位：青溪县红十字会办公室　　发布日期：2025年1月6日"
    assert normalize(line) == "发布单位：青溪县红十字会办公室 发布日期：2025年1月6日"
    assert normalize("成人会员 68.05万名，近2000 个") == "成人会员68.05万名，近2000个"


def test_a_figure_a_pdf_split_with_a_space_reads_whole_but_two_figures_stay_two():
    doc = parse_text("上半年工作总结\n\n上半年惠及困难群众6 2万人次，全省公共场所累计配置AED达2 .1万台，"
                     "中小学校覆盖率达到78 %，救援队党支部较20 22年增加8支。\n\n指标对比 2023 2024 年：61个 88个。\n",
                     "summary.txt")
    assert doc.body[0].text == "上半年惠及困难群众62万人次，全省公共场所累计配置AED达2.1万台，中小学校覆盖率达到78%，" \
                               "救援队党支部较2022年增加8支。"
    assert doc.body[1].text == "指标对比2023 2024年：61个88个。"


def test_numbered_paragraphs_after_a_colon_are_one_list_with_the_sentence_that_leads_into_them():
    # before, the lead-in stood alone and won the search for "the 2025 target" over the item that gives it
    doc = parse_text("工作总结\n\n七、2025年工作安排\n\n2025年，省红十字会将重点做好以下工作：\n\n"
                     "（一）培育示范党支部30个。\n\n（二）全年培训持证救护员不少于22万人。\n\n全省红十字系统将确保完成年度任务。\n\n"
                     "八、保障\n\n4.1 保障措施如下：\n\n- 经费保障。\n\n4.2 其余事项另行通知。\n", "summary.txt")
    plan = next(p for p in doc.body if "22万人" in p.text)
    assert plan.kind == "list" and plan.sentences[0] == "2025年，省红十字会将重点做好以下工作："
    assert "（一）培育示范党支部30个。" in plan.sentences
    assert not any(p.text == "2025年，省红十字会将重点做好以下工作：" for p in doc.body)
    assert "确保完成年度任务" not in plan.text  # a paragraph without a number ends the list
    assert next(p for p in doc.body if "4.2" in p.text).kind == "text"  # 4.2 is a clause's number, no item


def test_sentences_keep_closing_quotes():
    s = split_sentences("他说：“好。”然后走了。最后一句没有句号")
    assert s == ["他说：“好。”", "然后走了。", "最后一句没有句号"]


def test_a_time_of_day_written_with_am_or_pm_ends_no_sentence():
    # the evidence quoted for "where is the next meeting" is the whole sentence, place and all
    doc = parse_text("Minutes\n\nThe next board meeting will be held on Wednesday, 11 June 2025, at 7:00 p.m. in "
                     "the Community Room. The meeting closed at 9:12 p.m. Dr. Zhou thanked C. difficile staff.\n",
                     "minutes.md")
    assert doc.body[0].sentences == ("The next board meeting will be held on Wednesday, 11 June 2025, at 7:00 p.m. in "
                                     "the Community Room.", "The meeting closed at 9:12 p.m.",
                                     "Dr. Zhou thanked C. difficile staff.")


def test_a_title_or_a_number_abbreviated_before_a_name_or_in_brackets_ends_no_sentence():
    doc = parse_text("Minutes\n\nIn attendance: Sgt. Alan Pryce, fire liaison. The society is a registered charity "
                     "(No. 1184-220) serving the region. A: Yes.\n", "minutes.md")
    assert doc.body[0].sentences == ("In attendance: Sgt. Alan Pryce, fire liaison.",
                                     "The society is a registered charity (No. 1184-220) serving the region.",
                                     "A: Yes.")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_text_encodings_are_detected(encoding):
    text = "浙江省红十字会推动全省123支救援队建立党支部。"
    assert decode_text(text.encode(encoding)) == text


def test_a_utf8_text_cut_inside_a_character_or_with_a_stray_byte_is_read_as_utf8():
    # a download that stopped inside its last character; a byte of another encoding pasted in (it was refused:
    # "the text encoding could not be recognised")
    text = "浙江省红十字会推动全省123支救援队建立党支部。" * 40
    data = text.encode("utf-8")
    assert decode_text(data[:-1]) == text[:-1]
    stray = decode_text(data[:300] + "café".encode("latin-1") + data[300:])
    assert stray.count("\ufffd") == 1 and stray.replace("caf\ufffd", "") == text


@pytest.mark.parametrize("encoding", ["big5", "cp950"])
def test_traditional_chinese_in_big5_is_read_as_big5_not_as_gbk_mojibake(encoding):
    # Big5 bytes also decode as GB18030, into rare characters and private-use glyphs
    text = "這個游泳俱樂部去年舉辦了十二場比賽，會員共有三百四十名。"
    assert decode_text(text.encode(encoding)) == text
    assert "三百四十名" in read_document(text.encode(encoding), "club.txt")


def test_hard_wrapped_pdf_lines_are_joined_back():
    text = ("浙江省红十字会推动全省救援队建立党支部，各救援队党支部充分发\n"
            "挥战斗堡垒作用，年均出动约1500次，调派队员紧急出勤超过十万\n"
            "人次，受益群众六十万人次。省红十字应急搜救队党支部获评先进\n"
            "”基层党组织。\n"
            "第二段从这里开始，内容讲的是数字化改革和浙里办上线的事项数量\n"
            "以及办结率等情况。\n")
    doc = parse_text(text, "wrapped.txt")  # text stored by the old pdf loader: plain lines
    assert len(doc.body) == 2
    assert "充分发挥战斗堡垒作用" in doc.body[0].text and "获评先进”基层党组织" in doc.body[0].text


def test_refuses_unsupported_empty_and_binary():
    with pytest.raises(UnsupportedFileError):
        read_document(b"MZ\x90\x00", "tool.exe")
    with pytest.raises(UnreadableFileError):
        read_document(b"   \n", "empty.txt")
    with pytest.raises(UnreadableFileError):
        read_document(bytes(range(256)) * 10, "junk.txt")
    with pytest.raises(EmptyDocumentError):
        parse_text("。。。\n\n", "dots.txt")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_that_opens_without_a_password_is_read_and_one_that_needs_one_is_refused_in_words(algorithm):
    if algorithm.startswith("AES"):  # a venv made before pypdf[crypto] was a dependency: 'pip install -e .'
        pytest.importorskip("cryptography", reason="pypdf[crypto] is not installed")
    assert "412 lifeguards" in read_document(encrypted_pdf("", algorithm), "restricted.pdf")  # was: internal error
    with pytest.raises(UnreadableFileError, match="protected by a password"):
        read_document(encrypted_pdf("secret", algorithm), "locked.pdf")


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
          + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(8))
          + b']><w:document ' + W + b'><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>')


@pytest.mark.parametrize("document_xml", [None, b"<w:document><<<", LAUGHS, b"<w:document " + W + b"/>", b"<x/>"],
                         ids=["no-word-part", "broken-xml", "billion-laughs", "no-body", "not-a-document"])
def test_a_docx_that_is_no_word_document_inside_is_refused_in_one_line(document_xml):
    with pytest.raises(UnreadableFileError, match=r"not a readable \.docx file"):  # was: internal error
        read_document(docx_with(document_xml), "report.docx")


def test_text_with_no_sentence_ends_is_cut_into_bounded_passages_and_nothing_is_lost():
    from reportbot.corpus.assemble import MAX_PASSAGE_CHARS
    from reportbot.corpus.sentences import MAX_SENTENCE_CHARS

    body = ("志愿者在仙居县开展救护培训活动并走访困难群众共计" * 300)[:6600]  # a pasted transcript: no mark at all
    doc = parse_text(f"无标点记录\n\n{body}\n", "transcript.txt")
    passages = [p for p in doc.paragraphs if not p.is_header]
    assert len(passages) >= 11
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    assert all(len(s) <= MAX_SENTENCE_CHARS for p in passages for s in p.sentences)
    assert "".join(p.text for p in passages) == body


def test_a_long_unpunctuated_english_text_is_cut_between_words():
    body = " ".join(f"volunteers walked {n} kilometres to the river station" for n in range(200))
    doc = parse_text(f"Field notes\n\n{body}\n", "notes.txt")
    pieces = [s for p in doc.paragraphs if not p.is_header for s in p.sentences]
    assert len(pieces) > 10
    assert " ".join(pieces).split() == body.split()  # no word or number cut in two


def test_a_zip_or_a_text_named_docx_is_told_apart_in_words():
    import io
    import zipfile

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("notes.txt", "一些文字")
    with pytest.raises(UnreadableFileError, match=r"a zip archive with no Word document in it\)$"):
        read_document(archive.getvalue(), "report.docx")  # was: (KeyError)
    with pytest.raises(UnreadableFileError, match=r"it is no zip archive, as every Word file is\)$"):
        read_document("只是文字".encode() * 20, "report.docx")  # was: (BadZipFile)
    hollow = io.BytesIO()  # a Word document's body with none of the parts that say where it is
    with zipfile.ZipFile(hollow, "w") as z:
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                                        'wordprocessingml/2006/main"><w:body/></w:document>')
    with pytest.raises(UnreadableFileError, match=r"a Word file with parts missing or damaged: KeyError\)$"):
        read_document(hollow.getvalue(), "report.docx")  # was: (KeyError)


def test_a_text_too_long_for_a_document_is_refused_before_it_is_parsed():
    from reportbot.corpus.errors import DocumentTooLargeError
    from reportbot.corpus.limits import LIMITS
    from reportbot.corpus.split import parse_text

    # a 15 MB text of short lines (an export): refused in a second, not after a minute of parsing
    with pytest.raises(DocumentTooLargeError, match=r"characters of text; the limit is 5,000,000"):
        read_document(("志愿者，救援队。\n" * (LIMITS.text_chars // 9 + 1)).encode(), "export.txt")
    lines = "\n".join(f"第{i}条记录已处理完毕。" for i in range(100))
    with pytest.raises(ValueError, match=r"^at least 100 paragraphs; at most 10 per document"):
        parse_text(lines, "log.txt", max_paragraphs=10)
    assert len(parse_text(lines, "log.txt", max_paragraphs=100).paragraphs) == 101  # at the limit: read


def test_an_english_text_in_windows_1252_keeps_its_pound_signs_and_accents():
    # few bytes beyond ASCII and none of them UTF-8: it was read as UTF-8 with a stray byte ("�18,450", "caf�")
    text = "The community café raised £18,450 this year for the food bank.\n" + (
        "Volunteers served 3,400 meals on weekday evenings and on Saturday mornings.\n") * 4
    assert decode_text(text.encode("cp1252")) == text


def test_a_pdf_figure_split_by_a_space_before_its_unit_is_joined():
    # a PDF's text layer puts spaces inside figures; a day, a month, a count are one figure again
    assert normalize("活动于2023年1 2月举行") == "活动于2023年12月举行"
    assert normalize("截至6月1 5日，建成1 5个站点") == "截至6月15日，建成15个站点"
