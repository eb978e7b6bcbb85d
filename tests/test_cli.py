"""The command-line contract, run as users and scoring tools run it: the installed console script."""
from __future__ import annotations

import json
import os
import subprocess

import pytest
from reportbot.bot.commands import too_long
from reportbot.bot.render import answer_text
from reportbot.bot.settings import Settings
from reportbot.testing.fakebotapi import PATIENCE

from tests.conftest import CLUB, CLUB_TITLE, copy_folder
from tests.drive import REPORTBOT, run
from tests.files import docx_with, encrypted_pdf


def test_ask_json_follows_the_contract(club_dir):
    p = run(["ask", "--json", "城南游泳俱乐部有多少名注册会员？"], club_dir)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) >= {"question", "answer", "abstained", "evidence", "passages"}
    assert out["answer"] == "530名" and out["abstained"] is False
    assert out["evidence"] == "截至年底，俱乐部注册会员增至530名，其中持证教练28位。"
    assert len(out["passages"]) == 3
    first = out["passages"][0]
    assert set(first) >= {"doc", "paragraph", "text", "score", "title", "section"}
    assert (first["title"], first["section"], first["paragraph"]) == (CLUB_TITLE, "二、会员与教练", 2)
    scores = [x["score"] for x in out["passages"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_reads_stdin_one_question_a_line(club_dir):
    questions = "俱乐部配备了几台除颤器？\n\nWhat is the capital of France?\n这份简报的标题是什么？\n"
    p = run(["ask", "--json", "-k", "1"], club_dir, stdin=questions)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(lines) == 3  # the blank line is no question
    assert lines[0]["answer"] == "6台" and len(lines[0]["passages"]) == 1
    assert lines[1]["abstained"] is True and lines[1]["answer"] == ""
    assert lines[2]["answer"] == CLUB_TITLE


def test_plain_text_answer_cites_its_source(club_dir):
    p = run(["ask", "游泳俱乐部举办了多少期训练课程？"], club_dir)
    assert p.returncode == 0
    assert p.stdout.splitlines()[0] == "86期"
    assert p.stdout.splitlines()[2].strip() == f"— {CLUB_TITLE} · 一、训练与比赛 · 第1段"


@pytest.mark.parametrize("args", [["ask", "-k", "0", "q"], ["ask", "-k", "x"], ["frobnicate"], [], ["docs"],
                                  ["eval"], ["ask", "--nope"]])
def test_usage_errors_exit_2_with_one_line(args, data_dir):
    p = run(args, data_dir)
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
    assert p.stdout == ""


def test_a_question_over_500_characters_on_the_command_line_is_refused_as_on_stdin(tmp_path):
    p = run(["ask", "--json", "救援队" * 200], tmp_path / "none")  # refused unsearched: no index opened or built
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert (out["abstained"], out["answer"], out["passages"]) == (True, "", [])
    # the reply's language is the bot's rule: an English question quoting a Chinese word is answered in English
    p = run(["ask", "What does 救援 mean in this sentence? " * 20], tmp_path / "none")
    assert p.returncode == 0 and p.stdout.startswith("That question is too long (at most 500 characters)"), p.stdout


def test_the_too_long_refusal_takes_the_terminals_chinese_wording_as_every_reply_does(tmp_path):
    # a question in characters written alike in both scripts is answered in the asker's own: a zh_HK or zh_TW
    # terminal reads traditional characters, as a zh-hk or zh-tw Telegram user does; other terminals simplified
    question = "你好中文" * 130
    plain = {"LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    said = {locale: run(["ask", question], tmp_path / "none", **plain, LANG=locale).stdout
            for locale in ("zh_HK.UTF-8", "zh_TW.UTF-8", "C.UTF-8")}
    assert said["zh_HK.UTF-8"].startswith("問題太長了（最多 500 個字）") and said["zh_TW.UTF-8"] == said["zh_HK.UTF-8"]
    assert said["C.UTF-8"].startswith("问题太长了（最多 500 个字）")
    assert Settings.from_env({"LANG": "en_US.UTF-8", "LC_ALL": "zh_MO.UTF-8@x"}).locale == "zh_MO"
    # GNU's LANGUAGE list goes first, as gettext reads it, but not in the C locale
    assert Settings.from_env({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_TW:en"}).locale == "zh_TW"
    assert Settings.from_env({"LANG": "C", "LANGUAGE": "zh_TW:en"}).locale == "C"
    # a refusal in the CLI: Hong Kong's wording (文檔) for a zh_HK or zh_MO terminal, Taiwan's (文件) otherwise
    refused = too_long("這間學校總共開了幾門課？")
    assert answer_text(refused, "zh_MO") == answer_text(refused, "zh_HK") == "文檔中沒有找到這個問題的答案。"
    assert answer_text(refused, "zh_TW") == answer_text(refused) == "文件中沒有找到這個問題的答案。"


def test_a_question_with_no_words_is_refused_in_the_terminals_language_long_or_not(tmp_path):
    # digits or marks alone are in no language: the CLI replies in its user's, as the bot does (M3: the ordinary
    # refusal stayed English under a Chinese locale while the too-long one followed it)
    for question, locale, refusal in [("12345", "zh_CN", "文档中没有找到这个问题的答案。"),
                                      ("？？", "zh_HK", "文檔中沒有找到這個問題的答案。"),
                                      ("12345", "en_US", "The documents don't cover this question.")]:
        long = run(["ask", question * 300], tmp_path / "none", LC_ALL="", LC_MESSAGES="", LANGUAGE="",
                   LANG=f"{locale}.UTF-8")
        assert answer_text(too_long(question), locale) == refusal
        assert long.stdout.startswith("That question" if locale == "en_US" else "問題太長" if locale == "zh_HK"
                                      else "问题太长")


def test_bad_settings_are_one_line(data_dir):
    p = run(["ask", "q"], data_dir, ADMIN_USER_IDS="12,abc")
    assert p.returncode == 2 and "ADMIN_USER_IDS" in p.stderr and len(p.stderr.splitlines()) == 1


def test_serve_without_a_usable_token_is_one_clear_line(data_dir):
    for token in ("", "not-a-token"):
        p = run(["serve"], data_dir, TELEGRAM_BOT_TOKEN=token)
        assert p.returncode == 2 and "TELEGRAM_BOT_TOKEN" in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr


def test_junk_questions_get_an_answer_or_a_refusal_never_a_crash(data_dir):
    junk = "\x00\x01\x02\n" + "😀" * 50 + "\n" + "啊" * 3000 + "\n" + "<b>&amp;</b>\n" + "1234567890\n"
    wall = "救援队" * 200 + "\n"  # a wall of the report's words, longer than a question may be (the bot refuses it)
    p = run(["ask", "--json"], data_dir, stdin=junk + wall)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(lines) == 6 and all(x["abstained"] for x in lines)
    assert lines[2]["passages"] == lines[5]["passages"] == []  # refused unsearched


def test_a_fresh_data_dir_builds_from_seeds_and_reuses_the_index(tmp_path, seeded_dir):
    fresh = tmp_path / "fresh"
    copy_folder(seeded_dir / "cache", fresh / "cache")  # vectors by model and text: the build embeds nothing
    p = run(["ask", "--json", "有多少支救援队建立了党支部？"], fresh)
    assert p.returncode == 0, p.stderr
    assert "123" in json.loads(p.stdout)["answer"]
    built = sorted((fresh / "indexes").iterdir())
    p = run(["ask", "--json", "有多少支救援队建立了党支部？"], fresh)
    assert sorted((fresh / "indexes").iterdir()) == built  # loaded, not rebuilt


def test_eval_prints_metrics_per_language_and_misses(club_dir, tmp_path):
    qs = tmp_path / "qs.jsonl"
    qs.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"id": "a", "lang": "zh", "question": "俱乐部配备了几台除颤器？", "answers": ["6台"],
         "evidence": "配备自动体外除颤器6台", "doc": "club.txt"},
        {"id": "b", "lang": "en", "question": "How many gold medals did the club's swimmers win?", "answers": ["99"],
         "evidence": "选手获得金牌17枚"},
        {"id": "c", "lang": "en", "question": "What is the capital of France?", "answers": [], "evidence": None},
    ]), encoding="utf-8")
    p = run(["eval", str(qs)], club_dir)
    assert p.returncode == 0, p.stderr
    head = p.stdout.splitlines()[0]
    for col in ("hit@1", "hit@3", "MRR", "answer", "refused"):
        assert col in head
    assert any(line.startswith("en ") for line in p.stdout.splitlines())
    assert "[b]" in p.stdout and "answer '17枚', want ['99']" in p.stdout and "[a]" not in p.stdout
    p = run(["eval", str(tmp_path / "missing.jsonl")], club_dir)
    assert p.returncode == 1 and len(p.stderr.splitlines()) == 1


