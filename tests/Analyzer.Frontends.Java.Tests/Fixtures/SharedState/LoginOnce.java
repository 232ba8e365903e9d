// The lock re-checks login and sets it in the same hold: whoever comes second finds it set, so the flag checked
// outside only saves taking the lock.
class LoginOnce {
    private volatile boolean initialized;
    private Object login;

    synchronized void reset() {
        login = null;
        initialized = false;
    }

    Object login() {
        if (!initialized) {
            synchronized (this) {
                if (login == null) {
                    login = new Object();
                    initialized = true;
                }
            }
        }
        return login;
    }

    // The test under the lock reads something the branch never sets: two callers can both pass the unlocked check
    // and both start.
    private volatile boolean started;
    private boolean enabled = true;

    void start() {
        if (!started) { // Secondary [check]
            synchronized (this) {
                if (enabled) {
                    started = true; // Noncompliant [TOCTOU001] {{started is checked at line 30 and changed at line 33 by started, but the check runs before the lock on this is taken at line 31}}
                }
            }
        }
    }
}
