<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CareNoteDialog</name>
    <message>
        <source>State of mind: {0}</source>
        <translation>思想动态：{0}</translation>
    </message>
    <message>
        <source>Personal information: only you, the grid leader and the branch secretary can read it; every reading is recorded in the audit trail.</source>
        <translation>个人信息：仅您本人、网格长和党支部书记可以查看；每次查看都记入审计日志。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State of mind</source>
        <translation>思想动态</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Write note…</source>
        <translation>记录思想动态…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>新建帮扶…</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>添加步骤…</translation>
    </message>
    <message>
        <source>Step done…</source>
        <translation>步骤完成…</translation>
    </message>
    <message>
        <source>Add progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <source>Confirm closure…</source>
        <translation>对账销户…</translation>
    </message>
    <message>
        <source>Closed cases too</source>
        <translation>含已销户</translation>
    </message>
    <message>
        <source>Progress notes of the selected case</source>
        <translation>所选帮扶案例的进展记录</translation>
    </message>
    <message>
        <source>Person's file (职工思想动态): name, employee no. or initials</source>
        <translation>职工思想动态档案：输入姓名、工号或拼音首字母</translation>
    </message>
    <message>
        <source>State-of-mind files are personal information: only the person's guardian, the grid leader and the branch secretary see them, and every opening is recorded in the audit trail.</source>
        <translation>思想动态档案属于个人信息：仅包保党员、网格长和党支部书记可以查看，每次打开都记入审计日志。</translation>
    </message>
    <message>
        <source>{0} open hardship cases in this unit and below; {1} steps overdue (red).</source>
        <translation>本单位及下级在帮扶 {0} 件；逾期步骤 {1} 项（红色）。</translation>
    </message>
    <message>
        <source>Closed on {0}, confirmed by {1}: {2}</source>
        <translation>{0} 销户，确认人 {1}：{2}</translation>
    </message>
    <message>
        <source>Choose a person, or a case, to open their file. Only the person's guardian, the grid leader and the branch secretary see it; every opening is recorded in the audit trail.</source>
        <translation>选择一个人或一个帮扶案例，查看其思想动态档案。仅包保党员、网格长和党支部书记可以查看，每次打开都记入审计日志。</translation>
    </message>
    <message>
        <source>Restricted: only the person's guardian, the grid leader and the branch secretary see this file.</source>
        <translation>受限：仅本人的包保党员、网格长和党支部书记可以查看此档案。</translation>
    </message>
    <message>
        <source>Person's file</source>
        <translation>思想动态档案</translation>
    </message>
    <message>
        <source>{0} ({1}, {2}); guardian: {3}; {4} notes, {5} hardship cases.</source>
        <translation>{0}（{1}，{2}）；包保党员：{3}；思想动态 {4} 条，帮扶 {5} 件。</translation>
    </message>
    <message>
        <source>Step done: {0}</source>
        <translation>步骤完成：{0}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Progress: {0}</source>
        <translation>帮扶进展：{0}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Confirm closure (对账销户): {0}</source>
        <translation>对账销户：{0}</translation>
    </message>
    <message>
        <source>Checked and closed</source>
        <translation>对账情况</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Hardship case: {0}</source>
        <translation>困难帮扶：{0}</translation>
    </message>
    <message>
        <source>2025-06-30 Apply to the union for a hardship grant</source>
        <translation>2025-06-30 向工会申请困难补助</translation>
    </message>
    <message>
        <source>The plan (脱困时间表): one step a line, its day first.</source>
        <translation>脱困时间表：每行一个步骤，日期在前。</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>脱困时间表</translation>
    </message>
    <message>
        <source>Line {0} of the plan does not start with a day: {1}</source>
        <translation>脱困时间表第 {0} 行没有以日期开头：{1}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Person</source>
        <translation>帮扶对象</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>逾期步骤</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>包保党员</translation>
    </message>
    <message>
        <source>Closed (confirmed by)</source>
        <translation>销户（确认人）</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Linked staff member</source>
        <translation>联系职工</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Talk this quarter</source>
        <translation>本季度访谈</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未谈</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>In use (required and offered when recording)</source>
        <translation>启用（要求召开，记录时可选）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求频次</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>召开单位</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>参加人员</translation>
    </message>
