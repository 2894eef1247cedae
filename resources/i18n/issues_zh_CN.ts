<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Complete by</source>
        <translation>限期完成</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>交办给</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Choose whom to assign it to: type a name and pick from the list.</source>
        <translation>请选择交办对象：输入姓名后从列表中选择。</translation>
    </message>
    <message>
        <source>Write the {0} first.</source>
        <translation>请先填写{0}。</translation>
    </message>
</context>
<context>
    <name>ClockSettingsDialog</name>
    <message>
        <source>Clocks</source>
        <translation>时限设置</translation>
    </message>
    <message>
        <source>Feedback time after assignment, per category</source>
        <translation>交办后反馈时限（按类别）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Acceptance time while nobody assigned it, and completion after feedback without a date</source>
        <translation>受理时限（未交办时）及反馈后未定日期的默认办结时限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Shift calendar (for clocks in working hours)</source>
        <translation>班次日历（用于按工作时间计时）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Holidays (YYYY-MM-DD)</source>
        <translation>节假日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Shift changes</source>
        <translation>交接班时间</translation>
    </message>
    <message>
        <source>Every time on screen, in prints and in exports is shown in this zone.</source>
        <translation>屏幕上、打印件和导出文件中的时间都按此时区显示。</translation>
    </message>
    <message>
        <source>Plant time zone</source>
        <translation>工厂时区</translation>
    </message>
    <message>
        <source>Working hours are written like 08:00-12:00, 13:00-17:00: “{0}”.</source>
        <translation>工作时间的写法如 08:00-12:00, 13:00-17:00：“{0}”。</translation>
    </message>
    <message>
        <source>Dates are written like 2026-10-01, separated by commas.</source>
        <translation>日期的写法如 2026-10-01，多个日期用逗号分隔。</translation>
    </message>
    <message>
        <source>Shift changes are times like 08:00, 20:00.</source>
        <translation>交接班时间的写法如 08:00, 20:00。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患信息</translation>
    </message>
    <message>
        <source>Lead, supervisor, partners</source>
        <translation>牵头人、督导人、合伙人</translation>
    </message>
    <message>
        <source>Six stages</source>
        <translation>六环节</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Tackling projects</source>
        <translation>攻关项目</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>写评论……</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>发表评论</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Open the round and this item</source>
        <translation>打开该次巡检并定位到此检查项</translation>
    </message>
    <message>
        <source>Open the project on the projects page</source>
        <translation>在攻关项目页打开此项目</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an issue on the board or in the table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;请在看板或表格中选择一个问题。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>责任单位：{0}</translation>
    </message>
    <message>
        <source>found in {0}, escalated {1}×</source>
        <translation>发现于 {0}，已上报上级 {1} 次</translation>
    </message>
    <message>
        <source>Area: {0}</source>
        <translation>区域：{0}</translation>
    </message>
    <message>
        <source>Reported by {0} at {1}</source>
        <translation>{0} 于 {1} 上报</translation>
    </message>
    <message>
        <source>Entered by {0} for the reporter</source>
        <translation>由{0}代为录入</translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation>承办人：{0}</translation>
    </message>
    <message>
        <source>Returned for rework {0}×</source>
        <translation>退回返工 {0} 次</translation>
    </message>
    <message>
        <source>Held on register: {0}</source>
        <translation>挂账原因：{0}</translation>
    </message>
    <message>
        <source>Review on {0}</source>
        <translation>复核日期：{0}</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无详细描述）</translation>
    </message>
    <message>
        <source>Lead: {0}</source>
        <translation>牵头人：{0}</translation>
    </message>
    <message>
        <source>Supervisor: {0}</source>
        <translation>督导人：{0}</translation>
    </message>
    <message>
        <source>Partners: {0}</source>
        <translation>合伙人：{0}</translation>
    </message>
    <message>
        <source>Responsible person: {0}</source>
        <translation>责任人：{0}</translation>
    </message>
    <message>
        <source>Measures: {0}</source>
        <translation>整改措施：{0}</translation>
    </message>
    <message>
        <source>Funds: {0}</source>
        <translation>资金：{0}</translation>
    </message>
    <message>
        <source>Rectify by: {0}</source>
        <translation>整改期限：{0}</translation>
    </message>
    <message>
        <source>Contingency plan: {0}</source>
        <translation>应急预案：{0}</translation>
    </message>
    <message>
        <source>Accepted by {0}</source>
        <translation>验收人：{0}</translation>
    </message>
    <message>
        <source>Correct the report…</source>
        <translation>更正上报内容…</translation>
    </message>
    <message>
        <source>Hazard details and five fixes…</source>
        <translation>隐患定级与五落实…</translation>
    </message>
    <message>
        <source>Lead, supervisor, partners…</source>
        <translation>牵头人、督导人、合伙人…</translation>
    </message>
    <message>
        <source>Record stage reached</source>
        <translation>记录所处环节</translation>
    </message>
    <message>
        <source>Review the hold…</source>
        <translation>挂账复核…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Link an area</source>
        <translation>关联区域</translation>
    </message>
    <message>
        <source>Log in with your personal account first.</source>
        <translation>请先用个人账号登录。</translation>
    </message>
    <message>
        <source>Skip stages</source>
        <translation>跳过环节</translation>
    </message>
    <message>
        <source>This passes over: {0}. Why are they skipped?</source>
        <translation>将跳过：{0}。请写明跳过原因：</translation>
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
        <source>The photos could not be added</source>
        <translation>照片未能添加</translation>
    </message>
