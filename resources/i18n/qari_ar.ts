<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;New Annotation File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty annotation file and switch to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Annotation File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything in this annotation file to a new file (works even if the file was moved or deleted while open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back this file as it was at one of its backups (one is kept each time the file is opened after a change; the newest seven are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles (.txt, JSONL) or annotations from brat, doccano, Label Studio, CoNLL/IOB or another Qari file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every .txt and .jsonl article in a folder, or a brat folder&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annotations as CSV, Qari JSONL (a full backup), brat, doccano, Label Studio or CoNLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Annotation File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a colleague&apos;s annotation file or CSV export beside yours: compare, measure agreement, reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV With &amp;Byte-Order Mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel needs the mark to read Arabic in a CSV as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Annotator &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with every annotation you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator name, language, theme, text size, snapping and the default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Qari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in this article; أ إ آ match ا, ى matches ي, ة matches ه, harakat are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every article in this annotation file, Arabic spellings folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;All Occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the selected annotation&apos;s text elsewhere (this article or all) and tag the occurrences you choose, in one undoable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change the note on the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deselect the annotation and the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Start One Letter Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the annotation by one letter at its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Start One Letter Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink the annotation by one letter at its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move End One Letter Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the annotation by one letter at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move End One Letter Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink the annotation by one letter at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Whole Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen selections to whole words and drop spaces and punctuation around them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous open difference with the colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next open difference with the colleague (shows its article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the colleague&apos;s label or boundaries, add their span, or delete mine where they have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the difference decided and change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the colleague&apos;s span beside mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default article text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the articles and annotations again from the file: shows what another window or a colleague&apos;s import saved into it meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus on the Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the article list, the annotations, the toolbar and the docks; the same key brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next article in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous article in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keys that tag, edit and move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit; every edit of the session can be undone, and the undo is saved like an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, group, organisation or state that acts or speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attributed statement or assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
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
        <source>Tag the selection as {name}{key}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as {name}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the annotations of one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the default annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet: File ▸ Import… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {size} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Document id (SHA-256 of its text): {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {annotations} annotations, {articles} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {name}, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in {path} with the backup of {describe}?

What the file holds now is backed up first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {quote} as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {label} {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qari annotation files (*.qari.sqlite *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file refused the change: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file could not be read: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was moved or deleted while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it; a new file never overwrites an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a colleague&apos;s annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation files ({ANNOTATION_PATTERNS} *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles or annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and annotation files (*.txt {ANNOTATION_PATTERNS});;Articles (*.txt *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of articles, or a brat folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it on your annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {label} «{text}»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the annotation under the pointer; click again to step through nested ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text with the keyboard (the caret moves right to left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Find bar: next / previous hit. Esc returns to the text with the hit selected, so a digit tags it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note in the annotations table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{APP_NAME} {version}&lt;/b&gt; — an Arabic-first reader and annotator.&lt;br&gt;Article font: Amiri (SIL Open Font License 1.1). Icons: Material Design Icons via QtAwesome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in this annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter headlines and outlets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles whose headline or outlet holds this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles nobody has tagged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort in Import Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotator name is set, so your annotations are recorded as “anonymous”. File ▸ Set Annotator Name… sets it (it is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo/redo was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words to tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already tagged as {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation to add a note to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation whose text to tag elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {drafts_count} occurrences of {quote} as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Qari did not expect. Your saved annotations are safe.

{name}: {value}

The details are in the log: {log_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing article {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finishing the batch being saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles are saved in batches; Cancel keeps the batches already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: {summary} before it stopped. The other articles were not imported; import them again to add them (articles already added are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles not added:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave these spans out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qari file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents_count} documents, {spans_count} spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your file records with these spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warnings_count} things in the file will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels not in your scheme: map each to one of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: {n} spans labelled {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished. {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} holds one annotator&apos;s spans. Whose should be written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting annotation {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} cannot hold everything:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing {name}: F8 goes to the next difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again from {file}: {articles} articles, {annotations} annotations on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences not saved: {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by {lower} (click again to reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{annotation_count} annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…{context_before}【{text}】{context_after}…
{label} [{start}, {end}) by {annotator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted in review from {origin_annotator} ({origin_file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
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
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text size (Ctrl++ and Ctrl+- too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap selections to whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV exports start with a byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the import, export and review dialogs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of Qari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at [{start}, {end}): press 1, 2 or 3 to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {kind} as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the annotation file you have open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot review this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has no spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review whose spans?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds spans by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching {name} to your articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement figures could not be computed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{annotator}: {label} (placed by {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surface text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets, other spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 of same-span matches (your spans are the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 of overlapping spans of the same label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa over the characters&apos; labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal) over the characters&apos; labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose differences the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues&apos; spans are outlined in these colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Matched…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles not matched and spans not placed, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review another colleague&apos;s file as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matched articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which articles the agreement figures cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact and Overlap: F1 of same-span and overlapping-span matches. Your spans are the reference: recall is over yours, precision over theirs. κ: Cohen&apos;s kappa and α: Krippendorff&apos;s alpha over characters; αU: unitizing alpha. The README defines each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide every open difference the list shows, at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} for All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matched} articles matched, {unmatched} not matched; {placed} spans placed, {unplaced} not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({moved} re-anchored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {value} annotators: Fleiss κ {figure}, α {figure2}, αU {figure3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open differences left here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open difference first (F8 goes to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: done. F8 goes to the next difference ({left} open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} for all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} for {items_count} open differences? (Undo takes it all back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {done} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched: «{title}» ({span_count} spans): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: {label} «{text}» in «{document_title}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched or not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unmatched_count} articles not matched, {unplaced_count} spans not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>أ إ آ match ا, ى matches ي, ة matches ه; harakat and tatweel are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article: {HINT}. Enter: next, Shift+Enter: previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {hits_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every article in this file: {HINT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show up to {MORE_STEP} more articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: open the article at this hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; more articles match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hit_count} hits in {articles} articles{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article holds {embed_rtl}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup was taken: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved {stamp} — {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Last change NOT saved: {brief}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only ({read_only}): nothing can be changed. File ▸ Save a Copy As… makes a copy to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation file: {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {display_name} was moved or deleted outside Qari; edits cannot be saved to it. File ▸ Save a Copy As… keeps everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file was moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} was moved or deleted while open. Everything it held, with every saved edit, was copied to:

{target}

Open that copy with File ▸ Open Annotation File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This annotation file lives in memory and has no backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is running; wait for it or cancel it, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of {path} yet. One is taken each time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when}. What the file held before is itself a backup now, so you can go back to it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Tag All Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look for the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the occurrences that stand as whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every occurrence not yet tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {quote} as {label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found_count} other occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tagged} already tagged {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partial} inside longer words (unchecked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the best-matching articles were searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a longer word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {count} as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finishing the step under way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The new language is used from the next start of Qari.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
