# https://github.com/scoutapp/scout_apm_python/pull/92 (issue #91; see also PR #61)
# CoreAgentSocket.instance() is called from every instrumented request thread. It checks
# "no instance, or the instance is not running" and then creates/starts a new socket
# thread. Two request threads can both pass the check (the started flag is only set
# later, inside run()), so several socket threads get created. Fix: _instance_lock held
# across check+create, and the started flag set in __init__.
import queue
import threading


class CoreAgentSocket(threading.Thread):
    _instance = None

    @classmethod
    def instance(cls, *args, **kwargs):
        if cls._instance is None or not cls._instance.running():
            cls._instance = cls(*args, **kwargs)  # Noncompliant
        return cls._instance

    def __init__(self, socket_path="/tmp/scout-agent.sock"):
        threading.Thread.__init__(self)
        self.socket_path = socket_path
        self.daemon = True
        self._started_event = threading.Event()
        self._stop_event = threading.Event()
        self.command_queue = queue.Queue(maxsize=500)
        self.start()

    def running(self):
        return self._started_event.is_set()

    def run(self):
        self._started_event.set()
        try:
            while not self._stop_event.is_set():
                try:
                    body = self.command_queue.get(block=True, timeout=1)
                except queue.Empty:
                    continue
                self._send(body)
        finally:
            self._started_event.clear()

    def send(self, command):
        try:
            self.command_queue.put(command, False)
        except queue.Full:
            pass

    def _send(self, body):
        return True


def on_request_finished(request_id):
    CoreAgentSocket.instance().send({"BatchCommand": request_id})


if __name__ == "__main__":
    threads = [threading.Thread(target=on_request_finished, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
