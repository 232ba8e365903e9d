import java.util.ArrayList;
import java.util.List;

interface Store {
    Entry get(String key);

    void put(String key, Entry entry);

    Entry putIfAbsent(String key, Entry entry);

    List<String> listKeys();
}

class Entry {
    final String key;

    Entry(String key) {
        this.key = key;
    }
}

// A catalog several threads use (its own state is guarded by a lock object) over a store it cannot see into.
class Catalog {
    private final Store store;
    private final Object lock = new Object();
    private final List<String> recent = new ArrayList<>();

    Catalog(Store store) {
        this.store = store;
    }

    void touch(String key) {
        synchronized (lock) {
            recent.add(key);
        }
    }

    // A lookup, then an insert of the same key in a second call: another thread can insert it in between.
    Entry entryFor(String key) {
        Entry found = store.get(key); // Secondary [check]
        if (found != null) {
            return found;
        }
        Entry made = new Entry(key);
        store.put(key, made); // Noncompliant [TOCTOU002] {{get() on store at line 40 decides put() on the same store at line 45; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
        return made;
    }

    // The store's one-step insert decides; the lookup before it only saves building an entry.
    Entry entryOnce(String key) {
        Entry found = store.get(key);
        if (found != null) {
            return found;
        }
        Entry made = new Entry(key);
        Entry raced = store.putIfAbsent(key, made);
        return raced != null ? raced : made;
    }

    // The catalog's monitor is held across both calls, but it keeps the store still only if every writer of the store
    // takes it too, and entryFor does not.
    synchronized Entry entrySynchronized(String key) {
        Entry found = store.get(key); // Secondary [check]
        if (found == null) {
            found = new Entry(key);
            store.put(key, found); // Noncompliant [TOCTOU002] {{get() on store at line 63 decides put() on the same store at line 66; the lookup and the change are separate calls on the store, and the lock on this is held, which keeps the store from changing only if every writer of the store takes it too; if one does not, a writer that runs between the two calls can change the entry}}
        }
        return found;
    }

    // A lookup that decides no change of the store.
    String describe(String key) {
        Entry found = store.get(key);
        if (found == null) {
            touch(key);
            return "missing";
        }
        return found.key;
    }
}
