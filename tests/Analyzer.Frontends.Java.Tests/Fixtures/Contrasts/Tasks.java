package contrasts;

import java.util.HashMap;
import java.util.Map;

// Two tasks that share only Runnable, which the scan does not declare: their run() methods are two operations, so the
// safe one is no contrast for the racy one.
class SafeTally implements Runnable {
    private final Map<String, Integer> seen = new HashMap<>();

    public void run() {
        synchronized (this) {
            if (!seen.containsKey("k")) {
                seen.put("k", 1);
            }
        }
    }
}

class SplitTally implements Runnable {
    private final Map<String, Integer> seen = new HashMap<>();

    public void run() {
        boolean known;
        synchronized (this) {
            known = seen.containsKey("k"); // Secondary [check]
        }
        if (!known) {
            synchronized (this) {
                seen.put("k", 1); // Noncompliant [TOCTOU001] {{seen is checked at line 26 and changed at line 30 by seen.put("k", 1), and the lock on this is released and re-taken at line 29 in between}}
            }
        }
    }
}
