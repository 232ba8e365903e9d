# https://github.com/sabnzbd/sabnzbd/pull/3349 (issue #3347)
# Fixed version: run()'s final reset_active() and killed = True are done while holding the
# start/stop lock, so add() never sees the half-cleaned state.
import threading

UNPACK_START_STOP_LOCK = threading.RLock()
RUNNING_UNPACKERS = []


class UnrarPipe:
    def __init__(self, volumes):
        self._lines = ["Extracting from %s\n" % v for v in volumes] + ["All OK"]

    def read_line(self):
        return self._lines.pop(0) if self._lines else ""


class DirectUnpackWorker(threading.Thread):
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
        with UNPACK_START_STOP_LOCK:
            self.active_instance = UnrarPipe(self.nzo["finished_files"])
            RUNNING_UNPACKERS.append(self)

    def add(self, filename):
        with UNPACK_START_STOP_LOCK:
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
            with UNPACK_START_STOP_LOCK:
                if not self.active_instance:
                    break
                line = self.active_instance.read_line()
            if not line or line.endswith("All OK"):
                break

        with UNPACK_START_STOP_LOCK:
            # Make more space
            self.reset_active()
            if self in RUNNING_UNPACKERS:
                RUNNING_UNPACKERS.remove(self)

            # Set the thread to killed so it never gets restarted by accident
            self.killed = True


if __name__ == "__main__":
    job = {"unpack": True, "bad_articles": 0, "finished_files": []}
    worker = DirectUnpackWorker(job)
    feeders = [
        threading.Thread(target=worker.add, args=("show.part%02d.rar" % i,)) for i in range(1, 9)
    ]
    for f in feeders:
        f.start()
    for f in feeders:
        f.join()
