import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// Two methods share a name and differ in their parameters: a call runs the one its arguments fit.
class Windows {
    private final Map<Integer, Integer> windows = new HashMap<>();
    private final java.util.List<Integer> pending = new java.util.ArrayList<>();

    void serve(ExecutorService pool, int id, int delta) {
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> onUpdate(id, delta));
            pool.submit(() -> open(id, delta));
        }
    }

    void onUpdate(int id, int delta) {
        Integer window = windows.get(id); // Secondary [check]
        if (window != null) {
            if (window + delta < 0) {
                reset(id); // Noncompliant [TOCTOU001] {{windows is checked at line 18 and changed at line 21 by reset(id), with no lock held at either point, while onUpdate is started in parallel at line 12, in a loop}}
            } else {
                onUpdate(id);
            }
        }
    }

    // Only queues the update; the other onUpdate is the one that can reset the window.
    void onUpdate(int id) {
        pending.add(id);
    }

    private void reset(int id) {
        windows.put(id, 0);
    }

    // A variable arity method takes any number of trailing arguments.
    void open(int id, int size) {
        if (windows.get(id) == null) { // Secondary [check]
            store(id, size, size); // Noncompliant [TOCTOU001] {{windows is checked at line 39 and changed at line 40 by store(id, size, size), with no lock held at either point, while open is started in parallel at line 13, in a loop}}
        }
    }

    private void store(int id, int... sizes) {
        windows.put(id, sizes.length);
    }
}
