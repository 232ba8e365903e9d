# https://github.com/chriscannon/highlander/issues/2 (fixed by https://github.com/chriscannon/highlander/pull/4)
# The @one decorator checked whether the .pid file existed (isfile) and, if not, opened it for writing
# with a plain open(..., 'w'). Two processes started together could both see no file and both write it,
# so both ran. The fix takes the lock by creating a directory with os.mkdir (EEXIST means another
# process holds it) and writes the pid file inside that directory.
import os
from functools import wraps
from logging import getLogger
from os.path import isfile, join, realpath

logger = getLogger(__name__)
default_location = realpath(join(os.getcwd(), '.pid'))

class InvalidPidFileError(Exception): pass
class PidFileExistsError(Exception): pass

def _create_time(pid):
    # Stands in for psutil.Process(pid).create_time(); raises OSError when there is no such process.
    return os.stat('/proc/{0}'.format(pid)).st_ctime

def one(pid_file=default_location):
    def wrap(call):
        @wraps(call)
        def decorator(*args, **kwargs):
            if _is_running(pid_file):
                logger.info('The process is already running.')
                return None
            _set_running(pid_file)
            try:
                return call(*args, **kwargs)
            finally:
                _delete(pid_file)
        return decorator
    return wrap

def _is_running(pid_file):
    if not isfile(str(pid_file)):
        return False
    pid, create_time = _read_pid_file(pid_file)
    try:
        current_create_time = _create_time(pid)
    except OSError:
        return False
    if current_create_time == create_time:
        return True
    _delete(pid_file)
    return False

def _read_pid_file(filename):
    if not isfile(str(filename)):
        raise InvalidPidFileError()
    try:
        with open(filename, 'r') as f:
            pid, create_time = f.read().split()
        return int(pid), float(create_time)
    except ValueError:
        raise InvalidPidFileError()

def _set_running(filename):
    if isfile(str(filename)):
        raise PidFileExistsError()
    pid = os.getpid()
    with open(filename, 'w') as f:  # Noncompliant
        f.write('{0} {1:.6f}'.format(pid, _create_time(pid)))

def _delete(filename):
    if not isfile(filename):
        raise InvalidPidFileError()
    os.unlink(filename)
