<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClassroomDialog</name>
    <message>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>In use (offered when recording)</source>
        <translation>启用（记录时可选）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ClassroomTableModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ClassroomsDialog</name>
    <message>
        <source>Classrooms</source>
        <translation>课堂目录</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Required training hours</source>
        <translation>培训学时要求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>本单位设定</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>per</source>
        <translation>每</translation>
    </message>
    <message>
        <source>inherited from {0}: {1} h {2}</source>
        <translation>沿用{0}：{2} {1} 学时</translation>
    </message>
    <message>
        <source>Hours each person of {0} and the units below it must attend. Unticked, the unit takes the setting of the nearest unit above it; the matrix counts a period's hours pro rata by month.</source>
        <translation>{0}及其下级单位每人应参加的培训学时。未勾选时沿用最近上级单位的设定；矩阵按月折算所选期间的要求学时。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Training session</source>
        <translation>培训详情</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>Find a name, employee no. or unit</source>
        <translation>查找姓名、工号或单位</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>勾选显示的全部</translation>
    </message>
    <message>
        <source>Clear all shown</source>
        <translation>取消显示的全部勾选</translation>
    </message>
    <message>
        <source>Space or a double click ticks the selected people; the sign-in sheet can also be imported into a saved session.</source>
        <translation>空格键或双击勾选所选人员；保存后的培训也可导入签到表。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>课堂</translation>
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
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>{0} of {1} ticked</source>
        <translation>已勾选 {0} / {1} 人</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参训人数</translation>
    </message>
</context>
<context>
    <name>ShortfallTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Short (h)</source>
        <translation>差额（学时）</translation>
    </message>
</context>
<context>
    <name>SignInImport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Time signed</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>SignInImportDialog</name>
    <message>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <source>{0} people signed in; {1} printed names not signed (left out).</source>
        <translation>签到 {0} 人；{1} 个已打印姓名未签到（不计入）。</translation>
    </message>
    <message>
        <source>{0} rows name nobody of the unit (red): correct the sheet and read it again.</source>
        <translation>{0} 行姓名无法对应本单位人员（红色）：请修改表格后重新读取。</translation>
    </message>
    <message>
        <source>{0} attendees added from the sign-in sheet.</source>
        <translation>已从签到表添加 {0} 名参训人员。</translation>
    </message>
</context>
<context>
    <name>SignInTableModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name written</source>
        <translation>所填姓名</translation>
    </message>
    <message>
        <source>Unit written</source>
        <translation>所填单位</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>对应人员</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>TraineeCheckModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>TrainingMatrixModel</name>
    <message>
        <source>{0} hours short</source>
        <translation>差 {0} 学时</translation>
    </message>
    <message>
        <source>Hours attended / hours required in the period</source>
        <translation>本期实际学时 / 要求学时</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Record session…</source>
        <translation>记录培训…</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>打开培训…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <source>Import sign-in sheet…</source>
        <translation>导入签到表…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Print training record…</source>
        <translation>打印培训记录…</translation>
    </message>
    <message>
        <source>Required hours…</source>
        <translation>学时要求…</translation>
    </message>
    <message>
        <source>Classrooms…</source>
        <translation>课堂目录…</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Only people short</source>
        <translation>只看未达标人员</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Who is short</source>
        <translation>学时未达标人员</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>已开展的培训</translation>
    </message>
    <message>
        <source>{0} to {1}: {2} sessions, {3} people, {4} short of the required hours (red).</source>
        <translation>{0} 至 {1}：培训 {2} 次，人员 {3} 人，其中 {4} 人学时未达标（红色）。</translation>
    </message>
    <message>
        <source>No hours are required of this unit yet: set them with “Required hours…”.</source>
        <translation>本单位尚未设定学时要求：请用“学时要求…”设定。</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训详情</translation>
    </message>
    <message>
        <source>Delete the session “{0}” of {1} and its attendance?</source>
        <translation>删除 {1} 的培训“{0}”及其签到记录？</translation>
    </message>
    <message>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Led in the grid (领学)</source>
        <translation>格内领学</translation>
    </message>
    <message>
        <source>Joint across grids (联学)</source>
        <translation>格间联学</translation>
    </message>
    <message>
        <source>Specialist (专学)</source>
        <translation>格外专学</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>领学</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>联学</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专学</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>half a year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>No name written</source>
        <translation>未填姓名</translation>
    </message>
    <message>
        <source>Nobody of this unit has this name</source>
        <translation>本单位无此姓名的人员</translation>
    </message>
    <message>
        <source>Several people have this name: write the unit ({0})</source>
        <translation>有多人同名：请填写单位（{0}）</translation>
    </message>
    <message>
        <source>Signed twice: counted once</source>
        <translation>重复签到：只计一次</translation>
    </message>
    <message>
        <source>Not signed: absent, left out</source>
        <translation>未签到：缺席，不计入</translation>
    </message>
    <message>
        <source>The session, classroom, unit or person no longer exists.</source>
        <translation>该培训、课堂、单位或人员已不存在。</translation>
    </message>
    <message>
        <source>A session is recorded once it has been held: the date is in the future.</source>
        <translation>培训开展后才能记录：日期在将来。</translation>
    </message>
    <message>
        <source>Write the topic (a classroom: its code and name).</source>
        <translation>请填写培训主题（课堂：代码和名称）。</translation>
    </message>
    <message>
        <source>Another classroom has this code.</source>
        <translation>已有其他课堂使用此代码。</translation>
    </message>
    <message>
        <source>Sessions were held in this classroom: switch it off instead of deleting it.</source>
        <translation>此课堂已有培训记录：请停用，不能删除。</translation>
    </message>
    <message>
        <source>A session lasts more than 0 and at most 24 hours; required hours are 0 to 1000.</source>
        <translation>一次培训的学时应大于 0、不超过 24；学时要求为 0 至 1000。</translation>
    </message>
    <message>
        <source>An attendee is not of the session's unit or a unit below it.</source>
        <translation>有参训人员不属于本次培训的单位或其下级单位。</translation>
    </message>
    <message>
        <source>Some rows of the sheet name nobody of the unit: correct them first.</source>
        <translation>签到表中有姓名无法对应本单位人员：请先修改。</translation>
    </message>
</context>
</TS>