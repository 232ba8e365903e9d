# https://github.com/django-oscar/django-oscar/pull/4290
# Fixed: when the create loses to a concurrent request (IntegrityError), the
# row now exists, so the UPDATE is simply retried and no increment is lost.
import logging

from django.db import IntegrityError
from django.db.models import F
from django.dispatch import receiver

from oscar.apps.catalogue.signals import product_viewed
from oscar.core.loading import get_model

ProductRecordModel = get_model("analytics", "ProductRecord")
UserRecordModel = get_model("analytics", "UserRecord")

log = logging.getLogger("oscar.analytics")


def _bump_counter(model, field_name, filter_kwargs, increment=1):
    record = model.objects.filter(**filter_kwargs)
    affected = record.update(**{field_name: F(field_name) + increment})
    if not affected:
        create_kwargs = dict(filter_kwargs)
        create_kwargs[field_name] = increment
        try:
            model.objects.create(**create_kwargs)
        except IntegrityError:
            log.warning("IntegrityError when updating analytics counter for %s", model)
            record.update(**{field_name: F(field_name) + increment})


@receiver(product_viewed)
def on_product_view(sender, product, user, **kwargs):
    if kwargs.get("raw", False):
        return
    _bump_counter(ProductRecordModel, "num_views", {"product": product})
    if user and user.is_authenticated:
        _bump_counter(UserRecordModel, "num_product_views", {"user": user})
