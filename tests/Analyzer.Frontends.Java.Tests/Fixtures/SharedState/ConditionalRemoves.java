package sharedstate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

// A concurrent map's remove(key, value) takes the entry out only while the key still maps to the value found: the
// look and the removal are one step on the map (Guava's AtomicLongMap.remove).
class Tallies {
    private final ConcurrentMap<String, AtomicLong> counts = new ConcurrentHashMap<>();

    long reset(String key) {
        AtomicLong count = counts.get(key);
        if (count == null) {
            return 0L;
        }
        long old = count.getAndSet(0L);
        counts.remove(key, count);
        return old;
    }
}
