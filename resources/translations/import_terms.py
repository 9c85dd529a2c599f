"""Translations of the import's newer words (wizard, its categories and cancellations, row problems): English →
(fr, de, it). Merged into the table of fill_translations.py.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    # -- the wizard
    "The first row is a person, not a header (columns are then known by letter)": (
        "La première ligne est une personne, pas un en-tête (les colonnes sont alors désignées par leur lettre)",
        "Die erste Zeile ist eine Person, keine Kopfzeile (die Spalten heißen dann nach ihrem Buchstaben)",
        "La prima riga è una persona, non un'intestazione (le colonne si indicano allora con la lettera)"),
    "Problems": ("Problèmes", "Probleme", "Problemi"),
    "Categories": ("Catégories", "Kategorien", "Categorie"),
    "Would be cancelled": ("Seraient annulées", "Würden storniert", "Sarebbero annullate"),
    "Problems (%1)": ("Problèmes (%1)", "Probleme (%1)", "Problemi (%1)"),
    "Categories (%1)": ("Catégories (%1)", "Kategorien (%1)", "Categorie (%1)"),
    "Would be cancelled (%1)": ("Seraient annulées (%1)", "Würden storniert (%1)", "Sarebbero annullate (%1)"),
    "Sheet “%1”, no header: the first row is a person, %2 rows; %3. Change what a column holds with the list "
    "above it.": (
        "Feuille « %1 », sans en-tête : la première ligne est une personne, %2 lignes ; %3. Changez ce que "
        "contient une colonne avec la liste au-dessus.",
        "Blatt „%1“, ohne Kopfzeile: Die erste Zeile ist eine Person, %2 Zeilen; %3. Ändern Sie mit der Liste "
        "darüber, was eine Spalte enthält.",
        "Foglio «%1», senza intestazione: la prima riga è una persona, %2 righe; %3. Cambiate il contenuto di una "
        "colonna con l'elenco sopra."),
    "Other sheets that hold a list: %1.": ("Autres feuilles qui contiennent une liste : %1.",
                                           "Weitere Blätter mit einer Liste: %1.",
                                           "Altri fogli che contengono un elenco: %1."),
    "This file would cancel %1 people who are not in it: check the list below, or uncheck “Cancel people who "
    "are missing”.": (
        "Ce fichier annulerait %1 personnes qui n'y figurent pas : vérifiez la liste ci-dessous, ou décochez "
        "« Annuler les personnes absentes ».",
        "Diese Datei würde %1 Personen stornieren, die nicht darin stehen: Prüfen Sie die Liste unten, oder "
        "wählen Sie „Personen stornieren, die fehlen“ ab.",
        "Questo file annullerebbe %1 persone che non vi figurano: controllate l'elenco qui sotto, o togliete la "
        "spunta a «Annulla le persone assenti»."),
    # -- categories found
    "Category in the file": ("Catégorie dans le fichier", "Kategorie in der Datei", "Categoria nel file"),
    "People": ("Personnes", "Personen", "Persone"),
    "a new category": ("une nouvelle catégorie", "eine neue Kategorie", "una nuova categoria"),
    # -- people a re-import would cancel
    "(already checked in: kept in the attendance)": ("(déjà accueillie : reste dans les présences)",
                                                     "(bereits eingecheckt: bleibt in der Anwesenheit)",
                                                     "(già accolta: resta nelle presenze)"),
    # -- fields
    "Status (registered, waitlisted, cancelled)": ("Statut (inscrit, en liste d'attente, annulé)",
                                                   "Status (angemeldet, Warteliste, storniert)",
                                                   "Stato (iscritto, in lista d'attesa, annullato)"),
    "Group (registered together)": ("Groupe (inscrits ensemble)", "Gruppe (gemeinsam angemeldet)",
                                    "Gruppo (iscritti insieme)"),
    "Needs (access, diet, interpretation)": ("Besoins (accès, régime, interprétation)",
                                             "Bedürfnisse (Zugang, Ernährung, Dolmetschen)",
                                             "Esigenze (accesso, dieta, interpretariato)"),
    "Order (people registered together)": ("Commande (personnes inscrites ensemble)",
                                           "Bestellung (gemeinsam angemeldete Personen)",
                                           "Ordine (persone iscritte insieme)"),
    "Buyer's e-mail (stands in for a missing one)": ("Courriel de l'acheteur (remplace celui qui manque)",
                                                     "E-Mail der Käuferin (ersetzt eine fehlende)",
                                                     "E-mail dell'acquirente (sostituisce quella mancante)"),
    # -- file failures
    "a cell at %1 stretches the sheet far beyond any registration list; delete what is there (or copy the list "
    "into a new workbook) and import again": (
        "une cellule en %1 étend la feuille bien au-delà de toute liste d'inscriptions ; supprimez ce qui s'y "
        "trouve (ou copiez la liste dans un nouveau classeur) et importez à nouveau",
        "eine Zelle bei %1 dehnt das Blatt weit über jede Anmeldeliste aus; löschen Sie, was dort steht (oder "
        "kopieren Sie die Liste in eine neue Arbeitsmappe), und importieren Sie erneut",
        "una cella in %1 estende il foglio ben oltre qualsiasi elenco di iscrizioni; cancellate ciò che contiene "
        "(o copiate l'elenco in una nuova cartella) e importate di nuovo"),
    "only e-mail addresses, no names; a badge and the desk need each person's name": (
        "seulement des adresses e-mail, pas de noms ; un badge et l'accueil ont besoin du nom de chacun",
        "nur E-Mail-Adressen, keine Namen; ein Badge und der Empfang brauchen den Namen jeder Person",
        "solo indirizzi e-mail, nessun nome; un badge e l'accoglienza hanno bisogno del nome di ognuno"),
    # -- row problems
    "%1 again (as on row %2): this later row is used": (
        "%1 à nouveau (comme à la ligne %2) : cette ligne plus récente est retenue",
        "%1 erneut (wie in Zeile %2): Diese spätere Zeile gilt",
        "%1 di nuovo (come alla riga %2): vale questa riga più recente"),
    "new category '%1'; merge it into another under Categories if it means one": (
        "nouvelle catégorie « %1 » ; fusionnez-la avec une autre sous Catégories si elle en désigne une",
        "neue Kategorie „%1“; führen Sie sie unter Kategorien mit einer anderen zusammen, wenn sie diese meint",
        "nuova categoria «%1»; unitela a un'altra in Categorie se ne indica una"),
    "status '%1' not understood; kept as written, imported as registered": (
        "statut « %1 » non compris ; conservé tel quel, importé comme inscrit",
        "Status „%1“ nicht verstanden; wie geschrieben behalten, als angemeldet importiert",
        "stato «%1» non compreso; conservato così com'è, importato come iscritto"),
    "'%1' split as two given names and two family names; check it": (
        "« %1 » séparé en deux prénoms et deux noms de famille ; vérifiez",
        "„%1“ als zwei Vornamen und zwei Nachnamen getrennt; bitte prüfen",
        "«%1» diviso in due nomi e due cognomi; controllate"),
    "ticket code '%1' is on several rows at once; not used to recognise any of them": (
        "le code de billet « %1 » figure sur plusieurs lignes ; il ne sert à reconnaître aucune d'elles",
        "der Ticketcode „%1“ steht in mehreren Zeilen; er dient zu keiner Zuordnung",
        "il codice biglietto «%1» compare su più righe; non serve a riconoscerne nessuna"),
}
