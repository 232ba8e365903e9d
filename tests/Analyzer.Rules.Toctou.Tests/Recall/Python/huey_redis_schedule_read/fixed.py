# https://github.com/coleifer/huey/issues/105
# Fixed version (PR #107): the schedule is popped with a Lua script registered once per connection that
# runs ZRANGEBYSCORE and ZREMRANGEBYSCORE inside redis as one script, and returns the tasks only when it
# removed exactly the ones it read.
import threading
import time
from datetime import datetime

SCHEDULE_POP_LUA = """
local key = KEYS[1]
local unix_ts = ARGV[1]
local res = redis.call('zrangebyscore', key, '-inf', unix_ts)
if #res and redis.call('zremrangebyscore', key, '-inf', unix_ts) == #res then
    return res
end
"""


class ScriptingRedisServer:
    """Minimal in-process redis: commands and whole scripts run one at a time."""

    def __init__(self):
        self._zsets = {}
        self._mutex = threading.Lock()

    def zadd(self, key, member, score):
        with self._mutex:
            self._zsets.setdefault(key, {})[member] = score

    def register_script(self, source):
        def run(keys, args):
            # redis runs a script without interleaving other clients' commands
            with self._mutex:
                zset = self._zsets.get(keys[0], {})
                hi = float(args[0])
                res = sorted((m for m, s in zset.items() if s <= hi), key=zset.get)
                for m in res:
                    del zset[m]
                return res or None
        return run


class PoppingRedisSchedule:
    def __init__(self, name, conn):
        self.key = "huey.schedule.%s" % name
        self.conn = conn
        self._pop = conn.register_script(SCHEDULE_POP_LUA)

    def to_unix(self, ts):
        return time.mktime(ts.timetuple())

    def schedule_task(self, data, ts):
        self.conn.zadd(self.key, data, self.to_unix(ts))

    def read_due(self, ts):
        unix_ts = self.to_unix(ts)
        tasks = self._pop(keys=[self.key], args=[unix_ts])
        return [] if tasks is None else tasks


def scheduler_poll_loop(schedule, executed):
    for _ in range(200):
        for task in schedule.read_due(datetime.now()):
            executed.append(task)


if __name__ == "__main__":
    server = ScriptingRedisServer()
    producer = PoppingRedisSchedule("queue", server)
    for i in range(500):
        producer.schedule_task("task-%d" % i, datetime.now())
    executed = []
    pollers = [threading.Thread(target=scheduler_poll_loop, args=(PoppingRedisSchedule("queue", server), executed))
               for _ in range(4)]
    for p in pollers:
        p.start()
    for p in pollers:
        p.join()
    print(len(executed), "runs for", len(set(executed)), "tasks")
