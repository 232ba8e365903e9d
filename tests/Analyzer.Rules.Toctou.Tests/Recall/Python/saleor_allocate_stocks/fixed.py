# https://github.com/saleor/saleor/issues/543
# Fixed version (saleor/warehouse/management.py allocate_stocks): one transaction, and the Stock
# rows are locked with select_for_update(of=("self",)) before allocations are summed and created,
# so a concurrent checkout waits and then sees the new allocations.
from collections import defaultdict

from django.db import models, transaction
from django.db.models import Sum


class InsufficientStock(Exception):
    pass


class Stock(models.Model):
    product_variant = models.ForeignKey("ProductVariant", on_delete=models.CASCADE)
    warehouse = models.ForeignKey("Warehouse", on_delete=models.CASCADE)
    quantity = models.PositiveIntegerField(default=0)


class Allocation(models.Model):
    order_line = models.ForeignKey("OrderLine", on_delete=models.CASCADE)
    stock = models.ForeignKey(Stock, on_delete=models.CASCADE)
    quantity_allocated = models.PositiveIntegerField(default=0)


@transaction.atomic
def allocate_stocks(order_lines, country_code):
    variants = [line.variant for line in order_lines]
    stocks = (
        Stock.objects.select_for_update(of=("self",))
        .filter(
            warehouse__shipping_zones__countries__contains=country_code,
            product_variant__in=variants,
        )
        .order_by("pk")
    )

    allocated_per_stock = defaultdict(int)
    for row in (
        Allocation.objects.filter(stock__in=stocks, quantity_allocated__gt=0)
        .values("stock")
        .annotate(Sum("quantity_allocated"))
    ):
        allocated_per_stock[row["stock"]] += row["quantity_allocated__sum"]

    variant_stocks = defaultdict(list)
    for stock in stocks:
        variant_stocks[stock.product_variant_id].append(stock)

    allocations = []
    for line in order_lines:
        needed = line.quantity
        for stock in variant_stocks[line.variant.pk]:
            free = stock.quantity - allocated_per_stock[stock.pk]
            take = min(needed, free)
            if take > 0:
                allocations.append(
                    Allocation(order_line=line, stock=stock, quantity_allocated=take)
                )
                needed -= take
            if needed == 0:
                break
        if needed:
            raise InsufficientStock(line.variant)

    Allocation.objects.bulk_create(allocations)


def complete_checkout(checkout, order_lines):
    allocate_stocks(order_lines, checkout.country_code)
    return checkout
