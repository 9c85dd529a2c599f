<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="18"/>
        <source>Search / scan</source>
        <translation>Cerca / scansiona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="19"/>
        <source>Undo the last check-in</source>
        <translation>Annulla l&apos;ultima registrazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="20"/>
        <source>Register a walk-in</source>
        <translation>Registra sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="21"/>
        <source>Reprint the badge</source>
        <translation>Ristampa il badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="22"/>
        <source>Print a name card</source>
        <translation>Stampa un segnaposto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="23"/>
        <source>Preview the badge</source>
        <translation>Anteprima del badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="24"/>
        <source>Check-in view</source>
        <translation>Vista accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="25"/>
        <source>Attendee list</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="26"/>
        <source>Counters</source>
        <translation>Contatori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="27"/>
        <source>Lock the desk (kiosk)</source>
        <translation>Blocca il banco (chiosco)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="28"/>
        <source>Sounds on/off</source>
        <translation>Suoni sì/no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="29"/>
        <source>Desk settings…</source>
        <translation>Impostazioni del banco…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="30"/>
        <source>Import registrations…</source>
        <translation>Importa le iscrizioni…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="31"/>
        <source>Print all badges to PDF…</source>
        <translation>Tutti i badge in PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="32"/>
        <source>Export attendance…</source>
        <translation>Esporta le presenze…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="33"/>
        <source>New event…</source>
        <translation>Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="34"/>
        <source>Open event…</source>
        <translation>Apri un evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="35"/>
        <source>Close event</source>
        <translation>Chiudi l&apos;evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="37"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="61"/>
        <source>No arrivals yet</source>
        <translation>Nessun arrivo per ora</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="43"/>
        <source>Filter by name or organisation</source>
        <translation>Filtra per nome o organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="45"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="45"/>
        <source>Expected</source>
        <translation>Atteso/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46"/>
        <source>Checked in</source>
        <translation>Arrivato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46"/>
        <source>Waitlisted</source>
        <translation>In lista d&apos;attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="47"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="85"/>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
