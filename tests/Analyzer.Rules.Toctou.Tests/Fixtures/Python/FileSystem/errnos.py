import errno
import os
import shutil
from errno import ENOENT


# Before Python 3.3 a lost race was told by its error number: an OSError whose errno is EEXIST is the FileExistsError
# of today, and one whose errno is ENOENT is the FileNotFoundError.
def ensure_dir(path, mode=0o755):
    if not os.path.exists(path):
        try:
            os.makedirs(path, mode)
        except OSError as e:
            if e.errno != errno.EEXIST:
                raise


def remove_stale(path):
    if os.path.exists(path):
        try:
            os.unlink(path)
        except EnvironmentError as e:
            if e.errno == ENOENT:
                return
            raise


# The handler tests another error number: a directory made in between still fails.
def ensure_dir_denied(path):
    if not os.path.exists(path):  # Secondary [check]
        try:
            os.makedirs(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 30 and os.makedirs uses it at line 32; the path can appear, vanish or be swapped in between}}
        except OSError as e:
            if e.errno != errno.EACCES:
                raise
            print("no permission for", path)


# exist_ok and ignore_errors passed by position tolerate the race as they do by keyword.
def ensure_dir_by_position(path):
    if not os.path.isdir(path):
        os.makedirs(path, 0o755, True)


def clear_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path, True)
