package sharedstate;

// One test of several fields that decides one act on all of them is one race: one finding, on the first field, that
// names the others.
class Proposal {
    private final Object lock = new Object();
    private long leader;
    private long epoch;

    void update(long newLeader, long newEpoch) {
        synchronized (lock) {
            leader = newLeader;
            epoch = newEpoch;
        }
    }

    public void offer(long newLeader, long newEpoch) {
        if (newLeader > leader && newEpoch >= epoch) {
            update(newLeader, newEpoch); // Noncompliant [TOCTOU001] {{leader is checked at line 18 and changed at line 19 by update(newLeader, newEpoch), but the check runs before this.lock is taken at line 19, inside update(); the same test and act cover epoch too}}
        }
    }
}