</context>
<context>
    <name>AttendeeRowDelegate</name>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="61"/>
        <source>In since %1</source>
        <translation>Arrivato/a alle %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="63"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="65"/>
        <source>Waitlisted</source>
        <translation>In lista d&apos;attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="66"/>
        <source>Expected</source>
        <translation>Atteso/a</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="24"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="24"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="25"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="25"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26"/>
        <source>Checked in</source>
        <translation>Arrivato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/badge_preview.py" line="15"/>
        <source>Badge preview</source>
        <translation>Anteprima del badge</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="33"/>
        <source>Scan a badge or type a name, organisation or code…</source>
        <translation>Scansionate un badge o digitate nome, organizzazione o codice…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="118"/>
        <source>No one found for “%1”</source>
        <translation>Nessuno trovato per «%1»</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="119"/>
        <source>Check the spelling, try the organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Controllate l&apos;ortografia, provate l&apos;organizzazione o registrate sul posto (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="135"/>
        <source>The badge was not printed</source>
        <translation>Il badge non è stato stampato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="136"/>
        <source>%1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.</source>
        <translation>%1. Controllate la stampante (carta, cavo, alimentazione), poi Ctrl+P per ristampare.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="139"/>
        <source>The event file cannot be reached</source>
        <translation>Il file dell&apos;evento non è raggiungibile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="140"/>
        <source>%1. Reconnect the drive or reopen the event; what you typed is kept.</source>
        <translation>%1. Ricollegate l&apos;unità o riaprite l&apos;evento; quanto digitato è conservato.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="66"/>
        <source>Send confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="74"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="75"/>
        <source>Preview</source>
        <translation type="unfinished">Anteprima</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="88"/>
        <source>Send a test to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="89"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="90"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="105"/>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="111"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="114"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="114"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="115"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="121"/>
        <source>asked each time; never saved in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="124"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="127"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="128"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="129"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="130"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="131"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="133"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="134"/>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="138"/>
        <source>Who gets what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="140"/>
        <source>Also send again to people who already had theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="141"/>
        <source>Send the waitlist notice to waitlisted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="146"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="147"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="157"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="158"/>
        <source>Ticket paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="167"/>
        <source>Confirmation (with QR code and ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="168"/>
        <source>Waitlist notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="172"/>
        <source>Back to the default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="173"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="175"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="181"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="186"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="187"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="189"/>
        <source>Placeholders: {given_name} {family_name} {honorific} {name} {organisation} {code_spaced} {event_title} {event_date} {event_venue} {organiser_name} {ticket_filename}; HTML only: {qr_image}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="209"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="210"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="239"/>
        <source>the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="281"/>
        <source>%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="286"/>
        <source>Send %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="311"/>
        <source>Nobody to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="314"/>
        <source>%1 of %2 — To: %3 — Subject: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="337"/>
        <source>Type the name of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="341"/>
        <source>Type the sender address (the address people reply to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="343"/>
        <source>Type the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="377"/>
        <source>Sending a test to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="377"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="391"/>
        <source>Stopping after the message being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="409"/>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="411"/>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="411"/>
        <source>malformed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="412"/>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="414"/>
        <source>NOT sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="419"/>
        <source>%1 sent, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="424"/>
        <source>Send again later: only the people who did not get theirs will be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="426"/>
        <source>Stopped; the others were not sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="428"/>
        <source>Test sent to %1 (%2 messages: each kind and language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="431"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="433"/>
        <source>Sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="441"/>
        <source>The mail server %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="442"/>
        <source>%1 refused the connection (check the port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="443"/>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="444"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="446"/>
        <source>%1 does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="447"/>
        <source>%1 refused the user name or password (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="449"/>
        <source>%1 does not offer a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="450"/>
        <source>%1 closed the connection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="453"/>
        <source>%1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="91"/>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="93"/>
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivi ogni 5 minuti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="95"/>
        <source>Last scans</source>
        <translation>Ultime scansioni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="114"/>
        <source>%1 checked in of %2 expected</source>
        <translation>%1 arrivati su %2 attesi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="132"/>
        <source> (undone)</source>
        <translation> (annullato)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="44"/>
        <source>Desk settings</source>
        <translation>Impostazioni del banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="51"/>
        <source>System default printer</source>
        <translation>Stampante predefinita del sistema</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="59"/>
        <source>Print a badge on each check-in</source>
        <translation>Stampa un badge a ogni arrivo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="70"/>
        <source>Mute the sounds</source>
        <translation>Disattiva i suoni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="72"/>
        <source>Privacy mode: show search results only, never the full list</source>
        <translation>Modalità riservata: solo i risultati della ricerca, mai l&apos;elenco completo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="74"/>
        <source>Print a test page</source>
        <translation>Stampa una pagina di prova</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="79"/>
        <source>Desk name</source>
        <translation>Nome del banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="80"/>
        <source>Checkpoint</source>
        <translation>Punto di controllo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="81"/>
        <source>Badge printer</source>
        <translation>Stampante dei badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="82"/>
        <source>Badge layout</source>
        <translation>Modello di badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="84"/>
        <source>Shift right</source>
        <translation>Sposta a destra</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="85"/>
        <source>Shift down</source>
        <translation>Sposta in basso</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="86"/>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
</context>
<context>
    <name>EventFileActions</name>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="25"/>
        <source>The event cannot be opened</source>
        <translation>L&apos;evento non può essere aperto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="30"/>
        <source>Open event</source>
        <translation>Apri un evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="31"/>
        <source>Events (*%1)</source>
        <translation>Eventi (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="36"/>
        <source>Connect to a server</source>
        <translation>Connetti a un server</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="37"/>
        <source>PostgreSQL URL (postgresql://user@host/event):</source>
        <translation>URL PostgreSQL (postgresql://utente@host/evento):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="48"/>
        <source>The event was not created</source>
        <translation>L&apos;evento non è stato creato</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="31"/>
        <source>Enter: check in the highlighted person · ↑↓: move · Esc: clear</source>
        <translation>Invio: registra la persona evidenziata · ↑↓: sposta · Esc: cancella</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="34"/>
        <source>Save all badges</source>
        <translation>Salva tutti i badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="48"/>
        <source>Rendering badges…</source>
        <translation>Creazione dei badge…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="49"/>
        <source>The badges were not rendered</source>
        <translation>I badge non sono stati creati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="62"/>
        <source>Export attendance</source>
        <translation>Esporta le presenze</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="70"/>
        <source>Exporting attendance…</source>
        <translation>Esportazione delle presenze…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="71"/>
        <source>The attendance was not exported</source>
        <translation>Le presenze non sono state esportate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="82"/>
        <source>Import registrations</source>
        <translation>Importa le iscrizioni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="83"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="92"/>
        <source>Import finished</source>
        <translation>Importazione terminata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="96"/>
        <source>Reading the spreadsheet…</source>
        <translation>Lettura del foglio di calcolo…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="98"/>
        <source>The spreadsheet was not imported</source>
        <translation>Il foglio di calcolo non è stato importato</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="78"/>
        <source>Check-in</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="79"/>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="80"/>
        <source>Counters</source>
        <translation>Contatori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="118"/>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="120"/>
        <source>&amp;Desk</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="122"/>
        <source>&amp;View</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="123"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="128"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="146"/>
        <source>Checkin — registration desk</source>
        <translation>Checkin — banco di accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="155"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="209"/>
        <source>Badge preview</source>
        <translation>Anteprima del badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="223"/>
        <source>Test page</source>
        <translation>Pagina di prova</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="236"/>
        <source>Sounds off</source>
        <translation>Suoni disattivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="236"/>
        <source>Sounds on</source>
        <translation>Suoni attivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="241"/>
        <source>Lock the desk</source>
        <translation>Blocca il banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="242"/>
        <source>Choose a PIN to unlock the desk later:</source>
        <translation>Scegliete un PIN per sbloccare più tardi:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="248"/>
        <source>Unlock the desk</source>
        <translation>Sblocca il banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="248"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="252"/>
        <source>Wrong PIN</source>
        <translation>PIN errato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="252"/>
        <source>The desk stays locked.</source>
        <translation>Il banco resta bloccato.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="37"/>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="44"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="52"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="53"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="54"/>
        <source>Venue</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="55"/>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="63"/>
        <source>Event file</source>
        <translation>File dell&apos;evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="64"/>
        <source>Events (*%1)</source>
        <translation>Eventi (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="70"/>
        <source>Give the event a title.</source>
        <translation>Date un titolo all&apos;evento.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="74"/>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 esiste già; scegliete un altro file.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="36"/>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="77"/>
        <source>Nobody selected</source>
        <translation>Nessuno selezionato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44"/>
        <source>Job title</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="45"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="49"/>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="50"/>
        <source>Reprint badge</source>
        <translation>Ristampa il badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="51"/>
        <source>Name card</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="52"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="78"/>
        <source>Search or scan to see a person here.</source>
        <translation>Cercate o scansionate per vedere qui una persona.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="83"/>
        <source>Badge printed at %1</source>
        <translation>Badge stampato alle %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="84"/>
        <source>Badge not printed yet</source>
        <translation>Badge non ancora stampato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="85"/>
        <source>Code: %1</source>
        <translation>Codice: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="88"/>
        <source>Walk-in</source>
        <translation>Registrato/a sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="90"/>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="40"/>
        <source>Ready to scan</source>
        <translation>Pronto per la scansione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="41"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Scansionate un badge, o digitate un nome e premete Invio.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="49"/>
        <source>Welcome, %1</source>
        <translation>Benvenuto/a, %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="56"/>
        <source>another desk</source>
        <translation>un altro banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="57"/>
        <source>%1 is already checked in</source>
        <translation>%1 è già registrato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="58"/>
        <source>Checked in at %1 at %2. Let them through; press Ctrl+Z only if this was a mistake.</source>
        <translation>Registrato/a alle %1 a %2. Lasciate passare; Ctrl+Z solo in caso di errore.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="65"/>
        <source>Unknown code %1</source>
        <translation>Codice sconosciuto %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="66"/>
        <source>Search the person by name, or register them as a walk-in (Ctrl+N).</source>
        <translation>Cercate la persona per nome, o registratela sul posto (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="68"/>
        <source>Badge of another event</source>
        <translation>Badge di un altro evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="69"/>
        <source>This code belongs to a different event. Search the person by name.</source>
        <translation>Questo codice appartiene a un altro evento. Cercate la persona per nome.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="71"/>
        <source>%1: registration cancelled</source>
        <translation>%1: iscrizione annullata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="72"/>
        <source>Ask them to see the organisers&apos; desk.</source>
        <translation>Indirizzatela al banco degli organizzatori.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="74"/>
        <source>%1 is on the waiting list</source>
        <translation>%1 è in lista d&apos;attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="75"/>
        <source>Check with the organisers whether a place is free.</source>
        <translation>Chiedete agli organizzatori se c&apos;è un posto libero.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="77"/>
        <source>This code matches several people</source>
        <translation>Questo codice corrisponde a più persone</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="78"/>
        <source>Search the person by name and check them in from the list.</source>
        <translation>Cercate la persona per nome e registratela dall&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="79"/>
        <source>This is not a code</source>
        <translation>Questo non è un codice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="80"/>
        <source>The scanner sent something unreadable. Scan again, or search by name.</source>
        <translation>Lo scanner ha inviato qualcosa di illeggibile. Scansionate di nuovo o cercate per nome.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="85"/>
        <source>Check-in of %1 undone</source>
        <translation>Registrazione di %1 annullata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="86"/>
        <source>They count as expected again.</source>
        <translation>La persona risulta di nuovo attesa.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="87"/>
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="87"/>
        <source>%1 was not checked in.</source>
        <translation>%1 non era registrato/a.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="23"/>
        <source>Registration desk</source>
        <translation>Banco di accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="35"/>
        <source>New event…</source>
        <translation>Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="36"/>
        <source>Open event file…</source>
        <translation>Apri un file di evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="37"/>
        <source>Connect to a server…</source>
        <translation>Connetti a un server…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="38"/>
        <source>Open the sample event</source>
        <translation>Apri l&apos;evento di esempio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="46"/>
        <source>Recent events</source>
        <translation>Eventi recenti</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="31"/>
        <source>Checked in</source>
        <translation type="unfinished">Arrivato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="33"/>
        <source>Waitlisted</source>
        <translation type="unfinished">In lista d&apos;attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="35"/>
        <source>Cancelled</source>
        <translation type="unfinished">Annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="36"/>
        <source>Expected</source>
        <translation type="unfinished">Atteso/a</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="15"/>
        <source>Walk-in registration</source>
        <translation>Registrazione sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="22"/>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="31"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="32"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34"/>
        <source>Job title</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="36"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39"/>
        <source>Register, check in and print</source>
        <translation>Registra, accogli e stampa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="48"/>
        <source>Type at least a given or a family name.</source>
        <translation>Digitate almeno un nome o un cognome.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="51"/>
        <source>“%1” is not an e-mail address; leave it empty if unknown.</source>
        <translation>«%1» non è un indirizzo e-mail; lasciate vuoto se sconosciuto.</translation>
    </message>
</context>
</TS>
