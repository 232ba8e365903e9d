# https://github.com/pytroll/satpy/pull/2257
# Fixed: the directory is created with exist_ok=True, so a directory made by a
# parallel job in the meantime is not an error.
import os


class SafeWriter(object):
    def __init__(self, base_dir=None, filename=None):
        self.base_dir = base_dir or os.getcwd()
        self.filename = filename or "{name}_{start_time:%Y%m%d_%H%M%S}.tif"

    def build_filename(self, **kwargs):
        output_filename = self.filename.format(**kwargs)
        output_filename = os.path.join(self.base_dir, output_filename)
        dirname = os.path.dirname(output_filename)
        if dirname and not os.path.isdir(dirname):
            os.makedirs(dirname, exist_ok=True)
        return output_filename

    def write_image(self, img, filename=None, **kwargs):
        filename = filename or self.build_filename(**img.attrs)
        with open(filename, "wb") as fh:
            fh.write(img.tobytes())
        return filename
