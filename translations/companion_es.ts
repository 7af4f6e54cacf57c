<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>How Companion looks and speaks</source>
        <translation>Cómo se ve y habla Companion</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema de color</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Movimiento completo</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Companion will speak this language the next time it starts.</source>
        <translation>Companion usará este idioma la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Companion backs up your whole journal once a day while it is open, and keeps the newest ten. Backups are encrypted: your recovery code opens them, or a backup passphrase if you choose one.</source>
        <translation>Companion hace una copia de seguridad de todo tu diario una vez al día mientras está abierto y guarda las diez más recientes. Las copias están cifradas: las abre tu código de recuperación, o una frase de contraseña de copias si eliges una.</translation>
    </message>
    <message>
        <source>Daily, opened with my recovery code</source>
        <translation>A diario, se abren con mi código de recuperación</translation>
    </message>
    <message>
        <source>Daily, opened with a backup passphrase</source>
        <translation>A diario, se abren con una frase de contraseña de copias</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Choose backup folder…</source>
        <translation>Elegir la carpeta de copias…</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>Usar la carpeta estándar</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Carpeta de copias: %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia: %1</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay ninguna copia.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de las copias</translation>
    </message>
    <message>
        <source>A passphrase for your backups. You need it to restore one:</source>
        <translation>Una frase de contraseña para tus copias de seguridad. La necesitarás para restaurar una:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbela de nuevo:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing changed.</source>
        <translation>Las dos frases de contraseña no coinciden. No se cambió nada.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <source>Choose a backup passphrase first, or keep backups with your recovery code.</source>
        <translation>Elige primero una frase de contraseña para las copias, o sigue haciéndolas con tu código de recuperación.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Companion backup (*.age)</source>
        <translation>Copia de seguridad de Companion (*.age)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Your recovery code opens this backup:</source>
        <translation>Tu código de recuperación abre esta copia:</translation>
    </message>
    <message>
        <source>The backup passphrase of this backup:</source>
        <translation>La frase de contraseña de esta copia:</translation>
    </message>
    <message>
        <source>The passphrase of your journal in that backup:</source>
        <translation>La frase de contraseña de tu diario en esa copia:</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>The backup is restored and checked. Use it now instead of the journal you have open? The one you have open now is kept, not deleted: it moves to a folder beside it.</source>
        <translation>La copia se ha restaurado y comprobado. ¿Usarla ahora en lugar del diario que tienes abierto? El que tienes abierto se conserva, no se borra: pasa a una carpeta junto a él.</translation>
    </message>
    <message>
        <source>Use the restored journal</source>
        <translation>Usar el diario restaurado</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>The restored journal is in %1. Nothing else was changed.</source>
        <translation>El diario restaurado está en %1. No se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Pulsa Empezar cuando estés listo o lista.</translation>
    </message>
    <message>
        <source>Breathing instruction</source>
        <translation>Instrucción de respiración</translation>
    </message>
    <message>
        <source>Progress through this breath</source>
        <translation>Avance de esta respiración</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>Less motion: keep the circle still</source>
        <translation>Menos movimiento: el círculo se queda quieto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start or stop the breathing pacer</source>
        <translation>Iniciar o detener el ritmo de respiración</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Well done. Notice how you feel now.</source>
        <translation>Bien hecho. Fíjate en cómo te sientes ahora.</translation>
    </message>
    <message>
        <source>Breathe in… %1 s</source>
        <translation>Inspira… %1 s</translation>
    </message>
    <message>
        <source>Hold… %1 s</source>
        <translation>Mantén… %1 s</translation>
    </message>
    <message>
        <source>Breathe out… %1 s</source>
        <translation>Espira… %1 s</translation>
    </message>
    <message>
        <source>Rest… %1 s</source>
        <translation>Pausa… %1 s</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>General information, not medical advice. Made with Companion.</source>
        <translation>Información general, no es consejo médico. Hecho con Companion.</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Coping cards</source>
        <translation>Tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>Strategies for the cards</source>
        <translation>Estrategias para las tarjetas</translation>
    </message>
    <message>
        <source>Full-page cards instead of wallet size</source>
        <translation>Tarjetas de página completa en lugar de tamaño cartera</translation>
    </message>
    <message>
        <source>Tick the strategies to put on cards:</source>
        <translation>Marca las estrategias que irán en las tarjetas:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Grounding</source>
        <translation>Conexión con el presente</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Body and movement</source>
        <translation>Cuerpo y movimiento</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Pedir apoyo</translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation>Distracción</translation>
    </message>
    <message>
        <source>Self-soothing</source>
        <translation>Autocuidado y calma</translation>
    </message>
    <message>
        <source>Thinking skills</source>
        <translation>Habilidades de pensamiento</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as a table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, como tabla</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Ocultar la tabla</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Editado en dos ordenadores</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>From your other computer</source>
        <translation>De tu otro ordenador</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>Conservar la de este ordenador</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>This was deleted on one computer while it was changed on the other. It is kept until you choose.</source>
        <translation>Esto se borró en un ordenador mientras se cambiaba en el otro. Se conserva hasta que elijas.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Borrarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message numerus="yes">
        <source>%n more after this one.</source>
        <translation>
            <numerusform>Queda %n más después de este.</numerusform>
            <numerusform>Quedan %n más después de este.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted on this computer</source>
        <translation>Borrado en este ordenador</translation>
    </message>
    <message>
        <source>Deleted on the other computer</source>
        <translation>Borrado en el otro ordenador</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>This text was changed on two computers before they synced. Both versions are kept until you choose.</source>
        <translation>Este texto se cambió en dos ordenadores antes de que se sincronizaran. Se conservan ambas versiones hasta que elijas.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your private journal</source>
        <translation>Crea tu diario privado</translation>
    </message>
    <message>
        <source>Everything you write in Companion stays on this computer, locked with a passphrase that only you know. Choose one you can remember: a few unrelated words work well.</source>
        <translation>Todo lo que escribes en Companion se queda en este ordenador, protegido con una frase de contraseña que solo tú conoces. Elige una que puedas recordar: unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;de nuevo</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbelas de nuevo.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>A small &amp;win</source>
        <translation>Un pequeño &amp;logro</translation>
    </message>
    <message>
        <source>Mark as a small win</source>
        <translation>Marcar como pequeño logro</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>¿Qué tienes en mente?</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Título %1</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Todavía sin guardar…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>This entry was changed somewhere else meanwhile. Your version was kept as a new entry, so nothing is lost.</source>
        <translation>Esta entrada se cambió en otro sitio mientras tanto. Tu versión se guardó como una entrada nueva, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Remove this picture?</source>
        <translation>¿Quitar esta imagen?</translation>
    </message>
    <message>
        <source>The picture will be removed from this entry.</source>
        <translation>La imagen se quitará de esta entrada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation>No se pudo mostrar esta imagen.</translation>
    </message>
    <message numerus="yes">
        <source>That paste was not added: it is too long for one entry (%n characters). Paste a smaller part; what you had written is unchanged.</source>
        <translation>
            <numerusform>No se añadió lo pegado: es demasiado largo para una entrada (%n carácter). Pega una parte más pequeña; lo que habías escrito no ha cambiado.</numerusform>
            <numerusform>No se añadió lo pegado: es demasiado largo para una entrada (%n caracteres). Pega una parte más pequeña; lo que habías escrito no ha cambiado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose how to export everything in Companion. An encrypted file is safest; the other two can be read by anyone who gets the file.</source>
        <translation>Elige cómo exportar todo lo que hay en Companion. Un archivo cifrado es lo más seguro; los otros dos los puede leer cualquiera que consiga el archivo.</translation>
    </message>
    <message>
        <source>Encrypted file (age)</source>
        <translation>Archivo cifrado (age)</translation>
    </message>
    <message>
        <source>JSON file, not encrypted</source>
        <translation>Archivo JSON, sin cifrar</translation>
    </message>
    <message>
        <source>Markdown folder, not encrypted</source>
        <translation>Carpeta Markdown, sin cifrar</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Some group sessions have private facilitator notes. Include them in this encrypted export?</source>
        <translation>Algunas sesiones de grupo tienen notas privadas de facilitación. ¿Incluirlas en esta exportación cifrada?</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Incluir notas privadas</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Dejarlas fuera</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>This export is not encrypted. Anyone who can open the file can read your journal. Private facilitator notes are left out.</source>
        <translation>Esta exportación no está cifrada. Cualquiera que pueda abrir el archivo puede leer tu diario. Las notas privadas de facilitación se dejan fuera.</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Encrypted export (*.age)</source>
        <translation>Exportación cifrada (*.age)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>There are no groups yet. Add one on the Groups page first.</source>
        <translation>Aún no hay grupos. Añade uno primero en la página Grupos.</translation>
    </message>
    <message>
        <source>Group pack</source>
        <translation>Paquete de grupo</translation>
    </message>
    <message>
        <source>Which group is the pack for?</source>
        <translation>¿Para qué grupo es el paquete?</translation>
    </message>
    <message>
        <source>%1 has no sessions yet. Plan one first.</source>
        <translation>%1 aún no tiene sesiones. Planifica una primero.</translation>
    </message>
    <message>
        <source>A group passphrase for this pack. Tell it to members in person, not with the file:</source>
        <translation>Una frase de contraseña de grupo para este paquete. Díselo a los miembros en persona, no junto con el archivo:</translation>
    </message>
    <message>
        <source>Save the group pack</source>
        <translation>Guardar el paquete de grupo</translation>
    </message>
    <message>
        <source>Group pack (*.age)</source>
        <translation>Paquete de grupo (*.age)</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Wrote the pack to %1. Members import it with File &gt; Import and the group passphrase.</source>
        <translation>Paquete guardado en %1. Los miembros lo importan con Archivo &gt; Importar y la frase de contraseña del grupo.</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Frase de contraseña de la exportación</translation>
    </message>
    <message>
        <source>A passphrase for this file. You need it to open the file again:</source>
        <translation>Una frase de contraseña para este archivo. La necesitarás para volver a abrirlo:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbela de nuevo:</translation>
    </message>
    <message>
        <source>The two passphrases differ, so nothing was exported.</source>
        <translation>Las dos frases de contraseña no coinciden, así que no se exportó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>Importar una carpeta de notas en Markdown</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Companion, jrnl, Day One or Daylio export (*.json *.age *.zip *.csv)</source>
        <translation>Exportación de Companion, jrnl, Day One o Daylio (*.json *.age *.zip *.csv)</translation>
    </message>
    <message>
        <source>The passphrase of this file:</source>
        <translation>La frase de contraseña de este archivo:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Nothing new to import: everything in this file is already here.</source>
        <translation>No hay nada nuevo que importar: todo lo de este archivo ya está aquí.</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Este archivo contiene:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Se importó %n registro.</numerusform>
            <numerusform>Se importaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed. Please try again.</source>
        <translation>Algo salió mal y no se cambió nada. Inténtalo de nuevo.</translation>
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
        <translation>Tus grupos</translation>
    </message>
    <message>
        <source>No groups yet. Add the peer-support group you go to or run with New group.</source>
        <translation>Todavía no hay grupos. Añade el grupo de apoyo mutuo al que vas o que coordinas con «Nuevo grupo».</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Encouragement wall</source>
        <translation>Muro de ánimo</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>When it meets</source>
        <translation>Cuándo se reúne</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lugar o enlace</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Mi papel</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Persona facilitadora</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Group agreements, one per line</source>
        <translation>Acuerdos del grupo, uno por línea</translation>
    </message>
    <message>
        <source>The group&apos;s resources, one per line</source>
        <translation>Recursos del grupo, uno por línea</translation>
    </message>
    <message>
        <source>Local crisis lines, one per line</source>
        <translation>Líneas de crisis locales, una por línea</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Guardar grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Se reúne</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>No members yet. Add people by first name or alias.</source>
        <translation>Todavía no hay miembros. Añade a las personas por su nombre o un apodo.</translation>
    </message>
    <message>
        <source>First name or alias</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Contact note (optional)</source>
        <translation>Nota de contacto (opcional)</translation>
    </message>
    <message>
        <source>Agrees to be mentioned in shared notes</source>
        <translation>Acepta que se le mencione en las notas compartidas</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Members are recorded by first name or alias only: no surnames, addresses or diagnoses.</source>
        <translation>Los miembros se registran solo por su nombre o apodo: sin apellidos, direcciones ni diagnósticos.</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>No sessions yet. Plan the next one with New session.</source>
        <translation>Todavía no hay sesiones. Prepara la próxima con «Nueva sesión».</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Stories of progress shared in sessions, kept with the teller&apos;s agreement.</source>
        <translation>Historias de progreso compartidas en las sesiones, guardadas con el permiso de quien las contó.</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Parejas de mentoría</translation>
    </message>
    <message>
        <source>No mentoring pairs yet. Pair two members who agreed.</source>
        <translation>Todavía no hay parejas de mentoría. Empareja a dos miembros que lo hayan aceptado.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Persona acompañada</translation>
    </message>
    <message>
        <source>Both agreed</source>
        <translation>Ambos aceptaron</translation>
    </message>
    <message>
        <source>Pair them</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>How the check-in went</source>
        <translation>Cómo fue la conversación</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Log a check-in</source>
        <translation>Registrar una conversación</translation>
    </message>
    <message>
        <source>Check-ins of this pair</source>
        <translation>Conversaciones de esta pareja</translation>
    </message>
    <message>
        <source>No check-ins logged for this pair yet.</source>
        <translation>Todavía no hay encuentros anotados para esta pareja.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete this group?</source>
        <translation>¿Eliminar este grupo?</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n sessions. They go with it; you can undo this for a few seconds.</source>
        <translation>
            <numerusform>El grupo tiene %n sesión. Se irá con él; puedes deshacerlo durante unos segundos.</numerusform>
            <numerusform>El grupo tiene %n sesiones. Se irán con él; puedes deshacerlo durante unos segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>(not to be mentioned)</source>
        <translation>(no mencionar)</translation>
    </message>
    <message>
        <source>Save the group first.</source>
        <translation>Guarda primero el grupo.</translation>
    </message>
    <message>
        <source>Stories shared with consent will gather here.</source>
        <translation>Aquí se irán reuniendo las historias compartidas con permiso.</translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1 acompaña a %2</translation>
    </message>
    <message>
        <source>(not yet agreed)</source>
        <translation>(aún sin acordar)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Peer support, not therapy.</source>
        <translation>Apoyo mutuo, no terapia.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>No agenda was planned for this meeting. We will decide together.</source>
        <translation>No se planificó orden del día para esta reunión. Lo decidiremos juntos.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation>Nuestros acuerdos</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Ronda de llegada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation>Herramienta de la semana</translation>
    </message>
    <message>
        <source>No tool was chosen for this week.</source>
        <translation>No se eligió ninguna herramienta para esta semana.</translation>
    </message>
    <message>
        <source>Strategies shared in the group</source>
        <translation>Estrategias compartidas en el grupo</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Si necesitas ayuda ahora</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Facilitators: {names}</source>
        <translation>Facilitación: {names}</translation>
    </message>
    <message>
        <source>Handout: {topic} ({day})</source>
        <translation>Hoja: {topic} ({day})</translation>
    </message>
    <message>
        <source>Header: group, date, place, facilitators</source>
        <translation>Encabezado: grupo, fecha, lugar, facilitación</translation>
    </message>
    <message>
        <source>Timed agenda</source>
        <translation>Orden del día con tiempos</translation>
    </message>
    <message>
        <source>Group agreements</source>
        <translation>Acuerdos del grupo</translation>
    </message>
    <message>
        <source>Check-in and check-out prompts</source>
        <translation>Preguntas de llegada y de cierre</translation>
    </message>
    <message>
        <source>Shared strategies</source>
        <translation>Estrategias compartidas</translation>
    </message>
    <message>
        <source>Resources and crisis lines</source>
        <translation>Recursos y líneas de crisis</translation>
    </message>
    <message>
        <source>Space for notes</source>
        <translation>Espacio para notas</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <source>Handout</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Sections, in order</source>
        <translation>Secciones, en orden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Members to name on the handout</source>
        <translation>Miembros que se nombran en la hoja</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Saved handout layouts</source>
        <translation>Diseños de hoja guardados</translation>
    </message>
    <message>
        <source>Save this layout…</source>
        <translation>Guardar este diseño…</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sections (tick, and put them in order):</source>
        <translation>Secciones (márcalas y ordénalas):</translation>
    </message>
    <message>
        <source>Name these members (only those who agreed):</source>
        <translation>Nombrar a estos miembros (solo quienes lo aceptaron):</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar hoja</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved there. Choose another folder.</source>
        <translation>No se pudo guardar la hoja ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>No se encontró ninguna impresora</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the handout as a PDF instead? You can print the PDF later.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. ¿Guardar la hoja como PDF? Puedes imprimir el PDF más tarde.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved layouts…</source>
        <translation>Diseños guardados…</translation>
    </message>
    <message>
        <source>Save this layout</source>
        <translation>Guardar este diseño</translation>
    </message>
    <message>
        <source>A name for this handout layout:</source>
        <translation>Un nombre para este diseño de hoja:</translation>
    </message>
    <message>
        <source>Layout saved for this group.</source>
        <translation>Diseño guardado para este grupo.</translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>You don&apos;t have to face this alone.</source>
        <translation>No tienes que enfrentarte a esto a solas.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation>País de las líneas de crisis</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Your own lines</source>
        <translation>Tus propias líneas</translation>
    </message>
    <message>
        <source>These show even while Companion is locked, so they are not encrypted. Keep personal contacts in your safety plan instead.</source>
        <translation>Estas se muestran incluso con Companion bloqueado, por eso no están cifradas. Los contactos personales van mejor en tu plan de seguridad.</translation>
    </message>
    <message>
        <source>Your own crisis lines</source>
        <translation>Tus propias líneas de crisis</translation>
    </message>
    <message>
        <source>Name, e.g. local crisis team</source>
        <translation>Nombre, p. ej. equipo local de crisis</translation>
    </message>
    <message>
        <source>Name of the line</source>
        <translation>Nombre de la línea</translation>
    </message>
    <message>
        <source>Number, as you would dial it</source>
        <translation>Número, tal como lo marcarías</translation>
    </message>
    <message>
        <source>Number of the line</source>
        <translation>Número de la línea</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this line</source>
        <translation>Añadir esta línea</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation>Quitar la línea elegida</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Si estás en peligro ahora mismo, llama al %1.</translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation>Fuente: %1. %2</translation>
    </message>
    <message>
        <source>Numbers change; verify them locally.</source>
        <translation>Los números cambian; compruébalos en tu zona.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Buscar en tu diario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Mostrar entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>Show entries with mood</source>
        <translation>Mostrar entradas con este estado de ánimo</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier estado de ánimo</translation>
    </message>
    <message>
        <source>Wins only</source>
        <translation>Solo logros</translation>
    </message>
    <message>
        <source>Show only small wins</source>
        <translation>Mostrar solo pequeños logros</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Show only entries between two dates</source>
        <translation>Mostrar solo entradas entre dos fechas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show the calendar of moods</source>
        <translation>Mostrar el calendario de estados de ánimo</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entradas, las más recientes primero</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>estado de ánimo %1</translation>
    </message>
    <message>
        <source>a small win</source>
        <translation>un pequeño logro</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No entries yet. How are you today?</source>
        <translation>Aún no hay entradas. ¿Cómo estás hoy?</translation>
    </message>
    <message>
        <source>Blank entry</source>
        <translation>Entrada en blanco</translation>
    </message>
    <message>
        <source>From a prompt</source>
        <translation>A partir de una propuesta</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>A partir de una plantilla</translation>
    </message>
    <message>
        <source>Remove a template</source>
        <translation>Quitar una plantilla</translation>
    </message>
    <message>
        <source>Save this entry as a template…</source>
        <translation>Guardar esta entrada como plantilla…</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>A name for this template:</source>
        <translation>Un nombre para esta plantilla:</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Guardada como la plantilla «%1».</translation>
    </message>
    <message>
        <source>Remove this template?</source>
        <translation>¿Quitar esta plantilla?</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; will be removed. Entries written from it stay.</source>
        <translation>Se quitará la plantilla «%1». Las entradas escritas con ella se quedan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>The entry will be removed from your journal and from search. You can undo this for a few seconds.</source>
        <translation>La entrada se quitará de tu diario y de la búsqueda. Puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>No se encontró nada. Prueba con menos palabras o más cortas.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>A hard moment</source>
        <translation>Un momento difícil</translation>
    </message>
    <message>
        <source>Slips happen on the way to recovery, and they do not erase the days behind you. Write a little about what happened, if you like; it goes in your journal as a reflection.</source>
        <translation>Los tropiezos forman parte del camino de la recuperación y no borran los días que llevas. Escribe un poco sobre lo que pasó, si quieres; se guardará en tu diario como reflexión.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>What happened, what helped, what I&apos;ll try next</source>
        <translation>Qué pasó, qué ayudó, qué probaré después</translation>
    </message>
    <message>
        <source>Start counting %1 again from this day</source>
        <translation>Volver a contar %1 desde este día</translation>
    </message>
    <message>
        <source>Start counting again from this day</source>
        <translation>Volver a contar desde este día</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Looking for a system keyring…</source>
        <translation>Buscando un llavero del sistema…</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Caja de herramientas</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>Necesito ayuda ahora</translation>
    </message>
    <message>
        <source>Need help now: crisis lines and your safety plan</source>
        <translation>Necesito ayuda ahora: líneas de crisis y tu plan de seguridad</translation>
    </message>
    <message>
        <source>Crisis lines, and your safety plan (Ctrl+Shift+H)</source>
        <translation>Líneas de crisis y tu plan de seguridad (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Resolve sync conflicts</source>
        <translation>Resolver conflictos de sincronización</translation>
    </message>
    <message>
        <source>You now use the restored journal: unlock it with its passphrase. The journal you had open is kept in %1.</source>
        <translation>Ahora usas el diario restaurado: desbloquéalo con su frase de contraseña. El diario que tenías abierto se conserva en %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import &amp;Markdown Folder…</source>
        <translation>Importar carpeta de &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;Group Pack…</source>
        <translation>Exportar paquete de &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation>&amp;Acerca de Companion</translation>
    </message>
    <message>
        <source>Opening with the key saved on this computer…</source>
        <translation>Abriendo con la clave guardada en este ordenador…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault was interrupted, so your old recovery code no longer opens it. This is your new recovery code.</source>
        <translation>Se interrumpió el nuevo cifrado, así que tu antiguo código de recuperación ya no abre el diario. Este es tu nuevo código de recuperación.</translation>
    </message>
    <message>
        <source>Companion (locked)</source>
        <translation>Companion (bloqueado)</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Acerca de Companion</translation>
    </message>
    <message>
        <source>Companion %1

A private journal and toolbox for recovery. Everything stays on this computer, encrypted, unless you export or sync it.</source>
        <translation>Companion %1

Un diario privado y una caja de herramientas para la recuperación. Todo se queda en este ordenador, cifrado, a menos que lo exportes o sincronices.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Set a goal</source>
        <translation>Fijar una meta</translation>
    </message>
    <message>
        <source>Count the days since…</source>
        <translation>Contar los días desde…</translation>
    </message>
    <message>
        <source>Name, in your own words</source>
        <translation>Nombre, con tus propias palabras</translation>
    </message>
    <message>
        <source>For example: Walk 5 km</source>
        <translation>Por ejemplo: Caminar 5 km</translation>
    </message>
    <message>
        <source>For example: Alcohol-free</source>
        <translation>Por ejemplo: Sin alcohol</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation>Contando desde</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Very low</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Calendar of moods; choose a day to see its entries</source>
        <translation>Calendario de estados de ánimo; elige un día para ver sus entradas</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Sin entrada</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>a small win</source>
        <translation>un pequeño logro</translation>
    </message>
</context>
<context>
    <name>MoodMapDialog</name>
    <message>
        <source>Your moods from Daylio</source>
        <translation>Tus estados de ánimo de Daylio</translation>
    </message>
    <message>
        <source>Daylio lets you name your own moods. Choose where each of yours sits on Companion&apos;s scale, from Very low to Great.</source>
        <translation>Daylio te permite poner nombre a tus propios estados de ánimo. Elige dónde queda cada uno en la escala de Companion, de «Muy mal» a «Genial».</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <source>Mood for “%1”</source>
        <translation>Estado de ánimo para «%1»</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>Mood: %1</source>
        <translation>Estado de ánimo: %1</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Pictures in this entry</source>
        <translation>Imágenes de esta entrada</translation>
    </message>
    <message>
        <source>Add &amp;picture…</source>
        <translation>Añadir &amp;imagen…</translation>
    </message>
    <message>
        <source>Add a picture to this entry</source>
        <translation>Añadir una imagen a esta entrada</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Remove the chosen picture</source>
        <translation>Quitar la imagen elegida</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>This picture is %1 MB; pictures can be up to 10 MB. Try a smaller copy of it. Nothing was added.</source>
        <translation>Esta imagen ocupa %1 MB; las imágenes pueden ocupar hasta 10 MB. Prueba con una copia más pequeña. No se añadió nada.</translation>
    </message>
    <message>
        <source>That file could not be read. Nothing was added.</source>
        <translation>No se pudo leer ese archivo. No se añadió nada.</translation>
    </message>
    <message>
        <source>That file is not a picture Companion can show, or it is damaged. Nothing was added.</source>
        <translation>Ese archivo no es una imagen que Companion pueda mostrar, o está dañado. No se añadió nada.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar los últimos %1</translation>
    </message>
    <message>
        <source>Report for a clinician…</source>
        <translation>Informe para tu profesional…</translation>
    </message>
    <message>
        <source>Make a report for a clinician</source>
        <translation>Preparar un informe para tu profesional</translation>
    </message>
    <message>
        <source>Your rhythm</source>
        <translation>Tu ritmo</translation>
    </message>
    <message>
        <source>Nothing recorded in this time yet.</source>
        <translation>Todavía no se ha registrado nada en este tiempo.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Your milestones</source>
        <translation>Tus hitos</translation>
    </message>
    <message>
        <source>Count days since…</source>
        <translation>Contar días desde…</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Fijar una meta…</translation>
    </message>
    <message>
        <source>A hard moment…</source>
        <translation>Un momento difícil…</translation>
    </message>
    <message>
        <source>Record a lapse as a reflection</source>
        <translation>Registrar una recaída como reflexión</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this milestone</source>
        <translation>Quitar este hito</translation>
    </message>
    <message numerus="yes">
        <source>You wrote on %n of the last 30 days.</source>
        <translation>
            <numerusform>Escribiste %n de los últimos 30 días.</numerusform>
            <numerusform>Escribiste %n de los últimos 30 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your longest run of days in a row: %n.</source>
        <translation>
            <numerusform>Tu racha más larga de días seguidos: %n.</numerusform>
            <numerusform>Tu racha más larga de días seguidos: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation>Pequeños logros por semana</translation>
    </message>
    <message numerus="yes">
        <source>%n small wins in this time.</source>
        <translation>
            <numerusform>%n pequeño logro en este tiempo.</numerusform>
            <numerusform>%n pequeños logros en este tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%2), over %n days.</source>
        <translation>
            <numerusform>De media %1 (%2), en %n día.</numerusform>
            <numerusform>De media %1 (%2), en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1, over %n days.</source>
        <translation>
            <numerusform>De media %1, en %n día.</numerusform>
            <numerusform>De media %1, en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>No milestones yet. You can count the days since something, or set a goal.</source>
        <translation>Aún no hay hitos. Puedes contar los días desde algo o fijarte una meta.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation>
            <numerusform>%1: %n día</numerusform>
            <numerusform>%1: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (longest period: %n days)</source>
        <translation>
            <numerusform> (periodo más largo: %n día)</numerusform>
            <numerusform> (periodo más largo: %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached on %2</source>
        <translation>%1: alcanzado el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days to go</source>
        <translation>
            <numerusform>%1: falta %n día</numerusform>
            <numerusform>%1: faltan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still on the way</source>
        <translation>%1: todavía en camino</translation>
    </message>
    <message>
        <source>Thank you for writing it down. The days before still count.</source>
        <translation>Gracias por escribirlo. Los días anteriores siguen contando.</translation>
    </message>
    <message>
        <source>You reached %1. Well done.</source>
        <translation>Has alcanzado %1. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation>¿Quitar este hito?</translation>
    </message>
    <message>
        <source>The counter or goal disappears from Progress. Entries written about it stay in your journal.</source>
        <translation>El contador o la meta desaparecerá de Progreso. Las entradas que escribiste sobre ello se quedan en tu diario.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way into your journal. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, este código es la única otra forma de entrar en tu diario. Anótalo o guárdalo, y consérvalo en un lugar seguro, lejos de este ordenador. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation>Guardar el código de recuperación como PDF</translation>
    </message>
    <message>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>Lo he &amp;guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>I have kept the recovery code somewhere safe</source>
        <translation>He guardado el código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip keeping the recovery code</source>
        <translation>Omitir guardar el código de recuperación</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>Companion recovery code.pdf</source>
        <translation>Código de recuperación de Companion.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Companion recovery code</source>
        <translation>Código de recuperación de Companion</translation>
    </message>
    <message>
        <source>This code opens your Companion journal if you forget your passphrase.</source>
        <translation>Este código abre tu diario de Companion si olvidas tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Código de recuperación:</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private. Anyone with this code and your computer can read your journal.</source>
        <translation>Guarda esta página en un lugar seguro y privado. Cualquiera que tenga este código y tu ordenador puede leer tu diario.</translation>
    </message>
    <message>
        <source>To use it, choose &quot;Use recovery code&quot; on the unlock screen and type the code. Capital letters and dashes do not matter.</source>
        <translation>Para usarlo, elige «Usar el código de recuperación» en la pantalla de desbloqueo y escribe el código. Las mayúsculas y los guiones no importan.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder and try again.</source>
        <translation>No se pudo guardar el PDF ahí. Elige otra carpeta e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Skip the recovery code?</source>
        <translation>¿Omitir el código de recuperación?</translation>
    </message>
    <message>
        <source>Without the recovery code, nobody can open your journal if you forget your passphrase: not you, and not us. You can make a new code later in Settings.</source>
        <translation>Sin el código de recuperación, nadie podrá abrir tu diario si olvidas tu frase de contraseña: ni tú ni nosotros. Puedes crear un código nuevo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>I understand, skip</source>
        <translation>Lo entiendo, omitir</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Tray and check-in reminder</source>
        <translation>Bandeja del sistema y recordatorio para registrar cómo estás</translation>
    </message>
    <message>
        <source>Show Companion in the system tray</source>
        <translation>Mostrar Companion en la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so there is no icon.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que no hay icono.</translation>
    </message>
    <message>
        <source>Remind me to check in every day at</source>
        <translation>Recuérdame registrar cómo estoy cada día a las</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>The reminder only says “Time for your check-in”. It never shows anything you wrote.</source>
        <translation>El recordatorio solo dice «Es hora de registrar cómo estás». Nunca muestra nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your check-in</source>
        <translation>Es hora de registrar cómo estás</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Abrir Companion</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Registrar ahora</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>Prepared with Companion on {today}. It holds only what its owner chose to share.</source>
        <translation>Preparado con Companion el {today}. Contiene solo lo que su titular decidió compartir.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
    <message>
        <source>Average over the period: {value}</source>
        <translation>Media en el periodo: {value}</translation>
    </message>
    <message>
        <source>Days with a journal entry: {count}</source>
        <translation>Días con una entrada en el diario: {count}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Small wins per week</source>
        <translation>Pequeños logros por semana</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>A small win</source>
        <translation>Un pequeño logro</translation>
    </message>
    <message>
        <source>No wins were marked in this period.</source>
        <translation>No se marcaron logros en este periodo.</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Metas alcanzadas</translation>
    </message>
    <message>
        <source>Coping strategies used</source>
        <translation>Estrategias de afrontamiento usadas</translation>
    </message>
    <message>
        <source>{title}: used {uses} times, distress down {drop} on average (0-10)</source>
        <translation>{title}: usada {uses} veces, el malestar bajó {drop} de media (0-10)</translation>
    </message>
    <message>
        <source>Journal entries chosen for this report</source>
        <translation>Entradas del diario elegidas para este informe</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>No se registró nada en este periodo.</translation>
    </message>
    <message>
        <source>This report is the person&apos;s own record, kept for their care. It is not a diagnosis.</source>
        <translation>Este informe es el registro personal de quien lo comparte, para su atención. No es un diagnóstico.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a clinician</source>
        <translation>Informe para tu profesional</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Journal text stays private unless you tick entries below.</source>
        <translation>El texto del diario sigue siendo privado, a menos que marques entradas abajo.</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Entradas que incluir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Progress report %1 to %2.pdf</source>
        <translation>Informe de progreso %1 a %2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>No se pudo guardar el informe ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic or treatment centre</source>
        <translation>Clínica o centro de tratamiento</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Grupo de apoyo mutuo</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Book or article</source>
        <translation>Libro o artículo</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Knowledge notes</source>
        <translation>Notas de conocimiento</translation>
    </message>
    <message>
        <source>Find a resource</source>
        <translation>Buscar un recurso</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Nothing here yet. Keep the therapists, crisis lines and websites that helped you, or were recommended to you, with New resource.</source>
        <translation>Aquí todavía no hay nada. Guarda con «Nuevo recurso» a los terapeutas, las líneas de crisis y las webs que te ayudaron o que te recomendaron.</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact: phone, e-mail, address or link</source>
        <translation>Contacto: teléfono, correo, dirección o enlace</translation>
    </message>
    <message>
        <source>Cost and insurance</source>
        <translation>Coste y seguro</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>A first name or alias, or &quot;me&quot;</source>
        <translation>Un nombre o apodo, o «yo»</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source> stars</source>
        <translation> estrellas</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Mi valoración</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>My experience</source>
        <translation>Mi experiencia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation>Guardar este recurso</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation>Añadir a mi plan de seguridad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this resource</source>
        <translation>Quitar este recurso</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Cost, insurance</source>
        <translation>Coste, seguro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No resources match this search.</source>
        <translation>Ningún recurso coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Added to step 5 of your safety plan.</source>
        <translation>Añadido al paso 5 de tu plan de seguridad.</translation>
    </message>
    <message>
        <source>Remove this resource?</source>
        <translation>¿Quitar este recurso?</translation>
    </message>
    <message>
        <source>It leaves your directory.</source>
        <translation>Desaparecerá de tu directorio.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>No notes yet. Write down what you learn about your condition and care.</source>
        <translation>Todavía no hay notas. Apunta lo que vayas aprendiendo sobre tu situación y tu tratamiento.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>A condition</source>
        <translation>Una enfermedad</translation>
    </message>
    <message>
        <source>A treatment</source>
        <translation>Un tratamiento</translation>
    </message>
    <message>
        <source>A medication</source>
        <translation>Un medicamento</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Preguntas para mi próxima cita</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Quitar nota</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>De dónde</translation>
    </message>
    <message>
        <source>Questions for next time</source>
        <translation>Preguntas para la próxima vez</translation>
    </message>
    <message>
        <source>Saved. You can find it with the Journal&apos;s search.</source>
        <translation>Guardado. Puedes encontrarlo con la búsqueda del diario.</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>¿Quitar esta nota?</translation>
    </message>
    <message>
        <source>It leaves your notes and search.</source>
        <translation>Desaparecerá de tus notas y de la búsqueda.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>If I am in danger now</source>
        <translation>Si ahora estoy en peligro</translation>
    </message>
    <message>
        <source>Keep this card where you can find it. Made with Companion.</source>
        <translation>Guarda esta tarjeta donde puedas encontrarla. Hecho con Companion.</translation>
    </message>
    <message>
        <source>1. My warning signs</source>
        <translation>1. Mis señales de alerta</translation>
    </message>
    <message>
        <source>Thoughts, moods, situations or behaviours that tell me a crisis may be coming.</source>
        <translation>Pensamientos, estados de ánimo, situaciones o conductas que me indican que puede venir una crisis.</translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation>2. Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>Ways to take my mind off things without contacting anyone.</source>
        <translation>Formas de distraerme sin contactar con nadie.</translation>
    </message>
    <message>
        <source>3. People and places that help me feel better</source>
        <translation>3. Personas y lugares que me ayudan a sentirme mejor</translation>
    </message>
    <message>
        <source>People to be with, and places to go, that can distract me.</source>
        <translation>Personas con quienes estar y lugares a los que ir que pueden distraerme.</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Their name, and how to reach them.</source>
        <translation>Su nombre y cómo contactar.</translation>
    </message>
    <message>
        <source>5. Professionals and services</source>
        <translation>5. Profesionales y servicios</translation>
    </message>
    <message>
        <source>My clinicians, local services and crisis lines. The crisis lines are also under Need help now.</source>
        <translation>Mis profesionales, servicios locales y líneas de crisis. Las líneas de crisis también están en «Necesito ayuda ahora».</translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation>6. Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <source>Steps that put distance between me and ways to harm myself.</source>
        <translation>Pasos que ponen distancia entre yo y las formas de hacerme daño.</translation>
    </message>
    <message>
        <source>7. My reasons for living</source>
        <translation>7. Mis razones para vivir</translation>
    </message>
    <message>
        <source>In my own words.</source>
        <translation>Con mis propias palabras.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>A plan for hard moments, written while you are calm. Go through the steps in order until you feel safer. If you are in danger now, use Need help now at the top right.</source>
        <translation>Un plan para los momentos difíciles, escrito mientras estás en calma. Sigue los pasos en orden hasta que te sientas más a salvo. Si estás en peligro ahora, usa «Necesito ayuda ahora», arriba a la derecha.</translation>
    </message>
    <message>
        <source>Add my best strategies</source>
        <translation>Añadir mis mejores estrategias</translation>
    </message>
    <message>
        <source>Add the strategies that help me most to step 2</source>
        <translation>Añadir al paso 2 las estrategias que más me ayudan</translation>
    </message>
    <message>
        <source>Look at this plan again on</source>
        <translation>Volver a mirar este plan el</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Print or save as a card…</source>
        <translation>Imprimir o guardar como tarjeta…</translation>
    </message>
    <message>
        <source>Print the safety plan or save it as a PDF</source>
        <translation>Imprimir el plan de seguridad o guardarlo como PDF</translation>
    </message>
    <message numerus="yes">
        <source>Added %n strategies that have helped you.</source>
        <translation>
            <numerusform>Se añadió %n estrategia que te ha ayudado.</numerusform>
            <numerusform>Se añadieron %n estrategias que te han ayudado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add yet. Log uses in the Toolbox with &quot;I used this&quot; to see what helps.</source>
        <translation>Todavía no hay nada nuevo que añadir. Registra usos en la Caja de herramientas con «Lo he usado» para ver qué te ayuda.</translation>
    </message>
    <message>
        <source>My safety plan.pdf</source>
        <translation>Mi plan de seguridad.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela de nuevo</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escríbelas de nuevo.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Tu frase de contraseña se ha cambiado. Usa la nueva la próxima vez.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time. Companion will ask for it on this computer too; you can turn remember-me on again below.</source>
        <translation>Tu frase de contraseña se ha cambiado. Usa la nueva la próxima vez. Companion también te la pedirá en este ordenador; abajo puedes volver a activar abrir sin frase de contraseña.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Bloquear cuando se bloquee la pantalla</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Open without the passphrase on this computer</source>
        <translation>Abrir sin frase de contraseña en este ordenador</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este ordenador</translation>
    </message>
    <message>
        <source>The key is kept in your system keyring. Anyone who can use your computer account can then open your journal.</source>
        <translation>La clave se guarda en el llavero del sistema. Cualquiera que pueda usar tu cuenta del ordenador podrá abrir tu diario.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Companion will open without the passphrase on this computer.</source>
        <translation>Companion se abrirá sin frase de contraseña en este ordenador.</translation>
    </message>
    <message>
        <source>Companion will ask for your passphrase again.</source>
        <translation>Companion volverá a pedirte la frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery and repair</source>
        <translation>Recuperación y reparación</translation>
    </message>
    <message>
        <source>Lost your recovery code? Make a new one; the old one stops working. Re-encrypting changes the key of the whole journal, for example if you think someone had your recovery code or saved key.</source>
        <translation>¿Perdiste tu código de recuperación? Crea uno nuevo; el anterior dejará de funcionar. Volver a cifrar cambia la clave de todo el diario, por ejemplo si crees que alguien tuvo tu código de recuperación o la clave guardada.</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nuevo código de recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Crear un código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Re-encrypt journal…</source>
        <translation>Volver a cifrar el diario…</translation>
    </message>
    <message>
        <source>Re-encrypt the journal</source>
        <translation>Volver a cifrar el diario</translation>
    </message>
    <message>
        <source>Check journal</source>
        <translation>Comprobar el diario</translation>
    </message>
    <message>
        <source>Check the journal for damage</source>
        <translation>Comprobar si el diario tiene daños</translation>
    </message>
    <message>
        <source>Type your passphrase to go on:</source>
        <translation>Escribe tu frase de contraseña para continuar:</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Re-encrypt your journal?</source>
        <translation>¿Volver a cifrar tu diario?</translation>
    </message>
    <message>
        <source>Companion will encrypt the whole journal again with a new key and give you a new recovery code. The old recovery code will stop working.</source>
        <translation>Companion volverá a cifrar todo el diario con una clave nueva y te dará un código de recuperación nuevo. El código de recuperación anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation>Volver a cifrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re-encrypt journal</source>
        <translation>Volver a cifrar el diario</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>The check found damage in your journal. Keep a copy of the vault folder and restore from a backup.</source>
        <translation>La comprobación encontró daños en tu diario. Guarda una copia de la carpeta de la bóveda y restaura desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Your journal is healthy.</source>
        <translation>Tu diario está en buen estado.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Move the agenda item up</source>
        <translation>Subir el punto del orden del día</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Move the agenda item down</source>
        <translation>Bajar el punto del orden del día</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Quién vino</translation>
    </message>
    <message>
        <source>Check-in note for the chosen member</source>
        <translation>Nota de llegada del miembro elegido</translation>
    </message>
    <message>
        <source>Check-in (short, never printed)</source>
        <translation>Llegada (breve, nunca se imprime)</translation>
    </message>
    <message>
        <source>Check-out note for the chosen member</source>
        <translation>Nota de cierre del miembro elegido</translation>
    </message>
    <message>
        <source>Check-out (short, never printed)</source>
        <translation>Cierre (breve, nunca se imprime)</translation>
    </message>
    <message>
        <source>Tool of the week</source>
        <translation>Herramienta de la semana</translation>
    </message>
    <message>
        <source>Shared in the group</source>
        <translation>Compartido en el grupo</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Lo que se compartió</translation>
    </message>
    <message>
        <source>A strategy or a story that was shared</source>
        <translation>Una estrategia o una historia que se compartió</translation>
    </message>
    <message>
        <source>A story (kept for the wall if they agreed)</source>
        <translation>Una historia (se guarda para el muro si dio su permiso)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add what was shared</source>
        <translation>Añadir lo que se compartió</translation>
    </message>
    <message>
        <source>Adopt into my toolbox</source>
        <translation>Adoptar en mi caja de herramientas</translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation>Pendientes para la próxima vez</translation>
    </message>
    <message>
        <source>Private facilitator notes</source>
        <translation>Notas privadas de facilitación</translation>
    </message>
    <message>
        <source>Private facilitator notes (locked): never printed, exported or synced.</source>
        <translation>Notas privadas de facilitación (bloqueadas): nunca se imprimen, exportan ni sincronizan.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>Hoja…</translation>
    </message>
    <message>
        <source>Build a handout for this session</source>
        <translation>Preparar una hoja para esta sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minutes</source>
        <translation>
            <numerusform>Total: %n minuto</numerusform>
            <numerusform>Total: %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool this week</source>
        <translation>Sin herramienta esta semana</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Choose a shared strategy to adopt.</source>
        <translation>Elige una estrategia compartida para adoptarla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in your toolbox now.</source>
        <translation>«%1» ya está en tu caja de herramientas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <translation>Necesito ayuda ahora: líneas de crisis, incluso con el diario bloqueado</translation>
    </message>
    <message>
        <source>Lock Companion</source>
        <translation>Bloquear Companion</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Journal: new entry</source>
        <translation>Diario: nueva entrada</translation>
    </message>
    <message>
        <source>Journal: search</source>
        <translation>Diario: buscar</translation>
    </message>
    <message>
        <source>Editor: bold</source>
        <translation>Editor: negrita</translation>
    </message>
    <message>
        <source>Editor: italic</source>
        <translation>Editor: cursiva</translation>
    </message>
    <message>
        <source>Editor: bulleted list</source>
        <translation>Editor: lista con viñetas</translation>
    </message>
    <message>
        <source>Editor: numbered list</source>
        <translation>Editor: lista numerada</translation>
    </message>
    <message>
        <source>Editor: heading 1, 2, 3</source>
        <translation>Editor: título 1, 2, 3</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Moverse entre campos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Nothing here yet. Write a line below and choose Add.</source>
        <translation>Aquí todavía no hay nada. Escribe una línea abajo y elige «Añadir».</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Añadir a: %1</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Añadir una línea</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Teléfono o cómo contactar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to step %1</source>
        <translation>Añadir al paso %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen line from step %1</source>
        <translation>Quitar la línea elegida del paso %1</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Edit strategy</source>
        <translation>Editar estrategia</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nueva estrategia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>1. First…
2. Then…</source>
        <translation>1. Primero…
2. Después…</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>Cuándo ayuda</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>From my group</source>
        <translation>De mi grupo</translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation>De un profesional</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Shared by (first name or alias)</source>
        <translation>Compartida por (nombre o apodo)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartida por</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. A few unrelated words work well.</source>
        <translation>Débil: fácil de adivinar. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Fair: a little longer would be safer.</source>
        <translation>Aceptable: un poco más larga sería más segura.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>A few unrelated words are strong and easy to remember.</source>
        <translation>Unas cuantas palabras sin relación entre sí son seguras y fáciles de recordar.</translation>
    </message>
    <message>
        <source>Weak: this is one of the first that guessers try.</source>
        <translation>Débil: es de las primeras que se prueban al intentar adivinar.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync stopped unexpectedly. It will try again.</source>
        <translation>La sincronización se detuvo de forma inesperada. Volverá a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SyncKind</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Entry template</source>
        <translation>Plantilla de entrada</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Use of a coping strategy</source>
        <translation>Uso de una estrategia</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Miembro del grupo</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <source>Shared in a group</source>
        <translation>Compartido en un grupo</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Mentoring check-in</source>
        <translation>Encuentro de mentoría</translation>
    </message>
    <message>
        <source>Handout template</source>
        <translation>Plantilla de hoja</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Sync between your devices</source>
        <translation>Sincronizar entre tus dispositivos</translation>
    </message>
    <message>
        <source>Companion can keep your other computer up to date through a folder that a sync app you already use carries (Syncthing, Nextcloud, Dropbox) or a USB stick. Everything in that folder is encrypted with a sync passphrase you choose; the sync app never sees your journal.</source>
        <translation>Companion puede mantener al día tu otro ordenador a través de una carpeta que ya lleva una aplicación de sincronización que usas (Syncthing, Nextcloud, Dropbox) o una memoria USB. Todo lo que hay en esa carpeta está cifrado con una frase de contraseña de sincronización que eliges tú; la aplicación de sincronización nunca ve tu diario.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Choose sync folder…</source>
        <translation>Elegir la carpeta de sincronización…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Resolver conflictos…</translation>
    </message>
    <message>
        <source>Stop syncing on this computer</source>
        <translation>Dejar de sincronizar en este ordenador</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Carpeta de sincronización: %1</translation>
    </message>
    <message>
        <source>Sync is off on this computer.</source>
        <translation>La sincronización está desactivada en este ordenador.</translation>
    </message>
    <message>
        <source>Change sync folder…</source>
        <translation>Cambiar la carpeta de sincronización…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Frase de contraseña de sincronización</translation>
    </message>
    <message>
        <source>The sync passphrase you chose on your first computer:</source>
        <translation>La frase de contraseña de sincronización que elegiste en tu primer ordenador:</translation>
    </message>
    <message>
        <source>Choose a sync passphrase. You will type it once on each of your computers.</source>
        <translation>Elige una frase de contraseña de sincronización. La escribirás una vez en cada uno de tus ordenadores.</translation>
    </message>
    <message>
        <source>Type the sync passphrase again:</source>
        <translation>Escribe de nuevo la frase de contraseña de sincronización:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed; try again.</source>
        <translation>Las dos frases de contraseña no coinciden. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Sync is on. Set it up on your other computer with the same folder.</source>
        <translation>La sincronización está activada. Configúrala en tu otro ordenador con la misma carpeta.</translation>
    </message>
    <message>
        <source>This computer now syncs with your others.</source>
        <translation>Este ordenador ahora se sincroniza con los demás.</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Stop syncing on this computer? Your journal here stays as it is, and so do the sync folder and your other computers.</source>
        <translation>¿Dejar de sincronizar en este ordenador? Tu diario aquí se queda como está, y también la carpeta de sincronización y tus otros ordenadores.</translation>
    </message>
    <message>
        <source>Keep syncing</source>
        <translation>Seguir sincronizando</translation>
    </message>
    <message>
        <source>This computer no longer syncs.</source>
        <translation>Este ordenador ya no se sincroniza.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off.</source>
        <translation>La sincronización está desactivada.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <source>Synced a minute ago</source>
        <translation>Sincronizado hace un minuto</translation>
    </message>
    <message>
        <source>Synced %n minutes ago</source>
        <translation>Sincronizado hace %n minuto|Sincronizado hace %n minutos</translation>
    </message>
    <message>
        <source>Synced an hour ago</source>
        <translation>Sincronizado hace una hora</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>Conflict in 1 entry</source>
        <translation>Conflicto en 1 entrada</translation>
    </message>
    <message>
        <source>A problem: see Settings &gt; Sync</source>
        <translation>Un problema: mira Ajustes &gt; Sincronizar</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>One line about it, if you like</source>
        <translation>Una línea sobre ello, si quieres</translation>
    </message>
    <message>
        <source>One line about how you are</source>
        <translation>Una línea sobre cómo estás</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Entrada de hoy</translation>
    </message>
    <message>
        <source>Open today&apos;s entry</source>
        <translation>Abrir la entrada de hoy</translation>
    </message>
    <message>
        <source>A gentle prompt</source>
        <translation>Una propuesta suave</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Write about this prompt</source>
        <translation>Escribir sobre esta propuesta</translation>
    </message>
    <message>
        <source>Recent wins</source>
        <translation>Logros recientes</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Strategies that help me</source>
        <translation>Estrategias que me ayudan</translation>
    </message>
    <message>
        <source>The strategies that help you most will appear here once you use the Toolbox.</source>
        <translation>Las estrategias que más te ayudan aparecerán aquí cuando uses la Caja de herramientas.</translation>
    </message>
    <message>
        <source>It has been a while since your journal was last backed up.</source>
        <translation>Hace tiempo que no se hace una copia de seguridad de tu diario.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>A mentoring check-in is due: %1 and %2.</source>
        <translation>Toca una conversación de mentoría: %1 y %2.</translation>
    </message>
    <message>
        <source>It is time to look at your safety plan again (Safety plan).</source>
        <translation>Es momento de volver a mirar tu plan de seguridad (Plan de seguridad).</translation>
    </message>
    <message>
        <source>You have written today.</source>
        <translation>Hoy has escrito.</translation>
    </message>
    <message>
        <source>Nothing written yet today. There is no rush.</source>
        <translation>Hoy todavía no has escrito nada. No hay prisa.</translation>
    </message>
    <message>
        <source>Write today&apos;s entry</source>
        <translation>Escribir la entrada de hoy</translation>
    </message>
    <message>
        <source>Your small wins will gather here. Mark an entry as a small win to keep it.</source>
        <translation>Aquí se irán reuniendo tus pequeños logros. Marca una entrada como pequeño logro para guardarla.</translation>
    </message>
    <message>
        <source>Count the days since something, or set a goal, on the Progress page.</source>
        <translation>Cuenta los días desde algo, o fíjate una meta, en la página Progreso.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>I used %1…</source>
        <translation>He usado %1…</translation>
    </message>
    <message>
        <source>I used %1</source>
        <translation>He usado %1</translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation>Anotado. Gracias por cuidarte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days</source>
        <translation>
            <numerusform>%1: %n día</numerusform>
            <numerusform>%1: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (next: %n days)</source>
        <translation>
            <numerusform> (siguiente: en %n día)</numerusform>
            <numerusform> (siguiente: en %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reached. Well done.</source>
        <translation>%1: alcanzado. ¡Bien hecho!</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n days</source>
        <translation>
            <numerusform>%1: en %n día</numerusform>
            <numerusform>%1: en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the date has passed; keep going at your own pace</source>
        <translation>%1: la fecha ya pasó; sigue a tu propio ritmo</translation>
    </message>
    <message>
        <source>You reached %1.</source>
        <translation>Has alcanzado %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1. That matters.</source>
        <translation>
            <numerusform>%n día: %1. Eso cuenta.</numerusform>
            <numerusform>%n días: %1. Eso cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for checking in. Feeling %1 is noted in today&apos;s entry.</source>
        <translation>Gracias por registrar cómo estás. «%1» queda anotado en la entrada de hoy.</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hola, ave nocturna</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Find a strategy</source>
        <translation>Buscar una estrategia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>New strategy…</source>
        <translation>Nueva estrategia…</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nueva estrategia</translation>
    </message>
    <message>
        <source>Coping cards…</source>
        <translation>Tarjetas de afrontamiento…</translation>
    </message>
    <message>
        <source>Print or save coping cards</source>
        <translation>Imprimir o guardar tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>What works for me</source>
        <translation>Lo que me funciona</translation>
    </message>
    <message>
        <source>No strategies match this search.</source>
        <translation>Ninguna estrategia coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Ranked by how much distress went down, counting every use; a strategy used once cannot jump to the top.</source>
        <translation>Ordenadas por cuánto bajó el malestar, contando cada uso; una estrategia usada una sola vez no puede saltar al primer puesto.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>By how much it helps</source>
        <translation>Por cuánto ayuda</translation>
    </message>
    <message>
        <source>By how often I use it</source>
        <translation>Por cuántas veces la uso</translation>
    </message>
    <message>
        <source>All strategies</source>
        <translation>Todas las estrategias</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>I &amp;used this…</source>
        <translation>Lo he &amp;usado…</translation>
    </message>
    <message>
        <source>I used this strategy</source>
        <translation>He usado esta estrategia</translation>
    </message>
    <message>
        <source>Breathe with the pacer</source>
        <translation>Respirar con el ritmo</translation>
    </message>
    <message>
        <source>Copy to make it mine</source>
        <translation>Copiar para hacerla mía</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this starter strategy</source>
        <translation>Ocultar esta estrategia de inicio</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit this strategy</source>
        <translation>Editar esta estrategia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this strategy</source>
        <translation>Quitar esta estrategia</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation>Añadir a mi plan de seguridad</translation>
    </message>
    <message>
        <source>(starter)</source>
        <translation>(de inicio)</translation>
    </message>
    <message numerus="yes">
        <source>%1: distress down %2 on average, used %n times</source>
        <translation>
            <numerusform>%1: el malestar baja %2 de media, usada %n vez</numerusform>
            <numerusform>%1: el malestar baja %2 de media, usada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a few uses with &quot;I used this&quot; and what works for you will show here.</source>
        <translation>Registra algunos usos con «Lo he usado» y aquí aparecerá lo que te funciona.</translation>
    </message>
    <message>
        <source>Coping toolbox</source>
        <translation>Caja de herramientas</translation>
    </message>
    <message>
        <source>Choose a strategy to see its steps.</source>
        <translation>Elige una estrategia para ver sus pasos.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>From the starter library</source>
        <translation>De la colección de inicio</translation>
    </message>
    <message>
        <source>From a professional</source>
        <translation>De un profesional</translation>
    </message>
    <message>
        <source>From %1, shared by %2</source>
        <translation>De %1, compartida por %2</translation>
    </message>
    <message>
        <source>my group</source>
        <translation>mi grupo</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un miembro</translation>
    </message>
    <message>
        <source>When it helps: %1</source>
        <translation>Cuándo ayuda: %1</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Aún no se ha usado.</translation>
    </message>
    <message numerus="yes">
        <source>Used %n times; distress went down %1 on average.</source>
        <translation>
            <numerusform>Usada %n vez; el malestar bajó %1 de media.</numerusform>
            <numerusform>Usada %n veces; el malestar bajó %1 de media.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted. Thank you for looking after yourself.</source>
        <translation>Anotado. Gracias por cuidarte.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied. It is yours to change now.</source>
        <translation>Copiada. Ahora puedes cambiarla a tu manera.</translation>
    </message>
    <message>
        <source>Remove this strategy?</source>
        <translation>¿Quitar esta estrategia?</translation>
    </message>
    <message>
        <source>It leaves your toolbox. The times you used it stay counted.</source>
        <translation>Desaparecerá de tu caja de herramientas. Las veces que la usaste siguen contando.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Tick at least one strategy for the cards.</source>
        <translation>Marca al menos una estrategia para las tarjetas.</translation>
    </message>
    <message>
        <source>Coping cards</source>
        <translation>Tarjetas de afrontamiento</translation>
    </message>
    <message>
        <source>Coping cards.pdf</source>
        <translation>Tarjetas de afrontamiento.pdf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Added to step 2 of your safety plan.</source>
        <translation>Añadido al paso 2 de tu plan de seguridad.</translation>
    </message>
</context>
<context>
    <name>TrackerInputs</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Trackers</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Your trackers</source>
        <translation>Tus seguimientos</translation>
    </message>
    <message>
        <source>No trackers yet. Add one below, like Sleep or Anxiety.</source>
        <translation>Todavía no hay seguimientos. Añade uno abajo, por ejemplo Sueño o Ansiedad.</translation>
    </message>
    <message>
        <source>Tracker name</source>
        <translation>Nombre del seguimiento</translation>
    </message>
    <message>
        <source>For example: Sleep, Anxiety, Took medication</source>
        <translation>Por ejemplo: Sueño, Ansiedad, Tomé la medicación</translation>
    </message>
    <message>
        <source>Kind of tracker</source>
        <translation>Tipo de seguimiento</translation>
    </message>
    <message>
        <source>A number (like hours)</source>
        <translation>Un número (por ejemplo, horas)</translation>
    </message>
    <message>
        <source>A scale (like 0 to 10)</source>
        <translation>Una escala (por ejemplo, de 0 a 10)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valor más bajo</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valor más alto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>For example: hours</source>
        <translation>Por ejemplo: horas</translation>
    </message>
    <message>
        <source>Add tracker</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this tracker</source>
        <translation>Quitar este seguimiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>Desde, hasta</translation>
    </message>
    <message>
        <source>Track what matters to you with each entry: sleep, anxiety, energy, cravings, medication. Leave any of them blank on a day; blank is never counted as zero.</source>
        <translation>Registra lo que te importa en cada entrada: sueño, ansiedad, energía, ganas de consumir, medicación. Deja en blanco lo que quieras un día; un espacio en blanco nunca cuenta como cero.</translation>
    </message>
    <message>
        <source>%1: a scale from %2 to %3</source>
        <translation>%1: una escala de %2 a %3</translation>
    </message>
    <message>
        <source>%1: yes or no</source>
        <translation>%1: sí o no</translation>
    </message>
    <message>
        <source>%1: a number</source>
        <translation>%1: un número</translation>
    </message>
    <message>
        <source>Added. It appears in each entry from now on.</source>
        <translation>Añadido. A partir de ahora aparece en cada entrada.</translation>
    </message>
    <message>
        <source>Remove this tracker?</source>
        <translation>¿Quitar este seguimiento?</translation>
    </message>
    <message>
        <source>It will no longer appear in entries. Values you already recorded stay in your journal.</source>
        <translation>Ya no aparecerá en las entradas. Los valores que ya registraste se quedan en tu diario.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrada eliminada.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Tu diario está bloqueado. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este ordenador</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este ordenador</translation>
    </message>
    <message>
        <source>Keeps the key in your system keyring so Companion opens without the passphrase.</source>
        <translation>Guarda la clave en el llavero del sistema para que Companion se abra sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot it? Use &amp;recovery code</source>
        <translation>¿La olvidaste? Usa el código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Remember me is not available: %1</source>
        <translation>«Recordarme» no está disponible: %1</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code you kept when you created your journal, then choose a new passphrase. Capital letters and dashes do not matter.</source>
        <translation>Escribe el código de recuperación que guardaste al crear tu diario y luego elige una frase de contraseña nueva. Las mayúsculas y los guiones no importan.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;de nuevo</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Volver a la frase de contraseña</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;unlock</source>
        <translation>Crear frase de contraseña y &amp;desbloquear</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Crear frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Escribe primero tu código de recuperación.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbelas de nuevo.</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <source>I used this</source>
        <translation>Lo he usado</translation>
    </message>
    <message>
        <source>How strong was the distress, from 0 (none) to 10 (the most)?</source>
        <translation>¿Qué intensidad tenía el malestar, de 0 (nada) a 10 (el máximo)?</translation>
    </message>
    <message>
        <source>Distress before</source>
        <translation>Malestar antes</translation>
    </message>
    <message>
        <source>Distress after</source>
        <translation>Malestar después</translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation>Una nota, si quieres</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>%1 Details were written to %2.</source>
        <translation>%1 Los detalles se guardaron en %2.</translation>
    </message>
</context>
<context>
    <name>busy_bar</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer found</source>
        <translation>No se encontró ninguna impresora</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save it as a PDF instead? You can print the PDF later.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. ¿Guardarlo como PDF? Puedes imprimir el PDF más tarde.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print it, or save it as a PDF?</source>
        <translation>¿Imprimirlo o guardarlo como PDF?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
</TS>
