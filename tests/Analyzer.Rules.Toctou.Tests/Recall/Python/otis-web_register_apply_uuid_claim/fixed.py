# https://github.com/vEnhance/otis-web/pull/544
# Fixed: the ApplyUUID is fetched with select_for_update() and the check, the registration and
# the claim run in one transaction.atomic(), so a second redemption waits and then sees au.reg set.
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import HttpResponse, HttpResponseRedirect


class DecisionRegistration(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    container_id = models.IntegerField()

    class Meta:
        app_label = "roster_fixed"


class AidPasscode(models.Model):
    uuid = models.UUIDField(unique=True)
    percent_aid = models.IntegerField(default=0)
    reg = models.OneToOneField(DecisionRegistration, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        app_label = "roster_fixed"


def enroll_registrations(registrations):
    for registration in registrations:
        print("enrolled", registration.user_id)


@login_required
def register_locked(request) -> HttpResponse:
    passcode = request.POST["passcode"]
    with transaction.atomic():
        try:
            au = AidPasscode.objects.select_for_update().get(uuid=passcode)
        except AidPasscode.DoesNotExist:
            raise PermissionDenied("Wrong passcode")
        if au.reg is not None:
            raise PermissionDenied("This UUID was already used.")
        registration = DecisionRegistration(user=request.user, container_id=int(request.POST["container"]))
        registration.save()
        au.reg = registration
        au.save()
        enroll_registrations(DecisionRegistration.objects.filter(pk=registration.pk))
    return HttpResponseRedirect("/")
