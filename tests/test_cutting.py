"""A data folder whose documents an older reportbot cut into passages: answered from at once, re-cut by
``reportbot index`` and by ``serve``'s start (in the background), reported by ``health``, no document lost.

The older reportbot is this one with the FAQ rule of the thirteenth round undone (a question standing alone on its
line stayed a passage of its own) and an older passage cutting version recorded: what a folder built last round
holds. Real parts throughout: a data folder in tmp_path, the CLI's entry point, the hash embedder.
"""
from __future__ import annotations

import errno
import hashlib
import json
import logging
from pathlib import Path

import pytest
from reportbot.bot import cli
from reportbot.bot.app import build_application
from reportbot.bot.serve import after_start, recut
from reportbot.corpus import cutting as corpus_cutting
from reportbot.corpus import passage_builder
from reportbot.corpus.cutting import CUTTING_VERSION
from reportbot.corpus.split import parse_text
from reportbot.index.library.folder import Library
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

from tests.conftest import SEEDS
from tests.drive import settings_for

FAQ = ("# 城西社区游泳馆常见问题\n\n## 开放时间\n\n**问：夏季每天开放到几点？**\n\n"
       "答：七月和八月每天开放到晚上九点半，每周一上午闭馆换水消毒。\n\n"
       "**Can children under twelve swim alone?**\n\n"
       "Children under twelve swim with an adult beside them in the water.\n")
QUESTION, ANSWER = "问：夏季每天开放到几点？", "答：七月和八月每天开放到晚上九点半，每周一上午闭馆换水消毒。"
BRIEF = "城东社区志愿服务简报\n\n2024年，城东社区志愿者共开展助老服务312次，参与志愿者达到96人。\n"


@pytest.fixture
def older(cli_folder, tmp_path, monkeypatch) -> Path:
    """A data folder (no seed report: two made-up documents) built by the older reportbot, and the environment the
    CLI reads it with: the hash embedder stands in for the model."""
    root, seeds = cli_folder
    library = Library(root, seeds)
    library.add(FAQ.encode(), "pool_faq.md", "admin")
    library.add(BRIEF.encode(), "brief.txt", "admin")
    with monkeypatch.context() as then:
        then.setattr(passage_builder, "asks", lambda text, sentences: False)
        then.setattr(corpus_cutting, "CUTTING_VERSION", CUTTING_VERSION - 1)
        built = library.build(HashEmbedder())
    assert built.manifest["cutting"] == CUTTING_VERSION - 1
    assert QUESTION in [p.text for p in built.paragraphs]  # the older cutting: the question a passage alone
    return root


def current(root: Path) -> PassageIndex:
    return PassageIndex.load(Library(root).current_path())


def sentences(index: PassageIndex) -> set[str]:
    return {s for p in index.paragraphs for s in p.sentences}


def test_reportbot_index_recuts_what_an_older_reportbot_cut_and_loses_no_document(older, capsys):
    before, builds = current(older), sorted((older / "indexes").iterdir())
    assert cli.main(["ask", "--json", "游泳馆夏季开放到几点？"]) == 0  # answered at once from the index it has
    assert json.loads(capsys.readouterr().out)["passages"]
    assert sorted((older / "indexes").iterdir()) == builds  # nothing rebuilt on a question

    assert cli.main(["index"]) == 0
    after = current(older)
    assert after.manifest["cutting"] == CUTTING_VERSION
    assert QUESTION + ANSWER in [p.text for p in after.paragraphs]  # the stored text was parsed again
    assert QUESTION not in [p.text for p in after.paragraphs]
    records = Library(older).documents()
    assert set(after.docs) == set(before.docs) == {r.id for r in records}  # every document, under its id
    assert all(r.state == "indexed" for r in records)
    assert sentences(after) == sentences(before)  # no text lost, only cut otherwise


