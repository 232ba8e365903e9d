import java.util.concurrent.atomic.AtomicReference;

// A sender's state moves by compare-and-set in a retry loop; a state the loop does not accept ends in a failure that
// sets the state to FAILED. The read is a snapshot the compare-and-set proves or refutes: not a race.
class Sender {
    enum State { IDLE, SENDING, COMPLETED, FAILED }

    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

    void send() {
        while (true) {
            State current = state.get();
            switch (current) {
                case IDLE:
                case COMPLETED:
                    if (update(current, State.SENDING))
                        return;
                    break;
                default:
                    fail(current);
                    return;
            }
        }
    }

    private boolean update(State from, State to) {
        return state.compareAndSet(from, to);
    }

    private void fail(State seen) {
        state.set(State.FAILED);
    }
}

// The same test without a compare-and-set anywhere in the decision: two senders can both find IDLE and both send.
class PlainSender {
    enum State { IDLE, SENDING }

    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

    void send() {
        State current = state.get(); // Secondary [check]
        if (current == State.IDLE) {
            state.set(State.SENDING); // Noncompliant [TOCTOU001] {{state is checked at line 42 and changed at line 44 by state.set(State.SENDING), with no lock held at either point}}
        }
    }
}
