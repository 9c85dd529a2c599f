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
        <source>Take back the arrival shown</source>
        <translation>Annuler l'arrivée affichée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="20" />
        <source>Register a walk-in</source>
        <translation>Inscrire sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="21" />
        <source>Admit from the waiting list…</source>
        <translation>Admettre depuis la liste d'attente…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="22" />
        <source>Remove this walk-in…</source>
        <translation>Retirer cette inscription sur place…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="23" />
        <source>Reprint the badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="24" />
        <source>Print a name card</source>
        <translation>Imprimer un chevalet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="25" />
        <source>Preview the badge</source>
        <translation>Aperçu du badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="26" />
        <source>Check-in view</source>
        <translation>Vue d'accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="27" />
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="28" />
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="29" />
        <source>Speakers' board</source>
        <translation>Tableau des intervenants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="30" />
        <source>Items lent (receivers)</source>
        <translation>Prêts (récepteurs)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="31" />
        <source>Check in a group…</source>
        <translation>Accueillir un groupe…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="32" />
        <source>Import programme…</source>
        <translation>Importer le programme…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="33" />
        <source>Lock the desk (kiosk)</source>
        <translation>Verrouiller le poste (kiosque)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="34" />
        <source>Sounds on/off</source>
        <translation>Sons oui/non</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="35" />
        <source>Camera on/off</source>
        <translation>Caméra oui/non</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="36" />
        <source>Desk settings…</source>
        <translation>Réglages du poste…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="37" />
        <source>Import registrations…</source>
        <translation>Importer les inscriptions…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="38" />
        <source>Print all badges to PDF…</source>
        <translation>Tous les badges en PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="39" />
        <source>Last import report</source>
        <translation>Rapport du dernier import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="40" />
        <source>Watch the registration mailbox…</source>
        <translation>Surveiller la boîte des inscriptions…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="41" />
        <source>Review fetched e-mails…</source>
        <translation>Examiner les e-mails relevés…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="42" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="43" />
        <source>Send confirmations…</source>
        <translation>Envoyer les confirmations…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="44" />
        <source>Purge personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="45" />
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="46" />
        <source>Open event…</source>
        <translation>Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="47" />
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="48" />
        <source>Close event</source>
        <translation>Fermer l'événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="49" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="50" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="70" />
        <source>No arrivals yet</source>
        <translation>Pas encore d'arrivées</translation>
    </message>
</context>
<context>
    <name>ArrivalsLine</name>
    <message>
        <location filename="../../checkin/ui/widgets/arrivals_line.py" line="34" />
        <source>%1 of %2 arrived · %3 expected</source>
        <translation>%1 arrivés sur %2 · %3 attendus</translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46" />
        <source>Filter by name or organisation</source>
        <translation>Filtrer par nom ou organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48" />
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49" />
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49" />
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="50" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="92" />
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
</context>
<context>
    <name>AttendeeRowDelegate</name>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="68" />
        <source>In since %1</source>
        <translation>Arrivé·e à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="70" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="72" />
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="73" />
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="28" />
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
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
        <translation>Aperçu du badge</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="107" />
        <source>The video has ended.</source>
        <translation>La vidéo est terminée.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="110" />
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="130" />
        <source>Camera: %1 — hold the code up to it</source>
        <translation>Caméra : %1 — présentez-lui le code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="148" />
        <source>No camera found on this computer. Connect one, or scan with a USB scanner.</source>
        <translation>Aucune caméra sur cet ordinateur. Branchez-en une, ou scannez avec un lecteur USB.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="150" />
        <source>The camera chosen in the desk settings is not connected. Choose another (Ctrl+,).</source>
        <translation>La caméra choisie dans les réglages du poste n'est pas branchée. Choisissez-en une autre (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="152" />
        <source>The camera cannot be opened: another program may be using it. Close it, then press Ctrl+Shift+C twice.</source>
        <translation>La caméra ne peut pas être ouverte : un autre programme l'utilise peut-être. Fermez-le, puis appuyez deux fois sur Ctrl+Maj+C.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="155" />
        <source>This computer does not allow Checkin to use the camera. Allow it in the system's privacy settings, then restart Checkin.</source>
        <translation>Cet ordinateur n'autorise pas Checkin à utiliser la caméra. Autorisez-le dans les réglages de confidentialité du système, puis redémarrez Checkin.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="158" />
        <source>The camera sends no picture. Close other programs using it, or choose another camera.</source>
        <translation>La caméra n'envoie aucune image. Fermez les autres programmes qui l'utilisent, ou choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="159" />
        <source>The video cannot be played: %1</source>
        <translation>La vidéo ne peut pas être lue : %1</translation>
    </message>
</context>
<context>
    <name>CameraSettingsRows</name>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="29" />
        <source>System default camera</source>
        <translation>Caméra par défaut du système</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="40" />
        <source>%1 (not connected)</source>
        <translation>%1 (non branchée)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="49" />
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="50" />
        <source>Camera resolution</source>
        <translation>Résolution de la caméra</translation>
    </message>
</context>
<context>
    <name>CancellationList</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_cancellations.py" line="22" />
        <source>(already checked in: kept in the attendance)</source>
        <translation>(déjà accueillie : reste dans les présences)</translation>
    </message>
