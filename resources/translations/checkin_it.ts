<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="18" />
        <source>Search / scan</source>
        <translation>Cerca / scansiona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="19" />
        <source>Take back the arrival shown</source>
        <translation>Annulla l'arrivo mostrato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="20" />
        <source>Register a walk-in</source>
        <translation>Registra sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="21" />
        <source>Admit from the waiting list…</source>
        <translation>Ammetti dalla lista d'attesa…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="22" />
        <source>Remove this walk-in…</source>
        <translation>Rimuovi questa iscrizione sul posto…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="23" />
        <source>Reprint the badge</source>
        <translation>Ristampa il badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="24" />
        <source>Print a name card</source>
        <translation>Stampa un segnaposto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="25" />
        <source>Preview the badge</source>
        <translation>Anteprima del badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="26" />
        <source>Check-in view</source>
        <translation>Vista accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="27" />
        <source>Attendee list</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="28" />
        <source>Counters</source>
        <translation>Contatori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="29" />
        <source>Speakers' board</source>
        <translation>Tabellone dei relatori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="30" />
        <source>Items lent (receivers)</source>
        <translation>Prestiti (ricevitori)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="31" />
        <source>Check in a group…</source>
        <translation>Registra un gruppo…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="32" />
        <source>Import programme…</source>
        <translation>Importa il programma…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="33" />
        <source>Lock the desk (kiosk)</source>
        <translation>Blocca il banco (chiosco)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="34" />
        <source>Sounds on/off</source>
        <translation>Suoni sì/no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="35" />
        <source>Camera on/off</source>
        <translation>Fotocamera sì/no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="36" />
        <source>Desk settings…</source>
        <translation>Impostazioni del banco…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="37" />
        <source>Import registrations…</source>
        <translation>Importa le iscrizioni…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="38" />
        <source>Print all badges to PDF…</source>
        <translation>Tutti i badge in PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="39" />
        <source>Last import report</source>
        <translation>Rapporto dell'ultima importazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="40" />
        <source>Watch the registration mailbox…</source>
        <translation>Sorvegliare la casella delle iscrizioni…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="41" />
        <source>Review fetched e-mails…</source>
        <translation>Esaminare le e-mail scaricate…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="42" />
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="43" />
        <source>Send confirmations…</source>
        <translation>Invia le conferme…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="44" />
        <source>Purge personal data…</source>
        <translation>Cancella i dati personali…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="45" />
        <source>New event…</source>
        <translation>Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="46" />
        <source>Open event…</source>
        <translation>Apri un evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="47" />
        <source>Connect to a server…</source>
        <translation>Connetti a un server…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="48" />
        <source>Close event</source>
        <translation>Chiudi l'evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="49" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="50" />
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="70" />
        <source>No arrivals yet</source>
        <translation>Nessun arrivo per ora</translation>
    </message>
</context>
<context>
    <name>ArrivalsLine</name>
    <message>
        <location filename="../../checkin/ui/widgets/arrivals_line.py" line="34" />
        <source>%1 of %2 arrived · %3 expected</source>
        <translation>%1 arrivati su %2 · %3 attesi</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46" />
        <source>Filter by name or organisation</source>
        <translation>Filtra per nome o organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48" />
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48" />
        <source>Expected</source>
        <translation>Atteso/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49" />
        <source>Checked in</source>
        <translation>Arrivato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49" />
        <source>Waitlisted</source>
        <translation>In lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="50" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="92" />
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
</context>
<context>
    <name>AttendeeRowDelegate</name>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="68" />
        <source>In since %1</source>
        <translation>Arrivato/a alle %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="70" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="72" />
        <source>Waitlisted</source>
        <translation>In lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="73" />
        <source>Expected</source>
        <translation>Atteso/a</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="28" />
        <source>Checked in</source>
        <translation>Arrivato/a</translation>
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
        <translation>Anteprima del badge</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="107" />
        <source>The video has ended.</source>
        <translation>Il video è terminato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="110" />
        <source>Starting the camera…</source>
        <translation>Avvio della fotocamera…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="130" />
        <source>Camera: %1 — hold the code up to it</source>
        <translation>Fotocamera: %1 — mostratele il codice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="148" />
        <source>No camera found on this computer. Connect one, or scan with a USB scanner.</source>
        <translation>Nessuna fotocamera su questo computer. Collegatene una o usate un lettore USB.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="150" />
        <source>The camera chosen in the desk settings is not connected. Choose another (Ctrl+,).</source>
        <translation>La fotocamera scelta nelle impostazioni della postazione non è collegata. Sceglietene un'altra (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="152" />
        <source>The camera cannot be opened: another program may be using it. Close it, then press Ctrl+Shift+C twice.</source>
        <translation>Impossibile aprire la fotocamera: forse la usa un altro programma. Chiudetelo, poi premete due volte Ctrl+Maiusc+C.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="155" />
        <source>This computer does not allow Checkin to use the camera. Allow it in the system's privacy settings, then restart Checkin.</source>
        <translation>Questo computer non permette a Checkin di usare la fotocamera. Consentitelo nelle impostazioni di privacy del sistema, poi riavviate Checkin.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="158" />
        <source>The camera sends no picture. Close other programs using it, or choose another camera.</source>
        <translation>La fotocamera non invia immagini. Chiudete gli altri programmi che la usano o sceglietene un'altra.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="159" />
        <source>The video cannot be played: %1</source>
        <translation>Impossibile riprodurre il video: %1</translation>
    </message>
</context>
<context>
    <name>CameraSettingsRows</name>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="29" />
        <source>System default camera</source>
        <translation>Fotocamera predefinita del sistema</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="40" />
        <source>%1 (not connected)</source>
        <translation>%1 (non collegata)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="49" />
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="50" />
        <source>Camera resolution</source>
        <translation>Risoluzione della fotocamera</translation>
    </message>
</context>
<context>
    <name>CancellationList</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_cancellations.py" line="22" />
        <source>(already checked in: kept in the attendance)</source>
        <translation>(già accolta: resta nelle presenze)</translation>
    </message>
