import io.netty.channel.Channel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// A method reference handed to a thread names the method the thread runs: every thread started in the loop runs
// instance() side by side, and two of them can both find no instance and each make one.
class Directory {
    private static Directory instance;

    static Directory instance() {
        if (instance == null) { // Secondary [check]
            instance = new Directory(); // Noncompliant [TOCTOU001] {{instance is checked at line 12 and changed at line 13 by instance, with no lock held at either point, while instance is started in parallel at line 20, in a loop; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        }
        return instance;
    }

    static void warmUp(int threads) {
        for (int i = 0; i < threads; i++) {
            new Thread(Directory::instance).start(); // Secondary [concurrency]
        }
    }
}

// The same through the receiver: this::index runs on the pool's threads, once per file.
class Indexer {
    private final Map<String, Integer> words = new HashMap<>();

    void index() {
        if (!words.containsKey("a")) { // Secondary [check]
            words.put("a", 1); // Noncompliant [TOCTOU001] {{words is checked at line 30 and changed at line 31 by words.put("a", 1), with no lock held at either point, while index is started in parallel at line 37, in a loop}}
        }
    }

    void indexAll(ExecutorService pool, int files) {
        for (int i = 0; i < files; i++) {
            pool.submit(this::index); // Secondary [concurrency]
        }
    }
}

// A Netty channel's event loop runs its tasks one at a time on the thread that runs the channel's other code.
class Connection {
    private final Channel channel;
    private final Map<String, Integer> routes = new HashMap<>();

    Connection(Channel channel) {
        this.channel = channel;
    }

    private void route() {
        if (!routes.containsKey("a")) {
            routes.put("a", 1);
        }
    }

    void reroute() {
        for (int i = 0; i < 2; i++) {
            channel.eventLoop().execute(this::route);
        }
    }
}
