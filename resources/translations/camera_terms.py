"""Translations of the desk's camera pane and its settings: English → (fr, de, it).

Merged into the table of fill_translations.py.
"""

from __future__ import annotations

T: dict[str, tuple] = {
    "Camera on/off": ("Caméra oui/non", "Kamera an/aus", "Fotocamera sì/no"),
    "Starting the camera…": ("Démarrage de la caméra…", "Kamera wird gestartet…", "Avvio della fotocamera…"),
    "Camera: %1 — hold the code up to it": ("Caméra : %1 — présentez-lui le code",
                                            "Kamera: %1 — den Code davor halten",
                                            "Fotocamera: %1 — mostratele il codice"),
    "The video has ended.": ("La vidéo est terminée.", "Das Video ist zu Ende.", "Il video è terminato."),
    "No camera found on this computer. Connect one, or scan with a USB scanner.": (
        "Aucune caméra sur cet ordinateur. Branchez-en une, ou scannez avec un lecteur USB.",
        "Keine Kamera an diesem Computer. Schliessen Sie eine an oder scannen Sie mit einem USB-Scanner.",
        "Nessuna fotocamera su questo computer. Collegatene una o usate un lettore USB."),
    "The camera chosen in the desk settings is not connected. Choose another (Ctrl+,).": (
        "La caméra choisie dans les réglages du poste n'est pas branchée. Choisissez-en une autre (Ctrl+,).",
        "Die in den Schaltereinstellungen gewählte Kamera ist nicht angeschlossen. Wählen Sie eine andere (Ctrl+,).",
        "La fotocamera scelta nelle impostazioni della postazione non è collegata. Sceglietene un'altra (Ctrl+,)."),
    "The camera cannot be opened: another program may be using it. Close it, then press Ctrl+Shift+C twice.": (
        "La caméra ne peut pas être ouverte : un autre programme l'utilise peut-être. Fermez-le, puis appuyez "
        "deux fois sur Ctrl+Maj+C.",
        "Die Kamera lässt sich nicht öffnen: Vielleicht benutzt sie ein anderes Programm. Schliessen Sie es und "
        "drücken Sie dann zweimal Ctrl+Umschalt+C.",
        "Impossibile aprire la fotocamera: forse la usa un altro programma. Chiudetelo, poi premete due volte "
        "Ctrl+Maiusc+C."),
    "This computer does not allow Checkin to use the camera. Allow it in the system's privacy settings, then "
    "restart Checkin.": (
        "Cet ordinateur n'autorise pas Checkin à utiliser la caméra. Autorisez-le dans les réglages de "
        "confidentialité du système, puis redémarrez Checkin.",
        "Dieser Computer erlaubt Checkin die Kamera nicht. Erlauben Sie es in den Datenschutzeinstellungen des "
        "Systems und starten Sie Checkin neu.",
        "Questo computer non permette a Checkin di usare la fotocamera. Consentitelo nelle impostazioni di privacy "
        "del sistema, poi riavviate Checkin."),
    "The camera sends no picture. Close other programs using it, or choose another camera.": (
        "La caméra n'envoie aucune image. Fermez les autres programmes qui l'utilisent, ou choisissez-en une autre.",
        "Die Kamera liefert kein Bild. Schliessen Sie andere Programme, die sie benutzen, oder wählen Sie eine "
        "andere Kamera.",
        "La fotocamera non invia immagini. Chiudete gli altri programmi che la usano o sceglietene un'altra."),
    "The video cannot be played: %1": ("La vidéo ne peut pas être lue : %1", "Das Video kann nicht abgespielt "
                                       "werden: %1", "Impossibile riprodurre il video: %1"),
    # -- desk settings
    "System default camera": ("Caméra par défaut du système", "Standardkamera des Systems",
                              "Fotocamera predefinita del sistema"),
    "%1 (not connected)": ("%1 (non branchée)", "%1 (nicht angeschlossen)", "%1 (non collegata)"),
    "Camera": ("Caméra", "Kamera", "Fotocamera"),
    "Camera resolution": ("Résolution de la caméra", "Kameraauflösung", "Risoluzione della fotocamera"),
}
