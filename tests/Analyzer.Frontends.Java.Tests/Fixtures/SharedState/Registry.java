import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

class Registry {
    private final Map<String, Object> entries = new HashMap<>();
    private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    // Lin and Dig's CTADetector pattern: a lookup, then an insert, on a ConcurrentHashMap.
    Object cached(String key) {
        if (!cache.containsKey(key)) { // Secondary [check]
            cache.put(key, build(key)); // Noncompliant [TOCTOU001] {{cache is checked at line 13 and changed at line 14 by cache.put(key, build(key)), with no lock held at either point}}
        }
        return cache.get(key);
    }

    // One atomic call: the fix.
    Object cachedAtomically(String key) {
        return cache.computeIfAbsent(key, k -> build(k));
    }

    // A synchronized method holds the object's monitor from the check through the act.
    synchronized void register(String name, Object entry) {
        if (!entries.containsKey(name)) {
            entries.put(name, entry);
        }
    }

    // Checked under the monitor, changed under a second acquisition of it.
    void registerTwice(String name, Object entry) {
        boolean known;
        synchronized (this) {
            known = entries.containsKey(name); // Secondary [check]
        }
        if (!known) {
            synchronized (this) {
                entries.put(name, entry); // Noncompliant [TOCTOU001] {{entries is checked at line 35 and changed at line 39 by entries.put(name, entry), and the lock on this is released and re-taken at line 38 in between}}
            }
        }
    }

    // A ReentrantLock held in try/finally from the check through the act.
    void locked(String name, Object entry) {
        lock.lock();
        try {
            if (!entries.containsKey(name)) {
                entries.put(name, entry);
            }
        } finally {
            lock.unlock();
        }
    }

    // The lock released between the check and the act.
    void split(String name, Object entry) {
        boolean known;
        lock.lock();
        try {
            known = entries.containsKey(name); // Secondary [check]
        } finally {
            lock.unlock();
        }
        if (!known) {
            lock.lock();
            try {
                entries.put(name, entry); // Noncompliant [TOCTOU001] {{entries is checked at line 61 and changed at line 68 by entries.put(name, entry), and this.lock is released and re-taken at line 66 in between}}
            } finally {
                lock.unlock();
            }
        }
    }

    Object build(String key) {
        return key;
    }
}

// A map declared by its interface and made concurrent is shared by construction, as one declared concurrent is.
class Handlers {
    private final java.util.Map<String, Object> byName = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Object> synced = java.util.Collections.synchronizedMap(new java.util.HashMap<>());
    private final java.util.Map<String, Object> plain = new java.util.HashMap<>();

    void register(String name, Object handler) {
        if (!byName.containsKey(name)) { // Secondary [check]
            byName.put(name, handler); // Noncompliant [TOCTOU001] {{byName is checked at line 87 and changed at line 88 by byName.put(name, handler), with no lock held at either point}}
        }
    }

    void registerSynced(String name, Object handler) {
        if (!synced.containsKey(name)) { // Secondary [check]
            synced.put(name, handler); // Noncompliant [TOCTOU001] {{synced is checked at line 93 and changed at line 94 by synced.put(name, handler), with no lock held at either point}}
        }
    }

    void registerOnce(String name, Object handler) {
        byName.putIfAbsent(name, handler);
    }

    // A plain map no lock or thread shows shared: this type's single-threaded part.
    void registerPlain(String name, Object handler) {
        if (!plain.containsKey(name)) {
            plain.put(name, handler);
        }
    }
}
