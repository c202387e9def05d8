#!/usr/bin/env bash
# Check the Inno Setup script on Linux before it reaches Windows: compile packaging/boligsocial.iss with
# the real ISCC (the npm package `innosetup`, pinned below, run by Debian's Wine) and run install, upgrade,
# "program is running" and uninstall of a small stand-in payload under Wine, checking files and exit codes.
#
#   bash packaging/check_installer.sh            # about 2 minutes; installs wine, xvfb, npm if missing (root)
#
# Not part of .ci/run (it needs Wine and is slow); run it after changing the .iss. The Windows workflow
# (.github/workflows/windows.yml) runs the real program through the same steps on a Windows runner.
# Everything happens in a throwaway Wine prefix; the npm package is kept in build/check-installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
INNOSETUP_NPM="innosetup@6.4.1"  # the same pinned ISCC as the Windows workflow
CACHE="$ROOT/build/check-installer"

# --- tools -------------------------------------------------------------------------------------------
if [ -z "${BOLIGSOCIAL_INSTALLER_DISPLAY:-}" ]; then
  need=()
  command -v wine >/dev/null 2>&1 || need+=(wine wine64 "wine32:i386")
  command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
  command -v npm >/dev/null 2>&1 || need+=(npm)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "FEJL: mangler ${need[*]}: installer dem (apt-get), eller kør som root" >&2
      echo "installer: 0 passed, 1 failed"
      exit 1
    fi
    echo "Installerer ${need[*]} …"
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  if [ ! -f "$CACHE/node_modules/innosetup/bin/ISCC.exe" ]; then
    mkdir -p "$CACHE"
    npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error "$INNOSETUP_NPM" >/dev/null
  fi
  # Setup's forms need a display, and every Wine process of one prefix must see the same one:
  # the rest of the script runs under one virtual X server.
  BOLIGSOCIAL_INSTALLER_DISPLAY=1 exec xvfb-run -a bash "$0" "$@"
fi
ISCC="$CACHE/node_modules/innosetup/bin/ISCC.exe"
WORK="$(mktemp -d /tmp/boligsocial-installer.XXXXXX)"
export WINEPREFIX="$WORK/wineprefix" WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
passed=0

cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "FEJL: $*" >&2
  echo "installer: $passed passed, 1 failed"
  exit 1
}
ok() {
  passed=$((passed + 1))
  echo "  ok: $*"
}

# Wine reports Windows 7 by default (MinVersion=10.0 would refuse).
wineboot -i >/dev/null 2>&1
wine winecfg /v win10 >/dev/null 2>&1
wineserver -w
in_display() {  # run a command and wait for every Wine process it started
  sh -c "$1; code=\$?; wineserver -w; exit \$code"
}
winpath() { echo "Z:${1//\//\\}"; }
user_dir="$WINEPREFIX/drive_c/users/$(whoami)"
local_app="$user_dir/AppData/Local"
per_user_app="$local_app/Programs/Boligsocial Desktop"
all_users_app="$WINEPREFIX/drive_c/Program Files/Boligsocial Desktop"
data_dir="$local_app/BoligsocialDesktop"
settings_file="$local_app/Boligsocial/Boligsocial Desktop.ini"

