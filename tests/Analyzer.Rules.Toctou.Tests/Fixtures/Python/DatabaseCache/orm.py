from catalog.models import Tag


def ensure_tag(name):
    if not Tag.objects.filter(name=name).exists():  # Secondary [check]
        Tag.objects.create(name=name)  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 5 decides the INSERT at line 6; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


def ensure_tag_atomic(name):
    tag, _ = Tag.objects.get_or_create(name=name)
    return tag


def rename_tag(old, new):
    tag = Tag.objects.select_for_update().get(name=old)
    if tag:
        Tag.objects.update(name=new)


def tag_for(name):
    try:
        return Tag.objects.get(name=name)  # Secondary [check]
    except Tag.DoesNotExist:  # Secondary [guard]
        return Tag.objects.create(name=name)  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 22 decides the INSERT at line 24; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


def tag_for_or_none(name):
    try:
        return Tag.objects.get(name=name)
    except Tag.DoesNotExist:
        return None
