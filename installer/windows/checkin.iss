; Windows installer of the desk app (Inno Setup 6.3 or newer), built by scripts/build_installer_windows.sh:
;   iscc /DAppVersion=0.1.0 /DBundleDir=C:\...\dist\checkin /DOutputDir=C:\...\dist installer\windows\checkin.iss
; It installs the one-folder bundle for the current user (no administrator needed; an administrator may
; choose all users), adds Start-menu entries and makes .checkin files open in the desk on a double-click.
; Uninstalling leaves event files and the desk's data folder (%LOCALAPPDATA%\checkin) alone.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\checkin"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Checkin"
#define AppExeName "checkin.exe"
#define EventExtension ".checkin"
#define EventProgId "Checkin.Event"

[Setup]
; The AppId ties upgrades and the uninstaller to this application: never change it.
AppId={{6F4D3B8E-2C1A-4E5B-9D7F-8A0C1E2B3D4F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
; 64-bit bundle; Windows on ARM runs it emulated.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\checkin.ico
UninstallDisplayIcon={app}\{#AppExeName}
OutputDir={#OutputDir}
OutputBaseFilename=checkin-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A desk still open is closed before its files are replaced.
CloseApplications=yes
#ifdef SignTool
; Defined by the build script with /S when a signing certificate is given: Setup and its uninstaller
; are signed, so Smart App Control and SmartScreen let them run.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer version no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autoprograms}\{#AppName} sample event"; Filename: "{app}\{#AppExeName}"; Parameters: "demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .checkin files open in the desk (HKA: the current user's classes, or the machine's for all users).
Root: HKA; Subkey: "Software\Classes\{#EventExtension}"; ValueType: string; ValueName: ""; ValueData: "{#EventProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#EventExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#EventProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#EventProgId}"; ValueType: string; ValueName: ""; ValueData: "Checkin event"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#EventProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#EventProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#EventExtension}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