# --- stand-in payloads and their installers -------------------------------------------------------------
compile() {  # compile VERSION FILEVERSION PAYLOAD [extra ISCC args]
  local version="$1" file_version="$2" payload="$3"
  shift 3
  local log="$WORK/iscc-$version.log"
  if ! wine "$ISCC" /Q "/DAppVersion=$version" "/DFileVersion=$file_version" "/DBuildDir=$(winpath "$payload")" \
      "/DOutputDir=$(winpath "$WORK/out")" "$@" "$(winpath "$ROOT/packaging/boligsocial.iss")" >"$log" 2>&1; then
    cat "$log" >&2
    fail "ISCC kunne ikke oversætte boligsocial.iss ($version)"
  fi
  [ -f "$WORK/out/BoligsocialDesktop-$version-setup.exe" ] || fail "ISCC lavede ingen installer for $version"
}
payload() {  # payload DIR VERSION EXTRA-FILE
  mkdir -p "$1/_internal"
  echo "stand-in $2" >"$1/BoligsocialDesktop.exe"
  echo "stand-in $2" >"$1/boligsocial-desktop.exe"
  echo "$2" >"$1/_internal/$3"
}
payload "$WORK/v1" 0.0.1 old-only.txt
payload "$WORK/v2" 0.0.2rc1 new-only.txt
compile 0.0.1 0.0.1.150 "$WORK/v1"
compile 0.0.2rc1 0.0.2.121 "$WORK/v2"
ok "boligsocial.iss compiles (Inno Setup ${INNOSETUP_NPM#innosetup@}) for 0.0.1 and 0.0.2rc1"

setup() {  # setup VERSION ARGS... -> exit code of Setup (the end of its log is shown when it fails)
  local version="$1" code=0
  shift
  in_display "wine '$WORK/out/BoligsocialDesktop-$version-setup.exe' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART $* '/LOG=$(winpath "$WORK/setup-$version.log")'" || code=$?
  [ "$code" -eq 0 ] || tail -n 15 "$WORK/setup-$version.log" >&2 || true
  return "$code"
}
uninstall() {  # uninstall APPDIR ARGS...
  local app="$1"
  shift
  [ -f "$app/unins000.exe" ] || fail "$app/unins000.exe mangler"
  in_display "wine '$app/unins000.exe' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART $*"
}

# --- install for this user ---------------------------------------------------------------------------
setup 0.0.1 /CURRENTUSER || fail "installationen af 0.0.1 gav exitkode $?"
grep -q "stand-in 0.0.1" "$per_user_app/BoligsocialDesktop.exe" 2>/dev/null || fail "0.0.1 ligger ikke i $per_user_app"
[ -f "$per_user_app/_internal/old-only.txt" ] || fail "_internal blev ikke installeret"
[ ! -e "$all_users_app" ] || fail "en installation for én bruger skrev i Program Files"
ok "silent per-user install (/CURRENTUSER) into %LOCALAPPDATA%\\Programs"

# The user's data and this PC's settings, as the program would leave them.
mkdir -p "$data_dir/backups" "$(dirname "$settings_file")"
echo "database" >"$data_dir/boligsocial.sqlite"
printf '[sync]\nshare_dir=S:\\\\Boligsocial\n' >"$settings_file"

# --- the program runs: Setup must not replace its files ------------------------------------------------
mkdir -p "$WORK/holder"
cat >"$WORK/holder/holder.iss" <<EOF
; Holds the program's mutex (as boligsocial_desktop/program_mutex.py does) until a file appears.
[Setup]
AppName=Mutex holder
AppVersion=1
DefaultDirName={tmp}\\holder
OutputDir=$(winpath "$WORK/holder")
OutputBaseFilename=holder
PrivilegesRequired=lowest
[Code]
function InitializeSetup(): Boolean;
var I: Integer;
begin
  CreateMutex('BoligsocialDesktopRunning');
  SaveStringToFile('$(winpath "$WORK/holder/holding")', 'yes', False);
  I := 0;
  while (not FileExists('$(winpath "$WORK/holder/release")')) and (I < 600) do begin Sleep(100); I := I + 1; end;
  Result := False;
end;
EOF
wine "$ISCC" /Q "$(winpath "$WORK/holder/holder.iss")" >"$WORK/holder/iscc.log" 2>&1 || { cat "$WORK/holder/iscc.log" >&2; fail "mutex-holderen kunne ikke oversættes"; }
sh -c "
  wine '$WORK/holder/holder.exe' /VERYSILENT /SUPPRESSMSGBOXES &
  i=0; while [ ! -f '$WORK/holder/holding' ] && [ \$i -lt 300 ]; do sleep 0.1; i=\$((i+1)); done
  wine '$WORK/out/BoligsocialDesktop-0.0.2rc1-setup.exe' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER '/LOG=$(winpath "$WORK/setup-running.log")'
  echo \$? > '$WORK/holder/setup-exit'
  touch '$WORK/holder/release'
  wineserver -w"
