// A method that changes the state in only one case of its switch changes it "on some paths through it"; one that
// changes it on both branches of an if changes it, plainly.
class Outputs {
    enum Mode { IDLE, PENDING, CLOSED }

    private final Object lock = new Object();
    private Mode mode = Mode.IDLE;
    private Throwable failure;

    void close() throws Exception {
        synchronized (lock) {
            if (failure != null) // Secondary [check]
                throw new Exception(failure);
        }
        finish(null); // Noncompliant [TOCTOU001] {{failure is checked at line 12 and changed at line 15 by finish(null) (on some paths through it), and this.lock is released and re-taken at line 15, inside finish() in between}}
    }

    void reset() throws Exception {
        synchronized (lock) {
            if (failure != null) // Secondary [check]
                throw new Exception(failure);
        }
        clear(true); // Noncompliant [TOCTOU001] {{failure is checked at line 20 and changed at line 23 by clear(true), and this.lock is released and re-taken at line 23, inside clear() in between}}
    }

    private void finish(Throwable cause) {
        synchronized (lock) {
            switch (mode) {
                case PENDING:
                    failure = cause;
                    break;
                default:
                    mode = Mode.CLOSED;
            }
        }
    }

    private void clear(boolean all) {
        synchronized (lock) {
            if (all) {
                failure = null;
                mode = Mode.IDLE;
            } else {
                failure = null;
            }
        }
    }
}
