import threading


class EventFeed:
    """publish() starts one thread per call, and replay() calls it in a loop: the threads run side by side."""

    def __init__(self):
        self.delivered = {}

    def deliver(self, event):
        if event not in self.delivered:  # Secondary [check]
            self.delivered[event] = True  # Noncompliant {{self.delivered is checked at line 11 and changed at line 12 by self.delivered[event], with no lock held at either point, while deliver is started in parallel at line 15}}

    def publish(self, event):
        threading.Thread(target=self.deliver, args=(event,)).start()

    def replay(self, events):
        for event in events:
            self.publish(event)
