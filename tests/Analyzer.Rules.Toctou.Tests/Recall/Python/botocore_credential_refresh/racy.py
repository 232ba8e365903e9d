# https://github.com/boto/botocore/pull/790
# RefreshableCredentials refreshed temporary credentials on access: every thread that found a refresh needed called
# the refresh function and overwrote the keys, so several refreshes ran at once and readers could mix keys from
# different refreshes. The fix takes a refresh lock and checks again under it (double-checked locking).
import datetime


def _utc_now():
    return datetime.datetime.now(datetime.timezone.utc)


class RefreshableCredentials:
    def __init__(self, access_key, secret_key, token, expiry_time, refresh_using, method):
        self._refresh_using = refresh_using
        self._access_key = access_key
        self._secret_key = secret_key
        self._token = token
        self._expiry_time = expiry_time
        self.method = method

    def refresh_needed(self):
        if self._expiry_time is None:
            return False
        return (self._expiry_time - _utc_now()).total_seconds() < 15 * 60

    def _set_from_data(self, data):
        self._access_key = data["access_key"]
        self._secret_key = data["secret_key"]
        self._token = data["token"]
        self._expiry_time = data["expiry_time"]

    def _refresh(self):
        if not self.refresh_needed():
            return
        metadata = self._refresh_using()
        self._set_from_data(metadata)  # Noncompliant [TOCTOU001]

    def get_frozen_credentials(self):
        self._refresh()
        return (self._access_key, self._secret_key, self._token)
