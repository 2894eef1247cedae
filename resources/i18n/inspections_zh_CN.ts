<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardImportDialog</name>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation>从表格导入检查项</translation>
    </message>
    <message>
        <source>— written in each row —</source>
        <translation>— 每行写明 —</translation>
    </message>
    <message>
        <source>Accept every reading proposed</source>
        <translation>全部采用读出的限值</translation>
    </message>
    <message>
        <source>Accept the rows I tick</source>
        <translation>只采用勾选的行</translation>
    </message>
    <message>
        <source>Keep every item pass/fail</source>
        <translation>全部保持合格判定</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <source>Level where none is written:</source>
        <translation>未写检查级别的行：</translation>
    </message>
    <message>
        <source>Frequency where none is written:</source>
        <translation>未写频次的行：</translation>
    </message>
    <message>
        <source>Limits in the standard:</source>
        <translation>标准中的限值：</translation>
    </message>
    <message>
        <source>{0} items: {1} new, {2} changed, {3} removed from the card.</source>
        <translation>共 {0} 项：新增 {1}，更新 {2}，从本卡删除 {3}。</translation>
    </message>
    <message>
        <source>{0} standards state limits; {1} become reading items.</source>
        <translation>{0} 项的标准中写有限值，其中 {1} 项改为读数项。</translation>
    </message>
    <message>
        <source>{0} rows have problems: nothing can be imported until they are corrected.</source>
        <translation>{0} 行有问题：改正之前不能导入。</translation>
    </message>
    <message>
        <source>A sheet without levels or frequencies can take one for every row above.</source>
        <translation>表中没有检查级别或频次时，可在上方为所有行统一选择。</translation>
    </message>
    <message>
        <source>Items imported: {0} changes recorded in the card's history.</source>
        <translation>检查项已导入：{0} 处变更已记入本卡的修改记录。</translation>
    </message>
</context>
<context>
    <name>CardWorkbooks</name>
    <message>
        <source>Export items</source>
        <translation>导出检查项</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>导入检查项</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Release version…</source>
        <translation>发布版本…</translation>
    </message>
    <message>
        <source>Versions and changes…</source>
        <translation>版本与修改记录…</translation>
    </message>
    <message>
        <source>Copy to post…</source>
        <translation>复制到岗位…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Rename this document for every post of the plant</source>
        <translation>为全厂所有岗位修改此文件名称</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Blank checklist (A4)…</source>
        <translation>空白检查表（A4）…</translation>
    </message>
    <message>
        <source>Display board (A1 / A2)…</source>
        <translation>展板（A1 / A2）…</translation>
    </message>
    <message>
        <source>Display board on A3 / A4 sheets…</source>
        <translation>展板拼贴打印（A3 / A4）…</translation>
    </message>
    <message>
        <source>Pocket cards…</source>
        <translation>口袋卡…</translation>
    </message>
    <message>
        <source>Card or book (A4, A5, A6)…</source>
        <translation>岗位卡或手册（A4、A5、A6）…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加检查项…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>导入 .xlsx…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Drag rows to reorder.</source>
        <translation>拖动行可调整顺序。</translation>
    </message>
    <message>
        <source>One point per line. A line starting with # is a heading; a line starting with - is a numbered point (pocket cards print the points).</source>
        <translation>每行一条。以 # 开头的行是标题；以 - 开头的行是编号要点（口袋卡打印这些要点）。</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>保存文本</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未编写</translation>
    </message>
    <message>
        <source>Start this document</source>
        <translation>开始编写此文件</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; {1}</translation>
    </message>
    <message>
        <source>Choose a post</source>
        <translation>请选择岗位</translation>
    </message>
    <message>
        <source>Its book, cards and tables are listed here.</source>
        <translation>此处列出该岗位的一册四卡三表。</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{0} is not started</source>
        <translation>{0}尚未编写</translation>
    </message>
    <message>
        <source>Start it to write its items or text; release it to put it in force.</source>
        <translation>开始编写后可填写检查项或正文；发布后生效。</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>文本未保存</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>保存对“{0}”的修改吗？</translation>
    </message>
    <message>
        <source>Add a checkpoint item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Item {0}</source>
        <translation>第 {0} 项</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Remove {0} items from the card? Rounds already recorded keep their results.</source>
        <translation>从点项卡中删除 {0} 项？已记录的巡检结果将保留。</translation>
    </message>
    <message>
        <source>Release a version</source>
        <translation>发布新版本</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>“{0}” was copied to {1}. It is a draft there until released.</source>
        <translation>“{0}”已复制到 {1}。在该岗位发布之前为草稿。</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>文件改名</translation>
    </message>
    <message>
        <source>New name for every post:</source>
        <translation>所有岗位使用的新名称：</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy “{0}” to another post</source>
        <translation>将“{0}”复制到其他岗位</translation>
    </message>
    <message>
        <source>Replace what that post's document holds</source>
        <translation>替换该岗位此文件的现有内容</translation>
    </message>
    <message>
        <source>Add the items after the ones it has</source>
        <translation>添加在该岗位现有检查项之后</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>复制到</translation>
    </message>
