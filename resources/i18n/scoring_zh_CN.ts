<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScoringTab</name>
    <message>
        <source>Score dashboards</source>
        <translation>积分看板</translation>
    </message>
    <message>
        <source>Point rules, monthly points tables, star members and quarterly rankings will live here. This tab is not built yet.</source>
        <translation>积分规则、月度积分表、星级党员和季度排名将在这里办理。此页尚未建成。</translation>
    </message>
</context>
</TS>