# https://github.com/spack/spack/pull/21424
# Fixed: os.rmdir() is attempted directly; ENOENT (another uninstall already
# removed it) continues with the parent, ENOTEMPTY (another install put files
# there) stops the walk.
import errno
import os
import shutil


class PrefixRemoveError(Exception):
    def __init__(self, spec, prefix, error):
        super().__init__("Could not remove prefix %s for %s : %s" % (prefix, spec, error))
        self.cause = error


class SafeDirectoryLayout:
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
                raise PrefixRemoveError(spec, path, e)

        path = os.path.dirname(path)
        while path != self.root:
            if os.path.isdir(path):
                try:
                    os.rmdir(path)
                except OSError as e:
                    if e.errno == errno.ENOENT:
                        # already deleted, continue with parent
                        pass
                    elif e.errno == errno.ENOTEMPTY:
                        # directory wasn't empty, done
                        return
                    else:
                        raise e
            path = os.path.dirname(path)


def uninstall_all(layout, specs):
    for spec in specs:
        layout.remove_install_directory(spec)
