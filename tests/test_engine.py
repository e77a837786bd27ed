"""The engine's mechanisms, one by one: sections, runs, glued sentence cuts, separators."""

from __future__ import annotations

import cleanse
from cleanse import Rule, Scope, Where

from .articles import ARTICLE, PARAGRAPHS, TITLE

RELATED = Rule(
    id="chrome.test-related",
    category="chrome",
    pattern=r"elsewhere on our site",
    description="test section",
    scope=Scope.SECTION,
    where=Where.TAIL,
    within=20,
    max_chars=40,
    examples=("Elsewhere on our site",),
    counterexamples=("Elsewhere on our site, readers argued.",),
)
LONG_PROSE = PARAGRAPHS[0]


def test_section_takes_chrome_lines_and_stops_at_prose() -> None:
    doc = f"{ARTICLE}\n\nElsewhere on our site\nBanks rally on rate hopes\nOil slips as demand cools\n\n{LONG_PROSE}"
    result = cleanse.explain(doc, extra_rules=(RELATED,))
    assert result.text == f"{ARTICLE}\n\n{LONG_PROSE}"
    assert [r.rule_id for r in result.removals] == ["chrome.test-related"]


def _cleans_to(text: str, want: str, rule_ids: list[str]) -> None:
    """``text`` cleans to ``want``, and the removals name exactly ``rule_ids``."""
    result = cleanse.explain(text)
    assert result.text == want
    assert result.rule_ids() == rule_ids


def test_comment_section_runs_to_the_end_but_not_over_story_paragraphs() -> None:
    comments = "Comments\n\nJohn: Great piece, thanks.\nMary: I disagree with the second point."
    assert cleanse.clean(f"{ARTICLE}\n\n{comments}") == ARTICLE
    long_tail = f"{ARTICLE}\n\nComments\n\n{LONG_PROSE + ' ' + LONG_PROSE + ' ' + LONG_PROSE}"
    assert "Comments" in cleanse.clean(long_tail)


def test_closed_comments_head_no_thread_and_the_story_resumes_after_them() -> None:
    # Under 'comments are closed' no thread follows: a sentence after the notice is the
    # story's (the page put its comment box before the last paragraph).
    last = "Banks are expected to confirm the pass-through within days."
    closed = "Comments\nCommenting on this article is now closed. Comments were open for 24 hours."
    _cleans_to(f"{ARTICLE}\n{closed}\n{last}", f"{ARTICLE}\n{last}", ["comments.section"])
    assert cleanse.clean(f"{ARTICLE}\n\n{closed}") == ARTICLE


def test_glued_tail_sentences_cut_story_kept_byte_for_byte() -> None:
    story = "Shares closed 3.2% higher on Friday."
    doc = f"{ARTICLE}\n\n{story}Leave a comment"
    result = cleanse.explain(doc)
    assert result.text == f"{ARTICLE}\n\n{story}"
    assert result.rule_ids() == ["comments.prompt"]


def test_glued_labelled_disclaimer_takes_rest_of_line() -> None:
    story = 'She said it "would be immense."'
    doc = f"{ARTICLE}\n\n{story}Disclaimer: Investing carries risk. The above is not advice."
    assert cleanse.clean(doc) == f"{ARTICLE}\n\n{story}"


def test_menu_runs_at_edges_only() -> None:
    menu = "Home\nMarkets\nEconomy\nTech"
    doc = f"{TITLE}\n\n{menu}\n\n{ARTICLE}\n\nFacebook\nTwitter\nReddit"
    assert cleanse.clean(doc) == f"{TITLE}\n\n{ARTICLE}"
    middle = f"{PARAGRAPHS[0]}\n\n{menu}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}"
    assert cleanse.clean(middle) == middle  # a short list inside the story stays


def test_two_short_lines_are_not_a_run() -> None:
    doc = f"{ARTICLE}\n\nFacebook\nTwitter"
    assert cleanse.clean(doc) == doc


def test_removed_line_keeps_paragraph_break() -> None:
    first, rest = ARTICLE.split("\n\n", 1)
    assert cleanse.clean(f"{first}\nAdvertisement\n\n{rest}") == ARTICLE
    assert cleanse.clean(f"{first}\n\nAdvertisement\n{rest}") == ARTICLE


