# https://github.com/dimagi/commcare-connect/pull/1314
# Fixed: the per-(user, payment_unit) OpportunityClaimLimit row is locked with select_for_update
# inside the transaction, so all submissions sharing a payment unit are serialized and the daily
# count always sees committed visits before the new one is saved.
from django.db import transaction
from django.utils import timezone

from commcare_connect.opportunity.models import (
    CompletedWork,
    OpportunityClaimLimit,
    UserVisit,
    VisitValidationStatus,
)
from commcare_connect.utils.redis import redis_lock


def process_deliver_unit_locked(user, xform, opportunity, payment_unit, entity_id):
    with redis_lock(f"deliver_unit:{entity_id}"):
        with transaction.atomic():
            claim_limit = OpportunityClaimLimit.objects.select_for_update().get(
                opportunity_claim__opportunity_access__user=user,
                payment_unit=payment_unit,
            )
            daily_count = UserVisit.objects.filter(
                user=user,
                opportunity=opportunity,
                deliver_unit__payment_unit=payment_unit,
                visit_date__date=timezone.now().date(),
            ).exclude(status=VisitValidationStatus.over_limit).count()

            status = VisitValidationStatus.pending
            if daily_count >= claim_limit.daily_max_visits:
                status = VisitValidationStatus.over_limit

            visit = UserVisit(
                user=user,
                opportunity=opportunity,
                entity_id=entity_id,
                xform_id=xform.id,
                visit_date=timezone.now(),
                status=status,
            )
            visit.save()
            CompletedWork.objects.get_or_create(
                opportunity_access=claim_limit.opportunity_claim.opportunity_access,
                entity_id=entity_id,
                payment_unit=payment_unit,
            )
            return visit
