import java.util.ArrayDeque;
import java.util.Queue;

// A lock whose lock() returns a handle that unlocks when closed, used in try-with-resources.
class AutoLock implements AutoCloseable {
    AutoLock lock() {
        return this;
    }

    @Override
    public void close() {
    }
}

class Tasks {
    private final AutoLock lock = new AutoLock();
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    // The lock is held from the check through the act: the resource holds it until the try ends.
    boolean offer(Runnable task) {
        try (AutoLock held = lock.lock()) {
            if (running) {
                return false;
            }
            running = true;
            queue.add(task);
            return true;
        }
    }

    // Checked under the lock, changed after the try has released it.
    void start() {
        boolean idle;
        try (AutoLock held = lock.lock()) {
            idle = !running; // Secondary [check]
        }
        if (idle) {
            running = true; // Noncompliant [TOCTOU001] {{running is checked at line 36 and changed at line 39 by running, but this.lock is released before the act}}
        }
    }

    // A resource that is no lock holds nothing.
    void drain(java.io.Writer log) throws java.io.IOException {
        try (java.io.Writer out = log) {
            if (!queue.isEmpty()) {
                queue.poll();
            }
        }
    }
}
