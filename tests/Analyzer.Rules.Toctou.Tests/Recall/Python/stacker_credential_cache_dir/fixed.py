# https://github.com/cloudtools/stacker/pull/562
# Fixed version: the assume-role provider uses one shared in-memory dict as its cache
# (the first AssumeRole fills it, later threads reuse it); nothing is created on disk.
from concurrent.futures import ThreadPoolExecutor

import boto3
import botocore.session

# A global credential cache that can be shared among boto3 sessions.
credential_cache = {}


def safe_get_session(region):
    """Creates a boto3 session with a cache.

    Args:
        region (str): The region for the session

    Returns:
        :class:`boto3.session.Session`: A boto3 session with
            credential caching
    """
    session = botocore.session.get_session()
    session.set_config_variable('region', region)
    provider = session.get_component('credential_provider').get_provider('assume-role')
    provider.cache = credential_cache
    return boto3.session.Session(botocore_session=session)


def safe_build(stacks, region):
    def launch_stack(stack):
        safe_get_session(region).client('cloudformation').describe_stacks(StackName=stack)

    with ThreadPoolExecutor(max_workers=len(stacks)) as pool:
        list(pool.map(launch_stack, stacks))
