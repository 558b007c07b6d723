; Crier's Windows installer (Inno Setup 6). Build the one-folder bundle first, then compile:
;
;   python -m PyInstaller --noconfirm packaging\crier.spec
;   iscc packaging\windows\crier.iss            -> dist\crier-<version>-setup.exe
;
; Per user by default (no admin rights, installs to %LOCALAPPDATA%\Programs\Crier); IT installs for the
; whole machine into Program Files with /ALLUSERS. Silent: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART.
; Uninstalling keeps drafts and settings unless the user says otherwise, or IT passes /PURGE.
; docs/deploying.md has the commands; tests/test_packaging.py checks this file against the spec.

#define AppName "Crier"
#define AppPublisher "Crier"
; crier.exe is the console command (for IT and scripts); crierw.exe is the same program without a
; console window, for the Start menu, shortcuts and scheduled tasks.
#define CliExe "crier.exe"
#define GuiExe "crierw.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\crier"

#ifnexist AddBackslash(BundleDir) + CliExe
  #error dist\crier\crier.exe is missing: build the bundle with PyInstaller (packaging\crier.spec) first.
#endif
; The version comes from the bundle's own version resource, which crier.spec writes from
; desktop.__version__, so the installer can't disagree with the program it installs.
#define AppVersion GetStringFileInfo(AddBackslash(BundleDir) + CliExe, "ProductVersion")
#define AppVersionNumbers GetVersionNumbersString(AddBackslash(BundleDir) + CliExe)

[Setup]
; Never change AppId: upgrades find the installed copy by it (and it names the uninstall registry key).
AppId={{6F0E3B52-8C1D-4B7A-9E25-3D4C7A1F9B60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoDescription={#AppName} installer
; Per-user unless /ALLUSERS: {autopf} is %LOCALAPPDATA%\Programs per user, Program Files per machine.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=crier-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\crier.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; A running Crier is closed (via Restart Manager) so upgrades replace every file; it isn't restarted.
CloseApplications=yes
RestartApplications=no
; Setup writes a log to %TEMP% (or where /LOG="path" says) for IT to read after a silent install.
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library from an older version may linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; The machine policy folder, made only by a machine-wide (/ALLUSERS) install. Users may create folders in
; C:\ProgramData, and a folder made there inherits "users may add files", so Crier ignores a policy file
; unless its folder and itself are owned by Administrators, SYSTEM or TrustedInstaller and writable by
; nobody else. Permissions only adds rights, so [Run] below also takes the folder's ownership, drops what it
; inherited and any right a user gave it before Crier was installed: administrators full, users read.
Name: "{commonappdata}\{#AppName}"; Permissions: admins-full system-full users-readexec; Flags: uninsneveruninstall; Check: IsAdminInstallMode

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Draft, check and publish social media posts"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
; S-1-5-32-544 Administrators, S-1-5-18 SYSTEM, S-1-5-32-545 Users: SIDs, so any Windows language works.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\{#AppName}"" /setowner *S-1-5-32-544"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\{#AppName}"" /reset"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\{#AppName}"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Drafts, settings, backups and logs live in %LOCALAPPDATA%\Crier (platformdirs' folder for author
  "Crier", app "Crier"). They are the user's work, so uninstalling keeps them unless the user agrees to
  delete them (the question defaults to No, and /SUPPRESSMSGBOXES answers No) or IT passes /PURGE.
  Only the account running the uninstaller is affected; sign-in tokens stay in Windows Credential
  Manager until removed with "crier accounts remove". }

function CommandLineHas(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\Crier');
  if not DirExists(DataDir) then
    Exit;
  Purge := CommandLineHas('/PURGE');
  if (not Purge) and (not UninstallSilent) then
    Purge := SuppressibleMsgBox(
      'Also delete your drafts, settings, backups and logs from this computer?' + #13#10#13#10 +
      DataDir + #13#10#13#10 +
      'Choose No to keep them for when Crier is installed again.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  if Purge then
  begin
    if DelTree(DataDir, True, True, True) then
      Log('Deleted Crier''s data folder ' + DataDir)
    else
      Log('Could not delete all of ' + DataDir + ' (is Crier still running?)');
  end
  else
    Log('Kept Crier''s data folder ' + DataDir);
end;