def test_docs_add_list_remove(data_dir, tmp_path):
    f = tmp_path / "notes.md"
    f.write_text("# 会议纪要\n\n本次会议决定在宁波新建急救培训基地7个，预计培训学员1.2万人。\n", encoding="utf-8")
    p = run(["docs", "add", str(f)], data_dir)
    assert p.returncode == 0, p.stderr
    doc_id = p.stdout.split()[1]
    listing = run(["docs", "list"], data_dir).stdout
    assert doc_id in listing and "会议纪要" in listing
    assert "7个" in json.loads(run(["ask", "--json", "宁波新建多少个急救培训基地？"], data_dir).stdout)["answer"]
    again = run(["docs", "add", str(f)], data_dir)
    assert again.returncode == 0 and "already" in again.stdout
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ")
    p = run(["docs", "add", str(bad)], data_dir)
    assert p.returncode == 1 and "not supported" in p.stderr
    assert run(["docs", "remove", doc_id], data_dir).returncode == 0
    assert doc_id not in run(["docs", "list"], data_dir).stdout
    p = run(["docs", "remove", "nope"], data_dir)
    assert p.returncode == 1 and "no document" in p.stderr


def test_hostile_files_are_refused_one_line_each_and_the_index_still_answers(club_dir, tmp_path):
    files = {"dots.txt": "。。。，，，".encode(), "empty.txt": b"", "noise.txt": bytes(range(256)) * 40,
             "broken.docx": b"PK\x03\x04 not a zip",
             "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog", "page.pdf": b"<html><body>hi</body></html>",
             "text.docx": b"a plain text file with a docx name", "locked.pdf": encrypted_pdf("secret", "RC4-128"),
             "hollow.docx": docx_with(b"<x/>"),  # these two stopped the command with an internal error
             "scan.txt": encrypted_pdf("secret", "RC4-128")}  # a PDF named .txt; dots.txt stopped the command
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "folder.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")  # opening it to read would wait for a writer for ever
    (tmp_path / "zeros.txt").symlink_to("/dev/zero")  # reading it would never end
    with open(tmp_path / "huge.md", "wb") as f:
        f.truncate(64 * 2**30)  # sparse: 64 GB a reader would hold in memory, more than the machine has
    names = [*files, "folder.txt", "pipe.txt", "zeros.txt", "missing.md", "huge.md"]
    p = run(["docs", "add", *(str(tmp_path / n) for n in names)], club_dir)
    assert p.returncode == 1 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == len(names) and all(line.startswith(f"reportbot: {tmp_path}") for line in lines)
    assert all(line.count(name) == 1 for name, line in zip(names, lines))  # named once (was: dots.txt: dots.txt:)
    assert "Traceback" not in p.stderr and "WARNING" not in p.stderr  # pypdf's complaints about the file
    assert lines[-1].endswith("huge.md: the file is 68719.5 MB; the limit is 20 MB")
    assert "2 documents" in run(["docs", "list"], club_dir).stdout
    assert json.loads(run(["ask", "--json", "俱乐部配备了几台除颤器？"], club_dir).stdout)["answer"] == "6台"


