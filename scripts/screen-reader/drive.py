#!/usr/bin/env python3
"""Presses keys in the screen-reader session and prints what Orca said after each step.

Steps, one per argument or per line on stdin:
  key Tab | key shift+Tab | key Return | key ctrl+Home ...   (xdotool key names; several allowed)
  type Dunkerque       (types the text, one key at a time, as a person would)
  open http://...      (ctrl+L, the address, Return; then waits for the page)
  wait 3               (seconds, and prints what was said meanwhile)
  # a comment          (printed as is, to label the transcript)
Environment: SR_OUT (default /tmp/msp-sr), SR_ECHO=1 to keep the keys Orca echoes and its stops.
"""
import ast, os, subprocess, sys, time

OUT = os.environ.get("SR_OUT", "/tmp/msp-sr")
ECHO = os.environ.get("SR_ECHO") == "1"
ENV = dict(os.environ, DISPLAY=os.environ.get("SR_DISPLAY", ":99"))
# orca-logged.py writes one line per utterance: time, SAY|KEY|STOP, voice language, repr(text).
TRANSCRIPT = os.path.join(OUT, "speech.log")


def size():
    return os.path.getsize(TRANSCRIPT)


def said_since(offset):
    with open(TRANSCRIPT, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    out = []
    for line in text.splitlines():
        stamp, kind, lang, said = line.split("\t", 3)
        if kind == "KEY" and not ECHO:
            continue
        if kind == "STOP":
            if ECHO:
                out.append(f"  {stamp}  [stop]")
            continue
        voice = f"  [voix {lang}]" if lang and not lang.startswith("fr") else ""
        out.append(f"  {stamp}  «{ast.literal_eval(said)}»{voice}".replace("\n", "⏎"))
    return out


def settle(offset, quiet=1.5, limit=15.0):
    """Waits until Orca's log has been still for `quiet` seconds (or `limit` passed)."""
    start = time.time()
    last, last_change = size(), time.time()
    while time.time() - start < limit:
        time.sleep(0.2)
        now = size()
        if now != last:
            last, last_change = now, time.time()
        elif time.time() - last_change >= quiet and time.time() - start > 0.5:
            break
    return said_since(offset)


def run(step):
    step = step.rstrip("\n")
    if not step.strip():
        return
    if step.startswith("#"):
        print(step)
        return
    cmd, _, arg = step.partition(" ")
    offset = size()
    if cmd == "key":
        subprocess.run(["xdotool", "key", "--delay", "120", *arg.split()], env=ENV, check=True)
    elif cmd == "type":
        subprocess.run(["xdotool", "type", "--delay", "90", arg], env=ENV, check=True)
    elif cmd == "open":
        subprocess.run(["xdotool", "key", "ctrl+l"], env=ENV, check=True)
        time.sleep(0.4)
        subprocess.run(["xdotool", "type", "--delay", "20", arg], env=ENV, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=ENV, check=True)
        time.sleep(3)
    elif cmd == "wait":
        time.sleep(float(arg))
    else:
        raise SystemExit(f"unknown step: {step}")
    lines = settle(offset, limit=float(os.environ.get("SR_LIMIT", "15")))
    print(f"> {step}")
    print("\n".join(lines) if lines else "  (nothing said)")
    sys.stdout.flush()


steps = sys.argv[1:] or sys.stdin.readlines()
for s in steps:
    run(s)
