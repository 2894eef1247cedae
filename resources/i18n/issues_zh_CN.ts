<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>IssuesTab</name>
    <message>
        <source>Issue board</source>
        <translation>问题看板</translation>
    </message>
    <message>
        <source>Quick reports, point-to-point assignment, the 8-hour feedback clock, escalation and verified closure will live here. This tab is not built yet.</source>
        <translation>一键上报、点对点交办、8小时反馈时限、逐级上报和核验销号将在这里办理。此页尚未建成。</translation>
    </message>
</context>
</TS>