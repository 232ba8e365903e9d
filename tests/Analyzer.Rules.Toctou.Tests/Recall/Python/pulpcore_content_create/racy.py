# https://github.com/pulp/pulpcore/pull/3755
# Two pulp workers uploading the same content both run retrieve() (SELECT), both find
# nothing, and both INSERT; the loser dies with a unique-constraint IntegrityError.
# Fix (PR #3755, issue #3754): catch IntegrityError from the create and retrieve again.
from django.db import transaction
from rest_framework import serializers

from pulpcore.app import models


class UploadContentSerializer(serializers.ModelSerializer):
    """Serializer used by the upload task; many tasking workers run it concurrently."""

    def retrieve(self, validated_data):
        return self.Meta.model.objects.filter(
            relative_path=validated_data["relative_path"],
            digest=validated_data["digest"],
        ).first()

    def create(self, validated_data):
        content = self.retrieve(validated_data)
        if content is not None:
            content.touch()
            return content

        artifact = validated_data.pop("artifact")
        relative_path = validated_data["relative_path"]
        with transaction.atomic():
            content = self.Meta.model.objects.create(**validated_data)  # Noncompliant
            models.ContentArtifact.objects.create(
                artifact=artifact, content=content, relative_path=relative_path
            )
        return content

    class Meta:
        model = models.Content
        fields = ("relative_path", "digest", "artifact")


def upload_task(data):
    serializer = UploadContentSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.save()