def test_head_byline_with_title_and_metadata() -> None:
    doc = f"{TITLE}\n\nReuters | 2 hours ago\n\n{ARTICLE}"
    result = cleanse.explain(doc)
    assert result.text == f"{TITLE}\n\n{ARTICLE}"
    assert result.metadata["source"] == "Reuters"
    assert result.metadata["date"] == "2 hours ago"


def test_guard_threshold_is_a_config_field() -> None:
    # A reader's comment goes for where it sits (under the heading), so it counts as
    # running text the removals take: about a third here, under the default limit only.
    reply = "I think the board should have waited for the audit before paying out any of it."
    doc = f"{PARAGRAPHS[3]}\n\nComments\n{reply}"
    assert cleanse.clean(doc) == PARAGRAPHS[3]
    assert not cleanse.explain(doc).guard_fired
    assert cleanse.explain(doc, guard_threshold=0.3).guard_fired


MENU = "\n".join(
    ["Home", "Markets", "Economy", "Companies", "Technology", "Opinion", "Personal Finance", "Podcasts"] * 6
)


def test_guard_lets_a_page_lose_menus_that_outweigh_its_story() -> None:
    # Past the limit in bytes, the guard still fires only when the removals take most of
    # the prose too: a page of menus around a short story loses the menus.
    story = PARAGRAPHS[3]
    doc = f"{MENU}\n\n{story}\n\n{MENU}"
    result = cleanse.explain(doc)
    assert len(story) * 2 < len(doc)
    assert not result.guard_fired
    assert result.text == story


def test_guard_lets_a_short_story_lose_a_longer_disclaimer() -> None:
    # A press release of two sentences under legal paragraphs twice as long: each
    # paragraph matched a disclaimer rule itself, so the guard does not count it as running
    # text it would take, and the story loses them.
    story = "Shares of the company rose 2% on Monday after it reported higher quarterly sales."
    notice = (
        "Disclaimer: The information in this article is provided for general information only and should "
        "not be taken as investment advice. Past performance is not a reliable indicator of future results, "
        "and the value of investments can fall as well as rise. Readers should seek independent advice."
    )
    doc = f"{story}\n\n{notice}\n\nShare this article\nFacebook\nTwitter\nLinkedIn"
    result = cleanse.explain(doc)
    assert len(story) * 3 < len(doc)
    assert not result.guard_fired
    assert result.text == story


def test_guard_does_not_count_swept_lines_a_rule_matches_by_itself() -> None:
    # A press release under a page menu: the forward-looking heading takes the legal
    # paragraph and the contact block under it. The paragraph went for where it sat, but a
    # disclaimer rule matches it by itself, so it is not story the guard must protect.
    story = (
        "Acme Corp said on Tuesday that third-quarter sales rose 8% to $412 million, helped by demand for "
        "its water pumps in Asia.\n\nThe company raised its full-year outlook and said it would buy back up "
        "to $50 million of its shares by the end of next year.\n\nIts shares rose 4% in early trading in "
        "New York, their biggest gain since March."
    )
    menu = "\n".join(["Home", "Markets", "Economy", "Companies", "Technology", "Opinion", "Personal Finance"] * 3)
    about = "About Acme Corp\nAcme Corp designs and makes pumps and valves for industrial customers in 40 countries."
    legal = (
        "Forward-Looking Statements\nThis press release contains forward-looking statements within the meaning "
        "of the Private Securities Litigation Reform Act of 1995. These statements are subject to risks and "
        "uncertainties that could cause actual results to differ materially, including changes in economic "
        "conditions and other factors described in the company's most recent Annual Report on Form 10-K. Acme "
        "undertakes no obligation to update any forward-looking statement."
    )
    contact = "Investor Contact:\nPaul Geddes\nVice President, Investor Relations\n(414) 555-0182\ninvestors@acme.example"
    result = cleanse.explain(f"{menu}\n\n{story}\n\n{about}\n\n{legal}\n\n{contact}")
    assert not result.guard_fired
    assert result.text == story
    assert "disclaimer.heading" in result.rule_ids()


