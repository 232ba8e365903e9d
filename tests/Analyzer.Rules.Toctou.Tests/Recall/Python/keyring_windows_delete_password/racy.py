# https://github.com/jaraco/keyring/pull/354
# WinVaultKeyring.delete_password() reads each candidate target with CredRead and, when the
# credential exists and belongs to the user, removes it in _delete_password() with CredDelete.
# Calling delete_password from several threads or processes, another caller can remove the
# credential in between and CredDelete raises winerror 1168 "Element not found" (issue #323).
# Fix (PR #354): _delete_password() treats 1168 from CredDelete as already deleted, like CredRead.
import threading
import time


class PywinError(Exception):
    def __init__(self, winerror, funcname, strerror):
        super().__init__(winerror, funcname, strerror)
        self.winerror = winerror
        self.funcname = funcname


class PasswordDeleteError(Exception):
    pass


class FakeCredentialManager:
    """Stub of win32cred: the Windows credential store is shared by every thread and process."""

    CRED_TYPE_GENERIC = 1

    def __init__(self):
        self._store = {}
        self._mutex = threading.Lock()

    def CredWrite(self, credential, flags=0):
        with self._mutex:
            self._store[credential["TargetName"]] = dict(credential)

    def CredRead(self, Type, TargetName):
        with self._mutex:
            if TargetName not in self._store:
                raise PywinError(1168, "CredRead", "Element not found.")
            return dict(self._store[TargetName])

    def CredDelete(self, Type, TargetName):
        time.sleep(0.001)
        with self._mutex:
            if TargetName not in self._store:
                raise PywinError(1168, "CredDelete", "Element not found.")
            del self._store[TargetName]


win32cred = FakeCredentialManager()


class WinVaultKeyring:
    @staticmethod
    def _compound_name(username, service):
        return "%s@%s" % (username, service)

    def _get_password(self, target):
        try:
            res = win32cred.CredRead(Type=win32cred.CRED_TYPE_GENERIC, TargetName=target)
        except PywinError as e:
            if e.winerror == 1168 and e.funcname == "CredRead":  # not found
                return None
            raise
        return res

    def set_password(self, service, username, password):
        win32cred.CredWrite(dict(TargetName=service, UserName=username, CredentialBlob=password))

    def delete_password(self, service, username):
        compound = self._compound_name(username, service)
        deleted = False
        for target in service, compound:
            existing_pw = self._get_password(target)
            if existing_pw and existing_pw["UserName"] == username:
                deleted = True
                self._delete_password(target)
        if not deleted:
            raise PasswordDeleteError(service)

    def _delete_password(self, target):
        win32cred.CredDelete(Type=win32cred.CRED_TYPE_GENERIC, TargetName=target)  # Noncompliant


def logout(keyring):
    try:
        keyring.delete_password("myapp", "alice")
    except PasswordDeleteError:
        pass


if __name__ == "__main__":
    kr = WinVaultKeyring()
    kr.set_password("myapp", "alice", "s3cret")
    threads = [threading.Thread(target=logout, args=(kr,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
