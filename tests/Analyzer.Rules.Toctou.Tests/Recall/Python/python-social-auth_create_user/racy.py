# https://github.com/omab/python-social-auth/pull/975
# The auth pipeline looks the local user up and, when none is found, creates it. An API
# client firing many parallel first logins makes several workers miss the lookup and all
# call create_user; the losers fail on the unique username (500). Fix: wrap the create in
# transaction.atomic, catch IntegrityError and return the user another worker created.
from django.contrib.auth import get_user_model


class DjangoUserMixin:
    @classmethod
    def user_model(cls):
        return get_user_model()

    @classmethod
    def username_field(cls):
        return getattr(cls.user_model(), "USERNAME_FIELD", "username")

    @classmethod
    def get_user_by_username(cls, username):
        try:
            return cls.user_model().objects.get(**{cls.username_field(): username})
        except cls.user_model().DoesNotExist:
            return None

    @classmethod
    def create_user(cls, *args, **kwargs):
        username_field = cls.username_field()
        if "username" in kwargs and username_field not in kwargs:
            kwargs[username_field] = kwargs.pop("username")
        return cls.user_model().objects.create_user(*args, **kwargs)  # Noncompliant


def pipeline_create_user(storage, details, user=None, *args, **kwargs):
    if user is None:
        user = storage.get_user_by_username(details["username"])
    if user is not None:
        return {"is_new": False, "user": user}
    fields = {"username": details["username"], "email": details.get("email", "")}
    return {"is_new": True, "user": storage.create_user(**fields)}