</context>
<context>
    <name>CategoryMerges</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>Category in the file</source>
        <translation>Catégorie dans le fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23" />
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="47" />
        <source>a new category</source>
        <translation>une nouvelle catégorie</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="62" />
        <source>Scan a badge or type a name, organisation or code…</source>
        <translation>Scannez un badge ou tapez un nom, une organisation ou un code…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="243" />
        <source>No one found for “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="244" />
        <source>Check the spelling, try the organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Vérifiez l'orthographe, essayez l'organisation, ou inscrivez sur place (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="250" />
        <source>%1 people match “%2”</source>
        <translation>%1 personnes correspondent à « %2 »</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="251" />
        <source>Choose with ↑ ↓ and press Enter to check in; Esc goes back to the search.</source>
        <translation>Choisissez avec ↑ ↓ puis Entrée pour accueillir ; Échap revient à la recherche.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="288" />
        <source>The arrival of %1 was already taken back.</source>
        <translation>L'arrivée de %1 a déjà été annulée.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="290" />
        <source>The last scan was refused: nobody was checked in.</source>
        <translation>Le dernier scan a été refusé : personne n'a été accueilli.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="292" />
        <source>Ctrl+Z takes back the arrival shown here; there is none right now.</source>
        <translation>Ctrl+Z annule l'arrivée affichée ici ; il n'y en a aucune pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="297" />
        <source>The badge was not printed: %1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.</source>
        <translation>Le badge n'a pas été imprimé : %1. Vérifiez l'imprimante (papier, câble, alimentation), puis Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="304" />
        <source>No badge printed: the default printer “%1” makes files, not badges. Choose the badge printer in the desk settings (Ctrl+,).</source>
        <translation>Aucun badge imprimé : l'imprimante par défaut « %1 » crée des fichiers, pas des badges. Choisissez l'imprimante à badges dans les réglages du poste (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="306" />
        <source>No badge printed: this computer has no printer. Choose one in the desk settings (Ctrl+,).</source>
        <translation>Aucun badge imprimé : cet ordinateur n'a pas d'imprimante. Choisissez-en une dans les réglages du poste (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="312" />
        <source>This desk is offline</source>
        <translation>Ce poste est hors ligne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="341" />
        <source>Changes to %1 saved.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="349" />
        <source>Your changes to %1 were saved.</source>
        <translation>Vos modifications de %1 ont été enregistrées.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="314" />
        <source>The event file cannot be reached</source>
        <translation>Le fichier de l'événement est inaccessible</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="315" />
        <source>%1. Reconnect the drive or reopen the event; what you typed is kept.</source>
        <translation>%1. Reconnectez le support ou rouvrez l'événement ; votre saisie est conservée.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="65" />
        <source>Send confirmations</source>
        <translation>Envoyer les confirmations</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="73" />
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="74" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="87" />
        <source>Send a test to me</source>
        <translation>M'envoyer un test</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="88" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="89" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="106" />
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="112" />
        <source>default</source>
        <translation>par défaut</translation>
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
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="122" />
        <source>asked each time; never saved in the event</source>
        <translation>demandé à chaque fois ; jamais enregistré dans l'événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="125" />
        <source>Remember the password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="128" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="129" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="130" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="131" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="132" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="134" />
        <source>From address</source>
        <translation>Adresse d'expédition</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="135" />
        <source>From name</source>
        <translation>Nom d'expéditeur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="139" />
        <source>Who gets what</source>
        <translation>Qui reçoit quoi</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="141" />
        <source>Also send again to people who already had theirs</source>
        <translation>Renvoyer aussi aux personnes qui ont déjà reçu le leur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="142" />
        <source>Send the waitlist notice to waitlisted people</source>
        <translation>Envoyer l'avis de liste d'attente aux personnes en attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="147" />
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="148" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="158" />
        <source>Rate</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="159" />
        <source>Ticket paper</source>
        <translation>Papier du billet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="195" />
        <source>%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable e-mail address.</source>
        <translation>%1 confirmations et %2 avis de liste d'attente à envoyer ; %3 personnes ont déjà reçu le leur ; %4 sans adresse e-mail utilisable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="200" />
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>Envoyer %n message</numerusform>
            <numerusform>Envoyer %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="231" />
        <source>Type the name of your mail server.</source>
        <translation>Tapez le nom de votre serveur de messagerie.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="235" />
        <source>Type the sender address (the address people reply to).</source>
        <translation>Tapez l'adresse d'expédition (celle à laquelle on répond).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="237" />
        <source>Type the password for %1.</source>
        <translation>Tapez le mot de passe de %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271" />
        <source>Sending a test to %1…</source>
        <translation>Envoi d'un test à %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271" />
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="287" />
        <source>Stopped after %1 message(s); the others were not sent to. Sending again continues with them: nobody gets a second copy.</source>
        <translation>
            <numerusform>Arrêté après %1 message ; les autres n'ont rien reçu. Un nouvel envoi reprend avec eux : personne ne reçoit de double.</numerusform>
            <numerusform>Arrêté après %1 messages ; les autres n'ont rien reçu. Un nouvel envoi reprend avec eux : personne ne reçoit de double.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="296" />
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d'envoi…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="315" />
        <source>sent to %1</source>
        <translation>envoyé à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317" />
        <source>no e-mail address</source>
        <translation>pas d'adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317" />
        <source>malformed address</source>
        <translation>adresse mal formée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="318" />
        <source>skipped %1: %2</source>
        <translation>%1 ignoré·e : %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="320" />
        <source>NOT sent to %1: %2</source>
        <translation>PAS envoyé à %1 : %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="325" />
        <source>%1 sent, %2 failed, %3 skipped.</source>
        <translation>%1 envoyés, %2 en échec, %3 ignorés.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="330" />
        <source>Send again later: only the people who did not get theirs will be sent to.</source>
        <translation>Renvoyez plus tard : seules les personnes qui n'ont pas reçu le leur seront servies.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="332" />
        <source>Stopped; the others were not sent to.</source>
        <translation>Arrêté ; les autres n'ont rien reçu.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="334" />
        <source>Test sent to %1 (%2 messages: each kind and language).</source>
        <translation>Test envoyé à %1 (%2 messages : chaque type et chaque langue).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="337" />
        <source>Nothing was sent.</source>
        <translation>Rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="339" />
        <source>Sending failed: %1</source>
        <translation>L'envoi a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="347" />
        <source>The mail server %1 was not found.</source>
        <translation>Le serveur de messagerie %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="348" />
        <source>%1 refused the connection (check the port).</source>
        <translation>%1 a refusé la connexion (vérifiez le port).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="349" />
        <source>%1 did not answer in time.</source>
        <translation>%1 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="350" />
        <source>The secure connection to %1 failed (%2).</source>
        <translation>La connexion sécurisée à %1 a échoué (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="352" />
        <source>%1 does not offer STARTTLS.</source>
        <translation>%1 ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="353" />
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 a refusé le nom d'utilisateur ou le mot de passe (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="355" />
        <source>%1 does not offer a login.</source>
        <translation>%1 ne propose pas d'authentification.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="356" />
        <source>%1 closed the connection (%2).</source>
        <translation>%1 a fermé la connexion (%2).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="359" />
        <source>%1 answered: %2</source>
        <translation>%1 a répondu : %2</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="22" />
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="23" />
        <source>Address of the shared event on the PostgreSQL server, for example %1</source>
        <translation>Adresse de l'événement partagé sur le serveur PostgreSQL, par exemple %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="31" />
        <source>Password (leave empty if the server asks for none)</source>
        <translation>Mot de passe (laissez vide si le serveur n'en demande pas)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="33" />
        <source>The password is kept in this computer's keyring, not in the address: the desk finds it there at every start, and keeps working on its own copy if the server refuses it.</source>
        <translation>Le mot de passe est gardé dans le trousseau de cet ordinateur, pas dans l'adresse : le poste l'y retrouve à chaque démarrage, et continue sur sa propre copie si le serveur le refuse.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="65" />
        <source>The address must start with postgresql://</source>
        <translation>L'adresse doit commencer par postgresql://</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="100" />
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="102" />
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivées par 5 minutes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="104" />
        <source>Last scans</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="124" />
        <source>%1 checked in of %2 expected</source>
        <translation>%1 arrivés sur %2 attendus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="142" />
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>Day</name>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="19" />
        <source>Moderator</source>
        <translation>Modérateur·rice</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="21" />
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="23" />
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="24" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="47" />
        <source>%1 — tell the organiser</source>
        <translation>%1 — prévenez l'organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="48" />
        <source>%1 — %2 %3; tell the organiser</source>
        <translation>%1 — %2 %3 ; prévenez l'organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="58" />
        <source>%1 %2 has arrived — %3</source>
        <translation>%1 %2 est arrivé·e — %3</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="65" />
        <source>Vegetarian</source>
        <translation>Végétarien</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="66" />
        <source>Vegan</source>
        <translation>Végane</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="67" />
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="68" />
        <source>Kosher</source>
        <translation>Casher</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="69" />
        <source>Gluten-free</source>
        <translation>Sans gluten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="70" />
        <source>Lactose-free</source>
        <translation>Sans lactose</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="71" />
        <source>Nut allergy</source>
        <translation>Allergie aux noix</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="78" />
        <source>language not said</source>
        <translation>langue non précisée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="83" />
        <source>Wheelchair</source>
        <translation>Fauteuil roulant</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="85" />
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="87" />
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="90" />
        <source>Interpretation %1</source>
        <translation>Interprétation %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="91" />
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="63" />
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="64" />
        <source>Items lent</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113" />
        <source>Not in a group</source>
        <translation>Hors groupe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113" />
        <source>Select a member of the group first, or set their group in the person panel.</source>
        <translation>Sélectionnez d'abord un membre du groupe, ou indiquez son groupe dans la fiche.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="124" />
        <source>%1 badges collected by %2</source>
        <translation>%1 badges retirés par %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="126" />
        <source>They are not counted as arrived.</source>
        <translation>Ces personnes ne sont pas comptées comme arrivées.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="135" />
        <source>%1: %2 checked in</source>
        <translation>%1 : %2 accueilli·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="138" />
        <source>%1 registered, %2 arrived</source>
        <translation>%1 inscrit·e·s, %2 arrivé·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="154" />
        <location filename="../../checkin/ui/day_actions.py" line="168" />
        <source>Import programme</source>
        <translation>Importer le programme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="155" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="189" />
        <source>Remove session</source>
        <translation>Retirer la session</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="190" />
        <source>Remove “%1” from the programme?</source>
        <translation>Retirer « %1 » du programme ?</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="26" />
        <source>Interpretation receivers needed (arrived)</source>
        <translation>Récepteurs d'interprétation nécessaires (arrivé·e·s)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="27" />
        <source>Meals needed (arrived)</source>
        <translation>Repas nécessaires (arrivé·e·s)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="28" />
        <source>At the desk</source>
        <translation>À l'accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78" />
        <source>Wheelchair</source>
        <translation>Fauteuil roulant</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78" />
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="79" />
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84" />
        <source>Arrived</source>
        <translation>Arrivé·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84" />
        <source>Badges collected for others</source>
        <translation>Badges retirés pour d'autres</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="85" />
        <source>Items still out</source>
        <translation>Objets non rendus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="88" />
        <source>none yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
</context>
<context>
    <name>DayOutcome</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="64" />
        <source>Check in the group… (Ctrl+G)</source>
        <translation>Accueillir le groupe… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="114" />
        <source>%1 — %2 registered, %3 arrived</source>
        <translation>%1 — %2 inscrit·e·s, %3 arrivé·e·s</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="53" />
        <source>Ctrl+Enter admits the waitlisted person the desk shows.</source>
        <translation>Ctrl+Entrée admet la personne sur liste d'attente affichée.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="57" />
        <source>Admit from the waiting list</source>
        <translation>Admettre depuis la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="58" />
        <source>Admit %1 from the waiting list. Why? (kept in their notes)</source>
        <translation>Admettre %1 depuis la liste d'attente. Pourquoi ? (noté dans ses remarques)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="63" />
        <source>Admitted from the waiting list at %1 (%2, %3): %4</source>
        <translation>Admis·e depuis la liste d'attente à %1 (%2, %3) : %4</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="72" />
        <source>Remove this walk-in</source>
        <translation>Retirer cette inscription sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="73" />
        <source>Remove the walk-in %1? The registration is cancelled and the check-in taken back; the log keeps both.</source>
        <translation>Retirer l'inscription sur place de %1 ? L'inscription est annulée et l'arrivée aussi ; le journal garde les deux.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="89" />
        <source>Badge preview</source>
        <translation>Aperçu du badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="107" />
        <source>Test page</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="120" />
        <source>The desk was not renamed</source>
        <translation>Le poste n'a pas été renommé</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="47" />
        <source>Desk settings</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="56" />
        <source>System default printer (none on this computer)</source>
        <translation>Imprimante par défaut (aucune sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="58" />
        <source>System default printer (%1: makes files, not badges)</source>
        <translation>Imprimante par défaut (%1 : crée des fichiers, pas des badges)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="61" />
        <source>System default printer (%1)</source>
        <translation>Imprimante par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="63" />
        <source>%1 — makes files, not badges</source>
        <translation>%1 — crée des fichiers, pas des badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="68" />
        <source>%1 (not found on this computer)</source>
        <translation>%1 (introuvable sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="74" />
        <source>Print a badge on each check-in</source>
        <translation>Imprimer un badge à chaque arrivée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="85" />
        <source>Mute the sounds</source>
        <translation>Couper les sons</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="87" />
        <source>Privacy mode: show search results only, never the full list</source>
        <translation>Mode confidentiel : seulement les résultats de recherche, jamais la liste complète</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="91" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="92" />
        <source>until the next scan</source>
        <translation>jusqu'au scan suivant</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="94" />
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="99" />
        <source>Desk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="100" />
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="101" />
        <source>Badge printer</source>
        <translation>Imprimante à badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="102" />
        <source>Badge layout</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="104" />
        <source>Shift right</source>
        <translation>Décalage vers la droite</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="105" />
        <source>Shift down</source>
        <translation>Décalage vers le bas</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="106" />
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="108" />
        <source>“Next, please” after</source>
        <translation>« Au suivant » après</translation>
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
        <translation>Badge 4 × 3 po</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123" />
        <source>Card (CR80, credit-card size)</source>
        <translation>Carte (CR80, format carte bancaire)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123" />
        <source>Folded badge (A5 to A6)</source>
        <translation>Badge plié (A5 en A6)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124" />
        <source>Name label 75 × 40 mm</source>
        <translation>Étiquette nominative 75 × 40 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124" />
        <source>Name label 80 × 50 mm</source>
        <translation>Étiquette nominative 80 × 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="125" />
        <source>Name card (A4 tent card)</source>
        <translation>Chevalet nominatif (A4 plié)</translation>
    </message>
</context>
<context>
    <name>EventFileActions</name>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="35" />
        <source>The event cannot be opened</source>
        <translation>L'événement ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="41" />
        <source>This event is in %1</source>
        <translation>Cet événement est dans %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="42" />
        <source>%1 is in %2. A sync client or a network drive can damage an event file while the desk has it open, and lose check-ins. Move it to a folder on this computer and open it from there?</source>
        <translation>%1 est dans %2. Un client de synchronisation ou un lecteur réseau peut endommager un fichier d'événement ouvert par le poste et perdre des arrivées. Le déplacer dans un dossier de cet ordinateur et l'ouvrir depuis là ?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="46" />
        <source>Move it to this computer</source>
        <translation>Le déplacer sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="57" />
        <source>The event was not moved</source>
        <translation>L'événement n'a pas été déplacé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="62" />
        <source>The event now lives in %1</source>
        <translation>L'événement se trouve maintenant dans %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="66" />
        <source>Open event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="67" />
        <source>Events (*%1)</source>
        <translation>Événements (*%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="83" />
        <source>The event was not created</source>
        <translation>L'événement n'a pas été créé</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="42" />
        <source>Attendance workbook (Excel, .xlsx)</source>
        <translation>Classeur des présences (Excel, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="43" />
        <source>CSV separated by commas (.csv)</source>
        <translation>CSV séparé par des virgules (.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="44" />
        <source>CSV separated by semicolons, for French and German Excel (.csv)</source>
        <translation>CSV séparé par des points-virgules, pour Excel en français et en allemand (.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="46" />
        <source>Attendance report (PDF)</source>
        <translation>Rapport des présences (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="47" />
        <source>Anonymised statistics for funders (Excel, .xlsx; no names, small groups withheld)</source>
        <translation>Statistiques anonymisées pour les bailleurs (Excel, .xlsx ; sans noms, petits groupes masqués)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="50" />
        <source>Anonymised statistics (PDF)</source>
        <translation>Statistiques anonymisées (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="52" />
        <source>Sign-in sheet to print (PDF)</source>
        <translation>Liste de présence à imprimer (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="74" />
        <source>cannot write %1: the folder does not exist</source>
        <translation>impossible d'écrire %1 : le dossier n'existe pas</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="75" />
        <source>cannot write %1: permission denied (choose another folder)</source>
        <translation>impossible d'écrire %1 : accès refusé (choisissez un autre dossier)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="77" />
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>impossible d'écrire %1 : c'est un dossier ; donnez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="78" />
        <source>cannot write %1: it is open in Excel or LibreOffice; close it and try again</source>
        <translation>impossible d'écrire %1 : il est ouvert dans Excel ou LibreOffice ; fermez-le et réessayez</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="80" />
        <source>cannot write %1: the disk is full</source>
        <translation>impossible d'écrire %1 : le disque est plein</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="81" />
        <source>cannot write %1: the system refused</source>
        <translation>impossible d'écrire %1 : le système a refusé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="84" />
        <source>the personal data of this event were purged; only anonymised statistics remain</source>
        <translation>les données personnelles de cet événement ont été purgées ; seules les statistiques anonymisées restent</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="86" />
        <source>no statistics were kept for the checkpoint %1 when this event was purged</source>
        <translation>aucune statistique n'a été gardée pour le point de contrôle %1 lors de la purge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="88" />
        <source>%1: cannot export in this format</source>
        <translation>%1 : impossible d'exporter dans ce format</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="105" />
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="129" />
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="156" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="110" />
        <source>What to write:</source>
        <translation>Que produire :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="117" />
        <source>The personal data of this event were purged: only anonymised statistics remain.</source>
        <translation>Les données personnelles de cet événement ont été purgées : seules les statistiques anonymisées restent.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="121" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="124" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
</context>
<context>
    <name>FileOpenHandler</name>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="69" />
        <source>The desk is locked: unlock it, then open %1 again.</source>
        <translation>Le poste est verrouillé : déverrouillez-le, puis rouvrez %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="70" />
        <source>An import is running: open %1 again when it has finished.</source>
        <translation>Un import est en cours : rouvrez %1 une fois terminé.</translation>
    </message>
</context>
<context>
    <name>GroupCheckInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="37" />
        <source>Check in a group</source>
        <translation>Accueillir un groupe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="39" />
        <source>%1 — %2 registered, %3 arrived</source>
        <translation>%1 — %2 inscrit·e·s, %3 arrivé·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="49" />
        <source>Arrived at %1</source>
        <translation>Arrivé·e à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="60" />
        <source>leave empty when they are here themselves</source>
        <translation>laisser vide si les personnes sont là</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="62" />
        <source>Badges collected by</source>
        <translation>Badges retirés par</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="66" />
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="79" />
        <source>Check in the ticked people</source>
        <translation>Accueillir les personnes cochées</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="78" />
        <source>Note the badges as collected</source>
        <translation>Noter les badges comme retirés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="87" />
        <source>Tick at least one person.</source>
        <translation>Cochez au moins une personne.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="20" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="33" />
        <source>Enter: check in the highlighted person · ↑↓: move · Esc: clear</source>
        <translation>Entrée : accueillir la personne en surbrillance · ↑↓ : déplacer · Échap : effacer</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_preview.py" line="55" />
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="15" />
        <source>Last import report</source>
        <translation>Rapport du dernier import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="18" />
        <source>%1 (sheet “%2”, header on row %3)</source>
        <translation>%1 (feuille « %2 », en-tête à la ligne %3)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="31" />
        <source>No problems: every row was read.</source>
        <translation>Aucun problème : toutes les lignes ont été lues.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="79" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="173" />
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="85" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="95" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="90" />
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="84" />
        <source>Choose a spreadsheet or e-mails, or drop them here</source>
        <translation>Choisissez un tableur ou des e-mails, ou déposez-les ici</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="87" />
        <source>Mail folder…</source>
        <translation>Dossier de messagerie…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="88" />
        <source>A Maildir folder, or a folder of .eml files</source>
        <translation>Un dossier Maildir, ou un dossier de fichiers .eml</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="98" />
        <source>Cancel people who are missing from this file (uncheck for a file of additions); check-ins are kept</source>
        <translation>Annuler les personnes absentes de ce fichier (décochez pour un fichier d'ajouts) ; les arrivées sont conservées</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="102" />
        <source>The first row is a person, not a header (columns are then known by letter)</source>
        <translation>La première ligne est une personne, pas un en-tête (les colonnes sont alors désignées par leur lettre)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="117" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="118" />
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="119" />
        <source>Would be cancelled</source>
        <translation>Seraient annulées</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="146" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="147" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="174" />
        <source>Spreadsheets and e-mails (%1)</source>
        <translation>Tableurs et e-mails (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="175" />
        <source>All files, such as a mail program's mailbox (*)</source>
        <translation>Tous les fichiers, comme la boîte d'un logiciel de messagerie (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="180" />
        <source>Import registrations from a mail folder</source>
        <translation>Importer des inscriptions d'un dossier de messagerie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="259" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="285" />
        <source>columns as in your last import of this kind of file</source>
        <translation>colonnes comme lors de votre dernier import de ce type de fichier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="286" />
        <source>columns as you chose them</source>
        <translation>colonnes comme vous les avez choisies</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="287" />
        <source>columns recognised automatically</source>
        <translation>colonnes reconnues automatiquement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="289" />
        <source>Sheet “%1”, header on row %2, %3 rows; %4. Change what a column holds with the list above it.</source>
        <translation>Feuille « %1 », en-tête à la ligne %2, %3 lignes ; %4. Changez le contenu d'une colonne avec la liste au-dessus d'elle.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="292" />
        <source>Sheet “%1”, no header: the first row is a person, %2 rows; %3. Change what a column holds with the list above it.</source>
        <translation>Feuille « %1 », sans en-tête : la première ligne est une personne, %2 lignes ; %3. Changez ce que contient une colonne avec la liste au-dessus.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="295" />
        <source>Other sheets that hold a list: %1.</source>
        <translation>Autres feuilles qui contiennent une liste : %1.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="306" />
        <source>Problems below: %1; rows in red stay out.</source>
        <translation>Problèmes ci-dessous : %1 ; les lignes en rouge ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="311" />
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="313" />
        <source>Would be cancelled (%1)</source>
        <translation>Seraient annulées (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="318" />
        <source>This file would cancel %1 people who are not in it: check the list below, or uncheck “Cancel people who are missing”.</source>
        <translation>Ce fichier annulerait %1 personnes qui n'y figurent pas : vérifiez la liste ci-dessous, ou décochez « Annuler les personnes absentes ».</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="347" />
        <source>Categories (%1)</source>
        <translation>Catégories (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="380" />
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="403" />
        <source>Stopped; nothing was imported.</source>
        <translation>Arrêté ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="416" />
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="17" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="18" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="19" />
        <source>Full name (split)</source>
        <translation>Nom complet (séparé)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="20" />
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="21" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="22" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="23" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="24" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="25" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="26" />
        <source>Registration time</source>
        <translation>Date d'inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="27" />
        <source>Ticket code (other system)</source>
        <translation>Code de billet (autre système)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="28" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="29" />
        <source>Status (registered, waitlisted, cancelled)</source>
        <translation>Statut (inscrit, en liste d'attente, annulé)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="30" />
        <source>Group (registered together)</source>
        <translation>Groupe (inscrits ensemble)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="31" />
        <source>Needs (access, diet, interpretation)</source>
        <translation>Besoins (accès, régime, interprétation)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="32" />
        <source>Order (people registered together)</source>
        <translation>Commande (personnes inscrites ensemble)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="33" />
        <source>Buyer's e-mail (stands in for a missing one)</source>
        <translation>Courriel de l'acheteur (remplace celui qui manque)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="35" />
        <source>— kept as an extra field —</source>
        <translation>— gardée comme champ supplémentaire —</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="38" />
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="39" />
        <source>a folder, with no list or e-mails in it</source>
        <translation>un dossier, sans liste ni e-mails</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="40" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="41" />
        <source>not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)</source>
        <translation>pas un tableur que cette version sait lire (xlsx, xlsm, xls, ods, csv, txt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="43" />
        <source>protected by a password; save a copy without the password and import that</source>
        <translation>protégé par un mot de passe ; enregistrez une copie sans mot de passe et importez-la</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="45" />
        <source>refused: it would inflate far beyond any registration list (damaged, or a zip bomb)</source>
        <translation>refusé : il gonflerait bien au-delà d'une liste d'inscriptions (endommagé, ou bombe zip)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="47" />
        <source>more than %1 rows; split the file or delete the empty rows at its end</source>
        <translation>plus de %1 lignes ; scindez le fichier ou supprimez les lignes vides à la fin</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="49" />
        <source>a cell at %1 stretches the sheet far beyond any registration list; delete what is there (or copy the list into a new workbook) and import again</source>
        <translation>une cellule en %1 étend la feuille bien au-delà de toute liste d'inscriptions ; supprimez ce qui s'y trouve (ou copiez la liste dans un nouveau classeur) et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="52" />
        <source>no such sheet (%1)</source>
        <translation>feuille introuvable (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="53" />
        <source>no list found (no header row with rows below it)</source>
        <translation>aucune liste trouvée (pas de ligne d'en-tête suivie de lignes)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="54" />
        <source>no name column found; choose the column that holds the family or full name</source>
        <translation>aucune colonne de nom trouvée ; choisissez la colonne du nom de famille ou du nom complet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="56" />
        <source>only e-mail addresses, no names; a badge and the desk need each person's name</source>
        <translation>seulement des adresses e-mail, pas de noms ; un badge et l'accueil ont besoin du nom de chacun</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="58" />
        <source>unknown field %1</source>
        <translation>champ inconnu %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="59" />
        <source>the sheet has no column %1</source>
        <translation>la feuille n'a pas de colonne %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="60" />
        <source>could not be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="61" />
        <source>neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)</source>
        <translation>ni un tableur ni des e-mails (un fichier mbox, un dossier Maildir, un dossier de fichiers .eml)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="63" />
        <source>a mailbox with no message in it</source>
        <translation>une boîte aux lettres sans aucun message</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="64" />
        <source>Outlook .msg files, which this version does not read; drag the messages out of Outlook on the web, Thunderbird or Apple Mail (they give .eml files), or export the folder as mbox</source>
        <translation>des fichiers .msg d'Outlook, que cette version ne lit pas ; faites glisser les messages hors d'Outlook sur le web, de Thunderbird ou d'Apple Mail (ils donnent des fichiers .eml), ou exportez le dossier en mbox</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="69" />
        <source>no given or family name; skipped</source>
        <translation>ni prénom ni nom ; ignorée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="70" />
        <source>e-mail '%1' is malformed; imported without it</source>
        <translation>l'adresse e-mail « %1 » est mal formée ; importée sans elle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="71" />
        <source>same e-mail as row %2; skipped</source>
        <translation>même e-mail que la ligne %2 ; ignorée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="72" />
        <source>same name and organisation as row %2; skipped</source>
        <translation>même nom et organisation que la ligne %2 ; ignorée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="73" />
        <source>matches the same person as row %2 (%1); skipped</source>
        <translation>correspond à la même personne que la ligne %2 (%1) ; ignorée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="74" />
        <source>not a person (a total or a note: '%1'); skipped</source>
        <translation>pas une personne (un total ou une note : « %1 ») ; ignorée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="75" />
        <source>unknown category '%1'; imported as the default</source>
        <translation>catégorie inconnue « %1 » ; importée avec la catégorie par défaut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="76" />
        <source>unreadable date '%1'; imported without a registration time</source>
        <translation>date illisible « %1 » ; importée sans date d'inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="77" />
        <source>the cell holds a spreadsheet error (#REF!, #N/A…); read as empty</source>
        <translation>la cellule contient une erreur de tableur (#REF!, #N/A…) ; lue comme vide</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="79" />
        <source>invisible control characters removed</source>
        <translation>caractères de contrôle invisibles supprimés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="80" />
        <source>%1 again (as on row %2): this later row is used</source>
        <translation>%1 à nouveau (comme à la ligne %2) : cette ligne plus récente est retenue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="81" />
        <source>new category '%1'; merge it into another under Categories if it means one</source>
        <translation>nouvelle catégorie « %1 » ; fusionnez-la avec une autre sous Catégories si elle en désigne une</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="83" />
        <source>status '%1' not understood; kept as written, imported as registered</source>
        <translation>statut « %1 » non compris ; conservé tel quel, importé comme inscrit</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="85" />
        <source>'%1' split as two given names and two family names; check it</source>
        <translation>« %1 » séparé en deux prénoms et deux noms de famille ; vérifiez</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="87" />
        <source>ticket code '%1' is on several rows at once; not used to recognise any of them</source>
        <translation>le code de billet « %1 » figure sur plusieurs lignes ; il ne sert à reconnaître aucune d'elles</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="132" />
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 cancelled, %6 skipped</source>
        <translation>%1 lignes : %2 ajoutées, %3 mises à jour, %4 inchangées, %5 annulées, %6 ignorées</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="135" />
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 to cancel, %6 skipped</source>
        <translation>%1 lignes : %2 à ajouter, %3 à mettre à jour, %4 inchangées, %5 à annuler, %6 ignorées</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="146" />
        <source>%1 on the waiting list (capacity reached; first come, first served)</source>
        <translation>%1 sur liste d'attente (capacité atteinte ; premier arrivé, premier servi)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="150" />
        <source>%1 registered after the deadline (rows %2)</source>
        <translation>%1 inscrites après le délai (lignes %2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="153" />
        <source>cancelled but already checked in (kept in the attendance): %1</source>
        <translation>annulée mais déjà arrivée (gardée dans les présences) : %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="44" />
        <source>Save all badges</source>
        <translation>Enregistrer tous les badges</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="68" />
        <source>Rendering badges…</source>
        <translation>Création des badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="69" />
        <source>The badges were not rendered</source>
        <translation>Les badges n'ont pas été créés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="64" />
        <location filename="../../checkin/ui/jobs.py" line="111" />
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="79" />
        <source>The badges were written but not marked as printed</source>
        <translation>Les badges ont été écrits mais pas marqués comme imprimés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="116" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="118" />
        <source>Nothing was exported</source>
        <translation>Rien n'a été exporté</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="63" />
        <source>ID card, business card… (optional)</source>
        <translation>carte d'identité, carte de visite… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="65" />
        <source>Lend or take back an item</source>
        <translation>Prêter ou reprendre un objet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="66" />
        <source>Scan the badge, then the item. Scan an item alone to take it back.</source>
        <translation>Scannez le badge, puis l'objet. Scannez un objet seul pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="67" />
        <source>Only items still out</source>
        <translation>Seulement les objets non rendus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74" />
        <source>Phone / e-mail</source>
        <translation>Téléphone / e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <location filename="../../checkin/ui/widgets/loans_view.py" line="81" />
        <source>Deposit</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <source>Out at</source>
        <translation>Prêté à</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75" />
        <source>Returned at</source>
        <translation>Rendu à</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="128" />
        <source>Lending to %1</source>
        <translation>Prêt à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="129" />
        <source>Now scan or type the item's number.</source>
        <translation>Scannez ou tapez maintenant le numéro de l'objet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="137" />
        <source>Unknown badge or item “%1”</source>
        <translation>Badge ou objet inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="138" />
        <source>Scan the badge first, then the item.</source>
        <translation>Scannez d'abord le badge, puis l'objet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150" />
        <source>Deposit: %1</source>
        <translation>Caution : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150" />
        <source>No deposit noted.</source>
        <translation>Aucune caution notée.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="151" />
        <source>%1 lent to %2</source>
        <translation>%1 prêté à %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="156" />
        <source>%1 is already out</source>
        <translation>%1 est déjà prêté</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="157" />
        <source>With %1 since %2. Take another one, or scan it alone to take it back first.</source>
        <translation>Chez %1 depuis %2. Prenez-en un autre, ou scannez-le seul pour le reprendre d'abord.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="160" />
        <source>Give back the deposit: %1</source>
        <translation>Rendez la caution : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="161" />
        <source>No deposit to give back.</source>
        <translation>Aucune caution à rendre.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="162" />
        <source>%1 returned by %2</source>
        <translation>%1 rendu par %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="164" />
        <source>%1 is not out</source>
        <translation>%1 n'est pas prêté</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="165" />
        <source>To lend it, scan the badge first, then the item.</source>
        <translation>Pour le prêter, scannez d'abord le badge, puis l'objet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="169" />
        <source>“%1” is not one of this event's items</source>
        <translation>« %1 » n'est pas un objet de cet événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="170" />
        <source>Scan the item's label or type its number.</source>
        <translation>Scannez l'étiquette de l'objet ou tapez son numéro.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="174" />
        <source>The server cannot be reached</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="175" />
        <source>%1. Items lent need the server: note this one on paper.</source>
        <translation>%1. Les prêts passent par le serveur : notez celui-ci sur papier.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="190" />
        <source>Scan the badge — or scan an item to take it back</source>
        <translation>Scannez le badge — ou un objet pour le reprendre</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="192" />
        <source>Scan or type the item's number for %1</source>
        <translation>Scannez ou tapez le numéro de l'objet pour %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="222" />
        <source>%1 out</source>
        <translation>%1 prêtés</translation>
    </message>
</context>
<context>
    <name>LockActions</name>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47" />
        <source>Lock the desk</source>
        <translation>Verrouiller le poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47" />
        <source>Choose a PIN to unlock the desk later:</source>
        <translation>Choisissez un code PIN pour déverrouiller plus tard :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57" />
        <source>Unlock the desk</source>
        <translation>Déverrouiller le poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57" />
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="69" />
        <source>The desk stays locked. Try again in %1 s.</source>
        <translation>Le poste reste verrouillé. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="70" />
        <source>The desk stays locked.</source>
        <translation>Le poste reste verrouillé.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="71" />
        <source>Wrong PIN</source>
        <translation>Code PIN erroné</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="22" />
        <source>%1: no such mail server; check its name</source>
        <translation>%1 : ce serveur de messagerie n'existe pas ; vérifiez son nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="23" />
        <source>%1: the mail server does not answer; trying again at the next round</source>
        <translation>%1 : le serveur de messagerie ne répond pas ; nouvel essai au prochain tour</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="25" />
        <source>%1: the server's certificate is not trusted; name the certificate authority's file</source>
        <translation>%1 : le certificat du serveur n'est pas reconnu ; indiquez le fichier de l'autorité de certification</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="27" />
        <source>%1: the certificate authority's file cannot be read</source>
        <translation>%1 : le fichier de l'autorité de certification est illisible</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="29" />
        <source>%1: no encrypted connection could be made</source>
        <translation>%1 : aucune connexion chiffrée n'a pu être établie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="30" />
        <source>%1: the server offers no encryption; the password is not sent in clear</source>
        <translation>%1 : le serveur ne propose aucun chiffrement ; le mot de passe n'est pas envoyé en clair</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="32" />
        <source>%1: this is no IMAP mail server</source>
        <translation>%1 : ce n'est pas un serveur de messagerie IMAP</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="33" />
        <source>%1: the server refused the user name or the password (some providers want an app password)</source>
        <translation>%1 : le serveur a refusé le nom d'utilisateur ou le mot de passe (certains fournisseurs demandent un mot de passe d'application)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="35" />
        <source>%1: the mailbox has no such folder</source>
        <translation>%1 : la boîte n'a pas ce dossier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="36" />
        <source>%1: the connection was lost; trying again at the next round</source>
        <translation>%1 : la connexion a été perdue ; nouvel essai au prochain tour</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="38" />
        <source>%1: the server refused to hand the messages over (%2)</source>
        <translation>%1 : le serveur a refusé de remettre les messages (%2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="71" />
        <source>The registration mailbox %1 is not watched now: Event → Watch the registration mailbox… takes its new e-mails.</source>
        <translation>La boîte des inscriptions %1 n'est pas surveillée en ce moment : Événement → Surveiller la boîte des inscriptions… relève ses nouveaux e-mails.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="82" />
        <source>Watching %1 for registration e-mails</source>
        <translation>Surveillance de %1 pour les e-mails d'inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="94" />
        <source>Review fetched e-mails</source>
        <translation>Examiner les e-mails relevés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="95" />
        <source>No e-mail was fetched for this event yet: Event → Watch the registration mailbox…</source>
        <translation>Aucun e-mail n'a encore été relevé pour cet événement : Événement → Surveiller la boîte des inscriptions…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="104" />
        <source>✉ New registration e-mails: %1 (review)</source>
        <translation>✉ Nouveaux e-mails d'inscription : %1 (examiner)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="114" />
        <source>The mailbox is no longer watched: %1</source>
        <translation>La boîte n'est plus surveillée : %1</translation>
    </message>
</context>
<context>
    <name>MailImportPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="76" />
        <source>Reading the e-mails of %1…</source>
        <translation>Lecture des e-mails de %1…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="102" />
        <source>The e-mails could not be read: %1</source>
        <translation>Les e-mails n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="113" />
        <source>Stopped reading; nothing was imported.</source>
        <translation>Lecture arrêtée ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="175" />
        <source>What the decisions change could not be worked out: %1</source>
        <translation>L'effet des décisions n'a pas pu être calculé : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="189" />
        <source>Messages: %1 · people found: %2 · to import: %3 · corrected: %4 · dropped: %5 · messages that are no registration: %6</source>
        <translation>Messages : %1 · personnes trouvées : %2 · à importer : %3 · corrigées : %4 · retirées : %5 · messages qui ne sont pas des inscriptions : %6</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="193" />
        <source>Imported before, from the same messages: %1 (left as the event has them).</source>
        <translation>Importées avant, depuis les mêmes messages : %1 (laissées telles que l'événement les a).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="196" />
        <source>⚠ Waiting for your decision, as the reading is unsure of them: %1. Accept, correct or drop each (Alt+N goes to the next); Import waits until they are decided.</source>
        <translation>⚠ En attente de votre décision, car la lecture n'en est pas sûre : %1. Acceptez, corrigez ou retirez chacune (Alt+S passe à la suivante) ; l'import attend qu'elles soient décidées.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="215" />
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="216" />
        <source>Close without importing? Your decisions about %1 people would be lost.</source>
        <translation>Fermer sans importer ? Vos décisions sur %1 personnes seraient perdues.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="265" />
        <source>Imported from the e-mails: registered %2 · waiting list %3 · late %4 · updated %5 · cancelled %6 · dropped %7 · left out %8 (messages read: %1).</source>
        <translation>Importé des e-mails : inscrits %2 · liste d'attente %3 · en retard %4 · mis à jour %5 · annulés %6 · retirés %7 · laissés de côté %8 (messages lus : %1).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="233" />
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="259" />
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="277" />
        <source>Stopped; nothing was imported.</source>
        <translation>Arrêté ; rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>MailReview</name>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40" />
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Devient</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39" />
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="46" />
        <source>Registered</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="47" />
        <source>Waiting list</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="48" />
        <source>Late: after the deadline</source>
        <translation>En retard : après le délai</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="49" />
        <source>Already registered: details updated</source>
        <translation>Déjà inscrit·e : données mises à jour</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="50" />
        <source>Already registered</source>
        <translation>Déjà inscrit·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="51" />
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="52" />
        <source>Cancellation of nobody registered</source>
        <translation>Annulation d'une personne non inscrite</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="53" />
        <source>Left out unless accepted</source>
        <translation>Laissé·e de côté sauf acceptation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="54" />
        <location filename="../../checkin/ui/models/mail_review.py" line="341" />
        <source>Dropped</source>
        <translation>Retiré·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="55" />
        <source>Again: the later message counts</source>
        <translation>À nouveau : le message le plus récent compte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="56" />
        <source>Imported before, from this message</source>
        <translation>Importé·e avant, depuis ce message</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="59" />
        <source>Not a registration: automatic reply</source>
        <translation>Pas une inscription : réponse automatique</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="60" />
        <source>Not a registration: newsletter or bulk mail</source>
        <translation>Pas une inscription : lettre d'information ou envoi en masse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="61" />
        <source>Not a registration: a question</source>
        <translation>Pas une inscription : une question</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="62" />
        <source>Not a registration: the same message again</source>
        <translation>Pas une inscription : le même message à nouveau</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="63" />
        <source>Not a registration: nobody's name found</source>
        <translation>Pas une inscription : aucun nom trouvé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="64" />
        <source>Not a registration: sent from this mailbox (a reply or a sent copy)</source>
        <translation>Pas une inscription : envoyé depuis cette boîte (une réponse ou une copie envoyée)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="67" />
        <source>Not a registration: could not be read</source>
        <translation>Pas une inscription : illisible</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="68" />
        <source>Not a registration</source>
        <translation>Pas une inscription</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="311" />
        <source>Unsure: %1</source>
        <translation>Pas sûr : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="316" />
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="317" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="318" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="319" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="321" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="322" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="340" />
        <source>Not imported</source>
        <translation>Pas importé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="342" />
        <source>Corrected</source>
        <translation>Corrigé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="343" />
        <source>Accepted</source>
        <translation>Accepté·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="344" />
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="345" />
        <source>Import as read</source>
        <translation>Importé tel que lu</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="100" />
        <source>People found in the e-mails</source>
        <translation>Personnes trouvées dans les e-mails</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="112" />
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="132" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="239" />
        <source>unsure: check it</source>
        <translation>pas sûr : vérifiez</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="144" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="145" />
        <source>Import this person as shown (Alt+A)</source>
        <translation>Importer cette personne telle qu'affichée (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="146" />
        <source>&amp;Drop</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="147" />
        <source>Leave this person out (Alt+D)</source>
        <translation>Laisser cette personne de côté (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="148" />
        <source>&amp;Undo decision</source>
        <translation>Annuler la &amp;décision</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="149" />
        <source>Back to as read, corrections forgotten (Alt+U)</source>
        <translation>Revenir à la lecture, corrections oubliées (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="150" />
        <source>&amp;Next to decide</source>
        <translation>&amp;Suivante à décider</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="151" />
        <source>Go to the next person the reading is unsure of (Alt+N)</source>
        <translation>Aller à la prochaine personne dont la lecture n'est pas sûre (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="240" />
        <source>unsure: decided</source>
        <translation>pas sûr : décidé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="251" />
        <source>%1 · becomes: %2</source>
        <translation>%1 · devient : %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="270" />
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265" />
        <source>Received: %1</source>
        <translation>Reçu : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="266" />
        <location filename="../../checkin/ui/widgets/mail_review.py" line="271" />
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="293" />
        <source>%1 (unsure)</source>
        <translation>%1 (pas sûr)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="96" />
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="97" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="98" />
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="169" />
        <source>Checkin — registration desk</source>
        <translation>Checkin — accueil des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="179" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="209" />
        <source>No event is open: open the event first (Recent events or Open event file…), then scan.</source>
        <translation>Aucun événement n'est ouvert : ouvrez d'abord l'événement (Événements récents ou Ouvrir un fichier d'événement…), puis scannez.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="213" />
        <source>An import is being saved</source>
        <translation>Un import est en cours d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="214" />
        <source>Scan again in a moment.</source>
        <translation>Scannez à nouveau dans un instant.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237" />
        <source>Sounds off</source>
        <translation>Sons coupés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237" />
        <source>Sounds on</source>
        <translation>Sons activés</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Close event</source>
        <translation>Fermer l'événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Close “%1”? This desk stops checking people in until an event is opened again.</source>
        <translation>Fermer « %1 » ? Ce poste n'accueille plus personne jusqu'à ce qu'un événement soit rouvert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260" />
        <source>Quit the desk? Nobody can be checked in here until it is started again.</source>
        <translation>Quitter le poste ? Personne ne pourra être accueilli ici avant son redémarrage.</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="125" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="126" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="143" />
        <source>Nobody to send to.</source>
        <translation>Personne à qui envoyer.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="146" />
        <source>%1 of %2 — To: %3 — Subject: %4</source>
        <translation>%1 sur %2 — À : %3 — Objet : %4</translation>
    </message>
</context>
<context>
    <name>NeedFilterBox</name>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="20" />
        <source>Any need or none</source>
        <translation>Tous les besoins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="22" />
        <source>Other needs</source>
        <translation>Autres besoins</translation>
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
    <name>OrganiserActions</name>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="48" />
        <source>Last import report</source>
        <translation>Rapport du dernier import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="49" />
        <source>Nothing was imported into this event since it was opened.</source>
        <translation>Rien n'a été importé dans cet événement depuis son ouverture.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="86" />
        <source>Send confirmations</source>
        <translation>Envoyer les confirmations</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="87" />
        <source>Sending confirmations is not available here (%1).</source>
        <translation>L'envoi des confirmations n'est pas disponible ici (%1).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="107" />
        <source>Its retention date has not passed yet. </source>
        <translation>Sa date de conservation n'est pas encore passée. </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="109" />
        <source>Purge personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="110" />
        <source>Remove every name, e-mail and code of “%1”? %2Only anonymised statistics stay. This cannot be undone.</source>
        <translation>Supprimer tous les noms, e-mails et codes de « %1 » ? %2Seules les statistiques anonymisées restent. C'est irréversible.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="128" />
        <source>Nothing was purged</source>
        <translation>Rien n'a été purgé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="133" />
        <source>Personal data purged; anonymised statistics kept.</source>
        <translation>Données personnelles purgées ; statistiques anonymisées conservées.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="46" />
        <location filename="../../checkin/ui/widgets/person_panel.py" line="115" />
        <source>Nobody selected</source>
        <translation>Personne n'est sélectionné</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="60" />
        <source>delegation, or people who came together</source>
        <translation>délégation, ou personnes venues ensemble</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="61" />
        <source>wheelchair; interpretation FR; vegetarian</source>
        <translation>fauteuil roulant ; interprétation FR ; végétarien</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="62" />
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="63" />
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="64" />
        <source>Name card</source>
        <translation>Chevalet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="65" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="66" />
        <source>Remove this walk-in…</source>
        <translation>Retirer cette inscription sur place…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="67" />
        <source>Registered by mistake: cancel it and take its check-in back (nothing is deleted).</source>
        <translation>Inscrite par erreur : l'annuler et annuler son arrivée (rien n'est effacé).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="116" />
        <source>Search or scan to see a person here.</source>
        <translation>Recherchez ou scannez pour voir une personne ici.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="129" />
        <source>Badge printed at %1</source>
        <translation>Badge imprimé à %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="130" />
        <source>Badge not printed yet</source>
        <translation>Badge pas encore imprimé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="133" />
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="135" />
        <source>Walk-in</source>
        <translation>Inscrit·e sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="137" />
        <source>Notes: %1</source>
        <translation>Remarques : %1</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProgrammePreview</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="163" />
        <source>No programme found: the sheet needs a header row naming a time and a title (Time, Session, Room, People, Role).</source>
        <translation>Aucun programme trouvé : la feuille doit avoir une ligne d'en-tête avec une heure et un titre (Heure, Titre, Salle, Intervenants, Rôle).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="14" />
        <source>Row %1: nobody on the list is “%2”; left out of the session</source>
        <translation>Ligne %1 : personne ne s'appelle « %2 » dans la liste ; laissé·e hors de la session</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="16" />
        <source>Row %1: “%2” fits several people; write their e-mail instead</source>
        <translation>Ligne %1 : « %2 » correspond à plusieurs personnes ; indiquez plutôt l'e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="18" />
        <source>Row %1: the time “%2” cannot be read (write 9:10 or 9:10 – 9:20); session left out</source>
        <translation>Ligne %1 : l'heure « %2 » est illisible (écrivez 9:10 ou 9:10 – 9:20) ; session ignorée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="20" />
        <source>Row %1: “%2” comes before any session</source>
        <translation>Ligne %1 : « %2 » précède toute session</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="21" />
        <source>Row %1: unknown role “%2”; read as a speaker</source>
        <translation>Ligne %1 : rôle inconnu « %2 » ; lu comme intervenant·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="30" />
        <source>Import programme</source>
        <translation>Importer le programme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="32" />
        <source>%1 sessions with %2 people read from %3. They replace the programme of the event.</source>
        <translation>%1 sessions avec %2 personnes lues dans %3. Elles remplacent le programme de l'événement.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="37" />
        <source>Every row was read.</source>
        <translation>Toutes les lignes ont été lues.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="39" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="58" />
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="59" />
        <location filename="../../checkin/ui/widgets/result_panel.py" line="64" />
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>Scannez un badge, ou tapez un nom puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="75" />
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="85" />
        <source>Unknown code %1</source>
        <translation>Code inconnu %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="86" />
        <source>Search the person by name, or register them as a walk-in (Ctrl+N).</source>
        <translation>Cherchez la personne par son nom, ou inscrivez-la sur place (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="88" />
        <source>Badge of another event</source>
        <translation>Badge d'un autre événement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="89" />
        <source>This code belongs to a different event. Search the person by name.</source>
        <translation>Ce code appartient à un autre événement. Cherchez la personne par son nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91" />
        <source>Ask them to see the organisers' desk.</source>
        <translation>Orientez la personne vers le stand des organisateurs.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="63" />
        <source>Next, please</source>
        <translation>Au suivant, s'il vous plaît</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="71" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="76" />
        <source>Already arrived at %1 (%2)</source>
        <translation>Arrivé·e à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="77" />
        <source>Let them through. Ctrl+Z takes their arrival back if this was a mistake.</source>
        <translation>Laissez passer. Ctrl+Z annule l'arrivée en cas d'erreur.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91" />
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="93" />
        <source>On the waiting list</source>
        <translation>Sur liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="94" />
        <source>Ctrl+Enter admits them from the waiting list (with a reason), if the organisers agree.</source>
        <translation>Ctrl+Entrée l'admet depuis la liste d'attente (avec un motif), si les organisateurs sont d'accord.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="97" />
        <source>Not checked in: taken back</source>
        <translation>Pas arrivé·e : arrivée annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="98" />
        <source>An undo later in the log takes back this check-in. Check them in again now.</source>
        <translation>Une annulation plus tard dans le journal reprend cette arrivée. Accueillez la personne à nouveau maintenant.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="100" />
        <source>This code matches several people</source>
        <translation>Ce code correspond à plusieurs personnes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="101" />
        <source>Search the person by name and check them in from the list.</source>
        <translation>Cherchez la personne par son nom et accueillez-la depuis la liste.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="102" />
        <source>This is not a code</source>
        <translation>Ce n'est pas un code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="103" />
        <source>The scanner sent something unreadable. Scan again, or search by name.</source>
        <translation>Le scanner a envoyé quelque chose d'illisible. Scannez à nouveau ou cherchez par nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="108" />
        <source>Arrival taken back (check-in undone)</source>
        <translation>Arrivée annulée</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="109" />
        <source>They count as expected again.</source>
        <translation>La personne compte de nouveau comme attendue.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="110" />
        <location filename="../../checkin/ui/widgets/result_panel.py" line="114" />
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="111" />
        <source>%1 was not checked in.</source>
        <translation>%1 n'était pas arrivé·e.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="28" />
        <source>Purge personal data…</source>
        <translation>Purger les données personnelles…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="43" />
        <source>The personal data of this event were purged; only anonymised statistics remain (Export… ▸ anonymised statistics).</source>
        <translation>Les données personnelles de cet événement ont été purgées ; seules les statistiques anonymisées restent (Exporter… ▸ statistiques anonymisées).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="46" />
        <source>The retention date of this event (%1) has passed: its personal data should now be purged, keeping only anonymised statistics. Export what you still need first.</source>
        <translation>La date de conservation de cet événement (%1) est passée : ses données personnelles doivent maintenant être purgées, en ne gardant que des statistiques anonymisées. Exportez d'abord ce dont vous avez encore besoin.</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="91" />
        <source>Online</source>
        <extracomment>DeskStatus: online or offline, how many check-ins are queued, the desk name. Check-ins or undos made at other desks arrived: refresh presence and counters. Attendees (walk-ins, edits) or the event changed elsewhere: reload attendees and the search index. list[Conflict]: new on the list to check (doubles, one walk-in twice, a skewed clock, a refused record). The list to check changed (new, or marked seen at some desk). list[CheckInRecord]: the records the feed brought (a speaker arriving at another desk). list[str]: the programme, loans or badge collections changed elsewhere (their table names).</extracomment>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="95" />
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="97" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="101" />
        <source>1 check-in queued</source>
        <translation>1 arrivée en attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="103" />
        <source>%1 check-ins queued</source>
        <translation>%1 arrivées en attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="106" />
        <source>checking in on this desk's copy</source>
        <translation>accueil sur la copie de ce poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="107" />
        <source>; edits wait for the server</source>
        <translation> ; les modifications attendent le serveur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="110" />
        <source>the event was upgraded by a newer checkin: update this desk</source>
        <translation>l'événement a été mis à niveau par une version plus récente de checkin : mettez ce poste à jour</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="113" />
        <source>the server refused the user name or password</source>
        <translation>le serveur a refusé le nom d'utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="115" />
        <source>%1 check-ins the server refused: see the list to check</source>
        <translation>%1 arrivées refusées par le serveur : voir la liste à vérifier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="125" />
        <source>Offline since %1, %2 check-ins queued; edits wait for the server. Check-ins go on.</source>
        <translation>Hors ligne depuis %1, %2 arrivées en attente ; les modifications attendent le serveur. L'accueil continue.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="133" />
        <source>this computer's clock is %1 min ahead of the server's: set its time</source>
        <translation>l'horloge de cet ordinateur avance de %1 min sur celle du serveur : réglez l'heure</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="136" />
        <source>this computer's clock is %1 min behind the server's: set its time</source>
        <translation>l'horloge de cet ordinateur retarde de %1 min sur celle du serveur : réglez l'heure</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="146" />
        <source>%1: checked in at %2 at %3 and again at %4 at %5 (the first counts)</source>
        <translation>%1 : accueilli·e à %2 à %3 et de nouveau à %4 à %5 (la première compte)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="152" />
        <source>%1: registered as a walk-in at %2 and at %3; kept as one person, both badges scan</source>
        <translation>%1 : inscrit·e sur place à %2 et à %3 ; gardé·e comme une seule personne, les deux badges fonctionnent</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="159" />
        <source>The clock of %1 is %2 min ahead of the server's: times from it are corrected; set its time</source>
        <translation>L'horloge de %1 avance de %2 min sur celle du serveur : ses heures sont corrigées ; réglez son heure</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="162" />
        <source>The clock of %1 is %2 min behind the server's: times from it are corrected; set its time</source>
        <translation>L'horloge de %1 retarde de %2 min sur celle du serveur : ses heures sont corrigées ; réglez son heure</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="166" />
        <source>A check-in at %1 at %2 did not reach the server: the person is not on the server</source>
        <translation>Une arrivée à %1 à %2 n'a pas atteint le serveur : la personne n'est pas sur le serveur</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="42" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="51" />
        <source>ends at</source>
        <translation>finit à</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55" />
        <source>In person</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="59" />
        <source>Type a name to add a person</source>
        <translation>Tapez un nom pour ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="64" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="66" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="76" />
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="77" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="78" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="131" />
        <source>Choose a person from the list as you type.</source>
        <translation>Choisissez une personne dans la liste en tapant.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="140" />
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la session.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="150" />
        <source>The session must end after it starts.</source>
        <translation>La session doit finir après son début.</translation>
    </message>
</context>
<context>
    <name>SpeakersBoard</name>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Session / person</source>
        <translation>Session / personne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56" />
        <source>Arrived</source>
        <translation>Arrivé·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="70" />
        <source>Organisers' desk: tell me when a speaker or VIP arrives at any desk</source>
        <translation>Poste des organisateurs : me prévenir quand un·e intervenant·e ou un·e VIP arrive à un poste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="75" />
        <source>Import programme…</source>
        <translation>Importer le programme…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="76" />
        <source>Add session…</source>
        <translation>Ajouter une session…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="77" />
        <source>Edit session…</source>
        <translation>Modifier la session…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="78" />
        <source>Remove session</source>
        <translation>Retirer la session</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="87" />
        <source>Speakers and VIPs arrived</source>
        <translation>Intervenant·e·s et VIP arrivé·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="129" />
        <source>No programme yet: import one (time, title, room, people, role).</source>
        <translation>Pas encore de programme : importez-en un (heure, titre, salle, intervenants, rôle).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="133" />
        <source>Not arrived for %1 %2: %3</source>
        <translation>Pas encore arrivé·e·s pour %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="137" />
        <source>Everyone due within %1 minutes has arrived.</source>
        <translation>Toutes les personnes attendues d'ici %1 minutes sont arrivées.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="162" />
        <source>starts in %1 min</source>
        <translation>commence dans %1 min</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="163" />
        <source>has started</source>
        <translation>a commencé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="164" />
        <source>%1 — %2 not arrived</source>
        <translation>%1 — %2 pas arrivé·e·s</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="176" />
        <source>by video</source>
        <translation>en vidéo</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="178" />
        <source>not arrived</source>
        <translation>pas arrivé·e</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="22" />
        <source>Registration desk</source>
        <translation>Accueil des participants</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="40" />
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="41" />
        <source>Open event file…</source>
        <translation>Ouvrir un fichier d'événement…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="42" />
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="43" />
        <source>Open the sample event</source>
        <translation>Ouvrir l'événement d'exemple</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="51" />
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="33" />
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="35" />
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="37" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="38" />
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="204" />
        <source>another running desk has this name: rename one in the desk settings</source>
        <translation>un autre poste en service porte ce nom : renommez-en un dans les réglages du poste</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="42" />
        <source>Confirmation (with QR code and ticket)</source>
        <translation>Confirmation (avec code QR et billet)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="43" />
        <source>Waitlist notice</source>
        <translation>Avis de liste d'attente</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="50" />
        <source>Back to the default text</source>
        <translation>Revenir au texte par défaut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="51" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="53" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="59" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="64" />
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="65" />
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="68" />
        <source>Placeholders: %1 ({qr_image}: HTML confirmations only)</source>
        <translation>Champs : %1 ({qr_image} : confirmations HTML seulement)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="100" />
        <source>the editor</source>
        <translation>l'éditeur</translation>
    </message>
</context>
<context>
    <name>ToCheckList</name>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="21" />
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="28" />
        <source>Mark seen</source>
        <translation>Marquer comme vu</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="37" />
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121" />
        <source>Walk-in registration</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="44" />
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="46" />
        <source>wheelchair; interpretation FR; vegetarian (optional)</source>
        <translation>fauteuil roulant ; interprétation FR ; végétarien (facultatif)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="55" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="56" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="57" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="58" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="59" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="60" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="61" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="64" />
        <source>Register, check in and print</source>
        <translation>Inscrire, accueillir et imprimer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="76" />
        <source>Type at least a given or a family name.</source>
        <translation>Tapez au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="79" />
        <source>“%1” is not an e-mail address; leave it empty if unknown.</source>
        <translation>« %1 » n'est pas une adresse e-mail ; laissez vide si inconnue.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="103" />
        <source>Already registered</source>
        <translation>Déjà inscrit·e</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="104" />
        <source>This person is already registered: %1. Check them in instead?</source>
        <translation>Cette personne est déjà inscrite : %1. L'accueillir plutôt ?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="106" />
        <source>Check in %1</source>
        <translation>Accueillir %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="107" />
        <source>Register a new person anyway</source>
        <translation>Inscrire quand même une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="108" />
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121" />
        <source>Discard this walk-in? What you typed is lost.</source>
        <translation>Abandonner cette inscription sur place ? La saisie est perdue.</translation>
    </message>
</context>
<context>
    <name>WatchMailbox</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="29" />
        <source>Write the mailbox as imaps://USER@SERVER/FOLDER</source>
        <translation>Écrivez la boîte sous la forme imaps://UTILISATEUR@SERVEUR/DOSSIER</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="30" />
        <source>Name the mailbox's user, as in imaps://USER@SERVER/FOLDER</source>
        <translation>Indiquez l'utilisateur de la boîte, comme dans imaps://UTILISATEUR@SERVEUR/DOSSIER</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="31" />
        <source>Name the mail server, as in imaps://USER@SERVER/FOLDER</source>
        <translation>Indiquez le serveur de messagerie, comme dans imaps://UTILISATEUR@SERVEUR/DOSSIER</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="32" />
        <source>The port after the server's name must be a number (993 for imaps)</source>
        <translation>Le port après le nom du serveur doit être un nombre (993 pour imaps)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="34" />
        <source>Put the password in its own box, not in the address</source>
        <translation>Mettez le mot de passe dans sa propre case, pas dans l'adresse</translation>
    </message>
</context>
<context>
    <name>WatchMailboxDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="50" />
        <source>Watch the registration mailbox</source>
        <translation>Surveiller la boîte des inscriptions</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="51" />
        <source>While this event is open, the desk takes the new e-mails of this mailbox every few minutes (without marking them read) and tells you when there are some to review.</source>
        <translation>Tant que cet événement est ouvert, l'accueil relève les nouveaux e-mails de cette boîte toutes les quelques minutes (sans les marquer comme lus) et vous signale ceux à examiner.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="61" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="64" />
        <source>Only for a server with a certificate of its own organisation</source>
        <translation>Seulement pour un serveur avec un certificat de sa propre organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="66" />
        <source>&amp;Mailbox:</source>
        <translation>&amp;Boîte :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="67" />
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="68" />
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="69" />
        <source>&amp;Certificate authority (PEM file):</source>
        <translation>Autorité de &amp;certification (fichier PEM) :</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="70" />
        <source>The password is kept only while the event is open; it is never saved.</source>
        <translation>Le mot de passe n'est gardé que tant que l'événement est ouvert ; il n'est jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="93" />
        <source>Give the mailbox's password.</source>
        <translation>Indiquez le mot de passe de la boîte.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="96" />
        <source>No such file: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
</context>
</TS>