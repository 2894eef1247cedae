<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrgLabels</name>
    <message>
        <source>Plant</source>
        <translation>厂</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>网</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Responsibility zone</source>
        <translation>责任区</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>No plant yet</source>
        <translation>还没有单位</translation>
    </message>
    <message>
        <source>The database holds no units. Load the demo plant from the File menu to look around.</source>
        <translation>数据库中没有任何单位。可从“文件”菜单载入演示水厂先看一看。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; {1} · code {2} · {3} people, {4} party members</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; {1} · 编码 {2} · {3} 人，党员 {4} 名</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left {0}</source>
        <translation>{0} 离开</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Code: {0}</source>
        <translation>编码：{0}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
</context>
</TS>