</context>
<context>
    <name>KindsDialog</name>
    <message>
        <source>Meeting kinds</source>
        <translation>会议类型</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>One decision a line</source>
        <translation>每行一项决议</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Keys in the list: 1 present, 2 sick leave, 3 official leave, 4 absent without reason (proposes the deduction for missing organisation life); F2 writes a note.</source>
        <translation>名单中按键：1 出席，2 病假，3 公假，4 无故缺席（将提议“无故缺席组织生活”扣分）；F2 填写备注。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤情况</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>图片（{0}）</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>{0} expected, {1} present, {2} absent ({3} without reason)</source>
        <translation>应到 {0} 人，实到 {1} 人，缺席 {2} 人（无故 {3} 人）</translation>
    </message>
</context>
<context>
    <name>MeetingKindTableModel</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求频次</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>召开单位</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>{0} (switched off)</source>
        <translation>{0}（已停用）</translation>
    </message>
</context>
<context>
    <name>MeetingMatrixModel</name>
    <message>
        <source>{0} · {1} to {2}: {3} held</source>
        <translation>{0} · {1} 至 {2}：已开 {3} 次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Without reason</source>
        <translation>无故缺席</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Record meeting…</source>
        <translation>记录会议…</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>打开记录…</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Raise issue from a decision…</source>
        <translation>将决议转为问题…</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>打印会议记录…</translation>
    </message>
    <message>
        <source>Member's yearly record…</source>
        <translation>个人组织生活记录…</translation>
    </message>
    <message>
        <source>A party member's year of organisation life (个人组织生活记录), for the democratic review</source>
        <translation>党员全年组织生活情况（个人组织生活记录），供民主评议使用</translation>
    </message>
    <message>
        <source>Meeting kinds…</source>
        <translation>会议类型…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>{0} meetings held in {1}; {2} required meetings missed (red). A quarter's status fills its three months.</source>
        <translation>{1} 年已开会议 {0} 次；应开未开 {2} 次（红色）。季度会议的状态占该季度的三个月。</translation>
    </message>
    <message>
        <source>Meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Delete the record of {0} on {1}?</source>
        <translation>删除 {1} 的{0}记录？</translation>
    </message>
    <message>
        <source>Raise issue</source>
        <translation>转为问题</translation>
    </message>
    <message>
        <source>This record names no decisions.</source>
        <translation>本记录没有决议事项。</translation>
    </message>
    <message>
        <source>Decision to follow on the issue board:</source>
        <translation>要在问题看板跟踪的决议：</translation>
    </message>
</context>
<context>
    <name>MemberRecordDialog</name>
    <message>
        <source>Member's yearly record of organisation life</source>
        <translation>党员个人组织生活记录</translation>
    </message>
    <message>
        <source>Include the summaries of their talks (personal information)</source>
        <translation>包含其谈心谈话摘要（个人信息）</translation>
    </message>
    <message>
        <source>Why the summaries are printed, e.g. the 2025 democratic review</source>
        <translation>打印谈话摘要的事由，例如：2025 年度民主评议</translation>
    </message>
    <message>
        <source>Talk summaries are printed only with a reason; the reason and who printed them go to the audit trail. Only the summaries you may read are included.</source>
        <translation>谈话摘要须填写事由方可打印，事由和打印人记入审计日志；仅包含您有权查看的摘要。</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>No talk summaries of {0} in {1} that you may read: the record is printed without them.</source>
        <translation>{1} 年没有您可查看的 {0} 的谈话摘要：记录将不含谈话摘要打印。</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>State of mind</source>
        <translation>思想动态</translation>
    </message>
