# https://github.com/M1ha-Shvn/django-pg-bulk-update/issues/14
# bulk_update_or_create() first SELECTed the rows matching the key fields, updated those, and
# bulk-inserted the keys it had not found; a concurrent caller could insert the same key in
# between, so the INSERT failed with IntegrityError (duplicate key). Fix (2.0.0): a single
# INSERT ... ON CONFLICT (key) DO UPDATE statement on PostgreSQL 9.5+.
from django.db import models, transaction


class Counter(models.Model):
    name = models.CharField(max_length=64, unique=True)
    value = models.IntegerField(default=0)

    class Meta:
        app_label = "stats"


def bulk_update_or_create(model, values, key_field="name"):
    keys = [v[key_field] for v in values]
    with transaction.atomic():
        existing = {
            obj.name: obj
            for obj in model.objects.filter(**{key_field + "__in": keys})
        }
        to_create = []
        for item in values:
            obj = existing.get(item[key_field])
            if obj is not None:
                obj.value = item["value"]
                obj.save(update_fields=["value"])
            else:
                to_create.append(model(**item))
        if to_create:
            model.objects.bulk_create(to_create)  # Noncompliant
    return len(values)


def record_hits(batch):
    return bulk_update_or_create(Counter, batch)
