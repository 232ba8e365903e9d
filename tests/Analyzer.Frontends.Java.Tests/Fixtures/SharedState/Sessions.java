import java.util.HashMap;
import java.util.Map;

// A plain Object made for a field is good for nothing but a monitor: the class is built to be shared.
class Sessions {
    private final Object lock = new Object();
    private final Map<String, String> byId = new HashMap<>();

    void put(String id, String session) {
        synchronized (lock) {
            byId.put(id, session);
        }
    }

    String open(String id) {
        if (!byId.containsKey(id)) { // Secondary [check]
            byId.put(id, "new"); // Noncompliant [TOCTOU001] {{byId is checked at line 16 and changed at line 17 by byId.put(id, "new"), with no lock held at either point}}
        }
        return byId.get(id);
    }
}