</context>
<context>
    <name>DocumentSetModel</name>
    <message>
        <source>Not started</source>
        <translation>未编写</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Changed since release</source>
        <translation>发布后有修改</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Card</source>
        <translation>点项卡</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
</context>
<context>
    <name>EditionModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
</context>
<context>
    <name>EditionViewDialog</name>
    <message>
        <source>{0}{1}, version {2}</source>
        <translation>{0}{1}，版本 {2}</translation>
    </message>
    <message>
        <source>Released {0} by {1}. {2}</source>
        <translation>{0} 由 {1} 发布。{2}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{0}{1}: versions and changes</source>
        <translation>{0}{1}：版本与修改记录</translation>
    </message>
    <message>
        <source>View version…</source>
        <translation>查看版本…</translation>
    </message>
    <message>
        <source>Print version…</source>
        <translation>打印版本…</translation>
    </message>
    <message>
        <source>Released versions</source>
        <translation>已发布的版本</translation>
    </message>
    <message>
        <source>Change log (newest first)</source>
        <translation>修改记录（最新在前）</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <source>Staff</source>
        <translation>岗位员工</translation>
    </message>
    <message>
        <source>Grid officer</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Staff round</source>
        <translation>群众日查</translation>
    </message>
    <message>
        <source>Officer round</source>
        <translation>网格员周查</translation>
    </message>
    <message>
        <source>Leader round</source>
        <translation>网格长月查</translation>
    </message>
    <message>
        <source>Every {0} days</source>
        <translation>每 {0} 天</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>合格判定</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>册</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待检查</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>At the PC</source>
        <translation>现场录入</translation>
    </message>
    <message>
        <source>From paper</source>
        <translation>纸质补录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Activity unit</source>
        <translation>作业活动单元</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>检查级别</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>检查频次</translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>记录方式</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始编写</translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation>修改正文</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>修改检查项</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Items reordered</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <source>Imported from a workbook</source>
        <translation>从工作簿导入</translation>
    </message>
    <message>
        <source>Copied from another post</source>
        <translation>从其他岗位复制</translation>
    </message>
    <message>
        <source>Version released</source>
        <translation>发布版本</translation>
    </message>
