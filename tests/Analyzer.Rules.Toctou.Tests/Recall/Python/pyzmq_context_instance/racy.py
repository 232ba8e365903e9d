# https://github.com/zeromq/pyzmq/pull/878 (issue https://github.com/zeromq/pyzmq/issues/875)
# Context.instance() lazily creates the process-global Context: if _instance is None (or closed) it
# constructs a new one and stores it. Threads calling instance() at the same time can each construct a
# Context, and the ones that lose end up with sockets on a context nobody else uses.
# Fix: a class-level Lock, taken only when the instance is missing, with the check repeated inside it.
from threading import Thread


class ContextBase:
    def __init__(self, io_threads=1):
        self.io_threads = io_threads
        self.closed = False
        self._sockets = []

    def term(self):
        self.closed = True


class Context(ContextBase):
    """Create a zmq Context; instance() returns the shared global one."""

    _instance = None

    def __init__(self, io_threads=1, **kwargs):
        super(Context, self).__init__(io_threads=io_threads)
        self.sockopts = {}

    @classmethod
    def instance(cls, io_threads=1):
        """Returns a global Context instance."""
        if cls._instance is None or cls._instance.closed:
            cls._instance = cls(io_threads=io_threads)  # Noncompliant
        return cls._instance

    def socket(self, socket_type):
        sock = (self, socket_type)
        self._sockets.append(sock)
        return sock


class Publisher(Thread):
    def __init__(self, context=None):
        super(Publisher, self).__init__()
        self.context = context

    def run(self):
        ctx = self.context or Context.instance()
        ctx.socket("PUB")


if __name__ == "__main__":
    workers = [Publisher() for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(len(Context.instance()._sockets))
