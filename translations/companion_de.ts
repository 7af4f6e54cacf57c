<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>How Companion looks and speaks</source>
        <translation>Wie Companion aussieht und spricht</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Volle Bewegung</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Companion will speak this language the next time it starts.</source>
        <translation>Companion spricht diese Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Companion backs up your whole journal once a day while it is open, and keeps the newest ten. Backups are encrypted: your recovery code opens them, or a backup passphrase if you choose one.</source>
        <translation>Companion sichert dein ganzes Journal einmal am Tag, solange es geöffnet ist, und behält die zehn neuesten Sicherungen. Sicherungen sind verschlüsselt: Dein Wiederherstellungscode öffnet sie – oder eine Sicherungs-Passphrase, wenn du eine wählst.</translation>
    </message>
    <message>
        <source>Daily, opened with my recovery code</source>
        <translation>Täglich, geöffnet mit meinem Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Daily, opened with a backup passphrase</source>
        <translation>Täglich, geöffnet mit einer Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Choose backup folder…</source>
        <translation>Sicherungsordner wählen…</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>Den Standardordner verwenden</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>A passphrase for your backups. You need it to restore one:</source>
        <translation>Eine Passphrase für deine Sicherungen. Du brauchst sie, um eine wiederherzustellen:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Noch einmal eingeben:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Choose a backup passphrase first, or keep backups with your recovery code.</source>
        <translation>Wähle zuerst eine Sicherungs-Passphrase, oder sichere weiter mit deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Companion backup (*.age)</source>
        <translation>Companion-Sicherung (*.age)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Your recovery code opens this backup:</source>
        <translation>Dein Wiederherstellungscode öffnet diese Sicherung:</translation>
    </message>
    <message>
        <source>The backup passphrase of this backup:</source>
        <translation>Die Sicherungs-Passphrase dieser Sicherung:</translation>
    </message>
    <message>
        <source>The passphrase of your journal in that backup:</source>
        <translation>Die Passphrase deines Journals in dieser Sicherung:</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup is restored and checked. Use it now instead of the journal you have open? The one you have open now is kept, not deleted: it moves to a folder beside it.</source>
        <translation>Die Sicherung ist wiederhergestellt und geprüft. Jetzt sie statt des geöffneten Journals verwenden? Das jetzt geöffnete bleibt erhalten und wird nicht gelöscht: Es wandert in einen Ordner daneben.</translation>
    </message>
    <message>
        <source>Use the restored journal</source>
        <translation>Das wiederhergestellte Journal verwenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>The restored journal is in %1. Nothing else was changed.</source>
        <translation>Das wiederhergestellte Journal liegt in %1. Sonst wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtakt</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Drück auf „Start“, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Breathing instruction</source>
        <translation>Atemanleitung</translation>
    </message>
    <message>
        <source>Progress through this breath</source>
        <translation>Fortschritt dieses Atemzugs</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Less motion: keep the circle still</source>
        <translation>Weniger Bewegung: Der Kreis bleibt still</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or stop the breathing pacer</source>
        <translation>Den Atemtakt starten oder anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Well done. Notice how you feel now.</source>
        <translation>Gut gemacht. Spür nach, wie es dir jetzt geht.</translation>
    </message>
    <message>
        <source>Breathe in… %1 s</source>
        <translation>Einatmen … %1 s</translation>
    </message>
    <message>
        <source>Hold… %1 s</source>
        <translation>Halten … %1 s</translation>
    </message>
    <message>
        <source>Breathe out… %1 s</source>
        <translation>Ausatmen … %1 s</translation>
    </message>
    <message>
        <source>Rest… %1 s</source>
        <translation>Pause … %1 s</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>General information, not medical advice. Made with Companion.</source>
        <translation>Allgemeine Informationen, keine medizinische Beratung. Erstellt mit Companion.</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Coping cards</source>
        <translation>Skills-Karten</translation>
    </message>
    <message>
        <source>Strategies for the cards</source>
        <translation>Strategien für die Karten</translation>
    </message>
    <message>
        <source>Full-page cards instead of wallet size</source>
        <translation>Ganzseitige Karten statt Kartenformat</translation>
    </message>
    <message>
        <source>Tick the strategies to put on cards:</source>
        <translation>Hake die Strategien an, die auf Karten sollen:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Grounding</source>
        <translation>Erdung</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Body and movement</source>
        <translation>Körper und Bewegung</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation>Ablenkung</translation>
    </message>
    <message>
        <source>Self-soothing</source>
        <translation>Sich selbst beruhigen</translation>
    </message>
    <message>
        <source>Thinking skills</source>
        <translation>Denkstrategien</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Alltagsstruktur</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as a table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Auf zwei Computern bearbeitet</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>From your other computer</source>
        <translation>Von deinem anderen Computer</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>Die von diesem Computer behalten</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Die andere behalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>This was deleted on one computer while it was changed on the other. It is kept until you choose.</source>
        <translation>Dies wurde auf einem Computer gelöscht, während es auf dem anderen geändert wurde. Es bleibt erhalten, bis du wählst.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n more after this one.</source>
        <translation>
            <numerusform>Danach folgt noch %n weiterer.</numerusform>
            <numerusform>Danach folgen noch %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on this computer</source>
        <translation>Auf diesem Computer gelöscht</translation>
    </message>
    <message>
        <source>Deleted on the other computer</source>
        <translation>Auf dem anderen Computer gelöscht</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>This text was changed on two computers before they synced. Both versions are kept until you choose.</source>
        <translation>Dieser Text wurde auf zwei Computern geändert, bevor sie synchronisiert haben. Beide Fassungen bleiben erhalten, bis du wählst.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your private journal</source>
        <translation>Lege dein privates Journal an</translation>
    </message>
    <message>
        <source>Everything you write in Companion stays on this computer, locked with a passphrase that only you know. Choose one you can remember: a few unrelated words work well.</source>
        <translation>Alles, was du in Companion schreibst, bleibt auf diesem Computer, verschlossen mit einer Passphrase, die nur du kennst. Wähle eine, die du dir merken kannst: Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>&amp;Noch einmal eingeben</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Mein Journal anlegen</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Die beiden Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wähle eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Gib sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>A small &amp;win</source>
        <translation>Ein kleiner &amp;Erfolg</translation>
    </message>
    <message>
        <source>Mark as a small win</source>
        <translation>Als kleinen Erfolg markieren</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>Was geht dir durch den Kopf?</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Überschrift %1</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Noch nicht gespeichert …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>This entry was changed somewhere else meanwhile. Your version was kept as a new entry, so nothing is lost.</source>
        <translation>Dieser Eintrag wurde inzwischen an anderer Stelle geändert. Deine Fassung wurde als neuer Eintrag gespeichert, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation>Dieses Bild entfernen?</translation>
    </message>
    <message>
        <source>The picture will be removed from this entry.</source>
        <translation>Das Bild wird aus diesem Eintrag entfernt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation>Dieses Bild konnte nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>That paste was not added: it is too long for one entry (%n characters). Paste a smaller part; what you had written is unchanged.</source>
        <translation>
            <numerusform>Das Eingefügte wurde nicht übernommen: Es ist zu lang für einen Eintrag (%n Zeichen). Füge einen kleineren Teil ein; was du geschrieben hattest, ist unverändert.</numerusform>
            <numerusform>Das Eingefügte wurde nicht übernommen: Es ist zu lang für einen Eintrag (%n Zeichen). Füge einen kleineren Teil ein; was du geschrieben hattest, ist unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose how to export everything in Companion. An encrypted file is safest; the other two can be read by anyone who gets the file.</source>
        <translation>Wähle, wie alles aus Companion exportiert werden soll. Eine verschlüsselte Datei ist am sichersten; die beiden anderen kann jeder lesen, der die Datei bekommt.</translation>
    </message>
    <message>
        <source>Encrypted file (age)</source>
        <translation>Verschlüsselte Datei (age)</translation>
    </message>
    <message>
        <source>JSON file, not encrypted</source>
        <translation>JSON-Datei, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Markdown folder, not encrypted</source>
        <translation>Markdown-Ordner, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Some group sessions have private facilitator notes. Include them in this encrypted export?</source>
        <translation>Einige Gruppentreffen haben private Notizen der Leitung. Sollen sie in diesen verschlüsselten Export?</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Private Notizen einschließen</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>This export is not encrypted. Anyone who can open the file can read your journal. Private facilitator notes are left out.</source>
        <translation>Dieser Export ist nicht verschlüsselt. Wer die Datei öffnen kann, kann dein Journal lesen. Private Notizen der Leitung werden weggelassen.</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Ohne Verschlüsselung exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Encrypted export (*.age)</source>
        <translation>Verschlüsselter Export (*.age)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Ordner (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>There are no groups yet. Add one on the Groups page first.</source>
        <translation>Es gibt noch keine Gruppen. Lege zuerst auf der Seite „Gruppen“ eine an.</translation>
    </message>
    <message>
        <source>Group pack</source>
        <translation>Gruppenpaket</translation>
    </message>
    <message>
        <source>Which group is the pack for?</source>
        <translation>Für welche Gruppe ist das Paket?</translation>
    </message>
    <message>
        <source>%1 has no sessions yet. Plan one first.</source>
        <translation>%1 hat noch keine Treffen. Plane zuerst eines.</translation>
    </message>
    <message>
        <source>A group passphrase for this pack. Tell it to members in person, not with the file:</source>
        <translation>Eine Gruppen-Passphrase für dieses Paket. Sag sie den Mitgliedern persönlich, nicht zusammen mit der Datei:</translation>
    </message>
    <message>
        <source>Save the group pack</source>
        <translation>Das Gruppenpaket speichern</translation>
    </message>
    <message>
        <source>Group pack (*.age)</source>
        <translation>Gruppenpaket (*.age)</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Das Paket wird geschrieben …</translation>
    </message>
    <message>
        <source>Wrote the pack to %1. Members import it with File &gt; Import and the group passphrase.</source>
        <translation>Das Paket wurde in %1 gespeichert. Mitglieder importieren es mit Datei &gt; Importieren und der Gruppen-Passphrase.</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <source>A passphrase for this file. You need it to open the file again:</source>
        <translation>Eine Passphrase für diese Datei. Du brauchst sie, um die Datei wieder zu öffnen:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Noch einmal eingeben:</translation>
    </message>
    <message>
        <source>The two passphrases differ, so nothing was exported.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein, deshalb wurde nichts exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>Einen Ordner mit Markdown-Notizen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Companion, jrnl, Day One or Daylio export (*.json *.age *.zip *.csv)</source>
        <translation>Export aus Companion, jrnl, Day One oder Daylio (*.json *.age *.zip *.csv)</translation>
    </message>
    <message>
        <source>The passphrase of this file:</source>
        <translation>Die Passphrase dieser Datei:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing new to import: everything in this file is already here.</source>
        <translation>Nichts Neues zu importieren: Alles aus dieser Datei ist schon da.</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Diese Datei enthält:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>%n Datensatz importiert.</numerusform>
            <numerusform>%n Datensätze importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>Etwas ist schiefgegangen, und nichts wurde verändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Your groups</source>
        <translation>Deine Gruppen</translation>
    </message>
    <message>
        <source>No groups yet. Add the peer-support group you go to or run with New group.</source>
        <translation>Noch keine Gruppen. Füge die Selbsthilfegruppe, die du besuchst oder leitest, mit „Neue Gruppe“ hinzu.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Encouragement wall</source>
        <translation>Ermutigungswand</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>When it meets</source>
        <translation>Wann sie sich trifft</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <source>Group agreements, one per line</source>
        <translation>Gruppenvereinbarungen, eine pro Zeile</translation>
    </message>
    <message>
        <source>The group&apos;s resources, one per line</source>
        <translation>Anlaufstellen der Gruppe, eine pro Zeile</translation>
    </message>
    <message>
        <source>Local crisis lines, one per line</source>
        <translation>Örtliche Krisentelefone, eines pro Zeile</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Gruppe speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Trifft sich</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <source>No members yet. Add people by first name or alias.</source>
        <translation>Noch keine Mitglieder. Füge Menschen mit Vornamen oder Spitznamen hinzu.</translation>
    </message>
    <message>
        <source>First name or alias</source>
        <translation>Vorname oder Spitzname</translation>
    </message>
    <message>
        <source>Contact note (optional)</source>
        <translation>Kontaktnotiz (optional)</translation>
    </message>
    <message>
        <source>Agrees to be mentioned in shared notes</source>
        <translation>Ist einverstanden, in geteilten Notizen erwähnt zu werden</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Members are recorded by first name or alias only: no surnames, addresses or diagnoses.</source>
        <translation>Mitglieder werden nur mit Vornamen oder Spitznamen erfasst: keine Nachnamen, Adressen oder Diagnosen.</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Treffen, neueste zuerst</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the next one with New session.</source>
        <translation>Noch keine Treffen. Plane das nächste mit „Neues Treffen“.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Stories of progress shared in sessions, kept with the teller&apos;s agreement.</source>
        <translation>Geschichten über Fortschritte, in Treffen geteilt und mit Zustimmung der Erzählenden aufbewahrt.</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Mentoring-Tandems</translation>
    </message>
    <message>
        <source>No mentoring pairs yet. Pair two members who agreed.</source>
        <translation>Noch keine Mentoring-Tandems. Bilde ein Tandem aus zwei Mitgliedern, die zugestimmt haben.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Begleitete Person</translation>
    </message>
    <message>
        <source>Both agreed</source>
        <translation>Beide haben zugestimmt</translation>
    </message>
    <message>
        <source>Pair them</source>
        <translation>Zum Tandem machen</translation>
    </message>
    <message>
        <source>How the check-in went</source>
        <translation>Wie das Gespräch lief</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Ein Gespräch festhalten</translation>
    </message>
    <message>
        <source>Check-ins of this pair</source>
        <translation>Gespräche dieses Tandems</translation>
    </message>
    <message>
        <source>No check-ins logged for this pair yet.</source>
        <translation>Für dieses Tandem ist noch kein Austausch festgehalten.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete this group?</source>
        <translation>Diese Gruppe löschen?</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n sessions. They go with it; you can undo this for a few seconds.</source>
        <translation>
            <numerusform>Die Gruppe hat %n Treffen. Es wird mit ihr entfernt; du kannst das ein paar Sekunden lang rückgängig machen.</numerusform>
            <numerusform>Die Gruppe hat %n Treffen. Sie werden mit ihr entfernt; du kannst das ein paar Sekunden lang rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(not to be mentioned)</source>
        <translation>(nicht erwähnen)</translation>
    </message>
    <message>
        <source>Save the group first.</source>
        <translation>Speichere zuerst die Gruppe.</translation>
    </message>
    <message>
        <source>Stories shared with consent will gather here.</source>
        <translation>Geschichten, die mit Zustimmung geteilt wurden, sammeln sich hier.</translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1 begleitet %2</translation>
    </message>
    <message>
        <source>(not yet agreed)</source>
        <translation>(noch nicht vereinbart)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Peer support, not therapy.</source>
        <translation>Selbsthilfe unter Betroffenen, keine Therapie.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>No agenda was planned for this meeting. We will decide together.</source>
        <translation>Für dieses Treffen wurde kein Ablauf geplant. Wir entscheiden gemeinsam.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation>Unsere Vereinbarungen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation>Werkzeug der Woche</translation>
    </message>
    <message>
        <source>No tool was chosen for this week.</source>
        <translation>Für diese Woche wurde kein Werkzeug gewählt.</translation>
    </message>
    <message>
        <source>Strategies shared in the group</source>
        <translation>In der Gruppe geteilte Strategien</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Wenn du jetzt Hilfe brauchst</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Facilitators: {names}</source>
        <translation>Leitung: {names}</translation>
    </message>
    <message>
        <source>Handout: {topic} ({day})</source>
        <translation>Handout: {topic} ({day})</translation>
    </message>
    <message>
        <source>Header: group, date, place, facilitators</source>
        <translation>Kopf: Gruppe, Datum, Ort, Leitung</translation>
    </message>
    <message>
        <source>Timed agenda</source>
        <translation>Ablauf mit Zeiten</translation>
    </message>
    <message>
        <source>Group agreements</source>
        <translation>Gruppenvereinbarungen</translation>
    </message>
    <message>
        <source>Check-in and check-out prompts</source>
        <translation>Fragen zum Ankommen und zum Abschluss</translation>
    </message>
    <message>
        <source>Shared strategies</source>
        <translation>Geteilte Strategien</translation>
    </message>
    <message>
        <source>Resources and crisis lines</source>
        <translation>Anlaufstellen und Krisentelefone</translation>
    </message>
    <message>
        <source>Space for notes</source>
        <translation>Platz für Notizen</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Sections, in order</source>
        <translation>Abschnitte, in Reihenfolge</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Members to name on the handout</source>
        <translation>Mitglieder, die im Handout genannt werden</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Saved handout layouts</source>
        <translation>Gespeicherte Handout-Layouts</translation>
    </message>
    <message>
        <source>Save this layout…</source>
        <translation>Dieses Layout speichern…</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Handout-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sections (tick, and put them in order):</source>
        <translation>Abschnitte (anhaken und in Reihenfolge bringen):</translation>
    </message>
    <message>
        <source>Name these members (only those who agreed):</source>
        <translation>Diese Mitglieder nennen (nur die, die zugestimmt haben):</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Handout speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved there. Choose another folder.</source>
        <translation>Das Handout konnte dort nicht gespeichert werden. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>Kein Drucker gefunden</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the handout as a PDF instead? You can print the PDF later.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Das Handout stattdessen als PDF speichern? Du kannst das PDF später drucken.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved layouts…</source>
        <translation>Gespeicherte Layouts…</translation>
    </message>
    <message>
        <source>Save this layout</source>
        <translation>Dieses Layout speichern</translation>
    </message>
    <message>
        <source>A name for this handout layout:</source>
        <translation>Ein Name für dieses Handout-Layout:</translation>
    </message>
    <message>
        <source>Layout saved for this group.</source>
        <translation>Layout für diese Gruppe gespeichert.</translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Need help now</source>
        <translation>Ich brauche jetzt Hilfe</translation>
    </message>
    <message>
        <source>You don&apos;t have to face this alone.</source>
        <translation>Du musst das nicht allein durchstehen.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation>Land für Krisentelefone</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <source>Your own lines</source>
        <translation>Deine eigenen Nummern</translation>
    </message>
    <message>
        <source>These show even while Companion is locked, so they are not encrypted. Keep personal contacts in your safety plan instead.</source>
        <translation>Diese werden auch angezeigt, während Companion gesperrt ist, und sind deshalb nicht verschlüsselt. Persönliche Kontakte gehören besser in deinen Sicherheitsplan.</translation>
    </message>
    <message>
        <source>Your own crisis lines</source>
        <translation>Deine eigenen Krisentelefone</translation>
    </message>
    <message>
        <source>Name, e.g. local crisis team</source>
        <translation>Name, z. B. örtlicher Krisendienst</translation>
    </message>
    <message>
        <source>Name of the line</source>
        <translation>Name der Hotline</translation>
    </message>
    <message>
        <source>Number, as you would dial it</source>
        <translation>Nummer, so wie du sie wählen würdest</translation>
    </message>
    <message>
        <source>Number of the line</source>
        <translation>Nummer der Hotline</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this line</source>
        <translation>Diese Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Meinen Sicherheitsplan öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf %1 an.</translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation>Quelle: %1. %2</translation>
    </message>
    <message>
        <source>Numbers change; verify them locally.</source>
        <translation>Nummern ändern sich; prüfe sie vor Ort nach.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Dein Journal durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Dein Journal durchsuchen</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Einträge mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Show entries with mood</source>
        <translation>Einträge mit dieser Stimmung anzeigen</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>Wins only</source>
        <translation>Nur Erfolge</translation>
    </message>
    <message>
        <source>Show only small wins</source>
        <translation>Nur kleine Erfolge anzeigen</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Show only entries between two dates</source>
        <translation>Nur Einträge zwischen zwei Daten anzeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the calendar of moods</source>
        <translation>Den Stimmungskalender anzeigen</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <source>a small win</source>
        <translation>ein kleiner Erfolg</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No entries yet. How are you today?</source>
        <translation>Noch keine Einträge. Wie geht es dir heute?</translation>
    </message>
    <message>
        <source>Blank entry</source>
        <translation>Leerer Eintrag</translation>
    </message>
    <message>
        <source>From a prompt</source>
        <translation>Nach einem Impuls</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Nach einer Vorlage</translation>
    </message>
    <message>
        <source>Remove a template</source>
        <translation>Eine Vorlage entfernen</translation>
    </message>
    <message>
        <source>Save this entry as a template…</source>
        <translation>Diesen Eintrag als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>A name for this template:</source>
        <translation>Ein Name für diese Vorlage:</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Als Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove this template?</source>
        <translation>Diese Vorlage entfernen?</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; will be removed. Entries written from it stay.</source>
        <translation>Die Vorlage „%1“ wird entfernt. Einträge, die du damit geschrieben hast, bleiben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>The entry will be removed from your journal and from search. You can undo this for a few seconds.</source>
        <translation>Der Eintrag wird aus deinem Journal und aus der Suche entfernt. Du kannst das ein paar Sekunden lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Nichts gefunden. Versuch es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>A hard moment</source>
        <translation>Ein schwerer Moment</translation>
    </message>
    <message>
        <source>Slips happen on the way to recovery, and they do not erase the days behind you. Write a little about what happened, if you like; it goes in your journal as a reflection.</source>
        <translation>Rückschläge gehören zum Weg der Genesung, und sie löschen die Tage hinter dir nicht aus. Schreib ein wenig darüber, was passiert ist, wenn du magst; es kommt als Rückblick in dein Journal.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>What happened, what helped, what I&apos;ll try next</source>
        <translation>Was passiert ist, was geholfen hat, was ich als Nächstes versuche</translation>
    </message>
    <message>
        <source>Start counting %1 again from this day</source>
        <translation>%1 ab diesem Tag neu zählen</translation>
    </message>
    <message>
        <source>Start counting again from this day</source>
        <translation>Ab diesem Tag neu zählen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Looking for a system keyring…</source>
        <translation>Schlüsselbund des Systems wird gesucht …</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Werkzeugkasten</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Ich brauche jetzt Hilfe</translation>
    </message>
    <message>
        <source>Need help now: crisis lines and your safety plan</source>
        <translation>Ich brauche jetzt Hilfe: Krisentelefone und dein Sicherheitsplan</translation>
    </message>
    <message>
        <source>Crisis lines, and your safety plan (Ctrl+Shift+H)</source>
        <translation>Krisentelefone und dein Sicherheitsplan (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Resolve sync conflicts</source>
        <translation>Sync-Konflikte lösen</translation>
    </message>
    <message>
        <source>You now use the restored journal: unlock it with its passphrase. The journal you had open is kept in %1.</source>
        <translation>Du verwendest jetzt das wiederhergestellte Journal: Entsperre es mit seiner Passphrase. Das Journal, das du geöffnet hattest, liegt in %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Markdown Folder…</source>
        <translation>&amp;Markdown-Ordner importieren…</translation>
    </message>
    <message>
        <source>Export &amp;Group Pack…</source>
        <translation>&amp;Gruppenpaket exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation>&amp;Über Companion</translation>
    </message>
    <message>
        <source>Opening with the key saved on this computer…</source>
        <translation>Wird mit dem auf diesem Computer gespeicherten Schlüssel geöffnet …</translation>
    </message>
    <message>
        <source>Re-encrypting the vault was interrupted, so your old recovery code no longer opens it. This is your new recovery code.</source>
        <translation>Das Neuverschlüsseln wurde unterbrochen, deshalb öffnet dein alter Wiederherstellungscode das Journal nicht mehr. Das ist dein neuer Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Companion (locked)</source>
        <translation>Companion (gesperrt)</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Über Companion</translation>
    </message>
    <message>
        <source>Companion %1

A private journal and toolbox for recovery. Everything stays on this computer, encrypted, unless you export or sync it.</source>
        <translation>Companion %1

Ein privates Journal und ein Werkzeugkasten für die Genesung. Alles bleibt verschlüsselt auf diesem Computer, außer du exportierst oder synchronisierst es.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Set a goal</source>
        <translation>Ein Ziel setzen</translation>
    </message>
    <message>
        <source>Count the days since…</source>
        <translation>Die Tage zählen seit …</translation>
    </message>
    <message>
        <source>Name, in your own words</source>
        <translation>Name, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>For example: Walk 5 km</source>
        <translation>Zum Beispiel: 5 km gehen</translation>
    </message>
    <message>
        <source>For example: Alcohol-free</source>
        <translation>Zum Beispiel: Alkoholfrei</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation>Gezählt ab</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Very low</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Sehr gut</translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Calendar of moods; choose a day to see its entries</source>
        <translation>Kalender der Stimmungen; wähle einen Tag, um seine Einträge zu sehen</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Kein Eintrag</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>a small win</source>
        <translation>ein kleiner Erfolg</translation>
    </message>
</context>
<context>
    <name>MoodMapDialog</name>
    <message>
        <source>Your moods from Daylio</source>
        <translation>Deine Stimmungen aus Daylio</translation>
    </message>
    <message>
        <source>Daylio lets you name your own moods. Choose where each of yours sits on Companion&apos;s scale, from Very low to Great.</source>
        <translation>In Daylio kannst du deine Stimmungen selbst benennen. Wähle, wo jede deiner Stimmungen auf der Skala von Companion liegt, von „Sehr schlecht“ bis „Sehr gut“.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <source>Mood for “%1”</source>
        <translation>Stimmung für „%1“</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>Mood: %1</source>
        <translation>Stimmung: %1</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Anzeigen oder verbergen, was du eingegeben hast</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Pictures in this entry</source>
        <translation>Bilder in diesem Eintrag</translation>
    </message>
    <message>
        <source>Add &amp;picture…</source>
        <translation>&amp;Bild hinzufügen…</translation>
    </message>
    <message>
        <source>Add a picture to this entry</source>
        <translation>Diesem Eintrag ein Bild hinzufügen</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen picture</source>
        <translation>Das gewählte Bild entfernen</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Ein Bild hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>This picture is %1 MB; pictures can be up to 10 MB. Try a smaller copy of it. Nothing was added.</source>
        <translation>Dieses Bild ist %1 MB groß; Bilder dürfen bis zu 10 MB groß sein. Versuch es mit einer kleineren Kopie. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>That file could not be read. Nothing was added.</source>
        <translation>Diese Datei konnte nicht gelesen werden. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>That file is not a picture Companion can show, or it is damaged. Nothing was added.</source>
        <translation>Diese Datei ist kein Bild, das Companion anzeigen kann, oder sie ist beschädigt. Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <source>Report for a clinician…</source>
        <translation>Bericht für die Behandlung…</translation>
    </message>
    <message>
        <source>Make a report for a clinician</source>
        <translation>Einen Bericht für die Behandlung erstellen</translation>
    </message>
    <message>
        <source>Your rhythm</source>
        <translation>Dein Rhythmus</translation>
    </message>
    <message>
        <source>Nothing recorded in this time yet.</source>
        <translation>In dieser Zeit wurde noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Your milestones</source>
        <translation>Deine Meilensteine</translation>
    </message>
    <message>
        <source>Count days since…</source>
        <translation>Tage zählen seit …</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Ein Ziel setzen…</translation>
    </message>
    <message>
        <source>A hard moment…</source>
        <translation>Ein schwerer Moment …</translation>
    </message>
    <message>
        <source>Record a lapse as a reflection</source>
        <translation>Einen Rückfall als Rückblick festhalten</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this milestone</source>
        <translation>Diesen Meilenstein entfernen</translation>
    </message>
    <message numerus="yes">
        <source>You wrote on %n of the last 30 days.</source>
        <translation>
            <numerusform>Du hast an %n der letzten 30 Tage geschrieben.</numerusform>
            <numerusform>Du hast an %n der letzten 30 Tage geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your longest run of days in a row: %n.</source>
        <translation>
            <numerusform>Deine längste Serie von Tagen am Stück: %n.</numerusform>
            <numerusform>Deine längste Serie von Tagen am Stück: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation>Kleine Erfolge pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n small wins in this time.</source>
        <translation>
            <numerusform>%n kleiner Erfolg in dieser Zeit.</numerusform>
            <numerusform>%n kleine Erfolge in dieser Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%2), over %n days.</source>
        <translation>
            <numerusform>Im Schnitt %1 (%2), über %n Tag.</numerusform>
            <numerusform>Im Schnitt %1 (%2), über %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1, over %n days.</source>
        <translation>
            <numerusform>Im Schnitt %1, über %n Tag.</numerusform>
            <numerusform>Im Schnitt %1, über %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>No milestones yet. You can count the days since something, or set a goal.</source>
        <translation>Noch keine Meilensteine. Du kannst die Tage seit etwas zählen oder dir ein Ziel setzen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation>
            <numerusform>%1: %n Tag</numerusform>
            <numerusform>%1: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (longest period: %n days)</source>
        <translation>
            <numerusform> (längster Zeitraum: %n Tag)</numerusform>
            <numerusform> (längster Zeitraum: %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached on %2</source>
        <translation>%1: erreicht am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days to go</source>
        <translation>
            <numerusform>%1: noch %n Tag</numerusform>
            <numerusform>%1: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still on the way</source>
        <translation>%1: noch auf dem Weg</translation>
    </message>
    <message>
        <source>Thank you for writing it down. The days before still count.</source>
        <translation>Danke, dass du es aufgeschrieben hast. Die Tage davor zählen weiterhin.</translation>
    </message>
    <message>
        <source>You reached %1. Well done.</source>
        <translation>Du hast %1 erreicht. Gut gemacht.</translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation>Diesen Meilenstein entfernen?</translation>
    </message>
    <message>
        <source>The counter or goal disappears from Progress. Entries written about it stay in your journal.</source>
        <translation>Der Zähler oder das Ziel verschwindet aus „Fortschritt“. Einträge, die du darüber geschrieben hast, bleiben in deinem Journal.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way into your journal. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Falls du deine Passphrase einmal vergisst, ist dieser Code der einzige andere Weg in dein Journal. Schreib ihn auf oder speichere ihn und bewahre ihn sicher auf, nicht auf diesem Computer. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Wiederherstellungscode kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation>Den Wiederherstellungscode als PDF speichern</translation>
    </message>
    <message>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>Ich habe ihn &amp;sicher aufbewahrt</translation>
    </message>
    <message>
        <source>I have kept the recovery code somewhere safe</source>
        <translation>Ich habe den Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip keeping the recovery code</source>
        <translation>Das Aufbewahren des Wiederherstellungscodes überspringen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Companion recovery code.pdf</source>
        <translation>Companion-Wiederherstellungscode.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Companion recovery code</source>
        <translation>Companion-Wiederherstellungscode</translation>
    </message>
    <message>
        <source>This code opens your Companion journal if you forget your passphrase.</source>
        <translation>Dieser Code öffnet dein Companion-Journal, falls du deine Passphrase vergisst.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private. Anyone with this code and your computer can read your journal.</source>
        <translation>Bewahre diese Seite sicher und privat auf. Wer diesen Code und deinen Computer hat, kann dein Journal lesen.</translation>
    </message>
    <message>
        <source>To use it, choose &quot;Use recovery code&quot; on the unlock screen and type the code. Capital letters and dashes do not matter.</source>
        <translation>Wähle dazu auf dem Sperrbildschirm „Wiederherstellungscode nutzen“ und gib den Code ein. Groß- und Kleinschreibung und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder and try again.</source>
        <translation>Das PDF konnte dort nicht gespeichert werden. Wähle einen anderen Ordner und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Skip the recovery code?</source>
        <translation>Den Wiederherstellungscode überspringen?</translation>
    </message>
    <message>
        <source>Without the recovery code, nobody can open your journal if you forget your passphrase: not you, and not us. You can make a new code later in Settings.</source>
        <translation>Ohne den Wiederherstellungscode kann niemand dein Journal öffnen, wenn du deine Passphrase vergisst: nicht du und nicht wir. Du kannst später in den Einstellungen einen neuen Code erstellen.</translation>
    </message>
    <message>
        <source>I understand, skip</source>
        <translation>Verstanden, überspringen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Tray and check-in reminder</source>
        <translation>Symbol in der Leiste und Erinnerung zum Einchecken</translation>
    </message>
    <message>
        <source>Show Companion in the system tray</source>
        <translation>Companion in der Systemleiste anzeigen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so there is no icon.</source>
        <translation>Diese Arbeitsumgebung hat keine Systemleiste, deshalb gibt es kein Symbol.</translation>
    </message>
    <message>
        <source>Remind me to check in every day at</source>
        <translation>Erinnere mich täglich ans Einchecken um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>The reminder only says “Time for your check-in”. It never shows anything you wrote.</source>
        <translation>Die Erinnerung sagt nur „Zeit zum Einchecken“. Sie zeigt nie etwas, das du geschrieben hast.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your check-in</source>
        <translation>Zeit zum Einchecken</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt einchecken</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Vom {first} bis {last}</translation>
    </message>
    <message>
        <source>Prepared with Companion on {today}. It holds only what its owner chose to share.</source>
        <translation>Erstellt mit Companion am {today}. Er enthält nur, was seine Besitzerin oder sein Besitzer teilen wollte.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Average over the period: {value}</source>
        <translation>Durchschnitt im Zeitraum: {value}</translation>
    </message>
    <message>
        <source>Days with a journal entry: {count}</source>
        <translation>Tage mit einem Journaleintrag: {count}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation>Kleine Erfolge pro Woche</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <source>A small win</source>
        <translation>Ein kleiner Erfolg</translation>
    </message>
    <message>
        <source>No wins were marked in this period.</source>
        <translation>In diesem Zeitraum wurden keine Erfolge markiert.</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <source>Coping strategies used</source>
        <translation>Genutzte Bewältigungsstrategien</translation>
    </message>
    <message>
        <source>{title}: used {uses} times, distress down {drop} on average (0-10)</source>
        <translation>{title}: {uses}-mal genutzt, Belastung im Schnitt um {drop} gesunken (0–10)</translation>
    </message>
    <message>
        <source>Journal entries chosen for this report</source>
        <translation>Für diesen Bericht gewählte Journaleinträge</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>In diesem Zeitraum wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>This report is the person&apos;s own record, kept for their care. It is not a diagnosis.</source>
        <translation>Dieser Bericht ist die eigene Aufzeichnung der Person, geführt für ihre Behandlung. Er ist keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a clinician</source>
        <translation>Bericht für die Behandlung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Journal text stays private unless you tick entries below.</source>
        <translation>Journaltext bleibt privat, außer du hakst unten Einträge an.</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Einträge, die hinein sollen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Progress report %1 to %2.pdf</source>
        <translation>Fortschrittsbericht %1 bis %2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>Der Bericht konnte dort nicht gespeichert werden. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Clinic or treatment centre</source>
        <translation>Klinik oder Behandlungszentrum</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Krisentelefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Book or article</source>
        <translation>Buch oder Artikel</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Knowledge notes</source>
        <translation>Wissensnotizen</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>Eine Anlaufstelle suchen</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Art der Anlaufstelle</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>Nothing here yet. Keep the therapists, crisis lines and websites that helped you, or were recommended to you, with New resource.</source>
        <translation>Hier ist noch nichts. Bewahre Therapeutinnen und Therapeuten, Krisentelefone und Websites, die dir geholfen haben oder dir empfohlen wurden, mit „Neue Anlaufstelle“ auf.</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Neue Anlaufstelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact: phone, e-mail, address or link</source>
        <translation>Kontakt: Telefon, E-Mail, Adresse oder Link</translation>
    </message>
    <message>
        <source>Cost and insurance</source>
        <translation>Kosten und Versicherung</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>A first name or alias, or &quot;me&quot;</source>
        <translation>Ein Vorname oder Spitzname, oder „ich“</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source> stars</source>
        <translation> Sterne</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Meine Bewertung</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>My experience</source>
        <translation>Meine Erfahrung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation>Diese Anlaufstelle speichern</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation>Zu meinem Sicherheitsplan hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this resource</source>
        <translation>Diese Anlaufstelle entfernen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Cost, insurance</source>
        <translation>Kosten, Versicherung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>No resources match this search.</source>
        <translation>Keine Anlaufstelle passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Added to step 5 of your safety plan.</source>
        <translation>Zu Schritt 5 deines Sicherheitsplans hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove this resource?</source>
        <translation>Diese Anlaufstelle entfernen?</translation>
    </message>
    <message>
        <source>It leaves your directory.</source>
        <translation>Sie verschwindet aus deinem Verzeichnis.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No notes yet. Write down what you learn about your condition and care.</source>
        <translation>Noch keine Notizen. Schreib auf, was du über deine Erkrankung und deine Behandlung lernst.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titel der Notiz</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>A condition</source>
        <translation>Eine Erkrankung</translation>
    </message>
    <message>
        <source>A treatment</source>
        <translation>Eine Behandlung</translation>
    </message>
    <message>
        <source>A medication</source>
        <translation>Ein Medikament</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Woher es kommt</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Fragen für meinen nächsten Termin</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>Woher</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Fragen für das nächste Mal</translation>
    </message>
    <message>
        <source>Saved. You can find it with the Journal&apos;s search.</source>
        <translation>Gespeichert. Du findest es über die Suche im Journal.</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>Diese Notiz entfernen?</translation>
    </message>
    <message>
        <source>It leaves your notes and search.</source>
        <translation>Sie verschwindet aus deinen Notizen und der Suche.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>If I am in danger now</source>
        <translation>Wenn ich jetzt in Gefahr bin</translation>
    </message>
    <message>
        <source>Keep this card where you can find it. Made with Companion.</source>
        <translation>Bewahre diese Karte dort auf, wo du sie findest. Erstellt mit Companion.</translation>
    </message>
    <message>
        <source>1. My warning signs</source>
        <translation>1. Meine Warnzeichen</translation>
    </message>
    <message>
        <source>Thoughts, moods, situations or behaviours that tell me a crisis may be coming.</source>
        <translation>Gedanken, Stimmungen, Situationen oder Verhaltensweisen, die mir sagen, dass eine Krise kommen könnte.</translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation>2. Was ich selbst tun kann</translation>
    </message>
    <message>
        <source>Ways to take my mind off things without contacting anyone.</source>
        <translation>Wege, mich abzulenken, ohne jemanden zu kontaktieren.</translation>
    </message>
    <message>
        <source>3. People and places that help me feel better</source>
        <translation>3. Menschen und Orte, die mir guttun</translation>
    </message>
    <message>
        <source>People to be with, and places to go, that can distract me.</source>
        <translation>Menschen, mit denen ich zusammen sein kann, und Orte, an die ich gehen kann, die mich ablenken.</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>Their name, and how to reach them.</source>
        <translation>Ihr Name und wie sie erreichbar sind.</translation>
    </message>
    <message>
        <source>5. Professionals and services</source>
        <translation>5. Fachleute und Hilfsangebote</translation>
    </message>
    <message>
        <source>My clinicians, local services and crisis lines. The crisis lines are also under Need help now.</source>
        <translation>Meine Behandelnden, Hilfsangebote vor Ort und Krisentelefone. Die Krisentelefone findest du auch unter „Ich brauche jetzt Hilfe“.</translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation>6. Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>Steps that put distance between me and ways to harm myself.</source>
        <translation>Schritte, die Abstand schaffen zwischen mir und Möglichkeiten, mir zu schaden.</translation>
    </message>
    <message>
        <source>7. My reasons for living</source>
        <translation>7. Meine Gründe zu leben</translation>
    </message>
    <message>
        <source>In my own words.</source>
        <translation>In meinen eigenen Worten.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>A plan for hard moments, written while you are calm. Go through the steps in order until you feel safer. If you are in danger now, use Need help now at the top right.</source>
        <translation>Ein Plan für schwere Momente, geschrieben, solange du ruhig bist. Geh die Schritte der Reihe nach durch, bis du dich sicherer fühlst. Wenn du gerade in Gefahr bist, nutze oben rechts „Ich brauche jetzt Hilfe“.</translation>
    </message>
    <message>
        <source>Add my best strategies</source>
        <translation>Meine besten Strategien hinzufügen</translation>
    </message>
    <message>
        <source>Add the strategies that help me most to step 2</source>
        <translation>Die Strategien, die mir am meisten helfen, zu Schritt 2 hinzufügen</translation>
    </message>
    <message>
        <source>Look at this plan again on</source>
        <translation>Diesen Plan wieder ansehen am</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum zum Wiederansehen</translation>
    </message>
    <message>
        <source>Print or save as a card…</source>
        <translation>Als Karte drucken oder speichern…</translation>
    </message>
    <message>
        <source>Print the safety plan or save it as a PDF</source>
        <translation>Den Sicherheitsplan drucken oder als PDF speichern</translation>
    </message>
    <message numerus="yes">
        <source>Added %n strategies that have helped you.</source>
        <translation>
            <numerusform>%n Strategie hinzugefügt, die dir geholfen hat.</numerusform>
            <numerusform>%n Strategien hinzugefügt, die dir geholfen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add yet. Log uses in the Toolbox with &quot;I used this&quot; to see what helps.</source>
        <translation>Noch nichts Neues zum Hinzufügen. Halte im Werkzeugkasten mit „Ich habe das genutzt“ fest, was du nutzt, um zu sehen, was hilft.</translation>
    </message>
    <message>
        <source>My safety plan.pdf</source>
        <translation>Mein Sicherheitsplan.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wähle eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Gib sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Deine Passphrase wurde geändert. Nimm beim nächsten Mal die neue.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time. Companion will ask for it on this computer too; you can turn remember-me on again below.</source>
        <translation>Deine Passphrase wurde geändert. Nimm beim nächsten Mal die neue. Companion fragt auch auf diesem Computer wieder danach; unten kannst du das Öffnen ohne Passphrase wieder einschalten.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Open without the passphrase on this computer</source>
        <translation>Auf diesem Computer ohne Passphrase öffnen</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>The key is kept in your system keyring. Anyone who can use your computer account can then open your journal.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund deines Systems. Wer dein Benutzerkonto nutzen kann, kann dann dein Journal öffnen.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Companion will open without the passphrase on this computer.</source>
        <translation>Companion öffnet sich auf diesem Computer ohne Passphrase.</translation>
    </message>
    <message>
        <source>Companion will ask for your passphrase again.</source>
        <translation>Companion fragt wieder nach deiner Passphrase.</translation>
    </message>
    <message>
        <source>Recovery and repair</source>
        <translation>Wiederherstellung und Reparatur</translation>
    </message>
    <message>
        <source>Lost your recovery code? Make a new one; the old one stops working. Re-encrypting changes the key of the whole journal, for example if you think someone had your recovery code or saved key.</source>
        <translation>Wiederherstellungscode verloren? Erstelle einen neuen; der alte funktioniert dann nicht mehr. Neu verschlüsseln ändert den Schlüssel des ganzen Journals, zum Beispiel wenn du glaubst, dass jemand deinen Wiederherstellungscode oder den gespeicherten Schlüssel hatte.</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Neuer Wiederherstellungscode…</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Einen neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <source>Re-encrypt journal…</source>
        <translation>Journal neu verschlüsseln…</translation>
    </message>
    <message>
        <source>Re-encrypt the journal</source>
        <translation>Das Journal neu verschlüsseln</translation>
    </message>
    <message>
        <source>Check journal</source>
        <translation>Journal prüfen</translation>
    </message>
    <message>
        <source>Check the journal for damage</source>
        <translation>Das Journal auf Schäden prüfen</translation>
    </message>
    <message>
        <source>Type your passphrase to go on:</source>
        <translation>Gib deine Passphrase ein, um fortzufahren:</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Re-encrypt your journal?</source>
        <translation>Dein Journal neu verschlüsseln?</translation>
    </message>
    <message>
        <source>Companion will encrypt the whole journal again with a new key and give you a new recovery code. The old recovery code will stop working.</source>
        <translation>Companion verschlüsselt das ganze Journal neu mit einem neuen Schlüssel und gibt dir einen neuen Wiederherstellungscode. Der alte Wiederherstellungscode funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation>Neu verschlüsseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-encrypt journal</source>
        <translation>Journal neu verschlüsseln</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Dein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The check found damage in your journal. Keep a copy of the vault folder and restore from a backup.</source>
        <translation>Die Prüfung hat Schäden in deinem Journal gefunden. Bewahre eine Kopie des Tresor-Ordners auf und stelle aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Your journal is healthy.</source>
        <translation>Dein Journal ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>Den Programmpunkt nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>Den Programmpunkt nach unten verschieben</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Wer da war</translation>
    </message>
    <message>
        <source>Check-in note for the chosen member</source>
        <translation>Notiz zum Ankommen für das gewählte Mitglied</translation>
    </message>
    <message>
        <source>Check-in (short, never printed)</source>
        <translation>Ankommen (kurz, wird nie gedruckt)</translation>
    </message>
    <message>
        <source>Check-out note for the chosen member</source>
        <translation>Notiz zum Abschluss für das gewählte Mitglied</translation>
    </message>
    <message>
        <source>Check-out (short, never printed)</source>
        <translation>Abschluss (kurz, wird nie gedruckt)</translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation>Werkzeug der Woche</translation>
    </message>
    <message>
        <source>Shared in the group</source>
        <translation>In der Gruppe geteilt</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Was geteilt wurde</translation>
    </message>
    <message>
        <source>A strategy or a story that was shared</source>
        <translation>Eine geteilte Strategie oder Geschichte</translation>
    </message>
    <message>
        <source>A story (kept for the wall if they agreed)</source>
        <translation>Eine Geschichte (für die Ermutigungswand, wenn zugestimmt)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add what was shared</source>
        <translation>Hinzufügen, was geteilt wurde</translation>
    </message>
    <message>
        <source>Adopt into my toolbox</source>
        <translation>In meinen Werkzeugkasten übernehmen</translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation>Offene Punkte für das nächste Mal</translation>
    </message>
    <message>
        <source>Private facilitator notes</source>
        <translation>Private Notizen der Leitung</translation>
    </message>
    <message>
        <source>Private facilitator notes (locked): never printed, exported or synced.</source>
        <translation>Private Notizen der Leitung (gesperrt): werden nie gedruckt, exportiert oder synchronisiert.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Treffen speichern</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>Handout…</translation>
    </message>
    <message>
        <source>Build a handout for this session</source>
        <translation>Ein Handout für dieses Treffen erstellen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minutes</source>
        <translation>
            <numerusform>Insgesamt: %n Minute</numerusform>
            <numerusform>Insgesamt: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool this week</source>
        <translation>Diese Woche kein Werkzeug</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Choose a shared strategy to adopt.</source>
        <translation>Wähle eine geteilte Strategie zum Übernehmen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in your toolbox now.</source>
        <translation>„%1“ ist jetzt in deinem Werkzeugkasten.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Need help now: crisis lines, even when locked</source>
        <translation>Ich brauche jetzt Hilfe: Krisentelefone, auch wenn gesperrt</translation>
    </message>
    <message>
        <source>Lock Companion</source>
        <translation>Companion sperren</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Journal: new entry</source>
        <translation>Journal: neuer Eintrag</translation>
    </message>
    <message>
        <source>Journal: search</source>
        <translation>Journal: suchen</translation>
    </message>
    <message>
        <source>Editor: bold</source>
        <translation>Editor: fett</translation>
    </message>
    <message>
        <source>Editor: italic</source>
        <translation>Editor: kursiv</translation>
    </message>
    <message>
        <source>Editor: bulleted list</source>
        <translation>Editor: Aufzählung</translation>
    </message>
    <message>
        <source>Editor: numbered list</source>
        <translation>Editor: nummerierte Liste</translation>
    </message>
    <message>
        <source>Editor: heading 1, 2, 3</source>
        <translation>Editor: Überschrift 1, 2, 3</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Zwischen Feldern wechseln</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Nothing here yet. Write a line below and choose Add.</source>
        <translation>Hier ist noch nichts. Schreib unten eine Zeile und wähle „Hinzufügen“.</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Hinzufügen zu: %1</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Wie sie erreichbar sind</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Telefon oder wie sie erreichbar sind</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to step %1</source>
        <translation>Zu Schritt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen line from step %1</source>
        <translation>Die gewählte Zeile aus Schritt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Edit strategy</source>
        <translation>Strategie bearbeiten</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>1. First…
2. Then…</source>
        <translation>1. Zuerst …
2. Dann …</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>Wann es hilft</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Woher es kommt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>From my group</source>
        <translation>Aus meiner Gruppe</translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation>Von einer Fachperson</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Shared by (first name or alias)</source>
        <translation>Geteilt von (Vorname oder Spitzname)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Geteilt von</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Nimm mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. A few unrelated words work well.</source>
        <translation>Schwach: leicht zu erraten. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <source>Fair: a little longer would be safer.</source>
        <translation>Mittel: Etwas länger wäre sicherer.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>A few unrelated words are strong and easy to remember.</source>
        <translation>Ein paar Wörter, die nichts miteinander zu tun haben, sind sicher und leicht zu merken.</translation>
    </message>
    <message>
        <source>Weak: this is one of the first that guessers try.</source>
        <translation>Schwach: Das ist eine der ersten, die beim Raten ausprobiert werden.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync stopped unexpectedly. It will try again.</source>
        <translation>Die Synchronisierung wurde unerwartet unterbrochen. Sie versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>SyncKind</name>
    <message>
        <source>Journal entry</source>
        <translation>Journaleintrag</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Entry template</source>
        <translation>Eintragsvorlage</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Bewältigungsstrategie</translation>
    </message>
    <message>
        <source>Use of a coping strategy</source>
        <translation>Anwendung einer Strategie</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Anlaufstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Gruppenmitglied</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppentreffen</translation>
    </message>
    <message>
        <source>Shared in a group</source>
        <translation>In einer Gruppe geteilt</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Mentoring check-in</source>
        <translation>Mentoring-Gespräch</translation>
    </message>
    <message>
        <source>Handout template</source>
        <translation>Handout-Vorlage</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Sync between your devices</source>
        <translation>Zwischen deinen Geräten synchronisieren</translation>
    </message>
    <message>
        <source>Companion can keep your other computer up to date through a folder that a sync app you already use carries (Syncthing, Nextcloud, Dropbox) or a USB stick. Everything in that folder is encrypted with a sync passphrase you choose; the sync app never sees your journal.</source>
        <translation>Companion kann deinen anderen Computer aktuell halten – über einen Ordner, den eine Sync-App, die du schon nutzt (Syncthing, Nextcloud, Dropbox), oder ein USB-Stick mitnimmt. Alles in diesem Ordner ist mit einer Sync-Passphrase verschlüsselt, die du wählst; die Sync-App sieht dein Journal nie.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Probleme beim Synchronisieren</translation>
    </message>
    <message>
        <source>Choose sync folder…</source>
        <translation>Sync-Ordner wählen…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Konflikte lösen…</translation>
    </message>
    <message>
        <source>Stop syncing on this computer</source>
        <translation>Synchronisierung auf diesem Computer beenden</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Sync-Ordner: %1</translation>
    </message>
    <message>
        <source>Sync is off on this computer.</source>
        <translation>Die Synchronisierung ist auf diesem Computer aus.</translation>
    </message>
    <message>
        <source>Change sync folder…</source>
        <translation>Sync-Ordner ändern…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <source>The sync passphrase you chose on your first computer:</source>
        <translation>Die Sync-Passphrase, die du auf deinem ersten Computer gewählt hast:</translation>
    </message>
    <message>
        <source>Choose a sync passphrase. You will type it once on each of your computers.</source>
        <translation>Wähle eine Sync-Passphrase. Du gibst sie auf jedem deiner Computer einmal ein.</translation>
    </message>
    <message>
        <source>Type the sync passphrase again:</source>
        <translation>Gib die Sync-Passphrase noch einmal ein:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed; try again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Nichts wurde geändert; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Sync is on. Set it up on your other computer with the same folder.</source>
        <translation>Die Synchronisierung ist an. Richte sie auf deinem anderen Computer mit demselben Ordner ein.</translation>
    </message>
    <message>
        <source>This computer now syncs with your others.</source>
        <translation>Dieser Computer synchronisiert jetzt mit deinen anderen.</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Synchronisierung beenden</translation>
    </message>
    <message>
        <source>Stop syncing on this computer? Your journal here stays as it is, and so do the sync folder and your other computers.</source>
        <translation>Synchronisierung auf diesem Computer beenden? Dein Journal hier bleibt, wie es ist, ebenso der Sync-Ordner und deine anderen Computer.</translation>
    </message>
    <message>
        <source>Keep syncing</source>
        <translation>Weiter synchronisieren</translation>
    </message>
    <message>
        <source>This computer no longer syncs.</source>
        <translation>Dieser Computer synchronisiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off.</source>
        <translation>Synchronisierung ist aus.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>Synced a minute ago</source>
        <translation>Vor einer Minute synchronisiert</translation>
    </message>
    <message>
        <source>Synced %n minutes ago</source>
        <translation>Vor %n Minute synchronisiert|Vor %n Minuten synchronisiert</translation>
    </message>
    <message>
        <source>Synced an hour ago</source>
        <translation>Vor einer Stunde synchronisiert</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message>
        <source>Conflict in 1 entry</source>
        <translation>Konflikt in 1 Eintrag</translation>
    </message>
    <message>
        <source>A problem: see Settings &gt; Sync</source>
        <translation>Ein Problem: siehe Einstellungen &gt; Synchronisieren</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation>Wie geht es dir gerade?</translation>
    </message>
    <message>
        <source>One line about it, if you like</source>
        <translation>Eine Zeile dazu, wenn du magst</translation>
    </message>
    <message>
        <source>One line about how you are</source>
        <translation>Eine Zeile dazu, wie es dir geht</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Heutiger Eintrag</translation>
    </message>
    <message>
        <source>Open today&apos;s entry</source>
        <translation>Heutigen Eintrag öffnen</translation>
    </message>
    <message>
        <source>A gentle prompt</source>
        <translation>Ein sanfter Impuls</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Write about this prompt</source>
        <translation>Über diesen Impuls schreiben</translation>
    </message>
    <message>
        <source>Recent wins</source>
        <translation>Letzte Erfolge</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Strategies that help me</source>
        <translation>Strategien, die mir helfen</translation>
    </message>
    <message>
        <source>The strategies that help you most will appear here once you use the Toolbox.</source>
        <translation>Die Strategien, die dir am meisten helfen, erscheinen hier, sobald du den Werkzeugkasten nutzt.</translation>
    </message>
    <message>
        <source>It has been a while since your journal was last backed up.</source>
        <translation>Dein Journal wurde schon eine Weile nicht mehr gesichert.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>A mentoring check-in is due: %1 and %2.</source>
        <translation>Ein Mentoring-Gespräch steht an: %1 und %2.</translation>
    </message>
    <message>
        <source>It is time to look at your safety plan again (Safety plan).</source>
        <translation>Es ist Zeit, deinen Sicherheitsplan wieder anzusehen (Sicherheitsplan).</translation>
    </message>
    <message>
        <source>You have written today.</source>
        <translation>Du hast heute geschrieben.</translation>
    </message>
    <message>
        <source>Nothing written yet today. There is no rush.</source>
        <translation>Heute noch nichts geschrieben. Es eilt nicht.</translation>
    </message>
    <message>
        <source>Write today&apos;s entry</source>
        <translation>Heutigen Eintrag schreiben</translation>
    </message>
    <message>
        <source>Your small wins will gather here. Mark an entry as a small win to keep it.</source>
        <translation>Deine kleinen Erfolge sammeln sich hier. Markiere einen Eintrag als kleinen Erfolg, um ihn festzuhalten.</translation>
    </message>
    <message>
        <source>Count the days since something, or set a goal, on the Progress page.</source>
        <translation>Zähle die Tage seit etwas oder setze dir ein Ziel – auf der Seite „Fortschritt“.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>I used %1…</source>
        <translation>Ich habe %1 genutzt…</translation>
    </message>
    <message>
        <source>I used %1</source>
        <translation>Ich habe %1 genutzt</translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation>Festgehalten. Danke, dass du auf dich achtest.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation>
            <numerusform>%1: %n Tag</numerusform>
            <numerusform>%1: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (next: %n days)</source>
        <translation>
            <numerusform> (nächster: in %n Tag)</numerusform>
            <numerusform> (nächster: in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached. Well done.</source>
        <translation>%1: erreicht. Gut gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n days</source>
        <translation>
            <numerusform>%1: in %n Tag</numerusform>
            <numerusform>%1: in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the date has passed; keep going at your own pace</source>
        <translation>%1: Das Datum ist vorbei – mach in deinem eigenen Tempo weiter</translation>
    </message>
    <message>
        <source>You reached %1.</source>
        <translation>Du hast %1 erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1. That matters.</source>
        <translation>
            <numerusform>%n Tag: %1. Das zählt.</numerusform>
            <numerusform>%n Tage: %1. Das zählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for checking in. Feeling %1 is noted in today&apos;s entry.</source>
        <translation>Danke fürs Einchecken. „%1“ steht jetzt im heutigen Eintrag.</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hallo, Nachteule</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Find a strategy</source>
        <translation>Eine Strategie suchen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation>Neue Strategie…</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <source>Coping cards…</source>
        <translation>Skills-Karten…</translation>
    </message>
    <message>
        <source>Print or save coping cards</source>
        <translation>Skills-Karten drucken oder speichern</translation>
    </message>
    <message>
        <source>What works for me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <source>No strategies match this search.</source>
        <translation>Keine Strategie passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>Ranked by how much distress went down, counting every use; a strategy used once cannot jump to the top.</source>
        <translation>Sortiert danach, wie stark die Belastung gesunken ist, über alle Anwendungen; eine einmal genutzte Strategie kann nicht an die Spitze springen.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>By how much it helps</source>
        <translation>Danach, wie sehr es hilft</translation>
    </message>
    <message>
        <source>By how often I use it</source>
        <translation>Danach, wie oft ich es nutze</translation>
    </message>
    <message>
        <source>All strategies</source>
        <translation>Alle Strategien</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>I &amp;used this…</source>
        <translation>Ich habe das &amp;genutzt…</translation>
    </message>
    <message>
        <source>I used this strategy</source>
        <translation>Ich habe diese Strategie genutzt</translation>
    </message>
    <message>
        <source>Breathe with the pacer</source>
        <translation>Mit dem Atemtakt atmen</translation>
    </message>
    <message>
        <source>Copy to make it mine</source>
        <translation>Kopieren und zu meiner machen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this starter strategy</source>
        <translation>Diese Vorlage ausblenden</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this strategy</source>
        <translation>Diese Strategie bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this strategy</source>
        <translation>Diese Strategie entfernen</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation>Zu meinem Sicherheitsplan hinzufügen</translation>
    </message>
    <message>
        <source>(starter)</source>
        <translation>(Vorlage)</translation>
    </message>
    <message numerus="yes">
        <source>%1: distress down %2 on average, used %n times</source>
        <translation>
            <numerusform>%1: Belastung im Schnitt um %2 gesunken, %n-mal genutzt</numerusform>
            <numerusform>%1: Belastung im Schnitt um %2 gesunken, %n-mal genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a few uses with &quot;I used this&quot; and what works for you will show here.</source>
        <translation>Halte ein paar Anwendungen mit „Ich habe das genutzt“ fest, dann erscheint hier, was dir hilft.</translation>
    </message>
    <message>
        <source>Coping toolbox</source>
        <translation>Werkzeugkasten</translation>
    </message>
    <message>
        <source>Choose a strategy to see its steps.</source>
        <translation>Wähle eine Strategie, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>From the starter library</source>
        <translation>Aus der Startsammlung</translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation>Von einer Fachperson</translation>
    </message>
    <message>
        <source>From %1, shared by %2</source>
        <translation>Aus %1, geteilt von %2</translation>
    </message>
    <message>
        <source>my group</source>
        <translation>meine Gruppe</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>ein Mitglied</translation>
    </message>
    <message>
        <source>When it helps: %1</source>
        <translation>Wann es hilft: %1</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Noch nicht genutzt.</translation>
    </message>
    <message numerus="yes">
        <source>Used %n times; distress went down %1 on average.</source>
        <translation>
            <numerusform>%n-mal genutzt; die Belastung ist im Schnitt um %1 gesunken.</numerusform>
            <numerusform>%n-mal genutzt; die Belastung ist im Schnitt um %1 gesunken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation>Festgehalten. Danke, dass du auf dich achtest.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied. It is yours to change now.</source>
        <translation>Kopiert. Jetzt kannst du sie nach deinen Wünschen ändern.</translation>
    </message>
    <message>
        <source>Remove this strategy?</source>
        <translation>Diese Strategie entfernen?</translation>
    </message>
    <message>
        <source>It leaves your toolbox. The times you used it stay counted.</source>
        <translation>Sie verschwindet aus deinem Werkzeugkasten. Wie oft du sie genutzt hast, bleibt gezählt.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Tick at least one strategy for the cards.</source>
        <translation>Hake mindestens eine Strategie für die Karten an.</translation>
    </message>
    <message>
        <source>Coping cards</source>
        <translation>Skills-Karten</translation>
    </message>
    <message>
        <source>Coping cards.pdf</source>
        <translation>Skills-Karten.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Added to step 2 of your safety plan.</source>
        <translation>Zu Schritt 2 deines Sicherheitsplans hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>TrackerInputs</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Your trackers</source>
        <translation>Deine Tracker</translation>
    </message>
    <message>
        <source>No trackers yet. Add one below, like Sleep or Anxiety.</source>
        <translation>Noch keine Tracker. Füge unten einen hinzu, zum Beispiel Schlaf oder Angst.</translation>
    </message>
    <message>
        <source>Tracker name</source>
        <translation>Name des Trackers</translation>
    </message>
    <message>
        <source>For example: Sleep, Anxiety, Took medication</source>
        <translation>Zum Beispiel: Schlaf, Angst, Medikament genommen</translation>
    </message>
    <message>
        <source>Kind of tracker</source>
        <translation>Art des Trackers</translation>
    </message>
    <message>
        <source>A number (like hours)</source>
        <translation>Eine Zahl (zum Beispiel Stunden)</translation>
    </message>
    <message>
        <source>A scale (like 0 to 10)</source>
        <translation>Eine Skala (zum Beispiel 0 bis 10)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Niedrigster Wert</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Höchster Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>For example: hours</source>
        <translation>Zum Beispiel: Stunden</translation>
    </message>
    <message>
        <source>Add tracker</source>
        <translation>Tracker hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this tracker</source>
        <translation>Diesen Tracker entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>Von, bis</translation>
    </message>
    <message>
        <source>Track what matters to you with each entry: sleep, anxiety, energy, cravings, medication. Leave any of them blank on a day; blank is never counted as zero.</source>
        <translation>Halte mit jedem Eintrag fest, was dir wichtig ist: Schlaf, Angst, Energie, Suchtdruck, Medikamente. Lass an einem Tag gern etwas leer; leer zählt nie als null.</translation>
    </message>
    <message>
        <source>%1: a scale from %2 to %3</source>
        <translation>%1: eine Skala von %2 bis %3</translation>
    </message>
    <message>
        <source>%1: yes or no</source>
        <translation>%1: ja oder nein</translation>
    </message>
    <message>
        <source>%1: a number</source>
        <translation>%1: eine Zahl</translation>
    </message>
    <message>
        <source>Added. It appears in each entry from now on.</source>
        <translation>Hinzugefügt. Ab jetzt erscheint es in jedem Eintrag.</translation>
    </message>
    <message>
        <source>Remove this tracker?</source>
        <translation>Diesen Tracker entfernen?</translation>
    </message>
    <message>
        <source>It will no longer appear in entries. Values you already recorded stay in your journal.</source>
        <translation>Er erscheint nicht mehr in Einträgen. Werte, die du schon erfasst hast, bleiben in deinem Journal.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Dein Journal ist gesperrt. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps the key in your system keyring so Companion opens without the passphrase.</source>
        <translation>Speichert den Schlüssel im Schlüsselbund deines Systems, damit Companion sich ohne Passphrase öffnet.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Forgot it? Use &amp;recovery code</source>
        <translation>Vergessen? &amp;Wiederherstellungscode nutzen</translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation>Wiederherstellungscode nutzen</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Remember me is not available: %1</source>
        <translation>„Angemeldet bleiben“ ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Deinen Wiederherstellungscode nutzen</translation>
    </message>
    <message>
        <source>Type the recovery code you kept when you created your journal, then choose a new passphrase. Capital letters and dashes do not matter.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Anlegen deines Journals aufbewahrt hast, und wähle dann eine neue Passphrase. Groß- und Kleinschreibung und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>&amp;Noch einmal eingeben</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Passphrase festlegen und &amp;entsperren</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Passphrase festlegen und entsperren</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Gib zuerst deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wähle eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Gib sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <source>I used this</source>
        <translation>Ich habe das genutzt</translation>
    </message>
    <message>
        <source>How strong was the distress, from 0 (none) to 10 (the most)?</source>
        <translation>Wie stark war die Belastung, von 0 (gar nicht) bis 10 (am stärksten)?</translation>
    </message>
    <message>
        <source>Distress before</source>
        <translation>Belastung davor</translation>
    </message>
    <message>
        <source>Distress after</source>
        <translation>Belastung danach</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Eine Notiz, wenn du magst</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>%1 Details were written to %2.</source>
        <translation>%1 Einzelheiten stehen in %2.</translation>
    </message>
</context>
<context>
    <name>busy_bar</name>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>Kein Drucker gefunden</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save it as a PDF instead? You can print the PDF later.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Stattdessen als PDF speichern? Du kannst das PDF später drucken.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Print it, or save it as a PDF?</source>
        <translation>Drucken oder als PDF speichern?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
</context>
</TS>