</context>
<context>
    <name>InspectionMessages</name>
    <message>
        <source>Say what is to be checked (the content).</source>
        <translation>请填写检查内容。</translation>
    </message>
    <message>
        <source>“{0}” is too long; shorten it.</source>
        <translation>“{0}”过长，请缩短。</translation>
    </message>
    <message>
        <source>A custom frequency needs the number of days between rounds.</source>
        <translation>自定义频次需填写间隔天数。</translation>
    </message>
    <message>
        <source>The lower limit is above the upper limit.</source>
        <translation>下限大于上限。</translation>
    </message>
    <message>
        <source>Write the version as a number such as 4 or 4.1.</source>
        <translation>版本号请写成 4 或 4.1 这样的数字。</translation>
    </message>
    <message>
        <source>The new version must be higher than the current version {0}.</source>
        <translation>新版本号必须高于当前版本 {0}。</translation>
    </message>
    <message>
        <source>Nothing has changed since the last version was released.</source>
        <translation>自上次发布以来没有修改。</translation>
    </message>
    <message>
        <source>This document no longer exists; another user may have removed it. Refresh the list.</source>
        <translation>此文件已不存在，可能已被其他用户删除。请刷新列表。</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>此岗位已不存在。</translation>
    </message>
    <message>
        <source>This card has no items for that level and frequency.</source>
        <translation>此点项卡没有该级别和频次的检查项。</translation>
    </message>
    <message>
        <source>Choose another post to copy the card to.</source>
        <translation>请选择另一个岗位作为复制目标。</translation>
    </message>
    <message>
        <source>This card has not been released yet, so no rounds are recorded against it.</source>
        <translation>此点项卡尚未发布，不能据此记录巡检。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Item {0} is a reading: type the measured value, or mark it not applicable.</source>
        <translation>第 {0} 项为读数项：请填写实测值，或标记为不适用。</translation>
    </message>
    <message>
        <source>A round cannot be recorded for a period that has not begun.</source>
        <translation>不能为尚未开始的周期记录巡检。</translation>
    </message>
    <message>
        <source>The card was changed while this round was being entered. Open the round again.</source>
        <translation>录入期间点项卡已被修改，请重新打开本次巡检。</translation>
    </message>
    <message>
        <source>The reporting address “{0}” has an unknown placeholder. Use {rg}, {unit}, {unit_code}, {post}, {post_code} or {post_id}.</source>
        <translation>上报地址“{0}”中有无法识别的占位符。可用 {rg}、{unit}、{unit_code}、{post}、{post_code} 或 {post_id}。</translation>
    </message>
    <message>
        <source>That person is no longer on the staff. Choose someone else to answer for the round.</source>
        <translation>此人已不在职，请另选一名巡检责任人。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>This column is missing from the heading row.</source>
        <translation>表头行缺少此列。</translation>
    </message>
    <message>
        <source>Required; the cell is empty.</source>
        <translation>必填，单元格为空。</translation>
    </message>
    <message>
        <source>Not a level: write 岗位员工, 网格员 or 网格长.</source>
        <translation>检查级别无效：请填写 岗位员工、网格员 或 网格长。</translation>
    </message>
    <message>
        <source>Not a frequency: write 每日, 每周, 每月 or 自定义.</source>
        <translation>检查频次无效：请填写 每日、每周、每月 或 自定义。</translation>
    </message>
    <message>
        <source>Not a kind: write 合格判定 or 读数.</source>
        <translation>记录方式无效：请填写 合格判定 或 读数。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Not an item number written by this program.</source>
        <translation>不是本软件导出的项目编号。</translation>
    </message>
    <message>
        <source>The same item number appears twice.</source>
        <translation>同一项目编号出现了两次。</translation>
    </message>
    <message>
        <source>The sheet holds no items.</source>
        <translation>工作表中没有检查项。</translation>
    </message>
    <message>
        <source>The sheet holds too many rows for one card.</source>
        <translation>工作表行数超过一张点项卡的上限。</translation>
    </message>
    <message>
        <source>Inspection cards</source>
        <translation>检查点项卡</translation>
    </message>
    <message>
        <source>The file is not a picture this program can read.</source>
        <translation>该文件不是本软件能读取的图片。</translation>
    </message>
</context>
<context>
    <name>InspectionPrint</name>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Display board</source>
        <translation>展板</translation>
    </message>
    <message>
        <source>Display board on small sheets</source>
        <translation>展板拼贴打印</translation>
    </message>
    <message>
        <source>Pocket cards</source>
        <translation>口袋卡</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>Book, cards and tables</source>
        <translation>一册四卡三表</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>No plant yet</source>
        <translation>尚无厂区数据</translation>
    </message>
    <message>
        <source>Load the demo plant from the File menu, or build the organisation first.</source>
        <translation>请从“文件”菜单载入演示水厂，或先建立组织架构。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. MPa, mg/L, ℃</source>
        <translation>如 MPa、mg/L、℃</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Activity unit</source>
        <translation>作业活动单元</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查级别</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>检查频次</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录方式</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>The limits must be numbers.</source>
        <translation>上下限必须是数字。</translation>
    </message>
