import threading


class MessageDispatcher:
    """Keeps its handler in an attribute and starts a thread with it for every message."""

    def __init__(self):
        self.seen = {}
        self.on_message = self.handle

    def handle(self, message):
        if message not in self.seen:  # Secondary [check]
            self.seen[message] = 0  # Noncompliant {{self.seen is checked at line 12 and changed at line 13 by self.seen[message], with no lock held at either point, while handle is started in parallel at line 17, in a loop}}

    def dispatch(self, messages):
        for message in messages:
            worker = threading.Thread(target=self.on_message, args=(message,))
            worker.start()
