# https://github.com/cloudtools/stacker/pull/562
# stacker builds stacks in parallel threads; each thread calls get_session(), whose assume-role
# provider uses a JSON file CredentialCache. Writing a cache entry checks
# os.path.isdir(working_dir) and then calls os.makedirs(working_dir); two threads both see it
# missing and the second makedirs raises (race pinpointed in #561). Fix (#562): replace the
# file cache with one shared in-memory dict, so no directory check/create is needed.
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor

import boto3
import botocore.session

logger = logging.getLogger(__name__)


class RacyCredentialCache(object):
    CACHE_DIR = os.path.expanduser(os.path.join('~', '.aws', 'cli', 'cache'))

    def __init__(self, working_dir=CACHE_DIR):
        self._working_dir = working_dir

    def __contains__(self, cache_key):
        return os.path.isfile(self._convert_cache_key(cache_key))

    def __getitem__(self, cache_key):
        try:
            with open(self._convert_cache_key(cache_key)) as f:
                return json.load(f)
        except (OSError, ValueError, IOError):
            raise KeyError(cache_key)

    def __setitem__(self, cache_key, value):
        full_key = self._convert_cache_key(cache_key)
        file_content = json.dumps(value, default=str)
        if not os.path.isdir(self._working_dir):
            os.makedirs(self._working_dir)  # Noncompliant
        with os.fdopen(os.open(full_key, os.O_WRONLY | os.O_CREAT, 0o600), 'w') as f:
            f.truncate()
            f.write(file_content)

    def _convert_cache_key(self, cache_key):
        return os.path.join(self._working_dir, cache_key + '.json')


def racy_get_session(region):
    session = botocore.session.get_session()
    session.set_config_variable('region', region)
    provider = session.get_component('credential_provider').get_provider('assume-role')
    provider.cache = RacyCredentialCache()
    return boto3.session.Session(botocore_session=session)


def racy_build(stacks, region):
    def launch(stack):
        racy_get_session(region).client('cloudformation').describe_stacks(StackName=stack)

    with ThreadPoolExecutor(max_workers=len(stacks)) as pool:
        list(pool.map(launch, stacks))
