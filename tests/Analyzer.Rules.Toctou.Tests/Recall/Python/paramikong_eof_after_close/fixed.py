# https://github.com/ploxiln/paramiko-ng/pull/101
# Fixed version (as in paramiko-ng's channel.py after the PR): the eof_sent/closed
# bookkeeping and the transport send happen inside one channel-lock critical section,
# so EOF can never be put on the wire after CLOSE (message order = state-change order).
import threading


class WireMessage:
    def __init__(self, kind, chanid):
        self.kind = kind
        self.chanid = chanid


class SshTransport:
    def __init__(self):
        self.lock = threading.Lock()
        self.wire = []

    def send_user_message(self, m):
        with self.lock:
            self.wire.append((m.kind, m.chanid))


class OrderedChannel:
    def __init__(self, chanid, transport):
        self.chanid = chanid
        self.remote_chanid = chanid
        self.transport = transport
        self.lock = threading.Lock()
        self.active = True
        self.closed = False
        self.eof_sent = False

    def shutdown_write(self):
        with self.lock:
            self._emit_eof()

    def close(self):
        with self.lock:
            if not self.active or self.closed:
                return
            self._emit_close()

    def _emit_eof(self):
        # caller holds self.lock
        if self.eof_sent:
            return
        self.eof_sent = True
        self.transport.send_user_message(WireMessage('EOF', self.remote_chanid))

    def _emit_close(self):
        # caller holds self.lock
        self._emit_eof()
        self.closed = True
        self.transport.send_user_message(WireMessage('CLOSE', self.remote_chanid))


class StdinWriter:
    def __init__(self, channel):
        self.channel = channel

    def close(self):
        self.channel.shutdown_write()


if __name__ == '__main__':
    transport = SshTransport()
    channel = OrderedChannel(7, transport)
    writer = StdinWriter(channel)
    t1 = threading.Thread(target=writer.close)
    t2 = threading.Thread(target=channel.close)
    t1.start(); t2.start(); t1.join(); t2.join()
    print(transport.wire)
