# https://github.com/pyinstaller/pyinstaller/pull/6197
# build() did "if not os.path.exists(pth): os.makedirs(pth)" for DISTPATH and workpath; with
# several PyInstaller processes sharing dist/build, another one creates the directory in
# between and makedirs() raises FileExistsError. Fix: os.makedirs(pth, exist_ok=True).
import glob
import multiprocessing
import os
import shutil
import sys
import tempfile

CONF = {}


def build(spec, distpath, workpath, clean_build):
    CONF["spec"] = spec
    CONF["distpath"] = distpath
    CONF["workpath"] = workpath

    # If necessary clean workpath and cache to be able start a clean build.
    if clean_build:
        for pth in (CONF["workpath"],):
            if os.path.exists(pth):
                for f in glob.glob(pth + "/*"):
                    if os.path.isdir(f):
                        shutil.rmtree(f)  # Noncompliant
                    else:
                        os.remove(f)

    # Create DISTPATH and workpath if they does not exist.
    for pth in (CONF["distpath"], CONF["workpath"]):
        if not os.path.exists(pth):
            os.makedirs(pth)  # Noncompliant

    # exec the .spec file: Analysis/PYZ/EXE write into workpath and distpath
    name = os.path.splitext(os.path.basename(spec))[0]
    with open(os.path.join(CONF["distpath"], name), "w") as exe:
        exe.write("#!/bin/sh\n")


def run_pyinstaller(args):
    spec, root = args
    try:
        build(spec, os.path.join(root, "dist"), os.path.join(root, "build"), clean_build=False)
        return spec, "ok"
    except OSError as exc:
        return spec, repr(exc)


if __name__ == "__main__":
    shared_root = tempfile.mkdtemp()
    specs = ["tool%d.spec" % i for i in range(8)]
    with multiprocessing.Pool(len(specs)) as pool:
        for result in pool.map(run_pyinstaller, [(s, shared_root) for s in specs]):
            print(*result, file=sys.stderr)
