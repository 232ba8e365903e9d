// A reference made under the monitor when the test finds none, then handed out after the monitor is released.
class Dialed {
    void close() {
    }
}

class Dialer {
    private Dialed connection;

    // close() can clear the field between the synchronized block and the return: the caller gets null.
    Dialed connection() {
        synchronized (this) { // Secondary [lock]
            if (connection == null) { // Secondary [check]
                connection = new Dialed();
            }
        }
        return connection; // Noncompliant [TOCTOU001] {{connection is checked at line 13 and returned at line 17, which reads it again, while Dialer.close empties it at line 22, but the lock on this is released before the act}}
    }

    synchronized void close() {
        if (connection != null) connection.close();
        connection = null; // Secondary [act]
    }
}

// Returns inside the monitor that close() takes too.
class HeldDialer {
    private Dialed connection;

    Dialed connection() {
        synchronized (this) {
            if (connection == null) {
                connection = new Dialed();
            }
            return connection;
        }
    }

    synchronized void close() {
        connection = null;
    }
}
