import fcntl
import os


def _fill(path):
    with open(path, "w") as out:
        out.write("made")


# A look before the lock is only a fast path when the act is decided again under the lock file's lock.
def make_once_double_checked(path, lock_path):
    if os.path.exists(path):
        return path
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(path):
            os.mkdir(path)
        fcntl.flock(lock, fcntl.LOCK_UN)
    return path


# Without the second look, the act under the lock still rests on what was seen before it.
def make_once_checked_outside(path, lock_path):
    if os.path.exists(path):  # Secondary [check]
        return path
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        os.mkdir(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 24 and os.mkdir uses it at line 28; the path can appear, vanish or be swapped in between}}
        fcntl.flock(lock, fcntl.LOCK_UN)
    return path
