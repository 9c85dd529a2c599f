<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="18"/>
        <source>Search / scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="19"/>
        <source>Take back the arrival shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="20"/>
        <source>Register a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="21"/>
        <source>Admit from the waiting list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="22"/>
        <source>Remove this walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="23"/>
        <source>Reprint the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="24"/>
        <source>Print a name card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="25"/>
        <source>Preview the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="26"/>
        <source>Check-in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="27"/>
        <source>Attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="28"/>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="29"/>
        <source>Speakers&apos; board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="30"/>
        <source>Items lent (receivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="31"/>
        <source>Check in a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="32"/>
        <source>Import programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="33"/>
        <source>Lock the desk (kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="34"/>
        <source>Sounds on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="35"/>
        <source>Camera on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="36"/>
        <source>Desk settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="37"/>
        <source>Import registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="38"/>
        <source>Print all badges to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="39"/>
        <source>Last import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="40"/>
        <source>Watch the registration mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="41"/>
        <source>Review fetched e-mails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="42"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="43"/>
        <source>Send confirmations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="44"/>
        <source>Purge personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="45"/>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="46"/>
        <source>Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="47"/>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="48"/>
        <source>Close event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/shortcuts.py" line="50"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="70"/>
        <source>No arrivals yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsLine</name>
    <message>
        <location filename="../../checkin/ui/widgets/arrivals_line.py" line="34"/>
        <source>%1 of %2 arrived · %3 expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeListView</name>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="46"/>
        <source>Filter by name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="48"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="49"/>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="50"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/attendee_list.py" line="92"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeRowDelegate</name>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="68"/>
        <source>In since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="70"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="72"/>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/results_list.py" line="73"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="26"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="28"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="28"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/badge_preview.py" line="15"/>
        <source>Badge preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="107"/>
        <source>The video has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="110"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="130"/>
        <source>Camera: %1 — hold the code up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="148"/>
        <source>No camera found on this computer. Connect one, or scan with a USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="150"/>
        <source>The camera chosen in the desk settings is not connected. Choose another (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="152"/>
        <source>The camera cannot be opened: another program may be using it. Close it, then press Ctrl+Shift+C twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="155"/>
        <source>This computer does not allow Checkin to use the camera. Allow it in the system&apos;s privacy settings, then restart Checkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="158"/>
        <source>The camera sends no picture. Close other programs using it, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/camera_pane.py" line="159"/>
        <source>The video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraSettingsRows</name>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="29"/>
        <source>System default camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="40"/>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="49"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/camera_settings.py" line="50"/>
        <source>Camera resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancellationList</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_cancellations.py" line="22"/>
        <source>(already checked in: kept in the attendance)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryMerges</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23"/>
        <source>Category in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="23"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_categories.py" line="47"/>
        <source>a new category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="62"/>
        <source>Scan a badge or type a name, organisation or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="243"/>
        <source>No one found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="244"/>
        <source>Check the spelling, try the organisation, or register a walk-in (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="250"/>
        <source>%1 people match “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="251"/>
        <source>Choose with ↑ ↓ and press Enter to check in; Esc goes back to the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="288"/>
        <source>The arrival of %1 was already taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="290"/>
        <source>The last scan was refused: nobody was checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="292"/>
        <source>Ctrl+Z takes back the arrival shown here; there is none right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="297"/>
        <source>The badge was not printed: %1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="304"/>
        <source>No badge printed: the default printer “%1” makes files, not badges. Choose the badge printer in the desk settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="306"/>
        <source>No badge printed: this computer has no printer. Choose one in the desk settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="312"/>
        <source>This desk is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="341"/>
        <source>Changes to %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="349"/>
        <source>Your changes to %1 were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="314"/>
        <source>The event file cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/checkin_view.py" line="315"/>
        <source>%1. Reconnect the drive or reopen the event; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="65"/>
        <source>Send confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="73"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="74"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="87"/>
        <source>Send a test to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="88"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="89"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="106"/>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="112"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="115"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="115"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="116"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="122"/>
        <source>asked each time; never saved in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="125"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="128"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="129"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="130"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="131"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="132"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="134"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="135"/>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="139"/>
        <source>Who gets what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="141"/>
        <source>Also send again to people who already had theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="142"/>
        <source>Send the waitlist notice to waitlisted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="147"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="148"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="158"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="159"/>
        <source>Ticket paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="195"/>
        <source>%1 confirmations and %2 waitlist notices to send; %3 people already had theirs; %4 without a usable e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="200"/>
        <source>Send %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="231"/>
        <source>Type the name of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="235"/>
        <source>Type the sender address (the address people reply to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="237"/>
        <source>Type the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271"/>
        <source>Sending a test to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="271"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="287"/>
        <source>Stopped after %1 message(s); the others were not sent to. Sending again continues with them: nobody gets a second copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="296"/>
        <source>Stopping after the message being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="315"/>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317"/>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="317"/>
        <source>malformed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="318"/>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="320"/>
        <source>NOT sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="325"/>
        <source>%1 sent, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="330"/>
        <source>Send again later: only the people who did not get theirs will be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="332"/>
        <source>Stopped; the others were not sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="334"/>
        <source>Test sent to %1 (%2 messages: each kind and language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="337"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="339"/>
        <source>Sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="347"/>
        <source>The mail server %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="348"/>
        <source>%1 refused the connection (check the port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="349"/>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="350"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="352"/>
        <source>%1 does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="353"/>
        <source>%1 refused the user name or password (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="355"/>
        <source>%1 does not offer a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="356"/>
        <source>%1 closed the connection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_dialog.py" line="359"/>
        <source>%1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="22"/>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="23"/>
        <source>Address of the shared event on the PostgreSQL server, for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="31"/>
        <source>Password (leave empty if the server asks for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="33"/>
        <source>The password is kept in this computer&apos;s keyring, not in the address: the desk finds it there at every start, and keeps working on its own copy if the server refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/connect_server.py" line="65"/>
        <source>The address must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="100"/>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="102"/>
        <source>Arrivals per 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="104"/>
        <source>Last scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="124"/>
        <source>%1 checked in of %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/counters.py" line="142"/>
        <source> (undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Day</name>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="19"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="21"/>
        <source>Panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="23"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="24"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="47"/>
        <source>%1 — tell the organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="48"/>
        <source>%1 — %2 %3; tell the organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="58"/>
        <source>%1 %2 has arrived — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="65"/>
        <source>Vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="66"/>
        <source>Vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="67"/>
        <source>Halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="68"/>
        <source>Kosher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="69"/>
        <source>Gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="70"/>
        <source>Lactose-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="71"/>
        <source>Nut allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="78"/>
        <source>language not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="83"/>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="85"/>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="87"/>
        <source>Sign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="90"/>
        <source>Interpretation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_words.py" line="91"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="63"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="64"/>
        <source>Items lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113"/>
        <source>Not in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="113"/>
        <source>Select a member of the group first, or set their group in the person panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="124"/>
        <source>%1 badges collected by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="126"/>
        <source>They are not counted as arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="135"/>
        <source>%1: %2 checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="138"/>
        <source>%1 registered, %2 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="154"/>
        <location filename="../../checkin/ui/day_actions.py" line="168"/>
        <source>Import programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="155"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="189"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="190"/>
        <source>Remove “%1” from the programme?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="26"/>
        <source>Interpretation receivers needed (arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="27"/>
        <source>Meals needed (arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="28"/>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78"/>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="78"/>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="79"/>
        <source>Sign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="84"/>
        <source>Badges collected for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="85"/>
        <source>Items still out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_counters.py" line="88"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayOutcome</name>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="64"/>
        <source>Check in the group… (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/day_outcome.py" line="114"/>
        <source>%1 — %2 registered, %3 arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="53"/>
        <source>Ctrl+Enter admits the waitlisted person the desk shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="57"/>
        <source>Admit from the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="58"/>
        <source>Admit %1 from the waiting list. Why? (kept in their notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="63"/>
        <source>Admitted from the waiting list at %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="72"/>
        <source>Remove this walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="73"/>
        <source>Remove the walk-in %1? The registration is cancelled and the check-in taken back; the log keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="89"/>
        <source>Badge preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="107"/>
        <source>Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_actions.py" line="120"/>
        <source>The desk was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="47"/>
        <source>Desk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="56"/>
        <source>System default printer (none on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="58"/>
        <source>System default printer (%1: makes files, not badges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="61"/>
        <source>System default printer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="63"/>
        <source>%1 — makes files, not badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="68"/>
        <source>%1 (not found on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="74"/>
        <source>Print a badge on each check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="85"/>
        <source>Mute the sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="87"/>
        <source>Privacy mode: show search results only, never the full list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="91"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="92"/>
        <source>until the next scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="94"/>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="99"/>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="100"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="101"/>
        <source>Badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="102"/>
        <source>Badge layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="104"/>
        <source>Shift right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="105"/>
        <source>Shift down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="106"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="108"/>
        <source>“Next, please” after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="122"/>
        <source>A6 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="122"/>
        <source>A7 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="122"/>
        <source>4 × 3 in badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123"/>
        <source>Card (CR80, credit-card size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="123"/>
        <source>Folded badge (A5 to A6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124"/>
        <source>Name label 75 × 40 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="124"/>
        <source>Name label 80 × 50 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/desk_settings.py" line="125"/>
        <source>Name card (A4 tent card)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFileActions</name>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="35"/>
        <source>The event cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="41"/>
        <source>This event is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="42"/>
        <source>%1 is in %2. A sync client or a network drive can damage an event file while the desk has it open, and lose check-ins. Move it to a folder on this computer and open it from there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="46"/>
        <source>Move it to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="57"/>
        <source>The event was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="62"/>
        <source>The event now lives in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="66"/>
        <source>Open event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="67"/>
        <source>Events (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_actions.py" line="83"/>
        <source>The event was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="42"/>
        <source>Attendance workbook (Excel, .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="43"/>
        <source>CSV separated by commas (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="44"/>
        <source>CSV separated by semicolons, for French and German Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="46"/>
        <source>Attendance report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="47"/>
        <source>Anonymised statistics for funders (Excel, .xlsx; no names, small groups withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="50"/>
        <source>Anonymised statistics (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="52"/>
        <source>Sign-in sheet to print (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="74"/>
        <source>cannot write %1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="75"/>
        <source>cannot write %1: permission denied (choose another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="77"/>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="78"/>
        <source>cannot write %1: it is open in Excel or LibreOffice; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="80"/>
        <source>cannot write %1: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="81"/>
        <source>cannot write %1: the system refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="84"/>
        <source>the personal data of this event were purged; only anonymised statistics remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="86"/>
        <source>no statistics were kept for the checkpoint %1 when this event was purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="88"/>
        <source>%1: cannot export in this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="105"/>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="129"/>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="156"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="110"/>
        <source>What to write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="117"/>
        <source>The personal data of this event were purged: only anonymised statistics remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="121"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/export_dialog.py" line="124"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOpenHandler</name>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="69"/>
        <source>The desk is locked: unlock it, then open %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/file_open.py" line="70"/>
        <source>An import is running: open %1 again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCheckInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="37"/>
        <source>Check in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="39"/>
        <source>%1 — %2 registered, %3 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="49"/>
        <source>Arrived at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="60"/>
        <source>leave empty when they are here themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="62"/>
        <source>Badges collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="66"/>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="79"/>
        <source>Check in the ticked people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="78"/>
        <source>Note the badges as collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/group_checkin.py" line="87"/>
        <source>Tick at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/help_overlay.py" line="33"/>
        <source>Enter: check in the highlighted person · ↑↓: move · Esc: clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_preview.py" line="55"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="15"/>
        <source>Last import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="18"/>
        <source>%1 (sheet “%2”, header on row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_report_dialog.py" line="31"/>
        <source>No problems: every row was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="79"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="173"/>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="85"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="95"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="90"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="84"/>
        <source>Choose a spreadsheet or e-mails, or drop them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="87"/>
        <source>Mail folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="88"/>
        <source>A Maildir folder, or a folder of .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="98"/>
        <source>Cancel people who are missing from this file (uncheck for a file of additions); check-ins are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="102"/>
        <source>The first row is a person, not a header (columns are then known by letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="117"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="118"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="119"/>
        <source>Would be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="146"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="147"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="174"/>
        <source>Spreadsheets and e-mails (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="175"/>
        <source>All files, such as a mail program&apos;s mailbox (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="180"/>
        <source>Import registrations from a mail folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="259"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="285"/>
        <source>columns as in your last import of this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="286"/>
        <source>columns as you chose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="287"/>
        <source>columns recognised automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="289"/>
        <source>Sheet “%1”, header on row %2, %3 rows; %4. Change what a column holds with the list above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="292"/>
        <source>Sheet “%1”, no header: the first row is a person, %2 rows; %3. Change what a column holds with the list above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="295"/>
        <source>Other sheets that hold a list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="306"/>
        <source>Problems below: %1; rows in red stay out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="311"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="313"/>
        <source>Would be cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="318"/>
        <source>This file would cancel %1 people who are not in it: check the list below, or uncheck “Cancel people who are missing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="347"/>
        <source>Categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="380"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="403"/>
        <source>Stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="416"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="17"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="18"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="19"/>
        <source>Full name (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="20"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="21"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="22"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="23"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="24"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="25"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="26"/>
        <source>Registration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="27"/>
        <source>Ticket code (other system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="28"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="29"/>
        <source>Status (registered, waitlisted, cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="30"/>
        <source>Group (registered together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="31"/>
        <source>Needs (access, diet, interpretation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="32"/>
        <source>Order (people registered together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="33"/>
        <source>Buyer&apos;s e-mail (stands in for a missing one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="35"/>
        <source>— kept as an extra field —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="38"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="39"/>
        <source>a folder, with no list or e-mails in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="40"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="41"/>
        <source>not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="43"/>
        <source>protected by a password; save a copy without the password and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="45"/>
        <source>refused: it would inflate far beyond any registration list (damaged, or a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="47"/>
        <source>more than %1 rows; split the file or delete the empty rows at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="49"/>
        <source>a cell at %1 stretches the sheet far beyond any registration list; delete what is there (or copy the list into a new workbook) and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="52"/>
        <source>no such sheet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="53"/>
        <source>no list found (no header row with rows below it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="54"/>
        <source>no name column found; choose the column that holds the family or full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="56"/>
        <source>only e-mail addresses, no names; a badge and the desk need each person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="58"/>
        <source>unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="59"/>
        <source>the sheet has no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="60"/>
        <source>could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="61"/>
        <source>neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="63"/>
        <source>a mailbox with no message in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="64"/>
        <source>Outlook .msg files, which this version does not read; drag the messages out of Outlook on the web, Thunderbird or Apple Mail (they give .eml files), or export the folder as mbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="69"/>
        <source>no given or family name; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="70"/>
        <source>e-mail &apos;%1&apos; is malformed; imported without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="71"/>
        <source>same e-mail as row %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="72"/>
        <source>same name and organisation as row %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="73"/>
        <source>matches the same person as row %2 (%1); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="74"/>
        <source>not a person (a total or a note: &apos;%1&apos;); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="75"/>
        <source>unknown category &apos;%1&apos;; imported as the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="76"/>
        <source>unreadable date &apos;%1&apos;; imported without a registration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="77"/>
        <source>the cell holds a spreadsheet error (#REF!, #N/A…); read as empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="79"/>
        <source>invisible control characters removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="80"/>
        <source>%1 again (as on row %2): this later row is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="81"/>
        <source>new category &apos;%1&apos;; merge it into another under Categories if it means one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="83"/>
        <source>status &apos;%1&apos; not understood; kept as written, imported as registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="85"/>
        <source>&apos;%1&apos; split as two given names and two family names; check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="87"/>
        <source>ticket code &apos;%1&apos; is on several rows at once; not used to recognise any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="132"/>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 cancelled, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="135"/>
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 to cancel, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="146"/>
        <source>%1 on the waiting list (capacity reached; first come, first served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="150"/>
        <source>%1 registered after the deadline (rows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_words.py" line="153"/>
        <source>cancelled but already checked in (kept in the attendance): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="44"/>
        <source>Save all badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="68"/>
        <source>Rendering badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="69"/>
        <source>The badges were not rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="64"/>
        <location filename="../../checkin/ui/jobs.py" line="111"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="79"/>
        <source>The badges were written but not marked as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="116"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/jobs.py" line="118"/>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="63"/>
        <source>ID card, business card… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="65"/>
        <source>Lend or take back an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="66"/>
        <source>Scan the badge, then the item. Scan an item alone to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="67"/>
        <source>Only items still out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="74"/>
        <source>Phone / e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75"/>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="81"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75"/>
        <source>Out at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="75"/>
        <source>Returned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="128"/>
        <source>Lending to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="129"/>
        <source>Now scan or type the item&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="137"/>
        <source>Unknown badge or item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="138"/>
        <source>Scan the badge first, then the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150"/>
        <source>Deposit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="150"/>
        <source>No deposit noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="151"/>
        <source>%1 lent to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="156"/>
        <source>%1 is already out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="157"/>
        <source>With %1 since %2. Take another one, or scan it alone to take it back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="160"/>
        <source>Give back the deposit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="161"/>
        <source>No deposit to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="162"/>
        <source>%1 returned by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="164"/>
        <source>%1 is not out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="165"/>
        <source>To lend it, scan the badge first, then the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="169"/>
        <source>“%1” is not one of this event&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="170"/>
        <source>Scan the item&apos;s label or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="174"/>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="175"/>
        <source>%1. Items lent need the server: note this one on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="190"/>
        <source>Scan the badge — or scan an item to take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="192"/>
        <source>Scan or type the item&apos;s number for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/loans_view.py" line="222"/>
        <source>%1 out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockActions</name>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47"/>
        <source>Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="47"/>
        <source>Choose a PIN to unlock the desk later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57"/>
        <source>Unlock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="57"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="69"/>
        <source>The desk stays locked. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="70"/>
        <source>The desk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/lock_actions.py" line="71"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="22"/>
        <source>%1: no such mail server; check its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="23"/>
        <source>%1: the mail server does not answer; trying again at the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="25"/>
        <source>%1: the server&apos;s certificate is not trusted; name the certificate authority&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="27"/>
        <source>%1: the certificate authority&apos;s file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="29"/>
        <source>%1: no encrypted connection could be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="30"/>
        <source>%1: the server offers no encryption; the password is not sent in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="32"/>
        <source>%1: this is no IMAP mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="33"/>
        <source>%1: the server refused the user name or the password (some providers want an app password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="35"/>
        <source>%1: the mailbox has no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="36"/>
        <source>%1: the connection was lost; trying again at the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="38"/>
        <source>%1: the server refused to hand the messages over (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="71"/>
        <source>The registration mailbox %1 is not watched now: Event → Watch the registration mailbox… takes its new e-mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="82"/>
        <source>Watching %1 for registration e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="94"/>
        <source>Review fetched e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="95"/>
        <source>No e-mail was fetched for this event yet: Event → Watch the registration mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="104"/>
        <source>✉ New registration e-mails: %1 (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/mail_actions.py" line="114"/>
        <source>The mailbox is no longer watched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailImportPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="76"/>
        <source>Reading the e-mails of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="102"/>
        <source>The e-mails could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="113"/>
        <source>Stopped reading; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="175"/>
        <source>What the decisions change could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="189"/>
        <source>Messages: %1 · people found: %2 · to import: %3 · corrected: %4 · dropped: %5 · messages that are no registration: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="193"/>
        <source>Imported before, from the same messages: %1 (left as the event has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="196"/>
        <source>⚠ Waiting for your decision, as the reading is unsure of them: %1. Accept, correct or drop each (Alt+N goes to the next); Import waits until they are decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="215"/>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="216"/>
        <source>Close without importing? Your decisions about %1 people would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="265"/>
        <source>Imported from the e-mails: registered %2 · waiting list %3 · late %4 · updated %5 · cancelled %6 · dropped %7 · left out %8 (messages read: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="233"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="259"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/mail_import_page.py" line="277"/>
        <source>Stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailReview</name>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="41"/>
        <location filename="../../checkin/ui/models/mail_review.py" line="320"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="40"/>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="39"/>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="46"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="47"/>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="48"/>
        <source>Late: after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="49"/>
        <source>Already registered: details updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="50"/>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="51"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="52"/>
        <source>Cancellation of nobody registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="53"/>
        <source>Left out unless accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="54"/>
        <location filename="../../checkin/ui/models/mail_review.py" line="341"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="55"/>
        <source>Again: the later message counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="56"/>
        <source>Imported before, from this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="59"/>
        <source>Not a registration: automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="60"/>
        <source>Not a registration: newsletter or bulk mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="61"/>
        <source>Not a registration: a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="62"/>
        <source>Not a registration: the same message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="63"/>
        <source>Not a registration: nobody&apos;s name found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="64"/>
        <source>Not a registration: sent from this mailbox (a reply or a sent copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="67"/>
        <source>Not a registration: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="68"/>
        <source>Not a registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="311"/>
        <source>Unsure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="316"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="317"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="318"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="319"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="321"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="322"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="340"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="342"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="343"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="344"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/mail_review.py" line="345"/>
        <source>Import as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="100"/>
        <source>People found in the e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="112"/>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="132"/>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="239"/>
        <source>unsure: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="144"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="145"/>
        <source>Import this person as shown (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="146"/>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="147"/>
        <source>Leave this person out (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="148"/>
        <source>&amp;Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="149"/>
        <source>Back to as read, corrections forgotten (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="150"/>
        <source>&amp;Next to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="151"/>
        <source>Go to the next person the reading is unsure of (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="240"/>
        <source>unsure: decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="251"/>
        <source>%1 · becomes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265"/>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="270"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="265"/>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="266"/>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="271"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/mail_review.py" line="293"/>
        <source>%1 (unsure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="96"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="97"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="98"/>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="143"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="169"/>
        <source>Checkin — registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="179"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="209"/>
        <source>No event is open: open the event first (Recent events or Open event file…), then scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="213"/>
        <source>An import is being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="214"/>
        <source>Scan again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237"/>
        <source>Sounds off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="237"/>
        <source>Sounds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244"/>
        <source>Close event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244"/>
        <source>Close “%1”? This desk stops checking people in until an event is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="260"/>
        <source>Quit the desk? Nobody can be checked in here until it is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="125"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="126"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="143"/>
        <source>Nobody to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="146"/>
        <source>%1 of %2 — To: %3 — Subject: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedFilterBox</name>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="20"/>
        <source>Any need or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/need_filter.py" line="22"/>
        <source>Other needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="37"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="44"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="54"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="55"/>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="63"/>
        <source>Event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="64"/>
        <source>Events (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="70"/>
        <source>Give the event a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/new_event.py" line="74"/>
        <source>%1 already exists; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganiserActions</name>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="48"/>
        <source>Last import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="49"/>
        <source>Nothing was imported into this event since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="86"/>
        <source>Send confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="87"/>
        <source>Sending confirmations is not available here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="107"/>
        <source>Its retention date has not passed yet. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="109"/>
        <source>Purge personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="110"/>
        <source>Remove every name, e-mail and code of “%1”? %2Only anonymised statistics stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="128"/>
        <source>Nothing was purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/organiser_actions.py" line="133"/>
        <source>Personal data purged; anonymised statistics kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="46"/>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="115"/>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="54"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="55"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="60"/>
        <source>delegation, or people who came together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="61"/>
        <source>wheelchair; interpretation FR; vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="62"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="63"/>
        <source>Reprint badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="64"/>
        <source>Name card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="65"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="66"/>
        <source>Remove this walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="67"/>
        <source>Registered by mistake: cancel it and take its check-in back (nothing is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="116"/>
        <source>Search or scan to see a person here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="129"/>
        <source>Badge printed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="130"/>
        <source>Badge not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="133"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="135"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/person_panel.py" line="137"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/import_problems.py" line="20"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePreview</name>
    <message>
        <location filename="../../checkin/ui/day_actions.py" line="163"/>
        <source>No programme found: the sheet needs a header row naming a time and a title (Time, Session, Room, People, Role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="14"/>
        <source>Row %1: nobody on the list is “%2”; left out of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="16"/>
        <source>Row %1: “%2” fits several people; write their e-mail instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="18"/>
        <source>Row %1: the time “%2” cannot be read (write 9:10 or 9:10 – 9:20); session left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="20"/>
        <source>Row %1: “%2” comes before any session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="21"/>
        <source>Row %1: unknown role “%2”; read as a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="30"/>
        <source>Import programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="32"/>
        <source>%1 sessions with %2 people read from %3. They replace the programme of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="37"/>
        <source>Every row was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/programme_preview.py" line="39"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="58"/>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="59"/>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="64"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="75"/>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="85"/>
        <source>Unknown code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="86"/>
        <source>Search the person by name, or register them as a walk-in (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="88"/>
        <source>Badge of another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="89"/>
        <source>This code belongs to a different event. Search the person by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91"/>
        <source>Ask them to see the organisers&apos; desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="63"/>
        <source>Next, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="71"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="76"/>
        <source>Already arrived at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="77"/>
        <source>Let them through. Ctrl+Z takes their arrival back if this was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="91"/>
        <source>Registration cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="93"/>
        <source>On the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="94"/>
        <source>Ctrl+Enter admits them from the waiting list (with a reason), if the organisers agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="97"/>
        <source>Not checked in: taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="98"/>
        <source>An undo later in the log takes back this check-in. Check them in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="100"/>
        <source>This code matches several people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="101"/>
        <source>Search the person by name and check them in from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="102"/>
        <source>This is not a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="103"/>
        <source>The scanner sent something unreadable. Scan again, or search by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="108"/>
        <source>Arrival taken back (check-in undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="109"/>
        <source>They count as expected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="110"/>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="114"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/result_panel.py" line="111"/>
        <source>%1 was not checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="28"/>
        <source>Purge personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="43"/>
        <source>The personal data of this event were purged; only anonymised statistics remain (Export… ▸ anonymised statistics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/retention_banner.py" line="46"/>
        <source>The retention date of this event (%1) has passed: its personal data should now be purged, keeping only anonymised statistics. Export what you still need first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="91"/>
        <source>Online</source>
        <extracomment>DeskStatus: online or offline, how many check-ins are queued, the desk name. Check-ins or undos made at other desks arrived: refresh presence and counters. Attendees (walk-ins, edits) or the event changed elsewhere: reload attendees and the search index. list[Conflict]: new on the list to check (doubles, one walk-in twice, a skewed clock, a refused record). The list to check changed (new, or marked seen at some desk). list[CheckInRecord]: the records the feed brought (a speaker arriving at another desk). list[str]: the programme, loans or badge collections changed elsewhere (their table names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="95"/>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="97"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="101"/>
        <source>1 check-in queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="103"/>
        <source>%1 check-ins queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="106"/>
        <source>checking in on this desk&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="107"/>
        <source>; edits wait for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="110"/>
        <source>the event was upgraded by a newer checkin: update this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="113"/>
        <source>the server refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="115"/>
        <source>%1 check-ins the server refused: see the list to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="125"/>
        <source>Offline since %1, %2 check-ins queued; edits wait for the server. Check-ins go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="133"/>
        <source>this computer&apos;s clock is %1 min ahead of the server&apos;s: set its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="136"/>
        <source>this computer&apos;s clock is %1 min behind the server&apos;s: set its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="146"/>
        <source>%1: checked in at %2 at %3 and again at %4 at %5 (the first counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="152"/>
        <source>%1: registered as a walk-in at %2 and at %3; kept as one person, both badges scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="159"/>
        <source>The clock of %1 is %2 min ahead of the server&apos;s: times from it are corrected; set its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="162"/>
        <source>The clock of %1 is %2 min behind the server&apos;s: times from it are corrected; set its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="166"/>
        <source>A check-in at %1 at %2 did not reach the server: the person is not on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="42"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="51"/>
        <source>ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="55"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="59"/>
        <source>Type a name to add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="64"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="66"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="76"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="77"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="78"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="131"/>
        <source>Choose a person from the list as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="140"/>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/session_editor.py" line="150"/>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersBoard</name>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56"/>
        <source>Session / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="56"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="70"/>
        <source>Organisers&apos; desk: tell me when a speaker or VIP arrives at any desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="75"/>
        <source>Import programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="76"/>
        <source>Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="77"/>
        <source>Edit session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="78"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="87"/>
        <source>Speakers and VIPs arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="129"/>
        <source>No programme yet: import one (time, title, room, people, role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="133"/>
        <source>Not arrived for %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="137"/>
        <source>Everyone due within %1 minutes has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="162"/>
        <source>starts in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="163"/>
        <source>has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="164"/>
        <source>%1 — %2 not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="176"/>
        <source>by video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/speakers_board.py" line="178"/>
        <source>not arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="22"/>
        <source>Registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="40"/>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="41"/>
        <source>Open event file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="42"/>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="43"/>
        <source>Open the sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/start_page.py" line="51"/>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="33"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="35"/>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="37"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/models/attendee_table.py" line="38"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <location filename="../../checkin/ui/server_status.py" line="204"/>
        <source>another running desk has this name: rename one in the desk settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="42"/>
        <source>Confirmation (with QR code and ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="43"/>
        <source>Waitlist notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="50"/>
        <source>Back to the default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="51"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="53"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="59"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="64"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="65"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="68"/>
        <source>Placeholders: %1 ({qr_image}: HTML confirmations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/confirmations_editor.py" line="100"/>
        <source>the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToCheckList</name>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="21"/>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/widgets/to_check.py" line="28"/>
        <source>Mark seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="37"/>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121"/>
        <source>Walk-in registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="44"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="46"/>
        <source>wheelchair; interpretation FR; vegetarian (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="55"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="56"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="57"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="58"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="59"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="60"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="61"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="64"/>
        <source>Register, check in and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="76"/>
        <source>Type at least a given or a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="79"/>
        <source>“%1” is not an e-mail address; leave it empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="103"/>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="104"/>
        <source>This person is already registered: %1. Check them in instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="106"/>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="107"/>
        <source>Register a new person anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="108"/>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="121"/>
        <source>Discard this walk-in? What you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchMailbox</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="29"/>
        <source>Write the mailbox as imaps://USER@SERVER/FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="30"/>
        <source>Name the mailbox&apos;s user, as in imaps://USER@SERVER/FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="31"/>
        <source>Name the mail server, as in imaps://USER@SERVER/FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="32"/>
        <source>The port after the server&apos;s name must be a number (993 for imaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="34"/>
        <source>Put the password in its own box, not in the address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchMailboxDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="50"/>
        <source>Watch the registration mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="51"/>
        <source>While this event is open, the desk takes the new e-mails of this mailbox every few minutes (without marking them read) and tells you when there are some to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="61"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="64"/>
        <source>Only for a server with a certificate of its own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="66"/>
        <source>&amp;Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="67"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="68"/>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="69"/>
        <source>&amp;Certificate authority (PEM file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="70"/>
        <source>The password is kept only while the event is open; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="93"/>
        <source>Give the mailbox&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/watch_mailbox.py" line="96"/>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
