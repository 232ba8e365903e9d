# https://github.com/WeblateOrg/weblate/pull/8955
# Fixed version: the create runs in transaction.atomic(); when another request inserted the
# row first, the IntegrityError is caught and the existing row is fetched (get_or_create logic).
from django.core.exceptions import ObjectDoesNotExist
from django.db import IntegrityError, models, transaction
from django.utils.functional import cached_property


class Language(models.Model):
    code = models.CharField(max_length=50, unique=True)
    plural = models.ForeignKey("Plural", on_delete=models.CASCADE)


class Component(models.Model):
    slug = models.SlugField()
    template = models.CharField(max_length=400, blank=True)
    source_language = models.ForeignKey(Language, on_delete=models.CASCADE)

    @cached_property
    def source_translation(self):
        # Fast path without evaluating source_language
        try:
            return self.translation_set.get(language_id=self.source_language_id)
        except ObjectDoesNotExist:
            pass
        language = self.source_language
        try:
            with transaction.atomic(using=self.translation_set.db):
                return self.translation_set.create(
                    language=language,
                    check_flags="read-only",
                    filename=self.template,
                    plural=language.plural,
                    language_code=language.code,
                )
        except IntegrityError:
            try:
                return self.translation_set.get(language_id=self.source_language_id)
            except ObjectDoesNotExist:
                pass
            raise

    def load_source_units(self):
        return {unit.id_hash: unit for unit in self.source_translation.unit_set.all()}


class Translation(models.Model):
    component = models.ForeignKey(
        Component, on_delete=models.CASCADE, related_name="translation_set"
    )
    language = models.ForeignKey(Language, on_delete=models.CASCADE)
    plural = models.ForeignKey("Plural", on_delete=models.CASCADE)
    filename = models.CharField(max_length=400)
    language_code = models.CharField(max_length=50)
    check_flags = models.TextField(blank=True)

    class Meta:
        unique_together = [("component", "language")]
