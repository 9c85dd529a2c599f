"""Fill the desk's .ts files from the table below, then build the .qm files.

Run after `pyside6-lupdate` has added new source texts (see README in this folder):
    .venv/bin/python resources/translations/fill_translations.py
Translators may edit the .ts files in Qt Linguist instead; this script only
fills messages that are still unfinished and never overwrites a translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("fr", "de", "it")

# English source → (French, German, Italian)
T: dict[str, tuple[str, str, str]] = {
    " (undone)": (" (annulé)", " (rückgängig)", " (annullato)"),
    "%1 already exists; choose another file.": ("%1 existe déjà ; choisissez un autre fichier.",
                                                 "%1 existiert bereits; wählen Sie eine andere Datei.",
                                                 "%1 esiste già; scegliete un altro file."),
    "%1 checked in of %2 expected": ("%1 arrivés sur %2 attendus", "%1 von %2 Erwarteten eingecheckt",
                                     "%1 arrivati su %2 attesi"),
    "%1 is already checked in": ("%1 est déjà enregistré·e", "%1 ist bereits eingecheckt", "%1 è già registrato/a"),
    "%1 is on the waiting list": ("%1 est sur liste d'attente", "%1 steht auf der Warteliste",
                                  "%1 è in lista d'attesa"),
    "%1 was not checked in.": ("%1 n'était pas arrivé·e.", "%1 war nicht eingecheckt.",
                               "%1 non era registrato/a."),
    "%1 · %2": ("%1 · %2", "%1 · %2", "%1 · %2"),
    "%1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.": (
        "%1. Vérifiez l'imprimante (papier, câble, alimentation), puis Ctrl+P pour réimprimer.",
        "%1. Prüfen Sie den Drucker (Papier, Kabel, Strom), dann Strg+P zum erneuten Drucken.",
        "%1. Controllate la stampante (carta, cavo, alimentazione), poi Ctrl+P per ristampare."),
    "%1. Reconnect the drive or reopen the event; what you typed is kept.": (
        "%1. Reconnectez le support ou rouvrez l'événement ; votre saisie est conservée.",
        "%1. Schließen Sie das Laufwerk wieder an oder öffnen Sie den Anlass erneut; Ihre Eingabe bleibt erhalten.",
        "%1. Ricollegate l'unità o riaprite l'evento; quanto digitato è conservato."),
    "%1: registration cancelled": ("%1 : inscription annulée", "%1: Anmeldung storniert", "%1: iscrizione annullata"),
    "&Desk": ("&Accueil", "&Schalter", "&Banco"),
    "&Event": ("&Événement", "&Anlass", "&Evento"),
    "&Help": ("&Aide", "&Hilfe", "&Aiuto"),
    "&Language": ("&Langue", "&Sprache", "&Lingua"),
    "&View": ("&Affichage", "&Ansicht", "&Vista"),
    "All categories": ("Toutes les catégories", "Alle Kategorien", "Tutte le categorie"),
    "Arrivals per 5 minutes": ("Arrivées par 5 minutes", "Ankünfte pro 5 Minuten", "Arrivi ogni 5 minuti"),
    "Ask them to see the organisers' desk.": ("Orientez la personne vers le stand des organisateurs.",
                                              "Bitte an den Schalter der Organisatoren verweisen.",
                                              "Indirizzatela al banco degli organizzatori."),
    "Attendee list": ("Liste des participants", "Teilnehmerliste", "Elenco dei partecipanti"),
    "Attendees": ("Participants", "Teilnehmende", "Partecipanti"),
    "Badge": ("Badge", "Badge", "Badge"),
    "Badge layout": ("Modèle de badge", "Badge-Vorlage", "Modello di badge"),
    "Badge not printed yet": ("Badge pas encore imprimé", "Badge noch nicht gedruckt", "Badge non ancora stampato"),
    "Badge of another event": ("Badge d'un autre événement", "Badge eines anderen Anlasses",
                               "Badge di un altro evento"),
    "Badge preview": ("Aperçu du badge", "Badge-Vorschau", "Anteprima del badge"),
    "Badge printed at %1": ("Badge imprimé à %1", "Badge gedruckt um %1", "Badge stampato alle %1"),
    "Badge printer": ("Imprimante à badges", "Badge-Drucker", "Stampante dei badge"),
    "Browse…": ("Parcourir…", "Durchsuchen…", "Sfoglia…"),
    "By category": ("Par catégorie", "Nach Kategorie", "Per categoria"),
    "Cancelled": ("Annulé", "Storniert", "Annullato"),
    "Category": ("Catégorie", "Kategorie", "Categoria"),
    "Check the spelling, try the organisation, or register a walk-in (Ctrl+N).": (
        "Vérifiez l'orthographe, essayez l'organisation, ou inscrivez sur place (Ctrl+N).",
        "Schreibweise prüfen, Organisation versuchen oder vor Ort anmelden (Strg+N).",
        "Controllate l'ortografia, provate l'organizzazione o registrate sul posto (Ctrl+N)."),
    "Check with the organisers whether a place is free.": (
        "Demandez aux organisateurs si une place est libre.", "Fragen Sie die Organisatoren, ob ein Platz frei ist.",
        "Chiedete agli organizzatori se c'è un posto libero."),
    "Check-in": ("Accueil", "Check-in", "Accoglienza"),
    "Check-in of %1 undone": ("Enregistrement de %1 annulé", "Check-in von %1 rückgängig gemacht",
                              "Registrazione di %1 annullata"),
    "Check-in view": ("Vue d'accueil", "Check-in-Ansicht", "Vista accoglienza"),
    "Checked in": ("Arrivé·e", "Eingecheckt", "Arrivato/a"),
    "Checked in at %1 at %2. Let them through; press Ctrl+Z only if this was a mistake.": (
        "Enregistré·e à %1 à %2. Laissez passer ; Ctrl+Z seulement en cas d'erreur.",
        "Eingecheckt um %1 bei %2. Durchlassen; Strg+Z nur bei einem Irrtum.",
        "Registrato/a alle %1 a %2. Lasciate passare; Ctrl+Z solo in caso di errore."),
    "Checkin — registration desk": ("Checkin — accueil des participants", "Checkin — Empfangsschalter",
                                    "Checkin — banco di accoglienza"),
    "Checkpoint": ("Point de contrôle", "Kontrollpunkt", "Punto di controllo"),
    "Choose a PIN to unlock the desk later:": ("Choisissez un code PIN pour déverrouiller plus tard :",
                                               "Wählen Sie eine PIN zum späteren Entsperren:",
                                               "Scegliete un PIN per sbloccare più tardi:"),
    "Close event": ("Fermer l'événement", "Anlass schließen", "Chiudi l'evento"),
    "Code: %1": ("Code : %1", "Code: %1", "Codice: %1"),
    "Connect to a server": ("Se connecter à un serveur", "Mit einem Server verbinden", "Connetti a un server"),
    "Connect to a server…": ("Se connecter à un serveur…", "Mit einem Server verbinden…", "Connetti a un server…"),
    "Counters": ("Compteurs", "Zähler", "Contatori"),
    "Date": ("Date", "Datum", "Data"),
    "Desk name": ("Nom du poste", "Name des Schalters", "Nome del banco"),
    "Desk settings": ("Réglages du poste", "Schalter-Einstellungen", "Impostazioni del banco"),
    "Desk settings…": ("Réglages du poste…", "Schalter-Einstellungen…", "Impostazioni del banco…"),
    "E-mail": ("E-mail", "E-Mail", "E-mail"),
    "Enter: check in the highlighted person · ↑↓: move · Esc: clear": (
        "Entrée : accueillir la personne en surbrillance · ↑↓ : déplacer · Échap : effacer",
        "Eingabe: markierte Person einchecken · ↑↓: bewegen · Esc: leeren",
        "Invio: registra la persona evidenziata · ↑↓: sposta · Esc: cancella"),
    "Event file": ("Fichier de l'événement", "Anlass-Datei", "File dell'evento"),
    "Events (*%1)": ("Événements (*%1)", "Anlässe (*%1)", "Eventi (*%1)"),
    "Everyone": ("Tout le monde", "Alle", "Tutti"),
    "Expected": ("Attendu·e", "Erwartet", "Atteso/a"),
    "Export attendance": ("Exporter les présences", "Anwesenheit exportieren", "Esporta le presenze"),
    "Export attendance…": ("Exporter les présences…", "Anwesenheit exportieren…", "Esporta le presenze…"),
    "Exporting attendance…": ("Export des présences…", "Anwesenheit wird exportiert…", "Esportazione delle presenze…"),
    "Family name": ("Nom", "Nachname", "Cognome"),
    "Filter by name or organisation": ("Filtrer par nom ou organisation", "Nach Name oder Organisation filtern",
                                       "Filtra per nome o organizzazione"),
    "Give the event a title.": ("Donnez un titre à l'événement.", "Geben Sie dem Anlass einen Titel.",
                                "Date un titolo all'evento."),
    "Given name": ("Prénom", "Vorname", "Nome"),
    "Import finished": ("Importation terminée", "Import abgeschlossen", "Importazione terminata"),
    "Import registrations": ("Importer les inscriptions", "Anmeldungen importieren", "Importa le iscrizioni"),
    "Import registrations…": ("Importer les inscriptions…", "Anmeldungen importieren…", "Importa le iscrizioni…"),
    "In since %1": ("Arrivé·e à %1", "Da seit %1", "Arrivato/a alle %1"),
    "Job title": ("Fonction", "Funktion", "Funzione"),
    "Keyboard shortcuts": ("Raccourcis clavier", "Tastenkürzel", "Scorciatoie da tastiera"),
    "Last scans": ("Derniers passages", "Letzte Scans", "Ultime scansioni"),
    "Lock the desk": ("Verrouiller le poste", "Schalter sperren", "Blocca il banco"),
    "Lock the desk (kiosk)": ("Verrouiller le poste (kiosque)", "Schalter sperren (Kiosk)",
                              "Blocca il banco (chiosco)"),
    "Mute the sounds": ("Couper les sons", "Töne stummschalten", "Disattiva i suoni"),
    "Name": ("Nom", "Name", "Nome"),
    "Name card": ("Chevalet", "Tischkarte", "Segnaposto"),
    "New event": ("Nouvel événement", "Neuer Anlass", "Nuovo evento"),
    "New event…": ("Nouvel événement…", "Neuer Anlass…", "Nuovo evento…"),
    "No arrivals yet": ("Pas encore d'arrivées", "Noch keine Ankünfte", "Nessun arrivo per ora"),
    "No one found for “%1”": ("Personne ne correspond à « %1 »", "Niemand gefunden für „%1“",
                              "Nessuno trovato per «%1»"),
    "Nobody selected": ("Personne n'est sélectionné", "Niemand ausgewählt", "Nessuno selezionato"),
    "Notes: %1": ("Remarques : %1", "Notizen: %1", "Note: %1"),
    "Nothing to undo": ("Rien à annuler", "Nichts rückgängig zu machen", "Niente da annullare"),
    "Open event": ("Ouvrir un événement", "Anlass öffnen", "Apri un evento"),
    "Open event file…": ("Ouvrir un fichier d'événement…", "Anlass-Datei öffnen…", "Apri un file di evento…"),
    "Open event…": ("Ouvrir un événement…", "Anlass öffnen…", "Apri un evento…"),
    "Open the sample event": ("Ouvrir l'événement d'exemple", "Beispielanlass öffnen", "Apri l'evento di esempio"),
    "Organisation": ("Organisation", "Organisation", "Organizzazione"),
    "PIN:": ("Code PIN :", "PIN:", "PIN:"),
    "PostgreSQL URL (postgresql://user@host/event):": ("URL PostgreSQL (postgresql://utilisateur@hôte/événement) :",
                                                       "PostgreSQL-URL (postgresql://benutzer@host/anlass):",
                                                       "URL PostgreSQL (postgresql://utente@host/evento):"),
    "Preview": ("Aperçu", "Vorschau", "Anteprima"),
    "Preview the badge": ("Aperçu du badge", "Badge-Vorschau", "Anteprima del badge"),
    "Print a badge on each check-in": ("Imprimer un badge à chaque arrivée", "Bei jedem Check-in ein Badge drucken",
                                       "Stampa un badge a ogni arrivo"),
    "Print a name card": ("Imprimer un chevalet", "Tischkarte drucken", "Stampa un segnaposto"),
    "Print a test page": ("Imprimer une page de test", "Testseite drucken", "Stampa una pagina di prova"),
    "Print all badges to PDF…": ("Tous les badges en PDF…", "Alle Badges als PDF…", "Tutti i badge in PDF…"),
    "Privacy mode: show search results only, never the full list": (
        "Mode confidentiel : seulement les résultats de recherche, jamais la liste complète",
        "Datenschutzmodus: nur Suchergebnisse, nie die ganze Liste",
        "Modalità riservata: solo i risultati della ricerca, mai l'elenco completo"),
    "Quit": ("Quitter", "Beenden", "Esci"),
    "Reading the spreadsheet…": ("Lecture du tableur…", "Tabelle wird gelesen…", "Lettura del foglio di calcolo…"),
    "Ready to scan": ("Prêt à scanner", "Bereit zum Scannen", "Pronto per la scansione"),
    "Recent events": ("Événements récents", "Letzte Anlässe", "Eventi recenti"),
    "Register a walk-in": ("Inscrire sur place", "Vor Ort anmelden", "Registra sul posto"),
    "Register, check in and print": ("Inscrire, accueillir et imprimer", "Anmelden, einchecken und drucken",
                                     "Registra, accogli e stampa"),
    "Registration desk": ("Accueil des participants", "Empfangsschalter", "Banco di accoglienza"),
    "Rendering badges…": ("Création des badges…", "Badges werden erstellt…", "Creazione dei badge…"),
    "Reprint badge": ("Réimprimer le badge", "Badge neu drucken", "Ristampa il badge"),
    "Reprint the badge": ("Réimprimer le badge", "Badge neu drucken", "Ristampa il badge"),
    "Save all badges": ("Enregistrer tous les badges", "Alle Badges speichern", "Salva tutti i badge"),
    "Save changes": ("Enregistrer les modifications", "Änderungen speichern", "Salva le modifiche"),
    "Scale": ("Échelle", "Maßstab", "Scala"),
    "Scan a badge or type a name, organisation or code…": (
        "Scannez un badge ou tapez un nom, une organisation ou un code…",
        "Badge scannen oder Name, Organisation oder Code tippen…",
        "Scansionate un badge o digitate nome, organizzazione o codice…"),
    "Scan a badge, or type a name and press Enter.": ("Scannez un badge, ou tapez un nom puis Entrée.",
                                                      "Badge scannen oder Namen tippen und Eingabe drücken.",
                                                      "Scansionate un badge, o digitate un nome e premete Invio."),
    "Search / scan": ("Rechercher / scanner", "Suchen / scannen", "Cerca / scansiona"),
    "Search or scan to see a person here.": ("Recherchez ou scannez pour voir une personne ici.",
                                             "Suchen oder scannen, um hier eine Person zu sehen.",
                                             "Cercate o scansionate per vedere qui una persona."),
    "Search the person by name and check them in from the list.": (
        "Cherchez la personne par son nom et accueillez-la depuis la liste.",
        "Person nach Namen suchen und aus der Liste einchecken.",
        "Cercate la persona per nome e registratela dall'elenco."),
    "Search the person by name, or register them as a walk-in (Ctrl+N).": (
        "Cherchez la personne par son nom, ou inscrivez-la sur place (Ctrl+N).",
        "Person nach Namen suchen oder vor Ort anmelden (Strg+N).",
        "Cercate la persona per nome, o registratela sul posto (Ctrl+N)."),
    "Shift down": ("Décalage vers le bas", "Nach unten verschieben", "Sposta in basso"),
    "Shift right": ("Décalage vers la droite", "Nach rechts verschieben", "Sposta a destra"),
    "Sounds off": ("Sons coupés", "Töne aus", "Suoni disattivati"),
    "Sounds on": ("Sons activés", "Töne an", "Suoni attivati"),
    "Sounds on/off": ("Sons oui/non", "Töne an/aus", "Suoni sì/no"),
    "Spreadsheets (*.xlsx *.csv)": ("Tableurs (*.xlsx *.csv)", "Tabellen (*.xlsx *.csv)",
                                    "Fogli di calcolo (*.xlsx *.csv)"),
    "Status": ("Statut", "Status", "Stato"),
    "System default printer": ("Imprimante par défaut du système", "Standarddrucker des Systems",
                               "Stampante predefinita del sistema"),
    "Test page": ("Page de test", "Testseite", "Pagina di prova"),
    "The attendance was not exported": ("Les présences n'ont pas été exportées",
                                        "Die Anwesenheit wurde nicht exportiert",
                                        "Le presenze non sono state esportate"),
    "The badge was not printed": ("Le badge n'a pas été imprimé", "Das Badge wurde nicht gedruckt",
                                  "Il badge non è stato stampato"),
    "The badges were not rendered": ("Les badges n'ont pas été créés", "Die Badges wurden nicht erstellt",
                                     "I badge non sono stati creati"),
    "The desk stays locked.": ("Le poste reste verrouillé.", "Der Schalter bleibt gesperrt.",
                               "Il banco resta bloccato."),
    "The event cannot be opened": ("L'événement ne peut pas être ouvert", "Der Anlass kann nicht geöffnet werden",
                                   "L'evento non può essere aperto"),
    "The event file cannot be reached": ("Le fichier de l'événement est inaccessible",
                                         "Die Anlass-Datei ist nicht erreichbar",
                                         "Il file dell'evento non è raggiungibile"),
    "The event was not created": ("L'événement n'a pas été créé", "Der Anlass wurde nicht erstellt",
                                  "L'evento non è stato creato"),
    "The scanner sent something unreadable. Scan again, or search by name.": (
        "Le scanner a envoyé quelque chose d'illisible. Scannez à nouveau ou cherchez par nom.",
        "Der Scanner hat Unlesbares gesendet. Erneut scannen oder nach Namen suchen.",
        "Lo scanner ha inviato qualcosa di illeggibile. Scansionate di nuovo o cercate per nome."),
    "The spreadsheet was not imported": ("Le tableur n'a pas été importé", "Die Tabelle wurde nicht importiert",
                                         "Il foglio di calcolo non è stato importato"),
    "They count as expected again.": ("La personne compte de nouveau comme attendue.",
                                      "Die Person gilt wieder als erwartet.", "La persona risulta di nuovo attesa."),
    "This code belongs to a different event. Search the person by name.": (
        "Ce code appartient à un autre événement. Cherchez la personne par son nom.",
        "Dieser Code gehört zu einem anderen Anlass. Person nach Namen suchen.",
        "Questo codice appartiene a un altro evento. Cercate la persona per nome."),
    "This code matches several people": ("Ce code correspond à plusieurs personnes",
                                         "Dieser Code passt zu mehreren Personen",
                                         "Questo codice corrisponde a più persone"),
    "This is not a code": ("Ce n'est pas un code", "Das ist kein Code", "Questo non è un codice"),
    "Title": ("Titre", "Titel", "Titolo"),
    "Type at least a given or a family name.": ("Tapez au moins un prénom ou un nom.",
                                                "Geben Sie mindestens einen Vor- oder Nachnamen ein.",
                                                "Digitate almeno un nome o un cognome."),
    "Undo the last check-in": ("Annuler le dernier enregistrement", "Letzten Check-in rückgängig machen",
                               "Annulla l'ultima registrazione"),
    "Unknown code %1": ("Code inconnu %1", "Unbekannter Code %1", "Codice sconosciuto %1"),
    "Unlock the desk": ("Déverrouiller le poste", "Schalter entsperren", "Sblocca il banco"),
    "Venue": ("Lieu", "Ort", "Luogo"),
    "Waitlisted": ("Liste d'attente", "Warteliste", "In lista d'attesa"),
    "Walk-in": ("Inscrit·e sur place", "Vor Ort angemeldet", "Registrato/a sul posto"),
    "Walk-in registration": ("Inscription sur place", "Anmeldung vor Ort", "Registrazione sul posto"),
    "Welcome, %1": ("Bienvenue, %1", "Willkommen, %1", "Benvenuto/a, %1"),
    "Wrong PIN": ("Code PIN erroné", "Falsche PIN", "PIN errato"),
    "another desk": ("un autre poste", "einem anderen Schalter", "un altro banco"),
    "optional": ("facultatif", "optional", "facoltativo"),
    "“%1” is not an e-mail address; leave it empty if unknown.": (
        "« %1 » n'est pas une adresse e-mail ; laissez vide si inconnue.",
        "„%1“ ist keine E-Mail-Adresse; leer lassen, wenn unbekannt.",
        "«%1» non è un indirizzo e-mail; lasciate vuoto se sconosciuto."),
}

sys.path.insert(0, str(HERE))
from camera_terms import T as CAMERA_TERMS  # noqa: E402 - beside this script, not a package
from confirmations_terms import T as CONFIRMATIONS_TERMS  # noqa: E402
from day_terms import T as DAY_TERMS  # noqa: E402
from desk_terms import T as DESK_TERMS  # noqa: E402
from hardening_terms import T as HARDENING_TERMS  # noqa: E402
from import_terms import T as IMPORT_TERMS  # noqa: E402
from mail_terms import T as MAIL_TERMS  # noqa: E402
from organiser_terms import T as ORGANISER_TERMS  # noqa: E402
from platform_terms import T as PLATFORM_TERMS  # noqa: E402
from shared_event_terms import T as SHARED_EVENT_TERMS  # noqa: E402

T.update(ORGANISER_TERMS)
T.update(CONFIRMATIONS_TERMS)
T.update(SHARED_EVENT_TERMS)
T.update(PLATFORM_TERMS)
for _source, _words in DAY_TERMS.items():  # the desk's existing wording wins where a text is shared
    T.setdefault(_source, _words)
T.update(CAMERA_TERMS)
T.update(HARDENING_TERMS)
T.update(DESK_TERMS)
T.update(IMPORT_TERMS)
T.update(MAIL_TERMS)


def fill(language: str) -> list[str]:
    path = HERE / f"checkin_{language}.ts"
    tree = ET.parse(path)
    column = LANGS.index(language)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or (translation.text and translation.get("type") != "unfinished"):
            continue
        if source in T:
            text = T[source][column]
            forms = translation.findall("numerusform")
            if forms:  # a %n message: (singular, plural) or one text for every form
                for index, form in enumerate(forms):
                    form.text = text[min(index, len(text) - 1)] if isinstance(text, tuple) else text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in LANGS:
        for source in fill(language):
            print(f"checkin_{language}.ts: no translation for {source!r}", file=sys.stderr)
    for language in (*LANGS, "en"):
        ts = HERE / f"checkin_{language}.ts"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
