import sys
import threading

# sys.exit raises SystemExit: the code after the if runs only when the condition did not hold.
_plugins = {}
_plugins_lock = threading.Lock()


def load_plugin(name, factory):
    if name in _plugins:  # Secondary [check]
        sys.exit("plugin loaded twice: " + name)
    with _plugins_lock:
        _plugins[name] = factory()  # Noncompliant [TOCTOU001] {{_plugins is checked at line 10 and changed at line 13 by _plugins[name], but the check runs before _plugins_lock is taken at line 12}}
