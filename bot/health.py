"""``reportbot health``: ok, degraded or broken, with one line saying why.

- ok (exit 0): the current index loads, answers a probe question and holds every document.
- degraded (exit 3): it answers, but documents added or removed are not in it yet (a build
  was interrupted or failed, or is running now), or a document's stored text is missing (its
  passages are served from the index until its file is added again or it is removed).
- degraded too: its documents were cut into passages by another reportbot's passage cutting
  (``index/library/cutting.py``): it answers, from the old passages, until ``reportbot index``
  re-reads the documents, from their kept files, else their stored texts (``serve`` does so in the background at
  start).
- broken (exit 1): there is no index that can answer.

An ok or re-cut line also counts the documents an older reportbot read that this one could not read again: their
files were never kept (added before reportbot kept them: added again, each is read anew under its id, in its
place and scopes), or a kept file failed to load now
(``index/library/originals.py``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from reportbot.bot.messages import count
from reportbot.bot.settings import Settings

PROBE = "这份文件讲了什么？"  # any question will do: the index must find some passage for it
Status = Literal["ok", "degraded", "broken"]
EXIT: dict[Status, int] = {"ok": 0, "degraded": 3, "broken": 1}


def check(settings: Settings) -> tuple[Status, str]:
    """(status, one line saying why) for the data folder the settings name. Never raises, never builds."""
    from reportbot.index.answering.engine import Engine
    from reportbot.index.library.cutting import cut_otherwise, recut_note
    from reportbot.index.library.folder import Library
    from reportbot.index.retrieval import second_opinion
    from reportbot.index.retrieval.embedders import load_embedder
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.index.retrieval.tokenize import initialize

    try:
        library = Library(settings.data_dir, settings.seeds_dir)
        current = library.current_path()
        if current is None:
            return "broken", f"broken: no index in {settings.data_dir} (run 'reportbot index')"
        if (cache := settings.data_dir / "cache").is_dir():  # jieba's lexicon and USE's parsed form, as `ask` reads
            initialize(cache)  # them (else 1.7 s more of CPU: jieba's whole dictionary parsed, every health check)
            second_opinion.keep_model_in(cache)
        embedder = load_embedder(settings.embedding_model, settings.query_prompt, settings.passage_prompt)
        index = PassageIndex.load(current, embedder.name)
        if not index.paragraphs:
            return "broken", f"broken: no documents in {settings.data_dir} ('reportbot docs add FILE' adds one)"
        if not Engine(index, embedder).ask(PROBE, 1).hits:
            return "broken", "broken: the index answered the probe question with no passage"
        records = library.documents() if library.registry_path.exists() else []
    except Exception as exc:  # noqa: BLE001 - a health check reports, never raises
        return "broken", f"broken: {exc}"
    m = index.manifest
    summary = (f"{count('en', m['documents'], 'document')}, {count('en', m['passages'], 'passage')}, "
               f"model {m['model']}, index of {m['created']}, data folder {settings.data_dir}")
    pending = [r for r in records if r.pending or r.id not in index.docs]
    if pending or set(index.docs) != {r.id for r in records if r.wanted}:
        running = ("; a build is running" if library.building()
                   else "; the next start or 'reportbot index' builds it")
        return "degraded", (f"degraded: answering from an older index; {count('en', len(pending), 'document')} "
                            f"not in it yet{running} ({summary})")
    if textless := [r for r in records if r.wanted and not (library.docs_dir / f"{r.id}.txt").is_file()]:
        names = ", ".join(f"{r.id} ({r.source})" for r in textless)
        return "degraded", (f"degraded: the stored text of {names} is missing from {library.docs_dir}; its passages "
                            f"are served from the index; add its file again ('reportbot docs add FILE') or remove it "
                            f"('reportbot docs remove {textless[0].id}') ({summary})")
    version = cut_otherwise(index)
    note = unread_note(records, library.docs_dir, version is None, library.seeds)
    if version is not None:
        running = "; a build is running" if library.building() else ""
        return "degraded", (f"degraded: answering from an index whose {recut_note(version)}; "
                            f"'reportbot index' re-reads them from their files where kept, else from their stored "
                            f"texts{running} ({summary}){note}")
    return "ok", f"ok: {summary}{note}"


def unread_note(records: list, docs_dir: Path, built_now: bool, seeds: Path | None = None) -> str:
    """"; " and words on the documents an older reportbot read that this one cannot read again ("" when none);
    ``built_now``: the index was built by this reportbot, so a kept file still read by an older one failed to load;
    ``seeds``: the seeds folder, whose files the next build keeps for the seed reports (the admin has none to add)."""
    from reportbot.index.library.originals import unread

    never, kept = unread(records, docs_dir, seeds)
    said = ""
    if never:
        one = len(never) == 1
        said += (f"; {count('en', len(never), 'document')} read by an older reportbot cannot be read again: "
                 f"{'its file was' if one else 'their files were'} never kept (added before reportbot kept files); "
                 f"add {'it' if one else 'them'} again ('reportbot docs add FILE') to read "
                 f"{'it' if one else 'them'} as this one does, under {'its id' if one else 'their ids'}, in "
                 f"{'its' if one else 'their'} place and group scopes")
    if kept and built_now:
        said += (f"; {count('en', len(kept), 'document')} could not be read again from "
                 f"{'its kept file' if len(kept) == 1 else 'their kept files'} (the last build's log says why): "
                 "answered from the text read before")
    return said
