# https://github.com/machinalis/mypy-django-example/issues/2
# The polls app's vote view loaded the chosen answer, added one to its vote count in Python and saved the row back: two
# votes posted at once both loaded the same count and both saved count + 1, so one vote was lost. The issue proposes
# letting the database add one (an update with an F expression).
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render


class Question(models.Model):
    question_text = models.CharField(max_length=200)


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    choice_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)


def vote(request, question_id):
    question = get_object_or_404(Question, pk=question_id)
    try:
        selected_choice = question.choice_set.get(pk=request.POST["choice"])
    except (KeyError, Choice.DoesNotExist):
        return render(request, "polls/detail.html", {"question": question, "error_message": "You didn't select a choice."})
    selected_choice.votes += 1
    selected_choice.save()  # Noncompliant [TOCTOU003]
    return HttpResponseRedirect("/polls/%s/results/" % question.id)
