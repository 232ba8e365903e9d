# https://github.com/svthalia/concrexit/pull/3368
from django.db import models, transaction

from .exceptions import PaymentError
from .models import Payment
from .payables import payables


def create_payment_locked(model_payable, processed_by, pay_type):
    with transaction.atomic():
        locked_model = type(model_payable).objects.select_for_update().get(
            pk=model_payable.pk
        )
        payable = payables.get_payable(locked_model)
        payer = payable.payment_payer

        if payable.payment_amount == 0:
            raise PaymentError("Payment amount 0 is not accepted")
        if not payable.paying_allowed:
            raise PaymentError("Payment restricted")

        if payable.payment is not None:
            raise PaymentError("This object has already been paid for")

        payment = Payment.objects.create(
            processed_by=processed_by,
            amount=payable.payment_amount,
            notes=payable.payment_notes,
            topic=payable.payment_topic,
            paid_by=payer,
            type=pay_type,
        )
        payable.payment = payment
        payable.model.save()
        return payment


def payment_create_view_locked(request, model: models.Model):
    return create_payment_locked(model, request.member, request.data["payment_type"])