def test_health_tells_ok_degraded_and_broken_apart(club_dir, tmp_path):
    from reportbot.index.library.folder import Library

    p = run(["health"], club_dir)
    assert p.returncode == 0 and p.stdout.startswith("ok: 2 documents, 20 passages")
    club = next(r for r in Library(club_dir).documents() if r.source == "club.txt")
    stored = club_dir / "documents" / f"{club.id}.txt"
    text = stored.read_text(encoding="utf-8")
    stored.unlink()  # deleted by hand: answered from the index, but not ok
    p = run(["health"], club_dir)
    assert p.returncode == 3 and p.stderr.startswith(f"degraded: the stored text of {club.id} (club.txt) is missing")
    assert f"'reportbot docs remove {club.id}'" in p.stderr
    stored.write_text(text, encoding="utf-8")
    Library(club_dir).add("简报\n\n宁波新建急救培训基地7个。".encode(), "a.txt", "admin")  # not built yet
    p = run(["health"], club_dir)
    assert p.returncode == 3 and p.stderr.startswith("degraded:") and "1 document not in it yet" in p.stderr
    indexes = sorted((club_dir / "indexes").iterdir())
    p = run(["ask", "俱乐部配备了几台除颤器？"], club_dir)  # answers from the last good index, builds nothing
    assert p.returncode == 0 and p.stdout.startswith("6台\n") and "1 document not in the index yet" in p.stderr
    assert sorted((club_dir / "indexes").iterdir()) == indexes  # so health stays degraded (one process fewer)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "CURRENT").write_text("gone")
    p = run(["health"], broken)
    assert p.returncode == 1 and p.stderr.startswith("broken:")


