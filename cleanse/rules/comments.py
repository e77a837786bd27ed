"""Comment prompts and comment sections.

Order is priority: the first rule that matches a unit names the removal.
"""

from __future__ import annotations

from .base import Rule, Scope, Where

_NUM = r"\d{1,3}(?:[,.]\d{3})*"
#: A count written out: one, two ... ten.
_WORD_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,5})"

_RULES: tuple[Rule, ...] = (
    Rule(
        id="comments.section",
        category="comments",
        pattern=(
            # 'Comment:' alone is a label a story uses ('Comment:' then the writer's view), not a heading.
            r"(?!comment[ \t\xa0]*[:：][ \t\xa0]*\Z)"
            r"[\[(]?[ \t\xa0]*(?:"
            + _NUM
            + r"[ \t\xa0])?(?:(?:reader|readers['’]?|user|top(?:[ \t\xa0]rated)?|latest|recent|all|most"
            r"[ \t\xa0]recent|newest|featured|member)[ \t\xa0])?comments?(?:[ \t\xa0]*[:：])?(?:[ \t\xa0]*[(\[]"
            + _NUM
            + r"[)\]])?(?:[ \t\xa0]*[:：])?"
            r"(?:[ \t\xa0]*[|·-]?[ \t\xa0]*" + _NUM + r")?(?:[ \t\xa0]*\(\+\))?[ \t\xa0]*[\])]?"
            r"|view[ \t\xa0]the[ \t\xa0]discussion[ \t\xa0]thread"
            # a share's message board under an exchange announcement: 'Acme Mining Share Chat', 'Posts (12)'
            r"|(?:[\w&.'’-]{1,30}[ \t\xa0]){0,5}share[ \t\xa0]chat|posts[ \t\xa0]*\(" + _NUM + r"\)"
            r"|(?:(?:disclaimer|terms|privacy)[ \t\xa0]*(?:&|and)[ \t\xa0]*)?comment(?:ing)?[ \t\xa0](?:guidelines|policy|rules)(?:[ \t\xa0]*\([^\n()]{1,40}\))?"
            r"|[\[(]?[ \t\xa0]*(?:view|show|read|see|load|display|open)[ \t\xa0](?:all[ \t\xa0]|the[ \t\xa0])?(?:"
            + _NUM
            + r"[ \t\xa0])?(?:comments|replies|responses)(?:[ \t\xa0]*\("
            + _NUM
            + r"\))?[ \t\xa0]*[\])]?"
            r"|"
            + _WORD_NUM
            + r"[ \t\xa0](?:thoughts?|responses?|repl(?:y|ies)|comments?)[ \t\xa0](?:on|to)[ \t\xa0]*[“\"'‘«„][^\n]{1,160}"
            r"|leave[ \t\xa0]a[ \t\xa0]reply(?:[ \t\xa0]*(?:cancel[ \t\xa0]reply|to[ \t\xa0][^\n]{1,80}))?"
            r"|comment[ \t\xa0]on[ \t\xa0]this[ \t\xa0](?:story|article|post)"
            r"|join[ \t\xa0](?:the[ \t\xa0])?discussion|(?:reader|user)[ \t\xa0](?:comments|reactions|discussion)|conversation[ \t\xa0]*\("
            + _NUM
            + r"\)"
            r"|comentários|comentarios|kommentare|commentaires|commenti|комментарии|reacties|yorumlar|komentarze"
            r"|tinggalkan[ \t\xa0](?:balasan|komentar)|deixe[ \t\xa0](?:um[ \t\xa0]comentário|uma[ \t\xa0]resposta)|deja[ \t\xa0]un[ \t\xa0]comentario"
            r"|deja[ \t\xa0]una[ \t\xa0]respuesta|schreibe[ \t\xa0]einen[ \t\xa0]kommentar|laisser[ \t\xa0]un[ \t\xa0]commentaire|lascia[ \t\xa0]un[ \t\xa0]commento"
            r"|(?:网友|最新|热门|全部|精彩|读者|網友|熱門|讀者)?(?:评论|評論)(?:区|區)?(?:[（(]?"
            + _NUM
            + r"[)）]?)?"
            r"|"
            + _NUM
            + r"[ \t\xa0]?(?:条|條)(?:评论|評論)|跟[贴帖](?:[ \t\xa0]*[（(]?"
            + _NUM
            + r"[)）]?)?(?:[ \t\xa0]+(?:参与|參與)[ \t\xa0]*\d{1,9}"
            + r")?|发表评论|發表評論|我要评论|我要評論|(?:发布|發佈|發布|发表|發表|我要)留言"
            # a thread's sort tabs: 按热度 按时间, 按讚數｜按時間
            + r"|按(?:热度|熱度|时间|時間|赞数|讚數|贊數|点赞|點讚)(?:[ \t\xa0\u3000]*[|｜/·•]?[ \t\xa0\u3000]*按(?:热度|熱度|时间|時間|赞数|讚數|贊數|点赞|點讚)){1,3}"
            r"|查看(?:全部|更多)评论|留言(?:板|区)?"
            # a portal's count heading: 网友评论 共 38 条
            + r"|(?:网友|網友|全部|读者|讀者)?(?:评论|評論)[ \t\xa0]*共[ \t\xa0]*" + _NUM + r"[ \t\xa0]*(?:条|條)"
            # ... and how many took part: 网友评论（已有2人参与）, 讀者留言（已有15則）
            + r"|(?:网友|網友|全部|读者|讀者)?(?:评论|評論|留言)[ \t\xa0]*[（(][ \t\xa0]*(?:已有|共有|共)[ \t\xa0]*" + _NUM
            + r"[ \t\xa0]*(?:人|条|條|则|則)(?:参与|參與|评论|評論|留言)?[ \t\xa0]*[)）]"
            + r"|(?:voir|afficher|lire)[ \t\xa0](?:les[ \t\xa0])?\d{1,6}[ \t\xa0]commentaires?|(?:ver|mostrar|leer)[ \t\xa0](?:los[ \t\xa0]|os[ \t\xa0])?\d{1,6}[ \t\xa0]coment[aá]rios?|(?:alle[ \t\xa0])?\d{1,6}[ \t\xa0]kommentare(?:[ \t\xa0]anzeigen)?|(?:mostra|vedi)[ \t\xa0](?:i[ \t\xa0])?\d{1,6}[ \t\xa0]commenti|(?:commentaires|comentarios|comentários|kommentare|commenti|reacties|komentarze|komentar|kommentarer|yorumlar|комментарии|bình[ \t\xa0]luận|コメント|댓글)[ \t\xa0]*[(（]?\d{1,6}[)）]?(?:件|개)?|forum:[ \t\xa0]*\d{1,6}[ \t\xa0]postings?(?:[ \t\xa0]*[–—-][ \t\xa0]*[^\n]{1,40})?"
            + r"|\d{1,6}[ \t\xa0](?:commentaires?|comentarios?|comentários?|kommentare?|commenti|reacties|postings?|reacciones|leserkommentare)|postings[ \t\xa0]*\d{1,6}"
            + r"|ask[ \t\xa0]a[ \t\xa0]question(?:[ \t\xa0](?:about|on)[ \t\xa0][^\n?]{1,60})?|" + _NUM + r"[ \t\xa0](?:responses|replies|answers)|discussion[ \t\xa0]about[ \t\xa0]this[ \t\xa0](?:post|article|story)"
            + r"|diskussion[ \t\xa0]*\(\d{1,6}\)|\d{1,6}[ \t\xa0](?:réponses|respuestas|risposte|respostas)"
            + r"|comments?[ \t\xa0]*\("
            + _NUM
            + r"\)[ \t\xa0]*(?:closed|open)"
            + r"|(?:全部|热门|熱門|最新|精彩)(?:讨论|討論)(?:[ \t\xa0]*[（(]?" + _NUM + r"[)）]?)?|(?:讨论|討論)(?:区|區)(?:[ \t\xa0]*[（(]?" + _NUM + r"[)）]?)?"
            + r"|(?:messages|réactions|commentaires|avis)[ \t\xa0]des[ \t\xa0](?:internautes|lecteurs|membres)(?:[ \t\xa0]*[(\[]" + _NUM + r"[)\]])?"
            + r"|(?:網友|网友|讀者|读者)?(?:留言|迴響|回响)[ \t\xa0]*[（(]?" + _NUM + r"[)）]?"
            + r"|(?-i:[A-Z][\w.'’-]{0,30}(?:[ \t\xa0][A-Z][\w.'’-]{0,30}){0,3})[ \t\xa0]+on[ \t\xa0]+(?:\d{1,2}[ \t\xa0][A-Za-z]{3,9}\.?,?[ \t\xa0]\d{4}|[A-Za-z]{3,9}\.?[ \t\xa0]\d{1,2}(?:st|nd|rd|th)?,?[ \t\xa0]\d{4})"
            r"(?:,?[ \t\xa0](?:at[ \t\xa0])?\d{1,2}[:.]\d{2}(?:[ \t\xa0]?[ap]\.?m\.?)?)?[ \t\xa0]+(?:said|says|wrote|writes)[ \t\xa0]*:"
            + r"|(?:网友|最新|热门|全部|精彩|读者|網友|熱門|讀者)?(?:评论|評論)(?:区|區)?[ \t\xa0]+[（(]?" + _NUM + r"[)）]?"
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
            '網友留言 12',
            'Réactions des internautes (12)',
            'Comments (27) Closed',
            '全部讨论(128)',
            '熱門討論',
            '讨论区',
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
            "网友评论 共 52 条",
            "网友评论（已有15人参与）",
            "讀者留言（共有8則）",
            "網友評論 共12條",
            "发表评论",
            "3 Comments (+)",
            "[ 167 comments ]",
            "View the discussion thread.",
            "Halden Copper Share Chat",
            "Posts (17)",
            "Comment Guidelines (1000 Characters Max)",
            "Comments: (14)",
            "Disclaimer & comment rules",
            "Voir les 52 commentaires",
            "Commentaires (14)",
            "Commentaires 2",
            "コメント392件",
            "Forum: 87 Postings – Hier mitdiskutieren",
            '12 commentaires',
            '87 Postings',
            'Postings 87',
            '5 comentarios',
            "Ask a question",
            "Ask a question about Tallow Invest",
            "14 Responses",
            "Discussion about this post",
            'Diskussion (12)',
            '3 réponses',
            'Mark Oduya on March 3 2025 said:',
            'Jeff Sayers on 4 March 2025 at 9:12 am said:',
            '全部评论 128',
            'Komentarze (41)',
            'Yorumlar (12)',
            'Bình luận (5)',
            '熱門評論 (7)',
            '發佈留言',
            '按热度 按时间',
            '按讚數｜按時間',
        ),
        counterexamples=(
            "网友评论（已有上千人参与）显示，多数受访者支持延迟退休弹性机制。",
            "Les messages des internautes ont afflué après l'annonce, selon la banque.",
            '全部讨论结束后，董事会以7票赞成通过了该议案。',
            '按热度和按时间排序的两种榜单，结果差别很大。',
            "Comments from the chairman moved the market.",
            "Radchenko commented.",
            "Three thoughts on the rate decision stood out, analysts said.",
            "评论人士认为，这一政策将提振市场信心。",
            "Ask a question, any question, and the chatbot answers in seconds.",
            "Discussion about this post dominated the forum for a week, moderators said.",
            "Comment guidelines for the draft rule run to 40 pages.",
            "Comments: (1) the fee is too high; (2) the deadline is too short.",
            'Comment:',
            'Lagarde on March 3, 2025 said: “We are not pre-committing to any rate path.”',
        ),
        languages=("en", "zh", "pt", "es", "de", "fr", "it", "ru", "id", "nl", "ja", "ko"),
    ),
    Rule(
        id="comments.head-button",
        category="comments",
        pattern=(
            r"[\[(]?[ \t\xa0]*(?:(?:view|show|read|see|jump[ \t\xa0]to|go[ \t\xa0]to)[ \t\xa0](?:all[ \t\xa0]|the[ \t\xa0])?(?:"
            + _NUM
            + r"[ \t\xa0])?comments?(?:[ \t\xa0]*\("
            + _NUM
            + r"\))?|"
            + _NUM
            + r"[ \t\xa0]comments?)[ \t\xa0]*[\])]?"
        ),
        description="A comment button or count at the head, before the story (View comments, 12 comments, Jump to comments).",
        where=Where.HEAD,
        within=6,
        max_chars=40,
        examples=("Jump to comments", "Go to comments (14)"),
        counterexamples=("View comments from the governor suggested rates would stay high.",),
    ),
    Rule(
        id="comments.widget",
        category="comments",
        pattern=(
            r"(?:跟贴|跟帖|评论|評論|写评论|寫評論)(?:[ \t\xa0]*\d[\d,]*)?[ \t\xa0]+(?:已有[ \t\xa0]*\d[\d,]*[ \t\xa0]*条(?:评论|跟贴|跟帖)|文明上网[^\n]{0,60})"
            r"|(?:please[ \t\xa0])?enable[ \t\xa0]javascript[ \t\xa0]to[ \t\xa0]view[ \t\xa0]the[ \t\xa0](?:comments[ \t\xa0]powered[ \t\xa0]by[ \t\xa0]disqus|comments)"
            r"|(?:blog[ \t\xa0])?comments[ \t\xa0]powered[ \t\xa0]by[ \t\xa0]disqus|to[ \t\xa0]comment,?[ \t\xa0]first[ \t\xa0]opt[ \t\xa0]in[ \t\xa0]to[ \t\xa0]disqus"
            r"|your[ \t\xa0]e-?mail(?:[ \t\xa0]address)?[ \t\xa0]will[ \t\xa0]not[ \t\xa0]be[ \t\xa0]published\.?(?:[ \t\xa0]*required[ \t\xa0]fields[ \t\xa0]are"
            r"[ \t\xa0]marked[ \t\xa0]*\*?)?|required[ \t\xa0]fields[ \t\xa0]are[ \t\xa0]marked[ \t\xa0]*\*?"
            r"|save[ \t\xa0]my[ \t\xa0]name,?[ \t\xa0]e-?mail,?[ \t\xa0]and[ \t\xa0]website[ \t\xa0]in[ \t\xa0]this[ \t\xa0]browser[ \t\xa0]for[ \t\xa0]the[ \t\xa0]next[ \t\xa0]time"
            r"[ \t\xa0]i[ \t\xa0]comment"
            r"|notify[ \t\xa0]me[ \t\xa0]of[ \t\xa0](?:follow-?up[ \t\xa0]comments|new[ \t\xa0](?:posts|comments)|replies)[ \t\xa0](?:by|via)[ \t\xa0]e-?mail"
            r"|this[ \t\xa0]site[ \t\xa0]uses[ \t\xa0]akismet[ \t\xa0]to[ \t\xa0]reduce[ \t\xa0]spam\.?[^\n]{0,80}"
            r"|(?:you[ \t\xa0]must|please)[ \t\xa0](?:be[ \t\xa0])?(?:log(?:ged)?[ \t\xa0]in|sign(?:ed)?[ \t\xa0]in|register(?:ed)?)[ \t\xa0]to[ \t\xa0]"
            r"(?:post[ \t\xa0]a[ \t\xa0])?(?:comment|reply|join[ \t\xa0]the[ \t\xa0]discussion)[^\n]{0,40}"
            r"|by[ \t\xa0]submitting[ \t\xa0](?:this[ \t\xa0]form|a[ \t\xa0]comment|your[ \t\xa0]comment)[ \t\xa0]you[ \t\xa0](?:agree|consent)[^\n]{0,250}"
            r"|(?:转发|轉發|评论|評論|赞|讚|点赞|點讚|收藏|分享|举报|舉報)[ \t\xa0]*\d{0,7}(?:[ \t\xa0]+(?:转发|轉發|评论|評論|赞|讚|点赞|點讚|收藏|分享|举报|舉報)[ \t\xa0]*\d{0,7}){1,5}"
            # a Q&A site's action bar, its words run together once the zero-width spaces go: 赞同 1.2万 86 条评论 分享 喜欢 收藏 申请转载
            r"|(?:赞同|贊同)[ \t\xa0]*[\d.,]{0,9}(?:万|萬|[kK])?[ \t\xa0]*(?:[\d,]{1,9}[ \t\xa0]*(?:条|條)(?:评论|評論)|(?:添加)?(?:评论|評論))"
            r"(?:[ \t\xa0]*(?:分享|喜欢|喜歡|收藏|申请转载|申請轉載|举报|舉報|感谢|感謝|设置|設置)){1,6}"
            r"|网友评论仅供其表达个人看法[^\n]{0,60}|(?:请)?文明上网[^\n]{0,20}|理性发言[^\n]{0,20}|评论仅代表网友个人观点[^\n]{0,40}"
            + r"|(?:赞同来自|贊同來自)[ \t\xa0]*[:：][^\n]{1,120}|(?:添加评论|添加評論)(?:[ \t\xa0]*[•·|｜][ \t\xa0]*(?:分享|收藏|举报|舉報|回复|回覆|感谢|感謝))*|要(?:回复|回覆|评论|評論|发言|發言|参与讨论|參與討論)[^\n]{0,10}?(?:请|請)?先(?:登录|登錄)[^\n]{0,10}"
            + r"|(?:很抱歉|抱歉)[，,]?[ \t\xa0]*(?:您)?(?:必須|必须|需要|需|請|请)(?:先)?(?:登入|登录|登錄|登陸|登陆)[^\n]{0,12}?(?:才能|方可|後|后)[^\n]{0,4}?(?:留言|评论|評論|回复|回覆)[。.！!]?"
            # a comment's meta line: 5-14 21:30 来自 北京　回复　赞 356, 05-13 · IP 属地北京 回复 41
            + r"|(?:\d{4}-)?\d{1,2}-\d{1,2}(?:[ \t\xa0\u3000]+\d{1,2}:\d{2})?(?:[ \t\xa0\u3000]*[·•][ \t\xa0\u3000]*|[ \t\xa0\u3000]+)(?:(?:来自|來自)[ \t\xa0\u3000]*[\u4e00-\u9fff]{2,8}|IP[ \t\xa0]?(?:属地|屬地)[ \t\xa0\u3000]*[\u4e00-\u9fff]{2,8})(?:[ \t\xa0\u3000]+(?:回复|回覆|赞|讚|举报|舉報)(?:[ \t\xa0\u3000]*\d{1,7})?){1,4}"
            + r"|(?:写下|寫下|说说|說說|发表|發表)(?:你|您)的(?:评论|評論|看法|观点|觀點)[…\.。!！]*|(?:暂无|暫無)(?:评论|評論)[，,]?(?:快来|快來)?(?:抢沙发|搶沙發)[^\n]{0,10}"
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
            "写评论  已有0条评论",
            "赞同来自: 饭票哥 、小小投资人 、ycat",
            "添加评论 • 分享",
            "要回复问题请先登录或注册",
            "写下你的评论…",
            "赞同 1.2万 86 条评论 分享 喜欢 收藏 申请转载",
            "赞同 4518 条评论分享喜欢收藏",
            "暂无评论，快来抢沙发吧",
            "很抱歉，必須登入網站才能發佈留言。",
            "抱歉，您需要先登录后才能评论",
            "6-02 09:15 来自 广东　回复　赞 42",
            "05-21 · IP 属地江苏 回复 17",
        ),
        counterexamples=(
            "Your email address will be shared with advertisers, the lawsuit alleges.",
            "Required fields in the filing were left blank, the regulator said.",
            "5-14 21:30 来自北京的消息称，该车企回复称将推出价保政策。",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="comments.prompt",
        category="comments",
        pattern=(
            r"(?:leave|post|add|write)[ \t\xa0](?:a|your)[ \t\xa0](?:comment|reply)"
            r"|(?:【[^】\n]{1,10}】[ \t\xa0]*)?(?:欢迎|歡迎)(?:在评论区|在評論區|在留言區|在留言区)?(?:留言|评论|評論)[^\n]{0,40}"
            r"|there[ \t\xa0]are[ \t\xa0]no[ \t\xa0]comments[ \t\xa0]yet\.?(?:[ \t\xa0]+(?:add|leave|post|write)[ \t\xa0](?:your|a)[ \t\xa0]comment[^\n]{0,60})?"
            r"|how[ \t\xa0](?:does|did)[ \t\xa0]this[ \t\xa0](?:(?:story|article|post)[ \t\xa0])?make[ \t\xa0]you[ \t\xa0]feel\?|what(?:['’]s|[ \t\xa0]is)[ \t\xa0]your[ \t\xa0]reaction\?"
            r"|be[ \t\xa0]the[ \t\xa0]first[ \t\xa0]to[ \t\xa0](?:comment|reply|review)(?:[ \t\xa0]on[ \t\xa0]this[ \t\xa0](?:article|story|post))?"
            r"|no[ \t\xa0](?:comments|replies)(?:[ \t\xa0]yet)?(?:\.[ \t\xa0]*be[ \t\xa0]the[ \t\xa0]first[ \t\xa0]to[ \t\xa0]comment!?)?"
            r"|we[ \t\xa0]need[ \t\xa0]your[ \t\xa0]insight[ \t\xa0]to[ \t\xa0]fill[ \t\xa0]this[ \t\xa0]gap"
            r"|comments[ \t\xa0](?:are|have[ \t\xa0]been)[ \t\xa0](?:closed|disabled|turned[ \t\xa0]off)(?:[ \t\xa0]for[ \t\xa0]this[ \t\xa0](?:article|story|post))?"
            r"|loading[ \t\xa0]comments(?:\.\.\.|…)?|join[ \t\xa0]the[ \t\xa0](?:conversation|discussion)(?:[ \t\xa0]*[:»›>])?"
            r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)join[ \t\xa0]the[ \t\xa0](?:conversation|discussion)[ \t\xa0]*[:.!–—-][ \t\xa0]*(?:see|read|find[ \t\xa0]out)[ \t\xa0]what[ \t\xa0][^\n]{1,60}?[ \t\xa0](?:are|have[ \t\xa0]been)[ \t\xa0](?:saying|posting|discussing)[^\n]{0,160}"
            r"|(?:register|sign[ \t\xa0]up)[ \t\xa0](?:or|and)[ \t\xa0](?:log[ \t\xa0]?in|sign[ \t\xa0]in)[ \t\xa0]to[ \t\xa0](?:post[ \t\xa0](?:a[ \t\xa0])?comments?|comment|reply)"
            r"|(?:log[ \t\xa0]?in|sign[ \t\xa0]in)[ \t\xa0](?:or|and)[ \t\xa0](?:register|sign[ \t\xa0]up)[ \t\xa0]to[ \t\xa0](?:post[ \t\xa0](?:a[ \t\xa0])?comments?|comment|reply)"
            r"|share[ \t\xa0]your[ \t\xa0](?:thoughts|views|opinion|comments)(?:[ \t\xa0]*[:!.])?(?:[ \t\xa0][^\n]{0,60})?"
            r"|what[ \t\xa0]do[ \t\xa0]you[ \t\xa0]think(?:[ \t\xa0]about[^\n?]{1,80}\?(?=[ \t\xa0]*[A-Za-z]))?\??(?:[ \t\xa0]*(?:let[ \t\xa0]us[ \t\xa0]know|tell[ \t\xa0]us|share[ \t\xa0]your[ \t\xa0]thoughts|leave[ \t\xa0]a"
            r"[ \t\xa0]comment|we['’]d[ \t\xa0]love[ \t\xa0]to[ \t\xa0]hear[ \t\xa0]from[ \t\xa0]you|join[ \t\xa0]the[ \t\xa0](?:conversation|discussion))[^\n]{0,160})?"
            r"|(?:let[ \t\xa0]us[ \t\xa0]know|tell[ \t\xa0]us)(?:[ \t\xa0]what[ \t\xa0]you[ \t\xa0]think)?[ \t\xa0]in[ \t\xa0]the[ \t\xa0]comments(?:[ \t\xa0](?:below"
            r"|section))?[^\n]{0,40}"
            r"|would[ \t\xa0]you[ \t\xa0]like[ \t\xa0]to[ \t\xa0]comment[ \t\xa0]on[ \t\xa0]this[ \t\xa0](?:article|story)\??"
            r"|comments[ \t\xa0](?:are|will[ \t\xa0]be)[ \t\xa0](?:subject[ \t\xa0]to|moderated)[^\n]{0,400}"
            r"|please[ \t\xa0]read[ \t\xa0]our[ \t\xa0]comment(?:ing)?[ \t\xa0](?:policy|guidelines|rules)[^\n]{0,80}"
            r"|sort[ \t\xa0](?:replies|comments)(?:[ \t\xa0]by[^\n]{0,30})?|sort[ \t\xa0]by[ \t\xa0]*:?[ \t\xa0]*(?:newest|oldest|best|top|popular)[^\n]{0,30}"
            r"|want[ \t\xa0]to[ \t\xa0]join[ \t\xa0]the[ \t\xa0](?:discussion|conversation)\??|feel[ \t\xa0]free[ \t\xa0]to[ \t\xa0]contribute!?"
            r"|tell[ \t\xa0]us[ \t\xa0]what[ \t\xa0](?:you|YOU)[ \t\xa0]think(?:\.\.\.|…)?|have[ \t\xa0]your[ \t\xa0]say(?:[ \t\xa0][^\n]{0,60})?"
            r"|add[ \t\xa0]your[ \t\xa0]comment|log[ \t\xa0]in[ \t\xa0]to[ \t\xa0](?:comment|reply)|cancel[ \t\xa0]reply|post[ \t\xa0]comment(?:[ \t\xa0]*\(\+\))?"
            r"|submit(?:[ \t\xa0]comment)?|(?:comment|name|e-?mail|website)[ \t\xa0]*\*|reply(?:[ \t\xa0]*[↓→])?|report(?:[ \t\xa0]abuse)?"
            r"|(?:load|view|show|see)[ \t\xa0]more[ \t\xa0](?:comments|replies)|read[ \t\xa0]all[ \t\xa0]comments|\(view[ \t\xa0]all\)"
            r"|\d{1,5}[ \t\xa0](?:likes?|replies|dislikes)|(?:newest|oldest|best|top|popular)(?:[ \t\xa0]*[|·][ \t\xa0]*(?:newest|oldest|best"
            r"|top|popular|most[ \t\xa0]liked|most[ \t\xa0]replied)){1,5}"
            r"|(?:[【\[][^\n】\]]{1,12}[】\]][^\n]{0,60}?|[^\n]{0,40}?(?:你|您)[^\n]{0,30}?[？?][ \t\xa0]*)(?:立即|马上|馬上|快來|快来|立刻)(?:投票|參與投票|参与投票)[！!。]?"
            r"|the[ \t\xa0]comments[ \t\xa0](?:below|on[ \t\xa0]this[ \t\xa0](?:article|story|page))[ \t\xa0](?:have[ \t\xa0]not[ \t\xa0]been|are[ \t\xa0]not)[ \t\xa0](?:moderated|checked)[^\n]{0,80}"
            r"|参与互动|參與互動|我要评论|我要評論|评论[（(]\d{1,6}[)）]|評論[（(]\d{1,6}[)）]|查看全部(?:跟贴|跟帖|评论|評論)|热门跟贴|热门跟帖|热门评论|熱門評論"
            r"|暂无评论|还没有评论[^\n]{0,20}|快来抢沙发[^\n]{0,10}|(?:登录|登入)后(?:才能)?(?:发表)?评论[^\n]{0,20}|说两句|写评论"
            r"|已有"
            + _NUM
            + r"人参与[^\n]{0,20}|"
            + _NUM
            + r"人参与[^\n]{0,20}|查看(?:全部|更多)(?:评论|評論)(?:[ \t\xa0]*[>›»＞])?"
            # comments reserved for subscribers: 评论仅限订户发表。
            + r"|(?:评论|評論|留言)(?:功能)?(?:仅限|僅限|只限|仅对|僅對|只对|只對)(?:付费|付費)?(?:订户|訂戶|会员|會員|注册用户|註冊用戶)(?:发表|發表|使用|参与|參與|开放|開放)?"
            + r"|vous[ \t\xa0]devez[ \t\xa0]être[ \t\xa0](?:membre|connecté|inscrit|abonné)e?[^\n]{0,60}commentaire[^\n]{0,20}|(?:hier|jetzt)[ \t\xa0]mitdiskutieren|(?:deja|escribe)[ \t\xa0]tu[ \t\xa0]comentario[^\n]{0,40}|(?:deixe|escreva)[ \t\xa0](?:o[ \t\xa0]seu|seu|um)[ \t\xa0]comentário[^\n]{0,40}|lascia[ \t\xa0]un[ \t\xa0]commento[^\n]{0,40}|(?:schreiben|verfassen)[ \t\xa0]sie[ \t\xa0]einen[ \t\xa0]kommentar[^\n]{0,40}|コメントを(?:書く|投稿する|する)|댓글[ \t\xa0]?(?:쓰기|달기)"
            + r"|本(?:话题|話題|文|帖)在[^\n，,]{1,10}共有\d{1,7}条(?:讨论|討論|评论|評論|回复|回覆)[^\n]{0,20}"
            + r"|[^\n]{0,40}?is[ \t\xa0]committed[ \t\xa0]to[ \t\xa0]maintaining[ \t\xa0]a[ \t\xa0][^\n]{0,40}?forum[^\n]{0,400}|please[ \t\xa0]keep[ \t\xa0](?:your[ \t\xa0])?comments[ \t\xa0](?:relevant|civil|respectful|on[ \t\xa0]topic)[^\n]{0,300}"
            + r"|[^\n]{0,20}?我来说两句[^\n]{0,30}|(?:发表评论|發表評論|网友评论|網友評論)?[ \t\xa0]*已有\d{1,7}(?:条|條|人)(?:评论|評論|参与|參與|留言)[^\n]{0,10}|(?:网友评论|網友評論)?[ \t\xa0]*(?:请您|請您|请|請)?文明上网[^\n]{0,80}|(?:留言|评论|評論)总数[：:]?[ \t\xa0]*\d{1,7}[^\n]{0,10}|(?:读者|讀者)(?:迴響|回响|回響|留言)|看全文[ \t\xa0]+想说就说|想说就说"
            + r"|bitte[ \t\xa0](?:loggen[ \t\xa0]sie[ \t\xa0]sich[ \t\xa0]ein|melden[ \t\xa0]sie[ \t\xa0]sich[ \t\xa0]an)[^\n]{0,20}?(?:posten|kommentieren|mitzudiskutieren|mitdiskutieren)[^\n]{0,20}"
            + r"|(?:connectez-vous|identifiez-vous|inicia[ \t\xa0]sesi[óo]n|accedi|fa[çc]a[ \t\xa0]login|log[ \t\xa0]in)[^\n]{0,30}?(?:commenter|réagir|comentar|commentare|reageren)[^\n]{0,20}"
            + r"|only[ \t\xa0](?:subscribers|members|registered[ \t\xa0](?:users|readers))[ \t\xa0](?:can|may)[ \t\xa0](?:comment|post[ \t\xa0]comments|reply)(?:[ \t\xa0]on[ \t\xa0]th(?:is|e)[ \t\xa0](?:article|story|post))?|reply[ \t\xa0]to[ \t\xa0](?:this[ \t\xa0])?comment"
            + r"|melden[ \t\xa0]sie[ \t\xa0]sich[ \t\xa0]an,?[ \t\xa0]um[ \t\xa0]zu[ \t\xa0](?:kommentieren|posten|diskutieren)[^\n]{0,20}|per[ \t\xa0]commentare[ \t\xa0](?:devi|è[ \t\xa0]necessario)[^\n]{0,80}"
            + r"|dieses[ \t\xa0]forum[ \t\xa0]ist[ \t\xa0]geschlossen\.?|les[ \t\xa0]commentaires[ \t\xa0]sont[ \t\xa0]fermés\.?|los[ \t\xa0]comentarios[ \t\xa0]están[ \t\xa0]cerrados\.?|i[ \t\xa0]commenti[ \t\xa0]sono[ \t\xa0]chiusi\.?|os[ \t\xa0]coment[áa]rios[ \t\xa0]est[ãa]o[ \t\xa0]fechados\.?"
            + r"|recommend[ \t\xa0]*\d{1,6}"
            + r"|(?:comments[ \t\xa0]*[-–—:][ \t\xa0]*)?please[ \t\xa0](?:log[ \t\xa0]?in|sign[ \t\xa0]?in|register|subscribe)(?:[ \t\xa0]in[ \t\xa0]order)?[ \t\xa0]to[ \t\xa0](?:comment|post[ \t\xa0]a[ \t\xa0]comment|reply|join[ \t\xa0]the[ \t\xa0](?:discussion|conversation))"
            + r"|we[ \t\xa0]welcome[ \t\xa0](?:your[ \t\xa0])?comments(?:[ \t\xa0]below)?\.?(?:[ \t\xa0]+if[ \t\xa0]you[ \t\xa0]are[ \t\xa0]not[ \t\xa0](?:already[ \t\xa0])?registered[^\n]{0,100})?"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)(?:remember[ \t\xa0])?we[ \t\xa0]welcome[ \t\xa0](?:robust|respectful|lively|constructive|civil)[^\n]{0,60}?(?:debate|discussion|comments)[^\n]{0,300}"
            + r"|join[ \t\xa0]our[ \t\xa0]commenting[ \t\xa0](?:forum|community)|join[ \t\xa0]thought-provoking[ \t\xa0]conversations[^\n]{0,160}|click[ \t\xa0]to[ \t\xa0]rate|share[ \t\xa0]what[ \t\xa0]you[ \t\xa0]think(?:[ \t\xa0]*[:!.])?"
            + r"|we['’]d[ \t\xa0]love[ \t\xa0]to[ \t\xa0]hear[ \t\xa0](?:from[ \t\xa0]you|your[ \t\xa0](?:thoughts|views))(?:[ \t\xa0]*[,.!;:—–-][ \t\xa0]*[^\n]{0,140})?"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:(?:generated|written|posted|submitted)[ \t\xa0]by[ \t\xa0](?:our[ \t\xa0])?readers,[ \t\xa0])?(?:the[ \t\xa0])?(?:reader[ \t\xa0])?comments[ \t\xa0](?:included[ \t\xa0]herein|below|posted[ \t\xa0](?:here|below)|on[ \t\xa0]this[ \t\xa0](?:site|page|article|story))[ \t\xa0](?:do[ \t\xa0]not|don['’]t)[ \t\xa0](?:necessarily[ \t\xa0])?(?:reflect|represent)[^\n]{0,400}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:the[ \t\xa0])?[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}[ \t\xa0](?:network|community|forum|club)[ \t\xa0]is[ \t\xa0]an?[ \t\xa0](?:new[ \t\xa0]|free[ \t\xa0]|online[ \t\xa0])?(?:social[ \t\xa0]experience|community|place|space|forum|platform)[ \t\xa0](?:created|built|designed|made)[ \t\xa0]for[ \t\xa0](?:you|readers|members|professionals)[^\n]{0,300}"
            + r"|(?:请|請)?(?:先)?(?:登录|登入|登錄)[^\n，,。]{0,12}?[ \t\xa0，,]*(?:即可|才能|后|後|以)?[ \t\xa0]*(?:参与|參與|发表|發表)?(?:留言|评论|評論|讨论|討論)(?:[ \t\xa0]*[！!。.~～])?"
            + r"|(?:请|請)(?:遵守|遵循)[^\n，,。]{0,10}?(?:言论|言論|留言|评论|評論)(?:规范|規範|规则|規則|守则|守則|政策)(?:[，,、。！!；;][^\n]{0,80})?"
            + r"|(?:请|請)(?:遵守|遵循)[^\n。]{0,30}?(?:理性发言|理性發言|文明留言|文明发言|文明發言|文明上网|文明上網)[^\n]{0,40}"
            + r"|(?:请|請)(?:文明|理性)(?:留言|发言|發言|评论|評論)[^\n]{0,60}|(?:留言|评论|評論|发言|發言|回复|回覆)前(?:请|請)?先(?:登录|登入|登錄|注册|註冊)[^\n]{0,10}"
            + r"|(?:网友|網友|读者|讀者)?(?:留言|评论|評論)(?:内容|內容)?(?:仅|僅|只)代表(?:网友|網友|其|留言者)?(?:个人|個人)[^\n]{0,60}"
            # The thread's link with its count (查看全部128条评论), and a reader's comment as portals print it:
            # the user's name, a dot, the province their IP is in, a colon (股海小散 · 浙江：…).
            + r"|查看(?:全部|更多)[ \t\xa0]*\d{1,7}[ \t\xa0]*(?:条|條)(?:评论|評論|回复|回覆|跟贴|跟帖)"
            + r"|[\u4e00-\u9fffA-Za-z0-9_]{1,16}[ \t\xa0]*[·•][ \t\xa0]*(?:IP属地|IP屬地)?[ \t\xa0]*"
            # (the colon is part of each word, so that the pre-check asks for 广东： and not for 广东)
            r"(?:北京：|天津：|上海：|重庆：|重慶：|河北：|山西：|辽宁：|遼寧：|吉林：|黑龙江：|黑龍江：|江苏：|江蘇：|浙江：|安徽：|福建：|江西：|山东：|山東：|河南：|湖北：|湖南：|广东："
            r"|廣東：|海南：|四川：|贵州：|貴州：|云南：|雲南：|陕西：|陝西：|甘肃：|甘肅：|青海：|台湾：|台灣：|内蒙古：|內蒙古：|广西：|廣西：|西藏：|宁夏：|寧夏：|新疆：|香港：|澳门：|澳門：|海外：)[^\n]{1,200}"
        ),
        description=(
            "A comment prompt line at the tail (Be the first to comment, Comments are closed., Share your thoughts, "
            "What do you think? Let us know in the comments below., Sort replies, 暂无评论)."
        ),
        where=Where.TAIL,
        within=12,
        max_chars=420,
        examples=(
            "查看全部评论 >",
            "評論僅限訂戶發表。",
            'There are no comments yet. Add your comment to start the conversation.',
            'How does this story make you feel?',
            'Recommend 3',
            'Comments – Please sign in to post a comment.',
            'We welcome your comments below. If you are not registered, please register to comment.',
            'We welcome lively and respectful debate, but abusive comments will be deleted. See our comment policy.',
            "【你點睇？】歡迎留言分享你的意見",
            "We need your insight to fill this gap",
            "Be the first to comment",
            "Only subscribers can comment on this article.",
            "No comments yet. Be the first to comment!",
            "Comments are closed.",
            "Loading comments...",
            "Join the conversation",
            "Join the discussion: See what Stockhouse members are saying about Verdant Lithium and get the latest VLI news in real time.",
            "Log in or register to post comments",
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
            "Vous devez être membre pour ajouter un commentaire.",
            "Deja tu comentario",
            "コメントを書く",
            "本话题在雪球共有57条讨论，点击查看。",
            "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.",
            "搜狐“我来说两句” 已有128人参与",
            "发表评论 已有56条评论",
            "网友评论 请您文明上网、理性发言并遵守相关规定，在注册后发表评论。",
            "留言总数：0 查看评论",
            "讀者迴響",
            "看全文 想说就说",
            "What do you think about Kraken’s new wallet? Share your thoughts and opinions about this subject in the comments section below.",
            "What do you think? We’d love to hear from you, join the conversation on the Rigzone Energy Network.",
            "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.",
            'Bitte melden Sie sich an, um zu kommentieren.',
            'Connectez-vous pour commenter cet article.',
            'Inicia sesión para comentar',
            'Melden Sie sich an, um zu posten.',
            'Per commentare è necessario essere registrati.',
            'Dieses Forum ist geschlossen.',
            'Les commentaires sont fermés.',
            "Join our commenting forum",
            "Join thought-provoking conversations, follow other readers and see their replies",
            "Click to rate",
            "Share what you think",
            "We'd love to hear from you, share your view on the Oilfield Forum.",
            'Generated by readers, the comments included herein do not reflect the views and opinions of Energy Voice. All comments are subject to editorial review.',
            'Comments posted below do not necessarily reflect the views of the Daily Courier.',
            'The Oilfield Voices Community is a new social experience created for you and all energy professionals to share knowledge. Sign up today!',
            "登入鏡新聞會員 即可留言",
            "请先登录后参与讨论",
            "登入參與討論",
            "请遵守国家法律法规，文明发言，共建清朗网络空间。",
            "評論前請先註冊或登入",
            "請理性留言，勿涉及人身攻擊及違法內容。",
            "网友评论仅代表其个人看法，不代表本网立场。",
            "請遵守網路留言規範，勿發表謾罵、歧視或廣告內容。",
            "查看全部56条评论",
            "价值投资老李 · 四川：分红率再提高点就更好了。",
            "user_8812 · IP属地上海：这波回调是机会吗？",
        ),
        counterexamples=(
            "评论仅限订户发表的做法引发部分读者不满。",
            'How does this make you feel about the economy, the pollster asked voters.',
            'We welcome robust debate on monetary policy, the governor said in a speech on Tuesday.',
            "Radchenko commented.",
            "The company declined to comment on the report.",
            "What do you think happens next? the minister asked the committee.",
            "Report cards were mailed to parents on Friday.",
            "What do you think about the new tariffs? Analysts were split.",
            "Only subscribers can comment on the proposal, the regulator said.",
            "Join the discussion: see what the board members are saying in the minutes, which run to 80 pages, the union said.",
            "Share what you think the Fed will do next, the survey asked fund managers.",
            "The comments below do not reflect the board's view, the chairman said in a letter to shareholders.",
            'The Nordic Miners Network is a new platform created for professionals to trade ore, its founder said.',
            "登录后即可评论的设计引发了部分用户不满。",
            "请遵守网络言论规范的倡议由多家平台联合发起，已有逾百家网站签署。",
            "查看全部3条规定后，监管部门要求平台限期整改。",
        ),
        languages=("en", "zh", "fr", "de", "es", "pt", "it", "ja", "ko"),
    ),
)


RULES: tuple[Rule, ...] = _RULES
