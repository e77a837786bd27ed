"""Body selection: article-like sections joined, teasers, listings and side boxes kept apart."""

from __future__ import annotations

from cleanse.html import explain_html


def para(topic: str, n: int) -> str:
    return (
        f"<p>Paragraph {n} about {topic}: the committee met again on Thursday and heard from "
        f"several witnesses, who described in detail how the decision had been reached last year.</p>"
    )


def section(topic: str, start: int, count: int, wrappers: int = 3) -> str:
    inner = "".join(para(topic, start + k) for k in range(count))
    for _ in range(wrappers):
        inner = f"<div class='block'>{inner}</div>"
    return inner


def test_article_split_into_sibling_sections_is_joined() -> None:
    # the story comes in three deeply wrapped sections, none holding 60% of the whole
    html = (
        "<html><body><div id='post'>"
        + section("water", 1, 4)
        + "<div class='block'><h2>A turn</h2></div>"
        + section("water", 5, 5)
        + section("water", 10, 3)
        + "</div><ul><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a></li></ul>"
        "</body></html>"
    )
    text = explain_html(html).text
    for n in (1, 4, 5, 9, 10, 12):
        assert f"Paragraph {n} about water" in text
    assert "Other story" not in text


def test_other_posts_in_their_own_articles_are_not_joined() -> None:
    # the story, then a listing of other posts, each a full <article> with one long paragraph
    others = "".join(
        f"<article class='post'><h3><a href='/p{k}'>Post {k}</a></h3>{para(f'post {k}', 1)}</article>"
        for k in range(6)
    )
    html = (
        "<html><body><div id='primary'>"
        "<article class='entry'><h1>The story</h1>"
        + para("the story", 1)
        + para("the story", 2)
        + "</article>"
        "<section class='more'>" + others + "</section></div></body></html>"
    )
    text = explain_html(html).text
    assert "Paragraph 1 about the story" in text
    assert "Paragraph 2 about the story" in text
    assert "about post" not in text


def test_teaser_grid_is_not_chosen_over_a_shorter_story() -> None:
    # a "breaking news" list above the story: each item a linked headline and an unlinked blurb
    items = "".join(
        f"<li><a href='/s{k}'>Headline number {k} about another matter</a>"
        f"<span>CITY: A blurb of story {k} that runs for a couple of lines, long enough to read as "
        f"prose, before it is cut off with an ellipsis and a link to the rest of the story...</span></li>"
        for k in range(9)
    )
    html = (
        "<html><body><div class='left'><div class='breaking'><ul>" + items + "</ul></div>"
        "<div class='content'>"
        + para("the story", 1)
        + para("the story", 2)
        + para("the story", 3)
        + "</div>"
        "</div></body></html>"
    )
    text = explain_html(html).text
    assert text.startswith("Paragraph 1 about the story")
    assert "blurb of story" not in text


def test_chinese_article_split_into_sections_is_joined() -> None:
    # CJK paragraphs carry more per character: ~90-character paragraphs are ordinary prose
    def zh(n: int) -> str:
        return (
            f"<p>第{n}段：公司周二公布的季度报告显示，营业收入同比增长百分之十二，净利润同比增长百分之八，"
            f"管理层表示，海外市场需求回暖，新产品线的出货量也明显高于去年同期水平，全年目标维持不变。</p>"
        )

    def block(start: int, count: int) -> str:
        inner = "".join(zh(start + k) for k in range(count))
        return f"<div class='a'><div class='b'><div class='c'>{inner}</div></div></div>"

    html = "<html><body><div id='post'>" + block(1, 4) + block(5, 5) + block(10, 3) + "</div></body></html>"
    text = explain_html(html).text
    for n in (1, 4, 5, 9, 10, 12):
        assert f"第{n}段" in text
