# https://github.com/mozilla/django-browserid/pull/182
# BrowserIDBackend.authenticate() verifies the assertion, looks for users with the
# verified email and, when there are none, creates a new account. Flicks users
# accidentally fired two requests at the Verify view at once; both requests saw no user
# with that email and both went on to create one, so the second INSERT failed with an
# IntegrityError (the username is derived from the email). Fix: catch IntegrityError
# from the create and re-fetch the user the other request just created.
import base64
import hashlib

from django.conf import settings
from django.contrib.auth import authenticate, login
from django.contrib.auth.models import User
from django.http import HttpResponseRedirect


def verify_assertion(assertion, audience):
    return {"status": "okay", "email": assertion}


class BrowserIDBackend:
    def filter_users_by_email(self, email):
        return User.objects.filter(email=email)

    def create_user(self, username, email):
        return User.objects.create_user(username, email)

    def authenticate(self, request, assertion=None, audience=None):
        result = verify_assertion(assertion, audience)
        if result is None:
            return None
        email = result["email"]
        users = self.filter_users_by_email(email)
        if len(users) > 1:
            return None
        if len(users) == 1:
            return users[0]
        if not getattr(settings, "BROWSERID_CREATE_USER", True):
            return None
        username = base64.urlsafe_b64encode(hashlib.sha1(email.encode()).digest()).rstrip(b"=").decode()
        return self.create_user(username, email)  # Noncompliant


def browserid_verify(request):
    user = authenticate(request, assertion=request.POST["assertion"], audience=request.get_host())
    if user is None:
        return HttpResponseRedirect("/login-failed/")
    login(request, user)
    return HttpResponseRedirect("/")
