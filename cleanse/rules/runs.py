"""Shape rules: runs of menu-like lines at the edges of a page (navigation, link lists,
social links, footers). They recognise a layout, not a phrase.

A menu-like line is short (at most 60 characters, at most 8 words) and does not end like a
sentence. Three or more in a row before the first prose paragraph, or after the last one, are
chrome; the run stops at prose. Category ``chrome``.
"""

from __future__ import annotations

from .base import Rule, Scope, Where

#: Short (at most 8 words; at most 16 characters if it holds CJK, which packs a sentence
#: into few characters), starting with a letter (not a list number), no URL (link lists in
#: a story show them), not ending like a sentence or a clause.
MENU_LINE = (
    r"(?!(?:\S+[ \t]+){8})(?![^\n]*://)"
    r"(?=[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]*\Z|[^\n]{1,16}\Z)"
    r"[^\W\d_][^\n]{0,58}[^\s.!?。！？;:,、，；：\"”’'…]|[^\W\d_]"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="chrome.menu-head",
        category="chrome",
        pattern=MENU_LINE,
        description="A run of 3+ short menu-like lines before the first prose paragraph (navigation, section lists).",
        scope=Scope.RUN,
        where=Where.HEAD,
        within=4,
        max_chars=60,
        examples=("Tech\nCars\nGaming\nEntertainment\nScience", "Home\nMarkets\nEconomy\nSearch"),
        counterexamples=(
            "Key points:\nThe bank held rates at 4%, as expected by most economists.\nInflation slowed to 2.4% in October.",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.menu-tail",
        category="chrome",
        pattern=MENU_LINE,
        description="A run of 3+ short menu-like lines after the last prose paragraph (footer links, tags, social links).",
        scope=Scope.RUN,
        where=Where.TAIL,
        within=4,
        max_chars=60,
        examples=("Facebook\nTwitter\nReddit", "About Us\nContact\nPrivacy Policy\nTerms of Use"),
        counterexamples=(
            "He declined to comment.\nShe did not respond.\nThe company said nothing further.",
            "15) Thriller (Vinile)\nhttp://amzn.to/2B5WGKP\n16) Monopoly – Travel\nhttp://amzn.to/2hWbQ1f",
            "また、その他にも、\nもとの商品に付された商標を剥奪抹消した商品を販売する行為や、\n小分けにして販売するような行為は、",
        ),
        languages=("*",),
    ),
)
