import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// The lookup only skips storing the deadline the entry already has: whatever another thread stores in between, the
// put leaves what the two puts in some order would.
class Deadlines {
    private final Map<String, Long> byName = new ConcurrentHashMap<>();

    Long extend(String name, long deadline) {
        Long previous = byName.get(name);
        Long next = deadline / 1000 * 1000;
        if (next.equals(previous)) {
            return null;
        }
        previous = byName.put(name, next);
        return previous == null ? next : previous;
    }

    // The lookup is of another entry than the one stored.
    Long copy(String from, String to) {
        Long previous = byName.get(from); // Secondary [check]
        if (previous == null) {
            return null;
        }
        byName.put(to, previous); // Noncompliant [TOCTOU001] {{byName is checked at line 21 and changed at line 25 by byName.put(to, previous), with no lock held at either point}}
        return previous;
    }
}
