import java.util.concurrent.ConcurrentHashMap;

class Slot {
    final String key;
    Slot(String key) { this.key = key; }
    boolean open() { return true; }
}

// A get-or-make that drops the entry when the new slot will not open: a removal, not a store, so no memoisation.
class Slots {
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    Slot acquire(String key) {
        Slot slot = slots.get(key);
        if (slot != null) {
            return slot;
        }
        slot = new Slot(key);
        if (!slot.open()) {
            discard(slot); // Noncompliant [TOCTOU001] {{slots is checked at line 14 and changed at line 20 by discard(slot), with no lock held at either point}}
            return null;
        }
        return slot;
    }

    private void discard(Slot slot) {
        slots.remove(slot.key);
    }
}
