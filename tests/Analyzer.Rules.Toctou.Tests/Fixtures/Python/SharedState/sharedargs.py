import threading
from concurrent.futures import ThreadPoolExecutor


class CashLedger:
    def __init__(self):
        self.entries = {}
        self.total = 0


def post_entry(ledger, key):
    if key not in ledger.entries:  # Secondary [check]
        ledger.entries[key] = 0  # Noncompliant {{ledger.entries is checked at line 12 and changed at line 13 by ledger.entries[key], with no lock held at either point, while post_entry is started in parallel at line 25, in a loop}}


def add_amount(ledger, amount):
    if ledger.total + amount <= 100:  # Secondary [check]
        ledger.total += amount  # Noncompliant {{ledger.total is checked at line 17 and changed at line 18 by ledger.total, with no lock held at either point, while add_amount is started in parallel at line 28, in a loop}}


def settle(keys):
    """Every thread and task gets the one ledger made before the loops."""
    ledger = CashLedger()
    for key in keys:
        threading.Thread(target=post_entry, args=(ledger, key)).start()
    with ThreadPoolExecutor() as ex:
        for key in keys:
            ex.submit(add_amount, ledger, 10)


def settle_each(keys):
    """Each thread gets a ledger of its own."""
    for key in keys:
        own = CashLedger()
        threading.Thread(target=post_entry, args=(own, key)).start()


def take_one(quota):
    if quota["left"] > 0:  # Secondary [check]
        quota["left"] -= 1  # Noncompliant {{quota["left"] is checked at line 39 and changed at line 40 by quota["left"], with no lock held at either point, while take_one is started in parallel at line 46}}


def take_two():
    """Two threads made apart, handed the same quota."""
    quota = {"left": 1}
    first = threading.Thread(target=take_one, args=(quota,))  # Secondary [concurrency]
    second = threading.Thread(target=take_one, args=(quota,))  # Secondary [concurrency]
    first.start()
    second.start()


def take_apart():
    """Two threads, each handed a quota of its own."""
    threading.Thread(target=take_own, args=({"left": 1},)).start()
    threading.Thread(target=take_own, args=({"left": 1},)).start()


def take_own(quota):
    if quota["left"] > 0:
        quota["left"] -= 1
