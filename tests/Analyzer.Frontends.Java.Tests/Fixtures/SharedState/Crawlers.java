import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// A Runnable handed to a thread in a loop: every thread runs the same object's run(), side by side.
class Crawler implements Runnable {
    private final Map<String, Integer> seen = new HashMap<>();

    public void run() {
        String url = "next";
        if (!seen.containsKey(url)) { // Secondary [check]
            seen.put(url, 1); // Noncompliant [TOCTOU001] {{seen is checked at line 11 and changed at line 12 by seen.put(url, 1), with no lock held at either point, while run is started in parallel at line 18, in a loop}}
        }
    }

    static void crawl(Crawler crawler, int threads) {
        for (int i = 0; i < threads; i++) {
            new Thread(crawler).start(); // Secondary [concurrency]
        }
    }
}

// A new object on each turn: each thread runs a run() of its own.
class Fetch implements Runnable {
    private final Map<String, Integer> tries = new HashMap<>();

    public void run() {
        if (!tries.containsKey("a")) {
            tries.put("a", 1);
        }
    }

    static void fetchAll(ExecutorService pool, int n) {
        for (int i = 0; i < n; i++) {
            pool.submit(new Fetch());
        }
    }
}

// Started once, its run() owns its state.
class Indexer implements Runnable {
    private final Map<String, Integer> words = new HashMap<>();

    public void run() {
        if (!words.containsKey("a")) {
            words.put("a", 1);
        }
    }

    static void index(ExecutorService pool) {
        Indexer indexer = new Indexer();
        pool.submit(indexer);
    }
}

// A connection that dispatches itself from its callbacks: the starts are alternatives, one at a time.
class Connection implements Runnable {
    private final Map<String, Integer> pending = new HashMap<>();
    private final ExecutorService executor;

    Connection(ExecutorService executor) {
        this.executor = executor;
    }

    void onOpen() {
        executor.execute(this);
    }

    void onCompleted() {
        executor.execute(this);
    }

    public void run() {
        if (!pending.containsKey("request")) {
            pending.put("request", 1);
        }
    }
}
