"""A data folder keeps each added file, so ``reportbot index`` (and ``serve``'s rebuild at start) reads the files an
older reportbot read again with today's loaders: the stored text is replaced, the document keeps its id and its place
in the list; a file that fails to load now keeps the old text, with one line saying so; a folder written before files
were kept is re-cut from its stored texts, and ``health`` and ``docs list`` count what could not be read again.

The older reportbot is this one with an older passage cutting version and three of the loaders' faults of earlier
rounds put back: a Word list's numbers and an html <ol>'s numbers not read, and a Big5 text read as GBK. Real parts
throughout: files built here, a data folder in tmp_path, the CLI's entry point, the hash embedder.
"""
from __future__ import annotations

import contextlib
import errno
import io
import json
import logging
from pathlib import Path

import pytest
from reportbot.bot import cli
from reportbot.bot.serve import recut
from reportbot.corpus import cutting as corpus_cutting
from reportbot.corpus import html_loader, loaders
from reportbot.corpus.cutting import CUTTING_VERSION
from reportbot.corpus.docx_numbering import DocxNumbering
from reportbot.index.library import service as service_module
from reportbot.index.library.folder import Library
from reportbot.index.library.service import QAService
from reportbot.index.retrieval import embedders
from reportbot.testing.fakes import HashEmbedder

STEPS = ["登录社区服务平台填写报名表。", "携带身份证到社区服务中心确认。", "按时参加周六上午的培训课。"]
BRIEF_HANT = ("城西社區志願服務簡報\n\n2024年城西社區志願者開展助老服務312次，參與志願者96人，服務時長合計1840小時。"
              "社區還組織了12場垃圾分類宣傳活動，發放宣傳冊3000份。\n")


def steps_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("城南社区急救培训须知", style="Title")
    d.add_paragraph("报名参加急救培训的步骤如下：")
    for step in STEPS:
        d.add_paragraph(step, style="List Number")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


DONATE_HTML = ("<html><body><h1>城北社区献血须知</h1><p>献血前请注意以下事项：</p><ol>"
               "<li>前一天晚上保证充足睡眠。</li><li>献血前吃清淡早餐，不喝酒。</li></ol></body></html>")
NOTICE_MD = "# 城东社区停水通知\n\n城东社区将于6月3日上午8时至12时停水检修，请居民提前储水。\n"
FILES = {"steps.docx": steps_docx, "donate.html": lambda: DONATE_HTML.encode(),
         "brief.txt": lambda: BRIEF_HANT.encode("big5"), "notice.md": lambda: NOTICE_MD.encode()}


@contextlib.contextmanager
def older_reportbot(monkeypatch):
    """This reportbot as an older one read files: an older version number, and three faults of its loaders."""
    with monkeypatch.context() as then:
        then.setattr(corpus_cutting, "CUTTING_VERSION", CUTTING_VERSION - 1)
        then.setattr(DocxNumbering, "label", lambda self, part: None)  # a Word list item: its number not read
        then.setattr(html_loader, "_number", lambda li, numbers: None)  # an <ol> item: its number not read
        then.setattr(loaders, "chinese_legacy", lambda data: data.decode("gb18030", "replace"))  # Big5 as GBK
        yield


@pytest.fixture
def folder(cli_folder, tmp_path, monkeypatch) -> Path:
    """A data folder (no seed report) whose four files an older reportbot added, through the CLI (the last one, a
    Markdown file, read as this reportbot reads it)."""
    root, seeds = cli_folder
    for name, make in FILES.items():
        (tmp_path / name).write_bytes(make())
    with older_reportbot(monkeypatch):
        assert cli.main(["docs", "add", *(str(tmp_path / name) for name in FILES)]) == 0
    return root


def passages(capsys, question: str) -> list[str]:
    capsys.readouterr()
    assert cli.main(["ask", "--json", "-k", "5", question]) == 0
    return [p["text"] for p in json.loads(capsys.readouterr().out)["passages"]]


