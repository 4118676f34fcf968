#!/usr/bin/python3
"""Runs Orca with speech "on" but no synthesizer, writing every utterance to a transcript.

There is no audio device here, and Orca's speech-dispatcher client then blocks Orca's main loop.
With `-d speech`, Orca stays responsive but drops its messages (live regions, "page loaded"…),
since it sends them only when speech is enabled. So speech stays enabled, the speech server is
never started, and each utterance goes to $SR_OUT/speech.log (time, text, voice language), with
"[stop]" where Orca silenced speech (a key press interrupts what is being said). Orca's debug
log is also flushed after each line, for reading around an utterance.
"""
import os
import re
import runpy
import sys
import time

from orca import debug, speech

OUT = os.environ.get("SR_OUT", "/tmp/msp-sr")
_transcript = open(os.path.join(OUT, "speech.log"), "a", buffering=1, encoding="utf-8")


def _stamp():
    now = time.time()
    return time.strftime("%H:%M:%S", time.localtime(now)) + f".{int(now % 1 * 1000):03d}"


# Orca 43 logs the language it asks a voice for ("system voice requested with language='en'")
# while it builds an utterance; messages (live regions) ask for none and use the default voice.
_requested = {"lang": ""}
_LANG = re.compile(r"voice requested with language='([^']*)'")


def _speak(text, acss, interrupt):
    lang = _requested["lang"] if _requested["lang"] not in ("None",) else ""
    _requested["lang"] = ""
    _transcript.write(f"{_stamp()}\tSAY\t{lang}\t{text!r}\n")
    debug.println(debug.LEVEL_INFO, f"SPEECH OUTPUT: '{text}'{acss}", True)


def _key(event, acss=None):
    _transcript.write(f"{_stamp()}\tKEY\t\t{event.getKeyName()!r}\n")


def _char(character, acss=None):
    _transcript.write(f"{_stamp()}\tKEY\t\t{character!r}\n")


def _stop():
    _transcript.write(f"{_stamp()}\tSTOP\t\t''\n")


speech.init = lambda: None
speech._speak = _speak
speech.speakKeyEvent = _key
speech.speakCharacter = _char
speech.stop = _stop

_println = debug.println


def println(level, text="", *args, **kwargs):
    found = _LANG.search(text) if isinstance(text, str) else None
    if found:
        _requested["lang"] = found.group(1)
    _println(level, text, *args, **kwargs)
    if debug.debugFile:
        debug.debugFile.flush()


debug.println = println
sys.argv[0] = "/usr/bin/orca"
runpy.run_path("/usr/bin/orca", run_name="__main__")
