; Red Grid Workstation — Windows installer (NSIS). PLACEHOLDER until the installer issue.
;
; The plan, so the layout does not change later: PyInstaller builds dist\gridapp\ (one folder, with resources\
; beside the executable) on a Windows build machine; this script wraps that folder into RedGridSetup-<version>.exe,
; creates Start-menu and desktop shortcuts, and leaves the user's data folder (%LOCALAPPDATA%\RedGrid\...) alone on
; uninstall. makensis compiles it on Linux too (apt-get install nsis); the version is passed in at build time:
;     makensis -DVERSION=0.1.0 installer.nsi
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
Unicode true
Name "红色网格工作站 ${VERSION}"
OutFile "RedGridSetup-${VERSION}.exe"
InstallDir "$PROGRAMFILES64\RedGridWorkstation"
RequestExecutionLevel admin

Section "Install"
  SetOutPath "$INSTDIR"
  ; File /r "dist\gridapp\*.*"   ; enabled by the installer issue, once dist\gridapp exists
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
