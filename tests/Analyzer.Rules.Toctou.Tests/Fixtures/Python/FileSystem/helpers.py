import os


def _exists(path):
    return os.path.exists(path)


def _is_cache_dir(path):
    if not os.path.isdir(path):
        return False
    return True


def _touch(path):
    with open(path, 'a'):
        pass


def ensure_marker(path):
    if not _exists(path):
        _touch(path)  # the helper that uses the path is no use here


def make_cache(path):
    if not _is_cache_dir(path):
        os.mkdir(path)  # Noncompliant [TOCTOU004] {{_is_cache_dir checks path at line 25 and os.mkdir uses it at line 26; the path can appear, vanish or be swapped in between}}


def drop(path):
    if _exists(path):
        os.remove(path)  # Noncompliant [TOCTOU004] {{_exists checks path at line 30 and os.remove uses it at line 31; the path can appear, vanish or be swapped in between}}


def drop_keyword(path):
    if _exists(path=path):
        os.remove(path)  # Noncompliant [TOCTOU004] {{_exists checks path at line 35 and os.remove uses it at line 36; the path can appear, vanish or be swapped in between}}


def make_cache_tolerantly(path):
    os.makedirs(path, exist_ok=True)


MISSING = "missing"
PRESENT = "present"


class Downloads:
    def __init__(self, root):
        self.root = root

    def _status(self, path):
        if not os.path.exists(path):
            return MISSING
        return PRESENT

    def fetch(self, name, data):
        path = os.path.join(self.root, name)
        if self._status(path) == PRESENT:
            return
        with open(path, "wb") as out:  # Noncompliant [TOCTOU004] {{os.path.exists in _status() checks path at line 58 and open uses it at line 60; the path can appear, vanish or be swapped in between}}
            out.write(data)

    def fetch_exclusively(self, name, data):
        path = os.path.join(self.root, name)
        if self._status(path) == PRESENT:
            return
        with open(path, "xb") as out:
            out.write(data)
