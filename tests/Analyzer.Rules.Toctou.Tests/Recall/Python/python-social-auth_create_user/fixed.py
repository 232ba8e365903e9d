# https://github.com/omab/python-social-auth/pull/975
# Fixed as merged: the create runs in an atomic block; on IntegrityError the user is
# assumed to have been created by another worker and is fetched, else the error is re-raised.
import sys

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction


class SafeDjangoUserMixin:
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
        try:
            with transaction.atomic():
                user = cls.user_model().objects.create_user(*args, **kwargs)
        except IntegrityError:
            exc_info = sys.exc_info()
            try:
                user = cls.user_model().objects.get(
                    **{username_field: kwargs.get(username_field)}
                )
            except cls.user_model().DoesNotExist:
                raise exc_info[1]
        return user


def safe_pipeline_create_user(storage, details, user=None, *args, **kwargs):
    if user is None:
        user = storage.get_user_by_username(details["username"])
    if user is not None:
        return {"is_new": False, "user": user}
    fields = {"username": details["username"], "email": details.get("email", "")}
    return {"is_new": True, "user": storage.create_user(**fields)}
