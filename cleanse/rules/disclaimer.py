"""Financial disclaimers and disclosures.

Order is priority: the first rule that matches a unit names the removal.
"""

from __future__ import annotations

from .base import Rule, Scope, Where

RULES: tuple[Rule, ...] = (
    Rule(
        id="disclaimer.labelled",
        category="disclaimer",
        pattern=(
            r"(?:important[ \t])?(?:disclaimers?|risk[ \t]warnings?|risk[ \t]disclosures?|disclosures?|legal[ \t]disclaimer)"
            r"[ \t]*[:：\-–—][ \t]*\S"
        ),
        description="A labelled disclaimer paragraph (Disclaimer: ..., Risk warning: ...), at the tail or right after the title.",
        scope=Scope.REST,
        where=Where.TAIL,
        within=3,
        examples=(
            "Disclaimer: Investing carries risk. This is not financial advice. The above content should not be regarded as an offer.",
            "Risk Warning: Trading in financial instruments involves high risks including the risk of losing some, or all, of your investment amount.",
            "Disclosure: The author holds no position in any stock mentioned.",
        ),
        counterexamples=(
            "The disclaimer was added to the filing after the SEC complained, the company said.",
            "Regulators said the firm's disclosures were misleading.",
        ),
    ),
    Rule(
        id="disclaimer.head-labelled",
        category="disclaimer",
        pattern=(
            r"(?:important[ \t])?(?:disclaimers?|risk[ \t]warnings?|risk[ \t]disclosures?)"
            r"[ \t]*[:：\-–—][ \t]*\S"
        ),
        description="A labelled disclaimer paragraph right after the title.",
        scope=Scope.REST,
        where=Where.HEAD,
        within=3,
        examples=("Disclaimer: This article is for information only and is not investment advice.",),
        counterexamples=("Disclaimers on the product were too small, the court found.",),
    ),
    Rule(
        id="disclaimer.not-advice",
        category="disclaimer",
        pattern=(
            r"(?:this|the above|the information above|this (?:article|content|post|material)|nothing (?:in this|here(?:in)?)[\w ]{0,20})"
            r"[ \t](?:is|does)[ \t]not[ \t](?:constitute[ \t])?(?:a[ \t])?(?:financial|investment|trading)[ \t](?:advice|recommendation)s?"
            r"|not[ \t](?:financial|investment)[ \t]advice(?:\.[ \t]*do[ \t]your[ \t]own[ \t]research(?:[ \t]\(dyor\))?)?"
        ),
        description="A 'this is not financial advice' sentence.",
        where=Where.TAIL,
        within=4,
        max_chars=160,
        examples=(
            "This is not financial advice.",
            "Not financial advice. Do your own research (DYOR).",
            "This article does not constitute investment advice.",
        ),
        counterexamples=(
            "Analysts advise caution after the rally.",
            "He said it was not financial advice he was giving, but a warning.",
        ),
    ),
    Rule(
        id="disclaimer.investing-risk",
        category="disclaimer",
        pattern=r"(?:investing|investment|investments|trading)[ \t](?:carries|involves)[ \t](?:a[ \t])?(?:high[ \t]|significant[ \t]|substantial[ \t])?(?:degree[ \t]of[ \t])?risks?",
        description="'Investing carries risk.' as a sentence of its own.",
        where=Where.TAIL,
        within=4,
        max_chars=80,
        examples=("Investing carries risk.", "Trading involves substantial risk."),
        counterexamples=("Investing carries risk, but the fund's managers say the rewards justify it.",),
    ),
)
