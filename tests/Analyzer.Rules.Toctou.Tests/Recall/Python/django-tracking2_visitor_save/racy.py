# https://github.com/bruth/django-tracking2/pull/52
# Two requests for the same session_key both find no Visitor row (the UPDATE
# path of save() matches nothing), then both INSERT; the loser crashes with
# IntegrityError on the unique session_key. Fix: catch IntegrityError and
# return the row the winning request created.
from django.db import models


class Visitor(models.Model):
    session_key = models.CharField(max_length=40, primary_key=True)
    ip_address = models.CharField(max_length=39)
    user_agent = models.TextField(null=True)
    end_time = models.DateTimeField(null=True)


class VisitorTrackingMiddleware(object):
    def __init__(self, get_response=None):
        self.get_response = get_response

    def _refresh_visitor(self, request, session_key):
        exists = Visitor.objects.filter(pk=session_key).exists()
        if exists:
            visitor = Visitor.objects.get(pk=session_key)
        else:
            visitor = Visitor(pk=session_key)
        visitor.ip_address = request.META.get("REMOTE_ADDR", "")
        visitor.user_agent = request.META.get("HTTP_USER_AGENT")
        visitor.save()  # Noncompliant
        return visitor

    def __call__(self, request):
        response = self.get_response(request)
        session_key = request.session.session_key
        if session_key:
            request.visitor = self._refresh_visitor(request, session_key)
        return response
