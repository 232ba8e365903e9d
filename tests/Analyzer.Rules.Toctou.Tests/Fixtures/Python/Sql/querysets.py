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


# A queryset a builtin takes the rows of, or a comprehension runs over, is read there.
def issue_coupons(codes):
    taken = set(Coupon.objects.filter(code__in=codes).values_list("code", flat=True))  # Secondary [check]
    for code in codes:
        if code not in taken:
            Coupon.objects.create(code=code)  # Noncompliant [TOCTOU003] {{the SELECT on Coupon at line 20 decides the INSERT at line 23; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The codes a loop found missing, inserted in one batch: the SELECT chose the rows the batch holds.
def issue_coupon_batch(codes):
    by_code = {coupon.code: coupon for coupon in Coupon.objects.filter(code__in=codes)}  # Secondary [check]
    missing = []
    for code in codes:
        if by_code.get(code) is None:
            missing.append(Coupon(code=code))
    Coupon.objects.bulk_create(missing)  # Noncompliant [TOCTOU003] {{the SELECT on Coupon at line 28 decides the BULK_CREATE at line 33; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The batch skips the codes another transaction inserted meanwhile.
def issue_coupon_batch_once(codes):
    by_code = {coupon.code: coupon for coupon in Coupon.objects.filter(code__in=codes)}
    missing = [Coupon(code=code) for code in codes if code not in by_code]
    Coupon.objects.bulk_create(missing, ignore_conflicts=True)
