# https://github.com/learning-unlimited/ESP-Website/pull/5429
# ProgramModuleObj.getFromProgModule() ran filter(program, module); if no row came back it
# built a ProgramModuleObj and save()d it. Two concurrent requests for a program page both
# see an empty queryset and both insert, leaving duplicate module objects (issue #1720), later
# an IntegrityError once unique_together was added. Fix: a single get_or_create(defaults=...).
from django.db import models


class Program(models.Model):
    url = models.CharField(max_length=80)


class ProgramModule(models.Model):
    handler = models.CharField(max_length=80)
    seq = models.IntegerField(default=200)
    required = models.BooleanField(default=False)


class ProgramModuleObj(models.Model):
    program = models.ForeignKey(Program, on_delete=models.CASCADE)
    module = models.ForeignKey(ProgramModule, on_delete=models.CASCADE)
    seq = models.IntegerField()
    required = models.BooleanField()

    class Meta:
        unique_together = ("program", "module")

    @staticmethod
    def getFromProgModule(prog, mod):
        """Return the module object for a Module and a Program, creating it on first use."""
        base_module_list = ProgramModuleObj.objects.filter(program=prog, module=mod).select_related("module")
        if len(base_module_list) < 1:
            base_module = ProgramModuleObj()
            base_module.program = prog
            base_module.module = mod
            base_module.seq = mod.seq
            base_module.required = mod.required
            base_module.save()  # Noncompliant
        elif len(base_module_list) > 1:
            assert False, "Too many module objects!"
        else:
            base_module = base_module_list[0]
        return base_module


def program_view(request, prog_id, handler):
    # Django view; served by several threads/processes of the WSGI server.
    prog = Program.objects.get(id=prog_id)
    mod = ProgramModule.objects.get(handler=handler)
    return ProgramModuleObj.getFromProgModule(prog, mod)
