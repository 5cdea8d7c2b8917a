<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hostreview::app::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1: %n station(s)</source>
        <translation>
            <numerusform>Opened %1: %n station</numerusform>
            <numerusform>Opened %1: %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n station(s)</source>
        <translation>
            <numerusform>Copied %n station</numerusform>
            <numerusform>Copied %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n object selected</numerusform>
            <numerusform>%n objects selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n finding(s) to %1</source>
        <translation>
            <numerusform>Wrote %n finding to %1</numerusform>
            <numerusform>Wrote %n findings to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::app::ReportExportDialog</name>
    <message numerus="yes">
        <source>%n page(s) in total.</source>
        <translation>
            <numerusform>%n page in total.</numerusform>
            <numerusform>%n pages in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report written to %1 (%n page).</numerusform>
            <numerusform>Report written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::reports::Report</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), think %1 s</source>
        <translation>
            <numerusform>%n user, think %1 s</numerusform>
            <numerusform>%n users, think %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, from %1 to %2.</source>
        <translation>
            <numerusform>%n change recorded, from %1 to %2.</numerusform>
            <numerusform>%n changes recorded, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ChecklistPanel</name>
    <message numerus="yes">
        <source> (%n question(s) unanswered)</source>
        <translation>
            <numerusform> (%n question unanswered)</numerusform>
            <numerusform> (%n questions unanswered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::CommentsDock</name>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n open thread</numerusform>
            <numerusform>%n open threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ImportDialog</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 → %2 (%3, buckets of %n min)</source>
        <translation>
            <numerusform>Window: %1 → %2 (%3, buckets of %n min)</numerusform>
            <numerusform>Window: %1 → %2 (%3, buckets of %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>measured, %n bucket(s)</source>
        <translation>
            <numerusform>measured, %n bucket</numerusform>
            <numerusform>measured, %n buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::MergeDialog</name>
    <message numerus="yes">
        <source>%n difference(s) from %1 (before) to %2 (after).</source>
        <translation>
            <numerusform>%n difference from %1 (before) to %2 (after).</numerusform>
            <numerusform>%n differences from %1 (before) to %2 (after).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n change(s) applied automatically</source>
        <translation>
            <numerusform>Ready: %n change applied automatically</numerusform>
            <numerusform>Ready: %n changes applied automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n conflict still to decide</numerusform>
            <numerusform>%n conflicts still to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the merged review has %n validation problem(s)</source>
        <translation>
            <numerusform> · the merged review has %n validation problem</numerusform>
            <numerusform> · the merged review has %n validation problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n error(s): fix them after merging)</source>
        <translation>
            <numerusform> (%n error: fix it after merging)</numerusform>
            <numerusform> (%n errors: fix them after merging)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::RulesEditorDialog</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationItem</name>
    <message numerus="yes">
        <source>%n server(s), FCFS queue</source>
        <translation>
            <numerusform>%n server, FCFS queue</numerusform>
            <numerusform>%n servers, FCFS queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationPalette</name>
    <message numerus="yes">
        <source>%1, %n server(s) by default</source>
        <translation>
            <numerusform>%1, %n server by default</numerusform>
            <numerusform>%1, %n servers by default</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyScene</name>
    <message numerus="yes">
        <source>%1 — shared by %n tenants</source>
        <translation>
            <numerusform>%1 — shared by %n tenant</numerusform>
            <numerusform>%1 — shared by %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n station(s)</source>
        <translation>
            <numerusform>Pasted %n station</numerusform>
            <numerusform>Pasted %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n station(s)</source>
        <translation>
            <numerusform>Laid out %n station</numerusform>
            <numerusform>Laid out %n stations</numerusform>
        </translation>
    </message>
</context>
</TS>
