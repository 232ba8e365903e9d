from django.db import DatabaseError, IntegrityError, models, transaction
from django.http import JsonResponse


class Seat(models.Model):
    show = models.IntegerField()
    holder = models.IntegerField()

    class Meta:
        unique_together = ("show", "holder")


# A request that loses the race for the row gets from the unique constraint the answer the test gives a second request.
def book(request, show):
    if Seat.objects.filter(show=show, holder=request.user.id).exists():
        return JsonResponse({"error": "already booked"}, status=409)
    try:
        with transaction.atomic():
            Seat.objects.create(show=show, holder=request.user.id)
    except IntegrityError:
        return JsonResponse({"error": "already booked"}, status=409)
    return JsonResponse({"status": "booked"}, status=201)


# Answered otherwise, the lost race tells the caller something the test would not have.
def book_or_fail(request, show):
    if Seat.objects.filter(show=show, holder=request.user.id).exists():  # Secondary [check]
        return JsonResponse({"error": "already booked"}, status=409)
    try:
        with transaction.atomic():
            Seat.objects.create(show=show, holder=request.user.id)  # Noncompliant [TOCTOU003] {{the SELECT on Seat at line 27 decides the INSERT at line 31 inside `transaction.atomic()` (line 30), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    except IntegrityError:
        return JsonResponse({"error": "try again"}, status=500)
    return JsonResponse({"status": "booked"}, status=201)


# Any database error answered as a duplicate hides more than the collision.
def book_any_error(request, show):
    if Seat.objects.filter(show=show, holder=request.user.id).exists():  # Secondary [check]
        return JsonResponse({"error": "already booked"}, status=409)
    try:
        with transaction.atomic():
            Seat.objects.create(show=show, holder=request.user.id)  # Noncompliant [TOCTOU003] {{the SELECT on Seat at line 39 decides the INSERT at line 43 inside `transaction.atomic()` (line 42), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    except DatabaseError:
        return JsonResponse({"error": "already booked"}, status=409)
    return JsonResponse({"status": "booked"}, status=201)