</context>
<context>
    <name>ItemPreviewModel</name>
    <message>
        <source>Error</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Filled from the merged cell above</source>
        <translation>由上方合并单元格填入</translation>
    </message>
    <message>
        <source>Read from “{0}” in the standard</source>
        <translation>从标准中的“{0}”读出</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reading from the standard</source>
        <translation>标准中的读数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Activity unit</source>
        <translation>作业活动单元</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查级别</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>检查频次</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录方式</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>nobody named</source>
        <translation>未指定责任人</translation>
    </message>
    <message>
        <source>{0} · {1}
Done {2} of {3} due; overdue {4}; due now {5}; not yet due {6}</source>
        <translation>{0} · {1}
应检 {3} 次，已完成 {2} 次；超期 {4}；待检查 {5}；未到期 {6}</translation>
    </message>
    <message>
        <source>Missed, responsible: {0}</source>
        <translation>漏检，责任人：{0}</translation>
    </message>
    <message>
        <source>Due now, responsible: {0}</source>
        <translation>待检，责任人：{0}</translation>
    </message>
    <message>
        <source>Wk {0}</source>
        <translation>第{0}周</translation>
    </message>
    <message>
        <source>Month {0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MissModel</name>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
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
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定责任人</translation>
    </message>
</context>
<context>
    <name>OwnerModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>By default</source>
        <translation>默认责任人</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定责任人</translation>
    </message>
    <message>
        <source>{0} (chosen)</source>
        <translation>{0}（指定）</translation>
    </message>
</context>
<context>
    <name>PostTreeModel</name>
    <message>
        <source>Post {0} of {1}</source>
        <translation>{1} 的岗位 {0}</translation>
    </message>
    <message>
        <source>Units and posts</source>
        <translation>单位与岗位</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All frequencies</source>
        <translation>全部频次</translation>
    </message>
    <message>
        <source>Leave the date blank, to fill in by hand</source>
        <translation>日期留空，手工填写</translation>
    </message>
    <message>
        <source>A4 (to hang or file)</source>
        <translation>A4（张贴或存档）</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A6 (pocket size)</source>
        <translation>A6（口袋尺寸）</translation>
    </message>
    <message>
        <source>optional, e.g. https://plant.example/report?place={rg}</source>
        <translation>可不填，例如 https://plant.example/report?place={rg}</translation>
    </message>
    <message>
        <source>The address of the plant's reporting form; {rg} (the place code the app's scan box reads), {unit}, {unit_code}, {post}, {post_code} and {post_id} are filled in. Left empty, the code is the place code alone: the scan box (F7) opens the post from it, without a network.</source>
        <translation>厂里上报表单的地址；其中 {rg}（本程序扫码框能识别的地点码）、{unit}、{unit_code}、{post}、{post_code} 和 {post_id} 会自动填入。不填时，二维码里只有地点码：用扫码框（F7）扫描即可打开该岗位，无需网络。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张方向</translation>
    </message>
    <message>
        <source>Items checked by</source>
        <translation>检查级别</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>检查频次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Board size</source>
        <translation>展板尺寸</translation>
    </message>
    <message>
        <source>Printer paper</source>
        <translation>打印纸</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>QR code reporting address</source>
        <translation>二维码上报地址</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a version</source>
        <translation>发布新版本</translation>
    </message>
    <message>
        <source>What changed, e.g. the grid's duties added to the card</source>
        <translation>修改说明，如：融入网格职责</translation>
    </message>
    <message>
        <source>Release the current text of “{0}” as a new version. The released version is kept and can be viewed and printed later; rounds are recorded against it.</source>
        <translation>将“{0}”的当前内容发布为新版本。已发布的版本永久保存，可随时查看和打印；巡检按此版本记录。</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>none (draft)</source>
        <translation>无（草稿）</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>Double-click to open it on the issue board</source>
        <translation>双击在问题看板中打开</translation>
    </message>
    <message>
        <source>Issue {0}</source>
        <translation>问题 {0}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Issue board</source>
        <translation>问题看板</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>RoundEntryDialog</name>
    <message>
        <source>Enter a paper checklist</source>
        <translation>补录纸质检查表</translation>
    </message>
    <message>
        <source>Record a round</source>
        <translation>记录巡检</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} · {1}&lt;/b&gt; &amp;nbsp; {2} · {3} · period {4} · {5} items</source>
        <translation>&lt;b&gt;{0} · {1}&lt;/b&gt; &amp;nbsp; {2} · {3} · 周期 {4} · 共 {5} 项</translation>
    </message>
    <message>
        <source>optional remark on the whole round</source>
        <translation>可选，对本次巡检的说明</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Every item passes unless you say otherwise. Type an item's number to jump to it; Enter moves on (on a reading it asks for the value); F fails the item and asks why; N: not applicable; P: pass again; F2: note.</source>
        <translation>每项默认合格。输入序号跳到该项；回车到下一项（读数项先输入实测值）；F 标记不合格并填写原因；N 不适用；P 恢复合格；F2 填写备注。</translation>
    </message>
    <message>
        <source>Attach photo to item…</source>
        <translation>为当前项添加照片…</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>保存巡检</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go to item {0}</source>
        <translation>跳到第 {0} 项</translation>
    </message>
    <message>
        <source>Last item: Ctrl+S saves the round.</source>
        <translation>已到最后一项：按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Item {0} ({1}) is a reading: type the measured value, or press N if it was not applicable.</source>
        <translation>第 {0} 项（{1}）为读数项：请输入实测值；不适用请按 N。</translation>
    </message>
    <message>
        <source>Discard what was entered for this round?</source>
        <translation>放弃本次已录入的内容吗？</translation>
    </message>
