# https://github.com/OWASP/Nest/issues/3634 (fixed by https://github.com/OWASP/Nest/pull/3981)
# ApiKey.create() ran in transaction.atomic and counted the user's active keys through
# select_for_update(), then created a key if the count was below MAX_ACTIVE_KEYS. The row lock only
# covers keys that already exist (and a COUNT drops FOR UPDATE), so two concurrent create requests
# for one user both read the same count and both insert, exceeding the per-user key limit.
# Fix: lock the user's row with select_for_update() before counting, serialising creates per user.
import hashlib
import secrets

from django.conf import settings
from django.db import models, transaction
from django.http import JsonResponse
from django.utils import timezone

MAX_ACTIVE_KEYS = 3


class ApiKey(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    hash = models.CharField(max_length=64, unique=True)
    is_revoked = models.BooleanField(default=False)
    name = models.CharField(max_length=100)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_keys")

    class Meta:
        app_label = "api"

    @classmethod
    @transaction.atomic
    def create(cls, user, name, expires_at):
        active = user.api_keys.filter(is_revoked=False, expires_at__gte=timezone.now())
        if active.select_for_update().count() >= MAX_ACTIVE_KEYS:
            return None
        raw_key = secrets.token_urlsafe(32)
        instance = cls.objects.create(  # Noncompliant
            expires_at=expires_at,
            hash=hashlib.sha256(raw_key.encode()).hexdigest(),
            name=name,
            user=user,
        )
        return instance, raw_key


def create_api_key_view(request):
    # called by the API-key mutation; the app server handles requests concurrently
    result = ApiKey.create(request.user, request.POST["name"], request.POST["expires_at"])
    if result is None:
        return JsonResponse({"ok": False, "message": "Maximum active API keys reached"}, status=400)
    instance, raw_key = result
    return JsonResponse({"ok": True, "key": raw_key, "name": instance.name})
