# https://github.com/netboxlabs/diode-netbox-plugin/pull/166
# Fixed version: serializer.save() runs inside a transaction.atomic() savepoint; an IntegrityError
# from a concurrent insert only rolls back the savepoint and falls back to the existing row.
from django.db import IntegrityError, transaction
from rest_framework import status, views
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response


def lookup_existing_object(model_class, data):
    lookup = {k: v for k, v in data.items() if k in ("name", "slug", "site", "device")}
    return model_class.objects.filter(**lookup).first()


class SafeChangeSetApplier:
    def __init__(self, request):
        self.request = request

    def _create_or_reuse_instance(self, serializer_class, model_class, data):
        serializer = serializer_class(data=data, context={"request": self.request})
        try:
            with transaction.atomic():
                serializer.is_valid(raise_exception=True)
                return serializer.save()
        except (ValidationError, IntegrityError):
            existing = lookup_existing_object(model_class, data)
            if existing is None:
                raise
            return existing

    def apply(self, changes):
        applied = []
        with transaction.atomic():
            for change in changes:
                obj = self._create_or_reuse_instance(
                    change["serializer_class"], change["model_class"], change["data"]
                )
                applied.append(obj.pk)
        return applied


class SafeApplyChangeSetView(views.APIView):
    def post(self, request, *args, **kwargs):
        try:
            applied = SafeChangeSetApplier(request).apply(request.data["changes"])
        except (ValidationError, IntegrityError) as exc:
            return Response({"errors": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"applied": applied}, status=status.HTTP_200_OK)
