import threading


# Threads started in a loop, each handed the same meter, call its hit(): two of them can both find room and both count.
class TurnMeter:
    def __init__(self, limit):
        self.hits = 0
        self.limit = limit

    def hit(self):
        if self.hits < self.limit:  # Secondary [check]
            self.hits += 1  # Noncompliant [TOCTOU001] {{self.hits is checked at line 11 and changed at line 12 by self.hits, with no lock held at either point, while hit runs in every copy of pound_meter, which is started in parallel at line 25, in a loop}}
            return True
        return False


def pound_meter(meter):
    for _ in range(100):
        meter.hit()  # Secondary [concurrency]


def run_pounders():
    meter = TurnMeter(10)
    for _ in range(4):
        threading.Thread(target=pound_meter, args=(meter,)).start()  # Secondary [concurrency]


# Each thread is handed a meter of its own: nothing is shared.
class OwnMeter:
    def __init__(self, limit):
        self.hits = 0
        self.limit = limit

    def hit(self):
        if self.hits < self.limit:
            self.hits += 1
            return True
        return False


def pound_own(meter):
    meter.hit()


def run_own():
    for _ in range(4):
        threading.Thread(target=pound_own, args=(OwnMeter(10),)).start()
