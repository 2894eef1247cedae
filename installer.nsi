; Red Grid Workstation — the Windows installer (NSIS 3, Modern UI 2), compiled on Linux by scripts/build-windows.sh:
;
;     ./scripts/build-windows.sh          → dist/RedGridWorkstation-<version>-setup.exe
;
; which assembles the payload first (installer/payload.py: the Windows Python runtime, the win_amd64 wheels, the app
; precompiled, the licences) and passes its description in as PAYLOAD_NSH (VERSION, PAYLOAD, PAYLOAD_SIZE_KB).
;
; Install modes (MultiUser.nsh): for the current user, without administrator rights, into
; %LOCALAPPDATA%\Programs\RedGridWorkstation (the default); for all users of the PC into Program Files when the
; installer runs elevated ("Run as administrator"; /AllUsers on the command line asks for the elevation itself).
; Silent install for IT:  setup.exe /S [/AllUsers] [/D=C:\path\without\quotes]   (/D= must come last)
; Silent uninstall:       uninstall.exe /S [/DELETEDATA]      (the user's data is kept unless /DELETEDATA)
;
; The user's data (%LOCALAPPDATA%\RedGrid\RedGridWorkstation: database, backups, settings, logs) is never touched by an
; install or upgrade; the app upgrades the database itself on its first start (after a verified backup).

Unicode true
Target amd64-unicode   ; a 64-bit installer for a 64-bit app (and it runs under wine64 for the smoke test)
ManifestDPIAware true
!ifdef NOCOMPRESS   ; -DNOCOMPRESS: a quick uncompressed build to try the script
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

!ifndef PAYLOAD_NSH
  !define PAYLOAD_NSH "build/windows/payload.nsh"
!endif
!include "${PAYLOAD_NSH}"
!ifndef OUTFILE
  !define OUTFILE "dist/RedGridWorkstation-${VERSION}-setup.exe"
!endif

!define APP_ID "RedGridWorkstation"
!define APP_NAME "红色网格工作站 Red Grid Workstation"
!define APP_SHORT "红色网格工作站"
!define PUBLISHER "RedGrid"
!define DATA_SUBDIR "RedGrid\RedGridWorkstation"   ; platformdirs' user_data_path("RedGridWorkstation", "RedGrid")
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\RedGrid\RedGridWorkstation"
!define PYTHON_DLL "python${PYTHON_TAG}.dll"

Name "${APP_NAME}"
Caption "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
SetOverwrite on

; MultiUser: per-user by default; all-users only when running elevated. "Highest" would ask every administrator for
; elevation at start, even for a per-user install, so the manifest asks for nothing (RequestExecutionLevel user below).
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_ID}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
RequestExecutionLevel user
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

!define MUI_ICON "resources/icons/app.ico"
!define MUI_UNICON "resources/icons/app.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