</context>
<context>
    <name>DiagnosisModel</name>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Open: {0}; overdue: {1}; with partners from another grid: {2}</source>
        <translation>在办：{0}；超期：{1}；有其他网格合伙人：{2}</translation>
    </message>
    <message>
        <source>Reached this stage in {0}: {1}</source>
        <translation>{0} 到达本环节：{1}</translation>
    </message>
    <message>
        <source>Issues escalated to this unit itself; choose it in the filters to see them</source>
        <translation>已上报至本单位本级的问题；在筛选中选择本单位即可查看</translation>
    </message>
    <message>
        <source>Click to show these issues on the board</source>
        <translation>单击在看板上显示这些问题</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Issues escalated to {0} itself</source>
        <translation>已上报至{0}本级的问题</translation>
    </message>
    <message>
        <source>This unit itself</source>
        <translation>本级</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>Stages passed in</source>
        <translation>当月经过环节：</translation>
    </message>
    <message>
        <source>Also count, in brackets, the issues that reached each stage in this month</source>
        <translation>另在括号内统计该月到达各环节的问题数</translation>
    </message>
    <message>
        <source>Print matrix…</source>
        <translation>打印矩阵…</translation>
    </message>
    <message>
        <source>The matrix on A3 landscape for the monthly meeting</source>
        <translation>A3 横向打印，供月度例会使用</translation>
    </message>
    <message>
        <source>Each cell: open issues at the stage / of them overdue; {0} with partners from another grid.</source>
        <translation>每格：该环节在办问题数 / 其中超期数；{0} 表示有其他网格的合伙人参与。</translation>
    </message>
    <message>
        <source>In brackets: reached the stage in the month. Click a cell to see its issues.</source>
        <translation>括号内：当月到达该环节的问题数。单击格子查看对应问题。</translation>
    </message>
    <message>
        <source>{0}: {1} grids × 6 stages; {2} open issues on the track, {3} overdue, {4} cross-grid</source>
        <translation>{0}：{1} 个网格 × 6 个环节；在办问题 {2} 项，超期 {3} 项，跨网格 {4} 项</translation>
    </message>
    <message>
        <source>Diagnosis matrix</source>
        <translation>问题诊治矩阵</translation>
    </message>
    <message>
        <source>diagnosis-matrix-{0}.pdf</source>
        <translation>诊治矩阵-{0}.pdf</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct the report · {0}</source>
        <translation>更正上报内容 · {0}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>详细描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show the issues of this unit and every unit below it</source>
        <translation>显示本单位及其下属各单位的问题</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任意环节</translation>
    </message>
    <message>
        <source>Only this group of my to-do; click to show every issue again</source>
        <translation>只看我的待办中的这一组；点击后显示全部问题</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>不限时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>超期或临期</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>仅隐患</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Search titles, descriptions, comments</source>
        <translation>搜索标题、描述、评论</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>My to-do: {0} ✕</source>
        <translation>我的待办：{0} ✕</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Reported {0}–{1}</source>
        <translation>上报 {0}–{1}</translation>
    </message>
    <message>
        <source>{0} stages</source>
        <translation>{0} 个环节</translation>
    </message>
    <message>
        <source>{0} states</source>
        <translation>{0} 种状态</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>What the next shift should know</source>
        <translation>需要下一班知道的情况</translation>
    </message>
    <message>
        <source>One handover item per line</source>
        <translation>每行一条交接事项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>交班说明</translation>
    </message>
    <message>
        <source>Handover items</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Preview the sheet now…</source>
        <translation>预览当前交接班单…</translation>
    </message>
    <message>
        <source>Acknowledge (take over)</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shift&lt;/b&gt;</source>
        <translation>&lt;b&gt;本班交班&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past handovers&lt;/b&gt;</source>
        <translation>&lt;b&gt;历史交接班记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Log in with your personal account first.</source>
        <translation>请先用个人账号登录。</translation>
    </message>
    <message>
        <source>You may not hand over or take over this unit's shift.</source>
        <translation>您无权办理该单位的交接班。</translation>
    </message>
    <message>
        <source>Choose a handover first.</source>
        <translation>请先选择一条交接班记录。</translation>
    </message>
