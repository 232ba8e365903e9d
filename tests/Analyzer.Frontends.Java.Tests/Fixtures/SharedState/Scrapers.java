import java.util.concurrent.ExecutorService;

// One scraper object, made in a local, submitted on every turn: its copies of run() share its fields.
class Scraper implements Runnable {
    private int pages;

    public void run() {
        if (pages < 100) { // Secondary [check]
            pages++; // Noncompliant [TOCTOU001] {{pages is checked at line 8 and changed at line 9 by pages, with no lock held at either point, while run is started in parallel at line 16, in a loop}}
        }
    }

    static void scrapeAll(ExecutorService pool, int n) {
        Scraper scraper = new Scraper();
        for (int i = 0; i < n; i++) {
            pool.submit(scraper); // Secondary [concurrency]
        }
    }
}

// A new page fetcher on each turn, each kept apart, but all holding the same budget: what the budget holds is shared.
class PageBudget {
    int left = 100;
}

class PageFetch implements Runnable {
    private final PageBudget budget;
    private boolean fetched;

    PageFetch(PageBudget budget) {
        this.budget = budget;
    }

    public void run() {
        if (budget.left > 0) { // Secondary [check]
            budget.left--; // Noncompliant [TOCTOU001] {{budget.left is checked at line 35 and changed at line 36 by budget.left, with no lock held at either point, while run is started in parallel at line 47, in a loop, on objects that all hold the same budget}}
        }
        if (!fetched) {
            fetched = true;
        }
    }

    static void fetchAll(ExecutorService pool, int n) {
        PageBudget budget = new PageBudget();
        for (int i = 0; i < n; i++) {
            PageFetch fetch = new PageFetch(budget);
            pool.submit(fetch); // Secondary [concurrency]
        }
    }
}
