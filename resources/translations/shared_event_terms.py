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
    "Keep the password out of the address: put it in the file ~/.pgpass (one line: "
    "host:port:event:user:password). The desk remembers the address without its password.": (
        "Ne mettez pas le mot de passe dans l'adresse : mettez-le dans le fichier ~/.pgpass (une ligne : "
        "hôte:port:événement:utilisateur:mot de passe). Le poste retient l'adresse sans son mot de passe.",
        "Das Passwort gehört nicht in die Adresse: Tragen Sie es in die Datei ~/.pgpass ein (eine Zeile: "
        "Host:Port:Anlass:Benutzer:Passwort). Der Schalter merkt sich die Adresse ohne Passwort.",
        "Non mettete la password nell'indirizzo: mettetela nel file ~/.pgpass (una riga: "
        "host:porta:evento:utente:password). Il banco ricorda l'indirizzo senza la password."),
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
