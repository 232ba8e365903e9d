# https://github.com/python-telegram-bot/python-telegram-bot/pull/1533
# conversations/timeout_jobs were changed by @run_async worker threads and the JobQueue timeout thread with no lock
# (#1029): update_state(END) tests `key in self.conversations` then deletes it (KeyError when two threads end the
# chat), and handle_update pops the old timeout job then stores a new one, losing a job another thread stored.
# Fix: _conversations_lock / _timeout_jobs_lock held across each test-and-update.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Job(object):
    def __init__(self, callback, when, context):
        self.callback = callback
        self.when = when
        self.context = context
        self.removed = False

    def schedule_removal(self):
        self.removed = True


class JobQueue(object):
    """Runs due jobs from its own thread, like telegram.ext.JobQueue."""

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
        job = Job(callback, time.monotonic() + delay, context)
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


class ConversationHandler(object):
    END = -1

    def __init__(self, states, conversation_timeout=None):
        self.states = states
        self.conversation_timeout = conversation_timeout
        self.conversations = dict()
        self.timeout_jobs = dict()

    def check_update(self, chat_id):
        key = (chat_id, chat_id)
        state = self.conversations.get(key)
        return key, self.states[state]

    def handle_update(self, update, job_queue, check_result):
        conversation_key, handler = check_result
        new_state = handler(update)
        timeout_job = self.timeout_jobs.pop(conversation_key, None)
        if timeout_job is not None:
            timeout_job.schedule_removal()
        if self.conversation_timeout and new_state != self.END:
            self.timeout_jobs[conversation_key] = job_queue.run_once(  # Noncompliant
                self._trigger_timeout, self.conversation_timeout, context=conversation_key)
        self.update_state(new_state, conversation_key)

    def update_state(self, new_state, key):
        if new_state == self.END:
            if key in self.conversations:
                del self.conversations[key]  # Noncompliant
        elif new_state is not None:
            self.conversations[key] = new_state

    def _trigger_timeout(self, job):
        key = job.context
        self.timeout_jobs.pop(key, None)
        self.update_state(self.END, key)


def start(update):
    time.sleep(0.001)
    return 1


def answer(update):
    time.sleep(0.001)
    return ConversationHandler.END if update == "bye" else 1


if __name__ == "__main__":
    conv = ConversationHandler({None: start, 1: answer}, conversation_timeout=0.002)
    jq = JobQueue()
    jq.start()
    errors = []

    def process(update):  # @run_async callback in a dispatcher worker thread
        try:
            conv.handle_update(update, jq, conv.check_update(42))
        except KeyError as exc:
            errors.append(exc)

    with ThreadPoolExecutor(max_workers=8) as pool:
        for i in range(2000):
            pool.submit(process, "bye" if i % 3 == 0 else "hi")
    time.sleep(0.05)
    jq.stop()
    print("KeyErrors:", len(errors))
