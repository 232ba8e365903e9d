# https://github.com/imageio/imageio/issues/244
# Fixed version: _init_pillow() holds self._lock (an RLock made in __init__, "Used to
# synchronize _init_pillow(), see #244") across the flag test, the import and the assignment of
# _Image, so no thread can see the flag set before _Image is available.
import importlib
import threading
from concurrent.futures import ThreadPoolExecutor


class BaseFormat:
    def __init__(self, name, description, extensions=None, modes=None):
        self.name = name
        self.description = description
        self.extensions = extensions
        self.modes = modes


class PillowImageFormat(BaseFormat):
    _pillow_imported = False
    _Image = None

    def __init__(self, *args, plugin_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Used to synchronize _init_pillow(), see #244
        self._lock = threading.RLock()
        self._plugin_id = plugin_id

    @property
    def plugin_id(self):
        return self._plugin_id

    def _init_pillow(self):
        with self._lock:
            if not self._pillow_imported:
                self._pillow_imported = True  # more like tried to import
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


def read_images(fmt, blobs):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(fmt.can_read, blobs))
