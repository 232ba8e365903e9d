import java.util.concurrent.ConcurrentHashMap;

// Removals from a concurrent map after a check: one that goes by whether it found anything decides for itself.
class Evictions {
    static class Entry {
        final String key;
        Entry(String key) { this.key = key; }
        void close() {}
    }

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private int evicted;

    void evict(String key) {
        if (cache.containsKey(key)) {
            Entry entry = cache.remove(key);
            if (entry != null) {
                entry.close();
            }
        }
    }

    boolean drop(String key) {
        if (!cache.containsKey(key)) {
            return false;
        }
        return cache.remove(key) != null;
    }

    void evictCounted(String key) {
        if (cache.containsKey(key)) { // Secondary [check]
            cache.remove(key); // Noncompliant [TOCTOU001] {{cache is checked at line 31 and changed at line 32 by cache.remove(key), with no lock held at either point}}
            evicted++;
        }
    }

    // Comparing with the entry it meant to remove comes too late: a newer entry under the key is already gone.
    void evictExact(Entry expected) {
        if (cache.containsKey(expected.key)) {
            if (expected == cache.remove(expected.key)) { // Noncompliant [TOCTOU001] {{cache is checked at line 39 and changed at line 40 by cache.remove(expected.key), with no lock held at either point}}
                expected.close();
            }
        }
    }

    // The removal can be made by a method of its own that goes by what it found.
    void expire(String key) {
        if (cache.get(key) != null) {
            discard(key);
        }
    }

    private boolean discard(String key) {
        Entry entry = cache.remove(key);
        if (entry == null) {
            return false;
        }
        entry.close();
        return true;
    }

    // One that removes without looking leaves the check to decide.
    void expireCounted(String key) {
        if (cache.get(key) != null) { // Secondary [check]
            forget(key); // Noncompliant [TOCTOU001] {{cache is checked at line 64 and changed at line 65 by forget(key), with no lock held at either point}}
            evicted++;
        }
    }

    private void forget(String key) {
        cache.remove(key);
    }
}
