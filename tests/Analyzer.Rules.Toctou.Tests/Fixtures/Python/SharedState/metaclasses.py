# A metaclass keeps one instance per class in a dict on each class it makes: every caller of Config(), on any thread,
# reaches the same dict.


class SingletonMeta(type):
    def __call__(cls, *args):
        instance = cls._singletons.get(cls)  # Secondary [check]
        if instance is not None:
            return instance
        instance = super().__call__(*args)
        cls._singletons[cls] = instance  # Noncompliant [TOCTOU001] {{cls._singletons is checked at line 7 and changed at line 11 by cls._singletons[cls], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return instance


class Config(metaclass=SingletonMeta):
    _singletons = {}

    def __init__(self, path=None):
        self.path = path
