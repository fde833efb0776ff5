<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>envlens::DiffText</name>
    <message numerus="yes">
        <location filename="../core/diff/diffreport.cpp" line="157"/>
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envlens::FileDiffView</name>
    <message numerus="yes">
        <location filename="../ui/compare/filediffview.cpp" line="212"/>
        <source>%n change(s)  </source>
        <translation>
            <numerusform>%n change  </numerusform>
            <numerusform>%n changes  </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envlens::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/browse/mainwindow.cpp" line="399"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browse/mainwindow.cpp" line="399"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browse/mainwindow.cpp" line="400"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envlens::checks::CheckText</name>
    <message numerus="yes">
        <location filename="../core/checks/consistencyconda.cpp" line="153"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