def listed(root: Path) -> list[tuple[str, str, str]]:
    return [(r.id, r.source, r.title) for r in Library(root).documents()]


def test_reportbot_index_reads_the_files_an_older_reportbot_read_again_keeping_ids_and_order(folder, capsys):
    before = listed(folder)
    assert [s for _, s, _ in before] == list(FILES) and "城西社區志願服務簡報" not in before[2][2]  # read as GBK
    assert not any(STEPS[0] in p and "1. " in p for p in passages(capsys, "报名参加急救培训的第一步是什么？"))
    assert cli.main(["index"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("indexed 4 documents") and out.rstrip().endswith("; 4 documents read again from their files")

    listed_steps = passages(capsys, "报名参加急救培训的第一步是什么？")
    assert any(f"1. {STEPS[0]}" in p and f"3. {STEPS[2]}" in p for p in listed_steps)
    assert any("1. 前一天晚上保证充足睡眠" in p for p in passages(capsys, "献血前一天晚上要注意什么？"))
    assert any("助老服務312次" in p for p in passages(capsys, "城西社区志愿者开展助老服务多少次？"))
    after = listed(folder)
    assert [(i, s) for i, s, _ in after] == [(i, s) for i, s, _ in before]  # each under its id, in its place
    assert after[2][2] == "城西社區志願服務簡報"  # the title the old reading gave is the new reading's now
    assert (folder / "documents" / f"{after[0][0]}.txt").read_text(encoding="utf-8").count("1. ") == 1
    assert cli.main(["health"]) == 0 and "older reportbot" not in capsys.readouterr().out
    assert cli.main(["index"]) == 0 and "read again" not in capsys.readouterr().out  # read once


async def test_serve_start_reads_the_kept_files_again_in_the_background(folder):
    svc = QAService(folder, None, embedder=HashEmbedder())
    assert svc.cut_otherwise() == CUTTING_VERSION - 1
    report = await recut(svc)
    assert report is not None and report.read_again == 4
    answer = svc.ask("城西社区志愿者开展助老服务多少次？", 3)
    assert any("助老服務312次" in h.paragraph.text for h in answer.hits)  # quoted in its own script
    assert "城西社區志願服務簡報" in answer.titles.values()


def test_a_build_that_fails_after_the_files_are_read_again_leaves_the_folder_answering_as_before(folder, capsys,
                                                                                                  monkeypatch):
    from reportbot.index.retrieval.passage_index import PassageIndex

    question = "报名参加急救培训的第一步是什么？"

    def found() -> list[tuple[str, int, str]]:  # a traditional text's passages are shown through its stored text,
        capsys.readouterr()  # read again already: compared by place there
        assert cli.main(["ask", "--json", "-k", "5", question]) == 0
        return [(p["doc"], p["paragraph"], p["text"] if p["source"] != "brief.txt" else "")
                for p in json.loads(capsys.readouterr().out)["passages"]]
    answered, builds, ids = found(), sorted((folder / "indexes").iterdir()), listed(folder)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    with monkeypatch.context() as full:
        full.setattr(PassageIndex, "build", disk_full)
        full.setattr(PassageIndex, "save", disk_full)
        assert cli.main(["index"]) == 1
    assert capsys.readouterr().err == "reportbot: the disk is full\n"  # one line
    assert found() == answered  # the index in use answers as before
    assert [b for b in sorted((folder / "indexes").iterdir()) if (b / "manifest.json").is_file()] == builds
    assert cli.main(["health"]) == 3 and "older reportbot" in capsys.readouterr().err
    assert cli.main(["index"]) == 0  # the texts read again before the failure are built now
    assert any(f"1. {STEPS[0]}" in p for p in passages(capsys, question))
    assert [i for i, _, _ in listed(folder)] == [i for i, _, _ in ids]


@pytest.mark.parametrize("fault", ["corrupt", "raises"])
def test_a_file_that_fails_to_load_now_keeps_its_old_text_and_says_so_in_one_line(folder, capsys, caplog, monkeypatch,
                                                                                   fault):
    docx_id, html_id, _, _ = (i for i, _, _ in listed(folder))
    old_text = (folder / "documents" / f"{docx_id}.txt").read_text(encoding="utf-8")
    if fault == "corrupt":
        (folder / "documents" / f"{docx_id}.original.docx").write_bytes(b"PK\x03\x04 not a Word file any more")
    else:
        def raises(data):
            raise IndexError("list index out of range")
        monkeypatch.setattr(loaders, "docx_blocks", raises)
    with caplog.at_level(logging.WARNING, logger="reportbot"):
        assert cli.main(["index"]) == 0
    said = capsys.readouterr()
    assert said.out.rstrip().endswith("; 3 documents read again from their files")
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]  # the log's one line
    assert line.startswith(f"could not read {docx_id} (steps.docx) again from its file: ")
    assert line.endswith("; its text as read before is kept") and "\n" not in line
    assert ("IndexError: list index out of range" if fault == "raises" else "not a readable .docx file") in line
    assert not any(r.exc_info for r in caplog.records)  # no traceback
    assert said.err.strip() == ("reportbot: note: 1 document could not be read again from its kept file (the last "
                                "build's log says why): answered from the text read before")
    assert (folder / "documents" / f"{docx_id}.txt").read_text(encoding="utf-8") == old_text
    assert [i for i, _, _ in listed(folder)][:2] == [docx_id, html_id]
    assert any(STEPS[0] in p for p in passages(capsys, "报名参加急救培训的第一步是什么？"))  # still answered
    assert cli.main(["health"]) == 0
    assert "1 document could not be read again from its kept file" in capsys.readouterr().out


def test_a_folder_written_before_files_were_kept_is_recut_and_counted_until_added_again(folder, capsys, tmp_path):
    for kept in (folder / "documents").glob("*.original.*"):
        kept.unlink()
    registry = json.loads((folder / "registry.json").read_text(encoding="utf-8"))
    for record in registry["documents"]:
        del record["cutting"]  # what every reportbot before this one wrote
    (folder / "registry.json").write_text(json.dumps(registry, ensure_ascii=False), encoding="utf-8")
    before = listed(folder)

    assert cli.main(["index"]) == 0
    said = capsys.readouterr()
    assert "read again" not in said.out
    assert "4 documents read by an older reportbot cannot be read again: their files were never kept" in said.err
    assert listed(folder) == before
    assert not any("1. " in p for p in passages(capsys, "报名参加急救培训的第一步是什么？"))
    assert cli.main(["health"]) == 0
    assert "4 documents read by an older reportbot cannot be read again" in capsys.readouterr().out
    assert "add them again ('reportbot docs add FILE') to read them as this one does, under their ids, in their " \
        "place and group scopes" in said.err
    assert cli.main(["docs", "list"]) == 0
    listing = capsys.readouterr().out
    assert listing.count("[read by an older reportbot; file not kept]") == 4 and "add them again" in listing
    # an admin in Telegram sees the same on /docs
    from reportbot.bot.format import format_docs

    svc = service_module.QAService(folder, tmp_path / "seeds", embedder=HashEmbedder(), open_index=False)
    records = svc.documents()
    [page] = format_docs(records, "en", svc.never_kept(records))
    assert page.count("file not kept: send it again") == 4
    # and /reindex's reply counts them, beside those read again from their kept files
    from reportbot.bot.admin import reindexed_text
    from reportbot.index.library.served import BuildReport

    said = reindexed_text(BuildReport(9, 40, 0, 1.5, read_again=2), "en", len(svc.never_kept(records)))
    assert "Read again from their kept files: 2 documents." in said
    assert "with no kept file: 4 documents (marked in /docs; send each again" in said
    assert "3 篇文档" in reindexed_text(BuildReport(9, 40, 0, 1.5), "zh", 3) and "再发一次" in reindexed_text(
        BuildReport(9, 40, 0, 1.5), "zh", 3)

    # added again, as the note advises: each file is kept for its document and read again, under its id, in its place
    notice = tmp_path / "notice.md"
    assert cli.main(["docs", "add", str(notice)]) == 0
    assert capsys.readouterr().out.startswith(f"added {before[3][0]} ")
    assert (folder / "documents" / f"{before[3][0]}.original.md").read_bytes() == notice.read_bytes()
    assert cli.main(["docs", "add", str(tmp_path / "steps.docx")]) == 0
    assert capsys.readouterr().out.startswith(f"added {before[0][0]} ")  # read otherwise now: the id it had
    assert [i for i, _, _ in listed(folder)] == [i for i, _, _ in before]
    assert cli.main(["health"]) == 0
    assert "2 documents read by an older reportbot cannot be read again: their files were never kept" in \
        capsys.readouterr().out
    assert any(f"1. {STEPS[0]}" in p for p in passages(capsys, "报名参加急救培训的第一步是什么？"))


def test_a_removed_document_takes_its_kept_file_with_it(folder, capsys):
    docx_id = listed(folder)[0][0]
    kept = folder / "documents" / f"{docx_id}.original.docx"
    assert kept.read_bytes()[:2] == b"PK"
    assert cli.main(["docs", "remove", "--yes", docx_id]) == 0
    assert not kept.exists() and not (folder / "documents" / f"{docx_id}.txt").exists()
    assert sorted(p.name for p in (folder / "documents").glob("*.original.*")) == sorted(
        f"{i}.original.{s.rsplit('.', 1)[1]}" for i, s, _ in listed(folder))


# an html page's definition list, <details> entries and a header over two rows (read so since cutting 15)
PAIRS_HTML = ("<h1>Cover</h1><dl><dt>First aider</dt><dd>A trained volunteer.</dd></dl><details><summary>Do you "
              "travel</summary><p>Yes.</p></details><table><tr><th rowspan='2'>Level</th><th colspan='2'>Price</th>"
              "</tr><tr><th>Hour</th><th>Day</th></tr><tr><td>Bronze</td><td>38</td><td>250</td></tr></table>")


# Files in the forms the loaders read otherwise than they once did: what they read changes when a loader does.
def loaded_files() -> dict[str, bytes]:
    from tests.files import make_docx, make_pdf

    minutes = [["Harbour Rowing Club Minutes", "The chair opened the meeting at 19:00 and welcomed two new",
                "members from the harbour school.", "", "The club bought 3 coastal boats for $41,800."],
               ["Item 2. Training", "Name      Sessions      Hours", "Juniors      12      36",
                "Seniors      8      24", "Masters      4      10"]]
    from tests.test_docx_counting import _docx as counted_docx

    lists = ('<h1>Boathouse</h1><ol style="list-style: inside decimal"><li>Unlock the shed.</li><li>Count the oars.'
             '</li></ol><ol start="0"><li>Check the tide.</li><li>Launch.</li></ol><ol><li>Rig the boat.<ol start="3">'
             '<li>Fit the rudder.</li><li>Tie the painter.</li></ol></li><li>Row out.</li></ol>')
    signed = [["Boathouse Notice", "The boathouse opens at 7:00 on Saturdays for members and guests.",
               "Contact: Ms. Lynn Harper", "Signed: the Committee", "Date: 4 March 2024"]]
    return {"steps.docx": steps_docx(), "report.docx": make_docx(), "donate.html": DONATE_HTML.encode(),
            "counted.docx": counted_docx(), "lists.html": lists.encode(), "signed.pdf": make_pdf(signed),
            "notice.html": ("<h1>通知</h1><p>东湖大学红十字会<br>2024年3月4日</p><table><tr><th>项目</th>"
                            "<th>金额</th></tr><tr><td>培训教材</td><td>4.6万元</td></tr></table>").encode(),
            "minutes.pdf": make_pdf(minutes), "brief.txt": BRIEF_HANT.encode("big5"), "notice.md": NOTICE_MD.encode(),
            "pairs.html": PAIRS_HTML.encode()}


# What the loaders read from those files under each cutting version, from the version it was first recorded at.
LOADINGS = {6: "7cd7b4a72d91e51b93dd29668220808b9940ebfb3f7f366ebf4a215b8b4c5c8d",
            7: "7cd7b4a72d91e51b93dd29668220808b9940ebfb3f7f366ebf4a215b8b4c5c8d",
            9: "6057f4c381856615a4d88723a9578ca61d6827a9806c6b45da5a320d80e74e8c",
            10: "6057f4c381856615a4d88723a9578ca61d6827a9806c6b45da5a320d80e74e8c",
            # the loaders read every file as under 10: cutting 11 changed how headings become passages
            11: "6057f4c381856615a4d88723a9578ca61d6827a9806c6b45da5a320d80e74e8c",
            # 12 (grid-28) reads a PDF table drawn as a ruled grid from its lines: no file here draws one
            12: "6057f4c381856615a4d88723a9578ca61d6827a9806c6b45da5a320d80e74e8c",
            # 13 (title-28) moved title-block lines to the header card: the loaders read every file as before
            13: "6057f4c381856615a4d88723a9578ca61d6827a9806c6b45da5a320d80e74e8c",
            # 14 (load-29) reads an html <title> with a site's name, a rowspan, a Word file's bold headings: none here
            14: "6057f4c381856615a4d88723a9578ca61d6827a9806c6b45da5a320d80e74e8c",
            # 15 (fold-29): pairs.html's definitions led by their terms, its summary a line, its header rows combined
            15: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 16 (foot-29) reads an html page's footer: no sample here has one
            16: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 17 (review-29) reads bold Word label lines and a footer's links: none here
            17: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 18 (mend-30) reads a two-row CJK header by a full-width bracket, a split html title: none here
            18: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 19 (cols-30) reads two-column PDF pages and a continued title: none here
            19: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 20 (txt-31) reads long running headers and hanging item numbers in PDFs: none here
            20: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 21 (layout-31) reads three-column PDF pages and a plain text's issuer-and-date line: none here
            21: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 22 (mend-31) reads page-number-only running lines and plain-text table notes: none here
            22: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 23 (layout-32) reads key-figure panels, price lists, wrapped text cells, docx captions: none here
            23: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 24 (docs-32) reads loose html text, bold-paragraph headings, plain-text minutes: none here
            24: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 25 (fy-32) reads an author field in a source line: none here
            25: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 26 (span-32) cuts sentences after an identifier: none here
            26: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            27: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 28 (docs-34) reads cookie boxes and PDF year tables otherwise: none here
            28: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 29 (lead-34) reads front matter, html boxes and two-row headers otherwise: none here
            29: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 30 (lead-35) reads html in Markdown, asides and typed contents otherwise: none here
            30: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 31 (lead-36) reads price lists, quote attributions and PDF footnotes drawn first otherwise: none here
            31: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 32 (lead-37) reads key-figure panels' first pairs and short leader dots otherwise: none here
            32: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 33 (rows-37) keeps a table's passage as written: the loaders read every file as before
            33: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 34 (lead-38) reads annex titles, html layout tables, hard-wrapped FAQs otherwise: none here
            34: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 35 (loader-39) footnote marks, a cover's contact lines, PDF bylines: none here
            35: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 36 (lead-39) writes a <br> in an html table's cell as <br>, a decimal outline's bold Word headings by
            # depth: none here
            36: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 37 (loader-40) a PDF's box drawn beneath its body, two-line table headers, signatures, html site
            # footers: none here
            37: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 38 (lead-40) grouped PDF table columns, unit lines, footers beside the page number: none here
            38: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 39 (review-40's mends) signatures run together, footer lines, contact rows, day lines, venues: none here
            39: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 40 (loader-41) reads PDF subtitles, one-page page numbers, Word notes parts: none here
            40: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 41 (loader-41b) issuer lines, side boxes before site footers, grouped header phrases: none here
            41: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 42 (lead-41) numbered PDF table captions, Word tables in cells, year-over-half headers: none here
            42: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 43 (mend41b) Word data tables holding a table in a cell: none here
            43: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 44 (loader-42) label-value fields a line each, PDF footnotes apart, Word headers naming the issue: none
            # here
            44: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 45 (rank-42) a box-drawn table's passage shown as drawn: no stored text changes
            45: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 46 (loader-42b) run-in items, Chinese closings, labelled name lists, numbered labels' spaces: none here
            46: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 47 (lead-42, lead-42b) plain fenced Markdown blocks, led list items, ideographic field gaps: none here
            47: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 48 (review-42) a closing's issuer line only right over its date or signature: no stored text changes
            48: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 49 (review-42) an html footer's closing marked once after a block written as nothing: none here
            49: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 50 (tidy-43) a docx header names its issue by a year standing alone: none here
            50: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 51 (lead-43) an html main of several articles read whole, a PDF table's row of column groups: none here
            51: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 52 (slides-43) a slide deck's titles, glyph-led bullets and their tails: none here
            52: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 53 (loader-43) item runs with no lead-in, a contact line closing a text, an html caption, a two-line
            # letterhead title, a title's ideographic space: none here
            53: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 54 (context-43) a list of names or a closing read under its lead: no stored text changes
            54: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            55: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",  # leads only (review-43)
            # 56 (loader-44) set 39's faults and a party's signature line: none here
            56: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 57 (runs-44) item runs and an annex's mark are read in cutting: no stored text changes
            57: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 58 (lead-44) a PDF's key-figure tiles: none here
            58: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 59 (slides-44) no PDF here prints its title field's title, nor a chart's figure-led label
            59: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 60 (review-44) a unit's space before a name kept only after a label: none here
            60: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 61 (set-45) a footer box in a page read whole, a Word form's signature and note: none here
            61: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 62 (loaders-45) no made-up file here is a transcript, marked notes, a capitals section or a footer's name
            62: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 63 (lead-45) a layout table's menu cell and copyright row: none here
            63: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 64 (set-46) one copyright pattern (版權告示 goes from a footer): no made-up file here has one
            64: "47ffeedc372ed4c4d9ca43c574454eac30a25353f740955bce5a23a83bea1360",
            # 65 (lead-46) a one-page PDF's running header: signed.pdf's (``Harbour City Branch - Board Minutes - Page
            # 1 of 1``) is furniture, its title ``Boathouse Notice``; no Word file here has a header title or footer
            65: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 67 (loaders47) plain-text margins, headings' numbers and joined declarations: no made-up file here
            67: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 68 (lead-47) tracked changes, accordion questions, raised marks on a line of their own: no made-up file
            # here has one
            68: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 69 (set-48) a <title>'s own part a heading opens with, a PDF's chart cited on its page: no made-up file
            # of that shape
            69: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 70 (loaders48) own dates in figures alone, a period line over a plain text's sections: no made-up file
            # here has one
            70: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 71 (lead48) text boxes, a header naming a year, a front matter over a body heading, a masthead: no
            # made-up file here has one
            71: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 72 (set49) an issuer over an html page's printed title, a front matter's title named by the body's
            # organisation, a caption's unit, an answer's text after its held table: no made-up file here has one
            72: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 73 (loaders49) a date bounding a span, a Word note typed at the end: no made-up file here has one
            73: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 74 (lead49) a numbered <summary>, a paged running head, a FAQ's numbered questions: no made-up file
            # here has one
            74: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 76 (loaders50) a contact foot: read at cutting, no stored text changes
            76: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 77 (lead50) a Word layout table of section labels, a txt outline, a Markdown grid table, a PDF's
            # run-in labels and two-row header: no made-up file here has one
            77: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            79: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 81 (lead51) PDF hyphenation, wrapped contents leaders, Word soft breaks, html <sup> marks: no made-up
            # file here has one
            81: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            82: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd",
            # 83 (lead53) a unit in a table header's first cell, a Word content control: no made-up file here has
            # one
            83: "58fbf62006c1f4464d08c266443966ab12b24f27b76bf4131e465da41e85a4dd"}
# counted.docx, lists.html and signed.pdf since 9 (mend-25): the forms tidy-25 read otherwise (an empty numbered
# Word paragraph, a numbered table cell, a numbered heading style; list-style: inside decimal, start="0", a nested
# start="3"), which the files before did not hold, so 6 and 7 read alike here;
# and a PDF's label and signature lines set in the body size.
# 10 (title-26) reads these files as 9 did: its PDF sizes find no heading here.


def loading_fingerprint() -> str:
    import hashlib

    from reportbot.corpus.loaders import read_document

    digest = hashlib.sha256()
    for name, data in sorted(loaded_files().items()):
        digest.update(json.dumps([name, read_document(data, name)], ensure_ascii=False).encode())
    return digest.hexdigest()


def test_the_cutting_version_is_bumped_when_the_loaders_read_a_file_otherwise():
    assert LOADINGS.get(CUTTING_VERSION) == loading_fingerprint(), (
        "the loaders read a file into another stored text: bump CUTTING_VERSION in corpus/cutting.py (the files data "
        f"folders keep are then read again) and record LOADINGS[{CUTTING_VERSION + 1}] = {loading_fingerprint()!r} "
        "here (and the passages' fingerprint in tests/test_cutting.py)")


def test_a_scoped_document_sent_again_is_read_again_under_its_id_in_its_place_and_its_scope(folder, capsys, tmp_path):
    from reportbot.index.library.scopes import Scopes

    before, group = listed(folder), -100123
    docx_id = before[0][0]
    Scopes(folder).add(group, [docx_id])  # a group keeps the steps to itself
    capsys.readouterr()
    assert cli.main(["docs", "add", str(tmp_path / "steps.docx")]) == 0  # as the note advises
    assert capsys.readouterr().out.startswith(f"added {docx_id} ")  # the id it had
    assert [i for i, _, _ in listed(folder)] == [i for i, _, _ in before]  # one copy, in its place
    ids = [i for i, _, _ in listed(folder)]
    assert Scopes(folder).allowed(group, ids) == {docx_id}  # the group still answers from it
    assert docx_id not in Scopes(folder).allowed(None, ids)  # and no other chat sees it
    assert Library(folder).documents()[0].cutting == CUTTING_VERSION
    assert f"1. {STEPS[0]}" in (folder / "documents" / f"{docx_id}.txt").read_text(encoding="utf-8")
    assert (folder / "documents" / f"{docx_id}.original.docx").read_bytes() == (tmp_path / "steps.docx").read_bytes()


def test_a_file_added_again_whose_reading_differs_only_in_line_breaks_is_read_again(folder, capsys, tmp_path):
    notice_id = listed(folder)[3][0]
    stored = folder / "documents" / f"{notice_id}.txt"
    now = stored.read_text(encoding="utf-8")
    stored.write_text(now.replace("，", "，\n"), encoding="utf-8")  # an older reading: the same words, other lines
    (folder / "documents" / f"{notice_id}.original.md").unlink()  # kept by no reportbot then
    assert cli.main(["docs", "add", str(tmp_path / "notice.md")]) == 0
    assert capsys.readouterr().out.startswith(f"added {notice_id} ")  # not "already in the corpus"
    assert stored.read_text(encoding="utf-8") == now  # read again, as this reportbot reads it
    assert Library(folder).documents()[3].cutting == CUTTING_VERSION


@pytest.mark.parametrize("cut_short", ["sketch", "registry"])
def test_a_read_again_cut_short_by_a_full_disk_fails_in_one_line_and_the_next_build_finishes_it(folder, capsys,
                                                                                                monkeypatch, cut_short):
    from reportbot.index.library import folder as folder_module
    from reportbot.index.library import originals

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    brief_id = listed(folder)[2][0]
    with monkeypatch.context() as full:  # the stored texts are written; then the disk is full
        full.setattr(originals if cut_short == "sketch" else folder_module,
                     "keep_sketch" if cut_short == "sketch" else "write_registry", disk_full)
        assert cli.main(["index"]) == 1  # the build fails, loudly
    said = capsys.readouterr()
    assert said.err == "reportbot: the disk is full\n"  # one line: not "could not be read again", no traceback
    assert cli.main(["index"]) == 0
    assert "could not be read again" not in capsys.readouterr().err
    assert listed(folder)[2][2] == "城西社區志願服務簡報"  # the title of the new reading, not the old mojibake
    from reportbot.index.library.resemble import sketch, stored_sketch
    text = (folder / "documents" / f"{brief_id}.txt").read_text(encoding="utf-8")
    assert stored_sketch(folder / "documents", brief_id) == sketch(text)  # what the near-copy notice compares


@pytest.mark.parametrize("write", ["write_atomic", "keep_original"])
def test_an_add_the_full_disk_stops_leaves_no_file_behind(folder, capsys, monkeypatch, tmp_path, write):
    from reportbot.index.library import folder as folder_module

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    files, before = sorted((folder / "documents").iterdir()), listed(folder)
    (tmp_path / "new.md").write_text("# 城北社区停电通知\n\n城北社区将于7月1日停电检修。\n", encoding="utf-8")
    monkeypatch.setattr(folder_module, write, disk_full)
    capsys.readouterr()
    assert cli.main(["docs", "add", str(tmp_path / "new.md")]) == 1
    err = capsys.readouterr().err
    assert err.endswith("\nreportbot: the disk is full\n") and "Traceback" not in err
    assert sorted((folder / "documents").iterdir()) == files and listed(folder) == before  # no orphan


def test_a_seed_report_an_older_reportbot_added_is_kept_from_the_seeds_folder_not_asked_of_the_admin(tmp_path,
                                                                                                       monkeypatch,
                                                                                                       capsys):
    root, seeds = tmp_path / "data", tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "brief.txt").write_bytes(BRIEF_HANT.encode("big5"))  # the report the bot is about
    for name, value in (("REPORTBOT_DATA_DIR", root), ("REPORTBOT_SEEDS_DIR", seeds),
                        ("REPORTBOT_KEEP_UNANSWERED", "false")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(embedders, "load_embedder", lambda *args: HashEmbedder())
    monkeypatch.setattr(service_module, "load_embedder", lambda *args: HashEmbedder())
    monkeypatch.setattr(logging.getLogger(), "level", logging.getLogger().level)
    with older_reportbot(monkeypatch):
        assert cli.main(["index"]) == 0  # a folder an older reportbot started from its seed
    for kept in (root / "documents").glob("*.original.*"):
        kept.unlink()  # before reportbot kept files
    [seed] = Library(root).documents()
    assert seed.added_by == "seed" and "城西社區志願服務簡報" not in seed.title  # Big5 read as GBK
    capsys.readouterr()
    assert cli.main(["health"]) in (0, 3)
    assert "add it again" not in capsys.readouterr().out  # the admin never had the seed file
    assert cli.main(["docs", "list"]) == 0
    assert "file not kept" not in capsys.readouterr().out
    assert cli.main(["index"]) == 0
    assert "1 document read again from its file" in capsys.readouterr().out
    [seed] = Library(root).documents()
    assert seed.title == "城西社區志願服務簡報" and seed.cutting == CUTTING_VERSION
    assert (root / "documents" / f"{seed.id}.original.txt").read_bytes() == (seeds / "brief.txt").read_bytes()
