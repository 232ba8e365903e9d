# https://github.com/scoutapp/scout_apm_python/pull/92 (issue #91; see also PR #61)
# Fixed version: instance() takes a class-level _instance_lock for the whole
# check-and-create, and the started event is set in __init__ (before start()), so a
# freshly created socket thread is already seen as running by the next caller.
import queue
import threading


class AgentSocketThread(threading.Thread):
    _instance = None
    _instance_lock = threading.Lock()

    @classmethod
    def get_instance(cls, *args, **kwargs):
        with cls._instance_lock:
            if cls._instance is None:
                cls._instance = cls(*args, **kwargs)
                return cls._instance
            if cls._instance.is_running() is False:
                cls._instance = cls(*args, **kwargs)
                return cls._instance
            return cls._instance

    def __init__(self, socket_path="/tmp/scout-agent.sock"):
        threading.Thread.__init__(self)
        self.socket_path = socket_path
        self.daemon = True
        self._started_event = threading.Event()
        self._stop_event = threading.Event()
        self.command_queue = queue.Queue(maxsize=500)
        self._started_event.set()
        self.start()

    def is_running(self):
        return self._started_event.is_set()

    def run(self):
        try:
            while not self._stop_event.is_set():
                try:
                    body = self.command_queue.get(block=True, timeout=1)
                except queue.Empty:
                    continue
                self._transmit(body)
        finally:
            self._started_event.clear()

    def enqueue(self, command):
        try:
            self.command_queue.put(command, False)
        except queue.Full:
            pass

    def _transmit(self, body):
        return True


def report_request(request_id):
    AgentSocketThread.get_instance().enqueue({"BatchCommand": request_id})


if __name__ == "__main__":
    request_threads = [threading.Thread(target=report_request, args=(i,)) for i in range(10)]
    for t in request_threads:
        t.start()
    for t in request_threads:
        t.join()
