# https://github.com/easybuilders/easybuild-framework/pull/4300
# easybuild.tools.filetools.mkdir() first tests os.path.exists(path) and only then calls
# os.makedirs()/os.mkdir(); any OSError from the create is turned into an EasyBuildError.
# When several `eb` builds run in parallel (e.g. CI jobs sharing one sourcepath), another
# build can create the same directory after the check, so the create fails with
# "[Errno 17] File exists" and the whole build aborts. Fix: catch FileExistsError and
# accept it when the path now exists (and use exist_ok=True for the parents case).
import os
from concurrent.futures import ProcessPoolExecutor


class EasyBuildError(Exception):
    pass


def mkdir(path, parents=False):
    if not os.path.exists(path):
        try:
            if parents:
                os.makedirs(path)  # Noncompliant
            else:
                os.mkdir(path)
        except OSError as err:
            raise EasyBuildError("Failed to create directory %s: %s" % (path, err))
    return path


def fetch_sources(easyconfig, sourcepath):
    target = os.path.join(sourcepath, "generic", "eb_v4.8.0", "ConfigureMake")
    mkdir(os.path.dirname(target), parents=True)
    mkdir(target)
    return easyconfig, target


if __name__ == "__main__":
    configs = ["ci_actor_%d.eb" % i for i in range(8)]
    with ProcessPoolExecutor(max_workers=8) as builds:
        for name, where in builds.map(fetch_sources, configs, ["/tmp/eb-sources"] * len(configs)):
            print(name, where)
