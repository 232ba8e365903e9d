# https://github.com/django-oscar/django-oscar/pull/4290
# Oscar's analytics receivers bump a counter row with UPDATE ... F()+1 and, when
# no row was affected, CREATE the row. Two requests viewing the same product for
# the first time both see 0 affected rows and both create; the loser hits an
# IntegrityError that was only logged, so its increment was lost. Fix: catch
# the IntegrityError around the create and retry the UPDATE.
import logging

from django.db import IntegrityError
from django.db.models import F
from django.dispatch import receiver

from oscar.apps.catalogue.signals import product_viewed
from oscar.core.loading import get_model

ProductRecord = get_model("analytics", "ProductRecord")
UserRecord = get_model("analytics", "UserRecord")

logger = logging.getLogger("oscar.analytics")


def _update_counter(model, field_name, filter_kwargs, increment=1):
    try:
        record = model.objects.filter(**filter_kwargs)
        affected = record.update(**{field_name: F(field_name) + increment})
        if not affected:
            filter_kwargs[field_name] = increment
            model.objects.create(**filter_kwargs)  # Noncompliant
    except IntegrityError:
        logger.error("IntegrityError when updating analytics counter for %s", model)


@receiver(product_viewed)
def receive_product_view(sender, product, user, **kwargs):
    if kwargs.get("raw", False):
        return
    _update_counter(ProductRecord, "num_views", {"product": product})
    if user and user.is_authenticated:
        _update_counter(UserRecord, "num_product_views", {"user": user})
