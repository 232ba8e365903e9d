# https://github.com/coleifer/huey/issues/105
# RedisSchedule.read() ran ZRANGEBYSCORE and then, in a second round trip, ZREMRANGEBYSCORE. Several
# consumer processes poll the same key: two can read the same due tasks (run twice), and a task added
# with score <= ts in between is removed without being returned (lost). Fix (PR #107): one Lua script
# that reads and removes the due entries inside redis.
import threading
import time
from datetime import datetime


class FakeRedisServer:
    """Executes each command one at a time, like a single redis-server."""

    def __init__(self):
        self._zsets = {}
        self._mutex = threading.Lock()

    def zadd(self, key, member, score):
        with self._mutex:
            self._zsets.setdefault(key, {})[member] = score

    def zrangebyscore(self, key, lo, hi):
        with self._mutex:
            zset = self._zsets.get(key, {})
            return sorted((m for m, s in zset.items() if lo <= s <= hi), key=zset.get)

    def zremrangebyscore(self, key, lo, hi):
        with self._mutex:
            zset = self._zsets.get(key, {})
            doomed = [m for m, s in zset.items() if lo <= s <= hi]
            for m in doomed:
                del zset[m]
            return len(doomed)


class RedisSchedule:
    def __init__(self, name, conn):
        self.key = "huey.schedule.%s" % name
        self.conn = conn

    def convert_ts(self, ts):
        return time.mktime(ts.timetuple())

    def add(self, data, ts):
        self.conn.zadd(self.key, data, self.convert_ts(ts))

    def read(self, ts):
        unix_ts = self.convert_ts(ts)
        tasks = self.conn.zrangebyscore(self.key, 0, unix_ts)
        if len(tasks):
            self.conn.zremrangebyscore(self.key, 0, unix_ts)  # Noncompliant
        return tasks


def consumer_scheduler_loop(schedule, executed):
    # each huey consumer process runs a scheduler that periodically pulls due tasks
    for _ in range(200):
        for task in schedule.read(datetime.now()):
            executed.append(task)


if __name__ == "__main__":
    server = FakeRedisServer()
    producer = RedisSchedule("queue", server)
    for i in range(500):
        producer.add("task-%d" % i, datetime.now())
    executed = []
    consumers = [threading.Thread(target=consumer_scheduler_loop, args=(RedisSchedule("queue", server), executed))
                 for _ in range(4)]
    for c in consumers:
        c.start()
    for c in consumers:
        c.join()
    print(len(executed), "runs for", len(set(executed)), "tasks")
