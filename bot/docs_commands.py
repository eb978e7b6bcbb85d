"""``reportbot docs list | add | remove``: the data folder's documents, as ``commands.py``'s commands print them."""
from __future__ import annotations

import json
import os
import sys

from reportbot.bot.messages import count
from reportbot.bot.settings import Settings
from reportbot.bot.terminal import note_if_waiting, open_service, progress_bar, readable
from reportbot.corpus.errors import DocumentError
from reportbot.corpus.normalize import one_line


def listed(args, settings: Settings) -> int:
    from reportbot.bot.health import unread_note
    from reportbot.index.library.folder import Library
    from reportbot.index.library.originals import unread

    library = Library(settings.data_dir, settings.seeds_dir)
    records = library.documents()
    if args.json:
        print(json.dumps([vars(r) for r in records], ensure_ascii=False, indent=1))
        return 0
    never = {r.id for r in unread(records, library.docs_dir, library.seeds)[0]}
    for r in records:
        state = "" if r.state == "indexed" else f"  [{'pending' if r.state == 'adding' else 'being removed'}]"
        state += "  [read by an older reportbot; file not kept]" if r.id in never else ""
        print(f"{r.id}  {count('en', r.passages, 'passage'):>14}  {r.added_at}  {r.added_by:<10} "
              f"{one_line(r.title)}  ({r.source}){state}")
    note = unread_note([r for r in records if r.id in never], library.docs_dir, False)
    print(f"{count('en', len(records), 'document')} in {settings.data_dir}{note}")
    return 0


def _confirm(question: str) -> bool:
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def remove(args, settings: Settings) -> int:
    from reportbot.index.library.folder import Library

    record = Library(settings.data_dir, settings.seeds_dir).find(args.id)
    named = f"{record.id} {one_line(record.title)}"
    if not args.yes and sys.stdin.isatty() and not _confirm(f"remove {named} ({record.source})?"):
        print("reportbot: nothing removed", file=sys.stderr)
        return 1
    service = open_service(settings)
    note_if_waiting(service)
    record, report = service.remove(record.id, progress_bar("reindexing"))
    print(f"removed {record.id} {one_line(record.title)}; index rebuilt: {count('en', report.passages, 'passage')} "
          f"in {report.seconds:.1f} s")
    return 0


def add(args, settings: Settings) -> int:
    from reportbot.corpus.loaders import read_file

    service, failed = open_service(settings), 0
    note_if_waiting(service)
    for path in args.files:
        try:
            data = read_file(path)  # the size is checked first: a huge file is refused, not loaded
        except (OSError, DocumentError) as exc:
            print(f"reportbot: {path}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
            failed += 1
            continue
        try:  # a fault of the machine (full disk) ends the command with one line, after undoing the add
            name = readable(os.fsdecode(path.name))
            record, new, report = service.add(data, name, "cli", progress_bar(f"indexing {name}"))
        except DocumentError as exc:  # unsupported, unreadable, empty, too long: refused, nothing changed
            print(f"reportbot: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if new:
            print(f"added {record.id} {one_line(record.title)}: {count('en', record.passages, 'passage')}; "
                  f"{count('en', report.embedded, 'embedded')} in {report.seconds:.1f} s")
            if (twin := service.resembles(record)) is not None:
                print(f"reportbot: note: {record.id} nearly repeats {twin.id} {one_line(twin.title)}; "
                      f"'reportbot docs remove {twin.id}' if it replaces that one", file=sys.stderr)
        else:
            print(f"{path}: already in the corpus as {record.id} {one_line(record.title)}")
    return 1 if failed else 0
