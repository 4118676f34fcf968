#!/usr/bin/env bash
# Inner part of start.sh: runs inside dbus-run-session, so that Orca, the AT-SPI bus and Chromium
# share one private session bus and nothing touches the host's desktop.
set -u
OUT=${SR_OUT:-/tmp/msp-sr}
DISPLAY_NUM=${SR_DISPLAY:-:99}
URL=${1:-about:blank}
export DISPLAY=$DISPLAY_NUM
# Tell GTK/Chromium that assistive technology is on (Chromium reads this and the gsetting).
export ACCESSIBILITY_ENABLED=1 GTK_MODULES=gail:atk-bridge NO_AT_BRIDGE=0
export XDG_RUNTIME_DIR=$OUT/run; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
echo "$DBUS_SESSION_BUS_ADDRESS" > "$OUT/dbus-address"

Xvfb "$DISPLAY_NUM" -screen 0 1280x900x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 & echo $! > "$OUT/xvfb.pid"
for _ in $(seq 50); do xdpyinfo -display "$DISPLAY_NUM" >/dev/null 2>&1 && break; sleep 0.1; done

# A window manager: without one, no window is "active" and Orca hears no focus or keys.
openbox --sm-disable > "$OUT/wm.log" 2>&1 & echo $! > "$OUT/wm.pid"
sleep 0.5
gsettings set org.gnome.desktop.interface toolkit-accessibility true 2>/dev/null
gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true 2>/dev/null
/usr/libexec/at-spi-bus-launcher --launch-immediately > "$OUT/atspi.log" 2>&1 & echo $! > "$OUT/atspi.pid"
sleep 1

# Orca with its own settings directory, so a user's Orca preferences are neither read nor written.
mkdir -p "$OUT/orca-prefs"
# No audio here: orca-logged.py keeps speech on without a synthesizer and writes what Orca says
# to $OUT/speech.log. Braille is off (no display).
LANG=${SR_LANG:-fr_FR.UTF-8} LANGUAGE=${SR_LANGUAGE:-fr} SR_OUT="$OUT" /usr/bin/python3 "$(dirname "$0")/orca-logged.py" --replace -d braille -u "$OUT/orca-prefs" --debug-file="$OUT/orca.log" > "$OUT/orca.out" 2>&1 & echo $! > "$OUT/orca.pid"
sleep 4

mkdir -p "$OUT/profile/Default"
echo '{"translate":{"enabled":false},"intl":{"accept_languages":"fr-FR,fr"}}' > "$OUT/profile/Default/Preferences"
LANG=${SR_LANG:-fr_FR.UTF-8} LANGUAGE=${SR_LANGUAGE:-fr} chromium --no-sandbox --force-renderer-accessibility --user-data-dir="$OUT/profile" \
  --no-first-run --no-default-browser-check --disable-gpu --disable-dev-shm-usage \
  --lang=fr-FR --accept-lang=fr-FR,fr --window-position=0,0 --window-size=1280,900 \
  --remote-debugging-port=${SR_CDP_PORT:-9333} --password-store=basic --disable-features=Translate,TranslateUI --disable-translate \
  "$URL" > "$OUT/chromium.log" 2>&1 & echo $! > "$OUT/chromium.pid"

wait "$(cat "$OUT/chromium.pid")"
