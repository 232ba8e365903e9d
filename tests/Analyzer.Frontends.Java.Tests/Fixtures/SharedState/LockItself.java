package sharedstate;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

// A class derived from ReentrantLock locks itself with its inherited lock() and unlock(): put holds that lock from the
// look to the store; putLate looks first and takes it only for the store.
class Shard extends ReentrantLock {
    private final Map<String, Object> table = new HashMap<>();

    void put(String key, Object value) {
        lock();
        try {
            if (!table.containsKey(key)) {
                table.put(key, value);
            }
        } finally {
            unlock();
        }
    }

    void putLate(String key, Object value) {
        if (!table.containsKey(key)) { // Secondary [check]
            lock();
            try {
                table.put(key, value); // Noncompliant [TOCTOU001] {{table is checked at line 24 and changed at line 27 by table.put(key, value), but the check runs before the lock on this is taken at line 25}}
            } finally {
                unlock();
            }
        }
    }
}