</context>
<context>
    <name>PartyLifeWords</name>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Party members of the unit</source>
        <translation>本单位党员</translation>
    </message>
    <message>
        <source>Committee (leader, secretary, officers)</source>
        <translation>支委（网格长、书记、网格员）</translation>
    </message>
    <message>
        <source>Everyone in the unit</source>
        <translation>本单位全体人员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Official leave</source>
        <translation>公假</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>无故缺席</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未开</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应开</translation>
    </message>
    <message>
        <source>No unit (not required)</source>
        <translation>无（不作要求）</translation>
    </message>
    <message>
        <source>Each plant</source>
        <translation>每个厂</translation>
    </message>
    <message>
        <source>Each net</source>
        <translation>每个网</translation>
    </message>
    <message>
        <source>Each grid</source>
        <translation>每个网格</translation>
    </message>
    <message>
        <source>Each responsibility zone</source>
        <translation>每个责任区</translation>
    </message>
    <message>
        <source>Each team</source>
        <translation>每个班组</translation>
    </message>
    <message>
        <source>Quarterly 1+N talk</source>
        <translation>1+N 季度访谈</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>新入职</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>发生矛盾</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>遇到困难</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>出现失误</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>降本增效</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>待评审</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>未采纳</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted elsewhere.</source>
        <translation>该记录已不存在，可能已在别处删除。</translation>
    </message>
    <message>
        <source>A meeting is recorded once it has been held, not before.</source>
        <translation>会议召开后才能记录，不能提前记录。</translation>
    </message>
    <message>
        <source>Fill in the code and name (a meeting: its topic).</source>
        <translation>请填写代码和名称（会议：填写主题）。</translation>
    </message>
    <message>
        <source>Another meeting kind already has this code.</source>
        <translation>已有会议类型使用此代码。</translation>
    </message>
    <message>
        <source>Meetings were recorded under this kind; switch it off instead of deleting it.</source>
        <translation>此类型下已有会议记录，请停用而不是删除。</translation>
    </message>
    <message>
        <source>A talk is between two different people.</source>
        <translation>谈话须在两个不同的人之间进行。</translation>
    </message>
    <message>
        <source>Say why the suggestion is not adopted.</source>
        <translation>请说明不予采纳的理由。</translation>
    </message>
    <message>
        <source>This suggestion has already been reviewed (only an adopted one can be marked done).</source>
        <translation>该建议已评审（只有已采纳的建议才能标记为已落实）。</translation>
    </message>
    <message>
        <source>A weekly zone report is filed by a party member of that zone.</source>
        <translation>责任区周报须由该责任区的党员填报。</translation>
    </message>
    <message>
        <source>Merge into another suggestion that is submitted or adopted, not into itself.</source>
        <translation>只能合并到另一条待评审或已采纳的建议，不能合并到自身。</translation>
    </message>
    <message>
        <source>Notes of a person's state of mind are written by the person's guardian.</source>
        <translation>职工思想动态由其包保党员记录。</translation>
    </message>
    <message>
        <source>Fill in the text (a case: the hardship and each step).</source>
        <translation>请填写内容（帮扶案例：困难情况和每个步骤）。</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>此帮扶案例已销户。</translation>
    </message>
    <message>
        <source>A case is closed once every step of its plan is done: mark the remaining steps first.</source>
        <translation>脱困时间表的每个步骤都完成后才能销户：请先完成其余步骤。</translation>
    </message>
    <message>
        <source>The closure is confirmed by someone other than the person who opened the case.</source>
        <translation>销户须由立案人以外的人员确认。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review a suggestion</source>
        <translation>评审合理化建议</translation>
    </message>
    <message>
        <source>Adopt (proposes the points of the rules for adopted suggestions)</source>
        <translation>采纳（按建议被采纳的积分规则提议加分）</translation>
    </message>
    <message>
        <source>Not adopted, because:</source>
        <translation>不予采纳，理由：</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合并到：</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Add a step to the plan</source>
        <translation>添加脱困步骤</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit a suggestion</source>
        <translation>提出合理化建议</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>By</source>
        <translation>建议人</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>into “{0}”</source>
        <translation>并入“{0}”</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Submit suggestion…</source>
        <translation>提出建议…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>评审…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记已落实…</translation>
    </message>
    <message>
        <source>Print for posting…</source>
        <translation>打印公示…</translation>
    </message>
    <message>
        <source>Adopted only (the list for posting)</source>
        <translation>仅已采纳（公示清单）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>{0} suggestions, {1} waiting for review, {2} adopted.</source>
        <translation>共 {0} 条建议，待评审 {1} 条，已采纳 {2} 条。</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>Adopted suggestions</source>
        <translation>采纳的合理化建议</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记已落实</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>落实情况：</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Record a talk</source>
        <translation>记录谈心谈话</translation>
    </message>
    <message>
        <source>Party member who talked</source>
        <translation>谈话党员</translation>
    </message>
    <message>
        <source>Person talked with</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>The summary and follow-ups are personal information: only you, the grid leader and the branch secretary can read them.</source>
        <translation>谈话内容和跟进事项属个人信息，仅本人、网格长和党支部书记可查阅。</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>With</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>With</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>(restricted: personal information)</source>
        <translation>（个人信息，无权查看）</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <source>Record talk…</source>
        <translation>记录谈话…</translation>
    </message>
    <message>
        <source>Record this link's talk…</source>
        <translation>记录该联系对象的谈话…</translation>
    </message>
    <message>
        <source>Print coverage…</source>
        <translation>打印覆盖情况…</translation>
    </message>
    <message>
        <source>Member's yearly record…</source>
        <translation>个人组织生活记录…</translation>
    </message>
    <message>
        <source>The selected link's party member's year of organisation life, for the democratic review</source>
        <translation>所选联系中党员的全年组织生活情况，供民主评议使用</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>{0} to {1}: {2} of {3} 1+N links had their quarterly talk; {4} missing (red). {5} talks held.</source>
        <translation>{0} 至 {1}：{3} 个 1+N 联系中 {2} 个已完成季度访谈，{4} 个未谈（红色）；共谈话 {5} 次。</translation>
    </message>
    <message>
        <source>Talk coverage</source>
        <translation>谈心谈话覆盖情况</translation>
    </message>
