# https://github.com/machinalis/mypy-django-example/issues/2
# Fixed version, as the issue proposes: the database adds one to the stored count in a single UPDATE, so concurrent
# votes each count.
from django.db import models
from django.db.models import F
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render


class Poll(models.Model):
    poll_text = models.CharField(max_length=200)


class Answer(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE)
    answer_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)


def cast_vote(request, poll_id):
    poll = get_object_or_404(Poll, pk=poll_id)
    counted = Answer.objects.filter(poll=poll, pk=request.POST.get("answer")).update(votes=F("votes") + 1)
    if not counted:
        return render(request, "polls/detail.html", {"poll": poll, "error_message": "You didn't select an answer."})
    return HttpResponseRedirect("/polls/%s/results/" % poll.id)
