# https://github.com/sbomify/sbomify/pull/1587
# Fixed: the limit check runs inside the create transaction after locking the workspace row
# with select_for_update(), so concurrent creates are serialised and each sees the other's row.
from django.db import models, transaction
from django.http import JsonResponse


class SubscriptionPlan(models.Model):
    key = models.CharField(max_length=64, unique=True)
    max_products = models.IntegerField(null=True)

    class Meta:
        app_label = "billing"


class Workspace(models.Model):
    billing_plan = models.CharField(max_length=64, null=True)

    class Meta:
        app_label = "teams"


class CatalogProduct(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE)
    name = models.CharField(max_length=255)

    class Meta:
        app_label = "core"
        unique_together = ("workspace", "name")


def _product_slot_available(workspace):
    plan = SubscriptionPlan.objects.get(key=workspace.billing_plan)
    if plan.max_products is None:
        return True
    count = CatalogProduct.objects.filter(workspace_id=workspace.id).count()
    return count < plan.max_products


def add_catalog_product(request, workspace_id):
    with transaction.atomic():
        workspace = Workspace.objects.select_for_update().get(id=workspace_id)
        if not _product_slot_available(workspace):
            return JsonResponse({"detail": "product limit reached"}, status=403)
        product = CatalogProduct.objects.create(
            name=request.POST["name"], workspace_id=workspace_id
        )
    return JsonResponse({"id": product.id}, status=201)
