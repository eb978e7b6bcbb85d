"""Lower-case English text (a transcript, a chat log pasted as a document) is cut into bounded sentences."""
from __future__ import annotations

from reportbot.corpus.sentences import MAX_SENTENCE_CHARS, split_sentences


def test_sentences_a_lower_case_word_follows_are_joined_but_never_past_the_bound():
    text = "the volunteers met at the depot. " * 60
    sentences = split_sentences(text)
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(sentences).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_an_abbreviation_still_joins_its_sentence():
    assert split_sentences("Contact Dr. Helen Zhou at the centre. She answers.") == [
        "Contact Dr. Helen Zhou at the centre.", "She answers."]


def test_a_name_whose_vowel_is_y_ends_its_sentence_and_an_abbreviation_ending_on_y_does_not():
    assert split_sentences("The keys are kept by Ms. Lynn. The hall opens at nine.") == [
        "The keys are kept by Ms. Lynn.", "The hall opens at nine."]
    assert split_sentences("Tea was served by Glyn. Nobody stayed late.") == [
        "Tea was served by Glyn.", "Nobody stayed late."]
    for said in ("Forms go to the Dy. Director of the depot.", "The camp is on Coast Hwy. West of the bridge.",
                 "The trail climbs Mt. Baker in two days."):
        assert split_sentences(said) == [said]


def test_a_title_or_a_role_abbreviated_before_a_name_like_run_ends_no_sentence():
    # a short capitalised word opening a run of capitalised words is an abbreviation (made-up sentences)
    for said in ("Ask the Sys. Admin for a new password.", "The Sys. Admin Team answers within a day.",
                 "The blessing was read by Rev. Owen Pryde of the chapel.", "Write to the Asst. Manager Tom Reed."):
        assert split_sentences(said + " It is free.") == [said, "It is free."]
    # closing a name, or before a sentence's opening word, the full stop still ends a sentence
    assert split_sentences("Seconded by Sandra Liu. Defeated 3-6.") == ["Seconded by Sandra Liu.", "Defeated 3-6."]
    assert split_sentences("We met in June. Every donor came.") == ["We met in June.", "Every donor came."]
    # a month, a place or any short word before a name ends its sentence: only titles and a y-vowel word open a run
    for said, then in (("We met on 3 May.", "John Smith chaired the meeting."),
                       ("Gifts rose in June.", "Blood Service staff thanked donors."),
                       ("He moved to Peru.", "Maria Lopez took over.")):
        assert split_sentences(f"{said} {then}") == [said, then]
    assert split_sentences("Yes. Adult CPR and First Aid are taught.") == [
        "Yes.", "Adult CPR and First Aid are taught."]


def test_a_phone_numbers_labels_end_no_sentence():
    said = "Contact: Liaison Office, 12 Lake Road. Tel. +86 571 8510 7700 ext. 21 on weekdays. Email: a@example.org"
    assert split_sentences(said) == ["Contact: Liaison Office, 12 Lake Road.",
                                     "Tel. +86 571 8510 7700 ext. 21 on weekdays.", "Email: a@example.org"]
