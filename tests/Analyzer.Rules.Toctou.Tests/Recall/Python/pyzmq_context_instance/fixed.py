# https://github.com/zeromq/pyzmq/pull/878 (issue https://github.com/zeromq/pyzmq/issues/875)
# Fixed version: Context.instance() grabs the class-level _instance_lock only when the instance is
# missing or closed, re-checks under the lock and creates the global Context there, so concurrent
# first callers all receive the same object.
from threading import Lock, Thread


class ZmqContextBase:
    def __init__(self, io_threads=1):
        self.io_threads = io_threads
        self.closed = False
        self._sockets = []

    def term(self):
        self.closed = True


class SharedContext(ZmqContextBase):
    """Create a zmq Context; instance() returns the shared global one."""

    _instance = None
    _instance_lock = Lock()

    def __init__(self, io_threads=1, **kwargs):
        super(SharedContext, self).__init__(io_threads=io_threads)
        self.sockopts = {}

    @classmethod
    def instance(cls, io_threads=1):
        """Returns a global Context instance."""
        if cls._instance is None or cls._instance.closed:
            with cls._instance_lock:
                if cls._instance is None or cls._instance.closed:
                    cls._instance = cls(io_threads=io_threads)
        return cls._instance

    def socket(self, socket_type):
        sock = (self, socket_type)
        self._sockets.append(sock)
        return sock


class SafePublisher(Thread):
    def __init__(self, context=None):
        super(SafePublisher, self).__init__()
        self.context = context

    def run(self):
        ctx = self.context or SharedContext.instance()
        ctx.socket("PUB")


if __name__ == "__main__":
    workers = [SafePublisher() for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(len(SharedContext.instance()._sockets))
