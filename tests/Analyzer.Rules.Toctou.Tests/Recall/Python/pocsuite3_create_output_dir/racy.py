# https://github.com/knownsec/pocsuite3/pull/138
# pocsuite3 creates its output/tmp directories at start-up with "if not isdir: makedirs".
# Several pocsuite3 processes started in parallel race here: another process creates the
# directory after the check and os.makedirs raises FileExistsError, killing the run.
# The fix keeps the check but tolerates the race by catching FileExistsError.
import os


class Paths:
    POCSUITE_OUTPUT_PATH = os.path.expanduser("~/.pocsuite/output")
    POCSUITE_TMP_PATH = os.path.expanduser("~/.pocsuite/tmp")
    POCSUITE_RC_PATH = os.path.expanduser("~/.pocsuite/.pocsuiterc")


paths = Paths()


def _create_directory():
    if not os.path.isdir(paths.POCSUITE_OUTPUT_PATH):
        os.makedirs(paths.POCSUITE_OUTPUT_PATH)  # Noncompliant

    if not os.path.isdir(paths.POCSUITE_TMP_PATH):
        os.makedirs(paths.POCSUITE_TMP_PATH)  # Noncompliant

    if not os.path.isfile(paths.POCSUITE_RC_PATH):
        open(paths.POCSUITE_RC_PATH, "a").close()


def init():
    # called once per pocsuite3 process; users start many processes in parallel
    _create_directory()


if __name__ == "__main__":
    init()