</context>
<context>
    <name>HandoverListModel</name>
    <message>
        <source>Handed over</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Handover items</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation>尚未接班确认</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Hazard · {0}</source>
        <translation>隐患 · {0}</translation>
    </message>
    <message>
        <source>As the grade says</source>
        <translation>按等级默认</translation>
    </message>
    <message>
        <source>Amount and source, e.g. 2 万元 workshop repair budget</source>
        <translation>金额及来源，如：2 万元，车间维修费</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险颜色</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>A major hazard is saved only with all five fixes: responsible person, measures, funds, deadline and contingency plan.</source>
        <translation>重大隐患须“五落实”后才能保存：责任人、整改措施、资金、整改期限、应急预案。</translation>
    </message>
    <message>
        <source>Record the five fixes as far as they are known; a deadline is set by the grade if empty.</source>
        <translation>请尽量填写五落实；整改期限留空时按隐患等级自动设定。</translation>
    </message>
</context>
<context>
    <name>HoldReviewDialog</name>
    <message>
        <source>Review the hold · {0}</source>
        <translation>挂账复核 · {0}</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>挂账原因</translation>
    </message>
    <message>
        <source>Review again on</source>
        <translation>下次复核日期</translation>
    </message>
    <message>
        <source>Review finding *</source>
        <translation>复核意见 *</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Rest the pointer on an indicator's name for its definition, or press Definitions. Issues count for the unit where they were found; a rate with nothing to divide by shows —.</source>
        <translation>鼠标停在指标名称上可查看其定义，或点击“指标定义”。问题按发现问题的单位统计；没有可除的数时比率显示“—”。</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>指标定义…</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报数</translation>
    </message>
    <message>
        <source>Issues reported in the period.</source>
        <translation>期间内上报的问题数。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号数</translation>
    </message>
    <message>
        <source>Issues closed in the period and not reopened since.</source>
        <translation>期间内销号、且此后未重新打开的问题数。</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>Issues reported in the period and closed by its end (or by now, if that is earlier) ÷ issues reported in the period.</source>
        <translation>期间内上报、且在期末（或当前，取较早者）前已销号的问题数 ÷ 期间内上报的问题数。</translation>
    </message>
    <message>
        <source>On-time feedback rate</source>
        <translation>按时反馈率</translation>
    </message>
    <message>
        <source>Of the issues reported in the period that were assigned and whose feedback is decided (fed back, or its deadline has passed): those whose first feedback met its deadline.</source>
        <translation>期间内上报并已交办、且反馈已有结果（已反馈，或反馈时限已过）的问题中，首次反馈在时限内的比例。</translation>
    </message>
    <message>
        <source>On-time closure rate</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Of the issues closed in the period that had a completion deadline: those closed by it.</source>
        <translation>期间内销号且有办结时限的问题中，在时限内销号的比例。</translation>
    </message>
    <message>
        <source>Self-resolution rate (solved inside the grid)</source>
        <translation>自主解决率（格内解决）</translation>
    </message>
    <message>
        <source>Issues closed in the period that were solved inside the grid where they were found ÷ issues closed in the period. An issue leaves its grid when it is escalated to a unit outside the grid; passing between a team and a zone inside the grid does not count.</source>
        <translation>期间内销号、且在发现问题的网格内解决的问题数 ÷ 期间内销号的问题数。问题上报到网格以外的单位即算出格；网格内班组与责任区之间的流转不算。</translation>
    </message>
    <message>
        <source>Not-escalated rate</source>
        <translation>未上报率</translation>
    </message>
    <message>
        <source>Issues closed in the period that were never escalated ÷ issues closed in the period.</source>
        <translation>期间内销号、且从未上报上级的问题数 ÷ 期间内销号的问题数。</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>返工率</translation>
    </message>
    <message>
        <source>Issues closed in the period that were returned for rework at least once ÷ issues closed in the period.</source>
        <translation>期间内销号、且至少被退回返工一次的问题数 ÷ 期间内销号的问题数。</translation>
    </message>
    <message>
        <source>Mean time to feedback</source>
        <translation>平均反馈用时</translation>
    </message>
    <message>
        <source>Mean hours from the first assignment to the first feedback, over the issues first fed back in the period.</source>
        <translation>从首次交办到首次反馈的平均小时数，按期间内首次反馈的问题计算。</translation>
    </message>
    <message>
        <source>Mean time to close</source>
        <translation>平均办结用时</translation>
    </message>
    <message>
        <source>Mean hours from report to closure, over the issues closed in the period.</source>
        <translation>从上报到销号的平均小时数，按期间内销号的问题计算。</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前在办</translation>
    </message>
    <message>
        <source>Issues found in this unit or below it that are not closed.</source>
        <translation>在本单位及下属单位发现、尚未销号的问题数。</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Open issues past their running deadline.</source>
        <translation>已超过当前时限的在办问题数。</translation>
    </message>
    <message>
        <source>Held on register now</source>
        <translation>当前挂账</translation>
    </message>
    <message>
        <source>Issues held on the register now.</source>
        <translation>当前挂账的问题数。</translation>
    </message>
    <message>
        <source>Indicator definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>Issues count for the unit where they were found; escalation does not move them.</source>
        <translation>问题按发现问题的单位统计，上报上级后仍计入原单位。</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表……</translation>
    </message>
