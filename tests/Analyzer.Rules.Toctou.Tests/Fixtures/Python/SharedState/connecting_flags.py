import asyncio


async def dial(url):
    await asyncio.sleep(0)
    return object()


# The test and the mark that a connect is under way come in one step of the task, with no await between them: a
# second task that tests meanwhile finds the mark and goes no further, so the socket stored after the await is the
# first task's alone.
class SocketTransport:
    def __init__(self, url):
        self.url = url
        self.socket = None
        self._connecting = False

    async def open_socket(self):
        if self.socket is None and not self._connecting:
            self._connecting = True
            try:
                self.socket = await dial(self.url)
            finally:
                self._connecting = False

    async def open_socket_unmarked(self):
        if self.socket is None:  # Secondary [check]
            self.socket = await dial(self.url)  # Noncompliant [TOCTOU001] {{self.socket is checked at line 27 and changed at line 28 by self.socket, with no lock held at either point, while `await dial(self.url)` at line 28 lets other tasks run in between}}
