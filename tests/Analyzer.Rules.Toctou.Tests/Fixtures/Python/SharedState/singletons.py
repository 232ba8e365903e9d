import threading


# Threads started on the class's method (target=Registry.instance) run that classmethod side by side: two of them can
# both find no instance and each make one.
class Registry:
    _instance = None

    @classmethod
    def instance(cls):
        if cls._instance is None:  # Secondary [check]
            cls._instance = cls()  # Noncompliant [TOCTOU001] {{cls._instance is checked at line 11 and changed at line 12 by cls._instance, with no lock held at either point, while instance is started in parallel at line 33, in a loop; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return cls._instance


# Under the class's lock the test and the store are one step.
class Settings:
    _instance = None
    _lock = threading.Lock()

    @classmethod
    def instance(cls):
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance


def warm_up(workers):
    for _ in range(workers):
        threading.Thread(target=Settings.instance).start()
    for _ in range(workers):
        threading.Thread(target=Registry.instance).start()


# A thread's function that calls the classmethod on the class (Plugins.register(…)) runs it in every thread.
class Plugins:
    _by_name = {}

    @classmethod
    def register(cls, name, plugin):
        if name not in cls._by_name:  # Secondary [check]
            cls._by_name[name] = plugin  # Noncompliant [TOCTOU001] {{cls._by_name is checked at line 42 and changed at line 43 by cls._by_name[name], with no lock held at either point, while register runs in every copy of load_plugin, which is started in parallel at line 56, in a loop}}

    @classmethod
    def names(cls):
        return sorted(cls._by_name)


def load_plugin(name):
    Plugins.register(name, object())


def load_all(names):
    for name in names:
        threading.Thread(target=load_plugin, args=(name,)).start()