</context>
<context>
    <name>IssueActions</name>
    <message>
        <source>The issue no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
</context>
<context>
    <name>IssueLabels</name>
    <message>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>退回返工</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报上级</translation>
    </message>
    <message>
        <source>Held on register</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处置</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Mark rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>退回返工</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <source>Hold on register</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation>仍存在的问题</translation>
    </message>
    <message>
        <source>Why it cannot be solved here</source>
        <translation>无法在本级解决的原因</translation>
    </message>
    <message>
        <source>Reason for holding it on the register</source>
        <translation>挂账原因</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>核验意见</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>started work</source>
        <translation>开始处置</translation>
    </message>
    <message>
        <source>gave feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>marked it rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>核验通过</translation>
    </message>
    <message>
        <source>returned it for rework</source>
        <translation>退回返工</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <source>held it on the register</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>corrected the report</source>
        <translation>更正了上报内容</translation>
    </message>
    <message>
        <source>set the lead, supervisor and partners</source>
        <translation>设置牵头人、督导人、合伙人</translation>
    </message>
    <message>
        <source>recorded a stage</source>
        <translation>记录环节</translation>
    </message>
    <message>
        <source>recorded the hazard details</source>
        <translation>登记隐患信息</translation>
    </message>
    <message>
        <source>added photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>added a link</source>
        <translation>添加关联</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>问题发现</translation>
    </message>
    <message>
        <source>Technical analysis</source>
        <translation>技术分析</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>专业联动</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案制定</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>问题跟踪</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改提升</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>待定级</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>reviewed the hold</source>
        <translation>复核了挂账</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Calendar hours</source>
        <translation>自然小时</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Assign by</source>
        <translation>受理时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产运行</translation>
    </message>
    <message>
        <source>Risks and hazards</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>Equipment and facilities</source>
        <translation>设备设施</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Health and wellbeing</source>
        <translation>身心健康</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>“{0}” is not possible while the issue is “{1}”.</source>
        <translation>问题处于“{1}”状态，不能“{0}”。</translation>
    </message>
    <message>
        <source>Verification must be made by someone other than the person who rectified it (or, for a hazard, its responsible person).</source>
        <translation>核验须由整改人以外的人员进行（隐患还须不同于其责任人）。</translation>
    </message>
    <message>
        <source>“{0}” needs a written note.</source>
        <translation>“{0}”须填写说明。</translation>
    </message>
    <message>
        <source>Choose whom to assign it to.</source>
        <translation>请选择交办对象。</translation>
    </message>
    <message>
        <source>The chosen person is not on the staff list (any more).</source>
        <translation>所选人员不在（或已不在）职工名册中。</translation>
    </message>
    <message>
        <source>The issue is already at the top of the organisation; it cannot go higher.</source>
        <translation>该问题已在最高一级，无法继续上报。</translation>
    </message>
    <message>
        <source>Nobody above would receive it: the unit above has no grid leader or officer. Hold it on the register instead.</source>
        <translation>上级单位没有网格长或网格员，上报后无人接手。请改为挂账。</translation>
    </message>
    <message>
        <source>Only an overdue issue can be escalated without a reason; write why it cannot be solved here.</source>
        <translation>只有超期问题可以不写原因直接上报；请写明无法在本级解决的原因。</translation>
    </message>
    <message>
        <source>A major hazard needs all five fixes first.</source>
        <translation>重大隐患须先落实五落实。</translation>
    </message>
    <message>
        <source>The six stages go in their order: this stage is already reached or lies behind the current one.</source>
        <translation>六环节须按顺序推进：该环节已记录，或在当前环节之前。</translation>
    </message>
    <message>
        <source>This stage passes over earlier ones; write why they are skipped.</source>
        <translation>该环节跳过了前面的环节，请写明跳过原因。</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>correct the report</source>
        <translation>更正上报内容</translation>
    </message>
    <message>
        <source>record a stage</source>
        <translation>记录环节</translation>
    </message>
    <message>
        <source>record the hazard details</source>
        <translation>登记隐患信息</translation>
    </message>
    <message>
        <source>add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>add a link</source>
        <translation>添加关联</translation>
    </message>
    <message>
        <source>review the hold</source>
        <translation>复核挂账</translation>
    </message>
    <message>
        <source>hand over or take over the shift</source>
        <translation>交班或接班</translation>
    </message>
    <message>
        <source>the grid leader or zone lead of its unit or above</source>
        <translation>本级或上级网格长、责任区负责人</translation>
    </message>
    <message>
        <source>an officer of its grid or above</source>
        <translation>本级或上级网格员（六大员）</translation>
    </message>
    <message>
        <source>its assignee or lead</source>
        <translation>承办人或牵头人</translation>
    </message>
    <message>
        <source>its partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <source>its supervisor</source>
        <translation>督导人</translation>
    </message>
    <message>
        <source>its reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>The acceptance time must be between a quarter of an hour and 720 hours.</source>
        <translation>受理时限须在15分钟至720小时之间。</translation>
    </message>
    <message>
        <source>The default completion must be between 1 and 365 days.</source>
        <translation>默认办结时限须在1至365天之间。</translation>
    </message>
    <message>
        <source>Say in a few words what the problem is.</source>
        <translation>请用一句话说明是什么问题。</translation>
    </message>
    <message>
        <source>The title is too long (at most {0} characters); put the details in the description.</source>
        <translation>标题太长（最多 {0} 个字），详细情况请写在描述中。</translation>
    </message>
    <message>
        <source>The text is too long (at most {0} characters).</source>
        <translation>内容太长（最多 {0} 个字）。</translation>
    </message>
    <message>
        <source>Choose the unit where it happened.</source>
        <translation>请选择问题所在单位。</translation>
    </message>
    <message>
        <source>The chosen area no longer exists.</source>
        <translation>所选区域已不存在。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message>
        <source>A chosen person is not on the staff list.</source>
        <translation>所选人员不在职工名册中。</translation>
    </message>
    <message>
        <source>This kind of link is not known.</source>
        <translation>无法识别的关联类型。</translation>
    </message>
    <message>
        <source>The photo “{0}” cannot be read (moved, deleted or no permission).</source>
        <translation>无法读取照片“{0}”（已移动、删除或无权限）。</translation>
    </message>
    <message>
        <source>“{0}” is not a picture this program can read (JPEG, PNG, WebP, BMP, GIF, TIFF).</source>
        <translation>“{0}”不是本程序能读取的图片（JPEG、PNG、WebP、BMP、GIF、TIFF）。</translation>
    </message>
    <message>
        <source>The photo “{0}” is larger than 30 MB; send a smaller copy.</source>
        <translation>照片“{0}”超过 30 MB，请换一张较小的。</translation>
    </message>
    <message>
        <source>A major hazard can only be saved with all five fixes. Missing: {0}.</source>
        <translation>重大隐患须五落实后才能保存。尚缺：{0}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You may not “{0}” this issue; that is for: {1}.</source>
        <translation>您不能对该问题执行“{0}”，此操作须由以下人员办理：{1}。</translation>
    </message>
    <message>
        <source>The deadline lies in the past.</source>
        <translation>期限不能早于今天。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先写评论内容。</translation>
    </message>
    <message>
        <source>A closed issue cannot be changed; reopen it first.</source>
        <translation>已销号的问题不能修改，请先重新打开。</translation>
    </message>
    <message>
        <source>The feedback time must be between half an hour and 720 hours.</source>
        <translation>反馈时限须在 0.5 至 720 小时之间。</translation>
    </message>
    <message>
        <source>Log in with your personal account first (a system account holds no business role).</source>
        <translation>请先用个人账号登录（系统账号不承担业务角色）。</translation>
    </message>
    <message>
        <source>The shift calendar is not usable: working times overlap, or there is no working time.</source>
        <translation>班次日历无法使用：工作时间有重叠，或没有任何工作时间。</translation>
    </message>
    <message>
        <source>The same person cannot be lead, supervisor and partner at once.</source>
        <translation>同一人不能同时担任牵头人、督导人和合伙人。</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation>已超期 {0}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>剩余 {0}</translation>
    </message>
