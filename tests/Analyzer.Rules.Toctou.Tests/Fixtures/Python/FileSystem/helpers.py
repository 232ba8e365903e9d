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
        _touch(path)  # Noncompliant [TOCTOU004] {{_exists checks path at line 20 and _touch uses it at line 21; the path can appear, vanish or be swapped in between}}


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


def _discard(path):
    os.remove(path)


def _publish(tmp, path):
    os.replace(tmp, path)


def discard_if_present(path):
    # The helper's remove fails on a path that vanished, a failure its caller handles: the helper's business.
    if _exists(path):
        try:
            _discard(path)
        except FileNotFoundError:
            pass


def publish_if_missing(tmp, path):
    # A replace puts the complete file there in one step, whatever appeared meanwhile.
    if not os.path.exists(path):
        _publish(tmp, path)


def discard_unless_missing(path):
    # Nothing here handles the FileNotFoundError the helper's remove raises on a path that vanished.
    if _exists(path):
        _discard(path)  # Noncompliant [TOCTOU004] {{_exists checks path at line 96 and _discard uses it at line 97; the path can appear, vanish or be swapped in between}}
