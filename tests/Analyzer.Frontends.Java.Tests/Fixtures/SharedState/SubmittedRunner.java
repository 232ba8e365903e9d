import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// start() marks the runner busy, and the task it submits clears the mark on the executor's thread, beside the next
// start(): two calls can both find it idle.
class SubmittedRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private boolean running;

    void start() {
        if (running) {
            return;
        }
        running = true; // Noncompliant [TOCTOU001] {{running is checked at line 11 and changed at line 14 by running, with no lock held at either point, while the function literal start starts at line 15 changes it at the same time as the next call of start; two callers that run it at once can both pass the test and both start the task made at line 15, so it runs twice}}
        executor.submit(() -> {
            work();
            running = false;
        });
    }

    private void work() {}
}
