# https://github.com/skypilot-org/skypilot/pull/4310
# Fixed: the scheduler only lists job ids up front; for each job it re-reads the
# pending row (run_cmd, submit) while holding the per-job FileLock, so a job that
# another thread already launched is seen as submitted and is not launched again.
import os
import sqlite3
import subprocess
import threading
import time

import filelock

_JOB_LOCK_FMT = '~/.sky/locks/.job_{}.lock'
_JOBS_DB_PATH = os.path.expanduser('~/.sky/jobs.db')


def _job_lock_path(job_id):
    lock_path = os.path.expanduser(_JOB_LOCK_FMT.format(job_id))
    os.makedirs(os.path.dirname(lock_path), exist_ok=True)
    return lock_path


class SafeJobScheduler:

    def __init__(self):
        self.conn = sqlite3.connect(_JOBS_DB_PATH, check_same_thread=False)
        self.cursor = self.conn.cursor()

    def read_status(self, job_id):
        row = self.cursor.execute('SELECT status FROM jobs WHERE job_id=(?)',
                                  (job_id,)).fetchone()
        return None if row is None else row[0]

    def drop_pending(self, job_id):
        self.cursor.execute('DELETE FROM pending_jobs WHERE job_id=(?)',
                            (job_id,))
        self.conn.commit()

    def _launch(self, job_id, run_cmd):
        self.cursor.execute('UPDATE pending_jobs SET submit=(?) WHERE job_id=(?)',
                            (int(time.time()), job_id))
        self.conn.commit()
        proc = subprocess.Popen(run_cmd, shell=True)
        self.cursor.execute('UPDATE jobs SET pid=(?) WHERE job_id=(?)',
                            (proc.pid, job_id))
        self.conn.commit()

    def _pending_job_ids(self):
        rows = self.cursor.execute(
            'SELECT job_id FROM pending_jobs ORDER BY job_id').fetchall()
        return [row[0] for row in rows]

    def _pending_job(self, job_id):
        return self.cursor.execute(
            'SELECT run_cmd, submit, created_time FROM pending_jobs '
            'WHERE job_id=(?)', (job_id,)).fetchone()

    def step(self):
        for job_id in self._pending_job_ids():
            with filelock.FileLock(_job_lock_path(job_id)):
                pending = self._pending_job(job_id)
                if pending is None:
                    continue
                run_cmd, submit, _created = pending
                if self.read_status(job_id) != 'PENDING':
                    self.drop_pending(job_id)
                    continue
                if submit:
                    return
                self._launch(job_id, run_cmd)
                return

    def enqueue(self, job_id, cmd):
        self.cursor.execute('INSERT INTO pending_jobs VALUES (?,?,?,?)',
                            (job_id, cmd, 0, int(time.time())))
        self.conn.commit()
        self.step()


def run_two_schedulers():
    scheduler = SafeJobScheduler()
    workers = [threading.Thread(target=scheduler.step) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
