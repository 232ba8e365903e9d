import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

// A writer whose state machine is one atomic: the thread whose compare-and-set wins owns the transition, so the
// plain stores that follow inside the winning branch are decided by that compare-and-set, not by the earlier read.
class Handoff {
    enum Phase { IDLE, STARTING, RUNNING, STOPPED }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.IDLE);
    private final AtomicReference<Phase> loose = new AtomicReference<>(Phase.IDLE);

    void startAll(ExecutorService pool) {
        pool.submit(this::begin);
        pool.submit(this::beginLoosely);
    }

    void begin() {
        switch (phase.get()) {
            case IDLE:
                claim();
                break;
            default:
                break;
        }
    }

    private void claim() {
        if (phase.compareAndSet(Phase.IDLE, Phase.STARTING)) {
            phase.set(Phase.RUNNING);
        }
    }

    // The same read, but the transition is a plain store: two callers can both see IDLE and both start.
    void beginLoosely() {
        switch (loose.get()) { // Secondary [check]
            case IDLE:
                claimLoosely(); // Noncompliant [TOCTOU001] {{loose is checked at line 35 and changed at line 37 by claimLoosely(), with no lock held at either point}}
                break;
            default:
                break;
        }
    }

    private void claimLoosely() {
        loose.set(Phase.STARTING);
        loose.set(Phase.RUNNING);
    }
}
