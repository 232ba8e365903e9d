import os
import shutil


def write_once(path, data):
    if not os.path.exists(path):  # Secondary [check]
        with open(path, 'w') as f:  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 6 and open uses it at line 7; the path can appear, vanish or be swapped in between}}
            f.write(data)


def ensure_dir(path):
    if not os.path.isdir(path):  # Secondary [check]
        os.makedirs(path)  # Noncompliant [TOCTOU004] {{os.path.isdir checks path at line 12 and os.makedirs uses it at line 13; the path can appear, vanish or be swapped in between}}


def ensure_dir_tolerant(path):
    os.makedirs(path, exist_ok=True)


def create_exclusive(path, data):
    try:
        with open(path, 'x') as f:
            f.write(data)
    except FileExistsError:
        pass


def remove_if_present(path):
    if os.path.isfile(path):  # Secondary [check]
        os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.isfile checks path at line 29 and os.remove uses it at line 30; the path can appear, vanish or be swapped in between}}


def replace_dir(path):
    if os.path.exists(path):  # Secondary [check]
        shutil.rmtree(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 34 and shutil.rmtree uses it at line 35; the path can appear, vanish or be swapped in between}}
    os.mkdir(path)


def size_of(path):
    if os.path.exists(path):
        return os.path.getsize(path)
    return 0


# The lost race is handled: a file removed by someone else in between is removed.
def remove_tolerant(path):
    if os.path.exists(path):
        try:
            os.remove(path)
        except FileNotFoundError:
            pass


# Re-raising the race's exception handles nothing.
def ensure_dir_reraising(path):
    if not os.path.isdir(path):  # Secondary [check]
        try:
            os.makedirs(path)  # Noncompliant [TOCTOU004] {{os.path.isdir checks path at line 56 and os.makedirs uses it at line 58; the path can appear, vanish or be swapped in between}}
        except FileExistsError:
            raise


# A broad OSError handler is for other failures: a rename over a path that appeared in between raises nothing.
def move_unless_present(old, new):
    try:
        if not os.path.exists(new):  # Secondary [check]
            os.rename(old, new)  # Noncompliant [TOCTOU004] {{os.path.exists checks new at line 66 and os.rename uses it at line 67; the path can appear, vanish or be swapped in between}}
    except OSError:
        pass


def install_script(path, body):
    if not os.path.exists(path):  # Secondary [check]
        with open(path, 'w') as f:  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 73 and open uses it at line 74 and os.chmod at line 76; the path can appear, vanish or be swapped in between}}
            f.write(body)
        os.chmod(path, 0o755)


def drop_marker(marker):
    if marker.exists():  # Secondary [check]
        marker.unlink()  # Noncompliant [TOCTOU004] {{marker.exists checks marker at line 80 and marker.unlink uses it at line 81; the path can appear, vanish or be swapped in between}}


def drop_marker_tolerant(marker):
    if marker.exists():
        marker.unlink(missing_ok=True)


def read_from_storage(storage, name):
    if storage.exists(name):
        return storage.open(name)


def clear_cache(directory):
    if os.path.isdir(directory):
        shutil.rmtree(directory, ignore_errors=True)


# A missing file raises whether the check or the open finds it missing: losing the race changes only the exception.
def read_config(path):
    if not os.path.exists(path):
        raise ValueError(f'no config file at {path}')
    with open(path) as f:
        return f.read()


# Absent is fine for the check, but the open raises: losing the race turns "nothing to read" into a failure.
def read_optional(path):
    if not os.path.exists(path):  # Secondary [check]
        return None
    with open(path) as f:  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 109 and open uses it at line 111; the path can appear, vanish or be swapped in between}}
        return f.read()


# The check refuses with an error, but the open's failure is swallowed: losing the race returns an empty config.
# (isfile asks what the path is, not only whether it exists, which on its own would keep the finding.)
def read_config_or_empty(path):
    if not os.path.isfile(path):  # Secondary [check]
        raise ValueError(f'no config file at {path}')
    try:
        with open(path) as f:  # Noncompliant [TOCTOU004] {{os.path.isfile checks path at line 118 and open uses it at line 121; the path can appear, vanish or be swapped in between}}
            return f.read()
    except OSError:
        return ''


# The broad handler lets the mkdir fail, and the code then looks at the directory again: one made in between is used.
def ensure_cache_dir(path):
    if not os.path.exists(path):
        try:
            os.mkdir(path)
        except OSError:
            pass
    if os.path.isdir(path):
        return path
    return None


# A removal that loses the race finds the path already gone, and the broad handler goes on: the race is tolerated.
def remove_undo(path, warn):
    if not os.path.exists(path):
        return
    try:
        os.unlink(path)
    except OSError as e:
        warn(e)


# A read that loses the race gets nothing, and the broad handler only warns.
def read_undo(path, warn):
    if not os.path.exists(path):  # Secondary [check]
        return None
    try:
        with open(path) as f:  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 151 and open uses it at line 154; the path can appear, vanish or be swapped in between}}
            return f.read()
    except OSError as e:
        warn(e)
        return None


# A path object named path checks itself: path.exists() is pathlib's, not os.path's.
def make_cache(root):
    path = root / "cache"
    if not path.exists():  # Secondary [check]
        path.mkdir()  # Noncompliant [TOCTOU004] {{path.exists checks path at line 164 and path.mkdir uses it at line 165; the path can appear, vanish or be swapped in between}}
    return path


# Emptying a log only when it has grown: the file can be replaced in between, and the truncation then hits the new one.
def rotate_if_large(log_path, limit):
    if os.path.getsize(log_path) > limit:  # Secondary [check]
        os.truncate(log_path, 0)  # Noncompliant [TOCTOU004] {{os.path.getsize checks log_path at line 171 and os.truncate uses it at line 172; the path can appear, vanish or be swapped in between}}


# Two checks of one path before the same use make one finding, at the first check; the second is a related location.
def remove_plain_file(path):
    if not os.path.exists(path):  # Secondary [check]
        return False
    if os.path.isdir(path):  # Secondary [check]
        return False
    os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 177 and os.remove uses it at line 181; the path can appear, vanish or be swapped in between}}
    return True


# A check and its use joined by "or" or "and" in one expression: the use runs only as the check decides.
def ensure_cache_dir(path):
    os.path.isdir(path) or os.makedirs(path)  # Noncompliant [TOCTOU004] {{os.path.isdir checks path at line 187 and os.makedirs uses it at line 187; the path can appear, vanish or be swapped in between}}


def drop_stale_marker(path):
    os.path.exists(path) and os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 191 and os.remove uses it at line 191; the path can appear, vanish or be swapped in between}}


# exist_ok=True lets the use find the directory made first.
def ensure_shared_dir(path):
    os.path.isdir(path) or os.makedirs(path, exist_ok=True)


# A check and its use in one conditional expression: the use runs only in the branch the check chose.
def read_marker(path):
    return open(path).read() if os.path.exists(path) else None  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 201 and open uses it at line 201; the path can appear, vanish or be swapped in between}}


# A link holds its target's name as text: os.symlink never looks the target up, so a check of the target decides
# nothing it does. A check of the link's own path still does.
def link_to(target, link):
    if not os.path.exists(target):
        raise FileNotFoundError(target)
    os.symlink(target, link)


def link_unless_present(target, link):
    if os.path.lexists(link):  # Secondary [check]
        return
    os.symlink(target, link)  # Noncompliant [TOCTOU004] {{os.path.lexists checks link at line 213 and os.symlink uses it at line 215; the path can appear, vanish or be swapped in between}}
