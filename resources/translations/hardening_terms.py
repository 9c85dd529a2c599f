"""Translations of the desk's words about undos taken back, synced folders and folders given as lists:
English → (fr, de, it). Merged into the table of fill_translations.py."""

from __future__ import annotations

T: dict[str, tuple] = {
    "%1: not checked in": ("%1 : pas accueilli·e", "%1: nicht eingecheckt", "%1: non registrato/a"),
    "An undo later in the log takes back this check-in. Check them in again now.": (
        "Une annulation plus tard dans le journal reprend cette arrivée. Accueillez la personne à nouveau "
        "maintenant.",
        "Eine spätere Rücknahme im Protokoll hebt diesen Check-in auf. Checken Sie die Person jetzt erneut ein.",
        "Un annullamento più avanti nel registro revoca questa registrazione. Registrate di nuovo la persona "
        "adesso."),
    "a folder, with no list or e-mails in it": ("un dossier, sans liste ni e-mails", "ein Ordner ohne Liste "
                                                "oder E-Mails", "una cartella, senza elenco né e-mail"),
    "This event is in %1": ("Cet événement est dans %1", "Diese Veranstaltung liegt in %1",
                            "Questo evento si trova in %1"),
    "%1 is in %2. A sync client or a network drive can damage an event file while the desk has it open, and "
    "lose check-ins. Move it to a folder on this computer and open it from there?": (
        "%1 est dans %2. Un client de synchronisation ou un lecteur réseau peut endommager un fichier "
        "d'événement ouvert par le poste et perdre des arrivées. Le déplacer dans un dossier de cet ordinateur "
        "et l'ouvrir depuis là ?",
        "%1 liegt in %2. Ein Synchronisierungsprogramm oder ein Netzlaufwerk kann eine geöffnete "
        "Veranstaltungsdatei beschädigen und Check-ins verlieren. In einen Ordner auf diesem Computer "
        "verschieben und dort öffnen?",
        "%1 si trova in %2. Un client di sincronizzazione o un'unità di rete può danneggiare un file "
        "d'evento aperto e perdere delle registrazioni. Spostarlo in una cartella di questo computer e "
        "aprirlo da lì?"),
    "Move it to this computer": ("Le déplacer sur cet ordinateur", "Auf diesen Computer verschieben",
                                 "Spostalo su questo computer"),
    "The event was not moved": ("L'événement n'a pas été déplacé", "Die Veranstaltung wurde nicht verschoben",
                                "L'evento non è stato spostato"),
    "The event now lives in %1": ("L'événement se trouve maintenant dans %1",
                                  "Die Veranstaltung liegt jetzt in %1", "L'evento ora si trova in %1"),
}
