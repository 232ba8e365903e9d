# https://github.com/tomasbasham/ratelimit/issues/9
# rate_limited() reads last_called under the lock to compute the time left to wait, releases the
# lock, sleeps, calls the wrapped function and only afterwards stores last_called. Threads arriving
# while a slow call is running still read the old last_called and call right away, so ten threads
# all pass a one-call-per-second limit. Fix: the elapsed check, the sleep and the last_called update
# are done inside one `with lock:` block; only the wrapped function runs outside it.
import sys
import threading
import time
from math import floor


def clamp(value):
    return max(1, min(sys.maxsize, floor(value)))


def rate_limited(period=1, every=1.0):
    frequency = abs(every) / float(clamp(period))

    def decorator(func):
        # list so the closure can rebind the value
        last_called = [0.0]

        # Add thread safety
        lock = threading.RLock()

        def wrapper(*args, **kargs):
            with lock:
                elapsed = time.time() - last_called[0]
            left_to_wait = frequency - elapsed
            if left_to_wait > 0:
                time.sleep(left_to_wait)
            ret = func(*args, **kargs)
            last_called[0] = time.time()  # Noncompliant
            return ret

        return wrapper

    return decorator


calls = []


@rate_limited(1, 0.2)
def call_api(i):
    calls.append(time.time())
    time.sleep(0.3)  # slow remote API
    return i


if __name__ == "__main__":
    threads = [threading.Thread(target=call_api, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("spread of first calls: %.2fs" % (max(calls) - min(calls)))
