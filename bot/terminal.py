"""What the CLI's commands share: the service over the data folder opened as a command opens it (its notes on
stderr), a progress bar on a terminal, and text from argv or stdin made printable.

``commands.py`` and ``docs_commands.py`` both take these from here, so neither imports the other's helpers.
"""
from __future__ import annotations

import shutil
import sys

from reportbot.bot.logs import LogProgress
from reportbot.bot.messages import count
from reportbot.bot.settings import Settings

FIRST_BUILD = ("reportbot: no index in {dir} yet; building it once from its documents "
               "({docs}; about 10 s for the seed report)")


def progress_bar(label: str):
    """A progress callback drawing a bar on a terminal (moving as texts are embedded); None elsewhere."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if total == 0:
            return
        if bar is None:
            # a pseudo-terminal may report a size of 0 x 0 (script, some CI): tqdm then draws nothing
            size = shutil.get_terminal_size()
            bar = tqdm(total=total, desc=label, unit="text", file=sys.stderr, leave=False, mininterval=0.2,
                       ncols=size.columns, nrows=size.lines)
        bar.update(done - bar.n)
        bar.refresh()  # the callback comes once a batch: draw each, whatever tqdm's time throttle says
        if done >= total:
            bar.close()
    return update


def open_service(settings: Settings, build: bool = True):
    """The service over the data folder; a first build says so on stderr and shows a bar on a terminal."""
    from reportbot.index.library.folder import Library
    from reportbot.index.library.service import QAService

    library = Library(settings.data_dir, settings.seeds_dir)
    if build and library.current_path() is None:
        library.ensure()
        print(FIRST_BUILD.format(dir=settings.data_dir, docs=count("en", len(library.documents()), "document")),
              file=sys.stderr)
    service = QAService(settings.data_dir, settings.seeds_dir, model=settings.embedding_model,
                        query_prompt=settings.query_prompt, passage_prompt=settings.passage_prompt,
                        progress=progress_bar("indexing") or LogProgress("indexing"), open_index=build,
                        retention=settings.retention)
    if build and service.pending():
        n = count("en", len(service.pending()), "document")
        print(f"reportbot: note: {n} not in the index yet (a build was interrupted or failed); "
              f"answering from the index of {service.about().created}; 'reportbot index' builds it", file=sys.stderr)
    elif build and not service.about().passages:
        print(f"reportbot: note: there are no documents in {settings.data_dir}; 'reportbot docs add FILE' adds one",
              file=sys.stderr)
    elif build and (version := service.cut_otherwise()) is not None:
        from reportbot.index.library.cutting import recut_note

        print(f"reportbot: note: the index's {recut_note(version)}; answering from it; 'reportbot index' re-reads "
              "them", file=sys.stderr)
    return service


def readable(text: str, encoding: str | None = None) -> str:
    """Text from argv or stdin with the bytes its encoding could not read as U+FFFD (Python keeps them as lone
    surrogates, which nothing can print or store)."""
    encoding = encoding or sys.getfilesystemencoding()
    return text.encode(encoding, "surrogateescape").decode(encoding, "replace")


def note_if_waiting(service) -> None:
    """Say on stderr that a change waits for a build already under way (another process, the bot), not hangs."""
    if service.library.building():
        print("reportbot: another build is running in this data folder; waiting for it to finish", file=sys.stderr)
