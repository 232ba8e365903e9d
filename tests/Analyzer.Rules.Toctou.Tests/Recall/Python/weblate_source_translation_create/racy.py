# https://github.com/WeblateOrg/weblate/pull/8955
# Component.source_translation fetched the source-language Translation and created it when the
# lookup found nothing. Concurrent requests for a fresh component both missed the row and both
# ran create(); the loser crashed with IntegrityError (issue #8945).
# Fix: follow QuerySet.get_or_create - create inside transaction.atomic() and, on IntegrityError, re-fetch.
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils.functional import cached_property


class SourceLanguage(models.Model):
    code = models.CharField(max_length=50, unique=True)
    plural = models.ForeignKey("Plural", on_delete=models.CASCADE)


class ProjectComponent(models.Model):
    slug = models.SlugField()
    template = models.CharField(max_length=400, blank=True)
    source_language = models.ForeignKey(SourceLanguage, on_delete=models.CASCADE)

    @cached_property
    def source_translation(self):
        try:
            return self.translation_set.get(language_id=self.source_language_id)
        except ObjectDoesNotExist:
            language = self.source_language
            return self.translation_set.create(  # Noncompliant
                language=language,
                check_flags="read-only",
                filename=self.template,
                plural=language.plural,
                language_code=language.code,
            )

    def preload_sources(self):
        return {unit.id_hash: unit for unit in self.source_translation.unit_set.all()}


class ComponentTranslation(models.Model):
    component = models.ForeignKey(
        ProjectComponent, on_delete=models.CASCADE, related_name="translation_set"
    )
    language = models.ForeignKey(SourceLanguage, on_delete=models.CASCADE)
    plural = models.ForeignKey("Plural", on_delete=models.CASCADE)
    filename = models.CharField(max_length=400)
    language_code = models.CharField(max_length=50)
    check_flags = models.TextField(blank=True)

    class Meta:
        unique_together = [("component", "language")]
