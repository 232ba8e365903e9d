# https://github.com/meltano/meltano/pull/10047
# Fixed version: the None test is repeated while holding the lock, so only the first thread
# that gets the lock builds the service and later threads reuse it.
import threading
from concurrent.futures import ThreadPoolExecutor


class SafeUserConfigService:
    instances = 0

    def __init__(self, config_path):
        SafeUserConfigService.instances += 1
        self.config_path = config_path
        self._settings = {}

    def get_setting(self, key, default=None):
        return self._settings.get(key, default)


_safe_user_config_service = None
_safe_user_config_service_lock = threading.Lock()


def get_safe_user_config_service(config_path="~/.meltano/config.yml"):
    global _safe_user_config_service
    if _safe_user_config_service is not None:
        return _safe_user_config_service

    with _safe_user_config_service_lock:
        if _safe_user_config_service is None:
            _safe_user_config_service = SafeUserConfigService(config_path)
    return _safe_user_config_service


def safe_cli_command(_):
    return get_safe_user_config_service().get_setting("ff.strict_env_var_mode", False)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(safe_cli_command, range(32)))
    print(SafeUserConfigService.instances, "instance(s) created")
