; Inno Setup script for Companion on Windows.
; Build the one-folder app first (pyinstaller packaging/pyinstaller/companion.spec on
; Windows), then: iscc packaging\windows\companion.iss
; Written and reviewed here; it cannot be built on Linux.

#define AppName "Companion"
#define AppVersion "0.1.0"
#define AppId "{{5C3B8A52-7E0B-4C43-9F1E-2C8A4F0D9B61}"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Companion developers
AppPublisherURL=https://github.com/companion-app/companion
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Installs for the current user without administrator rights; the journal itself
; lives in the user's own data folder, never in the program folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Companion-{#AppVersion}-setup
SetupIconFile=companion.ico
UninstallDisplayIcon={app}\companion.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\companion\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\companion.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\companion.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\companion.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The encrypted journal in the user's data
; folder stays, so reinstalling never loses it.
