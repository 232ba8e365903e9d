package sharedstate;

import java.util.HashMap;
import java.util.Map;

// Only the watcher's own thread changes failures; failures() reads it for a status page from any thread, and a read
// cannot make run()'s check go stale.
class Watcher extends Thread {
    private final Object lock = new Object();
    private int failures;

    public int failures() {
        synchronized (lock) {
            return failures;
        }
    }

    public void run() {
        while (!isInterrupted()) {
            if (failures > 3) {
                failures -= 3;
            }
        }
    }
}

// seen is handed out whole: whoever gets it can change the map between run()'s look and its put.
class LeakyWatcher extends Thread {
    private final Object lock = new Object();
    private final Map<String, Integer> seen = new HashMap<>();

    public Map<String, Integer> seen() {
        synchronized (lock) {
            return seen;
        }
    }

    public void run() {
        while (!isInterrupted()) {
            if (!seen.containsKey("a")) { // Secondary [check]
                seen.put("a", 1); // Noncompliant [TOCTOU001] {{seen is checked at line 40 and changed at line 41 by seen.put("a", 1), with no lock held at either point}}
            }
        }
    }
}


// Inner classes name their outer object's fields as their own: the reporter's thread resets the count the workers'
// threads add to, so it is not the reporter's alone.
class LoadReport {
    private final Object statSync = new Object();
    private int finished;

    class Worker extends Thread {
        public void run() {
            while (!isInterrupted()) {
                synchronized (statSync) {
                    finished++;
                }
            }
        }
    }

    class Reporter extends Thread {
        public void run() {
            while (!isInterrupted()) {
                if (finished > 100) {
                    synchronized (statSync) {
                        finished = 0; // Noncompliant [TOCTOU001] {{finished is checked at line 67 and changed at line 69 by finished, but the check runs before this.statSync is taken at line 68}}
                    }
                }
            }
        }
    }
}
