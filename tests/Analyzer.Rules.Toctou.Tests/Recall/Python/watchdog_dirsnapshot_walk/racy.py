# https://github.com/gorakhargosh/watchdog/pull/281
# DirectorySnapshot.walk() stat()s the entries of a directory and afterwards recurses into those whose mode was
# a directory, calling listdir() on them; when a branch switch deletes /a/b after /a was listed, listdir raises
# OSError ENOENT and the polling observer thread dies (seen "often in practice when changing branches in git").
# Fix: listdir() in walk() is wrapped and ENOENT makes the vanished directory count as empty.
import os
import shutil
import tempfile
import threading
from stat import S_ISDIR


class DirectorySnapshot(object):
    def __init__(self, path, recursive=True, stat=os.stat, listdir=os.listdir):
        self._stat_info = {}
        self._inode_to_path = {}

        st = stat(path)
        self._stat_info[path] = st
        self._inode_to_path[(st.st_ino, st.st_dev)] = path

        def walk(root):
            paths = [os.path.join(root, name) for name in listdir(root)]  # Noncompliant
            entries = []
            for p in paths:
                try:
                    entries.append((p, stat(p)))
                except OSError:
                    continue
            for entry in entries:
                yield entry
            if recursive:
                for p, st in entries:
                    if S_ISDIR(st.st_mode):
                        for entry in walk(p):
                            yield entry

        for p, st in walk(path):
            self._inode_to_path[(st.st_ino, st.st_dev)] = p
            self._stat_info[p] = st

    @property
    def paths(self):
        return set(self._stat_info)


class PollingEmitter(threading.Thread):
    def __init__(self, watch_path, interval=0.001):
        super().__init__(daemon=True)
        self._lock = threading.Lock()
        self._stopped_event = threading.Event()
        self.watch_path = watch_path
        self.interval = interval
        self._snapshot = DirectorySnapshot(watch_path)
        self.events = []
        self.crashed = None

    def queue_events(self):
        with self._lock:
            new_snapshot = DirectorySnapshot(self.watch_path)
            created = new_snapshot.paths - self._snapshot.paths
            deleted = self._snapshot.paths - new_snapshot.paths
            self._snapshot = new_snapshot
            self.events.append((created, deleted))

    def run(self):
        try:
            while not self._stopped_event.wait(self.interval):
                self.queue_events()
        except OSError as exc:
            self.crashed = exc

    def stop(self):
        self._stopped_event.set()


def checkout_branches(root, rounds=300):
    """Like `git checkout` between two branches: a subtree appears and disappears."""
    for _ in range(rounds):
        leaf = os.path.join(root, "a", "b", "c")
        os.makedirs(leaf, exist_ok=True)
        with open(os.path.join(leaf, "f.txt"), "w") as fh:
            fh.write("x")
        shutil.rmtree(os.path.join(root, "a"))


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    emitter = PollingEmitter(root)
    emitter.start()
    checkout_branches(root)
    emitter.stop()
    emitter.join()
    print("observer crashed:", emitter.crashed)
    shutil.rmtree(root)
