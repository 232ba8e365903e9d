import java.util.concurrent.ConcurrentHashMap;

// Helpers that change the map only when they are given a stream: a call that passes null changes nothing.
class Resets {
    private final ConcurrentHashMap<Integer, String> streams = new ConcurrentHashMap<>();

    void onUnknownFrame(int id) {
        String stream = streams.get(id);
        if (stream == null) {
            reset(null, id);
            close(null, id);
        }
    }

    void onBadFrame(int id) {
        String stream = streams.get(id);
        if (stream != null) {
            reset(stream, id); // Noncompliant [TOCTOU001] {{streams is checked at line 16 and changed at line 18 by reset(stream, id) (on some paths through it), with no lock held at either point}}
        }
    }

    // A value the code does not show to be null may be a stream.
    void onLateFrame(int id) {
        String stream = streams.get(id);
        if (stream == null) {
            reset(streams.get(id + 1), id); // Noncompliant [TOCTOU001] {{streams is checked at line 24 and changed at line 26 by reset(streams.get(id + 1), id) (on some paths through it), with no lock held at either point}}
        }
    }

    // finish hands its own stream on to reset: a call of finish that passes null changes nothing either.
    void onClosedFrame(int id) {
        String stream = streams.get(id);
        if (stream == null) {
            finish(true, null, id);
        }
    }

    void finish(boolean last, String stream, int id) {
        if (last) {
            reset(stream, id);
        }
    }

    void reset(String stream, int id) {
        send(id);
        if (stream != null) {
            streams.remove(id);
        }
    }

    void close(String stream, int id) {
        if (stream == null) {
            return;
        }
        streams.put(id, "closed");
    }

    private void send(int id) {}
}
