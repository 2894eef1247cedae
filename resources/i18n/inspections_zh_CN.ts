<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>InspectionsTab</name>
    <message>
        <source>Inspection cards</source>
        <translation>检查点项卡</translation>
    </message>
    <message>
        <source>The book, four cards and three tables of each post, the daily, weekly and monthly rounds, and printed checklists, pocket cards and display boards will live here. This tab is not built yet.</source>
        <translation>各岗位的“一册四卡三表”、日查周查月查，以及检查表、口袋卡和展板的打印将在这里办理。此页尚未建成。</translation>
    </message>
</context>
</TS>