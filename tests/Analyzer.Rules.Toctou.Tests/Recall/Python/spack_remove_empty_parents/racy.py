# https://github.com/spack/spack/pull/21424
# Bug: after deleting an install prefix, spack walks up and removes empty parent
# directories. It checks isdir()/listdir() and then calls os.rmdir(); several
# `spack uninstall` processes share those parents, so another process can remove
# or fill the directory in between. Fix: call os.rmdir() directly and treat
# ENOENT / ENOTEMPTY as "someone else got there first".
import os
import shutil


class RemoveFailedError(Exception):
    def __init__(self, spec, prefix, error):
        super().__init__("Could not remove prefix %s for %s : %s" % (prefix, spec, error))
        self.cause = error


class DirectoryLayout:
    def __init__(self, root):
        self.root = root

    def relative_path_for_spec(self, spec):
        return os.path.join(spec.arch, spec.compiler, "%s-%s-%s" % (spec.name, spec.version, spec.dag_hash))

    def path_for_spec(self, spec):
        path = self.relative_path_for_spec(spec)
        return os.path.join(self.root, path)

    def remove_install_directory(self, spec):
        """Removes a prefix and any empty parent directories from the root."""
        path = self.path_for_spec(spec)
        assert path.startswith(self.root)

        if os.path.exists(path):
            try:
                shutil.rmtree(path)
            except OSError as e:
                raise RemoveFailedError(spec, path, e)

        path = os.path.dirname(path)
        while path != self.root:
            if os.path.isdir(path):
                if os.listdir(path):
                    return
                os.rmdir(path)  # Noncompliant
            path = os.path.dirname(path)


def uninstall(layout, specs):
    # each `spack uninstall` process holds only the write lock of its own prefix
    for spec in specs:
        layout.remove_install_directory(spec)
