# https://github.com/pypa/pipenv/pull/3258
# Fixed version: os.mkdir is still guarded by the isdir() test, but an EEXIST error is
# swallowed, because it only means another process created the directory first.
import errno
import os
from concurrent.futures import ProcessPoolExecutor


def mkdir_p_tolerant(newdir):
    """works the way a good mkdir should :)
    - already exists, silently complete
    - regular file in the way, raise an exception
    - parent directory(ies) does not exist, make them as well
    """
    if os.path.isdir(newdir):
        pass
    elif os.path.isfile(newdir):
        raise OSError(
            "a file with the same name as the desired dir, '{0}', already exists.".format(newdir)
        )
    else:
        head, tail = os.path.split(newdir)
        if head and not os.path.isdir(head):
            mkdir_p_tolerant(head)
        if tail:
            # Even though we've checked that the directory doesn't exist above, it might exist
            # now if some other process has created it between now and the time we checked it.
            try:
                os.mkdir(newdir)
            except OSError as exn:
                # If we failed because the directory does exist, that's not a problem.
                if exn.errno != errno.EEXIST:
                    raise


class PipenvProject:
    def __init__(self, name, workon_home):
        self.name = name
        self.workon_home = workon_home

    @property
    def venv_location(self):
        mkdir_p_tolerant(self.workon_home)
        return os.path.join(self.workon_home, self.name + "-venv")


def pipenv_create_env(project_name):
    project = PipenvProject(project_name, os.path.expanduser("~/.local/share/virtualenvs"))
    return project.venv_location


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as pool:
        print(list(pool.map(pipenv_create_env, ["guestbook", "smoke-test", "alb", "api"])))
