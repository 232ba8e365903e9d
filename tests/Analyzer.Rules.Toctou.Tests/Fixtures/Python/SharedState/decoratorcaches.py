import threading


# @memoize(size=…) makes one memoize object when the module loads; every call of fetch_rate runs the wrapper on it, on
# whatever thread the caller runs, and two first callers for one key both compute and both store.
class memoize:
    def __init__(self, size):
        self.size = size
        self.results = {}

    def __call__(self, fn):
        def wrapper(*args):
            if args not in self.results:  # Secondary [check]
                self.results[args] = fn(*args)  # Noncompliant [TOCTOU001] {{self.results is checked at line 13 and changed at line 14 by self.results[args], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
            return self.results[args]

        return wrapper


@memoize(size=100)  # Secondary [concurrency]
def fetch_rate(currency):
    return len(currency)


# The same cache with the decorator's own lock held from the look to the store.
class locked_memoize:
    def __init__(self, size):
        self.size = size
        self.lock = threading.Lock()
        self.results = {}

    def __call__(self, fn):
        def wrapper(*args):
            with self.lock:
                if args not in self.results:
                    self.results[args] = fn(*args)
                return self.results[args]

        return wrapper


@locked_memoize(size=100)
def fetch_quote(symbol):
    return len(symbol)


# Applied to a function written inside another, the decorator makes a new object on every call of that one: each
# handler has its own results.
class memoize_per_handler:
    def __init__(self, size):
        self.size = size
        self.results = {}

    def __call__(self, fn):
        def wrapper(*args):
            if args not in self.results:
                self.results[args] = fn(*args)
            return self.results[args]

        return wrapper


def make_handler():
    @memoize_per_handler(size=10)
    def handle(request):
        return len(request)

    return handle