</context>
<context>
    <name>RoundEntryModel</name>
    <message>
        <source>Type the value</source>
        <translation>待填读数</translation>
    </message>
    <message>
        <source>{0}: out of limits</source>
        <translation>{0}：超出范围</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>岗位 · 点项卡</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>RoundPeopleDialog</name>
    <message>
        <source>Responsible for rounds · {0}</source>
        <translation>巡检责任人 · {0}</translation>
    </message>
    <message>
        <source>Name this person</source>
        <translation>指定此人</translation>
    </message>
    <message>
        <source>Back to the default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Each round has one named person: by default the first of the post's staff for its daily round, and for weekly and monthly rounds the officer or leader whose turn the zone is. Choose someone else where that is wrong.</source>
        <translation>每项巡检都有一名责任人：日查默认为本岗位第一名员工，周查、月查默认为按责任区轮到的网格员或网格长。不合适时可另行指定。</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Who answers for each round</source>
        <translation>各项巡检责任人</translation>
    </message>
    <message>
        <source>Missed rounds</source>
        <translation>漏检记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: rounds whose period ended without a round</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：周期结束仍未巡检的记录</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定责任人</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>No round was missed.</source>
        <translation>没有漏检。</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Done / due per unit: each day, each week, the month. Red: overdue; yellow: due now; green: done. Click a cell to see its rounds.</source>
        <translation>各单位每日、每周、每月的已完成/应检次数。红色：超期；黄色：待检查；绿色：已完成。点击单元格查看明细。</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>当前待检</translation>
    </message>
    <message>
        <source>Record round…</source>
        <translation>记录巡检…</translation>
    </message>
    <message>
        <source>Enter paper checklist…</source>
        <translation>补录纸质检查表…</translation>
    </message>
    <message>
        <source>Print blank checklist…</source>
        <translation>打印空白检查表…</translation>
    </message>
    <message>
        <source>Responsible and misses…</source>
        <translation>责任人与漏检…</translation>
    </message>
    <message>
        <source>Who answers for each round, and the rounds missed month by month</source>
        <translation>各项巡检的责任人，以及逐月的漏检记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; and the units below it</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 及下属单位</translation>
    </message>
    <message>
        <source>{0}-{1:02}</source>
        <translation>{0}年{1:02}月</translation>
    </message>
    <message>
        <source>Who is due to check what, now</source>
        <translation>当前谁该检查什么</translation>
    </message>
    <message>
        <source>{0}: {1} rounds, {2}</source>
        <translation>{0}：{1}巡检，{2}</translation>
    </message>
    <message>
        <source>Round recorded. {0} failed items were reported on the issue board: {1}.</source>
        <translation>巡检已保存。{0} 个不合格项已上报问题看板：{1}。</translation>
    </message>
    <message>
        <source>Round recorded with {0} failed items.</source>
        <translation>巡检已保存，有 {0} 个不合格项。</translation>
    </message>
    <message>
        <source>Round recorded: every item passed.</source>
        <translation>巡检已保存：全部合格。</translation>
    </message>
</context>
</TS>