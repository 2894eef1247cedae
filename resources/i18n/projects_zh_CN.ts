<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>GroupModel</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
</context>
<context>
    <name>IssuePickModel</name>
    <message>
        <source>Issue</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>MemberPickModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>分工</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add a milestone</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>Due</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>late</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New tackling project</source>
        <translation>新建攻关项目</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>编辑攻关项目</translation>
    </message>
    <message>
        <source>攻关员 or a party member</source>
        <translation>攻关员或党员</translation>
    </message>
    <message>
        <source>e.g. power per tonne of water lowered by</source>
        <translation>如：吨水电耗降低</translation>
    </message>
    <message>
        <source>Part in the project</source>
        <translation>在项目中的分工</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Issue number or words of its title, then Enter</source>
        <translation>问题编号或标题中的字词，按回车添加</translation>
    </message>
    <message>
        <source>2026-03-31 Feasibility study
2026-06-30 Installation</source>
        <translation>2026-03-31 方案论证
2026-06-30 安装调试</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>攻关问题</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>攻关目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Team (members from any grid)</source>
        <translation>攻关团队（成员可来自任何网格）</translation>
    </message>
    <message>
        <source>Issues it attacks</source>
        <translation>针对的问题</translation>
    </message>
    <message>
        <source>Milestones: one a line, its day first</source>
        <translation>节点计划：每行一个，日期在前</translation>
    </message>
    <message>
        <source>No issue matches “{0}”.</source>
        <translation>没有与“{0}”相符的问题。</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Choose the project's leader.</source>
        <translation>请选择项目负责人。</translation>
    </message>
    <message>
        <source>Choose the grid that carries the project.</source>
        <translation>请选择承担项目的网格。</translation>
    </message>
    <message>
        <source>Line {0} of the milestones does not start with a day: {1}</source>
        <translation>节点计划第 {0} 行没有以日期开头：{1}</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source> ({0} late)</source>
        <translation>（逾期 {0}）</translation>
    </message>
</context>
<context>
    <name>ProjectWords</name>
    <message>
        <source>Set up</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>The project no longer exists (deleted elsewhere?).</source>
        <translation>该项目已不存在（可能已在别处删除）。</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>The leader must be a 攻关员 (tackling officer) or a party member.</source>
        <translation>项目负责人须为攻关员或党员。</translation>
    </message>
    <message>
        <source>The project cannot go to that status from where it is.</source>
        <translation>项目当前状态不能转为该状态。</translation>
    </message>
    <message>
        <source>Say why the project is stopped.</source>
        <translation>请说明终止原因。</translation>
    </message>
    <message>
        <source>A date lies before the project's start (or in the future).</source>
        <translation>日期早于项目开始日期（或晚于今天）。</translation>
    </message>
    <message>
        <source>A result needs what it is, a number and its unit.</source>
        <translation>成果须填写内容、数值和单位。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is larger than 30 MB.</source>
        <translation>文件超过 30 MB。</translation>
    </message>
    <message>
        <source>The project is finished or stopped: reopen it first.</source>
        <translation>项目已完成或已终止：请先重新开启。</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Print the year's list…</source>
        <translation>打印年度公示…</translation>
    </message>
    <message>
        <source>The year's tackling projects for posting (公示), A4 landscape</source>
        <translation>本年度攻关项目公示表（A4 横向）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Milestone…</source>
        <translation>添加节点…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>节点完成</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>登记成果…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>请选择一个项目。</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>攻关问题</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>攻关目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Choose the milestone in the plan first.</source>
        <translation>请先在节点计划中选择节点。</translation>
    </message>
    <message>
        <source>Mark “{0}” not done?</source>
        <translation>将“{0}”改为未完成？</translation>
    </message>
    <message>
        <source>“{0}” done. Note:</source>
        <translation>“{0}”已完成。说明：</translation>
    </message>
    <message>
        <source>Attach a file to the project</source>
        <translation>为项目添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Start (under way)</source>
        <translation>开始实施（进行中）</translation>
    </message>
    <message>
        <source>Finish: accepted, propose points…</source>
        <translation>完成：通过验收，提议积分…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>How it was accepted (points under the 攻关 rules are proposed for the team):</source>
        <translation>验收情况（将按攻关积分规则为团队提议积分）：</translation>
    </message>
    <message>
        <source>Why it is stopped:</source>
        <translation>终止原因：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The file is not on this PC yet (sync first).</source>
        <translation>此电脑上还没有该文件（请先同步）。</translation>
    </message>
    <message>
        <source>Tackling projects {0}</source>
        <translation>{0} 年度攻关项目</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Add a result</source>
        <translation>添加成果</translation>
    </message>
    <message>
        <source>e.g. electricity saved per year</source>
        <translation>如：年节约电费</translation>
    </message>
    <message>
        <source>万元, 小时, kWh …</source>
        <translation>万元、小时、千瓦时……</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
</TS>