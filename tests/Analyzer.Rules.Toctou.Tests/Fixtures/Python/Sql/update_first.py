from django.db import IntegrityError

from prefs.models import Preference


# An update that matched no row decides a create: two requests for a new key both match none and both create it.
def set_preference(user_id, key, value):
    updated = Preference.objects.filter(user_id=user_id, key=key).update(value=value)  # Secondary [check]
    if not updated:
        Preference.objects.create(user_id=user_id, key=key, value=value)  # Noncompliant [TOCTOU003] {{the rows the UPDATE of Preference at line 8 matched decide the INSERT at line 10; without an upsert, another transaction can insert or change the row in between}}


# update_or_create looks and writes in one step (backed by a unique constraint on user and key).
def set_preference_once(user_id, key, value):
    Preference.objects.update_or_create(user_id=user_id, key=key, defaults={"value": value})


# A result no test reads decides nothing.
def touch_preferences(user_id):
    Preference.objects.filter(user_id=user_id).update(value="")
    Preference.objects.create(user_id=user_id, key="touched", value="1")


# The create is tried, and the row another request made in between is found by the unique constraint and updated.
def set_preference_retrying(user_id, key, value):
    updated = Preference.objects.filter(user_id=user_id, key=key).update(value=value)
    if not updated:
        try:
            Preference.objects.create(user_id=user_id, key=key, value=value)
        except IntegrityError:
            Preference.objects.filter(user_id=user_id, key=key).update(value=value)


# The same, with the queryset kept in a local: the handler's update through it writes the table again.
def set_preference_kept(user_id, key, value):
    rows = Preference.objects.filter(user_id=user_id, key=key)
    if not rows.update(value=value):
        try:
            Preference.objects.create(user_id=user_id, key=key, value=value)
        except IntegrityError:
            rows.update(value=value)


# A queryset kept in a local and only updated through runs no SELECT: the update's answer is the check.
def set_preference_kept_unguarded(user_id, key, value):
    rows = Preference.objects.filter(user_id=user_id, key=key)
    if not rows.update(value=value):  # Secondary [check]
        Preference.objects.create(user_id=user_id, key=key, value=value)  # Noncompliant [TOCTOU003] {{the rows the UPDATE of Preference at line 47 matched decide the INSERT at line 48; without an upsert, another transaction can insert or change the row in between}}


# The create is made before the try: the try's handler meets only the update's failure, not the create's.
def set_preference_then_update(user_id, key, value):
    if not Preference.objects.filter(user_id=user_id, key=key).exists():  # Secondary [check]
        Preference.objects.create(user_id=user_id, key=key, value=value)  # Noncompliant [TOCTOU003] {{the SELECT on Preference at line 53 decides the INSERT at line 54; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    try:
        Preference.objects.filter(user_id=user_id, key=key).update(value=value)
    except IntegrityError:
        Preference.objects.get(user_id=user_id, key=key)
