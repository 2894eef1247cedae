<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Alerts</name>
    <message>
        <source>Alerts ({0})</source>
        <translation>提醒（{0}）</translation>
    </message>
    <message>
        <source>{0} unread alerts</source>
        <translation>{0} 条未读提醒</translation>
    </message>
    <message>
        <source>{0} new alerts</source>
        <translation>{0} 条新提醒</translation>
    </message>
    <message>
        <source>Red Grid Workstation</source>
        <translation>红色网格工作站</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Tell me about</source>
        <translation>提醒我以下事项</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>交办给我</translation>
    </message>
    <message>
        <source>Escalated to my unit</source>
        <translation>上报至本单位</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Waiting for my verification</source>
        <translation>待我核验</translation>
    </message>
    <message>
        <source>Round due today</source>
        <translation>今日应巡检</translation>
    </message>
    <message>
        <source>Round missed</source>
        <translation>巡检已漏检</translation>
    </message>
    <message>
        <source>Held issue to review</source>
        <translation>挂账待复核</translation>
    </message>
    <message>
        <source>Required meeting missed</source>
        <translation>应开会议未开</translation>
    </message>
    <message>
        <source>Hardship plan step overdue</source>
        <translation>帮扶步骤逾期</translation>
    </message>
    <message>
        <source>Project milestone overdue</source>
        <translation>攻关项目节点逾期</translation>
    </message>
    <message>
        <source>Issues assigned to me</source>
        <translation>交办给我的问题</translation>
    </message>
    <message>
        <source>Issues escalated to my unit</source>
        <translation>上报至本单位的问题</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>即将到期或已超期</translation>
    </message>
    <message>
        <source>Issues waiting for my verification</source>
        <translation>待我核验的问题</translation>
    </message>
    <message>
        <source>Rounds due today or missed</source>
        <translation>今日应巡检或漏检</translation>
    </message>
    <message>
        <source>Held issues whose review date has come</source>
        <translation>挂账复核日期已到</translation>
    </message>
    <message>
        <source>Required meetings missed in units I lead</source>
        <translation>所领导单位应开未开的会议</translation>
    </message>
    <message>
        <source>Overdue steps of my wards' hardship plans</source>
        <translation>我包保对象的脱困步骤逾期</translation>
    </message>
    <message>
        <source>Overdue milestones of the projects I lead</source>
        <translation>我负责的攻关项目逾期节点</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定责任人</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
</context>
</TS>