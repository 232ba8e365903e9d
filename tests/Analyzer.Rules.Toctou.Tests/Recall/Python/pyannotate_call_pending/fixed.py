# https://github.com/dropbox/pyannotate/pull/66
# Fixed version: the 'return' branch removes the pending key with set.discard(), which does not
# fail when another thread already removed the same key after both passed the membership test.
import sys
import threading
from typing import Any, List, Optional, Set, Tuple

# IDs of code objects for which the previous event was a call (awaiting return).
pending_calls = set()  # type: Set[int]
recorded_events = []  # type: List[Tuple[str, str]]
tracing = False


def _profile_hook(frame, event, arg):
    # type: (Any, str, Optional[Any]) -> None
    if not tracing:
        return

    code = frame.f_code
    key = id(code)

    if event == "call":
        # Mark that we are looking for a return from this code object.
        pending_calls.add(key)
    elif event == "return":
        if key not in pending_calls:
            # No pending call event -- ignore this event. We only collect
            # return events when we know the corresponding call event.
            return
        pending_calls.discard(key)
    else:
        # Ignore other events, such as c_call and c_return.
        return

    recorded_events.append((code.co_name, event))


def start_tracing():
    # type: () -> None
    global tracing
    tracing = True
    sys.setprofile(_profile_hook)
    threading.setprofile(_profile_hook)


def stop_tracing():
    # type: () -> None
    global tracing
    tracing = False
    sys.setprofile(None)
    threading.setprofile(None)  # type: ignore


def busy(n):
    # type: (int) -> int
    return sum(range(n))


if __name__ == "__main__":
    start_tracing()
    threads = [threading.Thread(target=lambda: [busy(100) for _ in range(2000)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop_tracing()
    print(len(recorded_events))
