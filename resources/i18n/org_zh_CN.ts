<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaDialog</name>
    <message>
        <source>Edit area</source>
        <translation>编辑区域</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Nobody claims it yet</source>
        <translation>暂无人认领</translation>
    </message>
    <message>
        <source>Claimer: name, employee no. or pinyin initials</source>
        <translation>认领人：姓名、工号或拼音首字母</translation>
    </message>
    <message>
        <source>What the claimer answers for (printed on the placard)</source>
        <translation>认领人负责的事项（印在公示牌上）</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>认领职责</translation>
    </message>
    <message>
        <source>Placard photo</source>
        <translation>公示牌照片</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>图片（{0}）</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}</source>
        <translation>无法读取该文件：{0}</translation>
    </message>
</context>
<context>
    <name>AreaHandlers</name>
    <message>
        <source>Add area {0}</source>
        <translation>添加区域 {0}</translation>
    </message>
    <message>
        <source>Edit area {0}</source>
        <translation>编辑区域 {0}</translation>
    </message>
    <message>
        <source>Delete area {0}</source>
        <translation>删除区域 {0}</translation>
    </message>
    <message>
        <source>Area placards ({0})</source>
        <translation>区域公示牌（{0}）</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>正在导出到 Excel…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>包保党员</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>(unclaimed)</source>
        <translation>（无人认领）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign role</source>
        <translation>任命角色</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>In unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
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
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已卸任</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Guardianship coverage (全覆盖、无遗漏)</source>
        <translation>包保覆盖检查（全覆盖、无遗漏）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>各单位</translation>
    </message>
    <message>
        <source>Without guardian</source>
        <translation>未包保职工</translation>
    </message>
    <message>
        <source>Unclaimed areas</source>
        <translation>无人认领的区域</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{0} on {1}: {2} of {3} staff have a guardian, {4} do not; {5} of {6} areas are claimed, {7} are not.</source>
        <translation>{0}（{1}）：应包保 {3} 人，已包保 {2} 人，未包保 {4} 人；区域 {6} 个，已认领 {5} 个，未认领 {7} 个。</translation>
    </message>
    <message>
        <source>Full coverage, nobody missed.</source>
        <translation>已全覆盖、无遗漏。</translation>
    </message>
    <message>
        <source>Guardians to review (over the 1+N limit or no longer party members): {0}.</source>
        <translation>需调整的包保人（超过 1+N 上限或已不是党员）：{0}。</translation>
    </message>
    <message>
        <source>Coverage report</source>
        <translation>包保覆盖检查报告</translation>
    </message>
</context>
<context>
    <name>DeleteUnitDialog</name>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>“{0}” still has {1} people, {2} posts and {3} areas. They move to the unit chosen below, then the unit is deleted. Roles held in it end today.</source>
        <translation>“{0}”还有 {1} 名人员、{2} 个岗位和 {3} 个区域。它们将移到下面选择的单位，然后删除该单位。在该单位担任的角色于今天卸任。</translation>
    </message>
    <message>
        <source>Delete “{0}”? It is empty. Roles held in it end today. You can undo this.</source>
        <translation>删除“{0}”？该单位已无人员。在该单位担任的角色于今天卸任。此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
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
        <source>Post</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>GuardianshipSettingsDialog</name>
    <message>
        <source>Guardianship settings</source>
        <translation>包保设置</translation>
    </message>
    <message>
        <source>Party members need a guardian too</source>
        <translation>党员也需要落实包保人</translation>
    </message>
    <message>
        <source>1+N: each party member answers for 1 to N staff (seed practice: 1 to 3). Lowering the limit keeps existing links; the coverage report lists guardians over it.</source>
        <translation>1+N：每名党员联系 1 至 N 名职工（通常为 1 至 3 名）。降低上限不会解除已有联系；覆盖检查会列出超出上限的包保人。</translation>
    </message>
    <message>
        <source>N (staff per party member)</source>
        <translation>N（每名党员联系职工数）</translation>
    </message>
</context>
<context>
    <name>GuardianshipTableModel</name>
    <message>
        <source>Guardian</source>
        <translation>包保人</translation>
    </message>
    <message>
        <source>Answers for</source>
        <translation>包保对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Staff (1+N)</source>
        <translation>职工（1+N）</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add guardianship link</source>
        <translation>添加包保联系</translation>
    </message>
    <message>
        <source>Guardian: a party member</source>
        <translation>包保人：党员</translation>
    </message>
    <message>
        <source>a staff member (1+N)</source>
        <translation>职工（1+N）</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>包保人</translation>
    </message>
    <message>
        <source>Answers for</source>
        <translation>包保对象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <source>Move “{0}” with everything below it under:</source>
        <translation>将“{0}”及其下属全部单位移到：</translation>
    </message>
