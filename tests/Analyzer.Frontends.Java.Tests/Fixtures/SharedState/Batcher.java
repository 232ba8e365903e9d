import java.util.ArrayList;
import java.util.List;

// close() sets the flag and drops the batch under one hold of the lock; add() tests the flag without it and appends.
class Batcher {
    private final Object lock = new Object();
    private boolean closed;
    private List<String> batch = new ArrayList<>();

    void add(String s) {
        if (closed) { // Secondary [check]
            return;
        }
        batch.add(s); // Noncompliant [TOCTOU001] {{closed is checked at line 11 and decides batch.add(s) at line 14, while Batcher.close changes closed and batch together under this.lock at line 19 and 20, with no lock held at either point}}
    }

    void close() {
        synchronized (lock) {
            closed = true;
            batch = null;
        }
    }
}

// The same, with the lock held from the test to the act.
class LockedBatcher {
    private final Object lock = new Object();
    private boolean closed;
    private List<String> batch = new ArrayList<>();

    void add(String s) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            batch.add(s);
        }
    }

    void close() {
        synchronized (lock) {
            closed = true;
            batch = null;
        }
    }
}
