# https://github.com/lofar-astron/PyBDSF/issues/356
# https://github.com/lofar-astron/PyBDSF/pull/357
# bdsf.process_image() is run from many concurrent processes (SLURM array tasks or a
# multiprocessing pool) whose output directories share a parent. set_up_output_paths()
# tested os.path.exists(output_basedir) and then called os.makedirs(); when another worker
# created the directory in between, makedirs raised FileExistsError and killed the worker.
# The fix replaces every check-then-create site with os.makedirs(..., exist_ok=True).
import multiprocessing
import os


class ImageOptions:
    def __init__(self, filename, output_basedir):
        self.filename = filename
        self.output_basedir = output_basedir


def set_up_output_paths(opts):
    basedir = opts.output_basedir
    if not os.path.exists(basedir):
        os.makedirs(basedir)  # Noncompliant
    stem = os.path.splitext(os.path.basename(opts.filename))[0]
    return os.path.join(basedir, stem + "_pybdsf")


def process_image(filename):
    opts = ImageOptions(filename, os.path.join("results", "catalogues"))
    outdir = set_up_output_paths(opts)
    with open(outdir + ".log", "w") as log:
        log.write("processed %s\n" % filename)
    return outdir


if __name__ == "__main__":
    images = ["field_%02d.fits" % i for i in range(16)]
    with multiprocessing.Pool(8) as pool:
        print(pool.map(process_image, images))
