# https://github.com/OWASP/Nest/issues/3634 (fixed by https://github.com/OWASP/Nest/pull/3981)
# Fixed: the transaction first locks the owning user's row with select_for_update(), so concurrent
# creates for one user wait, and the count + insert run while that lock is held.
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.http import JsonResponse
from django.utils import timezone

KEY_LIMIT = 3


class AccessToken(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    digest = models.CharField(max_length=64, unique=True)
    is_revoked = models.BooleanField(default=False)
    label = models.CharField(max_length=100)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_tokens")

    class Meta:
        app_label = "api_fixed"

    @classmethod
    @transaction.atomic
    def issue(cls, owner, label, expires_at):
        locked_owner = get_user_model().objects.select_for_update().get(pk=owner.pk)
        live = locked_owner.access_tokens.filter(is_revoked=False, expires_at__gte=timezone.now())
        if live.count() >= KEY_LIMIT:
            return None
        secret = secrets.token_urlsafe(32)
        token = cls.objects.create(
            expires_at=expires_at,
            digest=hashlib.sha256(secret.encode()).hexdigest(),
            label=label,
            owner=locked_owner,
        )
        return token, secret


def issue_token_view(request):
    outcome = AccessToken.issue(request.user, request.POST["name"], request.POST["expires_at"])
    if outcome is None:
        return JsonResponse({"ok": False, "message": "Maximum active API keys reached"}, status=400)
    token, secret = outcome
    return JsonResponse({"ok": True, "key": secret, "name": token.label})
