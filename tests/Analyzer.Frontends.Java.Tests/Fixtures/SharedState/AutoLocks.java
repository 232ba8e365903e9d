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

// A phase whose methods each hold its own monitor; a worker asks it and then moves it, in two calls.
class Phase {
    private boolean idle = true;

    synchronized boolean isIdle() {
        return idle;
    }

    synchronized void begin() {
        idle = false;
    }
}

class Worker {
    private final Object lock = new Object();
    private final Phase phase = new Phase();
    private int steps;

    void count() {
        synchronized (lock) {
            steps++;
        }
    }

    // Each call holds the phase's monitor, not the worker's: two workers can both see it idle and both begin.
    void step() {
        if (phase.isIdle()) { // Secondary [check]
            phase.begin(); // Noncompliant [TOCTOU001] {{phase.idle is checked at line 79 and changed at line 80 by phase.begin(), and this.phase is released and re-taken at line 80, inside begin() in between}}
        }
    }
}
