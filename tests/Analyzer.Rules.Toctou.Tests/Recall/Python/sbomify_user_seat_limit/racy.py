# https://github.com/sbomify/sbomify/pull/1622
# can_add_user_to_team() counted members+invites with no lock and callers created the Member
# afterwards (issue #1586): two invitations accepted at once both pass and exceed max_users.
# Fix: user_seat() runs transaction.atomic() + Team select_for_update(), counts, and yields the
# verdict so the caller's create happens while the row lock is held.
from django.contrib.auth.models import User
from django.db import models
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


class BillingPlan(models.Model):
    max_users = models.IntegerField(null=True)

    class Meta:
        app_label = "billing"


class Team(models.Model):
    name = models.CharField(max_length=255)
    billing_plan = models.ForeignKey(BillingPlan, on_delete=models.PROTECT)

    class Meta:
        app_label = "teams"


class Member(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    user = models.ForeignKey(User, on_delete=models.CASCADE)
    role = models.CharField(max_length=32)

    class Meta:
        app_label = "teams"


class Invitation(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True)

    class Meta:
        app_label = "teams"


def get_team_user_counts(team_id):
    current_members = Member.objects.filter(team_id=team_id).count()
    pending_invites = Invitation.objects.filter(team_id=team_id).count()
    return current_members, pending_invites, current_members + pending_invites


def can_add_user_to_team(team, is_joining_via_invite=False):
    plan = team.billing_plan
    if plan.max_users is None:
        return True
    _, _, total_users = get_team_user_counts(team.id)
    if is_joining_via_invite:
        limit_reached = total_users > plan.max_users
    else:
        limit_reached = total_users >= plan.max_users
    return not limit_reached


def accept_invite(request, invite_token):
    invitation = get_object_or_404(Invitation, token=invite_token)
    team = invitation.team
    if not can_add_user_to_team(team, is_joining_via_invite=True):
        return JsonResponse({"error": "Workspace user limit reached"}, status=403)
    Member.objects.create(team=team, user=request.user, role="member")  # Noncompliant
    invitation.delete()  # Noncompliant
    return JsonResponse({"joined": team.name})