</context>
<context>
    <name>CategoryMerges</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>Category in the file</source>
        <translation>Categoria nel file</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>Import as</source>
        <translation>Importa come</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="47" />
        <source>a new category</source>
        <translation>una nuova categoria</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="62" />
        <source>Scan a badge or type a name, organisation or code…</source>
        <translation>Scansionate un badge o digitate nome, organizzazione o codice…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="243" />
        <source>No one found for “%1”</source>
        <translation>Nessuno trovato per «%1»</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="244" />
        <source>Check the spelling, try the organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Controllate l'ortografia, provate l'organizzazione o registrate sul posto (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="250" />
        <source>%1 people match “%2”</source>
        <translation>%1 persone corrispondono a «%2»</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="251" />
        <source>Choose with ↑ ↓ and press Enter to check in; Esc goes back to the search.</source>
        <translation>Scegliete con ↑ ↓ e Invio per accogliere; Esc torna alla ricerca.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="288" />
        <source>The arrival of %1 was already taken back.</source>
        <translation>L'arrivo di %1 è già stato annullato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="290" />
        <source>The last scan was refused: nobody was checked in.</source>
        <translation>L'ultima scansione è stata rifiutata: nessuno è stato accolto.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="292" />
        <source>Ctrl+Z takes back the arrival shown here; there is none right now.</source>
        <translation>Ctrl+Z annulla l'arrivo mostrato qui; al momento non ce n'è.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="297" />
        <source>The badge was not printed: %1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.</source>
        <translation>Il badge non è stato stampato: %1. Controllate la stampante (carta, cavo, alimentazione), poi Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="304" />
        <source>No badge printed: the default printer “%1” makes files, not badges. Choose the badge printer in the desk settings (Ctrl+,).</source>
        <translation>Nessun badge stampato: la stampante predefinita «%1» crea file, non badge. Scegliete la stampante dei badge nelle impostazioni della postazione (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="306" />
        <source>No badge printed: this computer has no printer. Choose one in the desk settings (Ctrl+,).</source>
        <translation>Nessun badge stampato: questo computer non ha stampanti. Sceglietene una nelle impostazioni (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="312" />
        <source>This desk is offline</source>
        <translation>Questo banco non è in linea</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="341" />
        <source>Changes to %1 saved.</source>
        <translation>Modifiche a %1 salvate.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="349" />
        <source>Your changes to %1 were saved.</source>
        <translation>Le vostre modifiche a %1 sono state salvate.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="314" />
        <source>The event file cannot be reached</source>
        <translation>Il file dell'evento non è raggiungibile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="315" />
        <source>%1. Reconnect the drive or reopen the event; what you typed is kept.</source>
        <translation>%1. Ricollegate l'unità o riaprite l'evento; quanto digitato è conservato.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="65" />
        <source>Send confirmations</source>
        <translation>Invia le conferme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="73" />
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="74" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="87" />
        <source>Send a test to me</source>
        <translation>Invia un test a me</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="88" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="89" />
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="106" />
        <source>Mail server</source>
        <translation>Server di posta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="112" />
        <source>default</source>
        <translation>predefinita</translation>
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
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="122" />
        <source>asked each time; never saved in the event</source>
        <translation>chiesta ogni volta; mai salvata nell'evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="125" />
        <source>Remember the password in the system keyring</source>
        <translation>Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="128" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="129" />
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="130" />
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="131" />
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="132" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="134" />
        <source>From address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="135" />
        <source>From name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="139" />
        <source>Who gets what</source>
        <translation>Chi riceve cosa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="141" />
        <source>Also send again to people who already had theirs</source>
        <translation>Invia di nuovo anche a chi ha già ricevuto il suo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="142" />
        <source>Send the waitlist notice to waitlisted people</source>
        <translation>Invia l'avviso di lista d'attesa alle persone in attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="147" />
        <source> per minute</source>
        <translation> al minuto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="148" />
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="158" />
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="159" />
        <source>Ticket paper</source>
        <translation>Carta del biglietto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="195" />
        <source>%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable e-mail address.</source>
        <translation>%1 conferme e %2 avvisi di lista d'attesa da inviare; %3 persone hanno già ricevuto il loro; %4 senza indirizzo e-mail utilizzabile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="200" />
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>Invia %n messaggio</numerusform>
            <numerusform>Invia %n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="231" />
        <source>Type the name of your mail server.</source>
        <translation>Digitate il nome del vostro server di posta.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="235" />
        <source>Type the sender address (the address people reply to).</source>
        <translation>Digitate l'indirizzo del mittente (quello a cui si risponde).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="237" />
        <source>Type the password for %1.</source>
        <translation>Digitate la password per %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271" />
        <source>Sending a test to %1…</source>
        <translation>Invio di un test a %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271" />
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="287" />
        <source>Stopped after %1 message(s); the others were not sent to. Sending again continues with them: nobody gets a second copy.</source>
        <translation>
            <numerusform>Interrotto dopo %1 messaggio; gli altri non hanno ricevuto nulla. Un nuovo invio riprende da loro: nessuno riceve una seconda copia.</numerusform>
            <numerusform>Interrotto dopo %1 messaggi; gli altri non hanno ricevuto nulla. Un nuovo invio riprende da loro: nessuno riceve una seconda copia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="296" />
        <source>Stopping after the message being sent…</source>
        <translation>Interruzione dopo il messaggio in invio…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="315" />
        <source>sent to %1</source>
        <translation>inviato a %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317" />
        <source>no e-mail address</source>
        <translation>nessun indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317" />
        <source>malformed address</source>
        <translation>indirizzo non valido</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="318" />
        <source>skipped %1: %2</source>
        <translation>%1 saltato/a: %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="320" />
        <source>NOT sent to %1: %2</source>
        <translation>NON inviato a %1: %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="325" />
        <source>%1 sent, %2 failed, %3 skipped.</source>
        <translation>%1 inviati, %2 non riusciti, %3 saltati.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="330" />
        <source>Send again later: only the people who did not get theirs will be sent to.</source>
        <translation>Inviate di nuovo più tardi: solo chi non ha ricevuto il suo lo riceverà.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="332" />
        <source>Stopped; the others were not sent to.</source>
        <translation>Interrotto; gli altri non hanno ricevuto nulla.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="334" />
        <source>Test sent to %1 (%2 messages: each kind and language).</source>
        <translation>Test inviato a %1 (%2 messaggi: ogni tipo e lingua).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="337" />
        <source>Nothing was sent.</source>
        <translation>Nulla è stato inviato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="339" />
        <source>Sending failed: %1</source>
        <translation>Invio non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="347" />
        <source>The mail server %1 was not found.</source>
        <translation>Il server di posta %1 non è stato trovato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="348" />
        <source>%1 refused the connection (check the port).</source>
        <translation>%1 ha rifiutato la connessione (controllate la porta).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="349" />
        <source>%1 did not answer in time.</source>
        <translation>%1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="350" />
        <source>The secure connection to %1 failed (%2).</source>
        <translation>La connessione sicura a %1 non è riuscita (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="352" />
        <source>%1 does not offer STARTTLS.</source>
        <translation>%1 non offre STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="353" />
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 ha rifiutato il nome utente o la password (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="355" />
        <source>%1 does not offer a login.</source>
        <translation>%1 non offre l'autenticazione.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="356" />
        <source>%1 closed the connection (%2).</source>
        <translation>%1 ha chiuso la connessione (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="359" />
        <source>%1 answered: %2</source>
        <translation>%1 ha risposto: %2</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="22" />
        <source>Connect to a server</source>
        <translation>Connetti a un server</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="23" />
        <source>Address of the shared event on the PostgreSQL server, for example %1</source>
        <translation>Indirizzo dell'evento condiviso sul server PostgreSQL, per esempio %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="31" />
        <source>Password (leave empty if the server asks for none)</source>
        <translation>Password (lasciate vuoto se il server non ne chiede)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="33" />
        <source>The password is kept in this computer's keyring, not in the address: the desk finds it there at every start, and keeps working on its own copy if the server refuses it.</source>
        <translation>La password è conservata nel portachiavi di questo computer, non nell'indirizzo: il banco la ritrova lì a ogni avvio e continua sulla propria copia se il server la rifiuta.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="65" />
        <source>The address must start with postgresql://</source>
        <translation>L'indirizzo deve iniziare con postgresql://</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="100" />
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="102" />
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivi ogni 5 minuti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="104" />
        <source>Last scans</source>
        <translation>Ultime scansioni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="124" />
        <source>%1 checked in of %2 expected</source>
        <translation>%1 arrivati su %2 attesi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="142" />
        <source> (undone)</source>
        <translation> (annullato)</translation>
    </message>
</context>
<context>
    <name>Day</name>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="19" />
        <source>Moderator</source>
        <translation>Moderatore/trice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="21" />
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="23" />
        <source>Speaker</source>
        <translation>Relatore/trice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="24" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="47" />
        <source>%1 — tell the organiser</source>
        <translation>%1 — avvisate l'organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="48" />
        <source>%1 — %2 %3; tell the organiser</source>
        <translation>%1 — %2 %3; avvisate l'organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="58" />
        <source>%1 %2 has arrived — %3</source>
        <translation>%1 %2 è arrivato/a — %3</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="65" />
        <source>Vegetarian</source>
        <translation>Vegetariano</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="66" />
        <source>Vegan</source>
        <translation>Vegano</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="67" />
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="68" />
        <source>Kosher</source>
        <translation>Kosher</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="69" />
        <source>Gluten-free</source>
        <translation>Senza glutine</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="70" />
        <source>Lactose-free</source>
        <translation>Senza lattosio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="71" />
        <source>Nut allergy</source>
        <translation>Allergia alla frutta a guscio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="78" />
        <source>language not said</source>
        <translation>lingua non indicata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="83" />
        <source>Wheelchair</source>
        <translation>Sedia a rotelle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="85" />
        <source>Hearing loop</source>
        <translation>Anello magnetico</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="87" />
        <source>Sign language</source>
        <translation>Lingua dei segni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="90" />
        <source>Interpretation %1</source>
        <translation>Interpretazione %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="91" />
        <source>Interpretation</source>
        <translation>Interpretazione</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="63" />
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="64" />
        <source>Items lent</source>
        <translation>Prestiti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113" />
        <source>Not in a group</source>
        <translation>Non fa parte di un gruppo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113" />
        <source>Select a member of the group first, or set their group in the person panel.</source>
        <translation>Selezionate prima un membro del gruppo, o indicatene il gruppo nella scheda.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="124" />
        <source>%1 badges collected by %2</source>
        <translation>%1 badge ritirati da %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="126" />
        <source>They are not counted as arrived.</source>
        <translation>Non sono contati come arrivati.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="135" />
        <source>%1: %2 checked in</source>
        <translation>%1: %2 registrati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="138" />
        <source>%1 registered, %2 arrived</source>
        <translation>%1 iscritti, %2 arrivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="154" />
        <location filename="../../checkin/ui/day_actions.py" line="168" />
        <source>Import programme</source>
        <translation>Importa il programma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="155" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Fogli di calcolo (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="189" />
        <source>Remove session</source>
        <translation>Rimuovi la sessione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="190" />
        <source>Remove “%1” from the programme?</source>
        <translation>Rimuovere «%1» dal programma?</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="26" />
        <source>Interpretation receivers needed (arrived)</source>
        <translation>Ricevitori per l'interpretazione necessari (arrivati)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="27" />
        <source>Meals needed (arrived)</source>
        <translation>Pasti necessari (arrivati)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="28" />
        <source>At the desk</source>
        <translation>Al banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78" />
        <source>Wheelchair</source>
        <translation>Sedia a rotelle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78" />
        <source>Hearing loop</source>
        <translation>Anello magnetico</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="79" />
        <source>Sign language</source>
        <translation>Lingua dei segni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84" />
        <source>Arrived</source>
        <translation>Arrivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84" />
        <source>Badges collected for others</source>
        <translation>Badge ritirati per altri</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="85" />
        <source>Items still out</source>
        <translation>Oggetti non restituiti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="88" />
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
</context>
<context>
    <name>DayOutcome</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="64" />
        <source>Check in the group… (Ctrl+G)</source>
        <translation>Registra il gruppo… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="114" />
        <source>%1 — %2 registered, %3 arrived</source>
        <translation>%1 — %2 iscritti, %3 arrivati</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="53" />
        <source>Ctrl+Enter admits the waitlisted person the desk shows.</source>
        <translation>Ctrl+Invio ammette la persona in lista d'attesa mostrata.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="57" />
        <source>Admit from the waiting list</source>
        <translation>Ammetti dalla lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="58" />
        <source>Admit %1 from the waiting list. Why? (kept in their notes)</source>
        <translation>Ammettere %1 dalla lista d'attesa. Perché? (annotato nelle note)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="63" />
        <source>Admitted from the waiting list at %1 (%2, %3): %4</source>
        <translation>Ammesso/a dalla lista d'attesa a %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="72" />
        <source>Remove this walk-in</source>
        <translation>Rimuovi questa iscrizione sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="73" />
        <source>Remove the walk-in %1? The registration is cancelled and the check-in taken back; the log keeps both.</source>
        <translation>Rimuovere l'iscrizione sul posto di %1? L'iscrizione è annullata e l'arrivo pure; il registro conserva entrambi.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="89" />
        <source>Badge preview</source>
        <translation>Anteprima del badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="107" />
        <source>Test page</source>
        <translation>Pagina di prova</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="120" />
        <source>The desk was not renamed</source>
        <translation>Il banco non è stato rinominato</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="47" />
        <source>Desk settings</source>
        <translation>Impostazioni del banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="56" />
        <source>System default printer (none on this computer)</source>
        <translation>Stampante predefinita (nessuna su questo computer)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="58" />
        <source>System default printer (%1: makes files, not badges)</source>
        <translation>Stampante predefinita (%1: crea file, non badge)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="61" />
        <source>System default printer (%1)</source>
        <translation>Stampante predefinita (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="63" />
        <source>%1 — makes files, not badges</source>
        <translation>%1 — crea file, non badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="68" />
        <source>%1 (not found on this computer)</source>
        <translation>%1 (non trovata su questo computer)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="74" />
        <source>Print a badge on each check-in</source>
        <translation>Stampa un badge a ogni arrivo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="85" />
        <source>Mute the sounds</source>
        <translation>Disattiva i suoni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="87" />
        <source>Privacy mode: show search results only, never the full list</source>
        <translation>Modalità riservata: solo i risultati della ricerca, mai l'elenco completo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="91" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="92" />
        <source>until the next scan</source>
        <translation>fino alla prossima scansione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="94" />
        <source>Print a test page</source>
        <translation>Stampa una pagina di prova</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="99" />
        <source>Desk name</source>
        <translation>Nome del banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="100" />
        <source>Checkpoint</source>
        <translation>Punto di controllo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="101" />
        <source>Badge printer</source>
        <translation>Stampante dei badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="102" />
        <source>Badge layout</source>
        <translation>Modello di badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="104" />
        <source>Shift right</source>
        <translation>Sposta a destra</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="105" />
        <source>Shift down</source>
        <translation>Sposta in basso</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="106" />
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="108" />
        <source>“Next, please” after</source>
        <translation>«Avanti il prossimo» dopo</translation>
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
        <translation>Badge 4 × 3 pollici</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123" />
        <source>Card (CR80, credit-card size)</source>
        <translation>Tessera (CR80, formato carta di credito)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123" />
        <source>Folded badge (A5 to A6)</source>
        <translation>Badge piegato (A5 in A6)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124" />
        <source>Name label 75 × 40 mm</source>
        <translation>Etichetta nominativa 75 × 40 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124" />
        <source>Name label 80 × 50 mm</source>
        <translation>Etichetta nominativa 80 × 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="125" />
        <source>Name card (A4 tent card)</source>
        <translation>Segnaposto (A4 piegato)</translation>
    </message>
</context>
<context>
    <name>EventFileActions</name>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="35" />
        <source>The event cannot be opened</source>
        <translation>L'evento non può essere aperto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="41" />
        <source>This event is in %1</source>
        <translation>Questo evento si trova in %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="42" />
        <source>%1 is in %2. A sync client or a network drive can damage an event file while the desk has it open, and lose check-ins. Move it to a folder on this computer and open it from there?</source>
        <translation>%1 si trova in %2. Un client di sincronizzazione o un'unità di rete può danneggiare un file d'evento aperto e perdere delle registrazioni. Spostarlo in una cartella di questo computer e aprirlo da lì?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="46" />
        <source>Move it to this computer</source>
        <translation>Spostalo su questo computer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="57" />
        <source>The event was not moved</source>
        <translation>L'evento non è stato spostato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="62" />
        <source>The event now lives in %1</source>
        <translation>L'evento ora si trova in %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="66" />
        <source>Open event</source>
        <translation>Apri un evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="67" />
        <source>Events (*%1)</source>
        <translation>Eventi (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="83" />
        <source>The event was not created</source>
        <translation>L'evento non è stato creato</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="42" />
        <source>Attendance workbook (Excel, .xlsx)</source>
        <translation>Cartella delle presenze (Excel, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="43" />
        <source>CSV separated by commas (.csv)</source>
        <translation>CSV separato da virgole (.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="44" />
        <source>CSV separated by semicolons, for French and German Excel (.csv)</source>
        <translation>CSV separato da punti e virgola, per Excel francese e tedesco (.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="46" />
        <source>Attendance report (PDF)</source>
        <translation>Rapporto delle presenze (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="47" />
        <source>Anonymised statistics for funders (Excel, .xlsx; no names, small groups withheld)</source>
        <translation>Statistiche anonime per i finanziatori (Excel, .xlsx; senza nomi, gruppi piccoli omessi)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="50" />
        <source>Anonymised statistics (PDF)</source>
        <translation>Statistiche anonime (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="52" />
        <source>Sign-in sheet to print (PDF)</source>
        <translation>Foglio firme da stampare (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="74" />
        <source>cannot write %1: the folder does not exist</source>
        <translation>impossibile scrivere %1: la cartella non esiste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="75" />
        <source>cannot write %1: permission denied (choose another folder)</source>
        <translation>impossibile scrivere %1: accesso negato (scegliete un'altra cartella)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="77" />
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>impossibile scrivere %1: è una cartella; indicate un nome di file</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="78" />
        <source>cannot write %1: it is open in Excel or LibreOffice; close it and try again</source>
        <translation>impossibile scrivere %1: è aperto in Excel o LibreOffice; chiudetelo e riprovate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="80" />
        <source>cannot write %1: the disk is full</source>
        <translation>impossibile scrivere %1: il disco è pieno</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="81" />
        <source>cannot write %1: the system refused</source>
        <translation>impossibile scrivere %1: il sistema ha rifiutato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="84" />
        <source>the personal data of this event were purged; only anonymised statistics remain</source>
        <translation>i dati personali di questo evento sono stati cancellati; restano solo le statistiche anonime</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="86" />
        <source>no statistics were kept for the checkpoint %1 when this event was purged</source>
        <translation>nessuna statistica è stata conservata per il punto di controllo %1 alla cancellazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="88" />
        <source>%1: cannot export in this format</source>
        <translation>%1: impossibile esportare in questo formato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="105" />
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="129" />
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="156" />
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="110" />
        <source>What to write:</source>
        <translation>Che cosa scrivere:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="117" />
        <source>The personal data of this event were purged: only anonymised statistics remain.</source>
        <translation>I dati personali di questo evento sono stati cancellati: restano solo le statistiche anonime.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="121" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="124" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
</context>
<context>
    <name>FileOpenHandler</name>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="69" />
        <source>The desk is locked: unlock it, then open %1 again.</source>
        <translation>Il banco è bloccato: sbloccatelo, poi aprite di nuovo %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="70" />
        <source>An import is running: open %1 again when it has finished.</source>
        <translation>È in corso un'importazione: aprite di nuovo %1 quando sarà terminata.</translation>
    </message>
</context>
<context>
    <name>GroupCheckInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="37" />
        <source>Check in a group</source>
        <translation>Registra un gruppo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="39" />
        <source>%1 — %2 registered, %3 arrived</source>
        <translation>%1 — %2 iscritti, %3 arrivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="49" />
        <source>Arrived at %1</source>
        <translation>Arrivato/a alle %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="60" />
        <source>leave empty when they are here themselves</source>
        <translation>lasciate vuoto se sono presenti di persona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="62" />
        <source>Badges collected by</source>
        <translation>Badge ritirati da</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="66" />
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="79" />
        <source>Check in the ticked people</source>
        <translation>Registra le persone spuntate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="78" />
        <source>Note the badges as collected</source>
        <translation>Segna i badge come ritirati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="87" />
        <source>Tick at least one person.</source>
        <translation>Spuntate almeno una persona.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="20" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="33" />
        <source>Enter: check in the highlighted person · ↑↓: move · Esc: clear</source>
        <translation>Invio: registra la persona evidenziata · ↑↓: sposta · Esc: cancella</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_preview.py" line="55" />
        <source>Import as</source>
        <translation>Importa come</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="15" />
        <source>Last import report</source>
        <translation>Rapporto dell'ultima importazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="18" />
        <source>%1 (sheet “%2”, header on row %3)</source>
        <translation>%1 (foglio «%2», intestazione alla riga %3)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="31" />
        <source>No problems: every row was read.</source>
        <translation>Nessun problema: tutte le righe sono state lette.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="79" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="173" />
        <source>Import registrations</source>
        <translation>Importa le iscrizioni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="85" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="95" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="90" />
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="84" />
        <source>Choose a spreadsheet or e-mails, or drop them here</source>
        <translation>Scegliete un foglio di calcolo o delle e-mail, oppure trascinateli qui</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="87" />
        <source>Mail folder…</source>
        <translation>Cartella di posta…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="88" />
        <source>A Maildir folder, or a folder of .eml files</source>
        <translation>Una cartella Maildir, o una cartella di file .eml</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="98" />
        <source>Cancel people who are missing from this file (uncheck for a file of additions); check-ins are kept</source>
        <translation>Annulla le persone assenti da questo file (togliete la spunta per un file di aggiunte); le registrazioni restano</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="102" />
        <source>The first row is a person, not a header (columns are then known by letter)</source>
        <translation>La prima riga è una persona, non un'intestazione (le colonne si indicano allora con la lettera)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="117" />
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="118" />
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="119" />
        <source>Would be cancelled</source>
        <translation>Sarebbero annullate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="146" />
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="147" />
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="174" />
        <source>Spreadsheets and e-mails (%1)</source>
        <translation>Fogli di calcolo ed e-mail (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="175" />
        <source>All files, such as a mail program's mailbox (*)</source>
        <translation>Tutti i file, come la casella di un programma di posta (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="180" />
        <source>Import registrations from a mail folder</source>
        <translation>Importare iscrizioni da una cartella di posta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="259" />
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="285" />
        <source>columns as in your last import of this kind of file</source>
        <translation>colonne come nell'ultima importazione di questo tipo di file</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="286" />
        <source>columns as you chose them</source>
        <translation>colonne come le avete scelte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="287" />
        <source>columns recognised automatically</source>
        <translation>colonne riconosciute automaticamente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="289" />
        <source>Sheet “%1”, header on row %2, %3 rows; %4. Change what a column holds with the list above it.</source>
        <translation>Foglio «%1», intestazione alla riga %2, %3 righe; %4. Cambiate il contenuto di una colonna con l'elenco sopra di essa.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="292" />
        <source>Sheet “%1”, no header: the first row is a person, %2 rows; %3. Change what a column holds with the list above it.</source>
        <translation>Foglio «%1», senza intestazione: la prima riga è una persona, %2 righe; %3. Cambiate il contenuto di una colonna con l'elenco sopra.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="295" />
        <source>Other sheets that hold a list: %1.</source>
        <translation>Altri fogli che contengono un elenco: %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="306" />
        <source>Problems below: %1; rows in red stay out.</source>
        <translation>Problemi qui sotto: %1; le righe in rosso non vengono importate.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="311" />
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="313" />
        <source>Would be cancelled (%1)</source>
        <translation>Sarebbero annullate (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="318" />
        <source>This file would cancel %1 people who are not in it: check the list below, or uncheck “Cancel people who are missing”.</source>
        <translation>Questo file annullerebbe %1 persone che non vi figurano: controllate l'elenco qui sotto, o togliete la spunta a «Annulla le persone assenti».</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="347" />
        <source>Categories (%1)</source>
        <translation>Categorie (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="380" />
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="403" />
        <source>Stopped; nothing was imported.</source>
        <translation>Interrotto; nulla è stato importato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="416" />
        <source>Nothing was imported: %1</source>
        <translation>Nulla è stato importato: %1</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="17" />
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="18" />
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="19" />
        <source>Full name (split)</source>
        <translation>Nome completo (separato)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="20" />
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="21" />
        <source>Job title</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="22" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="23" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="24" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="25" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="26" />
        <source>Registration time</source>
        <translation>Data di iscrizione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="27" />
        <source>Ticket code (other system)</source>
        <translation>Codice del biglietto (altro sistema)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="28" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="29" />
        <source>Status (registered, waitlisted, cancelled)</source>
        <translation>Stato (iscritto, in lista d'attesa, annullato)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="30" />
        <source>Group (registered together)</source>
        <translation>Gruppo (iscritti insieme)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="31" />
        <source>Needs (access, diet, interpretation)</source>
        <translation>Esigenze (accesso, dieta, interpretariato)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="32" />
        <source>Order (people registered together)</source>
        <translation>Ordine (persone iscritte insieme)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="33" />
        <source>Buyer's e-mail (stands in for a missing one)</source>
        <translation>E-mail dell'acquirente (sostituisce quella mancante)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="35" />
        <source>— kept as an extra field —</source>
        <translation>— tenuta come campo aggiuntivo —</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="38" />
        <source>no such file</source>
        <translation>file non trovato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="39" />
        <source>a folder, with no list or e-mails in it</source>
        <translation>una cartella, senza elenco né e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="40" />
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="41" />
        <source>not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)</source>
        <translation>non è un foglio di calcolo che questa versione legge (xlsx, xlsm, xls, ods, csv, txt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="43" />
        <source>protected by a password; save a copy without the password and import that</source>
        <translation>protetto da password; salvate una copia senza password e importatela</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="45" />
        <source>refused: it would inflate far beyond any registration list (damaged, or a zip bomb)</source>
        <translation>rifiutato: si espanderebbe ben oltre qualsiasi elenco di iscrizioni (danneggiato o bomba zip)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="47" />
        <source>more than %1 rows; split the file or delete the empty rows at its end</source>
        <translation>più di %1 righe; dividete il file o cancellate le righe vuote alla fine</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="49" />
        <source>a cell at %1 stretches the sheet far beyond any registration list; delete what is there (or copy the list into a new workbook) and import again</source>
        <translation>una cella in %1 estende il foglio ben oltre qualsiasi elenco di iscrizioni; cancellate ciò che contiene (o copiate l'elenco in una nuova cartella) e importate di nuovo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="52" />
        <source>no such sheet (%1)</source>
        <translation>foglio non trovato (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="53" />
        <source>no list found (no header row with rows below it)</source>
        <translation>nessun elenco trovato (nessuna intestazione con righe sotto)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="54" />
        <source>no name column found; choose the column that holds the family or full name</source>
        <translation>nessuna colonna del nome trovata; scegliete la colonna del cognome o del nome completo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="56" />
        <source>only e-mail addresses, no names; a badge and the desk need each person's name</source>
        <translation>solo indirizzi e-mail, nessun nome; un badge e l'accoglienza hanno bisogno del nome di ognuno</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="58" />
        <source>unknown field %1</source>
        <translation>campo sconosciuto %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="59" />
        <source>the sheet has no column %1</source>
        <translation>il foglio non ha la colonna %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="60" />
        <source>could not be read (%1)</source>
        <translation>non leggibile (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="61" />
        <source>neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)</source>
        <translation>né un foglio di calcolo né delle e-mail (un file mbox, una cartella Maildir, una cartella di file .eml)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="63" />
        <source>a mailbox with no message in it</source>
        <translation>una casella senza alcun messaggio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="64" />
        <source>Outlook .msg files, which this version does not read; drag the messages out of Outlook on the web, Thunderbird or Apple Mail (they give .eml files), or export the folder as mbox</source>
        <translation>file .msg di Outlook, che questa versione non legge; trascinate i messaggi fuori da Outlook sul web, Thunderbird o Apple Mail (danno file .eml), oppure esportate la cartella come mbox</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="69" />
        <source>no given or family name; skipped</source>
        <translation>né nome né cognome; saltata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="70" />
        <source>e-mail '%1' is malformed; imported without it</source>
        <translation>l'e-mail «%1» non è valida; importata senza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="71" />
        <source>same e-mail as row %2; skipped</source>
        <translation>stessa e-mail della riga %2; saltata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="72" />
        <source>same name and organisation as row %2; skipped</source>
        <translation>stesso nome e organizzazione della riga %2; saltata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="73" />
        <source>matches the same person as row %2 (%1); skipped</source>
        <translation>corrisponde alla stessa persona della riga %2 (%1); saltata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="74" />
        <source>not a person (a total or a note: '%1'); skipped</source>
        <translation>non è una persona (un totale o una nota: «%1»); saltata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="75" />
        <source>unknown category '%1'; imported as the default</source>
        <translation>categoria sconosciuta «%1»; importata con quella predefinita</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="76" />
        <source>unreadable date '%1'; imported without a registration time</source>
        <translation>data illeggibile «%1»; importata senza data di iscrizione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="77" />
        <source>the cell holds a spreadsheet error (#REF!, #N/A…); read as empty</source>
        <translation>la cella contiene un errore del foglio (#RIF!, #N/D…); letta come vuota</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="79" />
        <source>invisible control characters removed</source>
        <translation>caratteri di controllo invisibili rimossi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="80" />
        <source>%1 again (as on row %2): this later row is used</source>
        <translation>%1 di nuovo (come alla riga %2): vale questa riga più recente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="81" />
        <source>new category '%1'; merge it into another under Categories if it means one</source>
        <translation>nuova categoria «%1»; unitela a un'altra in Categorie se ne indica una</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="83" />
        <source>status '%1' not understood; kept as written, imported as registered</source>
        <translation>stato «%1» non compreso; conservato così com'è, importato come iscritto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="85" />
        <source>'%1' split as two given names and two family names; check it</source>
        <translation>«%1» diviso in due nomi e due cognomi; controllate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="87" />
        <source>ticket code '%1' is on several rows at once; not used to recognise any of them</source>
        <translation>il codice biglietto «%1» compare su più righe; non serve a riconoscerne nessuna</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="132" />
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 cancelled, %6 skipped</source>
        <translation>%1 righe: %2 aggiunte, %3 aggiornate, %4 invariate, %5 annullate, %6 saltate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="135" />
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 to cancel, %6 skipped</source>
        <translation>%1 righe: %2 da aggiungere, %3 da aggiornare, %4 invariate, %5 da annullare, %6 saltate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="146" />
        <source>%1 on the waiting list (capacity reached; first come, first served)</source>
        <translation>%1 in lista d'attesa (capienza raggiunta; chi prima arriva, meglio alloggia)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="150" />
        <source>%1 registered after the deadline (rows %2)</source>
        <translation>%1 iscritte dopo la scadenza (righe %2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="153" />
        <source>cancelled but already checked in (kept in the attendance): %1</source>
        <translation>annullata ma già arrivata (resta nelle presenze): %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="44" />
        <source>Save all badges</source>
        <translation>Salva tutti i badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="68" />
        <source>Rendering badges…</source>
        <translation>Creazione dei badge…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="69" />
        <source>The badges were not rendered</source>
        <translation>I badge non sono stati creati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="64" />
        <location filename="../../checkin/ui/jobs.py" line="111" />
        <source>Wrote %1</source>
        <translation>%1 scritto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="79" />
        <source>The badges were written but not marked as printed</source>
        <translation>I badge sono stati scritti ma non segnati come stampati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="116" />
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="118" />
        <source>Nothing was exported</source>
        <translation>Nulla è stato esportato</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="63" />
        <source>ID card, business card… (optional)</source>
        <translation>carta d'identità, biglietto da visita… (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="65" />
        <source>Lend or take back an item</source>
        <translation>Prestare o riprendere un oggetto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="66" />
        <source>Scan the badge, then the item. Scan an item alone to take it back.</source>
        <translation>Scansionate il badge, poi l'oggetto. Scansionate un oggetto da solo per riprenderlo.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="67" />
        <source>Only items still out</source>
        <translation>Solo gli oggetti non restituiti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Item</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Phone / e-mail</source>
        <translation>Telefono / e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <location filename="../../checkin/ui/widgets/loans_view.py" line="81" />
        <source>Deposit</source>
        <translation>Deposito</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <source>Out at</source>
        <translation>Prestato alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <source>Returned at</source>
        <translation>Restituito alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="128" />
        <source>Lending to %1</source>
        <translation>Prestito a %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="129" />
        <source>Now scan or type the item's number.</source>
        <translation>Ora scansionate o digitate il numero dell'oggetto.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="137" />
        <source>Unknown badge or item “%1”</source>
        <translation>Badge o oggetto sconosciuto «%1»</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="138" />
        <source>Scan the badge first, then the item.</source>
        <translation>Scansionate prima il badge, poi l'oggetto.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150" />
        <source>Deposit: %1</source>
        <translation>Deposito: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150" />
        <source>No deposit noted.</source>
        <translation>Nessun deposito annotato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="151" />
        <source>%1 lent to %2</source>
        <translation>%1 prestato a %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="156" />
        <source>%1 is already out</source>
        <translation>%1 è già in prestito</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="157" />
        <source>With %1 since %2. Take another one, or scan it alone to take it back first.</source>
        <translation>Presso %1 dalle %2. Prendetene un altro, o scansionatelo da solo per riprenderlo prima.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="160" />
        <source>Give back the deposit: %1</source>
        <translation>Restituite il deposito: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="161" />
        <source>No deposit to give back.</source>
        <translation>Nessun deposito da restituire.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="162" />
        <source>%1 returned by %2</source>
        <translation>%1 restituito da %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="164" />
        <source>%1 is not out</source>
        <translation>%1 non è in prestito</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="165" />
        <source>To lend it, scan the badge first, then the item.</source>
        <translation>Per prestarlo, scansionate prima il badge, poi l'oggetto.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="169" />
        <source>“%1” is not one of this event's items</source>
        <translation>«%1» non è un oggetto di questo evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="170" />
        <source>Scan the item's label or type its number.</source>
        <translation>Scansionate l'etichetta o digitate il numero.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="174" />
        <source>The server cannot be reached</source>
        <translation>Il server non è raggiungibile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="175" />
        <source>%1. Items lent need the server: note this one on paper.</source>
        <translation>%1. I prestiti richiedono il server: annotate questo su carta.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="190" />
        <source>Scan the badge — or scan an item to take it back</source>
        <translation>Scansionate il badge — o un oggetto per riprenderlo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="192" />
        <source>Scan or type the item's number for %1</source>
        <translation>Scansionate o digitate il numero dell'oggetto per %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="222" />
        <source>%1 out</source>
        <translation>%1 in prestito</translation>
    </message>
</context>
<context>
    <name>LockActions</name>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47" />
        <source>Lock the desk</source>
        <translation>Blocca il banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47" />
        <source>Choose a PIN to unlock the desk later:</source>
        <translation>Scegliete un PIN per sbloccare più tardi:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57" />
        <source>Unlock the desk</source>
        <translation>Sblocca il banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="69" />
        <source>The desk stays locked. Try again in %1 s.</source>
        <translation>La postazione resta bloccata. Riprovate tra %1 s.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="70" />
        <source>The desk stays locked.</source>
        <translation>Il banco resta bloccato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="71" />
        <source>Wrong PIN</source>
        <translation>PIN errato</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="22" />
        <source>%1: no such mail server; check its name</source>
        <translation>%1: server di posta inesistente; verificatene il nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="23" />
        <source>%1: the mail server does not answer; trying again at the next round</source>
        <translation>%1: il server di posta non risponde; nuovo tentativo al prossimo giro</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="25" />
        <source>%1: the server's certificate is not trusted; name the certificate authority's file</source>
        <translation>%1: il certificato del server non è riconosciuto; indicate il file dell'autorità di certificazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="27" />
        <source>%1: the certificate authority's file cannot be read</source>
        <translation>%1: il file dell'autorità di certificazione è illeggibile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="29" />
        <source>%1: no encrypted connection could be made</source>
        <translation>%1: impossibile stabilire una connessione cifrata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="30" />
        <source>%1: the server offers no encryption; the password is not sent in clear</source>
        <translation>%1: il server non offre cifratura; la password non viene inviata in chiaro</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="32" />
        <source>%1: this is no IMAP mail server</source>
        <translation>%1: non è un server di posta IMAP</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="33" />
        <source>%1: the server refused the user name or the password (some providers want an app password)</source>
        <translation>%1: il server ha rifiutato il nome utente o la password (alcuni fornitori chiedono una password per le app)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="35" />
        <source>%1: the mailbox has no such folder</source>
        <translation>%1: la casella non ha questa cartella</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="36" />
        <source>%1: the connection was lost; trying again at the next round</source>
        <translation>%1: la connessione si è interrotta; nuovo tentativo al prossimo giro</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="38" />
        <source>%1: the server refused to hand the messages over (%2)</source>
        <translation>%1: il server ha rifiutato di consegnare i messaggi (%2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="71" />
        <source>The registration mailbox %1 is not watched now: Event → Watch the registration mailbox… takes its new e-mails.</source>
        <translation>La casella delle iscrizioni %1 non è sorvegliata ora: Evento → Sorvegliare la casella delle iscrizioni… scarica le sue nuove e-mail.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="82" />
        <source>Watching %1 for registration e-mails</source>
        <translation>Sorveglianza di %1 per le e-mail d'iscrizione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="94" />
        <source>Review fetched e-mails</source>
        <translation>Esaminare le e-mail scaricate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="95" />
        <source>No e-mail was fetched for this event yet: Event → Watch the registration mailbox…</source>
        <translation>Nessuna e-mail è stata ancora scaricata per questo evento: Evento → Sorvegliare la casella delle iscrizioni…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="104" />
        <source>✉ New registration e-mails: %1 (review)</source>
        <translation>✉ Nuove e-mail d'iscrizione: %1 (esaminare)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="114" />
        <source>The mailbox is no longer watched: %1</source>
        <translation>La casella non è più sorvegliata: %1</translation>
    </message>
</context>
<context>
    <name>MailImportPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="76" />
        <source>Reading the e-mails of %1…</source>
        <translation>Lettura delle e-mail di %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="102" />
        <source>The e-mails could not be read: %1</source>
        <translation>Non è stato possibile leggere le e-mail: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="113" />
        <source>Stopped reading; nothing was imported.</source>
        <translation>Lettura interrotta; nulla è stato importato.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="175" />
        <source>What the decisions change could not be worked out: %1</source>
        <translation>Non è stato possibile calcolare l'effetto delle decisioni: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="189" />
        <source>Messages: %1 · people found: %2 · to import: %3 · corrected: %4 · dropped: %5 · messages that are no registration: %6</source>
        <translation>Messaggi: %1 · persone trovate: %2 · da importare: %3 · corrette: %4 · scartate: %5 · messaggi che non sono iscrizioni: %6</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="193" />
        <source>Imported before, from the same messages: %1 (left as the event has them).</source>
        <translation>Importate prima, dagli stessi messaggi: %1 (lasciate come l'evento le ha).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="196" />
        <source>⚠ Waiting for your decision, as the reading is unsure of them: %1. Accept, correct or drop each (Alt+N goes to the next); Import waits until they are decided.</source>
        <translation>⚠ In attesa della vostra decisione, perché la lettura è incerta: %1. Accettate, correggete o scartate ciascuna (Alt+P passa alla prossima); l'importazione attende che siano decise.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="215" />
        <source>Import registrations</source>
        <translation>Importa le iscrizioni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="216" />
        <source>Close without importing? Your decisions about %1 people would be lost.</source>
        <translation>Chiudere senza importare? Le vostre decisioni su %1 persone andrebbero perse.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="265" />
        <source>Imported from the e-mails: registered %2 · waiting list %3 · late %4 · updated %5 · cancelled %6 · dropped %7 · left out %8 (messages read: %1).</source>
        <translation>Importato dalle e-mail: iscritti %2 · lista d'attesa %3 · in ritardo %4 · aggiornati %5 · annullati %6 · scartati %7 · lasciati fuori %8 (messaggi letti: %1).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="233" />
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="259" />
        <source>Nothing was imported: %1</source>
        <translation>Nulla è stato importato: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="277" />
        <source>Stopped; nothing was imported.</source>
        <translation>Interrotto; nulla è stato importato.</translation>
    </message>
</context>
<context>
    <name>MailReview</name>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39" />
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="41" />
        <location filename="../../checkin/ui/models/mail_review.py" line="320" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40" />
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39" />
        <source>To check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="46" />
        <source>Registered</source>
        <translation>Iscritto/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="47" />
        <source>Waiting list</source>
        <translation>Lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="48" />
        <source>Late: after the deadline</source>
        <translation>In ritardo: dopo la scadenza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="49" />
        <source>Already registered: details updated</source>
        <translation>Già iscritto/a: dati aggiornati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="50" />
        <source>Already registered</source>
        <translation>Già iscritto/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="51" />
        <source>Cancellation</source>
        <translation>Annullamento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="52" />
        <source>Cancellation of nobody registered</source>
        <translation>Annullamento di una persona non iscritta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="53" />
        <source>Left out unless accepted</source>
        <translation>Lasciato/a fuori se non accettato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="54" />
        <location filename="../../checkin/ui/models/mail_review.py" line="341" />
        <source>Dropped</source>
        <translation>Scartato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="55" />
        <source>Again: the later message counts</source>
        <translation>Di nuovo: conta il messaggio più recente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="56" />
        <source>Imported before, from this message</source>
        <translation>Importato/a prima, da questo messaggio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="59" />
        <source>Not a registration: automatic reply</source>
        <translation>Non è un'iscrizione: risposta automatica</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="60" />
        <source>Not a registration: newsletter or bulk mail</source>
        <translation>Non è un'iscrizione: newsletter o invio di massa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="61" />
        <source>Not a registration: a question</source>
        <translation>Non è un'iscrizione: una domanda</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="62" />
        <source>Not a registration: the same message again</source>
        <translation>Non è un'iscrizione: lo stesso messaggio di nuovo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="63" />
        <source>Not a registration: nobody's name found</source>
        <translation>Non è un'iscrizione: nessun nome trovato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="64" />
        <source>Not a registration: sent from this mailbox (a reply or a sent copy)</source>
        <translation>Non è un'iscrizione: inviato da questa casella (una risposta o una copia inviata)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="67" />
        <source>Not a registration: could not be read</source>
        <translation>Non è un'iscrizione: illeggibile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="68" />
        <source>Not a registration</source>
        <translation>Non è un'iscrizione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="311" />
        <source>Unsure: %1</source>
        <translation>Incerto: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="316" />
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="317" />
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="318" />
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="319" />
        <source>Job title</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="321" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="322" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="340" />
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="342" />
        <source>Corrected</source>
        <translation>Corretto/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="343" />
        <source>Accepted</source>
        <translation>Accettato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="344" />
        <source>To decide</source>
        <translation>Da decidere</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="345" />
        <source>Import as read</source>
        <translation>Importato come letto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="100" />
        <source>People found in the e-mails</source>
        <translation>Persone trovate nelle e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="112" />
        <source>The message</source>
        <translation>Il messaggio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="132" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="239" />
        <source>unsure: check it</source>
        <translation>incerto: verificate</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="144" />
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="145" />
        <source>Import this person as shown (Alt+A)</source>
        <translation>Importare questa persona come mostrata (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="146" />
        <source>&amp;Drop</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="147" />
        <source>Leave this person out (Alt+D)</source>
        <translation>Lasciare fuori questa persona (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="148" />
        <source>&amp;Undo decision</source>
        <translation>Annulla la &amp;decisione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="149" />
        <source>Back to as read, corrections forgotten (Alt+U)</source>
        <translation>Tornare a quanto letto, correzioni dimenticate (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="150" />
        <source>&amp;Next to decide</source>
        <translation>&amp;Prossima da decidere</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="151" />
        <source>Go to the next person the reading is unsure of (Alt+N)</source>
        <translation>Andare alla prossima persona la cui lettura è incerta (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="240" />
        <source>unsure: decided</source>
        <translation>incerto: deciso</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="251" />
        <source>%1 · becomes: %2</source>
        <translation>%1 · diventa: %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="270" />
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265" />
        <source>Received: %1</source>
        <translation>Ricevuto: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="266" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="271" />
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="293" />
        <source>%1 (unsure)</source>
        <translation>%1 (incerto)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="96" />
        <source>Check-in</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="97" />
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="98" />
        <source>Counters</source>
        <translation>Contatori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Desk</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;View</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="169" />
        <source>Checkin — registration desk</source>
        <translation>Checkin — banco di accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="179" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="209" />
        <source>No event is open: open the event first (Recent events or Open event file…), then scan.</source>
        <translation>Nessun evento è aperto: aprite prima l'evento (Eventi recenti o Apri file evento…), poi scansionate.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="213" />
        <source>An import is being saved</source>
        <translation>Un'importazione è in corso di salvataggio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="214" />
        <source>Scan again in a moment.</source>
        <translation>Scansionate di nuovo tra un momento.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237" />
        <source>Sounds off</source>
        <translation>Suoni disattivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237" />
        <source>Sounds on</source>
        <translation>Suoni attivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Close event</source>
        <translation>Chiudi l'evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Close “%1”? This desk stops checking people in until an event is opened again.</source>
        <translation>Chiudere «%1»? Questa postazione non accoglie più nessuno finché non si riapre un evento.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260" />
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260" />
        <source>Quit the desk? Nobody can be checked in here until it is started again.</source>
        <translation>Uscire dalla postazione? Nessuno potrà essere accolto qui finché non viene riavviata.</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="125" />
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="126" />
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="143" />
        <source>Nobody to send to.</source>
        <translation>Nessuno a cui inviare.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="146" />
        <source>%1 of %2 — To: %3 — Subject: %4</source>
        <translation>%1 di %2 — A: %3 — Oggetto: %4</translation>
    </message>
</context>
<context>
    <name>NeedFilterBox</name>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="20" />
        <source>Any need or none</source>
        <translation>Qualsiasi esigenza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="22" />
        <source>Other needs</source>
        <translation>Altre esigenze</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="37" />
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="44" />
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="52" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="53" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="54" />
        <source>Venue</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="55" />
        <location filename="../../checkin/ui/dialogs/new_event.py" line="63" />
        <source>Event file</source>
        <translation>File dell'evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="64" />
        <source>Events (*%1)</source>
        <translation>Eventi (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="70" />
        <source>Give the event a title.</source>
        <translation>Date un titolo all'evento.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="74" />
        <source>%1 already exists; choose another file.</source>
        <translation>%1 esiste già; scegliete un altro file.</translation>
    </message>
</context>
<context>
    <name>OrganiserActions</name>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="48" />
        <source>Last import report</source>
        <translation>Rapporto dell'ultima importazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="49" />
        <source>Nothing was imported into this event since it was opened.</source>
        <translation>Nulla è stato importato in questo evento da quando è stato aperto.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="86" />
        <source>Send confirmations</source>
        <translation>Invia le conferme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="87" />
        <source>Sending confirmations is not available here (%1).</source>
        <translation>L'invio delle conferme non è disponibile qui (%1).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="107" />
        <source>Its retention date has not passed yet. </source>
        <translation>La sua data di conservazione non è ancora passata. </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="109" />
        <source>Purge personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="110" />
        <source>Remove every name, e-mail and code of “%1”? %2Only anonymised statistics stay. This cannot be undone.</source>
        <translation>Rimuovere tutti i nomi, le e-mail e i codici di «%1»? %2Restano solo le statistiche anonime. Non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="128" />
        <source>Nothing was purged</source>
        <translation>Nulla è stato cancellato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="133" />
        <source>Personal data purged; anonymised statistics kept.</source>
        <translation>Dati personali cancellati; statistiche anonime conservate.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="46" />
        <location filename="../../checkin/ui/widgets/person_panel.py" line="115" />
        <source>Nobody selected</source>
        <translation>Nessuno selezionato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Job title</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="60" />
        <source>delegation, or people who came together</source>
        <translation>delegazione, o persone venute insieme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="61" />
        <source>wheelchair; interpretation FR; vegetarian</source>
        <translation>sedia a rotelle; interpretazione FR; vegetariano</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="62" />
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="63" />
        <source>Reprint badge</source>
        <translation>Ristampa il badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="64" />
        <source>Name card</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="65" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="66" />
        <source>Remove this walk-in…</source>
        <translation>Rimuovi questa iscrizione sul posto…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="67" />
        <source>Registered by mistake: cancel it and take its check-in back (nothing is deleted).</source>
        <translation>Iscritta per errore: annullarla e annullarne l'arrivo (nulla viene cancellato).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="116" />
        <source>Search or scan to see a person here.</source>
        <translation>Cercate o scansionate per vedere qui una persona.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="129" />
        <source>Badge printed at %1</source>
        <translation>Badge stampato alle %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="130" />
        <source>Badge not printed yet</source>
        <translation>Badge non ancora stampato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="133" />
        <source>Code: %1</source>
        <translation>Codice: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="135" />
        <source>Walk-in</source>
        <translation>Registrato/a sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="137" />
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProgrammePreview</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="163" />
        <source>No programme found: the sheet needs a header row naming a time and a title (Time, Session, Room, People, Role).</source>
        <translation>Nessun programma trovato: il foglio deve avere una riga d'intestazione con ora e titolo (Ora, Titolo, Sala, Persone, Ruolo).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="14" />
        <source>Row %1: nobody on the list is “%2”; left out of the session</source>
        <translation>Riga %1: nessuno in elenco si chiama «%2»; escluso/a dalla sessione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="16" />
        <source>Row %1: “%2” fits several people; write their e-mail instead</source>
        <translation>Riga %1: «%2» corrisponde a più persone; indicate l'e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="18" />
        <source>Row %1: the time “%2” cannot be read (write 9:10 or 9:10 – 9:20); session left out</source>
        <translation>Riga %1: l'ora «%2» è illeggibile (scrivete 9:10 o 9:10 – 9:20); sessione esclusa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="20" />
        <source>Row %1: “%2” comes before any session</source>
        <translation>Riga %1: «%2» viene prima di ogni sessione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="21" />
        <source>Row %1: unknown role “%2”; read as a speaker</source>
        <translation>Riga %1: ruolo sconosciuto «%2»; letto come relatore</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="30" />
        <source>Import programme</source>
        <translation>Importa il programma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="32" />
        <source>%1 sessions with %2 people read from %3. They replace the programme of the event.</source>
        <translation>%1 sessioni con %2 persone lette da %3. Sostituiscono il programma dell'evento.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="37" />
        <source>Every row was read.</source>
        <translation>Tutte le righe sono state lette.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="39" />
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="58" />
        <source>Ready to scan</source>
        <translation>Pronto per la scansione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="59" />
        <location filename="../../checkin/ui/widgets/result_panel.py" line="64" />
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Scansionate un badge, o digitate un nome e premete Invio.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="75" />
        <source>another desk</source>
        <translation>un altro banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="85" />
        <source>Unknown code %1</source>
        <translation>Codice sconosciuto %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="86" />
        <source>Search the person by name, or register them as a walk-in (Ctrl+N).</source>
        <translation>Cercate la persona per nome, o registratela sul posto (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="88" />
        <source>Badge of another event</source>
        <translation>Badge di un altro evento</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="89" />
        <source>This code belongs to a different event. Search the person by name.</source>
        <translation>Questo codice appartiene a un altro evento. Cercate la persona per nome.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91" />
        <source>Ask them to see the organisers' desk.</source>
        <translation>Indirizzatela al banco degli organizzatori.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="63" />
        <source>Next, please</source>
        <translation>Avanti il prossimo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="71" />
        <source>Welcome</source>
        <translation>Benvenuto/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="76" />
        <source>Already arrived at %1 (%2)</source>
        <translation>Già arrivato/a alle %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="77" />
        <source>Let them through. Ctrl+Z takes their arrival back if this was a mistake.</source>
        <translation>Lasciate passare. Ctrl+Z annulla l'arrivo in caso di errore.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91" />
        <source>Registration cancelled</source>
        <translation>Iscrizione annullata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="93" />
        <source>On the waiting list</source>
        <translation>In lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="94" />
        <source>Ctrl+Enter admits them from the waiting list (with a reason), if the organisers agree.</source>
        <translation>Ctrl+Invio la ammette dalla lista d'attesa (con un motivo), se gli organizzatori sono d'accordo.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="97" />
        <source>Not checked in: taken back</source>
        <translation>Non arrivato/a: arrivo annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="98" />
        <source>An undo later in the log takes back this check-in. Check them in again now.</source>
        <translation>Un annullamento più avanti nel registro revoca questa registrazione. Registrate di nuovo la persona adesso.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="100" />
        <source>This code matches several people</source>
        <translation>Questo codice corrisponde a più persone</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="101" />
        <source>Search the person by name and check them in from the list.</source>
        <translation>Cercate la persona per nome e registratela dall'elenco.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="102" />
        <source>This is not a code</source>
        <translation>Questo non è un codice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="103" />
        <source>The scanner sent something unreadable. Scan again, or search by name.</source>
        <translation>Lo scanner ha inviato qualcosa di illeggibile. Scansionate di nuovo o cercate per nome.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="108" />
        <source>Arrival taken back (check-in undone)</source>
        <translation>Arrivo annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="109" />
        <source>They count as expected again.</source>
        <translation>La persona risulta di nuovo attesa.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="110" />
        <location filename="../../checkin/ui/widgets/result_panel.py" line="114" />
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="111" />
        <source>%1 was not checked in.</source>
        <translation>%1 non era registrato/a.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="28" />
        <source>Purge personal data…</source>
        <translation>Cancella i dati personali…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="43" />
        <source>The personal data of this event were purged; only anonymised statistics remain (Export… ▸ anonymised statistics).</source>
        <translation>I dati personali di questo evento sono stati cancellati; restano solo le statistiche anonime (Esporta… ▸ statistiche anonime).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="46" />
        <source>The retention date of this event (%1) has passed: its personal data should now be purged, keeping only anonymised statistics. Export what you still need first.</source>
        <translation>La data di conservazione di questo evento (%1) è passata: i suoi dati personali vanno ora cancellati, conservando solo statistiche anonime. Esportate prima ciò che vi serve ancora.</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="91" />
        <source>Online</source>
        <extracomment>DeskStatus: online or offline, how many check-ins are queued, the desk name. Check-ins or undos made at other desks arrived: refresh presence and counters. Attendees (walk-ins, edits) or the event changed elsewhere: reload attendees and the search index. list[Conflict]: new on the list to check (doubles, one walk-in twice, a skewed clock, a refused record). The list to check changed (new, or marked seen at some desk). list[CheckInRecord]: the records the feed brought (a speaker arriving at another desk). list[str]: the programme, loans or badge collections changed elsewhere (their table names).</extracomment>
        <translation>In linea</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="95" />
        <source>Offline since %1</source>
        <translation>Non in linea dalle %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="97" />
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="101" />
        <source>1 check-in queued</source>
        <translation>1 registrazione in attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="103" />
        <source>%1 check-ins queued</source>
        <translation>%1 registrazioni in attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="106" />
        <source>checking in on this desk's copy</source>
        <translation>registrazione sulla copia di questo banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="107" />
        <source>; edits wait for the server</source>
        <translation>; le modifiche attendono il server</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="110" />
        <source>the event was upgraded by a newer checkin: update this desk</source>
        <translation>l'evento è stato aggiornato da una versione più recente di checkin: aggiornate questo banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="113" />
        <source>the server refused the user name or password</source>
        <translation>il server ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="115" />
        <source>%1 check-ins the server refused: see the list to check</source>
        <translation>%1 registrazioni rifiutate dal server: vedete l'elenco da verificare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="125" />
        <source>Offline since %1, %2 check-ins queued; edits wait for the server. Check-ins go on.</source>
        <translation>Non in linea dalle %1, %2 registrazioni in attesa; le modifiche attendono il server. Le registrazioni continuano.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="133" />
        <source>this computer's clock is %1 min ahead of the server's: set its time</source>
        <translation>l'orologio di questo computer è avanti di %1 min rispetto al server: regolate l'ora</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="136" />
        <source>this computer's clock is %1 min behind the server's: set its time</source>
        <translation>l'orologio di questo computer è indietro di %1 min rispetto al server: regolate l'ora</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="146" />
        <source>%1: checked in at %2 at %3 and again at %4 at %5 (the first counts)</source>
        <translation>%1: registrato/a a %2 alle %3 e di nuovo a %4 alle %5 (conta la prima)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="152" />
        <source>%1: registered as a walk-in at %2 and at %3; kept as one person, both badges scan</source>
        <translation>%1: iscritto/a sul posto a %2 e a %3; tenuto/a come una sola persona, entrambi i badge valgono</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="159" />
        <source>The clock of %1 is %2 min ahead of the server's: times from it are corrected; set its time</source>
        <translation>L'orologio di %1 è avanti di %2 min rispetto al server: i suoi orari sono corretti; regolate l'ora</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="162" />
        <source>The clock of %1 is %2 min behind the server's: times from it are corrected; set its time</source>
        <translation>L'orologio di %1 è indietro di %2 min rispetto al server: i suoi orari sono corretti; regolate l'ora</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="166" />
        <source>A check-in at %1 at %2 did not reach the server: the person is not on the server</source>
        <translation>Una registrazione a %1 alle %2 non ha raggiunto il server: la persona non è sul server</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="42" />
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="51" />
        <source>ends at</source>
        <translation>finisce alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="59" />
        <source>Type a name to add a person</source>
        <translation>Digitate un nome per aggiungere una persona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="64" />
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="66" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="76" />
        <source>Starts at</source>
        <translation>Inizia alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="77" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="78" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="131" />
        <source>Choose a person from the list as you type.</source>
        <translation>Scegliete una persona dall'elenco mentre digitate.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="140" />
        <source>Give the session a title.</source>
        <translation>Date un titolo alla sessione.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="150" />
        <source>The session must end after it starts.</source>
        <translation>La sessione deve finire dopo l'inizio.</translation>
    </message>
</context>
<context>
    <name>SpeakersBoard</name>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Session / person</source>
        <translation>Sessione / persona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Arrived</source>
        <translation>Arrivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="70" />
        <source>Organisers' desk: tell me when a speaker or VIP arrives at any desk</source>
        <translation>Banco degli organizzatori: avvisami quando un relatore o un VIP arriva a un banco</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="75" />
        <source>Import programme…</source>
        <translation>Importa il programma…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="76" />
        <source>Add session…</source>
        <translation>Aggiungi una sessione…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="77" />
        <source>Edit session…</source>
        <translation>Modifica la sessione…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="78" />
        <source>Remove session</source>
        <translation>Rimuovi la sessione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="87" />
        <source>Speakers and VIPs arrived</source>
        <translation>Relatori e VIP arrivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="129" />
        <source>No programme yet: import one (time, title, room, people, role).</source>
        <translation>Nessun programma: importatene uno (ora, titolo, sala, persone, ruolo).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="133" />
        <source>Not arrived for %1 %2: %3</source>
        <translation>Non ancora arrivati per %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="137" />
        <source>Everyone due within %1 minutes has arrived.</source>
        <translation>Tutti gli attesi entro %1 minuti sono arrivati.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="162" />
        <source>starts in %1 min</source>
        <translation>inizia tra %1 min</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="163" />
        <source>has started</source>
        <translation>è iniziata</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="164" />
        <source>%1 — %2 not arrived</source>
        <translation>%1 — %2 non arrivati</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="176" />
        <source>by video</source>
        <translation>in video</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="178" />
        <source>not arrived</source>
        <translation>non arrivato/a</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="22" />
        <source>Registration desk</source>
        <translation>Banco di accoglienza</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="40" />
        <source>New event…</source>
        <translation>Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="41" />
        <source>Open event file…</source>
        <translation>Apri un file di evento…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="42" />
        <source>Connect to a server…</source>
        <translation>Connetti a un server…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="43" />
        <source>Open the sample event</source>
        <translation>Apri l'evento di esempio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="51" />
        <source>Recent events</source>
        <translation>Eventi recenti</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="33" />
        <source>Checked in</source>
        <translation>Arrivato/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="35" />
        <source>Waitlisted</source>
        <translation>In lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="37" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="38" />
        <source>Expected</source>
        <translation>Atteso/a</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="204" />
        <source>another running desk has this name: rename one in the desk settings</source>
        <translation>un altro banco in funzione ha questo nome: rinominatene uno nelle impostazioni del banco</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="42" />
        <source>Confirmation (with QR code and ticket)</source>
        <translation>Conferma (con codice QR e biglietto)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="43" />
        <source>Waitlist notice</source>
        <translation>Avviso di lista d'attesa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="50" />
        <source>Back to the default text</source>
        <translation>Torna al testo predefinito</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="51" />
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="53" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="59" />
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="64" />
        <source>Plain text</source>
        <translation>Testo semplice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="65" />
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="68" />
        <source>Placeholders: %1 ({qr_image}: HTML confirmations only)</source>
        <translation>Segnaposto: %1 ({qr_image}: solo conferme HTML)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="100" />
        <source>the editor</source>
        <translation>l'editor</translation>
    </message>
</context>
<context>
    <name>ToCheckList</name>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="21" />
        <source>To check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="28" />
        <source>Mark seen</source>
        <translation>Segna come visto</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="37" />
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121" />
        <source>Walk-in registration</source>
        <translation>Registrazione sul posto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="44" />
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="46" />
        <source>wheelchair; interpretation FR; vegetarian (optional)</source>
        <translation>sedia a rotelle; interpretazione FR; vegetariano (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="55" />
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="56" />
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="57" />
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="58" />
        <source>Job title</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="59" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="60" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="61" />
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="64" />
        <source>Register, check in and print</source>
        <translation>Registra, accogli e stampa</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="76" />
        <source>Type at least a given or a family name.</source>
        <translation>Digitate almeno un nome o un cognome.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="79" />
        <source>“%1” is not an e-mail address; leave it empty if unknown.</source>
        <translation>«%1» non è un indirizzo e-mail; lasciate vuoto se sconosciuto.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="103" />
        <source>Already registered</source>
        <translation>Già iscritto/a</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="104" />
        <source>This person is already registered: %1. Check them in instead?</source>
        <translation>Questa persona è già iscritta: %1. Accoglierla invece?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="106" />
        <source>Check in %1</source>
        <translation>Accogli %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="107" />
        <source>Register a new person anyway</source>
        <translation>Iscrivi comunque una nuova persona</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="108" />
        <source>Back to the form</source>
        <translation>Torna al modulo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121" />
        <source>Discard this walk-in? What you typed is lost.</source>
        <translation>Scartare questa iscrizione sul posto? Quanto digitato va perso.</translation>
    </message>
</context>
<context>
    <name>WatchMailbox</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="29" />
        <source>Write the mailbox as imaps://USER@SERVER/FOLDER</source>
        <translation>Scrivete la casella come imaps://UTENTE@SERVER/CARTELLA</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="30" />
        <source>Name the mailbox's user, as in imaps://USER@SERVER/FOLDER</source>
        <translation>Indicate l'utente della casella, come in imaps://UTENTE@SERVER/CARTELLA</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="31" />
        <source>Name the mail server, as in imaps://USER@SERVER/FOLDER</source>
        <translation>Indicate il server di posta, come in imaps://UTENTE@SERVER/CARTELLA</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="32" />
        <source>The port after the server's name must be a number (993 for imaps)</source>
        <translation>La porta dopo il nome del server deve essere un numero (993 per imaps)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="34" />
        <source>Put the password in its own box, not in the address</source>
        <translation>Inserite la password nella sua casella, non nell'indirizzo</translation>
    </message>
</context>
<context>
    <name>WatchMailboxDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="50" />
        <source>Watch the registration mailbox</source>
        <translation>Sorvegliare la casella delle iscrizioni</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="51" />
        <source>While this event is open, the desk takes the new e-mails of this mailbox every few minutes (without marking them read) and tells you when there are some to review.</source>
        <translation>Finché questo evento è aperto, il banco scarica ogni pochi minuti le nuove e-mail di questa casella (senza segnarle come lette) e vi segnala quelle da esaminare.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="61" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="64" />
        <source>Only for a server with a certificate of its own organisation</source>
        <translation>Solo per un server con un certificato della propria organizzazione</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="66" />
        <source>&amp;Mailbox:</source>
        <translation>&amp;Casella:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="67" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="68" />
        <source>&amp;Every:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="69" />
        <source>&amp;Certificate authority (PEM file):</source>
        <translation>Autorità di &amp;certificazione (file PEM):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="70" />
        <source>The password is kept only while the event is open; it is never saved.</source>
        <translation>La password è conservata solo finché l'evento è aperto; non viene mai salvata.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="93" />
        <source>Give the mailbox's password.</source>
        <translation>Indicate la password della casella.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="96" />
        <source>No such file: %1</source>
        <translation>File inesistente: %1</translation>
    </message>
</context>
</TS>