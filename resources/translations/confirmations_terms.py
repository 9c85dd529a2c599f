"""Translations of the Send confirmations dialog: English → (fr, de, it). Merged by fill_translations.py.

A (singular, plural) tuple fills a %n message's forms.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    "Templates": ("Modèles", "Vorlagen", "Modelli"),
    "Send a test to me": ("M'envoyer un test", "Test an mich senden", "Invia un test a me"),
    "Send": ("Envoyer", "Senden", "Invia"),
    "Mail server": ("Serveur de messagerie", "Mailserver", "Server di posta"),
    "default": ("par défaut", "Standard", "predefinita"),
    "STARTTLS": ("STARTTLS", "STARTTLS", "STARTTLS"),
    "SSL/TLS": ("SSL/TLS", "SSL/TLS", "SSL/TLS"),
    "None": ("Aucune", "Keine", "Nessuna"),
    "asked each time; never saved in the event": ("demandé à chaque fois ; jamais enregistré dans l'événement",
                                                  "jedes Mal abgefragt; nie im Anlass gespeichert",
                                                  "chiesta ogni volta; mai salvata nell'evento"),
    "Remember the password in the system keyring": ("Mémoriser le mot de passe dans le trousseau du système",
                                                    "Passwort im Schlüsselbund des Systems speichern",
                                                    "Ricorda la password nel portachiavi di sistema"),
    "Server": ("Serveur", "Server", "Server"),
    "Port": ("Port", "Port", "Porta"),
    "Security": ("Sécurité", "Sicherheit", "Sicurezza"),
    "User": ("Utilisateur", "Benutzer", "Utente"),
    "Password": ("Mot de passe", "Passwort", "Password"),
    "From address": ("Adresse d'expédition", "Absenderadresse", "Indirizzo del mittente"),
    "From name": ("Nom d'expéditeur", "Absendername", "Nome del mittente"),
    "Who gets what": ("Qui reçoit quoi", "Wer bekommt was", "Chi riceve cosa"),
    "Also send again to people who already had theirs": (
        "Renvoyer aussi aux personnes qui ont déjà reçu le leur",
        "Auch erneut an Personen senden, die ihre schon erhalten haben",
        "Invia di nuovo anche a chi ha già ricevuto il suo"),
    "Send the waitlist notice to waitlisted people": (
        "Envoyer l'avis de liste d'attente aux personnes en attente",
        "Den Wartelisten-Hinweis an Personen auf der Warteliste senden",
        "Invia l'avviso di lista d'attesa alle persone in attesa"),
    " per minute": (" par minute", " pro Minute", " al minuto"),
    "no limit": ("sans limite", "keine Grenze", "nessun limite"),
    "Rate": ("Cadence", "Rate", "Ritmo"),
    "Ticket paper": ("Papier du billet", "Ticketpapier", "Carta del biglietto"),
    "%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable "
    "e-mail address.": (
        "%1 confirmations et %2 avis de liste d'attente à envoyer ; %3 personnes ont déjà reçu le leur ; %4 sans "
        "adresse e-mail utilisable.",
        "%1 Bestätigungen und %2 Wartelisten-Hinweise zu senden; %3 Personen haben ihre schon erhalten; %4 ohne "
        "brauchbare E-Mail-Adresse.",
        "%1 conferme e %2 avvisi di lista d'attesa da inviare; %3 persone hanno già ricevuto il loro; %4 senza "
        "indirizzo e-mail utilizzabile."),
    "Send %n message(s)": (("Envoyer %n message", "Envoyer %n messages"),
                           ("%n Nachricht senden", "%n Nachrichten senden"),
                           ("Invia %n messaggio", "Invia %n messaggi")),
    "Type the name of your mail server.": ("Tapez le nom de votre serveur de messagerie.",
                                           "Geben Sie den Namen Ihres Mailservers ein.",
                                           "Digitate il nome del vostro server di posta."),
    "Type the sender address (the address people reply to).": (
        "Tapez l'adresse d'expédition (celle à laquelle on répond).",
        "Geben Sie die Absenderadresse ein (an die geantwortet wird).",
        "Digitate l'indirizzo del mittente (quello a cui si risponde)."),
    "Type the password for %1.": ("Tapez le mot de passe de %1.", "Geben Sie das Passwort für %1 ein.",
                                  "Digitate la password per %1."),
    "Sending a test to %1…": ("Envoi d'un test à %1…", "Test wird an %1 gesendet…", "Invio di un test a %1…"),
    "Sending…": ("Envoi en cours…", "Wird gesendet…", "Invio in corso…"),
    "Stopped after %1 message(s); the others were not sent to. Sending again continues with them: nobody gets "
    "a second copy.": (
        ("Arrêté après %1 message ; les autres n'ont rien reçu. Un nouvel envoi reprend avec eux : personne ne "
         "reçoit de double.",
         "Arrêté après %1 messages ; les autres n'ont rien reçu. Un nouvel envoi reprend avec eux : personne ne "
         "reçoit de double."),
        ("Nach %1 Nachricht angehalten; die anderen haben nichts erhalten. Erneutes Senden macht mit ihnen weiter: "
         "niemand bekommt eine zweite Kopie.",
         "Nach %1 Nachrichten angehalten; die anderen haben nichts erhalten. Erneutes Senden macht mit ihnen "
         "weiter: niemand bekommt eine zweite Kopie."),
        ("Interrotto dopo %1 messaggio; gli altri non hanno ricevuto nulla. Un nuovo invio riprende da loro: "
         "nessuno riceve una seconda copia.",
         "Interrotto dopo %1 messaggi; gli altri non hanno ricevuto nulla. Un nuovo invio riprende da loro: "
         "nessuno riceve una seconda copia.")),
    "Stopping after the message being sent…": ("Arrêt après le message en cours d'envoi…",
                                               "Anhalten nach der gerade gesendeten Nachricht…",
                                               "Interruzione dopo il messaggio in invio…"),
    "sent to %1": ("envoyé à %1", "an %1 gesendet", "inviato a %1"),
    "no e-mail address": ("pas d'adresse e-mail", "keine E-Mail-Adresse", "nessun indirizzo e-mail"),
    "malformed address": ("adresse mal formée", "fehlerhafte Adresse", "indirizzo non valido"),
    "skipped %1: %2": ("%1 ignoré·e : %2", "%1 übersprungen: %2", "%1 saltato/a: %2"),
    "NOT sent to %1: %2": ("PAS envoyé à %1 : %2", "NICHT an %1 gesendet: %2", "NON inviato a %1: %2"),
    "%1 sent, %2 failed, %3 skipped.": ("%1 envoyés, %2 en échec, %3 ignorés.",
                                        "%1 gesendet, %2 fehlgeschlagen, %3 übersprungen.",
                                        "%1 inviati, %2 non riusciti, %3 saltati."),
    "Send again later: only the people who did not get theirs will be sent to.": (
        "Renvoyez plus tard : seules les personnes qui n'ont pas reçu le leur seront servies.",
        "Später erneut senden: nur Personen, die ihre noch nicht erhalten haben, bekommen eine Nachricht.",
        "Inviate di nuovo più tardi: solo chi non ha ricevuto il suo lo riceverà."),
    "Stopped; the others were not sent to.": ("Arrêté ; les autres n'ont rien reçu.",
                                              "Angehalten; die anderen haben nichts erhalten.",
                                              "Interrotto; gli altri non hanno ricevuto nulla."),
    "Test sent to %1 (%2 messages: each kind and language).": (
        "Test envoyé à %1 (%2 messages : chaque type et chaque langue).",
        "Test an %1 gesendet (%2 Nachrichten: jede Art und Sprache).",
        "Test inviato a %1 (%2 messaggi: ogni tipo e lingua)."),
    "Nothing was sent.": ("Rien n'a été envoyé.", "Nichts wurde gesendet.", "Nulla è stato inviato."),
    "Sending failed: %1": ("L'envoi a échoué : %1", "Senden fehlgeschlagen: %1", "Invio non riuscito: %1"),
    "The mail server %1 was not found.": ("Le serveur de messagerie %1 est introuvable.",
                                          "Der Mailserver %1 wurde nicht gefunden.",
                                          "Il server di posta %1 non è stato trovato."),
    "%1 refused the connection (check the port).": ("%1 a refusé la connexion (vérifiez le port).",
                                                    "%1 hat die Verbindung abgelehnt (Port prüfen).",
                                                    "%1 ha rifiutato la connessione (controllate la porta)."),
    "%1 did not answer in time.": ("%1 n'a pas répondu à temps.", "%1 hat nicht rechtzeitig geantwortet.",
                                   "%1 non ha risposto in tempo."),
    "The secure connection to %1 failed (%2).": ("La connexion sécurisée à %1 a échoué (%2).",
                                                 "Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).",
                                                 "La connessione sicura a %1 non è riuscita (%2)."),
    "%1 does not offer STARTTLS.": ("%1 ne propose pas STARTTLS.", "%1 bietet kein STARTTLS an.",
                                    "%1 non offre STARTTLS."),
    "%1 refused the user name or password (%2).": ("%1 a refusé le nom d'utilisateur ou le mot de passe (%2).",
                                                   "%1 hat Benutzername oder Passwort abgelehnt (%2).",
                                                   "%1 ha rifiutato il nome utente o la password (%2)."),
    "%1 does not offer a login.": ("%1 ne propose pas d'authentification.", "%1 bietet keine Anmeldung an.",
                                   "%1 non offre l'autenticazione."),
    "%1 closed the connection (%2).": ("%1 a fermé la connexion (%2).", "%1 hat die Verbindung geschlossen (%2).",
                                       "%1 ha chiuso la connessione (%2)."),
    "%1 answered: %2": ("%1 a répondu : %2", "%1 antwortete: %2", "%1 ha risposto: %2"),
    "Previous": ("Précédent", "Zurück", "Precedente"),
    "Next": ("Suivant", "Weiter", "Successivo"),
    "Nobody to send to.": ("Personne à qui envoyer.", "Niemand zum Senden.", "Nessuno a cui inviare."),
    "%1 of %2 — To: %3 — Subject: %4": ("%1 sur %2 — À : %3 — Objet : %4", "%1 von %2 — An: %3 — Betreff: %4",
                                         "%1 di %2 — A: %3 — Oggetto: %4"),
    "Confirmation (with QR code and ticket)": ("Confirmation (avec code QR et billet)",
                                               "Bestätigung (mit QR-Code und Ticket)",
                                               "Conferma (con codice QR e biglietto)"),
    "Waitlist notice": ("Avis de liste d'attente", "Wartelisten-Hinweis", "Avviso di lista d'attesa"),
    "Back to the default text": ("Revenir au texte par défaut", "Zurück zum Standardtext",
                                 "Torna al testo predefinito"),
    "Message": ("Message", "Nachricht", "Messaggio"),
    "Subject": ("Objet", "Betreff", "Oggetto"),
    "Plain text": ("Texte brut", "Reiner Text", "Testo semplice"),
    "HTML": ("HTML", "HTML", "HTML"),
    "Placeholders: %1 ({qr_image}: HTML confirmations only)": (
        "Champs : %1 ({qr_image} : confirmations HTML seulement)",
        "Platzhalter: %1 ({qr_image}: nur HTML-Bestätigungen)",
        "Segnaposto: %1 ({qr_image}: solo conferme HTML)"),
    "the editor": ("l'éditeur", "den Editor", "l'editor"),
}
