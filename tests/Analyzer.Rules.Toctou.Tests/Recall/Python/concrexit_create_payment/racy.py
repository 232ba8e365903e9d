# https://github.com/svthalia/concrexit/pull/3368
# (issue https://github.com/svthalia/concrexit/issues/3367) Several API requests to pay
# the same payable run in parallel: each sees payable.payment is None, each creates a
# Payment and links it, so one member is charged twice and earlier payments get
# unlinked. The fix wraps create_payment in transaction.atomic() and re-reads the
# payable row with select_for_update() so the check and the insert are serialized.
from django.db import models

from .exceptions import PaymentError
from .models import Payment
from .payables import payables


def create_payment(model_payable, processed_by, pay_type):
    payable = payables.get_payable(model_payable)
    payer = payable.payment_payer

    if payable.payment_amount == 0:
        raise PaymentError("Payment amount 0 is not accepted")
    if not payable.paying_allowed:
        raise PaymentError("Payment restricted")

    if payable.payment is not None:
        raise PaymentError("This object has already been paid for")

    payment = Payment.objects.create(  # Noncompliant
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


def payment_create_view(request, model: models.Model):
    # Django request handler; several workers serve the same user at once
    return create_payment(model, request.member, request.data["payment_type"])
