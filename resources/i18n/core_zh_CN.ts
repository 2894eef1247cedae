<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>a server database is backed up and restored by its administrator (pg_dump / pg_restore)</source>
        <translation>服务器数据库由其管理员备份和恢复（pg_dump / pg_restore）</translation>
    </message>
    <message>
        <source>backup made and verified: {0}</source>
        <translation>已备份并校验：{0}</translation>
    </message>
    <message>
        <source>no verified backups of {0} (in {1})</source>
        <translation>{0} 没有校验过的备份（在 {1}）</translation>
    </message>
    <message>
        <source>{0}  {1}  {2}  schema {3}  people {4}  issues {5}  photos {6}</source>
        <translation>{0}  {1}  {2}  结构版本 {3}  人员 {4}  问题 {5}  照片 {6}</translation>
    </message>
    <message>
        <source>no verified backup named {0} (gridapp restore lists them)</source>
        <translation>没有名为 {0} 的校验过的备份（gridapp restore 列出全部备份）</translation>
    </message>
    <message>
        <source>the backup did not work: {0}</source>
        <translation>备份或恢复没有成功：{0}</translation>
    </message>
    <message>
        <source>restored {0}; the replaced file was backed up as {1}</source>
        <translation>已恢复 {0}；被替换的文件已备份为 {1}</translation>
    </message>
    <message>
        <source>restored {0}; the replaced file could not be verified, its bytes are in {1}</source>
        <translation>已恢复 {0}；被替换的文件未能通过校验，其原始内容保存在 {1}</translation>
    </message>
    <message>
        <source>pg_dump is not installed here, so no backup can be made before the upgrade; back the database up on the server, then run: gridapp migrate --without-backup</source>
        <translation>本机没有安装 pg_dump，升级前无法备份；请先在服务器上备份数据库，再运行：gridapp migrate --without-backup</translation>
    </message>
    <message>
        <source>{0}: upgraded; backup {1}</source>
        <translation>{0}：已升级；备份 {1}</translation>
    </message>
    <message>
        <source>{0}: already current</source>
        <translation>{0}：已是最新版本</translation>
    </message>
    <message>
        <source>demo accounts' password: </source>
        <translation>演示账号的密码：</translation>
    </message>
    <message>
        <source>the demo password is refused: {0}</source>
        <translation>演示密码不符合要求：{0}</translation>
    </message>
    <message>
        <source>{0} already holds a plant; the demo needs an empty database</source>
        <translation>{0} 里已经有厂的数据；演示数据只能装入空数据库</translation>
    </message>
    <message>
        <source>demo plant loaded into {0}</source>
        <translation>演示数据已装入 {0}</translation>
    </message>
    <message>
        <source>{0} ({1}; at least {2} characters with {3} of: small letters, capitals, digits, other signs)</source>
        <translation>{0}（{1}；至少 {2} 个字符，包含小写字母、大写字母、数字、其他符号中的 {3} 类）</translation>
    </message>
    <message>
        <source>a system administrator already exists</source>
        <translation>系统管理员已经存在</translation>
    </message>
    <message>
        <source>system administrator's password: </source>
        <translation>系统管理员密码：</translation>
    </message>
    <message>
        <source>the password is refused: {0}</source>
        <translation>密码不符合要求：{0}</translation>
    </message>
    <message>
        <source>system administrator 'sysadmin' created</source>
        <translation>已创建系统管理员“sysadmin”</translation>
    </message>
    <message>
        <source>audit chain intact: {0} records, {1} issue events</source>
        <translation>审计链完好：{0} 条记录，{1} 条问题事件</translation>
    </message>
    <message>
        <source>(unkeyed: this PC had no keyring when the chain was started)</source>
        <translation>（无密钥：建立审计链时本机没有密钥库）</translation>
    </message>
    <message>
        <source>audit chain BROKEN at record {0}: {1} {2}</source>
        <translation>审计链在第 {0} 条记录处断开：{1} {2}</translation>
    </message>
    <message>
        <source>login refused: {0}</source>
        <translation>登录被拒绝：{0}</translation>
    </message>
    <message>
        <source>the key was not moved: {0}</source>
        <translation>密钥没有转移：{0}</translation>
    </message>
    <message>
        <source>this PC has no secure key store (keyring): {0}</source>
        <translation>本机没有安全的密钥库（keyring）：{0}</translation>
    </message>
    <message>
        <source>key stored in this PC's keyring; restart the program</source>
        <translation>密钥已存入本机密钥库；请重新启动程序</translation>
    </message>
    <message>
        <source>usage: gridapp account init-admin | gridapp audit verify|export-key|import-key | gridapp sync export-key|import-key | gridapp backup | gridapp restore [NAME]</source>
        <translation>用法：gridapp account init-admin | gridapp audit verify|export-key|import-key | gridapp sync export-key|import-key | gridapp backup | gridapp restore [备份名]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} is not a Red Grid Workstation database, or it is damaged. It has not been changed. Choose another file, or restore a backup from the “backups” folder beside it.</source>
        <translation>文件 {0} 不是红色网格工作站的数据库，或已损坏。该文件未被改动。请选择其他文件，或从其旁边的“backups”文件夹恢复备份。</translation>
    </message>
    <message>
        <source>The database {0} or its folder cannot be written (read-only, or in use by another program). Nothing was changed. Check the folder's permissions or copy the file to a writable folder.</source>
        <translation>数据库 {0} 或其所在文件夹无法写入（只读，或正被其他程序使用）。未做任何改动。请检查文件夹权限，或把文件复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>A new database cannot be created at {0}: the folder cannot be written. Choose a writable folder with --database, or ask the administrator for write access.</source>
        <translation>无法在 {0} 创建新数据库：该文件夹不可写。请用 --database 指定可写的位置，或请管理员开通写入权限。</translation>
    </message>
    <message>
        <source>The database server {0} did not answer. Check the network cable or VPN, and that the server is running.</source>
        <translation>数据库服务器 {0} 没有响应。请检查网线或VPN，并确认服务器已启动。</translation>
    </message>
    <message>
        <source>The database server {0} refused the user name or password.</source>
        <translation>数据库服务器 {0} 拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The database {0} was written by a newer version of Red Grid Workstation. It has not been changed. Install the newer version to open it.</source>
        <translation>数据库 {0} 由更新版本的红色网格工作站写入，未被改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>“{0}” is not a database file path or a database URL this program can use.</source>
        <translation>“{0}”不是本程序可用的数据库文件路径或数据库地址。</translation>
    </message>
    <message>
        <source>The database {0} is on a network share. SQLite databases are damaged when opened over the network, so it has not been opened. Copy it to a local disk of this PC, or use the plant's database server.</source>
        <translation>数据库 {0} 位于网络共享上。SQLite 数据库通过网络打开会损坏，因此没有打开。请把它复制到本机的本地磁盘，或使用全厂的数据库服务器。</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program, which holds its write lock. Nothing was changed. Close the other program, then try again.</source>
        <translation>数据库 {0} 正被其他程序占用（其他程序持有写锁），未做任何更改。请关闭该程序后再试。</translation>
    </message>
    <message>
        <source>Upgrading the database {0} to this version failed; it was left as it was, and a backup was made beforehand. Details are in the log file.</source>
        <translation>数据库 {0} 升级到本版本失败，已保持原样，升级前已做备份。详细信息见日志文件。</translation>
    </message>
    <message>
        <source>Your account does not have the right to {0}. Nothing was changed; ask your grid leader.</source>
        <translation>您的账号没有“{0}”的权限，未做任何更改；如有需要请联系网格长。</translation>
    </message>
    <message>
        <source>This database file is open for reading only: the file or its folder cannot be written on this PC. Nothing was changed. Ask the administrator for write access, then open the database again.</source>
        <translation>此数据库文件以只读方式打开：本机无法写入该文件或其所在文件夹。未做任何更改。请向管理员申请写权限，然后重新打开数据库。</translation>
    </message>
    <message>
        <source>This database is open for reading only: its audit trail failed the integrity check (or this PC lacks its key). Nothing was changed. Ask the auditor to check the trail.</source>
        <translation>数据库以只读方式打开：审计链完整性校验未通过（或本机没有其密钥）。未做任何更改。请联系审计管理员核查。</translation>
    </message>
    <message>
        <source>The demo plant can only be loaded into an empty database.</source>
        <translation>演示水厂只能载入空数据库。</translation>
    </message>
    <message>
        <source>A file could not be written: {0}</source>
        <translation>无法写入文件：{0}</translation>
    </message>
    <message>
        <source>A file operation failed: {0}</source>
        <translation>文件操作失败：{0}</translation>
    </message>
    <message>
        <source>An unexpected error occurred. The details have been written to the log file.</source>
        <translation>发生意外错误，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>The database is in use by another program, which holds its write lock. Nothing was changed. Close the other program or wait a moment, then try again.</source>
        <translation>数据库正被其他程序占用，未做任何更改。请关闭该程序或稍等片刻后再试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so the change was not saved (nothing was changed). The program keeps retrying; try again once the status bar no longer says the connection is lost.</source>
        <translation>与数据库服务器的连接中断，本次修改未保存（未做任何更改）。程序会自动重试；待状态栏不再提示连接中断后再试一次。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>FileLimits</name>
    <message>
        <source>The picture is larger than {0} megapixels, the most this program opens; make it smaller and try again.</source>
        <translation>图片超过 {0} 百万像素（本程序可打开的上限），请缩小后再试。</translation>
    </message>
    <message>
        <source>The file cannot be read as a spreadsheet (.xlsx, .xls or CSV): it may be password-protected, damaged or open in another program. Save it again from Excel or WPS and try again.</source>
        <translation>无法把这个文件读成表格（.xlsx、.xls 或 CSV）：它可能设了密码、已损坏或正被其他程序打开。请在 Excel 或 WPS 中重新保存后再试。</translation>
    </message>
    <message>
        <source>The workbook declares XML entities, which no Excel file needs and which can be used to attack the computer; it was not opened. Save it again from Excel as .xlsx.</source>
        <translation>该工作簿含有 XML 实体声明（正常的 Excel 文件不需要，可能被用来攻击计算机），未打开。请用 Excel 重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>A part of the workbook unpacks to more than {0} MB, the most this program reads; it was not opened. Remove what is not needed or split it into several files.</source>
        <translation>工作簿中有部分解压后超过 {0} MB（本程序读取的上限），未打开。请删去不需要的内容或拆分成几个文件。</translation>
    </message>
    <message>
        <source>A sheet has more than {0} rows, the most this program reads; split it into several files.</source>
        <translation>工作表超过 {0} 行（本程序读取的上限），请拆分成几个文件。</translation>
    </message>
    <message>
        <source>A sheet has more than {0} columns, the most this program reads; remove the extra columns.</source>
        <translation>工作表超过 {0} 列（本程序读取的上限），请删去多余的列。</translation>
    </message>
    <message>
        <source>A cell holds more than {0} characters (Excel's own limit for one cell); the file was not opened.</source>
        <translation>有单元格超过 {0} 个字符（Excel 单个单元格的上限），未打开该文件。</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Red Grid Workstation</source>
        <translation>红色网格工作站</translation>
    </message>
    <message>
        <source>Issue board</source>
        <translation>问题看板</translation>
    </message>
    <message>
        <source>Inspection cards</source>
        <translation>检查点项卡</translation>
    </message>
    <message>
        <source>Score dashboards</source>
        <translation>积分看板</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;demo plant…</source>
        <translation>载入演示水厂(&amp;D)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>This database file cannot be written on this PC (the file or its folder is read-only), so it is open for reading only: you can browse and print, but nothing can be changed. Once it can be written, close the program and open the database again.</source>
        <translation>本机无法写入此数据库文件（文件或其所在文件夹为只读），因此以只读方式打开：可以浏览和打印，但不能做任何修改。可写入后，请关闭程序并重新打开数据库。</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Logged in: {0} (system account)</source>
        <translation>登录：{0}（系统账号）</translation>
    </message>
    <message>
        <source>Logged in: {0} ({1})</source>
        <translation>登录：{0}（{1}）</translation>
    </message>
    <message>
        <source>Your password expires in {0} days (Account → Change password).</source>
        <translation>您的密码将在 {0} 天后过期（账号 → 修改密码）。</translation>
    </message>
    <message>
        <source>The database file cannot be read; retrying…</source>
        <translation>暂时无法读取数据库文件，正在重试…</translation>
    </message>
    <message>
        <source>Connection to the server lost; retrying…</source>
        <translation>与服务器的连接中断，正在重试…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>站点：{0}</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {0}</source>
        <translation>数据库已升级，原数据已备份为 {0}</translation>
    </message>
    <message>
        <source>This PC has no secure key store (keyring), so the audit trail is kept without a secret key: edits by other programs are still found, but someone who can write the database file could forge a consistent trail. Use a PC with Windows Credential Manager or a Linux keyring.</source>
        <translation>本机没有系统密钥库（keyring），审计链只能在没有密钥的情况下保存：其他程序的修改仍能被发现，但能改写数据库文件的人可以伪造一条前后一致的审计链。请使用带 Windows 凭据管理器或 Linux 密钥环的电脑。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>See the message for what went wrong.</source>
        <translation>原因见提示信息。</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Demo plant</source>
        <translation>演示水厂</translation>
    </message>
    <message>
        <source>The demo plant can only be loaded into an empty database.</source>
        <translation>演示水厂只能载入空数据库。</translation>
    </message>
    <message>
        <source>Loading the demo plant…</source>
        <translation>正在载入演示水厂…</translation>
    </message>
    <message>
        <source>The demo plant could not be loaded</source>
        <translation>无法载入演示水厂</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when the program is started again.</source>
        <translation>新的语言将在程序重新启动后生效。</translation>
    </message>
    <message>
        <source>About Red Grid Workstation</source>
        <translation>关于红色网格工作站</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red Grid Workstation&lt;/b&gt; {0}&lt;br&gt;Grid governance for plants: organisation, issue board, inspection cards and scores.&lt;br&gt;Data folder: {1}</source>
        <translation>&lt;b&gt;红色网格工作站&lt;/b&gt; {0}&lt;br&gt;企业“党建+网格”基层治理：组织架构、问题看板、检查点项卡与积分看板。&lt;br&gt;数据文件夹：{1}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>第 {0} 页</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>无法生成文档。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>report issues</source>
        <translation>上报问题</translation>
    </message>
    <message>
        <source>set the feedback clocks and the shift calendar</source>
        <translation>设置反馈时限和班次日历</translation>
    </message>
    <message>
        <source>edit inspection cards</source>
        <translation>编辑检查点项卡</translation>
    </message>
    <message>
        <source>release card versions</source>
        <translation>发布点项卡版本</translation>
    </message>
    <message>
        <source>record inspection rounds</source>
        <translation>登记巡回检查</translation>
    </message>
    <message>
        <source>edit point rules and star thresholds</source>
        <translation>维护积分规则和星级标准</translation>
    </message>
    <message>
        <source>confirm points</source>
        <translation>确认积分</translation>
    </message>
    <message>
        <source>close scoring periods</source>
        <translation>关闭积分周期</translation>
    </message>
    <message>
        <source>see red/yellow/blue warnings</source>
        <translation>查看红黄蓝预警</translation>
    </message>
    <message>
        <source>raise red/yellow/blue warnings</source>
        <translation>发布红黄蓝预警</translation>
    </message>
    <message>
        <source>export warnings</source>
        <translation>导出预警</translation>
    </message>
    <message>
        <source>export rankings and score tables</source>
        <translation>导出排名和积分表</translation>
    </message>
    <message>
        <source>import the roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>export the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <translation>修改组织架构</translation>
    </message>
    <message>
        <source>administer accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>set the password policy</source>
        <translation>设置密码策略</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查阅审计记录</translation>
    </message>
    <message>
        <source>set up sync and register stations</source>
        <translation>设置同步和登记泵站</translation>
    </message>
    <message>
        <source>sync and exchange sync files</source>
        <translation>同步和交换同步包</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>record meetings of party life</source>
        <translation>记录组织生活会议</translation>
    </message>
    <message>
        <source>edit the catalogue of meeting kinds</source>
        <translation>编辑会议类型目录</translation>
    </message>
    <message>
        <source>record talks</source>
        <translation>记录谈心谈话</translation>
    </message>
    <message>
        <source>read talk summaries</source>
        <translation>查阅谈话内容</translation>
    </message>
    <message>
        <source>read people's state-of-mind files and hardship cases</source>
        <translation>查看职工思想动态档案和帮扶案例</translation>
    </message>
    <message>
        <source>submit suggestions</source>
        <translation>提出合理化建议</translation>
    </message>
    <message>
        <source>review suggestions</source>
        <translation>评审合理化建议</translation>
    </message>
    <message>
        <source>record training sessions</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>set up and run tackling projects</source>
        <translation>立项和推进攻关项目</translation>
    </message>
    <message>
        <source>set required training hours and the classrooms</source>
        <translation>设定培训学时要求与课堂目录</translation>
    </message>
</context>
<context>
    <name>ScanBox</name>
    <message>
        <source>Scan a code (F7)</source>
        <translation>扫码（F7）</translation>
    </message>
    <message>
        <source>Open the area or post of a printed QR code (F7, from anywhere)</source>
        <translation>打开印刷二维码对应的区域或岗位（F7，任意界面可用）</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan a code</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Scan the QR code of a placard, board or pocket card, or type RG:AREA:…</source>
        <translation>扫描公示牌、展板或口袋卡上的二维码，或输入 RG:AREA:…</translation>
    </message>
    <message>
        <source>Quick report here (Enter)</source>
        <translation>在此一键上报（Enter）</translation>
    </message>
    <message>
        <source>Show in the organisation</source>
        <translation>在组织架构中查看</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No area or post has the code “{0}”.</source>
        <translation>没有区域或岗位的编码是“{0}”。</translation>
    </message>
    <message>
        <source>Scan a code, or type it and press Enter.</source>
        <translation>扫码，或输入编码后按 Enter。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Red Grid Workstation</source>
        <translation>红色网格工作站</translation>
    </message>
    <message>
        <source>The database {0} is already open in Red Grid Workstation on this PC; that window has been brought to the front. One database file is opened by one window at a time.</source>
        <translation>数据库 {0} 已在本机的红色网格工作站中打开，已将该窗口切换到最前。同一数据库文件同一时间只能由一个窗口打开。</translation>
    </message>
</context>
</TS>