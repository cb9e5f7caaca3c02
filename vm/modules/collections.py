"""``collections``: MicroPython's small subset — namedtuple, OrderedDict and a bounded deque.

MicroPython's versions are leaner than CPython's and a faithful emulation keeps them so:
namedtuple classes have no ``_fields``/``_asdict``/``_replace`` and no tuple methods,
``deque(iterable, maxlen[, flags])`` requires ``maxlen``, only indexes by integer, prints as
``<deque>`` and compares by identity; flag 1 makes a full deque raise ``IndexError('full')``
instead of dropping the item at the other end.
"""

from __future__ import annotations

from vm.native import NativeModule
from vm.objects.typeinfo import type_name
from vm.runtime.ops import get_iter

module = NativeModule("collections")



def _to_int(x) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type_name(x)} to int")


# ## namedtuple


class _NamedTupleBase(tuple):
    """Instances of every namedtuple class: a tuple whose items also read as attributes."""

    __mp_name__ = "namedtuple"
    __slots__ = ()  # immutable: no attribute can be set on an instance
    _mp_fields: tuple[str, ...] = ()

    def __new__(cls, *args, **kwargs):
        fields = cls._mp_fields
        name = cls.__dict__["__mp_name__"]
        given = len(args) + len(kwargs)
        if given != len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments "
                            f"but {given} were given")
        values = list(args) + [_MISSING] * (len(fields) - len(args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"unexpected keyword argument '{key}'")
            i = fields.index(key)
            if values[i] is not _MISSING:
                raise TypeError(f"function got multiple values for argument '{key}'")
            values[i] = value
        return tuple.__new__(cls, values)

    def __getattr__(self, attr: str):
        fields = type(self)._mp_fields
        if attr in fields:
            return self[fields.index(attr)]
        raise AttributeError(f"'{type(self).__dict__['__mp_name__']}' object has no "
                             f"attribute '{attr}'")

    def __mp_repr__(self) -> str:
        from vm.runtime.repr import repr_value
        parts = [f"{f}={repr_value(v)}" for f, v in zip(type(self)._mp_fields, self)]
        return f"{type(self).__dict__['__mp_name__']}({', '.join(parts)})"


_MISSING = object()


@module.function
def namedtuple(name, fields):
    """A new tuple class ``name`` whose items are named by ``fields`` (a list, tuple or a
    space-separated string — MicroPython splits on spaces only, so ``'a, b'`` names
    ``'a,'`` and ``'b'``)."""
    if isinstance(fields, str):
        fields = [f for f in fields.split(" ") if f]
    elif not isinstance(fields, (list, tuple)):
        raise TypeError(f"object '{type_name(fields)}' isn't a tuple or list")
    names = tuple(str(f) for f in fields)
    return type(str(name), (_NamedTupleBase,), {
        "__mp_name__": str(name), "_mp_fields": names, "__slots__": ()})


# ## OrderedDict


@module.type
class OrderedDict(dict):
    """A dict that keeps insertion order (every host dict does); prints with its name."""

    __mp_name__ = "OrderedDict"

    def __mp_repr__(self) -> str:
        from vm.runtime.repr import repr_value
        return f"OrderedDict({repr_value(dict(self))})"

    # MicroPython compares ordered dicts item by item, in order, and never equal to a dict.
    def __eq__(self, other) -> bool:
        if not isinstance(other, OrderedDict):
            return False
        return list(self.items()) == list(other.items())

    def __ne__(self, other) -> bool:
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]


# ## deque


@module.type
class deque:
    """A bounded double-ended queue: ``deque(iterable, maxlen[, flags])``."""

    __mp_name__ = "deque"
    __slots__ = ("_items", "_maxlen", "_strict")
    __hash__ = object.__hash__

    def __init__(self, iterable, maxlen, flags=0) -> None:
        maxlen = _to_int(maxlen)
        if maxlen < 0:
            raise ValueError()
        self._items: list = []
        self._maxlen = maxlen
        self._strict = bool(_to_int(flags) & 1)
        for item in get_iter(iterable):
            self.append(item)

    def __mp_repr__(self) -> str:
        return "<deque>"

    def _room(self) -> bool:
        """True when one more item fits; a full non-strict deque makes room by dropping."""
        if len(self._items) < self._maxlen:
            return True
        if self._strict:
            raise IndexError("full")
        return False

    def append(self, item) -> None:
        if not self._room():
            if not self._items:
                return
            del self._items[0]
        self._items.append(item)

    def appendleft(self, item) -> None:
        if not self._room():
            if not self._items:
                return
            self._items.pop()
        self._items.insert(0, item)

    def extend(self, iterable) -> None:
        for item in list(get_iter(iterable)):
            self.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("empty")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("empty")
        return self._items.pop(0)

    def _index(self, index) -> int:
        if not isinstance(index, int):
            raise TypeError(f"deque indices must be integers, not {type_name(index)}")
        n = len(self._items)
        i = index + n if index < 0 else index
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, index):
        return self._items[self._index(index)]

    def __setitem__(self, index, value) -> None:
        self._items[self._index(index)] = value

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, item) -> bool:
        return item in self._items

    def __eq__(self, other) -> bool:
        return self is other
