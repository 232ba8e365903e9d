from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.pool import ThreadPool


class Crawler:
    """A thread pool's map runs the method on many items at once, whatever the pool's local is called."""

    def __init__(self):
        self.budget = 100
        self.pages = 0

    def spend(self, cost):
        if self.budget >= cost:  # Secondary [check]
            self.budget -= cost  # Noncompliant {{self.budget is checked at line 13 and changed at line 14 by self.budget, with no lock held at either point, while spend is started in parallel at line 18, on many items at once}}

    def crawl(self, costs):
        with ThreadPoolExecutor(max_workers=4) as ex:
            list(ex.map(self.spend, costs))

    def count_page(self, page):
        if self.pages < 10:  # Secondary [check]
            self.pages += 1  # Noncompliant {{self.pages is checked at line 21 and changed at line 22 by self.pages, with no lock held at either point, while count_page is started in parallel at line 25, on many items at once}}

    def count_all(self, pages):
        ThreadPool(4).map(self.count_page, pages)


class ShardWriter:
    """A process pool's workers each get a copy of the writer: no two of them share its fields."""

    def __init__(self):
        self.seen = 0

    def write_shard(self, doc):
        if self.seen < 10:
            self.seen += 1

    def write_all(self, docs):
        with ProcessPoolExecutor() as workers:
            list(workers.map(self.write_shard, docs))
