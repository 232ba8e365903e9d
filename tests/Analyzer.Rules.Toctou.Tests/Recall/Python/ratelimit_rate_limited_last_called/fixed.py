# https://github.com/tomasbasham/ratelimit/issues/9
# Fixed version: the time since the previous call is computed, waited out and the new call time
# is recorded while the same lock is held, so the next thread sees the updated timestamp; the
# wrapped function itself is called after the lock is released.
import sys
import threading
import time
from math import floor


def clamp_calls(value):
    return max(1, min(sys.maxsize, floor(value)))


def throttled(period=1, every=1.0):
    frequency = abs(every) / float(clamp_calls(period))

    def wrap(func):
        # list so the closure can rebind the value
        previous_call = [0.0]

        # Add thread safety
        gate = threading.RLock()

        def throttled_call(*args, **kargs):
            with gate:
                elapsed = time.time() - previous_call[0]
                left_to_wait = frequency - elapsed
                if left_to_wait > 0:
                    time.sleep(left_to_wait)
                previous_call[0] = time.time()
            return func(*args, **kargs)

        return throttled_call

    return wrap


started = []


@throttled(1, 0.2)
def fetch_remote(i):
    started.append(time.time())
    time.sleep(0.3)  # slow remote API
    return i


if __name__ == "__main__":
    workers = [threading.Thread(target=fetch_remote, args=(i,)) for i in range(5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("spread of first calls: %.2fs" % (max(started) - min(started)))
