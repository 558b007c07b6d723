#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Crier needs beyond Python, or says which command to run.
#   scripts/system-deps.sh run    Qt's xcb libraries, to open a window; Enchant (Hunspell) for spelling
#   scripts/system-deps.sh test   the above plus Xvfb, xdotool, a keyring daemon, D-Bus, Node.js and
#                                 PostgreSQL (the team-mode tests start a throwaway server of their own)
set -euo pipefail
purpose=${1:-run}

run_pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
          libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1 libgl1 libdbus-1-3 fonts-dejavu-core
          libenchant-2-2)
test_pkgs=(xvfb xdotool x11-utils imagemagick dbus dbus-x11 gnome-keyring binutils g++ make postgresql)

pkgs=("${run_pkgs[@]}")
[ "$purpose" = test ] && pkgs+=("${test_pkgs[@]}")

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can check
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "$purpose" = test ] && ! command -v node >/dev/null 2>&1 && missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
  echo "Crier needs these system packages: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
