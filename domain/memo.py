"""Remember a pure function's result per overview: a page asks for the goal labels many times, they are made once.

The memo lives as long as the overview (a weak reference): a new workbook version gets new results, and an
overview no page uses any more takes its results with it.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def per_overview(function: F) -> F:
    """Cache ``function(overview, *args)`` per overview object and hashable ``args``."""
    results: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(function)
    def remembered(overview: Any, *args: Any) -> Any:
        known = results.setdefault(overview, {})
        if args not in known:
            known[args] = remembered.__wrapped__(overview, *args)  # looked up here: a benchmark can count it
        return known[args]

    return remembered  # type: ignore[return-value]
