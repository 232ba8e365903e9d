// A store outside the program (a database, a service); other processes use it too.
interface RefStore {
    String getRef(String repo, String name);

    void setRef(String repo, String name, String commit);
}

// No lock and nothing here starts it in parallel: its callers are in other packages.
public class Refs {
    private final RefStore store;

    public Refs(RefStore store) {
        this.store = store;
    }

    // A lookup, then a set of the same ref, in a method other packages call: two callers can both find it missing.
    public void createRef(String repo, String name, String commit) {
        if (store.getRef(repo, name) != null) { // Secondary [check]
            throw new IllegalStateException(name + " exists");
        }
        store.setRef(repo, name, commit); // Noncompliant [TOCTOU002] {{getRef() on store at line 18 decides setRef() on the same store at line 21; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
    }

    // The same in a method only this class calls, from createAll, which nothing here runs twice at once.
    private void createOne(String repo, String name, String commit) {
        if (store.getRef(repo, name) == null) {
            store.setRef(repo, name, commit);
        }
    }

    void createAll(String repo, String[] names, String commit) {
        for (String name : names) {
            createOne(repo, name, commit);
        }
    }
}
