# https://github.com/pypa/pipenv/pull/3258
# mkdir_p() tests os.path.isdir(newdir) and then calls os.mkdir(newdir). Several pipenv
# processes started in parallel (CI creating virtualenvs under the same WORKON_HOME) all see
# the directory missing and all call mkdir; the losers crash with FileExistsError (issue #3257).
# Fix: keep the check but tolerate EEXIST from os.mkdir (another process created it meanwhile).
import os
from concurrent.futures import ProcessPoolExecutor


def mkdir_p(newdir):
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
            mkdir_p(head)
        if tail:
            os.mkdir(newdir)  # Noncompliant


class Project:
    def __init__(self, name, workon_home):
        self.name = name
        self.workon_home = workon_home

    @property
    def virtualenv_location(self):
        # Each `pipenv --python 3` invocation ensures the virtualenvs home exists.
        mkdir_p(self.workon_home)
        return os.path.join(self.workon_home, self.name + "-venv")


def pipenv_create(project_name):
    project = Project(project_name, os.path.expanduser("~/.local/share/virtualenvs"))
    return project.virtualenv_location


if __name__ == "__main__":
    # Several pipenv processes launched at the same time by a CI script.
    with ProcessPoolExecutor(max_workers=4) as pool:
        print(list(pool.map(pipenv_create, ["guestbook", "smoke-test", "alb", "api"])))