def test_guard_fires_when_a_section_sweeps_most_of_the_prose() -> None:
    # A comment heading takes the lines under it for where they sit. When those are most
    # of the running text (and the removals most of the bytes), the anchor may be wrong:
    # nothing is removed.
    story = "Shares rose 2% on Monday after the results came out."
    replies = "\n".join(
        [
            "I think the board should have waited for the audit before paying out.",
            "The second quarter numbers look much better than anyone expected here.",
        ]
    )
    doc = f"{story}\n\nComments\n{replies}\n\n{MENU}"
    result = cleanse.explain(doc)
    assert result.guard_fired
    assert "prose" in result.guard_reason
    assert result.text == doc
    assert cleanse.clean(doc, guard_threshold=1.0) == story


def test_guard_fires_when_removals_take_nearly_all_bytes() -> None:
    doc = PARAGRAPHS[3] + "\n\n" + "\n".join([MENU] * 6)
    assert cleanse.explain(doc).guard_fired
    assert not cleanse.explain(doc, guard_threshold=1.0).guard_fired


def test_disclaimer_heading_takes_legal_paragraphs() -> None:
    legal = (
        "Forward-Looking Statements\n\n"
        "This press release contains forward-looking statements within the meaning of the Private "
        "Securities Litigation Reform Act of 1995, which involve risks and uncertainties.\n\n"
        "Actual results may differ materially from those projected, and the company undertakes no "
        "obligation to update any forward-looking statement."
    )
    result = cleanse.explain(f"{ARTICLE}\n\n{LONG_PROSE}\n\n{legal}")
    assert result.text == f"{ARTICLE}\n\n{LONG_PROSE}"
    assert result.removals[-1].category == "disclaimer"


def test_a_section_stops_at_a_chinese_sentence() -> None:
    # Chinese has no spaces between words: a sentence is prose by its characters, so a
    # related-stories list stops before the story resumes (it used to take this sentence).
    story = "央行周五宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。\n\n分析师表示，此举有助于稳定市场预期。"
    last = "分析人士认为，短期内市场仍将维持震荡格局。"
    result = cleanse.explain(f"{story}\n\n相关阅读\n央行降准释放流动性\n股市三连涨\n\n{last}")
    assert result.text == f"{story}\n\n{last}"
    assert [r.rule_id for r in result.removals] == ["chrome.related-section"]


def test_a_related_list_stops_at_a_short_question_subheading() -> None:
    # A short question above a paragraph is the story's own subheading: the list of other
    # stories ended before it (a related headline that asks is longer: 存款搬家还会继续吗？).
    story = "央行周五宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。\n\n分析师表示，此举有助于稳定市场预期。"
    rest = "影响有多大？\n\n券商测算，此次降准将为银行每年降低资金成本约百亿元，对净息差形成一定支撑。"
    _cleans_to(f"{story}\n\n延伸閱讀：\n銀行股連三漲 法人看好高息題材\n\n{rest}", f"{story}\n\n{rest}", ["chrome.related-section"])
    english = "What comes next?\n\nAnalysts expect the central bank to hold rates steady through the summer, citing sticky services inflation."
    _cleans_to(
        f"{TITLE}\n\n{ARTICLE}\n\nRelated Stories\nSteel Stocks Slide As Import Duty Cut Looms\n\n{english}",
        f"{TITLE}\n\n{ARTICLE}\n\n{english}",
        ["chrome.related-section"],
    )


def test_guard_weighs_text_in_utf8_bytes() -> None:
    # A short Chinese story above a long English notice: the notice is 94% of the
    # characters, past the guard's cap on nearly all of the text, but 85% of the UTF-8
    # bytes, so the guard lets it go. An English story as short in characters does not.
    notice = (
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user "
        "of NetEase Hao, which is a social media platform and only provides information storage services."
    )
    story = "比亚迪宣布秦PLUS荣耀版正式上市，起售价下调2万元。"
    doc = f"{story}\n\n{notice}\n{notice}"
    assert len(story) * 15 < len(doc)
    result = cleanse.explain(doc)
    assert not result.guard_fired
    assert result.text == story
    english = "Shares rose 2% after results"
    assert len(english) == len(story) + 1
    assert cleanse.explain(f"{english}\n\n{notice}\n{notice}").guard_fired


