import threading

# Downloads run on threads of their own. A semaphore made with room for one keeps the others out like a lock; one with
# room for several only throttles them, and those inside meet at the table together.
_throttle = threading.BoundedSemaphore(value=4)
_one_at_a_time = threading.Semaphore()
_seen_by_hash = {}
_saved_by_hash = {}


def save_throttled(digest, name):
    with _throttle:
        if digest in _seen_by_hash:  # Secondary [check]
            return False
        _seen_by_hash[digest] = name  # Noncompliant [TOCTOU001] {{_seen_by_hash is checked at line 13 and changed at line 15 by _seen_by_hash[digest], with no lock held at either point, while save_throttled is started in parallel at line 32, in a loop}}
        return True


def save_alone(digest, name):
    _one_at_a_time.acquire()
    try:
        if digest in _saved_by_hash:
            return False
        _saved_by_hash[digest] = name
        return True
    finally:
        _one_at_a_time.release()


def fetch_all(pages):
    for index, page in enumerate(pages):
        threading.Thread(target=save_throttled, args=(page, "a-%d" % index)).start()
        threading.Thread(target=save_alone, args=(page, "b-%d" % index)).start()
