# https://github.com/dropbox/pyannotate/pull/66
# pyannotate_runtime.collect_types installs _trace_dispatch via sys.setprofile and threading.setprofile,
# so every thread runs it against the module-level call_pending set. On a 'return' event it checked
# "key in call_pending" and then did call_pending.remove(key); two threads returning from the same code
# object both passed the check and the second remove() raised KeyError. Fix: call_pending.discard(key).
import sys
import threading
from typing import Any, List, Optional, Set, Tuple

# IDs of code objects for which the previous event was a call (awaiting return).
call_pending = set()  # type: Set[int]
collected_events = []  # type: List[Tuple[str, str]]
running = False


def _trace_dispatch(frame, event, arg):
    # type: (Any, str, Optional[Any]) -> None
    if not running:
        return

    code = frame.f_code
    key = id(code)

    if event == "call":
        # Mark that we are looking for a return from this code object.
        call_pending.add(key)
    elif event == "return":
        if key not in call_pending:
            # No pending call event -- ignore this event. We only collect
            # return events when we know the corresponding call event.
            return
        call_pending.remove(key)  # Noncompliant
    else:
        # Ignore other events, such as c_call and c_return.
        return

    collected_events.append((code.co_name, event))


def start():
    # type: () -> None
    global running
    running = True
    sys.setprofile(_trace_dispatch)
    threading.setprofile(_trace_dispatch)


def stop():
    # type: () -> None
    global running
    running = False
    sys.setprofile(None)
    threading.setprofile(None)  # type: ignore


def work(n):
    # type: (int) -> int
    return sum(range(n))


if __name__ == "__main__":
    start()
    threads = [threading.Thread(target=lambda: [work(100) for _ in range(2000)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop()
    print(len(collected_events))
