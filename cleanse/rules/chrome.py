"""Site chrome: bylines, reading time, navigation and sharing prompts, ads, credits.

Order is priority: the first rule that matches a unit names the removal.
"""

from __future__ import annotations

from .base import Rule, Where
from .patterns import AGO, DATE_FULL, DATE_SHORT, SEP, SOURCE, TIME

RULES: tuple[Rule, ...] = (
    Rule(
        id="chrome.updated-ago",
        category="chrome",
        pattern=rf"(?:(?:Updated|Published|Posted|Last updated)[: \t]+)(?:{AGO}|{DATE_FULL}(?:{SEP}{TIME})?|{TIME})",
        description="An updated/published timestamp line at the head.",
        where=Where.HEAD,
        within=5,
        max_chars=80,
        examples=("Updated 2 hours ago", "Published: Oct 17, 2025 10:32 AM ET", "Last updated 10:32 AM"),
        counterexamples=("Updated guidance lifted the shares 4% in late trading.",),
    ),
    Rule(
        id="chrome.source-date",
        category="chrome",
        pattern=(
            rf"(?P<source>{SOURCE})(?:{SEP})?(?P<date>{DATE_FULL}(?:{SEP}{TIME})?|{DATE_SHORT}(?:{SEP}{TIME})?|{AGO}|{TIME})"
        ),
        description="A source and date byline at the head, also glued (Deep News10-17).",
        where=Where.HEAD,
        within=4,
        max_chars=90,
        examples=(
            "Deep News10-17",
            "Bloomberg | 2 hours ago",
            "Reuters · Oct 17, 2025 10:32 AM ET",
            "Yahoo Finance 2025-10-17",
            "新浪财经 2025-10-17 10:32",
        ),
        counterexamples=(
            "Trump Plans to Meet with Putin Again",
            "Shares rose 3% on Friday.",
            "The vote was 10-5 in favour of the motion.",
        ),
        languages=("en", "zh"),
        ignore_case=False,
    ),
    Rule(
        id="chrome.reading-time",
        category="chrome",
        pattern=rf"(?:(?P<source>{SOURCE}){SEP})?\d{{1,3}}[ \t]?(?:-[ \t]?)?min(?:ute)?s?\.?[ \t]read",
        description="A reading-time line at the head (Reuters Staff 4 Min Read).",
        where=Where.HEAD,
        within=5,
        max_chars=80,
        examples=("Reuters 4 Min Read", "Reuters Staff 4 Min Read", "5 min read", "3-minute read"),
        counterexamples=("It is a 5 min read on the train to work, she said.",),
    ),
    Rule(
        id="chrome.advertisement",
        category="chrome",
        pattern=r"(?:advertisement|advertising|sponsored(?: content)?|ad|广告|廣告|anzeige|publicité|publicidad)",
        description="An ad label on a line of its own, anywhere.",
        max_chars=30,
        examples=("Advertisement", "ADVERTISEMENT", "Sponsored", "广告"),
        counterexamples=("Advertisement spending rose 4% in the quarter.",),
        languages=("en", "zh", "de", "fr", "es"),
    ),
    Rule(
        id="chrome.story-continues",
        category="chrome",
        pattern=r"(?:story continues(?: below(?: advertisement)?)?|continue reading(?: the main story| below)?|article continues below(?: advertisement)?)",
        description="A 'story continues' marker between paragraphs.",
        max_chars=60,
        examples=(
            "Story continues",
            "Continue reading the main story",
            "Article continues below advertisement",
        ),
        counterexamples=("The story continues to develop, officials said on Monday.",),
    ),
)
