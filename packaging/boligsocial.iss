; Inno Setup script for Boligsocial Desktop: per user by default, for all users on request.
;
; Build on Windows after PyInstaller (see README, "Windows build", and docs/windows.md):
;   uv run --no-dev --group build pyinstaller --noconfirm --clean packaging\boligsocial.spec
;   ISCC.exe /DAppVersion=0.3.0rc1 /DFileVersion=0.3.0.121 packaging\boligsocial.iss
; (`python packaging/winversion.py` prints both numbers for the version in boligsocial_desktop/__init__.py.)
; Signed: add /DSIGN "/Ssigntool=signtool.exe sign /fd sha256 /tr <timestamp-url> /td sha256 /f <pfx> /p <pw> $f"
; The installer lands in dist\installer\BoligsocialDesktop-<version>-setup.exe.
; packaging/check_installer.sh compiles this script on Linux (Wine) and installs, upgrades and removes a
; stand-in payload with it.
;
; What it does:
; - installs dist\BoligsocialDesktop\ (the PyInstaller one-folder build) for this user only
;   (%LOCALAPPDATA%\Programs\Boligsocial Desktop, no UAC prompt), or for all users in Program Files
;   when asked for on the command line (/ALLUSERS) or in the first dialog;
; - waits for a running Boligsocial Desktop (the window or a scheduled `sync`): the program holds the
;   mutex named in AppMutex (boligsocial_desktop/program_mutex.py);
; - adds a Start-menu entry (and, if ticked, a desktop shortcut) and an uninstaller;
; - never touches the user's data on install or upgrade: the database, backups and logs live in
;   %LOCALAPPDATA%\BoligsocialDesktop and this PC's settings in %LOCALAPPDATA%\Boligsocial, per user.
;   The uninstaller removes them only when the user ticks "Slet også data" (or /SLETDATA when silent).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef FileVersion
  ; Windows wants four numbers; winversion.py derives them from versions such as 0.3.0rc1.
  #define FileVersion "0.1.0.150"
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\BoligsocialDesktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
#define AppName "Boligsocial Desktop"
#define AppExe "BoligsocialDesktop.exe"
#define AppPublisher "Boligsocial Desktop"
; Where the program keeps each user's data and settings (boligsocial_desktop/paths.py and settings.py).
#define DataFolder "{localappdata}\BoligsocialDesktop"
#define SettingsFolder "{localappdata}\Boligsocial"

[Setup]
; AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{EA3357A1-AC49-5D8A-B3F2-A3AE9D0B7BED}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#FileVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
; Per user by default (no administrator rights); /ALLUSERS or the first dialog installs for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
; All users: {autopf} (Program Files). One user: %LOCALAPPDATA%\Programs, where 0.1 installed too and where
; {autopf} points in that mode on Windows; spelt out because Wine (packaging/check_installer.sh) cannot
; expand {userpf}.
DefaultDirName={code:DefaultProgramDir}
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
UsePreviousPrivileges=yes
; The program (window or `boligsocial-desktop sync`) holds this mutex while it runs: Setup and the
; uninstaller ask for it to be closed instead of replacing files in use. Same names as program_mutex.py.
AppMutex=BoligsocialDesktopRunning,Global\BoligsocialDesktopRunning
CloseApplications=yes
RestartApplications=no
; The program's own windows use a 64-bit Python and Qt.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=BoligsocialDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\boligsocial.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A log in %TEMP% for every install and uninstall ("Setup Log <date> #NNN.txt"), for IT's questions.
SetupLogging=yes
UninstallLogging=yes
#ifdef SIGN
; Signing (the workflow defines SIGN and the "signtool" command only when a certificate is present).
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[CustomMessages]
danish.KeptData=Dine data er ikke slettet. Databasen, sikkerhedskopierne og logfilerne ligger stadig i %1. Slet mappen selv, hvis de ikke skal bruges mere.
danish.RemoveTitle=Fjern Boligsocial Desktop
danish.RemoveText=Boligsocial Desktop fjernes fra denne pc. Dine data (databasen, sikkerhedskopierne, logfilerne og pc'ens indstillinger) bliver liggende, medmindre du sætter flueben herunder. Slettede data kan ikke hentes tilbage; de andre pc'er på den delte mappe beholder deres.
danish.RemoveData=Slet også data (%1)
danish.RemoveButton=Fjern
danish.CancelButton=Annuller

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
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; [UninstallDelete] is left out on purpose: the uninstaller removes only the files it installed;
; the user's data goes only when the user asks for it (below).

[Code]
var
  DeleteData: Boolean;

function DefaultProgramDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{autopf}\{#AppName}')
  else
    Result := ExpandConstant('{localappdata}\Programs\{#AppName}');
end;

function HasParam(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

{ The uninstaller's only question: remove the program, and tick to delete the data too (unticked). }
function AskRemoveAndDeleteData(var Delete: Boolean): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Check: TNewCheckBox;
  RemoveButton, CancelButton: TNewButton;
begin
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(460);
    Form.ClientHeight := ScaleY(190);
    Form.Position := poScreenCenter;
    Form.Caption := CustomMessage('RemoveTitle');
    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.SetBounds(ScaleX(12), ScaleY(12), Form.ClientWidth - ScaleX(24), ScaleY(84));
    Note.Caption := CustomMessage('RemoveText');
    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.SetBounds(ScaleX(12), ScaleY(104), Form.ClientWidth - ScaleX(24), ScaleY(34));
    Check.Caption := FmtMessage(CustomMessage('RemoveData'), [ExpandConstant('{#DataFolder}')]);
    Check.Checked := False;
    RemoveButton := TNewButton.Create(Form);
    RemoveButton.Parent := Form;
    RemoveButton.SetBounds(Form.ClientWidth - ScaleX(184), Form.ClientHeight - ScaleY(36), ScaleX(80), ScaleY(24));
    RemoveButton.Caption := CustomMessage('RemoveButton');
    RemoveButton.ModalResult := mrOk;
    RemoveButton.Default := True;
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.SetBounds(Form.ClientWidth - ScaleX(92), Form.ClientHeight - ScaleY(36), ScaleX(80), ScaleY(24));
    CancelButton.Caption := CustomMessage('CancelButton');
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    Form.ActiveControl := CancelButton;
    Result := Form.ShowModal() = mrOk;
    Delete := Check.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteData := False;
  if UninstallSilent then
  begin
    { Silent removal (Intune, SCCM) keeps the data unless the command line says /SLETDATA. }
    DeleteData := HasParam('/SLETDATA');
    Result := True;
  end
  else
    Result := AskRemoveAndDeleteData(DeleteData);
  if DeleteData then
    Log('The user asked to delete the data too: ' + ExpandConstant('{#DataFolder}'))
  else
    Log('The data is kept: ' + ExpandConstant('{#DataFolder}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if DeleteData then
  begin
    if not DelTree(ExpandConstant('{#DataFolder}'), True, True, True) then
      Log('Could not delete everything in ' + ExpandConstant('{#DataFolder}'));
    DelTree(ExpandConstant('{#SettingsFolder}'), True, True, True);
  end
  else if not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{#DataFolder}')]), mbInformation, MB_OK);
end;
