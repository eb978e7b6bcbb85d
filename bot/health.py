"""``reportbot health``: the index loads and answers a probe question."""
from __future__ import annotations

from reportbot.bot.settings import Settings

PROBE = "这篇文章的标题是什么？"


def check(settings: Settings) -> tuple[bool, str]:
    """(healthy, one line saying why) for the data folder the settings name."""
    from reportbot.index.answering.engine import Engine
    from reportbot.index.library.folder import Library
    from reportbot.index.retrieval.embedders import load_embedder
    from reportbot.index.retrieval.passage_index import PassageIndex

    try:
        library = Library(settings.data_dir, settings.seeds_dir)
        current = library.current_path()
        if current is None:
            return False, f"unhealthy: no index in {settings.data_dir} (run 'reportbot index')"
        embedder = load_embedder(settings.embedding_model, settings.query_prompt, settings.passage_prompt)
        index = PassageIndex.load(current, embedder.name)
        answer = Engine(index, embedder).ask(PROBE, 1)
        if not answer.hits:
            return False, "unhealthy: the index answered the probe question with no passage"
    except Exception as exc:  # noqa: BLE001 - a health check reports, never raises
        return False, f"unhealthy: {exc}"
    m = index.manifest
    return True, f"ok: {m['documents']} documents, {m['passages']} passages, model {m['model']}"
