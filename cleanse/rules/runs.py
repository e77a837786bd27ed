"""Shape rules: runs of menu-like lines at the edges of a page (navigation, link lists,
social links, footers). They recognise a layout, not a phrase.

A menu-like line is short and does not end like a sentence. Three or more in a row before the
first prose paragraph, or after the last one, are chrome; the run stops at prose. A label (a
brand, a badge) at the tail is chrome when it touches boilerplate already removed. Category
``chrome``.
"""

from __future__ import annotations

from .base import Rule, Scope, Where
from .patterns import AGO, DATE_FULL, HANDLE, NAME, TIME, WEEKDAY

#: Composite rows at the edges ("By: X - Reporter / @handle Outlet / 05:20 AM February 14,
#: 2025", "Posted on Feb 7, 2025 | Category: Drilling & Rigs"): the engine splits a line that
#: no rule matches at these separators, and removes it when one part or more is a line some
#: rule removes and every other part is ``ROW_META``.
ROW_SEPARATOR = r"[ \t\xa0\u3000]+[|｜/／·•][ \t\xa0\u3000]+|[ \t\xa0\u3000]{2,}|\u3000"
#: A part of a composite row that names or dates it: a handle and outlet, a name, a date or
#: time, a phone number. (An e-mail address or a link is a part that a rule removes.)
ROW_META = (
    r"(?:"
    + HANDLE
    + r"(?:[ \t]"
    + NAME
    + r")?|"
    + NAME
    + r"|(?:"
    + WEEKDAY
    + r",?[ \t])?(?:"
    + DATE_FULL
    + r"|"
    + TIME
    + r"|"
    + AGO
    + r")(?:,?[ \t](?:at[ \t])?(?:"
    + DATE_FULL
    + r"|"
    + TIME
    + r"))?"
    + r"|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    + r"|\+?\d[\d \t().-]{6,18}\d)"
)

#: A menu item: at most 8 words and 60 characters (16 if it holds kana or hangul, 10 if it
#: holds Chinese characters only: CJK packs a sentence, or a short Chinese headline, into few
#: characters), starting with a letter (not a list number), no URL and no comma
#: (lists of dates, places or links in a story have them), at most one number (scores and
#: tables have several), no 'label: value' pair (a list of facts), not ending like a sentence.
MENU_LINE = (
    r"(?![^\n]*(?:://|[,，、]|\d[^\d\n]+\d|\S[:：][ \t]+\S))(?!(?:\S+[ \t]+){8})"
    r"(?=[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,60}\Z|[^\n]{1,10}\Z|(?=[^\n]*[\u3040-\u30ff\uac00-\ud7af])[^\n]{1,16}\Z)"
    r"[^\W\d_](?:[^\n]*[^\s.!?。！？;；\"”’'…])?"
)

#: A Chinese summary heading over a research note's or a story's first paragraph: 核心观点,
#: 投资要点, 报告摘要, 本文导读, 研究结论, 投资建议 (a qualifier before the word; 观点 alone is a
#: site's section in its menu).
SUMMARY_HEADING = (
    r"(?![^\n]*[\u3400-\u9fff](?:观点|觀點|要点|要點|摘要|概要|导读|導讀|总结|總結|结论|結論|亮点|亮點|建议|建議)\Z)"
)

#: A quote of a market-data strip printed one instrument a line: a short name (DOW, S&P 500,
#: AUD/USD, Iron ore, 恒生指数), its level and a signed change (+0.62%, -186.33, -3.12 (-0.20%)).
QUOTE_LINE = (
    r"[^\W\d_][\w&/.'’ -]{0,24}?[ \t\xa0]+(?:US\$|\$US|A\$|[$€£¥])?\d[\d,]*(?:\.\d+)?"
    r"(?:[ \t\xa0]+[+\-−▲▼][ \t\xa0]?\d[\d,]*(?:\.\d+)?%?){1,2}(?:[ \t\xa0]+\([+\-−]\d[\d,]*(?:\.\d+)?%\))?"
)

#: A label: a menu-like line of at most four words and 30 characters (10 if Chinese only):
#: a brand line, a section tag, a "Premium" badge.
LABEL_LINE = (
    r"(?![^\n]*(?:://|[,，、]|\d[^\d\n]+\d|观点|觀點|要点|要點|摘要|概要|导读|導讀|总结|總結|结论|結論))(?!(?:\S+[ \t]+){4})"
    r"(?=[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,30}\Z|[^\n]{1,10}\Z)"
    r"[^\W\d_](?:[^\n]*[^\s.!?。！？;；:：\"”’'…])?"
)

