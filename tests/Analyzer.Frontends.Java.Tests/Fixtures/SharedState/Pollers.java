import java.util.HashMap;
import java.util.Map;

// A Thread subclass: start() runs run() on a thread of its own while the starter goes on to call forget().
class Poller extends Thread {
    private final Map<String, Integer> seen = new HashMap<>();

    public void run() {
        if (!seen.containsKey("x")) { // Secondary [check]
            seen.put("x", 1); // Noncompliant [TOCTOU001] {{seen is checked at line 9 and changed at line 10 by seen.put("x", 1), with no lock held at either point, while Poller.forget changes it at the same time: Poller.pollAndForget starts run at line 21 and then calls forget at line 22}}
        }
    }

    void forget() {
        if (seen.containsKey("x")) {
            seen.remove("x"); // Noncompliant [TOCTOU001] {{seen is checked at line 15 and changed at line 16 by seen.remove("x"), with no lock held at either point, while Poller.run changes it at the same time: Poller.pollAndForget starts run at line 21 and then calls forget at line 22}}
        }
    }

    static void pollAndForget(Poller poller) {
        poller.start(); // Secondary [concurrency]
        poller.forget();
    }
}
