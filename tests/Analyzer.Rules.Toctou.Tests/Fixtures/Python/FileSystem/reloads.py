import os

from .plugins import Command


# A base that is only called Command is no framework's command: a plugin runs inside a long-lived process.
class ReloadPlugin(Command):
    def run(self, path):
        if os.path.exists(path):  # Secondary [check]
            os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 9 and os.remove uses it at line 10; the path can appear, vanish or be swapped in between}}
