#!/bin/sh
# Install Relay Wizard from this unpacked folder for the current user: a menu entry and an icon.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/relay-wizard.png" "$icons/relay-wizard.png"
sed "s#^Exec=.*#Exec=\"$here/relay-wizard\"#" "$here/relay-wizard.desktop" > "$apps/relay-wizard.desktop"
echo "Relay Wizard is now in your applications menu."