async def test_serve_answers_through_a_self_hosted_bot_api_url(club_dir, api):
    """`reportbot serve` as deployed: the console script, long polling, TELEGRAM_BASE_URL, Ctrl-C."""
    import asyncio
    import signal

    from reportbot.testing.fakebotapi import TOKEN

    env = {**os.environ, "REPORTBOT_DATA_DIR": str(club_dir), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": api.base_url, "TELEGRAM_BASE_FILE_URL": api.base_file_url, "LOG_LEVEL": "INFO"}
    proc = subprocess.Popen([REPORTBOT, "serve"], env=env, stderr=subprocess.PIPE, text=True)  # noqa: ASYNC220
    try:
        api.push_message(api.chat(77), api.user(77), "How many gold medals did the club's swimmers win?")
        await api.wait_for(lambda s: api.replies_to(77))
        assert "17枚" in api.replies_to(77)[0]["text"] and CLUB_TITLE in api.replies_to(77)[0]["text"]
        assert "setMyCommands" in api.calls
    finally:
        proc.send_signal(signal.SIGINT)
        err = (await asyncio.to_thread(proc.communicate, timeout=PATIENCE))[1]
    assert proc.returncode == 0
    assert "answered chat=private" in err and TOKEN not in err


def test_one_passage_count_everywhere_and_plurals(tmp_path, seeded_dir):
    fresh = tmp_path / "fresh"
    copy_folder(seeded_dir / "cache", fresh / "cache")  # vectors by model and text: the build embeds nothing
    p = run(["index"], fresh)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("indexed 1 document, 16 passages (")
    assert "building it once" not in p.stderr  # 'index' is the build, not a first build and then 'index' again
    listed = json.loads(run(["docs", "list", "--json"], fresh).stdout)
    assert [d["passages"] for d in listed] == [16] and listed[0]["state"] == "indexed"
    assert "16 passages" in run(["health"], fresh).stdout
    assert run(["docs", "list"], fresh).stdout.splitlines()[-1] == f"1 document in {fresh}"


def test_cli_details_a_newcomer_meets(data_dir, tmp_path):
    for nothing in ("", "\u200b\u200d \ufeff\u200f"):  # blank, or only zero-width and direction marks
        p = run(["ask", nothing], data_dir)
        assert p.returncode == 2 and "empty" in p.stderr
    p = run(["--version"], data_dir)
    assert p.returncode == 0 and p.stdout.startswith("reportbot ")
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    p = run(["ask", "q"], a_file)
    assert p.returncode == 2 and "REPORTBOT_DATA_DIR" in p.stderr and "Errno" not in p.stderr
    # .env in the working folder is read; the environment wins over it
    work = tmp_path / "work"
    work.mkdir()
    (work / ".env").write_text(f"REPORTBOT_DATA_DIR={data_dir}\nADMIN_USER_IDS=1,2\nLOG_LEVEL=ERROR\n")
    env = {k: v for k, v in os.environ.items() if k != "REPORTBOT_DATA_DIR"}
    p = subprocess.run([REPORTBOT, "config"], capture_output=True, text=True, cwd=work,
                       env={**env, "LOG_LEVEL": "WARNING"}, timeout=PATIENCE)
    assert p.returncode == 0, p.stderr
    assert f"data folder     {data_dir}" in p.stdout and str(work / ".env") in p.stdout
    assert "admins          2" in p.stdout and "log level       WARNING" in p.stdout


def test_remove_needs_four_characters_and_asks_on_a_terminal(data_dir):
    import pty

    seed = json.loads(run(["docs", "list", "--json"], data_dir).stdout)[0]["id"]
    p = run(["docs", "remove", seed[:3]], data_dir)
    assert p.returncode == 1 and "at least 4 characters" in p.stderr
    master, slave = pty.openpty()
    os.write(master, b"n\n")
    p = subprocess.run([REPORTBOT, "docs", "remove", seed[:4]], stdin=slave, capture_output=True, text=True,
                       env={**os.environ, "REPORTBOT_DATA_DIR": str(data_dir)}, timeout=PATIENCE)
    os.close(master)
    os.close(slave)
    assert p.returncode == 1 and "[y/N]" in p.stderr and "nothing removed" in p.stderr
    assert seed in run(["docs", "list"], data_dir).stdout
    p = run(["docs", "remove", seed[:4], "--yes"], data_dir)
    assert p.returncode == 0 and seed not in run(["docs", "list"], data_dir).stdout


def closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/bot"


def test_an_unreachable_bot_api_is_retried_one_line_per_attempt(data_dir):
    import signal
    import threading

    from reportbot.testing.fakebotapi import TOKEN

    env = {**os.environ, "REPORTBOT_DATA_DIR": str(data_dir), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": closed_port_url(), "LOG_LEVEL": "INFO"}
    proc = subprocess.Popen([REPORTBOT, "serve"], env=env, stderr=subprocess.PIPE, text=True)  # noqa: ASYNC220
    # no deadline on how soon the attempts come (a loaded machine starts slowly); only a guard against a hang,
    # which fails the test below (the process is then killed and says no second attempt)
    guard = threading.Timer(PATIENCE, proc.kill)
    guard.start()
    lines = []
    while sum("cannot reach the Telegram Bot API" in x for x in lines) < 2 and (line := proc.stderr.readline()):
        lines.append(line)
    proc.send_signal(signal.SIGINT)
    rest = proc.communicate()[1]
    guard.cancel()
    attempts = [x for x in lines if "cannot reach" in x]
    assert len(attempts) == 2 and "attempt 1" in attempts[0] and "attempt 2" in attempts[1]
    assert "Traceback" not in "".join(lines) + rest and TOKEN not in "".join(lines) + rest
    assert proc.returncode == 0


async def test_a_rejected_token_is_one_line_without_the_token(data_dir, api):
    import asyncio

    wrong = "1234567890:" + "A" * 35
    p = await asyncio.to_thread(run, ["serve"], data_dir, TELEGRAM_BOT_TOKEN=wrong,
                                TELEGRAM_BASE_URL=api.base_url, LOG_LEVEL="INFO")
    assert p.returncode == 2
    assert p.stderr.strip().splitlines()[-1] == ("reportbot: the token was rejected by Telegram; "
                                                 "check TELEGRAM_BOT_TOKEN")
    assert "Traceback" not in p.stderr and wrong not in p.stderr and "A" * 35 not in p.stderr


async def test_the_token_is_never_logged_even_at_debug(data_dir, api):
    import asyncio
    import signal

    from reportbot.testing.fakebotapi import TOKEN

    env = {**os.environ, "REPORTBOT_DATA_DIR": str(data_dir), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": api.base_url, "TELEGRAM_BASE_FILE_URL": api.base_file_url, "LOG_LEVEL": "DEBUG"}
    proc = subprocess.Popen([REPORTBOT, "serve"], env=env, stderr=subprocess.PIPE, text=True)  # noqa: ASYNC220
    try:
        api.push_message(api.chat(78), api.user(78), "What time does the pool open on Sundays?")
        await api.wait_for(lambda s: api.replies_to(78))
    finally:
        proc.send_signal(signal.SIGINT)
        err = (await asyncio.to_thread(proc.communicate, timeout=PATIENCE))[1]
    assert "DEBUG" in err and "getUpdates" in err and "[TOKEN]" in err  # the lines that held it are there
    assert TOKEN not in err and TOKEN.split(":")[1] not in err


def test_the_progress_bar_moves_under_a_pseudo_terminal(data_dir):
    import pty

    from reportbot.index.library.folder import Library
    from reportbot.index.retrieval.cache import _batches

    assert list(_batches(54, 64)) == [(0, 8), (8, 24), (24, 54)]  # the first batches are small
    Library(data_dir).add("简报\n\n宁波新建急救培训基地7个。培训救护员1.2万名。".encode(), "a.txt", "admin")
    master, slave = pty.openpty()  # a pseudo-terminal as `script` makes one: it reports 0 x 0
    p = subprocess.run([REPORTBOT, "index"], stderr=slave, stdout=subprocess.PIPE, text=True,
                       env={**os.environ, "REPORTBOT_DATA_DIR": str(data_dir)}, timeout=PATIENCE)
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    assert p.returncode == 0 and "indexing:" in drawn.decode() and "4/4" in drawn.decode()


@pytest.mark.slow
async def test_serve_killed_during_an_upload_answers_at_once_after_a_restart_and_finishes_it(club_dir, api):
    """The fault trial's first case, as deployed: kill -9 mid-build, restart, answer, finish, report."""
    import asyncio
    import signal

    from reportbot.testing.fakebotapi import TOKEN

    env = {**os.environ, "REPORTBOT_DATA_DIR": str(club_dir), "TELEGRAM_BOT_TOKEN": TOKEN, "ADMIN_USER_IDS": "9",
           "TELEGRAM_BASE_URL": api.base_url, "TELEGRAM_BASE_FILE_URL": api.base_file_url, "LOG_LEVEL": "INFO"}
    serve = [REPORTBOT, "serve"]
    paragraphs = [f"第{i}批培训在宁波第{i}中学举行，共培训救护员{i * 37}名，考核通过率百分之{50 + i % 50}。"
                  for i in range(1, 80)]
    data = ("宁波培训记录\n\n" + "\n\n".join(paragraphs) + "\n\n本年度宁波新建急救培训基地7个。").encode()
    api.add_file("big", data)
    first = subprocess.Popen(serve, env=env, stderr=subprocess.DEVNULL)  # noqa: ASYNC220
    try:
        msg = api.push_message(api.chat(9), api.user(9), None,
                               document={"file_id": "big", "file_unique_id": "big", "file_name": "big.txt",
                                         "file_size": len(data)})
        await api.wait_for(lambda s: any(m["method"] == "editMessageText" and "/" in m["text"] for m in s))
    finally:
        first.kill()  # SIGKILL, mid-build
        await asyncio.to_thread(first.wait)
    status = api.replies_to(9)[0]
    assert status["reply_to"] == msg["message_id"] and status["text"].startswith("Adding big.txt")
    second = subprocess.Popen(serve, env=env, stderr=subprocess.PIPE, text=True)  # noqa: ASYNC220
    try:
        api.push_message(api.chat(10), api.user(10), "俱乐部配备了几台除颤器？")
        await api.wait_for(lambda s: api.replies_to(10))  # answered from the last good index
        assert "<b>6台</b>" in api.replies_to(10)[0]["text"]
        await api.wait_for(lambda s: any("Finished after the restart" in m["text"] for m in s
                                         if m.get("message_id") == status["message_id"]))
        api.push_message(api.chat(10), api.user(10), "宁波新建了多少个急救培训基地？")
        await api.wait_for(lambda s: len(api.replies_to(10)) == 2)
        assert "7个" in api.replies_to(10)[1]["text"]
    finally:
        second.send_signal(signal.SIGINT)
        err = (await asyncio.to_thread(second.communicate, timeout=PATIENCE))[1]
    assert "interrupted by a restart: adding big.txt" in err.lower() and "resumed build done" in err


def test_bytes_that_are_not_utf8_in_a_question_or_a_file_name_are_no_internal_error(data_dir, tmp_path):
    """A question typed or piped in another encoding, a file named in one: answered or added, one line at most."""
    env = {**os.environ, "REPORTBOT_DATA_DIR": os.fsencode(str(data_dir))}
    question = b"\xff\xfe" + "这篇文章的标题是什么？".encode()
    for args, stdin in (([b"ask", question], b""), ([b"ask", b"--json"], question + b"\r\n\r\n")):
        p = subprocess.run([REPORTBOT.encode(), *args], input=stdin, capture_output=True, env=env, timeout=PATIENCE)
        assert p.returncode == 0 and b"internal error" not in p.stderr and "擎旗奋进绘新篇".encode() in p.stdout
    club = tmp_path / os.fsdecode(b"\xffclub.txt")
    club.write_bytes(CLUB.encode("gbk"))
    p = subprocess.run([REPORTBOT.encode(), b"docs", b"add", os.fsencode(club)], capture_output=True, env=env,
                       timeout=PATIENCE)
    assert p.returncode == 0 and p.stdout.startswith(b"added ") and b"internal error" not in p.stderr
    assert "(\ufffdclub.txt)" in run(["docs", "list"], data_dir).stdout


def test_a_library_with_every_document_removed_says_so(data_dir):
    seed = json.loads(run(["docs", "list", "--json"], data_dir).stdout)[0]["id"]
    assert run(["docs", "remove", seed, "--yes"], data_dir).returncode == 0
    p = run(["ask", "这篇文章的标题是什么？"], data_dir)
    assert p.returncode == 0 and "no documents" in p.stderr and "docs add" in p.stderr
    p = run(["health"], data_dir)
    assert p.returncode == 1 and p.stderr.startswith("broken: no documents") and "docs add" in p.stderr


def test_a_build_waiting_for_another_says_so_and_then_runs(club_dir):
    """`index` while another process builds (the bot, a second terminal): a line saying it waits, not a hang."""
    import threading

    from reportbot.index.library.folder import Library

    with Library(club_dir).locked():  # what a build under way holds
        proc = subprocess.Popen([REPORTBOT, "index"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "REPORTBOT_DATA_DIR": str(club_dir)})
        threading.Timer(120, proc.kill).start()  # a hang fails the test instead of stopping the suite
        line = proc.stderr.readline()
        assert "another build is running" in line and proc.poll() is None
    out, err = proc.communicate(timeout=PATIENCE)
    assert proc.returncode == 0 and out.startswith("indexed 2 documents, 20 passages"), err



@pytest.mark.parametrize("damage", ['{"documents": [', "[1]", '{"documents": [{"id": 3}]}', "\udcff"])
def test_a_damaged_list_of_documents_is_named_in_one_line(tmp_path, damage):
    """registry.json is written whole or not at all; a bad disk or a hand edit can still break it."""
    assert run(["docs", "list"], tmp_path).returncode == 0  # a fresh folder: the seed report listed
    (tmp_path / "registry.json").write_bytes(damage.encode("utf-8", "surrogateescape"))
    p = run(["docs", "list"], tmp_path)  # was: internal error (JSONDecodeError: Expecting value …)
    assert p.returncode == 1 and p.stdout == "" and len(p.stderr.splitlines()) == 1
    assert p.stderr.startswith("reportbot: the list of documents registry.json is damaged (")  # no server path
