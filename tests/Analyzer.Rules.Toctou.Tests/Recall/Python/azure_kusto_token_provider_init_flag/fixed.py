# https://github.com/Azure/azure-kusto-python/issues/208
# Fixed shape: the first-time init runs in _init_once(), which re-checks _initialized while
# holding the provider's lock, and the interactive authentication is serialized as well.
import webbrowser
from threading import Lock, Thread

from msal import PublicClientApplication


class SafeDeviceLoginTokenProvider:
    _initialized = False

    def __init__(self, kusto_uri, authority_uri, client_app_id):
        self._scopes = [kusto_uri + "/.default"]
        self._auth = authority_uri
        self._client_app_id = client_app_id
        self._msal_client = None
        self._account = None
        self._lock = Lock()

    def _init_impl(self):
        self._msal_client = PublicClientApplication(client_id=self._client_app_id, authority=self._auth)

    def _init_once(self):
        if self._initialized:
            return
        with self._lock:
            if self._initialized:
                return
            self._init_impl()
            self._initialized = True

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
        self._init_once()

        token = self._get_token_from_cache_impl()
        if token is None:
            with self._lock:
                token = self._get_token_impl()
        return token


class SafeKustoClient:
    def __init__(self, token_provider):
        self._token_provider = token_provider

    def execute(self, database, query):
        token = self._token_provider.get_token()
        return {"Authorization": "Bearer " + token["access_token"], "db": database, "csl": query}


def run_two_threads():
    provider = SafeDeviceLoginTokenProvider("https://help.kusto.windows.net", "https://login.microsoftonline.com/common", "app-id")
    client = SafeKustoClient(provider)
    Thread(target=lambda: client.execute("Samples", "StormEvents | take 1")).start()
    client.execute("Samples", "StormEvents | take 1")
