# https://github.com/sbomify/sbomify/pull/1622
# Fixed shape: user_seat() holds transaction.atomic() and a select_for_update() lock on the
# workspace row while it counts and while the caller creates the membership, so concurrent
# invitation acceptances are serialised on the workspace row.
from contextlib import contextmanager

from django.contrib.auth.models import User
from django.db import models, transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


class Plan(models.Model):
    max_users = models.IntegerField(null=True)

    class Meta:
        app_label = "billing_fixed"


class Workspace(models.Model):
    name = models.CharField(max_length=255)
    billing_plan = models.ForeignKey(Plan, on_delete=models.PROTECT)

    class Meta:
        app_label = "teams_fixed"


class Membership(models.Model):
    team = models.ForeignKey(Workspace, on_delete=models.CASCADE)
    user = models.ForeignKey(User, on_delete=models.CASCADE)
    role = models.CharField(max_length=32)

    class Meta:
        app_label = "teams_fixed"


class PendingInvite(models.Model):
    team = models.ForeignKey(Workspace, on_delete=models.CASCADE)
    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True)

    class Meta:
        app_label = "teams_fixed"


def count_workspace_users(team_id):
    members = Membership.objects.filter(team_id=team_id).count()
    pending = PendingInvite.objects.filter(team_id=team_id).count()
    return members + pending


@contextmanager
def user_seat(team_id, is_joining_via_invite=False):
    with transaction.atomic():
        team = Workspace.objects.select_for_update().select_related("billing_plan").get(pk=team_id)
        plan = team.billing_plan
        if plan.max_users is None:
            yield team, True
            return
        total_users = count_workspace_users(team.id)
        if is_joining_via_invite:
            allowed = total_users <= plan.max_users
        else:
            allowed = total_users < plan.max_users
        yield team, allowed


def accept_invitation(request, invite_token):
    invitation = get_object_or_404(PendingInvite, token=invite_token)
    with user_seat(invitation.team_id, is_joining_via_invite=True) as (team, allowed):
        if not allowed:
            return JsonResponse({"error": "Workspace user limit reached"}, status=403)
        Membership.objects.create(team=team, user=request.user, role="member")
        invitation.delete()
    return JsonResponse({"joined": team.name})
