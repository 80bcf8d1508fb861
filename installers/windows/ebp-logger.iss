; Inno Setup 6 script: a Windows installer for the PyInstaller bundle dist\ebp-logger\.
; Build the bundle on Windows first, then compile this script (installers\README.md, "Windows"):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\ebp-logger.iss
; Output: dist\ebp-logger-<version>-setup.exe
;
; Installs per machine into Program Files (or per user, if the installing user picks that in the
; first dialog), a Start-menu entry, optionally a desktop icon, and an uninstaller. Patients'
; data lives in each user's AppData folder and is never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "EBP Logger"
#define AppExe "ebp-logger.exe"
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{7951D11E-42CF-4FA6-AA70-07A3E4C143DE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=EBP Logger developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=ebp-logger-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\ebp-logger.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closing a running EBP Logger before files are replaced: it saves every entry at once, so
; nothing is lost, but the installer asks first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: ebp-logger.exe (the app), ebp-logger-cli.exe (admin commands and
; --self-test, with a console) and _internal\ (Python, Qt, resources).
Source: "{#Root}\dist\ebp-logger\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder itself once it is empty; users' data folders are left alone.
Type: dirifempty; Name: "{app}"
