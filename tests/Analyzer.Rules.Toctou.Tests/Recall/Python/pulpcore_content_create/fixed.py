# https://github.com/pulp/pulpcore/pull/3755
# Fixed: the create is wrapped in a savepoint; on IntegrityError (another worker won the
# insert) the existing unit is retrieved again instead of failing the task.
from django.db import IntegrityError, transaction
from rest_framework import serializers

from pulpcore.app import models


class SafeUploadContentSerializer(serializers.ModelSerializer):
    def lookup(self, validated_data):
        return self.Meta.model.objects.filter(
            relative_path=validated_data["relative_path"],
            digest=validated_data["digest"],
        ).first()

    def create(self, validated_data):
        content = self.lookup(validated_data)
        if content is not None:
            content.touch()
            return content

        artifact = validated_data.pop("artifact")
        relative_path = validated_data["relative_path"]
        try:
            with transaction.atomic():
                content = self.Meta.model.objects.create(**validated_data)
                models.ContentArtifact.objects.create(
                    artifact=artifact, content=content, relative_path=relative_path
                )
        except IntegrityError:
            content = self.lookup(validated_data)
            if content is None:
                raise
        return content

    class Meta:
        model = models.Content
        fields = ("relative_path", "digest", "artifact")


def safe_upload_task(data):
    serializer = SafeUploadContentSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.save()
