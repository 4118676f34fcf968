#!/usr/bin/env bash
# Starts Xvfb + AT-SPI + Orca + Chromium in a private D-Bus session, in the background.
# Usage: scripts/screen-reader/start.sh [URL]   (then drive it with say.sh / xdotool; stop with stop.sh)
set -eu
OUT=${SR_OUT:-/tmp/msp-sr}
# Emptied at each start (profile, logs): only a directory of its own under /tmp.
case "$OUT" in /tmp/?*) ;; *) echo "SR_OUT must be a directory under /tmp" >&2; exit 1 ;; esac
rm -rf "$OUT"; mkdir -p "$OUT"
export SR_OUT=$OUT
setsid dbus-run-session -- "$(dirname "$(readlink -f "$0")")/session.sh" "${1:-about:blank}" \
  > "$OUT/session.log" 2>&1 < /dev/null &
echo $! > "$OUT/session.pid"
for _ in $(seq 100); do grep -q SAY "$OUT/speech.log" 2>/dev/null && break; sleep 0.2; done
echo "session started (log: $OUT/orca.log)"
