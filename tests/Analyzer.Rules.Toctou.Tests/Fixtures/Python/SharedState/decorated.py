from django.contrib.auth.decorators import login_required

_OWNERS = {}


# Django's view decorators wrap only views: a view runs once per request, many at a time, in a threaded server.
@login_required
def claim(request, name, owner):
    if name not in _OWNERS:  # Secondary [check]
        _OWNERS[name] = owner  # Noncompliant {{_OWNERS is checked at line 9 and changed at line 10 by _OWNERS[name], with no lock held at either point, while claim serves requests, many at a time}}
    return _OWNERS[name]


# The same function undecorated, outside a views module, is just a function.
def claim_once(request, name, owner):
    if name not in _OWNERS:
        _OWNERS[name] = owner
    return _OWNERS[name]
