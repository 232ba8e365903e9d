# https://github.com/duolingo/minject/pull/26 (thread-safety issue https://github.com/duolingo/minject/issues/8)
# Fixed shape: the registry owns an RLock and a `_synchronized` decorator wraps every method that reads
# or writes the indexes, so the miss check and the registration run under one lock. The lock is
# reentrant because initialising an object resolves its dependencies through the same registry.
import functools
from threading import RLock
from typing import Any, Callable, Dict, Generic, List, Optional, Type, TypeVar

V = TypeVar("V")


class BindingMetadata(Generic[V]):
    """Stand-in for minject metadata: knows how to allocate and initialise one class."""

    def __init__(self, cls: Type[V], interfaces: Optional[List[type]] = None) -> None:
        self._cls = cls
        self.interfaces = interfaces or []

    def _new_object(self) -> V:
        return self._cls.__new__(self._cls)

    def _init_object(self, obj: V, registry: "LockedRegistry") -> None:
        obj.__init__()  # the real metadata resolves constructor bindings through `registry` here


class BoundWrapper(Generic[V]):
    def __init__(self, obj: V, meta: Optional[BindingMetadata[V]] = None) -> None:
        self.obj = obj
        self._meta = meta


def _synchronized(func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator to synchronize method access with a reentrant lock."""

    @functools.wraps(func)
    def wrapper(self: "LockedRegistry", *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return func(self, *args, **kwargs)

    return wrapper


class LockedRegistry:
    """Tracks and manages registered object instances."""

    def __init__(self) -> None:
        self._objects: List[BoundWrapper] = []
        self._by_meta: Dict[BindingMetadata, BoundWrapper] = {}
        self._by_iface: Dict[type, List[BoundWrapper]] = {}
        self._lock = RLock()

    @_synchronized
    def _set_by_metadata(self, meta: BindingMetadata[V], obj: V) -> BoundWrapper[V]:
        wrapper = BoundWrapper(obj, meta)
        self._by_meta[meta] = wrapper
        for iface in meta.interfaces:
            self._by_iface.setdefault(iface, []).append(wrapper)
        return wrapper

    @_synchronized
    def _register_by_metadata(self, meta: BindingMetadata[V]) -> BoundWrapper[V]:
        obj = meta._new_object()
        # add to the registry (done before init in case of circular reference)
        wrapper = self._set_by_metadata(meta, obj)
        meta._init_object(obj, self)
        self._objects.append(wrapper)
        return wrapper

    @_synchronized
    def _get_by_metadata(self, meta: BindingMetadata[V]) -> BoundWrapper[V]:
        if meta in self._by_meta:
            return self._by_meta[meta]
        return self._register_by_metadata(meta)

    def __getitem__(self, meta: BindingMetadata[V]) -> V:
        return self._get_by_metadata(meta).obj

    @_synchronized
    def __len__(self) -> int:
        return len(self._objects)
