"""Shared regex fragments for rule patterns: names, dates, times, separators.

Kept small and bounded (no nested unbounded repeats), so every rule stays linear.
"""

from __future__ import annotations

#: A source or brand name: 1-6 words, capitalised or CJK, possibly with & . ' ’ -.
SOURCE = r"(?:[A-Z\u4e00-\u9fff][\w&.'’\-]{0,30}?(?:[ \t][A-Z\u4e00-\u9fff&][\w&.'’\-]{0,30}?){0,5}?)"

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A clock time: 10:32, 10:32 AM, 10:32 a.m. ET, 10:32:05 GMT+8, 4.12pm.
TIME = (
    r"(?:(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[ \t]?[Mm]\.?)?|\d{1,2}\.\d{2}[ \t]?[AaPp]\.?[Mm]\.?"
    r"|\d{1,2}\.\d{2}(?=[ \t]?(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|HKT|SGT|JST|KST|AEST|AEDT|Uhr)\b)|\d{1,2}h\d{2})"
    r"(?:[ \t]?Uhr|h\b)?"
    r"(?:[ \t]?\((?:GMT[+-]\d{1,2}(?::?\d{2})?|UTC[+-]?\d{1,2}(?::?\d{2})?|[A-Z]{2,4}|UTC)\)|[ \t]?(?:[A-Z]{2,4}|GMT[+-]\d{1,2}(?::?\d{2})?|UTC[+-]?\d{0,2}(?::\d{2})?"
    r"|(?:Eastern|Central|Mountain|Pacific|Greenwich|British|Hong[ \t]Kong|China|Japan|Singapore|India)"
    r"(?:[ \t](?:Standard|Daylight|Summer|Mean))?[ \t]Time))?)"
)
#: Month names and abbreviations in German, French, Spanish, Portuguese, Italian and Dutch
#: (English ones are ``MONTH``); only used before a year, where they cannot be a word.
MONTH_INTL = (
    r"(?i:jan(?:uar|vier|eiro|uari)?|jän(?:ner)?|feb(?:ruar|rero|braio|ruari)?|févr(?:ier)?|fev(?:ereiro)?|mär(?:z)?|mars|marzo?|março|maart"
    r"|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|mai|maio?|mayo|maggio|mei|jun(?:i|io|ho)?|juin|giu(?:gno)?|jul(?:i|io|ho)?|juil(?:let)?|lug(?:lio)?"
    r"|aug(?:ust|ustus)?|août|ago(?:sto)?|sep(?:t(?:ember|embre|iembre)?)?|setiembre|set(?:embro|tembre)?|okt(?:ober)?|oct(?:obre|ubre)?|out(?:ubro)?"
    r"|ott(?:obre)?|nov(?:ember|embre|iembre|embro)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?|dec(?:ember)?|ene(?:ro)?|gen(?:naio)?"
    # Turkish, Polish (genitive), Swedish and Indonesian names not above
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
    r"|maj|juni|juli|agustus|desember|des)\.?"
)
#: A date with a year, or a month name; numeric month-day without a year.
DATE_FULL = (
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|" + MONTH + r"[ \t]\d{1,2}(?:st|nd|rd|th)?,?(?:[ \t]\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]" + MONTH + r"[ \t]?,?(?:[ \t]?\d{4})?"
    r"|\d{1,2}\.?[ \t](?:de[ \t])?" + MONTH_INTL + r"(?:[ \t]de)?,?[ \t]\d{4}"
    r"(?:[ \t](?i:pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar))?"
    r"|\d{1,2}\." + MONTH_INTL + r"\d{4})"
)
DATE_SHORT = r"(?:[01]?\d-[0-3]?\d)"
#: A relative time: 2 hours ago, 5 mins ago.
AGO = (
    r"(?:(?:about[ \t]|over[ \t]|almost[ \t])?(?:\d{1,3}[ \t]?(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|[hmd])"
    r"|an?[ \t](?:second|minute|hour|day|week|month))[ \t]ago"
    r"|\d{1,3}[ \t]?(?:秒|分|分钟|分鐘|時間|小时|小時|天|日)前|\d{1,3}[ \t]?(?:초|분|시간|일)[ \t]?전"
    r"|(?:há|hace|il[ \t]y[ \t]a|vor)[ \t]\d{1,3}[ \t](?:segundos?|minutos?|horas?|días?|dias?|secondes?|minutes?|heures?|jours?"
    r"|sekunden|minuten|stunden|tagen?)|\d{1,3}[ \t](?:minuti|ore|giorni)[ \t]fa|\d{1,3}[ \t](?:minuten|uur|dagen)[ \t]geleden)"
)
#: A separator between byline parts.
SEP = r"(?:[ \t]*[|·•–—/,][ \t]*|[ \t]+-[ \t]+|[ \t]+)"
#: Straight or curly apostrophe.
APOS = r"['’]"

# -- chrome and comments fragments ------------------------------------------------------

#: A person's name, case-sensitive: 1-5 capitalised words (initials, particles, hyphens,
#: apostrophes allowed). Use in rules with ``ignore_case=False``.
NAME = (
    r"(?:[A-Z][\w'’.\-]{0,25}"
    r"(?:[ \t](?:[A-Z][\w'’.\-]{0,25}|de|da|di|del|der|van|von|la|le|bin|al|dos|du|y)){0,4})"
)
#: Up to eight names joined by commas, 'and' or '&' (a list of reporters).
NAMES = NAME + r"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)" + NAME + r"){0,8}"
#: A Chinese personal name: two to four characters (· in transliterated names), or a surname
#: and a given name with one space between them, as sites pad and split names (刘 慧, 韩 雨亭).
ZH_NAME = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,2}[ \t\xa0\u3000][\u4e00-\u9fff]{1,2})"
#: An e-mail address.
EMAIL = r"(?:[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4})"
#: A URL with a scheme or a www. prefix.
URL = r"(?:(?:https?://|www\.)[^\s<>\"]{1,200})"
#: A social-media handle.
HANDLE = r"(?:@\w{1,30})"
#: A weekday, full or abbreviated.
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"
#: A social network or messaging service.
SOCIAL = (
    r"(?:Twitter|X|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Bluesky|Mastodon|Telegram"
    r"|WhatsApp|Flipboard|Google[ \t]News|Apple[ \t]News|Snapchat|Pinterest|Reddit|Weibo|WeChat"
    r"|Twitch|Substack|微博|微信|social[ \t]media)"
)
#: A copyright mark.
COPY_MARK = r"(?:©|ⓒ|\([cC]\))"
