"""A question set for ``reportbot eval`` that is broken is named in one line (file and line), never a crash."""
from __future__ import annotations

import pytest
from reportbot.corpus.errors import QuestionSetError
from reportbot.index.evaluate import load_questions


@pytest.mark.parametrize(("content", "says"), [
    (b"", "no questions"),
    (b"\n  \n", "no questions"),
    (b"\xcb\x00\xff\xfe\x81 binary", "not UTF-8"),
    (b'{"question": 5, "answers": [], "evidence": null}', ":1: 'question' must be a non-empty text"),
    (b'{"question": "  ", "answers": [], "evidence": null}', ":1: 'question' must be a non-empty text"),
    (b'{"question": "q", "answers": [], "evidence": null}\n{"question": "q", "answers": "7", "evidence": "e"}',
     ":2: 'answers' must be a list of texts"),
    (b'{"question": "q", "answers": [3], "evidence": "e"}', ":1: 'answers' must be a list of texts"),
    (b'{"question": "q", "answers": ["7"], "evidence": 5}', ":1: 'evidence' must be a text or null"),
    (b'{"question": "q", "answers": ["7"], "evidence": "e", "lang": 7}', ":1: 'lang' must be a text"),
    (b'{"question": "q", "answers": [], "evidence": "e", "doc": ["a.txt"]}', ":1: 'doc' must be a file name or null"),
])
def test_a_broken_question_set_is_named_with_its_line(tmp_path, content, says):
    path = tmp_path / "set.jsonl"
    path.write_bytes(content)
    with pytest.raises(QuestionSetError, match=says) as err:
        load_questions(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_a_sound_question_set_gets_its_defaults(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text('{"question": "游泳馆几点开门？", "answers": ["八点"], "evidence": "游泳馆八点开门"}\n\n'
                    '{"question": "who won the cup?", "evidence": null, "lang": "en", "id": "x"}\n', encoding="utf-8")
    first, second = load_questions(path)
    assert (first["id"], first["lang"], second["id"], second["answers"]) == ("1", "zh", "x", [])


def test_eval_names_a_broken_set_before_it_builds_anything(tmp_path):
    from tests.drive import run

    broken = tmp_path / "set.jsonl"
    broken.write_text('{"question": "游泳馆几点开门？", "answers": "八点", "evidence": "八点开门"}\n', encoding="utf-8")
    p = run(["eval", str(broken)], tmp_path / "fresh")
    assert p.returncode == 1 and p.stderr == f"reportbot: {broken}:1: 'answers' must be a list of texts\n"
    assert not (tmp_path / "fresh" / "indexes").exists()  # no index built for a set that cannot be scored
