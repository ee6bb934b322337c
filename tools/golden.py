"""Compare the golden findings with those of the current code, or store them (support/golden.py makes them).

python -m tools.golden            # compare with the stored findings (exit 1 and a diff when they differ)
python -m tools.golden --write    # store the findings of the current code
"""

from __future__ import annotations

import argparse
import difflib
import sys

from support.golden import GOLDEN, ROOT, dump, findings
from tests.test_validation import CASES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.golden", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the findings of the current code")
    args = parser.parse_args(argv)
    now = dump(findings(CASES))
    if args.write:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(now, encoding="utf-8")
        print(f"written: {GOLDEN.relative_to(ROOT)}")
        return 0
    stored = GOLDEN.read_text(encoding="utf-8")
    if stored == now:
        print("findings identical")
        return 0
    sys.stdout.writelines(difflib.unified_diff(stored.splitlines(True), now.splitlines(True), "stored", "now", n=2))
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
