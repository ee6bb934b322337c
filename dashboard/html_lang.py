"""Serve Streamlit's page as ``<html lang="nl">`` (WCAG 3.1.1): an ASGI middleware for ``st.App``.

Streamlit hard-codes ``<html lang="en">`` in its static ``index.html`` and has no option for it
(streamlit issue #15726). Every page of the app is that one file (the browser never loads it again
while a visitor moves between pages with st.navigation), so rewriting it on its way out makes
``document.documentElement.lang`` "nl" from the first byte: before any script runs, on the login
screen, after every navigation and every reload, without an element in the page.

Nothing from the workbook or a visitor can reach it: it swaps one fixed attribute value for another
in Streamlit's own file. Only HTML responses are touched (the JavaScript bundles, the websocket,
uploads and downloads pass through untouched). ``tests/test_lang.py`` fails when a Streamlit upgrade
changes the file so that the rewrite no longer applies.
"""

from __future__ import annotations

import re

LANG = "nl"
#: the lang attribute of the <html> start tag (whatever other attributes it has)
_HTML_LANG = re.compile(rb'(<html\b[^>]*?\slang=)(["\'])[^"\']*\2', re.IGNORECASE)
#: Streamlit's own routes: never the page's HTML (kept compressed and streamed as they are)
_NOT_A_PAGE = (b"/_stcore/", b"/static/", b"/media/", b"/component/")


def with_lang(html: bytes, lang: str = LANG) -> bytes:
    """``html`` with the lang of its <html> tag set to ``lang`` (unchanged when there is no such attribute)."""
    return _HTML_LANG.sub(lambda m: m.group(1) + m.group(2) + lang.encode() + m.group(2), html, count=1)


class HtmlLangMiddleware:
    """Pure ASGI middleware: sets the lang of every HTML page the server sends."""

    def __init__(self, app, lang: str = LANG) -> None:
        self.app = app
        self.lang = lang

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("path", "").encode("utf-8", "replace") if scope["type"] == "http" else b""
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD") or any(p in path for p in _NOT_A_PAGE):
            await self.app(scope, receive, send)
            return
        # the page (a few kB) must come uncompressed to be rewritten: ask Streamlit's gzip middleware for none
        scope = dict(scope, headers=[(k, v) for k, v in scope.get("headers", []) if k.lower() != b"accept-encoding"])
        state: dict = {"start": None, "passthrough": False, "body": []}

        async def rewrite(message) -> None:
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                html = headers.get(b"content-type", b"").startswith(b"text/html")
                if not html or headers.get(b"content-encoding"):
                    state["passthrough"] = True
                    await send(message)
                else:
                    state["start"] = message
                return
            if state["passthrough"] or message["type"] != "http.response.body":
                await send(message)
                return
            state["body"].append(message.get("body", b""))
            if message.get("more_body"):
                return
            content = with_lang(b"".join(state["body"]), self.lang)
            start = state["start"]
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            if scope["method"] == "GET":
                headers.append((b"content-length", str(len(content)).encode()))
            else:  # HEAD: Streamlit's own length stands ("en" and "nl" are equally long)
                headers += [(k, v) for k, v in start.get("headers", []) if k.lower() == b"content-length"]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": content if scope["method"] == "GET" else b""})

        await self.app(scope, receive, rewrite)
