<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须改密码</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>{0} (demo)</source>
        <translation>{0}（演示）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Filter: login, name or unit</source>
        <translation>筛选：登录名、姓名或单位</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account {0}? Its holder can no longer log in; the records stay.</source>
        <translation>停用账号 {0}？持有人将无法登录；已有记录全部保留。</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>System administrator created</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Password policy changed</source>
        <translation>修改密码策略</translation>
    </message>
    <message>
        <source>Demo plant loaded</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Audit trail started</source>
        <translation>审计链启动</translation>
    </message>
    <message>
        <source>Audit chain checked at start</source>
        <translation>启动时校验审计链</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>校验整条审计链</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>查阅审计记录</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Audit key exported</source>
        <translation>导出审计密钥</translation>
    </message>
    <message>
        <source>State-of-mind file opened</source>
        <translation>查阅职工思想动态档案</translation>
    </message>
    <message>
        <source>Hardship cases listed</source>
        <translation>查阅帮扶案例清单</translation>
    </message>
    <message>
        <source>Talk summaries printed (with a reason)</source>
        <translation>打印谈话摘要（已填写事由）</translation>
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
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>角色任命</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Area photo</source>
        <translation>区域照片</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>包保关系</translation>
    </message>
    <message>
        <source>Organisation setting</source>
        <translation>组织设置</translation>
    </message>
    <message>
        <source>Issue category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Shift calendar</source>
        <translation>班次日历</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Issue history</source>
        <translation>问题处理记录</translation>
    </message>
    <message>
        <source>Issue photo</source>
        <translation>问题照片</translation>
    </message>
    <message>
        <source>Issue link</source>
        <translation>问题关联</translation>
    </message>
    <message>
        <source>Issue partner</source>
        <translation>问题合伙人</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Card document</source>
        <translation>点项卡文件</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Card version</source>
        <translation>点项卡版本</translation>
    </message>
    <message>
        <source>Card change</source>
        <translation>点项卡变更</translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation>巡回检查</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Inspection photo</source>
        <translation>检查照片</translation>
    </message>
    <message>
        <source>Tackling project</source>
        <translation>攻关项目</translation>
    </message>
    <message>
        <source>Project's issue</source>
        <translation>攻关项目针对的问题</translation>
    </message>
    <message>
        <source>Project member</source>
        <translation>攻关项目成员</translation>
    </message>
    <message>
        <source>Project milestone</source>
        <translation>攻关项目节点</translation>
    </message>
    <message>
        <source>Project result</source>
        <translation>攻关项目成果</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>攻关项目附件</translation>
    </message>
    <message>
        <source>Score catalogue</source>
        <translation>积分目录</translation>
    </message>
    <message>
        <source>Score category</source>
        <translation>积分类别</translation>
    </message>
    <message>
        <source>Point rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Scoring period</source>
        <translation>积分周期</translation>
    </message>
    <message>
        <source>Period rule</source>
        <translation>周期规则</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Security setting</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation>新增：{0}</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>修改：{0}</translation>
    </message>
    <message>
        <source>Deleted: {0}</source>
        <translation>删除：{0}</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>Secu&amp;rity</source>
        <translation>安全(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Password &amp;policy…</source>
        <translation>密码策略(&amp;P)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>AdminMessages</name>
    <message>
        <source>Not possible</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>(those written before the audit trail began)</source>
        <translation>（审计记录启用之前写入的记录）</translation>
    </message>
    <message>
        <source>Audit record no. {0} was changed: its hash does not match its content and the record before it.</source>
        <translation>第 {0} 条审计记录被篡改：其哈希值与记录内容及前一条记录不符。</translation>
    </message>
    <message>
        <source>Audit record no. {0} is missing: the numbers have a gap, or records were removed from the end.</source>
        <translation>第 {0} 条审计记录缺失：序号出现断档，或末尾的记录被删除。</translation>
    </message>
    <message>
        <source>The issue history entry {0} was changed after audit record no. {1} sealed it.</source>
        <translation>问题处理记录 {0} 在第 {1} 条审计记录封存后被篡改。</translation>
    </message>
    <message>
        <source>The issue history entry {0} sealed by audit record no. {1} is gone.</source>
        <translation>第 {1} 条审计记录封存的问题处理记录 {0} 已被删除。</translation>
    </message>
    <message>
        <source>The issue history entry {0} was not written by this program: no audit record seals it.</source>
        <translation>问题处理记录 {0} 不是由本程序写入的：没有任何审计记录封存它（伪造）。</translation>
    </message>
    <message>
        <source>The database guard {0} that forbids changing or deleting records was removed.</source>
        <translation>禁止修改和删除记录的数据库保护 {0} 已被删除。</translation>
    </message>
    <message>
        <source>This PC's keyring lacks the audit chain's key, so nothing can be checked. Use the PC that holds the key, or restore the key into this PC's keyring. ({0})</source>
        <translation>本机密钥库中没有审计链的密钥，无法校验。请在保存密钥的电脑上校验，或将密钥恢复到本机密钥库。（{0}）</translation>
    </message>
    <message>
        <source>The audit chain is intact: {0} records, {1} issue history entries.</source>
        <translation>审计链完整：{0} 条记录，{1} 条问题处理记录。</translation>
    </message>
    <message>
        <source>The chain has no key (this PC had no keyring when it began): edits recomputed outside the program cannot be detected.</source>
        <translation>该审计链没有密钥（建立时本机没有密钥库）：在程序之外重新计算哈希的篡改无法被发现。</translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation>审计链已损坏。</translation>
    </message>
    <message>
        <source>The audit chain is broken at record no. {0}.</source>
        <translation>审计链从第 {0} 条记录起已损坏。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Number or id</source>
        <translation>编号或标识</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Verify the whole chain</source>
        <translation>校验整条审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Part of the action code, e.g. account</source>
        <translation>操作代码的一部分，如 account</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>e.g. 2026-0013</source>
        <translation>如 2026-0013</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>止：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Records: {0}</source>
        <translation>共 {0} 条记录</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>The audit trail was exported to {0}.</source>
        <translation>审计记录已导出到 {0}。</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计记录…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Checking every record and issue history entry…</source>
        <translation>正在校验每一条审计记录和问题处理记录…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>For a person of the organisation</source>
        <translation>为组织中的人员建账号</translation>
    </message>
    <message>
        <source>For a system role (三员)</source>
        <translation>为系统角色（三员）建账号</translation>
    </message>
    <message>
        <source>Usually the employee number</source>
        <translation>通常为员工编号</translation>
    </message>
    <message>
        <source>System role:</source>
        <translation>系统角色：</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Choose the person the account is for.</source>
        <translation>请选择该账号所属的人员。</translation>
    </message>
    <message>
        <source>Account not created</source>
        <translation>账号未创建</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Temporary password:</source>
        <translation>临时密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>It must be changed at the first login; tell it to the holder in person.</source>
        <translation>首次登录时必须修改；请当面告知账号持有人。</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Password and session policy</source>
        <translation>密码和会话策略</translation>
    </message>
    <message>
        <source>Minimum length:</source>
        <translation>最短长度：</translation>
    </message>
    <message>
        <source>Kinds of characters:</source>
        <translation>字符种类：</translation>
    </message>
    <message>
        <source>Password expires after:</source>
        <translation>密码有效期：</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>连续输错锁定：</translation>
    </message>
    <message>
        <source>Lock for:</source>
        <translation>锁定时长：</translation>
    </message>
    <message>
        <source>Lock the window when idle for:</source>
        <translation>空闲锁屏时间：</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source> of 4 kinds</source>
        <translation> 类（共 4 类）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> wrong passwords</source>
        <translation> 次错误密码</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Never locks</source>
        <translation>从不锁屏</translation>
    </message>
    <message>
        <source>The four kinds are lower case, upper case, digits and other characters. The limits keep the policy at least as strict as MLPS 2.0 level 2 expects. A change applies at the next login.</source>
        <translation>四类字符为：小写字母、大写字母、数字和其他字符。取值范围保证策略不低于等保 2.0 第二级的要求。修改在下次登录时生效。</translation>
    </message>
    <message>
        <source>Policy not saved</source>
        <translation>策略未保存</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Audit record no. {0}</source>
        <translation>第 {0} 条审计记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>对象表</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>对象标识</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详细内容：</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {0}</source>
        <translation>重置 {0} 的密码</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>密码未重置</translation>
    </message>
</context>
</TS>