<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoDialog</name>
    <message>
        <source>Demo plant</source>
        <translation>演示水厂</translation>
    </message>
    <message>
        <source>This database holds no plant yet. Load the demo water plant (one grid, six officers, five workshops, 58 staff) to look around? It can be used for training; real data needs an empty database.

Every person of the demo plant gets an account (login: the employee number, e.g. DH0001 for the grid leader), and so do “secadmin” and “auditor”. Choose their common password:</source>
        <translation>这个数据库里还没有厂。要载入演示水厂（一个网格、六大员、五个车间、58 名员工）看看吗？演示数据可用于培训；真实数据请使用空数据库。

演示水厂的每个人都会有一个账号（登录名为工号，例如网格长为 DH0001），另有“secadmin”（安全管理员）和“auditor”（审计管理员）。请为这些演示账号设置一个共用密码：</translation>
    </message>
    <message>
        <source>Load the demo plant</source>
        <translation>载入演示水厂</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不载入</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>InitAdminDialog</name>
    <message>
        <source>First start: system administrator</source>
        <translation>首次启动：系统管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the password of the system administrator (login “sysadmin”). The system administrator manages accounts and settings only; the work of the plant is done with personal accounts.</source>
        <translation>这个数据库还没有任何账号。请设置系统管理员（登录名“sysadmin”）的密码。系统管理员只负责账号和设置，厂里的业务工作用个人账号办理。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. {0}, enter your password to go on.</source>
        <translation>窗口长时间无人操作，已锁定。{0}，请输入密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Red Grid Workstation</source>
        <translation>登录 — 红色网格工作站</translation>
    </message>
    <message>
        <source>Red Grid Workstation</source>
        <translation>红色网格工作站</translation>
    </message>
    <message>
        <source>Login name (employee number)</source>
        <translation>登录名（工号）</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Change and log in</source>
        <translation>修改并登录</translation>
    </message>
    <message>
        <source>Opening the database… you are logged in as soon as it is open.</source>
        <translation>正在打开数据库……打开后即为您登录。</translation>
    </message>
    <message>
        <source>Choose your new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>A password needs at least {0} characters of at least {1} of the four kinds (lower case, upper case, digits, other characters) and must not contain the login name.</source>
        <translation>密码至少 {0} 个字符，至少包含小写字母、大写字母、数字、其他字符这四类中的 {1} 类，且不得包含登录名。</translation>
    </message>
    <message>
        <source>at least {0} characters</source>
        <translation>至少 {0} 个字符</translation>
    </message>
    <message>
        <source>at least {0} of the 4 kinds: small letters, capital letters, digits, other signs</source>
        <translation>包含小写字母、大写字母、数字、其他符号四类中的至少 {0} 类</translation>
    </message>
    <message>
        <source>it must not contain the login name</source>
        <translation>不得包含登录名</translation>
    </message>
    <message>
        <source>The password does not meet the policy: {0}.</source>
        <translation>密码不符合密码策略：{0}。</translation>
    </message>
    <message>
        <source>A policy value is outside its allowed range ({0} to {1}).</source>
        <translation>策略取值超出允许范围（{0} 至 {1}）。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {0}. Try again then, or ask the system administrator to unlock it.</source>
        <translation>密码错误次数过多，账号已锁定至 {0}。请届时再试，或请系统管理员解锁。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the system administrator.</source>
        <translation>该账号已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one.</source>
        <translation>密码已过期，请设置新密码。</translation>
    </message>
    <message>
        <source>Choose a new password before you start (first login or a reset).</source>
        <translation>首次登录或密码被重置后，请先设置新密码。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>This login name is already taken.</source>
        <translation>该登录名已被使用。</translation>
    </message>
    <message>
        <source>A login name has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名由 2 至 40 个字母、数字、点、短横线或下划线组成。</translation>
    </message>
    <message>
        <source>{0} already has an account.</source>
        <translation>{0} 已经有账号了。</translation>
    </message>
    <message>
        <source>This person no longer works here (or was removed).</source>
        <translation>此人已离职（或已被删除）。</translation>
    </message>
    <message>
        <source>There is already an account for this system role; no account holds two of them.</source>
        <translation>该系统角色已有账号；三员分立，一个账号不能兼任两个系统角色。</translation>
    </message>
    <message>
        <source>A system administrator already exists.</source>
        <translation>系统管理员已经存在。</translation>
    </message>
    <message>
        <source>The system administrator's account cannot be disabled.</source>
        <translation>系统管理员账号不能停用。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>The audit trail failed its integrity check: {0} The database is open for reading only; nothing can be changed until the auditor has looked into it.</source>
        <translation>审计链完整性校验未通过：{0}数据库已以只读方式打开；在审计管理员查明之前不能做任何修改。</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
</TS>