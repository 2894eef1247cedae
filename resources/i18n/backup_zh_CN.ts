<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the backup &amp;folder</source>
        <translation>打开备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Backups of {0} are kept in {1}. Each one was checked (integrity check and row counts) before it was listed. A backup is made at start when the newest is older than a day and after every {2} hours of work; {3} daily, {4} weekly and {5} monthly backups are kept (backup-settings.json in that folder). Photos are kept in the same folder, each once.</source>
        <translation>{0} 的备份保存在 {1}。每个备份都先经过校验（完整性检查和各表行数）才列在这里。启动时若最新备份已超过一天会自动备份，之后每工作 {2} 小时备份一次；保留 {3} 个每日、{4} 个每周和 {5} 个每月备份（设置在该文件夹的 backup-settings.json 中）。照片也备份在同一文件夹，每张只存一份。</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {0} ({1} people, {2} issues)?

Everything entered since then is taken out of the database; the current file is backed up first and stays in the list. The database is closed and opened again, and everyone logs in again.</source>
        <translation>用 {0} 的备份（{1} 人，{2} 个问题）替换当前数据库吗？

此后录入的所有内容都将从数据库中撤出；当前文件会先备份，并保留在列表中。数据库将关闭后重新打开，所有人需要重新登录。</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>The backup of {0} was restored. The file it replaced was backed up as {1}.</source>
        <translation>已恢复 {0} 的备份。被替换的文件已备份为 {1}。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup made and verified: {0}</source>
        <translation>已备份并校验：{0}</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>{0}
The earlier backups are kept. File → Backup and restore… tries again.</source>
        <translation>{0}
以前的备份都还在。可在“文件 → 备份与恢复…”中重试。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily (at start)</source>
        <translation>每日（启动时）</translation>
    </message>
    <message>
        <source>every few hours</source>
        <translation>定时（每隔几小时）</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Upgrade without a backup?</source>
        <translation>不备份就升级吗？</translation>
    </message>
    <message>
        <source>Upgrade now without a backup? Only confirm when the database has been backed up on the server.</source>
        <translation>现在不备份直接升级吗？请仅在服务器上已备份数据库后确认。</translation>
    </message>
    <message>
        <source>&amp;Upgrade without a backup</source>
        <translation>不备份直接升级(&amp;U)</translation>
    </message>
    <message>
        <source>The file {0} is not a Red Grid Workstation database, or it is damaged. It has not been changed. Choose another file.</source>
        <translation>文件 {0} 不是红色网格工作站的数据库，或已损坏。该文件未被改动。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file {0} is not a Red Grid Workstation database, or it is damaged. It has not been changed. Its verified backups are in {1}: “gridapp restore” lists them and “gridapp restore NAME” puts one back (the damaged file is kept).</source>
        <translation>文件 {0} 不是红色网格工作站的数据库，或已损坏。该文件未被改动。它经过校验的备份在 {1}：用“gridapp restore”列出备份，用“gridapp restore 备份名”恢复其中一个（损坏的文件会被保留）。</translation>
    </message>
    <message>
        <source>Upgrading the database {0} to this version failed and was undone: the database is exactly as it was, at its old version. Details are in the log file.</source>
        <translation>将数据库 {0} 升级到此版本失败，已全部撤销：数据库与升级前完全相同，仍是旧版本。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>Upgrading the database {0} to this version failed and was undone: the database is exactly as it was, at its old version. The verified backup made beforehand is {1}. Details are in the log file.</source>
        <translation>将数据库 {0} 升级到此版本失败，已全部撤销：数据库与升级前完全相同，仍是旧版本。升级前所做的已校验备份为 {1}。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>Upgrading the database {0} to this version failed and could not be undone completely. Do not use it: restore the backup made beforehand ({1}) with “gridapp restore”, or ask the administrator. Details are in the log file.</source>
        <translation>将数据库 {0} 升级到此版本失败，且未能完全撤销。请不要使用它：用“gridapp restore”恢复升级前所做的备份（{1}），或联系管理员。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>The database {0} needs a schema upgrade, but no backup can be made first: pg_dump is not installed on this PC (or it failed). Nothing was changed. The database administrator should back the database up on the server, then confirm the upgrade.</source>
        <translation>数据库 {0} 需要升级结构，但无法先行备份：本机未安装 pg_dump（或它运行失败）。未做任何改动。请数据库管理员先在服务器上备份数据库，然后确认升级。</translation>
    </message>
</context>
</TS>