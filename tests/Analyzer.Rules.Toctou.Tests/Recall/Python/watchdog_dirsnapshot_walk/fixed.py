# https://github.com/gorakhargosh/watchdog/pull/281
# Fixed version: walk() tolerates a directory that disappeared between being found in its parent's listing and
# being listed itself; ENOENT from listdir() is treated as an empty directory and the observer keeps running.
import errno
import os
import shutil
import tempfile
import threading
from stat import S_ISDIR


class FolderSnapshot(object):
    def __init__(self, path, recursive=True, stat=os.stat, listdir=os.listdir):
        self._stat_info = {}
        self._inode_to_path = {}

        st = stat(path)
        self._stat_info[path] = st
        self._inode_to_path[(st.st_ino, st.st_dev)] = path

        def walk(root):
            try:
                paths = [os.path.join(root, name) for name in listdir(root)]
            except OSError as e:
                # Directory may have been deleted between finding it in the directory
                # list of its parent and trying to list its contents. If this
                # happens we treat it as empty.
                if e.errno == errno.ENOENT:
                    return
                raise
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


class PollingWatcher(threading.Thread):
    def __init__(self, watch_path, interval=0.001):
        super().__init__(daemon=True)
        self._lock = threading.Lock()
        self._stopped_event = threading.Event()
        self.watch_path = watch_path
        self.interval = interval
        self._snapshot = FolderSnapshot(watch_path)
        self.events = []
        self.crashed = None

    def poll_once(self):
        with self._lock:
            new_snapshot = FolderSnapshot(self.watch_path)
            created = new_snapshot.paths - self._snapshot.paths
            deleted = self._snapshot.paths - new_snapshot.paths
            self._snapshot = new_snapshot
            self.events.append((created, deleted))

    def run(self):
        try:
            while not self._stopped_event.wait(self.interval):
                self.poll_once()
        except OSError as exc:
            self.crashed = exc

    def stop(self):
        self._stopped_event.set()


def switch_branches(root, rounds=300):
    for _ in range(rounds):
        leaf = os.path.join(root, "a", "b", "c")
        os.makedirs(leaf, exist_ok=True)
        with open(os.path.join(leaf, "f.txt"), "w") as fh:
            fh.write("x")
        shutil.rmtree(os.path.join(root, "a"))


if __name__ == "__main__":
    top = tempfile.mkdtemp()
    watcher = PollingWatcher(top)
    watcher.start()
    switch_branches(top)
    watcher.stop()
    watcher.join()
    print("observer crashed:", watcher.crashed)
    shutil.rmtree(top)