def test_bare_comments_button_above_the_last_paragraph_keeps_it() -> None:
    last = (
        "When the committee finally votes next month, the outcome will depend on a handful of moderates "
        "who have said little in public, and on whether the leadership can keep its members in line through "
        "the holiday recess."
    )
    doc = f"{ARTICLE}\n\nComments\n\n{last}\n\nComments\n\nGreat piece, thanks.\n\nTotally agree."
    result = cleanse.explain(doc)
    assert last in result.text
    assert "Great piece" not in result.text
    # A heading with a count starts a thread even when the first comment is long.
    thread = f"{ARTICLE}\n\n2 comments\n\n{last}\n\nTotally agree."
    assert last not in cleanse.clean(thread)


def test_list_and_emphasis_markers_do_not_hide_boilerplate() -> None:
    tail = (
        "• Past performance is no guarantee of future results.\n"
        "**Disclaimer:** This article is not financial advice.\n"
        "※本资料仅供参考，不构成投资建议。"
    )
    result = cleanse.explain(f"{ARTICLE}\n\n{tail}")
    assert result.text == ARTICLE
    assert result.rule_ids() == [
        "disclaimer.past-performance",
        "disclaimer.labelled",
        "disclaimer.zh-not-advice",
    ]


def test_bulleted_story_lines_are_still_story() -> None:
    bullets = (
        "• Revenue rose 12% to $4.1 billion.\n"
        "• The company said it would not provide guidance.\n"
        "* Shares fell 3% in after-hours trading."
    )
    doc = f"{ARTICLE}\n\n{bullets}\n\n{LONG_PROSE}"
    assert cleanse.clean(doc) == doc


def test_heading_removed_by_an_earlier_pass_still_takes_its_headlines() -> None:
    label = Rule(
        id="chrome.test-label",
        category="chrome",
        pattern=r"elsewhere on our site",
        description="test label removed anywhere",
        where=Where.ANYWHERE,
        max_chars=40,
        examples=("Elsewhere on our site",),
    )
    headlines = "Banks rally on rate hopes\nOil slips as demand cools"
    doc = f"{ARTICLE}\n\nElsewhere on our site\n{headlines}\n\n{LONG_PROSE}"
    result = cleanse.explain(doc, extra_rules=(label, RELATED))
    assert result.text == f"{ARTICLE}\n\n{LONG_PROSE}"
    assert result.rule_ids() == ["chrome.test-label", "chrome.test-related"]
    # Without a section rule for the heading, the lines under it are left alone.
    alone = cleanse.explain(doc, extra_rules=(label,))
    assert headlines in alone.text


def test_wire_tag_glued_with_dashes_is_cut() -> None:
    result = cleanse.explain(f"{ARTICLE}--IANS")
    assert result.text == ARTICLE
    assert result.rule_ids() == ["chrome.source-tag"]


def test_a_tail_line_goes_whole_when_every_sentence_is_boilerplate() -> None:
    def tail_rule(rule_id: str, pattern: str) -> Rule:
        return Rule(
            id=rule_id,
            category="chrome",
            pattern=pattern,
            description="test tail sentence",
            where=Where.TAIL,
            max_chars=40,
            examples=(pattern.replace("\\", "") + ".",),
        )

    alpha, beta = (
        tail_rule("chrome.test-alpha", r"alpha notice\."),
        tail_rule("chrome.test-beta", r"beta notice\."),
    )
    result = cleanse.explain(f"{ARTICLE}\n\nAlpha notice. Beta notice.", extra_rules=(alpha, beta))
    assert result.text == ARTICLE
    assert result.rule_ids() == ["chrome.test-alpha", "chrome.test-beta"]
    # A story sentence before them stays, byte for byte.
    kept = cleanse.explain(f"{ARTICLE}\n\n{LONG_PROSE} Alpha notice. Beta notice.", extra_rules=(alpha, beta))
    assert kept.text == f"{ARTICLE}\n\n{LONG_PROSE}"


def test_chinese_question_headline_in_a_related_list_goes_with_it() -> None:
    headlines = "大额存单“秒光”背后：存款搬家还会继续吗？\n六大行同日下调存款挂牌利率"
    doc = f"{ARTICLE}\n\nElsewhere on our site\n{headlines}\n\n{LONG_PROSE}"
    result = cleanse.explain(doc, extra_rules=(RELATED,))
    assert result.text == f"{ARTICLE}\n\n{LONG_PROSE}"
    # Two short clauses are a headline too; a longer question with a comma is a sentence.
    two = "CoWoS產能吃緊，誰是下一個受益者？\n六大行同日下调存款挂牌利率"
    doc = f"{ARTICLE}\n\nElsewhere on our site\n{two}\n\n{LONG_PROSE}"
    assert cleanse.explain(doc, extra_rules=(RELATED,)).text == f"{ARTICLE}\n\n{LONG_PROSE}"
    long = "在利率持续下行、理财产品收益率也同步走低的背景下，储户的钱接下来应该流向哪里？"
    doc = f"{ARTICLE}\n\nElsewhere on our site\n{long}\n\n{LONG_PROSE}"
    assert long in cleanse.explain(doc, extra_rules=(RELATED,)).text


