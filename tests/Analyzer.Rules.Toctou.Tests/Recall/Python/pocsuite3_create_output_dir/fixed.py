# https://github.com/knownsec/pocsuite3/pull/138
# Fixed: a concurrent pocsuite3 process may create the directory between the isdir
# check and makedirs; the resulting FileExistsError is now caught and ignored.
import os


class SafePaths:
    POCSUITE_OUTPUT_PATH = os.path.expanduser("~/.pocsuite/output")
    POCSUITE_TMP_PATH = os.path.expanduser("~/.pocsuite/tmp")
    POCSUITE_RC_PATH = os.path.expanduser("~/.pocsuite/.pocsuiterc")


safe_paths = SafePaths()


def _create_directory_safe():
    if not os.path.isdir(safe_paths.POCSUITE_OUTPUT_PATH):
        try:
            os.makedirs(safe_paths.POCSUITE_OUTPUT_PATH)
        except FileExistsError:
            pass

    if not os.path.isdir(safe_paths.POCSUITE_TMP_PATH):
        try:
            os.makedirs(safe_paths.POCSUITE_TMP_PATH)
        except FileExistsError:
            pass

    if not os.path.isfile(safe_paths.POCSUITE_RC_PATH):
        open(safe_paths.POCSUITE_RC_PATH, "a").close()


def init_safe():
    _create_directory_safe()


if __name__ == "__main__":
    init_safe()
