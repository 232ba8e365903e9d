import threading


class Slot:
    def __init__(self):
        self.lock = threading.Lock()
        self.free = True


# take_slot tests the slot under its lock and takes it under a second hold: another thread can take it in between.
def take_slot(slot):
    with slot.lock:
        free = slot.free  # Secondary [check]
    if not free:
        return False
    with slot.lock:
        slot.free = False  # Noncompliant [TOCTOU001] {{slot.free is checked at line 13 and changed at line 17 by slot.free, and slot.lock is released and re-taken at line 16 in between}}
    return True


# free_slot holds the slot's lock from the test to the change.
def free_slot(slot):
    with slot.lock:
        if not slot.free:
            slot.free = True