</context>
<context>
    <name>OrgActions</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>添加单位…</translation>
    </message>
    <message>
        <source>Add a unit below the selected one</source>
        <translation>在所选单位下添加单位</translation>
    </message>
    <message>
        <source>Rename / edit unit…</source>
        <translation>重命名/编辑单位…</translation>
    </message>
    <message>
        <source>Move unit…</source>
        <translation>移动单位…</translation>
    </message>
    <message>
        <source>Move the unit under another (or drag it in the tree)</source>
        <translation>将单位移到其他单位下（也可在树中拖动）</translation>
    </message>
    <message>
        <source>Delete unit…</source>
        <translation>删除单位…</translation>
    </message>
    <message>
        <source>Org chart…</source>
        <translation>组织架构图…</translation>
    </message>
    <message>
        <source>Print the org chart of the selected unit</source>
        <translation>打印所选单位的组织架构图</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move to unit…</source>
        <translation>调到其他单位…</translation>
    </message>
    <message>
        <source>Move the selected people to another unit (or drag them onto the tree)</source>
        <translation>将所选人员调到其他单位（也可拖到左侧树上）</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>登记离岗…</translation>
    </message>
    <message>
        <source>Back at work</source>
        <translation>恢复在岗</translation>
    </message>
    <message>
        <source>Delete (entered by mistake)</source>
        <translation>删除（误录）</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation>任命角色…</translation>
    </message>
    <message>
        <source>End role…</source>
        <translation>卸任…</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)</source>
        <translation>删除（误录）</translation>
    </message>
    <message>
        <source>Role catalogue…</source>
        <translation>角色目录…</translation>
    </message>
    <message>
        <source>Add guardian link…</source>
        <translation>添加包保联系…</translation>
    </message>
    <message>
        <source>End link…</source>
        <translation>结束包保…</translation>
    </message>
    <message>
        <source>Coverage report…</source>
        <translation>覆盖检查…</translation>
    </message>
    <message>
        <source>1+N settings…</source>
        <translation>1+N 设置…</translation>
    </message>
    <message>
        <source>Add area…</source>
        <translation>添加区域…</translation>
    </message>
    <message>
        <source>Edit area…</source>
        <translation>编辑区域…</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Print placards…</source>
        <translation>打印公示牌…</translation>
    </message>
    <message>
        <source>Print the selected areas' placards (all listed areas if none is selected)</source>
        <translation>打印所选区域的公示牌（未选择时打印列表中全部区域）</translation>
    </message>
    <message>
        <source>Import Excel…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
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
        <source>League member</source>
        <translation>共青团员</translation>
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
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>党支部书记</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Zone lead</source>
        <translation>责任区负责人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{0} has no active leader</source>
        <translation>{0} 没有在任网格长</translation>
    </message>
    <message>
        <source>{0} has no active zone lead</source>
        <translation>{0} 没有在任的责任区负责人</translation>
    </message>
    <message>
        <source>{0}: {1} is “{2}” but not a party member</source>
        <translation>{0}：{1} 任“{2}”，但不是党员</translation>
    </message>
    <message>
        <source>{0}: nobody holds the officer role “{1}”</source>
        <translation>{0}：“{1}”无人担任</translation>
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
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>OrgMessages</name>
    <message>
        <source>This item no longer exists; it may have been changed at another station. The view is refreshed.</source>
        <translation>该项已不存在，可能已在其他站点被修改。界面已刷新。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The text is too long: at most {0} characters.</source>
        <translation>内容过长：最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>Please enter a unit code (unique in the plant, e.g. DH-W-06).</source>
        <translation>请输入单位编码（全厂唯一，例如 DH-W-06）。</translation>
    </message>
    <message>
        <source>The code “{0}” is already used by “{1}”. Unit codes are unique in the plant.</source>
        <translation>编码“{0}”已被“{1}”使用。单位编码在全厂必须唯一。</translation>
    </message>
    <message>
        <source>There is already a plant; the plant is the single top of the tree.</source>
        <translation>已有厂级单位；厂是组织树唯一的顶层。</translation>
    </message>
    <message>
        <source>Only the plant is at the top of the tree; choose where this unit belongs.</source>
        <translation>只有厂位于组织树顶层；请选择该单位的上级。</translation>
    </message>
    <message>
        <source>The plant is the top of the tree and cannot be moved or deleted.</source>
        <translation>厂是组织树的顶层，不能移动或删除。</translation>
    </message>
    <message>
        <source>A unit cannot be moved into itself or into a unit below it.</source>
        <translation>单位不能移到自身或其下属单位之下。</translation>
    </message>
    <message>
        <source>This unit still has {0} units below it. Move or delete them first.</source>
        <translation>该单位下还有 {0} 个下属单位。请先移动或删除它们。</translation>
    </message>
    <message>
        <source>This unit still has {0} people, {1} posts and {2} areas. Choose a unit to move them to before deleting it.</source>
        <translation>该单位还有 {0} 名人员、{1} 个岗位和 {2} 个区域。删除前请选择接收它们的单位。</translation>
    </message>
    <message>
        <source>Choose another unit to move the people to.</source>
        <translation>请选择另一个单位来接收这些人员。</translation>
    </message>
    <message>
        <source>Please enter the employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>The employee number {0} already belongs to {1}.</source>
        <translation>工号 {0} 已属于 {1}。</translation>
    </message>
    <message>
        <source>The post “{0}” belongs to another part of the tree; choose a post of this unit or above it.</source>
        <translation>岗位“{0}”属于其他单位；请选择本单位或上级单位的岗位。</translation>
    </message>
    <message>
        <source>{0} has left; this cannot be done for someone who left.</source>
        <translation>{0} 已离岗；无法对离岗人员进行此操作。</translation>
    </message>
    <message>
        <source>{0} is still active.</source>
        <translation>{0} 仍在岗。</translation>
    </message>
    <message>
        <source>{0} has roles, guardianship links or areas on record and cannot be deleted. Mark the person as left instead: the history is kept.</source>
        <translation>{0} 有任职、包保或区域认领记录，不能删除。请改用“登记离岗”，记录会保留。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{0} already holds “{1}” in {2} during that period.</source>
        <translation>{0} 在该期间已在{2}担任“{1}”。</translation>
    </message>
    <message>
        <source>The role “{0}” is not in use at this plant. Take it into use in the role catalogue first.</source>
        <translation>本厂未启用角色“{0}”。请先在角色目录中启用。</translation>
    </message>
    <message>
        <source>{0} is not a party member; guardians (包保人) are party members.</source>
        <translation>{0} 不是党员；包保人须由党员担任。</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>不能包保自己。</translation>
    </message>
    <message>
        <source>{0} already has a guardian: {1}. End that link first to change the guardian.</source>
        <translation>{0} 已有包保人：{1}。如需更换，请先结束原包保联系。</translation>
    </message>
    <message>
        <source>The area “{0}” already has a guardian: {1}.</source>
        <translation>区域“{0}”已有包保人：{1}。</translation>
    </message>
    <message>
        <source>{0} already answers for {1} staff, the 1+N limit of this plant.</source>
        <translation>{0} 已联系 {1} 名职工，达到本厂 1+N 上限。</translation>
    </message>
    <message>
        <source>The value must be between 1 and {0}.</source>
        <translation>数值必须在 1 到 {0} 之间。</translation>
    </message>
    <message>
        <source>This cannot be undone: “{0}” is now used by “{1}”, made since.</source>
        <translation>无法撤销：“{0}”现已被之后新建的“{1}”使用。</translation>
    </message>
    <message>
        <source>The file is not a picture this program can read (JPEG, PNG, BMP…), or it is larger than 30 MB.</source>
        <translation>该文件不是本程序能读取的图片（JPEG、PNG、BMP 等），或大于 30 MB。</translation>
    </message>
    <message>
        <source>The file {0} cannot be read as a spreadsheet (.xlsx, .xls or .csv). Nothing was imported.</source>
        <translation>文件 {0} 无法作为电子表格（.xlsx、.xls 或 .csv）读取，未导入任何内容。</translation>
    </message>
    <message>
        <source>The file cannot be read as a spreadsheet (.xlsx, .xls or .csv): it may be password-protected, damaged or open in another program. ({0})</source>
        <translation>文件无法作为电子表格（.xlsx、.xls 或 .csv）读取：可能设有密码、已损坏或正被其他程序打开。（{0}）</translation>
    </message>
    <message>
        <source>No column was found for: {0}. Choose which column holds it in the column step.</source>
        <translation>未找到以下列：{0}。请在“列”这一步指定由哪一列填写。</translation>
    </message>
    <message>
        <source>Two columns were given the same meaning: {0}. Choose another meaning for one of them.</source>
        <translation>两列被指定为同一含义：{0}。请为其中一列另选含义。</translation>
    </message>
    <message>
        <source>unknown unit “{0}”</source>
        <translation>未知单位“{0}”</translation>
    </message>
    <message>
        <source>{0} rows have problems; nothing was imported. Correct the file and try again.</source>
        <translation>有 {0} 行存在问题，未导入任何数据。请修改文件后重试。</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法操作</translation>
    </message>
    <message>
        <source>The sheet has headers but no rows of people.</source>
        <translation>工作表只有表头，没有人员数据。</translation>
    </message>
    <message>
        <source>The file has more than {0} rows; split it into parts.</source>
        <translation>文件超过 {0} 行，请拆分后分批导入。</translation>
    </message>
    <message>
        <source>full-width characters made half-width</source>
        <translation>全角字符已转为半角</translation>
    </message>
    <message>
        <source>stray spaces removed</source>
        <translation>已去除多余空格</translation>
    </message>
    <message>
        <source>traditional characters converted: {0}</source>
        <translation>繁体字已转换：{0}</translation>
    </message>
    <message>
        <source>written “{0}”, stored in the usual form</source>
        <translation>原写作“{0}”，已按统一格式保存</translation>
    </message>
    <message>
        <source>new post, added to {0}</source>
        <translation>新岗位，将添加到{0}</translation>
    </message>
    <message>
        <source>new unit, created by this import: {0}</source>
        <translation>新单位，由本次导入新建：{0}</translation>
    </message>
    <message>
        <source>“{0}” is recorded as 群众</source>
        <translation>“{0}”记为群众</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>employee number missing</source>
        <translation>缺少工号</translation>
    </message>
    <message>
        <source>unit missing</source>
        <translation>缺少所属单位</translation>
    </message>
    <message>
        <source>employee number also in row {0}</source>
        <translation>工号与第 {0} 行重复</translation>
    </message>
    <message>
        <source>the unit path fits {0} units; give the full path</source>
        <translation>该单位路径对应 {0} 个单位，请填写完整路径</translation>
    </message>
    <message>
        <source>gender “{0}” is not 男 or 女</source>
        <translation>性别“{0}”不是“男”或“女”</translation>
    </message>
    <message>
        <source>unknown political status “{0}”</source>
        <translation>无法识别的政治面貌“{0}”</translation>
    </message>
    <message>
        <source>unknown status “{0}” (在岗 or 离职)</source>
        <translation>无法识别的状态“{0}”（应为在岗或离职）</translation>
    </message>
    <message>
        <source>“{0}” is not a date (e.g. 2025-03-31)</source>
        <translation>“{0}”不是日期（例如 2025-03-31）</translation>
    </message>
    <message>
        <source>left, but no date of leaving</source>
        <translation>已离职，但缺少离职日期</translation>
    </message>
    <message>
        <source>longer than {0} characters</source>
        <translation>超过 {0} 个字符</translation>
    </message>
    <message>
        <source>unknown unit “{0}”, team “{1}”</source>
        <translation>未知单位“{0}”，班组“{1}”</translation>
    </message>
    <message>
        <source> — did you mean {0}?</source>
        <translation>——是否指 {0}？</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>包保</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>Zone reports</source>
        <translation>责任区周报</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>思想动态与帮扶</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Find: name, employee no. or pinyin initials (e.g. wjh)</source>
        <translation>查找：姓名、工号或拼音首字母（如 wjh）</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>显示已离岗人员</translation>
    </message>
    <message>
        <source>Include ended roles (history)</source>
        <translation>包括已卸任（历史）</translation>
    </message>
    <message>
        <source>No plant yet</source>
        <translation>还没有单位</translation>
    </message>
    <message>
        <source>The database holds no units. Load the demo plant from the File menu, add the plant with “Add unit”, or import a roster.</source>
        <translation>数据库中还没有单位。可从“文件”菜单载入演示水厂，用“添加单位”新建厂，或导入花名册。</translation>
    </message>
    <message>
        <source>{0} links in this unit and below. “Coverage report” lists everyone without a guardian.</source>
        <translation>本单位及下属单位共有 {0} 条包保联系。“覆盖检查”列出所有未落实包保人的职工。</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} 人</translation>
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
        <source>Team</source>
        <translation>班组</translation>
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
    <name>PersonDetailView</name>
    <message>
        <source>Choose a person to see the details.</source>
        <translation>选择人员以查看详情。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left {0}</source>
        <translation>{0} 离岗</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role history</source>
        <translation>历任记录</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>包保人</translation>
    </message>
    <message>
        <source> (area)</source>
        <translation>（区域）</translation>
    </message>
    <message>
        <source>Answers for</source>
        <translation>包保对象</translation>
    </message>
    <message>
        <source>Claimed areas</source>
        <translation>认领区域</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新建岗位…</translation>
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
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>(no post)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Post name (added to {0}):</source>
        <translation>岗位名称（添加到{0}）：</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, employee no. or pinyin initials (e.g. wjh)</source>
        <translation>姓名、工号或拼音首字母（如 wjh）</translation>
    </message>