def test_label_over_a_bulleted_list_at_the_head_is_the_list_heading() -> None:
    bullets = "• Sterling trades near 1.27 before the rate decision.\n• UK inflation fell to 2.0% in May."
    doc = (
        f"{TITLE}\n\nWritten by Jane Doe, Senior Analyst\n\nShare\n\nKey takeaways\n\n{bullets}\n\n{ARTICLE}"
    )
    result = cleanse.explain(doc)
    assert result.text == f"{TITLE}\n\nKey takeaways\n\n{bullets}\n\n{ARTICLE}"
    # The same label with prose after it is a menu item beside the byline and goes.
    plain = cleanse.explain(doc.replace(f"{bullets}\n\n", ""))
    assert plain.text == f"{TITLE}\n\n{ARTICLE}"


def test_glued_chinese_note_closed_after_its_full_stop_is_cut() -> None:
    story = "公司股价周五上涨3.2%，成交额创三个月新高。"
    note = "（本文作者系独立撰稿人，文中观点仅代表个人，不作为买卖依据。）"
    result = cleanse.explain(f"{TITLE}\n\n{ARTICLE}\n\n{story}{note}")
    assert result.text == f"{TITLE}\n\n{ARTICLE}\n\n{story}"
    assert [r.text.strip() for r in result.removals] == [note]


def test_composite_row_at_an_edge_goes_when_every_part_is_boilerplate() -> None:
    byline = (
        "By: Ramon Tuazon - Reporter / @RTuazonINQ Philippine Daily Inquirer / 05:20 AM February 14, 2025"
    )
    stamp = "Posted on Feb 7, 2025 | Category: Drilling & Rigs"
    result = cleanse.explain(f"{TITLE}\n\n{byline}\n\n{ARTICLE}\n\n{stamp}")
    assert result.text == f"{TITLE}\n\n{ARTICLE}"
    assert result.rule_ids() == ["chrome.byline", "chrome.dateline"]


def test_a_row_of_dates_or_a_row_with_prose_is_not_chrome() -> None:
    # A long story, so that the row is out of reach of the head rules (a dateline).
    body = "\n\n".join(PARAGRAPHS * 3)
    dates = "29 November 2018 | 20 January 2019"
    mixed = "Published March 3, 2025 | The board approved the dividend on Friday"
    for row in (dates, mixed):
        doc = f"{TITLE}\n\n{body}\n\n{row}"
        assert cleanse.clean(doc) == doc
    stamp = "Posted on Feb 7, 2025 | Category: Drilling & Rigs"
    assert cleanse.clean(f"{TITLE}\n\n{body}\n\n{stamp}") == f"{TITLE}\n\n{body}"


def test_a_notice_wholly_in_brackets_is_tried_without_them_at_the_edges() -> None:
    note = "（以上内容摘自券商研报，不构成投资建议，投资者据此操作风险自担。）"
    result = cleanse.explain(f"{TITLE}\n\n{ARTICLE}\n\n{note}")
    assert result.text == f"{TITLE}\n\n{ARTICLE}"
    assert result.rule_ids() == ["disclaimer.zh-risk"]


def test_a_headline_under_section_kickers_is_not_a_menu_item() -> None:
    # Kickers, then the headline on the next line, then the byline: the head run of short
    # lines stops at the headline (five words or more), which stays.
    head = "Wirtschaftspolitik\nIndustriestrompreis\nReiche will Netzentgelte für Industrie um Milliarden senken\nVon Julia Löhr, Berlin"
    result = cleanse.explain(f"{head}\n\n{ARTICLE}")
    assert "Reiche will Netzentgelte für Industrie um Milliarden senken" in result.text
    menu = "Investir\nMarchés\nRéglementation\nL'AMF publie une charte pour les influenceurs financiers\nPar Laura Berny"
    assert "L'AMF publie une charte pour les influenceurs financiers" in cleanse.clean(f"{menu}\n\n{ARTICLE}")


