# https://github.com/jaraco/keyring/pull/354
# Fixed version: _remove_credential() catches winerror 1168 raised by CredDelete and returns, the
# same way _read_credential() handles 1168 from CredRead. Losing the deletion to another thread or
# process leaves the credential deleted, which is what the caller asked for.
import threading
import time


class WinApiError(Exception):
    def __init__(self, winerror, funcname, strerror):
        super().__init__(winerror, funcname, strerror)
        self.winerror = winerror
        self.funcname = funcname


class DeleteFailed(Exception):
    pass


class CredentialVaultStub:
    """Stub of win32cred: the Windows credential store is shared by every thread and process."""

    GENERIC = 1

    def __init__(self):
        self._entries = {}
        self._guard = threading.Lock()

    def write_credential(self, credential):
        with self._guard:
            self._entries[credential["TargetName"]] = dict(credential)

    def read_credential(self, kind, target):
        with self._guard:
            if target not in self._entries:
                raise WinApiError(1168, "CredRead", "Element not found.")
            return dict(self._entries[target])

    def delete_credential(self, kind, target):
        time.sleep(0.001)
        with self._guard:
            if target not in self._entries:
                raise WinApiError(1168, "CredDelete", "Element not found.")
            del self._entries[target]


vault = CredentialVaultStub()


class TolerantWinVaultKeyring:
    @staticmethod
    def _compound_target(username, service):
        return "%s@%s" % (username, service)

    def _read_credential(self, target):
        try:
            res = vault.read_credential(vault.GENERIC, target)
        except WinApiError as e:
            if e.winerror == 1168 and e.funcname == "CredRead":  # not found
                return None
            raise
        return res

    def store_password(self, service, username, password):
        vault.write_credential(dict(TargetName=service, UserName=username, CredentialBlob=password))

    def remove_password(self, service, username):
        compound = self._compound_target(username, service)
        deleted = False
        for target in service, compound:
            existing_pw = self._read_credential(target)
            if existing_pw and existing_pw["UserName"] == username:
                deleted = True
                self._remove_credential(target)
        if not deleted:
            raise DeleteFailed(service)

    def _remove_credential(self, target):
        try:
            vault.delete_credential(vault.GENERIC, target)
        except WinApiError as e:
            if e.winerror == 1168 and e.funcname == "CredDelete":  # not found
                return
            raise


def sign_out(keyring):
    try:
        keyring.remove_password("myapp", "alice")
    except DeleteFailed:
        pass


if __name__ == "__main__":
    keyring = TolerantWinVaultKeyring()
    keyring.store_password("myapp", "alice", "s3cret")
    workers = [threading.Thread(target=sign_out, args=(keyring,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
