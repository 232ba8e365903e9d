# https://github.com/dj-stripe/dj-stripe/issues/429
# StripeModel._get_or_create_from_stripe_object looked the object up with
# stripe_objects.get() and, on DoesNotExist, inserted it. Stripe delivers several webhooks at
# once that sync the same object, so two requests both miss and the second insert fails with
# IntegrityError. Fix (PRs #877/#903): create inside atomic(), on IntegrityError re-get().
import json

from django.db import models
from django.http import HttpResponse
from django.views.generic import View


class StripeModel(models.Model):
    id = models.CharField(max_length=255, unique=True, primary_key=True)
    livemode = models.BooleanField(null=True)
    stripe_data = models.JSONField(default=dict)

    stripe_objects = models.Manager()

    class Meta:
        abstract = True

    @classmethod
    def _id_from_data(cls, data):
        return data.get("id") if isinstance(data, dict) else data

    @classmethod
    def _create_from_stripe_object(cls, data, stripe_account=None):
        instance = cls(id=data["id"], livemode=data.get("livemode"), stripe_data=data)
        instance.save(force_insert=True)
        return instance

    @classmethod
    def _get_or_create_from_stripe_object(cls, data, field_name="id", refetch=True,
                                          stripe_account=None):
        field = data.get(field_name)
        id_ = cls._id_from_data(field)
        try:
            return cls.stripe_objects.get(id=id_), False
        except cls.DoesNotExist:
            if refetch and field_name != "id":
                data = cls.api_retrieve(id_, stripe_account=stripe_account)
        return cls._create_from_stripe_object(data, stripe_account=stripe_account), True  # Noncompliant

    @classmethod
    def api_retrieve(cls, id_, stripe_account=None):
        raise NotImplementedError


class Customer(StripeModel):
    email = models.TextField(blank=True)


class ProcessWebhookView(View):
    # Stripe posts many events at once; each handler thread syncs the referenced customer.
    def post(self, request):
        event = json.loads(request.body)
        Customer._get_or_create_from_stripe_object(event["data"]["object"], "customer")
        return HttpResponse(status=200)
