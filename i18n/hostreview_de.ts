<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>hostreview::app::ImportController</name>
    <message>
        <source>Choose measurement files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs and exports (*.log *.json *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measurements from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::app::MainWindow</name>
    <message>
        <source>Untitled review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready — drag a station kind from the palette onto the canvas, or open a sample (File ▸ New from sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a review (.hostreview or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the topology as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the topology as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the executive recommendation report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Findings as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the findings for spreadsheets and issue trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive measured load profiles and demands from Traefik, Odoo, PostgreSQL or CSV logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected stations and the links among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste copied stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected stations and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the stations by their links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap stations to the grid while moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the utilisation colour legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay the Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the day&apos;s buckets on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name, knee, units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hostreview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Sa&amp;mple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if scenario the canvas shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the daily profiles at the chosen time (off: the profile-free load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket of the day (drag to replay the day on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new review from the sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — hostreview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n station(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review from the sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostreview project (*.hostreview);;Interchange JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews (*.hostreview *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology exported by hostreview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n station(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stations or no workload classes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not solved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · bottleneck %1 at %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · headroom ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n finding(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; attach a smaller extract or a reference instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About hostreview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;hostreview %1&lt;/h3&gt;&lt;p&gt;Odoo Hosting Review Workbench: a queueing model of the service topology, checklists and a PDF report for consultants reviewing Odoo hosting stacks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), Boost %4 (Boost.Graph) and spdlog %5.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::app::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report&apos;s titles, boilerplate and generated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report template from templates/report: sections, branding and boilerplate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (from Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation from which a station counts as at risk; change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation knee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the options and press Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in total.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file to write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written into checklist answers and the report as the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation from which a station counts as at risk (amber on the canvas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation knee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::ChecklistTreeModel</name>
    <message>
        <source>%1/%2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What good looks like: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::ClassTableModel</name>
    <message>
        <source>Not used by open classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by closed classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class ids cannot be renamed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;open&quot; or &quot;closed&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no station &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;estimated&quot; or &quot;measured&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival rate (/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::DemandTableModel</name>
    <message>
        <source>Derived from the links and the class&apos;s entry station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a service time first: the class has no demand at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::ProfileTableModel</name>
    <message>
        <source>must be a finite number ≥ 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the profile&apos;s %1 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1: outside the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: every bucket counts as 1; an edit creates one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioClassScaleModel</name>
    <message>
        <source>1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load scale (×)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioListModel</name>
    <message>
        <source>The recommended target architecture (the report&apos;s &quot;after&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;estimated&quot; or &quot;measured&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioServersModel</name>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay stations have no server count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers in scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::StationResultsModel</name>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: none (no queue station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: %1, saturated (offered %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: not applicable (no open classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: none, %1 is saturated (open load must fall to ×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: ×%1 on open arrival rates before %2 saturates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay station: mean number of requests in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered load is at or above capacity: queue and response times grow without bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station / class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::TimelineModel</name>
    <message>
        <source>no solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the solver returned no timeline for scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::models::detail</name>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::reports::Report</name>
    <message>
        <source>knee %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitOps, IaC and resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall posture: %1. The checklist scores %2 of 100 overall (%3), with %4 high, %5 medium and %6 low risks among the answered items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall posture: %1. No checklist item has been answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot keep up: requests queue without bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is past the knee of %1, so waiting times grow quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays below the knee of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst case is the scenario “%1”: its busiest station, %2, reaches %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst case is the scenario “%1”: its busiest station, %2, reaches %3 at %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended hosting model: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall checklist score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest station, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline headroom at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load can grow ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in total, %2 critical, %3 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and target architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time, %1 (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open critical and high findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 risk, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks were identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations: %1; links: %2. Box colours: green below the knee (%3), amber from the knee to 100 %, red at or above 100 %; grey boxes are delay stations (clients, external systems), which do not queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram follows on the next page, turned to fit its width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak at %1: %2 reaches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: the open load can grow ×%1 before the first station saturates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist could be loaded, so there is no scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score: %1 (%2); posture: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings engine was not available when this report was generated; the checklist&apos;s risk items in the scorecard stand in for the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosting recommendation could be made (the hosting rules could not be loaded or the questionnaire answers are invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended hosting model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosting model can be recommended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per hosting model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist %1, revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
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
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users, think %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the baseline scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee used for “at risk”: %1. Profiles: %2 buckets of %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load of class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily profile of class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 inputs are measured, the rest are estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation, queue lengths and headroom come from an open/closed queueing network solved for each bucket of the day (mean value analysis for closed classes). Service times are means; real variability makes queues longer than the model shows near saturation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::AnswerEditor</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, who told you, which document or screen shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the checklist to answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not in checklist %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · weight %2 · %3 criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ChecklistPanel</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions, notes, ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist %1: no templates folder found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist not available:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 — &lt;b&gt;&lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;/b&gt; (%4 high, %5 medium, %6 low risks) · %7 of %8 items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosting rules: no templates folder found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; rules not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; the questionnaire has answers that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) unanswered)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; no recommendation yet%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model: %1&lt;/b&gt;%2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::DomainScoreChart</name>
    <message>
        <source>Domain scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60–79</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ImportDialog</name>
    <message>
        <source>Automatic (per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traefik access log (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traefik access log (common log format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic CSV (column mapping below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the files or settings and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the estimates by these measurements (one step you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The business day&apos;s time zone: buckets start at its local midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns (header names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application time (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL time (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601 (with an offset or Z; none means UTC) or epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins over the path column when both are in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access logs (Traefik), Odoo server logs, pg_stat_statements exports or a generic CSV. The files are read as a stream; nothing in the project changes until you apply the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns.time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns.duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns.class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a class or a path column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests imported: %1&lt;/b&gt; (read in %2 s). Review the figures: Apply replaces the estimates below (one step you can undo), Discard leaves the project as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclassified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 → %2 (%3, buckets of %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Measured: mean %1/s, peak bucket %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1 (p95 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traefik %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured per request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>measured, %n bucket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is derived only when the logs cover every slot of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 lines, %4 requests, %5 malformed, %6 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 classified requests, %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified requests (most frequent paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed lines (skipped): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database time by query family (pg_stat_statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 s in total, %4 per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence and what Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source recorded with the measured figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import changes nothing in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed; the project is unchanged.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled; the project is unchanged.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::LinkItem</name>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;calls per visit: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ProfileChartView</name>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier (×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a point up or down to change that bucket&apos;s multiplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ProfileEditor</name>
    <message>
        <source>Flat profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile: every bucket counts as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the buckets to scale in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no profile (flat, ×1 all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: day profile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::PropertyPanel</name>
    <message>
        <source>Select a station or a link to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s identifier in the model (read-only).</source>
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
        <source>queue (servers, FCFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay (no waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue: identical servers and one waiting line; delay: infinite servers (latency, think time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind runs single-threaded: one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical servers working in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting zone: a cluster or a data centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant owning the station in a shared zone; empty when dedicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a property of this kind; kept as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean requests one visit at %1 sends to %2, per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload classes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (arrival rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (population, think time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open classes: requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed classes: concurrent users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed classes: seconds between requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests enter; visits left out of demands follow the links from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings flag the class when its response time is above this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ResultsDock</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the day profiles at the chosen time; unchecked, the classes&apos; base loads are solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (no scaling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ScenarioManager</name>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scenario represents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak order day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class loads (empty: unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station servers (empty: as in the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical business day at today&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest order-taking day of the year (campaign, season end): scale the order classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More scanners and pickers at once: scale the warehouse users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors catching up after an outage: scale the API and EDI classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on reduced capacity after a failure: override the servers of the affected stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationItem</name>
    <message>
        <source>delay station (no waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server(s), FCFS queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean number in service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the port on the right edge to another station to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay · in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n server(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationPalette</name>
    <message>
        <source>Drag a kind onto the canvas to place a station, or double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n server(s) by default</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TimelineChart</name>
    <message>
        <source>Saturation over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation over the day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation over the day: no profile (the load is the same all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation over the day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyScene</name>
    <message numerus="yes">
        <source>%1 — shared by %n tenants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — dedicated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already links to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 to %2 (1 call per visit for every class; edit in Properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n station(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n station(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyView</name>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–100% (at risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 100% (saturated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay: mean in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not solved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::WorkloadEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open class (arrival rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed class (users and think time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands of %1 per station (empty visits: from the links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a class to edit its demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New open class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New closed class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Odoo Hosting Review Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: select these stations (comma-separated ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show this bucket of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: bring this dock to the front (results, workload, profiles, scenarios, checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WxH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
