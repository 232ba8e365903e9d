# https://github.com/python-discord/site/pull/666
# The infraction serializer used a uniqueness validator that queries the database for an
# existing active infraction of the same type for the user, and the viewset then inserts
# the new row. Two API requests from different workers can both pass the query and both
# insert. Fix: drop the pre-insert query and let PostgreSQL's unique constraint decide (IntegrityError).
from django.db import models
from rest_framework import serializers, viewsets


class Infraction(models.Model):
    user_id = models.BigIntegerField()
    actor_id = models.BigIntegerField()
    type = models.CharField(max_length=16)
    reason = models.TextField(null=True)
    active = models.BooleanField(default=True)

    class Meta:
        app_label = "api"
        constraints = [
            models.UniqueConstraint(
                fields=["user_id", "type"],
                condition=models.Q(active=True),
                name="unique_active_infraction_per_type_per_user",
            )
        ]


class InfractionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Infraction
        fields = ("id", "user_id", "actor_id", "type", "reason", "active")

    def validate(self, attrs):
        if attrs.get("active", True):
            clash = Infraction.objects.filter(
                user_id=attrs["user_id"], type=attrs["type"], active=True
            ).exists()
            if clash:
                raise serializers.ValidationError(
                    {"active": ["This user already has an active infraction of this type."]}
                )
        return attrs


class InfractionViewSet(viewsets.ModelViewSet):
    queryset = Infraction.objects.all()
    serializer_class = InfractionSerializer

    def perform_create(self, serializer):
        serializer.save()  # Noncompliant
