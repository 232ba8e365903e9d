from django.db import transaction
from django.utils import timezone

from deliveries.locks import redis_lock
from deliveries.models import Delivery, DeliveryLimit

DAILY_MAX = 10


# The lock is one per form, but the count is of the courier's deliveries today: two forms of one courier take two
# locks and both count the same number.
def record_delivery(courier, form_id):
    with redis_lock(f"delivery:{form_id}"):
        with transaction.atomic():
            today = Delivery.objects.filter(courier=courier, day=timezone.now().date()).count()  # Secondary [check]
            status = "accepted"
            if today >= DAILY_MAX:  # Secondary [guard]
                status = "over_limit"
            delivery = Delivery(courier=courier, form_id=form_id, status=status)
            delivery.save()  # Noncompliant [TOCTOU003] {{the SELECT on Delivery at line 15 decides the INSERT at line 20 inside `transaction.atomic()` (line 14), which locks no rows, and the lock redis_lock() taken at line 13 is one per key, which the SELECT does not name; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
            return delivery


# The lock's key is what the count is of: every caller counting this courier's deliveries holds the same lock.
def record_courier_delivery(courier, form_id):
    with redis_lock(f"courier:{courier.pk}"):
        with transaction.atomic():
            today = Delivery.objects.filter(courier=courier, day=timezone.now().date()).count()
            status = "accepted"
            if today >= DAILY_MAX:
                status = "over_limit"
            delivery = Delivery(courier=courier, form_id=form_id, status=status)
            delivery.save()
            return delivery


# The courier's limit row is locked first, so the counts of one courier's deliveries wait for each other.
def record_limited_delivery(courier, form_id):
    with redis_lock(f"delivery:{form_id}"):
        with transaction.atomic():
            DeliveryLimit.objects.select_for_update().get(courier=courier)
            today = Delivery.objects.filter(courier=courier, day=timezone.now().date()).count()
            status = "accepted"
            if today >= DAILY_MAX:
                status = "over_limit"
            delivery = Delivery(courier=courier, form_id=form_id, status=status)
            delivery.save()
            return delivery
