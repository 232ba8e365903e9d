import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


# Every client shares one background loop, kept on the class and made by the first client. The constructor reaches it
# through self.__class__, so it is the class's, not the object's being made: two clients made at once can both find
# none and both start a loop.
class LoopClient:
    _loop = None

    def __init__(self, url):
        self.url = url
        if self.__class__._loop is None:  # Secondary [check]
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, daemon=True).start()
            self.__class__._loop = loop  # Noncompliant [TOCTOU001] {{self.__class__._loop is checked at line 14 and changed at line 17 by self.__class__._loop, with no lock held at either point, while __init__ runs in every copy of fetch_with_loop, which is started in parallel at line 68, in a loop}}


# type(self) names the class too; under the class's lock the first client alone makes the pool.
class PooledClient:
    _pool = None
    _pool_lock = threading.Lock()

    def __init__(self, url):
        self.url = url
        with type(self)._pool_lock:
            if type(self)._pool is None:
                type(self)._pool = ThreadPoolExecutor(max_workers=4)


# A static method that reaches the class through a local given it (palette = Palette) reads and writes the class's own
# attributes: two first calls can both find the table unbuilt and both build it.
class Palette:
    _built = False
    _codes = {}

    @staticmethod
    def _build():
        Palette._built = True
        Palette._codes = {"bold": "\033[1m"}

    @staticmethod
    def paint(text):
        palette = Palette
        if not palette._built:  # Secondary [check]
            palette._build()  # Noncompliant [TOCTOU001] {{palette._built is checked at line 46 and changed at line 47 by palette._build(), with no lock held at either point, while paint runs in every copy of fetch_painted, which is started in parallel at line 70, in a loop}}
        return palette._codes.get("bold", "") + text


def fetch_painted(url):
    return Palette.paint(url)


def fetch_with_loop(url):
    return LoopClient(url).url


def fetch_pooled(url):
    return PooledClient(url).url


# The module run as a script starts the fetches: its threads make the clients side by side.
if __name__ == "__main__":
    urls = ["http://a", "http://b", "http://c"]
    with ThreadPoolExecutor(max_workers=4) as executor:
        for address in urls:
            executor.submit(fetch_with_loop, address)
            executor.submit(fetch_pooled, address)
            executor.submit(fetch_painted, address)
