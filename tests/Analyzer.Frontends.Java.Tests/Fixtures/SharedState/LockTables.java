package sharedstate;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

// A lock made on first use, per key: two callers that both find the key missing each store a lock of their own, and
// each then holds one the other does not. Making the value twice is no harmless memoisation here.
class KeyLocks {
    private final Map<String, ReentrantLock> locks = new HashMap<>();

    ReentrantLock lockFor(String key) {
        ReentrantLock lock = locks.get(key);
        if (lock == null) {
            lock = new ReentrantLock();
            locks.put(key, lock); // Noncompliant [TOCTOU001] {{locks is checked at line 14 and changed at line 17 by locks.put(key, lock), with no lock held at either point; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out}}
        }
        return lock;
    }
}

// computeIfAbsent looks and stores in one step: one lock per key.
class AtomicKeyLocks {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    ReentrantLock lockFor(String key) {
        return locks.computeIfAbsent(key, k -> new ReentrantLock());
    }
}
