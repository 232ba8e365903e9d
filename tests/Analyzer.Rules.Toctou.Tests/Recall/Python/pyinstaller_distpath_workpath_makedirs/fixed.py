# https://github.com/pyinstaller/pyinstaller/pull/6197
# Fixed version: os.makedirs(pth, exist_ok=True) with no preceding exists check.
# A directory created by another PyInstaller process running at the same time is accepted.
import glob
import multiprocessing
import os
import shutil
import sys
import tempfile

BUILD_CONF = {}


def build_spec(spec, distpath, workpath, clean_build):
    BUILD_CONF["spec"] = spec
    BUILD_CONF["distpath"] = distpath
    BUILD_CONF["workpath"] = workpath

    # If necessary clean workpath and cache to be able start a clean build.
    if clean_build:
        for pth in (BUILD_CONF["workpath"],):
            if os.path.exists(pth):
                for f in glob.glob(pth + "/*"):
                    if os.path.isdir(f):
                        shutil.rmtree(f)
                    else:
                        os.remove(f)

    # Create DISTPATH and workpath if they does not exist.
    for pth in (BUILD_CONF["distpath"], BUILD_CONF["workpath"]):
        os.makedirs(pth, exist_ok=True)

    # exec the .spec file: Analysis/PYZ/EXE write into workpath and distpath
    name = os.path.splitext(os.path.basename(spec))[0]
    with open(os.path.join(BUILD_CONF["distpath"], name), "w") as exe:
        exe.write("#!/bin/sh\n")


def pyinstaller_main(args):
    spec, root = args
    try:
        build_spec(spec, os.path.join(root, "dist"), os.path.join(root, "build"), clean_build=False)
        return spec, "ok"
    except OSError as exc:
        return spec, repr(exc)


if __name__ == "__main__":
    shared_root = tempfile.mkdtemp()
    specs = ["tool%d.spec" % i for i in range(8)]
    with multiprocessing.Pool(len(specs)) as pool:
        for result in pool.map(pyinstaller_main, [(s, shared_root) for s in specs]):
            print(*result, file=sys.stderr)
