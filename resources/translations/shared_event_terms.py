"""Translations of a desk on a shared (server) event: the status light, the connect dialog, notices.

English → (fr, de, it); merged into the table of fill_translations.py.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    # -- the status light (checkin/ui/server_status.py)
    "Online": ("En ligne", "Online", "In linea"),
    # The queue of a desk cut off: one text for a single check-in, one for several.
    "Offline — 1 check-in queued": ("Hors ligne — 1 arrivée en attente",
                                    "Offline — 1 wartender Check-in",
                                    "Non in linea — 1 registrazione in attesa"),
    "Offline — %1 check-ins queued": ("Hors ligne — %1 arrivées en attente",
                                      "Offline — %1 wartende Check-ins",
                                      "Non in linea — %1 registrazioni in attesa"),
    "Offline — checking in on this desk's copy": (
        "Hors ligne — accueil sur la copie de ce poste",
        "Offline — Check-in auf der Kopie dieses Schalters",
        "Non in linea — registrazione sulla copia di questo banco"),
    # The queue of a desk cut off, since when, and what waits for the server.
    "Offline since %1": ("Hors ligne depuis %1", "Offline seit %1", "Non in linea dalle %1"),
    "Offline": ("Hors ligne", "Offline", "Non in linea"),
    "1 check-in queued": ("1 arrivée en attente", "1 wartender Check-in", "1 registrazione in attesa"),
    "%1 check-ins queued": ("%1 arrivées en attente", "%1 wartende Check-ins", "%1 registrazioni in attesa"),
    "checking in on this desk's copy": ("accueil sur la copie de ce poste", "Check-in auf der Kopie dieses Schalters",
                                        "registrazione sulla copia di questo banco"),
    "; edits wait for the server": (" ; les modifications attendent le serveur",
                                    "; Änderungen warten auf den Server",
                                    "; le modifiche attendono il server"),
    "Offline since %1, %2 check-ins queued; edits wait for the server. Check-ins go on.": (
        "Hors ligne depuis %1, %2 arrivées en attente ; les modifications attendent le serveur. L'accueil continue.",
        "Offline seit %1, %2 wartende Check-ins; Änderungen warten auf den Server. Check-ins gehen weiter.",
        "Non in linea dalle %1, %2 registrazioni in attesa; le modifiche attendono il server. "
        "Le registrazioni continuano."),
    "This desk is offline": ("Ce poste est hors ligne", "Dieser Schalter ist offline", "Questo banco non è in linea"),
    "%1 check-ins the server refused: see the list to check": (
        "%1 arrivées refusées par le serveur : voir la liste à vérifier",
        "%1 vom Server abgelehnte Check-ins: siehe die Liste zum Prüfen",
        "%1 registrazioni rifiutate dal server: vedete l'elenco da verificare"),
    "this computer's clock is %1 min ahead of the server's: set its time": (
        "l'horloge de cet ordinateur avance de %1 min sur celle du serveur : réglez l'heure",
        "die Uhr dieses Computers geht %1 Min. vor gegenüber dem Server: Zeit einstellen",
        "l'orologio di questo computer è avanti di %1 min rispetto al server: regolate l'ora"),
    "this computer's clock is %1 min behind the server's: set its time": (
        "l'horloge de cet ordinateur retarde de %1 min sur celle du serveur : réglez l'heure",
        "die Uhr dieses Computers geht %1 Min. nach gegenüber dem Server: Zeit einstellen",
        "l'orologio di questo computer è indietro di %1 min rispetto al server: regolate l'ora"),
    # The list to check (checkin/ui/widgets/to_check.py), one line per item.
    "To check": ("À vérifier", "Zu prüfen", "Da verificare"),
    "Mark seen": ("Marquer comme vu", "Als gesehen markieren", "Segna come visto"),
    "%1: checked in at %2 at %3 and again at %4 at %5 (the first counts)": (
        "%1 : accueilli·e à %2 à %3 et de nouveau à %4 à %5 (la première compte)",
        "%1: eingecheckt an %2 um %3 und nochmals an %4 um %5 (der erste zählt)",
        "%1: registrato/a a %2 alle %3 e di nuovo a %4 alle %5 (conta la prima)"),
    "%1: registered as a walk-in at %2 and at %3; kept as one person, both badges scan": (
        "%1 : inscrit·e sur place à %2 et à %3 ; gardé·e comme une seule personne, les deux badges fonctionnent",
        "%1: vor Ort angemeldet an %2 und an %3; als eine Person geführt, beide Badges gelten",
        "%1: iscritto/a sul posto a %2 e a %3; tenuto/a come una sola persona, entrambi i badge valgono"),
    "The clock of %1 is %2 min ahead of the server's: times from it are corrected; set its time": (
        "L'horloge de %1 avance de %2 min sur celle du serveur : ses heures sont corrigées ; réglez son heure",
        "Die Uhr von %1 geht %2 Min. vor gegenüber dem Server: ihre Zeiten werden korrigiert; Zeit einstellen",
        "L'orologio di %1 è avanti di %2 min rispetto al server: i suoi orari sono corretti; regolate l'ora"),
    "The clock of %1 is %2 min behind the server's: times from it are corrected; set its time": (
        "L'horloge de %1 retarde de %2 min sur celle du serveur : ses heures sont corrigées ; réglez son heure",
        "Die Uhr von %1 geht %2 Min. nach gegenüber dem Server: ihre Zeiten werden korrigiert; Zeit einstellen",
        "L'orologio di %1 è indietro di %2 min rispetto al server: i suoi orari sono corretti; regolate l'ora"),
    "A check-in at %1 at %2 did not reach the server: the person is not on the server": (
        "Une arrivée à %1 à %2 n'a pas atteint le serveur : la personne n'est pas sur le serveur",
        "Ein Check-in an %1 um %2 hat den Server nicht erreicht: die Person ist nicht auf dem Server",
        "Una registrazione a %1 alle %2 non ha raggiunto il server: la persona non è sul server"),
    "the event was upgraded by a newer checkin: update this desk": (
        "l'événement a été mis à niveau par une version plus récente de checkin : mettez ce poste à jour",
        "der Anlass wurde von einer neueren checkin-Version aktualisiert: aktualisieren Sie diesen Schalter",
        "l'evento è stato aggiornato da una versione più recente di checkin: aggiornate questo banco"),
    "the server refused the user name or password": (
        "le serveur a refusé le nom d'utilisateur ou le mot de passe",
        "der Server hat Benutzername oder Passwort abgelehnt",
        "il server ha rifiutato il nome utente o la password"),
    "also checked in at %1 at %2 while offline": (
        "aussi arrivé·e à %1 à %2 hors ligne",
        "auch an %1 um %2 offline eingecheckt",
        "registrato/a anche a %1 alle %2 non in linea"),
    "%1 at %2 counts": ("%1 à %2 compte", "%1 an %2 zählt", "vale %1 a %2"),
    "another running desk has this name: rename one in the desk settings": (
        "un autre poste en service porte ce nom : renommez-en un dans les réglages du poste",
        "ein anderer laufender Schalter hat diesen Namen: benennen Sie einen in den Schalter-Einstellungen um",
        "un altro banco in funzione ha questo nome: rinominatene uno nelle impostazioni del banco"),
    # -- connecting (checkin/ui/dialogs/connect_server.py)
    "Address of the shared event on the PostgreSQL server, for example %1": (
        "Adresse de l'événement partagé sur le serveur PostgreSQL, par exemple %1",
        "Adresse des gemeinsamen Anlasses auf dem PostgreSQL-Server, zum Beispiel %1",
        "Indirizzo dell'evento condiviso sul server PostgreSQL, per esempio %1"),
    "Password (leave empty if the server asks for none)": (
        "Mot de passe (laissez vide si le serveur n'en demande pas)",
        "Passwort (leer lassen, wenn der Server keines verlangt)",
        "Password (lasciate vuoto se il server non ne chiede)"),
    "The password is kept in this computer's keyring, not in the address: the desk finds it there at every "
    "start, and keeps working on its own copy if the server refuses it.": (
        "Le mot de passe est gardé dans le trousseau de cet ordinateur, pas dans l'adresse : le poste l'y "
        "retrouve à chaque démarrage, et continue sur sa propre copie si le serveur le refuse.",
        "Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nicht in der Adresse: Der Schalter "
        "findet es dort bei jedem Start und arbeitet auf seiner eigenen Kopie weiter, wenn der Server es ablehnt.",
        "La password è conservata nel portachiavi di questo computer, non nell'indirizzo: il banco la ritrova lì "
        "a ogni avvio e continua sulla propria copia se il server la rifiuta."),
    "The address must start with postgresql://": (
        "L'adresse doit commencer par postgresql://",
        "Die Adresse muss mit postgresql:// beginnen",
        "L'indirizzo deve iniziare con postgresql://"),
    # -- renaming the desk, batch badges
    "The desk was not renamed": ("Le poste n'a pas été renommé", "Der Schalter wurde nicht umbenannt",
                                 "Il banco non è stato rinominato"),
    "The badges were written but not marked as printed": (
        "Les badges ont été écrits mais pas marqués comme imprimés",
        "Die Badges wurden geschrieben, aber nicht als gedruckt markiert",
        "I badge sono stati scritti ma non segnati come stampati"),
}
