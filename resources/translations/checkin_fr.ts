<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="18" />
        <source>Search / scan</source>
        <translation>Rechercher / scanner</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="19" />
        <source>Undo the last check-in</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="20" />
        <source>Register a walk-in</source>
        <translation>Inscrire sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="21" />
        <source>Reprint the badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="22" />
        <source>Print a name card</source>
        <translation>Imprimer un chevalet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="23" />
        <source>Preview the badge</source>
        <translation>Aperçu du badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="24" />
        <source>Check-in view</source>
        <translation>Vue d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="25" />
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="26" />
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="27" />
        <source>Lock the desk (kiosk)</source>
        <translation>Verrouiller le poste (kiosque)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="28" />
        <source>Sounds on/off</source>
        <translation>Sons oui/non</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="29" />
        <source>Desk settings…</source>
        <translation>Réglages du poste…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="30" />
        <source>Import registrations…</source>
        <translation>Importer les inscriptions…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="31" />
        <source>Print all badges to PDF…</source>
        <translation>Tous les badges en PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="32" />
        <source>Export attendance…</source>
        <translation>Exporter les présences…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="33" />
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="34" />
        <source>Open event…</source>
        <translation>Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="35" />
        <source>Close event</source>
        <translation>Fermer l'événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="36" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="37" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="61" />
        <source>No arrivals yet</source>
        <translation>Pas encore d'arrivées</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="43" />
        <source>Filter by name or organisation</source>
        <translation>Filtrer par nom ou organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="45" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="45" />
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46" />
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46" />
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="47" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="85" />
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
</context>
<context>
    <name>AttendeeRowDelegate</name>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="61" />
        <source>In since %1</source>
        <translation>Arrivé·e à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="63" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="65" />
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="66" />
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="24" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="24" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="25" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="25" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/badge_preview.py" line="15" />
        <source>Badge preview</source>
        <translation>Aperçu du badge</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="33" />
        <source>Scan a badge or type a name, organisation or code…</source>
        <translation>Scannez un badge ou tapez un nom, une organisation ou un code…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="118" />
        <source>No one found for “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="119" />
        <source>Check the spelling, try the organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Vérifiez l'orthographe, essayez l'organisation, ou inscrivez sur place (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="135" />
        <source>The badge was not printed</source>
        <translation>Le badge n'a pas été imprimé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="136" />
        <source>%1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.</source>
        <translation>%1. Vérifiez l'imprimante (papier, câble, alimentation), puis Ctrl+P pour réimprimer.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="139" />
        <source>The event file cannot be reached</source>
        <translation>Le fichier de l'événement est inaccessible</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="140" />
        <source>%1. Reconnect the drive or reopen the event; what you typed is kept.</source>
        <translation>%1. Reconnectez le support ou rouvrez l'événement ; votre saisie est conservée.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="66" />
        <source>Send confirmations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="74" />
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="75" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="88" />
        <source>Send a test to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="89" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="90" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="105" />
        <source>Mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="111" />
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="114" />
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="114" />
        <source>SSL/TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="115" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="121" />
        <source>asked each time; never saved in the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="124" />
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="127" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="128" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="129" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="130" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="131" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="133" />
        <source>From address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="134" />
        <source>From name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="138" />
        <source>Who gets what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="140" />
        <source>Also send again to people who already had theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="141" />
        <source>Send the waitlist notice to waitlisted people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="146" />
        <source> per minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="147" />
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="157" />
        <source>Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="158" />
        <source>Ticket paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="167" />
        <source>Confirmation (with QR code and ticket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="168" />
        <source>Waitlist notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="172" />
        <source>Back to the default text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="173" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="175" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="181" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="186" />
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="187" />
        <source>HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="189" />
        <source>Placeholders: {given_name} {family_name} {honorific} {name} {organisation} {code_spaced} {event_title} {event_date} {event_venue} {organiser_name} {ticket_filename}; HTML only: {qr_image}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="209" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="210" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="239" />
        <source>the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="281" />
        <source>%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="286" />
        <source>Send %n message(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="311" />
        <source>Nobody to send to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="314" />
        <source>%1 of %2 — To: %3 — Subject: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="337" />
        <source>Type the name of your mail server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="341" />
        <source>Type the sender address (the address people reply to).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="343" />
        <source>Type the password for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="377" />
        <source>Sending a test to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="377" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="391" />
        <source>Stopping after the message being sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="409" />
        <source>sent to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="411" />
        <source>no e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="411" />
        <source>malformed address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="412" />
        <source>skipped %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="414" />
        <source>NOT sent to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="419" />
        <source>%1 sent, %2 failed, %3 skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="424" />
        <source>Send again later: only the people who did not get theirs will be sent to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="426" />
        <source>Stopped; the others were not sent to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="428" />
        <source>Test sent to %1 (%2 messages: each kind and language).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="431" />
        <source>Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="433" />
        <source>Sending failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="441" />
        <source>The mail server %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="442" />
        <source>%1 refused the connection (check the port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="443" />
        <source>%1 did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="444" />
        <source>The secure connection to %1 failed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="446" />
        <source>%1 does not offer STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="447" />
        <source>%1 refused the user name or password (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="449" />
        <source>%1 does not offer a login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="450" />
        <source>%1 closed the connection (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="453" />
        <source>%1 answered: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="91" />
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="93" />
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivées par 5 minutes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="95" />
        <source>Last scans</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="114" />
        <source>%1 checked in of %2 expected</source>
        <translation>%1 arrivés sur %2 attendus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="132" />
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="44" />
        <source>Desk settings</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="51" />
        <source>System default printer</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="59" />
        <source>Print a badge on each check-in</source>
        <translation>Imprimer un badge à chaque arrivée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="70" />
        <source>Mute the sounds</source>
        <translation>Couper les sons</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="72" />
        <source>Privacy mode: show search results only, never the full list</source>
        <translation>Mode confidentiel : seulement les résultats de recherche, jamais la liste complète</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="74" />
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="79" />
        <source>Desk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="80" />
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="81" />
        <source>Badge printer</source>
        <translation>Imprimante à badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="82" />
        <source>Badge layout</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="84" />
        <source>Shift right</source>
        <translation>Décalage vers la droite</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="85" />
        <source>Shift down</source>
        <translation>Décalage vers le bas</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="86" />
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
</context>
<context>
    <name>EventFileActions</name>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="25" />
        <source>The event cannot be opened</source>
        <translation>L'événement ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="30" />
        <source>Open event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="31" />
        <source>Events (*%1)</source>
        <translation>Événements (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="36" />
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="37" />
        <source>PostgreSQL URL (postgresql://user@host/event):</source>
        <translation>URL PostgreSQL (postgresql://utilisateur@hôte/événement) :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="48" />
        <source>The event was not created</source>
        <translation>L'événement n'a pas été créé</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="19" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="31" />
        <source>Enter: check in the highlighted person · ↑↓: move · Esc: clear</source>
        <translation>Entrée : enregistrer la personne en surbrillance · ↑↓ : déplacer · Échap : effacer</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="34" />
        <source>Save all badges</source>
        <translation>Enregistrer tous les badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="48" />
        <source>Rendering badges…</source>
        <translation>Création des badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="49" />
        <source>The badges were not rendered</source>
        <translation>Les badges n'ont pas été créés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="62" />
        <source>Export attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="70" />
        <source>Exporting attendance…</source>
        <translation>Export des présences…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="71" />
        <source>The attendance was not exported</source>
        <translation>Les présences n'ont pas été exportées</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="82" />
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="83" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="92" />
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="96" />
        <source>Reading the spreadsheet…</source>
        <translation>Lecture du tableur…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="98" />
        <source>The spreadsheet was not imported</source>
        <translation>Le tableur n'a pas été importé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="78" />
        <source>Check-in</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="79" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="80" />
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="118" />
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="120" />
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="122" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="123" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="128" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="146" />
        <source>Checkin — registration desk</source>
        <translation>Checkin — accueil des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="155" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="209" />
        <source>Badge preview</source>
        <translation>Aperçu du badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="223" />
        <source>Test page</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="236" />
        <source>Sounds off</source>
        <translation>Sons coupés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="236" />
        <source>Sounds on</source>
        <translation>Sons activés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="241" />
        <source>Lock the desk</source>
        <translation>Verrouiller le poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="242" />
        <source>Choose a PIN to unlock the desk later:</source>
        <translation>Choisissez un code PIN pour déverrouiller plus tard :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="248" />
        <source>Unlock the desk</source>
        <translation>Déverrouiller le poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="248" />
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="252" />
        <source>Wrong PIN</source>
        <translation>Code PIN erroné</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="252" />
        <source>The desk stays locked.</source>
        <translation>Le poste reste verrouillé.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="37" />
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="44" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="52" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="53" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="54" />
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="55" />
        <location filename="../../checkin/ui/dialogs/new_event.py" line="63" />
        <source>Event file</source>
        <translation>Fichier de l'événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="64" />
        <source>Events (*%1)</source>
        <translation>Événements (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="70" />
        <source>Give the event a title.</source>
        <translation>Donnez un titre à l'événement.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="74" />
        <source>%1 already exists; choose another file.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="36" />
        <location filename="../../checkin/ui/widgets/person_panel.py" line="77" />
        <source>Nobody selected</source>
        <translation>Personne n'est sélectionné</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="44" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="45" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="45" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="49" />
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="50" />
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="51" />
        <source>Name card</source>
        <translation>Chevalet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="52" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="78" />
        <source>Search or scan to see a person here.</source>
        <translation>Recherchez ou scannez pour voir une personne ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="83" />
        <source>Badge printed at %1</source>
        <translation>Badge imprimé à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="84" />
        <source>Badge not printed yet</source>
        <translation>Badge pas encore imprimé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="85" />
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="88" />
        <source>Walk-in</source>
        <translation>Inscrit·e sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="90" />
        <source>Notes: %1</source>
        <translation>Remarques : %1</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="40" />
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="41" />
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Scannez un badge, ou tapez un nom puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="49" />
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="56" />
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="57" />
        <source>%1 is already checked in</source>
        <translation>%1 est déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="58" />
        <source>Checked in at %1 at %2. Let them through; press Ctrl+Z only if this was a mistake.</source>
        <translation>Enregistré·e à %1 à %2. Laissez passer ; Ctrl+Z seulement en cas d'erreur.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="65" />
        <source>Unknown code %1</source>
        <translation>Code inconnu %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="66" />
        <source>Search the person by name, or register them as a walk-in (Ctrl+N).</source>
        <translation>Cherchez la personne par son nom, ou inscrivez-la sur place (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="68" />
        <source>Badge of another event</source>
        <translation>Badge d'un autre événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="69" />
        <source>This code belongs to a different event. Search the person by name.</source>
        <translation>Ce code appartient à un autre événement. Cherchez la personne par son nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="71" />
        <source>%1: registration cancelled</source>
        <translation>%1 : inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="72" />
        <source>Ask them to see the organisers' desk.</source>
        <translation>Orientez la personne vers le stand des organisateurs.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="74" />
        <source>%1 is on the waiting list</source>
        <translation>%1 est sur liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="75" />
        <source>Check with the organisers whether a place is free.</source>
        <translation>Demandez aux organisateurs si une place est libre.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="77" />
        <source>This code matches several people</source>
        <translation>Ce code correspond à plusieurs personnes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="78" />
        <source>Search the person by name and check them in from the list.</source>
        <translation>Cherchez la personne par son nom et enregistrez-la depuis la liste.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="79" />
        <source>This is not a code</source>
        <translation>Ce n'est pas un code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="80" />
        <source>The scanner sent something unreadable. Scan again, or search by name.</source>
        <translation>Le scanner a envoyé quelque chose d'illisible. Scannez à nouveau ou cherchez par nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="85" />
        <source>Check-in of %1 undone</source>
        <translation>Enregistrement de %1 annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="86" />
        <source>They count as expected again.</source>
        <translation>La personne compte de nouveau comme attendue.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="87" />
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="87" />
        <source>%1 was not checked in.</source>
        <translation>%1 n'était pas enregistré·e.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="23" />
        <source>Registration desk</source>
        <translation>Accueil des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="35" />
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="36" />
        <source>Open event file…</source>
        <translation>Ouvrir un fichier d'événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="37" />
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="38" />
        <source>Open the sample event</source>
        <translation>Ouvrir l'événement d'exemple</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="46" />
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="31" />
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="33" />
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="35" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="36" />
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="15" />
        <source>Walk-in registration</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="22" />
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="31" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="32" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="35" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="36" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39" />
        <source>Register, check in and print</source>
        <translation>Inscrire, enregistrer et imprimer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="48" />
        <source>Type at least a given or a family name.</source>
        <translation>Tapez au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="51" />
        <source>“%1” is not an e-mail address; leave it empty if unknown.</source>
        <translation>« %1 » n'est pas une adresse e-mail ; laissez vide si inconnue.</translation>
    </message>
</context>
</TS>