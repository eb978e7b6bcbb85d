"""An e-mail's sign-off: a closing (Thanks, / Cheers,) and the sender's name and card under it (``Jo Baxter | Volunteer
Coordinator``), or a card ending a quoted message: lines of the message they end, no headings over the next part of
the thread (made-up e-mails)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

MAIL = """From: Sam Lee <sam.lee@harbour-firstaid.org>
To: Harbour First Aid volunteers
Date: Thursday, 2 October 2025 21:14
Subject: Re: Harbour fun run cover - thank you

Hi all,

Thank you to everyone who turned out on Sunday for the fun run. We treated 42 patients and sent 2 to hospital.

Debrief: Tuesday 14 October 2025, 7pm, at the Harbour office, 9 Quay Street.

Cheers,
Sam
Sam Lee | Event Lead, Harbour First Aid (a registered charity, SC012345)

> From: Jo Baxter <jo.baxter@harbour-firstaid.org>
> Date: Monday, 15 September 2025 10:02
> Subject: Harbour fun run cover - final rota
>
> Morning team,
>
> Coaches leave the depot at 0645 hrs. Every post gets one AED and one oxygen set.
>
> Thanks,
> Jo Baxter | Volunteer Coordinator
>
> > From: Dr Ann Kerr
> > Date: Friday, 12 September 2025 16:40
> > Subject: clinical notes for the fun run
> >
> > Any runner who collapses after the finish is treated as heat illness until proved otherwise.
> > Ann Kerr (Clinical Advisor)
"""


def _passage(doc, words: str):
    return next(p for p in doc.body if words in p.text)


def test_a_closings_name_and_card_are_lines_of_the_message_they_end():
    doc = parse_text(MAIL, "mail.txt")
    assert not any("Sam" in x for p in doc.body for x in p.path)  # the sender's name heads nothing
    assert _passage(doc, "Jo Baxter | Volunteer Coordinator").path == ("Harbour fun run cover - final rota",)
    assert "Thanks," in _passage(doc, "Jo Baxter | Volunteer Coordinator").text
    assert not any("Ann Kerr" in x for p in doc.body for x in p.path)
    assert _passage(doc, "Ann Kerr (Clinical Advisor)").path == ("clinical notes for the fun run",)


def test_a_heading_after_a_paragraph_that_is_no_closing_stays_a_heading():
    doc = parse_text("Harbour First Aid annual report\n\nWe treated 42 patients this year.\n\nVolunteer Training\n\n"
                     "Twelve volunteers completed the course.\n", "report.txt")
    assert _passage(doc, "Twelve volunteers").path == ("Volunteer Training",)
