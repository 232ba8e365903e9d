# https://github.com/Bogdanp/dramatiq/pull/481
# RedisBroker.join() summed the size of a queue and of its delay queue with two separate
# Redis calls. A worker promotes a due message from the delay queue to the queue between
# the two reads, so both reads see 0 and join() returns while the message is still pending.
# Fix (issue #480): the qsize Lua command counts the queue and its delay queue in one script.
import time
from threading import Thread

import redis

_QSIZE_SCRIPT = """
local namespace = KEYS[1]
local queue_name = ARGV[1]
return redis.call("hlen", namespace .. ":" .. queue_name .. ".msgs")
"""

_PROMOTE_SCRIPT = """
local namespace = KEYS[1]
local dq = namespace .. ":" .. ARGV[1]
local q = namespace .. ":" .. ARGV[2]
local message_id = ARGV[3]
local data = redis.call("hget", dq .. ".msgs", message_id)
redis.call("hdel", dq .. ".msgs", message_id)
redis.call("hset", q .. ".msgs", message_id, data)
redis.call("rpush", q, message_id)
return 1
"""


def dq_name(queue_name):
    return queue_name + ".DQ"


class RedisBroker:
    def __init__(self, *, namespace="dramatiq", client=None, **parameters):
        self.namespace = namespace
        self.client = client or redis.StrictRedis(**parameters)
        self._qsize = self.client.register_script(_QSIZE_SCRIPT)
        self._promote = self.client.register_script(_PROMOTE_SCRIPT)

    def do_qsize(self, queue_name):
        return self._qsize(keys=[self.namespace], args=[queue_name])

    def promote_delayed(self, queue_name, message_id):
        # Called by a worker thread once the message's eta has passed.
        self._promote(keys=[self.namespace], args=[dq_name(queue_name), queue_name, message_id])

    def join(self, queue_name, *, interval=100, timeout=None):
        deadline = timeout and time.monotonic() + timeout / 1000
        while True:
            if deadline and time.monotonic() >= deadline:
                raise TimeoutError(queue_name)

            size = 0
            for name in (queue_name, dq_name(queue_name)):
                size += self.do_qsize(name)

            if size == 0:
                return  # Noncompliant

            time.sleep(interval / 1000)


def run_test(broker, queue_name, message_id):
    worker = Thread(target=broker.promote_delayed, args=(queue_name, message_id))
    worker.start()
    broker.join(queue_name, timeout=10000)
    worker.join()
