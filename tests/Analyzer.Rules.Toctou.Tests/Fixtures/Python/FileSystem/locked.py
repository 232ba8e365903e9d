import contextlib
import fcntl
import os


# An advisory lock on a lock file keeps the program's other runs, which take it too, off the path while it is held.
def create_once(path, lock_path):
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(path):
            with open(path, "w") as out:
                out.write("made")
        fcntl.flock(lock, fcntl.LOCK_UN)


def create_once_released_early(path, lock_path):
    with open(lock_path, "w") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        missing = not os.path.exists(path)  # Secondary [check]
        fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
        if missing:
            with open(path, "w") as out:  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 19 and open uses it at line 22; the path can appear, vanish or be swapped in between}}
                out.write("made")


# Suppressing the exception a lost race raises handles it, as an except clause that goes on would.
def remove_if_there(path):
    if os.path.exists(path):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


def remove_suppressing_the_wrong_error(path):
    if os.path.exists(path):  # Secondary [check]
        with contextlib.suppress(ValueError):
            os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 34 and os.remove uses it at line 36; the path can appear, vanish or be swapped in between}}
