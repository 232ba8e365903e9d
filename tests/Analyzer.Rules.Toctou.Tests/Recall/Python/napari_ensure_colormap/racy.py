# https://github.com/napari/napari/pull/2193
# ensure_colormap() registers colormaps in the module-level AVAILABLE_COLORMAPS dict: it
# looks a name up (or counts the existing "[unnamed colormap N]" names) and then inserts.
# Layers are also built from napari thread workers (issue #2182), so two threads could both
# miss the lookup / compute the same unnamed name and overwrite each other, or iterate the
# dict while it grows ("dictionary changed size during iteration"). Fix: one global lock
# held across the whole lookup-and-insert in ensure_colormap().
from concurrent.futures import ThreadPoolExecutor

from vispy.color import Colormap as VispyColormap, get_colormap

AVAILABLE_COLORMAPS = {
    'gray': get_colormap('gray'),
    'viridis': get_colormap('viridis'),
}


def increment_unnamed_colormap(name, names):
    if name == '[unnamed colormap]':
        past_names = [n for n in names if n.startswith('[unnamed colormap')]
        name = f'[unnamed colormap {len(past_names)}]'
    return name


def ensure_colormap(colormap):
    if isinstance(colormap, str):
        name = colormap
        if name not in AVAILABLE_COLORMAPS:
            cmap = get_colormap(name)  # raises KeyError if not found
            AVAILABLE_COLORMAPS[name] = cmap  # Noncompliant
    elif isinstance(colormap, VispyColormap):
        name = None
        for key, val in AVAILABLE_COLORMAPS.items():
            if colormap == val:
                name = key
                break
        if not name:
            name = increment_unnamed_colormap('[unnamed colormap]', AVAILABLE_COLORMAPS)
            AVAILABLE_COLORMAPS[name] = colormap  # Noncompliant
    else:
        raise TypeError(f'invalid colormap {colormap!r}')
    return name, AVAILABLE_COLORMAPS[name]


class Image:
    def __init__(self, data, colormap='gray'):
        self.data = data
        self.colormap_name, self.colormap = ensure_colormap(colormap)


def prepare_layers(images, colormaps):
    # e.g. a plugin building layers inside @thread_worker functions
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(Image, images, colormaps))
