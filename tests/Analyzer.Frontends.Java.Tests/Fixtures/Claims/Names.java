package claims;

import java.util.HashMap;
import java.util.Map;

/**
 * Names interned by number.
 * <p>This class is thread-safe.</p>
 */
@SuppressWarnings("unused")
public class Names {
    private final Map<String, Integer> ids = new HashMap<>();

    public int intern(String name) {
        if (!ids.containsKey(name)) { // Secondary [check]
            ids.put(name, ids.size()); // Noncompliant [TOCTOU001] {{ids is checked at line 15 and changed at line 16 by ids.put(name, ids.size()), with no lock held at either point, while the documentation of Names at line 6 promises concurrent use: "This class is thread-safe."}}
        }
        return ids.get(name);
    }
}

/**
 * Words counted by text. Instances are not thread-safe; each thread keeps its own.
 */
class Words {
    private final Map<String, Integer> counts = new HashMap<>();

    void add(String word) {
        if (!counts.containsKey(word)) {
            counts.put(word, 0);
        }
    }
}
