# https://github.com/python-pillow/Pillow/pull/2351
# Fixed shape: the cache is built into a local dict and published with a single
# assignment, so no thread can see a partly filled cache.
from concurrent.futures import ThreadPoolExecutor

_MODE_TABLE = {
    "1": ("L", "L", ("1",)),
    "L": ("L", "L", ("L",)),
    "P": ("P", "L", ("P",)),
    "RGB": ("RGB", "L", ("R", "G", "B")),
    "RGBA": ("RGB", "L", ("R", "G", "B", "A")),
    "CMYK": ("RGB", "L", ("C", "M", "Y", "K")),
}

# mode descriptor cache
_mode_cache = None


class ModeInfo:
    """Wrapper for mode strings."""

    def __init__(self, mode, bands, basemode, basetype):
        self.mode = mode
        self.bands = bands
        self.basemode = basemode
        self.basetype = basetype

    def __str__(self):
        return self.mode


def get_mode_info(mode):
    """Gets a mode descriptor for the given mode."""
    global _mode_cache
    if not _mode_cache:
        modes = {}
        for m, (basemode, basetype, bands) in _MODE_TABLE.items():
            modes[m] = ModeInfo(m, bands, basemode, basetype)
        modes["LA"] = ModeInfo("LA", ("L", "A"), "L", "L")
        modes["PA"] = ModeInfo("PA", ("P", "A"), "RGB", "L")
        _mode_cache = modes
    return _mode_cache[mode]


def bands_for(mode):
    return get_mode_info(mode).bands


def convert_many(modes):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(bands_for, modes))


if __name__ == "__main__":
    print(convert_many(["RGBA", "LA", "CMYK", "PA"] * 8))
