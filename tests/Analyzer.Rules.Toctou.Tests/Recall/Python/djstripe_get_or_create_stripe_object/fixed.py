# https://github.com/dj-stripe/dj-stripe/issues/429
# Fixed version: the insert is attempted inside transaction.atomic(); if another webhook
# request created the same Stripe object between our get() and our insert, the resulting
# IntegrityError is caught and the row the other request created is fetched instead.
import json

from django.db import IntegrityError, models, transaction
from django.http import HttpResponse
from django.views.generic import View


class SyncedStripeModel(models.Model):
    id = models.CharField(max_length=255, unique=True, primary_key=True)
    livemode = models.BooleanField(null=True)
    stripe_data = models.JSONField(default=dict)

    stripe_objects = models.Manager()

    class Meta:
        abstract = True

    @classmethod
    def _id_of(cls, data):
        return data.get("id") if isinstance(data, dict) else data

    @classmethod
    def _insert_from_stripe_object(cls, data, stripe_account=None):
        instance = cls(id=data["id"], livemode=data.get("livemode"), stripe_data=data)
        instance.save(force_insert=True)
        return instance

    @classmethod
    def _sync_get_or_create(cls, data, field_name="id", refetch=True, stripe_account=None):
        field = data.get(field_name)
        id_ = cls._id_of(field)
        try:
            return cls.stripe_objects.get(id=id_), False
        except cls.DoesNotExist:
            if refetch and field_name != "id":
                data = cls.fetch_from_api(id_, stripe_account=stripe_account)
        try:
            with transaction.atomic():
                return cls._insert_from_stripe_object(data, stripe_account=stripe_account), True
        except IntegrityError:
            return cls.stripe_objects.get(id=id_), False

    @classmethod
    def fetch_from_api(cls, id_, stripe_account=None):
        raise NotImplementedError


class SyncedCustomer(SyncedStripeModel):
    email = models.TextField(blank=True)


class SafeWebhookView(View):
    def post(self, request):
        event = json.loads(request.body)
        SyncedCustomer._sync_get_or_create(event["data"]["object"], "customer")
        return HttpResponse(status=200)
