"""Translations of the e-mail import's words (the wizard's mail page and the review of each person): English →
(fr, de, it). Merged into the table of fill_translations.py. Each button's Alt key is named in its tooltip
and in the summary, so the translated letter is named there too.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    # -- choosing and reading
    "Choose a spreadsheet or e-mails, or drop them here": (
        "Choisissez un tableur ou des e-mails, ou déposez-les ici",
        "Wählen Sie eine Tabelle oder E-Mails, oder ziehen Sie sie hierher",
        "Scegliete un foglio di calcolo o delle e-mail, oppure trascinateli qui"),
    "Mail folder…": ("Dossier de messagerie…", "Mail-Ordner…", "Cartella di posta…"),
    "A Maildir folder, or a folder of .eml files": (
        "Un dossier Maildir, ou un dossier de fichiers .eml", "Ein Maildir-Ordner oder ein Ordner mit .eml-Dateien",
        "Una cartella Maildir, o una cartella di file .eml"),
    "Spreadsheets and e-mails (%1)": ("Tableurs et e-mails (%1)", "Tabellen und E-Mails (%1)",
                                      "Fogli di calcolo ed e-mail (%1)"),
    "All files, such as a mail program's mailbox (*)": (
        "Tous les fichiers, comme la boîte d'un logiciel de messagerie (*)",
        "Alle Dateien, etwa das Postfach eines Mailprogramms (*)",
        "Tutti i file, come la casella di un programma di posta (*)"),
    "Import registrations from a mail folder": (
        "Importer des inscriptions d'un dossier de messagerie", "Anmeldungen aus einem Mail-Ordner importieren",
        "Importare iscrizioni da una cartella di posta"),
    "neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)": (
        "ni un tableur ni des e-mails (un fichier mbox, un dossier Maildir, un dossier de fichiers .eml)",
        "weder eine Tabelle noch E-Mails (eine mbox-Datei, ein Maildir-Ordner, ein Ordner mit .eml-Dateien)",
        "né un foglio di calcolo né delle e-mail (un file mbox, una cartella Maildir, una cartella di file .eml)"),
    "a mailbox with no message in it": ("une boîte aux lettres sans aucun message", "ein Postfach ohne Nachrichten",
                                        "una casella senza alcun messaggio"),
    "Reading the e-mails of %1…": ("Lecture des e-mails de %1…", "Die E-Mails von %1 werden gelesen…",
                                   "Lettura delle e-mail di %1…"),
    "The e-mails could not be read: %1": ("Les e-mails n'ont pas pu être lus : %1",
                                          "Die E-Mails konnten nicht gelesen werden: %1",
                                          "Non è stato possibile leggere le e-mail: %1"),
    "Stopped reading; nothing was imported.": ("Lecture arrêtée ; rien n'a été importé.",
                                               "Lesen abgebrochen; nichts wurde importiert.",
                                               "Lettura interrotta; nulla è stato importato."),
    "%1 messages: %2 people found; %3 to import, %4 corrected, %5 dropped; %6 messages are no registration.": (
        "%1 messages : %2 personnes trouvées ; %3 à importer, %4 corrigées, %5 retirées ; %6 messages ne sont "
        "pas des inscriptions.",
        "%1 Nachrichten: %2 Personen gefunden; %3 zu importieren, %4 korrigiert, %5 weggelassen; %6 Nachrichten "
        "sind keine Anmeldung.",
        "%1 messaggi: %2 persone trovate; %3 da importare, %4 corrette, %5 scartate; %6 messaggi non sono "
        "iscrizioni."),
    "⚠ %1 people the reading is unsure of wait for your decision: accept, correct or drop each (Alt+N goes to the "
    "next). Import waits until they are decided.": (
        "⚠ %1 personnes dont la lecture n'est pas sûre attendent votre décision : acceptez, corrigez ou retirez "
        "chacune (Alt+S passe à la suivante). L'import attend qu'elles soient décidées.",
        "⚠ %1 Personen, bei denen das Lesen unsicher ist, warten auf Ihre Entscheidung: Nehmen Sie jede an, "
        "korrigieren oder lassen Sie sie weg (Alt+N geht zur nächsten). Der Import wartet, bis sie entschieden "
        "sind.",
        "⚠ %1 persone la cui lettura è incerta attendono la vostra decisione: accettate, correggete o scartate "
        "ciascuna (Alt+P passa alla prossima). L'importazione attende che siano decise."),
    "Imported from %1 messages: %2 registered, %3 on the waiting list, %4 late, %5 updated, %6 cancelled; "
    "%7 dropped, %8 left out.": (
        "Importé de %1 messages : %2 inscrits, %3 en liste d'attente, %4 en retard, %5 mis à jour, %6 annulés ; "
        "%7 retirés, %8 laissés de côté.",
        "Aus %1 Nachrichten importiert: %2 angemeldet, %3 auf der Warteliste, %4 verspätet, %5 aktualisiert, "
        "%6 storniert; %7 weggelassen, %8 ausgelassen.",
        "Importato da %1 messaggi: %2 iscritti, %3 in lista d'attesa, %4 in ritardo, %5 aggiornati, %6 annullati; "
        "%7 scartati, %8 lasciati fuori."),
    # -- the review's list
    "Decision": ("Décision", "Entscheidung", "Decisione"),
    "Becomes": ("Devient", "Wird", "Diventa"),
    "Registered": ("Inscrit·e", "Angemeldet", "Iscritto/a"),
    "Waiting list": ("Liste d'attente", "Warteliste", "Lista d'attesa"),
    "Late: after the deadline": ("En retard : après le délai", "Verspätet: nach der Frist",
                                 "In ritardo: dopo la scadenza"),
    "Already registered: details updated": ("Déjà inscrit·e : données mises à jour",
                                            "Bereits angemeldet: Angaben aktualisiert",
                                            "Già iscritto/a: dati aggiornati"),
    "Cancellation": ("Annulation", "Abmeldung", "Annullamento"),
    "Cancellation of nobody registered": ("Annulation d'une personne non inscrite",
                                          "Abmeldung einer nicht angemeldeten Person",
                                          "Annullamento di una persona non iscritta"),
    "Left out unless accepted": ("Laissé·e de côté sauf acceptation", "Ausgelassen, außer wenn angenommen",
                                 "Lasciato/a fuori se non accettato/a"),
    "Dropped": ("Retiré·e", "Weggelassen", "Scartato/a"),
    "Again: the later message counts": ("À nouveau : le message le plus récent compte",
                                        "Erneut: die spätere Nachricht gilt",
                                        "Di nuovo: conta il messaggio più recente"),
    "Not a registration: automatic reply": ("Pas une inscription : réponse automatique",
                                            "Keine Anmeldung: automatische Antwort",
                                            "Non è un'iscrizione: risposta automatica"),
    "Not a registration: newsletter or bulk mail": ("Pas une inscription : lettre d'information ou envoi en masse",
                                                    "Keine Anmeldung: Newsletter oder Massenversand",
                                                    "Non è un'iscrizione: newsletter o invio di massa"),
    "Not a registration: a question": ("Pas une inscription : une question", "Keine Anmeldung: eine Frage",
                                       "Non è un'iscrizione: una domanda"),
    "Not a registration: the same message again": ("Pas une inscription : le même message à nouveau",
                                                   "Keine Anmeldung: dieselbe Nachricht erneut",
                                                   "Non è un'iscrizione: lo stesso messaggio di nuovo"),
    "Not a registration: nobody's name found": ("Pas une inscription : aucun nom trouvé",
                                                "Keine Anmeldung: kein Name gefunden",
                                                "Non è un'iscrizione: nessun nome trovato"),
    "Not a registration: could not be read": ("Pas une inscription : illisible",
                                              "Keine Anmeldung: nicht lesbar",
                                              "Non è un'iscrizione: illeggibile"),
    "Not a registration": ("Pas une inscription", "Keine Anmeldung", "Non è un'iscrizione"),
    "Unsure: %1": ("Pas sûr : %1", "Unsicher: %1", "Incerto: %1"),
    "Not imported": ("Pas importé", "Nicht importiert", "Non importato"),
    "Corrected": ("Corrigé·e", "Korrigiert", "Corretto/a"),
    "Accepted": ("Accepté·e", "Angenommen", "Accettato/a"),
    "To decide": ("À décider", "Zu entscheiden", "Da decidere"),
    "Import as read": ("Importé tel que lu", "Import wie gelesen", "Importato come letto"),
    # -- the person and the message
    "People found in the e-mails": ("Personnes trouvées dans les e-mails", "In den E-Mails gefundene Personen",
                                    "Persone trovate nelle e-mail"),
    "The message": ("Le message", "Die Nachricht", "Il messaggio"),
    "unsure: check it": ("pas sûr : vérifiez", "unsicher: bitte prüfen", "incerto: verificate"),
    "unsure: decided": ("pas sûr : décidé", "unsicher: entschieden", "incerto: deciso"),
    "&Accept": ("&Accepter", "&Annehmen", "&Accetta"),
    "Import this person as shown (Alt+A)": ("Importer cette personne telle qu'affichée (Alt+A)",
                                            "Diese Person wie angezeigt importieren (Alt+A)",
                                            "Importare questa persona come mostrata (Alt+A)"),
    "&Drop": ("&Retirer", "&Weglassen", "&Scarta"),
    "Leave this person out (Alt+D)": ("Laisser cette personne de côté (Alt+R)", "Diese Person weglassen (Alt+W)",
                                      "Lasciare fuori questa persona (Alt+S)"),
    "&Undo decision": ("Annuler la &décision", "Entscheidung &zurücknehmen", "Annulla la &decisione"),
    "&Next to decide": ("&Suivante à décider", "&Nächste zu entscheiden", "&Prossima da decidere"),
    "Go to the next person the reading is unsure of (Alt+N)": (
        "Aller à la prochaine personne dont la lecture n'est pas sûre (Alt+S)",
        "Zur nächsten Person, bei der das Lesen unsicher ist (Alt+N)",
        "Andare alla prossima persona la cui lettura è incerta (Alt+P)"),
    "%1 · becomes: %2": ("%1 · devient : %2", "%1 · wird: %2", "%1 · diventa: %2"),
    "From: %1": ("De : %1", "Von: %1", "Da: %1"),
    "Received: %1": ("Reçu : %1", "Empfangen: %1", "Ricevuto: %1"),
    "Subject: %1": ("Objet : %1", "Betreff: %1", "Oggetto: %1"),
    "%1 (unsure)": ("%1 (pas sûr)", "%1 (unsicher)", "%1 (incerto)"),
}
