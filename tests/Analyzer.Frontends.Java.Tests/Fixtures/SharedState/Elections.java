package sharedstate;

// Election's round is read under its lock by a status getter; only its private step() changes it, without the
// lock. A locked read shows that other threads look at the round, not that any of them changes it, and only the
// class calls step(): nothing shows two runs of it at once.
class Election {
    private final Object lock = new Object();
    private int round;

    public int round() {
        synchronized (lock) {
            return round;
        }
    }

    void loop() {
        while (true) {
            step();
        }
    }

    private void step() {
        if (round < 3) {
            round += 1;
        }
    }
}

// The same check in a public method: code outside the package can call advance() from two threads at once.
class OpenElection {
    private final Object lock = new Object();
    private int round;

    public int round() {
        synchronized (lock) {
            return round;
        }
    }

    public void advance() {
        if (round < 3) { // Secondary [check]
            round += 1; // Noncompliant [TOCTOU001] {{round is checked at line 41 and changed at line 42 by round, with no lock held at either point}}
        }
    }
}

// A reset under the lock changes the round: it can come between step()'s check and its act.
class ResetElection {
    private final Object lock = new Object();
    private int round;

    public void reset() {
        synchronized (lock) {
            round = 0;
        }
    }

    void loop() {
        while (true) {
            step();
        }
    }

    private void step() {
        if (round < 3) { // Secondary [check]
            round += 1; // Noncompliant [TOCTOU001] {{round is checked at line 65 and changed at line 66 by round, with no lock held at either point}}
        }
    }
}

