#!/usr/bin/env bash
# Stops what start.sh started, by the process ids it recorded (and the session's own children).
OUT=${SR_OUT:-/tmp/msp-sr}
for name in chromium orca wm atspi xvfb; do
  f="$OUT/$name.pid"; [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; [ $name = orca ] && { sleep 1; kill -9 "$(cat "$f")" 2>/dev/null; }
done
sleep 1
# at-spi2-registryd and the bus's dbus-daemon are started by D-Bus activation; end those whose
# a11y bus lives under $OUT (ours), not anyone else's.
for pid in $(pgrep -f "at-spi2-registryd|$OUT/run/|sd_espeak"); do
  if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -q "^XDG_RUNTIME_DIR=$OUT/run$" \
     || grep -q "$OUT/run" "/proc/$pid/cmdline" 2>/dev/null; then kill "$pid" 2>/dev/null; fi
done
[ -f "$OUT/session.pid" ] && kill "$(cat "$OUT/session.pid")" 2>/dev/null
echo stopped