#: A section kicker: one to three words and at most 30 characters, starting with a letter, with
#: no digit, comma, colon or bar and no sentence end; no Chinese characters unless kana or
#: hangul mark it as Japanese or Korean (a short Chinese line may be a headline); or two such
#: parts of one or two words each, without digits, on either side of a bar (News | Fixed income).
KICKER_LINE = (
    r"(?![^\n]*[\d,，、:：|｜])(?!(?:\S+[ \t\xa0]+){3})"
    r"(?=[^\u3400-\u9fff\n]{1,30}\Z|(?=[^\n]*[\u3040-\u30ff\uac00-\ud7af])[^\n]{1,12}\Z)"
    r"[^\W\d_](?:[^\n]*[^\s.!?。！？;；…\"”’'])?"
    # a section and its subsection between a bar: 'News | Fixed income', 'Money | Savings'
    r"|(?![^\n]*\d)[^\W\d_][\w&'’-]{0,20}(?:[ \t\xa0][\w&'’-]{1,20})?[ \t\xa0]{1,3}\|[ \t\xa0]{1,3}[^\W\d_][\w&'’-]{0,20}(?:[ \t\xa0][\w&'’-]{1,20})?"
    # a masthead naming the site as a wire or a business paper: Jiji Press English News Service,
    # Puget Sound Business Journal (capitalised words only)
    r"|(?-i:[A-Z][\w&'’.-]{1,20}(?:[ \t\xa0][A-Z][\w&'’.-]{1,20}){0,3}[ \t\xa0](?:News[ \t\xa0](?:Service|Agency|Wire)|Newswire|Business[ \t\xa0](?:Journal|Times|Review|Daily|Chronicle|Report)))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="chrome.kicker",
        category="chrome",
        pattern=KICKER_LINE,
        description=(
            "Section kickers above the headline: one to three short label lines at the very top, right above a "
            "headline that the story follows (Wirtschaft / Banken, Tech - Médias, Mercados financieros, ビジネス)."
        ),
        scope=Scope.RUN,
        where=Where.HEAD,
        within=1,
        max_chars=40,
        min_run=1,
        before_headline=True,
        examples=(
            "Wirtschaft\nBanken",
            "Tech - Médias",
            "Mercados y Cotizaciones",
            "AERONAUTIQUE & DEFENSE",
            "ビジネス",
            "News | Equities",
            "Money | Pensions",
            "Markets  |  Commodities",
            "Kyodo English News Service",
            "Triangle Business Journal",
        ),
        counterexamples=(
            "Key dates:\nMonday: the vote",
            "Breaking: Fed cuts rates",
            "2025 outlook",
            "央行降息",
            "Q3 | 2025",
            "Fed holds rates | Live coverage",
            "Gannett sells Business Journal",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.menu-head",
        category="chrome",
        # Not a heading that ends with a colon: it introduces the story (核心观点：, Key points:).
        # Nor a summary heading (核心观点) that the removed analyst lines above it make look like
        # the last item of a run.
        pattern=r"(?![^\n]*[:：]\Z)" + SUMMARY_HEADING + MENU_LINE,
        description="A run of 3+ short menu-like lines before the first prose paragraph (navigation, section lists).",
        scope=Scope.RUN,
        where=Where.HEAD,
        within=4,
        max_chars=60,
        examples=("Tech\nCars\nGaming\nEntertainment\nScience", "Home\nMarkets\nEconomy\nSearch", "首页\n要闻\n观点\n财经"),
        counterexamples=(
            "GIRLS BASKETBALL\nPalm Bay d. Rockledge 70-44\nRockledge 14 11 6 15 — 44\nPalm Bay 18 22 13 17 — 70",
            "Key points:\nThe bank held rates at 4%, as expected by most economists.\nInflation slowed to 2.4% in October.",
            "投资要点：\n公司一季度营收同比增长32%，毛利率提升2.1个百分点，订单饱满。",
            "核心观点\n前三季度上市券商营收同比增长5.2%，自营业务贡献主要增量。",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.quote-run-head",
        category="chrome",
        pattern=QUOTE_LINE,
        description=(
            "A market-data strip at the head printed one instrument a line, two lines or more before the first "
            "prose paragraph (DOW 41,488.19 -0.62% / S&P 500 5,599.30 -0.81%, 加權指數 21,842.16 -186.33)."
        ),
        scope=Scope.RUN,
        where=Where.HEAD,
        within=4,
        max_chars=60,
        min_run=2,
        examples=(
            "DOW 42,310.77 +0.41%\nS&P 500 5,702.18 +0.22%\nNASDAQ 18,020.40 -0.15%",
            "FTSE 100 8,611.3 -0.4%\nGBP/USD 1.2914 +0.1%\nBrent $US74.20 -1.2%",
            "STI 3,912.55 +8.21 (+0.21%)\nKLCI 1,540.02 -2.40 (-0.16%)",
            "上证指数 3,371.92 +0.45%\n深证成指 10,812.33 -0.21%",
            "恒指 23,115 -208\n國指 8,440 -95",
        ),
        counterexamples=(
            "Revenue: $4.2bn +3%\nNet profit: $612m +41%",
            "Net profit rose 41% to RM187.6 million.\nRevenue rose 18% to RM1.42 billion.",
            "Q4 2024 3.1% +0.2\nQ3 2024 2.9% -0.1",
            "2023 4,210 +3%\n2024 4,480 +6%",
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
            "Tour dates:\nJune 9 – West Palm Beach, FL\nJune 10 – Tampa, FL\nJune 14 – Alpharetta, GA",
            "He declined to comment.\nShe did not respond.\nThe company said nothing further.",
            "Spain (Group F): 11th appearance\nFinland (Group J): Zero appearances\nWales (Group E): Second appearance",
            "15) Thriller (Vinile)\nhttp://amzn.to/2B5WGKP\n16) Monopoly – Travel\nhttp://amzn.to/2hWbQ1f",
            "また、その他にも、\nもとの商品に付された商標を剥奪抹消した商品を販売する行為や、\n小分けにして販売するような行為は、",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.label-head",
        category="chrome",
        pattern=LABEL_LINE,
        description=(
            "A short label line (a brand, a kicker, a section tag) at the head, touching boilerplate already "
            "removed (MarketWatch above its dateline, Key Points, 财经频道)."
        ),
        scope=Scope.RUN,
        where=Where.HEAD,
        within=4,
        max_chars=30,
        min_run=2,
        beside_removed=True,
        examples=("MarketWatch\nAdvertisement", "Key Points\nAdvertisement", "財經\nAdvertisement"),
        counterexamples=("Key dates\nMonday: the vote", "Facebook\nTwitter", "Ingredients\nFlour"),
        languages=("*",),
    ),
    Rule(
        id="chrome.label-tail",
        category="chrome",
        pattern=LABEL_LINE,
        description=(
            "A short label line (a brand, a badge, a section tag) at the tail, touching boilerplate already "
            "removed (TheStreet, Premium, Forex News, 阿思達克財經新聞, 中证网声明)."
        ),
        scope=Scope.RUN,
        where=Where.TAIL,
        within=3,
        max_chars=30,
        min_run=2,
        beside_removed=True,
        examples=("Premium\nAdvertisement", "中证网声明\nAdvertisement", "Forex News\nAdvertisement"),
        counterexamples=(
            "Key dates:\nMonday: the vote",
            "He declined to comment.\nShe did not respond.",
            "The index rose 2% on Friday.\nOil fell.",
            "Facebook\nTwitter",
            "Ingredients\nFlour",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.counter-head",
        category="chrome",
        # Not a one- or two-digit number nor one with a leading zero: 1, 12, 01 stand above a
        # story's sections.
        pattern=r"\+1|(?:0|[1-9]\d{2,7}|\d{1,4}(?:\.\d{1,2})?[万萬wWkK])\+?",
        description=(
            "A bare count (likes, shares, comments: 0, 386, 1.2万) alone on a line at the head, touching page "
            "tools already removed (举报 / 0 / 分享至)."
        ),
        scope=Scope.RUN,
        where=Where.HEAD,
        within=6,
        max_chars=12,
        min_run=2,
        beside_removed=True,
        examples=("+1\n0", "+1\n386", "+1\n1.2万"),
        counterexamples=("01", "12", "386", "2024年"),
        languages=("*",),
    ),
    Rule(
        id="chrome.counter-tail",
        category="chrome",
        pattern=r"\+?\d{1,7}(?:\.\d{1,2})?[万萬wWkK]?\+?",
        description=(
            "A bare count (likes, shares, comments: 24, 1.2万) alone on a line at the tail, touching page tools "
            "already removed (+1 / 24 / 收藏)."
        ),
        scope=Scope.RUN,
        where=Where.TAIL,
        within=4,
        max_chars=12,
        min_run=2,
        beside_removed=True,
        examples=("+1\n24", "+1\n3.6万"),
        counterexamples=("24", "2024年", "3.5%"),
        languages=("*",),
    ),
)
