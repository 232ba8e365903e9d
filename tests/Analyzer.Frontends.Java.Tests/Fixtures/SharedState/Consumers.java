package sharedstate;

import java.util.concurrent.LinkedBlockingQueue;

// Only the dispatcher's own thread takes requests out; other threads only add them behind the others. The head that
// run() looked at is still the head when it takes it.
class Dispatcher extends Thread {
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();

    public void submit(String request) {
        pending.add(request);
    }

    public void run() {
        while (!isInterrupted()) {
            if (!pending.isEmpty() && pending.peek().startsWith("go")) {
                handle(pending.poll());
            }
        }
    }

    private void handle(String request) {
    }
}

// cancel() takes the head out on its caller's thread too: between run()'s look and its poll(), the head can go.
class CancellableDispatcher extends Thread {
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();

    public void submit(String request) {
        pending.add(request);
    }

    public void cancel() {
        pending.poll();
    }

    public void run() {
        while (!isInterrupted()) {
            if (!pending.isEmpty() && pending.peek().startsWith("go")) { // Secondary [check]
                handle(pending.poll()); // Noncompliant [TOCTOU001] {{pending is checked at line 40 and changed at line 41 by pending.poll(), with no lock held at either point}}
            }
        }
    }

    private void handle(String request) {
    }
}

// Clearing takes out what producers added after the look, too: those requests are dropped unhandled.
class DrainingDispatcher extends Thread {
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();

    public void submit(String request) {
        pending.add(request);
    }

    public void run() {
        while (!isInterrupted()) {
            if (pending.size() > 100) { // Secondary [check]
                pending.clear(); // Noncompliant [TOCTOU001] {{pending is checked at line 60 and changed at line 61 by pending.clear(), with no lock held at either point}}
            }
        }
    }
}

// A thread class of another package (its name says it is one, as ZooKeeperThread or a framework's ServiceThread do):
// its run() alone takes requests out, as Dispatcher's does.
class RelayDispatcher extends ServiceThread {
    private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();

    public void submit(String request) {
        pending.add(request);
    }

    public void run() {
        while (!isInterrupted()) {
            if (!pending.isEmpty() && pending.peek().startsWith("go")) {
                handle(pending.poll());
            }
        }
    }

    private void handle(String request) {
    }
}

class Dispatching {
    void begin() {
        new Dispatcher().start();
        new CancellableDispatcher().start();
        new DrainingDispatcher().start();
        new RelayDispatcher().start();
    }
}
