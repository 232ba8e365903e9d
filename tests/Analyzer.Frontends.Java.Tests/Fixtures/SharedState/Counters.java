import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

class Counters {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger state = new AtomicInteger();
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Object monitor = new Object();
    private Map<String, Integer> snapshot;

    // The counter's get and its increment are two steps: two callers can both pass the bound.
    boolean acquire(int max) {
        if (inFlight.get() >= max) { // Secondary [check]
            return false;
        }
        inFlight.incrementAndGet(); // Noncompliant [TOCTOU001] {{inFlight is checked at line 17 and changed at line 20 by inFlight.incrementAndGet(), with no lock held at either point}}
        return true;
    }

    // One compare-and-set decides by the value it finds.
    boolean start() {
        return state.compareAndSet(0, 1);
    }

    // Checked under the read lock, which other readers hold too, and written under the write lock without a re-check.
    void add(String key, int value) {
        rw.readLock().lock();
        boolean known;
        try {
            known = totals.containsKey(key); // Secondary [check]
        } finally {
            rw.readLock().unlock();
        }
        if (!known) {
            rw.writeLock().lock();
            try {
                totals.put(key, value); // Noncompliant [TOCTOU001] {{totals is checked at line 34 and changed at line 41 by totals.put(key, value), checked under the read lock this.rw and changed under the write lock taken at line 39 without re-checking}}
            } finally {
                rw.writeLock().unlock();
            }
        }
    }

    // Checked again under the write lock: the fix.
    void addChecked(String key, int value) {
        rw.writeLock().lock();
        try {
            if (!totals.containsKey(key)) {
                totals.put(key, value);
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    // A plain Object field is a monitor; the snapshot is reset under it, and built and returned without it.
    void reset() {
        synchronized (monitor) {
            snapshot = null; // Secondary [act]
        }
    }

    Map<String, Integer> snapshot() {
        if (snapshot == null) { // Secondary [check]
            snapshot = new HashMap<>(totals); // Noncompliant [TOCTOU001] {{snapshot is checked at line 68 and changed at line 69 by snapshot, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        }
        return snapshot; // Noncompliant [TOCTOU001] {{snapshot is checked at line 68 and returned at line 71, which reads it again, while Counters.reset empties it at line 63, with no lock held at either point}}
    }

    // Tasks submitted in a loop run side by side.
    void tallyAll(ExecutorService pool, Iterable<String> keys) {
        for (String key : keys) {
            pool.submit(() -> tally(key));
        }
    }

    private void tally(String key) {
        Integer seen = totals.get(key); // Secondary [check]
        if (seen == null) {
            totals.put(key, 1); // Noncompliant [TOCTOU001] {{totals is checked at line 82 and changed at line 84 by totals.put(key, 1), with no lock held at either point, while tally is started in parallel at line 77, in a loop}}
        }
    }
}
