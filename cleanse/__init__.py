"""cleanse: scraped news articles in, clean article bodies out.

>>> import cleanse
>>> cleanse.clean("Markets rose.\\n\\nAdvertisement\\n\\nBonds fell.")
'Markets rose.\\n\\nBonds fell.'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .cleaner import Cleaner
from .config import Config
from .result import CleanResult, Fix, Removal, apply_removals
from .rules import CATALOGUE, Rule, Scope, Where, load_rules

__all__ = [
    "CATALOGUE",
    "CleanResult",
    "Cleaner",
    "Config",
    "Fix",
    "Removal",
    "Rule",
    "Scope",
    "Where",
    "apply_removals",
    "clean",
    "clean_html",
    "explain",
    "explain_html",
    "load_rules",
]

__version__ = "0.1.0"


@lru_cache(maxsize=32)
def _cleaner(config: Config) -> Cleaner:
    return Cleaner(config)


def _for(options: dict[str, Any]) -> Cleaner:
    return _cleaner(Config(**options)) if options else _DEFAULT


_DEFAULT = Cleaner()


def clean(text: str, /, **options: Any) -> str:
    """The cleaned article. ``options`` are ``Config`` fields."""
    return _for(options).clean(text)


def explain(text: str, /, **options: Any) -> CleanResult:
    """The cleaned article with the evidence (see ``CleanResult``)."""
    return _for(options).explain(text)


def clean_html(page: object, /, **options: Any) -> str:
    """The clean article body of an HTML page (``str``, ``bytes`` or a BeautifulSoup/Tag).

    ``options`` are ``Config`` fields. See ``cleanse.html``.
    """
    from .html import clean_html as run

    return run(page, **options)


def explain_html(page: object, /, **options: Any) -> Any:
    """The article body of an HTML page with the evidence (a ``cleanse.html.HtmlResult``)."""
    from .html import explain_html as run

    return run(page, **options)
