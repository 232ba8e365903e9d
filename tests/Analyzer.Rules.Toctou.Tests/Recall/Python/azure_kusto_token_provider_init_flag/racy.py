# https://github.com/Azure/azure-kusto-python/issues/208
# TokenProviderBase.get_token() lazily ran the "heavy" first-time init guarded only by the
# _initialized flag. Two threads sharing one KustoClient both see the flag unset, both build
# an MSAL client and both start an authentication (two device logins for one client).
# Fix: _init_once() re-checks the flag under a per-provider lock (double-checked locking).
import webbrowser
from threading import Thread

from msal import PublicClientApplication


class DeviceLoginTokenProvider:
    _initialized = False

    def __init__(self, kusto_uri, authority_uri, client_app_id):
        self._scopes = [kusto_uri + "/.default"]
        self._auth = authority_uri
        self._client_app_id = client_app_id
        self._msal_client = None
        self._account = None

    def _init_impl(self):
        self._msal_client = PublicClientApplication(client_id=self._client_app_id, authority=self._auth)

    def _get_token_from_cache_impl(self):
        return self._msal_client.acquire_token_silent(scopes=self._scopes, account=self._account)

    def _get_token_impl(self):
        flow = self._msal_client.initiate_device_flow(scopes=self._scopes)
        print(flow["message"])
        webbrowser.open(flow["verification_uri"])
        token = self._msal_client.acquire_token_by_device_flow(flow)
        accounts = self._msal_client.get_accounts()
        if len(accounts) == 1:
            self._account = accounts[0]
        return token

    def get_token(self):
        """Get a token silently from cache or authenticate if cached token is not found"""
        if not self._initialized:
            self._init_impl()  # Noncompliant
            self._initialized = True

        token = self._get_token_from_cache_impl()
        if token is None:
            token = self._get_token_impl()
        return token


class KustoClient:
    def __init__(self, token_provider):
        self._token_provider = token_provider

    def execute(self, database, query):
        token = self._token_provider.get_token()
        return {"Authorization": "Bearer " + token["access_token"], "db": database, "csl": query}


def main():
    provider = DeviceLoginTokenProvider("https://help.kusto.windows.net", "https://login.microsoftonline.com/common", "app-id")
    client = KustoClient(provider)
    Thread(target=lambda: client.execute("Samples", "StormEvents | take 1")).start()
    client.execute("Samples", "StormEvents | take 1")
