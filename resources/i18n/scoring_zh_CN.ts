<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartsPage</name>
    <message>
        <source>Trend of the chosen person or team only</source>
        <translation>只看所选人员或班组的趋势</translation>
    </message>
    <message>
        <source>Compare per member</source>
        <translation>按人均对比</translation>
    </message>
    <message>
        <source>Save the trend as a picture…</source>
        <translation>趋势图另存为图片…</translation>
    </message>
    <message>
        <source>Save the comparison as a picture…</source>
        <translation>对比图另存为图片…</translation>
    </message>
    <message>
        <source>{0}: points per month, twelve months to {1}</source>
        <translation>{0}：近12个月每月积分（截至{1}）</translation>
    </message>
    <message>
        <source>{0}, {1}: points per member of each unit below</source>
        <translation>{0} {1}：下属各单位人均积分</translation>
    </message>
    <message>
        <source>{0}, {1}: points of each unit below</source>
        <translation>{0} {1}：下属各单位积分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No points in this period</source>
        <translation>本期暂无积分</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>图片未能保存</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>The charts could not be drawn.</source>
        <translation>图表无法绘制。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct points</source>
        <translation>更正积分</translation>
    </message>
    <message>
        <source>{0} received {1} points on {2} under “{3}”. The correction is a new entry booked today; the original entry is not changed.</source>
        <translation>{0}于{2}按“{3}”获得 {1} 分。更正将作为一条新记录登记在今天，原记录保持不变。</translation>
    </message>
    <message>
        <source>&amp;Points to add (negative to take away)</source>
        <translation>增减分值(&amp;P)（负数为扣减）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>更正理由(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{0} (asked)</source>
        <translation>{0}（待确认）</translation>
    </message>
    <message>
        <source>0 (asked {0})</source>
        <translation>0（原申报 {0}）</translation>
    </message>
    <message>
        <source>{0} (of {1}, cap reached)</source>
        <translation>{0}（申报 {1}，已达上限）</translation>
    </message>
    <message>
        <source>Proposed by the event: {0}</source>
        <translation>由事件自动提出：{0}</translation>
    </message>
    <message>
        <source>{0} no. {1}</source>
        <translation>{0} 编号 {1}</translation>
    </message>
    <message>
        <source>corrects entry {0}</source>
        <translation>更正记录 {0}</translation>
    </message>
    <message>
        <source>(event)</source>
        <translation>（系统事件）</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Give points — {0}</source>
        <translation>登记积分 — {0}</translation>
    </message>
    <message>
        <source>Name, employee no. or pinyin initials</source>
        <translation>姓名、工号或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>对象(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>次数(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>What was done, where and when — everyone can read why the points were given.</source>
        <translation>何时、何地、做了什么——积分事由对所有人公开。</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>事由(&amp;S)</translation>
    </message>
    <message>
        <source>A link, a file path or a record number</source>
        <translation>链接、文件路径或记录编号</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>依据(&amp;E)</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>已选：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This catalogue has no rules in force.</source>
        <translation>该积分方案没有现行规则。</translation>
    </message>
    <message>
        <source>at most {0} {1}</source>
        <translation>{1}最多 {0} 分</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Evidence required.</source>
        <translation>需附依据。</translation>
    </message>
    <message>
        <source>{0} points each, {1}. Granted by: {2}. {3}
{4}</source>
        <translation>每次 {0} 分，{1}。可授予：{2}。{3}
{4}</translation>
    </message>
    <message>
        <source>Choose the person the points are for.</source>
        <translation>请选择积分对象。</translation>
    </message>
    <message>
        <source>You may not grant this rule for {0} yourself, so the points were saved as a proposal. They count once one of these confirms them: {1}.</source>
        <translation>您无权为{0}授予此项积分，已保存为待确认申报。由以下角色之一确认后方可计分：{1}。</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>更正(&amp;O)…</translation>
    </message>
    <message>
        <source>A correction is a new entry booked today; the corrected entry, perhaps in a closed period, stays.</source>
        <translation>更正是登记在今天的一条新记录；被更正的记录（可能位于已关闭周期）保持不变。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>{0} entries in {1}</source>
        <translation>{1}共 {0} 条记录</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Proposals waiting</source>
        <translation>待确认申报</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>{0} in this catalogue and unit, as the Waiting page counts them; {1} across every catalogue of the plant hold the closing of the period back.</source>
        <translation>本目录、本单位待确认 {0} 条（与“待确认”页相同）；全厂各目录共 {1} 条待确认，未处理完不能关账。</translation>
    </message>
</context>
<context>
    <name>PeriodsPage</name>
    <message>
        <source>Closing a period freezes it (and the months inside a quarter or year) with the rules and star thresholds of that day. Later corrections are new entries in the open period; a closed period is never edited.</source>
        <translation>关闭周期即冻结该周期（季度或年度连同其中各月），并保存当日的规则和星级标准。此后的更正作为新记录登记在未关闭周期，已关闭周期不再修改。</translation>
    </message>
    <message>
        <source>C&amp;lose period…</source>
        <translation>关闭周期(&amp;L)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>积分周期</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>关闭周期</translation>
    </message>
    <message>
        <source>Close {0}? Its points, rules and star thresholds are frozen; nothing booked in it can change any more.</source>
        <translation>确定关闭{0}吗？该周期的积分、规则和星级标准将被冻结，其中的记录不能再作任何改动。</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>待确认积分</translation>
    </message>
    <message>
        <source>{0} proposals wait in {1}. They count for nothing until a person who may grant the rule confirms them. Select one or more, then confirm or reject.</source>
        <translation>{1}有 {0} 条积分申报待确认。经有权授予该规则的人员确认后方可计分。请选择一条或多条，然后确认或驳回。</translation>
    </message>
    <message>
        <source>Reject proposals</source>
        <translation>驳回申报</translation>
    </message>
    <message>
        <source>Why are these {0} proposals rejected?</source>
        <translation>驳回这 {0} 条申报的理由：</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Export ranking…</source>
        <translation>导出排名…</translation>
    </message>
    <message>
        <source>Export reasons…</source>
        <translation>导出积分依据…</translation>
    </message>
    <message>
        <source>closed: frozen</source>
        <translation>已关闭，数据冻结</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>{0} · {1} ({2}) · {3} ranked; the top {4} are marked gold, the bottom {5} blue; ties share a rank.</source>
        <translation>{0} · {1}（{2}）· 共 {3} 人参加排名；前 {4} 名金色标注，后 {5} 名蓝色标注；同分者名次并列。</translation>
    </message>
    <message>
        <source>Choose a row to see why each point was given.</source>
        <translation>选择一行，查看每一分的来由。</translation>
    </message>
    <message>
        <source>Why {0} has these points ({1} entries):</source>
        <translation>{0}的积分依据（{1} 条）：</translation>
    </message>
    <message>
        <source>Ranking {0} {1}</source>
        <translation>积分排名 {0} {1}</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>积分依据</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Change rule {0}</source>
        <translation>修改规则 {0}</translation>
    </message>
    <message>
        <source>New rule — {0}</source>
        <translation>新增规则 — {0}</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>The whole plant (a plant rule)</source>
        <translation>全厂（厂级规则）</translation>
    </message>
    <message>
        <source>{0} only</source>
        <translation>仅{0}</translation>
    </message>
    <message>
        <source>A plant rule applies everywhere and is kept by the plant's leaders; a unit's own rule applies to that unit and the units below it and is kept by its grid leader or party secretary.</source>
        <translation>厂级规则适用于全厂，由厂级网格长或党支部书记维护；单位自定规则只适用于该单位及其下级单位，由该单位的网格长或党支部书记维护。</translation>
    </message>
    <message>
        <source>Applies &amp;to</source>
        <translation>适用范围(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Points each time; negative for a deduction</source>
        <translation>每次的分值；扣分填负数</translation>
    </message>
    <message>
        <source>&amp;Points each time</source>
        <translation>每次分值(&amp;P)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Ca&amp;p (most points or deduction)</source>
        <translation>上限(&amp;P)（最多加分或扣分）</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>需附依据</translation>
    </message>
    <message>
        <source>May &amp;grant</source>
        <translation>可授予角色(&amp;G)</translation>
    </message>
    <message>
        <source>none (given by hand only)</source>
        <translation>无（仅人工登记）</translation>
    </message>
    <message>
        <source>Proposed by the &amp;event</source>
        <translation>由事件自动提出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>考核标准(&amp;S)</translation>
    </message>
    <message>
        <source>Saving makes a new version of the rule. Closed periods keep the version they were scored under.</source>
        <translation>保存后生成该规则的新版本；已关闭周期仍按原版本计分。</translation>
    </message>
</context>
<context>
    <name>RuleModel</name>
    <message>
        <source>v1 (as first written)</source>
        <translation>第1版（初版）</translation>
    </message>
    <message>
        <source>v{0}, changed {1}</source>
        <translation>第{0}版，{1}修订</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>May grant</source>
        <translation>可授予角色</translation>
    </message>
    <message>
        <source>Proposed by event</source>
        <translation>自动提出事件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{1}{0}分</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Version {0}, saved {1} (plant time).</source>
        <translation>第{0}版，保存于 {1}（工厂时间）。</translation>
    </message>
    <message>
        <source>whole plant</source>
        <translation>全厂</translation>
    </message>
    <message>
        <source>{0} only</source>
        <translation>仅{0}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;New rule…</source>
        <translation>新增规则(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>历次版本(&amp;V)</translation>
    </message>
    <message>
        <source>Stars and ranking &amp;settings…</source>
        <translation>星级与排名设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Every version of rule {0}, newest first.</source>
        <translation>规则 {0} 的全部版本，最新的在前。</translation>
    </message>
    <message>
        <source>{0} rules as {1} was scored under them (the period is closed; later changes do not apply).</source>
        <translation>{1}计分所依据的 {0} 条规则（该周期已关闭，之后的修改不适用）。</translation>
    </message>
    <message>
        <source>{0} rules in force. Changing a rule makes a new version; closed periods keep theirs.</source>
        <translation>现行规则 {0} 条。修改规则将生成新版本，已关闭周期保留原版本。</translation>
    </message>
    <message>
        <source>Retire rule</source>
        <translation>停用规则</translation>
    </message>
    <message>
        <source>Retire “{0} {1}”? It can no longer be given; points already given under it stay.</source>
        <translation>停用“{0} {1}”吗？停用后不能再按此规则登记积分，已登记的积分保留。</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Party members only</source>
        <translation>只看党员</translation>
    </message>
    <message>
        <source>Rank party members only (星级党员), or all staff (班员争先).</source>
        <translation>只对党员排名（星级党员），或对全体员工排名（班员争先）。</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>积分方案</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>{0} (closed)</source>
        <translation>{0}（已关闭）</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>{0} ({1} items)</source>
        <translation>{0}（{1}项）</translation>
    </message>
    <message>
        <source>full score {0}</source>
        <translation>满分 {0}</translation>
    </message>
    <message>
        <source>Asked {0}, counted {1}: {2} cut off by a cap or by the category's floor at zero.</source>
        <translation>应计 {0}，实计 {1}：{2} 分因封顶或大项保底（最低0分）未计。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <source>Export sheet…</source>
        <translation>导出考核表…</translation>
    </message>
    <message>
        <source>Export every sheet side by side…</source>
        <translation>导出全部考核表（并列）…</translation>
    </message>
    <message>
        <source>One row per item, one column per person or team of the ranking</source>
        <translation>每个考核项目一行，排名中的每个人员或班组一列</translation>
    </message>
    <message>
        <source>Print sheet A4…</source>
        <translation>打印考核表 A4…</translation>
    </message>
    <message>
        <source>Print sheet A3…</source>
        <translation>打印考核表 A3…</translation>
    </message>
    <message>
        <source>The team's assessment sheet for posting, with signature lines</source>
        <translation>用于公示的班组考核表，带签字栏</translation>
    </message>
    <message>
        <source>Choose a person or a team in the ranking to see their sheet.</source>
        <translation>请在排名中选择人员或班组，查看其考核表。</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} categories, {3} items · score {4}</source>
        <translation>{0} · {1} · {2}大项 {3}小项 · 得分 {4}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>大项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Sheets {0} {1}</source>
        <translation>考核表 {0} {1}</translation>
    </message>
</context>
<context>
    <name>ScoringBoard</name>
    <message>
        <source>&amp;Give points…</source>
        <translation>登记积分(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Points table for posting, A4</source>
        <translation>积分公示表（A4）</translation>
    </message>
    <message>
        <source>Points table for posting, A3</source>
        <translation>积分公示表（A3）</translation>
    </message>
    <message>
        <source>Star board, A3</source>
        <translation>星级党员榜（A3）</translation>
    </message>
    <message>
        <source>Star board, A2</source>
        <translation>星级党员榜（A2）</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>积分排名</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>红黄蓝预警</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>积分周期</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>正在导出{0}…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>No plant yet</source>
        <translation>尚无厂站数据</translation>
    </message>
    <message>
        <source>The database holds no units. Load the demo plant from the File menu to look around.</source>
        <translation>数据库中还没有单位。可从“文件”菜单载入演示水厂先行浏览。</translation>
    </message>
    <message>
        <source>Waiting ({0})</source>
        <translation>待确认（{0}）</translation>
    </message>
</context>
<context>
    <name>ScoringLabels</name>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>{0}-{1}</source>
        <translation>{0}年{1}月</translation>
    </message>
    <message>
        <source>{0} Q{1}</source>
        <translation>{0}年第{1}季度</translation>
    </message>
    <message>
        <source>Year {0}</source>
        <translation>{0}年度</translation>
    </message>
    <message>
        <source>M{0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Given by hand</source>
        <translation>人工登记</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation>问题上报</translation>
    </message>
    <message>
        <source>Feedback on time</source>
        <translation>按时反馈</translation>
    </message>
    <message>
        <source>Feedback late</source>
        <translation>超时反馈</translation>
    </message>
    <message>
        <source>Issue closed</source>
        <translation>问题关闭</translation>
    </message>
    <message>
        <source>Hazard closed</source>
        <translation>隐患销号</translation>
    </message>
    <message>
        <source>Inspection round done</source>
        <translation>巡回检查完成</translation>
    </message>
    <message>
        <source>Absent from a meeting without reason</source>
        <translation>无故缺席组织生活</translation>
    </message>
    <message>
        <source>Safety suggestion adopted</source>
        <translation>安全合理化建议被采纳</translation>
    </message>
    <message>
        <source>Cost suggestion adopted</source>
        <translation>降本增效合理化建议被采纳</translation>
    </message>
    <message>
        <source>Technique suggestion adopted</source>
        <translation>技术合理化建议被采纳</translation>
    </message>
    <message>
        <source>Management suggestion adopted</source>
        <translation>管理合理化建议被采纳</translation>
    </message>
    <message>
        <source>Tackling project finished</source>
        <translation>攻关项目完成</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Top {0}</source>
        <translation>前{0}名</translation>
    </message>
    <message>
        <source>Bottom {0}</source>
        <translation>后{0}名</translation>
    </message>
    <message>
        <source> (tied)</source>
        <translation>（并列）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Points change only through a named person: log in with your personal account (a system account holds no business role).</source>
        <translation>积分只能由具名的人变动：请用个人账号登录（系统账号不承担业务角色）。</translation>
    </message>
    <message>
        <source>You hold none of the roles that may grant “{rule}” for this person or unit. It needs one of: {roles}.</source>
        <translation>您在该人员或单位的网格中不担任可授予“{rule}”的角色。需要以下角色之一：{roles}。</translation>
    </message>
    <message>
        <source>Nobody confirms or corrects their own points; ask another leader.</source>
        <translation>任何人不能确认或更正自己的积分，请由其他负责人办理。</translation>
    </message>
    <message>
        <source>A correction is confirmed by someone other than the person who wrote it; ask another leader.</source>
        <translation>更正须由更正人以外的人员确认，请另一位负责人确认。</translation>
    </message>
    <message>
        <source>Only a grid leader or a party secretary may change rules and settings or close periods.</source>
        <translation>只有网格长或党支部书记可以修改规则和设置、关闭周期。</translation>
    </message>
    <message>
        <source>{day} lies in a closed period ({period}); closed periods never change. Record a correction in the open period instead.</source>
        <translation>{day}属于已关闭的周期（{period}），已关闭周期不再改动。请在未关闭周期登记更正记录。</translation>
    </message>
    <message>
        <source>The period {period} has not ended yet; it can be closed after its last day.</source>
        <translation>{period}尚未结束，最后一天过后才能关闭。</translation>
    </message>
    <message>
        <source>The period {period} is already closed.</source>
        <translation>{period}已经关闭。</translation>
    </message>
    <message>
        <source>{count} proposals of {period} still wait for a decision. Confirm or reject them before closing.</source>
        <translation>{period}还有 {count} 条申报待确认。请先确认或驳回，再关闭周期。</translation>
    </message>
    <message>
        <source>Points cannot be booked on a future day ({day}).</source>
        <translation>不能在未来日期（{day}）登记积分。</translation>
    </message>
    <message>
        <source>“{rule}” needs evidence: enter a link, a file or a record number.</source>
        <translation>“{rule}”需要附依据：请填写链接、文件或记录编号。</translation>
    </message>
    <message>
        <source>Please write a reason (at most 2,000 characters).</source>
        <translation>请填写理由（不超过2000字）。</translation>
    </message>
    <message>
        <source>This has already been decided (confirmed, rejected or closed); reload the list.</source>
        <translation>该记录已处理（已确认、已驳回或已关闭），请刷新列表。</translation>
    </message>
    <message>
        <source>Only confirmed points can be corrected.</source>
        <translation>只能更正已确认的积分。</translation>
    </message>
    <message>
        <source>This rule is no longer in force; choose a current rule.</source>
        <translation>该规则已不再执行，请选择现行规则。</translation>
    </message>
    <message>
        <source>This catalogue scores {subject}; choose accordingly.</source>
        <translation>该积分方案的对象是{subject}，请相应选择。</translation>
    </message>
    <message>
        <source>This catalogue scores units of one kind only (a team assessment scores teams); choose one.</source>
        <translation>本目录只考核同一类单位（班组考核只考核班组），请选择此类单位。</translation>
    </message>
    <message>
        <source>“{rule}” is a unit's own rule and applies only inside that unit; use a plant rule for anyone else.</source>
        <translation>“{rule}”是单位自定规则，只适用于该单位内部；其他人员请使用厂级规则。</translation>
    </message>
    <message>
        <source>The person, unit, rule or entry no longer exists; reload the list.</source>
        <translation>该人员、单位、规则或记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number of points (not zero, at most one decimal place).</source>
        <translation>“{value}”不是有效的分值（不能为零，最多一位小数）。</translation>
    </message>
    <message>
        <source>The number must be between 1 and 99.</source>
        <translation>数值须在1到99之间。</translation>
    </message>
    <message>
        <source>The star thresholds must fall strictly from five stars to one star, for months, quarters and years.</source>
        <translation>月度、季度、年度的星级标准都必须从五星到一星依次递减。</translation>
    </message>
    <message>
        <source>The rule is incomplete: check its code, name, category, grantor roles and trigger ({field}).</source>
        <translation>规则不完整：请检查编码、名称、类别、可授予角色和自动提出事件（{field}）。</translation>
    </message>
    <message>
        <source>A rule with the code {code} already exists in this catalogue.</source>
        <translation>该积分方案中已有编码为 {code} 的规则。</translation>
    </message>
    <message>
        <source>Warnings are kept by the grid leader and party secretary of the person's unit; you cannot see or change them.</source>
        <translation>预警由该人员所在单位的网格长和党支部书记掌握，您无权查看或修改。</translation>
    </message>
    <message>
        <source>people or units</source>
        <translation>人员或单位</translation>
    </message>
</context>
<context>
    <name>ScoringPrint</name>
    <message>
        <source>Points table for posting ({0})</source>
        <translation>积分公示表（{0}）</translation>
    </message>
    <message>
        <source>Star board ({0})</source>
        <translation>星级党员榜（{0}）</translation>
    </message>
    <message>
        <source>Assessment sheet of {0} ({1})</source>
        <translation>{0}考核表（{1}）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — {0}</source>
        <translation>设置 — {0}</translation>
    </message>
    <message>
        <source>&amp;Base score</source>
        <translation>基础分(&amp;B)</translation>
    </message>
    <message>
        <source>Marked at the &amp;top</source>
        <translation>标注前几名(&amp;T)</translation>
    </message>
    <message>
        <source>Marked at the &amp;bottom</source>
        <translation>标注后几名(&amp;B)</translation>
    </message>
    <message>
        <source>Least points for</source>
        <translation>最低积分</translation>
    </message>
    <message>
        <source>Star thresholds (closed periods keep the thresholds they were rated by):</source>
        <translation>星级标准（已关闭周期保留评定时的标准）：</translation>
    </message>
</context>
<context>
    <name>StandingModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Rank {0} from the top, {1} from the bottom</source>
        <translation>正数第 {0} 名，倒数第 {1} 名</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Warning — {0}</source>
        <translation>预警 — {0}</translation>
    </message>
    <message>
        <source>New warning</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>已选：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name, employee no. or pinyin initials</source>
        <translation>姓名、工号或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>等级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>情况(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>措施(&amp;M)</translation>
    </message>
    <message>
        <source>Only the grid leaders and party secretaries of the person's units see warnings.</source>
        <translation>只有该人员所在单位的网格长和党支部书记能看到预警。</translation>
    </message>
    <message>
        <source>Choose the person the warning is about.</source>
        <translation>请选择预警对象。</translation>
    </message>
</context>
<context>
    <name>WarningModel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>预警日期</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>预警人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>闭合日期</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>闭合人</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>处置结果</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>Show closed warnings</source>
        <translation>显示已闭合的预警</translation>
    </message>
    <message>
        <source>Warnings are confidential: only the grid leaders and party secretaries of a person's units see them, and they never appear on printed or posted boards.</source>
        <translation>预警属于保密信息：只有该人员所在单位的网格长和党支部书记能看到，且不会出现在任何打印或公示材料上。</translation>
    </message>
    <message>
        <source>&amp;Raise a warning…</source>
        <translation>新增预警(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-grade or add measures…</source>
        <translation>调整等级或补充措施…</translation>
    </message>
    <message>
        <source>Close (resolved)…</source>
        <translation>闭合处置…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>红黄蓝预警</translation>
    </message>
    <message>
        <source>Close warning</source>
        <translation>闭合预警</translation>
    </message>
    <message>
        <source>How was the situation of {0} resolved?</source>
        <translation>{0}的情况是如何处置的？</translation>
    </message>
</context>
</TS>