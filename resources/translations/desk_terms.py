"""Translations of the desk under real hands (outcome, rush, lock, walk-ins, printing): English → (fr, de, it).

Merged into the table of fill_translations.py. French desk wording: "Accueillir" for check in, "Arrivé·e à
08:42" for already checked in; "Enregistrer" only for save.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    # -- actions and menus
    "Take back the arrival shown": ("Annuler l'arrivée affichée", "Angezeigte Ankunft zurücknehmen",
                                    "Annulla l'arrivo mostrato"),
    "Admit from the waiting list…": ("Admettre depuis la liste d'attente…", "Von der Warteliste zulassen…",
                                     "Ammetti dalla lista d'attesa…"),
    "Remove this walk-in…": ("Retirer cette inscription sur place…", "Diese Vor-Ort-Anmeldung entfernen…",
                             "Rimuovi questa iscrizione sul posto…"),
    # -- the outcome
    "Welcome": ("Bienvenue", "Willkommen", "Benvenuto/a"),
    "Next, please": ("Au suivant, s'il vous plaît", "Die nächste Person, bitte", "Avanti il prossimo"),
    "Already arrived at %1 (%2)": ("Arrivé·e à %1 (%2)", "Bereits angekommen um %1 (%2)",
                                   "Già arrivato/a alle %1 (%2)"),
    "Let them through. Ctrl+Z takes their arrival back if this was a mistake.": (
        "Laissez passer. Ctrl+Z annule l'arrivée en cas d'erreur.",
        "Durchlassen. Strg+Z nimmt die Ankunft zurück, falls es ein Versehen war.",
        "Lasciate passare. Ctrl+Z annulla l'arrivo in caso di errore."),
    "Not checked in: taken back": ("Pas arrivé·e : arrivée annulée", "Nicht eingecheckt: zurückgenommen",
                                   "Non arrivato/a: arrivo annullato"),
    "Registration cancelled": ("Inscription annulée", "Anmeldung storniert", "Iscrizione annullata"),
    "On the waiting list": ("Sur liste d'attente", "Auf der Warteliste", "In lista d'attesa"),
    "Ctrl+Enter admits them from the waiting list (with a reason), if the organisers agree.": (
        "Ctrl+Entrée l'admet depuis la liste d'attente (avec un motif), si les organisateurs sont d'accord.",
        "Strg+Eingabe lässt die Person von der Warteliste zu (mit Begründung), wenn die Organisatoren zustimmen.",
        "Ctrl+Invio la ammette dalla lista d'attesa (con un motivo), se gli organizzatori sono d'accordo."),
    "Arrival taken back (check-in undone)": ("Arrivée annulée", "Ankunft zurückgenommen", "Arrivo annullato"),
    "Needs: %1": ("Besoins : %1", "Bedürfnisse: %1", "Esigenze: %1"),
    "%1 of %2 arrived · %3 expected": ("%1 arrivés sur %2 · %3 attendus", "%1 von %2 angekommen · %3 erwartet",
                                       "%1 arrivati su %2 · %3 attesi"),
    "%1 people match “%2”": ("%1 personnes correspondent à « %2 »", "%1 Personen passen zu „%2“",
                             "%1 persone corrispondono a «%2»"),
    "Choose with ↑ ↓ and press Enter to check in; Esc goes back to the search.": (
        "Choisissez avec ↑ ↓ puis Entrée pour accueillir ; Échap revient à la recherche.",
        "Mit ↑ ↓ wählen und Eingabe zum Einchecken; Esc zurück zur Suche.",
        "Scegliete con ↑ ↓ e Invio per accogliere; Esc torna alla ricerca."),
    "The arrival of %1 was already taken back.": ("L'arrivée de %1 a déjà été annulée.",
                                                  "Die Ankunft von %1 wurde bereits zurückgenommen.",
                                                  "L'arrivo di %1 è già stato annullato."),
    "The last scan was refused: nobody was checked in.": (
        "Le dernier scan a été refusé : personne n'a été accueilli.",
        "Der letzte Scan wurde abgelehnt: niemand wurde eingecheckt.",
        "L'ultima scansione è stata rifiutata: nessuno è stato accolto."),
    "Ctrl+Z takes back the arrival shown here; there is none right now.": (
        "Ctrl+Z annule l'arrivée affichée ici ; il n'y en a aucune pour l'instant.",
        "Strg+Z nimmt die hier angezeigte Ankunft zurück; gerade wird keine angezeigt.",
        "Ctrl+Z annulla l'arrivo mostrato qui; al momento non ce n'è."),
    # -- printing
    "The badge was not printed: %1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.": (
        "Le badge n'a pas été imprimé : %1. Vérifiez l'imprimante (papier, câble, alimentation), puis Ctrl+P.",
        "Der Badge wurde nicht gedruckt: %1. Prüfen Sie den Drucker (Papier, Kabel, Strom), dann Strg+P.",
        "Il badge non è stato stampato: %1. Controllate la stampante (carta, cavo, alimentazione), poi Ctrl+P."),
    "No badge printed: the default printer “%1” makes files, not badges. Choose the badge printer in the desk "
    "settings (Ctrl+,).": (
        "Aucun badge imprimé : l'imprimante par défaut « %1 » crée des fichiers, pas des badges. Choisissez "
        "l'imprimante à badges dans les réglages du poste (Ctrl+,).",
        "Kein Badge gedruckt: der Standarddrucker „%1“ erzeugt Dateien, keine Badges. Wählen Sie den "
        "Badge-Drucker in den Schaltereinstellungen (Strg+,).",
        "Nessun badge stampato: la stampante predefinita «%1» crea file, non badge. Scegliete la stampante dei "
        "badge nelle impostazioni della postazione (Ctrl+,)."),
    "No badge printed: this computer has no printer. Choose one in the desk settings (Ctrl+,).": (
        "Aucun badge imprimé : cet ordinateur n'a pas d'imprimante. Choisissez-en une dans les réglages du poste "
        "(Ctrl+,).",
        "Kein Badge gedruckt: dieser Computer hat keinen Drucker. Wählen Sie einen in den Schaltereinstellungen "
        "(Strg+,).",
        "Nessun badge stampato: questo computer non ha stampanti. Sceglietene una nelle impostazioni (Ctrl+,)."),
    "System default printer (none on this computer)": ("Imprimante par défaut (aucune sur cet ordinateur)",
                                                       "Standarddrucker (keiner auf diesem Computer)",
                                                       "Stampante predefinita (nessuna su questo computer)"),
    "System default printer (%1: makes files, not badges)": (
        "Imprimante par défaut (%1 : crée des fichiers, pas des badges)",
        "Standarddrucker (%1: erzeugt Dateien, keine Badges)",
        "Stampante predefinita (%1: crea file, non badge)"),
    "System default printer (%1)": ("Imprimante par défaut (%1)", "Standarddrucker (%1)",
                                    "Stampante predefinita (%1)"),
    "%1 — makes files, not badges": ("%1 — crée des fichiers, pas des badges", "%1 — erzeugt Dateien, keine Badges",
                                     "%1 — crea file, non badge"),
    "%1 (not found on this computer)": ("%1 (introuvable sur cet ordinateur)", "%1 (auf diesem Computer nicht "
                                        "gefunden)", "%1 (non trovata su questo computer)"),
    " s": (" s", " s", " s"),
    "until the next scan": ("jusqu'au scan suivant", "bis zum nächsten Scan", "fino alla prossima scansione"),
    "“Next, please” after": ("« Au suivant » après", "„Die Nächste, bitte“ nach", "«Avanti il prossimo» dopo"),
    "A6 badge": ("Badge A6", "Badge A6", "Badge A6"),
    "A7 badge": ("Badge A7", "Badge A7", "Badge A7"),
    "4 × 3 in badge": ("Badge 4 × 3 po", "Badge 4 × 3 Zoll", "Badge 4 × 3 pollici"),
    "Card (CR80, credit-card size)": ("Carte (CR80, format carte bancaire)", "Karte (CR80, Kreditkartenformat)",
                                      "Tessera (CR80, formato carta di credito)"),
    "Folded badge (A5 to A6)": ("Badge plié (A5 en A6)", "Gefalteter Badge (A5 auf A6)",
                                "Badge piegato (A5 in A6)"),
    "Name label 75 × 40 mm": ("Étiquette nominative 75 × 40 mm", "Namensetikett 75 × 40 mm",
                              "Etichetta nominativa 75 × 40 mm"),
    "Name label 80 × 50 mm": ("Étiquette nominative 80 × 50 mm", "Namensetikett 80 × 50 mm",
                              "Etichetta nominativa 80 × 50 mm"),
    "Name card (A4 tent card)": ("Chevalet nominatif (A4 plié)", "Tischkarte (A4 gefaltet)",
                                 "Segnaposto (A4 piegato)"),
    # -- lock, start page, quitting
    "The desk stays locked. Try again in %1 s.": ("Le poste reste verrouillé. Réessayez dans %1 s.",
                                                  "Der Schalter bleibt gesperrt. Erneut versuchen in %1 s.",
                                                  "La postazione resta bloccata. Riprovate tra %1 s."),
    "No event is open: open the event first (Recent events or Open event file…), then scan.": (
        "Aucun événement n'est ouvert : ouvrez d'abord l'événement (Événements récents ou Ouvrir un fichier "
        "d'événement…), puis scannez.",
        "Kein Anlass ist geöffnet: öffnen Sie zuerst den Anlass (Letzte Anlässe oder Anlassdatei öffnen…), dann "
        "scannen.",
        "Nessun evento è aperto: aprite prima l'evento (Eventi recenti o Apri file evento…), poi scansionate."),
    "Close “%1”? This desk stops checking people in until an event is opened again.": (
        "Fermer « %1 » ? Ce poste n'accueille plus personne jusqu'à ce qu'un événement soit rouvert.",
        "„%1“ schließen? Dieser Schalter checkt niemanden mehr ein, bis wieder ein Anlass geöffnet ist.",
        "Chiudere «%1»? Questa postazione non accoglie più nessuno finché non si riapre un evento."),
    "Quit the desk? Nobody can be checked in here until it is started again.": (
        "Quitter le poste ? Personne ne pourra être accueilli ici avant son redémarrage.",
        "Schalter beenden? Hier kann niemand eingecheckt werden, bis er wieder gestartet ist.",
        "Uscire dalla postazione? Nessuno potrà essere accolto qui finché non viene riavviata."),
    # -- people
    "Changes to %1 saved.": ("Modifications de %1 enregistrées.", "Änderungen an %1 gespeichert.",
                             "Modifiche a %1 salvate."),
    "Your changes to %1 were saved.": ("Vos modifications de %1 ont été enregistrées.",
                                       "Ihre Änderungen an %1 wurden gespeichert.",
                                       "Le vostre modifiche a %1 sono state salvate."),
    "Registered by mistake: cancel it and take its check-in back (nothing is deleted).": (
        "Inscrite par erreur : l'annuler et annuler son arrivée (rien n'est effacé).",
        "Versehentlich angemeldet: stornieren und die Ankunft zurücknehmen (nichts wird gelöscht).",
        "Iscritta per errore: annullarla e annullarne l'arrivo (nulla viene cancellato)."),
    "Remove this walk-in": ("Retirer cette inscription sur place", "Diese Vor-Ort-Anmeldung entfernen",
                            "Rimuovi questa iscrizione sul posto"),
    "Remove the walk-in %1? The registration is cancelled and the check-in taken back; the log keeps both.": (
        "Retirer l'inscription sur place de %1 ? L'inscription est annulée et l'arrivée aussi ; le journal garde "
        "les deux.",
        "Die Vor-Ort-Anmeldung von %1 entfernen? Die Anmeldung wird storniert und die Ankunft zurückgenommen; "
        "das Protokoll behält beides.",
        "Rimuovere l'iscrizione sul posto di %1? L'iscrizione è annullata e l'arrivo pure; il registro conserva "
        "entrambi."),
    "Ctrl+Enter admits the waitlisted person the desk shows.": (
        "Ctrl+Entrée admet la personne sur liste d'attente affichée.",
        "Strg+Eingabe lässt die angezeigte Person von der Warteliste zu.",
        "Ctrl+Invio ammette la persona in lista d'attesa mostrata."),
    "Admit from the waiting list": ("Admettre depuis la liste d'attente", "Von der Warteliste zulassen",
                                    "Ammetti dalla lista d'attesa"),
    "Admit %1 from the waiting list. Why? (kept in their notes)": (
        "Admettre %1 depuis la liste d'attente. Pourquoi ? (noté dans ses remarques)",
        "%1 von der Warteliste zulassen. Warum? (in den Notizen festgehalten)",
        "Ammettere %1 dalla lista d'attesa. Perché? (annotato nelle note)"),
    "Admitted from the waiting list at %1 (%2, %3): %4": (
        "Admis·e depuis la liste d'attente à %1 (%2, %3) : %4",
        "Von der Warteliste zugelassen am %1 (%2, %3): %4",
        "Ammesso/a dalla lista d'attesa a %1 (%2, %3): %4"),
    "Already registered": ("Déjà inscrit·e", "Bereits angemeldet", "Già iscritto/a"),
    "This person is already registered: %1. Check them in instead?": (
        "Cette personne est déjà inscrite : %1. L'accueillir plutôt ?",
        "Diese Person ist bereits angemeldet: %1. Stattdessen einchecken?",
        "Questa persona è già iscritta: %1. Accoglierla invece?"),
    "Check in %1": ("Accueillir %1", "%1 einchecken", "Accogli %1"),
    "Register a new person anyway": ("Inscrire quand même une nouvelle personne",
                                     "Trotzdem eine neue Person anmelden", "Iscrivi comunque una nuova persona"),
    "Back to the form": ("Retour au formulaire", "Zurück zum Formular", "Torna al modulo"),
    "Discard this walk-in? What you typed is lost.": ("Abandonner cette inscription sur place ? La saisie est "
                                                      "perdue.", "Diese Vor-Ort-Anmeldung verwerfen? Die Eingabe "
                                                      "geht verloren.", "Scartare questa iscrizione sul posto? "
                                                      "Quanto digitato va perso."),
}
