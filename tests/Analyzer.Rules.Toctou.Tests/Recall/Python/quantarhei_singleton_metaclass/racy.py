# https://github.com/tmancal74/quantarhei/pull/307 (bug report: https://github.com/tmancal74/quantarhei/issues/219)
# Singleton.__call__ checked `cls not in cls._instances` and then constructed and stored the instance with no
# lock, so two threads creating Manager() at once could both run __init__ (with its side effects) and one
# instance was silently discarded. The fix wraps the check and the store in a class-level threading.Lock.


class Singleton(type):
    """Base type of singletons, such as the main Quantarhei class Manager.

    Usage: class MyClass(BaseClass, metaclass=Singleton)
    """

    _instances: dict = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)  # Noncompliant
        return cls._instances[cls]


class Manager(metaclass=Singleton):
    """Stand-in for quantarhei's Manager: its __init__ has side effects (config, units, parallel setup)."""

    def __init__(self):
        self.config = {"units": "2pi/fs", "parallel": False}
        self.log_level = 1
        self.setup_calls = 1
