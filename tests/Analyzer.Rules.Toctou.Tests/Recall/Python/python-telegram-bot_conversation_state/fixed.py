# https://github.com/python-telegram-bot/python-telegram-bot/pull/1533
# Fixed version: a lock protects each mutable member; the membership test and the delete of a conversation, and
# the removal of the old timeout job and the registration of the new one, each happen while holding that lock.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class TimerJob(object):
    def __init__(self, callback, when, context):
        self.callback = callback
        self.when = when
        self.context = context
        self.removed = False

    def schedule_removal(self):
        self.removed = True


class TimerQueue(object):
    def __init__(self):
        self._queue_lock = threading.Lock()
        self._jobs = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self):
        self._thread.start()

    def stop(self):
        self._stopped.set()

    def run_once(self, callback, delay, context=None):
        job = TimerJob(callback, time.monotonic() + delay, context)
        with self._queue_lock:
            self._jobs.append(job)
        return job

    def _loop(self):
        while not self._stopped.wait(0.0005):
            now = time.monotonic()
            with self._queue_lock:
                due = [j for j in self._jobs if j.when <= now]
                self._jobs = [j for j in self._jobs if j.when > now]
            for job in due:
                if not job.removed:
                    job.callback(job)


class ChatConversationHandler(object):
    END = -1

    def __init__(self, states, conversation_timeout=None):
        self.states = states
        self.conversation_timeout = conversation_timeout
        self.timeout_jobs = dict()
        self._timeout_jobs_lock = threading.Lock()
        self.conversations = dict()
        self._conversations_lock = threading.Lock()

    def check_update(self, chat_id):
        key = (chat_id, chat_id)
        with self._conversations_lock:
            state = self.conversations.get(key)
        return key, self.states[state]

    def handle_update(self, update, job_queue, check_result):
        conversation_key, handler = check_result
        new_state = handler(update)
        with self._timeout_jobs_lock:
            # Remove the old timeout job (if present)
            timeout_job = self.timeout_jobs.pop(conversation_key, None)
            if timeout_job is not None:
                timeout_job.schedule_removal()
            if self.conversation_timeout and new_state != self.END:
                self.timeout_jobs[conversation_key] = job_queue.run_once(
                    self._trigger_timeout, self.conversation_timeout, context=conversation_key)
        self.update_state(new_state, conversation_key)

    def update_state(self, new_state, key):
        if new_state == self.END:
            with self._conversations_lock:
                if key in self.conversations:
                    # If there is no key in conversations, nothing is done.
                    del self.conversations[key]
        elif new_state is not None:
            with self._conversations_lock:
                self.conversations[key] = new_state

    def _trigger_timeout(self, job):
        key = job.context
        with self._timeout_jobs_lock:
            self.timeout_jobs.pop(key, None)
        self.update_state(self.END, key)


def on_start(update):
    time.sleep(0.001)
    return 1


def on_answer(update):
    time.sleep(0.001)
    return ChatConversationHandler.END if update == "bye" else 1


if __name__ == "__main__":
    handler = ChatConversationHandler({None: on_start, 1: on_answer}, conversation_timeout=0.002)
    timers = TimerQueue()
    timers.start()
    with ThreadPoolExecutor(max_workers=8) as workers:
        jobs = [workers.submit(lambda u: handler.handle_update(u, timers, handler.check_update(42)),
                               "bye" if i % 3 == 0 else "hi") for i in range(2000)]
    time.sleep(0.05)
    timers.stop()
    print("KeyErrors:", sum(isinstance(j.exception(), KeyError) for j in jobs))
