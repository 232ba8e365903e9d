# https://github.com/mozilla/django-browserid/pull/182
# Fixed: the account creation catches IntegrityError (another request created the user
# after our lookup) and re-fetches that user; if it still cannot be found, it re-raises.
import base64
import hashlib

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.models import User
from django.db import IntegrityError
from django.http import HttpResponseRedirect


def check_assertion(assertion, audience):
    return {"status": "okay", "email": assertion}


class PersonaBackend:
    def users_with_email(self, email):
        return User.objects.filter(email=email)

    def make_user(self, username, email):
        return User.objects.create_user(username, email)

    def authenticate_assertion(self, request, assertion=None, audience=None):
        result = check_assertion(assertion, audience)
        if result is None:
            return None
        email = result["email"]
        users = self.users_with_email(email)
        if len(users) > 1:
            return None
        if len(users) == 1:
            return users[0]
        if not getattr(settings, "BROWSERID_CREATE_USER", True):
            return None
        username = base64.urlsafe_b64encode(hashlib.sha1(email.encode()).digest()).rstrip(b"=").decode()
        try:
            return self.make_user(username, email)
        except IntegrityError:
            users = self.users_with_email(email)
            if len(users) == 1:
                return users[0]
            raise


def persona_verify(request):
    user = PersonaBackend().authenticate_assertion(
        request, assertion=request.POST["assertion"], audience=request.get_host()
    )
    if user is None:
        return HttpResponseRedirect("/login-failed/")
    login(request, user, backend="accounts.backends.PersonaBackend")
    return HttpResponseRedirect("/")
