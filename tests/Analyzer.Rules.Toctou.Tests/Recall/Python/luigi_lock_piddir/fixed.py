# https://github.com/spotify/luigi/pull/2477
# Fixed version: acquire_for() no longer asks whether the pid dir exists; it always
# tries os.mkdir() and treats EEXIST (another luigi process created it first) as success.
import errno
import hashlib
import multiprocessing
import os
import sys
import tempfile


def read_cmdline(pid):
    try:
        with open('/proc/{0}/cmdline'.format(pid)) as fh:
            return fh.read().replace('\0', ' ').rstrip()
    except IOError:
        return '[PROCESS_WITH_PID={}]'.format(pid)


def pidfile_info(pid_dir, my_pid=None):
    if my_pid is None:
        my_pid = os.getpid()
    my_cmd = read_cmdline(my_pid)
    pid_file = os.path.join(pid_dir, hashlib.md5(my_cmd.encode('utf8')).hexdigest()) + '.pid'
    return my_pid, my_cmd, pid_file


def acquire_lock_for(pid_dir, num_available=1):
    my_pid, my_cmd, pid_file = pidfile_info(pid_dir)

    try:
        os.mkdir(pid_dir)
        os.chmod(pid_dir, 0o777)
    except OSError as exc:
        if exc.errno != errno.EEXIST:
            raise

    with open(pid_file, 'a') as f:
        f.write('{}\n'.format(my_pid))
    return True


def start_worker(pid_dir):
    if not acquire_lock_for(pid_dir):
        sys.exit(1)


if __name__ == '__main__':
    shared_dir = os.path.join(tempfile.mkdtemp(), 'luigi')
    workers = [multiprocessing.Process(target=start_worker, args=(shared_dir,)) for _ in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
