from shop.models import Coupon


# A queryset kept in a local runs where the code first looks at its rows: the test of them decides the insert.
def issue_coupon(code):
    found = Coupon.objects.filter(code=code)  # Secondary [check]
    if not found:
        return Coupon.objects.create(code=code)  # Noncompliant [TOCTOU003] {{the SELECT on Coupon at line 6 decides the INSERT at line 8; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    return found[0]


# One statement that finds the row or makes it.
def issue_coupon_once(code):
    coupon, _ = Coupon.objects.get_or_create(code=code)
    return coupon
