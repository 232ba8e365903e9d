# https://github.com/duolingo/minject/pull/26 (thread-safety issue https://github.com/duolingo/minject/issues/8)
# Registry._get_by_metadata looked the metadata up in `_by_meta` and, on a miss, allocated, indexed and
# initialised a new object. Two threads resolving the same singleton could both miss and both build
# it, so a "singleton" class was instantiated twice and one instance was silently replaced. The fix
# puts every registry method that reads or writes the indexes under one reentrant lock.
from typing import Dict, Generic, List, Optional, Type, TypeVar

T = TypeVar("T")


class RegistryMetadata(Generic[T]):
    """Stand-in for minject metadata: knows how to allocate and initialise one class."""

    def __init__(self, cls: Type[T], interfaces: Optional[List[type]] = None) -> None:
        self._cls = cls
        self.interfaces = interfaces or []

    def _new_object(self) -> T:
        return self._cls.__new__(self._cls)

    def _init_object(self, obj: T, registry: "Registry") -> None:
        obj.__init__()  # the real metadata resolves constructor bindings through `registry` here


class RegistryWrapper(Generic[T]):
    def __init__(self, obj: T, meta: Optional[RegistryMetadata[T]] = None) -> None:
        self.obj = obj
        self._meta = meta


class Registry:
    """Tracks and manages registered object instances."""

    def __init__(self) -> None:
        self._objects: List[RegistryWrapper] = []
        self._by_meta: Dict[RegistryMetadata, RegistryWrapper] = {}
        self._by_iface: Dict[type, List[RegistryWrapper]] = {}

    def _set_by_metadata(self, meta: RegistryMetadata[T], obj: T) -> RegistryWrapper[T]:
        wrapper = RegistryWrapper(obj, meta)
        self._by_meta[meta] = wrapper
        for iface in meta.interfaces:
            self._by_iface.setdefault(iface, []).append(wrapper)
        return wrapper

    def _register_by_metadata(self, meta: RegistryMetadata[T]) -> RegistryWrapper[T]:
        obj = meta._new_object()
        # add to the registry (done before init in case of circular reference)
        wrapper = self._set_by_metadata(meta, obj)
        meta._init_object(obj, self)
        self._objects.append(wrapper)
        return wrapper

    def _get_by_metadata(self, meta: RegistryMetadata[T]) -> RegistryWrapper[T]:
        if meta in self._by_meta:
            return self._by_meta[meta]
        return self._register_by_metadata(meta)  # Noncompliant

    def __getitem__(self, meta: RegistryMetadata[T]) -> T:
        return self._get_by_metadata(meta).obj

    def __len__(self) -> int:
        return len(self._objects)
