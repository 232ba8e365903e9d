# https://github.com/python-pillow/Pillow/pull/2351
# ImageMode.getmode() filled the module-level mode descriptor cache in place on first use.
# A second thread that calls getmode() while the first is still filling it sees a
# non-empty cache, skips the init and gets a KeyError for a mode not yet inserted.
# Fix: build the cache in a local dict and publish it with one global assignment.
from concurrent.futures import ThreadPoolExecutor

_MODEINFO = {
    "1": ("L", "L", ("1",)),
    "L": ("L", "L", ("L",)),
    "P": ("P", "L", ("P",)),
    "RGB": ("RGB", "L", ("R", "G", "B")),
    "RGBA": ("RGB", "L", ("R", "G", "B", "A")),
    "CMYK": ("RGB", "L", ("C", "M", "Y", "K")),
}

# mode descriptor cache
_modes = {}


class ModeDescriptor:
    """Wrapper for mode strings."""

    def __init__(self, mode, bands, basemode, basetype):
        self.mode = mode
        self.bands = bands
        self.basemode = basemode
        self.basetype = basetype

    def __str__(self):
        return self.mode


def getmode(mode):
    """Gets a mode descriptor for the given mode."""
    if not _modes:
        for m, (basemode, basetype, bands) in _MODEINFO.items():
            _modes[m] = ModeDescriptor(m, bands, basemode, basetype)  # Noncompliant
        _modes["LA"] = ModeDescriptor("LA", ("L", "A"), "L", "L")
        _modes["PA"] = ModeDescriptor("PA", ("P", "A"), "RGB", "L")
    return _modes[mode]


def bands_of(mode):
    return getmode(mode).bands


def convert_all(modes):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(bands_of, modes))


if __name__ == "__main__":
    print(convert_all(["RGBA", "LA", "CMYK", "PA"] * 8))