def test_health_says_an_older_reportbot_cut_the_documents_until_reportbot_index(older, capsys):
    assert cli.main(["health"]) == 3
    said = capsys.readouterr().err
    assert said.startswith("degraded: answering from an index whose documents were cut into passages by an older "
                           f"reportbot (passage cutting {CUTTING_VERSION - 1}; this one cuts {CUTTING_VERSION})")
    assert "'reportbot index' re-reads them from their files where kept, else from their stored texts" in said
    assert cli.main(["ask", "游泳馆夏季开放到几点？"]) == 0
    assert "the index's documents were cut into passages by an older reportbot" in capsys.readouterr().err
    assert cli.main(["index"]) == 0
    capsys.readouterr()
    assert cli.main(["health"]) == 0 and capsys.readouterr().out.startswith("ok: 2 documents")


def test_an_index_built_before_the_version_was_recorded_counts_as_cut_by_an_older_one(older):
    folder = Library(older).current_path()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    del manifest["cutting"]  # what every reportbot before this one wrote
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert QAService(older, None, embedder=HashEmbedder()).cut_otherwise() == 1


async def test_serve_start_rebuilds_an_older_cut_in_the_background_and_switches_to_it(older, caplog):
    svc = QAService(older, None, embedder=HashEmbedder())
    served = svc.engine.index
    assert svc.cut_otherwise() == CUTTING_VERSION - 1 and QUESTION in [p.text for p in served.paragraphs]
    with caplog.at_level(logging.INFO, logger="reportbot"):
        report = await recut(svc)
    assert report is not None and report.documents == 2
    assert svc.cut_otherwise() is None and svc.engine.index is not served  # switched to the new build
    assert QUESTION + ANSWER in [p.text for p in svc.engine.index.paragraphs]
    assert current(older).manifest["cutting"] == CUTTING_VERSION and svc.pending() == ()
    logged = [r.getMessage() for r in caplog.records]
    assert any("re-reading them in the background" in m for m in logged)
    assert any(m.startswith("re-cutting: ") and "texts embedded" in m for m in logged)  # the progress log
    assert await recut(svc) is None  # cut by this reportbot now: nothing more to do


async def test_serve_start_schedules_the_recut_after_the_interrupted_jobs(older, api):
    svc = QAService(older, None, embedder=HashEmbedder())
    await after_start(build_application(settings_for(api, older), svc), svc)
    assert svc.cut_otherwise() is None and QUESTION + ANSWER in [p.text for p in svc.engine.index.paragraphs]


async def test_a_read_only_folder_keeps_answering_from_the_older_cut_and_says_so_once(older, monkeypatch, caplog):
    from reportbot.index.library.lock import FolderLock

    def read_only(self, wait=True):  # the lock file is the first thing a read-only folder refuses to open
        raise OSError(errno.EROFS, "Read-only file system", str(self.root / ".lock"))
    monkeypatch.setattr(FolderLock, "held", read_only)
    svc = QAService(older, None, embedder=HashEmbedder())
    builds = sorted((older / "indexes").iterdir())
    with caplog.at_level(logging.INFO, logger="reportbot"):
        assert await recut(svc) is None
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warned) == 1 and "the data folder is not writable" in warned[0]
    assert "it answers from the index it has" in warned[0] and "older reportbot" in warned[0]
    assert sorted((older / "indexes").iterdir()) == builds and svc.cut_otherwise() == CUTTING_VERSION - 1
    assert svc.ask("游泳馆夏季开放到几点？").hits  # still answering, every document still there
    assert set(svc.engine.index.docs) == {r.id for r in svc.documents()}


def test_adding_to_an_older_cut_keeps_its_version_until_a_full_build(older):
    svc = QAService(older, None, embedder=HashEmbedder())
    svc.add("城北社区简报\n\n2024年城北社区新建儿童阅览室2间。\n".encode(), "north.txt", "admin")
    index = current(older)
    assert len(index.docs) == 3 and QUESTION in [p.text for p in index.paragraphs]  # the append path: old passages
    assert index.manifest["cutting"] == CUTTING_VERSION - 1 and svc.cut_otherwise() == CUTTING_VERSION - 1


