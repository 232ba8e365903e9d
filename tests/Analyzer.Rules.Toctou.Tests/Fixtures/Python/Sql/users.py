from django.contrib.auth import get_user_model
from django.db import IntegrityError

User = get_user_model()


# UserManager's create_user() inserts the user: two sign-ups of one name can both find it free.
def register(username, password):
    if User.objects.filter(username=username).exists():  # Secondary [check]
        return None
    return User.objects.create_user(username=username, password=password)  # Noncompliant [TOCTOU003] {{the SELECT on User at line 9 decides the INSERT at line 11; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The unique constraint refuses the second insert, and the handler takes the user the first one made.
def register_once(username, password):
    if User.objects.filter(username=username).exists():
        return User.objects.get(username=username)
    try:
        return User.objects.create_superuser(username=username, password=password)
    except IntegrityError:
        return User.objects.get(username=username)


# The test's answer goes into the message the view shows, and the insert is decided by whether there is one.
def register_form(username, password):
    error = None
    if not username:
        error = "Username is required."
    elif User.objects.filter(username=username).exists():  # Secondary [check]
        error = f"User {username} is already registered."
    if error is None:
        User.objects.create_user(username=username, password=password)  # Noncompliant [TOCTOU003] {{the SELECT on User at line 29 decides the INSERT at line 32; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    return error
