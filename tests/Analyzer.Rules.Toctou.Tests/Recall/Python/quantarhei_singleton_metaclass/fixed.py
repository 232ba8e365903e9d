# https://github.com/tmancal74/quantarhei/pull/307 (bug report: https://github.com/tmancal74/quantarhei/issues/219)
# Fixed shape: a class-level threading.Lock is held across the membership check and the construct-and-store,
# so __init__ runs once however many threads create the first instance together.
import threading


class LockedSingleton(type):
    """Base type of singletons, such as the main Quantarhei class Manager.

    Usage: class MyClass(BaseClass, metaclass=LockedSingleton)
    """

    _instances: dict = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class SessionManager(metaclass=LockedSingleton):
    """Stand-in for quantarhei's Manager: its __init__ has side effects (config, units, parallel setup)."""

    def __init__(self):
        self.config = {"units": "2pi/fs", "parallel": False}
        self.log_level = 1
        self.setup_calls = 1
