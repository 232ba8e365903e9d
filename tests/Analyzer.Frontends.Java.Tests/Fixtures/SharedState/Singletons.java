// A public static method needs no object: any caller, on any thread, can ask for the one instance the class keeps,
// and two first callers at once both make one.
class Catalogue {
    private static Catalogue instance; // Secondary [concurrency]

    public static Catalogue getInstance() {
        if (instance == null) { // Secondary [check]
            instance = new Catalogue(); // Noncompliant [TOCTOU001] {{instance is checked at line 7 and changed at line 8 by instance, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        }
        return instance;
    }
}

// The same made under the class's monitor.
class LockedCatalogue {
    private static LockedCatalogue instance;

    public static synchronized LockedCatalogue getInstance() {
        if (instance == null) {
            instance = new LockedCatalogue();
        }
        return instance;
    }
}

// Or by the class loader, once, before any caller sees the class.
class HeldCatalogue {
    private static class Holder {
        static final HeldCatalogue INSTANCE = new HeldCatalogue();
    }

    public static HeldCatalogue getInstance() {
        return Holder.INSTANCE;
    }
}

// An object's own value: its owner may keep it to one thread.
class Page {
    private String title;

    public String title() {
        if (title == null) {
            title = "untitled";
        }
        return title;
    }
}
