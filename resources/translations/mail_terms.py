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
    "Messages: %1 · people found: %2 · to import: %3 · corrected: %4 · dropped: %5 · messages that are no "
    "registration: %6": (
        "Messages : %1 · personnes trouvées : %2 · à importer : %3 · corrigées : %4 · retirées : %5 · messages "
        "qui ne sont pas des inscriptions : %6",
        "Nachrichten: %1 · gefundene Personen: %2 · zu importieren: %3 · korrigiert: %4 · weggelassen: %5 · "
        "Nachrichten, die keine Anmeldung sind: %6",
        "Messaggi: %1 · persone trovate: %2 · da importare: %3 · corrette: %4 · scartate: %5 · messaggi che non "
        "sono iscrizioni: %6"),
    "⚠ Waiting for your decision, as the reading is unsure of them: %1. Accept, correct or drop each (Alt+N goes "
    "to the next); Import waits until they are decided.": (
        "⚠ En attente de votre décision, car la lecture n'en est pas sûre : %1. Acceptez, corrigez ou retirez "
        "chacune (Alt+S passe à la suivante) ; l'import attend qu'elles soient décidées.",
        "⚠ Warten auf Ihre Entscheidung, da das Lesen unsicher ist: %1. Nehmen Sie jede an, korrigieren oder "
        "lassen Sie sie weg (Alt+N geht zur nächsten); der Import wartet, bis sie entschieden sind.",
        "⚠ In attesa della vostra decisione, perché la lettura è incerta: %1. Accettate, correggete o scartate "
        "ciascuna (Alt+P passa alla prossima); l'importazione attende che siano decise."),
    "Imported from the e-mails: registered %2 · waiting list %3 · late %4 · updated %5 · cancelled %6 · dropped "
    "%7 · left out %8 (messages read: %1).": (
        "Importé des e-mails : inscrits %2 · liste d'attente %3 · en retard %4 · mis à jour %5 · annulés %6 · "
        "retirés %7 · laissés de côté %8 (messages lus : %1).",
        "Aus den E-Mails importiert: angemeldet %2 · Warteliste %3 · verspätet %4 · aktualisiert %5 · storniert "
        "%6 · weggelassen %7 · ausgelassen %8 (gelesene Nachrichten: %1).",
        "Importato dalle e-mail: iscritti %2 · lista d'attesa %3 · in ritardo %4 · aggiornati %5 · annullati %6 · "
        "scartati %7 · lasciati fuori %8 (messaggi letti: %1)."),
    "Close without importing? Your decisions about %1 people would be lost.": (
        "Fermer sans importer ? Vos décisions sur %1 personnes seraient perdues.",
        "Ohne Import schließen? Ihre Entscheidungen zu %1 Personen gingen verloren.",
        "Chiudere senza importare? Le vostre decisioni su %1 persone andrebbero perse."),
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
    "Not a registration: sent from this mailbox (a reply or a sent copy)": (
        "Pas une inscription : envoyé depuis cette boîte (une réponse ou une copie envoyée)",
        "Keine Anmeldung: aus diesem Postfach gesendet (eine Antwort oder eine gesendete Kopie)",
        "Non è un'iscrizione: inviato da questa casella (una risposta o una copia inviata)"),
    "Outlook .msg files, which this version does not read; drag the messages out of Outlook on the web, Thunderbird "
    "or Apple Mail (they give .eml files), or export the folder as mbox": (
        "des fichiers .msg d'Outlook, que cette version ne lit pas ; faites glisser les messages hors d'Outlook sur le "
        "web, de Thunderbird ou d'Apple Mail (ils donnent des fichiers .eml), ou exportez le dossier en mbox",
        "Outlook-.msg-Dateien, die diese Version nicht liest; ziehen Sie die Nachrichten aus Outlook im Web, "
        "Thunderbird oder Apple Mail heraus (das ergibt .eml-Dateien) oder exportieren Sie den Ordner als mbox",
        "file .msg di Outlook, che questa versione non legge; trascinate i messaggi fuori da Outlook sul web, "
        "Thunderbird o Apple Mail (danno file .eml), oppure esportate la cartella come mbox"),
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
    # -- watching the registration mailbox
    "Watch the registration mailbox…": ("Surveiller la boîte des inscriptions…", "Anmeldepostfach überwachen…",
                                        "Sorvegliare la casella delle iscrizioni…"),
    "Review fetched e-mails…": ("Examiner les e-mails relevés…", "Abgeholte E-Mails prüfen…",
                                "Esaminare le e-mail scaricate…"),
    "Review fetched e-mails": ("Examiner les e-mails relevés", "Abgeholte E-Mails prüfen",
                               "Esaminare le e-mail scaricate"),
    "%1: no such mail server; check its name": ("%1 : ce serveur de messagerie n'existe pas ; vérifiez son nom",
                                                "%1: kein solcher Mailserver; prüfen Sie seinen Namen",
                                                "%1: server di posta inesistente; verificatene il nome"),
    "%1: the mail server does not answer; trying again at the next round": (
        "%1 : le serveur de messagerie ne répond pas ; nouvel essai au prochain tour",
        "%1: der Mailserver antwortet nicht; neuer Versuch in der nächsten Runde",
        "%1: il server di posta non risponde; nuovo tentativo al prossimo giro"),
    "%1: the server's certificate is not trusted; name the certificate authority's file": (
        "%1 : le certificat du serveur n'est pas reconnu ; indiquez le fichier de l'autorité de certification",
        "%1: dem Zertifikat des Servers wird nicht vertraut; geben Sie die Datei der Zertifizierungsstelle an",
        "%1: il certificato del server non è riconosciuto; indicate il file dell'autorità di certificazione"),
    "%1: the certificate authority's file cannot be read": (
        "%1 : le fichier de l'autorité de certification est illisible",
        "%1: die Datei der Zertifizierungsstelle ist nicht lesbar",
        "%1: il file dell'autorità di certificazione è illeggibile"),
    "%1: no encrypted connection could be made": ("%1 : aucune connexion chiffrée n'a pu être établie",
                                                  "%1: keine verschlüsselte Verbindung möglich",
                                                  "%1: impossibile stabilire una connessione cifrata"),
    "%1: the server offers no encryption; the password is not sent in clear": (
        "%1 : le serveur ne propose aucun chiffrement ; le mot de passe n'est pas envoyé en clair",
        "%1: der Server bietet keine Verschlüsselung; das Passwort wird nicht im Klartext gesendet",
        "%1: il server non offre cifratura; la password non viene inviata in chiaro"),
    "%1: this is no IMAP mail server": ("%1 : ce n'est pas un serveur de messagerie IMAP",
                                        "%1: das ist kein IMAP-Mailserver", "%1: non è un server di posta IMAP"),
    "%1: the server refused the user name or the password (some providers want an app password)": (
        "%1 : le serveur a refusé le nom d'utilisateur ou le mot de passe (certains fournisseurs demandent un mot "
        "de passe d'application)",
        "%1: der Server hat Benutzername oder Passwort abgelehnt (manche Anbieter verlangen ein App-Passwort)",
        "%1: il server ha rifiutato il nome utente o la password (alcuni fornitori chiedono una password per le "
        "app)"),
    "%1: the mailbox has no such folder": ("%1 : la boîte n'a pas ce dossier", "%1: das Postfach hat keinen "
                                           "solchen Ordner", "%1: la casella non ha questa cartella"),
    "%1: the connection was lost; trying again at the next round": (
        "%1 : la connexion a été perdue ; nouvel essai au prochain tour",
        "%1: die Verbindung ist abgebrochen; neuer Versuch in der nächsten Runde",
        "%1: la connessione si è interrotta; nuovo tentativo al prossimo giro"),
    "%1: the server refused to hand the messages over (%2)": (
        "%1 : le serveur a refusé de remettre les messages (%2)",
        "%1: der Server hat die Herausgabe der Nachrichten verweigert (%2)",
        "%1: il server ha rifiutato di consegnare i messaggi (%2)"),
    "Watching %1 for registration e-mails": ("Surveillance de %1 pour les e-mails d'inscription",
                                             "%1 wird auf Anmelde-E-Mails überwacht",
                                             "Sorveglianza di %1 per le e-mail d'iscrizione"),
    "No e-mail was fetched for this event yet: Event → Watch the registration mailbox…": (
        "Aucun e-mail n'a encore été relevé pour cet événement : Événement → Surveiller la boîte des "
        "inscriptions…",
        "Für diesen Anlass wurde noch keine E-Mail abgeholt: Anlass → Anmeldepostfach überwachen…",
        "Nessuna e-mail è stata ancora scaricata per questo evento: Evento → Sorvegliare la casella delle "
        "iscrizioni…"),
    "✉ New registration e-mails: %1 (review)": ("✉ Nouveaux e-mails d'inscription : %1 (examiner)",
                                                "✉ Neue Anmelde-E-Mails: %1 (prüfen)",
                                                "✉ Nuove e-mail d'iscrizione: %1 (esaminare)"),
    "The mailbox is no longer watched: %1": ("La boîte n'est plus surveillée : %1",
                                             "Das Postfach wird nicht mehr überwacht: %1",
                                             "La casella non è più sorvegliata: %1"),
    "Write the mailbox as imaps://USER@SERVER/FOLDER": (
        "Écrivez la boîte sous la forme imaps://UTILISATEUR@SERVEUR/DOSSIER",
        "Schreiben Sie das Postfach als imaps://BENUTZER@SERVER/ORDNER",
        "Scrivete la casella come imaps://UTENTE@SERVER/CARTELLA"),
    "Name the mailbox's user, as in imaps://USER@SERVER/FOLDER": (
        "Indiquez l'utilisateur de la boîte, comme dans imaps://UTILISATEUR@SERVEUR/DOSSIER",
        "Nennen Sie den Benutzer des Postfachs, wie in imaps://BENUTZER@SERVER/ORDNER",
        "Indicate l'utente della casella, come in imaps://UTENTE@SERVER/CARTELLA"),
    "Name the mail server, as in imaps://USER@SERVER/FOLDER": (
        "Indiquez le serveur de messagerie, comme dans imaps://UTILISATEUR@SERVEUR/DOSSIER",
        "Nennen Sie den Mailserver, wie in imaps://BENUTZER@SERVER/ORDNER",
        "Indicate il server di posta, come in imaps://UTENTE@SERVER/CARTELLA"),
    "The port after the server's name must be a number (993 for imaps)": (
        "Le port après le nom du serveur doit être un nombre (993 pour imaps)",
        "Der Port nach dem Servernamen muss eine Zahl sein (993 für imaps)",
        "La porta dopo il nome del server deve essere un numero (993 per imaps)"),
    "Put the password in its own box, not in the address": (
        "Mettez le mot de passe dans sa propre case, pas dans l'adresse",
        "Tragen Sie das Passwort in sein eigenes Feld ein, nicht in die Adresse",
        "Inserite la password nella sua casella, non nell'indirizzo"),
    "Watch the registration mailbox": ("Surveiller la boîte des inscriptions", "Anmeldepostfach überwachen",
                                       "Sorvegliare la casella delle iscrizioni"),
    "While this event is open, the desk takes the new e-mails of this mailbox every few minutes (without marking "
    "them read) and tells you when there are some to review.": (
        "Tant que cet événement est ouvert, l'accueil relève les nouveaux e-mails de cette boîte toutes les "
        "quelques minutes (sans les marquer comme lus) et vous signale ceux à examiner.",
        "Solange dieser Anlass geöffnet ist, holt der Schalter alle paar Minuten die neuen E-Mails dieses "
        "Postfachs ab (ohne sie als gelesen zu markieren) und meldet, wenn welche zu prüfen sind.",
        "Finché questo evento è aperto, il banco scarica ogni pochi minuti le nuove e-mail di questa casella "
        "(senza segnarle come lette) e vi segnala quelle da esaminare."),
    " min": (" min", " Min.", " min"),
    "Only for a server with a certificate of its own organisation": (
        "Seulement pour un serveur avec un certificat de sa propre organisation",
        "Nur für einen Server mit einem Zertifikat seiner eigenen Organisation",
        "Solo per un server con un certificato della propria organizzazione"),
    "&Mailbox:": ("&Boîte :", "&Postfach:", "&Casella:"),
    "&Password:": ("Mot de &passe :", "&Passwort:", "&Password:"),
    "&Every:": ("&Toutes les :", "&Alle:", "&Ogni:"),
    "&Certificate authority (PEM file):": ("Autorité de &certification (fichier PEM) :",
                                           "&Zertifizierungsstelle (PEM-Datei):",
                                           "Autorità di &certificazione (file PEM):"),
    "The password is kept only while the event is open; it is never saved.": (
        "Le mot de passe n'est gardé que tant que l'événement est ouvert ; il n'est jamais enregistré.",
        "Das Passwort wird nur behalten, solange der Anlass geöffnet ist; es wird nie gespeichert.",
        "La password è conservata solo finché l'evento è aperto; non viene mai salvata."),
    "Give the mailbox's password.": ("Indiquez le mot de passe de la boîte.", "Geben Sie das Passwort des "
                                     "Postfachs an.", "Indicate la password della casella."),
    "No such file: %1": ("Fichier introuvable : %1", "Keine solche Datei: %1", "File inesistente: %1"),
    "Imported before, from this message": ("Importé·e avant, depuis ce message", "Früher importiert, aus dieser "
                                           "Nachricht", "Importato/a prima, da questo messaggio"),
    "Imported before, from the same messages: %1 (left as the event has them).": (
        "Importées avant, depuis les mêmes messages : %1 (laissées telles que l'événement les a).",
        "Früher importiert, aus denselben Nachrichten: %1 (so belassen, wie der Anlass sie hat).",
        "Importate prima, dagli stessi messaggi: %1 (lasciate come l'evento le ha)."),
    "What the decisions change could not be worked out: %1": (
        "L'effet des décisions n'a pas pu être calculé : %1",
        "Was die Entscheidungen ändern, konnte nicht ermittelt werden: %1",
        "Non è stato possibile calcolare l'effetto delle decisioni: %1"),
    "The registration mailbox %1 is not watched now: Event → Watch the registration mailbox… takes its new "
    "e-mails.": (
        "La boîte des inscriptions %1 n'est pas surveillée en ce moment : Événement → Surveiller la boîte des "
        "inscriptions… relève ses nouveaux e-mails.",
        "Das Anmeldepostfach %1 wird gerade nicht überwacht: Anlass → Anmeldepostfach überwachen… holt seine "
        "neuen E-Mails ab.",
        "La casella delle iscrizioni %1 non è sorvegliata ora: Evento → Sorvegliare la casella delle iscrizioni… "
        "scarica le sue nuove e-mail."),
    "Back to as read, corrections forgotten (Alt+U)": (
        "Revenir à la lecture, corrections oubliées (Alt+D)", "Zurück zum Gelesenen, Korrekturen verworfen (Alt+Z)",
        "Tornare a quanto letto, correzioni dimenticate (Alt+D)"),
}
