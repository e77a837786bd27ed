"""The catalogue of page elements that are never article content: rules as data.

Like the text rules (``cleanse.rules``), every rule has an id, a category, a description and
examples (HTML snippets it drops) and counterexamples (snippets it keeps); the tests check
both for every rule. A rule matches on one of:

- ``tags``: element names dropped outright (``script``, ``nav``, ...);
- ``names``: a regular expression searched in each class name, id, ``itemprop`` and
  ``aria-label`` of an element, after splitting it into lower-case words
  (``shareBar`` and ``share-bar`` both read ``share bar``); the match must start a word;
- ``roles``: ARIA ``role`` values;
- ``hidden``: the element is hidden (``hidden``, ``aria-hidden="true"``, ``display:none``).

Rules whose ``guarded`` is true never drop an element holding half or more of the page's
prose (a ``<div class="main has-sidebar">`` wrapping the article stays); the body-finder
then works inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ELEMENT_RULES", "ElementRule"]


@dataclass(frozen=True, slots=True)
class ElementRule:
    id: str
    category: str
    description: str
    tags: tuple[str, ...] = ()
    names: str = ""
    roles: tuple[str, ...] = ()
    hidden: bool = False
    guarded: bool = True
    #: Keep a matching element that reads as story text (two or more unlinked prose paragraphs).
    story: bool = False
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not re.fullmatch(r"html\.[a-z0-9]+(?:-[a-z0-9]+)*", self.id):
            raise ValueError(f"element rule id {self.id!r} must look like 'html.short-name'")
        if self.names:
            re.compile(self.names)


def _words(*alts: str) -> str:
    """Alternatives that must start a word; they may run on (``sharebar``) only where written so."""
    return r"\b(?:" + "|".join(alts) + r")\b"


ELEMENT_RULES: tuple[ElementRule, ...] = (
    # --- never content, by element name -------------------------------------------------
    ElementRule(
        "html.code",
        "structure",
        "Scripts, styles, templates and other non-text elements.",
        tags=(
            "script",
            "style",
            "template",
            "noscript",
            "link",
            "meta",
            "svg",
            "canvas",
            "object",
            "embed",
            "video",
            "audio",
            "map",
            "head",
            "title",
        ),
        guarded=False,
        examples=('<script>var story = "x";</script>', "<style>p { color: red }</style>"),
    ),
    ElementRule(
        "html.frames",
        "structure",
        "Frames and embedded documents: their content is another page.",
        tags=("iframe", "frame"),
        guarded=False,
        examples=('<iframe src="https://example.com/embed">Embedded player</iframe>',),
    ),
    ElementRule(
        "html.form",
        "structure",
        "Forms and their controls: search boxes, sign-up forms, polls.",
        tags=("form", "button", "input", "select", "textarea", "label", "dialog", "menu", "option"),
        examples=(
            '<form action="/search"><input name="q"> Search the site</form>',
            "<button>Load more stories</button>",
        ),
    ),
    ElementRule(
        "html.nav",
        "chrome",
        "Navigation: <nav> and role=navigation.",
        tags=("nav",),
        roles=("navigation", "menubar", "menu", "search", "toolbar", "tablist"),
        examples=(
            '<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>',
            '<div role="navigation"><a href="/">Home</a></div>',
        ),
    ),
    ElementRule(
        "html.header-footer",
        "chrome",
        "Page and article headers and footers: masthead, headline block, tags, copyright.",
        tags=("header", "footer"),
        roles=("banner", "contentinfo"),
        examples=(
            "<footer>© 2024 Example Media. All rights reserved.</footer>",
            '<div role="contentinfo">Terms of use</div>',
        ),
    ),
    ElementRule(
        "html.aside",
        "chrome",
        "Asides and complementary boxes: <aside>, role=complementary, sidebars.",
        tags=("aside",),
        roles=("complementary",),
        names=_words(
            "sidebar", "side bar", "rail", "right rail", "left rail", "sidebox", "widget", "widgets"
        ),
        examples=(
            "<aside>Most read: Oil slips</aside>",
            '<div class="sidebar">Trending now</div>',
            '<div id="rightRail">Top stories</div>',
        ),
        counterexamples=('<div class="railway-story">Trains ran late.</div>',),
    ),
    # --- hidden ------------------------------------------------------------------------------
    ElementRule(
        "html.hidden",
        "hidden",
        "Hidden elements: the hidden attribute, aria-hidden=true, display:none, visibility:hidden.",
        hidden=True,
        examples=(
            "<div hidden>Subscriber-only promo</div>",
            '<div style="display: none">Sign in to continue</div>',
            '<span aria-hidden="true">Close</span>',
        ),
        counterexamples=('<div style="display:block">Visible words stay.</div>',),
    ),
    # --- chrome, by class / id / role / itemprop ---------------------------------------------
    ElementRule(
        "html.share-bar",
        "chrome",
        "Share and social bars: share buttons, follow-us blocks, social links.",
        names=_words(
            "share",
            "shares",
            "sharing",
            "sharebar",
            "sharetools",
            "share tools",
            # an embedded social post (a quoted tweet) is content, not a share bar
            r"social(?! (?:media )?(?:embed|embeds|post|posts|card)\b)",
            "socials",
            "addthis",
            "sharethis",
            "follow us",
            r"social media(?! (?:embed|embeds|post|posts|card)\b)",
            "print email",
        ),
        examples=(
            '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>',
            '<ul class="socialLinks"><li>Follow us</li></ul>',
        ),
        counterexamples=(
            '<div class="shareholder-letter">Shareholders met.</div>',
            '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The campaign cost half '
            "a million dollars, the state said on Monday.</p></blockquote></div>",
        ),
    ),
    ElementRule(
        "html.comments",
        "comments",
        "Comment sections: comment lists, comment forms, Disqus and similar.",
        names=_words(
            "comments",
            "comment",
            "commentlist",
            "comment list",
            "comment section",
            "disqus",
            "disqus thread",
            "respond",
            "responses",
            "replies",
            "discussion",
            "talkback",
        ),
        examples=(
            '<section id="comments"><p>Great article!</p></section>',
            '<div id="disqus_thread">Load comments</div>',
        ),
        counterexamples=('<div class="commentary-body">Analysts said prices would rise.</div>',),
    ),
    ElementRule(
        "html.related",
        "chrome",
        "Related, recommended and more-stories lists, read-next and most-popular boxes.",
        names=_words(
            "related",
            "recommended",
            "recommendations",
            "recirc",
            "recirculation",
            "more stories",
            "more from",
            "more articles",
            "read next",
            "read more",
            "readmore",
            "up next",
            "most popular",
            "most read",
            "mostread",
            "popular",
            "trending",
            "outbrain",
            "taboola",
            "also read",
            "see also",
            "you may like",
            "more news",
            "further reading",
            "top stories",
            "latest news",
            "news list",
        ),
        examples=(
            '<div class="related-articles"><a href="/a">Oil slips</a></div>',
            '<div class="OUTBRAIN">Promoted stories</div>',
        ),
        counterexamples=('<div class="relatedness-study">Researchers compared genomes.</div>',),
    ),
    ElementRule(
        "html.newsletter",
        "chrome",
        "Newsletter, subscription and sign-up boxes.",
        names=_words(
            "newsletter",
            "newsletters",
            "subscribe",
            "subscription",
            "signup",
            "sign up",
            "registration",
            "piano",
            "inline signup",
            "email signup",
        ),
        examples=(
            '<div class="newsletter-signup">Get our daily briefing</div>',
            '<div id="subscribeBox">Subscribe now</div>',
        ),
        counterexamples=('<div class="subscriber-story">Subscribers rose 5%.</div>',),
    ),
    ElementRule(
        "html.paywall",
        "chrome",
        "Paywall and registration-wall prompts. Sites also wrap the gated rest of the story in a "
        "paywall element: a block of two or more unlinked prose paragraphs is kept.",
        names=_words("paywall", "paywalled", "regwall", "metered", "meter wall"),
        story=True,
        examples=(
            '<div class="paywall-prompt"><p>Subscribe to keep reading.</p><a href="/s">Subscribe</a></div>',
            '<div id="regwall">Register for free to read the rest of this article.</div>',
        ),
        counterexamples=(
            '<div class="paywall"><p>The company said demand held up in the third quarter across its '
            "stores, even as the cost of freight rose.</p><p>Analysts had expected a weaker quarter, "
            "citing higher interest rates and a slower housing market.</p></div>",
        ),
    ),
    ElementRule(
        "html.consent",
        "chrome",
        "Cookie and consent banners, GDPR notices, modals and pop-ups.",
        names=_words(
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "cmp",
            "privacy banner",
            "modal",
            "popup",
            "overlay",
            "lightbox",
            "interstitial",
        ),
        examples=('<div id="cookie-banner">We use cookies.</div>', '<div class="gdpr-consent">Accept</div>'),
    ),
    ElementRule(
        "html.ads",
        "chrome",
        "Advertisements, sponsored and promotional boxes.",
        names=_words(
            "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "adslot",
            "ad slot",
            "ad unit",
            "ad container",
            "ad wrapper",
            "adsense",
            "dfp",
            "gpt ad",
            "google ad",
            "sponsor",
            "sponsored",
            "promo",
            "promos",
            "promotion",
            "promoted",
            "native ad",
            "banner ad",
            "leaderboard",
            "skyscraper",
            "mpu",
            "billboard",
        ),
        examples=(
            '<div class="ad-slot">Advertisement</div>',
            '<div id="div-gpt-ad-123">Ad</div>',
            '<div class="promo-box">Try our app</div>',
        ),
        counterexamples=(
            '<div class="address">10 Downing Street</div>',
            '<div class="adjusted-figures">Sales rose.</div>',
        ),
    ),
    ElementRule(
        "html.breadcrumbs",
        "chrome",
        "Breadcrumbs, pagination and section labels.",
        names=_words(
            "breadcrumb",
            "breadcrumbs",
            "crumbs",
            "pagination",
            "pager",
            "kicker",
            "eyebrow",
            "tags",
            "tag list",
            "taglist",
            "topics",
            "keywords",
            "categories",
        ),
        examples=(
            '<ol class="breadcrumb"><li>Home</li><li>Markets</li></ol>',
            '<div class="tags"><a href="/t/energy">Energy policy</a></div>',
        ),
    ),
    ElementRule(
        "html.menu",
        "chrome",
        "Menus, mastheads, toolbars, site headers and footers marked by class or id.",
        names=_words(
            "menu",
            "menus",
            "navbar",
            "nav",
            "navigation",
            "masthead",
            "site header",
            "site footer",
            "global header",
            "global footer",
            "page header",
            "page footer",
            "header",
            "footer",
            "toolbar",
            "skip link",
            "skip links",
            "topbar",
            "bottom bar",
        ),
        examples=(
            '<div class="main-menu"><a href="/">Home</a></div>',
            '<div id="site-footer">About us</div>',
        ),
        counterexamples=('<div class="menuitem-prices">Restaurants raised prices.</div>',),
    ),
    ElementRule(
        "html.author-box",
        "chrome",
        "Author boxes, bylines, bios and datelines marked by class or itemprop.",
        names=_words(
            "author",
            "authors",
            "author bio",
            "byline",
            "bylines",
            "bio",
            "contributor",
            "about the author",
            "author info",
            "dateline",
            "timestamp",
            "publish date",
            "published",
            "date published",
            "date modified",
            "meta data",
            "post meta",
            "article meta",
            "entry meta",
        ),
        examples=(
            '<div class="author-bio">Jane Doe covers banks.</div>',
            '<span class="byline">By Jane Doe</span>',
        ),
        counterexamples=('<div class="authority-report">The authority fined the bank.</div>',),
    ),
    ElementRule(
        "html.caption-credit",
        "chrome",
        "Image credits and photo captions' credit lines, media overlays.",
        names=_words(
            "credit",
            "credits",
            "photo credit",
            "image credit",
            "copyright",
            "caption credit",
            "getty",
            "media credit",
        ),
        examples=('<span class="image-credit">Photo: Reuters</span>',),
        counterexamples=('<div class="creditworthiness">Credit spreads widened.</div>',),
    ),
    ElementRule(
        "html.caption",
        "chrome",
        "Photo and gallery captions.",
        tags=("figcaption",),
        names=_words("caption", "captions"),
        examples=(
            "<figcaption>Traders on the floor.</figcaption>",
            '<div class="gallery-caption">The minister, left, and his counterpart shake hands.</div>',
        ),
        counterexamples=('<div class="captionless-story">Prices rose again in March.</div>',),
    ),
)
