"""Financial disclaimers and disclosures, and the promotional stock-pick blocks that
newsletters append to syndicated stories.

Order is priority: the first rule that matches a unit names the removal.

Design: labelled paragraphs ("Disclaimer:", "风险提示：", "Risikohinweis:") are REST rules
(the label anchors, the rest of the line goes); unlabelled disclaimer *sentences* are LINE
rules shaped as a whole sentence, so that the engine can also peel them one by one off the
end of the last story paragraph when they are glued to it. Almost everything lives at the
tail (``within`` a few lines of the end); a few labelled forms also right after the title.
Spans are bounded (``[^\\n]{0,N}``) so that every pattern stays linear.
"""

from __future__ import annotations

from .base import Rule, Scope, Where

# -- local fragments -----------------------------------------------------------------------

#: A capitalised name of 1-4 words (a person or a brand): "Jane Doe", "The Motley Fool".
_NAME = r"[A-Z][\w.&'’\-]{0,24}(?:[ \t](?:[A-Z][\w.&'’\-]{0,24}|of|de|van|von|and|&)){0,4}"
#: A person's name: 2-4 capitalised words ("Jane Doe", "J. R. Smith", "Mary-Ann O’Neil").
_PERSON = r"[A-Z][\w.'’\-]{0,20}(?:[ \t][A-Z][\w.'’\-]{0,20}){1,3}"
#: A list of company names: "Alphabet, Amazon, and Bank of America" (capitalised items only).
_COMPANY = r"[A-Z][\w.&'’\-]{0,30}(?:[ \t](?:[A-Z][\w.&'’\-]{0,30}|of|de|&)){0,4}"
_COMPANIES = _COMPANY + r"(?:(?:,[ \t]|,?[ \t]and[ \t])" + _COMPANY + r"){0,20}"
#: What a disclaimer talks about: this article, the content above, the information here.
_SUBJECT = (
    r"(?:(?:editor['’]s[ \t]note|please[ \t]note|note|important)[ \t]*[:：\-–—][ \t]*)?(?:(?:this|the|our|such|all|any|these)[ \t](?:above[ \t]|following[ \t]|foregoing[ \t]|investing[ \t]|financial[ \t]|general[ \t]"
    r"|market[ \t]|editorial[ \t]|sponsored[ \t]|educational[ \t])?"
    r"(?:article|content|post|material|materials|information|report|video|analysis|commentary|website|site|"
    r"page|publication|newsletter|piece|blog(?:[ \t]post)?|column|communication|document|presentation|client[ \t]alert|alert|briefing|update|"
    r"research|podcast|release|press[ \t]release|news[ \t]release|text|views|opinions|statements|comments,?[ \t]opinions|analyses|insights|"
    r"information[ \t]and[ \t]data|content[ \t]and[ \t]information)s?"
    r"|the[ \t]above|nothing(?:[ \t](?:in|on|contained[ \t]in|within)[ \t](?:this|the|our)[ \t]\w+(?:[ \t]\w+)?|[ \t]herein|[ \t]here)?"
    r"|none[ \t]of[ \t](?:the|this|our)[ \t]\w+(?:[ \t]\w+)?)"
)
_ADVICE = (
    r"(?:(?:financial|investment|investing|trading|tax|legal|professional|personal|personalised|personalized)"
    r"(?:,?[ \t](?:or|and|/)[ \t]?(?:\w+[ \t])?\w+|,[ \t]\w+){0,3}[ \t](?:advice|recommendations?|advisory|counsel)"
    r"|(?:an?[ \t]|any[ \t])?(?:offer|solicitation|recommendation|inducement|invitation|endorsement)s?"
    r"(?:,?[ \t](?:or[ \t])?(?:an?[ \t])?(?:offer|solicitation|recommendation|inducement|invitation|endorsement)s?){0,3}"
    r"(?:[ \t]by[ \t][^\n]{1,40}?)?[ \t](?:to|of|for|on|in[ \t]respect[ \t]of|regarding)[ \t]"
    r"(?:buy|sell|purchase|invest|subscribe|trade|hold|any|the[ \t]purchase|the[ \t]sale|acquiring|disposing|buying|selling|trading|investing)"
    r"|advice)"
)
_NOT = r"(?:not|never|in[ \t]no[ \t]way)"
_INFO_PURPOSE = (
    r"(?:solely[ \t]|only[ \t]|strictly[ \t]|purely[ \t]|intended[ \t]|provided[ \t]|meant[ \t]|presented[ \t]|published[ \t]){0,3}"
    r"(?:for|as)[ \t](?:general[ \t])?(?:informational|information|educational|education|entertainment|illustrative|"
    r"informative|reference)(?:,?[ \t](?:and|or|&|/)[ \t]?(?:general[ \t])?(?:informational|information|educational|"
    r"education|entertainment|illustrative|informative|discussion))?[ \t](?:purposes?|use)(?:[ \t]only)?"
)
#: Chinese "this article / the above / the content" subjects.
_ZH_SUBJECT = (
    r"(?:本文|本篇|以上|上述|文章|文中|本报告|本報告|本资料|本資料|资料|資料|本内容|本內容|本页面|本頁面|此文|该文|該文|内容|內容|"
    r"本网站|本網站|本站|本平台|本栏目|本欄目|资讯|資訊|信息|觀點|观点|本材料|本视频|本視頻)"
)

#: The label of an English disclaimer paragraph ("Disclaimer", "Analyst's Disclosure", "Risk Warning").
_LABEL = (
    r"(?:(?:analyst|author|editor|writer|contributor|seeking[ \t]alpha|publisher)(?:['’]s|s['’]?)?[ \t])?"
    r"(?:important[ \t]|legal[ \t]|general[ \t]|financial[ \t]|investment[ \t]|investor[ \t]|additional[ \t]|"
    r"affiliate[ \t]|advertiser[ \t]|editorial[ \t]|crypto[ \t]|trading[ \t]|full[ \t]|securities[ \t]|stock[ \t])?"
    r"(?:disclaimers?|disclosures?(?:[ \t]statement)?|risk[ \t](?:warnings?|disclosures?|disclaimers?|statement|notice)"
    r"|notice[ \t]of[ \t]risk|risk[ \t]and[ \t]disclaimer|not[ \t]investment[ \t]advice"
    r"|important[ \t](?:information|notice|note)|qualified[ \t]persons?(?:[ \t](?:statement|review|disclosure))?|analyst[ \t]certifications?"
    r"|cautionary[ \t](?:note|statement)(?:[ \t](?:regarding|on|about|concerning)[ \t]forward[- ]looking[ \t](?:information|statements?))?"
    r"|general[ \t]advice[ \t]warning|regulatory[ \t](?:disclosures?|notice)"
    r"|affiliate[ \t]links?)"
)

#: A reported sentence ("..., the court said") is news about a disclaimer, not one: units
#: containing a reporting verb are never matched by the unlabelled English sentence rules.
_NOT_REPORTED = (
    r"(?![^\n]{0,700}?\b(?:said|says|told|added|adds|argued|ruled|claimed|insisted|alleged|testified|warned|warns|cautioned|cautions|contended|"
    r"according[ \t]to|(?:data|figures|filings|records|documents)[ \t]show(?:s|ed)?|"
    r"spokes(?:man|woman|person)|lawsuit|complaint|regulators?|prosecutors?)\b)"
)
#: The same for Chinese sentences (指出, 表示, 认为 ...).
#: A character inside one sentence: no line break, and no . ! ? that ends a sentence (one
#: followed by a capital or an opening quote); an initial's full stop (U.S.) is inside. A
#: rule's free-text prefix repeats this, so that it never takes the story sentence before it.
_IN_SENTENCE = r"(?:[^\n.!?]|(?-i:(?<=\b[A-Z])\.|[.!?](?![ \t]*[A-Z\"“‘(])))"

_ZH_NOT_REPORTED = (
    r"(?![^\n。！？]{0,100}(?:指出|表示|认为|認為|强调|強調|宣称|宣稱|声称|聲稱|透露|称其|稱其"
    r"|写明|寫明|写道|寫道|坦言|直言|告诉记者|告訴記者|对记者|對記者|受访时|受訪時))"
)

