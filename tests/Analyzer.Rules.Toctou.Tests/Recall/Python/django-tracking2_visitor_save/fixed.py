# https://github.com/bruth/django-tracking2/pull/52
# Fixed: a lost insert (IntegrityError on session_key) is tolerated and the
# winner's Visitor row is loaded and returned instead.
from django.db import IntegrityError, models, transaction


class TrackedVisitor(models.Model):
    session_key = models.CharField(max_length=40, primary_key=True)
    ip_address = models.CharField(max_length=39)
    user_agent = models.TextField(null=True)
    end_time = models.DateTimeField(null=True)


class SafeVisitorTrackingMiddleware(object):
    def __init__(self, get_response=None):
        self.get_response = get_response

    def _refresh_tracked_visitor(self, request, session_key):
        exists = TrackedVisitor.objects.filter(pk=session_key).exists()
        if exists:
            visitor = TrackedVisitor.objects.get(pk=session_key)
        else:
            visitor = TrackedVisitor(pk=session_key)
        visitor.ip_address = request.META.get("REMOTE_ADDR", "")
        visitor.user_agent = request.META.get("HTTP_USER_AGENT")
        try:
            with transaction.atomic():
                visitor.save()
        except IntegrityError:
            visitor = TrackedVisitor.objects.get(pk=session_key)
        return visitor

    def __call__(self, request):
        response = self.get_response(request)
        session_key = request.session.session_key
        if session_key:
            request.visitor = self._refresh_tracked_visitor(request, session_key)
        return response