</context>
<context>
    <name>IssuePrinting</name>
    <message>
        <source>Shift handover sheet</source>
        <translation>交接班问题清单</translation>
    </message>
    <message>
        <source>handover-{0}.pdf</source>
        <translation>交接班-{0}.pdf</translation>
    </message>
    <message>
        <source>Held-on-register list</source>
        <translation>挂账问题台账</translation>
    </message>
    <message>
        <source>held-register-{0}.pdf</source>
        <translation>挂账台账-{0}.pdf</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Hazard grade</source>
        <translation>隐患等级</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <source>Quick report (F8)</source>
        <translation>一键上报（F8）</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Diagnosis matrix</source>
        <translation>诊治矩阵</translation>
    </message>
    <message>
        <source>Grids × the six stages: where the open issues stand (诊治矩阵)</source>
        <translation>网格 × 六环节：在办问题处于哪个环节（诊治矩阵）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>攻关项目</translation>
    </message>
    <message>
        <source>Tackling projects (攻关项目): the teams attacking the hard problems</source>
        <translation>攻关项目：攻坚难题的党员攻关队</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <source>Held register…</source>
        <translation>挂账台账…</translation>
    </message>
    <message>
        <source>Print the held-on-register list: what, where, since when, why, who decided, review date</source>
        <translation>打印挂账台账：问题、地点、挂账日期、原因、决定人、复核日期</translation>
    </message>
    <message>
        <source>Hazard ledger…</source>
        <translation>隐患台账…</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>指标…</translation>
    </message>
    <message>
        <source>Clocks…</source>
        <translation>时限设置…</translation>
    </message>
    <message>
        <source>Feedback time per category and the shift calendar</source>
        <translation>各类别反馈时限与班次日历</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <source>No plant yet</source>
        <translation>尚无单位</translation>
    </message>
    <message>
        <source>Load the demo plant from the File menu, or build the organisation first.</source>
        <translation>请从“文件”菜单载入演示水厂，或先建立组织架构。</translation>
    </message>
    <message>
        <source>Nothing moves an issue back to “{0}”.</source>
        <translation>问题不能退回“{0}”状态。</translation>
    </message>
