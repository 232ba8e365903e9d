import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

// unload() waits in an if: another consumer woken by the same notification can take the crate first, and unload()
// then removes from an empty list.
class Dock {
    private final List<String> crates = new ArrayList<>();

    synchronized void load(String crate) {
        crates.add(crate);
        notifyAll();
    }

    synchronized String unload() throws InterruptedException {
        if (crates.isEmpty()) { // Secondary [check]
            wait(); // Secondary [lock]
        }
        return crates.remove(0); // Noncompliant [TOCTOU001] {{crates is checked at line 17 and changed at line 20 by crates.remove(0) after wait() at line 18, which an if decides rather than a loop, the wait gives up the lock and takes it again, and nothing tests the state again after it: another thread can change it while this one waits (a second waiter woken by the same signal, or one that never waited), and a wait can end with nothing changed}}
    }

    // A loop tests the list again after every wake-up.
    synchronized String unloadLooping() throws InterruptedException {
        while (crates.isEmpty()) {
            wait();
        }
        return crates.remove(0);
    }

    // A timed wait, then the list asked again: the answer comes after the wait.
    synchronized boolean awaitCrate(long millis) throws InterruptedException {
        if (crates.isEmpty()) {
            wait(millis);
        }
        return !crates.isEmpty();
    }
}

// The same with a lock's condition.
class Berth {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<String> ships = new ArrayList<>();

    void dock(String ship) {
        lock.lock();
        try {
            ships.add(ship);
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    String undock() throws InterruptedException {
        lock.lock();
        try {
            if (ships.isEmpty()) { // Secondary [check]
                arrived.await(); // Secondary [lock]
            }
            return ships.remove(0); // Noncompliant [TOCTOU001] {{ships is checked at line 59 and changed at line 62 by ships.remove(0) after arrived.await() at line 60, which an if decides rather than a loop, the wait gives up the lock and takes it again, and nothing tests the state again after it: another thread can change it while this one waits (a second waiter woken by the same signal, or one that never waited), and a wait can end with nothing changed}}
        } finally {
            lock.unlock();
        }
    }
}
