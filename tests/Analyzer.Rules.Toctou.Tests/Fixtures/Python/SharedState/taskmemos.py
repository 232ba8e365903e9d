_named_clients = {}


class TaskClient:
    def __init__(self, name):
        self.name = name


# A coroutine runs on the event loop's one thread, and nothing between the look and the store lets another task run:
# the get-or-make is one step.
async def task_client(name):
    client = _named_clients.get(name)
    if client is None:
        client = TaskClient(name)
        _named_clients[name] = client
    return client


# The same in a plain function, which any thread can call: two first callers can both make one.
def thread_client(name):
    client = _named_clients.get(name)  # Secondary [check]
    if client is None:
        client = TaskClient(name)
        _named_clients[name] = client  # Noncompliant [TOCTOU001] {{_named_clients is checked at line 21 and changed at line 24 by _named_clients[name], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
    return client
