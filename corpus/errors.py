"""Every error reportbot turns into a message for a user: one base class, a few named kinds.

The CLI and the Telegram handlers catch :class:`ReportbotError` and show its text; anything
else is a bug, logged with its traceback and shown as "something went wrong". The module sits
in ``corpus`` because that is the lowest layer: ``index`` and ``bot`` import from it, never the
other way round.
"""
from __future__ import annotations


class ReportbotError(Exception):
    """Base of every error whose message is meant for the user."""


# ---- files and documents (corpus) ------------------------------------------
class DocumentError(ReportbotError):
    """A file is refused; nothing changes."""


class UnsupportedFileError(DocumentError):
    """The file type is not one reportbot reads."""


class UnreadableFileError(DocumentError):
    """The file is corrupt, empty, too large or has no text to read."""


class EmptyDocumentError(DocumentError):
    """The text holds no paragraph to answer from."""


class DocumentTooLargeError(DocumentError):
    """The document is larger than a limit (bytes, inflated size, pages or paragraphs)."""


# ---- indexes and models (index) ---------------------------------------------
class IndexLoadError(ReportbotError):
    """An index folder is missing, damaged or built for something else."""


class ModelMismatchError(IndexLoadError):
    """The index was built with another embedding model than the one configured."""

    def __init__(self, built: str, configured: str):
        super().__init__(f"the index was built with model {built!r} but {configured!r} is configured; "
                         f"run 'reportbot index' to rebuild it")
        self.built, self.configured = built, configured


class EmbedderError(ReportbotError):
    """The embedding model could not be loaded."""


class LibraryError(ReportbotError):
    """A document could not be added, found or removed; the message says why."""


class DocumentIdError(LibraryError):
    """An id names no document, is too short a prefix, or names several (``problem`` says which)."""

    def __init__(self, doc_id: str, problem: str, matches: int = 0, min_chars: int = 4):
        self.doc_id, self.problem, self.matches = doc_id, problem, matches
        super().__init__({
            "unknown": f"no document with id {doc_id!r}; 'docs list' shows the ids",
            "short": f"give at least {min_chars} characters of the id ({doc_id!r} is too short)",
            "ambiguous": f"{doc_id!r} matches {matches} documents; give more of the id",
        }[problem])


class BuildInProgress(LibraryError):
    """Another build holds the lock."""


class QuestionSetError(ReportbotError):
    """The question file is missing or malformed."""


# ---- the edges (bot) ---------------------------------------------------------
class SettingsError(ReportbotError):
    """A setting is missing or malformed; the message names it."""


class UsageError(ReportbotError):
    """Bad command-line use: exit 2 with one line."""
