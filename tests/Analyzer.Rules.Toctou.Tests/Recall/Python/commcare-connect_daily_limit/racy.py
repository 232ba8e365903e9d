# https://github.com/dimagi/commcare-connect/pull/1314
# Deliver-form processing counted today's visits for (user, payment_unit), then saved the new
# visit. Two submissions for different entities ran at once under gevent workers (the Redis lock
# was keyed on entity_id), both read the same count below the daily limit and both were saved as
# pending, so an extra visit slipped past the limit. Fix: select_for_update on the claim-limit row.
from django.db import transaction
from django.utils import timezone

from commcare_connect.opportunity.models import (
    CompletedWork,
    OpportunityClaimLimit,
    UserVisit,
    VisitValidationStatus,
)
from commcare_connect.utils.redis import redis_lock


def process_deliver_unit(user, xform, opportunity, payment_unit, entity_id):
    with redis_lock(f"deliver_unit:{entity_id}"):
        with transaction.atomic():
            claim_limit = OpportunityClaimLimit.objects.get(
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
            visit.save()  # Noncompliant
            CompletedWork.objects.get_or_create(
                opportunity_access=claim_limit.opportunity_claim.opportunity_access,
                entity_id=entity_id,
                payment_unit=payment_unit,
            )
            return visit
