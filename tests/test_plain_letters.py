"""A plain text saved from an e-mail: its subject is its title, a short line going on in a small letter is no heading
(plain-34)."""
from __future__ import annotations

from tests.files import load

BULLETIN = """From: Volunteer Services <volunteers@example.org>
Date: Tue, 14 Oct 2025 09:12:45 -0600
To: All registered volunteers
Subject: Winter Volunteer Bulletin - your questions answered

Hello everyone,

Thank you for another busy season. The most common questions are answered below.

Q: When do the warming-centre shifts start?
A: The warming centre opens on Monday 1 December 2025 and runs until 31 March 2026.

Volunteer coordinator for this winter is Mandeep Gill, who replaced Colleen Harstad
after her retirement in August.

Warm regards,

Mandeep Gill
Volunteer Services Coordinator
Prairie Branch
Phone: 306-955-4400 ext. 221
"""


def test_an_emails_subject_is_the_title():
    doc = load(BULLETIN.encode(), "bulletin.txt")
    assert doc.title == "Winter Volunteer Bulletin - your questions answered"
    assert any("From: Volunteer Services" in p.text for p in doc.paragraphs[1:])  # who sent it stays


def test_a_short_line_going_on_in_a_small_letter_is_one_sentence_with_it():
    doc = load(BULLETIN.encode(), "bulletin.txt")
    said = next(p for p in doc.paragraphs if "Colleen Harstad" in p.text)
    assert "replaced Colleen Harstad after her retirement in August." in said.text
    assert "Colleen Harstad" not in " ".join(said.path)


def test_short_lines_of_a_list_in_small_letters_are_not_joined_and_a_one_word_heading_stays():
    text = ("Autumn Evening\n\nThe writers' group meets on 18 October at 19:00. Entry is $5, free for members.\n\n"
            "Readings\nopen mic from 19:00, five minutes each\nguest reading at 20:15\n\n"
            "Background\nthe hall was opened in 1998 and has kept the same hours since then.\n")
    doc = load(text.encode(), "evening.txt")
    said = "\n".join(p.text for p in doc.paragraphs)
    assert "five minutes each guest reading" not in said and "Background the hall" not in said
