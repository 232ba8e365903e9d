# https://github.com/vEnhance/otis-web/pull/544
# The registration view looked up the ApplyUUID for the submitted passcode, refused it if it was
# already linked to a registration (au.reg is not None), and otherwise saved a new registration
# and claimed the UUID by setting au.reg. Nothing held the ApplyUUID row in between, so two
# accounts that were sent the same passcode could both find it unused and both be enrolled.
# The fix fetches the ApplyUUID with select_for_update() inside one transaction.atomic() that
# covers the whole redemption.
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponse, HttpResponseRedirect


class StudentRegistration(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    container_id = models.IntegerField()

    class Meta:
        app_label = "roster"


class ApplyUUID(models.Model):
    uuid = models.UUIDField(unique=True)
    percent_aid = models.IntegerField(default=0)
    reg = models.OneToOneField(StudentRegistration, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        app_label = "roster"


def build_students(registrations):
    for registration in registrations:
        print("enrolled", registration.user_id)


@login_required
def register(request) -> HttpResponse:
    passcode = request.POST["passcode"]
    try:
        au = ApplyUUID.objects.get(uuid=passcode)
    except ApplyUUID.DoesNotExist:
        raise PermissionDenied("Wrong passcode")
    if au.reg is not None:
        raise PermissionDenied("This UUID was already used.")

    registration = StudentRegistration(user=request.user, container_id=int(request.POST["container"]))
    registration.save()
    au.reg = registration
    au.save()  # Noncompliant
    build_students(StudentRegistration.objects.filter(pk=registration.pk))
    return HttpResponseRedirect("/")
