# https://github.com/saleor/saleor/issues/543
# Completing a checkout read each Stock row's quantity and the sum of its Allocations, decided how
# much was still free, and then inserted Allocation rows. Two checkouts completing at the same time
# both saw the same free quantity and both allocated it, so more was allocated than in inventory.
# Fix: allocate_stocks runs in transaction.atomic and locks the Stock rows with select_for_update(of=("self",)).
from collections import defaultdict

from django.db import models
from django.db.models import Sum


class NotEnoughStock(Exception):
    pass


class WarehouseStock(models.Model):
    product_variant = models.ForeignKey("ProductVariant", on_delete=models.CASCADE)
    warehouse = models.ForeignKey("Warehouse", on_delete=models.CASCADE)
    quantity = models.PositiveIntegerField(default=0)


class StockAllocation(models.Model):
    order_line = models.ForeignKey("OrderLine", on_delete=models.CASCADE)
    stock = models.ForeignKey(WarehouseStock, on_delete=models.CASCADE)
    quantity_allocated = models.PositiveIntegerField(default=0)


def reserve_stock_for_lines(order_lines, country_code):
    variants = [line.variant for line in order_lines]
    stocks = WarehouseStock.objects.filter(
        warehouse__shipping_zones__countries__contains=country_code,
        product_variant__in=variants,
    ).order_by("pk")

    allocated_per_stock = defaultdict(int)
    for row in (
        StockAllocation.objects.filter(stock__in=stocks, quantity_allocated__gt=0)
        .values("stock")
        .annotate(Sum("quantity_allocated"))
    ):
        allocated_per_stock[row["stock"]] += row["quantity_allocated__sum"]

    variant_stocks = defaultdict(list)
    for stock in stocks:
        variant_stocks[stock.product_variant_id].append(stock)

    new_allocations = []
    for line in order_lines:
        needed = line.quantity
        for stock in variant_stocks[line.variant.pk]:
            free = stock.quantity - allocated_per_stock[stock.pk]
            take = min(needed, free)
            if take > 0:
                new_allocations.append(
                    StockAllocation(order_line=line, stock=stock, quantity_allocated=take)
                )
                needed -= take
            if needed == 0:
                break
        if needed:
            raise NotEnoughStock(line.variant)

    StockAllocation.objects.bulk_create(new_allocations)  # Noncompliant


def complete_checkout_request(checkout, order_lines):
    # Called from the checkoutComplete mutation; many requests run this in parallel.
    reserve_stock_for_lines(order_lines, checkout.country_code)
    return checkout