; Pages
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "$(LicenseFile)"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"
!define MUI_FINISHPAGE_RUN_FUNCTION StartApp
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnComponentsText)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; Languages: Simplified Chinese first (the default where the PC's language is neither), then English.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LicenseLangString LicenseFile ${LANG_SIMPCHINESE} "${PAYLOAD}/licenses/RedGridWorkstation.txt"
LicenseLangString LicenseFile ${LANG_ENGLISH} "${PAYLOAD}/licenses/RedGridWorkstation.txt"

LangString RunNow ${LANG_SIMPCHINESE} "现在启动红色网格工作站"
LangString RunNow ${LANG_ENGLISH} "Start Red Grid Workstation now"
LangString ShortcutApp ${LANG_SIMPCHINESE} "红色网格工作站"
LangString ShortcutApp ${LANG_ENGLISH} "Red Grid Workstation"
LangString ShortcutData ${LANG_SIMPCHINESE} "数据文件夹"
LangString ShortcutData ${LANG_ENGLISH} "Data folder"
LangString ShortcutLicenses ${LANG_SIMPCHINESE} "许可证"
LangString ShortcutLicenses ${LANG_ENGLISH} "Licences"
LangString DescApp ${LANG_SIMPCHINESE} "红色网格工作站：网格化治理桌面程序"
LangString DescApp ${LANG_ENGLISH} "Red Grid Workstation: grid governance desktop app"
LangString DescData ${LANG_SIMPCHINESE} "打开本用户的数据文件夹（数据库、备份、设置、日志）"
LangString DescData ${LANG_ENGLISH} "Open this user's data folder (database, backups, settings, logs)"
LangString AppRunning ${LANG_SIMPCHINESE} "红色网格工作站正在运行。请先关闭它，然后点击“重试”。"
LangString AppRunning ${LANG_ENGLISH} "Red Grid Workstation is running. Close it, then click Retry."
LangString NotOurFolder ${LANG_SIMPCHINESE} "所选文件夹中已有名为 python 或 app 的其他文件。请选择一个空文件夹。"
LangString NotOurFolder ${LANG_ENGLISH} "The chosen folder already holds other files named python or app. Choose an empty folder."
LangString Needs64 ${LANG_SIMPCHINESE} "红色网格工作站需要 64 位 Windows 10 或更高版本。"
LangString Needs64 ${LANG_ENGLISH} "Red Grid Workstation needs 64-bit Windows 10 or later."
LangString SecProgram ${LANG_SIMPCHINESE} "程序文件"
LangString SecProgram ${LANG_ENGLISH} "Program files"
LangString SecDeleteData ${LANG_SIMPCHINESE} "同时删除数据"
LangString SecDeleteData ${LANG_ENGLISH} "Also delete the data"
LangString UnComponentsText ${LANG_SIMPCHINESE} "默认保留您的数据（数据库、备份、设置、日志），以便重新安装或升级后继续使用。只有勾选“同时删除数据”才会删除本用户的数据文件夹：$DataDir"
LangString UnComponentsText ${LANG_ENGLISH} "Your data (database, backups, settings, logs) is kept, for a reinstall or an upgrade. Only when “Also delete the data” is ticked is this user's data folder deleted: $DataDir"


VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Red Grid Workstation"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Red Grid Workstation ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

Var CommandLineDir
Var DataDir

!macro DataDirOfThisUser
  ; The data folder of the user running this (not of "all users", whatever the install mode).
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${DATA_SUBDIR}"
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
!macroend

!macro WaitUntilClosed
  ; A running app holds python311.dll open: it cannot be opened for writing then.
  ${If} ${FileExists} "$INSTDIR\python\${PYTHON_DLL}"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\python\${PYTHON_DLL}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY +3
      SetErrorLevel 2
      Quit
    ${Loop}
  ${EndIf}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64)" /SD IDOK
    Quit
  ${EndIf}
  SetRegView 64
  StrCpy $CommandLineDir $INSTDIR   ; /D=… (MultiUser would replace it with its default)
  ; /AllUsers without elevation: start this installer again elevated (Windows asks for an administrator) and quit.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/AllUsers" $1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $1
    ${If} $1 != "Admin"
      ${If} $CommandLineDir != ""
        StrCpy $0 "/AllUsers /D=$CommandLineDir"
      ${EndIf}
      ${If} ${Silent}
        StrCpy $0 "/S $0"
      ${EndIf}
      ExecShell "runas" "$EXEPATH" "$0"
      Quit
    ${EndIf}
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  ${If} $CommandLineDir != ""
    StrCpy $INSTDIR $CommandLineDir
  ${EndIf}
FunctionEnd

Function StartApp
  ; pythonw.exe: the window without a console. Started from the app folder, as the shortcuts do.
  SetOutPath "$INSTDIR\app"
  Exec '"$INSTDIR\python\pythonw.exe" -m main'
FunctionEnd

