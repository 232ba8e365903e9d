# https://github.com/meltano/meltano/pull/10047
# get_user_config_service() tested the module-level singleton outside the lock and, when it was
# None, took the lock and built a UserConfigService without testing again; threads that all passed
# the first test each created (and published) their own instance.
# Fix (double-checked locking): repeat the None test inside the lock before creating.
import threading
from concurrent.futures import ThreadPoolExecutor


class UserConfigService:
    instances = 0

    def __init__(self, config_path):
        UserConfigService.instances += 1
        self.config_path = config_path
        self._settings = {}

    def get(self, key, default=None):
        return self._settings.get(key, default)


_user_config_service = None
_user_config_service_lock = threading.Lock()


def get_user_config_service(config_path="~/.meltano/config.yml"):
    global _user_config_service
    if _user_config_service is not None:
        return _user_config_service

    with _user_config_service_lock:
        _user_config_service = UserConfigService(config_path)  # Noncompliant
    return _user_config_service


def cli_command(_):
    return get_user_config_service().get("ff.strict_env_var_mode", False)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(cli_command, range(32)))
    print(UserConfigService.instances, "instance(s) created")
