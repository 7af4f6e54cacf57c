<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>How Companion looks and speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion will speak this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion backs up your whole journal once a day while it is open, and keeps the newest ten. Backups are encrypted: your recovery code opens them, or a backup passphrase if you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, opened with my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, opened with a backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase for your backups. You need it to restore one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup passphrase first, or keep backups with your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion backup (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code opens this backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase of this backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of your journal in that backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored and checked. Use it now instead of the journal you have open? The one you have open now is kept, not deleted: it moves to a folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the restored journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored journal is in %1. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through this breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less motion: keep the circle still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Notice how you feel now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>General information, not medical advice. Made with Companion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Coping cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies for the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-page cards instead of wallet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the strategies to put on cards:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body and movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-soothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Edited on two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your other computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This text was changed on two computers before they synced. Both versions are kept until you choose. %n more after this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This text was changed on two computers before they synced. Both versions are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write in Companion stays on this computer, locked with a passphrase that only you know. Choose one you can remember: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small &amp;win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a small win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was changed somewhere else meanwhile. Your version was kept as a new entry, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture will be removed from this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That paste was not added: it is too long for one entry (%n characters). Paste a smaller part; what you had written is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to export everything in Companion. An encrypted file is safest; the other two can be read by anyone who gets the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted file (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown folder, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some group sessions have private facilitator notes. Include them in this encrypted export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is not encrypted. Anyone who can open the file can read your journal. Private facilitator notes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted export (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet. Add one on the Groups page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group is the pack for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sessions yet. Plan one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group passphrase for this pack. Tell it to members in person, not with the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group pack (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the pack to %1. Members import it with File &gt; Import and the group passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase for this file. You need it to open the file again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ, so nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion, jrnl, Day One or Daylio export (*.json *.age *.zip *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: everything in this file is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Your groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encouragement wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group agreements, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s resources, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local crisis lines, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be mentioned in shared notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are recorded by first name or alias only: no surnames, addresses or diagnoses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories of progress shared in sessions, kept with the teller&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the check-in went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins of this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The group has %n sessions. They go with it; you can undo this for a few seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not to be mentioned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories shared with consent will gather here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet agreed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support, not therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda was planned for this meeting. We will decide together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool was chosen for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies shared in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: group, date, place, facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and check-out prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space for notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to name on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved handout layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (tick, and put them in order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name these members (only those who agreed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the handout as a PDF instead? You can print the PDF later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this handout layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout saved for this group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to face this alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These show even while Companion is locked, so they are not encrypted. Keep personal contacts in your safety plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. local crisis team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, as you would dial it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers change; verify them locally.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only small wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the calendar of moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet. How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry as a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; will be removed. Entries written from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry will be removed from your journal and from search. You can undo this for a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>A hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips happen on the way to recovery, and they do not erase the days behind you. Write a little about what happened, if you like; it goes in your journal as a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what helped, what I&apos;ll try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start counting %1 again from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start counting again from this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Looking for a system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now: crisis lines and your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines, and your safety plan (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now use the restored journal: unlock it with its passphrase. The journal you had open is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Markdown Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Group Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening with the key saved on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion %1

A private journal and toolbox for recovery. Everything stays on this computer, encrypted, unless you export or sync it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Set a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the days since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Walk 5 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Alcohol-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Calendar of moods; choose a day to see its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodMapDialog</name>
    <message>
        <source>Your moods from Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio lets you name your own moods. Choose where each of yours sits on Companion&apos;s scale, from Very low to Great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>Mood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Pictures in this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is %1 MB; pictures can be up to 10 MB. Try a smaller copy of it. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be read. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a picture Companion can show, or it is damaged. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for a clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report for a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in this time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count days since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hard moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a lapse as a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You wrote on %n of the last 30 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your longest run of days in a row: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n small wins in this time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%2), over %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1, over %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones yet. You can count the days since something, or set a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (longest period: %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for writing it down. The days before still count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached %1. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter or goal disappears from Progress. Entries written about it stay in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way into your journal. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept the recovery code somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip keeping the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion recovery code.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens your Companion journal if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private. Anyone with this code and your computer can read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it, choose &quot;Use recovery code&quot; on the unlock screen and type the code. Capital letters and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the recovery code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the recovery code, nobody can open your journal if you forget your passphrase: not you, and not us. You can make a new code later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Tray and check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Companion in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so there is no icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder only says “Time for your check-in”. It never shows anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with Companion on {today}. It holds only what its owner chose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over the period: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a journal entry: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wins were marked in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping strategies used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: used {uses} times, distress down {drop} on average (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries chosen for this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is the person&apos;s own record, kept for their care. It is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal text stays private unless you tick entries below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report %1 to %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic or treatment centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book or article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: phone, e-mail, address or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name or alias, or &quot;me&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to step 5 of your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this resource?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves your directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You can find it with the Journal&apos;s search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves your notes and search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I am in danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this card where you can find it. Made with Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. My warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, moods, situations or behaviours that tell me a crisis may be coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to take my mind off things without contacting anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. People and places that help me feel better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to be with, and places to go, that can distract me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, and how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clinicians, local services and crisis lines. The crisis lines are also under Need help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that put distance between me and ways to harm myself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. My reasons for living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan for hard moments, written while you are calm. Go through the steps in order until you feel safer. If you are in danger now, use Need help now at the top right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my best strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the strategies that help me most to step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at this plan again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save as a card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the safety plan or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n strategies that have helped you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add yet. Log uses in the Toolbox with &quot;I used this&quot; to see what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in your system keyring. Anyone who can use your computer account can then open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion will open without the passphrase on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion will ask for your passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery and repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost your recovery code? Make a new one; the old one stops working. Re-encrypting changes the key of the whole journal, for example if you think someone had your recovery code or saved key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the journal for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to go on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt your journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion will encrypt the whole journal again with a new key and give you a new recovery code. The old recovery code will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found damage in your journal. Keep a copy of the vault folder and restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in note for the chosen member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (short, never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out note for the chosen member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out (short, never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strategy or a story that was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story (kept for the wall if they agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt into my toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private facilitator notes (locked): never printed, exported or synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a handout for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tool this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shared strategy to adopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in your toolbox now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Need help now: crisis lines, even when locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: heading 1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen line from step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Edit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. First…
2. Then…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by (first name or alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a little longer would be safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: this is one of the first that guessers try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync stopped unexpectedly. It will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Sync between your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion can keep your other computer up to date through a folder that a sync app you already use carries (Syncthing, Nextcloud, Dropbox) or a USB stick. Everything in that folder is encrypted with a sync passphrase you choose; the sync app never sees your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose sync folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sync folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync passphrase you chose on your first computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sync passphrase. You will type it once on each of your computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the sync passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is on. Set it up on your other computer with the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now syncs with your others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing on this computer? Your journal here stays as it is, and so do the sync folder and your other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer syncs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %n minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict in 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line about it, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line about how you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies that help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategies that help you most will appear here once you use the Toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been a while since your journal was last backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentoring check-in is due: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is time to look at your safety plan again (Safety plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have written today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet today. There is no rush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write today&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your small wins will gather here. Mark an entry as a small win to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the days since something, or set a goal, on the Progress page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (next: %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the date has passed; keep going at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1. That matters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for checking in. Feeling %1 is noted in today&apos;s entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Find a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save coping cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by how much distress went down, counting every use; a strategy used once cannot jump to the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By how much it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By how often I use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;used this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe with the pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to make it mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this starter strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(starter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: distress down %2 on average, used %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log a few uses with &quot;I used this&quot; and what works for you will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strategy to see its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the starter library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, shared by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it helps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used %n times; distress went down %1 on average.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It is yours to change now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this strategy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves your toolbox. The times you used it stay counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one strategy for the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to step 2 of your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerInputs</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Sleep, Anxiety, Took medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number (like hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scale (like 0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track what matters to you with each entry: sleep, anxiety, energy, cravings, medication. Leave any of them blank on a day; blank is never counted as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a scale from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. It appears in each entry from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tracker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will no longer appear in entries. Values you already recorded stay in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the key in your system keyring so Companion opens without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you kept when you created your journal, then choose a new passphrase. Capital letters and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <source>I used this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong was the distress, from 0 (none) to 10 (the most)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>busy_bar</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save it as a PDF instead? You can print the PDF later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it, or save it as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