Section "$(SecProgram)" SecProgram
  SectionIn RO
  !insertmacro WaitUntilClosed
  ; An upgrade replaces the program folders whole (no module of the old version is left behind); the user's data
  ; is elsewhere. Only folders this installer made are removed.
  ${If} ${FileExists} "$INSTDIR\python\*.*"
  ${OrIf} ${FileExists} "$INSTDIR\app\*.*"
    ${IfNot} ${FileExists} "$INSTDIR\build-info.json"
      MessageBox MB_OK|MB_ICONSTOP "$(NotOurFolder)" /SD IDOK
      Abort
    ${EndIf}
    RMDir /r "$INSTDIR\python"
    RMDir /r "$INSTDIR\app"
    RMDir /r "$INSTDIR\licenses"
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}/python"
  File /r "${PAYLOAD}/app"
  File /r "${PAYLOAD}/licenses"
  File "${PAYLOAD}/RedGridWorkstation.ico"
  File "${PAYLOAD}/gridapp.cmd"
  File "${PAYLOAD}/build-info.json"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Shortcuts: the window through pythonw.exe (no console), the data folder, the licences.
  SetOutPath "$INSTDIR\app"
  CreateDirectory "$SMPROGRAMS\${APP_SHORT}"
  CreateShortCut "$SMPROGRAMS\${APP_SHORT}\$(ShortcutApp).lnk" "$INSTDIR\python\pythonw.exe" "-m main" \
    "$INSTDIR\RedGridWorkstation.ico" 0 SW_SHOWNORMAL "" "$(DescApp)"
  CreateShortCut "$DESKTOP\$(ShortcutApp).lnk" "$INSTDIR\python\pythonw.exe" "-m main" \
    "$INSTDIR\RedGridWorkstation.ico" 0 SW_SHOWNORMAL "" "$(DescApp)"
  ${If} $MultiUser.InstallMode == "AllUsers"
    ; One shortcut for every user: each user's own folder, resolved when it is opened.
    CreateShortCut "$SMPROGRAMS\${APP_SHORT}\$(ShortcutData).lnk" "$WINDIR\explorer.exe" \
      '"shell:Local AppData\${DATA_SUBDIR}"' "$WINDIR\explorer.exe" 0 SW_SHOWNORMAL "" "$(DescData)"
  ${Else}
    SetShellVarContext current
    CreateDirectory "$LOCALAPPDATA\${DATA_SUBDIR}"
    CreateShortCut "$SMPROGRAMS\${APP_SHORT}\$(ShortcutData).lnk" "$LOCALAPPDATA\${DATA_SUBDIR}" "" \
      "$WINDIR\explorer.exe" 0 SW_SHOWNORMAL "" "$(DescData)"
  ${EndIf}
  CreateShortCut "$SMPROGRAMS\${APP_SHORT}\$(ShortcutLicenses).lnk" "$INSTDIR\licenses"
  SetOutPath "$INSTDIR"

  ; Apps & features (HKCU for a per-user install, HKLM for all users: SHCTX follows the install mode).
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\RedGridWorkstation.ico"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" ${PAYLOAD_SIZE_KB}
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "un.$(SecProgram)" SecUnProgram
  SectionIn RO
  !insertmacro WaitUntilClosed
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\RedGridWorkstation.ico"
  Delete "$INSTDIR\gridapp.cmd"
  Delete "$INSTDIR\build-info.json"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"   ; only when empty: files the user put there stay

  Delete "$SMPROGRAMS\${APP_SHORT}\*.lnk"
  RMDir "$SMPROGRAMS\${APP_SHORT}"
  Delete "$DESKTOP\红色网格工作站.lnk"
  Delete "$DESKTOP\Red Grid Workstation.lnk"

  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\RedGrid"
SectionEnd

Section /o "un.$(SecDeleteData)" SecUnDeleteData
  ; Only when ticked (or /DELETEDATA): this user's database, backups, settings and logs.
  RMDir /r "$DataDir"
  SetShellVarContext current
  RMDir "$LOCALAPPDATA\RedGrid"
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
  ; An all-users install is uninstalled elevated: Apps & features starts us unelevated with /AllUsers, so start
  ; uninstall.exe again elevated (Windows asks for an administrator) and quit.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/AllUsers" $1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $1
    ${If} $1 != "Admin"
      StrCpy $1 "/AllUsers"
      ${If} ${Silent}
        StrCpy $1 "$1 /S"
      ${EndIf}
      ClearErrors
      ${GetOptions} $0 "/DELETEDATA" $2
      ${IfNot} ${Errors}
        StrCpy $1 "$1 /DELETEDATA"
      ${EndIf}
      ExecShell "runas" "$INSTDIR\uninstall.exe" "$1"
      Quit
    ${EndIf}
  ${EndIf}
  !insertmacro MULTIUSER_UNINIT
  !insertmacro DataDirOfThisUser
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DELETEDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnDeleteData}
  ${EndIf}
FunctionEnd
