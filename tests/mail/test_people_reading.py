"""Who a message registers, field by field: names as people write them, signatures with or without a closing."""

from __future__ import annotations

import pytest

from checkin.mail.person_names import split_name
from checkin.mail.registration_reading import read_message

from .corpus import plain


@pytest.mark.parametrize(("written", "honorific", "given", "family"), [
    ("Lovelace, Ada", "", "Ada", "Lovelace"),
    ("DUPONT, Jean-Pierre", "", "Jean-Pierre", "Dupont"),
    ("H.E. Mr. Jean-Pierre DUPONT", "H.E. Mr.", "Jean-Pierre", "Dupont"),
    ("Ada Lovelace, UNHCR", "", "Ada", "Lovelace"),
    ("Jean Dupont, Director", "", "Jean", "Dupont"),
    ("Prof. Dr. Ursula von der Leyen", "Prof. Dr.", "Ursula", "von der Leyen"),
    ("Dott.ssa Maria De Luca", "Dott.ssa", "Maria", "De Luca"),
    ("Mme Élodie FAVRE-DUBOIS", "Mme", "Élodie", "Favre-Dubois"),
])
def test_names_are_split_as_written(written, honorific, given, family) -> None:
    split = split_name(written)
    assert (split.honorific, split.given, split.family) == (honorific, given, family)
    start, end = split.family_span
    assert written[start:end].casefold() == family.casefold()


def read(body: str, sender: str = "Sam Taylor <sam.taylor@example.org>"):
    return read_message(plain(sender, "Conference", "Mon, 1 Oct 2018 10:00:00 +0200", body,
                              message_id="<people@example.org>"))


def test_a_signature_without_a_closing_is_read_when_it_is_the_senders() -> None:
    (person,) = read("Please register me for the conference.\n\nSam Taylor\nHead of Research\nMigration Lab\n"
                     "+41 22 000 00 00\n").people
    assert (person.name, person.value("job_title"), person.value("organisation")) == (
        "Sam Taylor", "Head of Research", "Migration Lab")


def test_a_last_paragraph_that_is_not_the_sender_is_no_signature() -> None:
    (person,) = read("Please register me for the conference.\n\nGeneva Office\nRoute de Ferney 10\n").people
    assert person.name == "Sam Taylor" and person.fields["family_name"].where == "from"
    assert not person.value("job_title")


def test_one_form_filled_in_for_three_people_gives_three_people() -> None:
    reading = read("Dear organisers,\n\nplease register:\n\nName: Ana Lopes\nOrganisation: WHO\n\n"
                   "Name: Ben Okafor\nOrganisation: WHO\nE-mail: ben.okafor@who.example\n\n"
                   "Name: Chloé Martin\nOrganisation: UNHCR\n\nThank you,\nSam Taylor\n")
    found = [(p.name, p.value("organisation"), p.value("email")) for p in reading.people]
    assert found == [("Ana Lopes", "WHO", "sam.taylor@example.org"), ("Ben Okafor", "WHO", "ben.okafor@who.example"),
                     ("Chloé Martin", "UNHCR", "sam.taylor@example.org")]


def test_the_sender_is_not_registered_with_the_ambassador_unless_they_say_so() -> None:
    alone = read("I would like to register Ambassador Maria FERNANDES for the conference.\n\nBest regards,\n"
                 "Sam Taylor\nSecond Secretary\n")
    assert [p.name for p in alone.people] == ["Maria Fernandes"]
    together = read("I would like to register Ambassador Maria FERNANDES for the conference. I will accompany "
                    "her.\n\nBest regards,\nSam Taylor\nSecond Secretary\n")
    assert [p.name for p in together.people] == ["Maria Fernandes", "Sam Taylor"]


def test_a_first_name_alone_under_the_closing_takes_the_whole_name_from_the_sender() -> None:
    (person,) = read("I would like to register.\n\nBest,\nSam\nProgramme Officer\n").people
    assert (person.value("given_name"), person.value("family_name"), person.value("job_title")) == (
        "Sam", "Taylor", "Programme Officer")


