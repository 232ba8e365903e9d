package sharedstate;

import java.util.ArrayList;
import java.util.List;

// A thread class's run() and the private helpers it calls are the only code that touches batch: each Sweeper runs
// them on its own thread, once, so the check and the act cannot be split.
class Sweeper extends Thread {
    private final Object lock = new Object();
    private List<String> batch;
    private int total;

    public void run() {
        while (!isInterrupted()) {
            if (batch == null) {
                batch = new ArrayList<>();
            }
            batch.add("x");
            if (batch.size() > 10) {
                flushBatch();
            }
        }
    }

    private void flushBatch() {
        synchronized (lock) {
            total += batch.size();
        }
        batch = null;
    }

    public int total() {
        synchronized (lock) {
            return total;
        }
    }
}

// A public method that also clears the batch runs on its callers' threads, beside run().
class OpenSweeper extends Thread {
    private final Object lock = new Object();
    private List<String> batch;
    private int total;

    public void run() {
        while (!isInterrupted()) {
            if (batch == null) { // Secondary [check]
                batch = new ArrayList<>(); // Noncompliant [TOCTOU001] {{batch is checked at line 47 and changed at line 48 by batch, with no lock held at either point}}
            }
            synchronized (lock) {
                total += batch.size();
            }
        }
    }

    public void reset() {
        batch = null;
    }
}

class Sweeping {
    void begin() {
        new Sweeper().start();
        new OpenSweeper().start();
    }
}
