# https://github.com/pytroll/satpy/pull/2257
# Writer.get_filename creates the output directory if it is missing. With many
# parallel jobs (e.g. slurm) writing to the same tree, another job can create
# the directory after the isdir() check and before makedirs(), which then
# raises FileExistsError. Fix: makedirs(..., exist_ok=True).
import os


class Writer(object):
    def __init__(self, base_dir=None, filename=None):
        self.base_dir = base_dir or os.getcwd()
        self.filename = filename or "{name}_{start_time:%Y%m%d_%H%M%S}.tif"

    def get_filename(self, **kwargs):
        output_filename = self.filename.format(**kwargs)
        output_filename = os.path.join(self.base_dir, output_filename)
        dirname = os.path.dirname(output_filename)
        if dirname and not os.path.isdir(dirname):
            os.makedirs(dirname)  # Noncompliant
        return output_filename

    def save_image(self, img, filename=None, **kwargs):
        filename = filename or self.get_filename(**img.attrs)
        with open(filename, "wb") as fh:
            fh.write(img.tobytes())
        return filename
