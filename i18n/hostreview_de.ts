<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplyMergeCommand</name>
    <message>
        <source>Merge with %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>Das Benutzerhandbuch lesen</translation>
    </message>
</context>
<context>
    <name>hostreview::app::AutosaveRecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>hostreview ended without saving these reviews. Their autosaved state can be recovered; a recovered review opens as modified, and Save writes it back to its file.</source>
        <translation>hostreview wurde beendet, ohne diese Reviews zu speichern. Ihr automatisch gesicherter Stand lässt sich wiederherstellen; ein wiederhergestelltes Review öffnet sich als geändert, und Speichern schreibt es in seine Datei zurück.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Open the selected review as it was at its last autosave</source>
        <translation>Das ausgewählte Review im Stand der letzten automatischen Sicherung öffnen</translation>
    </message>
    <message>
        <source>Delete the selected autosave</source>
        <translation>Die ausgewählte automatische Sicherung löschen</translation>
    </message>
    <message>
        <source>Keep every autosave and ask again at the next start</source>
        <translation>Alle automatischen Sicherungen behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nie gespeichert</translation>
    </message>
</context>
<context>
    <name>hostreview::app::ImportController</name>
    <message>
        <source>Choose measurement files</source>
        <translation>Messdateien auswählen</translation>
    </message>
    <message>
        <source>Logs and exports (*.log *.json *.csv *.txt);;All files (*)</source>
        <translation>Logs und Exporte (*.log *.json *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import measurements from %1</source>
        <translation>Messdaten aus %1 importieren</translation>
    </message>
    <message>
        <source>The rules saved in the project cannot be used, so the defaults for Odoo are shown; OK replaces the saved rules. %1</source>
        <translation>Die im Projekt gespeicherten Regeln sind nicht verwendbar, daher werden die Odoo-Vorgaben angezeigt; OK ersetzt die gespeicherten Regeln. %1</translation>
    </message>
    <message>
        <source>the most frequent paths this import left unclassified</source>
        <translation>die häufigsten Pfade, die dieser Import nicht zuordnen konnte</translation>
    </message>
    <message>
        <source>Edit classification rules</source>
        <translation>Klassifizierungsregeln bearbeiten</translation>
    </message>
    <message>
        <source>The classification rules changed: import the files again to count the requests with them.</source>
        <translation>Die Klassifizierungsregeln wurden geändert: Importieren Sie die Dateien erneut, um die Anfragen damit zu zählen.</translation>
    </message>
</context>
<context>
    <name>hostreview::app::LockController</name>
    <message>
        <source>Review in use</source>
        <translation>Review in Benutzung</translation>
    </message>
    <message>
        <source>%1 is open in another hostreview. Open it read-only, or open a copy to work on and merge later (File ▸ Merge with…).</source>
        <translation>%1 ist in einem anderen hostreview geöffnet. Öffnen Sie es schreibgeschützt oder öffnen Sie eine Kopie zum Bearbeiten und führen Sie sie später zusammen (Datei ▸ Zusammenführen mit…).</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>Eine &amp;Kopie öffnen</translation>
    </message>
</context>
<context>
    <name>hostreview::app::MainWindow</name>
    <message>
        <source>Untitled review</source>
        <translation>Unbenanntes Review</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Ready — drag a station kind from the palette onto the canvas, or open a sample (File ▸ New from sample).</source>
        <translation>Bereit – ziehen Sie eine Stationsart aus der Palette auf die Zeichenfläche oder öffnen Sie ein Beispiel (Datei ▸ Neu aus Beispiel).</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty review</source>
        <translation>Ein leeres Review beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a review (.hostreview or .json)</source>
        <translation>Ein Review öffnen (.hostreview oder .json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Das Review speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the review under a new name</source>
        <translation>Das Review unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Write the topology as a PNG image</source>
        <translation>Die Topologie als PNG-Bild schreiben</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Write the topology as an SVG drawing</source>
        <translation>Die Topologie als SVG-Zeichnung schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the executive recommendation report as a PDF</source>
        <translation>Den Empfehlungsbericht für die Geschäftsleitung als PDF schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Findings as CSV…</source>
        <translation>Feststellungen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Write the findings for spreadsheets and issue trackers</source>
        <translation>Die Feststellungen für Tabellenkalkulation und Ticketsysteme schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Measurements…</source>
        <translation>Messdaten &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Derive measured load profiles and demands from Traefik, Odoo, PostgreSQL or CSV logs</source>
        <translation>Gemessene Lastprofile und Bedienbedarfe aus Traefik-, Odoo-, PostgreSQL- oder CSV-Logs ableiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the workbench</source>
        <translation>Die Workbench schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected stations</source>
        <translation>Die ausgewählten Stationen ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected stations and the links among them</source>
        <translation>Die ausgewählten Stationen und ihre Verbindungen untereinander kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste copied stations</source>
        <translation>Kopierte Stationen einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected stations and links</source>
        <translation>Die ausgewählten Stationen und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Select every station</source>
        <translation>Alle Stationen auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Arrange the stations by their links</source>
        <translation>Die Stationen anhand ihrer Verbindungen anordnen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap stations to the grid while moving</source>
        <translation>Stationen beim Verschieben am Raster ausrichten</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Le&amp;gende anzeigen</translation>
    </message>
    <message>
        <source>Show the utilisation colour legend</source>
        <translation>Die Farblegende der Auslastung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Replay the Day</source>
        <translation>&amp;Tag abspielen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Step through the day&apos;s buckets on the canvas</source>
        <translation>Die Zeitabschnitte des Tages auf der Zeichenfläche durchlaufen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <source>Reviewer name, knee, units</source>
        <translation>Name des Prüfers, Knie, Einheiten</translation>
    </message>
    <message>
        <source>&amp;About hostreview</source>
        <translation>Über &amp;hostreview</translation>
    </message>
    <message>
        <source>Versions and credits</source>
        <translation>Versionen und Danksagungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from Sa&amp;mple</source>
        <translation>Neu aus Beispie&amp;l</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation> Szenario: </translation>
    </message>
    <message>
        <source>The what-if scenario the canvas shows</source>
        <translation>Das Was-wäre-wenn-Szenario, das die Zeichenfläche zeigt</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Apply the daily profiles at the chosen time (off: the profile-free load)</source>
        <translation>Die Tagesprofile zur gewählten Zeit anwenden (aus: Last ohne Profil)</translation>
    </message>
    <message>
        <source>Bucket of the day (drag to replay the day on the canvas)</source>
        <translation>Zeitabschnitt des Tages (ziehen, um den Tag auf der Zeichenfläche abzuspielen)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Start a new review from the sample %1</source>
        <translation>Ein neues Review aus dem Beispiel %1 beginnen</translation>
    </message>
    <message>
        <source>%1[*] — hostreview</source>
        <translation>%1[*] – hostreview</translation>
    </message>
    <message>
        <source>Cannot open review</source>
        <translation>Review kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n station(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Station</numerusform>
            <numerusform>%1 geöffnet: %n Stationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read sample</source>
        <translation>Beispiel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>New review from the sample %1</source>
        <translation>Neues Review aus dem Beispiel %1</translation>
    </message>
    <message>
        <source>Cannot save review</source>
        <translation>Review kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Review speichern unter</translation>
    </message>
    <message>
        <source>hostreview project (*.hostreview);;Interchange JSON (*.json)</source>
        <translation>hostreview-Projekt (*.hostreview);;Austausch-JSON (*.json)</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Review öffnen</translation>
    </message>
    <message>
        <source>Reviews (*.hostreview *.json);;All files (*)</source>
        <translation>Reviews (*.hostreview *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Topology exported by hostreview</source>
        <translation>Von hostreview exportierte Topologie</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n station(s)</source>
        <translation>
            <numerusform>%n Station kopiert</numerusform>
            <numerusform>%n Stationen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n Objekt ausgewählt</numerusform>
            <numerusform>%n Objekte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisszenario</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (Ziel)</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>ganzer Tag</translation>
    </message>
    <message>
        <source>no stations or no workload classes yet</source>
        <translation>noch keine Stationen oder Lastklassen</translation>
    </message>
    <message>
        <source>Not solved: %1</source>
        <translation>Nicht gelöst: %1</translation>
    </message>
    <message>
        <source>Solved in %1 ms</source>
        <translation>Gelöst in %1 ms</translation>
    </message>
    <message>
        <source> · bottleneck %1 at %2%</source>
        <translation> · Engpass %1 bei %2 %</translation>
    </message>
    <message>
        <source> · headroom ×%1</source>
        <translation> · Spielraum ×%1</translation>
    </message>
    <message>
        <source> · approximate</source>
        <translation> · Näherung</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Feststellungen exportieren</translation>
    </message>
    <message>
        <source>The findings cannot be computed: %1</source>
        <translation>Die Feststellungen lassen sich nicht ermitteln: %1</translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation>Feststellungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n finding(s) to %1</source>
        <translation>
            <numerusform>%n Feststellung nach %1 geschrieben</numerusform>
            <numerusform>%n Feststellungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation>Nachweis an %1 anhängen</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; attach a smaller extract or a reference instead.</source>
        <translation>%1 ist größer als 64 MiB; hängen Sie stattdessen einen kleineren Auszug oder einen Verweis an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2</source>
        <translation>%1 an %2 angehängt</translation>
    </message>
    <message>
        <source>About hostreview</source>
        <translation>Über hostreview</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hostreview %1&lt;/h3&gt;&lt;p&gt;Odoo Hosting Review Workbench: a queueing model of the service topology, checklists and a PDF report for consultants reviewing Odoo hosting stacks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), Boost %4 (Boost.Graph) and spdlog %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hostreview %1&lt;/h3&gt;&lt;p&gt;Odoo Hosting Review Workbench: ein Warteschlangenmodell der Service-Topologie, Checklisten und ein PDF-Bericht für Berater, die Odoo-Hosting-Umgebungen prüfen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft auf %3), Boost %4 (Boost.Graph) und spdlog %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Classification &amp;Rules…</source>
        <translation>Klassifizierungsr&amp;egeln…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <source>List the differences between this review and another file</source>
        <translation>Die Unterschiede zwischen diesem Review und einer anderen Datei auflisten</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>Zusa&amp;mmenführen mit…</translation>
    </message>
    <message>
        <source>Merge another copy of this review into it; pick a side for each conflict</source>
        <translation>Eine andere Kopie dieses Reviews hineinführen; für jeden Konflikt eine Seite wählen</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — hostreview</source>
        <translation>%1[*] (schreibgeschützt) – hostreview</translation>
    </message>
    <message>
        <source>Not opened: %1 is in use</source>
        <translation>Nicht geöffnet: %1 ist in Benutzung</translation>
    </message>
    <message>
        <source>Opened a copy of %1: Save As keeps it</source>
        <translation>Eine Kopie von %1 geöffnet: Speichern unter behält sie</translation>
    </message>
    <message>
        <source>Review in use</source>
        <translation>Review in Benutzung</translation>
    </message>
    <message>
        <source>%1. Saving now replaces the file under them, and their next save would replace yours. Save anyway?</source>
        <translation>%1. Speichern ersetzt jetzt die Datei unter den anderen, und deren nächstes Speichern würde Ihre ersetzen. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Someone else has this file open: use Save As</source>
        <translation>Jemand anderes hat diese Datei geöffnet: verwenden Sie Speichern unter</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Add &amp;Comment on %1…</source>
        <translation>&amp;Kommentar zu %1 hinzufügen…</translation>
    </message>
    <message>
        <source>%1 is not in the review any more</source>
        <translation>%1 ist nicht mehr im Review</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Recovered %1 as autosaved %2</source>
        <translation>%1 im automatisch gesicherten Stand von %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>The two reviews share no saved revision to merge from (%1). Choose the file both copies started from?</source>
        <translation>Die beiden Reviews haben keine gemeinsame gespeicherte Revision als Ausgangspunkt (%1). Die Datei wählen, von der beide Kopien ausgingen?</translation>
    </message>
    <message>
        <source>Choose the common base</source>
        <translation>Die gemeinsame Basis wählen</translation>
    </message>
    <message>
        <source>the revision saved by %1 on %2</source>
        <translation>die von %1 am %2 gespeicherte Revision</translation>
    </message>
    <message>
        <source>The reviews cannot be merged: %1</source>
        <translation>Die Reviews lassen sich nicht zusammenführen: %1</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has no changes this review lacks</source>
        <translation>Nichts zusammenzuführen: %1 enthält keine Änderungen, die diesem Review fehlen</translation>
    </message>
    <message>
        <source>Merged %1 (Undo takes it back)</source>
        <translation>%1 zusammengeführt (Rückgängig nimmt es zurück)</translation>
    </message>
</context>
<context>
    <name>hostreview::app::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Language of the report&apos;s titles, boilerplate and generated text.</source>
        <translation>Sprache der Überschriften, Textbausteine und erzeugten Texte des Berichts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Report template from templates/report: sections, branding and boilerplate.</source>
        <translation>Berichtsvorlage aus templates/report: Abschnitte, Gestaltung und Textbausteine.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitenformat:</translation>
    </message>
    <message>
        <source>%1 % (from Settings)</source>
        <translation>%1 % (aus den Einstellungen)</translation>
    </message>
    <message>
        <source>Utilisation from which a station counts as at risk; change it in Settings.</source>
        <translation>Auslastung, ab der eine Station als gefährdet gilt; änderbar in den Einstellungen.</translation>
    </message>
    <message>
        <source>Utilisation knee:</source>
        <translation>Knie der Auslastung:</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Die zu schreibende PDF-Datei; eine vorhandene Datei wird ersetzt.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Ausgabedatei:</translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation>Vorschau der ersten Seiten</translation>
    </message>
    <message>
        <source>Choose the options and press Export.</source>
        <translation>Wählen Sie die Optionen und klicken Sie auf Exportieren.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in total.</source>
        <translation>
            <numerusform>Insgesamt %n Seite.</numerusform>
            <numerusform>Insgesamt %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first.</source>
        <translation>Wählen Sie zuerst die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Bericht nach %1 geschrieben (%n Seite).</numerusform>
            <numerusform>Bericht nach %1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Written into checklist answers and the report as the reviewer.</source>
        <translation>Wird als Prüfer in die Antworten der Checkliste und in den Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Name des Prüfers:</translation>
    </message>
    <message>
        <source>Utilisation from which a station counts as at risk (amber on the canvas).</source>
        <translation>Auslastung, ab der eine Station als gefährdet gilt (gelb auf der Zeichenfläche).</translation>
    </message>
    <message>
        <source>Utilisation knee:</source>
        <translation>Knie der Auslastung:</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Language of menus, dialogs and number formats. Reports choose their own language.</source>
        <translation>Sprache der Menüs, Dialoge und Zahlenformate. Berichte wählen ihre Sprache selbst.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when hostreview is started again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von hostreview wirksam.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Unsaved work is kept in the recovery folder this often, and offered again after a crash.</source>
        <translation>So oft wird ungespeicherte Arbeit im Wiederherstellungsordner gesichert und nach einem Absturz wieder angeboten.</translation>
    </message>
    <message>
        <source>Autosave every:</source>
        <translation>Automatisch sichern alle:</translation>
    </message>
</context>
<context>
    <name>hostreview::core::StationKinds</name>
    <message>
        <source>Ingress</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Traefik ingress</source>
        <translation>Traefik-Ingress</translation>
    </message>
    <message>
        <source>Reverse proxy and TLS termination in front of the Odoo services.</source>
        <translation>Reverse Proxy und TLS-Terminierung vor den Odoo-Diensten.</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Upstream timeout</source>
        <translation>Upstream-Timeout</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Odoo HTTP workers</source>
        <translation>Odoo-HTTP-Worker</translation>
    </message>
    <message>
        <source>Odoo multiprocessing HTTP workers; the station&apos;s servers are the workers.</source>
        <translation>Odoo-HTTP-Worker im Multiprocessing-Modus; die Server der Station sind die Worker.</translation>
    </message>
    <message>
        <source>db_maxconn</source>
        <translation>db_maxconn</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>limit_memory_soft</source>
        <translation>limit_memory_soft</translation>
    </message>
    <message>
        <source>limit_memory_hard</source>
        <translation>limit_memory_hard</translation>
    </message>
    <message>
        <source>limit_time_cpu</source>
        <translation>limit_time_cpu</translation>
    </message>
    <message>
        <source>limit_time_real</source>
        <translation>limit_time_real</translation>
    </message>
    <message>
        <source>limit_request</source>
        <translation>limit_request</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>max_cron_threads</source>
        <translation>max_cron_threads</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Odoo cron workers</source>
        <translation>Odoo-Cron-Worker</translation>
    </message>
    <message>
        <source>Scheduled-job processes, on top of the HTTP workers.</source>
        <translation>Prozesse für geplante Aufgaben, zusätzlich zu den HTTP-Workern.</translation>
    </message>
    <message>
        <source>Odoo long-polling / websocket</source>
        <translation>Odoo-Long-Polling / WebSocket</translation>
    </message>
    <message>
        <source>The gevent process that holds bus and websocket connections.</source>
        <translation>Der gevent-Prozess, der Bus- und WebSocket-Verbindungen hält.</translation>
    </message>
    <message>
        <source>Odoo integration workers</source>
        <translation>Odoo-Integrations-Worker</translation>
    </message>
    <message>
        <source>Workers reserved for EDI, marketplace and API jobs, apart from interactive users.</source>
        <translation>Worker, die getrennt von den interaktiven Benutzern für EDI-, Marktplatz- und API-Aufträge reserviert sind.</translation>
    </message>
    <message>
        <source>PgBouncer</source>
        <translation>PgBouncer</translation>
    </message>
    <message>
        <source>Connection pooler; single-threaded, one core per instance.</source>
        <translation>Verbindungspool; Single-Thread, ein Kern je Instanz.</translation>
    </message>
    <message>
        <source>pool_mode</source>
        <translation>pool_mode</translation>
    </message>
    <message>
        <source>default_pool_size</source>
        <translation>default_pool_size</translation>
    </message>
    <message>
        <source>max_client_conn</source>
        <translation>max_client_conn</translation>
    </message>
    <message>
        <source>query_wait_timeout</source>
        <translation>query_wait_timeout</translation>
    </message>
    <message>
        <source>PostgreSQL primary</source>
        <translation>PostgreSQL-Primärserver</translation>
    </message>
    <message>
        <source>The transactional system of record; servers are its CPU cores.</source>
        <translation>Das führende transaktionale System; die Server sind seine CPU-Kerne.</translation>
    </message>
    <message>
        <source>max_connections</source>
        <translation>max_connections</translation>
    </message>
    <message>
        <source>Storage IOPS</source>
        <translation>Speicher-IOPS</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>PostgreSQL replica</source>
        <translation>PostgreSQL-Replikat</translation>
    </message>
    <message>
        <source>Streaming replica for reporting and read-only work.</source>
        <translation>Streaming-Replikat für Auswertungen und Lesezugriffe.</translation>
    </message>
    <message>
        <source>Storage volume</source>
        <translation>Speichervolume</translation>
    </message>
    <message>
        <source>Block storage under the database or filestore; servers are parallel I/O lanes.</source>
        <translation>Blockspeicher unter der Datenbank oder dem Filestore; die Server sind parallele I/O-Kanäle.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Commands run one after another on one thread: one server.</source>
        <translation>Befehle laufen nacheinander in einem Thread: ein Server.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>maxmemory</source>
        <translation>maxmemory</translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation>Verdrängungsstrategie</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>S3-compatible store for the filestore, attachments and backups.</source>
        <translation>S3-kompatibler Speicher für Filestore, Anhänge und Sicherungen.</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Externes System</translation>
    </message>
    <message>
        <source>EDI partner, marketplace, carrier or payment API: latency only.</source>
        <translation>EDI-Partner, Marktplatz, Versanddienstleister oder Zahlungs-API: nur Latenz.</translation>
    </message>
    <message>
        <source>System type</source>
        <translation>Systemtyp</translation>
    </message>
    <message>
        <source>Client group</source>
        <translation>Client-Gruppe</translation>
    </message>
    <message>
        <source>Users or devices that generate load (office users, scanners, tills).</source>
        <translation>Benutzer oder Geräte, die Last erzeugen (Büroarbeitsplätze, Scanner, Kassen).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Generic station</source>
        <translation>Allgemeine Station</translation>
    </message>
    <message>
        <source>Any other service centre.</source>
        <translation>Jede andere Bedienstation.</translation>
    </message>
</context>
<context>
    <name>hostreview::models::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>hostreview::models::CellEditor</name>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>keine Zahl: „%1“</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>muss eine ganze Zahl sein, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::models::Checklist</name>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Im Aufbau</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Definiert</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Gesteuert</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Solide</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ChecklistTreeModel</name>
    <message>
        <source>%1/%2 answered</source>
        <translation>%1/%2 beantwortet</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation>%1 mittel</translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1

What good looks like: %2</source>
        <translation>%1

So sieht es gut aus: %2</translation>
    </message>
    <message>
        <source>Domain / item</source>
        <translation>Bereich / Punkt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ClassTableModel</name>
    <message>
        <source>Not used by open classes</source>
        <translation>Bei offenen Klassen nicht verwendet</translation>
    </message>
    <message>
        <source>Not used by closed classes</source>
        <translation>Bei geschlossenen Klassen nicht verwendet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>no such class</source>
        <translation>keine solche Klasse</translation>
    </message>
    <message>
        <source>class ids cannot be renamed here</source>
        <translation>Klassenkennungen können hier nicht umbenannt werden</translation>
    </message>
    <message>
        <source>must be &quot;open&quot; or &quot;closed&quot;, got &quot;%1&quot;</source>
        <translation>muss „open“ oder „closed“ sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>no station &quot;%1&quot;</source>
        <translation>keine Station „%1“</translation>
    </message>
    <message>
        <source>must be &quot;estimated&quot; or &quot;measured&quot;, got &quot;%1&quot;</source>
        <translation>muss „estimated“ oder „measured“ sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>nicht bearbeitbar</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Arrival rate (/s)</source>
        <translation>Ankunftsrate (/s)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Think time (s)</source>
        <translation>Denkzeit (s)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ClassificationRulesModel</name>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Rule %1, path: a rule needs a path, method or router expression</source>
        <translation>Regel %1, Pfad: eine Regel braucht einen Ausdruck für Pfad, Methode oder Router</translation>
    </message>
    <message>
        <source>Rule %1, %2</source>
        <translation>Regel %1, %2</translation>
    </message>
    <message>
        <source>%1: must be a class id of 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got &quot;%2&quot;</source>
        <translation>%1: muss eine Klassenkennung aus 1 bis 64 Buchstaben, Ziffern, „_“, „.“ oder „-“ sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1: invalid regular expression at character %2: %3</source>
        <translation>%1: ungültiger regulärer Ausdruck bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches wins</source>
        <translation>Die Regeln werden von oben geprüft; die erste passende gilt</translation>
    </message>
    <message>
        <source>The workload class a matching request is counted under</source>
        <translation>Die Lastklasse, unter der eine passende Anfrage gezählt wird</translation>
    </message>
    <message>
        <source>Regular expression for the whole HTTP method (GET, POST, …); empty: any method</source>
        <translation>Regulärer Ausdruck für die ganze HTTP-Methode (GET, POST, …); leer: jede Methode</translation>
    </message>
    <message>
        <source>Regular expression searched in the request path, without the query string</source>
        <translation>Regulärer Ausdruck, der im Anfragepfad ohne Query-String gesucht wird</translation>
    </message>
    <message>
        <source>Regular expression searched in the Traefik router name; empty: any router</source>
        <translation>Regulärer Ausdruck, der im Namen des Traefik-Routers gesucht wird; leer: jeder Router</translation>
    </message>
    <message>
        <source>Sample requests this rule takes (the first matching rule wins)</source>
        <translation>Beispielanfragen, die diese Regel übernimmt (die erste passende Regel gilt)</translation>
    </message>
</context>
<context>
    <name>hostreview::models::CommentTreeModel</name>
    <message>
        <source>station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>Checklistenpunkt %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>Feststellung %1</translation>
    </message>
    <message>
        <source>↳ reply</source>
        <translation>↳ Antwort</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ConflictTableModel</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
</context>
<context>
    <name>hostreview::models::DemandTableModel</name>
    <message>
        <source>Derived from the links and the class&apos;s entry station</source>
        <translation>Abgeleitet aus den Verbindungen und der Einstiegsstation der Klasse</translation>
    </message>
    <message>
        <source>(links)</source>
        <translation>(Verbindungen)</translation>
    </message>
    <message>
        <source>no class selected</source>
        <translation>keine Klasse ausgewählt</translation>
    </message>
    <message>
        <source>type a service time first: the class has no demand at this station</source>
        <translation>geben Sie zuerst eine Bedienzeit ein: die Klasse hat an dieser Station keinen Bedienbedarf</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>nicht bearbeitbar</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Service time (ms)</source>
        <translation>Bedienzeit (ms)</translation>
    </message>
</context>
<context>
    <name>hostreview::models::DifferenceTableModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>meins</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deren</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ProfileTableModel</name>
    <message>
        <source>must be a finite number ≥ 0, got %1</source>
        <translation>muss eine endliche Zahl ≥ 0 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>outside the profile&apos;s %1 buckets</source>
        <translation>außerhalb der %1 Zeitabschnitte des Profils</translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation>muss ≥ 0 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>No class selected</source>
        <translation>Keine Klasse ausgewählt</translation>
    </message>
    <message>
        <source>bucket %1: outside the profile</source>
        <translation>Zeitabschnitt %1: außerhalb des Profils</translation>
    </message>
    <message>
        <source>No profile yet: every bucket counts as 1; an edit creates one</source>
        <translation>Noch kein Profil: jeder Zeitabschnitt zählt als 1; eine Änderung legt eines an</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioClassScaleModel</name>
    <message>
        <source>1 (unchanged)</source>
        <translation>1 (unverändert)</translation>
    </message>
    <message>
        <source>no scenario selected</source>
        <translation>kein Szenario ausgewählt</translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation>muss ≥ 0 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Load scale (×)</source>
        <translation>Lastfaktor (×)</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioListModel</name>
    <message>
        <source>The recommended target architecture (the report&apos;s &quot;after&quot;)</source>
        <translation>Die empfohlene Zielarchitektur (das „Nachher“ im Bericht)</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>no such scenario</source>
        <translation>kein solches Szenario</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be &quot;estimated&quot; or &quot;measured&quot;, got &quot;%1&quot;</source>
        <translation>muss „estimated“ oder „measured“ sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>nicht bearbeitbar</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioServersModel</name>
    <message>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Delay stations have no server count</source>
        <translation>Verzögerungsstationen haben keine Serveranzahl</translation>
    </message>
    <message>
        <source>no scenario selected</source>
        <translation>kein Szenario ausgewählt</translation>
    </message>
    <message>
        <source>must be ≥ 1, got %1</source>
        <translation>muss ≥ 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Servers (base)</source>
        <translation>Server (Basis)</translation>
    </message>
    <message>
        <source>Servers in scenario</source>
        <translation>Server im Szenario</translation>
    </message>
</context>
<context>
    <name>hostreview::models::StationResultsModel</name>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Bottleneck: none (no queue station)</source>
        <translation>Engpass: keiner (keine Station mit Warteschlange)</translation>
    </message>
    <message>
        <source>Bottleneck: %1, saturated (offered %2)</source>
        <translation>Engpass: %1, gesättigt (angebotene Last %2)</translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2</source>
        <translation>Engpass: %1 bei %2</translation>
    </message>
    <message>
        <source>Headroom: not applicable (no open classes)</source>
        <translation>Spielraum: entfällt (keine offenen Klassen)</translation>
    </message>
    <message>
        <source>Headroom: none, %1 is saturated (open load must fall to ×%2)</source>
        <translation>Spielraum: keiner, %1 ist gesättigt (die offene Last muss auf ×%2 sinken)</translation>
    </message>
    <message>
        <source>Headroom: ×%1 on open arrival rates before %2 saturates</source>
        <translation>Spielraum: ×%1 auf die offenen Ankunftsraten, bevor %2 in die Sättigung geht</translation>
    </message>
    <message>
        <source>Delay station: mean number of requests in service</source>
        <translation>Verzögerungsstation: mittlere Anzahl Anfragen in Bedienung</translation>
    </message>
    <message>
        <source>Offered load is at or above capacity: queue and response times grow without bound</source>
        <translation>Die angebotene Last erreicht oder übersteigt die Kapazität: Warteschlange und Antwortzeiten wachsen unbegrenzt</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Station / class</source>
        <translation>Station / Klasse</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>Residence time (s)</source>
        <translation>Verweilzeit (s)</translation>
    </message>
    <message>
        <source>Residence time (ms)</source>
        <translation>Verweilzeit (ms)</translation>
    </message>
    <message>
        <source>Throughput (/s)</source>
        <translation>Durchsatz (/s)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>hostreview::models::TimelineModel</name>
    <message>
        <source>no solver</source>
        <translation>kein Löser</translation>
    </message>
    <message>
        <source>the solver returned no timeline for scenario %1</source>
        <translation>der Löser lieferte keinen Tagesverlauf für das Szenario %1</translation>
    </message>
    <message>
        <source>saturated from %1</source>
        <translation>gesättigt ab %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
</context>
<context>
    <name>hostreview::reports::Report</name>
    <message>
        <source>knee %1 %</source>
        <translation>Knie %1 %</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisszenario</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>handlungsbedürftig</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>solide</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>initial</translation>
    </message>
    <message>
        <source>developing</source>
        <translation>im Aufbau</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>definiert</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>gesteuert</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Platform controls</source>
        <translation>Plattform-Kontrollen</translation>
    </message>
    <message>
        <source>GitOps, IaC and resilience</source>
        <translation>GitOps, IaC und Ausfallsicherheit</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Zeitraum des Reviews</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt am</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Overall posture: %1. The checklist scores %2 of 100 overall (%3), with %4 high, %5 medium and %6 low risks among the answered items.</source>
        <translation>Gesamtlage: %1. Die Checkliste erreicht insgesamt %2 von 100 (%3); unter den beantworteten Punkten sind %4 hohe, %5 mittlere und %6 niedrige Risiken.</translation>
    </message>
    <message>
        <source>Overall posture: %1. No checklist item has been answered yet.</source>
        <translation>Gesamtlage: %1. Noch kein Punkt der Checkliste ist beantwortet.</translation>
    </message>
    <message>
        <source>It cannot keep up: requests queue without bound.</source>
        <translation>Sie kommt nicht mehr nach: Anfragen stauen sich ohne Grenze.</translation>
    </message>
    <message>
        <source>It is past the knee of %1, so waiting times grow quickly.</source>
        <translation>Sie liegt über dem Knie von %1, die Wartezeiten wachsen also schnell.</translation>
    </message>
    <message>
        <source>It stays below the knee of %1.</source>
        <translation>Sie bleibt unter dem Knie von %1.</translation>
    </message>
    <message>
        <source>The worst case is the scenario “%1”: its busiest station, %2, reaches %3. %4</source>
        <translation>Der ungünstigste Fall ist das Szenario „%1“: die am stärksten ausgelastete Station, %2, erreicht %3. %4</translation>
    </message>
    <message>
        <source>The worst case is the scenario “%1”: its busiest station, %2, reaches %3 at %4. %5</source>
        <translation>Der ungünstigste Fall ist das Szenario „%1“: die am stärksten ausgelastete Station, %2, erreicht %3 (um %4). %5</translation>
    </message>
    <message>
        <source>Recommended hosting model: %1.</source>
        <translation>Empfohlenes Hosting-Modell: %1.</translation>
    </message>
    <message>
        <source>Headline numbers</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Overall checklist score</source>
        <translation>Gesamtwertung der Checkliste</translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation>%1 von 100 (%2)</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Gesamtlage</translation>
    </message>
    <message>
        <source>Checklist items answered</source>
        <translation>Beantwortete Punkte der Checkliste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Busiest station, %1</source>
        <translation>Am stärksten ausgelastete Station, %1</translation>
    </message>
    <message>
        <source>Baseline headroom at peak</source>
        <translation>Spielraum im Basisszenario zur Spitze</translation>
    </message>
    <message>
        <source>load can grow ×%1</source>
        <translation>Last kann um ×%1 wachsen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>%1 in total, %2 critical, %3 high</source>
        <translation>%1 insgesamt, %2 kritisch, %3 hoch</translation>
    </message>
    <message>
        <source>Hosting model</source>
        <translation>Hosting-Modell</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Current and target architecture</source>
        <translation>Heutige und Zielarchitektur</translation>
    </message>
    <message>
        <source>Busiest station</source>
        <translation>Am stärksten ausgelastete Station</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Response time, %1 (target %2)</source>
        <translation>Antwortzeit, %1 (Ziel %2)</translation>
    </message>
    <message>
        <source>Open critical and high findings</source>
        <translation>Offene kritische und hohe Feststellungen</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>%1 (%2 risk, %3)</source>
        <translation>%1 (Risiko %2, %3)</translation>
    </message>
    <message>
        <source>No risks were identified.</source>
        <translation>Es wurden keine Risiken festgestellt.</translation>
    </message>
    <message>
        <source>Stations: %1; links: %2. Box colours: green below the knee (%3), amber from the knee to 100 %, red at or above 100 %; grey boxes are delay stations (clients, external systems), which do not queue.</source>
        <translation>Stationen: %1; Verbindungen: %2. Farben: grün unter dem Knie (%3), gelb vom Knie bis 100 %, rot ab 100 %; graue Boxen sind Verzögerungsstationen (Clients, externe Systeme), an denen sich keine Warteschlange bildet.</translation>
    </message>
    <message>
        <source>The diagram follows on the next page, turned to fit its width.</source>
        <translation>Das Diagramm folgt auf der nächsten Seite, gedreht, damit es in voller Breite passt.</translation>
    </message>
    <message>
        <source>%1 (recommended target)</source>
        <translation>%1 (empfohlenes Ziel)</translation>
    </message>
    <message>
        <source>Peak at %1: %2 reaches %3.</source>
        <translation>Spitze um %1: %2 erreicht %3.</translation>
    </message>
    <message>
        <source>%1 reaches %2.</source>
        <translation>%1 erreicht %2.</translation>
    </message>
    <message>
        <source>Headroom: the open load can grow ×%1 before the first station saturates.</source>
        <translation>Spielraum: die offene Last kann um ×%1 wachsen, bevor die erste Station gesättigt ist.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Utilisation at peak</source>
        <translation>Auslastung zur Spitze</translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>At risk from</source>
        <translation>Gefährdet ab</translation>
    </message>
    <message>
        <source>Saturated from</source>
        <translation>Gesättigt ab</translation>
    </message>
    <message>
        <source>No checklist could be loaded, so there is no scorecard.</source>
        <translation>Es konnte keine Checkliste geladen werden, daher gibt es keine Bewertung.</translation>
    </message>
    <message>
        <source>Overall score: %1 (%2); posture: %3.</source>
        <translation>Gesamtwertung: %1 (%2); Gesamtlage: %3.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Risk items</source>
        <translation>Risikopunkte</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>Die Regeln haben nichts zu berichten gefunden.</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 [%3]</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation>Stationen: %1</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>Aufwand: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>The findings engine was not available when this report was generated; the checklist&apos;s risk items in the scorecard stand in for the findings.</source>
        <translation>Die Auswertung der Feststellungen stand bei der Erstellung dieses Berichts nicht zur Verfügung; die Risikopunkte der Checkliste in der Bewertung treten an ihre Stelle.</translation>
    </message>
    <message>
        <source>Nothing to do in this phase.</source>
        <translation>In dieser Phase ist nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Done within</source>
        <translation>Erledigt binnen</translation>
    </message>
    <message>
        <source>No roadmap items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>No hosting recommendation could be made (the hosting rules could not be loaded or the questionnaire answers are invalid).</source>
        <translation>Es konnte keine Hosting-Empfehlung abgegeben werden (die Regeln ließen sich nicht laden oder die Antworten des Fragebogens sind ungültig).</translation>
    </message>
    <message>
        <source>Recommended hosting model: %1</source>
        <translation>Empfohlenes Hosting-Modell: %1</translation>
    </message>
    <message>
        <source>No hosting model can be recommended yet.</source>
        <translation>Noch kann kein Hosting-Modell empfohlen werden.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>Points per hosting model</source>
        <translation>Punkte je Hosting-Modell</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Unanswered questions: %1</source>
        <translation>Unbeantwortete Fragen: %1</translation>
    </message>
    <message>
        <source>No checklist could be loaded.</source>
        <translation>Es konnte keine Checkliste geladen werden.</translation>
    </message>
    <message>
        <source>Checklist %1, revision %2.</source>
        <translation>Checkliste %1, Revision %2.</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nachweisnotizen</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
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
        <source>Discipline</source>
        <translation>Disziplin</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Workload classes</source>
        <translation>Lastklassen</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Service time per visit</source>
        <translation>Bedienzeit je Besuch</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Only the baseline scenario.</source>
        <translation>Nur das Basisszenario.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Load scaling</source>
        <translation>Lastfaktoren</translation>
    </message>
    <message>
        <source>Station overrides</source>
        <translation>Geänderte Stationen</translation>
    </message>
    <message>
        <source>Knee used for “at risk”: %1. Profiles: %2 buckets of %3 minutes.</source>
        <translation>Knie für „gefährdet“: %1. Profile: %2 Zeitabschnitte zu %3 Minuten.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>Load of class %1</source>
        <translation>Last der Klasse %1</translation>
    </message>
    <message>
        <source>Daily profile of class %1</source>
        <translation>Tagesprofil der Klasse %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>%1 of %2 inputs are measured, the rest are estimates.</source>
        <translation>%1 von %2 Eingaben sind gemessen, die übrigen geschätzt.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Utilisation, queue lengths and headroom come from an open/closed queueing network solved for each bucket of the day (mean value analysis for closed classes). Service times are means; real variability makes queues longer than the model shows near saturation.</source>
        <translation>Auslastung, Warteschlangen und Spielraum stammen aus einem offenen/geschlossenen Warteschlangennetz, das für jeden Zeitabschnitt des Tages gelöst wird (Mittelwertanalyse für geschlossene Klassen). Bedienzeiten sind Mittelwerte; echte Schwankungen machen Warteschlangen nahe der Sättigung länger, als das Modell zeigt.</translation>
    </message>
    <message>
        <source>Not shown in this report</source>
        <translation>In diesem Bericht nicht enthalten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), think %1 s</source>
        <translation>
            <numerusform>%n Benutzer, Denkzeit %1 s</numerusform>
            <numerusform>%n Benutzer, Denkzeit %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>The review file records no changes yet: it was written outside the workbench, or before the audit log was kept.</source>
        <translation>Die Review-Datei verzeichnet noch keine Änderungen: Sie wurde außerhalb der Workbench geschrieben oder bevor das Änderungsprotokoll geführt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, from %1 to %2.</source>
        <translation>
            <numerusform>%n Änderung verzeichnet, von %1 bis %2.</numerusform>
            <numerusform>%n Änderungen verzeichnet, von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Erste Änderung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Most changed objects</source>
        <translation>Am häufigsten geänderte Objekte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Saved revisions: %1, of which merges of two copies: %2. Comment threads: %3, of which still open: %4.</source>
        <translation>Gespeicherte Revisionen: %1, davon Zusammenführungen zweier Kopien: %2. Kommentar-Threads: %3, davon noch offen: %4.</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::AnswerEditor</name>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>What you saw, who told you, which document or screen shows it</source>
        <translation>Was Sie gesehen haben, wer es Ihnen gesagt hat, welches Dokument oder welcher Bildschirm es zeigt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Evidence notes:</source>
        <translation>Nachweisnotizen:</translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation>So sieht es gut aus</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>Choose an item in the checklist to answer it.</source>
        <translation>Wählen Sie einen Punkt der Checkliste, um ihn zu beantworten.</translation>
    </message>
    <message>
        <source>Item %1 is not in checklist %2.</source>
        <translation>Punkt %1 ist nicht in der Checkliste %2.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · weight %2 · %3 criticality</source>
        <translation>%1 · Gewicht %2 · Kritikalität %3</translation>
    </message>
    <message>
        <source>Sources: none listed</source>
        <translation>Quellen: keine angegeben</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation>Beantwortet von %1 am %2</translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation>einem unbenannten Prüfer</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::AuditLogView</name>
    <message>
        <source>Filter by reviewer, host, action or object…</source>
        <translation>Nach Prüfer, Rechner, Aktion oder Objekt filtern…</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ChecklistPanel</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <source>With a risk</source>
        <translation>Mit Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Niedriges Risiko</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Kein Risiko</translation>
    </message>
    <message>
        <source>Search questions, notes, ids…</source>
        <translation>Fragen, Notizen, Kennungen durchsuchen…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>checklist %1: no templates folder found</source>
        <translation>Checkliste %1: kein Vorlagenordner gefunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist not available:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Checkliste nicht verfügbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>noch keine Wertung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 — &lt;b&gt;&lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;/b&gt; (%4 high, %5 medium, %6 low risks) · %7 of %8 items answered</source>
        <translation>&lt;b&gt;Gesamt:&lt;/b&gt; %1 – &lt;b&gt;&lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;/b&gt; (%4 hohe, %5 mittlere, %6 niedrige Risiken) · %7 von %8 Punkten beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>hosting rules: no templates folder found</source>
        <translation>Hosting-Regeln: kein Vorlagenordner gefunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; rules not available (%1)</source>
        <translation>&lt;b&gt;Hosting-Modell:&lt;/b&gt; Regeln nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; the questionnaire has answers that cannot be used: %1</source>
        <translation>&lt;b&gt;Hosting-Modell:&lt;/b&gt; der Fragebogen enthält unbrauchbare Antworten: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) unanswered)</source>
        <translation>
            <numerusform> (%n Frage unbeantwortet)</numerusform>
            <numerusform> (%n Fragen unbeantwortet)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; no recommendation yet%1. %2</source>
        <translation>&lt;b&gt;Hosting-Modell:&lt;/b&gt; noch keine Empfehlung%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model: %1&lt;/b&gt;%2. %3</source>
        <translation>&lt;b&gt;Hosting-Modell: %1&lt;/b&gt;%2. %3</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::CommentsDock</name>
    <message>
        <source>Unresolved only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Hide threads that were resolved</source>
        <translation>Erledigte Diskussionen ausblenden</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Zu:</translation>
    </message>
    <message>
        <source>What a new comment is about (Add Comment in the canvas or checklist context menu picks it)</source>
        <translation>Worauf sich ein neuer Kommentar bezieht (Kommentar hinzufügen im Kontextmenü der Zeichenfläche oder der Checkliste wählt es)</translation>
    </message>
    <message>
        <source>Write a comment or a reply…</source>
        <translation>Einen Kommentar oder eine Antwort schreiben…</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>Start a new thread on the chosen object</source>
        <translation>Eine neue Diskussion zum gewählten Objekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>Auf den ausgewählten Kommentar antworten</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected comment and its replies</source>
        <translation>Den ausgewählten Kommentar und seine Antworten löschen</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Show the object the selected thread is about</source>
        <translation>Das Objekt zeigen, um das es in der ausgewählten Diskussion geht</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>Die ausgewählte Diskussion wieder öffnen</translation>
    </message>
    <message>
        <source>Mark the selected thread as resolved</source>
        <translation>Die ausgewählte Diskussion als erledigt markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::DomainScoreChart</name>
    <message>
        <source>Domain scores</source>
        <translation>Wertung je Bereich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>under 40</source>
        <translation>unter 40</translation>
    </message>
    <message>
        <source>40–59</source>
        <translation>40–59</translation>
    </message>
    <message>
        <source>60–79</source>
        <translation>60–79</translation>
    </message>
    <message>
        <source>≥ 80</source>
        <translation>≥ 80</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Wertung (0–100)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 · %2 unanswered</source>
        <translation>%1 · %2 unbeantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::HelpWindow</name>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>Die erste Seite des Handbuchs</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>hostreview help</source>
        <translation>hostreview-Hilfe</translation>
    </message>
    <message>
        <source>%1 — hostreview help</source>
        <translation>%1 – hostreview-Hilfe</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ImportDialog</name>
    <message>
        <source>Automatic (per file)</source>
        <translation>Automatisch (je Datei)</translation>
    </message>
    <message>
        <source>Traefik access log (JSON)</source>
        <translation>Traefik-Zugriffslog (JSON)</translation>
    </message>
    <message>
        <source>Traefik access log (common log format)</source>
        <translation>Traefik-Zugriffslog (Common Log Format)</translation>
    </message>
    <message>
        <source>Odoo server log</source>
        <translation>Odoo-Serverlog</translation>
    </message>
    <message>
        <source>pg_stat_statements export (CSV)</source>
        <translation>pg_stat_statements-Export (CSV)</translation>
    </message>
    <message>
        <source>Generic CSV (column mapping below)</source>
        <translation>Allgemeines CSV (Spaltenzuordnung unten)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(new class)</source>
        <translation>(neue Klasse)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Z&amp;urück</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Messdaten importieren</translation>
    </message>
    <message>
        <source>Change the files or settings and import again</source>
        <translation>Dateien oder Einstellungen ändern und erneut importieren</translation>
    </message>
    <message>
        <source>Replace the estimates by these measurements (one step you can undo)</source>
        <translation>Die Schätzungen durch diese Messungen ersetzen (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
    <message>
        <source>Close without changing the project</source>
        <translation>Schließen, ohne das Projekt zu ändern</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The business day&apos;s time zone: buckets start at its local midnight</source>
        <translation>Die Zeitzone des Geschäftstags: die Zeitabschnitte beginnen um ihre lokale Mitternacht</translation>
    </message>
    <message>
        <source>CSV columns (header names)</source>
        <translation>CSV-Spalten (Namen in der Kopfzeile)</translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Application time (optional):</source>
        <translation>Anwendungszeit (optional):</translation>
    </message>
    <message>
        <source>SQL time (optional):</source>
        <translation>SQL-Zeit (optional):</translation>
    </message>
    <message>
        <source>ISO 8601 (with an offset or Z; none means UTC) or epoch seconds</source>
        <translation>ISO 8601 (mit Offset oder Z; ohne bedeutet UTC) oder Epochensekunden</translation>
    </message>
    <message>
        <source>Wins over the path column when both are in the header</source>
        <translation>Hat Vorrang vor der Pfadspalte, wenn beide in der Kopfzeile stehen</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation>Mikrosekunden</translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation>Nanosekunden</translation>
    </message>
    <message>
        <source>Duration unit:</source>
        <translation>Einheit der Dauer:</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>bar |</source>
        <translation>senkrechter Strich |</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Bucket length:</source>
        <translation>Länge der Zeitabschnitte:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Access logs (Traefik), Odoo server logs, pg_stat_statements exports or a generic CSV. The files are read as a stream; nothing in the project changes until you apply the summary.</source>
        <translation>Zugriffslogs (Traefik), Odoo-Serverlogs, pg_stat_statements-Exporte oder ein allgemeines CSV. Die Dateien werden als Datenstrom gelesen; am Projekt ändert sich nichts, bis Sie die Zusammenfassung übernehmen.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Load before</source>
        <translation>Last vorher</translation>
    </message>
    <message>
        <source>Load after</source>
        <translation>Last nachher</translation>
    </message>
    <message>
        <source>Demands before</source>
        <translation>Bedienbedarf vorher</translation>
    </message>
    <message>
        <source>Demands after</source>
        <translation>Bedienbedarf nachher</translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation>Tagesprofil</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>choose at least one file</source>
        <translation>wählen Sie mindestens eine Datei</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>CSV columns.time stamp</source>
        <translation>CSV-Spalten.Zeitstempel</translation>
    </message>
    <message>
        <source>must name a column</source>
        <translation>muss eine Spalte nennen</translation>
    </message>
    <message>
        <source>CSV columns.duration</source>
        <translation>CSV-Spalten.Dauer</translation>
    </message>
    <message>
        <source>CSV columns.class</source>
        <translation>CSV-Spalten.Klasse</translation>
    </message>
    <message>
        <source>name a class or a path column</source>
        <translation>nennen Sie eine Klassen- oder Pfadspalte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests imported: %1&lt;/b&gt; (read in %2 s). Review the figures: Apply replaces the estimates below (one step you can undo), Discard leaves the project as it is.</source>
        <translation>&lt;b&gt;Importierte Anfragen: %1&lt;/b&gt; (gelesen in %2 s). Prüfen Sie die Zahlen: Übernehmen ersetzt die Schätzungen unten (ein Schritt, den Sie rückgängig machen können), Verwerfen lässt das Projekt unverändert.</translation>
    </message>
    <message>
        <source>Lines read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>classified: %1</source>
        <translation>zugeordnet: %1</translation>
    </message>
    <message>
        <source>unclassified: %1</source>
        <translation>nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <source>other lines: %1</source>
        <translation>sonstige Zeilen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 → %2 (%3, buckets of %n min)</source>
        <translation>
            <numerusform>Zeitraum: %1 → %2 (%3, Zeitabschnitte zu %n min)</numerusform>
            <numerusform>Zeitraum: %1 → %2 (%3, Zeitabschnitte zu %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured: mean %1/s, peak bucket %2/s</source>
        <translation>Gemessen: Mittel %1/s, Spitzenabschnitt %2/s</translation>
    </message>
    <message>
        <source>response %1 (p95 %2)</source>
        <translation>Antwortzeit %1 (p95 %2)</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>SQL %1</source>
        <translation>SQL %1</translation>
    </message>
    <message>
        <source>Traefik %1</source>
        <translation>Traefik %1</translation>
    </message>
    <message>
        <source>Measured per request: %1</source>
        <translation>Gemessen je Anfrage: %1</translation>
    </message>
    <message numerus="yes">
        <source>measured, %n bucket(s)</source>
        <translation>
            <numerusform>gemessen, %n Zeitabschnitt</numerusform>
            <numerusform>gemessen, %n Zeitabschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>A profile is derived only when the logs cover every slot of the day</source>
        <translation>Ein Profil wird nur abgeleitet, wenn die Logs jeden Zeitabschnitt des Tages abdecken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 — %2, %3 lines, %4 requests, %5 malformed, %6 other</source>
        <translation>%1 – %2, %3 Zeilen, %4 Anfragen, %5 fehlerhaft, %6 sonstige</translation>
    </message>
    <message>
        <source>Peak bucket</source>
        <translation>Spitzenabschnitt</translation>
    </message>
    <message>
        <source>%1: %2 classified requests, %3/s</source>
        <translation>%1: %2 zugeordnete Anfragen, %3/s</translation>
    </message>
    <message>
        <source>Unclassified requests (most frequent paths)</source>
        <translation>Nicht zugeordnete Anfragen (häufigste Pfade)</translation>
    </message>
    <message>
        <source>Malformed lines (skipped): %1</source>
        <translation>Fehlerhafte Zeilen (übersprungen): %1</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>Database time by query family (pg_stat_statements)</source>
        <translation>Datenbankzeit je Abfragefamilie (pg_stat_statements)</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 s in total, %4 per call</source>
        <translation>%1: %2 Aufrufe, insgesamt %3 s, %4 je Aufruf</translation>
    </message>
    <message>
        <source>Confidence and what Apply changes</source>
        <translation>Verlässlichkeit und was Übernehmen ändert</translation>
    </message>
    <message>
        <source>Source recorded with the measured figures: %1</source>
        <translation>Mit den Messwerten vermerkte Quelle: %1</translation>
    </message>
    <message>
        <source>The import changes nothing in the project</source>
        <translation>Der Import ändert nichts am Projekt</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed; the project is unchanged.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Der Import ist fehlgeschlagen; das Projekt ist unverändert.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled; the project is unchanged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import abgebrochen; das Projekt ist unverändert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Classification &amp;Rules…</source>
        <translation>Klassifizierungs&amp;regeln…</translation>
    </message>
    <message>
        <source>See or edit the rules that map requests to workload classes</source>
        <translation>Die Regeln ansehen oder bearbeiten, die Anfragen den Lastklassen zuordnen</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::LinkItem</name>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;calls per visit: %3</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;Aufrufe je Besuch: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::MergeDialog</name>
    <message>
        <source>Merge with %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Merging %1 (theirs) into %2 (mine); common base: %3.</source>
        <translation>%1 (deren) wird in %2 (meins) zusammengeführt; gemeinsame Basis: %3.</translation>
    </message>
    <message>
        <source>Both sides changed these differently. Click the Mine or Theirs cell of each row to keep that value.</source>
        <translation>Beide Seiten haben diese Werte unterschiedlich geändert. Klicken Sie in jeder Zeile auf die Zelle Meins oder Deren, um diesen Wert zu behalten.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine for All</source>
        <translation>Überall &amp;meins behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs for All</source>
        <translation>Überall &amp;deren übernehmen</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Applied automatically (%1)</source>
        <translation>Automatisch übernommen (%1)</translation>
    </message>
    <message>
        <source>&amp;Apply Merge</source>
        <translation>Zusammenführung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Replace the open review with the merged one (one step, undoable)</source>
        <translation>Das geöffnete Review durch das zusammengeführte ersetzen (ein Schritt, rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>%1 and %2 have the same content.</source>
        <translation>%1 und %2 haben denselben Inhalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from %1 (before) to %2 (after).</source>
        <translation>
            <numerusform>%n Unterschied von %1 (vorher) zu %2 (nachher).</numerusform>
            <numerusform>%n Unterschiede von %1 (vorher) zu %2 (nachher).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n change(s) applied automatically</source>
        <translation>
            <numerusform>Bereit: %n Änderung automatisch übernommen</numerusform>
            <numerusform>Bereit: %n Änderungen automatisch übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n Konflikt noch zu entscheiden</numerusform>
            <numerusform>%n Konflikte noch zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the merged review has %n validation problem(s)</source>
        <translation>
            <numerusform> · das zusammengeführte Review hat %n Validierungsproblem</numerusform>
            <numerusform> · das zusammengeführte Review hat %n Validierungsprobleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n error(s): fix them after merging)</source>
        <translation>
            <numerusform> (%n Fehler: nach dem Zusammenführen beheben)</numerusform>
            <numerusform> (%n Fehler: nach dem Zusammenführen beheben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>The merge cannot be completed: %1</source>
        <translation>Die Zusammenführung lässt sich nicht abschließen: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ProfileChartView</name>
    <message>
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Time of day (h)</source>
        <translation>Tageszeit (h)</translation>
    </message>
    <message>
        <source>Multiplier (×)</source>
        <translation>Faktor (×)</translation>
    </message>
    <message>
        <source>Drag a point up or down to change that bucket&apos;s multiplier</source>
        <translation>Ziehen Sie einen Punkt nach oben oder unten, um den Faktor dieses Zeitabschnitts zu ändern</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ProfileEditor</name>
    <message>
        <source>Flat profile</source>
        <translation>Flaches Profil</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>Scale selected</source>
        <translation>Auswahl skalieren</translation>
    </message>
    <message>
        <source>Scale all</source>
        <translation>Alle skalieren</translation>
    </message>
    <message>
        <source>Remove the profile: every bucket counts as 1</source>
        <translation>Das Profil entfernen: jeder Zeitabschnitt zählt als 1</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Multiply by</source>
        <translation>Multiplizieren mit</translation>
    </message>
    <message>
        <source>Select the buckets to scale in the table first</source>
        <translation>Wählen Sie zuerst in der Tabelle die zu skalierenden Zeitabschnitte</translation>
    </message>
    <message>
        <source>No class</source>
        <translation>Keine Klasse</translation>
    </message>
    <message>
        <source>%1: no profile (flat, ×1 all day)</source>
        <translation>%1: kein Profil (flach, ×1 den ganzen Tag)</translation>
    </message>
    <message>
        <source>%1: day profile (%2)</source>
        <translation>%1: Tagesprofil (%2)</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::PropertyPanel</name>
    <message>
        <source>Select a station or a link to see its properties.</source>
        <translation>Wählen Sie eine Station oder eine Verbindung, um ihre Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>The station&apos;s identifier in the model (read-only).</source>
        <translation>Die Kennung der Station im Modell (schreibgeschützt).</translation>
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
        <source>queue (servers, FCFS)</source>
        <translation>Warteschlange (Server, FCFS)</translation>
    </message>
    <message>
        <source>delay (no waiting)</source>
        <translation>Verzögerung (keine Wartezeit)</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disziplin</translation>
    </message>
    <message>
        <source>queue: identical servers and one waiting line; delay: infinite servers (latency, think time).</source>
        <translation>Warteschlange: gleiche Server und eine Warteschlange; Verzögerung: unbegrenzt viele Server (Latenz, Denkzeit).</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>This kind runs single-threaded: one server.</source>
        <translation>Diese Art läuft in einem Thread: ein Server.</translation>
    </message>
    <message>
        <source>Identical servers working in parallel.</source>
        <translation>Gleiche Server, die parallel arbeiten.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Hosting zone: a cluster or a data centre.</source>
        <translation>Hosting-Zone: ein Cluster oder ein Rechenzentrum.</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>dediziert</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tenant owning the station in a shared zone; empty when dedicated.</source>
        <translation>Mandant, dem die Station in einer geteilten Zone gehört; leer, wenn dediziert.</translation>
    </message>
    <message>
        <source>Default from: %1</source>
        <translation>Vorgabe aus: %1</translation>
    </message>
    <message>
        <source>Not a property of this kind; kept as is.</source>
        <translation>Keine Eigenschaft dieser Art; bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation>Verbindung %1 → %2</translation>
    </message>
    <message>
        <source>Mean requests one visit at %1 sends to %2, per class.</source>
        <translation>Mittlere Anzahl Anfragen, die ein Besuch bei %1 an %2 sendet, je Klasse.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>No workload classes yet.</source>
        <translation>Noch keine Lastklassen.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>open (arrival rate)</source>
        <translation>offen (Ankunftsrate)</translation>
    </message>
    <message>
        <source>closed (population, think time)</source>
        <translation>geschlossen (Population, Denkzeit)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Ankunftsrate</translation>
    </message>
    <message>
        <source>Open classes: requests per second.</source>
        <translation>Offene Klassen: Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Closed classes: concurrent users.</source>
        <translation>Geschlossene Klassen: gleichzeitige Benutzer.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Closed classes: seconds between requests.</source>
        <translation>Geschlossene Klassen: Sekunden zwischen Anfragen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Entry station</source>
        <translation>Einstiegsstation</translation>
    </message>
    <message>
        <source>Where requests enter; visits left out of demands follow the links from here.</source>
        <translation>Wo Anfragen eintreten; im Bedienbedarf fehlende Besuche folgen von hier aus den Verbindungen.</translation>
    </message>
    <message>
        <source>Target response</source>
        <translation>Ziel-Antwortzeit</translation>
    </message>
    <message>
        <source>Findings flag the class when its response time is above this.</source>
        <translation>Feststellungen markieren die Klasse, wenn ihre Antwortzeit darüber liegt.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Apply the day profiles at the chosen time; unchecked, the classes&apos; base loads are solved</source>
        <translation>Die Tagesprofile zur gewählten Zeit anwenden; ohne Haken werden die Grundlasten der Klassen gelöst</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Baseline (no scaling)</source>
        <translation>Basisszenario (ohne Skalierung)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>base load</source>
        <translation>Grundlast</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::RulesEditorDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Reset to &amp;Odoo Defaults</source>
        <translation>Auf &amp;Odoo-Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>Klassifizierungsregeln</translation>
    </message>
    <message>
        <source>Each request of an imported log is counted under the class of the first rule it matches, from the top. The path expression is searched in the path without its query string; method and router may stay empty for any. Requests no rule matches are counted as unclassified in the import summary.</source>
        <translation>Jede Anfrage eines importierten Logs wird unter der Klasse der ersten passenden Regel (von oben) gezählt. Der Pfadausdruck wird im Pfad ohne Query-String gesucht; Methode und Router dürfen für „beliebig“ leer bleiben. Anfragen, zu denen keine Regel passt, erscheinen in der Importzusammenfassung als nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>Eine Regel unter der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Die ausgewählte Regel früher prüfen</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Die ausgewählte Regel später prüfen</translation>
    </message>
    <message>
        <source>Replace every rule by the defaults for Odoo&apos;s URL space</source>
        <translation>Alle Regeln durch die Vorgaben für die URLs von Odoo ersetzen</translation>
    </message>
    <message>
        <source>Save the rules in the project (one step you can undo)</source>
        <translation>Die Regeln im Projekt speichern (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no rules: every request would be unclassified. Add a rule or reset to the defaults.</source>
        <translation>Es gibt keine Regeln: keine Anfrage würde zugeordnet. Fügen Sie eine Regel hinzu oder setzen Sie auf die Vorgaben zurück.</translation>
    </message>
    <message>
        <source>Preview: fix the rules above to see how many of the %1 sample requests they match.</source>
        <translation>Vorschau: Korrigieren Sie die Regeln oben, um zu sehen, wie viele der %1 Beispielanfragen sie treffen.</translation>
    </message>
    <message>
        <source>Preview: %1 of %2 sample requests matched (%3).</source>
        <translation>Vorschau: %1 von %2 Beispielanfragen getroffen (%3).</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ScenarioManager</name>
    <message>
        <source>Clone</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>What the scenario represents</source>
        <translation>Wofür das Szenario steht</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Empty scenario</source>
        <translation>Leeres Szenario</translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation>Normaler Tag</translation>
    </message>
    <message>
        <source>Peak order day</source>
        <translation>Tag mit Bestellspitze</translation>
    </message>
    <message>
        <source>Warehouse surge</source>
        <translation>Spitze im Lager</translation>
    </message>
    <message>
        <source>Integration backlog</source>
        <translation>Rückstau der Schnittstellen</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederanlauf</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Class loads (empty: unchanged)</source>
        <translation>Last je Klasse (leer: unverändert)</translation>
    </message>
    <message>
        <source>Station servers (empty: as in the model)</source>
        <translation>Server je Station (leer: wie im Modell)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>A typical business day at today&apos;s volumes</source>
        <translation>Ein typischer Geschäftstag mit heutigem Volumen</translation>
    </message>
    <message>
        <source>The busiest order-taking day of the year (campaign, season end): scale the order classes</source>
        <translation>Der bestellstärkste Tag des Jahres (Aktion, Saisonende): die Bestellklassen skalieren</translation>
    </message>
    <message>
        <source>More scanners and pickers at once: scale the warehouse users</source>
        <translation>Mehr Scanner und Kommissionierer gleichzeitig: die Lagerbenutzer skalieren</translation>
    </message>
    <message>
        <source>Connectors catching up after an outage: scale the API and EDI classes</source>
        <translation>Schnittstellen holen nach einem Ausfall auf: die API- und EDI-Klassen skalieren</translation>
    </message>
    <message>
        <source>Running on reduced capacity after a failure: override the servers of the affected stations</source>
        <translation>Betrieb mit verringerter Kapazität nach einem Ausfall: die Server der betroffenen Stationen überschreiben</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationItem</name>
    <message>
        <source>delay station (no waiting)</source>
        <translation>Verzögerungsstation (keine Wartezeit)</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>mean number in service: %1</source>
        <translation>mittlere Anzahl in Bedienung: %1</translation>
    </message>
    <message>
        <source>utilisation: %1</source>
        <translation>Auslastung: %1</translation>
    </message>
    <message>
        <source> — saturated</source>
        <translation> – gesättigt</translation>
    </message>
    <message>
        <source>Drag the port on the right edge to another station to link them.</source>
        <translation>Ziehen Sie den Anschluss am rechten Rand auf eine andere Station, um beide zu verbinden.</translation>
    </message>
    <message>
        <source>delay · in service</source>
        <translation>Verzögerung · in Bedienung</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), FCFS queue</source>
        <translation>
            <numerusform>%n Server, FCFS-Warteschlange</numerusform>
            <numerusform>%n Server, FCFS-Warteschlange</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationPalette</name>
    <message>
        <source>Drag a kind onto the canvas to place a station, or double-click it.</source>
        <translation>Ziehen Sie eine Art auf die Zeichenfläche, um eine Station zu platzieren, oder doppelklicken Sie darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n server(s) by default</source>
        <translation>
            <numerusform>%1, standardmäßig %n Server</numerusform>
            <numerusform>%1, standardmäßig %n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TimelineChart</name>
    <message>
        <source>Saturation over the day</source>
        <translation>Sättigung im Tagesverlauf</translation>
    </message>
    <message>
        <source>Time of day (h)</source>
        <translation>Tageszeit (h)</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Current bucket</source>
        <translation>Aktueller Zeitabschnitt</translation>
    </message>
    <message>
        <source>Saturation over the day: %1</source>
        <translation>Sättigung im Tagesverlauf: %1</translation>
    </message>
    <message>
        <source>Saturation over the day: no profile (the load is the same all day)</source>
        <translation>Sättigung im Tagesverlauf: kein Profil (die Last ist den ganzen Tag gleich)</translation>
    </message>
    <message>
        <source>Saturation over the day (%1)</source>
        <translation>Sättigung im Tagesverlauf (%1)</translation>
    </message>
    <message>
        <source>Knee %1 %</source>
        <translation>Knie %1 %</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyScene</name>
    <message numerus="yes">
        <source>%1 — shared by %n tenants</source>
        <translation>
            <numerusform>%1 – geteilt von %n Mandanten</numerusform>
            <numerusform>%1 – geteilt von %n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — dedicated to %2</source>
        <translation>%1 – dediziert für %2</translation>
    </message>
    <message>
        <source>%1 — dedicated</source>
        <translation>%1 – dediziert</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>%1 platziert</translation>
    </message>
    <message>
        <source>%1 already links to %2</source>
        <translation>%1 ist bereits mit %2 verbunden</translation>
    </message>
    <message>
        <source>Linked %1 to %2 (1 call per visit for every class; edit in Properties)</source>
        <translation>%1 mit %2 verbunden (1 Aufruf je Besuch für jede Klasse; änderbar unter Eigenschaften)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied stations</source>
        <translation>Kopierte Stationen</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n station(s)</source>
        <translation>
            <numerusform>%n Station eingefügt</numerusform>
            <numerusform>%n Stationen eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic layout failed: %1</source>
        <translation>Automatisches Layout fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n station(s)</source>
        <translation>
            <numerusform>%n Station angeordnet</numerusform>
            <numerusform>%n Stationen angeordnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyView</name>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>below %1%</source>
        <translation>unter %1 %</translation>
    </message>
    <message>
        <source>%1–100% (at risk)</source>
        <translation>%1–100 % (gefährdet)</translation>
    </message>
    <message>
        <source>≥ 100% (saturated)</source>
        <translation>≥ 100 % (gesättigt)</translation>
    </message>
    <message>
        <source>delay: mean in service</source>
        <translation>Verzögerung: Mittel in Bedienung</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>nicht gelöst</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::WorkloadEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Open class (arrival rate)</source>
        <translation>Offene Klasse (Ankunftsrate)</translation>
    </message>
    <message>
        <source>Closed class (users and think time)</source>
        <translation>Geschlossene Klasse (Benutzer und Denkzeit)</translation>
    </message>
    <message>
        <source>Demands of %1 per station (empty visits: from the links)</source>
        <translation>Bedienbedarf von %1 je Station (leere Besuche: aus den Verbindungen)</translation>
    </message>
    <message>
        <source>Select a class to edit its demands</source>
        <translation>Wählen Sie eine Klasse, um ihren Bedienbedarf zu bearbeiten</translation>
    </message>
    <message>
        <source>New open class</source>
        <translation>Neue offene Klasse</translation>
    </message>
    <message>
        <source>New closed class</source>
        <translation>Neue geschlossene Klasse</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Odoo Hosting Review Workbench</source>
        <translation>Odoo Hosting Review Workbench</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: select these stations (comma-separated ids).</source>
        <translation>Mit --screenshot: diese Stationen auswählen (Kennungen durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>With --screenshot: show this scenario.</source>
        <translation>Mit --screenshot: dieses Szenario zeigen.</translation>
    </message>
    <message>
        <source>With --screenshot: show this bucket of the day.</source>
        <translation>Mit --screenshot: diesen Zeitabschnitt des Tages zeigen.</translation>
    </message>
    <message>
        <source>With --screenshot: bring this dock to the front (results, workload, profiles, scenarios, checklist).</source>
        <translation>Mit --screenshot: dieses Dock nach vorn holen (results, workload, profiles, scenarios, checklist).</translation>
    </message>
    <message>
        <source>Window size WxH.</source>
        <translation>Fenstergröße WxH (Breite x Höhe).</translation>
    </message>
    <message>
        <source>Review to open.</source>
        <translation>Zu öffnendes Review.</translation>
    </message>
    <message>
        <source>Language of this session: en, de or fr (default: the setting, else the system&apos;s).</source>
        <translation>Sprache dieser Sitzung: en, de oder fr (Vorgabe: die Einstellung, sonst die des Systems).</translation>
    </message>
</context>
</TS>
