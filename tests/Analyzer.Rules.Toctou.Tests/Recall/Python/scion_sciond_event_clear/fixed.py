# https://github.com/scionproto/scion/issues/463
# Fixed shape (later sciond.py): each request waits on a threading.Semaphore(0) that the reply handler
# release()s; acquire() consumes a release that happened before it, and nothing clears it, so no reply is lost.
import queue
import threading

MAX_WAIT_CYCLES = 3
SEG_UP, SEG_DOWN, SEG_UP_DOWN = 0, 1, 2


def add_waiter(dictionary, key, values):
    dictionary.setdefault(key, []).extend(values)


class PathDaemon(object):
    TIMEOUT = 5

    def __init__(self, send):
        self._send = send
        self._inbox = queue.Queue()
        self.up_segments = []
        self.down_segments = {}
        self._waiting_targets = {SEG_UP: {}, SEG_DOWN: {}, SEG_UP_DOWN: {}}

    @classmethod
    def start(cls, send):
        pd = cls(send)
        t = threading.Thread(target=pd.run)
        t.daemon = True
        t.start()
        return pd

    def run(self):
        while True:
            self.handle_path_reply(self._inbox.get())

    def _request_paths(self, ptype, dst_isd, dst_ad):
        sema = threading.Semaphore(value=0)
        add_waiter(self._waiting_targets[ptype], (dst_isd, dst_ad), [sema])
        self._send((ptype, dst_isd, dst_ad))
        cycle_cnt = 0
        while cycle_cnt < MAX_WAIT_CYCLES:
            sema.acquire(timeout=self.TIMEOUT)
            if ((ptype == SEG_UP and len(self.up_segments)) or
                    (ptype == SEG_DOWN and self.down_segments.get((dst_isd, dst_ad))) or
                    (ptype == SEG_UP_DOWN and len(self.up_segments) and
                     self.down_segments.get((dst_isd, dst_ad)))):
                self._waiting_targets[ptype][(dst_isd, dst_ad)].remove(sema)
                del self._waiting_targets[ptype][(dst_isd, dst_ad)]
                break
            cycle_cnt += 1

    def handle_path_reply(self, reply):
        ptype, dst_isd, dst_ad, up, down = reply
        self.up_segments.extend(up)
        self.down_segments.setdefault((dst_isd, dst_ad), []).extend(down)
        # Wake up sleeping get_paths().
        if (dst_isd, dst_ad) in self._waiting_targets[ptype]:
            for sema in self._waiting_targets[ptype][(dst_isd, dst_ad)]:
                sema.release()

    def get_paths(self, dst_isd, dst_ad):
        if not self.down_segments.get((dst_isd, dst_ad)):
            self._request_paths(SEG_UP_DOWN, dst_isd, dst_ad)
        return [(u, d) for u in self.up_segments
                for d in self.down_segments.get((dst_isd, dst_ad), [])]

    def api_handle_request(self, dst_isd, dst_ad, reply_to):
        # Each local API path request is served on its own thread.
        threading.Thread(target=lambda: reply_to(self.get_paths(dst_isd, dst_ad))).start()
