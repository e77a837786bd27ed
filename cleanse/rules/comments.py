"""Comment prompts and comment sections.

Order is priority: the first rule that matches a unit names the removal.
"""

from __future__ import annotations

from .base import Rule, Scope, Where

_NUM = r"\d{1,3}(?:[,.]\d{3})*"
#: A count written out: one, two ... ten.
_WORD_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,5})"

RULES: tuple[Rule, ...] = (
    Rule(
        id="comments.section",
        category="comments",
        pattern=(
            r"[\[(]?[ \t]*(?:"
            + _NUM
            + r"[ \t])?(?:(?:reader|readers['’]?|user|top(?:[ \t]rated)?|latest|recent|all|most"
            r"[ \t]recent|newest|featured|member)[ \t])?comments?(?:[ \t]*[(\[]"
            + _NUM
            + r"[)\]])?(?:[ \t]*[:：])?"
            r"(?:[ \t]*[|·-]?[ \t]*" + _NUM + r")?(?:[ \t]*\(\+\))?[ \t]*[\])]?"
            r"|view[ \t]the[ \t]discussion[ \t]thread"
            r"|[\[(]?[ \t]*(?:view|show|read|see|load|display|open)[ \t](?:all[ \t]|the[ \t])?(?:"
            + _NUM
            + r"[ \t])?(?:comments|replies|responses)(?:[ \t]*\("
            + _NUM
            + r"\))?[ \t]*[\])]?"
            r"|"
            + _WORD_NUM
            + r"[ \t](?:thoughts?|responses?|repl(?:y|ies)|comments?)[ \t](?:on|to)[ \t]*[“\"'‘«„][^\n]{1,160}"
            r"|leave[ \t]a[ \t]reply(?:[ \t]*(?:cancel[ \t]reply|to[ \t][^\n]{1,80}))?"
            r"|comment[ \t]on[ \t]this[ \t](?:story|article|post)"
            r"|join[ \t](?:the[ \t])?discussion|(?:reader|user)[ \t](?:comments|reactions|discussion)|conversation[ \t]*\("
            + _NUM
            + r"\)"
            r"|comentários|comentarios|kommentare|commentaires|commenti|комментарии|reacties|yorumlar|komentarze"
            r"|tinggalkan[ \t](?:balasan|komentar)|deixe[ \t](?:um[ \t]comentário|uma[ \t]resposta)|deja[ \t]un[ \t]comentario"
            r"|deja[ \t]una[ \t]respuesta|schreibe[ \t]einen[ \t]kommentar|laisser[ \t]un[ \t]commentaire|lascia[ \t]un[ \t]commento"
            r"|(?:网友|最新|热门|全部|精彩|读者|網友|熱門|讀者)?(?:评论|評論)(?:区|區)?(?:[（(]?"
            + _NUM
            + r"[)）]?)?"
            r"|"
            + _NUM
            + r"[ \t]?(?:条|條)(?:评论|評論)|跟[贴帖](?:[（(]?"
            + _NUM
            + r"[)）]?)?|发表评论|發表評論|我要评论|我要評論"
            r"|查看(?:全部|更多)评论|留言(?:板|区)?"
        ),
        description=(
            "A comment-section heading or form start at the tail (Comments, Comments (12), 3 comments, View Comments, "
            "10 thoughts on “...”, Leave a Reply, 评论, 网友评论, 跟贴, 条评论) and everything after it."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=60,
        max_chars=200,
        examples=(
            "Comments",
            "Comments (12)",
            "3 comments",
            "COMMENTS (68)",
            "View Comments",
            "Show comments",
            "Top Rated Comments",
            "User comments",
            "10 thoughts on “Business Focus: It’s Why Some People Triumph Online”",
            "Leave a Reply",
            "Leave a Reply Cancel reply",
            "Join Discussion",
            "Комментарии",
            "评论",
            "网友评论",
            "最新评论",
            "跟贴",
            "128条评论",
            "发表评论",
            "0 Comments (+)",
            "[ 167 comments ]",
            "View the discussion thread.",
        ),
        counterexamples=(
            "Comments from the chairman moved the market.",
            "Radchenko commented.",
            "Three thoughts on the rate decision stood out, analysts said.",
            "评论人士认为，这一政策将提振市场信心。",
        ),
        languages=("en", "zh", "pt", "es", "de", "fr", "it", "ru", "id"),
    ),
    Rule(
        id="comments.widget",
        category="comments",
        pattern=(
            r"(?:please[ \t])?enable[ \t]javascript[ \t]to[ \t]view[ \t]the[ \t](?:comments[ \t]powered[ \t]by[ \t]disqus|comments)"
            r"|(?:blog[ \t])?comments[ \t]powered[ \t]by[ \t]disqus|to[ \t]comment,?[ \t]first[ \t]opt[ \t]in[ \t]to[ \t]disqus"
            r"|your[ \t]e-?mail(?:[ \t]address)?[ \t]will[ \t]not[ \t]be[ \t]published\.?(?:[ \t]*required[ \t]fields[ \t]are"
            r"[ \t]marked[ \t]*\*?)?|required[ \t]fields[ \t]are[ \t]marked[ \t]*\*?"
            r"|save[ \t]my[ \t]name,?[ \t]e-?mail,?[ \t]and[ \t]website[ \t]in[ \t]this[ \t]browser[ \t]for[ \t]the[ \t]next[ \t]time"
            r"[ \t]i[ \t]comment"
            r"|notify[ \t]me[ \t]of[ \t](?:follow-?up[ \t]comments|new[ \t](?:posts|comments)|replies)[ \t](?:by|via)[ \t]e-?mail"
            r"|this[ \t]site[ \t]uses[ \t]akismet[ \t]to[ \t]reduce[ \t]spam\.?[^\n]{0,80}"
            r"|(?:you[ \t]must|please)[ \t](?:be[ \t])?(?:log(?:ged)?[ \t]in|sign(?:ed)?[ \t]in|register(?:ed)?)[ \t]to[ \t]"
            r"(?:post[ \t]a[ \t])?(?:comment|reply|join[ \t]the[ \t]discussion)[^\n]{0,40}"
            r"|by[ \t]submitting[ \t](?:this[ \t]form|a[ \t]comment|your[ \t]comment)[ \t]you[ \t](?:agree|consent)[^\n]{0,250}"
            r"|网友评论仅供其表达个人看法[^\n]{0,60}|(?:请)?文明上网[^\n]{0,20}|理性发言[^\n]{0,20}|评论仅代表网友个人观点[^\n]{0,40}"
        ),
        description=(
            "Comment-system lines anywhere: Disqus (Please enable JavaScript to view the comments powered by Disqus.), "
            "WordPress form lines (Your email address will not be published. Required fields are marked *), "
            "login-to-comment notices, Chinese comment disclaimers."
        ),
        max_chars=320,
        examples=(
            "Please enable JavaScript to view the comments powered by Disqus.",
            "comments powered by Disqus",
            "To comment, first opt in to Disqus.",
            "Your email address will not be published. Required fields are marked *",
            "Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "You must log in to post a comment.",
            "网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述",
        ),
        counterexamples=(
            "Your email address will be shared with advertisers, the lawsuit alleges.",
            "Required fields in the filing were left blank, the regulator said.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="comments.prompt",
        category="comments",
        pattern=(
            r"(?:leave|post|add|write)[ \t](?:a|your)[ \t](?:comment|reply)"
            r"|be[ \t]the[ \t]first[ \t]to[ \t](?:comment|reply|review)(?:[ \t]on[ \t]this[ \t](?:article|story|post))?"
            r"|no[ \t](?:comments|replies)(?:[ \t]yet)?(?:\.[ \t]*be[ \t]the[ \t]first[ \t]to[ \t]comment!?)?"
            r"|we[ \t]need[ \t]your[ \t]insight[ \t]to[ \t]fill[ \t]this[ \t]gap"
            r"|comments[ \t](?:are|have[ \t]been)[ \t](?:closed|disabled|turned[ \t]off)(?:[ \t]for[ \t]this[ \t](?:article|story|post))?"
            r"|loading[ \t]comments(?:\.\.\.|…)?|join[ \t]the[ \t](?:conversation|discussion)(?:[ \t]*[:»›>])?"
            r"|share[ \t]your[ \t](?:thoughts|views|opinion|comments)(?:[ \t]*[:!.])?(?:[ \t][^\n]{0,60})?"
            r"|what[ \t]do[ \t]you[ \t]think\??(?:[ \t]*(?:let[ \t]us[ \t]know|tell[ \t]us|share[ \t]your[ \t]thoughts|leave[ \t]a"
            r"[ \t]comment)[^\n]{0,80})?"
            r"|(?:let[ \t]us[ \t]know|tell[ \t]us)(?:[ \t]what[ \t]you[ \t]think)?[ \t]in[ \t]the[ \t]comments(?:[ \t](?:below"
            r"|section))?[^\n]{0,40}"
            r"|would[ \t]you[ \t]like[ \t]to[ \t]comment[ \t]on[ \t]this[ \t](?:article|story)\??"
            r"|comments[ \t](?:are|will[ \t]be)[ \t](?:subject[ \t]to|moderated)[^\n]{0,200}"
            r"|please[ \t]read[ \t]our[ \t]comment(?:ing)?[ \t](?:policy|guidelines|rules)[^\n]{0,80}"
            r"|sort[ \t](?:replies|comments)(?:[ \t]by[^\n]{0,30})?|sort[ \t]by[ \t]*:?[ \t]*(?:newest|oldest|best|top|popular)[^\n]{0,30}"
            r"|want[ \t]to[ \t]join[ \t]the[ \t](?:discussion|conversation)\??|feel[ \t]free[ \t]to[ \t]contribute!?"
            r"|tell[ \t]us[ \t]what[ \t](?:you|YOU)[ \t]think(?:\.\.\.|…)?|have[ \t]your[ \t]say(?:[ \t][^\n]{0,60})?"
            r"|add[ \t]your[ \t]comment|log[ \t]in[ \t]to[ \t](?:comment|reply)|cancel[ \t]reply|post[ \t]comment(?:[ \t]*\(\+\))?"
            r"|submit(?:[ \t]comment)?|(?:comment|name|e-?mail|website)[ \t]*\*|reply(?:[ \t]*[↓→])?|report(?:[ \t]abuse)?"
            r"|(?:load|view|show|see)[ \t]more[ \t](?:comments|replies)|read[ \t]all[ \t]comments|\(view[ \t]all\)"
            r"|\d{1,5}[ \t](?:likes?|replies|dislikes)|(?:newest|oldest|best|top|popular)(?:[ \t]*[|·][ \t]*(?:newest|oldest|best"
            r"|top|popular|most[ \t]liked|most[ \t]replied)){1,5}"
            r"|暂无评论|还没有评论[^\n]{0,20}|快来抢沙发[^\n]{0,10}|(?:登录|登入)后(?:才能)?(?:发表)?评论[^\n]{0,20}|说两句|写评论"
            r"|已有"
            + _NUM
            + r"人参与[^\n]{0,20}|"
            + _NUM
            + r"人参与[^\n]{0,20}|查看(?:全部|更多)评论|我要评论"
        ),
        description=(
            "A comment prompt line at the tail (Be the first to comment, Comments are closed., Share your thoughts, "
            "What do you think? Let us know in the comments below., Sort replies, 暂无评论)."
        ),
        where=Where.TAIL,
        within=12,
        max_chars=160,
        examples=(
            "We need your insight to fill this gap",
            "Be the first to comment",
            "No comments yet. Be the first to comment!",
            "Comments are closed.",
            "Loading comments...",
            "Join the conversation",
            "Share your thoughts",
            "What do you think? Let us know in the comments below.",
            "Would you like to comment on this article?",
            "Please read our Comment Policy before commenting.",
            "Sort replies",
            "Want to join the discussion?",
            "Feel free to contribute!",
            "Tell us what YOU think...",
            "Comments are subject to our community guidelines, which can be viewed here.",
            "暂无评论",
            "说两句",
            "Leave a comment",
        ),
        counterexamples=(
            "Radchenko commented.",
            "The company declined to comment on the report.",
            "What do you think happens next? the minister asked the committee.",
            "Report cards were mailed to parents on Friday.",
        ),
        languages=("en", "zh"),
    ),
)
