<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <source>Upgrading the database {0} to this version failed; it was left as it was, and a backup was made beforehand. Details are in the log file.</source>
        <translation>数据库 {0} 升级到本版本失败，已保持原样，升级前已做备份。详细信息见日志文件。</translation>
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
        <source>Error</source>
        <translation>错误</translation>
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
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Choose &amp;operator…</source>
        <translation>选择操作人(&amp;O)…</translation>
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
        <source>This database holds no plant yet. Load the demo water plant (one grid, six officers, five workshops, 58 staff) to look around? It can be used for training; real data needs an empty database.</source>
        <translation>数据库中还没有单位。是否载入演示水厂（一个网格、六大员、五个车间、58名职工）先看一看？演示数据可用于培训；录入真实数据请使用空数据库。</translation>
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
        <source>Operator: {0}</source>
        <translation>操作人：{0}</translation>
    </message>
    <message>
        <source>Operator: not chosen</source>
        <translation>操作人：未选择</translation>
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
    <name>OperatorDialog</name>
    <message>
        <source>Choose operator</source>
        <translation>选择操作人</translation>
    </message>
    <message>
        <source>Name, employee no. or pinyin initials (e.g. wjh)</source>
        <translation>姓名、工号或拼音首字母（如 wjh）</translation>
    </message>
    <message>
        <source>Who is working at this PC?</source>
        <translation>谁在使用这台电脑？</translation>
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
</TS>