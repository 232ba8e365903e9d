# https://github.com/HumanSignal/label-studio/pull/6785
# Fixed version: inside the import transaction the Project row is locked with
# select_for_update() before the highest inner_id is read, so concurrent imports into the
# same project are serialized and number their tasks without overlap.
import logging

from django.conf import settings
from django.db import models, transaction
from rest_framework import generics, serializers
from rest_framework.response import Response

import_logger = logging.getLogger(__name__)


class LockedProject(models.Model):
    maximum_annotations = models.IntegerField(default=1)


class LockedTask(models.Model):
    project = models.ForeignKey(LockedProject, related_name='tasks', on_delete=models.CASCADE)
    data = models.JSONField()
    overlap = models.IntegerField(default=1)
    inner_id = models.BigIntegerField(null=True, db_index=True)


class LockingTaskSerializerBulk(serializers.ListSerializer):
    @property
    def project(self):
        return self.context.get('project')

    def create(self, validated_data):
        with transaction.atomic():
            return self.add_tasks_locked(validated_data)

    def add_tasks_locked(self, validated_tasks):
        db_tasks = []
        max_overlap = self.project.maximum_annotations

        # Acquire a lock on the project to ensure atomicity when calculating inner_id
        project = LockedProject.objects.select_for_update().get(id=self.project.id)

        last_task = LockedTask.objects.filter(project=project).order_by('-inner_id').first()
        prev_inner_id = last_task.inner_id if last_task else 0
        max_inner_id = (prev_inner_id + 1) if prev_inner_id else 1

        for i, task in enumerate(validated_tasks):
            db_tasks.append(
                LockedTask(
                    project=self.project,
                    data=task['data'],
                    overlap=max_overlap,
                    inner_id=max_inner_id + i,
                )
            )
        self.db_tasks = LockedTask.objects.bulk_create(db_tasks, batch_size=settings.BATCH_SIZE)
        import_logger.info('Tasks serialization success, len = %d', len(self.db_tasks))
        return self.db_tasks


class LockedImportAPI(generics.CreateAPIView):
    def create(self, request, *args, **kwargs):
        project = generics.get_object_or_404(LockedProject, pk=self.kwargs['pk'])
        serializer = LockingTaskSerializerBulk(
            child=serializers.DictField(), data=request.data, context={'project': project}
        )
        serializer.is_valid(raise_exception=True)
        tasks = serializer.save()
        return Response({'task_count': len(tasks)}, status=201)
