# https://github.com/lofar-astron/PyBDSF/issues/356
# https://github.com/lofar-astron/PyBDSF/pull/357
# Fixed: the directory is created with os.makedirs(..., exist_ok=True), so a worker that
# loses the race to create it no longer fails.
import multiprocessing
import os


class SourceFinderOptions:
    def __init__(self, filename, output_basedir):
        self.filename = filename
        self.output_basedir = output_basedir


def prepare_output_paths(opts):
    basedir = opts.output_basedir
    os.makedirs(basedir, exist_ok=True)
    stem = os.path.splitext(os.path.basename(opts.filename))[0]
    return os.path.join(basedir, stem + "_pybdsf")


def run_source_finder(filename):
    opts = SourceFinderOptions(filename, os.path.join("results", "catalogues"))
    outdir = prepare_output_paths(opts)
    with open(outdir + ".log", "w") as log:
        log.write("processed %s\n" % filename)
    return outdir


if __name__ == "__main__":
    images = ["field_%02d.fits" % i for i in range(16)]
    with multiprocessing.Pool(8) as pool:
        print(pool.map(run_source_finder, images))
