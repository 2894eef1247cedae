<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportDialog</name>
    <message>
        <source>&lt; &amp;Columns</source>
        <translation>&lt; 各列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation>检查各行(&amp;C) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>重新读取文件</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in Excel or WPS</source>
        <translation>在 Excel 或 WPS 中改正后重新读取文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the file… {0} rows</source>
        <translation>正在读取文件… 已读 {0} 行</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>Sheet “{0}”, headings in row {1}, {2} rows of data.</source>
        <translation>工作表“{0}”，标题在第 {1} 行，数据 {2} 行。</translation>
    </message>
    <message>
        <source>Columns not imported: {0}.</source>
        <translation>不导入的列：{0}。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.et *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.et *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>blank rows: {0}</source>
        <translation>空行 {0} 行</translation>
    </message>
    <message>
        <source>totals rows: {0}</source>
        <translation>合计行 {0} 行</translation>
    </message>
    <message>
        <source>notes under the table: {0}</source>
        <translation>表下注释 {0} 行</translation>
    </message>
    <message>
        <source>section titles: {0}</source>
        <translation>分组标题 {0} 行</translation>
    </message>
    <message>
        <source>headings repeated: {0}</source>
        <translation>重复的标题行 {0} 行</translation>
    </message>
    <message>
        <source>hidden rows: {0}</source>
        <translation>隐藏行 {0} 行</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>Left out as not data: {0}.</source>
        <translation>不是数据、未导入：{0}。</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headings</source>
        <translation>表中写有各列标题的那一行</translation>
    </message>
    <message>
        <source>&amp;Headings in row:</source>
        <translation>标题所在行(&amp;H)：</translation>
    </message>
    <message>
        <source>Include hidden rows and columns</source>
        <translation>包括隐藏的行和列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading in the sheet</source>
        <translation>表中标题</translation>
    </message>
    <message>
        <source>Values (first rows)</source>
        <translation>示例值（前几行）</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation>（隐藏）</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Proposed from a word in the heading; check it.</source>
        <translation>根据标题中的词推测，请核对。</translation>
    </message>
    <message>
        <source>The first rows of the sheet are empty; choose the row that holds the column headings.</source>
        <translation>表格前几行是空的，请选择写有各列标题的那一行。</translation>
    </message>
    <message>
        <source>Required and not in any column: {0}. Choose its column below.</source>
        <translation>必填项没有对应的列：{0}。请在下面为它选择一列。</translation>
    </message>
    <message>
        <source>Two columns are imported as {0}; choose one.</source>
        <translation>有两列都导入为“{0}”，请只选一列。</translation>
    </message>
    <message>
        <source>There are no rows under the headings.</source>
        <translation>标题下面没有数据行。</translation>
    </message>
    <message>
        <source>Columns matched as in your last import of a sheet with these headings.</source>
        <translation>已按上次导入同样标题的表格时的对应方式匹配各列。</translation>
    </message>
    <message>
        <source>Not imported: {0}.</source>
        <translation>不导入的列：{0}。</translation>
    </message>
    <message>
        <source>{0} hidden rows are included.</source>
        <translation>包括 {0} 个隐藏的行。</translation>
    </message>
    <message>
        <source>{0} hidden rows are left out.</source>
        <translation>{0} 个隐藏的行不导入。</translation>
    </message>
</context>
</TS>