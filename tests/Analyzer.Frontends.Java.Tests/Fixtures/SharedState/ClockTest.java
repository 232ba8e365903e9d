package sharedstate;

// The tests' own fake clock: its ticking thread and the test's step() both change now, so the tests' threads race.
class FakeClock extends Thread {
    private final Object lock = new Object();
    private int now;

    void step() {
        synchronized (lock) {
            now++;
        }
    }

    public void run() {
        while (!isInterrupted()) {
            if (now > 10) {
                now -= 10; // Noncompliant [TOCTOU001] {{now is checked at line 16 and changed at line 17 by now, with no lock held at either point, while FakeClock.step changes it at the same time: ClockTest.wraps starts run at line 26 and then calls step at line 27}}
            }
        }
    }
}

class ClockTest {
    void wraps() {
        FakeClock clock = new FakeClock();
        clock.start();
        clock.step();
    }
}