</context>
<context>
    <name>ZoneReportDialog</name>
    <message>
        <source>This week's zone report</source>
        <translation>本周责任区安全状况报告</translation>
    </message>
    <message>
        <source>One problem a line; each can go to the issue board</source>
        <translation>每行一个问题，每个问题都可转到问题看板</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>责任区</translation>
    </message>
    <message>
        <source>Safety state</source>
        <translation>安全状况</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
</context>
<context>
    <name>ZoneReportTableModel</name>
    <message>
        <source>Zone</source>
        <translation>责任区</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>填报时间</translation>
    </message>
    <message>
        <source>Safety state</source>
        <translation>安全状况</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未报</translation>
    </message>
</context>
<context>
    <name>ZoneReportsPage</name>
    <message>
        <source>File my report…</source>
        <translation>填报本人周报…</translation>
    </message>
    <message>
        <source>Raise issue from a problem…</source>
        <translation>将问题转到看板…</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>所在周</translation>
    </message>
    <message>
        <source>{0} party members report on their zones; {1} have not reported this week (red).</source>
        <translation>{0} 名党员须填报责任区周报；本周 {1} 人未报（红色）。</translation>
    </message>
    <message>
        <source>Raise issue</source>
        <translation>转为问题</translation>
    </message>
    <message>
        <source>Problem to follow on the issue board:</source>
        <translation>要在问题看板跟踪的问题：</translation>
    </message>
</context>
</TS>