def test_a_story_sentence_glued_before_a_copyright_line_stays() -> None:
    last = "Le titre a perdu près de 40 % depuis le début de l'année."
    note = "Copyright © 2025 ABC Bourse. Tous droits réservés."
    result = cleanse.explain(f"{TITLE}\n\n{ARTICLE}\n\n{last}{note}")
    assert result.text == f"{TITLE}\n\n{ARTICLE}\n\n{last}"
    assert [r.text.strip() for r in result.removals] == [note]


def test_a_list_of_headlines_stops_at_a_comment_heading() -> None:
    # The related list ('Valeurs associées') does not swallow the comment heading; the
    # comment section then goes whole, readers' comments included.
    tail = (
        "Valeurs associées\nAIR FRANCE -KLM\n4 commentaires\nM1807264 il y a 2 heures\n"
        "enfin un trimestre sans mauvaise surprise, reste la dette...\nPathfinder92 il y a 2 heures\n"
        "9 euros c'est toujours 3 fois moins qu'en 2019, pas de quoi s'emballer"
    )
    result = cleanse.explain(f"{TITLE}\n\n{ARTICLE}\n\n{tail}")
    assert result.text == f"{TITLE}\n\n{ARTICLE}"
    assert result.rule_ids() == ["chrome.related-section", "comments.section"]


def test_a_short_first_line_over_a_wrapped_sentence_is_not_a_kicker() -> None:
    # Hard-wrapped text: 'Photos' opens a sentence that goes on in lower case on the next line.
    doc = f"Photos\nwhich were released online are making the rounds on social media,\nshow the actress at an event.\n\n{ARTICLE}"
    assert cleanse.clean(doc) == doc


def test_story_headings_and_glued_sentences_stay_next_to_boilerplate() -> None:
    # A research note's summary heading under a removed byline is not a label.
    head = "原创 华西电新团队 华西证券研究 2024年10月20日 20:31 四川\n\n本周核心观点"
    zh = "光伏板块本周上涨3.2%，硅料价格企稳，组件排产环比提升。"
    result = cleanse.explain(f"{head}\n\n{zh}\n\n{ARTICLE}")
    assert "本周核心观点" in result.text
    # Nor is it the last item of a menu run that the removed analyst lines above it complete.
    analysts = "分析师：陈立言  执业证书编号：S0570519060004\n\n研究员：许薇  执业证书编号：S0570123080022"
    for heading in ("核心观点", "投资要点", "报告摘要"):
        result = cleanse.explain(f"{TITLE}\n\n{analysts}\n\n{heading}\n\n{zh}\n\n{ARTICLE}")
        assert result.text == f"{TITLE}\n\n{heading}\n\n{zh}\n\n{ARTICLE}", heading
    # A story sentence glued before an app prompt stays; the prompt goes.
    story = "据了解，潍坊将在明年启动预制菜产业园二期建设，重点引进中央厨房和冷链物流项目。"
    prompt = "找记者、求报道、求帮助，各大应用市场下载“齐鲁壹点”APP或搜索微信小程序“壹点情报站”"
    result = cleanse.explain(f"{TITLE}\n\n{ARTICLE}\n\n{story}{prompt}")
    assert result.text == f"{TITLE}\n\n{ARTICLE}\n\n{story}"
    # 'Comment:' as a label in a story is not a comment heading.
    doc = f"{TITLE}\n\n{ARTICLE}\n\nComment:\nThat one-word line above is how the annual report headed its chairman's note.\n\nShares have more than tripled this year."
    assert cleanse.clean(doc) == doc


def test_glued_about_heading_goes_with_its_paragraph() -> None:
    """An 'About Acme' heading glued to the story's last sentence (a lost line break) goes
    with the company paragraph under it; the story sentence stays."""
    story = (
        "Acme Robotics Declares Quarterly Dividend\n\n"
        "DENVER--(BUSINESS WIRE)--Acme Robotics (NYSE: ACMR) today declared a quarterly dividend of $0.21 per share, "
        "payable on March 3 to shareholders of record on February 14.\n\n"
        "The dividend is unchanged from the prior quarter."
    )
    text = story + "About Acme Robotics\nAcme Robotics is a leading maker of warehouse robots. For more information, visit www.acme.example."
    result = cleanse.explain(text)
    assert result.text == story
    assert result.rule_ids() == ["chrome.about-company"]


