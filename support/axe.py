"""axe-core in a Playwright page: ``run_axe(page) -> list[dict]``.

axe-core comes from npm (``npm install axe-core@4``; CI installs it, nothing is downloaded at test time).
The script is found at ``$AXE_CORE_PATH`` if set, else ``<repo>/node_modules/axe-core/axe.min.js`` (``npm ci``:
package.json pins the version).

    violations = run_axe(page)                       # WCAG 2.0/2.1 A + AA rules
    serious = blocking(violations)                   # impact serious or critical
    assert not serious, format_violations(serious)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # the repository
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
BLOCKING = ("serious", "critical")


def axe_path() -> Path:
    """The axe-core script; in a test, a missing one fails in CI (``CI=true``) and skips elsewhere."""
    candidates = [
        os.environ.get("AXE_CORE_PATH"),
        HERE / "node_modules" / "axe-core" / "axe.min.js",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    message = "axe-core not found: run `npm ci` in the repository (or set AXE_CORE_PATH)"
    if "pytest" in sys.modules:
        import pytest

        from support.browser import in_ci

        if in_ci():
            pytest.fail(message + "; the accessibility tests must run in CI")
        pytest.skip(message)
    raise FileNotFoundError(message)


_RUN = """async (tags) => {
    const result = await axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
    });
    return {
        version: axe.version,
        violations: result.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            tags: v.tags,
            nodes: v.nodes.map(n => ({
                target: n.target,
                html: n.html.slice(0, 300),
                impact: n.impact,
                failureSummary: n.failureSummary,
            })),
        })),
    };
}"""


def run_axe(page, tags=WCAG_TAGS) -> list[dict]:
    """Inject axe-core (once per document) and return its violations for the WCAG A/AA tags.

    Each violation: ``{id, impact, help, helpUrl, tags, nodes: [{target, html, impact, failureSummary}]}``.
    Iframes of the same origin (Streamlit components, none in this app) are checked too: axe-core runs in them only when
    it is injected there as well, which ``add_script_tag`` on every frame does.
    """
    path = str(axe_path())
    for frame in page.frames:
        try:
            if not frame.evaluate("() => typeof window.axe !== 'undefined'"):
                frame.add_script_tag(path=path)
        except Exception:  # a cross-origin or detached frame: axe reports it from the top document
            pass
    return page.evaluate(_RUN, list(tags))["violations"]


def axe_version(page) -> str:
    return page.evaluate("() => window.axe && axe.version")


def blocking(violations: list[dict]) -> list[dict]:
    """The violations a test must fail on: impact serious or critical."""
    return [v for v in violations if v["impact"] in BLOCKING]


def format_violations(violations: list[dict], max_nodes: int = 3) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}")
        for node in v["nodes"][:max_nodes]:
            summary = node["failureSummary"].splitlines()[-1].strip() if node["failureSummary"] else ""
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)
