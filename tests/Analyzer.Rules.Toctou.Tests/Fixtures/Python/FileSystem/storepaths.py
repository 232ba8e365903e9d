import os
from urllib.request import urlretrieve


# A store that keeps each entry in a file named after it: has() looks at the entry's file, put() writes it.
class BlobDir:
    def __init__(self, root):
        self._root = root

    def _path(self, name):
        return os.path.join(self._root, name)

    def has(self, name):
        return os.path.exists(self._path(name))

    def put(self, name, data):
        with open(self._path(name), "wb") as f:
            f.write(data)

    # Another process can make the entry between the look and the write: add() then overwrites it.
    def add(self, name, data):
        if self.has(name):  # Secondary [check]
            return False
        self.put(name, data)  # Noncompliant [TOCTOU004] {{os.path.exists in has() checks self._path(name) at line 22 and open in put() uses it at line 24; the path can appear, vanish or be swapped in between}}
        return True

    # The look is at one entry and the write at another: the calls name two files.
    def copy_entry(self, source, target, data):
        if self.has(source):
            self.put(target, data)


# A download to a path another run may be fetching to at the same time.
def fetch_list(url, path):
    if not os.path.exists(path):  # Secondary [check]
        urlretrieve(url, path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 35 and urlretrieve uses it at line 36; the path can appear, vanish or be swapped in between}}
