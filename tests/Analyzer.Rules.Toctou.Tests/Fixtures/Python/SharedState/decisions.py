import threading


# One test of several attributes that decides one act on all of them is one race: one finding, on the first
# attribute, that names the others.
class Ballot:
    def __init__(self):
        self._lock = threading.Lock()
        self.leader = 0
        self.epoch = 0
        self.votes = 0

    def _propose(self, leader, epoch):
        with self._lock:
            self.leader = leader
            self.epoch = epoch

    def offer(self, leader, epoch):
        if leader > self.leader and epoch >= self.epoch:
            self._propose(leader, epoch)  # Noncompliant [TOCTOU001] {{self.leader is checked at line 19 and changed at line 20 by self._propose(leader, epoch), but the check runs before self._lock is taken at line 20, inside _propose(); the same test and act cover self.epoch too}}

    # Two tests, each deciding its own act, stay two findings.
    def count(self, leader):
        if self.votes < 10:
            with self._lock:
                self.votes += 1  # Noncompliant [TOCTOU001] {{self.votes is checked at line 24 and changed at line 26 by self.votes, but the check runs before self._lock is taken at line 25}}
        if leader > self.leader:
            self._propose(leader, 0)  # Noncompliant [TOCTOU001] {{self.leader is checked at line 27 and changed at line 28 by self._propose(leader, 0), but the check runs before self._lock is taken at line 28, inside _propose()}}
