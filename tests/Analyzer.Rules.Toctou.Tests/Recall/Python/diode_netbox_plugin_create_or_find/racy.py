# https://github.com/netboxlabs/diode-netbox-plugin/pull/166
# Concurrent "apply change set" requests both run serializer.is_valid(), whose unique validators
# query the DB and find no duplicate; then both call serializer.save() and the loser hits the DB
# unique constraint (IntegrityError), which also aborts the surrounding PostgreSQL transaction.
# Fix: save inside a transaction.atomic() savepoint and treat IntegrityError like ValidationError,
# falling back to find_existing_object().
from django.db import IntegrityError, transaction
from rest_framework import status, views
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response


def find_existing_object(model_class, data):
    lookup = {k: v for k, v in data.items() if k in ("name", "slug", "site", "device")}
    return model_class.objects.filter(**lookup).first()


class ChangeSetApplier:
    def __init__(self, request):
        self.request = request

    def _create_or_find_instance(self, serializer_class, model_class, data):
        serializer = serializer_class(data=data, context={"request": self.request})
        try:
            serializer.is_valid(raise_exception=True)
            instance = serializer.save()  # Noncompliant
            return instance
        except ValidationError:
            existing = find_existing_object(model_class, data)
            if existing is None:
                raise
            return existing

    def apply(self, changes):
        applied = []
        with transaction.atomic():
            for change in changes:
                obj = self._create_or_find_instance(
                    change["serializer_class"], change["model_class"], change["data"]
                )
                applied.append(obj.pk)
        return applied


class ApplyChangeSetView(views.APIView):
    # served by several gunicorn workers/threads at the same time
    def post(self, request, *args, **kwargs):
        try:
            applied = ChangeSetApplier(request).apply(request.data["changes"])
        except (ValidationError, IntegrityError) as exc:
            return Response({"errors": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"applied": applied}, status=status.HTTP_200_OK)
