import sys
import threading

open_frames = set()
own_frames = set()


# threading.setprofile has every thread the program starts run the hook: two threads returning from the same code can
# both find its key and both remove it, and the second remove raises KeyError.
def _on_event(frame, event, arg):
    key = id(frame.f_code)
    if event == "call":
        open_frames.add(key)
    elif event == "return":
        if key in open_frames:  # Secondary [check]
            open_frames.remove(key)  # Noncompliant [TOCTOU001] {{open_frames is checked at line 15 and changed at line 16 by open_frames.remove(key), with no lock held at either point, while _on_event is started in parallel at line 31, on every thread}}


# sys.setprofile hooks the calling thread alone: one thread runs it.
def _on_own_event(frame, event, arg):
    key = id(frame.f_code)
    if event == "call":
        own_frames.add(key)
    elif event == "return":
        if key in own_frames:
            own_frames.remove(key)


def start_profiling():
    sys.setprofile(_on_event)
    threading.setprofile(_on_event)


def start_own_profiling():
    sys.setprofile(_on_own_event)
