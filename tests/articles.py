"""Story text used to build test documents: real-looking paragraphs that no rule touches."""

from __future__ import annotations

TITLE = "Central Bank Holds Rates Steady as Inflation Cools"

PARAGRAPHS = (
    "The central bank left its benchmark rate unchanged on Wednesday, citing a steady decline in "
    "consumer prices over the past six months and a labour market that remains resilient.",
    '"We are not yet where we need to be," the governor told reporters in Frankfurt, adding that '
    "policymakers would watch wage growth closely before deciding on any cut.",
    "Shares of regional lenders rose 2.4% after the decision, while the yield on the two-year note "
    "fell to 3.1%, its lowest level since March.",
    "Analysts at two large brokers said they now expect the first cut in the spring, though some "
    "cautioned that energy prices could still push inflation higher this winter.",
)

ARTICLE = "\n\n".join(PARAGRAPHS)
