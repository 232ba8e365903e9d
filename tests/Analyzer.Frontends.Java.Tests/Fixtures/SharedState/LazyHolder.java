// A value made on first use with no lock, in a class whose other method holds its monitor: two threads can both make it.
class LazyHolder {
    private Object value;
    private int uses;

    synchronized void use() { // Secondary [concurrency]
        uses++;
    }

    Object value() {
        if (value == null) {
            value = new Object(); // Noncompliant [TOCTOU001] {{value is checked at line 11 and changed at line 12 by value, with no lock held at either point, though LazyHolder's method use takes a lock; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        }
        return value;
    }
}

// The same in a class that never locks: nothing shows it is shared.
class PlainHolder {
    private Object value;

    Object value() {
        if (value == null) {
            value = new Object();
        }
        return value;
    }
}
