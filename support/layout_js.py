# ruff: noqa: E501  (JavaScript, kept as it runs in the browser)
"""JavaScript for layout checks in the browser (tests/test_accessibility.py): text cut off, sideways scrolling."""

#: Text the page cuts off: returns [{what, text, scrollWidth, clientWidth}], empty when nothing is cut off.
CUT_OFF = r"""// Text that the page cuts off: an element whose content is wider than its box while the box hides the rest
// (overflow hidden/clip, or text-overflow: ellipsis), and text inputs whose value is wider than the field
// (a select box shows its value in an <input>). Tables (st.dataframe: a canvas) and charts (SVG) are skipped.
// Returns [{what, text, scrollWidth, clientWidth}] - empty when nothing is cut off.
() => {
  const SKIP = '[data-testid="stDataFrame"], [data-testid="stVegaLiteChart"], [data-testid="stTable"], svg, [role="listbox"], [data-testid="stTooltipContent"]';
  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const describe = el => {
    const test = el.closest('[data-testid]');
    const metric = el.closest('[data-testid="stMetric"]');
    const where = metric ? `stMetric "${(metric.querySelector('[data-testid="stMetricLabel"]') || metric).innerText.trim()}"` : (test ? test.getAttribute('data-testid') : '?');
    return `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? '[aria-label="' + el.getAttribute('aria-label') + '"]' : ''} in ${where}`;
  };
  const hits = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest(SKIP) || !visible(el) || el.clientWidth <= 2) continue;  // <= 2: a visually hidden skip link
    const style = getComputedStyle(el);
    const isField = el.tagName === 'INPUT' && ['text', 'search', ''].includes(el.type) && el.value;
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (!isField && !clips) continue;
    const text = isField ? el.value : (el.innerText || '').trim();
    if (!text) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      // report the innermost clipping element only once per text
      const key = text + '|' + describe(el);
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({what: describe(el), text: text.slice(0, 80), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth});
    }
  }
  return hits;
}"""

#: Sideways scrolling: {viewport, scrollers: [...], sticking: [...]}; charts and tables may scroll, nothing else.
OVERFLOW = r"""// Horizontal scrolling of the page (WCAG 1.4.10): does the document or Streamlit's scrolling main area scroll
// sideways, and which elements stick out to the right of the viewport? Tables (st.dataframe) and charts may
// scroll inside themselves and are not counted; what sticks out of them is not reported either.
() => {
  const vw = document.documentElement.clientWidth;
  const ALLOWED = '[data-testid="stDataFrame"], [data-testid="stVegaLiteChart"], [data-testid="stTable"], [data-testid="stSidebar"], [data-testid="stSkipToContent"]';
  const scrollers = [document.documentElement, document.body, document.querySelector('[data-testid="stMain"]'), document.querySelector('[data-testid="stAppViewContainer"]')]
    .filter(Boolean).map(el => ({el: el.getAttribute('data-testid') || el.tagName, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth}))
    .filter(s => s.scrollWidth > s.clientWidth + 1);
  const sticking = [];
  for (const el of document.querySelectorAll('[data-testid="stMain"] *')) {
    if (el.closest(ALLOWED)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > vw + 1) {
      const parentSticks = el.parentElement && !el.parentElement.closest(ALLOWED) && el.parentElement.getBoundingClientRect().right > vw + 1;
      if (!parentSticks || el.children.length === 0) {
        const test = el.closest('[data-testid]');
        sticking.push({what: `${el.tagName.toLowerCase()} in ${test ? test.getAttribute('data-testid') : '?'}`, right: Math.round(r.right), text: (el.innerText || '').trim().slice(0, 60)});
      }
    }
  }
  return {viewport: vw, scrollers, sticking: sticking.slice(0, 15)};
}"""
