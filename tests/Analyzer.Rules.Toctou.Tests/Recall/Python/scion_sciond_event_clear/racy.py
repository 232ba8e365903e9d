# https://github.com/scionproto/scion/issues/463
# _request_paths waited on a threading.Event, checked the segment DBs, and when the paths were not there yet
# called event.clear(); a path reply handled on the packet thread in between (insert + event.set()) was wiped
# by that clear, so the reply went unnoticed until the next timeout. sciond later waits on a
# threading.Semaphore that the reply handler releases, with no clear.
import queue
import threading

WAIT_CYCLES = 3
UP, DOWN, UP_DOWN = 0, 1, 2


def update_dict(dictionary, key, values):
    dictionary.setdefault(key, []).extend(values)


class SCIONDaemon(object):
    TIMEOUT = 5

    def __init__(self, send):
        self._send = send
        self._inbox = queue.Queue()
        self.up_segments = []
        self.down_segments = {}
        self._waiting_targets = {UP: {}, DOWN: {}, UP_DOWN: {}}

    @classmethod
    def start(cls, send):
        sd = cls(send)
        t = threading.Thread(target=sd.run)
        t.daemon = True
        t.start()
        return sd

    def run(self):
        while True:
            self.handle_path_reply(self._inbox.get())

    def _request_paths(self, ptype, dst_isd, dst_ad):
        event = threading.Event()
        update_dict(self._waiting_targets[ptype], (dst_isd, dst_ad), [event])
        self._send((ptype, dst_isd, dst_ad))
        cycle_cnt = 0
        while cycle_cnt < WAIT_CYCLES:
            event.wait(SCIONDaemon.TIMEOUT)
            if ((ptype == UP and len(self.up_segments)) or
                    (ptype == DOWN and self.down_segments.get((dst_isd, dst_ad))) or
                    (ptype == UP_DOWN and len(self.up_segments) and
                     self.down_segments.get((dst_isd, dst_ad)))):
                self._waiting_targets[ptype][(dst_isd, dst_ad)].remove(event)
                del self._waiting_targets[ptype][(dst_isd, dst_ad)]
                break
            event.clear()  # Noncompliant
            cycle_cnt += 1

    def handle_path_reply(self, reply):
        ptype, dst_isd, dst_ad, up, down = reply
        self.up_segments.extend(up)
        self.down_segments.setdefault((dst_isd, dst_ad), []).extend(down)
        # Wake up sleeping get_paths().
        if (dst_isd, dst_ad) in self._waiting_targets[ptype]:
            for event in self._waiting_targets[ptype][(dst_isd, dst_ad)]:
                event.set()

    def get_paths(self, dst_isd, dst_ad):
        if not self.down_segments.get((dst_isd, dst_ad)):
            self._request_paths(UP_DOWN, dst_isd, dst_ad)
        return [(u, d) for u in self.up_segments
                for d in self.down_segments.get((dst_isd, dst_ad), [])]

    def api_handle_request(self, dst_isd, dst_ad, reply_to):
        # Each local API path request is served on its own thread.
        threading.Thread(target=lambda: reply_to(self.get_paths(dst_isd, dst_ad))).start()
