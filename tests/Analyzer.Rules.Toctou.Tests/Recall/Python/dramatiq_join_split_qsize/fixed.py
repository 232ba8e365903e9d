# https://github.com/Bogdanp/dramatiq/pull/481
# Fixed shape: join() asks Redis once; the qsize script itself adds the size of the
# queue and of its delay queue, so a message moving between them is always counted.
import time
from threading import Thread

import redis

_QSIZE_BOTH_SCRIPT = """
local namespace = KEYS[1]
local queue_name = ARGV[1]
local size = redis.call("hlen", namespace .. ":" .. queue_name .. ".msgs")
size = size + redis.call("hlen", namespace .. ":" .. queue_name .. ".DQ.msgs")
return size
"""

_PROMOTE_MESSAGE_SCRIPT = """
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


def delay_queue_name(queue_name):
    return queue_name + ".DQ"


class SafeRedisBroker:
    def __init__(self, *, namespace="dramatiq", client=None, **parameters):
        self.namespace = namespace
        self.client = client or redis.StrictRedis(**parameters)
        self._qsize_both = self.client.register_script(_QSIZE_BOTH_SCRIPT)
        self._promote_message = self.client.register_script(_PROMOTE_MESSAGE_SCRIPT)

    def do_qsize(self, queue_name):
        return self._qsize_both(keys=[self.namespace], args=[queue_name])

    def promote_delayed(self, queue_name, message_id):
        self._promote_message(
            keys=[self.namespace], args=[delay_queue_name(queue_name), queue_name, message_id]
        )

    def join(self, queue_name, *, interval=100, timeout=None):
        deadline = timeout and time.monotonic() + timeout / 1000
        while True:
            if deadline and time.monotonic() >= deadline:
                raise TimeoutError(queue_name)

            size = self.do_qsize(queue_name)

            if size == 0:
                return

            time.sleep(interval / 1000)


def run_safe_test(broker, queue_name, message_id):
    worker = Thread(target=broker.promote_delayed, args=(queue_name, message_id))
    worker.start()
    broker.join(queue_name, timeout=10000)
    worker.join()
