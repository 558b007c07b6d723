<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms for strings written with tr(source, "", n). The source text says "(s)"; this file
     says "1 image" and "2 images". Compile with `make translations` (pyside6-lrelease); the .qm is committed
     so the app and the bundle need no Qt tools. -->
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ImagesPanel</name>
    <message numerus="yes">
        <source>%n image(s) need alt text before posting.</source>
        <translation>
            <numerusform>%n image needs alt text before posting.</numerusform>
            <numerusform>%n images need alt text before posting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Moved %n draft(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Moved %n draft to the Trash. Ctrl+Z brings it back.</numerusform>
            <numerusform>Moved %n drafts to the Trash. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s) in the Trash for good? This can&apos;t be undone.</source>
        <translation>
            <numerusform>Delete %n draft in the Trash for good? This can&apos;t be undone.</numerusform>
            <numerusform>Delete all %n drafts in the Trash for good? This can&apos;t be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