def test_contacts_section_stops_at_about_heading() -> None:
    """A contacts section's lines stop at the next 'About Acme' heading, which goes with its paragraph."""
    story = (
        "Acme Shipping: Share buy-back programme\n\n"
        "Oslo, 4 March 2025: During week 9, Acme Shipping ASA purchased 120,000 own shares at an average price of NOK 98.10.\n\n"
        "Following these transactions, the company holds 1,204,000 own shares."
    )
    text = story + "\n\nFor further information, please contact:\nKari Nordmann, CFO, +47 22 00 00 00\n\nAbout Acme Shipping ASA\nAcme Shipping ASA is a leading owner of dry bulk vessels."
    result = cleanse.explain(text)
    assert result.text == story
    assert "chrome.about-company" in result.rule_ids()


def test_a_notice_pointing_back_at_its_paragraph_stays_with_it() -> None:
    """A legal sentence its paragraph's author wrote, pointing back at what the sentence before
    it named ('... these securities'), stays; the same notice as its own paragraph, or glued
    to the story without a space, still goes."""
    head = (
        "Kelvane Bio Prices $40 Million Public Offering\n\n"
        "CAMBRIDGE, Mass., June 2, 2025 (GLOBE NEWSWIRE) -- Kelvane Bio, Inc. (Nasdaq: KLVB) today announced "
        "the pricing of an underwritten public offering of 5,000,000 shares of its common stock at $8.00 per share."
    )
    offered = (
        "The shares are being offered under a shelf registration statement on Form S-3 that the SEC declared "
        "effective on May 1, 2025."
    )
    notice = (
        "This press release shall not constitute an offer to sell or the solicitation of an offer to buy these "
        "securities, nor shall there be any sale of these securities in any jurisdiction in which such offer "
        "would be unlawful."
    )
    kept = f"{head}\n\n{offered} {notice}"
    assert cleanse.clean(kept) == kept
    assert cleanse.clean(f"{head}\n\n{offered}\n\n{notice}") == f"{head}\n\n{offered}"
    assert cleanse.clean(f"{head}\n\n{offered}{notice}") == f"{head}\n\n{offered}"
    # A notice that names nothing of the sentence before it is still cut from the paragraph.
    assert cleanse.clean(f"{head}\n\n{offered} This is not financial advice.") == f"{head}\n\n{offered}"


def test_a_related_list_stops_at_a_lead_in_sentence() -> None:
    """A related-stories heading takes its headlines, not a lead-in sentence of the story
    ("Here's what analysts said:") nor the short lines under it."""
    before = f"{TITLE}\n\n{ARTICLE}\n\nALSO READ\nSteel Stocks Slide As Import Duty Cut Looms\n\n"
    rest = "Here's what the analysts had to say:\n\nKotak Securities\n\nMaintains 'add' with a target price of Rs 860."
    result = cleanse.explain(before + rest)
    assert result.text == f"{TITLE}\n\n{ARTICLE}\n\n{rest}"


def test_a_bracketed_credit_glued_after_an_acronym_is_cut() -> None:
    """'... on the NSE.(Edited by : Ravi Menon)': an acronym's full stop, then a bracket and a
    capital, starts a sentence, so the glued credit goes and the story sentence stays."""
    story = f"{TITLE}\n\n{ARTICLE}\n\nShares of Halden Motors ended 1.8% higher at ₹642.10 on the NSE."
    result = cleanse.explain(f"{story}(Edited by : Ravi Menon)")
    assert result.text == story
    kept = f"{TITLE}\n\n{ARTICLE}\n\nThe index fell in the U.S.(and in Europe) on Friday."
    assert cleanse.clean(kept) == kept


def test_a_sentence_glued_after_an_acronym_is_cut() -> None:
    """'... on the JSE.Get the biggest ...': an acronym's full stop, then a capitalised word,
    starts a sentence; a domain or an acronym run on (U.S.Steel, NYSE.COM) does not."""
    story = f"{TITLE}\n\n{ARTICLE}\n\nShares of Ubuntu Platinum ended 2.1% higher at R112.40 on the JSE."
    result = cleanse.explain(f"{story}Get the biggest business stories emailed to you every weekday.")
    assert result.text == story
    assert result.rule_ids() == ["chrome.newsletter"]
    for kept in ("Its plants supply U.S.Steel and others.", "The filing is at NYSE.COM and the SEC site."):
        doc = f"{TITLE}\n\n{ARTICLE}\n\n{kept}"
        assert cleanse.clean(doc) == doc


