# https://github.com/sabnzbd/sabnzbd/pull/3349 (issue #3347)
# add() checks under START_STOP_LOCK that the unpacker is not killed, has no active instance
# and is not alive, then calls self.start(); run() ended with reset_active() and killed = True
# outside the lock, so add() could restart the finished thread. Fix: do both under the lock.
import threading

START_STOP_LOCK = threading.RLock()
ACTIVE_UNPACKERS = []


class UnrarProcess:
    def __init__(self, volumes):
        self._lines = ["Extracting from %s\n" % v for v in volumes] + ["All OK"]

    def read_line(self):
        return self._lines.pop(0) if self._lines else ""


class DirectUnpacker(threading.Thread):
    def __init__(self, nzo):
        threading.Thread.__init__(self)
        self.nzo = nzo
        self.active_instance = None
        self.killed = False
        self.cur_setname = None
        self.next_file_lock = threading.Condition(threading.RLock())

    def reset_active(self):
        self.active_instance = None
        self.cur_setname = None

    def check_requirements(self):
        return not self.killed and self.nzo["unpack"] and not self.nzo["bad_articles"]

    def create_unrar_instance(self):
        with START_STOP_LOCK:
            self.active_instance = UnrarProcess(self.nzo["finished_files"])
            ACTIVE_UNPACKERS.append(self)

    def add(self, filename):
        with START_STOP_LOCK:
            if not self.check_requirements():
                return
            self.nzo["finished_files"].append(filename)
            if not self.cur_setname:
                self.cur_setname = filename.split(".")[0]
            if not self.active_instance and not self.is_alive():
                self.create_unrar_instance()
                self.start()
        with self.next_file_lock:
            self.next_file_lock.notify()

    def run(self):
        while True:
            with START_STOP_LOCK:
                if not self.active_instance:
                    break
                line = self.active_instance.read_line()
            if not line or line.endswith("All OK"):
                break

        # Make more space
        self.reset_active()
        if self in ACTIVE_UNPACKERS:
            ACTIVE_UNPACKERS.remove(self)  # Noncompliant

        # Set the thread to killed so it never gets restarted by accident
        self.killed = True


if __name__ == "__main__":
    job = {"unpack": True, "bad_articles": 0, "finished_files": []}
    unpacker = DirectUnpacker(job)
    assemblers = [
        threading.Thread(target=unpacker.add, args=("show.part%02d.rar" % i,)) for i in range(1, 9)
    ]
    for a in assemblers:
        a.start()
    for a in assemblers:
        a.join()
