# https://github.com/sbomify/sbomify/pull/1587
# The create-product API called _check_billing_limits(), which counted the workspace's
# products and compared the count with the plan's max_products, and then created the
# Product afterwards in a separate step. Two requests arriving together read the same count,
# both passed, and a workspace on max_products=1 ended up with two products. The fix moves
# the count into the create transaction and locks the workspace row with
# select_for_update(), so the second request waits and then counts the first one's row.
from django.db import models, transaction
from django.http import JsonResponse


class BillingPlan(models.Model):
    key = models.CharField(max_length=64, unique=True)
    max_products = models.IntegerField(null=True)

    class Meta:
        app_label = "billing"


class Team(models.Model):
    billing_plan = models.CharField(max_length=64, null=True)

    class Meta:
        app_label = "teams"


class Product(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    name = models.CharField(max_length=255)

    class Meta:
        app_label = "core"
        unique_together = ("team", "name")


def _check_billing_limits(team_id):
    team = Team.objects.get(id=team_id)
    plan = BillingPlan.objects.get(key=team.billing_plan)
    if plan.max_products is None:
        return True
    current_count = Product.objects.filter(team_id=team_id).count()
    return current_count < plan.max_products


def create_product(request, team_id):
    if not _check_billing_limits(team_id):
        return JsonResponse({"detail": "product limit reached"}, status=403)
    with transaction.atomic():
        product = Product.objects.create(name=request.POST["name"], team_id=team_id)  # Noncompliant
    return JsonResponse({"id": product.id}, status=201)
