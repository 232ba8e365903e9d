# https://github.com/mozilla/fjord/pull/523 (bug 1139545)
# Fixed version: try the INSERT first and let the unique constraint decide; on IntegrityError the row exists, so fetch
# it and update it.
from django.db import IntegrityError, models, transaction
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class HeartbeatAnswer(models.Model):
    person_id = models.CharField(max_length=50)
    survey_id = models.CharField(max_length=50)
    flow_id = models.CharField(max_length=50)
    score = models.FloatField(null=True)

    class Meta:
        unique_together = ("person_id", "survey_id", "flow_id")


@csrf_exempt
@require_POST
def heartbeat_post_create_first(request):
    data = request.POST.dict()
    try:
        with transaction.atomic():
            ans = HeartbeatAnswer.objects.create(**data)
    except IntegrityError:
        ans = HeartbeatAnswer.objects.get(
            person_id=data["person_id"], survey_id=data["survey_id"], flow_id=data["flow_id"]
        )
        ans.score = data.get("score")
        ans.save()
    return JsonResponse({"id": ans.id})
