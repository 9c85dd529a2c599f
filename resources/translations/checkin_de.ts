<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="18" />
        <source>Search / scan</source>
        <translation>Suchen / scannen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="19" />
        <source>Take back the arrival shown</source>
        <translation>Angezeigte Ankunft zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="20" />
        <source>Register a walk-in</source>
        <translation>Vor Ort anmelden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="21" />
        <source>Admit from the waiting list…</source>
        <translation>Von der Warteliste zulassen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="22" />
        <source>Remove this walk-in…</source>
        <translation>Diese Vor-Ort-Anmeldung entfernen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="23" />
        <source>Reprint the badge</source>
        <translation>Badge neu drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="24" />
        <source>Print a name card</source>
        <translation>Tischkarte drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="25" />
        <source>Preview the badge</source>
        <translation>Badge-Vorschau</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="26" />
        <source>Check-in view</source>
        <translation>Check-in-Ansicht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="27" />
        <source>Attendee list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="28" />
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="29" />
        <source>Speakers' board</source>
        <translation>Referierendentafel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="30" />
        <source>Items lent (receivers)</source>
        <translation>Ausleihen (Empfänger)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="31" />
        <source>Check in a group…</source>
        <translation>Gruppe einchecken…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="32" />
        <source>Import programme…</source>
        <translation>Programm importieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="33" />
        <source>Lock the desk (kiosk)</source>
        <translation>Schalter sperren (Kiosk)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="34" />
        <source>Sounds on/off</source>
        <translation>Töne an/aus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="35" />
        <source>Camera on/off</source>
        <translation>Kamera an/aus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="36" />
        <source>Desk settings…</source>
        <translation>Schalter-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="37" />
        <source>Import registrations…</source>
        <translation>Anmeldungen importieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="38" />
        <source>Print all badges to PDF…</source>
        <translation>Alle Badges als PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="39" />
        <source>Last import report</source>
        <translation>Bericht des letzten Imports</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="40" />
        <source>Watch the registration mailbox…</source>
        <translation>Anmeldepostfach überwachen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="41" />
        <source>Review fetched e-mails…</source>
        <translation>Abgeholte E-Mails prüfen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="42" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="43" />
        <source>Send confirmations…</source>
        <translation>Bestätigungen senden…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="44" />
        <source>Purge personal data…</source>
        <translation>Personendaten löschen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="45" />
        <source>New event…</source>
        <translation>Neuer Anlass…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="46" />
        <source>Open event…</source>
        <translation>Anlass öffnen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="47" />
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="48" />
        <source>Close event</source>
        <translation>Anlass schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="49" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="50" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="70" />
        <source>No arrivals yet</source>
        <translation>Noch keine Ankünfte</translation>
    </message>
