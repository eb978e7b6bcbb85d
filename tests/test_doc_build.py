"""The look-alike library's generators (bench/library/make_docs12.py … make_docs19.py, sharing doc_build.py) write
documents that read exactly as the committed ones: a change to a shared helper that moves a table, a heading or a
page shows here. PDF and docx embed their dates, so their extracted text is compared; text files byte for byte."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from pathlib import Path

import pytest
from reportbot.corpus.loaders import read_document

LIBRARY = Path(__file__).resolve().parents[1] / "bench" / "library"


@pytest.mark.parametrize("n", range(12, 20))
def test_a_generator_writes_its_documents_as_committed(n, tmp_path, monkeypatch):
    pytest.importorskip("reportlab")
    pytest.importorskip("docx")
    monkeypatch.syspath_prepend(str(LIBRARY))
    spec = importlib.util.spec_from_file_location(f"make_docs{n}", LIBRARY / f"make_docs{n}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.OUT = tmp_path if isinstance(module.OUT, Path) else str(tmp_path)
    with contextlib.redirect_stdout(io.StringIO()):
        module.main()
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in (LIBRARY / f"docs{n}").iterdir() if p.is_file())
    for name in made:
        new, old = (tmp_path / name).read_bytes(), (LIBRARY / f"docs{n}" / name).read_bytes()
        if name.endswith((".pdf", ".docx")):
            assert read_document(new, name) == read_document(old, name), name
        else:
            assert new == old, name
    sys.modules.pop("doc_build", None)
