import os


# A lock taken by calling a lock factory (a lock file every run of the program takes) held across the check and the
# act: no other holder can change the path in between.
class Journal:
    def __init__(self, repo, path):
        self.repo = repo
        self.path = path

    def reset(self):
        with self.repo.wlock():
            if os.path.exists(self.path):
                os.unlink(self.path)

    def reset_bound(self):
        wlock = self.repo.wlock()
        try:
            if os.path.exists(self.path):
                os.unlink(self.path)
        finally:
            wlock.release()

    # Released before the act: the lock does not cover both.
    def reset_released(self):
        wlock = self.repo.wlock()
        exists = os.path.exists(self.path)  # Secondary [check]
        wlock.release()
        if exists:
            os.unlink(self.path)  # Noncompliant [TOCTOU004] {{os.path.exists checks self.path at line 27 and os.unlink uses it at line 30; the path can appear, vanish or be swapped in between}}

    # Every caller in the package holds the lock: this method's callers on the same object, and save_series' callers
    # through the repository they pass.
    def _write(self, data):
        if not os.path.isdir(os.path.dirname(self.path)):
            os.makedirs(os.path.dirname(self.path))
        with open(self.path, 'w') as f:
            f.write(data)

    def record(self, data):
        with self.repo.wlock():
            self._write(data)
            save_series(self.repo, self.path)

    def record_later(self, data):
        with self.repo.wlock(), self.repo.lock():
            self._write(data)
            save_series(self.repo, self.path + '.series')


def save_series(repository, path):
    if os.path.exists(path):
        os.unlink(path)


def save_all(repo, paths):
    with repo.wlock():
        for path in paths:
            save_series(repo, path)


# A caller without the lock: the check and the act race with other runs.
def clear_marker(repo, path):
    if os.path.exists(path):  # Secondary [check]
        os.unlink(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 64 and os.unlink uses it at line 65; the path can appear, vanish or be swapped in between}}


def clear_all(repo, path):
    with repo.wlock():
        clear_marker(repo, path)
    clear_marker(repo, path + '.bak')


# "block" and "clock" are no locks.
def timed(repo, path):
    with repo.clock():
        if os.path.exists(path):  # Secondary [check]
            os.unlink(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 77 and os.unlink uses it at line 78; the path can appear, vanish or be swapped in between}}


class Series:
    def __init__(self, repo):
        self.repo = repo
        self.applied = []

    # A lock a call hands back may keep out other runs of the program rather than other threads: in-memory state
    # changed under it is not shown to be shared.
    def push(self, patch):
        if self.applied and self.applied[-1] == patch:
            return
        with self.repo.lock():
            self.applied.append(patch)


# Called only through a local given a new Applier, by a caller that holds the repository lock.
class Applier:
    def __init__(self, ui):
        self.ui = ui

    def apply(self, repo, path):
        if os.path.exists(path):
            os.unlink(path)


def apply_command(ui, repo, path):
    with repo.wlock():
        applier = Applier(ui)
        applier.apply(repo, path)


# The callee has no name for the repository lock its callers hold (the store knows only its own path), but the lock
# still keeps other runs of the program off everything it does meanwhile.
class StateFile:
    def __init__(self, path):
        self.path = path

    def write(self, data):
        if not os.path.isdir(os.path.dirname(self.path)):
            os.mkdir(os.path.dirname(self.path))
        with open(self.path, 'w') as f:
            f.write(data)


class Replayer:
    def __init__(self, path):
        self.state = StateFile(path)

    def replay(self, repo, data):
        self.state.write(data)


def replay_all(repo, path, items):
    replayer = Replayer(path)
    with repo.wlock():
        for data in items:
            replayer.replay(repo, data)
