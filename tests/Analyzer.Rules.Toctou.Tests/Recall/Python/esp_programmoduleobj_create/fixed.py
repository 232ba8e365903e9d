# https://github.com/learning-unlimited/ESP-Website/pull/5429
# Fixed version: the filter/save sequence is replaced by get_or_create(defaults=...), which
# relies on the unique_together (program, module) constraint and, on IntegrityError, re-reads
# the row another request inserted, so concurrent requests never create duplicates.
from django.db import models


class Prog(models.Model):
    url = models.CharField(max_length=80)


class ProgModule(models.Model):
    handler = models.CharField(max_length=80)
    seq = models.IntegerField(default=200)
    required = models.BooleanField(default=False)


class ProgModuleObj(models.Model):
    program = models.ForeignKey(Prog, on_delete=models.CASCADE)
    module = models.ForeignKey(ProgModule, on_delete=models.CASCADE)
    seq = models.IntegerField()
    required = models.BooleanField()

    class Meta:
        unique_together = ("program", "module")

    @staticmethod
    def get_for_prog_module(prog, mod):
        base_module, _created = ProgModuleObj.objects.get_or_create(
            program=prog,
            module=mod,
            defaults={"seq": mod.seq, "required": mod.required},
        )
        return base_module


def prog_view(request, prog_id, handler):
    prog = Prog.objects.get(id=prog_id)
    mod = ProgModule.objects.get(handler=handler)
    return ProgModuleObj.get_for_prog_module(prog, mod)