</context>
<context>
    <name>RoleCatalogueDialog</name>
    <message>
        <source>Role catalogue</source>
        <translation>角色目录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RoleCatalogueModel</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Party members only</source>
        <translation>限党员</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Appointing a non-member to this role asks first, and the unit is flagged while it lasts</source>
        <translation>任命非党员担任此角色前会先询问，任职期间该单位会被标出</translation>
    </message>
</context>
<context>
    <name>RoleHandlers</name>
    <message>
        <source>Not a party member</source>
        <translation>不是党员</translation>
    </message>
    <message>
        <source>{0} is not a party member, and this plant gives “{1}” to party members. Appoint {0} anyway?</source>
        <translation>{0} 不是党员，本厂的“{1}”由党员担任。仍要任命 {0} 吗？</translation>
    </message>
    <message>
        <source>{0} becomes {1}</source>
        <translation>{0} 任 {1}</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>卸任</translation>
    </message>
    <message>
        <source>{0} holds “{1}” in {2} until the day below (the last day held). The history is kept.</source>
        <translation>{0} 在{2}担任“{1}”至下列日期（含当日）。任职记录会保留。</translation>
    </message>
    <message>
        <source>End {0} as {1}</source>
        <translation>{0} 卸任 {1}</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>删除任职</translation>
    </message>
    <message>
        <source>Remove “{0}: {1}” as entered by mistake? To keep the history, end the role instead.</source>
        <translation>删除误录的“{0}：{1}”？如需保留任职记录，请改用“卸任”。</translation>
    </message>
    <message>
        <source>Remove {0} as {1}</source>
        <translation>删除 {0} 的 {1} 任职</translation>
    </message>
    <message>
        <source>Change role {0}</source>
        <translation>修改角色 {0}</translation>
    </message>
    <message>
        <source>Party membership for {0}</source>
        <translation>{0} 的党员要求</translation>
    </message>
    <message>
        <source>Add guardian link</source>
        <translation>添加包保联系</translation>
    </message>
    <message>
        <source>End link</source>
        <translation>结束包保</translation>
    </message>
    <message>
        <source>{0} answers for {1} until the day below.</source>
        <translation>{0} 对 {1} 的包保至下列日期结束。</translation>
    </message>
    <message>
        <source>End link {0} – {1}</source>
        <translation>结束包保 {0} – {1}</translation>
    </message>
    <message>
        <source>Remove link {0} – {1}</source>
        <translation>删除包保 {0} – {1}</translation>
    </message>
    <message>
        <source>Guardianship settings</source>
        <translation>包保设置</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>totals row, left out</source>
        <translation>合计行，已略过</translation>
    </message>
    <message>
        <source>note under the table, left out</source>
        <translation>表下说明，已略过</translation>
    </message>
    <message>
        <source>section title, left out</source>
        <translation>分段标题，已略过</translation>
    </message>
    <message>
        <source>headings repeated, left out</source>
        <translation>重复的表头，已略过</translation>
    </message>
    <message>
        <source>hidden row, left out</source>
        <translation>隐藏行，已略过</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Empty cells clear what is stored</source>
        <translation>空白即清空</translation>
    </message>
    <message>
        <source>Unticked, an empty cell keeps the phone, post, gender or date of leaving already stored.</source>
        <translation>不勾选时，空白单元格保留已存的电话、岗位、性别或离职日期。</translation>
    </message>
    <message>
        <source>Create the units the roster names that do not exist</source>
        <translation>新建名册中的未知单位</translation>
    </message>
    <message>
        <source>For setting up a new plant: each unknown unit is created under the deepest unit that exists.</source>
        <translation>用于新厂建档：每个未知单位建在已有的最深一级单位之下。</translation>
    </message>
    <message>
        <source>Roster imported: {0} new, {1} updated, {2} unchanged.</source>
        <translation>花名册已导入：新增 {0} 人，更新 {1} 人，未变 {2} 人。</translation>
    </message>
    <message>
        <source>{0} units created.</source>
        <translation>新建单位 {0} 个。</translation>
    </message>
    <message>
        <source>(no stored value would be cleared)</source>
        <translation>（没有已存的值会被清空）</translation>
    </message>
    <message>
        <source>{0} of {1} people</source>
        <translation>{1} 人的{0}</translation>
    </message>
    <message>
        <source>Clears: {0}.</source>
        <translation>将清空：{0}。</translation>
    </message>
    <message>
        <source>Would clear: {0}.</source>
        <translation>勾选后将清空：{0}。</translation>
    </message>
    <message>
        <source>{0} new, {1} to update, {2} unchanged, {3} refused; {4} corrected automatically; {5} rows left out as not data.</source>
        <translation>新增 {0}，更新 {1}，未变 {2}，有误 {3}；已自动修正 {4}；非数据行 {5} 行已略过。</translation>
    </message>
    <message>
        <source>Nothing can be imported until the rows with errors are corrected.</source>
        <translation>有错误的行改正之前，不会导入任何数据。</translation>
    </message>
    <message>
        <source>The file matches the database: importing would change nothing.</source>
        <translation>文件与数据库一致：导入不会有任何变化。</translation>
    </message>
    <message>
        <source>New units: {0}.</source>
        <translation>新单位：{0}。</translation>
    </message>
    <message>
        <source>New posts: {0}.</source>
        <translation>新岗位：{0}。</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Not data</source>
        <translation>非数据</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更（原 → 新）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>TreeHandlers</name>
    <message>
        <source>Add unit {0}</source>
        <translation>添加单位 {0}</translation>
    </message>
    <message>
        <source>Edit unit {0}</source>
        <translation>编辑单位 {0}</translation>
    </message>
    <message>
        <source>Move {0} under {1}</source>
        <translation>将 {0} 移到 {1} 下</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete unit {0}</source>
        <translation>删除单位 {0}</translation>
    </message>
    <message>
        <source>Org chart: {0}</source>
        <translation>组织架构图：{0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <source>Move to unit</source>
        <translation>调到其他单位</translation>
    </message>
    <message>
        <source>Move {0} people to:</source>
        <translation>将 {0} 人调到：</translation>
    </message>
    <message>
        <source>Move {0} people to {1}</source>
        <translation>将 {0} 人调到 {1}</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>登记离岗</translation>
    </message>
    <message>
        <source>{0} left on the day below. Their roles and guardianship links end that day and the areas they claim become unclaimed. You can undo this.</source>
        <translation>{0} 于下列日期离岗。其担任的角色和包保联系于当日结束，其认领的区域变为无人认领。此操作可以撤销。</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} 离岗</translation>
    </message>
    <message>
        <source>{0} back at work</source>
        <translation>{0} 恢复在岗</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete {0} ({1}), entered by mistake? Someone who left should be marked as left instead.</source>
        <translation>删除误录的 {0}（{1}）？已离岗的人员请改用“登记离岗”。</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>删除 {0}</translation>
    </message>
</context>
<context>
    <name>UnitCoverageModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Need a guardian</source>
        <translation>应包保</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>已包保</translation>
    </message>
    <message>
        <source>Without guardian</source>
        <translation>未包保</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Unclaimed areas</source>
        <translation>未认领区域</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Unique in the plant, e.g. DH-W-06</source>
        <translation>全厂唯一，例如 DH-W-06</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
</context>
<context>
    <name>UnitHeaderView</name>
    <message>
        <source>vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:large'&gt;{0}&lt;/b&gt; &amp;nbsp; {1} · code {2} · {3} people, {4} party members</source>
        <translation>&lt;b style='font-size:large'&gt;{0}&lt;/b&gt; &amp;nbsp; {1} · 编码 {2} · {3} 人，党员 {4} 人</translation>
    </message>
    <message>
        <source>Leader: {0}</source>
        <translation>网格长：{0}</translation>
    </message>
    <message>
        <source>Party secretary: {0}</source>
        <translation>党支部书记：{0}</translation>
    </message>
    <message>
        <source>Officers: {0}</source>
        <translation>网格员：{0}</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>等，另有 {0} 项</translation>
    </message>
    <message>
        <source>Zone leads: {0}</source>
        <translation>责任区负责人：{0}</translation>
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