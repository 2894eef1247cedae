<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Todo</name>
    <message>
        <source>My to-do (not read: {0})</source>
        <translation>我的待办（未能读取：{0}）</translation>
    </message>
    <message>
        <source>My to-do ({0})</source>
        <translation>我的待办（{0}）</translation>
    </message>
    <message>
        <source>To start, feed back or rectify</source>
        <translation>待处置（开始、反馈、整改）</translation>
    </message>
    <message>
        <source>To verify or accept</source>
        <translation>待核验/验收</translation>
    </message>
    <message>
        <source>Escalated to my unit</source>
        <translation>上报至本单位</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>待交办</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>待销号</translation>
    </message>
    <message>
        <source>Held issues to review</source>
        <translation>挂账待复核</translation>
    </message>
    <message>
        <source>Partner or supervisor on</source>
        <translation>合伙/督导的问题</translation>
    </message>
    <message>
        <source>Rounds due</source>
        <translation>待完成巡检</translation>
    </message>
    <message>
        <source>Points to confirm</source>
        <translation>待确认积分</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定责任人</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>{0} more… show them on the issue board</source>
        <translation>还有 {0} 项…在问题看板中查看</translation>
    </message>
</context>
</TS>