</context>
<context>
    <name>ArrivalsLine</name>
    <message>
        <location filename="../../checkin/ui/widgets/arrivals_line.py" line="34" />
        <source>%1 of %2 arrived · %3 expected</source>
        <translation>%1 von %2 angekommen · %3 erwartet</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46" />
        <source>Filter by name or organisation</source>
        <translation>Nach Name oder Organisation filtern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49" />
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="50" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="92" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
</context>
<context>
    <name>AttendeeRowDelegate</name>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="68" />
        <source>In since %1</source>
        <translation>Da seit %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="70" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="72" />
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="73" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="28" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="28" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/badge_preview.py" line="15" />
        <source>Badge preview</source>
        <translation>Badge-Vorschau</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="107" />
        <source>The video has ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="110" />
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="130" />
        <source>Camera: %1 — hold the code up to it</source>
        <translation>Kamera: %1 — den Code davor halten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="148" />
        <source>No camera found on this computer. Connect one, or scan with a USB scanner.</source>
        <translation>Keine Kamera an diesem Computer. Schliessen Sie eine an oder scannen Sie mit einem USB-Scanner.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="150" />
        <source>The camera chosen in the desk settings is not connected. Choose another (Ctrl+,).</source>
        <translation>Die in den Schaltereinstellungen gewählte Kamera ist nicht angeschlossen. Wählen Sie eine andere (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="152" />
        <source>The camera cannot be opened: another program may be using it. Close it, then press Ctrl+Shift+C twice.</source>
        <translation>Die Kamera lässt sich nicht öffnen: Vielleicht benutzt sie ein anderes Programm. Schliessen Sie es und drücken Sie dann zweimal Ctrl+Umschalt+C.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="155" />
        <source>This computer does not allow Checkin to use the camera. Allow it in the system's privacy settings, then restart Checkin.</source>
        <translation>Dieser Computer erlaubt Checkin die Kamera nicht. Erlauben Sie es in den Datenschutzeinstellungen des Systems und starten Sie Checkin neu.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="158" />
        <source>The camera sends no picture. Close other programs using it, or choose another camera.</source>
        <translation>Die Kamera liefert kein Bild. Schliessen Sie andere Programme, die sie benutzen, oder wählen Sie eine andere Kamera.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="159" />
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>CameraSettingsRows</name>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="29" />
        <source>System default camera</source>
        <translation>Standardkamera des Systems</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="40" />
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="49" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="50" />
        <source>Camera resolution</source>
        <translation>Kameraauflösung</translation>
    </message>
</context>
<context>
    <name>CancellationList</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_cancellations.py" line="22" />
        <source>(already checked in: kept in the attendance)</source>
        <translation>(bereits eingecheckt: bleibt in der Anwesenheit)</translation>
    </message>
</context>
<context>
    <name>CategoryMerges</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>Category in the file</source>
        <translation>Kategorie in der Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="47" />
        <source>a new category</source>
        <translation>eine neue Kategorie</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="62" />
        <source>Scan a badge or type a name, organisation or code…</source>
        <translation>Badge scannen oder Name, Organisation oder Code tippen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="243" />
        <source>No one found for “%1”</source>
        <translation>Niemand gefunden für „%1“</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="244" />
        <source>Check the spelling, try the organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Schreibweise prüfen, Organisation versuchen oder vor Ort anmelden (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="250" />
        <source>%1 people match “%2”</source>
        <translation>%1 Personen passen zu „%2“</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="251" />
        <source>Choose with ↑ ↓ and press Enter to check in; Esc goes back to the search.</source>
        <translation>Mit ↑ ↓ wählen und Eingabe zum Einchecken; Esc zurück zur Suche.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="288" />
        <source>The arrival of %1 was already taken back.</source>
        <translation>Die Ankunft von %1 wurde bereits zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="290" />
        <source>The last scan was refused: nobody was checked in.</source>
        <translation>Der letzte Scan wurde abgelehnt: niemand wurde eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="292" />
        <source>Ctrl+Z takes back the arrival shown here; there is none right now.</source>
        <translation>Strg+Z nimmt die hier angezeigte Ankunft zurück; gerade wird keine angezeigt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="297" />
        <source>The badge was not printed: %1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.</source>
        <translation>Der Badge wurde nicht gedruckt: %1. Prüfen Sie den Drucker (Papier, Kabel, Strom), dann Strg+P.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="304" />
        <source>No badge printed: the default printer “%1” makes files, not badges. Choose the badge printer in the desk settings (Ctrl+,).</source>
        <translation>Kein Badge gedruckt: der Standarddrucker „%1“ erzeugt Dateien, keine Badges. Wählen Sie den Badge-Drucker in den Schaltereinstellungen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="306" />
        <source>No badge printed: this computer has no printer. Choose one in the desk settings (Ctrl+,).</source>
        <translation>Kein Badge gedruckt: dieser Computer hat keinen Drucker. Wählen Sie einen in den Schaltereinstellungen (Strg+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="312" />
        <source>This desk is offline</source>
        <translation>Dieser Schalter ist offline</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="341" />
        <source>Changes to %1 saved.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="349" />
        <source>Your changes to %1 were saved.</source>
        <translation>Ihre Änderungen an %1 wurden gespeichert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="314" />
        <source>The event file cannot be reached</source>
        <translation>Die Anlass-Datei ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="315" />
        <source>%1. Reconnect the drive or reopen the event; what you typed is kept.</source>
        <translation>%1. Schließen Sie das Laufwerk wieder an oder öffnen Sie den Anlass erneut; Ihre Eingabe bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="65" />
        <source>Send confirmations</source>
        <translation>Bestätigungen senden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="73" />
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="74" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="87" />
        <source>Send a test to me</source>
        <translation>Test an mich senden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="88" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="89" />
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="106" />
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="112" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="115" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="115" />
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="116" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="122" />
        <source>asked each time; never saved in the event</source>
        <translation>jedes Mal abgefragt; nie im Anlass gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="125" />
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="128" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="129" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="130" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="131" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="132" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="134" />
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="135" />
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="139" />
        <source>Who gets what</source>
        <translation>Wer bekommt was</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="141" />
        <source>Also send again to people who already had theirs</source>
        <translation>Auch erneut an Personen senden, die ihre schon erhalten haben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="142" />
        <source>Send the waitlist notice to waitlisted people</source>
        <translation>Den Wartelisten-Hinweis an Personen auf der Warteliste senden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="147" />
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="148" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="158" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="159" />
        <source>Ticket paper</source>
        <translation>Ticketpapier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="195" />
        <source>%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable e-mail address.</source>
        <translation>%1 Bestätigungen und %2 Wartelisten-Hinweise zu senden; %3 Personen haben ihre schon erhalten; %4 ohne brauchbare E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="200" />
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht senden</numerusform>
            <numerusform>%n Nachrichten senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="231" />
        <source>Type the name of your mail server.</source>
        <translation>Geben Sie den Namen Ihres Mailservers ein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="235" />
        <source>Type the sender address (the address people reply to).</source>
        <translation>Geben Sie die Absenderadresse ein (an die geantwortet wird).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="237" />
        <source>Type the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271" />
        <source>Sending a test to %1…</source>
        <translation>Test wird an %1 gesendet…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="287" />
        <source>Stopped after %1 message(s); the others were not sent to. Sending again continues with them: nobody gets a second copy.</source>
        <translation>
            <numerusform>Nach %1 Nachricht angehalten; die anderen haben nichts erhalten. Erneutes Senden macht mit ihnen weiter: niemand bekommt eine zweite Kopie.</numerusform>
            <numerusform>Nach %1 Nachrichten angehalten; die anderen haben nichts erhalten. Erneutes Senden macht mit ihnen weiter: niemand bekommt eine zweite Kopie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="296" />
        <source>Stopping after the message being sent…</source>
        <translation>Anhalten nach der gerade gesendeten Nachricht…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="315" />
        <source>sent to %1</source>
        <translation>an %1 gesendet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317" />
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317" />
        <source>malformed address</source>
        <translation>fehlerhafte Adresse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="318" />
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="320" />
        <source>NOT sent to %1: %2</source>
        <translation>NICHT an %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="325" />
        <source>%1 sent, %2 failed, %3 skipped.</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="330" />
        <source>Send again later: only the people who did not get theirs will be sent to.</source>
        <translation>Später erneut senden: nur Personen, die ihre noch nicht erhalten haben, bekommen eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="332" />
        <source>Stopped; the others were not sent to.</source>
        <translation>Angehalten; die anderen haben nichts erhalten.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="334" />
        <source>Test sent to %1 (%2 messages: each kind and language).</source>
        <translation>Test an %1 gesendet (%2 Nachrichten: jede Art und Sprache).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="337" />
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="339" />
        <source>Sending failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="347" />
        <source>The mail server %1 was not found.</source>
        <translation>Der Mailserver %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="348" />
        <source>%1 refused the connection (check the port).</source>
        <translation>%1 hat die Verbindung abgelehnt (Port prüfen).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="349" />
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="350" />
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="352" />
        <source>%1 does not offer STARTTLS.</source>
        <translation>%1 bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="353" />
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 hat Benutzername oder Passwort abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="355" />
        <source>%1 does not offer a login.</source>
        <translation>%1 bietet keine Anmeldung an.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="356" />
        <source>%1 closed the connection (%2).</source>
        <translation>%1 hat die Verbindung geschlossen (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="359" />
        <source>%1 answered: %2</source>
        <translation>%1 antwortete: %2</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="22" />
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="23" />
        <source>Address of the shared event on the PostgreSQL server, for example %1</source>
        <translation>Adresse des gemeinsamen Anlasses auf dem PostgreSQL-Server, zum Beispiel %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="31" />
        <source>Password (leave empty if the server asks for none)</source>
        <translation>Passwort (leer lassen, wenn der Server keines verlangt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="33" />
        <source>The password is kept in this computer's keyring, not in the address: the desk finds it there at every start, and keeps working on its own copy if the server refuses it.</source>
        <translation>Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nicht in der Adresse: Der Schalter findet es dort bei jedem Start und arbeitet auf seiner eigenen Kopie weiter, wenn der Server es ablehnt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="65" />
        <source>The address must start with postgresql://</source>
        <translation>Die Adresse muss mit postgresql:// beginnen</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="100" />
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="102" />
        <source>Arrivals per 5 minutes</source>
        <translation>Ankünfte pro 5 Minuten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="104" />
        <source>Last scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="124" />
        <source>%1 checked in of %2 expected</source>
        <translation>%1 von %2 Erwarteten eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="142" />
        <source> (undone)</source>
        <translation> (rückgängig)</translation>
    </message>
</context>
<context>
    <name>Day</name>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="19" />
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="21" />
        <source>Panellist</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="23" />
        <source>Speaker</source>
        <translation>Referent·in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="24" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="47" />
        <source>%1 — tell the organiser</source>
        <translation>%1 — Organisation benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="48" />
        <source>%1 — %2 %3; tell the organiser</source>
        <translation>%1 — %2 %3; Organisation benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="58" />
        <source>%1 %2 has arrived — %3</source>
        <translation>%1 %2 ist angekommen — %3</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="65" />
        <source>Vegetarian</source>
        <translation>Vegetarisch</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="66" />
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="67" />
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="68" />
        <source>Kosher</source>
        <translation>Koscher</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="69" />
        <source>Gluten-free</source>
        <translation>Glutenfrei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="70" />
        <source>Lactose-free</source>
        <translation>Laktosefrei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="71" />
        <source>Nut allergy</source>
        <translation>Nussallergie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="78" />
        <source>language not said</source>
        <translation>Sprache nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="83" />
        <source>Wheelchair</source>
        <translation>Rollstuhl</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="85" />
        <source>Hearing loop</source>
        <translation>Induktionsschleife</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="87" />
        <source>Sign language</source>
        <translation>Gebärdensprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="90" />
        <source>Interpretation %1</source>
        <translation>Dolmetschen %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="91" />
        <source>Interpretation</source>
        <translation>Dolmetschen</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="63" />
        <source>Speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="64" />
        <source>Items lent</source>
        <translation>Ausleihen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113" />
        <source>Not in a group</source>
        <translation>Keiner Gruppe zugeordnet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113" />
        <source>Select a member of the group first, or set their group in the person panel.</source>
        <translation>Wählen Sie zuerst ein Gruppenmitglied, oder tragen Sie die Gruppe im Personenfeld ein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="124" />
        <source>%1 badges collected by %2</source>
        <translation>%1 Badges abgeholt von %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="126" />
        <source>They are not counted as arrived.</source>
        <translation>Sie zählen nicht als angekommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="135" />
        <source>%1: %2 checked in</source>
        <translation>%1: %2 eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="138" />
        <source>%1 registered, %2 arrived</source>
        <translation>%1 angemeldet, %2 angekommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="154" />
        <location filename="../../checkin/ui/day_actions.py" line="168" />
        <source>Import programme</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="155" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="189" />
        <source>Remove session</source>
        <translation>Sitzung entfernen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="190" />
        <source>Remove “%1” from the programme?</source>
        <translation>„%1“ aus dem Programm entfernen?</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="26" />
        <source>Interpretation receivers needed (arrived)</source>
        <translation>Benötigte Dolmetsch-Empfänger (angekommen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="27" />
        <source>Meals needed (arrived)</source>
        <translation>Benötigte Mahlzeiten (angekommen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="28" />
        <source>At the desk</source>
        <translation>Am Schalter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78" />
        <source>Wheelchair</source>
        <translation>Rollstuhl</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78" />
        <source>Hearing loop</source>
        <translation>Induktionsschleife</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="79" />
        <source>Sign language</source>
        <translation>Gebärdensprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84" />
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84" />
        <source>Badges collected for others</source>
        <translation>Für andere abgeholte Badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="85" />
        <source>Items still out</source>
        <translation>Noch ausgeliehen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="88" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>DayOutcome</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="64" />
        <source>Check in the group… (Ctrl+G)</source>
        <translation>Gruppe einchecken… (Strg+G)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="114" />
        <source>%1 — %2 registered, %3 arrived</source>
        <translation>%1 — %2 angemeldet, %3 angekommen</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="53" />
        <source>Ctrl+Enter admits the waitlisted person the desk shows.</source>
        <translation>Strg+Eingabe lässt die angezeigte Person von der Warteliste zu.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="57" />
        <source>Admit from the waiting list</source>
        <translation>Von der Warteliste zulassen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="58" />
        <source>Admit %1 from the waiting list. Why? (kept in their notes)</source>
        <translation>%1 von der Warteliste zulassen. Warum? (in den Notizen festgehalten)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="63" />
        <source>Admitted from the waiting list at %1 (%2, %3): %4</source>
        <translation>Von der Warteliste zugelassen am %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="72" />
        <source>Remove this walk-in</source>
        <translation>Diese Vor-Ort-Anmeldung entfernen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="73" />
        <source>Remove the walk-in %1? The registration is cancelled and the check-in taken back; the log keeps both.</source>
        <translation>Die Vor-Ort-Anmeldung von %1 entfernen? Die Anmeldung wird storniert und die Ankunft zurückgenommen; das Protokoll behält beides.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="89" />
        <source>Badge preview</source>
        <translation>Badge-Vorschau</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="107" />
        <source>Test page</source>
        <translation>Testseite</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="120" />
        <source>The desk was not renamed</source>
        <translation>Der Schalter wurde nicht umbenannt</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="47" />
        <source>Desk settings</source>
        <translation>Schalter-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="56" />
        <source>System default printer (none on this computer)</source>
        <translation>Standarddrucker (keiner auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="58" />
        <source>System default printer (%1: makes files, not badges)</source>
        <translation>Standarddrucker (%1: erzeugt Dateien, keine Badges)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="61" />
        <source>System default printer (%1)</source>
        <translation>Standarddrucker (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="63" />
        <source>%1 — makes files, not badges</source>
        <translation>%1 — erzeugt Dateien, keine Badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="68" />
        <source>%1 (not found on this computer)</source>
        <translation>%1 (auf diesem Computer nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="74" />
        <source>Print a badge on each check-in</source>
        <translation>Bei jedem Check-in ein Badge drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="85" />
        <source>Mute the sounds</source>
        <translation>Töne stummschalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="87" />
        <source>Privacy mode: show search results only, never the full list</source>
        <translation>Datenschutzmodus: nur Suchergebnisse, nie die ganze Liste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="91" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="92" />
        <source>until the next scan</source>
        <translation>bis zum nächsten Scan</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="94" />
        <source>Print a test page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="99" />
        <source>Desk name</source>
        <translation>Name des Schalters</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="100" />
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="101" />
        <source>Badge printer</source>
        <translation>Badge-Drucker</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="102" />
        <source>Badge layout</source>
        <translation>Badge-Vorlage</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="104" />
        <source>Shift right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="105" />
        <source>Shift down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="106" />
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="108" />
        <source>“Next, please” after</source>
        <translation>„Die Nächste, bitte“ nach</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="122" />
        <source>A6 badge</source>
        <translation>Badge A6</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="122" />
        <source>A7 badge</source>
        <translation>Badge A7</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="122" />
        <source>4 × 3 in badge</source>
        <translation>Badge 4 × 3 Zoll</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123" />
        <source>Card (CR80, credit-card size)</source>
        <translation>Karte (CR80, Kreditkartenformat)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123" />
        <source>Folded badge (A5 to A6)</source>
        <translation>Gefalteter Badge (A5 auf A6)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124" />
        <source>Name label 75 × 40 mm</source>
        <translation>Namensetikett 75 × 40 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124" />
        <source>Name label 80 × 50 mm</source>
        <translation>Namensetikett 80 × 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="125" />
        <source>Name card (A4 tent card)</source>
        <translation>Tischkarte (A4 gefaltet)</translation>
    </message>
</context>
<context>
    <name>EventFileActions</name>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="35" />
        <source>The event cannot be opened</source>
        <translation>Der Anlass kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="41" />
        <source>This event is in %1</source>
        <translation>Diese Veranstaltung liegt in %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="42" />
        <source>%1 is in %2. A sync client or a network drive can damage an event file while the desk has it open, and lose check-ins. Move it to a folder on this computer and open it from there?</source>
        <translation>%1 liegt in %2. Ein Synchronisierungsprogramm oder ein Netzlaufwerk kann eine geöffnete Veranstaltungsdatei beschädigen und Check-ins verlieren. In einen Ordner auf diesem Computer verschieben und dort öffnen?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="46" />
        <source>Move it to this computer</source>
        <translation>Auf diesen Computer verschieben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="57" />
        <source>The event was not moved</source>
        <translation>Die Veranstaltung wurde nicht verschoben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="62" />
        <source>The event now lives in %1</source>
        <translation>Die Veranstaltung liegt jetzt in %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="66" />
        <source>Open event</source>
        <translation>Anlass öffnen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="67" />
        <source>Events (*%1)</source>
        <translation>Anlässe (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="83" />
        <source>The event was not created</source>
        <translation>Der Anlass wurde nicht erstellt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="42" />
        <source>Attendance workbook (Excel, .xlsx)</source>
        <translation>Anwesenheitsmappe (Excel, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="43" />
        <source>CSV separated by commas (.csv)</source>
        <translation>CSV mit Kommas getrennt (.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="44" />
        <source>CSV separated by semicolons, for French and German Excel (.csv)</source>
        <translation>CSV mit Semikolons getrennt, für deutsches und französisches Excel (.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="46" />
        <source>Attendance report (PDF)</source>
        <translation>Anwesenheitsbericht (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="47" />
        <source>Anonymised statistics for funders (Excel, .xlsx; no names, small groups withheld)</source>
        <translation>Anonymisierte Statistik für Geldgeber (Excel, .xlsx; keine Namen, kleine Gruppen unterdrückt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="50" />
        <source>Anonymised statistics (PDF)</source>
        <translation>Anonymisierte Statistik (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="52" />
        <source>Sign-in sheet to print (PDF)</source>
        <translation>Unterschriftenliste zum Drucken (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="74" />
        <source>cannot write %1: the folder does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="75" />
        <source>cannot write %1: permission denied (choose another folder)</source>
        <translation>%1 kann nicht geschrieben werden: Zugriff verweigert (anderen Ordner wählen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="77" />
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>%1 kann nicht geschrieben werden: das ist ein Ordner; einen Dateinamen angeben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="78" />
        <source>cannot write %1: it is open in Excel or LibreOffice; close it and try again</source>
        <translation>%1 kann nicht geschrieben werden: in Excel oder LibreOffice geöffnet; schließen und erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="80" />
        <source>cannot write %1: the disk is full</source>
        <translation>%1 kann nicht geschrieben werden: der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="81" />
        <source>cannot write %1: the system refused</source>
        <translation>%1 kann nicht geschrieben werden: das System hat abgelehnt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="84" />
        <source>the personal data of this event were purged; only anonymised statistics remain</source>
        <translation>die Personendaten dieses Anlasses wurden gelöscht; nur die anonymisierte Statistik bleibt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="86" />
        <source>no statistics were kept for the checkpoint %1 when this event was purged</source>
        <translation>für den Kontrollpunkt %1 wurde beim Löschen keine Statistik behalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="88" />
        <source>%1: cannot export in this format</source>
        <translation>%1: in diesem Format nicht exportierbar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="105" />
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="129" />
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="156" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="110" />
        <source>What to write:</source>
        <translation>Was schreiben:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="117" />
        <source>The personal data of this event were purged: only anonymised statistics remain.</source>
        <translation>Die Personendaten dieses Anlasses wurden gelöscht: nur die anonymisierte Statistik bleibt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="121" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="124" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
</context>
<context>
    <name>FileOpenHandler</name>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="69" />
        <source>The desk is locked: unlock it, then open %1 again.</source>
        <translation>Der Schalter ist gesperrt: entsperren Sie ihn und öffnen Sie %1 dann erneut.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="70" />
        <source>An import is running: open %1 again when it has finished.</source>
        <translation>Ein Import läuft: Öffnen Sie %1 erneut, wenn er beendet ist.</translation>
    </message>
</context>
<context>
    <name>GroupCheckInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="37" />
        <source>Check in a group</source>
        <translation>Gruppe einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="39" />
        <source>%1 — %2 registered, %3 arrived</source>
        <translation>%1 — %2 angemeldet, %3 angekommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="49" />
        <source>Arrived at %1</source>
        <translation>Angekommen um %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="60" />
        <source>leave empty when they are here themselves</source>
        <translation>leer lassen, wenn sie selbst da sind</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="62" />
        <source>Badges collected by</source>
        <translation>Badges abgeholt von</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="66" />
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="79" />
        <source>Check in the ticked people</source>
        <translation>Angekreuzte einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="78" />
        <source>Note the badges as collected</source>
        <translation>Badges als abgeholt vermerken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="87" />
        <source>Tick at least one person.</source>
        <translation>Kreuzen Sie mindestens eine Person an.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="20" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="33" />
        <source>Enter: check in the highlighted person · ↑↓: move · Esc: clear</source>
        <translation>Eingabe: markierte Person einchecken · ↑↓: bewegen · Esc: leeren</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_preview.py" line="55" />
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="15" />
        <source>Last import report</source>
        <translation>Bericht des letzten Imports</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="18" />
        <source>%1 (sheet “%2”, header on row %3)</source>
        <translation>%1 (Blatt „%2“, Kopfzeile in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="31" />
        <source>No problems: every row was read.</source>
        <translation>Keine Probleme: alle Zeilen wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="79" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="173" />
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="85" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="95" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="90" />
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="84" />
        <source>Choose a spreadsheet or e-mails, or drop them here</source>
        <translation>Wählen Sie eine Tabelle oder E-Mails, oder ziehen Sie sie hierher</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="87" />
        <source>Mail folder…</source>
        <translation>Mail-Ordner…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="88" />
        <source>A Maildir folder, or a folder of .eml files</source>
        <translation>Ein Maildir-Ordner oder ein Ordner mit .eml-Dateien</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="98" />
        <source>Cancel people who are missing from this file (uncheck for a file of additions); check-ins are kept</source>
        <translation>Personen stornieren, die in dieser Datei fehlen (abwählen für eine Datei mit Ergänzungen); Check-ins bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="102" />
        <source>The first row is a person, not a header (columns are then known by letter)</source>
        <translation>Die erste Zeile ist eine Person, keine Kopfzeile (die Spalten heißen dann nach ihrem Buchstaben)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="117" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="118" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="119" />
        <source>Would be cancelled</source>
        <translation>Würden storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="146" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="147" />
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="174" />
        <source>Spreadsheets and e-mails (%1)</source>
        <translation>Tabellen und E-Mails (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="175" />
        <source>All files, such as a mail program's mailbox (*)</source>
        <translation>Alle Dateien, etwa das Postfach eines Mailprogramms (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="180" />
        <source>Import registrations from a mail folder</source>
        <translation>Anmeldungen aus einem Mail-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="259" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="285" />
        <source>columns as in your last import of this kind of file</source>
        <translation>Spalten wie beim letzten Import dieser Art von Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="286" />
        <source>columns as you chose them</source>
        <translation>Spalten wie von Ihnen gewählt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="287" />
        <source>columns recognised automatically</source>
        <translation>Spalten automatisch erkannt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="289" />
        <source>Sheet “%1”, header on row %2, %3 rows; %4. Change what a column holds with the list above it.</source>
        <translation>Blatt „%1“, Kopfzeile in Zeile %2, %3 Zeilen; %4. Den Inhalt einer Spalte mit der Liste darüber ändern.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="292" />
        <source>Sheet “%1”, no header: the first row is a person, %2 rows; %3. Change what a column holds with the list above it.</source>
        <translation>Blatt „%1“, ohne Kopfzeile: Die erste Zeile ist eine Person, %2 Zeilen; %3. Ändern Sie mit der Liste darüber, was eine Spalte enthält.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="295" />
        <source>Other sheets that hold a list: %1.</source>
        <translation>Weitere Blätter mit einer Liste: %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="306" />
        <source>Problems below: %1; rows in red stay out.</source>
        <translation>Probleme unten: %1; rote Zeilen werden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="311" />
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="313" />
        <source>Would be cancelled (%1)</source>
        <translation>Würden storniert (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="318" />
        <source>This file would cancel %1 people who are not in it: check the list below, or uncheck “Cancel people who are missing”.</source>
        <translation>Diese Datei würde %1 Personen stornieren, die nicht darin stehen: Prüfen Sie die Liste unten, oder wählen Sie „Personen stornieren, die fehlen“ ab.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="347" />
        <source>Categories (%1)</source>
        <translation>Kategorien (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="380" />
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="403" />
        <source>Stopped; nothing was imported.</source>
        <translation>Angehalten; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="416" />
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="17" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="18" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="19" />
        <source>Full name (split)</source>
        <translation>Vollständiger Name (getrennt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="20" />
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="21" />
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="22" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="23" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="24" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="25" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="26" />
        <source>Registration time</source>
        <translation>Anmeldezeit</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="27" />
        <source>Ticket code (other system)</source>
        <translation>Ticketcode (anderes System)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="28" />
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="29" />
        <source>Status (registered, waitlisted, cancelled)</source>
        <translation>Status (angemeldet, Warteliste, storniert)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="30" />
        <source>Group (registered together)</source>
        <translation>Gruppe (gemeinsam angemeldet)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="31" />
        <source>Needs (access, diet, interpretation)</source>
        <translation>Bedürfnisse (Zugang, Ernährung, Dolmetschen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="32" />
        <source>Order (people registered together)</source>
        <translation>Bestellung (gemeinsam angemeldete Personen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="33" />
        <source>Buyer's e-mail (stands in for a missing one)</source>
        <translation>E-Mail der Käuferin (ersetzt eine fehlende)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="35" />
        <source>— kept as an extra field —</source>
        <translation>— als Zusatzfeld behalten —</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="38" />
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="39" />
        <source>a folder, with no list or e-mails in it</source>
        <translation>ein Ordner ohne Liste oder E-Mails</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="40" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="41" />
        <source>not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)</source>
        <translation>keine Tabelle, die diese Version liest (xlsx, xlsm, xls, ods, csv, txt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="43" />
        <source>protected by a password; save a copy without the password and import that</source>
        <translation>mit einem Passwort geschützt; eine Kopie ohne Passwort speichern und diese importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="45" />
        <source>refused: it would inflate far beyond any registration list (damaged, or a zip bomb)</source>
        <translation>abgelehnt: er würde weit über jede Anmeldeliste hinaus anwachsen (beschädigt oder Zip-Bombe)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="47" />
        <source>more than %1 rows; split the file or delete the empty rows at its end</source>
        <translation>mehr als %1 Zeilen; Datei aufteilen oder die leeren Zeilen am Ende löschen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="49" />
        <source>a cell at %1 stretches the sheet far beyond any registration list; delete what is there (or copy the list into a new workbook) and import again</source>
        <translation>eine Zelle bei %1 dehnt das Blatt weit über jede Anmeldeliste aus; löschen Sie, was dort steht (oder kopieren Sie die Liste in eine neue Arbeitsmappe), und importieren Sie erneut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="52" />
        <source>no such sheet (%1)</source>
        <translation>Blatt nicht gefunden (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="53" />
        <source>no list found (no header row with rows below it)</source>
        <translation>keine Liste gefunden (keine Kopfzeile mit Zeilen darunter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="54" />
        <source>no name column found; choose the column that holds the family or full name</source>
        <translation>keine Namensspalte gefunden; die Spalte mit dem Nachnamen oder vollen Namen wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="56" />
        <source>only e-mail addresses, no names; a badge and the desk need each person's name</source>
        <translation>nur E-Mail-Adressen, keine Namen; ein Badge und der Empfang brauchen den Namen jeder Person</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="58" />
        <source>unknown field %1</source>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="59" />
        <source>the sheet has no column %1</source>
        <translation>das Blatt hat keine Spalte %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="60" />
        <source>could not be read (%1)</source>
        <translation>konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="61" />
        <source>neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)</source>
        <translation>weder eine Tabelle noch E-Mails (eine mbox-Datei, ein Maildir-Ordner, ein Ordner mit .eml-Dateien)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="63" />
        <source>a mailbox with no message in it</source>
        <translation>ein Postfach ohne Nachrichten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="64" />
        <source>Outlook .msg files, which this version does not read; drag the messages out of Outlook on the web, Thunderbird or Apple Mail (they give .eml files), or export the folder as mbox</source>
        <translation>Outlook-.msg-Dateien, die diese Version nicht liest; ziehen Sie die Nachrichten aus Outlook im Web, Thunderbird oder Apple Mail heraus (das ergibt .eml-Dateien) oder exportieren Sie den Ordner als mbox</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="69" />
        <source>no given or family name; skipped</source>
        <translation>weder Vor- noch Nachname; übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="70" />
        <source>e-mail '%1' is malformed; imported without it</source>
        <translation>E-Mail „%1“ ist fehlerhaft; ohne sie importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="71" />
        <source>same e-mail as row %2; skipped</source>
        <translation>gleiche E-Mail wie Zeile %2; übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="72" />
        <source>same name and organisation as row %2; skipped</source>
        <translation>gleicher Name und Organisation wie Zeile %2; übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="73" />
        <source>matches the same person as row %2 (%1); skipped</source>
        <translation>entspricht derselben Person wie Zeile %2 (%1); übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="74" />
        <source>not a person (a total or a note: '%1'); skipped</source>
        <translation>keine Person (eine Summe oder Notiz: „%1“); übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="75" />
        <source>unknown category '%1'; imported as the default</source>
        <translation>unbekannte Kategorie „%1“; mit der Standardkategorie importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="76" />
        <source>unreadable date '%1'; imported without a registration time</source>
        <translation>unlesbares Datum „%1“; ohne Anmeldezeit importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="77" />
        <source>the cell holds a spreadsheet error (#REF!, #N/A…); read as empty</source>
        <translation>die Zelle enthält einen Tabellenfehler (#BEZUG!, #NV…); als leer gelesen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="79" />
        <source>invisible control characters removed</source>
        <translation>unsichtbare Steuerzeichen entfernt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="80" />
        <source>%1 again (as on row %2): this later row is used</source>
        <translation>%1 erneut (wie in Zeile %2): Diese spätere Zeile gilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="81" />
        <source>new category '%1'; merge it into another under Categories if it means one</source>
        <translation>neue Kategorie „%1“; führen Sie sie unter Kategorien mit einer anderen zusammen, wenn sie diese meint</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="83" />
        <source>status '%1' not understood; kept as written, imported as registered</source>
        <translation>Status „%1“ nicht verstanden; wie geschrieben behalten, als angemeldet importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="85" />
        <source>'%1' split as two given names and two family names; check it</source>
        <translation>„%1“ als zwei Vornamen und zwei Nachnamen getrennt; bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="87" />
        <source>ticket code '%1' is on several rows at once; not used to recognise any of them</source>
        <translation>der Ticketcode „%1“ steht in mehreren Zeilen; er dient zu keiner Zuordnung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="132" />
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 cancelled, %6 skipped</source>
        <translation>%1 Zeilen: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 storniert, %6 übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="135" />
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 to cancel, %6 skipped</source>
        <translation>%1 Zeilen: %2 hinzuzufügen, %3 zu aktualisieren, %4 unverändert, %5 zu stornieren, %6 übersprungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="146" />
        <source>%1 on the waiting list (capacity reached; first come, first served)</source>
        <translation>%1 auf der Warteliste (Kapazität erreicht; wer zuerst kommt, mahlt zuerst)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="150" />
        <source>%1 registered after the deadline (rows %2)</source>
        <translation>%1 nach der Frist angemeldet (Zeilen %2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="153" />
        <source>cancelled but already checked in (kept in the attendance): %1</source>
        <translation>storniert, aber bereits eingecheckt (bleibt in der Anwesenheit): %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="44" />
        <source>Save all badges</source>
        <translation>Alle Badges speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="68" />
        <source>Rendering badges…</source>
        <translation>Badges werden erstellt…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="69" />
        <source>The badges were not rendered</source>
        <translation>Die Badges wurden nicht erstellt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="64" />
        <location filename="../../checkin/ui/jobs.py" line="111" />
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="79" />
        <source>The badges were written but not marked as printed</source>
        <translation>Die Badges wurden geschrieben, aber nicht als gedruckt markiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="116" />
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="118" />
        <source>Nothing was exported</source>
        <translation>Nichts wurde exportiert</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="63" />
        <source>ID card, business card… (optional)</source>
        <translation>Ausweis, Visitenkarte… (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="65" />
        <source>Lend or take back an item</source>
        <translation>Gegenstand ausleihen oder zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="66" />
        <source>Scan the badge, then the item. Scan an item alone to take it back.</source>
        <translation>Badge scannen, dann den Gegenstand. Einen Gegenstand allein scannen, um ihn zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="67" />
        <source>Only items still out</source>
        <translation>Nur noch Ausgeliehene</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Phone / e-mail</source>
        <translation>Telefon / E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <location filename="../../checkin/ui/widgets/loans_view.py" line="81" />
        <source>Deposit</source>
        <translation>Pfand</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <source>Out at</source>
        <translation>Ausgeliehen um</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <source>Returned at</source>
        <translation>Zurück um</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="128" />
        <source>Lending to %1</source>
        <translation>Ausleihe an %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="129" />
        <source>Now scan or type the item's number.</source>
        <translation>Jetzt die Nummer des Gegenstands scannen oder tippen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="137" />
        <source>Unknown badge or item “%1”</source>
        <translation>Unbekannter Badge oder Gegenstand „%1“</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="138" />
        <source>Scan the badge first, then the item.</source>
        <translation>Zuerst den Badge scannen, dann den Gegenstand.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150" />
        <source>Deposit: %1</source>
        <translation>Pfand: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150" />
        <source>No deposit noted.</source>
        <translation>Kein Pfand vermerkt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="151" />
        <source>%1 lent to %2</source>
        <translation>%1 ausgeliehen an %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="156" />
        <source>%1 is already out</source>
        <translation>%1 ist bereits ausgeliehen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="157" />
        <source>With %1 since %2. Take another one, or scan it alone to take it back first.</source>
        <translation>Bei %1 seit %2. Nehmen Sie einen anderen, oder scannen Sie ihn allein, um ihn zuerst zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="160" />
        <source>Give back the deposit: %1</source>
        <translation>Pfand zurückgeben: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="161" />
        <source>No deposit to give back.</source>
        <translation>Kein Pfand zurückzugeben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="162" />
        <source>%1 returned by %2</source>
        <translation>%1 zurückgegeben von %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="164" />
        <source>%1 is not out</source>
        <translation>%1 ist nicht ausgeliehen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="165" />
        <source>To lend it, scan the badge first, then the item.</source>
        <translation>Zum Ausleihen zuerst den Badge, dann den Gegenstand scannen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="169" />
        <source>“%1” is not one of this event's items</source>
        <translation>„%1“ ist kein Gegenstand dieses Anlasses</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="170" />
        <source>Scan the item's label or type its number.</source>
        <translation>Etikett scannen oder Nummer tippen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="174" />
        <source>The server cannot be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="175" />
        <source>%1. Items lent need the server: note this one on paper.</source>
        <translation>%1. Ausleihen brauchen den Server: diese auf Papier notieren.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="190" />
        <source>Scan the badge — or scan an item to take it back</source>
        <translation>Badge scannen — oder einen Gegenstand zum Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="192" />
        <source>Scan or type the item's number for %1</source>
        <translation>Nummer des Gegenstands für %1 scannen oder tippen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="222" />
        <source>%1 out</source>
        <translation>%1 ausgeliehen</translation>
    </message>
</context>
<context>
    <name>LockActions</name>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47" />
        <source>Lock the desk</source>
        <translation>Schalter sperren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47" />
        <source>Choose a PIN to unlock the desk later:</source>
        <translation>Wählen Sie eine PIN zum späteren Entsperren:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57" />
        <source>Unlock the desk</source>
        <translation>Schalter entsperren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="69" />
        <source>The desk stays locked. Try again in %1 s.</source>
        <translation>Der Schalter bleibt gesperrt. Erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="70" />
        <source>The desk stays locked.</source>
        <translation>Der Schalter bleibt gesperrt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="71" />
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="22" />
        <source>%1: no such mail server; check its name</source>
        <translation>%1: kein solcher Mailserver; prüfen Sie seinen Namen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="23" />
        <source>%1: the mail server does not answer; trying again at the next round</source>
        <translation>%1: der Mailserver antwortet nicht; neuer Versuch in der nächsten Runde</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="25" />
        <source>%1: the server's certificate is not trusted; name the certificate authority's file</source>
        <translation>%1: dem Zertifikat des Servers wird nicht vertraut; geben Sie die Datei der Zertifizierungsstelle an</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="27" />
        <source>%1: the certificate authority's file cannot be read</source>
        <translation>%1: die Datei der Zertifizierungsstelle ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="29" />
        <source>%1: no encrypted connection could be made</source>
        <translation>%1: keine verschlüsselte Verbindung möglich</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="30" />
        <source>%1: the server offers no encryption; the password is not sent in clear</source>
        <translation>%1: der Server bietet keine Verschlüsselung; das Passwort wird nicht im Klartext gesendet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="32" />
        <source>%1: this is no IMAP mail server</source>
        <translation>%1: das ist kein IMAP-Mailserver</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="33" />
        <source>%1: the server refused the user name or the password (some providers want an app password)</source>
        <translation>%1: der Server hat Benutzername oder Passwort abgelehnt (manche Anbieter verlangen ein App-Passwort)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="35" />
        <source>%1: the mailbox has no such folder</source>
        <translation>%1: das Postfach hat keinen solchen Ordner</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="36" />
        <source>%1: the connection was lost; trying again at the next round</source>
        <translation>%1: die Verbindung ist abgebrochen; neuer Versuch in der nächsten Runde</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="38" />
        <source>%1: the server refused to hand the messages over (%2)</source>
        <translation>%1: der Server hat die Herausgabe der Nachrichten verweigert (%2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="71" />
        <source>The registration mailbox %1 is not watched now: Event → Watch the registration mailbox… takes its new e-mails.</source>
        <translation>Das Anmeldepostfach %1 wird gerade nicht überwacht: Anlass → Anmeldepostfach überwachen… holt seine neuen E-Mails ab.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="82" />
        <source>Watching %1 for registration e-mails</source>
        <translation>%1 wird auf Anmelde-E-Mails überwacht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="94" />
        <source>Review fetched e-mails</source>
        <translation>Abgeholte E-Mails prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="95" />
        <source>No e-mail was fetched for this event yet: Event → Watch the registration mailbox…</source>
        <translation>Für diesen Anlass wurde noch keine E-Mail abgeholt: Anlass → Anmeldepostfach überwachen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="104" />
        <source>✉ New registration e-mails: %1 (review)</source>
        <translation>✉ Neue Anmelde-E-Mails: %1 (prüfen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="114" />
        <source>The mailbox is no longer watched: %1</source>
        <translation>Das Postfach wird nicht mehr überwacht: %1</translation>
    </message>
</context>
<context>
    <name>MailImportPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="76" />
        <source>Reading the e-mails of %1…</source>
        <translation>Die E-Mails von %1 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="102" />
        <source>The e-mails could not be read: %1</source>
        <translation>Die E-Mails konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="113" />
        <source>Stopped reading; nothing was imported.</source>
        <translation>Lesen abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="175" />
        <source>What the decisions change could not be worked out: %1</source>
        <translation>Was die Entscheidungen ändern, konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="189" />
        <source>Messages: %1 · people found: %2 · to import: %3 · corrected: %4 · dropped: %5 · messages that are no registration: %6</source>
        <translation>Nachrichten: %1 · gefundene Personen: %2 · zu importieren: %3 · korrigiert: %4 · weggelassen: %5 · Nachrichten, die keine Anmeldung sind: %6</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="193" />
        <source>Imported before, from the same messages: %1 (left as the event has them).</source>
        <translation>Früher importiert, aus denselben Nachrichten: %1 (so belassen, wie der Anlass sie hat).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="196" />
        <source>⚠ Waiting for your decision, as the reading is unsure of them: %1. Accept, correct or drop each (Alt+N goes to the next); Import waits until they are decided.</source>
        <translation>⚠ Warten auf Ihre Entscheidung, da das Lesen unsicher ist: %1. Nehmen Sie jede an, korrigieren oder lassen Sie sie weg (Alt+N geht zur nächsten); der Import wartet, bis sie entschieden sind.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="215" />
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="216" />
        <source>Close without importing? Your decisions about %1 people would be lost.</source>
        <translation>Ohne Import schließen? Ihre Entscheidungen zu %1 Personen gingen verloren.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="265" />
        <source>Imported from the e-mails: registered %2 · waiting list %3 · late %4 · updated %5 · cancelled %6 · dropped %7 · left out %8 (messages read: %1).</source>
        <translation>Aus den E-Mails importiert: angemeldet %2 · Warteliste %3 · verspätet %4 · aktualisiert %5 · storniert %6 · weggelassen %7 · ausgelassen %8 (gelesene Nachrichten: %1).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="233" />
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="259" />
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="277" />
        <source>Stopped; nothing was imported.</source>
        <translation>Angehalten; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>MailReview</name>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="41" />
        <location filename="../../checkin/ui/models/mail_review.py" line="320" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40" />
        <source>Becomes</source>
        <translation>Wird</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39" />
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="46" />
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="47" />
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="48" />
        <source>Late: after the deadline</source>
        <translation>Verspätet: nach der Frist</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="49" />
        <source>Already registered: details updated</source>
        <translation>Bereits angemeldet: Angaben aktualisiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="50" />
        <source>Already registered</source>
        <translation>Bereits angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="51" />
        <source>Cancellation</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="52" />
        <source>Cancellation of nobody registered</source>
        <translation>Abmeldung einer nicht angemeldeten Person</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="53" />
        <source>Left out unless accepted</source>
        <translation>Ausgelassen, außer wenn angenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="54" />
        <location filename="../../checkin/ui/models/mail_review.py" line="341" />
        <source>Dropped</source>
        <translation>Weggelassen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="55" />
        <source>Again: the later message counts</source>
        <translation>Erneut: die spätere Nachricht gilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="56" />
        <source>Imported before, from this message</source>
        <translation>Früher importiert, aus dieser Nachricht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="59" />
        <source>Not a registration: automatic reply</source>
        <translation>Keine Anmeldung: automatische Antwort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="60" />
        <source>Not a registration: newsletter or bulk mail</source>
        <translation>Keine Anmeldung: Newsletter oder Massenversand</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="61" />
        <source>Not a registration: a question</source>
        <translation>Keine Anmeldung: eine Frage</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="62" />
        <source>Not a registration: the same message again</source>
        <translation>Keine Anmeldung: dieselbe Nachricht erneut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="63" />
        <source>Not a registration: nobody's name found</source>
        <translation>Keine Anmeldung: kein Name gefunden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="64" />
        <source>Not a registration: sent from this mailbox (a reply or a sent copy)</source>
        <translation>Keine Anmeldung: aus diesem Postfach gesendet (eine Antwort oder eine gesendete Kopie)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="67" />
        <source>Not a registration: could not be read</source>
        <translation>Keine Anmeldung: nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="68" />
        <source>Not a registration</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="311" />
        <source>Unsure: %1</source>
        <translation>Unsicher: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="316" />
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="317" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="318" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="319" />
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="321" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="322" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="340" />
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="342" />
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="343" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="344" />
        <source>To decide</source>
        <translation>Zu entscheiden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="345" />
        <source>Import as read</source>
        <translation>Import wie gelesen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="100" />
        <source>People found in the e-mails</source>
        <translation>In den E-Mails gefundene Personen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="112" />
        <source>The message</source>
        <translation>Die Nachricht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="132" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="239" />
        <source>unsure: check it</source>
        <translation>unsicher: bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="144" />
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="145" />
        <source>Import this person as shown (Alt+A)</source>
        <translation>Diese Person wie angezeigt importieren (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="146" />
        <source>&amp;Drop</source>
        <translation>&amp;Weglassen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="147" />
        <source>Leave this person out (Alt+D)</source>
        <translation>Diese Person weglassen (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="148" />
        <source>&amp;Undo decision</source>
        <translation>Entscheidung &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="149" />
        <source>Back to as read, corrections forgotten (Alt+U)</source>
        <translation>Zurück zum Gelesenen, Korrekturen verworfen (Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="150" />
        <source>&amp;Next to decide</source>
        <translation>&amp;Nächste zu entscheiden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="151" />
        <source>Go to the next person the reading is unsure of (Alt+N)</source>
        <translation>Zur nächsten Person, bei der das Lesen unsicher ist (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="240" />
        <source>unsure: decided</source>
        <translation>unsicher: entschieden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="251" />
        <source>%1 · becomes: %2</source>
        <translation>%1 · wird: %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="270" />
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265" />
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="266" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="271" />
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="293" />
        <source>%1 (unsure)</source>
        <translation>%1 (unsicher)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="96" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="97" />
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="98" />
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Event</source>
        <translation>&amp;Anlass</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Desk</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="169" />
        <source>Checkin — registration desk</source>
        <translation>Checkin — Empfangsschalter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="179" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="209" />
        <source>No event is open: open the event first (Recent events or Open event file…), then scan.</source>
        <translation>Kein Anlass ist geöffnet: öffnen Sie zuerst den Anlass (Letzte Anlässe oder Anlassdatei öffnen…), dann scannen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="213" />
        <source>An import is being saved</source>
        <translation>Ein Import wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="214" />
        <source>Scan again in a moment.</source>
        <translation>Gleich noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237" />
        <source>Sounds off</source>
        <translation>Töne aus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237" />
        <source>Sounds on</source>
        <translation>Töne an</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Close event</source>
        <translation>Anlass schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Close “%1”? This desk stops checking people in until an event is opened again.</source>
        <translation>„%1“ schließen? Dieser Schalter checkt niemanden mehr ein, bis wieder ein Anlass geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260" />
        <source>Quit the desk? Nobody can be checked in here until it is started again.</source>
        <translation>Schalter beenden? Hier kann niemand eingecheckt werden, bis er wieder gestartet ist.</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="125" />
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="126" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="143" />
        <source>Nobody to send to.</source>
        <translation>Niemand zum Senden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="146" />
        <source>%1 of %2 — To: %3 — Subject: %4</source>
        <translation>%1 von %2 — An: %3 — Betreff: %4</translation>
    </message>
</context>
<context>
    <name>NeedFilterBox</name>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="20" />
        <source>Any need or none</source>
        <translation>Alle Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="22" />
        <source>Other needs</source>
        <translation>Andere Bedürfnisse</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="37" />
        <source>New event</source>
        <translation>Neuer Anlass</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="44" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="52" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="53" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="54" />
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="55" />
        <location filename="../../checkin/ui/dialogs/new_event.py" line="63" />
        <source>Event file</source>
        <translation>Anlass-Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="64" />
        <source>Events (*%1)</source>
        <translation>Anlässe (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="70" />
        <source>Give the event a title.</source>
        <translation>Geben Sie dem Anlass einen Titel.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="74" />
        <source>%1 already exists; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>OrganiserActions</name>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="48" />
        <source>Last import report</source>
        <translation>Bericht des letzten Imports</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="49" />
        <source>Nothing was imported into this event since it was opened.</source>
        <translation>Seit dem Öffnen wurde nichts in diesen Anlass importiert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="86" />
        <source>Send confirmations</source>
        <translation>Bestätigungen senden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="87" />
        <source>Sending confirmations is not available here (%1).</source>
        <translation>Das Senden von Bestätigungen ist hier nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="107" />
        <source>Its retention date has not passed yet. </source>
        <translation>Sein Aufbewahrungsdatum ist noch nicht erreicht. </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="109" />
        <source>Purge personal data</source>
        <translation>Personendaten löschen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="110" />
        <source>Remove every name, e-mail and code of “%1”? %2Only anonymised statistics stay. This cannot be undone.</source>
        <translation>Alle Namen, E-Mails und Codes von „%1“ entfernen? %2Nur die anonymisierte Statistik bleibt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="128" />
        <source>Nothing was purged</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="133" />
        <source>Personal data purged; anonymised statistics kept.</source>
        <translation>Personendaten gelöscht; anonymisierte Statistik behalten.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="46" />
        <location filename="../../checkin/ui/widgets/person_panel.py" line="115" />
        <source>Nobody selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="60" />
        <source>delegation, or people who came together</source>
        <translation>Delegation, oder gemeinsam Angemeldete</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="61" />
        <source>wheelchair; interpretation FR; vegetarian</source>
        <translation>Rollstuhl; Dolmetschen FR; vegetarisch</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="62" />
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="63" />
        <source>Reprint badge</source>
        <translation>Badge neu drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="64" />
        <source>Name card</source>
        <translation>Tischkarte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="65" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="66" />
        <source>Remove this walk-in…</source>
        <translation>Diese Vor-Ort-Anmeldung entfernen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="67" />
        <source>Registered by mistake: cancel it and take its check-in back (nothing is deleted).</source>
        <translation>Versehentlich angemeldet: stornieren und die Ankunft zurücknehmen (nichts wird gelöscht).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="116" />
        <source>Search or scan to see a person here.</source>
        <translation>Suchen oder scannen, um hier eine Person zu sehen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="129" />
        <source>Badge printed at %1</source>
        <translation>Badge gedruckt um %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="130" />
        <source>Badge not printed yet</source>
        <translation>Badge noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="133" />
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="135" />
        <source>Walk-in</source>
        <translation>Vor Ort angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="137" />
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgrammePreview</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="163" />
        <source>No programme found: the sheet needs a header row naming a time and a title (Time, Session, Room, People, Role).</source>
        <translation>Kein Programm gefunden: Das Blatt braucht eine Kopfzeile mit Zeit und Titel (Zeit, Titel, Raum, Personen, Rolle).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="14" />
        <source>Row %1: nobody on the list is “%2”; left out of the session</source>
        <translation>Zeile %1: niemand auf der Liste heisst „%2“; nicht in die Sitzung übernommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="16" />
        <source>Row %1: “%2” fits several people; write their e-mail instead</source>
        <translation>Zeile %1: „%2“ passt auf mehrere Personen; bitte die E-Mail angeben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="18" />
        <source>Row %1: the time “%2” cannot be read (write 9:10 or 9:10 – 9:20); session left out</source>
        <translation>Zeile %1: die Zeit „%2“ ist unlesbar (9:10 oder 9:10 – 9:20 schreiben); Sitzung ausgelassen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="20" />
        <source>Row %1: “%2” comes before any session</source>
        <translation>Zeile %1: „%2“ steht vor jeder Sitzung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="21" />
        <source>Row %1: unknown role “%2”; read as a speaker</source>
        <translation>Zeile %1: unbekannte Rolle „%2“; als Referent·in gelesen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="30" />
        <source>Import programme</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="32" />
        <source>%1 sessions with %2 people read from %3. They replace the programme of the event.</source>
        <translation>%1 Sitzungen mit %2 Personen aus %3 gelesen. Sie ersetzen das Programm des Anlasses.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="37" />
        <source>Every row was read.</source>
        <translation>Alle Zeilen wurden gelesen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="39" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="58" />
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="59" />
        <location filename="../../checkin/ui/widgets/result_panel.py" line="64" />
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Badge scannen oder Namen tippen und Eingabe drücken.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="75" />
        <source>another desk</source>
        <translation>einem anderen Schalter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="85" />
        <source>Unknown code %1</source>
        <translation>Unbekannter Code %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="86" />
        <source>Search the person by name, or register them as a walk-in (Ctrl+N).</source>
        <translation>Person nach Namen suchen oder vor Ort anmelden (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="88" />
        <source>Badge of another event</source>
        <translation>Badge eines anderen Anlasses</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="89" />
        <source>This code belongs to a different event. Search the person by name.</source>
        <translation>Dieser Code gehört zu einem anderen Anlass. Person nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91" />
        <source>Ask them to see the organisers' desk.</source>
        <translation>Bitte an den Schalter der Organisatoren verweisen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="63" />
        <source>Next, please</source>
        <translation>Die nächste Person, bitte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="71" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="76" />
        <source>Already arrived at %1 (%2)</source>
        <translation>Bereits angekommen um %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="77" />
        <source>Let them through. Ctrl+Z takes their arrival back if this was a mistake.</source>
        <translation>Durchlassen. Strg+Z nimmt die Ankunft zurück, falls es ein Versehen war.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91" />
        <source>Registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="93" />
        <source>On the waiting list</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="94" />
        <source>Ctrl+Enter admits them from the waiting list (with a reason), if the organisers agree.</source>
        <translation>Strg+Eingabe lässt die Person von der Warteliste zu (mit Begründung), wenn die Organisatoren zustimmen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="97" />
        <source>Not checked in: taken back</source>
        <translation>Nicht eingecheckt: zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="98" />
        <source>An undo later in the log takes back this check-in. Check them in again now.</source>
        <translation>Eine spätere Rücknahme im Protokoll hebt diesen Check-in auf. Checken Sie die Person jetzt erneut ein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="100" />
        <source>This code matches several people</source>
        <translation>Dieser Code passt zu mehreren Personen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="101" />
        <source>Search the person by name and check them in from the list.</source>
        <translation>Person nach Namen suchen und aus der Liste einchecken.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="102" />
        <source>This is not a code</source>
        <translation>Das ist kein Code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="103" />
        <source>The scanner sent something unreadable. Scan again, or search by name.</source>
        <translation>Der Scanner hat Unlesbares gesendet. Erneut scannen oder nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="108" />
        <source>Arrival taken back (check-in undone)</source>
        <translation>Ankunft zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="109" />
        <source>They count as expected again.</source>
        <translation>Die Person gilt wieder als erwartet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="110" />
        <location filename="../../checkin/ui/widgets/result_panel.py" line="114" />
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="111" />
        <source>%1 was not checked in.</source>
        <translation>%1 war nicht eingecheckt.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="28" />
        <source>Purge personal data…</source>
        <translation>Personendaten löschen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="43" />
        <source>The personal data of this event were purged; only anonymised statistics remain (Export… ▸ anonymised statistics).</source>
        <translation>Die Personendaten dieses Anlasses wurden gelöscht; nur die anonymisierte Statistik bleibt (Exportieren… ▸ anonymisierte Statistik).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="46" />
        <source>The retention date of this event (%1) has passed: its personal data should now be purged, keeping only anonymised statistics. Export what you still need first.</source>
        <translation>Das Aufbewahrungsdatum dieses Anlasses (%1) ist überschritten: seine Personendaten sollten jetzt gelöscht werden, nur die anonymisierte Statistik bleibt. Exportieren Sie zuerst, was Sie noch brauchen.</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="91" />
        <source>Online</source>
        <extracomment>DeskStatus: online or offline, how many check-ins are queued, the desk name. Check-ins or undos made at other desks arrived: refresh presence and counters. Attendees (walk-ins, edits) or the event changed elsewhere: reload attendees and the search index. list[Conflict]: new on the list to check (doubles, one walk-in twice, a skewed clock, a refused record). The list to check changed (new, or marked seen at some desk). list[CheckInRecord]: the records the feed brought (a speaker arriving at another desk). list[str]: the programme, loans or badge collections changed elsewhere (their table names).</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="95" />
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="97" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="101" />
        <source>1 check-in queued</source>
        <translation>1 wartender Check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="103" />
        <source>%1 check-ins queued</source>
        <translation>%1 wartende Check-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="106" />
        <source>checking in on this desk's copy</source>
        <translation>Check-in auf der Kopie dieses Schalters</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="107" />
        <source>; edits wait for the server</source>
        <translation>; Änderungen warten auf den Server</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="110" />
        <source>the event was upgraded by a newer checkin: update this desk</source>
        <translation>der Anlass wurde von einer neueren checkin-Version aktualisiert: aktualisieren Sie diesen Schalter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="113" />
        <source>the server refused the user name or password</source>
        <translation>der Server hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="115" />
        <source>%1 check-ins the server refused: see the list to check</source>
        <translation>%1 vom Server abgelehnte Check-ins: siehe die Liste zum Prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="125" />
        <source>Offline since %1, %2 check-ins queued; edits wait for the server. Check-ins go on.</source>
        <translation>Offline seit %1, %2 wartende Check-ins; Änderungen warten auf den Server. Check-ins gehen weiter.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="133" />
        <source>this computer's clock is %1 min ahead of the server's: set its time</source>
        <translation>die Uhr dieses Computers geht %1 Min. vor gegenüber dem Server: Zeit einstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="136" />
        <source>this computer's clock is %1 min behind the server's: set its time</source>
        <translation>die Uhr dieses Computers geht %1 Min. nach gegenüber dem Server: Zeit einstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="146" />
        <source>%1: checked in at %2 at %3 and again at %4 at %5 (the first counts)</source>
        <translation>%1: eingecheckt an %2 um %3 und nochmals an %4 um %5 (der erste zählt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="152" />
        <source>%1: registered as a walk-in at %2 and at %3; kept as one person, both badges scan</source>
        <translation>%1: vor Ort angemeldet an %2 und an %3; als eine Person geführt, beide Badges gelten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="159" />
        <source>The clock of %1 is %2 min ahead of the server's: times from it are corrected; set its time</source>
        <translation>Die Uhr von %1 geht %2 Min. vor gegenüber dem Server: ihre Zeiten werden korrigiert; Zeit einstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="162" />
        <source>The clock of %1 is %2 min behind the server's: times from it are corrected; set its time</source>
        <translation>Die Uhr von %1 geht %2 Min. nach gegenüber dem Server: ihre Zeiten werden korrigiert; Zeit einstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="166" />
        <source>A check-in at %1 at %2 did not reach the server: the person is not on the server</source>
        <translation>Ein Check-in an %1 um %2 hat den Server nicht erreicht: die Person ist nicht auf dem Server</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="42" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="51" />
        <source>ends at</source>
        <translation>endet um</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="59" />
        <source>Type a name to add a person</source>
        <translation>Namen tippen, um jemanden hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="64" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="66" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="76" />
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="77" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="78" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="131" />
        <source>Choose a person from the list as you type.</source>
        <translation>Wählen Sie beim Tippen eine Person aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="140" />
        <source>Give the session a title.</source>
        <translation>Geben Sie der Sitzung einen Titel.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="150" />
        <source>The session must end after it starts.</source>
        <translation>Die Sitzung muss nach ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>SpeakersBoard</name>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Session / person</source>
        <translation>Sitzung / Person</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="70" />
        <source>Organisers' desk: tell me when a speaker or VIP arrives at any desk</source>
        <translation>Schalter der Organisation: melden, wenn Referierende oder VIPs an einem Schalter ankommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="75" />
        <source>Import programme…</source>
        <translation>Programm importieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="76" />
        <source>Add session…</source>
        <translation>Sitzung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="77" />
        <source>Edit session…</source>
        <translation>Sitzung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="78" />
        <source>Remove session</source>
        <translation>Sitzung entfernen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="87" />
        <source>Speakers and VIPs arrived</source>
        <translation>Angekommene Referierende und VIPs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="129" />
        <source>No programme yet: import one (time, title, room, people, role).</source>
        <translation>Noch kein Programm: eines importieren (Zeit, Titel, Raum, Personen, Rolle).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="133" />
        <source>Not arrived for %1 %2: %3</source>
        <translation>Noch nicht da für %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="137" />
        <source>Everyone due within %1 minutes has arrived.</source>
        <translation>Alle in den nächsten %1 Minuten Erwarteten sind da.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="162" />
        <source>starts in %1 min</source>
        <translation>beginnt in %1 Min.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="163" />
        <source>has started</source>
        <translation>hat begonnen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="164" />
        <source>%1 — %2 not arrived</source>
        <translation>%1 — %2 nicht da</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="176" />
        <source>by video</source>
        <translation>per Video</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="178" />
        <source>not arrived</source>
        <translation>nicht da</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="22" />
        <source>Registration desk</source>
        <translation>Empfangsschalter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="40" />
        <source>New event…</source>
        <translation>Neuer Anlass…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="41" />
        <source>Open event file…</source>
        <translation>Anlass-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="42" />
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="43" />
        <source>Open the sample event</source>
        <translation>Beispielanlass öffnen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="51" />
        <source>Recent events</source>
        <translation>Letzte Anlässe</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="33" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="35" />
        <source>Waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="37" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="38" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="204" />
        <source>another running desk has this name: rename one in the desk settings</source>
        <translation>ein anderer laufender Schalter hat diesen Namen: benennen Sie einen in den Schalter-Einstellungen um</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="42" />
        <source>Confirmation (with QR code and ticket)</source>
        <translation>Bestätigung (mit QR-Code und Ticket)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="43" />
        <source>Waitlist notice</source>
        <translation>Wartelisten-Hinweis</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="50" />
        <source>Back to the default text</source>
        <translation>Zurück zum Standardtext</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="51" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="53" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="59" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="64" />
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="65" />
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="68" />
        <source>Placeholders: %1 ({qr_image}: HTML confirmations only)</source>
        <translation>Platzhalter: %1 ({qr_image}: nur HTML-Bestätigungen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="100" />
        <source>the editor</source>
        <translation>den Editor</translation>
    </message>
</context>
<context>
    <name>ToCheckList</name>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="21" />
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="28" />
        <source>Mark seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="37" />
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121" />
        <source>Walk-in registration</source>
        <translation>Anmeldung vor Ort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="44" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="46" />
        <source>wheelchair; interpretation FR; vegetarian (optional)</source>
        <translation>Rollstuhl; Dolmetschen FR; vegetarisch (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="55" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="56" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="57" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="58" />
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="59" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="60" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="61" />
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="64" />
        <source>Register, check in and print</source>
        <translation>Anmelden, einchecken und drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="76" />
        <source>Type at least a given or a family name.</source>
        <translation>Geben Sie mindestens einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="79" />
        <source>“%1” is not an e-mail address; leave it empty if unknown.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; leer lassen, wenn unbekannt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="103" />
        <source>Already registered</source>
        <translation>Bereits angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="104" />
        <source>This person is already registered: %1. Check them in instead?</source>
        <translation>Diese Person ist bereits angemeldet: %1. Stattdessen einchecken?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="106" />
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="107" />
        <source>Register a new person anyway</source>
        <translation>Trotzdem eine neue Person anmelden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="108" />
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121" />
        <source>Discard this walk-in? What you typed is lost.</source>
        <translation>Diese Vor-Ort-Anmeldung verwerfen? Die Eingabe geht verloren.</translation>
    </message>
</context>
<context>
    <name>WatchMailbox</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="29" />
        <source>Write the mailbox as imaps://USER@SERVER/FOLDER</source>
        <translation>Schreiben Sie das Postfach als imaps://BENUTZER@SERVER/ORDNER</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="30" />
        <source>Name the mailbox's user, as in imaps://USER@SERVER/FOLDER</source>
        <translation>Nennen Sie den Benutzer des Postfachs, wie in imaps://BENUTZER@SERVER/ORDNER</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="31" />
        <source>Name the mail server, as in imaps://USER@SERVER/FOLDER</source>
        <translation>Nennen Sie den Mailserver, wie in imaps://BENUTZER@SERVER/ORDNER</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="32" />
        <source>The port after the server's name must be a number (993 for imaps)</source>
        <translation>Der Port nach dem Servernamen muss eine Zahl sein (993 für imaps)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="34" />
        <source>Put the password in its own box, not in the address</source>
        <translation>Tragen Sie das Passwort in sein eigenes Feld ein, nicht in die Adresse</translation>
    </message>
</context>
<context>
    <name>WatchMailboxDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="50" />
        <source>Watch the registration mailbox</source>
        <translation>Anmeldepostfach überwachen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="51" />
        <source>While this event is open, the desk takes the new e-mails of this mailbox every few minutes (without marking them read) and tells you when there are some to review.</source>
        <translation>Solange dieser Anlass geöffnet ist, holt der Schalter alle paar Minuten die neuen E-Mails dieses Postfachs ab (ohne sie als gelesen zu markieren) und meldet, wenn welche zu prüfen sind.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="61" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="64" />
        <source>Only for a server with a certificate of its own organisation</source>
        <translation>Nur für einen Server mit einem Zertifikat seiner eigenen Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="66" />
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postfach:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="67" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="68" />
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="69" />
        <source>&amp;Certificate authority (PEM file):</source>
        <translation>&amp;Zertifizierungsstelle (PEM-Datei):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="70" />
        <source>The password is kept only while the event is open; it is never saved.</source>
        <translation>Das Passwort wird nur behalten, solange der Anlass geöffnet ist; es wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="93" />
        <source>Give the mailbox's password.</source>
        <translation>Geben Sie das Passwort des Postfachs an.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="96" />
        <source>No such file: %1</source>
        <translation>Keine solche Datei: %1</translation>
    </message>
</context>
</TS>