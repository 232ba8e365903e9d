# https://github.com/pydantic/pydantic/pull/13438
# Fixed version: model_rebuild() takes a module-level RLock before looking at __pydantic_complete__, so only one
# thread deletes and regenerates the schema/validator/serializer; the others wait and then see a complete class.
import threading
from concurrent.futures import ThreadPoolExecutor

_rebuild_lock = threading.RLock()


class SafeMockValSer:
    def __init__(self, owner):
        self.owner = owner

    def validate_python(self, data, self_instance=None):
        self.owner.model_rebuild(raise_errors=False)
        return self.owner.__pydantic_validator__.validate_python(data, self_instance=self_instance)


class SafeValidator:
    def __init__(self, fields):
        self.fields = fields

    def validate_python(self, data, self_instance=None):
        self_instance.__dict__.update({k: data[k] for k in self.fields if k in data})


def _finish_model_class(cls):
    schema = {"fields": dict(cls.__annotations__)}
    cls.__pydantic_core_schema__ = schema
    cls.__pydantic_validator__ = SafeValidator(list(schema["fields"]))
    cls.__pydantic_serializer__ = object()
    cls.__pydantic_complete__ = True
    return True


class SafeModel:
    __pydantic_complete__ = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__pydantic_complete__ = False
        cls.__pydantic_validator__ = SafeMockValSer(cls)

    def __init__(self, **data):
        type(self).__pydantic_validator__.validate_python(data, self_instance=self)

    @classmethod
    def model_rebuild(cls, force=False, raise_errors=True):
        with _rebuild_lock:
            if not force and cls.__pydantic_complete__:
                return None
            for attr in ("__pydantic_core_schema__", "__pydantic_validator__", "__pydantic_serializer__"):
                if attr in cls.__dict__ and not isinstance(getattr(cls, attr), SafeMockValSer):
                    delattr(cls, attr)
            cls.__pydantic_complete__ = False
            return _finish_model_class(cls)


class SafeBox(SafeModel):
    name: str
    size: int


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda i: SafeBox(name="b%d" % i, size=i), range(64)))
