# https://github.com/spotify/luigi/pull/2477
# acquire_for(), run by every luigi process at start-up, did "if not exists(pid_dir):
# os.mkdir(pid_dir)"; processes started together by cron both see no dir and the loser's
# mkdir raises OSError (issue #2357). Fix: always mkdir and ignore EEXIST.
# (The pid-file bookkeeping after the mkdir is reduced to an append here.)
import hashlib
import multiprocessing
import os
import sys
import tempfile


def getpcmd(pid):
    try:
        with open('/proc/{0}/cmdline'.format(pid)) as fh:
            return fh.read().replace('\0', ' ').rstrip()
    except IOError:
        return '[PROCESS_WITH_PID={}]'.format(pid)


def get_info(pid_dir, my_pid=None):
    if my_pid is None:
        my_pid = os.getpid()
    my_cmd = getpcmd(my_pid)
    pid_file = os.path.join(pid_dir, hashlib.md5(my_cmd.encode('utf8')).hexdigest()) + '.pid'
    return my_pid, my_cmd, pid_file


def acquire_for(pid_dir, num_available=1):
    my_pid, my_cmd, pid_file = get_info(pid_dir)

    if not os.path.exists(pid_dir):
        os.mkdir(pid_dir)  # Noncompliant
        os.chmod(pid_dir, 0o777)

    with open(pid_file, 'a') as f:
        f.write('{}\n'.format(my_pid))
    return True


def run_worker(pid_dir):
    if not acquire_for(pid_dir):
        sys.exit(1)


if __name__ == '__main__':
    lock_dir = os.path.join(tempfile.mkdtemp(), 'luigi')
    procs = [multiprocessing.Process(target=run_worker, args=(lock_dir,)) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
