import java.util.HashMap;
import java.util.Map;

class Config {
    static Config load() {
        return new Config();
    }
}

// Lazy initialisation in a class whose other methods hold its monitor.
class Lazy {
    private volatile Config config;
    private Config plain;
    private final Map<String, Integer> counts = new HashMap<>();

    synchronized void count(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    // Double-checked locking on a volatile field: the check is made again under the monitor.
    Config config() {
        Config c = config;
        if (c == null) {
            synchronized (this) {
                c = config;
                if (c == null) {
                    config = c = Config.load();
                }
            }
        }
        return c;
    }

    // Checked without the monitor and set under it without checking again: two threads can both load.
    Config plain() {
        if (plain == null) { // Secondary [check]
            synchronized (this) {
                plain = Config.load(); // Noncompliant [TOCTOU001] {{plain is checked at line 36 and changed at line 38 by plain, but the check runs before the lock on this is taken at line 37; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
            }
        }
        return plain;
    }

    // A map only this call sees: no other thread can reach it.
    int tally(String[] words) {
        Map<String, Integer> local = new HashMap<>();
        for (String word : words) {
            if (!local.containsKey(word)) {
                local.put(word, 0);
            }
            local.put(word, local.get(word) + 1);
        }
        return local.size();
    }
}

// A constructor checks and sets fields of the object it is making; no other thread has it yet.
class Limits {
    private final Object lock = new Object();
    private int max;

    Limits(int requested) {
        max = requested;
        if (max < 1) {
            max = 1;
        }
    }

    void raise(int to) {
        synchronized (lock) {
            max = Math.max(max, to);
        }
    }

    // The same check outside the constructor, where other threads raise the limit under the lock.
    void clamp() {
        if (max < 1) { // Secondary [check]
            max = 1; // Noncompliant [TOCTOU001] {{max is checked at line 77 and changed at line 78 by max, with no lock held at either point}}
        }
    }
}