def test_label_over_a_list_without_bullets_at_the_head_is_the_list_heading() -> None:
    items = (
        "Independent gasoil stocks down 6.4% on week\n"
        "East of Suez cargoes delayed by Cape routing\n"
        "ICE gasoil backwardation widens to $14/mt"
    )
    doc = f"{TITLE}\n\nBy Helen Carvalho\n\n07 Mar 2025 | 11:32 UTC\n\nHIGHLIGHTS\n\n{items}\n\n{ARTICLE}"
    result = cleanse.explain(doc)
    assert result.text == f"{TITLE}\n\nHIGHLIGHTS\n\n{items}\n\n{ARTICLE}"
    # Two short lines are not a list: the label beside the byline goes.
    two = "\n".join(items.split("\n")[:2])
    assert "HIGHLIGHTS" not in cleanse.clean(doc.replace(items, two))


def test_a_related_list_stops_at_a_letter_salutation() -> None:
    """A topics list under the byline takes its tags, not the salutation of a reader's letter
    that opens the story: a line ending with a comma goes on below, it is no headline."""
    head = f"{TITLE}\n\nRelated Topics\nCapital gains tax\nSavings\nGift this article free\n\n"
    for salutation in ("Dear Money Clinic,", "Dear Agony Aunt,", "亲爱的编辑，"):
        result = cleanse.explain(f"{head}{salutation}\n\n{ARTICLE}")
        assert result.text == f"{TITLE}\n\n{salutation}\n\n{ARTICLE}"
        assert result.rule_ids() == ["chrome.related-section"]


def test_a_chinese_headline_over_the_site_name_is_not_a_menu_item() -> None:
    """A Chinese headline (eight characters or more) right after the menu, with only the
    site's name under it before the date, stays; the menu above it goes."""
    menu = "财经网\n首页\n资讯\n专题\n数据\n榜单\n活动\n登录"
    headline = "储能出海迎来新拐点"
    zh = "今年以来，国内储能企业海外订单明显增加，多家公司披露的中东和欧洲项目合同金额均创新高。"
    doc = f"{menu}\n{headline}\n财经网\n2025-04-02 08:15\n\n{zh}\n\n{ARTICLE}"
    result = cleanse.explain(doc)
    assert headline in result.text
    assert "首页" not in result.text and "专题" not in result.text
    # Two menu items and more under it: the menu goes on, and a short line is one of its items.
    short = "财经网\n首页\n资讯\n专题\n基金\n理财\n保险"
    assert "基金" not in cleanse.clean(f"{short}\n\n{zh}\n\n{ARTICLE}")


def test_glued_disclaimer_is_cut_when_unknown_tail_lines_follow() -> None:
    last = "We rate the stock a hold."
    notice = "Disclosure: The author has no position in any of the stocks mentioned."
    tail = "The Dividend Aristocrats List: S&P 500 stocks with 25+ years of increases.\nThe Monthly Dividend Stocks List: stocks that pay every month."
    doc = f"{ARTICLE}\n\n{last} {notice}\n\n{tail}"
    _cleans_to(doc, f"{ARTICLE}\n\n{last}\n\n{tail}", ["disclaimer.labelled"])
    # Only disclaimers are cut there: a glued chrome sentence above unknown lines stays.
    chrome = f"{ARTICLE}\n\n{last} Follow us on Twitter for more.\n\n{tail}"
    assert cleanse.clean(chrome) == chrome


def test_a_sentence_closing_a_quote_is_not_a_glued_notice() -> None:
    quoted = (
        "Firms must show the warning: “Don't invest unless you're prepared to lose all the money you invest. "
        "This is a high-risk investment and you should not expect to be protected if something goes wrong.”"
    )
    for doc in (f"{ARTICLE}\n\n{quoted}", f"{ARTICLE}\n\n{quoted}\n\nRelated: Regulator fines two exchanges"):
        assert quoted in cleanse.clean(doc)
