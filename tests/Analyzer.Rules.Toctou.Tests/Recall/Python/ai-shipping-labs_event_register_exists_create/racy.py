# https://github.com/AI-Shipping-Labs/website/issues/1518
# The Django register_for_event view checks whether an EventRegistration for (event, user) already
# exists (returning 409) and then creates one. Two overlapping POSTs from the same user, served by
# concurrent workers, can both pass the exists() check; the second insert violates the
# unique_together (event, user) constraint and the request returns a 500 IntegrityError.
# Fix: handle IntegrityError around the insert (treat it as "already registered").
from django.contrib.auth.models import User
from django.db import models
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST


class Event(models.Model):
    slug = models.SlugField(unique=True)
    max_participants = models.IntegerField(null=True, blank=True)


class EventRegistration(models.Model):
    event = models.ForeignKey(Event, related_name="registrations", on_delete=models.CASCADE)
    user = models.ForeignKey(User, on_delete=models.CASCADE)

    class Meta:
        unique_together = ("event", "user")


@require_POST
def register_for_event(request, slug):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "Authentication required"}, status=401)
    event = get_object_or_404(Event, slug=slug)
    if EventRegistration.objects.filter(event=event, user=request.user).exists():
        return JsonResponse({"error": "Already registered"}, status=409)
    EventRegistration.objects.create(event=event, user=request.user)  # Noncompliant
    return JsonResponse({"status": "registered"}, status=201)
