# https://github.com/napari/napari/pull/2193
# Fixed version: a module-level lock guards the whole body of ensure_colormap(), so the
# lookup, the unnamed-name computation and the insertion into the shared dict happen as
# one step with respect to other threads.
from concurrent.futures import ThreadPoolExecutor
from threading import Lock

from vispy.color import Colormap as VispyColormap, get_colormap

REGISTERED_COLORMAPS = {
    'gray': get_colormap('gray'),
    'viridis': get_colormap('viridis'),
}
REGISTERED_COLORMAPS_LOCK = Lock()


def next_unnamed_colormap(name, names):
    if name == '[unnamed colormap]':
        past_names = [n for n in names if n.startswith('[unnamed colormap')]
        name = f'[unnamed colormap {len(past_names)}]'
    return name


def ensure_colormap_locked(colormap):
    with REGISTERED_COLORMAPS_LOCK:
        if isinstance(colormap, str):
            name = colormap
            if name not in REGISTERED_COLORMAPS:
                cmap = get_colormap(name)
                REGISTERED_COLORMAPS[name] = cmap
        elif isinstance(colormap, VispyColormap):
            name = None
            for key, val in REGISTERED_COLORMAPS.items():
                if colormap == val:
                    name = key
                    break
            if not name:
                name = next_unnamed_colormap('[unnamed colormap]', REGISTERED_COLORMAPS)
                REGISTERED_COLORMAPS[name] = colormap
        else:
            raise TypeError(f'invalid colormap {colormap!r}')
        return name, REGISTERED_COLORMAPS[name]


class LockedImage:
    def __init__(self, data, colormap='gray'):
        self.data = data
        self.colormap_name, self.colormap = ensure_colormap_locked(colormap)


def prepare_layers_locked(images, colormaps):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(LockedImage, images, colormaps))