running_exit="$(cat "$WORK/holder/setup-exit")"
[ "$running_exit" != "0" ] || fail "Setup erstattede filerne, mens programmets mutex var holdt"
grep -q "har registreret at Boligsocial Desktop kører" "$WORK/setup-running.log" \
  || fail "Setup stoppede, men ikke på grund af AppMutex (se loggen)"
grep -q "stand-in 0.0.1" "$per_user_app/BoligsocialDesktop.exe" || fail "0.0.1 blev ændret, mens programmet kørte"
ok "while the program's mutex is held, a silent upgrade stops (exit code $running_exit) and changes nothing"

# --- upgrade in place ----------------------------------------------------------------------------------
setup 0.0.2rc1 || fail "opgraderingen til 0.0.2rc1 gav exitkode $?"
grep -q "stand-in 0.0.2rc1" "$per_user_app/BoligsocialDesktop.exe" || fail "opgraderingen erstattede ikke programmet"
[ ! -e "$per_user_app/_internal/old-only.txt" ] || fail "en fil fra 0.0.1 blev liggende i _internal"
[ -f "$per_user_app/_internal/new-only.txt" ] || fail "0.0.2rc1's filer mangler"
grep -q "database" "$data_dir/boligsocial.sqlite" || fail "opgraderingen rørte brugerens data"
[ -f "$settings_file" ] || fail "opgraderingen slettede pc'ens indstillinger"
grep -q "Administrative install mode: No" "$WORK/setup-0.0.2rc1.log" || fail "opgraderingen skiftede til installation for alle"
ok "upgrade in place to 0.0.2rc1 (same folder and mode, old files gone, data and settings kept)"

# --- uninstall keeps the data ---------------------------------------------------------------------------
uninstall "$per_user_app" || fail "afinstallationen gav exitkode $?"
[ ! -e "$per_user_app/BoligsocialDesktop.exe" ] || fail "afinstallationen lod programmet ligge"
grep -q "database" "$data_dir/boligsocial.sqlite" || fail "afinstallationen slettede data uden at blive bedt om det"
[ -f "$settings_file" ] || fail "afinstallationen slettede indstillingerne uden at blive bedt om det"
ok "silent uninstall removes the program and keeps the data"

# --- uninstall with /SLETDATA deletes the data ----------------------------------------------------------
setup 0.0.2rc1 /CURRENTUSER || fail "geninstallationen gav exitkode $?"
uninstall "$per_user_app" /SLETDATA || fail "afinstallationen med /SLETDATA gav exitkode $?"
[ ! -e "$data_dir" ] || fail "/SLETDATA efterlod $data_dir"
[ ! -e "$settings_file" ] || fail "/SLETDATA efterlod indstillingerne"
ok "uninstall /SLETDATA (the ticked \"Slet også data\") deletes data and settings"

# --- install for all users ------------------------------------------------------------------------------
setup 0.0.2rc1 /ALLUSERS || fail "installationen for alle brugere gav exitkode $?"
grep -q "stand-in 0.0.2rc1" "$all_users_app/BoligsocialDesktop.exe" 2>/dev/null || fail "/ALLUSERS installerede ikke i Program Files"
grep -q "Administrative install mode: Yes" "$WORK/setup-0.0.2rc1.log" || fail "/ALLUSERS gav ikke en installation for alle"
uninstall "$all_users_app" || fail "afinstallationen for alle brugere gav exitkode $?"
[ ! -e "$all_users_app/BoligsocialDesktop.exe" ] || fail "afinstallationen for alle brugere lod programmet ligge"
ok "/ALLUSERS installs into Program Files ({autopf}) and uninstalls"

echo "installer: $passed passed, 0 failed"
