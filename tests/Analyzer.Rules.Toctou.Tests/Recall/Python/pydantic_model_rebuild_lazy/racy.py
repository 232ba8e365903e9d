# https://github.com/pydantic/pydantic/pull/13438
# An incomplete (deferred) model is rebuilt lazily by model_rebuild() on first instantiation. It checks
# cls.__pydantic_complete__ and then deletes and regenerates the class-level core schema / validator / serializer.
# When the first instantiations happen on several threads (e.g. FastAPI's threadpool), two threads pass the check,
# one deletes attributes the other just published or is iterating ("dictionary changed size", AttributeError,
# parent validator used). Fixed by holding a module-level RLock across the check and the rebuild.
import threading
from concurrent.futures import ThreadPoolExecutor


class MockValSer:
    """Placeholder installed on a class whose schema could not be built yet."""

    def __init__(self, owner):
        self.owner = owner

    def validate_python(self, data, self_instance=None):
        self.owner.model_rebuild(raise_errors=False)
        return self.owner.__pydantic_validator__.validate_python(data, self_instance=self_instance)


class RealValidator:
    def __init__(self, fields):
        self.fields = fields

    def validate_python(self, data, self_instance=None):
        self_instance.__dict__.update({k: data[k] for k in self.fields if k in data})


def _complete_model_class(cls):
    schema = {"fields": dict(cls.__annotations__)}
    cls.__pydantic_core_schema__ = schema
    cls.__pydantic_validator__ = RealValidator(list(schema["fields"]))
    cls.__pydantic_serializer__ = object()
    cls.__pydantic_complete__ = True
    return True


class Model:
    __pydantic_complete__ = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__pydantic_complete__ = False
        cls.__pydantic_validator__ = MockValSer(cls)

    def __init__(self, **data):
        type(self).__pydantic_validator__.validate_python(data, self_instance=self)

    @classmethod
    def model_rebuild(cls, force=False, raise_errors=True):
        if not force and cls.__pydantic_complete__:
            return None
        for attr in ("__pydantic_core_schema__", "__pydantic_validator__", "__pydantic_serializer__"):
            if attr in cls.__dict__ and not isinstance(getattr(cls, attr), MockValSer):
                delattr(cls, attr)  # Noncompliant
        cls.__pydantic_complete__ = False
        return _complete_model_class(cls)


class Box(Model):
    name: str
    size: int


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda i: Box(name="b%d" % i, size=i), range(64)))
