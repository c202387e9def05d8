; Inno Setup script for Boligsocial Desktop: a per-user install without administrator rights.
;
; Build on Windows after PyInstaller (see README, "Windows build"):
;   uv run --group build pyinstaller --noconfirm --clean packaging\boligsocial.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\boligsocial.iss
; The installer lands in dist\installer\BoligsocialDesktop-<version>-setup.exe.
;
; What it does:
; - installs dist\BoligsocialDesktop\ (the PyInstaller one-folder build) into
;   %LOCALAPPDATA%\Programs\Boligsocial Desktop, for this user only, with no UAC prompt;
; - adds a Start-menu entry (and, if ticked, a desktop shortcut) and an uninstaller;
; - never touches the user's data: the database, backups and logs live in
;   %LOCALAPPDATA%\BoligsocialDesktop and the settings in %APPDATA%\Boligsocial, which
;   this installer neither installs nor removes. An upgrade replaces the program files only.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Boligsocial Desktop"
#define AppExe "BoligsocialDesktop.exe"
#define AppPublisher "Boligsocial Desktop"
#define BuildDir "..\dist\BoligsocialDesktop"

[Setup]
; AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{EA3357A1-AC49-5D8A-B3F2-A3AE9D0B7BED}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
; Per-user install: no administrator rights, files under the user's own Programs folder.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; The program's own windows use a 64-bit Python and Qt.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=BoligsocialDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\boligsocial.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Boligsocial Desktop (Restart Manager) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[CustomMessages]
danish.KeptData=Dine data er ikke slettet. Databasen, sikkerhedskopierne og logfilerne ligger stadig i %1. Slet mappen selv, hvis de ikke skal bruges mere.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean program folder, so no file of an older build is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Aktiviteter, beboerambassadører, Åben Rådgivning, plakater og rapporter"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is left out on purpose: the uninstaller removes only the files it installed,
; and the user's data folder is not among them.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{localappdata}\BoligsocialDesktop')]),
           mbInformation, MB_OK);
end;
