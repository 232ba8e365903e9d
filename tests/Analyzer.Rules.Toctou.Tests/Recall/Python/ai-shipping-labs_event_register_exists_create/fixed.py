# https://github.com/AI-Shipping-Labs/website/issues/1518
# Fixed: the insert runs in an atomic block and an IntegrityError from a racing duplicate request is answered as "already registered".
from django.contrib.auth.models import User
from django.db import IntegrityError, models, transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST


class Meetup(models.Model):
    slug = models.SlugField(unique=True)
    capacity = models.IntegerField(null=True, blank=True)


class MeetupSignup(models.Model):
    meetup = models.ForeignKey(Meetup, related_name="signups", on_delete=models.CASCADE)
    member = models.ForeignKey(User, on_delete=models.CASCADE)

    class Meta:
        unique_together = ("meetup", "member")


@require_POST
def sign_up_for_meetup(request, slug):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "Authentication required"}, status=401)
    meetup = get_object_or_404(Meetup, slug=slug)
    if MeetupSignup.objects.filter(meetup=meetup, member=request.user).exists():
        return JsonResponse({"error": "Already registered"}, status=409)
    try:
        with transaction.atomic():
            MeetupSignup.objects.create(meetup=meetup, member=request.user)
    except IntegrityError:
        return JsonResponse({"error": "Already registered"}, status=409)
    return JsonResponse({"status": "registered"}, status=201)
