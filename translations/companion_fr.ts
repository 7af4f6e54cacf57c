<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>How Companion looks and speaks</source>
        <translation>L&apos;apparence et la langue de Companion</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Moins de mouvement</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Mouvements complets</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Companion will speak this language the next time it starts.</source>
        <translation>Companion utilisera cette langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Companion backs up your whole journal once a day while it is open, and keeps the newest ten. Backups are encrypted: your recovery code opens them, or a backup passphrase if you choose one.</source>
        <translation>Companion sauvegarde tout votre journal une fois par jour tant qu&apos;il est ouvert et garde les dix sauvegardes les plus récentes. Les sauvegardes sont chiffrées&#xa0;: votre code de récupération les ouvre, ou une phrase secrète de sauvegarde si vous en choisissez une.</translation>
    </message>
    <message>
        <source>Daily, opened with my recovery code</source>
        <translation>Chaque jour, ouvertes avec mon code de récupération</translation>
    </message>
    <message>
        <source>Daily, opened with a backup passphrase</source>
        <translation>Chaque jour, ouvertes avec une phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Choose backup folder…</source>
        <translation>Choisir le dossier des sauvegardes…</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>Utiliser le dossier standard</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Dossier des sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète des sauvegardes</translation>
    </message>
    <message>
        <source>A passphrase for your backups. You need it to restore one:</source>
        <translation>Une phrase secrète pour vos sauvegardes. Vous en aurez besoin pour en restaurer une&#xa0;:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing changed.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Choose a backup passphrase first, or keep backups with your recovery code.</source>
        <translation>Choisissez d&apos;abord une phrase secrète pour les sauvegardes, ou continuez avec votre code de récupération.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Companion backup (*.age)</source>
        <translation>Sauvegarde Companion (*.age)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Your recovery code opens this backup:</source>
        <translation>Votre code de récupération ouvre cette sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>The backup passphrase of this backup:</source>
        <translation>La phrase secrète de cette sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase of your journal in that backup:</source>
        <translation>La phrase secrète de votre journal dans cette sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>The backup is restored and checked. Use it now instead of the journal you have open? The one you have open now is kept, not deleted: it moves to a folder beside it.</source>
        <translation>La sauvegarde est restaurée et vérifiée. L&apos;utiliser maintenant à la place du journal ouvert&#xa0;? Celui qui est ouvert est conservé, pas supprimé&#xa0;: il est déplacé dans un dossier à côté.</translation>
    </message>
    <message>
        <source>Use the restored journal</source>
        <translation>Utiliser le journal restauré</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>The restored journal is in %1. Nothing else was changed.</source>
        <translation>Le journal restauré se trouve dans %1. Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Appuyez sur Démarrer quand vous êtes prêt ou prête.</translation>
    </message>
    <message>
        <source>Breathing instruction</source>
        <translation>Consigne de respiration</translation>
    </message>
    <message>
        <source>Progress through this breath</source>
        <translation>Progression de cette respiration</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Moins de mouvement</translation>
    </message>
    <message>
        <source>Less motion: keep the circle still</source>
        <translation>Moins de mouvement&#xa0;: le cercle reste immobile</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or stop the breathing pacer</source>
        <translation>Démarrer ou arrêter le guide de respiration</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Well done. Notice how you feel now.</source>
        <translation>Bravo. Remarquez comment vous vous sentez maintenant.</translation>
    </message>
    <message>
        <source>Breathe in… %1 s</source>
        <translation>Inspirez… %1 s</translation>
    </message>
    <message>
        <source>Hold… %1 s</source>
        <translation>Retenez… %1 s</translation>
    </message>
    <message>
        <source>Breathe out… %1 s</source>
        <translation>Expirez… %1 s</translation>
    </message>
    <message>
        <source>Rest… %1 s</source>
        <translation>Pause… %1 s</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>General information, not medical advice. Made with Companion.</source>
        <translation>Informations générales, pas un avis médical. Réalisé avec Companion.</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Coping cards</source>
        <translation>Cartes d&apos;adaptation</translation>
    </message>
    <message>
        <source>Strategies for the cards</source>
        <translation>Stratégies pour les cartes</translation>
    </message>
    <message>
        <source>Full-page cards instead of wallet size</source>
        <translation>Cartes pleine page au lieu du format carte</translation>
    </message>
    <message>
        <source>Tick the strategies to put on cards:</source>
        <translation>Cochez les stratégies à mettre sur les cartes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Grounding</source>
        <translation>Ancrage</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Body and movement</source>
        <translation>Corps et mouvement</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Aller vers les autres</translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation>Distraction</translation>
    </message>
    <message>
        <source>Self-soothing</source>
        <translation>Se réconforter</translation>
    </message>
    <message>
        <source>Thinking skills</source>
        <translation>Travail sur les pensées</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créativité</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as a table</source>
        <translation>Afficher sous forme de tableau</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Afficher %1 sous forme de tableau</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, sous forme de tableau</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Masquer le tableau</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Modifié sur deux ordinateurs</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>From your other computer</source>
        <translation>De votre autre ordinateur</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>Garder celle de cet ordinateur</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>This was deleted on one computer while it was changed on the other. It is kept until you choose.</source>
        <translation>Ceci a été supprimé sur un ordinateur pendant qu&apos;il était modifié sur l’autre. Il est conservé jusqu&apos;à ce que vous choisissiez.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Le supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message numerus="yes">
        <source>%n more after this one.</source>
        <translation>
            <numerusform>Encore %n après celui-ci.</numerusform>
            <numerusform>Encore %n après celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on this computer</source>
        <translation>Supprimé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Deleted on the other computer</source>
        <translation>Supprimé sur l&apos;autre ordinateur</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>This text was changed on two computers before they synced. Both versions are kept until you choose.</source>
        <translation>Ce texte a été modifié sur deux ordinateurs avant leur synchronisation. Les deux versions sont gardées jusqu&apos;à votre choix.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your private journal</source>
        <translation>Créez votre journal privé</translation>
    </message>
    <message>
        <source>Everything you write in Companion stays on this computer, locked with a passphrase that only you know. Choose one you can remember: a few unrelated words work well.</source>
        <translation>Tout ce que vous écrivez dans Companion reste sur cet ordinateur, protégé par une phrase secrète que vous seul connaissez. Choisissez-en une dont vous vous souviendrez&#xa0;: quelques mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Saisissez-la à &amp;nouveau</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Créer mon journal</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases secrètes correspondent.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Les deux phrases secrètes ne correspondent pas encore.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>A small &amp;win</source>
        <translation>Une petite &amp;victoire</translation>
    </message>
    <message>
        <source>Mark as a small win</source>
        <translation>Marquer comme petite victoire</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>Qu&apos;avez-vous en tête&#xa0;?</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Titre %1</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Pas encore enregistré…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>This entry was changed somewhere else meanwhile. Your version was kept as a new entry, so nothing is lost.</source>
        <translation>Cette entrée a été modifiée ailleurs entre-temps. Votre version a été gardée comme nouvelle entrée, donc rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation>Retirer cette image&#xa0;?</translation>
    </message>
    <message>
        <source>The picture will be removed from this entry.</source>
        <translation>L&apos;image sera retirée de cette entrée.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation>Cette image n&apos;a pas pu être affichée.</translation>
    </message>
    <message numerus="yes">
        <source>That paste was not added: it is too long for one entry (%n characters). Paste a smaller part; what you had written is unchanged.</source>
        <translation>
            <numerusform>Ce collage n&apos;a pas été ajouté&#xa0;: il est trop long pour une entrée (%n caractère). Collez une partie plus petite&#xa0;; ce que vous aviez écrit n&apos;a pas changé.</numerusform>
            <numerusform>Ce collage n&apos;a pas été ajouté&#xa0;: il est trop long pour une entrée (%n caractères). Collez une partie plus petite&#xa0;; ce que vous aviez écrit n&apos;a pas changé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose how to export everything in Companion. An encrypted file is safest; the other two can be read by anyone who gets the file.</source>
        <translation>Choisissez comment exporter tout le contenu de Companion. Un fichier chiffré est le plus sûr&#xa0;; les deux autres peuvent être lus par quiconque obtient le fichier.</translation>
    </message>
    <message>
        <source>Encrypted file (age)</source>
        <translation>Fichier chiffré (age)</translation>
    </message>
    <message>
        <source>JSON file, not encrypted</source>
        <translation>Fichier JSON, non chiffré</translation>
    </message>
    <message>
        <source>Markdown folder, not encrypted</source>
        <translation>Dossier Markdown, non chiffré</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Some group sessions have private facilitator notes. Include them in this encrypted export?</source>
        <translation>Certaines séances de groupe ont des notes privées de l&apos;animation. Les inclure dans cet export chiffré&#xa0;?</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Inclure les notes privées</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>This export is not encrypted. Anyone who can open the file can read your journal. Private facilitator notes are left out.</source>
        <translation>Cet export n&apos;est pas chiffré. Toute personne qui peut ouvrir le fichier peut lire votre journal. Les notes privées de l&apos;animation sont laissées de côté.</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exporter sans chiffrement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Encrypted export (*.age)</source>
        <translation>Export chiffré (*.age)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Dossier (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>There are no groups yet. Add one on the Groups page first.</source>
        <translation>Il n&apos;y a pas encore de groupe. Ajoutez-en un d&apos;abord sur la page Groupes.</translation>
    </message>
    <message>
        <source>Group pack</source>
        <translation>Paquet de groupe</translation>
    </message>
    <message>
        <source>Which group is the pack for?</source>
        <translation>Pour quel groupe est ce paquet&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has no sessions yet. Plan one first.</source>
        <translation>%1 n&apos;a pas encore de séance. Planifiez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>A group passphrase for this pack. Tell it to members in person, not with the file:</source>
        <translation>Une phrase secrète de groupe pour ce paquet. Donnez-la aux membres de vive voix, pas avec le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Save the group pack</source>
        <translation>Enregistrer le paquet de groupe</translation>
    </message>
    <message>
        <source>Group pack (*.age)</source>
        <translation>Paquet de groupe (*.age)</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Wrote the pack to %1. Members import it with File &gt; Import and the group passphrase.</source>
        <translation>Paquet enregistré dans %1. Les membres l&apos;importent avec Fichier &gt; Importer et la phrase secrète du groupe.</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Phrase secrète de l&apos;export</translation>
    </message>
    <message>
        <source>A passphrase for this file. You need it to open the file again:</source>
        <translation>Une phrase secrète pour ce fichier. Vous en aurez besoin pour le rouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ, so nothing was exported.</source>
        <translation>Les deux phrases secrètes ne correspondent pas, donc rien n&apos;a été exporté.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>Importer un dossier de notes Markdown</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Companion, jrnl, Day One or Daylio export (*.json *.age *.zip *.csv)</source>
        <translation>Export de Companion, jrnl, Day One ou Daylio (*.json *.age *.zip *.csv)</translation>
    </message>
    <message>
        <source>The passphrase of this file:</source>
        <translation>La phrase secrète de ce fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Nothing new to import: everything in this file is already here.</source>
        <translation>Rien de nouveau à importer&#xa0;: tout ce que contient ce fichier est déjà là.</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Ce fichier contient&#xa0;:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>%n enregistrement importé.</numerusform>
            <numerusform>%n enregistrements importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export annulé. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>Quelque chose s&apos;est mal passé, et rien n&apos;a été modifié. Veuillez réessayer.</translation>
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
        <translation>Vos groupes</translation>
    </message>
    <message>
        <source>No groups yet. Add the peer-support group you go to or run with New group.</source>
        <translation>Pas encore de groupe. Ajoutez le groupe d’entraide auquel vous participez ou que vous animez avec «&#xa0;Nouveau groupe&#xa0;».</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Supprimer le groupe…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Encouragement wall</source>
        <translation>Mur d&apos;encouragements</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Thème du groupe</translation>
    </message>
    <message>
        <source>When it meets</source>
        <translation>Quand il se réunit</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Mon rôle</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Group agreements, one per line</source>
        <translation>Règles du groupe, une par ligne</translation>
    </message>
    <message>
        <source>The group&apos;s resources, one per line</source>
        <translation>Les ressources du groupe, une par ligne</translation>
    </message>
    <message>
        <source>Local crisis lines, one per line</source>
        <translation>Lignes d&apos;écoute locales, une par ligne</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Enregistrer le groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Se réunit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Règles de groupe</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>No members yet. Add people by first name or alias.</source>
        <translation>Pas encore de membre. Ajoutez les personnes par leur prénom ou un pseudonyme.</translation>
    </message>
    <message>
        <source>First name or alias</source>
        <translation>Prénom ou pseudonyme</translation>
    </message>
    <message>
        <source>Contact note (optional)</source>
        <translation>Note de contact (facultatif)</translation>
    </message>
    <message>
        <source>Agrees to be mentioned in shared notes</source>
        <translation>Accepte d&apos;être mentionné dans les notes partagées</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Members are recorded by first name or alias only: no surnames, addresses or diagnoses.</source>
        <translation>Les membres sont notés uniquement par leur prénom ou un pseudonyme&#xa0;: ni nom de famille, ni adresse, ni diagnostic.</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the next one with New session.</source>
        <translation>Pas encore de séance. Préparez la prochaine avec «&#xa0;Nouvelle séance&#xa0;».</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Stories of progress shared in sessions, kept with the teller&apos;s agreement.</source>
        <translation>Des témoignages de progrès partagés en séance, gardés avec l&apos;accord de la personne qui les a racontés.</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Binômes de mentorat</translation>
    </message>
    <message>
        <source>No mentoring pairs yet. Pair two members who agreed.</source>
        <translation>Pas encore de binôme de mentorat. Formez un binôme avec deux membres qui sont d’accord.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Personne accompagnée</translation>
    </message>
    <message>
        <source>Both agreed</source>
        <translation>Les deux sont d&apos;accord</translation>
    </message>
    <message>
        <source>Pair them</source>
        <translation>Former le binôme</translation>
    </message>
    <message>
        <source>How the check-in went</source>
        <translation>Comment l&apos;échange s&apos;est passé</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Check-ins of this pair</source>
        <translation>Échanges de ce binôme</translation>
    </message>
    <message>
        <source>No check-ins logged for this pair yet.</source>
        <translation>Aucun point d’étape noté pour ce binôme pour l’instant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete this group?</source>
        <translation>Supprimer ce groupe&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n sessions. They go with it; you can undo this for a few seconds.</source>
        <translation>
            <numerusform>Le groupe a %n séance. Elle partira avec lui&#xa0;; vous pouvez annuler pendant quelques secondes.</numerusform>
            <numerusform>Le groupe a %n séances. Elles partiront avec lui&#xa0;; vous pouvez annuler pendant quelques secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>(not to be mentioned)</source>
        <translation>(ne pas mentionner)</translation>
    </message>
    <message>
        <source>Save the group first.</source>
        <translation>Enregistrez d&apos;abord le groupe.</translation>
    </message>
    <message>
        <source>Stories shared with consent will gather here.</source>
        <translation>Les témoignages partagés avec accord se rassembleront ici.</translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1 accompagne %2</translation>
    </message>
    <message>
        <source>(not yet agreed)</source>
        <translation>(pas encore convenu)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Peer support, not therapy.</source>
        <translation>Entraide entre pairs, pas une thérapie.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>No agenda was planned for this meeting. We will decide together.</source>
        <translation>Aucun déroulé n&apos;a été prévu pour cette réunion. Nous déciderons ensemble.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation>Nos règles</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tour d&apos;arrivée</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Tour de départ</translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation>Outil de la semaine</translation>
    </message>
    <message>
        <source>No tool was chosen for this week.</source>
        <translation>Aucun outil n&apos;a été choisi pour cette semaine.</translation>
    </message>
    <message>
        <source>Strategies shared in the group</source>
        <translation>Stratégies partagées dans le groupe</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Si vous avez besoin d&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Facilitators: {names}</source>
        <translation>Animation&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Handout: {topic} ({day})</source>
        <translation>Document de séance&#xa0;: {topic} ({day})</translation>
    </message>
    <message>
        <source>Header: group, date, place, facilitators</source>
        <translation>En-tête&#xa0;: groupe, date, lieu, animation</translation>
    </message>
    <message>
        <source>Timed agenda</source>
        <translation>Déroulé minuté</translation>
    </message>
    <message>
        <source>Group agreements</source>
        <translation>Règles du groupe</translation>
    </message>
    <message>
        <source>Check-in and check-out prompts</source>
        <translation>Questions d&apos;arrivée et de départ</translation>
    </message>
    <message>
        <source>Shared strategies</source>
        <translation>Stratégies partagées</translation>
    </message>
    <message>
        <source>Resources and crisis lines</source>
        <translation>Ressources et lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>Space for notes</source>
        <translation>Espace pour les notes</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <source>Handout</source>
        <translation>Document de séance</translation>
    </message>
    <message>
        <source>Sections, in order</source>
        <translation>Sections, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Members to name on the handout</source>
        <translation>Membres à nommer sur le document</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Saved handout layouts</source>
        <translation>Mises en page enregistrées</translation>
    </message>
    <message>
        <source>Save this layout…</source>
        <translation>Enregistrer cette mise en page…</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sections (tick, and put them in order):</source>
        <translation>Sections (cochez-les et mettez-les dans l&apos;ordre)&#xa0;:</translation>
    </message>
    <message>
        <source>Name these members (only those who agreed):</source>
        <translation>Nommer ces membres (seulement ceux qui sont d&apos;accord)&#xa0;:</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved there. Choose another folder.</source>
        <translation>Le document n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>Aucune imprimante trouvée</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the handout as a PDF instead? You can print the PDF later.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Enregistrer le document en PDF à la place&#xa0;? Vous pourrez imprimer le PDF plus tard.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved layouts…</source>
        <translation>Mises en page enregistrées…</translation>
    </message>
    <message>
        <source>Save this layout</source>
        <translation>Enregistrer cette mise en page</translation>
    </message>
    <message>
        <source>A name for this handout layout:</source>
        <translation>Un nom pour cette mise en page de document&#xa0;:</translation>
    </message>
    <message>
        <source>Layout saved for this group.</source>
        <translation>Mise en page enregistrée pour ce groupe.</translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Need help now</source>
        <translation>Besoin d&apos;aide maintenant</translation>
    </message>
    <message>
        <source>You don&apos;t have to face this alone.</source>
        <translation>Vous n&apos;avez pas à vivre cela sans soutien.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation>Pays des lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>Your own lines</source>
        <translation>Vos propres lignes</translation>
    </message>
    <message>
        <source>These show even while Companion is locked, so they are not encrypted. Keep personal contacts in your safety plan instead.</source>
        <translation>Elles s&apos;affichent même quand Companion est verrouillé, elles ne sont donc pas chiffrées. Gardez plutôt vos contacts personnels dans votre plan de sécurité.</translation>
    </message>
    <message>
        <source>Your own crisis lines</source>
        <translation>Vos propres lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>Name, e.g. local crisis team</source>
        <translation>Nom, p. ex. équipe de crise locale</translation>
    </message>
    <message>
        <source>Name of the line</source>
        <translation>Nom de la ligne</translation>
    </message>
    <message>
        <source>Number, as you would dial it</source>
        <translation>Numéro, tel que vous le composeriez</translation>
    </message>
    <message>
        <source>Number of the line</source>
        <translation>Numéro de la ligne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this line</source>
        <translation>Ajouter cette ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Ouvrir mon plan de sécurité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Si vous êtes en danger en ce moment, appelez le %1.</translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation>Source&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Numbers change; verify them locally.</source>
        <translation>Les numéros changent&#xa0;; vérifiez-les localement.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Rechercher dans votre journal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Rechercher dans votre journal</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Afficher les entrées avec cette étiquette</translation>
    </message>
    <message>
        <source>Show entries with mood</source>
        <translation>Afficher les entrées avec cette humeur</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Toutes les humeurs</translation>
    </message>
    <message>
        <source>Wins only</source>
        <translation>Victoires seulement</translation>
    </message>
    <message>
        <source>Show only small wins</source>
        <translation>Afficher seulement les petites victoires</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Show only entries between two dates</source>
        <translation>Afficher seulement les entrées entre deux dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Show the calendar of moods</source>
        <translation>Afficher le calendrier des humeurs</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entrées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>humeur %1</translation>
    </message>
    <message>
        <source>a small win</source>
        <translation>une petite victoire</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No entries yet. How are you today?</source>
        <translation>Pas encore d&apos;entrée. Comment allez-vous aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Blank entry</source>
        <translation>Entrée vierge</translation>
    </message>
    <message>
        <source>From a prompt</source>
        <translation>À partir d&apos;une invitation</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>À partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Remove a template</source>
        <translation>Retirer un modèle</translation>
    </message>
    <message>
        <source>Save this entry as a template…</source>
        <translation>Enregistrer cette entrée comme modèle…</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>A name for this template:</source>
        <translation>Un nom pour ce modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Enregistré comme modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remove this template?</source>
        <translation>Retirer ce modèle&#xa0;?</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; will be removed. Entries written from it stay.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» sera retiré. Les entrées écrites avec lui restent.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée&#xa0;?</translation>
    </message>
    <message>
        <source>The entry will be removed from your journal and from search. You can undo this for a few seconds.</source>
        <translation>L&apos;entrée sera retirée de votre journal et de la recherche. Vous pouvez annuler pendant quelques secondes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Rien trouvé. Essayez avec moins de mots ou des mots plus courts.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>A hard moment</source>
        <translation>Un moment difficile</translation>
    </message>
    <message>
        <source>Slips happen on the way to recovery, and they do not erase the days behind you. Write a little about what happened, if you like; it goes in your journal as a reflection.</source>
        <translation>Les faux pas font partie du chemin du rétablissement, et ils n&apos;effacent pas les jours derrière vous. Écrivez un peu sur ce qui s&apos;est passé, si vous voulez&#xa0;; cela ira dans votre journal comme une réflexion.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>What happened, what helped, what I&apos;ll try next</source>
        <translation>Ce qui s&apos;est passé, ce qui a aidé, ce que j&apos;essaierai ensuite</translation>
    </message>
    <message>
        <source>Start counting %1 again from this day</source>
        <translation>Recommencer à compter %1 à partir de ce jour</translation>
    </message>
    <message>
        <source>Start counting again from this day</source>
        <translation>Recommencer à compter à partir de ce jour</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Looking for a system keyring…</source>
        <translation>Recherche d&apos;un trousseau du système…</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Boîte à outils</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Besoin d&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Need help now: crisis lines and your safety plan</source>
        <translation>Besoin d&apos;aide maintenant&#xa0;: lignes d&apos;écoute et votre plan de sécurité</translation>
    </message>
    <message>
        <source>Crisis lines, and your safety plan (Ctrl+Shift+H)</source>
        <translation>Lignes d&apos;écoute et votre plan de sécurité (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Resolve sync conflicts</source>
        <translation>Résoudre les conflits de synchronisation</translation>
    </message>
    <message>
        <source>You now use the restored journal: unlock it with its passphrase. The journal you had open is kept in %1.</source>
        <translation>Vous utilisez maintenant le journal restauré&#xa0;: déverrouillez-le avec sa phrase secrète. Le journal que vous aviez ouvert est conservé dans %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import &amp;Markdown Folder…</source>
        <translation>Importer un dossier &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;Group Pack…</source>
        <translation>Exporter un paquet de &amp;groupe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation>&amp;À propos de Companion</translation>
    </message>
    <message>
        <source>Opening with the key saved on this computer…</source>
        <translation>Ouverture avec la clé enregistrée sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault was interrupted, so your old recovery code no longer opens it. This is your new recovery code.</source>
        <translation>Le nouveau chiffrement a été interrompu : votre ancien code de récupération n’ouvre donc plus le journal. Voici votre nouveau code de récupération.</translation>
    </message>
    <message>
        <source>Companion (locked)</source>
        <translation>Companion (verrouillé)</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>À propos de Companion</translation>
    </message>
    <message>
        <source>Companion %1

A private journal and toolbox for recovery. Everything stays on this computer, encrypted, unless you export or sync it.</source>
        <translation>Companion %1

Un journal privé et une boîte à outils pour le rétablissement. Tout reste sur cet ordinateur, chiffré, sauf si vous l&apos;exportez ou le synchronisez.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Set a goal</source>
        <translation>Se fixer un objectif</translation>
    </message>
    <message>
        <source>Count the days since…</source>
        <translation>Compter les jours depuis…</translation>
    </message>
    <message>
        <source>Name, in your own words</source>
        <translation>Nom, avec vos propres mots</translation>
    </message>
    <message>
        <source>For example: Walk 5 km</source>
        <translation>Par exemple&#xa0;: Marcher 5 km</translation>
    </message>
    <message>
        <source>For example: Alcohol-free</source>
        <translation>Par exemple&#xa0;: Sans alcool</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation>Compté depuis</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Very low</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Très bien</translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Calendar of moods; choose a day to see its entries</source>
        <translation>Calendrier des humeurs&#xa0;; choisissez un jour pour voir ses entrées</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Pas d&apos;entrée</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>a small win</source>
        <translation>une petite victoire</translation>
    </message>
</context>
<context>
    <name>MoodMapDialog</name>
    <message>
        <source>Your moods from Daylio</source>
        <translation>Vos humeurs de Daylio</translation>
    </message>
    <message>
        <source>Daylio lets you name your own moods. Choose where each of yours sits on Companion&apos;s scale, from Very low to Great.</source>
        <translation>Daylio vous permet de nommer vos propres humeurs. Choisissez où chacune se place sur l&apos;échelle de Companion, de «&#xa0;Très mal&#xa0;» à «&#xa0;Très bien&#xa0;».</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Pas d&apos;humeur</translation>
    </message>
    <message>
        <source>Mood for “%1”</source>
        <translation>Humeur pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>Mood: %1</source>
        <translation>Humeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Pictures in this entry</source>
        <translation>Images de cette entrée</translation>
    </message>
    <message>
        <source>Add &amp;picture…</source>
        <translation>Ajouter une &amp;image…</translation>
    </message>
    <message>
        <source>Add a picture to this entry</source>
        <translation>Ajouter une image à cette entrée</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Remove the chosen picture</source>
        <translation>Retirer l&apos;image choisie</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>This picture is %1 MB; pictures can be up to 10 MB. Try a smaller copy of it. Nothing was added.</source>
        <translation>Cette image fait %1 Mo&#xa0;; les images peuvent faire jusqu&apos;à 10 Mo. Essayez une copie plus petite. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>That file could not be read. Nothing was added.</source>
        <translation>Ce fichier n&apos;a pas pu être lu. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>That file is not a picture Companion can show, or it is damaged. Nothing was added.</source>
        <translation>Ce fichier n&apos;est pas une image que Companion peut afficher, ou il est endommagé. Rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher les %1 derniers</translation>
    </message>
    <message>
        <source>Report for a clinician…</source>
        <translation>Rapport pour votre soignant…</translation>
    </message>
    <message>
        <source>Make a report for a clinician</source>
        <translation>Préparer un rapport pour votre soignant</translation>
    </message>
    <message>
        <source>Your rhythm</source>
        <translation>Votre rythme</translation>
    </message>
    <message>
        <source>Nothing recorded in this time yet.</source>
        <translation>Rien n&apos;a encore été noté sur cette période.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Étapes marquantes</translation>
    </message>
    <message>
        <source>Your milestones</source>
        <translation>Vos étapes marquantes</translation>
    </message>
    <message>
        <source>Count days since…</source>
        <translation>Compter les jours depuis…</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Se fixer un objectif…</translation>
    </message>
    <message>
        <source>A hard moment…</source>
        <translation>Un moment difficile…</translation>
    </message>
    <message>
        <source>Record a lapse as a reflection</source>
        <translation>Noter un faux pas comme une réflexion</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this milestone</source>
        <translation>Retirer cette étape marquante</translation>
    </message>
    <message numerus="yes">
        <source>You wrote on %n of the last 30 days.</source>
        <translation>
            <numerusform>Vous avez écrit %n des 30 derniers jours.</numerusform>
            <numerusform>Vous avez écrit %n des 30 derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your longest run of days in a row: %n.</source>
        <translation>
            <numerusform>Votre plus longue série de jours d&apos;affilée&#xa0;: %n.</numerusform>
            <numerusform>Votre plus longue série de jours d&apos;affilée&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation>Petites victoires par semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n small wins in this time.</source>
        <translation>
            <numerusform>%n petite victoire sur cette période.</numerusform>
            <numerusform>%n petites victoires sur cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%2), over %n days.</source>
        <translation>
            <numerusform>En moyenne %1 (%2), sur %n jour.</numerusform>
            <numerusform>En moyenne %1 (%2), sur %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1, over %n days.</source>
        <translation>
            <numerusform>En moyenne %1, sur %n jour.</numerusform>
            <numerusform>En moyenne %1, sur %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>No milestones yet. You can count the days since something, or set a goal.</source>
        <translation>Pas encore d&apos;étape marquante. Vous pouvez compter les jours depuis quelque chose, ou vous fixer un objectif.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation>
            <numerusform>%1&#xa0;: %n jour</numerusform>
            <numerusform>%1&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (longest period: %n days)</source>
        <translation>
            <numerusform> (plus longue période&#xa0;: %n jour)</numerusform>
            <numerusform> (plus longue période&#xa0;: %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached on %2</source>
        <translation>%1&#xa0;: atteint le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days to go</source>
        <translation>
            <numerusform>%1&#xa0;: encore %n jour</numerusform>
            <numerusform>%1&#xa0;: encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still on the way</source>
        <translation>%1&#xa0;: encore en chemin</translation>
    </message>
    <message>
        <source>Thank you for writing it down. The days before still count.</source>
        <translation>Merci de l&apos;avoir écrit. Les jours d&apos;avant comptent toujours.</translation>
    </message>
    <message>
        <source>You reached %1. Well done.</source>
        <translation>Vous avez atteint %1. Bravo.</translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation>Retirer cette étape marquante&#xa0;?</translation>
    </message>
    <message>
        <source>The counter or goal disappears from Progress. Entries written about it stay in your journal.</source>
        <translation>Le compteur ou l&apos;objectif disparaîtra de Progrès. Les entrées écrites à ce sujet restent dans votre journal.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way into your journal. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, ce code est le seul autre moyen d&apos;accéder à votre journal. Notez-le ou enregistrez-le, et gardez-le en lieu sûr, loin de cet ordinateur. Il n&apos;est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copier le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation>Enregistrer le code de récupération en PDF</translation>
    </message>
    <message>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>Je l&apos;ai &amp;gardé en lieu sûr</translation>
    </message>
    <message>
        <source>I have kept the recovery code somewhere safe</source>
        <translation>J&apos;ai gardé le code de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip keeping the recovery code</source>
        <translation>Passer la conservation du code de récupération</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Enregistrer le code de récupération</translation>
    </message>
    <message>
        <source>Companion recovery code.pdf</source>
        <translation>Code de récupération Companion.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Companion recovery code</source>
        <translation>Code de récupération Companion</translation>
    </message>
    <message>
        <source>This code opens your Companion journal if you forget your passphrase.</source>
        <translation>Ce code ouvre votre journal Companion si vous oubliez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private. Anyone with this code and your computer can read your journal.</source>
        <translation>Gardez cette page en lieu sûr et privé. Toute personne ayant ce code et votre ordinateur peut lire votre journal.</translation>
    </message>
    <message>
        <source>To use it, choose &quot;Use recovery code&quot; on the unlock screen and type the code. Capital letters and dashes do not matter.</source>
        <translation>Pour l&apos;utiliser, choisissez «&#xa0;Utiliser le code de récupération&#xa0;» sur l&apos;écran de déverrouillage et saisissez le code. Les majuscules et les tirets n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder and try again.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Skip the recovery code?</source>
        <translation>Passer le code de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>Without the recovery code, nobody can open your journal if you forget your passphrase: not you, and not us. You can make a new code later in Settings.</source>
        <translation>Sans le code de récupération, personne ne pourra ouvrir votre journal si vous oubliez votre phrase secrète&#xa0;: ni vous, ni nous. Vous pourrez créer un nouveau code plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>I understand, skip</source>
        <translation>Je comprends, passer</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Tray and check-in reminder</source>
        <translation>Zone de notification et rappel pour faire le point</translation>
    </message>
    <message>
        <source>Show Companion in the system tray</source>
        <translation>Afficher Companion dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so there is no icon.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, il n&apos;y a donc pas d&apos;icône.</translation>
    </message>
    <message>
        <source>Remind me to check in every day at</source>
        <translation>Me rappeler de faire le point chaque jour à</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>The reminder only says “Time for your check-in”. It never shows anything you wrote.</source>
        <translation>Le rappel dit seulement «&#xa0;C&apos;est l&apos;heure de faire le point&#xa0;». Il n&apos;affiche jamais rien de ce que vous avez écrit.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your check-in</source>
        <translation>C&apos;est l&apos;heure de faire le point</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Ouvrir Companion</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Faire le point maintenant</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>Rapport de progrès</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>Prepared with Companion on {today}. It holds only what its owner chose to share.</source>
        <translation>Préparé avec Companion le {today}. Il ne contient que ce que la personne a choisi de partager.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>Average over the period: {value}</source>
        <translation>Moyenne sur la période&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Days with a journal entry: {count}</source>
        <translation>Jours avec une entrée dans le journal&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation>Petites victoires par semaine</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Petites victoires</translation>
    </message>
    <message>
        <source>A small win</source>
        <translation>Une petite victoire</translation>
    </message>
    <message>
        <source>No wins were marked in this period.</source>
        <translation>Aucune victoire n&apos;a été marquée sur cette période.</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Coping strategies used</source>
        <translation>Stratégies d&apos;adaptation utilisées</translation>
    </message>
    <message>
        <source>{title}: used {uses} times, distress down {drop} on average (0-10)</source>
        <translation>{title}&#xa0;: utilisée {uses} fois, détresse en baisse de {drop} en moyenne (0-10)</translation>
    </message>
    <message>
        <source>Journal entries chosen for this report</source>
        <translation>Entrées du journal choisies pour ce rapport</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Rien n&apos;a été noté sur cette période.</translation>
    </message>
    <message>
        <source>This report is the person&apos;s own record, kept for their care. It is not a diagnosis.</source>
        <translation>Ce rapport est le suivi personnel de la personne, tenu pour ses soins. Ce n&apos;est pas un diagnostic.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a clinician</source>
        <translation>Rapport pour votre soignant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Journal text stays private unless you tick entries below.</source>
        <translation>Le texte du journal reste privé, sauf si vous cochez des entrées ci-dessous.</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Entrées à inclure</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Progress report %1 to %2.pdf</source>
        <translation>Rapport de progrès %1 à %2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Clinic or treatment centre</source>
        <translation>Clinique ou centre de soins</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Groupe d&apos;entraide</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Ligne d&apos;écoute</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Book or article</source>
        <translation>Livre ou article</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Knowledge notes</source>
        <translation>Notes de connaissances</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>Chercher une ressource</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Nothing here yet. Keep the therapists, crisis lines and websites that helped you, or were recommended to you, with New resource.</source>
        <translation>Rien ici pour l’instant. Gardez les thérapeutes, lignes d’écoute et sites qui vous ont aidé ou qu’on vous a recommandés avec «&#xa0;Nouvelle ressource&#xa0;».</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact: phone, e-mail, address or link</source>
        <translation>Contact&#xa0;: téléphone, e-mail, adresse ou lien</translation>
    </message>
    <message>
        <source>Cost and insurance</source>
        <translation>Coût et assurance</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>A first name or alias, or &quot;me&quot;</source>
        <translation>Un prénom ou un pseudonyme, ou «&#xa0;moi&#xa0;»</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Pas évaluée</translation>
    </message>
    <message>
        <source> stars</source>
        <translation> étoiles</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Mon avis</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>My experience</source>
        <translation>Mon expérience</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation>Enregistrer cette ressource</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation>Ajouter à mon plan de sécurité</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this resource</source>
        <translation>Retirer cette ressource</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Cost, insurance</source>
        <translation>Coût, assurance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>No resources match this search.</source>
        <translation>Aucune ressource ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Added to step 5 of your safety plan.</source>
        <translation>Ajouté à l&apos;étape 5 de votre plan de sécurité.</translation>
    </message>
    <message>
        <source>Remove this resource?</source>
        <translation>Retirer cette ressource&#xa0;?</translation>
    </message>
    <message>
        <source>It leaves your directory.</source>
        <translation>Elle disparaîtra de votre annuaire.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>No notes yet. Write down what you learn about your condition and care.</source>
        <translation>Pas encore de note. Notez ce que vous apprenez sur votre trouble et vos soins.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>A condition</source>
        <translation>Une maladie</translation>
    </message>
    <message>
        <source>A treatment</source>
        <translation>Un traitement</translation>
    </message>
    <message>
        <source>A medication</source>
        <translation>Un médicament</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j&apos;ai appris</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>D&apos;où ça vient</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Questions pour mon prochain rendez-vous</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Questions pour la prochaine fois</translation>
    </message>
    <message>
        <source>Saved. You can find it with the Journal&apos;s search.</source>
        <translation>Enregistré. Vous le retrouverez avec la recherche du journal.</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>Retirer cette note&#xa0;?</translation>
    </message>
    <message>
        <source>It leaves your notes and search.</source>
        <translation>Elle disparaîtra de vos notes et de la recherche.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <source>If I am in danger now</source>
        <translation>Si je suis en danger maintenant</translation>
    </message>
    <message>
        <source>Keep this card where you can find it. Made with Companion.</source>
        <translation>Gardez cette carte là où vous la retrouverez. Réalisé avec Companion.</translation>
    </message>
    <message>
        <source>1. My warning signs</source>
        <translation>1. Mes signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>Thoughts, moods, situations or behaviours that tell me a crisis may be coming.</source>
        <translation>Des pensées, humeurs, situations ou comportements qui me disent qu&apos;une crise pourrait arriver.</translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation>2. Ce que je peux faire par moi-même</translation>
    </message>
    <message>
        <source>Ways to take my mind off things without contacting anyone.</source>
        <translation>Des façons de me changer les idées sans contacter personne.</translation>
    </message>
    <message>
        <source>3. People and places that help me feel better</source>
        <translation>3. Les personnes et les lieux qui m&apos;aident à aller mieux</translation>
    </message>
    <message>
        <source>People to be with, and places to go, that can distract me.</source>
        <translation>Des personnes avec qui être et des lieux où aller qui peuvent me changer les idées.</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. Les personnes à qui je peux demander de l&apos;aide</translation>
    </message>
    <message>
        <source>Their name, and how to reach them.</source>
        <translation>Leur nom, et comment les joindre.</translation>
    </message>
    <message>
        <source>5. Professionals and services</source>
        <translation>5. Professionnels et services</translation>
    </message>
    <message>
        <source>My clinicians, local services and crisis lines. The crisis lines are also under Need help now.</source>
        <translation>Mes soignants, les services près de chez moi et les lignes d&apos;écoute. Les lignes d&apos;écoute sont aussi sous «&#xa0;Besoin d&apos;aide maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation>6. Rendre mon environnement plus sûr</translation>
    </message>
    <message>
        <source>Steps that put distance between me and ways to harm myself.</source>
        <translation>Des étapes qui mettent de la distance entre moi et les moyens de me faire du mal.</translation>
    </message>
    <message>
        <source>7. My reasons for living</source>
        <translation>7. Mes raisons de vivre</translation>
    </message>
    <message>
        <source>In my own words.</source>
        <translation>Avec mes propres mots.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <source>A plan for hard moments, written while you are calm. Go through the steps in order until you feel safer. If you are in danger now, use Need help now at the top right.</source>
        <translation>Un plan pour les moments difficiles, écrit quand vous êtes calme. Suivez les étapes dans l&apos;ordre jusqu&apos;à vous sentir plus en sécurité. Si vous êtes en danger maintenant, utilisez «&#xa0;Besoin d&apos;aide maintenant&#xa0;» en haut à droite.</translation>
    </message>
    <message>
        <source>Add my best strategies</source>
        <translation>Ajouter mes meilleures stratégies</translation>
    </message>
    <message>
        <source>Add the strategies that help me most to step 2</source>
        <translation>Ajouter à l&apos;étape 2 les stratégies qui m&apos;aident le plus</translation>
    </message>
    <message>
        <source>Look at this plan again on</source>
        <translation>Relire ce plan le</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de relecture</translation>
    </message>
    <message>
        <source>Print or save as a card…</source>
        <translation>Imprimer ou enregistrer sous forme de carte…</translation>
    </message>
    <message>
        <source>Print the safety plan or save it as a PDF</source>
        <translation>Imprimer le plan de sécurité ou l&apos;enregistrer en PDF</translation>
    </message>
    <message numerus="yes">
        <source>Added %n strategies that have helped you.</source>
        <translation>
            <numerusform>%n stratégie qui vous a aidé a été ajoutée.</numerusform>
            <numerusform>%n stratégies qui vous ont aidé ont été ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add yet. Log uses in the Toolbox with &quot;I used this&quot; to see what helps.</source>
        <translation>Rien de nouveau à ajouter pour l&apos;instant. Notez vos utilisations dans la Boîte à outils avec «&#xa0;Je l&apos;ai utilisée&#xa0;» pour voir ce qui vous aide.</translation>
    </message>
    <message>
        <source>My safety plan.pdf</source>
        <translation>Mon plan de sécurité.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>Les deux nouvelles phrases secrètes ne correspondent pas. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Votre phrase secrète a été changée. Utilisez la nouvelle la prochaine fois.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time. Companion will ask for it on this computer too; you can turn remember-me on again below.</source>
        <translation>Votre phrase secrète a été changée. Utilisez la nouvelle la prochaine fois. Companion vous la demandera aussi sur cet ordinateur ; vous pouvez réactiver l’ouverture sans phrase secrète ci-dessous.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Verrouiller quand l&apos;écran se verrouille</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Se souvenir de moi</translation>
    </message>
    <message>
        <source>Open without the passphrase on this computer</source>
        <translation>Ouvrir sans phrase secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>The key is kept in your system keyring. Anyone who can use your computer account can then open your journal.</source>
        <translation>La clé est gardée dans le trousseau du système. Toute personne pouvant utiliser votre compte sur cet ordinateur pourra alors ouvrir votre journal.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Companion will open without the passphrase on this computer.</source>
        <translation>Companion s&apos;ouvrira sans phrase secrète sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Companion will ask for your passphrase again.</source>
        <translation>Companion vous redemandera votre phrase secrète.</translation>
    </message>
    <message>
        <source>Recovery and repair</source>
        <translation>Récupération et réparation</translation>
    </message>
    <message>
        <source>Lost your recovery code? Make a new one; the old one stops working. Re-encrypting changes the key of the whole journal, for example if you think someone had your recovery code or saved key.</source>
        <translation>Code de récupération perdu&#xa0;? Créez-en un nouveau&#xa0;; l&apos;ancien ne fonctionnera plus. Chiffrer à nouveau change la clé de tout le journal, par exemple si vous pensez que quelqu&apos;un a eu votre code de récupération ou la clé enregistrée.</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nouveau code de récupération…</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <source>Re-encrypt journal…</source>
        <translation>Chiffrer à nouveau le journal…</translation>
    </message>
    <message>
        <source>Re-encrypt the journal</source>
        <translation>Chiffrer à nouveau le journal</translation>
    </message>
    <message>
        <source>Check journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <source>Check the journal for damage</source>
        <translation>Vérifier si le journal est endommagé</translation>
    </message>
    <message>
        <source>Type your passphrase to go on:</source>
        <translation>Saisissez votre phrase secrète pour continuer&#xa0;:</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>Re-encrypt your journal?</source>
        <translation>Chiffrer à nouveau votre journal&#xa0;?</translation>
    </message>
    <message>
        <source>Companion will encrypt the whole journal again with a new key and give you a new recovery code. The old recovery code will stop working.</source>
        <translation>Companion va chiffrer à nouveau tout le journal avec une nouvelle clé et vous donner un nouveau code de récupération. L&apos;ancien code de récupération ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation>Chiffrer à nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-encrypt journal</source>
        <translation>Chiffrer à nouveau le journal</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>The check found damage in your journal. Keep a copy of the vault folder and restore from a backup.</source>
        <translation>La vérification a trouvé des dommages dans votre journal. Gardez une copie du dossier du coffre et restaurez depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Your journal is healthy.</source>
        <translation>Votre journal est en bon état.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>Monter le point du déroulé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>Descendre le point du déroulé</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Qui était là</translation>
    </message>
    <message>
        <source>Check-in note for the chosen member</source>
        <translation>Note d&apos;arrivée du membre choisi</translation>
    </message>
    <message>
        <source>Check-in (short, never printed)</source>
        <translation>Arrivée (bref, jamais imprimé)</translation>
    </message>
    <message>
        <source>Check-out note for the chosen member</source>
        <translation>Note de départ du membre choisi</translation>
    </message>
    <message>
        <source>Check-out (short, never printed)</source>
        <translation>Départ (bref, jamais imprimé)</translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation>Outil de la semaine</translation>
    </message>
    <message>
        <source>Shared in the group</source>
        <translation>Partagé dans le groupe</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Ce qui a été partagé</translation>
    </message>
    <message>
        <source>A strategy or a story that was shared</source>
        <translation>Une stratégie ou un témoignage partagé</translation>
    </message>
    <message>
        <source>A story (kept for the wall if they agreed)</source>
        <translation>Un témoignage (gardé pour le mur s&apos;il y a accord)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add what was shared</source>
        <translation>Ajouter ce qui a été partagé</translation>
    </message>
    <message>
        <source>Adopt into my toolbox</source>
        <translation>Adopter dans ma boîte à outils</translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation>Suites à donner la prochaine fois</translation>
    </message>
    <message>
        <source>Private facilitator notes</source>
        <translation>Notes privées de l&apos;animation</translation>
    </message>
    <message>
        <source>Private facilitator notes (locked): never printed, exported or synced.</source>
        <translation>Notes privées de l&apos;animation (verrouillées)&#xa0;: jamais imprimées, exportées ni synchronisées.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la séance</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>Document de séance…</translation>
    </message>
    <message>
        <source>Build a handout for this session</source>
        <translation>Préparer un document pour cette séance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minutes</source>
        <translation>
            <numerusform>Total&#xa0;: %n minute</numerusform>
            <numerusform>Total&#xa0;: %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool this week</source>
        <translation>Pas d&apos;outil cette semaine</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Choose a shared strategy to adopt.</source>
        <translation>Choisissez une stratégie partagée à adopter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in your toolbox now.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant dans votre boîte à outils.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Need help now: crisis lines, even when locked</source>
        <translation>Besoin d&apos;aide maintenant&#xa0;: lignes d&apos;écoute, même verrouillé</translation>
    </message>
    <message>
        <source>Lock Companion</source>
        <translation>Verrouiller Companion</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Journal: new entry</source>
        <translation>Journal&#xa0;: nouvelle entrée</translation>
    </message>
    <message>
        <source>Journal: search</source>
        <translation>Journal&#xa0;: rechercher</translation>
    </message>
    <message>
        <source>Editor: bold</source>
        <translation>Éditeur&#xa0;: gras</translation>
    </message>
    <message>
        <source>Editor: italic</source>
        <translation>Éditeur&#xa0;: italique</translation>
    </message>
    <message>
        <source>Editor: bulleted list</source>
        <translation>Éditeur&#xa0;: liste à puces</translation>
    </message>
    <message>
        <source>Editor: numbered list</source>
        <translation>Éditeur&#xa0;: liste numérotée</translation>
    </message>
    <message>
        <source>Editor: heading 1, 2, 3</source>
        <translation>Éditeur&#xa0;: titre 1, 2, 3</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Passer d&apos;un champ à l&apos;autre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Nothing here yet. Write a line below and choose Add.</source>
        <translation>Rien ici pour l’instant. Écrivez une ligne ci-dessous et choisissez «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Ajouter à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Téléphone ou moyen de les joindre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to step %1</source>
        <translation>Ajouter à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen line from step %1</source>
        <translation>Retirer la ligne choisie de l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Edit strategy</source>
        <translation>Modifier la stratégie</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>1. First…
2. Then…</source>
        <translation>1. D&apos;abord…
2. Ensuite…</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>Quand ça aide</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>D&apos;où ça vient</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>From my group</source>
        <translation>De mon groupe</translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation>D&apos;un professionnel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Shared by (first name or alias)</source>
        <translation>Partagé par (prénom ou pseudonyme)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. A few unrelated words work well.</source>
        <translation>Faible&#xa0;: facile à deviner. Quelques mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Fair: a little longer would be safer.</source>
        <translation>Moyenne&#xa0;: un peu plus longue serait plus sûre.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>A few unrelated words are strong and easy to remember.</source>
        <translation>Quelques mots sans rapport entre eux sont solides et faciles à retenir.</translation>
    </message>
    <message>
        <source>Weak: this is one of the first that guessers try.</source>
        <translation>Faible&#xa0;: c&apos;est l&apos;une des premières qu&apos;on essaie pour deviner.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync stopped unexpectedly. It will try again.</source>
        <translation>La synchronisation s&apos;est arrêtée de façon inattendue. Elle va réessayer.</translation>
    </message>
</context>
<context>
    <name>SyncKind</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Entry template</source>
        <translation>Modèle d&apos;entrée</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape marquante</translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Stratégie d&apos;adaptation</translation>
    </message>
    <message>
        <source>Use of a coping strategy</source>
        <translation>Utilisation d&apos;une stratégie</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Membre du groupe</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Séance de groupe</translation>
    </message>
    <message>
        <source>Shared in a group</source>
        <translation>Partagé dans un groupe</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>Mentoring check-in</source>
        <translation>Point de mentorat</translation>
    </message>
    <message>
        <source>Handout template</source>
        <translation>Modèle de document de séance</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Sync between your devices</source>
        <translation>Synchroniser entre vos appareils</translation>
    </message>
    <message>
        <source>Companion can keep your other computer up to date through a folder that a sync app you already use carries (Syncthing, Nextcloud, Dropbox) or a USB stick. Everything in that folder is encrypted with a sync passphrase you choose; the sync app never sees your journal.</source>
        <translation>Companion peut tenir votre autre ordinateur à jour grâce à un dossier qu&apos;une application de synchronisation que vous utilisez déjà transporte (Syncthing, Nextcloud, Dropbox), ou une clé USB. Tout ce qui se trouve dans ce dossier est chiffré avec une phrase secrète de synchronisation que vous choisissez&#xa0;; l&apos;application de synchronisation ne voit jamais votre journal.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Choose sync folder…</source>
        <translation>Choisir le dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Stop syncing on this computer</source>
        <translation>Arrêter la synchronisation sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Dossier de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync is off on this computer.</source>
        <translation>La synchronisation est désactivée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Change sync folder…</source>
        <translation>Changer le dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Phrase secrète de synchronisation</translation>
    </message>
    <message>
        <source>The sync passphrase you chose on your first computer:</source>
        <translation>La phrase secrète de synchronisation choisie sur votre premier ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a sync passphrase. You will type it once on each of your computers.</source>
        <translation>Choisissez une phrase secrète de synchronisation. Vous la saisirez une fois sur chacun de vos ordinateurs.</translation>
    </message>
    <message>
        <source>Type the sync passphrase again:</source>
        <translation>Saisissez à nouveau la phrase secrète de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed; try again.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Sync is on. Set it up on your other computer with the same folder.</source>
        <translation>La synchronisation est activée. Configurez-la sur votre autre ordinateur avec le même dossier.</translation>
    </message>
    <message>
        <source>This computer now syncs with your others.</source>
        <translation>Cet ordinateur se synchronise maintenant avec vos autres ordinateurs.</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Stop syncing on this computer? Your journal here stays as it is, and so do the sync folder and your other computers.</source>
        <translation>Arrêter la synchronisation sur cet ordinateur&#xa0;? Votre journal ici reste tel quel, tout comme le dossier de synchronisation et vos autres ordinateurs.</translation>
    </message>
    <message>
        <source>Keep syncing</source>
        <translation>Continuer à synchroniser</translation>
    </message>
    <message>
        <source>This computer no longer syncs.</source>
        <translation>Cet ordinateur ne se synchronise plus.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off.</source>
        <translation>La synchronisation est désactivée.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message>
        <source>Synced a minute ago</source>
        <translation>Synchronisé il y a une minute</translation>
    </message>
    <message>
        <source>Synced %n minutes ago</source>
        <translation>Synchronisé il y a %n minute|Synchronisé il y a %n minutes</translation>
    </message>
    <message>
        <source>Synced an hour ago</source>
        <translation>Synchronisé il y a une heure</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <source>Conflict in 1 entry</source>
        <translation>Conflit dans 1 entrée</translation>
    </message>
    <message>
        <source>A problem: see Settings &gt; Sync</source>
        <translation>Un problème&#xa0;: voir Paramètres &gt; Synchronisation</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation>Comment allez-vous en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>One line about it, if you like</source>
        <translation>Une ligne à ce sujet, si vous voulez</translation>
    </message>
    <message>
        <source>One line about how you are</source>
        <translation>Une ligne sur votre état</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Faire le point</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation>L&apos;entrée du jour</translation>
    </message>
    <message>
        <source>Open today&apos;s entry</source>
        <translation>Ouvrir l&apos;entrée du jour</translation>
    </message>
    <message>
        <source>A gentle prompt</source>
        <translation>Une invitation douce</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Écrire à ce sujet</translation>
    </message>
    <message>
        <source>Write about this prompt</source>
        <translation>Écrire à partir de cette invitation</translation>
    </message>
    <message>
        <source>Recent wins</source>
        <translation>Victoires récentes</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Étapes marquantes</translation>
    </message>
    <message>
        <source>Strategies that help me</source>
        <translation>Les stratégies qui m&apos;aident</translation>
    </message>
    <message>
        <source>The strategies that help you most will appear here once you use the Toolbox.</source>
        <translation>Les stratégies qui vous aident le plus apparaîtront ici une fois que vous utiliserez la Boîte à outils.</translation>
    </message>
    <message>
        <source>It has been a while since your journal was last backed up.</source>
        <translation>Votre journal n&apos;a pas été sauvegardé depuis un moment.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>A mentoring check-in is due: %1 and %2.</source>
        <translation>Un échange de mentorat est prévu&#xa0;: %1 et %2.</translation>
    </message>
    <message>
        <source>It is time to look at your safety plan again (Safety plan).</source>
        <translation>C&apos;est le moment de relire votre plan de sécurité (Plan de sécurité).</translation>
    </message>
    <message>
        <source>You have written today.</source>
        <translation>Vous avez écrit aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Nothing written yet today. There is no rush.</source>
        <translation>Rien d&apos;écrit aujourd&apos;hui pour l&apos;instant. Rien ne presse.</translation>
    </message>
    <message>
        <source>Write today&apos;s entry</source>
        <translation>Écrire l&apos;entrée du jour</translation>
    </message>
    <message>
        <source>Your small wins will gather here. Mark an entry as a small win to keep it.</source>
        <translation>Vos petites victoires se rassembleront ici. Marquez une entrée comme petite victoire pour la garder.</translation>
    </message>
    <message>
        <source>Count the days since something, or set a goal, on the Progress page.</source>
        <translation>Comptez les jours depuis quelque chose, ou fixez-vous un objectif, sur la page Progrès.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>I used %1…</source>
        <translation>J&apos;ai utilisé %1…</translation>
    </message>
    <message>
        <source>I used %1</source>
        <translation>J&apos;ai utilisé %1</translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation>C&apos;est noté. Merci de prendre soin de vous.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation>
            <numerusform>%1&#xa0;: %n jour</numerusform>
            <numerusform>%1&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (next: %n days)</source>
        <translation>
            <numerusform> (prochain&#xa0;: dans %n jour)</numerusform>
            <numerusform> (prochain&#xa0;: dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached. Well done.</source>
        <translation>%1&#xa0;: atteint. Bravo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n days</source>
        <translation>
            <numerusform>%1&#xa0;: dans %n jour</numerusform>
            <numerusform>%1&#xa0;: dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the date has passed; keep going at your own pace</source>
        <translation>%1&#xa0;: la date est passée&#xa0;; continuez à votre rythme</translation>
    </message>
    <message>
        <source>You reached %1.</source>
        <translation>Vous avez atteint %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1. That matters.</source>
        <translation>
            <numerusform>%n jour&#xa0;: %1. Cela compte.</numerusform>
            <numerusform>%n jours&#xa0;: %1. Cela compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for checking in. Feeling %1 is noted in today&apos;s entry.</source>
        <translation>Merci d&apos;avoir fait le point. «&#xa0;%1&#xa0;» est noté dans l&apos;entrée du jour.</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Bonsoir, oiseau de nuit</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Find a strategy</source>
        <translation>Chercher une stratégie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation>Nouvelle stratégie…</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>Coping cards…</source>
        <translation>Cartes d&apos;adaptation…</translation>
    </message>
    <message>
        <source>Print or save coping cards</source>
        <translation>Imprimer ou enregistrer des cartes d&apos;adaptation</translation>
    </message>
    <message>
        <source>What works for me</source>
        <translation>Ce qui m&apos;aide</translation>
    </message>
    <message>
        <source>No strategies match this search.</source>
        <translation>Aucune stratégie ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Ranked by how much distress went down, counting every use; a strategy used once cannot jump to the top.</source>
        <translation>Classées selon la baisse de la détresse, en comptant chaque utilisation&#xa0;; une stratégie utilisée une seule fois ne peut pas passer en tête.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>By how much it helps</source>
        <translation>Selon l&apos;aide apportée</translation>
    </message>
    <message>
        <source>By how often I use it</source>
        <translation>Selon la fréquence d&apos;utilisation</translation>
    </message>
    <message>
        <source>All strategies</source>
        <translation>Toutes les stratégies</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>I &amp;used this…</source>
        <translation>Je l&apos;ai &amp;utilisée…</translation>
    </message>
    <message>
        <source>I used this strategy</source>
        <translation>J&apos;ai utilisé cette stratégie</translation>
    </message>
    <message>
        <source>Breathe with the pacer</source>
        <translation>Respirer avec le guide</translation>
    </message>
    <message>
        <source>Copy to make it mine</source>
        <translation>Copier pour me l&apos;approprier</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this starter strategy</source>
        <translation>Masquer cette stratégie de départ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit this strategy</source>
        <translation>Modifier cette stratégie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this strategy</source>
        <translation>Retirer cette stratégie</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation>Ajouter à mon plan de sécurité</translation>
    </message>
    <message>
        <source>(starter)</source>
        <translation>(de départ)</translation>
    </message>
    <message numerus="yes">
        <source>%1: distress down %2 on average, used %n times</source>
        <translation>
            <numerusform>%1&#xa0;: détresse en baisse de %2 en moyenne, utilisée %n fois</numerusform>
            <numerusform>%1&#xa0;: détresse en baisse de %2 en moyenne, utilisée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a few uses with &quot;I used this&quot; and what works for you will show here.</source>
        <translation>Notez quelques utilisations avec «&#xa0;Je l&apos;ai utilisée&#xa0;» et ce qui vous aide apparaîtra ici.</translation>
    </message>
    <message>
        <source>Coping toolbox</source>
        <translation>Boîte à outils</translation>
    </message>
    <message>
        <source>Choose a strategy to see its steps.</source>
        <translation>Choisissez une stratégie pour voir ses étapes.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>From the starter library</source>
        <translation>De la sélection de départ</translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation>D&apos;un professionnel</translation>
    </message>
    <message>
        <source>From %1, shared by %2</source>
        <translation>De %1, partagé par %2</translation>
    </message>
    <message>
        <source>my group</source>
        <translation>mon groupe</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <source>When it helps: %1</source>
        <translation>Quand ça aide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Pas encore utilisée.</translation>
    </message>
    <message numerus="yes">
        <source>Used %n times; distress went down %1 on average.</source>
        <translation>
            <numerusform>Utilisée %n fois&#xa0;; la détresse a baissé de %1 en moyenne.</numerusform>
            <numerusform>Utilisée %n fois&#xa0;; la détresse a baissé de %1 en moyenne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation>C&apos;est noté. Merci de prendre soin de vous.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied. It is yours to change now.</source>
        <translation>Copiée. Vous pouvez maintenant l&apos;adapter à votre façon.</translation>
    </message>
    <message>
        <source>Remove this strategy?</source>
        <translation>Retirer cette stratégie&#xa0;?</translation>
    </message>
    <message>
        <source>It leaves your toolbox. The times you used it stay counted.</source>
        <translation>Elle disparaîtra de votre boîte à outils. Les fois où vous l&apos;avez utilisée restent comptées.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Tick at least one strategy for the cards.</source>
        <translation>Cochez au moins une stratégie pour les cartes.</translation>
    </message>
    <message>
        <source>Coping cards</source>
        <translation>Cartes d&apos;adaptation</translation>
    </message>
    <message>
        <source>Coping cards.pdf</source>
        <translation>Cartes d&apos;adaptation.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Added to step 2 of your safety plan.</source>
        <translation>Ajouté à l&apos;étape 2 de votre plan de sécurité.</translation>
    </message>
</context>
<context>
    <name>TrackerInputs</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Trackers</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Your trackers</source>
        <translation>Vos suivis</translation>
    </message>
    <message>
        <source>No trackers yet. Add one below, like Sleep or Anxiety.</source>
        <translation>Pas encore de suivi. Ajoutez-en un ci-dessous, par exemple Sommeil ou Anxiété.</translation>
    </message>
    <message>
        <source>Tracker name</source>
        <translation>Nom du suivi</translation>
    </message>
    <message>
        <source>For example: Sleep, Anxiety, Took medication</source>
        <translation>Par exemple&#xa0;: Sommeil, Anxiété, Médicament pris</translation>
    </message>
    <message>
        <source>Kind of tracker</source>
        <translation>Type de suivi</translation>
    </message>
    <message>
        <source>A number (like hours)</source>
        <translation>Un nombre (par exemple des heures)</translation>
    </message>
    <message>
        <source>A scale (like 0 to 10)</source>
        <translation>Une échelle (par exemple de 0 à 10)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valeur la plus basse</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valeur la plus haute</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>For example: hours</source>
        <translation>Par exemple&#xa0;: heures</translation>
    </message>
    <message>
        <source>Add tracker</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this tracker</source>
        <translation>Retirer ce suivi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>Du, au</translation>
    </message>
    <message>
        <source>Track what matters to you with each entry: sleep, anxiety, energy, cravings, medication. Leave any of them blank on a day; blank is never counted as zero.</source>
        <translation>Suivez ce qui compte pour vous à chaque entrée&#xa0;: sommeil, anxiété, énergie, envies de consommer, médicaments. Laissez-en vide quand vous voulez&#xa0;; un champ vide ne compte jamais comme zéro.</translation>
    </message>
    <message>
        <source>%1: a scale from %2 to %3</source>
        <translation>%1&#xa0;: une échelle de %2 à %3</translation>
    </message>
    <message>
        <source>%1: yes or no</source>
        <translation>%1&#xa0;: oui ou non</translation>
    </message>
    <message>
        <source>%1: a number</source>
        <translation>%1&#xa0;: un nombre</translation>
    </message>
    <message>
        <source>Added. It appears in each entry from now on.</source>
        <translation>Ajouté. Il apparaît désormais dans chaque entrée.</translation>
    </message>
    <message>
        <source>Remove this tracker?</source>
        <translation>Retirer ce suivi&#xa0;?</translation>
    </message>
    <message>
        <source>It will no longer appear in entries. Values you already recorded stay in your journal.</source>
        <translation>Il n&apos;apparaîtra plus dans les entrées. Les valeurs déjà notées restent dans votre journal.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrée supprimée.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Votre journal est verrouillé. Saisissez votre phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se &amp;souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps the key in your system keyring so Companion opens without the passphrase.</source>
        <translation>Garde la clé dans le trousseau du système pour que Companion s&apos;ouvre sans la phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Forgot it? Use &amp;recovery code</source>
        <translation>Oubliée&#xa0;? Utiliser le code de &amp;récupération</translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>Remember me is not available: %1</source>
        <translation>«&#xa0;Se souvenir de moi&#xa0;» n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Utiliser votre code de récupération</translation>
    </message>
    <message>
        <source>Type the recovery code you kept when you created your journal, then choose a new passphrase. Capital letters and dashes do not matter.</source>
        <translation>Saisissez le code de récupération gardé à la création de votre journal, puis choisissez une nouvelle phrase secrète. Les majuscules et les tirets n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Code de récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Saisissez-la à &amp;nouveau</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Revenir à la phrase secrète</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Choisir la phrase secrète et &amp;déverrouiller</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Choisir la phrase secrète et déverrouiller</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Saisissez d&apos;abord votre code de récupération.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <source>I used this</source>
        <translation>Je l&apos;ai utilisée</translation>
    </message>
    <message>
        <source>How strong was the distress, from 0 (none) to 10 (the most)?</source>
        <translation>Quelle était l&apos;intensité de la détresse, de 0 (aucune) à 10 (la plus forte)&#xa0;?</translation>
    </message>
    <message>
        <source>Distress before</source>
        <translation>Détresse avant</translation>
    </message>
    <message>
        <source>Distress after</source>
        <translation>Détresse après</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Une note, si vous voulez</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Quelque chose s&apos;est mal passé</translation>
    </message>
    <message>
        <source>%1 Details were written to %2.</source>
        <translation>%1 Les détails ont été écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>busy_bar</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>Aucune imprimante trouvée</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save it as a PDF instead? You can print the PDF later.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. L&apos;enregistrer en PDF à la place&#xa0;? Vous pourrez imprimer le PDF plus tard.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print it, or save it as a PDF?</source>
        <translation>L&apos;imprimer, ou l&apos;enregistrer en PDF&#xa0;?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
</TS>
