"""Translations of the organiser's dialogs (import wizard, export, retention and purge): English → (fr, de, it).

Merged into the table of fill_translations.py. A (singular, plural) tuple fills a %n message's forms.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    # -- menu actions
    "Last import report": ("Rapport du dernier import", "Bericht des letzten Imports",
                           "Rapporto dell'ultima importazione"),
    "Export…": ("Exporter…", "Exportieren…", "Esporta…"),
    "Send confirmations…": ("Envoyer les confirmations…", "Bestätigungen senden…", "Invia le conferme…"),
    "Purge personal data…": ("Purger les données personnelles…", "Personendaten löschen…",
                             "Cancella i dati personali…"),
    # -- import wizard
    "Import registrations": ("Importer les inscriptions", "Anmeldungen importieren", "Importa le iscrizioni"),
    "Choose a spreadsheet, or drop it here": ("Choisissez un tableur, ou déposez-le ici",
                                              "Tabelle wählen oder hierher ziehen",
                                              "Scegliete un foglio di calcolo o trascinatelo qui"),
    "Choose…": ("Choisir…", "Wählen…", "Scegli…"),
    "File:": ("Fichier :", "Datei:", "File:"),
    "Sheet:": ("Feuille :", "Blatt:", "Foglio:"),
    "Cancel people who are missing from this file (uncheck for a file of additions); check-ins are kept": (
        "Annuler les personnes absentes de ce fichier (décochez pour un fichier d'ajouts) ; les arrivées sont "
        "conservées",
        "Personen stornieren, die in dieser Datei fehlen (abwählen für eine Datei mit Ergänzungen); Check-ins "
        "bleiben erhalten",
        "Annulla le persone assenti da questo file (togliete la spunta per un file di aggiunte); le registrazioni "
        "restano"),
    "Import": ("Importer", "Importieren", "Importa"),
    "Stop": ("Arrêter", "Anhalten", "Ferma"),
    "Spreadsheets (%1)": ("Tableurs (%1)", "Tabellen (%1)", "Fogli di calcolo (%1)"),
    "Reading %1…": ("Lecture de %1…", "%1 wird gelesen…", "Lettura di %1…"),
    "columns as in your last import of this kind of file": (
        "colonnes comme lors de votre dernier import de ce type de fichier",
        "Spalten wie beim letzten Import dieser Art von Datei",
        "colonne come nell'ultima importazione di questo tipo di file"),
    "columns as you chose them": ("colonnes comme vous les avez choisies", "Spalten wie von Ihnen gewählt",
                                  "colonne come le avete scelte"),
    "columns recognised automatically": ("colonnes reconnues automatiquement", "Spalten automatisch erkannt",
                                         "colonne riconosciute automaticamente"),
    "Sheet “%1”, header on row %2, %3 rows; %4. Change what a column holds with the list above it.": (
        "Feuille « %1 », en-tête à la ligne %2, %3 lignes ; %4. Changez le contenu d'une colonne avec la liste "
        "au-dessus d'elle.",
        "Blatt „%1“, Kopfzeile in Zeile %2, %3 Zeilen; %4. Den Inhalt einer Spalte mit der Liste darüber ändern.",
        "Foglio «%1», intestazione alla riga %2, %3 righe; %4. Cambiate il contenuto di una colonna con l'elenco "
        "sopra di essa."),
    "Problems below: %1; rows in red stay out.": (
        "Problèmes ci-dessous : %1 ; les lignes en rouge ne sont pas importées.",
        "Probleme unten: %1; rote Zeilen werden nicht importiert.",
        "Problemi qui sotto: %1; le righe in rosso non vengono importate."),
    "Importing…": ("Import en cours…", "Import läuft…", "Importazione in corso…"),
    "Stopped; nothing was imported.": ("Arrêté ; rien n'a été importé.", "Angehalten; nichts wurde importiert.",
                                       "Interrotto; nulla è stato importato."),
    "Nothing was imported: %1": ("Rien n'a été importé : %1", "Nichts wurde importiert: %1",
                                 "Nulla è stato importato: %1"),
    "Import as": ("Importer comme", "Importieren als", "Importa come"),
    "%1 (sheet “%2”, header on row %3)": ("%1 (feuille « %2 », en-tête à la ligne %3)",
                                          "%1 (Blatt „%2“, Kopfzeile in Zeile %3)",
                                          "%1 (foglio «%2», intestazione alla riga %3)"),
    "No problems: every row was read.": ("Aucun problème : toutes les lignes ont été lues.",
                                         "Keine Probleme: alle Zeilen wurden gelesen.",
                                         "Nessun problema: tutte le righe sono state lette."),
    "Nothing was imported into this event since it was opened.": (
        "Rien n'a été importé dans cet événement depuis son ouverture.",
        "Seit dem Öffnen wurde nichts in diesen Anlass importiert.",
        "Nulla è stato importato in questo evento da quando è stato aperto."),
    "Row": ("Ligne", "Zeile", "Riga"),
    "Column": ("Colonne", "Spalte", "Colonna"),
    "Problem": ("Problème", "Problem", "Problema"),
    # -- field names
    "Full name (split)": ("Nom complet (séparé)", "Vollständiger Name (getrennt)", "Nome completo (separato)"),
    "Honorific": ("Civilité", "Anrede", "Titolo"),
    "Language": ("Langue", "Sprache", "Lingua"),
    "Registration time": ("Date d'inscription", "Anmeldezeit", "Data di iscrizione"),
    "Ticket code (other system)": ("Code de billet (autre système)", "Ticketcode (anderes System)",
                                   "Codice del biglietto (altro sistema)"),
    "Notes": ("Remarques", "Bemerkungen", "Note"),
    "— kept as an extra field —": ("— gardée comme champ supplémentaire —", "— als Zusatzfeld behalten —",
                                   "— tenuta come campo aggiuntivo —"),
    # -- file failures
    "no such file": ("fichier introuvable", "Datei nicht gefunden", "file non trovato"),
    "the file is empty": ("le fichier est vide", "die Datei ist leer", "il file è vuoto"),
    "not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)": (
        "pas un tableur que cette version sait lire (xlsx, xlsm, xls, ods, csv, txt)",
        "keine Tabelle, die diese Version liest (xlsx, xlsm, xls, ods, csv, txt)",
        "non è un foglio di calcolo che questa versione legge (xlsx, xlsm, xls, ods, csv, txt)"),
    "protected by a password; save a copy without the password and import that": (
        "protégé par un mot de passe ; enregistrez une copie sans mot de passe et importez-la",
        "mit einem Passwort geschützt; eine Kopie ohne Passwort speichern und diese importieren",
        "protetto da password; salvate una copia senza password e importatela"),
    "refused: it would inflate far beyond any registration list (damaged, or a zip bomb)": (
        "refusé : il gonflerait bien au-delà d'une liste d'inscriptions (endommagé, ou bombe zip)",
        "abgelehnt: er würde weit über jede Anmeldeliste hinaus anwachsen (beschädigt oder Zip-Bombe)",
        "rifiutato: si espanderebbe ben oltre qualsiasi elenco di iscrizioni (danneggiato o bomba zip)"),
    "more than %1 rows; split the file or delete the empty rows at its end": (
        "plus de %1 lignes ; scindez le fichier ou supprimez les lignes vides à la fin",
        "mehr als %1 Zeilen; Datei aufteilen oder die leeren Zeilen am Ende löschen",
        "più di %1 righe; dividete il file o cancellate le righe vuote alla fine"),
    "no such sheet (%1)": ("feuille introuvable (%1)", "Blatt nicht gefunden (%1)", "foglio non trovato (%1)"),
    "no list found (no header row with rows below it)": (
        "aucune liste trouvée (pas de ligne d'en-tête suivie de lignes)",
        "keine Liste gefunden (keine Kopfzeile mit Zeilen darunter)",
        "nessun elenco trovato (nessuna intestazione con righe sotto)"),
    "no name column found; choose the column that holds the family or full name": (
        "aucune colonne de nom trouvée ; choisissez la colonne du nom de famille ou du nom complet",
        "keine Namensspalte gefunden; die Spalte mit dem Nachnamen oder vollen Namen wählen",
        "nessuna colonna del nome trovata; scegliete la colonna del cognome o del nome completo"),
    "unknown field %1": ("champ inconnu %1", "unbekanntes Feld %1", "campo sconosciuto %1"),
    "the sheet has no column %1": ("la feuille n'a pas de colonne %1", "das Blatt hat keine Spalte %1",
                                   "il foglio non ha la colonna %1"),
    "could not be read (%1)": ("illisible (%1)", "konnte nicht gelesen werden (%1)", "non leggibile (%1)"),
    # -- row problems
    "no given or family name; skipped": ("ni prénom ni nom ; ignorée", "weder Vor- noch Nachname; übersprungen",
                                         "né nome né cognome; saltata"),
    "e-mail '%1' is malformed; imported without it": (
        "l'adresse e-mail « %1 » est mal formée ; importée sans elle",
        "E-Mail „%1“ ist fehlerhaft; ohne sie importiert",
        "l'e-mail «%1» non è valida; importata senza"),
    "same e-mail as row %2; skipped": ("même e-mail que la ligne %2 ; ignorée",
                                       "gleiche E-Mail wie Zeile %2; übersprungen",
                                       "stessa e-mail della riga %2; saltata"),
    "same name and organisation as row %2; skipped": (
        "même nom et organisation que la ligne %2 ; ignorée",
        "gleicher Name und Organisation wie Zeile %2; übersprungen",
        "stesso nome e organizzazione della riga %2; saltata"),
    "matches the same person as row %2 (%1); skipped": (
        "correspond à la même personne que la ligne %2 (%1) ; ignorée",
        "entspricht derselben Person wie Zeile %2 (%1); übersprungen",
        "corrisponde alla stessa persona della riga %2 (%1); saltata"),
    "not a person (a total or a note: '%1'); skipped": (
        "pas une personne (un total ou une note : « %1 ») ; ignorée",
        "keine Person (eine Summe oder Notiz: „%1“); übersprungen",
        "non è una persona (un totale o una nota: «%1»); saltata"),
    "unknown category '%1'; imported as the default": (
        "catégorie inconnue « %1 » ; importée avec la catégorie par défaut",
        "unbekannte Kategorie „%1“; mit der Standardkategorie importiert",
        "categoria sconosciuta «%1»; importata con quella predefinita"),
    "unreadable date '%1'; imported without a registration time": (
        "date illisible « %1 » ; importée sans date d'inscription",
        "unlesbares Datum „%1“; ohne Anmeldezeit importiert",
        "data illeggibile «%1»; importata senza data di iscrizione"),
    "the cell holds a spreadsheet error (#REF!, #N/A…); read as empty": (
        "la cellule contient une erreur de tableur (#REF!, #N/A…) ; lue comme vide",
        "die Zelle enthält einen Tabellenfehler (#BEZUG!, #NV…); als leer gelesen",
        "la cella contiene un errore del foglio (#RIF!, #N/D…); letta come vuota"),
    "invisible control characters removed": ("caractères de contrôle invisibles supprimés",
                                             "unsichtbare Steuerzeichen entfernt",
                                             "caratteri di controllo invisibili rimossi"),
    # -- counts and report
    "%1 rows: %2 added, %3 updated, %4 unchanged, %5 cancelled, %6 skipped": (
        "%1 lignes : %2 ajoutées, %3 mises à jour, %4 inchangées, %5 annulées, %6 ignorées",
        "%1 Zeilen: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 storniert, %6 übersprungen",
        "%1 righe: %2 aggiunte, %3 aggiornate, %4 invariate, %5 annullate, %6 saltate"),
    "%1 rows: %2 to add, %3 to update, %4 unchanged, %5 to cancel, %6 skipped": (
        "%1 lignes : %2 à ajouter, %3 à mettre à jour, %4 inchangées, %5 à annuler, %6 ignorées",
        "%1 Zeilen: %2 hinzuzufügen, %3 zu aktualisieren, %4 unverändert, %5 zu stornieren, %6 übersprungen",
        "%1 righe: %2 da aggiungere, %3 da aggiornare, %4 invariate, %5 da annullare, %6 saltate"),
    "%1 on the waiting list (capacity reached; first come, first served)": (
        "%1 sur liste d'attente (capacité atteinte ; premier arrivé, premier servi)",
        "%1 auf der Warteliste (Kapazität erreicht; wer zuerst kommt, mahlt zuerst)",
        "%1 in lista d'attesa (capienza raggiunta; chi prima arriva, meglio alloggia)"),
    "%1 registered after the deadline (rows %2)": ("%1 inscrites après le délai (lignes %2)",
                                                   "%1 nach der Frist angemeldet (Zeilen %2)",
                                                   "%1 iscritte dopo la scadenza (righe %2)"),
    "cancelled but already checked in (kept in the attendance): %1": (
        "annulée mais déjà arrivée (gardée dans les présences) : %1",
        "storniert, aber bereits eingecheckt (bleibt in der Anwesenheit): %1",
        "annullata ma già arrivata (resta nelle presenze): %1"),
    "An import is being saved": ("Un import est en cours d'enregistrement", "Ein Import wird gespeichert",
                                 "Un'importazione è in corso di salvataggio"),
    "Scan again in a moment.": ("Scannez à nouveau dans un instant.", "Gleich noch einmal scannen.",
                                "Scansionate di nuovo tra un momento."),
    # -- export
    "Export": ("Exporter", "Exportieren", "Esporta"),
    "What to write:": ("Que produire :", "Was schreiben:", "Che cosa scrivere:"),
    "Attendance workbook (Excel, .xlsx)": ("Classeur des présences (Excel, .xlsx)",
                                           "Anwesenheitsmappe (Excel, .xlsx)",
                                           "Cartella delle presenze (Excel, .xlsx)"),
    "CSV separated by commas (.csv)": ("CSV séparé par des virgules (.csv)", "CSV mit Kommas getrennt (.csv)",
                                       "CSV separato da virgole (.csv)"),
    "CSV separated by semicolons, for French and German Excel (.csv)": (
        "CSV séparé par des points-virgules, pour Excel en français et en allemand (.csv)",
        "CSV mit Semikolons getrennt, für deutsches und französisches Excel (.csv)",
        "CSV separato da punti e virgola, per Excel francese e tedesco (.csv)"),
    "Attendance report (PDF)": ("Rapport des présences (PDF)", "Anwesenheitsbericht (PDF)",
                                "Rapporto delle presenze (PDF)"),
    "Anonymised statistics for funders (Excel, .xlsx; no names, small groups withheld)": (
        "Statistiques anonymisées pour les bailleurs (Excel, .xlsx ; sans noms, petits groupes masqués)",
        "Anonymisierte Statistik für Geldgeber (Excel, .xlsx; keine Namen, kleine Gruppen unterdrückt)",
        "Statistiche anonime per i finanziatori (Excel, .xlsx; senza nomi, gruppi piccoli omessi)"),
    "Anonymised statistics (PDF)": ("Statistiques anonymisées (PDF)", "Anonymisierte Statistik (PDF)",
                                    "Statistiche anonime (PDF)"),
    "Sign-in sheet to print (PDF)": ("Liste de présence à imprimer (PDF)", "Unterschriftenliste zum Drucken (PDF)",
                                     "Foglio firme da stampare (PDF)"),
    "The personal data of this event were purged: only anonymised statistics remain.": (
        "Les données personnelles de cet événement ont été purgées : seules les statistiques anonymisées restent.",
        "Die Personendaten dieses Anlasses wurden gelöscht: nur die anonymisierte Statistik bleibt.",
        "I dati personali di questo evento sono stati cancellati: restano solo le statistiche anonime."),
    "cannot write %1: the folder does not exist": ("impossible d'écrire %1 : le dossier n'existe pas",
                                                   "%1 kann nicht geschrieben werden: der Ordner existiert nicht",
                                                   "impossibile scrivere %1: la cartella non esiste"),
    "cannot write %1: permission denied (choose another folder)": (
        "impossible d'écrire %1 : accès refusé (choisissez un autre dossier)",
        "%1 kann nicht geschrieben werden: Zugriff verweigert (anderen Ordner wählen)",
        "impossibile scrivere %1: accesso negato (scegliete un'altra cartella)"),
    "cannot write %1: it is a folder; give a file name": (
        "impossible d'écrire %1 : c'est un dossier ; donnez un nom de fichier",
        "%1 kann nicht geschrieben werden: das ist ein Ordner; einen Dateinamen angeben",
        "impossibile scrivere %1: è una cartella; indicate un nome di file"),
    "cannot write %1: it is open in Excel or LibreOffice; close it and try again": (
        "impossible d'écrire %1 : il est ouvert dans Excel ou LibreOffice ; fermez-le et réessayez",
        "%1 kann nicht geschrieben werden: in Excel oder LibreOffice geöffnet; schließen und erneut versuchen",
        "impossibile scrivere %1: è aperto in Excel o LibreOffice; chiudetelo e riprovate"),
    "cannot write %1: the disk is full": ("impossible d'écrire %1 : le disque est plein",
                                          "%1 kann nicht geschrieben werden: der Datenträger ist voll",
                                          "impossibile scrivere %1: il disco è pieno"),
    "cannot write %1: the system refused": ("impossible d'écrire %1 : le système a refusé",
                                            "%1 kann nicht geschrieben werden: das System hat abgelehnt",
                                            "impossibile scrivere %1: il sistema ha rifiutato"),
    "the personal data of this event were purged; only anonymised statistics remain": (
        "les données personnelles de cet événement ont été purgées ; seules les statistiques anonymisées restent",
        "die Personendaten dieses Anlasses wurden gelöscht; nur die anonymisierte Statistik bleibt",
        "i dati personali di questo evento sono stati cancellati; restano solo le statistiche anonime"),
    "no statistics were kept for the checkpoint %1 when this event was purged": (
        "aucune statistique n'a été gardée pour le point de contrôle %1 lors de la purge",
        "für den Kontrollpunkt %1 wurde beim Löschen keine Statistik behalten",
        "nessuna statistica è stata conservata per il punto di controllo %1 alla cancellazione"),
    "%1: cannot export in this format": ("%1 : impossible d'exporter dans ce format",
                                         "%1: in diesem Format nicht exportierbar",
                                         "%1: impossibile esportare in questo formato"),
    "Wrote %1": ("%1 écrit", "%1 geschrieben", "%1 scritto"),
    "Exporting…": ("Export en cours…", "Export läuft…", "Esportazione in corso…"),
    "Nothing was exported": ("Rien n'a été exporté", "Nichts wurde exportiert", "Nulla è stato esportato"),
    # -- confirmations, retention, purge
    "Send confirmations": ("Envoyer les confirmations", "Bestätigungen senden", "Invia le conferme"),
    "Sending confirmations is not available here (%1).": (
        "L'envoi des confirmations n'est pas disponible ici (%1).",
        "Das Senden von Bestätigungen ist hier nicht verfügbar (%1).",
        "L'invio delle conferme non è disponibile qui (%1)."),
    "Its retention date has not passed yet. ": ("Sa date de conservation n'est pas encore passée. ",
                                                "Sein Aufbewahrungsdatum ist noch nicht erreicht. ",
                                                "La sua data di conservazione non è ancora passata. "),
    "Purge personal data": ("Purger les données personnelles", "Personendaten löschen",
                            "Cancella i dati personali"),
    "Remove every name, e-mail and code of “%1”? %2Only anonymised statistics stay. This cannot be undone.": (
        "Supprimer tous les noms, e-mails et codes de « %1 » ? %2Seules les statistiques anonymisées restent. "
        "C'est irréversible.",
        "Alle Namen, E-Mails und Codes von „%1“ entfernen? %2Nur die anonymisierte Statistik bleibt. "
        "Das kann nicht rückgängig gemacht werden.",
        "Rimuovere tutti i nomi, le e-mail e i codici di «%1»? %2Restano solo le statistiche anonime. "
        "Non si può annullare."),
    "Nothing was purged": ("Rien n'a été purgé", "Nichts wurde gelöscht", "Nulla è stato cancellato"),
    "Personal data purged; anonymised statistics kept.": (
        "Données personnelles purgées ; statistiques anonymisées conservées.",
        "Personendaten gelöscht; anonymisierte Statistik behalten.",
        "Dati personali cancellati; statistiche anonime conservate."),
    "The personal data of this event were purged; only anonymised statistics remain "
    "(Export… ▸ anonymised statistics).": (
        "Les données personnelles de cet événement ont été purgées ; seules les statistiques anonymisées restent "
        "(Exporter… ▸ statistiques anonymisées).",
        "Die Personendaten dieses Anlasses wurden gelöscht; nur die anonymisierte Statistik bleibt "
        "(Exportieren… ▸ anonymisierte Statistik).",
        "I dati personali di questo evento sono stati cancellati; restano solo le statistiche anonime "
        "(Esporta… ▸ statistiche anonime)."),
    "The retention date of this event (%1) has passed: its personal data should now be purged, keeping only "
    "anonymised statistics. Export what you still need first.": (
        "La date de conservation de cet événement (%1) est passée : ses données personnelles doivent maintenant "
        "être purgées, en ne gardant que des statistiques anonymisées. Exportez d'abord ce dont vous avez encore "
        "besoin.",
        "Das Aufbewahrungsdatum dieses Anlasses (%1) ist überschritten: seine Personendaten sollten jetzt gelöscht "
        "werden, nur die anonymisierte Statistik bleibt. Exportieren Sie zuerst, was Sie noch brauchen.",
        "La data di conservazione di questo evento (%1) è passata: i suoi dati personali vanno ora cancellati, "
        "conservando solo statistiche anonime. Esportate prima ciò che vi serve ancora."),
}
