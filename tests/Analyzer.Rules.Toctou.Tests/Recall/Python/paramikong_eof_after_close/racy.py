# https://github.com/ploxiln/paramiko-ng/pull/101
# shutdown_write() checks/sets eof_sent under the channel lock but sends the EOF message
# after releasing it; close() on another thread can send CLOSE in that gap, so EOF reaches
# the server for a closed channel and the transport dies (paramiko#1115).
# Fix: send EOF and CLOSE while holding the channel lock.
import threading


class Message:
    def __init__(self, kind, chanid):
        self.kind = kind
        self.chanid = chanid


class Transport:
    def __init__(self):
        self.lock = threading.Lock()
        self.wire = []

    def _send_user_message(self, m):
        with self.lock:
            self.wire.append((m.kind, m.chanid))


class Channel:
    def __init__(self, chanid, transport):
        self.chanid = chanid
        self.remote_chanid = chanid
        self.transport = transport
        self.lock = threading.Lock()
        self.active = True
        self.closed = False
        self.eof_sent = False

    def shutdown_write(self):
        self.lock.acquire()
        try:
            m = self._send_eof()
        finally:
            self.lock.release()
        if m is not None:
            self.transport._send_user_message(m)  # Noncompliant

    def close(self):
        self.lock.acquire()
        try:
            if not self.active or self.closed:
                return
            msgs = self._close_internal()
        finally:
            self.lock.release()
        for m in msgs:
            if m is not None:
                self.transport._send_user_message(m)

    def _send_eof(self):
        # caller holds self.lock
        if self.eof_sent:
            return None
        self.eof_sent = True
        return Message('EOF', self.remote_chanid)

    def _close_internal(self):
        # caller holds self.lock
        m1 = self._send_eof()
        m2 = Message('CLOSE', self.remote_chanid)
        self.closed = True
        return m1, m2


class ChannelStdinFile:
    def __init__(self, channel):
        self.channel = channel

    def close(self):
        self.channel.shutdown_write()


if __name__ == '__main__':
    t = Transport()
    chan = Channel(7, t)
    stdin = ChannelStdinFile(chan)
    a = threading.Thread(target=stdin.close)
    b = threading.Thread(target=chan.close)
    a.start(); b.start(); a.join(); b.join()
    print(t.wire)
