# https://github.com/chriscannon/highlander/issues/2 (fixed by https://github.com/chriscannon/highlander/pull/4)
# Fixed shape: the lock is a directory. os.mkdir either creates it (we own the lock) or fails with EEXIST
# (another process holds it); the pid file is written only inside the directory this process created.
import os
from errno import EEXIST
from functools import wraps
from logging import getLogger
from os.path import isdir, isfile, join, realpath
from shutil import rmtree

log = getLogger(__name__)
default_directory = realpath(join(os.getcwd(), '.pid'))

class BadPidInfoError(Exception): pass
class PidInfoExistsError(Exception): pass

def _started_at(pid):
    return os.stat('/proc/{0}'.format(pid)).st_ctime

def only_one(pid_directory=default_directory):
    def wrap(call):
        @wraps(call)
        def guarded(*args, **kwargs):
            if _already_running(pid_directory):
                log.info('The process is already running.')
                return None
            _record_running(pid_directory)
            try:
                return call(*args, **kwargs)
            finally:
                _remove(pid_directory)
        return guarded
    return wrap

def _already_running(directory):
    if not isdir(str(directory)):
        return _is_locked(directory)
    try:
        pid, create_time = _load_pid_info(_pid_filename(directory))
    except BadPidInfoError:
        return _is_locked(directory, True)
    try:
        if _started_at(pid) == create_time:
            return True
    except OSError:
        pass
    return _is_locked(directory, True)

def _is_locked(directory, remove_directory=False):
    if remove_directory:
        _remove(directory)
    try:
        os.mkdir(str(directory))
    except OSError as e:
        if e.errno == EEXIST:
            return True
        raise
    return False

def _load_pid_info(filename):
    try:
        with open(str(filename), 'r') as f:
            pid, create_time = f.read().split()
        return int(pid), float(create_time)
    except (IOError, ValueError):
        raise BadPidInfoError

def _record_running(directory):
    filename = _pid_filename(directory)
    if isfile(str(filename)):
        raise PidInfoExistsError
    pid = os.getpid()
    with open(filename, 'w') as f:
        f.write('{0} {1:.6f}'.format(pid, _started_at(pid)))

def _remove(directory):
    rmtree(str(directory), ignore_errors=True)

def _pid_filename(directory):
    return realpath(join(str(directory), 'INFO'))
