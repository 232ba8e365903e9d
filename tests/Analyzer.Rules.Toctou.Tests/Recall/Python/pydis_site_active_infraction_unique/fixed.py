# https://github.com/python-discord/site/pull/666
# Fixed version: no existence query before the insert. The insert runs in its own atomic
# block and the partial unique constraint in PostgreSQL is the single source of truth; an
# IntegrityError from a concurrent duplicate is turned into a 400 validation error.
from django.db import IntegrityError, models, transaction
from rest_framework import serializers, viewsets


class ActiveInfraction(models.Model):
    user_id = models.BigIntegerField()
    actor_id = models.BigIntegerField()
    type = models.CharField(max_length=16)
    reason = models.TextField(null=True)
    active = models.BooleanField(default=True)

    class Meta:
        app_label = "api_fixed"
        constraints = [
            models.UniqueConstraint(
                fields=["user_id", "type"],
                condition=models.Q(active=True),
                name="unique_active_infraction_per_type_per_user_fixed",
            )
        ]


class ActiveInfractionSerializer(serializers.ModelSerializer):
    class Meta:
        model = ActiveInfraction
        fields = ("id", "user_id", "actor_id", "type", "reason", "active")


class ActiveInfractionViewSet(viewsets.ModelViewSet):
    queryset = ActiveInfraction.objects.all()
    serializer_class = ActiveInfractionSerializer

    def perform_create(self, serializer):
        try:
            with transaction.atomic():
                serializer.save()
        except IntegrityError:
            raise serializers.ValidationError(
                {"active": ["This user already has an active infraction of this type."]}
            )
