// State's methods are synchronized, so a State is made to be shared: a caller that checks it with one call and
// changes it with another leaves a gap in which another holder of the same state can run.
class State {
    private boolean running;
    private int pid;

    synchronized boolean isRunning() {
        return running;
    }

    synchronized void setRunning(int pid) {
        this.running = true;
        this.pid = pid;
    }

    synchronized boolean startIfStopped(int pid) {
        if (running) {
            return false;
        }
        running = true;
        this.pid = pid;
        return true;
    }
}

class HandedIn {
    static void start(State state, int pid) {
        if (state.isRunning()) {
            return;
        }
        state.setRunning(pid); // Noncompliant [TOCTOU001] {{state.running is checked at line 28 and changed at line 31 by state.setRunning(pid), and the lock on state is released and re-taken at line 31, inside setRunning() in between}}
    }

    static boolean startOnce(State state, int pid) {
        return state.startIfStopped(pid);
    }

    // A state the method makes itself is not shared yet.
    static State fresh(int pid) {
        State state = new State();
        if (!state.isRunning()) {
            state.setRunning(pid);
        }
        return state;
    }
}
