# https://github.com/easybuilders/easybuild-framework/pull/4300
# Fixed: a FileExistsError from the create is accepted when the directory now exists (a
# parallel build created it after our check), and the parents case uses exist_ok=True.
import os
from concurrent.futures import ProcessPoolExecutor


class DirectoryCreationError(Exception):
    pass


def ensure_directory(path, parents=False):
    if not os.path.exists(path):
        try:
            if parents:
                os.makedirs(path, exist_ok=True)
            else:
                os.mkdir(path)
        except FileExistsError as err:
            if not os.path.exists(path):
                raise DirectoryCreationError("Failed to create directory %s: %s" % (path, err))
        except OSError as err:
            raise DirectoryCreationError("Failed to create directory %s: %s" % (path, err))
    return path


def download_sources(easyconfig, sourcepath):
    target = os.path.join(sourcepath, "generic", "eb_v4.8.0", "ConfigureMake")
    ensure_directory(os.path.dirname(target), parents=True)
    ensure_directory(target)
    return easyconfig, target


if __name__ == "__main__":
    configs = ["ci_actor_%d.eb" % i for i in range(8)]
    with ProcessPoolExecutor(max_workers=8) as builds:
        for name, where in builds.map(download_sources, configs, ["/tmp/eb-sources"] * len(configs)):
            print(name, where)
