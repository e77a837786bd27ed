"""Comment prompts and comment sections.

Order is priority: the first rule that matches a unit names the removal.
"""

from __future__ import annotations

from .base import Rule, Scope, Where

RULES: tuple[Rule, ...] = (
    Rule(
        id="comments.section",
        category="comments",
        pattern=r"(?:\d{1,6}[ \t])?(?:reader[ \t])?comments?(?:[ \t]*\(\d{1,6}\))?|(?:view|show|read)[ \t](?:all[ \t])?(?:\d{1,6}[ \t])?comments",
        description="A comment-section heading at the tail (Comments, Comments (12), 3 comments) and everything after it.",
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=60,
        max_chars=40,
        examples=("Comments", "Comments (12)", "3 comments", "COMMENTS (68)", "View Comments"),
        counterexamples=("Comments from the chairman moved the market.", "Radchenko commented."),
    ),
    Rule(
        id="comments.prompt",
        category="comments",
        pattern=(
            r"(?:leave|post|add|write)[ \t](?:a|your)[ \t](?:comment|reply)"
            r"|be[ \t]the[ \t]first[ \t]to[ \t]comment(?:[ \t]on[ \t]this[ \t]article)?"
            r"|no[ \t]comments[ \t]yet(?:\.[ \t]*be[ \t]the[ \t]first[ \t]to[ \t]comment!?)?"
            r"|we[ \t]need[ \t]your[ \t]insight[ \t]to[ \t]fill[ \t]this[ \t]gap"
            r"|comments[ \t]are[ \t]closed"
            r"|loading[ \t]comments(?:\.\.\.|…)?"
            r"|join[ \t]the[ \t](?:conversation|discussion)"
        ),
        description="A comment prompt line (Leave a comment, Be the first to comment, ...).",
        where=Where.TAIL,
        within=8,
        max_chars=80,
        examples=(
            "Leave a comment",
            "We need your insight to fill this gap",
            "Be the first to comment",
            "Comments are closed.",
        ),
        counterexamples=("Radchenko commented.", "The company declined to comment on the report."),
    ),
)