</context>
<context>
    <name>KanbanColumn</name>
    <message>
        <source>At least {0} issues: counting stops there, so the board opens at once</source>
        <translation>至少 {0} 项：计数到此为止，看板即可打开</translation>
    </message>
    <message>
        <source>An estimate: a common word matches too many issues to count them at once</source>
        <translation>估计值：常用词匹配的问题太多，无法立即逐一计数</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>约 {0}</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Hazard ledger · {0}</source>
        <translation>隐患台账 · {0}</translation>
    </message>
    <message>
        <source>Include closed hazards</source>
        <translation>包括已销号隐患</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>{0} hazard ledger</source>
        <translation>{0}隐患排查整改台账</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <source>{0} hazards, {1} overdue</source>
        <translation>隐患 {0} 项，超期 {1} 项</translation>
    </message>
    <message>
        <source>Printed {0}</source>
        <translation>打印时间：{0}</translation>
    </message>
    <message>
        <source>Export the hazard ledger</source>
        <translation>导出隐患台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the hazard ledger…</source>
        <translation>正在导出隐患台账……</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>The hazard ledger could not be exported</source>
        <translation>隐患台账未能导出</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号日期</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Cross-grid people · {0}</source>
        <translation>跨网格协作 · {0}</translation>
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
        <source>Lead</source>
        <translation>牵头人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导人</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <source>“{0}” is not on the staff list.</source>
        <translation>“{0}”不在职工名册中。</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, employee no. or pinyin initials</source>
        <translation>姓名、工号或拼音首字母</translation>
    </message>
