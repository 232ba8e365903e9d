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
