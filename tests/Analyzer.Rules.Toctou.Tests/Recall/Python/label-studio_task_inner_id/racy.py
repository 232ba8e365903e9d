# https://github.com/HumanSignal/label-studio/pull/6785
# The bulk task import reads the project's highest Task.inner_id and numbers the new tasks
# from it. Two import requests for one project arriving almost together (OPTIC-1420) both
# read the same maximum inside their own transactions and bulk-create tasks with duplicate
# inner_ids. Fix: lock the Project row with select_for_update() before reading the maximum.
import logging

from django.conf import settings
from django.db import models, transaction
from rest_framework import generics, serializers
from rest_framework.response import Response

logger = logging.getLogger(__name__)


class Project(models.Model):
    maximum_annotations = models.IntegerField(default=1)


class Task(models.Model):
    project = models.ForeignKey(Project, related_name='tasks', on_delete=models.CASCADE)
    data = models.JSONField()
    overlap = models.IntegerField(default=1)
    inner_id = models.BigIntegerField(null=True, db_index=True)


class BaseTaskSerializerBulk(serializers.ListSerializer):
    @property
    def project(self):
        return self.context.get('project')

    def create(self, validated_data):
        with transaction.atomic():
            return self.add_tasks(validated_data)

    def add_tasks(self, validated_tasks):
        db_tasks = []
        max_overlap = self.project.maximum_annotations

        last_task = Task.objects.filter(project=self.project).order_by('-inner_id').first()
        prev_inner_id = last_task.inner_id if last_task else 0
        max_inner_id = (prev_inner_id + 1) if prev_inner_id else 1

        for i, task in enumerate(validated_tasks):
            db_tasks.append(
                Task(
                    project=self.project,
                    data=task['data'],
                    overlap=max_overlap,
                    inner_id=max_inner_id + i,
                )
            )
        self.db_tasks = Task.objects.bulk_create(db_tasks, batch_size=settings.BATCH_SIZE)  # Noncompliant
        logger.info('Tasks serialization success, len = %d', len(self.db_tasks))
        return self.db_tasks


class ImportAPI(generics.CreateAPIView):
    # served by several gunicorn/uwsgi workers; clients may POST several imports at once
    def create(self, request, *args, **kwargs):
        project = generics.get_object_or_404(Project, pk=self.kwargs['pk'])
        serializer = BaseTaskSerializerBulk(
            child=serializers.DictField(), data=request.data, context={'project': project}
        )
        serializer.is_valid(raise_exception=True)
        tasks = serializer.save()
        return Response({'task_count': len(tasks)}, status=201)