</context>
<context>
    <name>QuickReport</name>
    <message>
        <source>Quick report (F8)</source>
        <translation>一键上报（F8）</translation>
    </message>
    <message>
        <source>Report a problem in one step (F8, from anywhere)</source>
        <translation>一键上报问题（在任何页面按 F8）</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reported as {0}</source>
        <translation>已上报，编号 {0}</translation>
    </message>
</context>
<context>
    <name>QuickReportDialog</name>
    <message>
        <source>Quick report</source>
        <translation>一键上报</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>用一句话说明问题</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>详细情况（可选）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>What *</source>
        <translation>问题 *</translation>
    </message>
    <message>
        <source>Where *</source>
        <translation>单位 *</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category *</source>
        <translation>类别 *</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Drag photos into this window, or pick them. Ctrl+Enter saves.</source>
        <translation>可把照片拖入本窗口或点“添加照片”。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Say in a few words what the problem is.</source>
        <translation>请用一句话说明是什么问题。</translation>
    </message>
    <message>
        <source>Log in with your personal account first.</source>
        <translation>请先用个人账号登录。</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>上报未能保存</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>图片（{0}）</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>the station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>给 {0}</translation>
    </message>
    <message>
        <source>, feedback by {0}</source>
        <translation>，须于 {0} 前反馈</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>从 {0} 到 {1}</translation>
    </message>
    <message>
        <source>(on time)</source>
        <translation>（按时）</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <source>, skipping {0}</source>
        <translation>，跳过{0}</translation>
    </message>
    <message>
        <source>review on {0}</source>
        <translation>复核日期 {0}</translation>
    </message>
    <message>
        <source>lead {0}, supervisor {1}</source>
        <translation>牵头人 {0}，督导人 {1}</translation>
    </message>
    <message>
        <source>({0})</source>
        <translation>（{0} 张）</translation>
    </message>
</context>
</TS>