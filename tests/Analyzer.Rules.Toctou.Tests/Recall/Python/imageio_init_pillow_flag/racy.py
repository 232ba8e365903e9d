# https://github.com/imageio/imageio/issues/244
# PillowFormat._init_pillow() lazily imports Pillow: it sets _pillow_imported = True first and
# only assigns _Image after the (slow) import. A second reader thread arriving in between sees
# the flag set, skips the import, finds _Image still None and raises "Imageio Pillow plugin
# requires Pillow lib." while JPEGs are read from several threads. Fix: an RLock created in
# __init__ is held across the flag check, the import and the _Image assignment.
import importlib
from concurrent.futures import ThreadPoolExecutor


class Format:
    def __init__(self, name, description, extensions=None, modes=None):
        self.name = name
        self.description = description
        self.extensions = extensions
        self.modes = modes


class PillowFormat(Format):
    _pillow_imported = False
    _Image = None

    def __init__(self, *args, plugin_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._plugin_id = plugin_id

    @property
    def plugin_id(self):
        return self._plugin_id

    def _init_pillow(self):
        if not self._pillow_imported:
            self._pillow_imported = True  # Noncompliant
            PIL = importlib.import_module("PIL")
            if not hasattr(PIL, "__version__"):
                raise ImportError("Imageio Pillow plugin requires Pillow, not PIL!")
            self._Image = importlib.import_module("PIL.Image")
        elif self._Image is None:
            raise RuntimeError("Imageio Pillow plugin requires Pillow lib.")
        Image = self._Image
        if self.plugin_id in ("PNG", "JPEG", "BMP", "GIF", "PPM"):
            Image.preinit()
        else:
            Image.init()
        return Image

    def can_read(self, first_bytes):
        Image = self._init_pillow()
        factory, accept = Image.OPEN[self.plugin_id]
        return accept is None or accept(first_bytes)


def read_all(fmt, blobs):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(fmt.can_read, blobs))
