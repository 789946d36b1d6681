<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExerciseCard</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1, about %n minute(s)</source>
        <translation>
            <numerusform>About %1, about %n minute</numerusform>
            <numerusform>About %1, about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseScreen</name>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>About %n min left</numerusform>
            <numerusform>About %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>About %n minute.</numerusform>
            <numerusform>About %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message numerus="yes">
        <source>%n exercise(s) with a check-in before and after.</source>
        <translation>
            <numerusform>One exercise with a check-in before and after.</numerusform>
            <numerusform>%n exercises with a check-in before and after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were on %n day(s).</source>
        <translation>
            <numerusform>All on one day.</numerusform>
            <numerusform>On %n different days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n of them you were nearer the middle of your window than before.</source>
        <translation>
            <numerusform>After %n of them you were nearer the middle of your window than before.</numerusform>
            <numerusform>After %n of them you were nearer the middle of your window than before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of them will be gone from this device for good. Your favourites stay.</source>
        <translation>
            <numerusform>It will be gone from this device for good. Your favourites stay.</numerusform>
            <numerusform>All %n of them will be gone from this device for good. Your favourites stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n tries left before a pause.</source>
        <translation>
            <numerusform>That PIN is not right. %n try left before a pause.</numerusform>
            <numerusform>That PIN is not right. %n tries left before a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>All %n exercises loaded without a problem.</source>
        <translation>
            <numerusform>The exercise loaded without a problem.</numerusform>
            <numerusform>All %n exercises loaded without a problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message numerus="yes">
        <source>If not, Haven will start over for the next person in %n second(s).</source>
        <translation>
            <numerusform>If not, Haven will start over for the next person in %n second.</numerusform>
            <numerusform>If not, Haven will start over for the next person in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
