# https://github.com/skypilot-org/skypilot/pull/4310
# Two threads call schedule_step() and both read the pending_jobs rows (including the
# `submit` column) before either submits; the second thread acts on its stale copy and
# launches the same job again. Fix: re-read the pending row for each job inside the
# per-job FileLock and only launch if it has not been submitted yet.
import os
import sqlite3
import subprocess
import threading
import time

import filelock

_JOB_STATUS_LOCK = '~/.sky/locks/.job_{}.lock'
_DB_PATH = os.path.expanduser('~/.sky/jobs.db')


def _get_lock_path(job_id):
    lock_path = os.path.expanduser(_JOB_STATUS_LOCK.format(job_id))
    os.makedirs(os.path.dirname(lock_path), exist_ok=True)
    return lock_path


class RacyJobScheduler:

    def __init__(self):
        self.conn = sqlite3.connect(_DB_PATH, check_same_thread=False)
        self.cursor = self.conn.cursor()

    def get_status_no_lock(self, job_id):
        row = self.cursor.execute('SELECT status FROM jobs WHERE job_id=(?)',
                                  (job_id,)).fetchone()
        return None if row is None else row[0]

    def remove_job_no_lock(self, job_id):
        self.cursor.execute('DELETE FROM pending_jobs WHERE job_id=(?)',
                            (job_id,))
        self.conn.commit()

    def _run_job(self, job_id, run_cmd):
        self.cursor.execute('UPDATE pending_jobs SET submit=(?) WHERE job_id=(?)',
                            (int(time.time()), job_id))
        self.conn.commit()
        proc = subprocess.Popen(run_cmd, shell=True)
        self.cursor.execute('UPDATE jobs SET pid=(?) WHERE job_id=(?)',
                            (proc.pid, job_id))
        self.conn.commit()

    def _get_pending_jobs(self):
        return self.cursor.execute(
            'SELECT job_id, run_cmd, submit, created_time FROM pending_jobs '
            'ORDER BY job_id').fetchall()

    def schedule_step(self):
        pending_jobs = self._get_pending_jobs()
        for job_id, run_cmd, submit, created_time in pending_jobs:
            with filelock.FileLock(_get_lock_path(job_id)):
                status = self.get_status_no_lock(job_id)
                if status != 'PENDING':
                    self.remove_job_no_lock(job_id)  # Noncompliant
                    continue
                if submit:
                    return
                self._run_job(job_id, run_cmd)
                return

    def queue(self, job_id, cmd):
        self.cursor.execute('INSERT INTO pending_jobs VALUES (?,?,?,?)',
                            (job_id, cmd, 0, int(time.time())))
        self.conn.commit()
        self.schedule_step()


def main():
    scheduler = RacyJobScheduler()
    threads = [
        threading.Thread(target=scheduler.schedule_step) for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
