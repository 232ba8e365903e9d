import threading


class Shelf:
    """open_library() is handed the shelf with no annotation; Shelf is the one class here with a lend() method, so the
    threads it starts run Shelf.lend side by side."""

    def __init__(self):
        self.books = []

    def lend(self):
        if self.books:  # Secondary [check]
            return self.books.pop()  # Noncompliant {{self.books is checked at line 12 and changed at line 13 by self.books.pop(), with no lock held at either point, while lend is started in parallel at line 22, in a loop}}
        return None

    def shelve(self, book):
        self.books.append(book)


def open_library(shelf):
    for _ in range(3):
        threading.Thread(target=shelf.lend).start()


class TicketDesk:
    """Started the same way, but the check and the change are under one lock."""

    def __init__(self):
        self._lock = threading.Lock()
        self.remaining = 3

    def claim_ticket(self):
        with self._lock:
            if self.remaining > 0:
                self.remaining -= 1
                return True
            return False


def hand_out(desk):
    for _ in range(3):
        threading.Thread(target=desk.claim_ticket).start()


class Press:
    """print_run() is handed the machine with no annotation, and Scanner has a feed() too; its one caller hands it a
    Press, so the threads it starts run Press.feed side by side."""

    def __init__(self):
        self.sheets = []

    def feed(self):
        if self.sheets:  # Secondary [check]
            return self.sheets.pop()  # Noncompliant {{self.sheets is checked at line 53 and changed at line 54 by self.sheets.pop(), with no lock held at either point, while feed is started in parallel at line 72, in a loop}}
        return None


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self.sheets = []

    def feed(self):
        with self._lock:
            if self.sheets:
                return self.sheets.pop()
            return None


def print_run(machine):
    for _ in range(3):
        threading.Thread(target=machine.feed).start()


def start_presses():
    print_run(Press())


class Binder:
    """bind_run() is handed a Binder by one call and a Folder by another: what its parameter holds is not one type, so
    the start is tied to neither (the analysis does not guess which stitch() runs)."""

    def __init__(self):
        self.signatures = []

    def stitch(self):
        if self.signatures:
            return self.signatures.pop()
        return None


class Folder:
    def __init__(self):
        self.signatures = []

    def stitch(self):
        if self.signatures:
            return self.signatures.pop()
        return None


def bind_run(machine):
    for _ in range(3):
        threading.Thread(target=machine.stitch).start()


def start_binding():
    bind_run(Binder())
    bind_run(Folder())
