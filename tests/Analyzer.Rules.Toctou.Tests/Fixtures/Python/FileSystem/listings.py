import glob
import os
import time
from pathlib import Path


# A pruner lists the folder and removes the old names: a second pruner, in another process, removes the same names, so
# the stat and the remove can find a name gone.
def prune_logs(folder, keep):
    names = sorted(os.listdir(folder))
    for name in names[:-keep]:
        path = os.path.join(folder, name)
        if os.stat(path).st_size > 0:  # Noncompliant [TOCTOU004] {{os.listdir checks the names in folder at line 10 and os.stat uses one at line 13 and os.remove at line 14; the path can appear, vanish or be swapped in between}}
            os.remove(path)  # Noncompliant [TOCTOU004] {{os.stat checks path at line 13 and os.remove uses it at line 14; the path can appear, vanish or be swapped in between}}


def prune_cache(root, version):
    threshold = time.time() - 3600
    for entry in Path(root).glob("*"):
        stat = entry.stat()  # Noncompliant [TOCTOU004] {{Path(root).glob checks the names in Path(root) at line 19 and entry.stat uses one at line 20; the path can appear, vanish or be swapped in between}}
        if not entry.name.startswith(version) or stat.st_mtime < threshold:
            entry.unlink(missing_ok=True)


def prune_matches(pattern):
    for path in glob.glob(pattern):
        os.unlink(path)  # Noncompliant [TOCTOU004] {{glob.glob checks the names matching pattern at line 26 and os.unlink uses one at line 27; the path can appear, vanish or be swapped in between}}


# The same pruners, taking a name that went in between as one less to do.
def prune_logs_tolerant(folder, keep):
    names = sorted(os.listdir(folder))
    for name in names[:-keep]:
        path = os.path.join(folder, name)
        try:
            if os.stat(path).st_size > 0:
                os.remove(path)
        except FileNotFoundError:
            continue


def prune_cache_tolerant(root, version):
    threshold = time.time() - 3600
    for entry in Path(root).glob("*"):
        try:
            stat = entry.stat()
        except FileNotFoundError:
            continue
        if not entry.name.startswith(version) or stat.st_mtime < threshold:
            entry.unlink(missing_ok=True)


def prune_matches_tolerant(pattern):
    for path in glob.glob(pattern):
        try:
            os.unlink(path)
        except OSError:
            pass


# Reading what a listing names, when nothing here removes names, leaves the listing's names to whoever wrote them.
def read_reports(folder):
    reports = []
    for name in os.listdir(folder):
        with open(os.path.join(folder, name)) as report:
            reports.append(report.read())
    return reports


# A folder this function made for itself is its own.
def prune_scratch():
    import tempfile
    scratch = tempfile.mkdtemp()
    for name in os.listdir(scratch):
        os.remove(os.path.join(scratch, name))


# A listing a helper makes is the helper's call.
class Spool:
    def __init__(self, folder):
        self.folder = folder

    def _names(self):
        return os.listdir(self.folder)

    def prune(self):
        for name in self._names():
            os.remove(os.path.join(self.folder, name))  # Noncompliant [TOCTOU004] {{os.listdir in _names() checks the names in self.folder at line 87 and os.remove uses one at line 88; the path can appear, vanish or be swapped in between}}


# Names gathered into a list first are still the names the listing answered.
def prune_oldest(folder, keep):
    found = []
    for name in os.listdir(folder):
        found.append(os.path.join(folder, name))
    for path in sorted(found)[keep:]:
        os.remove(path)  # Noncompliant [TOCTOU004] {{os.listdir checks the names in folder at line 94 and os.remove uses one at line 97; the path can appear, vanish or be swapped in between}}