RULES: tuple[Rule, ...] = (
    # -- labelled paragraphs -------------------------------------------------------------
    Rule(
        id="disclaimer.labelled",
        category="disclaimer",
        pattern=(
            r"(?:[\[【(]"
            + _LABEL
            + r"[\]】)][ \t]*[:：\-–—]?|[\[【(]?"
            + _LABEL
            # a dash after the label opens an aside ('Disclosure – or the lack of it – has ...')
            # when a connective follows it
            + r"[ \t]*(?:[:：]|[\-–—](?![ \t]*(?:or|and|but|which|that|who|is|was|has|have|had|as|in|of|not|nor|if|when)\b)))[ \t]*\S"
            r"|(?-i:Disclaimer|DISCLAIMER|Disclosure|DISCLOSURE)\.[ \t]+(?-i:[A-Z])"
            # a site's Trust Project statement, which its risk notice follows
            r"|in[ \t]adherence[ \t]to[ \t]the[ \t]trust[ \t]project[ \t]guidelines,?[ \t](?-i:[A-Z])[^\n]{0,40}?[ \t]is[ \t]committed[ \t]to\b"
        ),
        description="A labelled disclaimer or disclosure paragraph (Disclaimer: ..., Risk Warning: ..., Analyst's Disclosure: ...), at the tail.",
        scope=Scope.REST,
        where=Where.TAIL,
        within=4,
        examples=(
            "Disclaimer: Investing carries risk. This is not financial advice. The above content should not be regarded as an offer.",
            "Risk Warning: Trading in financial instruments involves high risks including the risk of losing some, or all, of your investment amount.",
            "Disclosure: The author holds no position in any stock mentioned.",
            "Securities Disclosure: I, Dana Whitlock, hold no direct investment interest in any company mentioned in this article.",
            "Analyst’s Disclosure: I/we have no stock, option or similar derivative position in any of the companies mentioned.",
            "Seeking Alpha's Disclosure: Past performance is no guarantee of future results.",
            "Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount.",
            "[Disclaimer] The opinions in this article are the author's own.",
            "Affiliate disclosure: We may earn a commission when you buy through links on our site.",
            "In adherence to the Trust Project guidelines, CoinPulse is committed to unbiased, transparent reporting. Readers should verify facts independently.",
            "Disclaimer. Cointelegraph does not endorse any content or product on this page.",
            "Affiliate links: If you open an account through a link on this page, Moneyweek may earn a commission.",
        ),
        counterexamples=(
            "The disclaimer was added to the filing after the SEC complained, the company said.",
            "Regulators said the firm's disclosures were misleading.",
            "Disclosure rules for crypto firms will tighten next year, the regulator said.",
            "Disclaimer. is how the label reads on the product, and the court said it was too small.",
            "Affiliate links – and the commissions they earn – are a growing share of publishers' revenue.",
            "In adherence to the Trust Project guidelines, the newspaper said, it will label opinion pieces.",
        ),
    ),
    Rule(
        id="disclaimer.head-labelled",
        category="disclaimer",
        pattern=(
            r"[\[【(]?(?:important[ \t]|legal[ \t]|editorial[ \t]|affiliate[ \t]|advertiser[ \t])?"
            r"(?:disclaimers?|risk[ \t]warnings?|risk[ \t]disclosures?|disclosures?)"
            r"[\]】)]?[ \t]*(?:[:：]|[\-–—](?![ \t]*(?:or|and|but|which|that|who|is|was|has|have|had|as|in|of|not|nor|if|when)\b))[ \t]*\S"
            r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)(?:(?:please[ \t])?(?:remember|note)[ \t]*[,:][ \t]*)?(?:this|the)[ \t](?:article|content|information|page|video)[ \t](?:isn['’]t|is[ \t]not|does[ \t]not[ \t]constitute)[ \t](?:a[ \t])?(?:personal|personali[sz]ed|individual)[ \t](?:advice|recommendation)\b"
            # the bare label of a site's disclosure link under the title: 'Advertiser Disclosure'
            r"|(?:advertiser|advertising|affiliate|editorial|partner)[ \t](?:disclosure|disclaimer)[ \t]*\Z"
        ),
        description="A labelled disclaimer paragraph right after the title, or the 'This article is not personal advice' risk warning there.",
        scope=Scope.REST,
        where=Where.HEAD,
        within=3,
        examples=(
            "Disclaimer: This article is for information only and is not investment advice.",
            "Advertiser Disclosure: Some of the products featured here are from our partners.",
            "Affiliate Disclosure",
            "Remember, this article isn't personal advice. If you're unsure whether an investment is right for you, seek financial advice. Investments rise and fall in value, so you could get back less than you invest.",
        ),
        counterexamples=(
            "Disclaimers on the product were too small, the court found.",
            "Disclosure of the deal came after markets closed on Tuesday.",
            "The article is not personal advice, the watchdog said, but it reads like a sales pitch for the fund.",
        ),
    ),
    Rule(
        id="disclaimer.heading",
        category="disclaimer",
        pattern=(
            r"important[ \t]notices?|[\[【(]?(?:important[ \t]|legal[ \t]|general[ \t]|investment[ \t]|risk[ \t]|regulatory[ \t])?"
            r"(?:disclaimers?|disclosures?|risk[ \t]warnings?|risk[ \t]disclosures?|risk[ \t]and[ \t]disclaimer)[\]】)]?"
            r"|(?:cautionary[ \t](?:note|statement|language)[ \t](?:regarding|concerning|about|on|for)[ \t]|"
            r"(?:special[ \t])?note[ \t](?:regarding|concerning|about|on)[ \t]|safe[ \t]harbou?r[ \t](?:statement[ \t])?(?:regarding|for|on)[ \t])?"
            r"forward[- ]looking[ \t](?:statements?|information)(?:[ \t]and[ \t](?:risk[ \t]factors|information))?"
            r"|safe[ \t]harbou?r[ \t]statement(?:[ \t]under[ \t]the[ \t]private[ \t]securities[ \t]litigation[ \t]reform[ \t]act[ \t]of[ \t]1995)?"
            # a site's copyright and disclaimer notice: 中国宁波网版权与免责声明, 本网版權及免責聲明
            r"|(?:[\u4e00-\u9fffA-Za-z0-9]{0,10}(?:网|網|报|報|社|台|站))?(?:版权|版權)(?:与|與|和|及)(?:免责|免責)(?:声明|聲明)[ \t\xa0]*[：:]?"
            r"|(?:(?:风险|風險)(?:提示|揭示)(?:(?:及|与|與|和)(?:免责|免責)(?:条款|條款|声明|聲明|提示))?|(?:风险|風險)及(?:免责|免責)提示|(?:免责|免責)(?:声明|聲明|条款|條款)|"
            r"免責事項|ご注意|risikohinweise?|haftungsausschluss|rechtliche[ \t]hinweise|avertissement|"
            r"clause[ \t]de[ \t]non-responsabilit[ée]|aviso[ \t]legal|descargo[ \t]de[ \t]responsabilidad)"
            r"|no[ \t](?:investment|financial)[ \t]advice"
            r"|(?:statement[ \t]of[ \t])?(?:qualified|competent)[ \t]persons?(?:['’]s?)?(?:[ \t](?:statement|review|disclosure|and[ \t]technical[ \t]information))?"
        ),
        description=(
            "A disclaimer or forward-looking-statements heading on a line of its own, near the end, "
            "and the legal paragraphs after it."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=12,
        max_chars=120,
        examples=(
            "Disclaimer",
            "Forward-Looking Statements",
            "Cautionary Note Regarding Forward-Looking Statements",
            "Safe Harbor Statement",
            "免责声明",
            "东南网版权与免责声明：",
            "本站版權及免責聲明",
            "Risikohinweis",
            "REGULATORY DISCLOSURES",
            "IMPORTANT NOTICE",
            'No Financial Advice',
            "Qualified Persons",
            "Qualified Person Statement",
            "Competent Persons' Statement",
        ),
        counterexamples=(
            "Disclaimer fight heads to court",
            "Forward-looking statements were cut from the filing, the regulator said.",
            'No investment advice was given to the clients, the regulator found.',
            "版权与免责声明的边界，成为法院审理此案的焦点。",
        ),
        languages=("en", "zh", "de", "fr", "es", "ja"),
    ),
    Rule(
        id="disclaimer.forward-looking",
        category="disclaimer",
        pattern=(
            r"(?:safe[ \t]harbou?r[ \t]statement|forward[- ]looking[ \t]statements?|cautionary[ \t]statement[^\n:]{0,60})[ \t]*[:：\-–—][ \t]*\S"
            r"|(?:this|the)[ \t](?:press[ \t]|news[ \t]|earnings[ \t])?(?:release|announcement|communication|document|presentation|report|"
            r"article|letter|call|webcast|current[ \t]report)[^\n]{0,80}?(?:contains?|includes?|may[ \t](?:contain|include)|contain|include)"
            r"[ \t](?:certain[ \t]|statements[ \t]that[ \t]are[ \t]|statements[ \t]that[ \t]constitute[ \t])?[\"“']?forward[- ]looking"
            r"|(?:certain|some|all|any)[ \t](?:of[ \t]the[ \t])?(?:statements?|information|matters)[ \t](?:made[ \t]|contained[ \t]|included[ \t]|set[ \t]forth[ \t]|discussed[ \t])?"
            r"(?:in|within|herein)[^\n]{0,80}?(?:are|is|constitute|may[ \t]be|may[ \t]constitute|should[ \t]be[ \t]considered)[ \t][\"“']?forward[- ]looking"
            r"|statements[ \t](?:made[ \t]|contained[ \t]|included[ \t])?(?:in|within)[ \t]this[ \t](?:press[ \t]|news[ \t])?release[^\n]{0,40}?that[ \t]are[ \t]not[ \t](?:statements[ \t]of[ \t])?historical"
            r"|(?:except[ \t]for|other[ \t]than)[ \t](?:the[ \t])?(?:statements[ \t]of[ \t])?historical[ \t](?:information|facts?)[ \t](?:contained|set[ \t]forth|included)"
            r"|all[ \t]statements[ \t]other[ \t]than[ \t]statements[ \t]of[ \t]historical[ \t]facts?"
            r"|forward[- ]looking[ \t]statements[ \t](?:are|can[ \t]be|may[ \t]be|include|involve|reflect|speak|contained|in[ \t]this|made|relate)[ \t]"
            r"|(?:these|such|the)[ \t]forward[- ]looking[ \t]statements[ \t](?:are|involve|reflect|speak|can|may|should|include|contained|made|in[ \t]this|relate)[ \t]"
            r"|(?:words[ \t]such[ \t]as|the[ \t]words)[ \t][\"“'‘][^\n]{0,300}?identify[ \t]forward[- ]looking"
            r"|(?:readers|investors|you)[ \t](?:are|is|should[ \t]be)[ \t](?:cautioned|urged|advised)[ \t]not[ \t]to[ \t](?:place|put)[ \t](?:undue|unreasonable)[ \t]reliance"
            r"|i[ \t](?:would|'d|’d)[ \t]like[ \t]to[ \t]remind[ \t](?:everyone|you|listeners)[ \t]that[ \t](?:today['’]s|this)[ \t](?:call|discussion|presentation|conference[ \t]call)[^\n]{0,60}?forward[- ]looking"
            r"|[^\n]{0,200}?within[ \t]the[ \t]meaning[ \t]of[ \t](?:the[ \t])?(?:safe[ \t]harbou?r[ \t]provisions[ \t]of[ \t]the[ \t])?"
            r"(?:private[ \t]securities[ \t]litigation[ \t]reform[ \t]act|section[ \t]27a[ \t]of[ \t]the[ \t]securities[ \t]act|applicable[ \t](?:canadian[ \t]|u\.s\.[ \t]|united[ \t]states[ \t])?securities[ \t](?:laws?|legislation|regulations?))"
        ),
        description=(
            "A safe-harbor / forward-looking-statements paragraph of a press release or earnings call "
            "('This press release contains forward-looking statements within the meaning of ...'), to the end of the line."
        ),
        scope=Scope.REST,
        where=Where.TAIL,
        within=12,
        examples=(
            "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the Company's expected growth.",
            "Certain statements in this news release are “forward-looking statements” that involve risks and uncertainties.",
            "Statements in this press release that are not historical facts are forward-looking statements.",
            "Safe Harbor Statement: This release contains forward-looking statements regarding Acme Corp.'s plans.",
            "These forward-looking statements are based on current expectations and are subject to risks, many of which are beyond our control.",
            "Readers are cautioned not to place undue reliance on these forward-looking statements, which speak only as of the date hereof.",
            "Words such as “anticipate,” “believe,” “expect” and similar expressions are intended to identify forward-looking statements.",
            "Except for the historical information contained herein, the matters set forth in this release are forward-looking statements.",
            "This news release contains “forward-looking information” within the meaning of applicable Canadian securities legislation.",
        ),
        counterexamples=(
            "The company's forward-looking statements pointed to slower growth next year, analysts said.",
            "Investors focused on the forward-looking guidance rather than the quarter's results.",
            "The release of the report was delayed by two weeks, officials said.",
        ),
    ),
    Rule(
        id="disclaimer.forward-looking-sentence",
        category="disclaimer",
        pattern=(
            r"(?:(?=[^\n]{0,200}?(?:obligation|duty|materially|forward))"
            + _NOT_REPORTED
            + r"(?:"
            + r"(?:[^\n]{0,120}?(?:undertakes?|assumes?|has|have|disclaims?|accepts?)[ \t](?:no|any)[ \t](?:obligation|duty|responsibility|intention|liability)s?"
            r"(?:[ \t]or[ \t](?:undertaking|intention|obligation))?[ \t](?:to|for)[ \t](?:publicly[ \t])?(?:update|revise|updating|revising|correct|release|publicly)"
            r"[^\n]{0,80}?(?:forward[- ]looking|statements?|information|this[ \t](?:press[ \t]|news[ \t])?release)[^\n]{0,300}"
            r"|[^\n]{0,80}?actual[ \t](?:results|events|outcomes|performance)[^\n]{0,60}?(?:could|may|might|will)[ \t](?:differ|vary)[ \t]materially[ \t]from[^\n]{0,120}?forward[- ]looking[^\n]{0,200}"
            r"|(?:any|all)[ \t]forward[- ]looking[ \t]statements?[^\n]{0,300})" + r")"
            # the standard caution names no speaker, but says 'cautioned': a narrower guard
            r"|(?![^\n]{0,400}\b(?:said|says|told|according[ \t]to|ruled|alleged)\b)(?:"
            r"(?:the[ \t])?forward[- ]looking[ \t](?:information|statements?)[ \t](?:in|contained[ \t]in)[ \t]this[ \t](?:press[ \t]|news[ \t])?release[^\n]{0,300}"
            r"|[^\n]{0,200}?(?:readers|investors|you)[ \t](?:are|is)[ \t](?:cautioned|urged|advised)[ \t]not[ \t]to[ \t](?:place|put)[ \t]undue[ \t]reliance[^\n]{0,200}))"
            + r"|we[ \t](?:seek|claim)[ \t](?:the[ \t])?safe[ \t]harbou?r(?:[ \t]protection)?\.?"
        ),
        description="A sentence of forward-looking-statement boilerplate (no obligation to update; actual results may differ materially).",
        where=Where.TAIL,
        within=12,
        max_chars=500,
        examples=(
            "Acme Corp. undertakes no obligation to publicly update or revise any forward-looking statements, whether as a result of new information, future events or otherwise.",
            "The Company assumes no obligation to update any forward-looking statement, except as required by law.",
            "All forward-looking statements are expressly qualified in their entirety by this cautionary statement.",
            "We seek Safe Harbor.",
        ),
        counterexamples=(
            "The board has no obligation to revise the offer, a spokeswoman said, but it is reviewing the terms.",
            "Actual results beat forecasts by a wide margin, sending the shares 9% higher.",
        ),
    ),
    # -- press-release wire trailers --------------------------------------------------------
    Rule(
        id="disclaimer.wire-view-source",
        category="disclaimer",
        pattern=(
            r"(?:(?:cision[ \t]+)?view[ \t](?:source[ \t]version|original[ \t]content(?:[ \t]to[ \t]download[ \t]multimedia)?|original[ \t]content[ \t]with[ \t]multimedia)"
            r"(?:[ \t]on[ \t][\w.\-]{2,40})?"
            r"|to[ \t]view[ \t]the[ \t]original[ \t]version[ \t]on[ \t][\w. \-]{2,40}?,?[ \t]visit"
            r"|to[ \t]view[ \t]the[ \t](?:source|original)[ \t]version[ \t]of[ \t]this[ \t](?:press[ \t]|news[ \t])?release,?[ \t](?:please[ \t])?visit"
            r"|(?:view|read|see)[ \t]the[ \t]original[ \t](?:press[ \t]release|release|announcement|version|content)[ \t](?:on|at)[ \t][\w. \-]{2,40}"
            r"|(?:photos?|images?|a[ \t]photo|multimedia|videos?)[ \t](?:accompanying|for)[ \t]this[ \t](?:announcement|release|press[ \t]release)[ \t](?:is|are)[ \t]available[ \t](?:at|here)"
            r"|(?:logo|photo|video|infographic|image)s?[ \t]?[-–:])"
            r"[ \t]*:?[ \t]*(?:https?://\S{1,300}|www\.\S{1,300})?"
        ),
        description="A wire service's trailer: 'View source version on businesswire.com: <url>', 'View original content: <url>', 'Logo - <url>'.",
        where=Where.TAIL,
        within=10,
        max_chars=360,
        examples=(
            "View source version on businesswire.com: https://www.businesswire.com/news/home/20241105123456/en/",
            "View original content to download multimedia: https://www.prnewswire.com/news-releases/acme-reports-results-302123456.html",
            "View original content:https://www.prnewswire.com/news-releases/acme-302123457.html",
            "To view the original version on PR Newswire, visit: https://www.prnewswire.com/news-releases/x-301.html",
            "Logo - https://mma.prnewswire.com/media/123456/Acme_Logo.jpg",
            "View the original press release on ACCESS Newswire",
            "Cision View original content:https://www.prnewswire.com/news-releases/summit-ridge-announces-dividend-302123456.html",
        ),
        counterexamples=(
            "View the full results on the company's website, the statement said.",
            "Photos of the crash site were posted online by witnesses.",
        ),
    ),
    Rule(
        id="disclaimer.wire-source",
        category="disclaimer",
        pattern=(
            r"SOURCE:?[ \t]+[A-Z0-9][\w.,&'’()\-]{0,40}(?:[ \t][\w.,&'’()\-]{1,40}){0,7}"
            r"|Source:[ \t]+[A-Z][\w.&'’\-]{0,40}(?:,?[ \t](?:[A-Z][\w.&'’\-]{0,40}|Inc\.?|of|and|&|plc|AG|SE|N\.V\.|S\.A\.)){0,7}"
        ),
        description="A wire trailer line naming the issuer: PR Newswire 'SOURCE [Company]', GlobeNewswire 'Source: [Company]' (capitalised words only).",
        where=Where.TAIL,
        within=6,
        max_chars=160,
        ignore_case=False,
        examples=(
            "SOURCE Acme Corporation",
            "SOURCE Blue Owl Capital Inc.",
            "Source: Aldermoor Therapeutics, Inc.",
        ),
        counterexamples=(
            "Source code for the app was leaked on Tuesday.",
            "SOURCE of the leak remains unknown, the police said after a week of searching the building.",
            "Source: a person familiar with the matter said the talks could still collapse over price.",
            "Source: The company said the talks could collapse.",
        ),
    ),
    Rule(
        id="disclaimer.wire-url",
        category="disclaimer",
        pattern=r"https?://(?:www\.)?(?:businesswire|prnewswire|globenewswire|accesswire|newsfilecorp|einpresswire|prweb)\.com/\S{1,300}",
        description="A bare wire-service URL line left behind a 'View source version' trailer.",
        where=Where.TAIL,
        within=6,
        max_chars=320,
        examples=(
            "https://www.businesswire.com/news/home/20241105123456/en/",
            "https://www.globenewswire.com/news-release/2024/11/05/123/0/en/Acme.html",
        ),
        counterexamples=(
            "Details are at https://www.businesswire.com, the company said in a statement on Monday.",
            "https://www.acme.com/investors",
        ),
    ),
    # -- position disclosures ---------------------------------------------------------------
    Rule(
        id="disclaimer.no-position",
        category="disclaimer",
        pattern=(
            r"(?=[^\n]{0,120}?[ \t](?:no|any)[ \t](?:\w+[ \t])?(?:positions?|holdings?|interests?|investments?|stakes?|shares|securities|stocks|funds)[ \t]|[^\n]{0,120}?[ \t]not[ \t](?:hold|have|own)[ \t]|[^\n]{0,120}?[ \t]positions[ \t]in[ \t](?:all|both|each)[ \t])"
            + _NOT_REPORTED
            + r"(?:"
            + r"(?:(?:(?:[A-Z][\w.]{0,20}[ \t]){0,2}(?:contributor|writer|analyst|author|columnist)[ \t])?"
            + _NAME
            + r"|I|We|I/we|[A-Z][\w.&'’-]{1,30}['’]s?[ \t](?:analysts|writers|authors|editors|staff)|The[ \t](?:author|writer|analyst)s?(?:[ \t](?:or|and)[ \t](?:the[ \t])?(?:author|writer|analyst)s?)?)[ \t](?:has|have|had|holds?|held|owns?|does[ \t]not[ \t](?:have|hold|own)|do[ \t]not[ \t](?:have|hold|own)|did[ \t]not[ \t](?:have|hold|own))"
            r"[ \t](?:(?:no|any)[ \t](?:(?:financial|beneficial|direct|indirect|stock|long|short)[ \t])?(?:positions?|holdings?|interests?|investments?|stakes?|shares)|shares|positions|stakes)"
            r"[ \t](?:in|on|of)[ \t](?:any[ \t](?:of[ \t]the[ \t])?|the[ \t]|(?:all|both|each)[ \t](?:(?:two|three|four|five|six|\d)[ \t])?(?:of[ \t]the[ \t])?)?(?:stocks?|securities|companies|shares|tokens|coins|assets|cryptocurrencies|instruments|funds|etfs|trusts|investments)[ \t](?:mentioned|discussed|named|referenced|covered)"
            r"[^\n]{0,200}" + r")"
        ),
        description="'[Name] has no position in any of the stocks mentioned.'",
        where=Where.TAIL,
        within=5,
        max_chars=320,
        ignore_case=False,
        examples=(
            "John Smith has no position in any of the stocks mentioned.",
            "Mary-Ann O’Neil has no positions in any stocks mentioned.",
            "The author has no position in any of the stocks mentioned in this article.",
            "Fool contributor Jane Holloway has no position in any of the stocks mentioned.",
            "Motley Fool contributor Tristan Kerr holds no position in any of the stocks mentioned.",
            "The Kestrel Small Companies Fund holds positions in all four stocks mentioned.",
        ),
        counterexamples=(
            "The fund has no position in any of the stocks mentioned by the activist, its manager said, but is watching.",
            "Jane Doe has no interest in selling her stake.",
        ),
    ),
    Rule(
        id="disclaimer.fool-disclosure",
        category="disclaimer",
        pattern=(
            r"(?=[^\n]{0,200}?(?:Motley[ \t]Fool|disclosure[ \t]policy|positions?[ \t]in))"
            + _NOT_REPORTED
            + r"(?:The[ \t])?Motley[ \t]Fool(?:[ \t](?:UK|Canada|Australia|Singapore|Japan|Hong[ \t]Kong))?[ \t](?:has|holds|owns|recommends|is[ \t]short|has[ \t]no[ \t]position)[^\n]{0,700}"
            r"|" + _NAME + r"[ \t]has[ \t]a[ \t]disclosure[ \t]policy"
            r"|(?:The[ \t])?"
            + _NAME
            + r"[ \t](?:has[ \t]positions[ \t]in[ \t]and[ \t]recommends|recommends[ \t]and[ \t]has[ \t]positions[ \t]in)[ \t][^\n]{1,700}"
            r"|[Hh]ere[ \t]at[ \t](?:The[ \t])?Motley[ \t]Fool[ \t]we[ \t]believe[^\n]{0,200}"
            r"|"
            + _PERSON
            + r",?[^\n]{0,160}?(?:is|are|was)[ \t](?:a[ \t])?members?[ \t]of[ \t](?:The[ \t])?Motley[ \t]Fool['’]s[ \t]board[ \t]of[ \t]directors"
            r"|"
            + _PERSON
            + r"[ \t](?:has|holds)[ \t](?:positions?|a[ \t]position)[ \t]in[ \t]"
            + _COMPANIES
            + r"(?:,?[ \t]and[ \t]has[ \t]the[ \t]following[ \t]options:[^\n]{0,400})?(?:[.;][ \t]+(?=[^\n]{0,300}Motley[ \t]Fool)[^\n]{0,600})?"
            + r"|(?:See[ \t]our[ \t])?(?:[Dd]isclosure[ \t])?[Pp]olicy[ \t]for[ \t](?:The[ \t])?Motley[ \t]Fool(?:[ \t](?:UK|Canada|Australia|Singapore|Japan|Hong[ \t]Kong))?\.?"
        ),
        description="Motley Fool disclosures: 'The Motley Fool has positions in and recommends X', '[Name] has positions in X', 'The Motley Fool has a disclosure policy'.",
        where=Where.TAIL,
        within=4,
        max_chars=800,
        ignore_case=False,
        examples=(
            "The Motley Fool has a disclosure policy.",
            "The Motley Fool has positions in and recommends Apple, Microsoft, and Nvidia.",
            "The Motley Fool recommends Comcast and has the following options: long January 2026 $40 calls on Comcast.",
            "Jane Doe has positions in Alphabet and Amazon.",
            "Suzanne Frey, an executive at Alphabet, is a member of The Motley Fool’s board of directors.",
            "Fool.com has a disclosure policy.",
            "The Motley Fool UK has recommended Harbor Regional.",
            "Keith Speights has positions in Pfizer. The Motley Fool has positions in and recommends Pfizer. The Motley Fool has a disclosure policy.",
            "Here at The Motley Fool we believe that considering a diverse range of insights makes us better investors.",
            "The Wealthy Owl has positions in and recommends Harbor Freight Logistics.",
            'Policy for Motley Fool Australia.',
            'See our Disclosure Policy for The Motley Fool UK.',
        ),
        counterexamples=(
            "The Motley Fool's founders started the company in 1993.",
            "Warren Buffett has long held positions in Apple and Coca-Cola, and he added to them last year.",
            "The Motley Fool UK has recommended the shares since 2021, its founder said.",
            'The investment policy for Motley Fool Australia was changed in 2019, its founder said.',
        ),
    ),
    Rule(
        id="disclaimer.author-position",
        category="disclaimer",
        pattern=(
            r"(?=(?i:on|at|as|i|i/we|we|the|neither|for)\b)"
            + _NOT_REPORTED
            + r"(?:"
            + r"(?i:on[ \t]the[ \t]date[ \t]of[ \t]publication|at[ \t]the[ \t]time[ \t]of[ \t](?:this[ \t])?(?:writing|publication|publishing|this[ \t]writing)|as[ \t]of[ \t](?:this[ \t])?writing)"
            r",?[ \t][^\n]{1,80}?(?i:did[ \t]not[ \t]have|do(?:es)?[ \t]not[ \t](?:have|hold|own)|had|has|have|held|holds?|owns?|owned)"
            r"[ \t][^\n]{0,40}?(?i:positions?|shares|stakes?|holdings?|long|short)[^\n]{0,400}"
            r"|(?i:i/we|i|we)[ \t](?i:have|hold)[ \t](?i:no[ \t]stock,?[ \t]option,?[ \t]or[ \t]similar[ \t]derivative[ \t]position|a[ \t]beneficial[ \t](?:long|short)[ \t]position)[^\n]{0,400}"
            r"|(?i:i[ \t]wrote[ \t]this[ \t]article[ \t]myself)[^\n]{0,600}"
            r"|(?i:i[ \t]am[ \t]not[ \t]receiving[ \t]compensation[ \t]for[ \t]it)[^\n]{0,200}"
            r"|(?i:i[ \t]have[ \t]no[ \t]business[ \t]relationship[ \t]with[ \t]any[ \t]company[ \t]whose[ \t]stock[ \t]is[ \t]mentioned)[^\n]{0,100}"
            r"|(?i:the[ \t](?:author|writer)s?(?:[ \t]of[ \t]this[ \t]article)?|neither[ \t]the[ \t](?:author|writer)[^\n]{0,80}?nor[^\n]{0,80}?)[ \t]"
            r"(?i:has|have|holds?|owns?|may[ \t](?:have|hold|own)|does[ \t]not[ \t](?:have|hold|own)|do[ \t]not[ \t](?:have|hold|own))[ \t](?i:no[ \t]|any[ \t]|a[ \t])?"
            r"(?i:(?:long|short|financial|beneficial)[ \t])?(?i:positions?|shares|stakes?|investments?|holdings?|interests?)[ \t](?i:in|on)[^\n]{1,300}"
            r"|(?i:for[ \t]more[ \t]information,?[ \t]please[ \t](?:view|see|read)[ \t]the[ \t])[^\n]{0,40}?(?i:disclosure|disclaimer)[ \t](?i:policy)(?:[ \t](?i:here))?"
            + r")"
            + r"|(?i:(?:de[ \t]auteur|der[ \t]autor|die[ \t]autorin|l['’]auteur|el[ \t]autor|o[ \t]autor|l['’]autore)[^\n.!?。！？]{0,40}?(?:heeft[ \t]geen[ \t]positie|hält[ \t]keine|ne[ \t]détient[ \t](?:pas|aucune)|no[ \t]tiene[ \t](?:posiciones|posición)|não[ \t](?:possui|tem)[ \t]posi|non[ \t]detiene)[^\n]{0,160})"
            # A Hong Kong columnist's disclosure: 筆者為證監會持牌人士，並無持有上述股份.
            + r"|[（(]?(?:(?:筆者|笔者|作者)(?:聲明|声明|披露)[ \t\xa0]*[：:][ \t\xa0]*(?:本人|筆者|笔者|作者)?|筆者|笔者|作者|本人)(?:[^\n。，,（()）]{0,24}?(?:持牌人士|持牌人|持牌代表)[^\n。，,（()）]{0,6})?(?:[，,、][ \t]*)?(?:(?:本人)?(?:及|及/或|和|与|與)[^\n，,。（()）]{1,16}?)?(?:並無|并无|並未|并未|沒有|没有|未有|未|無|无|現|现|或|可能)?(?:持有|擁有|拥有)(?:本文|文中|上述|以上|所述|所提及|提及|相關|相关)[^\n。，,（()）]{0,12}?(?:股份|股票|證券|证券|基金|權益|权益|倉位|仓位|投資|投资)(?:[^\n。，,（()）]{0,8})?[。]?[)）]?"
            + r"|[（(](?:筆者|笔者|作者)(?:為|为|是)[^\n（()）。，,]{0,20}?(?:持牌人士|持牌人|持牌代表)[。]?[)）]"
        ),
        description=(
            "Authors' position disclosures: Barchart 'On the date of publication, [Name] did not have ... positions', "
            "Seeking Alpha 'I/we have no stock, option ...', 'I wrote this article myself ...', 'The author holds no shares in ...', "
            "筆者為證監會持牌人士，並無持有上述股份."
        ),
        where=Where.TAIL,
        within=5,
        max_chars=800,
        ignore_case=False,
        examples=(
            "On the date of publication, Jim Van Meerten did not have (either directly or indirectly) positions in any of the securities mentioned in this article.",
            "I/we have a beneficial long position in the shares of AAPL either through stock ownership, options, or other derivatives.",
            "I wrote this article myself, and it expresses my own opinions. I am not receiving compensation for it (other than from Seeking Alpha).",
            "I have no business relationship with any company whose stock is mentioned in this article.",
            "At the time of writing, the author held a long position in Tesla.",
            "For more information please view the Barchart Disclosure Policy here.",
            "De auteur heeft geen positie in ASML.",
            "（筆者為證監會持牌人士，並無持有上述股份）",
            "(笔者为证监会持牌人，并无持有文中所述股份)",
            "作者及其聯繫人士並無持有上述股票。",
            "（筆者為證監會持牌代表）",
            "作者声明：本人并未持有文中提及的股票。",
        ),
        counterexamples=(
            "At the time of the merger, the bank held a large stake in the insurer.",
            "The author of the report has a long history of criticising the central bank.",
            "作者持有上述公司股份的消息傳出後，股價大跌。",
            "笔者并无持有上述股份，但认为该公司估值偏低，值得长期关注。",
        ),
        languages=("en", "nl", "de", "fr", "es", "pt", "it", "zh"),
    ),
    Rule(
        id="disclaimer.views-opinions",
        category="disclaimer",
        pattern=(
            r"(?=\(?(?:the|any|all|views?|opinions?|this)\b)"
            + _NOT_REPORTED
            + r"(?:"
            + r"(?:the[ \t]|any[ \t]|all[ \t])?(?:views?|opinions?)(?:[ \t](?:and|or|&)[ \t](?:views?|opinions?))?[ \t](?:expressed|contained|presented|stated|given)[ \t]"
            r"(?:here(?:in)?|above|below|in[ \t]th(?:is|ese)[ \t](?:article|column|piece|post|commentary|op-ed|story|blog|content|video|podcast|report|publication|material)s?|"
            r"by[ \t](?:the[ \t])?(?:author|writer|columnist|contributor|guest)s?|by[ \t]"
            + _NAME
            + r"[ \t]contributors)"
            r"[^\n]{0,40}?[ \t](?:are|is|do|does|may)[ \t][^\n]{0,300}"
            r"|(?:the[ \t])?(?:views?|opinions?)[ \t](?:expressed|given)[ \t](?:on|about)[ \t]the[ \t](?:companies|stocks|shares|securities)[ \t]mentioned"
            r"(?:[ \t]in[ \t]this[ \t]\w+)?[ \t](?:are|is)[ \t](?:those|the[ \t]views?)[ \t]of[ \t]the[ \t](?:writer|author)[^\n]{0,300}"
            r"|(?:this|the)[ \t](?:column|article|piece|commentary|op-ed|post|content)[ \t](?:does|do)[ \t]not[ \t]necessarily[ \t](?:reflect|represent)[^\n]{0,200}"
            r"|\(?the[ \t]author[ \t]is[ \t]an?[ \t][^\n]{1,80}?(?:columnist|writer|contributor|analyst|editor|fellow|strategist)\.?[ \t]+(?:the[ \t])?(?:opinions|views)[ \t]expressed[ \t]are[ \t](?:his|her|their|the[ \t]author['’]s)[ \t]own\.?\)?"
            r"|(?:the[ \t])?(?:opinions|views)[ \t]expressed[ \t](?:here(?:in)?[ \t])?are[ \t](?:his|her|their|my|the[ \t](?:author|writer|columnist)['’]s)[ \t]own\.?\)?"
            r"|(?:the[ \t])?(?:views|opinions)[ \t](?:are|is)[ \t](?:solely[ \t])?(?:the[ \t])?(?:author|writer|contributor)s?['’]s?[ \t]own[^\n]{0,120}"
            r"|any[ \t](?:views|opinions)[ \t](?:or[ \t](?:views|opinions)[ \t])?expressed[ \t](?:above|here(?:in)?|in[ \t]this[ \t]\w+)[ \t]may[ \t]not[ \t]reflect[^\n]{0,120}"
            # 'Views expressed are as of the date indicated ...', 'All expressions of opinion are subject to change without notice ...'
            r"|(?:the[ \t]|any[ \t])?(?:views?|opinions?)[ \t](?:expressed[ \t])?(?:(?:herein[ \t]|above[ \t])?are[ \t]as[ \t]of[ \t]the[ \t]date[ \t](?:indicated|of[ \t](?:publication|writing|this[ \t]\w+))|(?:herein[ \t]|above[ \t])?are[ \t]subject[ \t]to[ \t]change[ \t]without[ \t]notice)[^\n]{0,800}"
            r"|all[ \t]expressions[ \t]of[ \t]opinion[ \t](?:herein[ \t])?are[ \t]subject[ \t]to[ \t]change[^\n]{0,800}"
            r"|(?:the[ \t])?(?:views|opinions)[ \t]of[ \t](?:the[ \t])?(?:market[ \t])?(?:analysts|experts|contributors|guests)[ \t](?:quoted|cited|featured)[ \t]in[ \t]this[ \t]\w+[ \t](?:are|is)[ \t]their[ \t]own[^\n]{0,300}"
            + r")"
            + r"|(?:the[ \t])?(?:views|opinions)[ \t](?:in|expressed[ \t]in)[ \t]th(?:is|ese)[ \t](?:column|article|piece|commentary|post|op-ed)s?[ \t](?:belong|are[ \t]attributable)[ \t](?:solely[ \t]|only[ \t])?to[ \t]the[ \t](?:author|writer|columnist)s?[^\n]{0,250}|\((?:the[ \t])?(?:writer|author|columnist)s?[ \t](?:is|are)[ \t][^\n()]{3,200}\)|\(?views[ \t](?:are|expressed[ \t]are)[ \t](?:personal|(?:his|her|their|the[ \t]author['’]s)[ \t]own)\.?\)?"
            + r"|(?:this|the)[ \t](?:column|article|piece|commentary|op-ed|post)[ \t](?:reflects|represents|expresses)[ \t]the[ \t](?:personal[ \t])?(?:views|opinions)[ \t]of[ \t]the[ \t](?:author|writer|columnist)s?[^\n]{0,300}"
            + r"|editorial[ \t](?:note|disclosure)[ \t]*:[ \t]*(?:the[ \t])?(?:opinions|views)(?:,[ \t]analyses)?[ \t]expressed[^\n]{0,400}"
            + r"|[A-Z][\w.&'’ -]{1,30}?['’]s[ \t]opinion[ \t]pages[ \t]are[ \t]a[ \t]place[ \t]for[^\n]{0,250}|these[ \t]views[ \t]are[ \t]not[ \t]necessarily[ \t](?:shared|held|endorsed)[ \t]by[ \t][A-Z][^\n]{0,60}"
            + r"|(?:the[ \t])?(?:views?|opinions?)(?:,[ \t](?:information|analysis|analyses|data|statements)){1,3},?[ \t](?:or|and)[ \t](?:views?|opinions?)[ \t](?:expressed|contained)[ \t]in[ \t](?:this|the)[ \t][^\n]{0,60}?[ \t](?:are|is)[ \t](?:solely[ \t])?(?:those|the[ \t]views?)[ \t]of[^\n]{0,400}"
            # 'Opinions are the authors; not necessarily that of OANDA Business Information & Services, Inc. ...'
            + r"|(?:the[ \t])?(?:views|opinions)[ \t](?:are|is)[ \t](?:solely[ \t])?(?:the[ \t])?(?:authors?|writers?|contributors?)(?:['’]s?)?[;,][ \t](?:and[ \t])?not[ \t]necessarily[ \t](?:that|those)[ \t]of[^\n]{1,300}"
            + r"|"
            + _NOT_REPORTED
            + r"(?:any|the|all)[ \t](?:opinions?|views?)[ \t](?:or|and|&)[ \t](?:recommendations?|forecasts?|estimates?|analysis)[ \t](?:expressed|contained|given)[ \t](?:here(?:in)?|above|in[ \t]th(?:is|ese)[ \t](?:article|report|piece|commentary|content|material)s?)[ \t](?:are|is)[ \t](?:solely[ \t])?those[ \t]of[ \t]the[ \t](?:author|writer|analyst)s?[^\n]{0,300}"
        ),
        description="'The views and opinions expressed herein are the views and opinions of the author and do not necessarily reflect those of [X].'",
        where=Where.TAIL,
        within=5,
        max_chars=450,
        examples=(
            "Opinions are the authors; not necessarily that of Harbourline Markets Ltd. or any of its affiliates.",
            "The views and opinions expressed herein are the views and opinions of the author and do not necessarily reflect those of Nasdaq, Inc.",
            "Opinions expressed by Forbes Contributors are their own.",
            "The views expressed in this article are those of the author and do not necessarily reflect the position of ABC Bank.",
            "This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP and its owners.",
            "Any views or opinions expressed above may not reflect those of Seeking Alpha as a whole.",
            "Views expressed on the companies mentioned in this article are those of the writer and therefore may differ from the official recommendations we make in our subscription services.",
            "Opinions of market analysts quoted in this story are their own and do not reflect those of this publication.",
            "The opinions in this column belong solely to the author and may not reflect the views of Kitco Metals Inc.",
            "(The writer is a Kochi-based commodities analyst. Views are personal.)",
            "Views are personal.",
            "This column reflects the personal views of the author and does not necessarily reflect the opinion of the editorial board or Bloomberg LP and its owners.",
            "Editorial Note: Opinions expressed here are the author's alone, not those of any bank, credit card issuer or airline.",
            "The Herald's opinion pages are a place for thought-provoking views and debate. These views are not necessarily shared by The Herald.",
            'The views, information, or opinions expressed in the interviews in this article are solely those of the interviewees and do not represent the views of Market Index.',
            "Any opinions or recommendations expressed herein are those of the author and do not necessarily represent the views of Lipper Research.",
            "Views expressed are as of the date indicated, based on the information available at that time, and may change with market conditions.",
            "All expressions of opinion are subject to change without notice in reaction to shifting market or economic conditions.",
            "Opinions expressed herein are subject to change without notice.",
        ),
        counterexamples=(
            "Opinions are the authors' own, the editor said; not necessarily those of the board.",
            "The views expressed by the minister drew criticism from opposition lawmakers.",
            "Opinions differ on whether the central bank will cut rates in March.",
            "The views are not necessarily shared by every member of the committee, Reeves said.",
            'The views, data and opinions expressed in the hearing were noted by the committee chair.',
            "Any opinions or recommendations expressed herein are those of the author, the fund's lawyers said in court.",
            "Views expressed are subject to change without notice, the fund's manager said in a letter to clients.",
        ),
    ),
    # -- "not advice", "informational purposes only", "do your own research" ---------------------
    Rule(
        id="disclaimer.informational-purposes",
        category="disclaimer",
        pattern=(
            r"(?=[(\[]?(?:editor|please|note|important|data|this|the|our|such|all|any|these|nothing|none|it|information|for|unless)\b)"
            + _NOT_REPORTED
            + r"(?:"
            + r"[(\[]?(?:"
            + _SUBJECT
            + r"|it|(?:the[ \t])?(?:data[ \t]and[ \t]information|information[ \t]and[ \t]data)|(?:the[ \t])?information[ \t](?:provided|contained|presented|published|on|in)[^\n]{0,60}?)"
            r"[^\n]{0,120}?[ \t](?:is|are|was|has[ \t]been|have[ \t]been)[ \t](?:provided[ \t]|intended[ \t]|solely[ \t]|only[ \t]|strictly[ \t]|purely[ \t]|meant[ \t]){0,3}"
            + _INFO_PURPOSE
            + r"[^\n]{0,900}"
            r"|(?:for[ \t](?:general[ \t])?(?:informational|information|educational)[ \t]purposes[ \t]only)"
            r"|"
            + _SUBJECT
            + r"[ \t](?:is|are|contains|provides)[ \t](?:of[ \t]a[ \t])?general[ \t](?:investment[ \t]|financial[ \t])?(?:information|advice)[ \t]only[^\n]{0,400}"
            r"|(?:it|this|the[ \t]information)[ \t]does[ \t]not[ \t](?:consider|take[ \t]into[ \t]account)[ \t]your[ \t](?:personal[ \t])?(?:investment[ \t])?objectives[^\n]{0,400}"
            r"|this[ \t](?:communication|material|content|information)[ \t](?:is|has[ \t]been)[ \t](?:provided[ \t])?for[ \t](?:general[ \t])?(?:information|informational|education|educational|marketing)"
            r"(?:[ \t](?:and|or|&)[ \t](?:information|informational|education|educational|marketing))?[ \t]purposes[^\n]{0,500}"
            r"|this[ \t](?:information|material|communication|content)[ \t]has[ \t]been[ \t]prepared[ \t]by[ \t][^\n]{1,60}?,[ \t]a[ \t]trading[ \t]name[ \t]of[^\n]{0,600}"
            + r")"
            + r"|the[ \t\xa0](?:content|information|material)[ \t\xa0]on[ \t\xa0]this[ \t\xa0](?:page|site|website)[ \t\xa0](?:may[ \t\xa0])?(?:include|contain)s?[ \t\xa0]forward-looking[^\n]{0,400}"
            # without a determiner: 'Content is for general information purposes only.'
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:content|information)[ \t\xa0]is[ \t\xa0](?:provided[ \t\xa0])?for[ \t\xa0]general[ \t\xa0](?:information(?:al)?|educational)[ \t\xa0]purposes[ \t\xa0]only\b[^\n]{0,400}"
        ),
        description="'This article is for informational purposes only ...' and 'All information ... is solely for informational purposes.'",
        where=Where.TAIL,
        within=5,
        max_chars=1000,
        examples=(
            "These articles are provided for information purposes only. Occasionally, an opinion about whether to buy or sell a specific investment may be provided by third parties. The content is not intended to be a personal recommendation to buy or sell any financial instrument or product, or to adopt any investment strategy as it is not provided based on an assessment of your investing knowledge and experience, your financial situation or your investment objectives. The value of your investments may go down as well as up.",
            "Content is for general information purposes only.",
            "All information and data in this article is solely for informational purposes.",
            "This article is for informational purposes only and does not constitute investment advice.",
            "It is solely for general information purpose only, which does not consider your own investment objectives, financial situations or needs.",
            "The comments, opinions, and analyses expressed on Investopedia are for informational purposes only.",
            "The information provided in this article is for general informational and educational purposes only.",
            "For informational purposes only.",
            "Editor's note: This article is for informational purposes only and is not investment advice.",
            "Data and information is provided for informational purposes only, and is not intended for trading purposes.",
            "This article is general information only and does not consider your objectives, financial situation or needs.",
            "This client alert is for informational purposes only and should not be construed as legal advice on any specific facts or circumstances.",
            "This article contains general investment advice only (under AFSL 400691).",
            "The content on this page may include forward-looking views that carry risk and uncertainty. Instruments mentioned are discussed for information only.",
        ),
        counterexamples=(
            "Content is for general information purposes only, the regulator said, and cannot replace a prospectus.",
            "The court said the map was for illustrative purposes only, and dismissed the claim.",
            "The data is published for research purposes by the statistics office every month.",
        ),
    ),
    Rule(
        id="disclaimer.not-advice",
        category="disclaimer",
        pattern=(
            r"(?=[(\[]?(?:editor|please|note|important|data|this|the|our|such|all|any|these|nothing|none|it|no|not|nfa|dyor|information)\b)"
            + _NOT_REPORTED
            + r"(?:"
            + r"[(\[]?(?:"
            + _SUBJECT
            + r")[^\n]{0,150}?\b"
            + _NOT
            + r"\b[^\n]{0,80}?"
            + _ADVICE
            + r"[^\n]{0,350}"
            r"|[(\[]?this[ \t](?:is|does|should|shall)[ \t]not[ \t](?:be[ \t](?:construed|considered|regarded|taken|treated)[ \t](?:as[ \t])?|constitute[ \t]|"
            r"(?:intended|meant)[ \t](?:as|to[ \t]be)[ \t])?(?:a[ \t]|an[ \t]|any[ \t])?"
            + _ADVICE
            + r"[^\n]{0,350}"
            r"|[(\[]?(?:nothing|none[ \t]of[ \t](?:the|this|our)[ \t]\w+)[ \t](?:in|on|contained|within|herein|here|provided|published)[^\n]{0,60}?"
            r"\b(?:is|are|should|shall|constitutes?|will|may|can)\b[^\n]{0,60}?" + _ADVICE + r"[^\n]{0,350}"
            r"|it[ \t](?:does[ \t]not[ \t]constitute|is[ \t]not[ \t](?:intended|meant|to[ \t]be[ \t](?:construed|considered|taken))|should[ \t]not[ \t]be[ \t](?:construed|considered|regarded|relied|taken))[^\n]{0,350}"
            # 'It is not investment advice or a solution to buy or sell securities.'
            r"|it[ \t]is[ \t]not[ \t](?:investment|financial|trading)[ \t]advice\b[^\n]{0,200}"
            r"|no[ \t](?:recommendation|advice|offer)[ \t](?:or[ \t](?:advice|recommendation)[ \t])?is[ \t](?:being[ \t])?(?:given|made|provided)[^\n]{0,200}"
            r"|not[ \t](?:financial|investment|trading)[ \t]advice(?:[.!][ \t]*(?:always[ \t])?do[ \t]your[ \t]own[ \t](?:research|due[ \t]diligence)(?:[ \t]\(dyor\))?"
            r"|[.!][ \t]+(?=[^\n]{0,300}?\b(?:advice|educational|informational|solicitation|risks?)\b)[^\n]{1,700})?"
            # 'Information posted on <site> that is provided by third parties does not constitute a recommendation ...'
            r"|(?:the[ \t])?information[ \t](?:posted|provided|published|contained|presented)[ \t](?:on|in)[ \t][^\n]{1,100}?[ \t](?:does[ \t]not|doesn['’]t|shall[ \t]not|should[ \t]not)[ \t](?:constitute|be[ \t](?:construed|considered)[ \t]as)[ \t](?:a|an|any)[ \t](?:recommendation|solicitation|offer|endorsement)[^\n]{0,700}"
            # 'This information is intended to be educational and is not tailored to the investment needs of any specific investor.'
            r"|(?:this|the)[ \t](?:information|content|material|article)[^\n]{0,80}?[ \t]not[ \t]tailored[ \t]to[ \t]the[ \t](?:\w+[ \t]){0,2}needs[ \t]of[ \t]any[ \t](?:specific|particular|individual)[ \t](?:investor|person|reader)s?[^\n]{0,300}"
            r"|(?:nfa|dyor)"
            + r")"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)(?:this|the)[ \t](?:article|content|information|post|page)[ \t](?:isn['’]t|is[ \t]not)[ \t](?:a[ \t])?(?:personal|personali[sz]ed|individual)[ \t](?:advice|recommendation)[^\n]{0,300}"
            + r"|(?![^\n]{0,400}\b(?:said|says|told|ruled|argued)\b)(?:the[ \t])?[\w&'’.-]{1,30}(?:[ \t][\w&'’.-]{1,30}){0,2}[ \t]is[ \t]a[ \t]publisher\.[ \t]+you[ \t]understand[ \t]that[^\n]{1,60}?[ \t](?:does|do)[ \t]not[ \t](?:offer|provide|give)[ \t](?:investment|financial)[ \t]advice[^\n]{0,300}"
        ),
        description="A 'this is not financial advice' sentence ('This article does not constitute investment advice', 'Nothing herein is a recommendation to buy or sell').",
        where=Where.TAIL,
        within=5,
        max_chars=600,
        examples=(
            "It is not investment advice or a solution to buy or sell securities.",
            "This is not financial advice.",
            "Not financial advice. Do your own research (DYOR).",
            "This article does not constitute investment advice.",
            "This article does not contain investment advice or recommendations.",
            "The above content should not be regarded as an offer, recommendation, or solicitation on acquiring or disposing of any financial products.",
            "Nothing in this article should be construed as a recommendation to buy or sell any security.",
            "It does not constitute a recommendation to buy or sell any stock, and does not take account of your objectives, or your financial situation.",
            "No recommendation or advice is being given as to whether any investment is suitable for a particular investor.",
            "Nothing contained on the Site constitutes a solicitation, recommendation, endorsement, or offer by the publisher to buy or sell any securities.",
            "This article isn't personal advice.",
            'The Website is a publisher. You understand that the Website does not give financial advice or recommend any security.',
            "Not financial advice. This newsletter is strictly educational and is not a solicitation to buy or sell any assets.",
            "This information is intended to be educational and is not tailored to the investment needs of any specific investor.",
            "Information posted on Tradewise Academy that is provided by third parties does not constitute a recommendation that you should use the services of that third party.",
        ),
        counterexamples=(
            "It is not investment advice that savers lack, the survey's authors said, but trust.",
            "Analysts advise caution after the rally.",
            "He said it was not financial advice he was giving, but a warning.",
            "The bank said it would not give investment advice to retail clients from next year.",
            "The minister said nothing in the plan would change tax advice rules for accountants.",
            'Penguin is a publisher. You understand that the firm does not offer investment advice, the judge told the jury.',
            "The article is not personal advice, the regulator's lawyer said, but it reads like a sales pitch.",
            "This column is for general information and does not constitute tax advice – readers in doubt should see an accountant, Ms Patel added.",
            "The plan is not tailored to the needs of any specific investor, the regulator said in its report.",
        ),
    ),
    Rule(
        id="disclaimer.own-research",
        category="disclaimer",
        pattern=(
            r"(?=(?:please|always|you|we|investors|readers|users|do|conduct|perform|carry|make|consult|seek|speak|talk|before)\b)"
            + _NOT_REPORTED
            + r"(?:"
            + r"(?:please[ \t]|always[ \t]|you[ \t]should[ \t](?:always[ \t])?|we[ \t](?:recommend|suggest|encourage)[ \t](?:that[ \t]you[ \t]|you[ \t])?|"
            r"(?:investors|readers|users)[ \t](?:should|must|are[ \t](?:strongly[ \t])?(?:advised|encouraged|urged)[ \t]to)[ \t](?:always[ \t])?)?"
            r"(?:do|conduct|perform|carry[ \t]out|make)[ \t](?:their|your)[ \t]own[ \t](?:independent[ \t]|thorough[ \t])?(?:research|due[ \t]diligence|analysis|assessment|investigation)"
            r"(?:[ \t]\(dyor\))?(?:,?[ \t](?:and|or)[ \t][^\n]{0,200}|[ \t](?:before|when|prior[ \t]to)[ \t][^\n]{0,200})?"
            r"|(?:please[ \t]|you[ \t]should[ \t](?:always[ \t])?|always[ \t]|investors[ \t]should[ \t]|we[ \t](?:recommend|suggest)[ \t](?:that[ \t]you[ \t]|you[ \t])?)"
            r"(?:consult|seek[ \t]advice[ \t]from|speak[ \t](?:with|to)|talk[ \t]to)[ \t](?:with[ \t])?(?:a|an|your)[ \t][^\n]{0,50}?(?:adviser|advisor|professional|planner)s?"
            r"[ \t](?:before[ \t](?:making|taking)[ \t]any[ \t](?:\w+[ \t]){0,2}decisions?|before[ \t]investing|prior[ \t]to[ \t]making[ \t]any[ \t](?:\w+[ \t]){0,2}decisions?)"
            r"|(?:investors|readers)[ \t](?:should|must)[ \t](?:do|conduct)[ \t]their[ \t]own[ \t]research[ \t]and[ \t]may[ \t]seek[ \t]professional[ \t]advice[^\n]{0,80}"
            # 'Before taking any action based on this content you should consult a professional.'
            r"|before[ \t](?:taking|making)[ \t]any[ \t](?:action|decision)s?[ \t](?:based[ \t]on|in[ \t]reliance[ \t]on)[ \t](?:this|the|our)[ \t](?:content|information|article|material)[^\n]{0,30}?[ \t](?:consult|seek|speak[ \t](?:with|to)|talk[ \t]to)[^\n]{0,300}"
            + r")"
        ),
        description="'Do your own research' and 'consult a financial adviser before making any investment decisions' sentences.",
        where=Where.TAIL,
        within=4,
        max_chars=400,
        examples=(
            "Always do your own research before investing.",
            "Readers should conduct their own research when making a decision.",
            "Please consult a qualified financial adviser before making any investment decisions.",
            "Investors should do their own research and may seek professional advice before investing.",
            "Before taking any action based on this information, you should consult a qualified professional. We do not endorse any third parties mentioned here.",
        ),
        counterexamples=(
            "You should consult a financial adviser before investing in annuities, she wrote in her new book on retirement.",
            "The committee will conduct its own research into the causes of the crash.",
            "Before taking any action based on the report, the board should consult its lawyers, the auditor said.",
        ),
    ),
    # -- risk warnings -------------------------------------------------------------------------
    Rule(
        id="disclaimer.cfd-risk",
        category="disclaimer",
        pattern=(
            r"(?:spread[ \t]bets?[ \t](?:and|&)[ \t](?:/[ \t]?or[ \t])?)?(?:cfds?|contracts[ \t]for[ \t]differences?|leveraged[ \t]products?|forex[ \t]and[ \t]cfds?)"
            r"[ \t](?:are|is)[ \t]complex[ \t]instruments?,?[ \t](?:and[ \t])?(?:come|comes|carry|carries)[ \t](?:with[ \t])?a[ \t]high[ \t]risk[^\n]{0,900}"
            r"|\d{1,2}(?:\.\d{1,2})?[ \t]?%[ \t]of[ \t]retail[ \t](?:investor|client|cfd)[ \t]accounts[ \t]lose[ \t]money[ \t]when[ \t]"
            r"[^\n]{1,80}?(?:with[ \t]this[ \t]provider|with[ \t]us)[^\n]{0,700}"
        ),
        description=(
            "The regulated CFD and spread-bet risk warning: 'CFDs are complex instruments and come with a high risk of "
            "losing money rapidly due to leverage. 70% of retail investor accounts lose money ...'"
        ),
        # The regulated wording is never a story's own sentence: wherever it stands alone
        # (a broker's banner above the headline as well as its footer).
        max_chars=1200,
        examples=(
            "CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 70% of retail "
            "investor accounts lose money when trading CFDs with this provider.",
            "Spread bets and CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage.",
            "74% of retail investor accounts lose money when trading CFDs with this provider.",
            "Contracts for difference are complex instruments and come with a high risk of losing money rapidly due to "
            "leverage. 68.5% of retail investor accounts lose money when trading CFDs with this provider.",
        ),
        counterexamples=(
            "The regulator said 70% of retail investor accounts lose money, and it wants tighter leverage caps.",
            "Trading leveraged products carries a high level of risk, the regulator warned on Tuesday.",
            "Brokers must warn that CFDs are complex instruments, and the FCA checks that the warning is prominent.",
            "CFDs are complex instruments that many retail investors misunderstand, the FCA said.",
            "About 72% of retail investor accounts lose money when trading CFDs, according to the FCA.",
        ),
    ),
    Rule(
        id="disclaimer.margin-risk",
        category="disclaimer",
        pattern=(
            r"(?=losses|trading)(?![^\n]{0,300}\b(?:said|says|warned|told|according[ \t]to|regulators?)\b)(?:losses[ \t](?:can|may)[ \t]exceed[ \t](?:your[ \t])?(?:deposits?|investment)|trading[ \t](?:on[ \t]margin|leveraged[ \t]products|cfds|forex|foreign[ \t]exchange|derivatives)(?:[ \t]on[ \t]margin)?(?:[ \t]such[ \t]as[ \t][^\n,;.]{1,30})?[ \t](?:carries|involves)[ \t](?:a[ \t])?(?:high|significant|substantial)[ \t](?:level[ \t]of[ \t])?risk)[^\n]{0,900}"
        ),
        description=(
            "A trading site's short risk line at the foot of the page: 'Losses can exceed deposits.', "
            "'Trading on margin carries a high level of risk ...'"
        ),
        where=Where.TAIL,
        within=6,
        max_chars=1200,
        examples=(
            "Losses can exceed deposits.",
            "Trading leveraged products such as CFDs carries a high level of risk; 71% of retail investor accounts lose money when spread betting and/or trading CFDs with this provider.",
            "Trading forex on margin carries a high level of risk and may not be suitable for all investors.",
        ),
        counterexamples=(
            "Trading leveraged products carries a high level of risk, the regulator warned on Tuesday.",
            "Losses can exceed deposits at some brokers, regulators said.",
        ),
    ),
    Rule(
        id="disclaimer.investing-risk",
        category="disclaimer",
        pattern=(
            r"(?=(?:investing|investments?|trading|all|every|crypto\w{0,12}|digital|cfds|there|don['’]t|this|you|your|capital|the|mutual|read|please|diversification|investors|options?|futures|forex|leveraged|margin)\b|\d)"
            + _NOT_REPORTED
            + r"(?:"
            + r"all[ \t]investing[ \t]is[ \t]subject[ \t]to[ \t]risks?[^\n]{0,300}|"
            + r"the[ \t]value[ \t]of[ \t](?:your[ \t]|any[ \t])?investments?(?:[ \t]and[ \t](?:the[ \t])?income[ \t]from[ \t](?:them|it))?[ \t](?:may|can|could|will)[ \t](?:go|fall|rise)[ \t]"
            r"(?:down[ \t]as[ \t]well[ \t]as[ \t]up|up[ \t](?:or|and|as[ \t]well[ \t]as)[ \t]down)[^\n]{0,300}|"
            + r"(?:investing|investments?|trading|all[ \t]investments|every[ \t]investment(?:[ \t]and[ \t]trading[ \t]move)?|"
            r"investing[ \t]in[ \t](?:crypto(?:currenc(?:y|ies))?|digital[ \t]assets|stocks|securities|the[ \t]stock[ \t]market)|"
            r"(?:crypto(?:currency)?|digital[ \t]asset)[ \t](?:investments?|trading|assets|markets?))"
            r"[ \t](?:carries|carry|involves?|entails?|comes[ \t]with|is[ \t]subject[ \t]to|are[ \t]subject[ \t]to)[ \t](?:a[ \t])?"
            r"(?:high[ \t]|significant[ \t]|substantial[ \t]|considerable[ \t]|inherent[ \t]|market[ \t])?(?:level[ \t]of[ \t]|degree[ \t]of[ \t])?risks?"
            r"(?:,?[ \t](?:including|and[ \t](?:readers|investors|you))[^\n]{0,200})?"
            r"|(?:crypto(?:currenc(?:y|ies))?|crypto[ \t]products[ \t]and[ \t]nfts|digital[ \t]assets|cfds)[ \t](?:are|is)[ \t](?:complex[ \t]instruments[ \t]and[ \t]come[ \t]with|unregulated[ \t]and[ \t]can[ \t]be|a[ \t]high[- ]risk[ \t](?:asset|investment)|highly[ \t](?:volatile|risky|speculative)[ \t]and[ \t](?:you|investors|readers)[ \t](?:could|may|can|should))[^\n]{0,250}"
            r"|(?:crypto\w{0,12}|digital[ \t]assets?)(?:[ \t](?:investments?|investing|assets|trading|markets?))?[ \t](?:are|is)[ \t](?:highly[ \t]|extremely[ \t])?(?:volatile|speculative)[ \t]and[ \t](?:high[- ]risk|risky|speculative|unregulated)[^\n]{0,100}"
            r"|no[ \t](?:consumer|investor)[ \t]protection|tax[ \t]on[ \t](?:profits|gains)[ \t]may[ \t]apply|other[ \t]fees[ \t](?:may[ \t])?apply"
            r"|there[ \t]may[ \t]be[ \t]no[ \t]regulatory[ \t]recourse[^\n]{0,120}"
            r"|don['’]t[ \t]invest[ \t]unless[ \t]you['’]re[ \t]prepared[ \t]to[ \t]lose[ \t]all[ \t]the[ \t]money[ \t]you[ \t]invest"
            r"|this[ \t]is[ \t]a[ \t]high[- ]risk[ \t]investment[ \t]and[ \t]you[ \t]should[ \t]not[ \t]expect[ \t]to[ \t]be[ \t]protected[^\n]{0,60}"
            r"|\d{1,2}(?:\.\d{1,2})?[ \t]?%[ \t]of[ \t]retail[ \t](?:investor[ \t]|cfd[ \t])?accounts[ \t]lose[ \t]money[^\n]{0,300}"
            r"|you[ \t]should[ \t]consider[ \t]whether[ \t]you[ \t]understand[ \t]how[ \t](?:cfds|spread[ \t]bets)[ \t]work[^\n]{0,200}"
            r"|(?:your[ \t])?capital[ \t](?:is[ \t])?at[ \t]risk(?:\.[ \t]*other[ \t]fees[ \t](?:may[ \t])?apply)?"
            r"|the[ \t]value[ \t]of[ \t](?:your[ \t])?investments?(?:,?[ \t]and[ \t](?:the[ \t]|any[ \t])?income[ \t](?:from|derived[ \t]from)[ \t](?:them|it),?)?[ \t](?:can|may|could)[ \t](?:go[ \t]down[ \t]as[ \t]well[ \t]as[ \t]up|fall[ \t]as[ \t]well[ \t]as[ \t]rise|rise[ \t]or[ \t]fall|fluctuate)[^\n]{0,200}"
            r"|(?:mutual[ \t]fund[ \t]investments|investments?[ \t]in[ \t](?:the[ \t])?securities[ \t]markets?)[ \t](?:are|is)[ \t]subject[ \t]to[ \t]market[ \t]risks?[^\n]{0,160}"
            r"|read[ \t]all[ \t](?:the[ \t])?(?:scheme[ \t])?related[ \t]documents[ \t]carefully(?:[ \t]before[ \t]investing)?"
            r"|(?:trading|investing)[ \t]in[ \t]financial[ \t]instruments[^\n]{0,60}?involves[ \t]high[ \t]risks[^\n]{0,300}"
            r"|investors[ \t]should[ \t](?:carefully[ \t])?consider[ \t](?:the|a)[ \t](?:fund['’]s[ \t])?investment[ \t]objectives,?[ \t]risks[^\n]{0,300}"
            r"|(?:please[ \t])?read[ \t](?:it|the[ \t](?:prospectus|offering[ \t]documents?))[ \t]carefully[ \t]before[ \t]investing"
            r"|diversification(?:[ \t](?:strateg(?:y|ies)|and[ \t]asset[ \t]allocation(?:[ \t]strategies)?))?[ \t](?:does[ \t]not|do[ \t]not|doesn['’]t|don['’]t|cannot)[ \t](?:ensure|guarantee|assure)[ \t]a[ \t]profit[^\n]{0,120}"
            # the options and futures risk lines of a broker's foot: 'Options involve risk and are not suitable for all investors.'
            r"|(?:options|futures|futures[ \t]and[ \t]options|options[ \t]and[ \t]futures|(?:options|futures|forex|margin)[ \t]trading|leveraged[ \t](?:and[ \t]inverse[ \t])?etfs|forex)[ \t]"
            r"(?:involves?|carry|carries)?[ \t]?(?:(?:a[ \t])?(?:high[ \t]|substantial[ \t]|significant[ \t])?(?:degree[ \t]of[ \t]|level[ \t]of[ \t])?risk[ \t]and[ \t])?(?:are|is)[ \t]not[ \t](?:suitable|appropriate)[ \t]for[ \t](?:all|every)[ \t]investors?[^\n]{0,700}"
            r"|(?:you[ \t]could|you[ \t]may|investors[ \t](?:could|may))[ \t]lose[ \t](?:some[ \t]or[ \t])?(?:all|more[ \t]than)[ \t](?:of[ \t])?(?:your|their)[ \t](?:initial[ \t])?(?:investment|capital|money|deposit)s?"
            + r")"
            + r"|(?:investments?|investing)[ \t](?:and[ \t](?:any[ \t]|the[ \t])?income[ \t](?:from|of)[ \t](?:them|it)[ \t])?(?:can|may|could|will)[ \t](?:go|fall|rise)[ \t](?:down[ \t]as[ \t]well[ \t]as[ \t]up|up[ \t](?:or|and|as[ \t]well[ \t]as)[ \t]down)[^\n]{0,300}|you[ \t](?:could|may|might)[ \t]get[ \t]back[ \t]less[ \t]than[ \t]you[ \t](?:put[ \t]in|invest(?:ed)?|originally[ \t]invested)[^\n]{0,200}"
        ),
        description="Risk warnings for trading, crypto, CFDs and funds ('Investing carries risk.', 'Your capital is at risk.', 'Mutual fund investments are subject to market risks').",
        where=Where.TAIL,
        within=5,
        max_chars=500,
        examples=(
            "Investing carries risk.",
            "Trading involves substantial risk.",
            "Every investment and trading move involves risk, and readers should conduct their own research when making a decision.",
            "Mutual fund investments are subject to market risks, read all scheme related documents carefully.",
            "Your capital is at risk.",
            "The value of investments and the income from them can go down as well as up and you may get back less than you invested.",
            "Crypto products and NFTs are unregulated and can be highly risky.",
            "Don’t invest unless you’re prepared to lose all the money you invest.",
            "Diversification does not ensure a profit or protect against loss in a declining market.",
            "Cryptoasset investing is highly volatile and unregulated in some EU countries. No consumer protection. Tax on profits may apply.",
            "Investments and any income from them can go down as well as up, so you could get back less than you put in.",
            "Options involve risk and are not suitable for all investors. Please read Characteristics and Risks of Standardized Options before trading.",
            "Futures are not suitable for all investors. You may lose more than your initial deposit.",
            "Options trading involves significant risk and is not appropriate for every investor.",
            "Diversification and asset allocation strategies do not ensure a profit and cannot protect against losses in a declining market.",
            "The value of your investments, and any income derived from them, can go down as well as up, and you may get back less than you invested.",
        ),
        counterexamples=(
            "Investing carries risk, but the fund's managers say the rewards justify it.",
            "Cryptocurrencies are highly volatile, the central bank warned on Tuesday in a report that called for tighter rules.",
            "Read all the documents, the judge told the jury before the recess.",
            "Options are not suitable for all investors, the regulator said, and brokers must check that clients understand them.",
            "Futures are not suitable for all investors, Gensler told the committee.",
        ),
    ),
    Rule(
        id="disclaimer.past-performance",
        category="disclaimer",
        pattern=(
            r"(?=(?:past|historical|previous|unless)\b)"
            + _NOT_REPORTED
            + r"(?:"
            + r"(?:past|historical|previous)[ \t](?:performance|results|returns)(?:[ \t]\w+){0,2}[ \t](?:is|are|does|do|should)[ \t](?:not|no)[ \t]"
            r"(?:necessarily[ \t])?(?:a[ \t])?(?:reliable[ \t]|good[ \t])?(?:guarantee|indication|indicative|indicator|guide|guarantor|predictor|assurance)(?:[ \t]of|[ \t]for)?"
            r"(?:[ \t](?:future|similar)[ \t](?:results|performance|returns))?[^\n]{0,160}"
            r"|unless[ \t]otherwise[ \t]stated,?[ \t][^\n]{0,200}?(?:is|are)[ \t]not[ \t]a[ \t]reliable[ \t]indicator[ \t]of[ \t]future[ \t](?:performance|results|returns)[^\n]{0,120}"
            + r")"
            + r"|the[ \t\xa0]value[ \t\xa0]of[ \t\xa0](?:the[ \t\xa0])?(?:units|shares|investments?)[ \t\xa0]in[ \t\xa0][^\n]{1,60}?and[ \t\xa0]the[ \t\xa0]income[ \t\xa0](?:derived[ \t\xa0])?from[ \t\xa0]them[ \t\xa0](?:may|can)[ \t\xa0](?:fall|go[ \t\xa0]down)[^\n]{0,500}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|warned|according[ \t]to)\b)(?:past|historical|previous)[ \t](?:performance|results|returns)[ \t](?:isn['’]t|aren['’]t|doesn['’]t|don['’]t)[ \t](?:necessarily[ \t])?(?:a[ \t])?(?:reliable[ \t]|good[ \t])?(?:guarantee|guide|indicator|indication|predictor)[^\n]{0,160}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|warned|according[ \t]to)\b)(?:please[ \t]remember[ \t](?:that[ \t])?)?(?:dividend[ \t])?yields[ \t](?:are|can[ \t]be)[ \t]variable[ \t]and[ \t](?:are[ \t])?not[ \t]a[ \t]reliable[ \t]indicator[ \t]of[ \t]future[ \t](?:income|returns|performance)[^\n]{0,120}"
        ),
        description="'Past performance is no guarantee of future results.'",
        where=Where.TAIL,
        within=5,
        max_chars=260,
        examples=(
            "Past performance is no guarantee of future results.",
            "Past performance is not indicative of future returns.",
            "Past performance does not guarantee future results.",
            "Past performance isn't a reliable guide to future returns.",
            "Please remember yields are variable and not a reliable indicator of future income.",
            "The value of units in Harbourline Commercial Trust and the income derived from them may fall as well as rise. Units are not obligations of, deposits in, or guaranteed by, the Manager.",
        ),
        counterexamples=(
            "Past performance was strong: the fund returned 14% a year over the decade.",
            "Past performance isn't a guide, the fund manager warned, after a decade of strong returns.",
            "“Past performance is no guarantee of future results,” the manager warned investors at the meeting.",
        ),
    ),
    Rule(
        id="disclaimer.no-responsibility",
        category="disclaimer",
        pattern=(
            r"(?=[^\n]{0,360}?(?:responsib|liabil|warrant|representation|remind|necessarily))"
            + _NOT_REPORTED
            + r"(?:"
            + r"[^\n]{0,150}?(?:assumes?|accepts?|takes?|bears?|shall[ \t]have|has|will[ \t](?:not[ \t])?(?:accept|bear|assume))[ \t](?:no|any)[ \t](?:responsibility|liability|warranty)"
            r"(?:[ \t](?:or|and)[ \t](?:responsibility|liability|warranty))?[ \t](?:for|whatsoever|with[ \t]respect)[ \t]?[^\n]{0,60}?"
            r"\b(?:accuracy|completeness|reliability|timeliness|loss|losses|damages?|errors?|omissions?|decisions?|actions?|contents?|information|use)\b[^\n]{0,350}"
            r"|neither[ \t][^\n]{1,160}?[ \t]nor[ \t][^\n]{1,200}?[ \t](?:accepts?|assumes?|takes?|bears?)[ \t](?:any[ \t])?(?:responsibility|liability)[ \t]for[ \t][^\n]{1,200}"
            r"|[^\n]{0,80}?makes[ \t]no[ \t](?:representations?|warrant(?:y|ies)|guarantees?)[^\n]{0,40}?(?:accuracy|completeness|timeliness|reliability|suitability)[^\n]{0,300}"
            # The information on this website is obtained from independent sources we believe to be reliable, but X makes no representation ...
            r"|(?:the[ \t])?information[ \t](?:on|in|contained[ \t]in|provided[ \t]on)[^\n]{0,50}?(?:website|site|page|article)[ \t]is[ \t](?:obtained|derived|compiled|gathered)[ \t]from[ \t]"
            r"(?:independent|third[- ]party|public|various)[ \t]sources[^\n]{0,120}?(?:representation|warrant|responsib|liabil)[^\n]{0,700}"
            r"|[^\n]{0,60}?would[ \t]like[ \t]to[ \t]remind[ \t]you[ \t]that[ \t]the[ \t]data[ \t]contained[ \t]in[ \t]this[ \t]website[^\n]{0,600}"
            r"|(?:the[ \t])?data[ \t](?:and[ \t]prices[ \t])?(?:contained[ \t])?(?:in|on)[ \t](?:this|the)[ \t](?:website|site)[ \t](?:is|are)[ \t]not[ \t]necessarily[^\n]{0,400}"
            + r")"
            + r"|[^\n]{0,120}?(?:has|have)[ \t]tried[ \t]to[ \t]ensure[ \t]accuracy[^\n]{0,400}"
            + r"|this[ \t\xa0](?:article|page|document|post)[ \t\xa0]is[ \t\xa0]a[ \t\xa0](?:transcript|transcription)[ \t\xa0]of[ \t\xa0][^\n]{1,80}?(?:produced|prepared|provided)[ \t\xa0](?:for|by)[ \t\xa0][^\n]{1,400}"
            + r"|[^\n]{0,60}?there[ \t\xa0]may[ \t\xa0]be[ \t\xa0](?:errors|mistakes|inaccuracies)[^\n]{0,40}?[ \t\xa0]in[ \t\xa0]this[ \t\xa0](?:transcript|transcription)[^\n]{0,300}"
            + r"|(?![^\n]{0,240}\b(?:said|says|told|ruled|according[ \t\xa0]to)\b)(?:the[ \t\xa0])?[A-Z][\w.&'’-]{0,30}(?:[ \t\xa0][\w.&'’-]{1,30}){0,3}[ \t\xa0](?:is|are)[ \t\xa0]not[ \t\xa0](?:responsible|liable)[ \t\xa0]for[ \t\xa0]the[ \t\xa0]contents?[ \t\xa0]of[ \t\xa0](?:external|third[- ]party|linked|other)[ \t\xa0](?:internet[ \t\xa0])?(?:sites|websites|web[ \t\xa0]sites|links|pages)[^\n]{0,100}"
        ),
        description="Liability disclaimers: '[Brand] assumes no responsibility or warranty for the accuracy ...', Investing.com's 'Fusion Media would like to remind you ...'.",
        where=Where.TAIL,
        within=5,
        max_chars=700,
        examples=(
            "The information on this website is obtained from third-party sources we consider reliable, but Blockline Media LLC makes no representation or warranty as to its accuracy.",
            "TTM assumes no responsibility or warranty for the accuracy and completeness of the information, investors should do their own research.",
            "Fusion Media would like to remind you that the data contained in this website is not necessarily real-time nor accurate.",
            "Decrypt makes no representation or warranty as to the timeliness, completeness, or accuracy of any information.",
            "Fusion Media or anyone involved with Fusion Media will not accept any liability for loss or damage as a result of reliance on the information.",
            "The author has tried to ensure accuracy, but neither Kitco nor the author accepts liability for any loss resulting from the use of this information.",
            "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness.",
            "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited accept no responsibility for the contents of this announcement, give no assurance as to its accuracy or completeness.",
            "This article is a transcript of this conference call produced for The Motley Fool. While we strive for our Foolish Best, there may be errors, omissions, or inaccuracies in this transcript.",
            "While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript.",
            'The BBC is not responsible for the content of external sites.',
            'TVNZ is not responsible for the content of external internet sites.',
        ),
        counterexamples=(
            "The company assumes no liability for the spill, its lawyer argued, and will appeal the ruling.",
            "The railway accepts no responsibility for delays caused by the strike, a spokesman said.",
            'The platform is not responsible for the content of third-party sites, the judge ruled on Tuesday.',
        ),
    ),
    Rule(
        id="disclaimer.broker-app",
        category="disclaimer",
        pattern=(
            _NAME
            + r"[ \t]is[ \t]a[ \t](?:financial[ \t]information[ \t]and[ \t]trading|trading[ \t]and[ \t]investing|investing)[ \t](?:app|application|platform)[ \t](?:offered|provided|operated)[ \t]by[^\n]{0,600}"
            r"|[\w.&'’\-]{2,30}(?:[ \t][A-Z][\w.&'’\-]{1,30}){0,2}[ \t]is[ \t]a[ \t]multi-asset[ \t](?:investment[ \t]|trading[ \t])?(?:platform|broker)[ \t](?:which|that)[ \t]offers[^\n]{0,600}"
            r"|"
            + _NAME
            + r"(?:,[ \t](?:Inc|LLC|Ltd|Corp|plc)\.?)?[ \t](?:does[ \t]not|doesn['’]t)[ \t](?:provide|give|offer)[ \t](?:any[ \t])?(?:personali[sz]ed[ \t])?"
            r"(?:(?:investment|financial|tax|legal|trading)(?:,?[ \t](?:or|and)[ \t]\w+){0,2}[ \t]advice(?:[ \t]or[ \t]recommendations?)?"
            r"|(?:advisory|brokerage)(?:[ \t]or[ \t](?:advisory|brokerage))?[ \t]services[^\n]{0,250})(?:\.[ \t]*All[ \t]rights[ \t]reserved)?"
            r"|(?:I[ \t]am|We[ \t]are|The[ \t](?:author|writer)[ \t]is)[ \t]not[ \t]a[ \t](?:licensed[ \t]|registered[ \t]|certified[ \t]|qualified[ \t])?"
            r"(?:financial|investment)[ \t](?:adviser|advisor|professional|planner)[^\n]{0,200}"
            r"|"
            + _NAME
            + r"[ \t]is[ \t]not[ \t]a[ \t](?:registered[ \t])?(?:broker-dealer|broker|investment[ \t]adviser|investment[ \t]advisor|financial[ \t]advis[oe]r)[^\n]{0,300}"
            r"|(?:[Ii]nvestment[ \t]products[ \t]and[ \t]services|[Ss]ecurities)[^\n]{0,80}?(?:are[ \t])?offered[ \t](?:by|through)[^\n]{0,80}?[Mm]ember[ \t](?:FINRA|SIPC)[^\n]{0,200}"
            r"|Not[ \t]FDIC[ \t][Ii]nsured[^\n]{0,120}"
            # a broker's legal line: '<Firm> (member SIPC) is a registered broker-dealer', '<Firm> LLC, Member NYSE, SIPC',
            # 'Advisory services are provided by <Firm>, an SEC-registered investment adviser'
            r"|(?![^\n]{0,400}\b(?:said|says|told|according[ \t]to|fined|charged|settled|agreed|ordered|penalty|sued|regulators?|spokes(?:man|woman|person))\b)"
            r"[\w“\"(][^\n]{0,200}?(?:\bis[ \t]a[ \t](?:registered[ \t]|licensed[ \t])?broker[- ]dealer\b|\b(?:Member[ \t](?:of[ \t])?|member[ \t])(?:FINRA|SIPC|NYSE|NFA)\b|\b(?:an[ \t])?SEC[- ]registered[ \t](?:investment[ \t]advis[eo]r|broker[- ]dealer)\b)[^\n]{0,900}"
            r"|(?![^\n]{0,400}\b(?:said|says|told|according[ \t]to)\b)(?:The[ \t])?" + _NAME + r"[ \t]provides[ \t]a[ \t]full[ \t]range[ \t]of[ \t][^\n]{1,80}?services[ \t]through[ \t]its[ \t](?:operating[ \t])?subsidiaries[^\n]{0,600}"
            # '<Brand> is not a tax advisor, and you should consult a tax professional ...'
            r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)" + _NAME + r"[ \t](?:is|are)[ \t]not[ \t]an?[ \t](?:tax|legal|accounting)[ \t](?:advis[oe]rs?|professionals?|firm)[^\n]{0,300}"
        ),
        description="'[Brand] is a financial information and trading app offered by [Company] ...', '[Brand] does not provide investment advice.'",
        where=Where.TAIL,
        within=5,
        max_chars=800,
        ignore_case=False,
        examples=(
            "Moomoo is a financial information and trading app offered by Moomoo Technologies Inc.",
            "eToro is a multi-asset platform which offers both investing in stocks and cryptoassets, as well as trading CFDs.",
            "Benzinga does not provide investment advice. All rights reserved.",
            "Webull Financial LLC is not a registered investment adviser and does not provide investment advice.",
            "NerdWallet, Inc. does not offer advisory or brokerage services, nor does it recommend or advise investors to buy or sell particular stocks.",
            "I am not a licensed financial adviser.",
            "Not FDIC Insured. May Lose Value. No Bank Guarantee.",
            "Brightwater Securities, Inc. (member SIPC) is a registered broker-dealer. Brightwater Clearing LLC (member SIPC) provides clearing services.",
            'optionsdesk, Inc. ("optionsdesk") is a registered broker-dealer and member of FINRA, NFA, and SIPC.',
            "Harbourline Brokerage Services LLC, Member NYSE, SIPC, 200 Seaport Blvd, Boston, MA 02210",
            'Savings Account is offered by Northgate Brokerage LLC ("Northgate"), a Member of FINRA/SIPC, not a bank.',
            "Advisory services are provided by Kestrel Invest LLC, an SEC-registered investment adviser. Brokerage services are provided by Kestrel Securities LLC, member FINRA/SIPC.",
            "The Morrow Financial Corporation provides a full range of brokerage, banking and advisory services through its operating subsidiaries. Its broker-dealer subsidiary offers investment products.",
            "Kestrel is not a tax advisor, and you should consult a tax professional about your own situation.",
        ),
        counterexamples=(
            "Northgate Securities, a registered broker-dealer, was fined $2 million for supervisory failures.",
            "The firm is a registered broker-dealer and a member of FINRA, a spokeswoman said.",
            "Smith is not a tax adviser, the court said, and could not have known the scheme was unlawful.",
            "The app does not provide investment advice, regulators found, but it nudged users to trade more often than they intended.",
            "Robinhood is a trading app that became popular during the pandemic.",
        ),
    ),
    # -- site-specific families with a generic shape ----------------------------------------
    Rule(
        id="disclaimer.affiliate",
        category="disclaimer",
        pattern=(
            r"(?=[^\n]{0,140}?(?:commission|compensation|affiliate|disclaimer|disclosure|risk[ \t]))"
            + _NOT_REPORTED
            + r"(?:"
            r"(?:if|when)[ \t]you[ \t](?:buy|purchase|shop|click|sign[ \t]up)[^\n]{0,60}?,[ \t](?:we|[A-Z][\w.&'’\-]{1,30}(?:[ \t][A-Z][\w.&'’\-]{1,30}){0,2})[ \t]may[ \t](?:earn|receive|get)[ \t][^\n]{0,40}?(?:commission|compensation)[^\n]{0,100}"
            r"|(?:we|[A-Z][\w.&'’\-]{1,30}(?:[ \t][A-Z][\w.&'’\-]{1,30}){0,2})[ \t]may[ \t](?:earn|receive|get)[ \t]"
            r"(?:a[ \t](?:small[ \t])?|an[ \t])?(?:affiliate[ \t])?(?:commission|compensation|share[ \t]of[ \t](?:the[ \t])?(?:sales?|revenue))"
            r"[^\n]{0,40}?(?:when[ \t]you|through|via|from|if[ \t]you)[^\n]{0,60}?(?:links?|purchases?|our[ \t]site|this[ \t](?:page|article|site|post))[^\n]{0,100}"
            r"|"
            + _IN_SENTENCE
            + r"{0,120}?[ \t]may[ \t](?:earn|receive|get)[ \t](?:a[ \t]|an[ \t])?[^\n]{0,20}?(?:commission|compensation)s?[ \t](?:for|from|on|through|via)[ \t]"
            r"(?:some[ \t]|certain[ \t]|the[ \t])?(?:links?|purchases[ \t]made[ \t]through)[^\n]{0,150}"
            r"|this[ \t](?:post|article|page|story|content)[ \t](?:may[ \t]contain|contains|includes)[ \t](?:affiliate|sponsored|referral)[ \t]links?[^\n]{0,200}"
            r"|(?:please[ \t])?(?:read|see|view|review)[ \t](?:our|the)[ \t](?:full[ \t])?(?:[\w-]{1,20}[ \t](?:and[ \t]|&[ \t])?){0,3}(?:disclaimer|disclosure(?:[ \t]policy)?|risk[ \t]disclosure|risk[ \t]warning)s?"
            r"(?:[ \t](?:here|below|for[ \t]more[ \t]info(?:rmation)?))?"
            r")"
            + r"|(?:some[ \t]|the[ \t])?links[ \t](?:in|on|within)[ \t](?:some[ \t]of[ \t])?(?:our|this|these)[ \t](?:articles?|pages?|posts?|site|stories)[ \t](?:may[ \t]be|are)[ \t](?:affiliate|referral|sponsored)[ \t]links[^\n]{0,300}"
            + r"|[A-Z][^\n]{0,40}?[ \t\xa0]follows[ \t\xa0]a[ \t\xa0]strict[ \t\xa0]editorial[ \t\xa0](?:policy|standards?)(?![^\n]{0,240}?\b(?:said|says|told|according)\b)[^\n]{0,300}"
            + r"|[A-Z][^\n]{0,40}?[ \t\xa0]is[ \t\xa0]not[ \t\xa0]a[ \t\xa0]client[ \t\xa0]of[ \t\xa0]any[ \t\xa0](?:investment[ \t\xa0])?advis[eo]rs?[^\n]{0,400}"
            + r"|our[ \t\xa0](?:goal|mission)[ \t\xa0]is[ \t\xa0]to[ \t\xa0](?:help|give)[ \t\xa0]you[ \t\xa0](?![^\n]{0,240}?\b(?:said|says|told|according)\b)[^\n]{1,120}?(?:compensation|commission|partners|advertis)[^\n]{0,300}"
            + r"|learn[ \t\xa0]how[ \t\xa0]we[ \t\xa0]make[ \t\xa0]money\.?"
            # '<Site> is part of the <Group>, but is entirely editorially independent.'
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to|insist(?:s|ed)?|claim(?:s|ed)?)\b)(?-i:[A-Z])[\w.&'’-]{1,40}(?:[ \t\xa0][\w.&'’-]{1,30}){0,3}[ \t\xa0]is[ \t\xa0](?:a[ \t\xa0]part|part|a[ \t\xa0]subsidiary|owned[ \t\xa0]by|a[ \t\xa0]division)[ \t\xa0](?:of[ \t\xa0])?[^\n]{1,80}?,?[ \t\xa0](?:but|and)[ \t\xa0](?:is|remains)[ \t\xa0](?:entirely[ \t\xa0]|fully[ \t\xa0]|completely[ \t\xa0])?editorially[ \t\xa0]independent[^\n]{0,200}"
            # '(Links marked with * are affiliate links – if you click one and apply, we may get paid.)'
            + r"|(?:the[ \t])?links[ \t](?:marked|flagged|labell?ed|denoted|shown)[ \t](?:with|by)[ \t][^\n]{1,20}?[ \t](?:are|may[ \t]be)[ \t](?:affiliate|referral|partner|tracked)[ \t]links[^\n]{0,400}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to|regulators?)\b)(?-i:[A-Z])[^\n]{0,40}?[ \t\xa0]may[ \t\xa0](?:earn|receive|get)[ \t\xa0](?:an?[ \t\xa0])?(?:affiliate[ \t\xa0])?commission[ \t\xa0](?:if|when)[ \t\xa0]you[ \t\xa0](?:take[ \t\xa0]out|buy|open|sign[ \t\xa0]up[ \t\xa0]for|apply[ \t\xa0]for|switch)[^\n]{0,300}"
        ),
        description="Affiliate and disclaimer-pointer lines: 'We may earn a commission when you buy through links on our site', 'Read our full disclaimer here'.",
        where=Where.TAIL,
        within=5,
        max_chars=300,
        examples=(
            "We may earn a commission when you buy through links on our site.",
            "If you buy something through our links, we may earn a commission.",
            "When you purchase through links on our site, we may earn an affiliate commission.",
            "This post may contain affiliate links.",
            "Read our full disclaimer here.",
            "The Arena Media Brands, LLC and respective content providers to this website may receive compensation for some links to products and services on this website.",
            "Read our warranty and liability disclaimer for more info.",
            "Links in some of our articles may be affiliate links, and we may earn a commission if you use them.",
            "Dotdash Meredith Inc. may receive compensation for some links to products and services on this website.",
            "Bankrate follows a strict editorial policy, so you can trust that we're putting your interests first.",
            "Money is not a client of any investment adviser featured on this page. The information provided on this page is for educational purposes only and is not intended as investment advice.",
            "Our goal is to help you make better financial decisions. While we receive compensation when you click links to partners, they do not influence our opinions or reviews. Learn how we make money.",
            "Learn how we make money.",
            "Moneyweek may earn an affiliate commission if you open an account through this page. These offers are chosen by our editors.",
            "Links marked with ‡ are affiliate links: if you click one and sign up, we may be paid. It never affects which products we include.",
            "PensionWise.co.uk is part of the Comparify Group, but remains fully editorially independent.",
        ),
        counterexamples=(
            "Brokers may earn a commission on each trade, which critics say creates a conflict of interest for advisers who sell annuities.",
            "Read the full disclosure, the judge told the company's lawyers.",
            "Brokers may earn a commission on each trade, which critics see as a conflict of interest for advisers.",
            "The newspaper follows a strict editorial policy on anonymous sources, its editor said.",
            "Our goal is to help you retire early, the adviser told clients at the seminar.",
            "Brokers may earn a commission if you buy through them, the regulator said.",
            "The Herald is part of the Newsquest group but remains editorially independent, its editor insisted.",
        ),
    ),
    Rule(
        id="disclaimer.general-nature",
        category="disclaimer",
        pattern=(
            r"(?:this[ \t](?:article|content|post|analysis)[ \t]by[ \t][^\n]{1,40}?|[^\n]{1,40}?['’]s?[ \t](?:analysis|content|commentary|research))[ \t]is[ \t]general[ \t]in[ \t]nature[^\n]{0,900}"
            r"|(?:have[ \t]feedback[ \t]on[ \t]this[ \t]article\?|concerned[ \t]about[ \t]the[ \t]content\?)[^\n]{0,300}"
            r"|(?:we|it)[ \t]provide[s]?[ \t]commentary[ \t]based[ \t]on[ \t]historical[ \t]data[^\n]{0,300}"
            r"|note[ \t]that[ \t]our[ \t]analysis[ \t]may[ \t]not[ \t]factor[ \t]in[^\n]{0,200}"
            + r"|(?=the|information|content|material|advice|commentary|consider)(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to|regulators?|ruled)\b)(?:(?:the[ \t])?(?:information|content|material|advice|commentary)[ \t](?:on|in|provided[ \t](?:on|in))[ \t](?:this|our)[ \t](?:page|article|site|website|post|report)[ \t](?:is|contains|constitutes)[ \t](?:of[ \t]a[ \t])?general[ \t](?:in[ \t]nature|nature|information|advice)[^\n]{0,600}|consider[ \t](?:the[ \t])?appropriateness[ \t]of[ \t](?:the|this)[ \t](?:information|advice)[^\n]{0,300})"
            + r"|(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[ \t]only[ \t]provides[ \t]general[ \t](?:advice|information)(?:[ \t]and[ \t]factual[ \t]information)?(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)[^\n]{0,500}"
            # Livewire gives readers access to information and educational content provided by financial services professionals ...
            + r"|(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[ \t]gives[ \t](?:readers|users|investors)[ \t]access[ \t]to[ \t](?:general[ \t])?(?:information|content)[^\n]{0,120}?(?:financial[ \t]services|professionals|commentators)[^\n]{0,900}"
            + r"|(?:please[ \t]note[ \t]*:[ \t]*)?(?:all|the)[ \t](?:articles|content|commentary|information)[ \t](?:published|posted|provided)[ \t](?:here|on[ \t]this[ \t](?:site|website|page))[ \t](?:are|is)[ \t](?:intended[ \t])?to[ \t]inform[ \t]your[ \t](?:thinking|decisions?|views?)[^\n]{0,900}"
            + r"|for[ \t]the[ \t]purposes[ \t]of[ \t]this[ \t](?:article|analysis),?[ \t]insiders[ \t]are[ \t](?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)[^\n]{0,500}"
            + r"|(?:but[ \t])?if[ \t]you[ \t](?:would[ \t]prefer|prefer|want|would[ \t]like)[ \t]to[ \t](?:check[ \t]out|look[ \t]at)[ \t]another[ \t]company[^\n]{0,160}?free[ \t](?:list|collection)[^\n]{0,300}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)this[ \t](?:information|material|communication|content|article|commentary)[ \t]has[ \t]been[ \t]prepared[ \t]by[ \t][^\n,]{1,60}?,[ \t]a[ \t]trading[ \t]name[ \t]of[ \t][^\n]{0,1200}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t]to)\b)(?:this|the)[ \t](?:article|content|information|commentary|post)[ \t](?:is|was)[ \t](?:original[ \t][^\n]{1,40}?[ \t]content,?[ \t]published[ \t]by[ \t][^\n]{1,60}?\.[ \t]+it[ \t](?:is|was)[ \t])?correct[ \t](?:as[ \t](?:of|at)|at)[ \t]the[ \t](?:date|time)[ \t]of[ \t](?:publication|publishing|writing)[^\n]{0,500}"
        ),
        description="Simply Wall St: 'This article by Simply Wall St is general in nature ...', 'Have feedback on this article? Concerned about the content?'",
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        examples=(
            "This article by Simply Wall St is general in nature. We provide commentary based on historical data and analyst forecasts only using an unbiased methodology and our articles are not intended to be financial advice.",
            "Have feedback on this article? Concerned about the content? Get in touch with us directly.",
            "The information on this page is general in nature and does not take into account your objectives, financial situation or needs.",
            "Consider the appropriateness of the information and seek professional advice before acting on it.",
            "Canstar only provides general advice and factual information, so consider your own circumstances before acting on it.",
            "For the purposes of this article, insiders are those individuals who report their transactions to the relevant regulatory body.",
            "If you would prefer to check out another company -- one with potentially superior financials -- then do not miss this free list of growing companies.",
            "This commentary has been prepared by Pepperstone, a trading name of Pepperstone Limited. The material on this page does not contain a record of our trading prices.",
            "This article is original Fidelity content, published by Fidelity International. It was correct as of the date of publication, and our views may have changed since then.",
            "This article was correct at the time of writing and is subject to change.",
            "Marketfolio gives readers access to information and commentary provided by financial services professionals. Any advice on this site is general in nature.",
            "Please note: All content published here is intended to inform your thinking, not lead it. Only you can decide where to put your money.",
        ),
        counterexamples=(
            "This article by our health editor explains why flu cases are rising.",
            "The bank only provides general advice to retail clients, the regulator said.",
            "Concerned about the rally, some investors took profits on Friday.",
            "The robo-adviser's portfolio advice does not take into account your objectives, the regulator said in its report.",
            "For the purposes of this article, insiders are directors and officers, the filing said.",
            "The forecast was correct at the time of publication, the agency said, but prices have since fallen.",
            "This information has been prepared by the finance ministry, a trading name of nothing, the official said.",
            "Brightline gives readers access to hundreds of newspapers for a flat monthly fee.",
        ),
    ),
    Rule(
        id="disclaimer.brand-not-advice",
        category="disclaimer",
        pattern=(
            # The words after the name are checked before the long reported-speech scan.
            r"(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}(?=[ \t](?:and|&)[ \t]|,?[ \t]its[ \t])"
            + _NOT_REPORTED
            + r"(?:[ \t](?:and|&)[ \t](?:the|its)[ \t](?:authors?|writers?|contributors?|editors?)[ \t]do|,?[ \t]its[ \t](?:authors?|writers?)[ \t]and[ \t][^\n]{1,30}?[ \t]do)"
            r"[ \t]not[ \t](?:provide|offer|give|make|render)[ \t](?:any[ \t])?[^\n]{0,40}?(?:advice|recommendations?)[^\n]{0,400}"
            r"|(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}(?=[ \t]does[ \t])"
            + _NOT_REPORTED
            + r"[ \t]does[ \t]not[ \t](?:provide|offer|give|render)[ \t](?:tax|legal|investment|financial|accounting),[ \t](?:[\w-]{1,20},?[ \t]){1,4}"
            r"(?:or|and)[ \t][^\n]{0,40}?(?:advice|services)[^\n]{0,400}"
            r"|(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[ \t]is[ \t]not[ \t](?:regulated|authori[sz]ed|licensed|registered)[ \t]to[ \t](?:give|provide|offer)[ \t](?:any[ \t])?(?:financial|investment)[ \t]advice[^\n]{0,300}"
            + r"|(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[ \t](?:does|do)[ \t]not[ \t](?:provide|offer|give|render)[ \t](?:any[ \t])?(?:personal(?:i[sz]ed)?[ \t])?(?:investment|financial)[ \t]advice(?:[;,.]?[ \t]*(?:readers|investors|you|users)[ \t](?:should|must|are)[^\n]{0,200})?(?:\.[ \t]+(?-i:[A-Z])(?=[^\n]{0,400}?\b(?:risk|advice|positions?|invest(?:ing|ment|ments)?|securities|losses?)\b)[^\n]{0,700})?\.?[ \t]*\Z"
            # a newsletter publisher's notice: 'Investment U is a free investment newsletter published by The Oxford Club. ... do not provide personalized investment advice.'
            + r"|(?-i:[A-Z])[\w.&'’-]{0,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{0,30}){0,3}[ \t](?:is|are)[ \t]an?[ \t](?:free[ \t])?(?:daily[ \t]|weekly[ \t]|monthly[ \t])?(?:investment[ \t]|investing[ \t]|financial[ \t]|market[ \t])?(?:newsletter|e-?letter|publication)[ \t](?:published[ \t])?(?:by|from)[ \t](?-i:[A-Z])[^\n]{1,60}?\.[ \t]+"
            + _NOT_REPORTED
            + r"(?=[^\n]{0,500}?\b(?:advice|educational|informational|risk)\b)[^\n]{0,900}"
            # '<brand> content is created, produced, and provided solely by <brand> and is for informational and educational purposes only'
            + r"|(?-i:[A-Za-z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[ \t](?:content|articles|research|commentary|materials?|videos)[ \t](?:is|are)[ \t](?:created|produced|written|prepared|published|provided)\b"
            + _NOT_REPORTED
            + r"[^\n]{0,160}?" + _INFO_PURPOSE + r"[^\n]{0,900}"
            + r"|(?:the[ \t])?information[ \t](?:on|in|contained[ \t](?:on|in))[ \t](?:th(?:ese|is)|our)[ \t](?:pages?|site|website)[ \t](?:contains?|includes?|may[ \t]contain)[ \t]forward[- ]looking[ \t]statements[^\n]{0,1200}"
        ),
        description=(
            "The site's own no-advice line at the tail, with the outlet as subject: FXStreet and the author do not "
            "provide personalized recommendations; Investopedia does not provide tax, investment, or financial services "
            "and advice."
        ),
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        max_chars=700,
        examples=(
            "FXStreet and the author do not provide personalized recommendations.",
            "Investopedia does not provide tax, investment, or financial services and advice. The information is presented "
            "without consideration of the investment objectives, risk tolerance, or financial circumstances of any specific "
            "investor and might not be suitable for all investors.",
            "Kiplinger and its editors do not provide individual investment advice.",
            "Proactive does not give investment advice; readers should seek their own professional guidance.",
            "Harbour Research does not provide personalized investment advice. Investing involves risk and you may lose money.",
            "Dollar Daily does not provide personalized investment advice. Our editors may hold positions in the securities they discuss.",
            "The Morning Ledger is a free daily newsletter from Kestrel Press. The information provided is for general educational purposes only and is not investment advice.",
            "Yield Watch is a free investment newsletter published by The Harbor Club. Yield Watch does not provide personalized investment advice.",
            "optionsdesk content is created, produced, and provided solely by optionsdesk, Inc. and is for informational and educational purposes only.",
            "Information on this site contains forward-looking statements that involve risks and uncertainties. You should do your own research before making any investment decisions.",
        ),
        counterexamples=(
            "Vanguard does not provide personalized advice through its basic brokerage accounts.",
            "The bank and the authors do not provide investment advice, the regulator said.",
            "Robinhood does not provide tax, legal, or accounting services, a spokesperson said.",
            "Robinhood does not give investment advice, a spokesperson said.",
            "Robinhood does not give investment advice. Its app shows prices, charts and news about each stock.",
            "The Ledger is a free weekly newsletter published by Kestrel Press. It was founded in 2009 by two former traders, the company said.",
            "Bloomberg content is produced by 2,700 journalists and is for informational purposes only, the company told regulators.",
        ),
    ),
    Rule(
        id="disclaimer.funding-note",
        category="disclaimer",
        pattern=(
            r"(?-i:[A-Z])[^\n]{0,60}?[ \t]receives[ \t](?:financial[ \t]|philanthropic[ \t])?"
            r"(?:support|funding)[ \t](?:for[ \t][^\n]{1,80}?[ \t])?from[ \t][^\n]{1,120}?"
            r"(?:[.;][ \t][^\n]{0,300}?)?(?:is|are)[ \t]solely[ \t]responsible[ \t]for[ \t](?:all[ \t])?(?:its[ \t]|the[ \t])?(?:content|journalism|coverage|reporting)[^\n]{0,200}"
            + r"|cet[ \t\xa0]article[ \t\xa0]a[ \t\xa0]été[ \t\xa0](?:produit|réalisé)[ \t\xa0](?:avec[ \t\xa0]l['’]aide[ \t\xa0]financière|grâce[ \t\xa0]au[ \t\xa0]soutien)[^\n]{0,200}"
        ),
        description=(
            "A funding note at the tail: The Associated Press receives support from X for ... The AP is solely "
            "responsible for all content."
        ),
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        max_chars=700,
        examples=(
            "The Associated Press receives support from Charles Schwab Foundation for educational and explanatory reporting "
            "to improve financial literacy. The independent foundation is separate from Charles Schwab and Co. Inc. The AP is "
            "solely responsible for its journalism.",
            "The Associated Press’ climate and environmental coverage receives financial support from multiple private "
            "foundations. AP is solely responsible for all content.",
            "Cet article a été produit avec l'aide financière des Bourses de Meta et de La Presse Canadienne pour les nouvelles.",
        ),
        counterexamples=(
            "The museum receives support from Charles Schwab Foundation for its education programs.",
            "The university receives funding from the state, but the board is solely responsible for hiring.",
        ),
    ),
    Rule(
        id="disclaimer.generated-by",
        category="disclaimer",
        pattern=(
            r"this[ \t](?:article|story|content|post|report|summary|news[ \t]alert|instant[ \t]news[ \t]alert)[ \t](?:was|has[ \t]been|is)[ \t](?:partially[ \t]|automatically[ \t])?"
            r"(?:generated|produced|written|created|prepared|compiled|translated|drafted)[ \t](?:by|with|using|in[ \t]part[ \t](?:by|with)|with[ \t]the[ \t](?:help|support|assistance)[ \t]of)"
            r"[^\n]{0,80}?(?:automated|automation|technology[ \t]from|ai\b|artificial[ \t]intelligence|narrative[ \t]science|machine|algorithm|content[ \t]engine|language[ \t]model)[^\n]{0,300}"
            r"|this[ \t](?:story|article)[ \t]was[ \t](?:reviewed|edited|fact[- ]checked)[ \t]by[ \t][^\n]{1,40}?['’]s?[ \t]editorial[ \t]team[^\n]{0,120}"
            r"|please[ \t]send[ \t]any[ \t]questions[ \t]or[ \t]comments[ \t]about[ \t]this[ \t]story[ \t]to[^\n]{0,80}"
            # a site that may add machine-written text: X may augment articles with AI-generated content ...
            r"|[^\n]{0,60}?may[ \t](?:augment|supplement|enhance)[ \t](?:its[ \t]|our[ \t]|some[ \t])?(?:articles|content|stories|posts)[ \t]with[ \t](?:ai|machine)-generated[^\n]{0,200}"
            r"|(?:ai|artificial[ \t]intelligence|generative[ \t]ai)(?:[ \t](?:tools?|models?|software))?[ \t](?:was|were|has[ \t]been|have[ \t]been)[ \t]used[ \t]to[ \t]"
            r"(?:help[ \t])?(?:draft|write|produce|generate|create|prepare|translate|summari[sz]e)[^\n]{0,300}"
            r"|\(?(?:only[ \t]the[ \t]headline|except[ \t]for[ \t]the[ \t]headline|this[ \t](?:story|article|report)|the[ \t]rest[ \t]of[ \t]the[ \t]content)[^\n]{0,200}?"
            r"(?:auto-?generated|published)[ \t]from[ \t]an?[ \t](?:syndicated|agency|wire)[ \t](?:[\w-]{1,12}[ \t]){0,2}feed[^\n]{0,60}"
        ),
        description="Automated-content notes: Benzinga 'This article was generated by Benzinga's automated content engine and reviewed by an editor', MarketBeat 'This story was reviewed by MarketBeat's editorial team'.",
        where=Where.TAIL,
        within=5,
        max_chars=500,
        examples=(
            "CoinPulse may supplement articles with AI-generated content produced by its own editorial tools.",
            "This article was generated by Benzinga's automated content engine and reviewed by an editor.",
            "This article was generated with the support of AI and reviewed by an editor.",
            "This story was reviewed by MarketBeat's editorial team prior to publication.",
            "This instant news alert was generated by narrative science technology and financial data from MarketBeat in order to provide readers with the fastest and most accurate reporting.",
            "This article was automatically generated by MarketWatch using technology from Automated Insights.",
        ),
        counterexamples=(
            "The startup said banks may augment their content with AI-generated summaries, analysts said.",
            "This article was written by a reporter who spent a year in the Arctic.",
            "This story was reviewed by lawyers before it ran, the editor said.",
        ),
    ),
    Rule(
        id="disclaimer.platform-note",
        category="disclaimer",
        pattern=(
            # A self-media platform's note: 本文为自媒体、作者等一点号作者上传并发布，仅代表该作者观点。…仅提供信息发布平台。
            r"(?=[本以该該])"
            + _ZH_NOT_REPORTED
            + r"(?:本文|本篇|以上内容|以上內容|该文|該文)(?:[（(][^\n）)]{1,20}[）)])?(?:为|為|系|由)[^\n。！？]{0,30}?(?:自媒体|自媒體|[\u4e00-\u9fff]{1,6}(?:号|號)|用户|用戶|作者)[^\n。！？]{0,12}?(?:上传|上傳)(?:并|並|和|及)?(?:发布|發佈|發布)[，,。；;](?=[^\n]{0,80}(?:仅代表|僅代表|不代表|仅提供|僅提供|只提供))[^\n]{0,300}"
            r"|(?=(?:notice|statement|note|the|editor|this|please)\b)"
            + _NOT_REPORTED
            + r"(?:(?:(?:notice|statement|note)[ \t]*[:：][ \t]*)?the[ \t]content[ \t]above[^\n]{0,80}?(?:is|was|has[ \t]been)[ \t](?:uploaded|posted|published|provided)"
            r"(?:[ \t](?:and|or)[ \t](?:uploaded|posted|published))?[ \t]by[ \t](?:a[ \t]|an[ \t]|the[ \t])?(?:user|author|contributor|third[ \t]party|creator)[^\n]{0,300}"
            r"|(?:editor['’]s[ \t]note[ \t]*[:：][ \t]*)?this[ \t](?:article|report|post)[ \t](?:discusses|covers|mentions)[ \t](?:one[ \t]or[ \t]more[ \t]|a[ \t])?"
            r"securit(?:y|ies)[ \t]that[ \t](?:do(?:es)?[ \t]not|don['’]t)[ \t]trade[^\n]{0,400}"
            r"|please[ \t]be[ \t]aware[ \t]of[ \t]the[ \t]risks[ \t]associated[ \t]with[ \t]th(?:ese|is|ose)[ \t](?:stocks?|securities|investments?)[^\n]{0,100})"
        ),
        description=(
            "Platform and risk notes appended by the host site: 'The content above ... is uploaded and posted by a user of [platform], "
            "which ... only provides information storage services', Seeking Alpha's 'Editor's Note: This article discusses one or "
            "more securities that do not trade on a major U.S. exchange ...'."
        ),
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        examples=(
            "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
            "Editor's Note: This article discusses one or more securities that do not trade on a major U.S. exchange. Please be aware of the risks associated with these stocks.",
            "This article covers a security that does not trade on a major exchange.",
            "本文为自媒体、作者等百家号作者上传并发布，仅代表该作者观点。百度仅提供信息发布平台。",
            "以上内容（包括图片和视频）为企鹅号用户上传并发布，本平台仅提供信息存储服务。",
        ),
        counterexamples=(
            "The content above the fold was redesigned last year, the publisher said.",
            "Please be aware that the bridge will close on Sunday for repairs.",
            "Please be aware of the risks associated with these stocks, the regulator told investors.",
            "本文由多名用户上传并发布的视频素材剪辑而成，播放量已超过两千万。",
            "本文由多名用户上传并发布，平台随后删除了这些视频。",
        ),
    ),
    # -- promotional stock-pick blocks -----------------------------------------------------------
    Rule(
        id="disclaimer.promo-fool",
        category="disclaimer",
        pattern=(
            r"\*?(?:should|where|how)(?:[ \t]to)?[ \t](?:you[ \t])?(?:invest[ \t]\$[\d,]{1,7}|buy[ \t](?:stock|shares)|invest)[ \t](?:in[ \t][^\n]{1,60}?[ \t])?right[ \t]now\??"
            r"|before[ \t]you[ \t]buy[ \t](?:stock|shares)[ \t]in[ \t][^\n]{1,60}?,[ \t]consider[ \t]this:?(?:[ \t][^\n]{0,400})?"
            r"|\*?stock[ \t]advisor[ \t]returns[ \t]as[ \t]of[^\n]{1,40}"
            r"|the[ \t]motley[ \t]fool[ \t]stock[ \t]advisor[ \t]analyst[ \t]team[^\n]{0,400}"
            r"|(?=[^\n]{0,40}?stock[ \t]advisor)[^\n]{0,40}?stock[ \t]advisor['’]s[ \t]total[ \t]average[ \t]return[^\n]{0,300}"
            r"|stock[ \t]advisor[ \t]provides[ \t]investors[^\n]{0,300}"
            r"|the[ \t]\d{1,2}[ \t]stocks[ \t]that[ \t]made[ \t]the[ \t]cut[^\n]{0,200}"
            r"|consider[ \t]when[ \t][^\n]{1,40}?[ \t]made[ \t]this[ \t]list[ \t]on[^\n]{0,300}"
            r"|don['’]t[ \t]miss[ \t](?:out[ \t]on[ \t]the[ \t]latest|this[ \t]second[ \t]chance)[^\n]{0,200}"
            r"|on[ \t]rare[ \t]occasions,?[ \t]our[ \t]expert[ \t]team[ \t]of[ \t]analysts[^\n]{0,300}"
            r"|right[ \t]now,?[ \t]we['’]re[ \t]issuing[^\n]{0,300}"
            r"|when[ \t]our[ \t](?:analyst|expert)[ \t]team[ \t]has[ \t]a[ \t]stock[ \t]tip(?![^\n]{0,200}\b(?:said|says|ad|advert)\b)[^\n]{0,300}"
            r"|ever[ \t]feel[ \t]like[ \t]you[ \t]missed[ \t]the[ \t]boat[^\n]{0,200}"
            r"|[^\n]{1,40}?:[ \t]if[ \t]you[ \t]invested[ \t]\$[\d,]{1,7}[ \t](?:when|at)[^\n]{0,200}"
            r"|(?:see|get)[ \t]the[ \t](?:\d{1,2}|three|five|ten)?[ \t]?stocks[ \t]?»?|(?:learn[ \t]more|continue|see[ \t]the[ \t]\d{1,2}[ \t]stocks)[ \t]?»"
            r"|premium[ \t]investing[ \t]services|view[ \t]premium[ \t]services|invest[ \t]better[ \t]with[ \t]the[ \t]motley[ \t]fool\.?(?:[ \t][^\n]{0,200})?"
            + r"|before[ \t]you[ \t]buy[ \t][^\n]{1,60}?[ \t](?:shares|stock),[ \t]consider[ \t]this:?(?:[ \t](?=[^\n]{0,200}motley[ \t]fool)[^\n]{0,400})?"
            + r"|(?:the[ \t])?motley[ \t]fool[ \t](?:investing[ \t]expert|chief[ \t]investment[ \t]officer|analyst)[ \t][^\n]{1,60}?[ \t]just[ \t](?:revealed|released|identified)[^\n]{0,300}"
            + r"|the[ \t]online[ \t]investing[ \t]service[ \t][^\n]{0,60}?motley[ \t]fool[ \t](?:share|stock)[ \t]advisor[^\n]{0,300}"
            + r"|\*[ \t]?returns[ \t]as[ \t]of[ \t][^\n]{1,30}"
        ),
        description="Motley Fool promotional block: 'Should you invest $1,000 in X right now?', 'Before you buy stock in X, consider this:', '*Stock Advisor returns as of [date]'.",
        where=Where.ANYWHERE,
        max_chars=500,
        examples=(
            "Should you invest $1,000 in Nvidia right now?",
            "Before you buy stock in Apple, consider this:",
            "*Stock Advisor returns as of November 18, 2024",
            "The Motley Fool Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now… and Apple wasn’t one of them.",
            "Where to invest $1,000 right now",
            "Should you buy stock in Norvella Semiconductor right now?",
            "See the 10 stocks »",
            "When our analyst team has a stock tip, it can pay to listen.",
            "Before you buy stock in Pfizer, consider this: The Motley Fool Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now… and Pfizer wasn't one of them.",
            "Premium Investing Services",
            "Invest better with The Motley Fool. Get stock picks, portfolio guidance, and more from our premium services.",
            "View Premium Services",
            'Before you buy Corvane Energy shares, consider this:',
            "Motley Fool investing expert Scott Phillips just revealed what he believes are the 5 best stocks for investors to buy right now... and BHP wasn't one of them.",
            'The online investing service he’s run for over a decade, Motley Fool Share Advisor, has provided thousands of paid members with stock picks that have doubled.',
            '*Returns as of 3 February 2025',
        ),
        counterexamples=(
            "Should you invest in bonds now? Many advisers say yes, given the yields on offer.",
            "Should you buy stock in a company right now, with valuations this stretched, is the question advisers hear most.",
            "When our analyst team has a stock tip, it can pay to listen, the ad said.",
            "Before you buy a house, consider the total cost of ownership, the report said.",
            'Before you buy bank shares, consider this: margins are falling, the broker said.',
            'Returns as of March were 4.1%, the fund said.',
        ),
    ),
    Rule(
        id="disclaimer.promo-zacks",
        category="disclaimer",
        pattern=(
            r"want[ \t]the[ \t]latest[ \t]recommendations[ \t]from[ \t]zacks[ \t]investment[ \t]research\?[^\n]{0,400}"
            r"|[^\n]{1,120}?\([A-Z0-9.\-]{1,8}\)[ \t]*:[ \t]*free[ \t]stock[ \t]analysis[ \t]report"
            r"|to[ \t]read[ \t]this[ \t]article[ \t]on[ \t]zacks\.com[ \t]click[ \t]here"
            r"|click[ \t]to[ \t]get[ \t]this[ \t]free[ \t]report"
            r"|(?:today,?[ \t])?you[ \t]can[ \t](?:download|see)[ \t](?:the[ \t]complete[ \t]list|\d{1,2}[ \t]best[ \t]stocks)[^\n]{0,120}?(?:zacks|free[ \t]report|here)[^\n]{0,60}"
            r"|zacks[ \t]investment[ \t]research[ \t](?:is[ \t]under[ \t]common[ \t]control|does[ \t]not[ \t]engage)[^\n]{0,400}"
            r"|(?:see|get)[ \t](?:the[ \t])?(?:full|complete)?[ \t]?list[ \t]of[ \t]today['’]s[ \t]zacks[ \t]#1[ \t]rank[^\n]{0,80}"
            r"|(?:visit|see)[ \t]https?://www\.zacks\.com/performance[^\n]{0,200}"
            r"|zacks[ \t]investment[ \t]research"
            r"|stay[ \t]on[ \t]top[ \t]of[ \t][^\n]{1,60}?[ \t]with[ \t](?:the[ \t])?zacks[ \t][^\n]{1,40}"
            + r"|zacks[ \t]equity[ \t]research"
            + r"|[^\n]{1,80}?[ \t]price(?:-[a-z]{2,12}){1,5}-chart(?:[ \t]*\|[ \t]*[^\n]{1,80}?[ \t]quote)?"
        ),
        description="Zacks promotional lines: 'Want the latest recommendations from Zacks Investment Research? ...', '[Company] ([TICKER]) : Free Stock Analysis Report', 'To read this article on Zacks.com click here.'",
        where=Where.ANYWHERE,
        max_chars=600,
        examples=(
            "Want the latest recommendations from Zacks Investment Research? Today, you can download 7 Best Stocks for the Next 30 Days. Click to get this free report",
            "Apple Inc. (AAPL) : Free Stock Analysis Report",
            "NVIDIA Corporation (NVDA) : Free Stock Analysis Report",
            "To read this article on Zacks.com click here.",
            "Click to get this free report",
            "Zacks Investment Research",
            "Stay on top of upcoming earnings announcements with the Zacks Earnings Calendar.",
            "Stay on top of the latest dividend news with the Zacks Dividend Calendar.",
            'Zacks Equity Research',
            'Northwind Energy Corp. price-consensus-eps-surprise-chart | Northwind Energy Corp. Quote',
            'Acme Inc. price-consensus-chart | Acme Inc. Quote',
        ),
        counterexamples=(
            "Apple currently carries a Zacks Rank #3 (Hold), the research firm said.",
            "Zacks Investment Research cut its rating on the stock last week.",
            'Zacks Equity Research raised its estimate for the company on Monday.',
        ),
    ),
    Rule(
        id="disclaimer.promo-marketbeat",
        category="disclaimer",
        pattern=(
            r"before[ \t]you[ \t]consider[ \t][^\n]{1,60}?,[ \t]you['’]ll[ \t]want[ \t]to[ \t](?:hear|see|read)[ \t]this[^\n]{0,600}"
            r"|marketbeat[ \t](?:keeps[ \t]track[ \t]of|tracks)[^\n]{0,600}|view[ \t]the[ \t](?:\w+[ \t])?(?:stocks|picks)[ \t]here"
            r"|receive[ \t]news[ \t](?:&|and)[ \t]ratings[ \t]for[^\n]{1,80}?[ \t](?:daily|weekly)[^\n]{0,600}"
            r"|enter[ \t]your[ \t]e-?mail[ \t]address[ \t]below[ \t]to[ \t]receive[^\n]{0,600}"
            r"|(?:wondering|curious)[ \t]where[ \t]to[ \t]start[^\n]{0,60}?(?:stocks?|picks)[^\n]{0,300}"
            # Want More Great Investing Ideas? Check Out MarketBeat's Top Rated Dividend Stocks.
            r"|(?:want|looking[ \t]for)[ \t]more[ \t](?:great[ \t]|top[ \t])?(?:investing|investment|stock|trading)[ \t](?:ideas|picks)\?[^\n]{0,200}"
            # Insider Monkey: While we acknowledge the potential of X as an investment, our conviction lies in the belief ...
            r"|while[ \t]we[ \t]acknowledge[ \t]the[ \t](?:risk[ \t]and[ \t])?potential[ \t]of[ \t][^\n]{1,80}?,[ \t]our[ \t]conviction[ \t]lies[^\n]{0,800}"
        ),
        description=(
            "A stock site's promotional paragraph: MarketBeat's 'Before you consider [X], you'll want to hear this. MarketBeat "
            "keeps track of ...', Insider Monkey's 'While we acknowledge the potential of [X] as an investment, our conviction lies ...'."
        ),
        scope=Scope.REST,
        where=Where.TAIL,
        within=8,
        examples=(
            "Before you consider Home Depot, you'll want to hear this. MarketBeat keeps track of Wall Street's top-rated and best performing research analysts.",
            "MarketBeat keeps track of Wall Street's top-rated and best performing research analysts and the stocks they recommend to their clients on a daily basis.",
            "Receive News & Ratings for Summit Ridge Realty Trust Daily - Enter your email address below to receive a concise daily summary of the latest news and analysts' ratings with MarketBeat.com's FREE daily email newsletter.",
            "Before you consider Robinhood Markets, you'll want to see this.",
            "View The Five Stocks Here",
            "Want More Great Investing Ideas? Check Out MarketBeat's Top Rated Growth Stocks.",
            "Looking for more stock ideas? See our list of the ten best dividend payers.",
            "While we acknowledge the risk and potential of NVTS as an investment, our conviction lies in the belief that some AI stocks are better bets. If you are looking for a cheaper AI stock, see our free report.",
        ),
        counterexamples=(
            "Before you consider a reverse mortgage, talk to your family, advisers say.",
            "Analysts keep track of the stocks they recommend, the study found.",
            "Receive news and ratings for your holdings from several apps, the survey found.",
        ),
    ),
    Rule(
        id="disclaimer.partner-compensation",
        category="disclaimer",
        pattern=(
            r"(?![^\n]{0,400}\b(?:said|says|told|according[ \t]to|regulators?|lawsuit)\b)"
            r"[^\n]{0,120}?(?:(?:our[ \t])?partners?[ \t](?:who|that)[ \t](?:compensate|pay)[ \t]us|partnerships?[ \t]from[ \t]which[ \t][^\n]{1,40}?receives?[ \t]compensation"
            r"|(?:we|[A-Z][\w.&'’-]{1,30})[ \t](?:may[ \t])?(?:receive|receives|earn|earns)[ \t](?:compensation|a[ \t]commission|commissions)[ \t]from[ \t](?:some[ \t]of[ \t])?(?:the[ \t])?"
            r"(?:partners|companies|advertisers|products|issuers)"
            r"|some[ \t]links[ \t]in[ \t]this[ \t](?:article|post|story|page)[ \t](?:may[ \t]be|are)[ \t]affiliate[ \t]links"
            # an index provider's fee note: 'Acme LLC ("Acme") is the index provider for XYZ, for which it receives an index licensing fee.'
            r"|is[ \t]the[ \t]index[ \t]provider[ \t]for[ \t][^\n]{1,40}?,[ \t]for[ \t]which[ \t]it[ \t]receives[ \t]an?[ \t](?:index[ \t])?licens(?:ing|e)[ \t]fee)[^\n]{0,500}"
            r"|(?![^\n]{0,400}\b(?:said|says|told|according[ \t]to|regulators?|lawsuit)\b)(?:"
            r"(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[ \t](?:is|are|remains?)[ \t]committed[ \t]to[ \t]editorial[ \t]independence"
            r"|while[ \t](?:we|[A-Z][\w.&'’-]{1,30})[ \t](?:may[ \t])?(?:receive|receives|earn|earns)[ \t](?:compensation|commissions?)[ \t](?:when|if)[ \t]you[ \t](?:click|buy|apply|sign[ \t]up)"
            r"|our[ \t](?:editors|writers|experts|journalists)[ \t]independently[ \t](?:research|review|select|test|evaluate)[^\n]{0,120}?(?:commission|compensation|affiliate)"
            r"|we[ \t](?:adhere|stick)[ \t]to[ \t]strict[ \t](?:standards[ \t]of[ \t])?editorial[ \t](?:integrity|standards|guidelines|policies))[^\n]{0,500}"
            + r"|\*?[ \t\xa0]*(?:dieser[ \t\xa0](?:artikel|beitrag)|cet[ \t\xa0]article|este[ \t\xa0]art[íi]culo|questo[ \t\xa0]articolo|este[ \t\xa0]artigo)[ \t\xa0](?:enthält|contient|contiene|cont[ée]m)[ \t\xa0](?:sogenannte[ \t\xa0]|des[ \t\xa0]|de[ \t\xa0]|dei[ \t\xa0])?(?:affiliate-?links|liens[ \t\xa0](?:d['’]affiliation|affiliés|sponsorisés)|enlaces[ \t\xa0](?:de[ \t\xa0]afiliados?|afiliados)|link[ \t\xa0](?:di[ \t\xa0]affiliazione|affiliati)|links[ \t\xa0](?:de[ \t\xa0]afiliados?|afiliados))[^\n]{0,300}"
        ),
        description=(
            "A comparison site's partner-compensation note, anywhere: 'Many or all of the products featured here are from our "
            "partners who compensate us.', 'The offers that appear in this table are from partnerships from which X receives compensation.'"
        ),
        max_chars=700,
        examples=(
            'Harbor Index LLC (“Harbor”) is the index provider for QMUN, for which it receives an index licensing fee. However, QMUN is not issued, sponsored, endorsed or sold by Harbor.',
            "Many or all of the products featured here are from our partners who compensate us. This influences which "
            "products we write about and where and how the product appears on a page.",
            "The offers that appear in this table are from partnerships from which Investopedia receives compensation.",
            "Canstar is committed to editorial independence. While we may receive compensation when you click links to partners, they do not influence our ratings.",
            "While we receive compensation when you apply through our links, this does not affect our reviews.",
            "Our editors independently research and recommend the best products; we may receive commissions on purchases made from our chosen links.",
            "We adhere to strict standards of editorial integrity to help you make decisions with confidence.",
            '*Dieser Beitrag enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.',
            "Cet article contient des liens d'affiliation.",
        ),
        counterexamples=(
            'S&P Dow Jones Indices is the index provider for the new fund, which tracks 500 stocks.',
            "The lawsuit said the site's partners who compensate us language misled readers about its rankings.",
            "The broadcaster is committed to editorial independence, its chairman said after the minister's remarks.",
        ),
    ),
    Rule(
        id="disclaimer.rating-methodology",
        category="disclaimer",
        pattern=(
            r"the[ \t]principal[ \t]methodolog(?:y|ies)[ \t]used[ \t]in[ \t](?:this|these|the)[ \t](?:credit[ \t])?ratings?[^\n]{0,400}"
            r"|for[ \t]further[ \t]specification[ \t]of[ \t][^\n]{1,40}?key[ \t]rating[ \t]assumptions[^\n]{0,300}"
        ),
        description="A rating agency's methodology and regulatory-disclosure lines (The principal methodology used in this rating was ...).",
        where=Where.TAIL,
        within=8,
        max_chars=600,
        examples=(
            "The principal methodology used in this rating was Shipping published in June 2024 and available at https://ratings.moodys.com/x.",
        ),
        counterexamples=(
            "Analysts questioned the methodology used in the ratings, which the agency revised in June.",
        ),
    ),
    Rule(
        id="disclaimer.inside-information",
        category="disclaimer",
        pattern=(
            r"(?![^\n]{0,400}\b(?:said|says|told|alleged|according[ \t]to)\b)"
            r"this[ \t](?:announcement|release)[ \t]contains[ \t]inside[ \t]information[^\n]{0,300}"
        ),
        description=(
            "An exchange announcement's market-abuse notice (This announcement contains inside information for the purposes "
            "of Article 7 of MAR ...), on a line of its own wherever it is: RNS releases open with it."
        ),
        max_chars=500,
        examples=(
            "This announcement contains inside information for the purposes of Article 7 of the UK version of Regulation (EU) No 596/2014.",
            "This announcement contains inside information for the purposes of Article 7 of the Market Abuse Regulation (EU) No 596/2014 "
            "as it forms part of UK domestic law by virtue of the European Union (Withdrawal) Act 2018.",
        ),
        counterexamples=(
            "This announcement contains inside information, the regulator alleged, and was leaked before the market opened.",
            "Investors asked whether the release contained inside information before the shares jumped.",
        ),
    ),
    Rule(
        id="disclaimer.regulatory-notice",
        category="disclaimer",
        pattern=(
            r"this[ \t](?:report|document|material|communication)[ \t]is[ \t](?:intended|only)[ \t](?:for|to[ \t]be[ \t]distributed[ \t]to)[ \t](?:wholesale|professional|institutional|accredited|sophisticated)[ \t](?:clients|investors)[^\n]{0,400}"
            r"|(?:(?:important|note|please[ \t]note|general[ \t]advice[ \t]warning)[ \t]*:[ \t]*)?(?:this|the)[ \t](?:information|material|content|advice)(?:[ \t]on[ \t]this[ \t](?:page|site))?[ \t](?:is|has[ \t]been)[ \t](?:general|prepared)[ \t](?:in[ \t]nature|without[ \t]taking)[^\n]{0,600}"
            r"|(?:the[ \t])?projections[ \t]or[ \t]other[ \t]information[^\n]{0,60}?(?:are|is)[ \t]hypothetical[ \t]in[ \t]nature[^\n]{0,600}"
            r"|(?:issued|published|approved)[ \t]by[ \t][^\n]{1,200}?(?:authori[sz]ed|regulated)[ \t](?:and[ \t](?:regulated|authori[sz]ed)[ \t])?by[ \t]the[ \t][^\n]{0,300}"
            + r"|all[ \t][^\n]{1,30}?(?:credit[ \t])?ratings[ \t]are[ \t]subject[ \t]to[ \t]certain[ \t]limitations[^\n]{0,400}|this[ \t](?:report|commentary|bulletin|article)[ \t]does[ \t]not[ \t]constitute[ \t]a[ \t]rating[ \t]action\.?"
            + r"|(?:please[ \t])?(?:see|refer[ \t]to|read)[ \t](?:the[ \t])?(?:appendix|end[ \t]of[ \t]th(?:is|e)[ \t](?:document|report|note)|last[ \t]pages?|back[ \t]page|disclosures?[ \t]section|page[ \t]\d{1,3})[^\n]{0,40}?[ \t]for[ \t](?:all[ \t])?(?:important|required|other|further)?[ \t]?(?:disclosures?|disclaimers?|analyst[ \t]certifications?)\b[^\n]{0,120}"
            + r"|(?:please[ \t])?(?:see|refer[ \t]to|read)[ \t](?:the[ \t])?(?:important|required|analyst)[ \t](?:disclosures?|disclaimers?|certifications?)\b[^\n]{0,60}?(?:at[ \t]the[ \t]end|in[ \t]the[ \t]appendix|on[ \t](?:the[ \t]last|page)|at[ \t]the[ \t]back|below)[^\n]{0,80}"
            + r"|(?![^\n]{0,400}\b(?:said|says|told|alleged|according[ \t\xa0]to)\b)this[ \t\xa0](?:announcement|release|press[ \t\xa0]release|information)[ \t\xa0](?:contains|is|includes)[ \t\xa0](?:information[ \t\xa0])?[^\n]{0,80}?inside[ \t\xa0]information[^\n]{0,400}"
            + r"|this[ \t\xa0]information[ \t\xa0]is[ \t\xa0]provided[ \t\xa0]by[ \t\xa0]rns[^\n]{0,300}|rns[ \t\xa0]may[ \t\xa0]use[ \t\xa0]your[ \t\xa0]ip[ \t\xa0]address[^\n]{0,600}|disclosure[ \t\xa0]of[ \t\xa0](?:inside|regulated)[ \t\xa0]information[ \t\xa0](?:pursuant|according)[ \t\xa0]to[^\n]{0,200}|the[ \t\xa0]issuer[ \t\xa0](?:is[ \t\xa0]solely|bears[ \t\xa0](?:sole|full))[ \t\xa0]responsib[^\n]{0,120}"
            + r"|[^\n]{0,120}?(?:take|takes|accept|accepts)[ \t\xa0]no[ \t\xa0]responsibility[ \t\xa0]for[ \t\xa0]the[ \t\xa0]contents?[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:announcement|document|circular|release)[^\n]{0,400}"
            + r"|this[ \t\xa0](?:announcement|release|report)[ \t\xa0](?:has[ \t\xa0]been|was|is)[ \t\xa0](?:authori[sz]ed|approved)[ \t\xa0]for[ \t\xa0](?:release|lodgement|publication)[^\n]{1,160}"
            # a competent person's statement: The technical information in this announcement has been reviewed by ...
            + r"|the[ \t\xa0](?:technical|scientific|geological|exploration)(?:[ \t\xa0](?:and|&)[ \t\xa0](?:scientific|technical|geological))?[ \t\xa0]information[ \t\xa0](?:contained[ \t\xa0])?in[ \t\xa0]this[ \t\xa0](?:announcement|report|release|document)"
            r"(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to)\b)[^\n]{0,80}?[ \t\xa0]has[ \t\xa0]been[ \t\xa0](?:reviewed|prepared|approved|verified|compiled)[ \t\xa0](?:and[ \t\xa0](?:approved|verified|reviewed)[ \t\xa0])?by[^\n]{0,700}"
            # a trading statement's audit note: ... has not been reviewed or reported on by the company's (external) auditors.
            + r"|(?:the|this)[ \t\xa0](?=[^\n]{0,160}?reported[ \t\xa0]on[ \t\xa0]by)(?![^\n]{0,300}\b(?:said|says|told|warned|according[ \t\xa0]to)\b)[^\n]{0,120}?ha(?:s|ve)[ \t\xa0]not[ \t\xa0]been[ \t\xa0]reviewed[ \t\xa0](?:or|and|nor)[ \t\xa0]reported[ \t\xa0]on[ \t\xa0]by[ \t\xa0][^\n]{0,80}?auditors?[^\n]{0,80}"
            # the JSE's SENS footer
            + r"|produced[ \t\xa0]by[ \t\xa0]the[ \t\xa0]JSE[ \t\xa0]SENS[ \t\xa0]department[^\n]{0,800}|the[ \t\xa0]SENS[ \t\xa0]service[ \t\xa0]is[ \t\xa0]an[ \t\xa0]information[ \t\xa0]dissemination[ \t\xa0]service[^\n]{0,800}"
            + r"|the[ \t\xa0]information[ \t\xa0]in[ \t\xa0]this[ \t\xa0](?:announcement|report|release|document)[ \t\xa0]that[ \t\xa0]relates[ \t\xa0]to[ \t\xa0][^\n]{1,80}?(?:is[ \t\xa0]based[ \t\xa0]on|fairly[ \t\xa0]represents)[^\n]{0,700}"
            + r"|this[ \t\xa0]information[ \t\xa0]is[ \t\xa0]information[ \t\xa0]that[ \t\xa0][^\n]{1,80}?(?:required|obliged)[ \t\xa0]to[ \t\xa0](?:disclose|make[ \t\xa0]public)[^\n]{0,400}|this[ \t\xa0]information[ \t\xa0]is[ \t\xa0]subject[ \t\xa0]to[ \t\xa0]the[ \t\xa0]disclosure[ \t\xa0]requirements[^\n]{0,200}"
            + r"|this[ \t\xa0](?:announcement|release|press[ \t\xa0]release|document|communication)[ \t\xa0]is[ \t\xa0]for[ \t\xa0]information(?:al)?[ \t\xa0]purposes[ \t\xa0]only[^\n]{0,40}?(?:offer|solicitation|invitation)[^\n]{0,400}"
            + r"|the[ \t\xa0]securities[ \t\xa0](?:[^\n]{1,60}?[ \t\xa0])?have[ \t\xa0]not[ \t\xa0]been,?[ \t\xa0]and[ \t\xa0]will[ \t\xa0]not[ \t\xa0]be,?[ \t\xa0]registered[ \t\xa0]under[^\n]{0,400}"
            + r"|(?:the[ \t\xa0])?(?:CSE|canadian[ \t\xa0]securities[ \t\xa0]exchange|TSX(?:[ \t\xa0]venture[ \t\xa0]exchange)?|TSXV|NEO[ \t\xa0]exchange|cboe[ \t\xa0]canada)(?:[ \t\xa0](?:and|nor)[ \t\xa0][^\n]{1,80}?)?[ \t\xa0](?:has|have)[ \t\xa0]not[ \t\xa0](?:reviewed|approved)[^\n]{0,80}?(?:contents?|adequacy|accuracy)[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:news[ \t\xa0]|press[ \t\xa0])?(?:release|announcement)[^\n]{0,200}"
            + r"|as[ \t\xa0](?:at|of)[ \t\xa0]the[ \t\xa0]date[ \t\xa0]of[ \t\xa0]this[ \t\xa0]announcement,?[ \t\xa0]the[ \t\xa0]board[ \t\xa0](?:of[ \t\xa0]directors[ \t\xa0])?(?:comprises|consists|is[ \t\xa0]composed)[^\n]{0,700}"
            + r"|(?:this|the)[ \t\xa0](?:article|information|material|communication|content|report|research|commentary|note|document)[ \t\xa0](?:has|have)[ \t\xa0]not[ \t\xa0]been[ \t\xa0]prepared[ \t\xa0]in[ \t\xa0]accordance[ \t\xa0]with[ \t\xa0](?:the[ \t\xa0])?legal[ \t\xa0]requirements[ \t\xa0](?:designed|intended)[ \t\xa0]to[ \t\xa0]promote[ \t\xa0]the[ \t\xa0]independence[ \t\xa0]of[ \t\xa0]investment[ \t\xa0]research[^\n]{0,300}"
        ),
        description=(
            "Regulatory notices at the tail: inside-information (MAR) notices, wholesale-clients-only notes, general-advice "
            "warnings, 'Issued by X, authorised and regulated by the FCA'."
        ),
        where=Where.TAIL,
        within=8,
        max_chars=900,
        examples=(
            "The technical information in this release has been reviewed and approved by Mr Tomas Rivera, P.Geo., a Qualified Person under NI 43-101.",
            "The financial information on which this trading statement is based has not been reviewed or reported on by the company's external auditors.",
            "This trading update has not been reviewed or reported on by Harcourt Foods' auditors.",
            "Produced by the JSE SENS Department. The SENS service is an information dissemination service administered by the JSE Limited ('JSE').",
            "This information is general in nature and does not take into account your objectives, financial situation or needs.",
            "Issued by Schroder Investment Management Limited, which is authorised and regulated by the Financial Conduct Authority.",
            "ALL FITCH CREDIT RATINGS ARE SUBJECT TO CERTAIN LIMITATIONS AND DISCLAIMERS. PLEASE READ THESE LIMITATIONS AND DISCLAIMERS BY FOLLOWING THIS LINK: HTTPS://WWW.FITCHRATINGS.COM/UNDERSTANDINGCREDITRATINGS.",
            "This report does not constitute a rating action.",
            "See Appendix for important disclosures and analyst certifications.",
            "Please refer to the end of this document for IMPORTANT DISCLOSURES.",
            "Important: This information is general in nature and doesn't take into account your personal objectives, financial situation or needs.",
            "This announcement contains information which, prior to its publication, constituted inside information as stipulated under the UK version of the Market Abuse Regulation (EU) No. 596/2014.",
            "This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.",
            "RNS may use your IP address to confirm compliance with the terms and conditions and to analyse how you engage with the information contained in this communication. For further information please see our Privacy Policy.",
            "Disclosure of inside information pursuant to Article 17 MAR, transmitted by EQS News – a service of EQS Group.",
            "The issuer bears sole responsibility for the content of this announcement.",
            "This announcement has been authorised for release by the Board of Kestrel Lithium Limited.",
            "The information in this announcement that relates to Exploration Results is based on information compiled by Ms Rachel Hogan, a Member of the Australasian Institute of Mining and Metallurgy.",
            "This information is information that Nordvik Medical AB is required to disclose under the EU Market Abuse Regulation. The information was submitted for publication at 07:30 CET on 23 October 2025.",
            "This information is subject to the disclosure requirements pursuant to Section 5-12 of the Norwegian Securities Trading Act.",
            "This announcement is for information purposes only and does not constitute an offer to sell, or a solicitation of an offer to buy, any securities in any jurisdiction.",
            "As at the date of this announcement, the Board comprises Mr. Zhou Minghui and Ms. Lin Yue as executive directors.",
            "The securities offered have not been, and will not be, registered under the U.S. Securities Act of 1933.",
            "The Canadian Securities Exchange has not reviewed, approved or disapproved the contents of this press release.",
            "This material has not been prepared in accordance with legal requirements designed to promote the independence of investment research and is considered a marketing communication.",
        ),
        counterexamples=(
            "The technical information in this report has been reviewed by analysts, who said the grades looked too good to be true.",
            "The numbers have not been reviewed or reported on by auditors, the regulator warned investors.",
            "The regulator said the announcement contains inside information that should have been disclosed earlier.",
            "See the appendix for the full list of sites, the company said.",
            "The company said the statement, which was authorised for release by its board, reflected lower lithium prices.",
            "Investors who bought shares before the announcement contained inside information, prosecutors said.",
            "The CSE has not reviewed its listing rules since 2019.",
            "The regulator found the report had not been prepared in accordance with legal requirements designed to promote the independence of investment research.",
        ),
    ),
    Rule(
        id="disclaimer.market-data",
        category="disclaimer",
        pattern=(
            _NOT_REPORTED
            + r"(?:\*?(?:intraday[ \t])?(?:market[ \t])?(?:data|quotes?|prices?|stock[ \t]quotes?)[ \t](?:is[ \t]|are[ \t])?(?:displayed[ \t]in[ \t]real[- ]time[ \t]or[ \t])?delayed"
            r"(?:[ \t]by)?(?:[ \t]at[ \t]least)?[ \t]\d{1,2}[ \t]min(?:ute)?s?\b(?![ \t]+(?:were|was|had|have|has|are|is|caused|hit|hurt|made|for)\b)"
            r"|(?:data[ \t]is[ \t]a[ \t]real-time[ \t]snapshot))[^\n]{0,300}"
            r"|(?:intraday[ \t])?(?:market[ \t])?(?:data|quotes?|prices?)[ \t](?:is[ \t]|are[ \t])?(?:provided|powered|supplied)[ \t]by[ \t][^\n]{1,60}?(?:and[ \t]subject[ \t]to[ \t]terms[ \t]of[ \t]use)[^\n]{0,200}"
            r"|(?:apys?|(?:interest[ \t])?rates|rates[ \t](?:and|&)[ \t](?:fees|terms)|prices|quotes|figures)[ \t](?:are|were|is)[ \t](?:accurate|correct|current|up[ \t]to[ \t]date)"
            r"[ \t]as[ \t]of[ \t](?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.?[ \t]\d{1,2},?[ \t]\d{4}|\d{1,2}[ \t][a-z]{3,9}\.?[ \t]\d{4})(?:[ \t]and[ \t](?:are[ \t])?subject[ \t]to[ \t]change)?\.?"
        ),
        description="Market-data notices of quote pages: 'Quotes displayed in real-time or delayed by at least 15 minutes', 'Intraday Data provided by FACTSET and subject to terms of use.'",
        where=Where.TAIL,
        within=8,
        max_chars=400,
        examples=(
            "Intraday Data provided by FACTSET and subject to terms of use.",
            "Quotes delayed at least 15 minutes.",
            "Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset.",
            "Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.",
            'APYs are accurate as of March 3, 2025.',
            'Rates and fees are current as of 12 February 2025 and subject to change.',
        ),
        counterexamples=(
            "Data from the exchange was delayed by 15 minutes on Monday after a glitch.",
            "Prices are provided by suppliers and subject to change, the retailer said.",
            "Quotes delayed by at least 15 minutes were a problem for retail traders, the study found.",
            'Prices were correct as of March 3, 2025, when the survey closed.',
        ),
        languages=("en",),
    ),
    Rule(
        id="disclaimer.paid-coverage",
        category="disclaimer",
        pattern=(
            _NOT_REPORTED
            + r"[^\n]{1,60}?[ \t](?:was|has[ \t]been|is|were|have[ \t]been)[ \t](?:compensated|paid)[^\n]{0,40}?[ \t](?:by|from)[ \t](?:the[ \t])?(?:issuer|company|client|sponsor|advertiser)"
            r"[^\n]{0,200}"
            r"|(?:carefully[ \t])?consider[ \t](?:the[ \t])?(?:fund|funds|etf|etfs)['’]?s?['’]?[ \t]investment[ \t]objectives,[ \t]risks,[ \t](?:charges[ \t]and[ \t]expenses|fees)[^\n]{0,400}"
            # a sponsor's research note: 'This report was commissioned by X. All content was produced independently ...'
            r"|(?:this|the)[ \t](?:report|research(?:[ \t]report)?|article|analysis|piece|content|post)[ \t](?:was|has[ \t]been|is)[ \t](?:commissioned|sponsored|paid[ \t]for|funded)[ \t]by[ \t][^\n]{1,80}?[.;,][ \t]+"
            r"(?=[^\n]{0,300}?\b(?:independent(?:ly)?|necessarily[ \t]reflect|no[ \t](?:influence|input|editorial[ \t]control)|editorial[ \t]control|hold[ \t]positions)\b)[^\n]{0,800}"
        ),
        description="Paid-coverage and fund notices: 'X was compensated by the issuer for the production of this article', 'Carefully consider the Funds' investment objectives, risks, charges and expenses before investing.'",
        where=Where.TAIL,
        within=6,
        max_chars=600,
        examples=(
            "Stockhouse was compensated by the issuer for the production of this article.",
            "Carefully consider the Funds’ investment objectives, risks, charges and expenses before investing. This and other information can be found in the prospectus.",
            "This research report was sponsored by the Halcyon Foundation. The analysis was produced independently and does not necessarily reflect the views of the sponsor.",
        ),
        counterexamples=(
            "The consultant was paid by the company for advice on the merger, according to filings.",
            "Investors should consider the fund's record, he said.",
            "The report was commissioned by the Treasury in 2023. It found that most funds charged too much.",
        ),
        languages=("en",),
    ),
    Rule(
        id="disclaimer.advertiser",
        category="disclaimer",
        pattern=(
            r"(?![^\n]{0,300}\b(?:said|says|told|spokesman|spokeswoman|spokesperson)\b)"
            r"(?:[^\n.!?]{1,60}[.!?][ \t]+)?(?:while[ \t]|although[ \t])?[^\n]{1,60}?[ \t](?:is|was|are)[ \t](?:an?[ \t])?(?:[\w'’&-]{1,20}[ \t])?"
            r"(?:advertiser|sponsor|client|commercial[ \t]partner)s?,?[ \t]+(?:it|they|but[ \t]it|but[ \t]they|this[ \t]\w+)?[ \t]?(?:did|does|has|do|have)[ \t]not[ \t]"
            r"(?:sponsor|pay[ \t]for|commission|fund|review)[^\n]{0,80}"
            r"|(?-i:At[ \t][A-Z][\w'’&.-]{1,25}(?:[ \t][A-Z][\w'’&.-]{1,25}){0,2})[ \t]we[ \t]tell[ \t]it[ \t]like[ \t]it[ \t]is[.!]?"
        ),
        description="An advertiser note at the tail: 'While X is a Stockhead advertiser, it did not sponsor this article.'",
        where=Where.TAIL,
        within=4,
        max_chars=300,
        examples=(
            "At Stockhead we tell it like it is. While Koonenberry Gold is a Stockhead advertiser, it did not sponsor this article.",
            "At Stockhead we tell it like it is. While Pilbara Ridge and Coolgardie Gold are Stockhead advertisers, they did not sponsor this article.",
            "At Stockhead we tell it like it is.",
        ),
        counterexamples=(
            "While the bank is a major advertiser, it did not sponsor the event, a spokesman said on Friday.",
            "At the bank we tell it like it is, the chief executive said.",
        ),
    ),
    # -- Chinese ----------------------------------------------------------------------------
    Rule(
        id="disclaimer.zh-labelled",
        category="disclaimer",
        pattern=(
            _ZH_NOT_REPORTED
            + r"(?:[\u4e00-\u9fff]{2,10}(?:讯|訊)[ \t\u3000]*)?[※＊*★►]?[ \t]*(?:[《〈]?[\u4e00-\u9fffA-Za-z]{2,10}[》〉]?[ \t\u3000]?(?=提醒))?[\[【（(]?(?:风险提示|風險提示|风险及免责提示|風險及免責提示|免责声明|免責聲明|免责条款|免責條款|风险揭示|風險揭示|"
            r"(?:编者按|編者按)(?=[ \t]*[:：][^\n]{0,40}(?:仅供参考|僅供參考|不构成|不構成))|[\u4e00-\u9fff]{0,6}(?:注意事項|注意事项)(?=[】\]]|[ \t]*[:：])|特别声明|特別聲明|郑重声明|鄭重聲明|重要声明|重要聲明|(?:重要提示|特别提示|特別提示)(?=[ \t]*[】\]:：]?[ \t]*[:：]?[^\n]{0,60}(?:仅供参考|僅供參考|不构成|不構成|风险自担|風險自負|风险自负|谨慎|謹慎|有风险|有風險|不代表|不作为|不作為))|温馨提示|溫馨提示|特别提醒|特別提醒|温馨提醒|溫馨提醒|提醒您|(?<=财经|財經|资讯|資訊|平台|日报|日報)提醒(?=[ \t]*[:：])|提醒你|(?<=[網网站])提醒(?=[ \t]*[:：])|"
            r"(?:新浪|网易|網易|搜狐|腾讯|騰訊|凤凰网?|鳳凰網?|东方财富网?|東方財富網?|和讯网?|和訊網?|金融界|雪球|富途|本站|本网|本網|本平台|平台|本文)(?:声明|聲明)|(?:信息披露|資訊揭露)(?=[ \t]*[:：][^\n]{0,40}(?:广告|廣告|合作|利益))|"
            r"(?:[\u4e00-\u9fff]{2,8})?(?:声明|聲明)(?=[ \t]*[:：][^\n]{0,60}(?:本文|本站|本網|本网|仅供|僅供|不构成|不構成|观点|觀點|投资|投資|立场|立場|版权|版權))"
            # a site's note on its own stance: 好买财富说明：本文仅代表作者个人观点，不代表好买财富立场
            r"|(?:[\u4e00-\u9fffA-Za-z]{2,8})?(?:说明|說明)(?=[ \t]*[:：][ \t]*(?:本文|本篇|以上|文章|文中|本站|本網|本网)[^\n，,。]{0,12}(?:仅代表|僅代表|不代表|仅供|僅供|不构成|不構成))"
            # A bracketed label: 【投資理財內容聲明】本網站所提供資訊僅供參考….
            r"|(?<=[\[【])[\u4e00-\u9fff]{2,8}(?:声明|聲明)(?=[\]】][ \t]*(?:本|以上|上述|文中|此|该|該)[^\n]{0,60}(?:仅供|僅供|参考|參考|不构成|不構成|观点|觀點|立场|立場|不代表))"
            r"|(?<=[\[【])[\u4e00-\u9fff]{0,6}(?:警語|警语|风险警示|風險警示)(?=[\]】]))"
            r"(?:[\]】）)][ \t]*[:：]?|[ \t]*[:：]|[ \t]+|(?=本|以上|上述|该|該|此|文中|投资|投資|市场|市場|风险|風險|股市|入市|您|读者|讀者|如|若|所有|任何|及|与|與|和|暨))[ \t]*(?=[^\n]{0,80}(?:风险|風險|投资|投資|参考|參考|审慎|審慎|建议|建議|观点|觀點|立场|立場|责任|責任|谨慎|謹慎|仅供|僅供|信息|資訊|资讯|转载|轉載|版权|版權|本站|本网|本網|稿酬|作品|图片|圖片|不保证|不保證|准确|準確|损失|損失|资料|資料|广告|廣告|甄别|甄別|过往业绩|過往業績|过往表现|過往表現))"
        ),
        description="A labelled Chinese disclaimer paragraph (风险提示：, 免责声明：, 新浪声明：, 郑重声明：), simplified or traditional, at the tail.",
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        examples=(
            "嘉实财富说明：本文仅代表作者观点，不构成投资建议。",
            "風險提示：基金的過往業績並不預示其未來表現。",
            "风险提示：市场有风险，投资需谨慎。本文不构成投资建议。",
            "免责声明：本报告仅供参考，不构成投资建议。",
            "免責聲明：本網站所提供的資料僅供參考，並不構成任何投資建議。",
            "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
            "郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。",
            "风险及免责提示：以上内容仅代表作者的个人立场和观点，不代表华尔街见闻的任何立场。",
            "【免责声明】本文仅代表作者本人观点，与本网站无关。",
            "中证网声明：本网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
            "凤凰网财经声明：本文仅代表作者个人观点，与凤凰网无关。",
            "※免責聲明：本文僅供參考，不代表本站立場，投資人應自行判斷。",
            "凤凰网财经讯 免责声明：本文仅代表作者个人观点，与凤凰网无关。",
            "＊編者按：本文僅供參考之用，並不構成要約、招攬或邀請、誘使、任何不論種類或形式之申述或訂立任何建議及推薦，讀者務請運用個人獨立思考能力，自行作出投資決定。",
            "【投資理財注意事項】本網站提供之資訊僅供參考，投資人應獨立判斷，審慎評估並自負投資風險。",
            "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
            "信息披露：本文内容可能包含广告合作内容，请读者自行甄别。",
            "MoneyDJ理財網 提醒您：投資理財有風險，內容僅供參考，投資人應審慎評估並自負盈虧。",
            "鉅亨網提醒：本文僅供參考，投資人應獨立判斷並自負投資風險。",
            "风险提示：股市有涨有跌，请独立判断、审慎决策。",
            "智通财经提醒：文章内容仅供参考，不代表本平台观点，据此交易风险自负。转载请先获授权。",
            "【理財資訊聲明】本站所載內容僅供參考，不構成任何投資建議，讀者應自行判斷。",
            "【基金警語】基金投資有風險，過去績效不代表未來表現，投資人申購前應詳閱公開說明書。",
        ),
        counterexamples=(
            "公司说明：本次停牌是因筹划重大资产重组，预计不超过10个交易日。",
            "外交部声明：中方坚决反对任何形式的单边制裁。",
            "风险提示函发出后，该公司股价当日下跌5%。",
            "国务院新闻办公室声明：将于周五举行发布会，介绍一季度经济数据。",
            "风险提示指出，此类中介往往在社交平台发布“专业律师团队”“100%成功”等虚假宣传，诱导消费者签订服务协议并收取高额服务费，有的甚至套取消费者个人信息用于违法活动。",
            "免责声明挡不住赔偿责任。",
            "警方提醒：投资者应谨防以高收益为诱饵的投资骗局。",
            "特别提示：持有公司股份7,650,000股（占公司总股本6.12%）的股东南京澄湖创业投资合伙企业（有限合伙）计划自本公告披露之日起15个交易日后的3个月内减持。",
            "特别提醒：这位基金经理强调，其观点“仅代表个人判断”，不构成对产品收益的承诺。",
            "溫馨提示：該分析師直言，相關評級「只供參考」，投資者不應盲目跟風。",
            "【联合声明】两国将在投资、能源等领域深化合作，并于年内启动自贸协定谈判。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="disclaimer.zh-risk",
        category="disclaimer",
        pattern=(
            _ZH_NOT_REPORTED
            + r"(?:"
            + r"[※＊*]?[ \t]*[（(【]?(?:风险提示[:：]|風險提示[:：])?(?:股市|市场|市場|投资|投資|理财|理財|基金投资|基金投資|入市|证券市场|證券市場|基金|期市|期货|期貨|债市|債市|汇市|匯市|理财产品|理財產品)有(?:风险|風險)"
            r"[，,、 ]?(?:投资|投資|入市|选择|選擇|决策|決策|理财|理財|交易)?(?:需|须|須|要|请|請|应|應)?(?:谨慎|謹慎|审慎|審慎)[^\n。！？]{0,60}[)）】]?"
            r"|[（(]?(?:投资|投資)涉及(?:风险|風險)[^\n。！？]{0,80}[)）]?"
            # 投資理財有風險，本網站所提供之資訊僅供參考，投資人應審慎評估，自負盈虧。
            r"|[（(]?(?:投资理财|投資理財|理财|理財|投资|投資)有(?:风险|風險)[，,][^\n。！？]{0,40}?(?:仅供参考|僅供參考)[，,][^\n。！？]{0,30}?(?:谨慎|謹慎|审慎|審慎)[^\n。！？]{0,30}[)）]?"
            r"|[（(]?[^\n。！？]{0,30}?(?:据此|據此)(?:操作|投资|投資|交易|入市|买卖|買賣)[，,]?[^\n。！？]{0,10}?(?:风险|風險|责任|責任)(?:自担|自擔|自负|自負)[)）]?"
            r"|[（(]?(?:风险|風險)(?:自担|自擔|自负|自負)[)）]?"
            r"|[（(]?(?:投资|投資)一定有(?:风险|風險)[，,][^\n。！？]{0,40}?(?:有賺有賠|有赚有赔|詳閱|详阅|自負|自负|謹慎|谨慎)[^\n。！？]{0,60}[)）]?"
            r"|[※＊*]?[ \t]*[（(]?[^\n。！？]{0,20}?(?:有賺有賠|有赚有赔)[，,、 ][^\n。！？]{0,60}?(?:詳閱|详阅|閱讀|阅读|謹慎|谨慎|審慎|审慎|評估|评估)[^\n。！？]{0,40}[)）]?"
            r"|[（(]?(?:投資人|投资人|投資者|投资者|讀者|读者)(?:應|应|須|须|宜|需)(?:獨立|独立|自行)(?:判斷|判断|評估|评估)(?:[，,、]?(?:審慎|审慎|謹慎|谨慎)(?:投資|投资)|(?:相關|相关|投資|投资)?(?:風險|风险)(?:(?:並|并)?(?:自負|自负|承擔|承担)(?:責任|责任)?)?)[。.]?[)）]?"
            + r")"
            + r"|(?:请务必|請務必)(?:阅读|閱讀|参阅|參閱)[^\n]{0,20}?(?:免责|免責|声明|聲明|披露|重要提示)[^\n]{0,20}|[^\n，,。]{2,12}(?:關心您|关心您)[：:][^\n]{1,80}?(?:謹慎|谨慎|審慎|审慎)[^\n]{0,60}"
            # A broker note's list of risks: 风险提示：需求不及预期；原材料价格波动；….
            + r"|[（(【]?(?:风险提示|風險提示)[】]?[ \t\xa0]*[:：][ \t\xa0]*(?=[^\n]{0,120}?(?:不及预期|不及預期|不达预期|不達預期|低于预期|低於預期|超预期|超預期|大幅波动|大幅波動|加剧|加劇))[^\n]{2,180}"
        ),
        description="Chinese risk warnings: 投资有风险，入市需谨慎 / 市场有风险，投资需谨慎 / 据此操作，风险自担 (simplified and traditional).",
        where=Where.TAIL,
        within=5,
        max_chars=200,
        examples=(
            "投资有风险，入市需谨慎。",
            "市场有风险，投资需谨慎。",
            "市場有風險，投資需謹慎。",
            "投资者据此操作，风险自担。",
            "（据此操作风险自担）",
            "投資涉及風險，證券價格可升可跌。",
            "投資一定有風險，基金投資有賺有賠，申購前應詳閱公開說明書。",
            "投資人應獨立判斷，審慎投資。",
            "讀者應自行評估風險。）",
            "投资者应自行评估相关风险并承担责任。",
            "基金有风险，投资需谨慎。",
            "※ 投資有風險，請審慎評估。",
            "※投資理財有賺有賠，請謹慎評估風險。",
            "投资理财有风险，本站内容仅供参考，读者应谨慎决策，盈亏自负。",
            "理財有風險，以上資訊僅供參考，投資人宜審慎評估。",
            "请务必阅读正文之后的免责条款部分",
            "卡優新聞網關心您：循環信用利率最高15%，請謹慎使用並審慎評估還款能力。",
            "风险提示：下游需求不及预期；行业竞争加剧；汇率大幅波动。",
            "風險提示：晶片需求復甦不及預期；匯率大幅波動；新產能投產進度延後。",
        ),
        counterexamples=(
            "读者应自行评估风险的条款，被法院认定为无效格式条款。",
            "分析人士指出，市场有风险，但长期来看A股仍具配置价值，外资正在持续流入。",
            "该公司表示，风险自担机制将于明年推出。",
            "投資一定有風險的觀念，在年輕族群中仍不普及，調查顯示。",
            "投资理财有赚有赔的道理人人都懂，但真正做到谨慎的人不多。",
            "投资理财有风险的观念，仅供参考的资讯太多，投资人更应谨慎，调查显示。",
            "风险提示函显示，该产品收益不及预期的可能性较大，公司已向投资者说明。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="disclaimer.zh-risk-paragraph",
        category="disclaimer",
        pattern=(
            r"[（(【]?(?:股市|市场|市場|投资|投資|入市|理财|理財|基金|期市|期货|期貨)有(?:风险|風險)[，,、 ]?(?:投资|投資|入市|理财|理財|选择|選擇)(?:需|须|須|要|请|請|应|應)?(?:谨慎|謹慎)"
            r"[。！!.；;，,]?"
        ),
        description="A Chinese disclaimer paragraph that opens with 市场有风险，投资需谨慎 (or 投资有风险，入市需谨慎): to the end of the line.",
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        examples=(
            "市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。",
            "投資有風險，入市需謹慎。本網站資料只供參考。",
        ),
        counterexamples=(
            "市场有风险的说法由来已久，但今年的波动远超预期，多只基金净值回撤超过两成。",
            "投资需谨慎，该基金经理在接受采访时说，今年的重点是控制回撤。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="disclaimer.zh-not-advice",
        category="disclaimer",
        pattern=(
            r"(?=[（(【※＊]?[本以上文资資内內此该該观觀信基过過历歷译譯]|[^\n。！？]{0,30}?(?:发布此|發佈此|登载此|登載此)"
            r"|[^\n。！？]{0,30}?[，,、](?:并|並|但|且)?(?:不构成|不構成)(?:任何)?(?:投资|投資)"
            r"|[^\n。！？]{0,20}?(?:所载|所載|刊载|刊載|登载|登載)"
            r"|[^\n。！？]{0,16}?所刊)"
            + _ZH_NOT_REPORTED
            + r"(?:"
            + r"[（(【※＊]?"
            + _ZH_SUBJECT
            + r"[^\n。！？]{0,80}?(?:不构成|不構成|并不构成|並不構成|不作为|不作為|不代表|并非|並非|不是|不应视为|不應視為|不应被视为|不應被視為|不对|不對|不涉及|不提供)"
            r"(?:任何|对任何人的|對任何人的|对|對)?[^\n。！？]{0,12}?(?:投资|投資|买卖|買賣|交易|操作|个人|個人)?(?:建议|建議|依据|依據|推荐|推薦|意见|意見|邀约|邀約|要约|要約|指导|指導)"
            r"[^\n。！？]{0,80}[)）】]?"
            r"|[（(【※＊]?"
            + _ZH_SUBJECT
            + r"[^\n。！？]{0,40}?(?:仅供|僅供|仅作|僅作|只供|仅用作|僅用作|仅用于|僅用於)(?:读者)?(?:参考|參考|资讯|資訊|信息|学习|學習|交流)[^\n。！？]{0,80}[)）】]?"
            r"|[（(【※＊]?"
            + _ZH_SUBJECT
            + r"[^\n。！？]{0,20}?(?:仅|僅)?代表(?:作者|作者本人|个人|個人|作者个人|作者個人)[^\n。！？]{0,80}(?:[。！]?[)）】])?"
            r"|[（(]?(?:以上|文中|文章)?(?:观点|觀點)(?:仅|僅|只)代表(?:个人|個人|作者)[^\n。！？]{0,80}[)）]?"
            r"|[（(【※＊]?"
            + _ZH_SUBJECT
            + r"[^\n。！？]{0,40}?(?:不代表|並不代表|并不代表)[^\n。！？，,]{0,16}?(?:立场|立場|观点|觀點)[^\n。！？]{0,80}[)）】]?"
            r"|[（(]?(?:基金的?)?(?:过往|過往|过去|過去|历史|歷史)(?:业绩|業績|表现|表現)[^\n。！？]{0,6}?(?:不预示|不預示|不代表|不构成|不構成|并不预示|並不預示|不能代表)[^\n。！？]{0,40}[)）]?"
            r"|[^\n。！？]{0,30}?(?:发布此信息|發佈此信息|发布此信息的?|登载此文|登載此文)[^\n。！？]{0,10}?目的在于[^\n。！？]{0,80}"
            # a repost notice: 本网未注明“来源：XX网”的作品，均转载自其它媒体，转载目的在于传递更多信息，…
            r"|[^\n。！？]{0,60}?(?:转载|轉載)(?:的)?目的在(?:于|於)(?:传递|傳遞)更多信息[^\n]{0,160}"
            r"|[（(]?(?:译文|譯文)(?:内容|內容)?由第三(?:人|方)(?:软件|軟體|軟件)翻(?:译|譯)[^\n。！？]{0,30}[)）]?"
            r"|[（(]?(?:以上|上述)(?:内容|內容)?(?:仅|僅)用作(?:资讯|資訊)或(?:教育|教學)之?目的[^\n]{0,600}"
            # (not the writer's own closing word: 最后提醒一句，以上只是我个人的思路，不构成任何投资建议，…)
            r"|(?!最后|最後|总之|總之|总的来说|總的來說|当然|當然|还是那句话|還是那句話)[^\n。！？]{0,30}?[，,、](?:并|並|但|且)?(?:不构成|不構成)(?:任何)?(?:投资|投資)(?:建议|建議|意见|意見|依据|依據)[^\n。！？]{0,30}"
            r"|[^\n。！？]{0,20}?(?:所载|所載|刊载|刊載|登载|登載)[^\n。！？]{0,20}?(?:仅供参考|僅供參考)[^\n]{0,120}"
            r"|[（(]?(?:本版|本栏|本欄|本专栏|本專欄)[^\n]{0,12}?(?:仅|僅)代表[^\n]{0,30}[)）]?"
            # A broker's excerpt notice: 以上内容节选自华泰证券研究所已发布研究报告《…》，具体分析内容（包括风险提示等）请详见完整版报告。
            r"|[（(]?(?:以上|上述|本文)(?:内容|內容|观点|觀點)?(?:节选自|節選自|摘自|摘编自|摘編自|来自|來自|源自)[^\n。！？]{1,80}?(?:研究报告|研究報告|研报|研報|报告|報告)"
            r"[^\n。！？]{0,60}?(?:请|請)(?:详见|詳見|参阅|參閱|参见|參見|查阅|查閱|阅读|閱讀)[^\n。！？]{0,16}?(?:完整|全文|原文|报告|報告)(?:版|版本)?(?:报告|報告|研报|研報|内容|內容)?(?:原文)?[。]?[)）]?"
            # 以上内容摘自公司公告，具体以公告原文为准.
            r"|[（(]?(?:以上|上述|本文)(?:内容|內容|信息|資訊|资讯)?(?:摘自|节选自|節選自|整理自|摘编自|摘編自|来自|來自|源自)[^\n。！？]{1,30}?[，,][^\n。！？]{0,6}?(?:以|請以|请以)[^\n。！？]{0,12}?(?:公告|原文|研报|研報|报告|報告|官方|官网|官網|披露)[^\n。！？]{0,6}?(?:为准|為準)[。]?[)）]?"
            r"|[（(]?本文(?:内容|內容)?由[^\n]{1,40}?(?:整理|编辑|編輯|生成|提供|撰写|撰寫)[^\n]{0,60}?(?:仅供参考|僅供參考|不构成|不構成)[^\n]{0,60}[)）]?"
            # A notice that the text was written by AI: 本文内容由AI辅助生成，请注意甄别。
            r"|[（(]?(?:本文|以上|上述|此)(?:内容|內容|文章|图文|圖文|文字|摘要|信息|資訊|资讯)?(?:部分)?(?:由|為|为|系|使用|借助|通过|透過)[^\n，,。]{0,16}?"
            r"(?:AI|人工智能|大模型|算法)[^\n，,。]{0,10}?(?:生成|撰写|撰寫|创作|創作|编写|編寫|合成)[^\n]{0,100}?[)）]?"
            + r")"
            + r"|[^\n。！？]{0,16}?所刊(?:的|之|登的|載的|载的)?[^\n。！？]{0,30}?(?:文章|內容|内容|評論|评论)[^\n。！？]{0,40}?(?:(?:不代表|並不代表|并不代表)[^\n。！？，,]{0,12}?(?:立場|立场|觀點|观点)|(?:屬|属|僅代表|仅代表)(?:作者|個人|个人))[^\n]{0,240}"
            # a fund distributor's statement: 蛋卷基金为基金销售机构，不对基金收益作任何承诺或保证。
            + r"|[^\n。！？，,]{2,16}?(?:为|為|系|是)(?:基金|证券|證券)?(?:销售机构|銷售機構|代销机构|代銷機構)[，,][^\n。！？]{0,12}?(?:不对|不對)(?:基金|投资者|投資者|客户|客戶)?的?(?:收益|業績|业绩|本金|净值|淨值)?[^\n。！？，,]{0,6}?(?:任何)?(?:承诺|承諾|保证|保證)(?:(?:或|及|和|與|与)(?:承诺|承諾|保证|保證))?"
            + r"|" + _ZH_NOT_REPORTED + r"[^\n。！？]{0,16}?所刊(?:的|之|登的|載的|载的)?(?:內容|内容|資料|资料)[^\n。！？]{0,60}?(?:只作參考|只作参考|只供參考|只供参考|僅供參考|仅供参考)[^\n]{0,300}"
        ),
        description=(
            "Chinese disclaimer sentences: 本文不构成投资建议 / 以上内容仅供参考 / 本文仅代表作者个人观点 / 过往表现不预示未来收益 / "
            "以上内容仅用作资讯或教育之目的 / 译文内容由第三人软件翻译 (simplified and traditional)."
        ),
        where=Where.TAIL,
        within=5,
        max_chars=800,
        examples=(
            "（以上内容摘自上市公司公告，具体以公告原文为准）",
            "以上資訊整理自公司財報，請以公開資訊觀測站公告為準。",
            '本網站所刊的內容（包括文字、圖表及數據）只作參考，本公司不保證其準確性，亦不就任何損失承擔責任。',
            '《信報》所刊的署名文章，相關內容屬作者個人意見，並不代表本報立場。',
            '本网所刊登的文章仅代表作者个人观点，不代表本网立场。',
            "本文不构成投资建议。",
            "以上内容仅供参考，不构成投资建议。",
            "本文仅代表作者个人观点，不代表本站立场。",
            "※本資料僅供參考，投資人應審慎評估並自負投資風險，本網站不保證資料之正確性及完整性。",
            "基金过往业绩不预示其未来表现。",
            "过往表现不预示未来收益。",
            "以上内容仅用作资讯或教育之目的，不构成与富途相关的任何投资建议。",
            "譯文內容由第三人軟體翻譯。",
            "东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。",
            "本文不代表本公司立場，投資人應獨立判斷，審慎投資。",
            "本文由AI算法生成，仅作参考，不涉及投资建议，使用前请核实。",
            "提供專業財經資訊，不構成任何投資建議。",
            "本文内容由AI辅助生成，请读者注意甄别。",
            "（以上摘要由人工智能大模型生成）",
            "以上内容节选自中信证券研究部已发布的研究报告《消费电子：新品周期开启》，具体分析内容请详见完整版报告。",
            "本文观点摘自国泰君安证券研报《宏观：出口韧性仍存》，完整内容请参阅报告原文。",
            "本站未注明“来源：东南网”的作品，均转载自其他媒体，转载目的在于传递更多信息，并不代表本站赞同其观点。",
            "且慢平台为基金销售机构，不对基金的收益作出任何承诺或保证。",
        ),
        counterexamples=(
            "以上内容摘自公司公告，具体以公告原文为准的说法遭到小股东质疑，监管已发出问询函。",
            "上述内容来自该行年度报告，其中资产质量一节请详见报告第五节，分析师说。",
            "最后提醒一句，以上只是我个人的理财思路，不构成任何投资建议，大家量力而行。",
            '法院指出，該報所刊的內容只作參考，不足以作為證據。',
            '該報所刊的評論文章引起廣泛討論，多名議員不代表黨派發言。',
            "证监会表示，该文件不构成对上市公司的处罚决定。",
            "文章指出，今年前三季度该行净利润同比增长12%。",
            "上述内容已于周五提交董事会审议。",
            "文中提到的这家公司不代表行业整体，但其立场颇具代表性。",
            "分析师认为，这份研报不构成投资建议，监管机构已介入调查。",
            "本文不构成任何理财建议，这一点在多家银行的产品说明书中都写明了——说明书还提示“业绩比较基准不代表实际收益”。",
            "本報告不構成投資建議，券商在研報首頁均寫明，但仍有投資者據此買入。",
            "本文作者使用AI工具生成了三组图片，以测试其效果。",
            "此前由AI生成的虚假视频在网络上广泛传播。",
            "该公司是基金销售机构，不对客户承诺保本的规定早已写入合同。",
        ),
        languages=("zh",),
    ),
    # -- German, French, Spanish, Japanese ------------------------------------------------------
    Rule(
        id="disclaimer.intl-labelled",
        category="disclaimer",
        pattern=(
            r"(?![^\n]{0,400}\b(?:sagte|sagt|erklärte|betonte|a[ \t]déclaré|a[ \t]indiqué|dijo|afirmó|señaló)\b)"
            r"(?:risikohinweis(?:e)?|haftungsausschluss|rechtlicher[ \t]hinweis|hinweis[ \t](?:auf|zu)[ \t](?:mögliche[ \t]|möglichen[ \t])?interessenkonflikten?|offenlegung(?:[ \t](?:von|möglicher)[ \t]interessenkonflikten?)?|"
            r"clause[ \t]de[ \t]non-responsabilit[ée]|avertissement(?:[ \t]sur[ \t]les[ \t]risques)?|mise[ \t]en[ \t]garde|"
            r"aviso[ \t]legal|descargo[ \t]de[ \t]responsabilidad|advertencia(?:[ \t]de[ \t]riesgo)?|aviso[ \t]de[ \t]riesgo|"
            r"免責事項|ご注意|注意事項|hinweis|zastrzeżenie|nota[ \t]prawna|yasal[ \t]uyarı|ansvarsfriskrivning|отказ[ \t]от[ \t]ответственности|miễn[ \t]trừ[ \t]trách[ \t]nhiệm|tuyên[ \t]bố[ \t]miễn[ \t]trừ(?:[ \t]trách[ \t]nhiệm)?)"
            r"[ \t]*[:：][ \t]*(?=[^\n]{0,300}(?:anlage|gewähr|invest|risik|haft|wertpapier|finanz|empfehl|nicht[ \t]verantwortlich|conseil|risque|financ|responsabilit|"
            r"inversión|inversion|riesgo|asesoramiento|recomendaci|投資|投资|判断|責任|情報提供|勧誘|rekomendac|inwestyc|yatırım|danışman|investering|placering|инвест|рекоменд|đầu[ \t]tư))"
            + r"|hinweis[ \t\xa0]*:[ \t\xa0]*informationen[ \t\xa0]zur[ \t\xa0]offenlegungspflicht[^\n]{0,400}"
        ),
        description="Labelled disclaimer paragraphs in German (Risikohinweis:, Haftungsausschluss:), French (Avertissement :), Spanish (Aviso legal:) and Japanese (免責事項：).",
        scope=Scope.REST,
        where=Where.TAIL,
        within=5,
        examples=(
            "Risikohinweis: Der Handel mit Kryptowährungen ist mit erheblichen Risiken verbunden.",
            "Haftungsausschluss: Die Inhalte stellen keine Anlageberatung dar.",
            "Offenlegung von Interessenkonflikten: Der Autor hält keine Positionen in den genannten Wertpapieren.",
            "Hinweis: ARIVA.DE veröffentlicht in dieser Rubrik Analysen aus verschiedenen Quellen. Die ARIVA.DE AG ist nicht verantwortlich für Inhalte von Dritten.",
            "Avertissement : cet article ne constitue pas un conseil en investissement.",
            "Aviso legal: Este artículo no constituye asesoramiento de inversión.",
            "免責事項：本記事は情報提供を目的としており、投資勧誘を目的としたものではありません。",
            'Hinweis: Informationen zur Offenlegungspflicht bei Interessenkonflikten finden Sie auf der Website des Analysehauses.',
            'Haftungsausschluss: Alle Angaben ohne Gewähr.',
            "Zastrzeżenie: Powyższy komentarz nie stanowi rekomendacji inwestycyjnej w rozumieniu przepisów.",
            "Yasal Uyarı: Bu sayfada yer alan bilgiler yatırım danışmanlığı kapsamında değildir.",
            "Отказ от ответственности: материал не является инвестиционной рекомендацией.",
        ),
        counterexamples=(
            "Avertissement : la police appelle les automobilistes à la prudence ce week-end.",
            "Advertencia: las lluvias seguirán durante todo el fin de semana en la región.",
            "Hinweis: Die Polizei ist nicht verantwortlich für den Unfall, sagte ein Sprecher.",
            "Zastrzeżenie: sąd oddalił wniosek spółki o zabezpieczenie.",
        ),
        languages=("de", "fr", "es", "ja", "pl", "tr", "sv", "ru", "vi"),
    ),
    Rule(
        id="disclaimer.intl-not-advice",
        category="disclaimer",
        pattern=(
            r"(?![^\n]{0,300}\b(?:a[ \t]déclaré|a[ \t]indiqué|a[ \t]affirmé|a[ \t]prévenu|a[ \t]rappelé|rappelle|souligne|avertit|afirmó|dijo|advirtió|recuerda|señaló|afirmou|disse|alertou|lembrou|ha[ \t]detto|ha[ \t]affermato|ricorda|sagte|erklärte|warnte|betonte|zei|waarschuwde)\b)"
            r"(?:(?:wichtiger[ \t])?hinweis[ \t]*:[ \t]*|remarque[ \t]*:[ \t]*|nota[ \t]*:[ \t]*|[※＊*][ \t　]*)?(?:"
            # German
            r"(?:dies(?:er|e|es)?|der|die|das|unsere)[ \t]?(?:artikel|beitrag|inhalt|inhalte|informationen|analyse|text|veröffentlichung|video|seite|publikation)?"
            r"[^\n]{0,80}?(?:stell(?:t|en)|ist|sind)[ \t](?:ausdrücklich[ \t])?(?:keine|keinerlei)[ \t](?:anlageberatung|anlageempfehlung|finanzberatung|kauf-[ \t](?:oder|bzw\.)[ \t]verkaufsempfehlung|aufforderung|empfehlung|rechts-[ \t]oder[ \t]steuerberatung)[^\n]{0,250}"
            r"|keine[ \t](?:anlageberatung|anlageempfehlung|finanzberatung)"
            r"|(?:wertentwicklungen|entwicklungen)[ \t]der[ \t]vergangenheit[ \t]sind[ \t]kein[^\n]{0,120}"
            r"|(?:der[ \t]handel[ \t]mit|investitionen[ \t]in|anlagen[ \t]in)[^\n,]{0,60}?(?:ist|sind)[ \t]mit[ \t](?:erheblichen[ \t]|hohen[ \t])?risiken[ \t]verbunden(?:,?[ \t](?:bis[ \t]hin[ \t]zum|einschließlich|inklusive)[^\n,]{0,80})?"
            # French
            r"|(?:cet|ce|cette|les|le|la)[ \t]?(?:article|contenu|publication|information|informations|analyse|texte|vidéo|site)?[^\n]{0,80}?"
            r"(?:ne[ \t]constitu(?:e|ent)[ \t](?:en[ \t]aucun[ \t]cas[ \t])?pas|n['’](?:est|sont)[ \t](?:en[ \t]aucun[ \t]cas[ \t])?pas|ne[ \t]constitu(?:e|ent)[ \t]en[ \t]aucun[ \t]cas"
            r"|ne[ \t](?:saurai(?:t|ent)|doi(?:t|vent))[ \t](?:en[ \t]aucun[ \t]cas[ \t])?(?:constituer|être[ \t](?:considérée?s?|assimilée?s?)[ \t]à))"
            r"[ \t](?:un|une|des)[ \t](?:conseils?|recommandations?|incitations?|sollicitations?|offres?)[ \t](?:en[ \t]investissement|d['’]investissement|financiers?|d['’]achat|de[ \t]placement)[^\n]{0,250}"
            r"|ceci[ \t]n['’]est[ \t]pas[ \t]un[ \t]conseil[ \t](?:en[ \t]investissement|financier|d['’]investissement)"
            r"|(?:cet|ce|cette|les|le|la)[ \t]?(?:article|contenu|publication|information|informations|analyse|texte|vidéo|site)?[^\n]{0,60}?"
            r"(?:est|sont)[ \t](?:fourni|publié|donné|proposé|communiqué)e?s?[ \t]à[ \t]titre[ \t](?:purement[ \t])?(?:informatif|d['’]information|indicatif)"
            r"(?:[ \t](?:uniquement|seulement))?(?:[ \t]*[.;,]|[ \t]et[ \t]n(?:e[ \t]|['’]))[^\n]{0,250}"
            r"|les[ \t]performances[ \t]passées[ \t]ne[ \t](?:préjugent|présagent|sont)[^\n]{0,120}"
            r"|(?:investir|tout[ \t]investissement|le[ \t]trading)[^\n,]{0,40}?(?:comporte|présente|implique)[ \t](?:des|un)[ \t]risques?(?:[ \t]de[ \t]perte[^\n,]{0,80})?"
            # Spanish
            r"|(?:este|esta|el|la|los|las)[ \t]?(?:artículo|articulo|contenido|información|informacion|publicación|publicacion|análisis|analisis|texto|nota)?[^\n]{0,80}?"
            r"no[ \t](?:constituye|constituyen|representa|representan|es|son|debe[ \t]considerarse)[ \t](?:un[ \t]|una[ \t]|ningún[ \t]|ninguna[ \t])?"
            r"(?:asesoramiento|recomendación|recomendacion|consejo|asesoría|asesoria|oferta|invitación)(?:[ \t](?:financiero|de[ \t]inversión|de[ \t]inversion|de[ \t]compra|de[ \t]inversiones))?[^\n]{0,250}"
            r"|(?:rentabilidades|resultados|rendimientos)[ \t](?:pasad[oa]s|históric[oa]s)[ \t]no[ \t](?:garantizan|son[ \t]garantía|presuponen|son[ \t]indicativos)[^\n]{0,120}"
            r"|invertir[^\n,]{0,40}?(?:conlleva|implica|supone)[ \t](?:un[ \t]alto[ \t]|altos[ \t])?riesgos?(?:[ \t]de[ \t]pérdida[^\n,]{0,80})?"
            # Japanese
            r"|(?:最終的な)?投資(?:の|に関する|に関わる|に係る)?(?:判断|決定|最終判断|最終決定)[^\n。]{0,10}?(?:は|については)[^\n。]{0,20}?(?:ご自身|ご自分|自己|お客様ご自身|読者ご自身)[^\n。]{0,60}"
            r"|本(?:記事|稿|資料|ページ|サイト|コンテンツ)[^\n。]{0,40}?(?:情報提供|情報の提供)を目的と[^\n。]{0,80}"
            r"|本(?:記事|稿|資料|ページ)[^\n。]{0,40}?投資(?:勧誘|助言)[^\n。]{0,40}?(?:ありません|ものではありません|ではございません)[^\n。]{0,20}"
            r")"
            + r"|(?![^\n]{0,300}(?:[\x22“”«»„]|[ \t(]['‘]))(?![^\n]{0,300}\b(?:recuerda|advierte|señala|explica|souligne|avertit|lembra|alerta|ricorda|avverte|warnt|betont|waarschuwt|selon|a[ \t]déclaré|a[ \t]indiqué|rappelle|estime|según|afirmó|dijo|segundo|afirmou|disse|secondo|ha[ \t]detto|sagte|laut|erklärte|volgens|zei)\b)(?:[^\n.!?。！？]{0,160}?ne[ \t]constitu(?:e|ent)[ \t](?:en[ \t]aucun[ \t]cas|pas)[ \t](?:une?[ \t])?(?:incitation|conseil|recommandation|sollicitation|offre)[^\n]{0,200}|[^\n.!?。！？]{0,60}?s['’]appuie[ \t]sur[ \t]des[ \t]sources[^\n.!?。！？]{0,40}?sans[ \t]pouvoir[ \t]en[ \t]garantir[^\n]{0,200}|[^\n.!?。！？]{0,80}?(?:tem|possui)[ \t]caráter[ \t](?:exclusivamente[ \t]|meramente[ \t])?informativo[^\n]{0,200}|[^\n.!?。！？]{0,120}?não[ \t](?:deve[ \t]ser[ \t](?:interpretad[oa]|considerad[oa])[ \t]como|constitui)[ \t](?:uma[ \t])?(?:recomendação|oferta|sugestão)[^\n]{0,200}|[^\n.!?。！？]{0,120}?finalità[ \t](?:esclusivamente[ \t]|puramente[ \t])?informativ[ae][^\n]{0,200}|[^\n.!?。！？]{0,160}?non[ \t]costituisc(?:e|ono)[^\n.!?。！？]{0,40}?(?:sollecitazione|consulenza|raccomandazione|offerta)[^\n]{0,160}|[^\n.!?。！？]{0,160}?no[ \t]constituye[^\n.!?。！？]{0,40}?(?:recomendación|asesoramiento|oferta|invitación)[^\n]{0,160}|[^\n.!?。！？]{0,80}?(?:tiene|con)[ \t]carácter[ \t](?:meramente|exclusivamente|puramente)[ \t]informativo[^\n]{0,200}|[^\n.!?。！？]{0,120}?(?:geen|is[ \t]geen)[ \t](?:beleggingsadvies|beleggingsaanbeveling)[^\n]{0,160}|[※＊]?[ \t]*(?:本記事|本稿|本資料|当記事|本ページ|掲載情報)[^\n.!?。！？]{0,60}?(?:情報(?:の)?提供|参考)[^\n.!?。！？]{0,80}?(?:勧誘|推奨|助言)[^\n.!?。！？]{0,40}?(?:ものではありません|ものではない)[^\n]{0,120}|[^\n.!?。！？「『]{0,40}?投資(?:に関する)?(?:の)?(?:最終)?(?:判断|決定)は[^\n.!?。！？]{0,20}?(?:ご自身|ご自分|お客様ご自身)[^\n]{0,80}|[^\n.!?。！？]{0,80}?투자[ \t]?(?:권유|권고)(?:를)?[^\n.!?。！？]{0,20}?(?:아닙니다|않습니다)[^\n]{0,80})"
            + r"|[^\n。「『]{0,40}?は[^\n。]{0,30}?(?:情報(?:の)?提供を目的と|参考となる情報)[^\n。]{0,60}?(?:勧誘|推奨)を目的と(?:した|する)もの(?:では|じゃ)ありません[^\n]{0,200}|(?:当社|弊社|本サイト|当サイト)は[^\n。「『]{0,40}?(?:正確性|完全性)[^\n。]{0,30}?保証(?:する|いたす)もの(?:では|じゃ)ありません[^\n]{0,100}"
            + r"|die[ \t\xa0]inhalte[ \t\xa0](?:von|auf|dieser|des)[^\n]{0,60}?dienen[ \t\xa0](?:ausschließlich|lediglich|nur)[ \t\xa0]der[ \t\xa0]information[^\n]{0,300}"
            + r"|本(?:コンテンツ|サービス|情報|レポート)[^\n。「『]{0,40}?投資の?(?:勧誘|助言)[^\n。]{0,40}?(?:ありません|ものではありません|ではございません)[^\n]{0,200}"
            + r"|(?:이|본)[ \t\xa0](?:기사|콘텐츠|자료|글|리포트)는[^\n]{0,40}?(?:투자[ \t\xa0]?참고용|참고용|투자[ \t\xa0]?권유)[^\n]{0,160}|투자[ \t\xa0]?(?:판단|결정)의[ \t\xa0](?:최종[ \t\xa0])?책임은[^\n]{0,30}?(?:본인|투자자|독자)[^\n]{0,40}"
            + r"|(?=не[ \t\xa0]|данный|этот|настоящий|информация|материал|статья|мнение|thông|bài|nội|innehållet|informationen|artikeln|texten|materialet|placeringar|investeringar|handel|historisk|niniejszy|ten[ \t\xa0]|powyższy|burada|bu[ \t\xa0]|berita|artikel|tulisan|keputusan)"
            r"(?![^\n]{0,300}(?:заявил|сказал|отметил|подчеркнул|сообщил|по[ \t\xa0]словам|cho[ \t\xa0]biết|ông[ \t\xa0]nói|bà[ \t\xa0]nói|säger|sade|uppger|powiedział|dodał|według|dedi|söyledi|açıkladı|ujar|kata|mengatakan|menurut))(?:"
            r"(?:(?:данный|этот|настоящий)[ \t\xa0](?:материал|текст|обзор)[ \t\xa0]|(?:информация|материал|статья)[^\n.!?]{0,60}?)?не[ \t\xa0]является[ \t\xa0](?:индивидуальной[ \t\xa0])?инвестиционной[ \t\xa0]рекомендацией[^\n]{0,200}"
            r"|мнение[ \t\xa0](?:автора|авторов)[^\n.!?]{0,40}?может[ \t\xa0]не[ \t\xa0]совпадать[ \t\xa0]с[ \t\xa0](?:позицией|мнением|точкой[ \t\xa0]зрения)[ \t\xa0](?:редакции|издания)[^\n]{0,60}"
            r"|(?:thông[ \t\xa0]tin|bài[ \t\xa0]viết|nội[ \t\xa0]dung)[^\n.!?]{0,40}?chỉ[ \t\xa0]mang[ \t\xa0]tính(?:[ \t\xa0]chất)?[ \t\xa0]tham[ \t\xa0]khảo[^\n]{0,200}"
            r"|(?:innehållet|informationen|artikeln|texten|materialet)[^\n.!?]{0,60}?(?:är|utgör)[ \t\xa0](?:inte|ej)[ \t\xa0](?:någon[ \t\xa0]|en[ \t\xa0])?(?:investeringsrådgivning|investeringsråd|finansiell[ \t\xa0]rådgivning|köp-?[ \t\xa0](?:eller|och)[ \t\xa0]säljrekommendation)[^\n]{0,250}"
            r"|(?:placeringar|investeringar|handel)[ \t\xa0](?:i|med)[^\n.!?,]{0,40}?innebär[ \t\xa0](?:alltid[ \t\xa0])?(?:en[ \t\xa0])?risk[^\n]{0,200}|historisk[ \t\xa0]avkastning[ \t\xa0]är[ \t\xa0](?:ingen|inte[ \t\xa0]någon)[ \t\xa0]garanti[^\n]{0,120}"
            r"|(?:niniejszy|ten|powyższy)[ \t\xa0](?:materiał|artykuł|tekst|komentarz)[^\n.!?]{0,60}?nie[ \t\xa0]stanowi[ \t\xa0](?:rekomendacji|porady|doradztwa|oferty)[^\n]{0,400}"
            r"|(?:burada|bu[ \t\xa0](?:sayfada|haberde|içerikte|yazıda))[ \t\xa0]yer[ \t\xa0]alan[^\n]{0,80}?yatırım[ \t\xa0]danışmanlığı[ \t\xa0]kapsamında[ \t\xa0]değildir[^\n]{0,400}"
            r"|(?:berita|artikel|tulisan)[ \t\xa0]ini[ \t\xa0]tidak[ \t\xa0](?:bertujuan|dimaksudkan)[ \t\xa0](?:untuk[ \t\xa0])?mengajak[^\n]{0,300}|keputusan[ \t\xa0]investasi[^\n.!?]{0,30}?di[ \t\xa0]tangan[ \t\xa0]pembaca[^\n]{0,200})"
            + r"|(?![^\n]{0,300}\b(?:disse|afirmou|segundo|alertou|lembrou)\b)(?:as[ \t\xa0]informações|este[ \t\xa0]conteúdo|esta[ \t\xa0](?:matéria|análise)|o[ \t\xa0]conteúdo)[^\n]{0,80}?não[ \t\xa0](?:constitu(?:em|i)|representa(?:m)?|deve(?:m)?[ \t\xa0]ser[ \t\xa0]considerad[oa]s?)[ \t\xa0](?:uma[ \t\xa0]|um[ \t\xa0]|qualquer[ \t\xa0])?(?:recomendação|oferta|consultoria|aconselhamento|sugestão)[^\n]{0,200}"
        ),
        description="'Not investment advice' sentences in German (keine Anlageberatung), French (ne constitue pas un conseil en investissement), Spanish (no constituye asesoramiento) and Japanese (投資判断はご自身で).",
        where=Where.TAIL,
        within=5,
        max_chars=500,
        examples=(
            '본 리포트는 투자 참고용 자료이며, 투자 판단의 최종 책임은 투자자에게 있습니다.',
            'Este conteúdo não constitui recomendação de compra ou venda de ativos.',
            "Dieser Artikel stellt keine Anlageberatung dar.",
            "Keine Anlageberatung.",
            "Wertentwicklungen der Vergangenheit sind kein verlässlicher Indikator für künftige Wertentwicklungen.",
            "Cet article ne constitue pas un conseil en investissement.",
            "Les performances passées ne préjugent pas des performances futures.",
            "Investir en actions comporte un risque de perte en capital.",
            "Este artículo no constituye asesoramiento de inversión.",
            "Rentabilidades pasadas no garantizan rentabilidades futuras.",
            "投資判断はご自身の責任でお願いいたします。",
            "最終的な投資判断はご自身の判断でなさるようお願いいたします。",
            "Wichtiger Hinweis: Dieser Artikel ist keine Anlageberatung und keine Aufforderung zum Kauf oder Verkauf von Wertpapieren.",
            "Cet article est fourni à titre d'information uniquement et ne saurait constituer un conseil en investissement.",
            "※本記事は情報提供を目的としたものであり、特定の銘柄の売買を推奨するものではありません。",
            "投資に関する最終決定はご自身の判断でお願いします。",
            "Les analyses et recommandations publiées ne constituent en aucun cas une incitation à acheter ou à vendre des valeurs mobilières.",
            "AOF s'appuie sur des sources jugées fiables, sans pouvoir en garantir l'exactitude ; le lecteur demeure seul juge de l'usage qu'il fait de ces informations.",
            "Este conteúdo tem caráter exclusivamente informativo e não deve ser interpretado como recomendação de compra ou venda de ativos.",
            "Le notizie riportate in questa pagina hanno finalità esclusivamente informativa e non costituiscono in alcun modo sollecitazione all'investimento.",
            "※本記事は情報の提供のみを目的として作成されたものであり、特定銘柄の売買を勧誘するものではありません。",
            'フィスコニュースは投資判断の参考となる情報の提供を目的としたもので、投資勧誘を目的としたものではありません。',
            '当社は本記事の内容について、その正確性・完全性を保証するものではありません。',
            'Die Inhalte von boerse-online.de dienen ausschließlich der Information und stellen keine Anlageberatung dar.',
            '本コンテンツは投資の勧誘を目的としたものではありません。投資の決定はご自身の判断でお願いします。',
            "Не является индивидуальной инвестиционной рекомендацией.",
            "Данный материал не является инвестиционной рекомендацией.",
            "Мнение автора может не совпадать с позицией редакции.",
            "Thông tin trong bài viết chỉ mang tính chất tham khảo, không phải là khuyến nghị đầu tư.",
            "Informationen i artikeln utgör inte investeringsrådgivning.",
            "Placeringar i fonder innebär alltid en risk.",
            "Historisk avkastning är ingen garanti för framtida avkastning.",
            "Niniejszy materiał nie stanowi rekomendacji inwestycyjnej.",
            "Burada yer alan bilgiler yatırım danışmanlığı kapsamında değildir.",
            "Berita ini tidak bertujuan mengajak membeli atau menjual saham.",
        ),
        counterexamples=(
            'A CVM afirmou que as informações divulgadas pela empresa não constituem recomendação de investimento.',
            '이 기사는 투자자 본인이 읽었다고 증권사 관계자는 말했다.',
            "Die Bank sagte, sie werde ihre Anlageberatung im nächsten Jahr ausbauen.",
            "Le gouvernement a annoncé un nouveau plan d'investissement de 10 milliards d'euros.",
            "El banco central no constituye una amenaza para la estabilidad, dijo el ministro.",
            "投資判断の材料として、決算発表が注目されている。",
            "Cette mesure est fournie à titre d'information par le ministère, qui publiera le décret en juin.",
            "Hinweis: Die Polizei bittet um Hinweise aus der Bevölkerung.",
            "Ces publications ne constituent pas un conseil en investissement, a déclaré l'AMF, qui a sanctionné le site.",
            "La CVM afirmou que o conteúdo tem caráter exclusivamente informativo apenas na aparência.",
            '新サービスの画面には「投資判断はご自身で行ってください」との注意書きを表示する。金融庁の指針に沿い、個別銘柄を推奨する表現は避けたという。',
            '同社は「当社は記載内容の正確性を保証するものではありません」との注記を加えたと説明した。',
            "Это не является инвестиционной рекомендацией, подчеркнул аналитик.",
            "Thông tin về dự án chỉ mang tính tham khảo, ông nói thêm.",
            "Ten raport nie stanowi oferty, powiedział rzecznik spółki.",
        ),
        languages=("de", "fr", "es", "ja", "pt", "it", "nl", "ko", "ru", "vi", "sv", "pl", "tr", "id"),
    ),
)
