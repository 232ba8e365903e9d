from django.contrib.auth.decorators import login_required
from django.views import View

_OWNERS = {}


# Django's view decorators wrap only views: a view runs once per request, many at a time, in a threaded server.
@login_required
def claim(request, name, owner):
    if name not in _OWNERS:  # Secondary [check]
        _OWNERS[name] = owner  # Noncompliant {{_OWNERS is checked at line 10 and changed at line 11 by _OWNERS[name], with no lock held at either point, while claim serves requests, many at a time}}
    return _OWNERS[name]


# The same function undecorated, outside a views module, is just a function.
def claim_once(request, name, owner):
    if name not in _OWNERS:
        _OWNERS[name] = owner
    return _OWNERS[name]


# A class-based view's handler method runs once per request too.
class ClaimView(View):
    def post(self, request, name, owner):
        if name not in _OWNERS:  # Secondary [check]
            _OWNERS[name] = owner  # Noncompliant {{_OWNERS is checked at line 25 and changed at line 26 by _OWNERS[name], with no lock held at either point, while post serves requests, many at a time}}
        return _OWNERS[name]


# The same method in a class that is no view.
class Claims:
    def post(self, request, name, owner):
        if name not in _OWNERS:
            _OWNERS[name] = owner
        return _OWNERS[name]
