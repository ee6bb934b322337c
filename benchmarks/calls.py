"""Count the figures a page run computes: every figure function of the domain (``FIGURES``), by its arguments.

``counting()`` wraps each figure function of the domain's modules while a ``with`` block runs; the result
tells, per function, how often it ran with the same arguments. "Each figure once" means no function ran
twice with equal arguments.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
from collections import Counter
from collections.abc import Iterator
from typing import Any

DOMAIN_MODULES = (
    "domain.labels",
    "domain.search",
    "domain.status",
    "domain.parties",
    "domain.timeline",
    "domain.budget",
    "domain.indicators",
)


def _key(value: Any) -> Any:
    """An argument as part of a key: an overview or a frame by identity, anything else by its repr."""
    if hasattr(value, "shape") or value.__class__.__name__ == "Overview":
        return (type(value).__name__, id(value))
    return repr(value)


@contextlib.contextmanager
def counting() -> Iterator[Counter]:
    """Count calls per (module.function, arguments) of every public domain function while the block runs."""
    calls: Counter = Counter()
    patched: list[tuple[Any, str, Any]] = []
    originals = {}
    for name in DOMAIN_MODULES:
        module = importlib.import_module(name)
        for attr in module.FIGURES:
            originals[getattr(module, attr)] = f"{name}.{attr}"
    wrappers = {}
    for function, label in originals.items():

        def wrapper(*args, __function=function, __label=label, **kwargs):
            calls[(__label, tuple(_key(a) for a in args), tuple(sorted((k, _key(v)) for k, v in kwargs.items())))] += 1
            return __function(*args, **kwargs)

        wrappers[function] = wrapper
    # a remembered function (domain.memo) is counted when it computes, not when it is asked
    for function in wrappers:
        if hasattr(function, "__wrapped__"):
            inner = function.__wrapped__
            label = originals[function]

            def computing(*args, __inner=inner, __label=label, **kwargs):
                calls[(__label, tuple(_key(a) for a in args), ())] += 1
                return __inner(*args, **kwargs)

            patched.append((function, "__wrapped__", inner))
            function.__wrapped__ = computing
    # every module that imported a domain function by name gets the wrapper too (views, other domain modules)
    for module_name in list(importlib.sys.modules):
        if not module_name.startswith(("domain.", "views.")):
            continue
        module = importlib.sys.modules[module_name]
        for attr, value in list(vars(module).items()):
            if inspect.isfunction(value) and value in wrappers and not hasattr(value, "__wrapped__"):
                patched.append((module, attr, value))
                setattr(module, attr, wrappers[value])
    try:
        yield calls
    finally:
        for module, attr, value in patched:
            setattr(module, attr, value)


def repeated(calls: Counter) -> dict[str, int]:
    """Function -> the most times it ran with the same arguments, for those that ran more than once so."""
    worst: dict[str, int] = {}
    for (label, _, _), count in calls.items():
        if count > 1:
            worst[label] = max(worst.get(label, 0), count)
    return worst
