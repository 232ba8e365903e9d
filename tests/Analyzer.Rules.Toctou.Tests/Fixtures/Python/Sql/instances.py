from django.db import models, transaction
from django.shortcuts import get_object_or_404

from shop.models import Cart, Product, Question


# A loaded instance writes its row back with save(): the stock it was read with decides the write, and two buyers can
# both see the last item.
def buy(pk):
    product = Product.objects.get(pk=pk)  # Secondary [check]
    if product.stock > 0:
        product.stock -= 1
        product.save()  # Noncompliant [TOCTOU003] {{the SELECT on Product at line 10 decides the UPDATE at line 13; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        return True
    return False


def buy_in_view(request, pk):
    product = get_object_or_404(Product, pk=pk)  # Secondary [check]
    if product.stock <= 0:
        return None
    product.stock -= 1
    product.save(update_fields=["stock"])  # Noncompliant [TOCTOU003] {{the SELECT on Product at line 19 decides the UPDATE at line 23; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    return product


def close_if_empty(pk):
    cart = Cart.objects.filter(pk=pk).first()  # Secondary [check]
    if cart is not None and cart.items == 0:
        cart.delete()  # Noncompliant [TOCTOU003] {{the SELECT on Cart at line 28 decides the DELETE at line 30; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The row locked as it is read stays as read until the transaction ends.
def buy_locked(pk):
    with transaction.atomic():
        product = Product.objects.select_for_update().get(pk=pk)
        if product.stock > 0:
            product.stock -= 1
            product.save()


def buy_locked_in_view(request, pk):
    with transaction.atomic():
        product = get_object_or_404(Product.objects.select_for_update(), pk=pk)
        if product.stock > 0:
            product.stock -= 1
            product.save()


# A write the read does not decide is a lost update at worst, no check-then-act.
def touch(pk):
    product = Product.objects.get(pk=pk)
    product.save()


# The Cart query inside the filter's argument is another query: the DELETE is on Product's table, which nothing read.
def drop_abandoned(product_ids):
    if Cart.objects.filter(items=0).exists():
        products = Product.objects.filter(pk__in=product_ids)
        products.filter(pk__in=Cart.objects.values("product_id")).delete()


# A field computed from its own old value and written back is a lost update: two requests read 7, both write 8.
def count_view(pk):
    product = Product.objects.get(pk=pk)  # Secondary [check]
    product.views = product.views + 1
    product.save()  # Noncompliant [TOCTOU003] {{the UPDATE at line 67 writes back the row the SELECT on Product at line 65 loaded, with product.views computed from its old value at line 66; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}


def count_sale(pk):
    product = Product.objects.get(pk=pk)  # Secondary [check]
    product.sold += 1
    product.save(update_fields=["sold"])  # Noncompliant [TOCTOU003] {{the UPDATE at line 73 writes back the row the SELECT on Product at line 71 loaded, with product.sold computed from its old value at line 72; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}


# The database computes it (an F expression), or the new value does not come from the old one: nothing is lost.
from django.db.models import F  # noqa: E402


def count_view_in_database(pk):
    product = Product.objects.get(pk=pk)
    product.views = F("views") + 1
    product.save()


def rename(pk, name):
    product = Product.objects.get(pk=pk)
    product.name = name
    product.save()


# A model's own method works on the row it was loaded with before the call: a count computed from that and saved
# loses what another transaction added meanwhile. Setting a value that does not come from the old one loses nothing.
class Voucher(models.Model):
    num_orders = models.IntegerField(default=0)
    note = models.TextField()

    def record_usage(self):
        self.num_orders += 1  # Secondary [check]
        self.save()  # Noncompliant [TOCTOU003] {{the UPDATE at line 100 writes back the row self holds, with self.num_orders computed at line 99 from the value loaded before record_usage was called; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}

    def annotate(self, note):
        self.note = note
        self.save()


# A related manager (question.choice_set) queries its model's table as Model.objects does.
def vote(question_id, choice_id):
    question = get_object_or_404(Question, pk=question_id)
    choice = question.choice_set.get(pk=choice_id)  # Secondary [check]
    choice.votes += 1
    choice.save()  # Noncompliant [TOCTOU003] {{the UPDATE at line 112 writes back the row the SELECT on choice at line 110 loaded, with choice.votes computed from its old value at line 111; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}


def add_choice(question, text):
    if not question.choice_set.filter(text=text).exists():  # Secondary [check]
        question.choice_set.create(text=text)  # Noncompliant [TOCTOU003] {{the SELECT on choice at line 116 decides the INSERT at line 117; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# Each row a loop over a queryset hands it, raised from its old value and saved: a lost update per row. Setting a value
# that does not come from the row's old one (a data migration) loses nothing the query read.
def restock_all(amount):
    for product in Product.objects.filter(stock__lt=10):  # Secondary [check]
        product.stock += amount
        product.save()  # Noncompliant [TOCTOU003] {{the UPDATE at line 125 writes back the row the SELECT on Product at line 123 loaded, with product.stock computed from its old value at line 124; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}


def rename_all(label):
    for product in Product.objects.all():
        product.name = label
        product.save()


# A new instance of a model of the package inserts its row with save(): after a lookup that missed, two callers can
# both insert. So with cls in the model's class method, and with a class method that makes the instance for it.
class Badge(models.Model):
    name = models.CharField(max_length=50, unique=True)

    @classmethod
    def _build(cls, name):
        return cls(name=name)

    @classmethod
    def named(cls, name):
        try:
            badge = cls.objects.get(name=name)  # Secondary [check]
        except cls.DoesNotExist:
            badge = cls._build(name)
            badge.save()  # Noncompliant [TOCTOU003] {{the SELECT on Badge at line 146 decides the INSERT at line 149; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        return badge


def badge_for(name):
    try:
        badge = Badge.objects.get(name=name)  # Secondary [check]
    except Badge.DoesNotExist:
        badge = Badge(name=name)
        badge.save()  # Noncompliant [TOCTOU003] {{the SELECT on Badge at line 155 decides the INSERT at line 158; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    return badge


# An instance the function was handed may have been loaded elsewhere: its save() is not taken for an insert.
def keep_badge(badge):
    if not Badge.objects.filter(name=badge.name).exists():
        badge.save()