def test_an_outlook_html_reply_reads_the_signature_and_not_the_quoted_invitation() -> None:
    from .corpus import html_only

    raw = html_only(
        "Jean Martin <jean.martin@ofs.example>", "RE: Invitation", "Mon, 1 Oct 2018 10:00:00 +0200",
        "<html><body><div>Bonjour,</div><div>Je confirme ma participation.</div><div>Meilleures salutations</div>"
        "<table><tr><td><b>Jean Martin</b><br>Directeur<br>Office fédéral de la statistique</td></tr></table>"
        "<div style='border-top:solid #E1E1E1 1.0pt'><p><b>De :</b> Secrétariat &lt;conf@x.example&gt;<br>"
        "<b>Envoyé :</b> lundi 24 septembre 2018 10:00<br><b>À :</b> Jean Martin<br><b>Objet :</b> Invitation</p>"
        "</div><p>Nom : Exemple</p><p>Fonction : Secrétaire</p></body></html>", message_id="<ofs@ofs.example>")
    reading = read_message(raw)
    (person,) = reading.people
    assert (person.name, person.value("job_title"), person.value("organisation")) == (
        "Jean Martin", "Directeur", "Office fédéral de la statistique")
    assert "De : Secrétariat" in reading.text and reading.language == "fr"


@pytest.mark.parametrize("subject", ["FW: Registration", "TR: Inscription", "WG: Anmeldung"])
def test_an_outlook_forward_reads_the_forwarded_registration(subject) -> None:
    raw = plain("Paul Smith <paul.smith@ilo.example>", subject, "Mon, 8 Oct 2018 09:00:00 +0200",
                "Please register our Director, see below.\n\nPaul\n\n-----Original Message-----\n"
                "From: Hélène Martin <helene.martin@ilo.example>\nSent: Monday, 8 October 2018 08:30\n"
                "To: Paul Smith <paul.smith@ilo.example>\nSubject: Registration\n\n"
                "I would like to register for the conference.\n\nBest regards,\nHélène Martin\nDirector\n"
                "International Labour Organization\n", message_id="<fw@ilo.example>")
    (person,) = read_message(raw).people
    assert (person.name, person.value("email"), person.value("job_title")) == (
        "Hélène Martin", "helene.martin@ilo.example", "Director")


def test_an_outlook_reply_leaves_the_quoted_message_out() -> None:
    raw = plain("Paul Smith <paul.smith@ilo.example>", "RE: Invitation", "Mon, 8 Oct 2018 09:00:00 +0200",
                "I would like to register.\n\nBest regards,\nPaul Smith\nAssistant\n\n-----Original Message-----\n"
                "From: Secretariat <conf@example.org>\nSent: Monday, 1 October 2018 08:30\n\n"
                "Best regards,\nHélène Martin\nDirector\n", message_id="<re@ilo.example>")
    assert [person.name for person in read_message(raw).people] == ["Paul Smith"]


def test_a_delegation_written_as_lines_of_titled_names() -> None:
    reading = read("The Permanent Mission of Peru presents its compliments and has the honour to register the "
                   "following delegation:\n\nH.E. Mr. Luis ENRIQUE CHÁVEZ, Ambassador, Permanent Representative\n"
                   "Ms. Carla Paz, Minister Counsellor, Ministry of Foreign Affairs\n"
                   "Mr. Diego Soto, Second Secretary\n\nGeneva, 1 October 2018\n",
                   sender="Mission of Peru <mission@peru.example>")
    found = [(p.value("honorific"), p.value("given_name"), p.value("family_name"), p.value("job_title"),
              p.value("organisation")) for p in reading.people]
    assert found == [("H.E. Mr.", "Luis", "Enrique Chávez", "Ambassador, Permanent Representative", ""),
                     ("Ms.", "Carla", "Paz", "Minister Counsellor", "Ministry of Foreign Affairs"),
                     ("Mr.", "Diego", "Soto", "Second Secretary", "")]


@pytest.mark.parametrize(("body", "name", "title", "organisation"), [
    ("I, Dr. Maria Lopez, Senior Adviser at the Ministry of Health, would like to register.", "Maria Lopez",
     "Senior Adviser", "Ministry of Health"),
    ("Je soussignée, Claire Dubois, Cheffe de service auprès de la Ville de Genève, souhaite m'inscrire.",
     "Claire Dubois", "Cheffe de service", "la Ville de Genève"),
    ("Please register me: John Smith, Director, ACME Foundation.", "John Smith", "Director", ""),
])
def test_a_person_who_names_themselves_in_a_sentence(body, name, title, organisation) -> None:
    (person,) = read(f"{body}\n", sender="Office <office@example.org>").people
    assert (person.name, person.value("job_title"), person.value("organisation")) == (name, title, organisation)