# Made-up texts in the documents' styles, with the seed report: their passages change when the cutting does.
SAMPLES = {
    "pool_faq.md": FAQ,
    "brief.txt": BRIEF,
    "plan.md": ("# 年度救护培训计划\n\n## 一、培训安排\n\n全年计划开展以下培训：\n\n- 初级救护员培训12期。\n"
                "- 应急救护师资培训2期。\n\n## 二、经费\n\n| 项目 | 金额 |\n| --- | --- |\n| 培训教材 | 4.6万元 |\n"
                "| 模拟人采购 | 12万元 |\n"),
    "minutes.pdf": ("<!-- page 1 -->\n\n# Harbour Rowing Club Minutes\n\n## Item 1. Opening\n\n"
                    "The chair opened the meeting at 19:00 and welcomed two new members.\n\n<!-- page 2 -->\n\n"
                    "## Item 2. Boats\n\nThe club bought 3 coastal boats for $41,800.\n"),
    "review.pdf": ("<!-- page 1 -->\n\n# 青川市红十字会党建工作综述\n\n"
                   "## 守正笃行启新篇——青川市红十字会“五大”以来党建工作综述\n\n"
                   "- 韩秋白\n\n过去五年，全市红十字系统党的建设全面加强。\n"),
    "notice.md": ("# Rowing Club Notice\n\nThe next meeting will be held on Monday at 7:00 p.m. in the boathouse. "
                  "Members bring their own oars. Sgt. Alan Pryce (No. 4 station) opens the boathouse. "
                  "Keys are signed out by the Sys. Admin Team. Rev. Michael Danvers blesses the boats. "
                  "Tel. 0571 8888 1234 ext. 21.\n"),
    "midyear.txt": "上半年工作总结\n\n上半年惠及困难群众6 2万人次，累计配置AED达2 .1万台。\n\n"
                   "下半年重点做好以下工作：\n\n（一）新增配置AED设备3000台。\n\n（二）开展世界急救日宣传活动。\n",
    "pantry.pdf": ("<!-- page 1 -->\n\n# (anonymous)\n\n## Millbrook Pantry Annual Report 2024\n\n## 1. Our year\n\n"
                   "The pantry was run by Ms. Lynn. The hall opened on Tuesdays.\n"),
    "steps.html": ("# 报名须知\n\n报名步骤如下：\n\n1. 登录平台填写报名表；\n2. 提交材料。\n\n"
                   "东湖大学红十字会\\\n2024年3月4日\n"),
    "drill.md": ("# Drill\n\n0. Check the scene.\n1. Call for help.\n2. | Kit | Use |\n   | --- | --- |\n"
                 "   | Pen | sign |\n\n- Bring a pen.\n"),
    "notice.txt": ("Shelter Notice\n\nThe shelter opens every evening at seven and stays open until\n\n"
                   "==== Page 2 of 3 ====\n\nmidnight for anyone who needs a bed.\n\n—— 2025 ——\n\nA hall opened.\n"),
    "statement.txt": ("Annual Statement\n\n==== Page 1 of 2 ====\n\nThe Society recorded an income of $6.7 million.\n\n"
                      "==== Page 2 of 2 ====\n\nThe trustees met on 22 May.\n\nThe accounts close on\n\n12/31\n"),
    "rota.md": ("# Shelter Rota\n\n## Ref SR/2025/4\n\n## Duties\n\nVolunteers arrive at six.\n\n"
                "## Issued by the Warden\n"),
    "letterhead.txt": ("星海市红十字会文件\n\n星红〔2025〕9号\n\n关于开展培训周活动的通知\n\n"
                       "各区红十字会：\n培训周于9月8日开始。\n"),
    "handbook.pdf": ("<!-- page 1 -->\n\n# Volunteer Handbook\n\n## Riverbend Relief Network\n\n"
                     "## Volunteer Handbook, 2026 Edition\n\n## Welcome\n\nThank you for joining us.\n"),
    "folded.md": ("# Donors\n\n## By month\n\n| Month | Donors | Month | Donors |\n| --- | --- | --- | --- |\n"
                  "| January | 1702 | July | 1811 |\n\n<details><summary>Who may give</summary>\n\nAnyone over 17.\n"),
    "labels.txt": ("星河市红十字会会议纪要\n\n时间：2024年12月18日下午2:30\n"
                   "参会人员：市红十字会理事、监事共27人，各镇街红十字会负责人\n"
                   "列席：市财政局社保科科长\n\n会议情况：\n吴建新同志代表市红十字会作2024年工作报告。2024年，全市红十字会\n"
                   "共募集捐赠款物1268万元，其中资金1042万元、物资折价226万元；\n全年支出1035万元，结余结转233万元。全年开展普及培训\n"
                   "2.86万人次，培训持证救护员4120人；新增配置AED 150台，全\n市累计配置812台。\n"),
    "letter.pdf": ("<!-- page 1 -->\n\n# Hillcrest Rowing Trust\n\n## 14 Quay Street, Bristol BS1 4DJ\n\n"
                   "Tel: 0117 496 0123\n\n## 3 February 2025\n\nDear Member, the meeting is on 28 February.\n\n"
                   "Signed: the Chair\n"),
}
# The passages' fingerprint under each cutting version; a new version records its own (see corpus/cutting.py).
FINGERPRINTS = {2: "1016dfc4833ae7a7138b97ebfbdebeca2cfb44644b6aad6d8297a53560eeb9cf",
                3: "fdc9f1542a1c2d06f612a8edd640b8a641cdabb480cca0a44b19c6c98be7235d",
                4: "cfa7ea05d670876bbc86bb3969cf03ca9098ac45bf2d21f0a03db28593f0ecc2",
                5: "30f0543c2222b7e4d0879ce9d075ff827f4c9f8a8ea1c5432c3e8a2fe42de6f9",
                6: "3b6b52bd69797ac21ba72208a16ceeb87cc9beb9ad405de603fdb850d1a918f9",
                7: "268f80945d9ec9213e571676522036d88a8ebd3dc309bf050da96d314c0efe43",
                9: "bec2d8f07ba961772a8266abd0a2503de2dfd35d22ea9bfd9a2b5beac5854777",  # statement.txt's 12/31 since 9
                # letter.pdf since 10; its date heading a line since review 26
                10: "fcf8b7d7ba594bccc8953e4d0422f3e42c5ef0da54e2aa6045e227433441ee8e",
                # rota.md since 11: its empty headings lines of passages
                11: "a8eec0c962b2287de9626387c1641f2603fc886835e146132522651448411983",
                # 12 (grid-28) reads ruled PDF tables from their lines; no file here draws one
                12: "a8eec0c962b2287de9626387c1641f2603fc886835e146132522651448411983",
                # handbook.pdf since 13: its title block on the header card; letterhead.txt: its title after its number
                13: "6cfe53aeadff622c17095e6b03592c212026a95b244e914a84c917e0cd995db8",
                # 14 (load-29) reads a total row, a site-suffixed html title, rowspans, bold Word headings: none here
                14: "6cfe53aeadff622c17095e6b03592c212026a95b244e914a84c917e0cd995db8",
                # folded.md since 15 (fold-29): its folded table read as halves stacked, its <summary> a line;
                # labels.txt: 列席 a line of its own after a full labelled line
                15: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 16 (foot-29) reads an html page's footer: no sample here has one
                16: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 17 (review-29) reads bold Word label lines, marked lines over paragraphs, footer links: none here
                17: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 18 (mend-30) reads a two-row CJK header by a full-width bracket, a split html title: none here
                18: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 19 (cols-30) reads two-column PDF pages and a continued title: no sample here has one
                19: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 20 (txt-31) reads total rows, formal-numeral parts, long running headers, hanging numbers: none here
                20: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 21 (layout-31) reads three-column PDF pages and a plain text's issuer-and-date line: none here
                21: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 22 (mend-31) reads page-number-only running lines and plain-text table notes: none here
                22: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 23 (layout-32) reads key-figure panels, price lists, wrapped text cells, docx captions: none here
                23: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 24 (docs-32) reads loose html text, bold-paragraph headings, plain-text minutes: none here
                24: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 25 (fy-32) reads an author field in a source line: none here
                25: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 26 (span-32) ends a sentence at a full stop after an identifier (SC012345. ABN …): none here
                26: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                27: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 28 (docs-34) nested list fields, cookie notices, number lines, PDF year tables: none here
                28: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 29 (lead-34) front matter, footnotes, html boxes, e-mail subjects: none here
                29: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 30 (lead-35) html in Markdown, underlined numbered titles, asides, typed contents: none here
                30: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 31 (lead-36) price lists, quote attributions, PDF footnotes drawn first, links boxes: none here
                31: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 32 (lead-37) key-figure panels' first pairs, short leader dots: none here
                32: "676020f6a41ea9a74e1765f0beb0628fce0f76ac35459507fcb129a752861ead",
                # 33 (rows-37) keeps a table's passage as written (``Paragraph.written``), in the fingerprint since
                33: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 34 (lead-38) annex titles, html layout tables, hard-wrapped plain FAQs, wrapped bullets: none here
                34: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 35 (loader-39) footnote marks, a cover's contact lines, PDF bylines: none here
                35: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 36 (lead-39) spaced-out words in aligned tables, decimal outlines, full-width thousands, <br> in
                # cells: none here
                36: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 37 (loader-40) a PDF's box drawn beneath its body, two-line table headers, signatures, speakers,
                # labelled lines, day-and-hour lines, html site footers: none here
                37: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 38 (lead-40) grouped PDF table columns, unit lines, mail threads, signatures: none here
                38: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 39 (review-40's mends) signatures run together, footers, contact rows, day lines, venues: none here
                39: "5a06fc49f65a2c29c33f3437c94c15a6522ffdfe7cbc57d7580d37e5b3cfcec7",
                # 40 (loader-41) a salutation or lead-in line over prose opens that prose's passage; PDF subtitles
                40: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 41 (loader-41b) issuer lines over titles, side boxes before site footers, grouped header phrases,
                # sign-offs, quoted sentences over labelled lines: none here
                41: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 42 (lead-41) numbered PDF table captions, Word tables in cells and year-over-half headers, line
                # breaks after a bracket, plain-text column rules, front matter fields: none here
                42: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 43 (mend41b) quoted time and place fields, closings in reports, meetings over titles, 问： over a
                # question: none here
                43: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 44 (loader-42) label-value fields a line each, footnotes apart, Word headers naming the issue, a
                # label line opening its table: none here
                44: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 45 (rank-42) a table drawn with box-drawing bars is shown (written) as drawn: none here
                45: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 46 (loader-42b) run-in items, Chinese closings, labelled name lists, footers with no site: none here
                46: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 47 (lead-42, lead-42b) long paragraphs wrapped among short lines, plain fenced Markdown blocks, led
                # list items, ideographic field gaps: none here
                47: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 48 (review-42) a closing's issuer line only right over its date or signature: none here
                48: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 49 (review-42) an html footer's closing marked once after a block written as nothing: none here
                49: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 50 (tidy-43) a docx header names its issue by a year standing alone: none here
                50: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 51 (lead-43) an html main's several articles read whole, a PDF table's column groups: none here
                51: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 52 (slides-43) a slide deck's titles, glyph-led bullets and their tails: none here
                52: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 53 (loader-43) item runs with no lead-in, a contact line closing a text, an html caption, a two-line
                # letterhead title, a title's ideographic space: none here
                53: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 54 (context-43) a list of names or a closing read under its lead (Paragraph.lead): none here
                54: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 55 (review-43) a numbered paragraph standing alone is no lead a list of names reads under: none here
                55: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 56 (loader-44) a labelled line under a list, a record's names line, a FAQ's question over a table, a
                # chronicle's dated entries and compiler, a party's signature, a unit's space before a name: none here
                56: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 57 (runs-44) a run of items each ending its sentence read apart, an annex's mark alone: none here
                57: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 58 (lead-44) a PDF's key-figure tiles, a long list cut between items: none here
                58: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 59 (slides-44) a PDF's printed title read once, a chart's figure-led label: none here
                59: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 60 (review-44) a unit's space before a name kept only after a label or a list's mark: none here
                60: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 61 (set-45) an html page's footer box read whole apart, a Word form's signature and note a closing:
                # none here
                61: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 62 (loaders-45) transcripts' turns, marked notes, capitals sections, a footer's short name: none here
                62: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 63 (lead-45) a form's leader lines, headings in capitals, a bulletin's issue line, tight-marked items,
                # an imprint, a layout table's menu cell and copyright row, a press release's end mark: none here
                63: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 64 (set-46) a plain end mark, a heading's number and its space, a kicker, a speaker after a subtitle,
                # a labelled report date, a return's declaration, a legend's bracketed year: none here
                64: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 65 (lead-46) a text a line in each language, a Word title only its page header prints and its footer's
                # lines, a one-page PDF's running header, a Latin word broken between Chinese characters: none here
                65: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 67 (loaders47) a plain text's line back at the margin after an indented group, a plain heading's
                # number and its space, a declaration joined to its signature: none here (the seeds read the same)
                67: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 68 (lead-47) Word's tracked changes accepted, an accordion's buttons its questions, a PDF's raised
                # footnote mark on a line of its own: none here
                68: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 69 (set-48) a plain text's page line with 頁 or ／, a form-fed page's running head read once, rules
                # no blank lines; a GitHub alert's marker; a <title>'s own part a heading opens with; a PDF's chart
                # cited on its page: none here
                69: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 70 (loaders48) a document's own date in figures alone, a plain text's title-block line naming its
                # period over its sections: none here
                70: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 71 (lead48) Word text boxes and year-named headers, a front matter title over a body heading, a
                # plain text's masthead: none here
                71: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 72 (set49) an issuer over an html page's printed title, a front matter title named by the body's
                # organisation, a caption's unit, a Word answer's text after its held table: none here
                72: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 73 (loaders49) a date bounding a span, a Word note typed at the end: none here
                73: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 74 (lead49) a numbered <summary>, a paged running head, a FAQ's numbered questions, a cell's
                # paragraphs: none here
                74: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 76 (loaders50) a contact foot ending a Word file or a page: none here
                76: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 77 (lead50) a Word layout table of section labels, a txt outline, a Markdown grid table, a PDF's
                # run-in labels and two-row header: none here
                77: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                79: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 81 (lead51) wrapped contents leaders, PDF hyphenation, Word soft breaks, html <sup> marks, a
                # compiler's or issuer's dated line: none here
                81: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 82 (lead52) a note among numbered answers, a right-pushed signature, a contents field's name line, a
                # 编制 field: none here
                82: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc",
                # 83 (lead53) a unit in a table header's first cell, a Word content control: none here
                83: "22ee8ba1238a160205e5a508fd1acda65d6db37ad3fa15216564c9c14c53fecc"}


def fingerprint() -> str:
    texts = dict(SAMPLES) | {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    digest = hashlib.sha256()
    for name, text in sorted(texts.items()):
        for p in parse_text(text, name).paragraphs:
            written = [p.written] if p.written else []  # (a table as written, since 33)
            written += [{"lead": p.lead}] if p.lead else []  # (the sentence a passage standing apart reads under, 50)
            digest.update(json.dumps([name, p.number, p.text, p.sentences, p.path, p.page, p.kind, *written],
                                     ensure_ascii=False).encode())
    return digest.hexdigest()


def test_the_cutting_version_is_bumped_when_the_passages_change():
    assert FINGERPRINTS.get(CUTTING_VERSION) == fingerprint(), (
        "the passages corpus/ cuts changed: bump CUTTING_VERSION in corpus/cutting.py (data folders built before are "
        f"then re-cut) and record FINGERPRINTS[{CUTTING_VERSION + 1}] = {fingerprint()!r} here")
