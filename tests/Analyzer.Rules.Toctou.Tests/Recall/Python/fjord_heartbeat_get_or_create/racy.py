# https://github.com/mozilla/fjord/pull/523 (bug 1139545)
# The Heartbeat POST view fetched the answer for (person_id, survey_id, flow_id) and created it on DoesNotExist; the
# client sent two POSTs 17 ms apart, both handlers got DoesNotExist and both created, and the unique constraint raised
# IntegrityError for the second. The fix creates first and, on IntegrityError, fetches the existing row and updates it.
from django.db import models
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class Answer(models.Model):
    person_id = models.CharField(max_length=50)
    survey_id = models.CharField(max_length=50)
    flow_id = models.CharField(max_length=50)
    score = models.FloatField(null=True)

    class Meta:
        unique_together = ("person_id", "survey_id", "flow_id")


@csrf_exempt
@require_POST
def heartbeat_post(request):
    data = request.POST.dict()
    try:
        ans = Answer.objects.get(
            person_id=data["person_id"], survey_id=data["survey_id"], flow_id=data["flow_id"]
        )
        ans.score = data.get("score")
        ans.save()
    except Answer.DoesNotExist:
        ans = Answer.objects.create(**data)  # Noncompliant [TOCTOU003]
    return JsonResponse({"id": ans.id})
