<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the plant and stations</source>
        <translation>与厂里和泵站同步</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Conflict archive</source>
        <translation>冲突存档</translation>
    </message>
    <message>
        <source>History</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Set up sync for this database</source>
        <translation>为本数据库设置同步</translation>
    </message>
    <message>
        <source>This database is the plant (the stations exchange with it)</source>
        <translation>本数据库是厂里（各泵站与它交换数据）</translation>
    </message>
    <message>
        <source>This PC is a pump station (it exchanges with the plant)</source>
        <translation>本机是泵站（与厂里交换数据）</translation>
    </message>
    <message>
        <source>The station's series in issue numbers: an issue reported here is numbered 2026-B2-0001, so numbers made at different stations never collide. 1 to 4 capital letters or digits, starting with a letter.</source>
        <translation>泵站在问题编号中的代号：在本机上报的问题编号为 2026-B2-0001，各泵站的编号因此不会重复。1 到 4 位大写字母或数字，以字母开头。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Only the system administrator sets up sync.</source>
        <translation>只有系统管理员可以设置同步。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>泵站代号</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>密钥码</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>kept in this PC's keyring; empty: unchanged</source>
        <translation>保存在本机密钥库中；留空则不变</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Warn when not synced for</source>
        <translation>未同步多久后提醒</translation>
    </message>
    <message>
        <source>Sync over the network every</source>
        <translation>联网自动同步间隔</translation>
    </message>
    <message>
        <source>Plant's database</source>
        <translation>厂里数据库地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Export sync file…</source>
        <translation>导出同步包…</translation>
    </message>
    <message>
        <source>Import sync file…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>Write registration file…</source>
        <translation>生成登记文件…</translation>
    </message>
    <message>
        <source>A first file for the plant: the plant registers this station from it (its name and key code).</source>
        <translation>交给厂里的第一个文件：厂里据此登记本泵站（名称和密钥码）。</translation>
    </message>
    <message>
        <source>Register station…</source>
        <translation>登记泵站…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>When the same record was changed on two PCs before they synced, the later change is kept everywhere and the other is archived here. Compare the values; restore the one that lost if it was right (it becomes a new change and reaches every PC at the next sync), or ignore it.</source>
        <translation>同一条记录在两台电脑上同步前都被修改时，各处保留较晚的修改，另一个值存档在这里。请比较两个值：如果被覆盖的值才是对的，就恢复它（恢复作为一次新的修改，下次同步时传到每台电脑），否则忽略。</translation>
    </message>
    <message>
        <source>Show resolved ones too</source>
        <translation>同时显示已处理的</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>只显示不同的字段</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>恢复此值</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Compare these digits with the other PC's screen when registering.</source>
        <translation>登记时请与另一台电脑屏幕上的数字逐位核对。</translation>
    </message>
    <message>
        <source>This PC holds the key: it can sign sync files.</source>
        <translation>本机持有密钥，可以签名同步包。</translation>
    </message>
    <message>
        <source>This PC does not hold the key, so it cannot write sync files. Export and import on the PC where sync was set up.</source>
        <translation>本机没有密钥，不能生成同步包。请在设置同步的那台电脑上导出和导入。</translation>
    </message>
    <message>
        <source>Set up sync first (above).</source>
        <translation>请先在上方设置同步。</translation>
    </message>
    <message>
        <source>The pump stations registered here. Register a station from its registration file.</source>
        <translation>在此登记的泵站。用泵站的登记文件登记新泵站。</translation>
    </message>
    <message>
        <source>Not yet joined to the plant: write a registration file and take it to the plant, where it is registered; then import the first file the plant exports for this station.</source>
        <translation>尚未加入厂里：请生成登记文件带到厂里登记，然后导入厂里为本泵站导出的第一个同步包。</translation>
    </message>
    <message>
        <source>The plant this station exchanges with.</source>
        <translation>本泵站与之交换数据的厂里。</translation>
    </message>
    <message>
        <source>Enter the plant's database in the settings first.</source>
        <translation>请先在设置中填写厂里数据库地址。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Conflict archive ({0})</source>
        <translation>冲突存档（{0}）</translation>
    </message>
    <message>
        <source>Choose a conflict to compare its values.</source>
        <translation>选择一条冲突以比较其值。</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}. The value that lost came from {3}.</source>
        <translation>{0}，{1}：{2}。被覆盖的值来自 {3}。</translation>
    </message>
    <message>
        <source>an unknown PC</source>
        <translation>未知电脑</translation>
    </message>
    <message>
        <source>Your account may look at conflicts but not resolve them.</source>
        <translation>您的账号可以查看冲突，但不能处理。</translation>
    </message>
    <message>
        <source>Sync could not be set up</source>
        <translation>未能设置同步</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>Synced with the plant: {0} changes sent, {1} received, {2} conflicts archived.</source>
        <translation>已与厂里同步：发出 {0} 条修改，收到 {1} 条，存档冲突 {2} 条。</translation>
    </message>
    <message>
        <source>Syncing with the plant…</source>
        <translation>正在与厂里同步…</translation>
    </message>
    <message>
        <source>Sync with the plant did not work</source>
        <translation>与厂里同步未成功</translation>
    </message>
    <message>
        <source>Export sync file</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>For which station?</source>
        <translation>为哪个泵站导出？</translation>
    </message>
    <message>
        <source>Sync files (*.rgsync)</source>
        <translation>同步包 (*.rgsync)</translation>
    </message>
    <message>
        <source>Export sync file for {0}</source>
        <translation>为 {0} 导出同步包</translation>
    </message>
    <message>
        <source>Written {0}: {1} changes and {2} photos for {3}. Take it to {3} and import it there.</source>
        <translation>已写入 {0}：给 {3} 的 {1} 条修改和 {2} 张照片。请带到 {3} 导入。</translation>
    </message>
    <message>
        <source>Writing the sync file for {0}…</source>
        <translation>正在为 {0} 写同步包…</translation>
    </message>
    <message>
        <source>The sync file was not written</source>
        <translation>同步包未写成</translation>
    </message>
    <message>
        <source>Import sync file</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>This is a station's registration file, which holds no changes. At the plant, register the station from it with “Register station…”.</source>
        <translation>这是泵站的登记文件，不含任何修改。请在厂里用“登记泵站…”据此登记该泵站。</translation>
    </message>
    <message>
        <source>Return file</source>
        <translation>回传文件</translation>
    </message>
    <message>
        <source>After reading the file, write the return file for the station (the plant's changes it lacks)? You choose the folder next; the file's own folder is suggested.</source>
        <translation>读入后是否为泵站写回传文件（泵站还没有的厂里修改）？接下来选择文件夹，默认为同步包所在的文件夹。</translation>
    </message>
    <message>
        <source>Folder for the return file</source>
        <translation>回传文件的文件夹</translation>
    </message>
    <message>
        <source>Read the file from {0}: {1} changes, {2} photos, {3} conflicts archived.</source>
        <translation>已读入来自 {0} 的同步包：{1} 条修改，{2} 张照片，存档冲突 {3} 条。</translation>
    </message>
    <message>
        <source>{0} changes to accounts or rights were refused (they are set at the plant).</source>
        <translation>{0} 条对账号或权限的修改被拒绝（它们只能在厂里设置）。</translation>
    </message>
    <message>
        <source>Return file written: {0}. Take it back to the station.</source>
        <translation>回传文件已写入：{0}。请带回泵站。</translation>
    </message>
    <message>
        <source>See the conflict archive.</source>
        <translation>请查看冲突存档。</translation>
    </message>
    <message>
        <source>Reading the sync file…</source>
        <translation>正在读入同步包…</translation>
    </message>
    <message>
        <source>The sync file was not read</source>
        <translation>同步包未读入</translation>
    </message>
    <message>
        <source>The plant's key code</source>
        <translation>厂里的密钥码</translation>
    </message>
    <message>
        <source>This is the first file from the plant {0}. Its key code is

{1}

Compare it digit by digit with the key code shown on the plant's sync page. Do they match?</source>
        <translation>这是来自厂里 {0} 的第一个同步包。它的密钥码是

{1}

请与厂里同步页面上显示的密钥码逐位核对。是否一致？</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Write registration file</source>
        <translation>生成登记文件</translation>
    </message>
    <message>
        <source>The registration file was not written</source>
        <translation>登记文件未写成</translation>
    </message>
    <message>
        <source>Written {0}. At the plant, choose “Register station…” with this file and compare the key code {1} with this screen.</source>
        <translation>已写入 {0}。请在厂里用此文件执行“登记泵站…”，并与本屏幕核对密钥码 {1}。</translation>
    </message>
    <message>
        <source>Register station: its registration or sync file</source>
        <translation>登记泵站：选择其登记文件或同步包</translation>
    </message>
    <message>
        <source>The station was not registered</source>
        <translation>泵站未登记</translation>
    </message>
    <message>
        <source>Register station</source>
        <translation>登记泵站</translation>
    </message>
    <message>
        <source>Register the pump station {0} (code {1})?

Its key code is

{2}

Compare it digit by digit with the key code on the station's sync page. Register only if they match.</source>
        <translation>登记泵站 {0}（代号 {1}）？

它的密钥码是

{2}

请与泵站同步页面上的密钥码逐位核对，一致时才登记。</translation>
    </message>
    <message>
        <source>{0} is registered. Export a sync file for it and take it to the station.</source>
        <translation>{0} 已登记。请为它导出同步包并带到泵站。</translation>
    </message>
    <message>
        <source>Deactivate station</source>
        <translation>停用泵站</translation>
    </message>
    <message>
        <source>Stop accepting files from {0}? Do this for a lost or replaced PC; a new PC is registered again from its own file.</source>
        <translation>不再接收来自 {0} 的同步包？适用于丢失或更换的电脑；新电脑用它自己的文件重新登记。</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Put the value that lost back into this {0}? It becomes a new change made here and reaches every PC at the next sync.</source>
        <translation>把被覆盖的值恢复到此{0}？恢复作为在本机的一次新修改，下次同步时传到每台电脑。</translation>
    </message>
    <message>
        <source>The value was not restored</source>
        <translation>值未恢复</translation>
    </message>
    <message>
        <source>The value was restored.</source>
        <translation>值已恢复。</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sync page…</source>
        <translation>同步页面(&amp;S)…</translation>
    </message>
    <message>
        <source>Not synced with the plant for {0} days</source>
        <translation>已 {0} 天未与厂里同步</translation>
    </message>
    <message>
        <source>Sync → Sync page: sync now over the network, or exchange files with the plant by USB stick.</source>
        <translation>同步 → 同步页面：联网立即同步，或用U盘与厂里交换同步包。</translation>
    </message>
    <message>
        <source>Synced with the plant at {0}.</source>
        <translation>已于 {0} 与厂里同步。</translation>
    </message>
    <message>
        <source>Automatic sync did not work: {0}</source>
        <translation>自动同步未成功：{0}</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>密钥码</translation>
    </message>
    <message>
        <source>Active</source>
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
    <message>
        <source>Changes waiting</source>
        <translation>待发修改</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Last file written</source>
        <translation>上次写出的文件</translation>
    </message>
    <message>
        <source>Last file read</source>
        <translation>上次读入的文件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why it lost</source>
        <translation>被覆盖原因</translation>
    </message>
    <message>
        <source>Lost value from</source>
        <translation>被覆盖的值来自</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value that lost</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Plant</source>
        <translation>厂里</translation>
    </message>
    <message>
        <source>Pump station</source>
        <translation>泵站</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>联网</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed ({0})</source>
        <translation>失败（{0}）</translation>
    </message>
    <message>
        <source>Changed on both sides; the later change was kept</source>
        <translation>两边都改过，保留了较晚的修改</translation>
    </message>
    <message>
        <source>Accounts and rights are set at the plant</source>
        <translation>账号和权限只能在厂里设置</translation>
    </message>
    <message>
        <source>The number or code was already taken</source>
        <translation>编号或代码已被占用</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Reading the changes…</source>
        <translation>正在读取修改…</translation>
    </message>
    <message>
        <source>Merging the changes…</source>
        <translation>正在合并修改…</translation>
    </message>
    <message>
        <source>Writing the return file…</source>
        <translation>正在写回传文件…</translation>
    </message>
    <message>
        <source>Gathering the changes…</source>
        <translation>正在收集修改…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写文件…</translation>
    </message>
    <message>
        <source>Recording the exchange…</source>
        <translation>正在记录本次交换…</translation>
    </message>
    <message>
        <source>Sending to the plant…</source>
        <translation>正在发送到厂里…</translation>
    </message>
    <message>
        <source>Fetching from the plant…</source>
        <translation>正在从厂里获取…</translation>
    </message>
    <message>
        <source>Receiving the plant's changes…</source>
        <translation>正在接收厂里的修改…</translation>
    </message>
    <message>
        <source>Connecting to the plant's database…</source>
        <translation>正在连接厂里数据库…</translation>
    </message>
    <message>
        <source>Alert read mark</source>
        <translation>提醒已读标记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>排列位置</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
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
        <source>Home unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
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
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points (tenths)</source>
        <translation>积分（十分之一分）</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Written at station</source>
        <translation>写入站点</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(a file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>This file is not a sync file of Red Grid Workstation. Nothing was changed. Choose the .rgsync file exported on the other PC.</source>
        <translation>这个文件不是红色网格工作站的同步包，没有任何改动。请选择在另一台电脑上导出的 .rgsync 文件。</translation>
    </message>
    <message>
        <source>The sync file is damaged or incomplete (changed, or copied only partly). Nothing was changed. Copy the file again, or export a new one on the other PC.</source>
        <translation>同步包已损坏或不完整（被改动过，或只复制了一部分），没有任何改动。请重新复制，或在另一台电脑上重新导出。</translation>
    </message>
    <message>
        <source>This sync file comes from a pump station that is not registered here (key code {0}). Nothing was changed. First compare the key code under “Register station…” and register the station.</source>
        <translation>这个同步包来自未登记的泵站（密钥码 {0}），没有任何改动。请先在“登记泵站…”中核对密钥码后登记。</translation>
    </message>
    <message>
        <source>The sync file from {0} was signed with another key than the one registered here. Nothing was changed. If that PC was replaced, register the station again after comparing its key code; otherwise do not trust the file.</source>
        <translation>来自 {0} 的同步包所用密钥与此处登记的不同，没有任何改动。如果那台电脑已更换，请核对密钥码后重新登记该泵站；否则不要相信这个文件。</translation>
    </message>
    <message>
        <source>The data from {0} belongs to another plant. Nothing was changed. Check that this is your plant's file or server.</source>
        <translation>来自 {0} 的数据属于另一个厂，没有任何改动。请确认这是本厂的文件或服务器。</translation>
    </message>
    <message>
        <source>The sync file was made by a newer version of Red Grid Workstation ({0}). Nothing was changed. Install that version here, then import the file again.</source>
        <translation>这个同步包由较新版本的红色网格工作站（{0}）生成，没有任何改动。请先在本机安装该版本，再重新导入。</translation>
    </message>
    <message>
        <source>The sync file from {0} was exported for another database, not for this one. Nothing was changed. Ask for a file exported for this PC.</source>
        <translation>来自 {0} 的同步包是为另一个数据库导出的，不是给本机的，没有任何改动。请索要为本机导出的同步包。</translation>
    </message>
    <message>
        <source>Sync is not set up yet (here, or on the plant's database). Nothing was changed. The system administrator sets it up on the sync page.</source>
        <translation>同步尚未设置（本机或厂里数据库），没有任何改动。请系统管理员在同步页面中设置。</translation>
    </message>
    <message>
        <source>The plant's key code was not confirmed, so the file from {0} was not read. Nothing was changed. Compare the key code with the plant's screen, then import the file again.</source>
        <translation>厂里的密钥码未经确认，来自 {0} 的同步包未读入，没有任何改动。请与厂里屏幕核对密钥码后重新导入。</translation>
    </message>
    <message>
        <source>This file was not written for this kind of database: files go between the plant and its pump stations only. Nothing was changed.</source>
        <translation>这个文件不是为此类数据库生成的：同步包只在厂里和泵站之间交换，没有任何改动。</translation>
    </message>
    <message>
        <source>“{0}” cannot be a station code: use 1 to 4 capital letters or digits, starting with a letter (B2).</source>
        <translation>“{0}”不能作为泵站代号：请用 1 到 4 位大写字母或数字，以字母开头（如 B2）。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Sync is already set up for this database.</source>
        <translation>本数据库已经设置了同步。</translation>
    </message>
    <message>
        <source>Warn after 1 to 365 days; sync every 0 (off) to 1440 minutes.</source>
        <translation>提醒天数为 1 到 365 天；同步间隔为 0（关闭）到 1440 分钟。</translation>
    </message>
    <message>
        <source>Only the plant registers pump stations.</source>
        <translation>只有厂里可以登记泵站。</translation>
    </message>
    <message>
        <source>The code {0} is already used by the station {1}.</source>
        <translation>代号 {0} 已被泵站 {1} 使用。</translation>
    </message>
    <message>
        <source>This value cannot be restored: it was already resolved, or its row no longer exists.</source>
        <translation>这个值无法恢复：它已处理过，或对应的记录已不存在。</translation>
    </message>
    <message>
        <source>Accounts and rights are set at the plant: a station's value for them cannot be restored.</source>
        <translation>账号和权限只能在厂里设置：泵站给出的值不能恢复。</translation>
    </message>
    <message>
        <source>Only a pump station syncs with the plant's database over the network.</source>
        <translation>只有泵站才能联网与厂里数据库同步。</translation>
    </message>
    <message>
        <source>This database already holds an organisation (the demo plant, or one entered here). A pump station starts from an empty database and receives the plant's whole organisation at its first sync: start the program on a new, empty database and set up the station there.</source>
        <translation>这个数据库里已经有组织架构（演示数据或在本机录入的）。泵站须从空数据库开始，第一次同步时接收厂里的全部组织架构：请用一个新的空数据库启动程序，再在那里设置泵站。</translation>
    </message>
    <message>
        <source>This PC does not hold this database's sync key, so it cannot sign a sync file. Nothing was changed. Export and import on the PC where sync was set up, or have the system administrator copy the key here (gridapp sync export-key on that PC, gridapp sync import-key on this one).</source>
        <translation>本机没有这个数据库的同步密钥，不能为同步包签名，什么都没有改动。请在设置同步的那台电脑上导出和导入，或请系统管理员把密钥复制到本机（在那台电脑上运行 gridapp sync export-key，在本机运行 gridapp sync import-key）。</translation>
    </message>
    <message>
        <source>This PC does not hold the audit key of the plant's database, so it cannot add its changes to the plant's audit trail. Nothing was changed. The plant's system administrator copies the key to this PC once (gridapp audit export-key on a plant PC, gridapp --database &lt;the plant's server&gt; audit import-key here).</source>
        <translation>本机没有厂里数据库的审计密钥，不能把修改记入厂里的审计记录，什么都没有改动。请厂里的系统管理员把密钥复制到本机一次（在厂里的电脑上运行 gridapp audit export-key，在本机运行 gridapp --database &lt;厂里的服务器&gt; audit import-key）。</translation>
    </message>
    <message>
        <source>This PC has no secure key store (keyring), so the sync key or password cannot be kept. Nothing was changed. Use a PC with Windows Credential Manager or a Linux keyring.</source>
        <translation>本机没有安全的密钥库（keyring），无法保存同步密钥或密码，没有任何改动。请使用带 Windows 凭据管理器或 Linux 密钥环的电脑。</translation>
    </message>
    <message>
        <source>That station or conflict no longer exists here. Nothing was changed.</source>
        <translation>该泵站或冲突在此已不存在，没有任何改动。</translation>
    </message>
</context>
<context>
    <name>SyncWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Stopping… nothing half-done is kept.</source>
        <translation>正在停止…做了一半的改动不会保留。</translation>
    </message>
</context>
</TS>