"""Site chrome: bylines, reading time, navigation and sharing prompts, ads, credits.

Order is priority: the first rule that matches a unit names the removal.
"""

from __future__ import annotations

from .base import Rule, Scope, Where
from .patterns import (
    AGO,
    COPY_MARK,
    DATE_FULL,
    DATE_SHORT,
    EMAIL,
    HANDLE,
    MONTH,
    MONTH_INTL,
    NAME,
    NAMES,
    SEP,
    SOCIAL,
    SOURCE,
    TIME,
    URL,
    WEEKDAY,
    ZH_NAME,
)

# -- fragments local to this module -------------------------------------------------------

#: A timestamp label: Published, Updated, Last updated on, 发布时间 ...
_STAMP_LABEL = (
    r"(?:(?:first[ \t\xa0])?published(?:[ \t\xa0](?:on|at))?|(?:last[ \t\xa0])?updated(?:[ \t\xa0](?:on|at))?"
    r"|posted(?:[ \t\xa0](?:on|at))?|modified|created|date|issue[ \t\xa0]date|issued(?:[ \t\xa0]on)?|last[ \t\xa0]modified(?:[ \t\xa0]on)?|last[ \t\xa0]reviewed(?:[ \t\xa0]or[ \t\xa0]updated)?|date[ \t\xa0]of[ \t\xa0]issue|publicado(?:[ \t\xa0]em)?|actualizado|aktualisiert"
    r"|mis[ \t\xa0]à[ \t\xa0]jour(?:[ \t\xa0](?:le|à))?|publiée?(?:[ \t\xa0](?:le|à))?|mis[ \t\xa0]en[ \t\xa0]ligne(?:[ \t\xa0]le)?"
    r"|(?:actualizado|publicado)(?:[ \t\xa0](?:el|em|a[ \t\xa0]las))?|atualizado(?:[ \t\xa0](?:em|às))?|aggiornato(?:[ \t\xa0](?:il|alle))?"
    r"|pubblicato(?:[ \t\xa0]il)?|veröffentlicht(?:[ \t\xa0]am)?|aktualisiert(?:[ \t\xa0]am)?|stand|erstellt(?:[ \t\xa0]am)?"
    r"|gepubliceerd(?:[ \t\xa0]op)?|bijgewerkt(?:[ \t\xa0]op)?|입력|수정|등록|업데이트|송고시간|송고|modifiée?(?:[ \t\xa0](?:le|à))?"
    r"|publicerad|uppdaterad|opublikowano|zaktualizowano|aktualizacja|güncelleme|güncellenme|yayınlanma|diterbitkan|diperbarui|cập[ \t\xa0]nhật|опубликовано|обновлено"
    r"|erstpublikation|erstver[öo]ffentlichung|ver[öo]ffentlichungsdatum|zuletzt[ \t\xa0]aktualisiert(?:[ \t\xa0]am)?|stand[ \t\xa0]vom"
    r"|ultima[ \t\xa0]modifica(?:[ \t\xa0]il)?|aggiornat[oa][ \t\xa0](?:il|alle)|[úu]ltima[ \t\xa0]atualiza[çc][ãa]o(?:[ \t\xa0]em)?"
    r"|actualizad[oa](?:[ \t\xa0](?:el|a[ \t\xa0]las))?|publicad[oa](?:[ \t\xa0](?:el|em|a[ \t\xa0]las))?|(?-i:Le)|"
    r"최종[ \t\xa0]?수정|最終更新(?:日時)?|更新日時|配信日時|公開日|掲載日|投稿日|original|修改于|修改於|最后更新时间|最後更新時間|最后更新日期|最後更新日期|最后更新|最後更新|更新於|更新于|發布日期|發佈日期|发布于|發布於|发布时间|发布日期|更新时间|发表时间|时间|日期|發佈時間|更新時間|出版|更新|發佈|发布|發表|发表)"
)
#: One timestamp: optional weekday, then a date, a clock time or a relative time.
_STAMP = (
    r"(?:(?:"
    + WEEKDAY
    + r"|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo"
    r"|(?i:lunes|martes|mi[ée]rcoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)),?[ \t\xa0]*)?(?:"
    + DATE_FULL
    + r"|\d{1,2}[ \t\xa0]de[ \t\xa0][^\W\d_]{3,12}[ \t\xa0]de[ \t\xa0]\d{4}"
    r"|" + MONTH_INTL + r"[ \t\xa0]\d{1,2}(?:[ \t\xa0]de)?,?[ \t\xa0]\d{4}"
    r"|" + TIME + r"|\d{1,2}[ \t\xa0]h[ \t\xa0]\d{2}|" + AGO
    + r"|(?i:aujourd['’]hui|hier|hoy|ayer|hoje|ontem|heute|gestern|oggi|ieri|vandaag|gisteren)(?:[ \t\xa0](?:à|a[ \t\xa0]las|às|um|alle|om))?[ \t\xa0]"
    + TIME
    + r")"
    r"(?:(?:[ \t\xa0]*[,|·•/–—-][ \t\xa0]*|[ \t\xa0]+(?:at|às|um|à|om|alle(?:[ \t\xa0]ore)?|a[ \t\xa0]las|kl\.)?[ \t\xa0]*"
    r"|[ \t\xa0]*(?:午前|午後|上午|下午|오전|오후)[ \t\xa0]*|(?<=日)(?=\d{1,2}時))\(?(?:"
    + DATE_FULL
    + r"|"
    + TIME
    + r"|\d{1,2}時\d{1,2}分)\)?){0,2}"
)
#: A label, a timestamp, or both.
_STAMP_PART = r"(?:" + _STAMP_LABEL + r"[ \t\xa0]*[:：]?[ \t\xa0]*)?" + _STAMP

#: Job titles that end an "X, AP National Security Writer" byline.
_STAFF_TITLE = (
    r"(?:Writer|Correspondent|Reporter|Editor|Columnist|Contributor|Analyst|Strategist|Producer|Staff|Bureau"
    r"|Chief|Journalist|(?:Web|News)?Desk)s?"
)
#: A Chinese credit label: editor, proofreader, source, author.
#: A place and 报道 after a byline's name, apart or after a bar: 陳冠宇台北報導, 宋雅楠 | 北京报道.
_ZH_PLACE_REPORT = r"(?:[ \t\xa0\u3000]*(?:[|｜丨][ \t\xa0\u3000]*)?[\u4e00-\u9fff]{2,4}(?:报道|報導|報道))?"
_ZH_CREDIT = (
    r"(?:责任编辑|責任編輯|值班编辑|实习编辑|图片编辑|圖片編輯|编辑|編輯|校对|校對|审核|審核|审校|審校|主编|監製|监制|监审|監審|终审|終審|统筹|統籌|编审"
    r"|实习生|實習生|实习记者|實習記者|值班主任|值班主编|值班主編|签发|簽發|初审|初審|复审|複審|撰文|撰稿|采写|採寫|美术编辑|美術編輯|新媒体编辑|新媒體編輯|美编|文字编辑|版面编辑|版面編輯|视频编辑|視頻編輯|排版|责编|責編|來源|来源|文章来源|本文来源|本文源自|原标题|原標題|原題|出品|策划|作者|作者单位|作者單位|制作|製作|本版主编|研究员|研究員|通讯员|通訊員|摄影|攝影"
    # A director's or chief editor's credit, only with a bare name after the label (总监：万军伟).
    r"|(?:总监|總監|总编辑|總編輯|总编|總編)(?=[ \t\xa0]*[：:|丨｜/／][ \t\xa0]*[\u4e00-\u9fff·]{2,4}(?![\u4e00-\u9fff·]))"
    r"|审稿|審稿|核稿|责任校对|責任校對|审读|審讀|撰文者|撰稿人|文字整理)"
)
#: Section names of a site's navigation bar, each a whole item of the bar.
_NAV_ITEM_EN = (
    r"(?:home|news|latest|markets?|business|economy|companies|tech(?:nology)?|politics|opinion|world|sports?|videos?"
    r"|podcasts?|lifestyle|life|arts|life[ \t\xa0]&[ \t\xa0]arts|investing|personal[ \t\xa0]finance|money|real[ \t\xa0]estate"
    r"|retirement|taxes|data|watchlist|search|sign[ \t\xa0]in|sign[ \t\xa0]up|log[ \t\xa0]?in|register|subscribe|newsletters?"
    r"|about(?:[ \t\xa0]us)?|contact(?:[ \t\xa0]us)?|share|print|email|tweet|reprints|resize|events|magazine|learn|research"
    r"|tools|charts|earnings|funds|stocks|crypto|industry|careers|climate|weather|entertainment|health|science|education"
    r"|more|commodities|currencies|bonds|etfs|analysis|calendar|economic[ \t\xa0]calendar|newsroom|services|video[ \t\xa0]hub"
    r"|latest[ \t\xa0]news|(?:share[ \t\xa0])?market[ \t\xa0]news|premium(?:[ \t\xa0]services)?|specials"
    # a finance site's sections and subsections: Finance  Banking  Securities, Hedge Funds  Fund Launches
    r"|finance|banking|securities|electronics|semiconductors?|hedge[ \t\xa0]funds|fund[ \t\xa0]launches|corporate[ \t\xa0]bonds"
    r"|securiti[sz]ation|central[ \t\xa0]banks?|interest[ \t\xa0]rates|inflation|mining|energy|fintech|asset[ \t\xa0]management|ipos?)"
)
_ACCOUNT_ITEM = (
    r"(?:sign[ \t\xa0]?in|sign[ \t\xa0]?up|log[ \t\xa0]?in|log[ \t\xa0]?out|register|subscribe|join(?:[ \t\xa0]now)?|my[ \t\xa0]account"
    r"|登录|登錄|注册|註冊|免费注册|免費註冊|订阅|訂閱|会员|會員)"
)
_NAV_ITEM_ZH = (
    r"(?:首页|首頁|新闻|新聞|要闻|要聞|财经|財經|股票|基金|港股|美股|A股|期货|期貨|外汇|外匯|黄金|黃金|债券|債券|理财|理財|银行|銀行"
    r"|保险|保險|科技|娱乐|娛樂|体育|體育|汽车|汽車|房产|房產|地产|地產|游戏|遊戲|视频|視頻|影音|视听|視聽|直播|数据|數據|快讯|快訊"
    r"|快报|快報|商业|商業|文化|生活|国际|國際|国内|國內|社会|社會|政治|评论|評論|观点|觀點|深度|专题|專題|更多|即时|即時|即时新闻"
    r"|即時新聞|产业|產業|证券|證券|金融|公司|宏观|宏觀|区域|區域|资讯|資訊|行情|研报|研報|研究|会员|會員|健康|旅游|旅遊|手机|手機"
    r"|应用|應用|地方|经济|經濟|世界|图片|圖片|军事|軍事|教育|时尚|時尚|港闻|港聞|副刊|专栏|專欄|思想|职场|職場|投资|投資|热门|熱門"
    r"|关注|關注|登录|登錄|注册|註冊|家居|读书|讀書|历史|歷史|时政|時政|财富|財富|创投|創投|汽车频道|娱乐频道"
    r"|电报|電報|话题|話題|盯盘|盯盤|题材|題材|下载|下載|(?-i:VIP))"
)

#: A story-list or related-content heading (matched case-insensitively).
_RELATED_HEADING = (
    r"(?:related|recommended|suggested|featured|popular|trending|latest|top|similar|other|more|editors['’]?|staff)"
    r"(?:[ \t\xa0](?:stories|articles|news|posts|content|coverage|reading|links|videos?|topics|headlines|roundup|picks|items"
    r"|reads|now|for[ \t\xa0]you|this[ \t\xa0]week|today|press[ \t\xa0]releases?|releases|analysis|insights|research|quotes|guides|funds)){1,2}(?:[ \t\xa0](?:from|on|about|in)[ \t\xa0][^\n]{1,40})?"
    r"|(?:people|readers|others|users)[ \t\xa0](?:also[ \t\xa0])?(?:read|viewed|liked|watched|bought)|next[ \t\xa0]up(?:[ \t\xa0]in[ \t\xa0][^\n]{1,30})?|(?:picked|selected|handpicked|recommended)[ \t\xa0]for[ \t\xa0]you|just[ \t\xa0]for[ \t\xa0]you"
    r"|вам[ \t\xa0]также[ \t\xa0]может[ \t\xa0]быть[ \t\xa0]интересно|материалы[ \t\xa0]по[ \t\xa0]теме|читайте[ \t\xa0]также|関連記事|おすすめ記事"
    r"|você[ \t\xa0]pode[ \t\xa0]gostar(?:\.\.\.|…)?|veja[ \t\xa0]também|(?:también[ \t\xa0])?te[ \t\xa0]puede[ \t\xa0]interesar|ähnliche[ \t\xa0]artikel"
    r"|weitere[ \t\xa0]artikel|sur[ \t\xa0]le[ \t\xa0]même[ \t\xa0]sujet|à[ \t\xa0]voir[ \t\xa0]aussi|articoli[ \t\xa0]correlati|potrebbe[ \t\xa0]interessarti"
    r"|related|recommended(?:[ \t\xa0]for[ \t\xa0]you)?|trending|popular|you[ \t\xa0](?:may|might)[ \t\xa0](?:also[ \t\xa0])?"
    r"(?:like|enjoy|be[ \t\xa0]interested[ \t\xa0]in)(?:\.\.\.|…)?|we[ \t\xa0]recommend|read[ \t\xa0]next"
    r"|what[ \t\xa0]to[ \t\xa0](?:read|watch)[ \t\xa0]next|editor['’]?s[ \t\xa0]picks|further[ \t\xa0]reading"
    r"|explore[ \t\xa0]further|suggested[ \t\xa0]topics|around[ \t\xa0]the[ \t\xa0]web|from[ \t\xa0](?:around|across)[ \t\xa0]the[ \t\xa0]web"
    r"|(?:sponsored|promoted|partner)[ \t\xa0](?:stories|content|links|posts)|most[ \t\xa0](?:read|popular|viewed|shared"
    r"|emailed|commented|watched)(?:[ \t\xa0](?:stories|articles|news|[\w&-]{1,20}))?(?:[ \t\xa0](?:stories|articles|news|headlines|posts))?(?:[ \t\xa0](?:in|on|from)[ \t\xa0][^\n]{1,30})?"
    r"|popular[ \t\xa0](?:on|in|at)[ \t\xa0][^\n]{1,30}|more[ \t\xa0](?:in|from)[ \t\xa0]this[ \t\xa0](?:section|author|writer|reporter|site)"
    r"|also[ \t\xa0]in[ \t\xa0][^\n]{1,25}|explore[ \t\xa0]more[ \t\xa0]on[ \t\xa0]th(?:ese|is)[ \t\xa0](?:topics?|stor(?:y|ies))|more[ \t\xa0]on[ \t\xa0]th(?:is|ese)[ \t\xa0](?:story|stories|topics?)"
    r"|更多[ \t\xa0]?[\u4e00-\u9fffA-Za-z]{0,8}[ \t\xa0]?(?:報導|报道|新聞|新闻|文章|內容|内容)|最新(?:財經|财经|港聞|港闻|國際|国际)?(?:新聞|新闻|文章)|其他人都在看|大家都在看|24小时热文|24小時熱文|热门文章|熱門文章|热文推荐|熱文推薦|熱門新聞|热门新闻|即時新聞|即时新闻|今日熱門|今日热门|最新影音|熱門影音|热门视频|[\u4e00-\u9fff]{2,4}(?:头条|頭條)"
    r"|don['’]?t[ \t\xa0]miss[ \t\xa0](?:these|this|our)[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,2}(?:insights|stories|articles|reads|picks|coverage)(?:[ \t\xa0](?:from|on|at)[ \t\xa0][^\n]{1,40})?"
    r"|相关(?:阅读|新闻|文章|推荐|报道|資訊|资讯|个股|股票|基金|标的|链接)|相關(?:閱讀|新聞|文章|報導|個股|股票|基金|標的|連結|鏈接)|涉及(?:个股|個股)|(?:[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff \t\xa0]{0,20}?[ \t\xa0]*)?(?:看更多|看更多新聞|看更多新闻)|(?:推荐阅读|推薦閱讀)(?:更多(?:精彩)?(?:内容|內容|文章))?|相关内容|相關內容|往期推荐|往期推薦|往期回顾|往期回顧|往期精选|往期精選|往期文章|相关公告|相關公告|最新公告"
    r"|[\w\u4e00-\u9fff]{0,6}(?:荐读|薦讀)|延伸阅读|延伸閱讀|热门(?:推荐|文章|新闻|阅读)|熱門(?:推薦|文章|新聞)|猜你喜欢|热点推荐|为你推荐|熱門|热门|最新|你可能还喜欢|你可能還喜歡|推荐|推薦|精选|精選|【(?:相關報道|相关报道|相關報導|延伸閱讀|延伸阅读|熱門推薦|热门推荐|推薦閱讀|推荐阅读|相關新聞|相关新闻)】|【更多[^\n】]{1,20}(?:報導|报道|報道|新聞|新闻)】|熱讀|热读|百万用户都在看|百萬用戶都在看|(?:上一篇|下一篇|上一條|下一條|上一条|下一条)(?:文章)?|(?:next|previous|prev)[ \t\xa0](?:article|story|post)"
    r"|lesen[ \t\xa0]sie[ \t\xa0](?:auch|mehr)|mehr[ \t\xa0]zum[ \t\xa0]thema|das[ \t\xa0]könnte[ \t\xa0]sie[ \t\xa0](?:auch[ \t\xa0])?interessieren"
    r"|(?:à[ \t\xa0])?lire[ \t\xa0](?:aussi|également)|leggi[ \t\xa0]anche|leia[ \t\xa0]também|lea[ \t\xa0]también"
    r"|read[ \t\xa0]more[ \t\xa0](?:on|from|at|in)[ \t\xa0][^\n:]{1,40}|explore[ \t\xa0]more|more[ \t\xa0]to[ \t\xa0](?:read|explore|watch)|(?:also[ \t\xa0]read|read[ \t\xa0]also|read[ \t\xa0]more|see[ \t\xa0]also|weiterlesen|mehr[ \t\xa0]lesen|leia[ \t\xa0]mais|ler[ \t\xa0]mais|lees[ \t\xa0]meer|lees[ \t\xa0]verder|leer[ \t\xa0]más|lire[ \t\xa0]la[ \t\xa0]suite)"
    r"|(?:noticias|notas|artículos)[ \t\xa0]relacionad[oa]s|relacionad[oa]s"
    r"|(?:also|more)[ \t\xa0]from[ \t\xa0]this[ \t\xa0](?:source|issuer|company)|attachments?"
    r"|(?:other|more)[ \t\xa0](?:articles|stories|posts|news)[ \t\xa0]by[ \t\xa0](?:(?:reporter|author|writer|columnist|journalist)[ \t\xa0])?(?-i:[A-Z])[\w.'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}){0,3}"
    r"|all[ \t\xa0](?:the[ \t\xa0])?(?:news|stories|articles|headlines)[ \t\xa0](?:about|on|for)[ \t\xa0][^\n]{1,40}"
    r"|read[ \t\xa0]more[ \t\xa0](?:[\w&-]{1,20}[ \t\xa0]){0,2}(?:news|stories|articles|headlines)"
            r"|(?:新闻|新聞|资讯|資訊|文章|精彩|热点|熱點|图片|圖片|视频|視頻|编辑|編輯|本站|小编|小編)(?:推荐|推薦)|(?:喜欢|喜歡)(?:此|本|这篇|這篇)(?:内容|內容|文章)的人(?:还|還)(?:喜欢|喜歡|在看)|(?:看过|看過|读过|讀過)(?:本文|此文|这篇文章|這篇文章)的人(?:还|還)(?:看了|看过|看過|在看)"
    r"|(?:(?:stocks|companies|tickers|assets|coins|tokens)[ \t\xa0])?mentioned[ \t\xa0]in[ \t\xa0]th(?:is|e)[ \t\xa0](?:article|story|post|report)|(?:stocks|tickers|companies)[ \t\xa0](?:mentioned|in[ \t\xa0]this[ \t\xa0](?:article|story))"
    r"|你可能(?:也|还|還|会|會)?(?:喜欢|喜歡|感兴趣|感興趣|想看)|(?:上一則|下一則)(?:新聞)?|最hit|最熱|最热|熱話|热话|人氣(?:文章|新聞|排行)|人气(?:文章|新闻|排行)|(?:熱門|热门|閱讀|阅读|點擊|点击)排行(?:榜)?"
    # Polish, Swedish, Turkish, Vietnamese, Indonesian, Russian, German, Japanese, Spanish
    r"|(?:czytaj|zobacz)[ \t\xa0](?:także|też|również|więcej)|polecane(?:[ \t\xa0]artykuły)?|läs[ \t\xa0](?:också|även|mer)|relaterade[ \t\xa0](?:artiklar|nyheter)|relaterat"
    r"|(?:ilgili|benzer)[ \t\xa0]haberler|ilginizi[ \t\xa0]çekebilir|tin[ \t\xa0](?:cùng[ \t\xa0]chuyên[ \t\xa0]mục|liên[ \t\xa0]quan|khác)|bài[ \t\xa0]viết[ \t\xa0]liên[ \t\xa0]quan|đọc[ \t\xa0]thêm"
    r"|(?:berita|artikel)[ \t\xa0]terkait|baca[ \t\xa0]juga|(?:смотрите|читайте)[ \t\xa0](?:также|ещё|еще)|(?:по|ещё[ \t\xa0]по|еще[ \t\xa0]по)[ \t\xa0]теме|verwandte[ \t\xa0](?:artikel|themen)"
    r"|この記事を(?:読んだ|見た)(?:人|方)(?:は|に)[^\n]{0,20}|あわせて読みたい|こちらも(?:おすすめ|読まれています)|【※?関連記事(?:はこちら)?[！!]?】|videos?[ \t\xa0]recomendados?"
)

#: Parts of a Chinese page's masthead or meta bar (chrome.masthead-zh).
#: Parts of a dateline glued to the first paragraph (chrome.dateline-lead). Chinese: what a
#: site's name ends in, a note in brackets after it (its domain, its parent paper), the date,
#: the reporter's credit, the separator before the story. English: the place (a city, a
#: region after a comma), the date, the agency, the dash.
_LEAD_OUTLET = r"(?:网|網|端|APP|App|社|报|報|台|在线|在線|新闻|新聞|财经|財經|数据|數據|之家)"
_LEAD_SITE_NOTE = r"(?:[（(][^\n()（）]{2,20}[)）])"
_LEAD_ZH_DATE = r"(?:[ \t\xa0]*\d{4}[ \t\xa0]*年)?(?:[ \t\xa0]*\d{1,2}[ \t\xa0]*月)?[ \t\xa0]*\d{1,2}[ \t\xa0]*日"
_LEAD_CREDIT = (
    r"[ \t\xa0]*[（(][^\n()（）]{0,24}?(?:记者|記者|通讯员|通訊員|特约|特約|实习生|實習生)[^\n()（）]{0,30}[)）]"
)
_LEAD_ZH_SEP = (
    r"(?:[ \t\xa0\u3000]*(?:记者|記者)[ \t\xa0]*" + ZH_NAME + r"(?:[ \t\xa0、]+" + ZH_NAME + r"){0,2}[ \t\xa0]*(?:报道|報道|報導)"
    r"(?=[ \t\xa0\u3000，,：:]))?(?=[ \t\xa0\u3000，,：:])|(?:——|--|—|–)"
)
_LEAD_CAPS = r"[A-Z][A-Z.'’-]{2,}(?:[ \t\xa0][A-Z][A-Z.'’-]+){0,3}"
_LEAD_PLACE = (
    r"(?:" + _LEAD_CAPS + r"|[A-Z][a-z.'’-]+(?:[ \t\xa0][A-Z][a-z.'’-]+){0,2})"
    r"(?:,[ \t\xa0](?:[A-Z][A-Za-z.]{1,14}(?:[ \t\xa0][A-Z][A-Za-z.]{1,14})?))?"
)
_LEAD_EN_DATE = (
    r"[,.]?[ \t\xa0](?:" + MONTH + r"[ \t\xa0]\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t\xa0]" + MONTH + r")"
    r"(?:,?[ \t\xa0]\d{4})?"
)
_LEAD_AGENCY = (
    r"(?:[ \t\xa0]?\([A-Za-z][\w.'’&-]{1,20}(?:[ \t\xa0][A-Z][\w.'’&-]{1,20}){0,2}\)"
    r"|[ \t\xa0]/[A-Z][\w.-]{2,30}/"
    r"|,?[ \t\xa0](?:CNN|CNBC|AP|AFP|UPI|IANS|PTI|ANI|GNA|WAM|VNA|Xinhua|Reuters|Bloomberg|Bernama))"
)
_LEAD_DASH = r"[ \t\xa0]*(?:—|–|--|-)(?=[ \t\xa0]|[A-Z])"
_ZH_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月)"
_ZH_CLOCK = r"(?:(?:上午|下午|早上|晚上|凌晨|中午)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:[ \t\xa0]?(?:HKT|CST|GMT\+8|UTC\+8))?)"
_ZH_WEEKDAY = r"(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]"
#: A site's name with the suffix of a news outlet (日报, 晚報, 新闻, 雜誌, 財經, 客户端 ...).
_ZH_MASTHEAD = (
    r"[\u4e00-\u9fff0-9][\u4e00-\u9fffA-Za-z0-9]{0,7}?(?:(?:[日晚早商时時周週导導快晨信明]|都市|青年|经济|經濟|金融|证券|證券|投资|投資|参考|參考|法治|科技)(?:报|報)"
    r"|(?<![电電])(?:网|網)|在线|在線|新闻|新聞|杂志|雜誌|周刊|週刊|传媒|傳媒|财经|財經|客户端|客戶端)"
    r"|[\u4e00-\u9fff]{2,4}(?:APP|App)"
    # News agencies: 新华社, 财联社, 中新社.
    r"|(?:新华|新華|中新|财联|財聯|路透|美联|美聯|法新|共同|韩联|韓聯|塔斯|卫星|衛星|中央|中评|中評)社"
)
#: A bar's parts other than a name: dates, clocks, weekdays, credits, tools, counts.
_ZH_META_PARTS = (
    r"(?:更新於|更新于|發佈於|发布于|發布於)?[ \t\xa0]*"
    + _ZH_DATE
    + r"[ \t\xa0]*"
    + _ZH_CLOCK
    + r"|\d{1,3}[ \t\xa0]?(?:分鐘|分钟)[ \t\xa0]*[（(]?(?:閱讀時間|阅读时间)[）)]?|(?:更新於|更新于|發佈於|发布于|發布於)[ \t\xa0]*"
    + _ZH_DATE
    + r"|"
    + _ZH_DATE
    + r"|"
    + _ZH_CLOCK
    + r"|"
    + _ZH_WEEKDAY
    + r"|(?:(?:研报|研報|文章|稿件)?(?:作者|来源|來源)|撰文者?|文字|文|记者|記者|编辑|編輯|责编|責編|稿源|出处|出處|摄影|攝影|发布时间|發布時間|發佈時間|发布日期|更新時間|更新时间|时间|時間|日期)"
    r"[ \t\xa0]*[：:｜|/／][ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9·\-: ]{1,20}?"
    r"|(?:记者|記者)[ \t\xa0]*[\u4e00-\u9fff·]{2,4}(?:[／/][\u4e00-\u9fff]{2,6}(?:报道|報導|報道))?"
    r"|分享(?:到)?|字[号號体體](?:[ \t\xa0]*[：:])?(?:[ \t\xa0]*[大中小]){0,3}|语音播报|語音播報|阅读量?[ \t\xa0]*[：:]?[ \t\xa0]*\d{1,8}|閱讀(?:數)?[ \t\xa0]*[：:]?[ \t\xa0]*\d{1,8}"
    # a count before its word: 236 次阅读, 0 评论, 6 转藏
    r"|\d[\d,.]{0,9}[万萬wWkK]?[ \t\xa0]*(?:次阅读|次閱讀|次浏览|次瀏覽|人阅读|人閱讀|次观看|次觀看|评论|評論|转藏|轉藏|收藏|点赞|點讚|转发|轉發)"
    # A labelled date with slashes (發布時間：2024/05/02 12:31, 最後更新：2024/05/02 12:48).
    + r"|(?:發布時間|发布时间|發佈時間|發布日期|发布日期|最後更新(?:日期|時間)?|最后更新(?:日期|时间)?|更新日期|更新時間|更新时间)[ \t\xa0]*[：:][ \t\xa0]*"
    + _ZH_DATE
    + r"(?:[ \t\xa0]*"
    + _ZH_CLOCK
    + r")?"
)
#: A site or section name, possibly with a Latin name after it (晴報 Sky Post).
_ZH_NAME_TAIL = r"(?:[ \t\xa0][A-Za-z][A-Za-z]{1,12}(?:[ \t\xa0][A-Z][a-z]{1,12})?)?"
_ZH_META_SEG = r"(?:" + _ZH_META_PARTS + r"|[\u4e00-\u9fffA-Za-z0-9·]{1,14}" + _ZH_NAME_TAIL + r")"
#: The same, where a bar starts: not a Latin word (which English prose starts with).
_ZH_META_SEG_FIRST = (
    r"(?:" + _ZH_META_PARTS + r"|[\u4e00-\u9fff0-9][\u4e00-\u9fffA-Za-z0-9·]{0,13}" + _ZH_NAME_TAIL + r")"
)
#: Market-data strips: an instrument's name, its level and its change.
_QUOTE_NAME = (
    r"(?:[A-Z\u4e00-\u9fff$][\w\u4e00-\u9fff&./:'-]{0,14}"
    r"(?:[ \t\xa0](?:[A-Z\u4e00-\u9fff(][\w\u4e00-\u9fff&./:()'-]{0,14}|\d{1,3}-[A-Za-z]{1,3}|\d{2,3}(?=[ \t\xa0]+[-+−▲▼$\d]))){0,3})"
)
_QUOTE_NUM = r"(?:(?:US|HK|A|C|S|NT)?[$€£¥]?\d[\d,]*(?:\.\d+)?%?(?:[ \t\xa0]?(?:GBX|GBp|p|c))?)"
_QUOTE_CHANGE = r"(?:[▲▼↑↓+\-−][ \t\xa0]?\d[\d,]*(?:\.\d+)?%?)"
_QUOTE = (
    _QUOTE_NAME
    + r"[ \t\xa0]+(?:"
    + _QUOTE_NUM
    + r"(?:[ \t\xa0]+"
    + _QUOTE_CHANGE
    + r")?|"
    + _QUOTE_CHANGE
    + r")"
)
#: Not a prompt: a line that reports (a launch, a warning, figures, what someone said), as in
#: "券商宣布推出LINE官方帳號…" or "警方提醒市民…".
_ZH_REPORTED = r"(?![^\n]{0,80}(?:提醒|警方|警惕|詐騙|诈骗|騙局|骗局|用户|用戶|表示|公司|宣布|推出|上線|上线|突破|增长|增長|券商|銀行|银行))"
#: The caption before a bracketed photo credit （圖／X攝）: a line that reports what someone
#: said or expects is a story sentence with the credit glued on, cut at the sentence.
_ZH_CAPTION_LEAD = r"(?![^\n]{0,80}?(?:表示|指出|認為|认为|預計|预计|預期|预期|強調|强调|透露|坦言|指稱|指称|將持續|将持续))[^\n]{0,80}?"
#: Two keywords of a row of tags that are words of two to four characters, each between spaces
#: or the row's ends (a tags row names short words: 白酒 一季度; a headline's clauses are longer).
_SHORT_KEYWORD = r"[\u4e00-\u9fff·A-Za-z0-9]{2,4}"
_SHORT_KEYWORDS = (
    r"(?=(?:[^\n]{0,60}?[ \t\xa0])?" + _SHORT_KEYWORD + r"[ \t\xa0](?:[^\n]{0,60}?[ \t\xa0])?" + _SHORT_KEYWORD + r"(?![^ \t\xa0]))"
)
_QUOTE_SEP = r"(?:[ \t\xa0]*[|·•][ \t\xa0]*|[ \t\xa0]+)"

_ZH_META_SEP = r"(?:[ \t\xa0\u3000]*[|｜·•‧・丨/／][ \t\xa0\u3000]*|[ \t\xa0\u3000]{1,3})"

_RULES: tuple[Rule, ...] = (
    # -- head: bylines, timestamps, reading time -----------------------------------------
    Rule(
        id="chrome.updated-ago",
        category="chrome",
        pattern=rf"(?:(?:Updated|Published|Posted|Last updated)[: \t]+)(?:{AGO}|{DATE_FULL}(?:{SEP}{TIME})?|{TIME})",
        description="An updated/published timestamp line at the head.",
        where=Where.HEAD,
        within=5,
        max_chars=80,
        examples=(
            "Updated: Jun 3, 2025, 09:05 GMT+01:00",
            "Updated 2 hours ago",
            "Published: Oct 17, 2025 10:32 AM ET",
            "Last updated 10:32 AM",
            "Updated about 4 hours ago",
        ),
        counterexamples=("Updated guidance lifted the shares 4% in late trading.",),
    ),
    Rule(
        id="chrome.source-date",
        category="chrome",
        pattern=(
            # A dated headline is not a source: 'Australian Broker Call Report – 12-03-25',
            # 'Weekly Market Update 04/11/24' (a periodical's title word before the date).
            r"(?![^\n]{0,60}?\b(?i:report|update|wrap|wrap-up|round-?up|recap|review|preview|outlook|briefing|brief|summary|digest|edition|call|snapshot|watch)"
            rf"(?:{SEP}){DATE_FULL})"
            rf"(?P<source>{SOURCE})(?:{SEP})?(?P<date>(?:{TIME}{SEP})?{DATE_FULL}(?:{SEP}{TIME})?|{DATE_SHORT}(?:{SEP}{TIME})?|{AGO}|{TIME})"
            # The page's section names after a wide space: '... | 7:51 am  Africa Copper'.
            r"(?:[ \t\xa0]{2,}[A-Z][\w&-]{1,20}(?:[ \t\xa0][A-Z][\w&-]{1,20}){0,3})?"
            # the time then the page's section names after one space: '... | 10:14 am Latin America Copper'
            + rf"|{SOURCE}(?:{SEP}){DATE_FULL}(?:{SEP})\d{{1,2}}:\d{{2}}[ \t\xa0]?[AaPp]\.?[Mm]\.?"
            r"[ \t\xa0](?:[A-Z][\w&-]{1,20}(?:[ \t\xa0][A-Z][\w&-]{1,20}){0,3})"
        ),
        description="A source and date byline at the head, also glued (Deep News10-17).",
        where=Where.HEAD,
        within=4,
        max_chars=90,
        examples=(
            "Deep News10-17",
            "Bloomberg | 2 hours ago",
            "Reuters · Oct 17, 2025 10:32 AM ET",
            "Yahoo Finance 2025-10-17",
            "新浪财经 2025-10-17 10:32",
            '更新 3時間前',
            'Bloomberg News | March 3, 2025 | 7:51 pm Asia Gold',
        ),
        counterexamples=(
            "Trump Plans to Meet with Putin Again",
            "Shares rose 3% on Friday.",
            "The vote was 10-5 in favour of the motion.",
            'Reuters | October 14, 2024 | 10:14 am The company said profit rose',
            "Asian Broker Call Report – 04-11-24",
            "Weekly Energy Market Update - 21/06/2025",
            "Morning Wrap 3 March 2025",
        ),
        languages=("en", "zh"),
        ignore_case=False,
    ),
    Rule(
        id="chrome.dateline",
        category="chrome",
        pattern=(
            r"(?:[-–—•·][ \t\xa0]*|(?:press|news|media)[ \t\xa0]release[ \t\xa0]*[-–—|·:][ \t\xa0]*)?(?:(?=[^\n]{1,60}[|·])[^|\n]{1,60}?[|·][ \t\xa0]*)?(?:"
            + _STAMP_LABEL
            + r"[ \t\xa0]*[:：]?[ \t\xa0]*)?\[?[ \t\xa0]*"
            + _STAMP
            + r"[ \t\xa0]*\]?(?:[ \t\xa0]*[|/·,–—@-][ \t\xa0]*"
            + _STAMP_PART
            + r"|[ \t\xa0\u3000]*[|/·•,–—-]?[ \t\xa0\u3000]*"
            + _STAMP_LABEL
            + r"[ \t\xa0]*[:：]?[ \t\xa0]*"
            + _STAMP
            + r")?(?:[ \t\xa0]*[|·•,]?[ \t\xa0]*(?:\d{1,2}[ \t\xa0]?min(?:ute)?s?[ \t\xa0]read"
            r"|(?:lecture|lectura|leitura|lettura|lesezeit|lesedauer|tempo[ \t\xa0]de[ \t\xa0]leitura|tiempo[ \t\xa0]de[ \t\xa0]lectura)[ \t\xa0]*:?[ \t\xa0]*\d{1,3}[ \t\xa0]?min(?:utes?|utos?|uti|uten)?\.?))?"
            r"(?:(?:[ \t\xa0]+[-–—|][ \t\xa0]+|[ \t\xa0]*,[ \t\xa0]*(?=(?-i:The)[ \t\xa0]))(?-i:[A-Z][\w.&'’-]{1,20}(?:[ \t\xa0][A-Z][\w.&'’-]{1,20}){0,2}))?"
            r"(?:[ \t\xa0\u3000]*[|·•｜/]?[ \t\xa0\u3000]*(?:来源|來源|来自|來自|发布于|發布於|發佈於|浏览次数|瀏覽次數|阅读|閱讀|字号|字號|字体|字體|【字体|【字體|【字号)[^\n]{0,40})?"
            r"(?:[ \t\xa0\u3000]*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])?"
            r"(?:[ \t\xa0\u3000]*[（(](?:[^\n（()）]{1,24}?(?:更新|updated)|(?i:time[ \t\xa0]?zone)[ \t\xa0]*:[^\n()]{1,30})[）)])?"
            r"(?:[ \t\xa0]*[|·][ \t\xa0]*(?:editor|author|by|source|编辑|編輯|来源|來源)[ \t\xa0]*[:：]?[ \t\xa0]*[^|\n]{1,40})?"
            r"|updated|published"
            + r"|(?!(?i:by|par|por|von|van|di|door|from)[ \t\xa0])(?-i:[A-Z][\w'’.\-]{1,20}(?:[ \t\xa0][A-Z][\w'’.\-]{1,20}){0,2})[ \t\xa0]+[-–—][ \t\xa0]+"
            + _STAMP
            + r"|(?:"
            + _STAMP_LABEL
            + r")?[ \t\xa0]*[:：]?[ \t\xa0]*\d{1,2}/\d{1,2}[（(][月火水木金土日][)）][ \t\xa0]*(?:"
            + TIME
            + r")?"
            + r"|"
            + _STAMP
            + r"[ \t\xa0]*(?:송고|配信|発行|기사입력|更新)"
            # An agency dateline on its own line (MADRID, 19 (EUROPA PRESS)), a site's byline
            # with its agency and time (Boursorama avec AFP le 30/04/2025 à 09:47).
            + r"|[A-ZÁÉÍÓÚÑ][\w .'’-]{1,30},[ \t\xa0]\d{1,2}[ \t\xa0]\((?:europa[ \t\xa0]press|efe|servimedia|agencias)\)"
            + r"|[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,2}[ \t\xa0](?:avec|con|com|mit|with)[ \t\xa0]"
            r"(?:afp|reuters|ap|dpa|dpa-afx|efe|ansa|lusa|awp|belga|europa[ \t\xa0]press|aof|cercle[ \t\xa0]finance)[ \t\xa0]*[,|·-]?[ \t\xa0]*(?:le[ \t\xa0]|el[ \t\xa0]|am[ \t\xa0])?"
            + _STAMP
            + r"|(?!(?i:by|par|por|von|van|di|door|from)[ \t\xa0])(?-i:[A-Z][\w'’.\-]{1,20}(?:[ \t\xa0][A-Z][\w'’.\-]{1,20}){0,2})[ \t\xa0]+[-–—|][ \t\xa0]+"
            r"(?-i:[A-Z][\w'’.&\-]{1,20}(?:[ \t\xa0][A-Z][\w'’.&\-]{1,20}){0,2})[ \t\xa0]+[-–—|][ \t\xa0]+"
            + _STAMP
            + r"|last[ \t\xa0]update(?:[ \t\xa0](?:on|at))?[ \t\xa0]*:?[ \t\xa0]*"
            + _STAMP
            + r"|(?-i:[A-Z][\w&.'’-]{0,20}(?:[ \t\xa0][A-Z][\w&.'’-]{0,20}){0,3})[ \t\xa0]+(?:published|posted)[ \t\xa0]*:?[ \t\xa0]*"
            + _STAMP
            + r"(?:[ \t\xa0]*[|·,]?[ \t\xa0]*(?:updated|modified)[ \t\xa0]*:?[ \t\xa0]*"
            + _STAMP
            + r")?"
            + r"|(?:(?:"
            + WEEKDAY
            + r"),?[ \t\xa0]*)?\d{1,2}(?:st|nd|rd|th)?[ \t\xa0]"
            + MONTH
            + r"[ \t\xa0]\d{2,4},?[ \t\xa0]*"
            + TIME
            + r"(?:[ \t\xa0]*[-–—][ \t\xa0]*){1,2}\d{1,6}|\d{1,2}(?:st|nd|rd|th)[ \t\xa0]"
            + MONTH
            + r"[ \t\xa0]\d{2},?[ \t\xa0]*"
            + TIME
            + r"|(?-i:[A-Z][\w&.'’-]{1,20}(?:[ \t\xa0][A-Z][\w&.'’-]{1,20}){0,2})[ \t\xa0]*,[ \t\xa0]*"
            + _STAMP
            + r"|\[(?-i:[A-Z][A-Z .'’-]{2,30})\]"
            + r"|(?:(?:published|updated|posted)[ \t\xa0]*:?[ \t\xa0]*)?\d{1,2}:\d{2}(?:[ \t\xa0]?[ap]\.?m\.?)?,?[ \t\xa0]+(?:on[ \t\xa0]+)?(?:"
            + DATE_FULL
            + r")(?:[ \t\xa0]+(?:GMT|BST|UTC|CET|ET|EST|EDT|CST|CDT|MST|MDT|PST|PDT))?(?:[ \t\xa0]*[|,][ \t\xa0]*(?:updated[ \t\xa0]*:?[ \t\xa0]*)?\d{1,2}:\d{2}(?:[ \t\xa0]?[ap]\.?m\.?)?,?[ \t\xa0]+(?:"
            + DATE_FULL
            + r")(?:[ \t\xa0]+(?:GMT|BST|UTC|CET|ET|EST|EDT))?)?"
            + r"|(?:today|yesterday)[ \t\xa0](?:at[ \t\xa0])?\d{1,2}[:.]\d{2}(?:[ \t\xa0]?[ap]\.?m\.?)?(?:[ \t\xa0](?:GMT|BST|UTC|ET|EST|EDT))?"
            + r"|(?:(?:first[ \t\xa0])?published|updated|posted|last[ \t\xa0]updated)(?:[ \t\xa0]on)?[ \t\xa0]*:?[ \t\xa0]*"
            + MONTH
            + r"[ \t\xa0]\d{1,2},\d{4}(?:[ \t\xa0]*(?:at[ \t\xa0])?"
            + TIME
            + r")?"
            # a labelled date with a slash or a 'date' label: 'Publication date: Monday 14 October 2024 08:57',
            # 'Updated / Monday, 14 Oct 2024 11:02'; a place and a date after a dot: 'Jakarta ● Wed, October 16, 2024'
            + r"|(?:(?:publication|published|publish|release|posting|posted|upload|uploaded)[ \t\xa0]date|updated|published|posted|last[ \t\xa0]updated"
            r"|(?-i:[A-Z][\w.'’-]{1,20}(?:[ \t\xa0][A-Z][\w.'’-]{1,20}){0,2}))[ \t\xa0]*[:/●•·|][ \t\xa0]*(?:"
            + WEEKDAY
            + r",?[ \t\xa0]+)?(?:"
            + DATE_FULL
            + r")(?:,?[ \t\xa0]*(?:at[ \t\xa0])?"
            + TIME
            + r")?"
        ),
        description=(
            "A line that is only a date and/or time, possibly labelled (Published, Updated, 发布时间) "
            "and with a place or desk before a bar, at the head."
        ),
        where=Where.HEAD,
        within=6,
        max_chars=110,
        examples=(
            "Sunday April 13 2025, 12.01am, The Sunday Times",
            "Posted On: 2025-04-02 14:05:33 (Time Zone: Arizona, USA)",
            "Last Updated: Feb 3, 2025 @ 17:40",
            "Press Release - updated: Feb 18, 2025",
            "12.02.2025 • 09:47",
            '2025年6月3日午前 10:12 GMT+9 更新',
            'Zonebourse avec AOF le 14/03/2025 à 17:48',
            'Last update on: Fri Mar 7, 2025 09:15 PM',
            'Web Desk Published March 3, 2025 Updated March 3, 2025 06:10pm',
            'Monday, 3 March 2025 01:12 -     - 17',
            '3rd Mar 25, 7:41am',
            'Reuters , Monday 3 Mar 2025',
            '[HONG KONG]',
            "First Published: Tuesday, November 19, 2019 08:38 AM",
            "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM",
            "UPDATED: Tue., Nov. 19, 2019",
            "November 19, 2019 /  12:21 AM / Updated 14 hours ago",
            "- Published 18 November 2019",
            "October 12, 2017",
            "发布时间：2024年3月5日 10:32",
            "Updated",
            "Published Mar 14, 2025 • 3 min read",
            "Updated Dec 19, 2024, 7:04 am EST / Original Dec 18, 2024, 5:10 pm EST",
            "2025-03-18 16:22:41　来源: 新京报",
            "最後更新：2025/03/14 16:40",
            "发布日期：2025-03-14　浏览次数：1286　【字体：大 中 小】",
            "发布时间：2024-03-05 10:32 来源：新浪财经",
            "2025-03-05 10:21:33　来源: 中国经济网",
            "Publié le 5 févr. 2025 à 7:05Mis à jour le 5 févr. 2025 à 11:48",
            "Veröffentlicht am 27.05.2025, 05.30 Uhr",
            "18/02/2025 10h32  Atualizado há 2 horas",
            "입력2025.04.08 09:12 수정2025.04.08 10:37",
            "2025/05/21 15:47 송고",
            "最終更新:5/12(月) 17:21",
            "3 giugno 2025",
            "Publié le 13 mars 2025 à 6:15",
            'Publicado: martes, 4 febrero 2025 09:10',
            'Ultima modifica il 03/02/2025 alle ore 09:05',
            '2024年11月2日午前 9:41 GMT+9',
            '2024年02月13日09時30分',
            '송고시간2024-11-02 17:40',
            'Le 02/02/2025 à 18:05',
            'Última atualização em 3 de fevereiro de 2025 às 9h12.',
            'BARCELONA, 4 (EUROPA PRESS)',
            'Boursorama avec Reuters le 02/02/2025 à 17:41',
            "Rich Asplund - Barchart - Wed Aug 21, 3:05PM CDT",
            'Publié le 04/02/2025 à 17:20 - Boursier.com',
            'Publié à 9 h 05 Mis à jour à 10 h 40',
            'Publié le 4 février 2025 Lecture : 3 minutes.',
            'Febrero 4 de 2025 - 09:10 a. m.',
            "Published: 16:40 21 Jan 2025 GMT",
            "Updated 08:05 3 Feb 2025 BST",
            "Today at 21:15",
            "Yesterday at 7.30am",
            'Published on February 11,2025',
            'Updated on Jan 7,2025 09:30 AM',
            "Publication date: Tuesday 4 March 2025 07:41",
            "Published date: 4 March 2025",
            "Updated / Tuesday, 4 Mar 2025 16:20",
            "Manila ● Tue, March 4, 2025",
        ),
        counterexamples=(
            "Tuesday, March 4, 2025, The Fed cut rates by a quarter point.",
            "On November 19, 2019, the company announced its results.",
            "Published reports said the deal was worth $2 billion.",
            "Updated figures show a 4% rise in sales.",
            "Madrid - 27 ene 2025 - el Gobierno aprobó el presupuesto.",
            "Stand der Verhandlungen: offen.",
            "Today at 9:30 the exchange will halt trading in the shares.",
            'Published on March 4,2025 the report said margins narrowed.',
            "Deadline: March 31, 2025 is when the offer lapses, the company said.",
        ),
        languages=("en", "zh", "pt", "de", "fr", "es", "it", "nl", "ja", "ko"),
    ),
    Rule(
        id="chrome.byline",
        category="chrome",
        pattern=(
            r"(?:(?i:(?:"
            + _STAMP_LABEL
            + r")[ \t\xa0]*:?[ \t\xa0]*)?(?i:"
            + _STAMP
            + r")(?:[ \t\xa0](?i:at|@)[ \t\xa0]"
            + TIME
            + r")?[ \t\xa0]+)?(?i:by)(?:(?:[ \t\xa0]*:[ \t\xa0]*|[ \t\xa0]+)"
            + NAMES
            + r"(?:(?:[ \t\xa0]*[,|–—/·-][ \t\xa0]*|[ \t\xa0]+)"
            r"(?:(?:The[ \t\xa0])?"
            + SOURCE
            + r"|(?:[A-Z][\w.&'’-]{0,20}[ \t\xa0]){0,4}"
            + _STAFF_TITLE
            + r"))?"
            r"(?:[ \t\xa0]*[|·,–—-][ \t\xa0]*(?i:" + _STAMP_PART + r"))?"
            # the sections it is filed in: ... by Jane Doe in News, Technology
            r"(?:[ \t\xa0]+in[ \t\xa0]+(?-i:[A-Z])[\w&'’-]{1,25}(?:[ \t\xa0]*,[ \t\xa0]*(?-i:[A-Z])[\w&'’-]{1,25}){1,5})?)?"
            r"|(?:(?:[Rr]eported|[Ww]ritten|[Cc]ompiled)[ \t\xa0]by[ \t\xa0]+)?"
            + NAMES
            + r"(?:[ \t\xa0]*\((?:she|he|they)/(?:her|him|them|hers|his|theirs)\))?"
            + r"[ \t\xa0]*[,–—-][ \t\xa0]*(?:(?:The|For|for[ \t\xa0]the)[ \t\xa0])?(?:(?:[A-Z][\w.&'’-]{0,20}|staff|senior|chief|contributing|special|deputy)[ \t\xa0]){0,5}"
            + _STAFF_TITLE
            + r"(?:[ \t\xa0]*,[ \t\xa0]*(?:The[ \t\xa0])?"
            + SOURCE
            + r")?"
            r"|(?:[Rr]eported|[Ww]ritten|[Cc]ompiled)[ \t\xa0]by[ \t\xa0]+"
            + NAMES
            + r"|"
            + NAMES
            + r"[ \t\xa0]+and[ \t\xa0]+"
            + NAME
            + r"[ \t\xa0]*,[ \t\xa0]*(?:[A-Z][\w.&'’-]{0,20}[ \t\xa0]){0,3}(?:News|Newswires?|Reuters|Bloomberg|Times|Post|Journal|Wire|Press|Agencies)"
            # a metadata row without colons: Author Helen Carvalho   Editor Alisdair Bowles
            + r"|(?-i:Author|Writer|Reporter)s?[ \t\xa0]+"
            + NAMES
            + r"[ \t\xa0]*[,|·]?[ \t\xa0]+(?-i:Editor|Edited[ \t\xa0]by)s?[ \t\xa0]+"
            + NAMES
            # a card byline with age and reading time: Story by Ana Ruiz • 3h • 3 min read
            + r"|(?-i:Story|Article|Post)[ \t\xa0]by[ \t\xa0]+"
            + NAMES
            + r"(?:[ \t\xa0]*[•·|][ \t\xa0]*(?:\d{1,3}[ \t\xa0]?(?:h|hrs?|m|mins?|d|w)(?:[ \t\xa0]ago)?|\d{1,3}[ \t\xa0]?min(?:ute)?s?[ \t\xa0]read|(?i:"
            + _STAMP
            + r"))){0,3}"
            + r"|(?i:authors?|writers?|author[ \t\xa0]of[ \t\xa0]the[ \t\xa0]article)[ \t\xa0]*:(?:[ \t\xa0]*"
            + NAMES
            + r"(?:[ \t\xa0]*[,|·]?[ \t\xa0]*(?i:editors?|edited[ \t\xa0]by)[ \t\xa0]*:[ \t\xa0]*"
            + NAMES
            + r")?)?"
            + r"|(?i:(?:from[ \t\xa0])?staff(?:[ \t\xa0]and[ \t\xa0]wire)?[ \t\xa0]reports?)"
            r"|(?:AFP|AP|Reuters|Bloomberg|Kyodo|Xinhua|dpa|EFE|ANSA|Yonhap|PTI|IANS|ANI|CNA|AAP|Bernama|Antara|TASS|Jiji),[ \t\xa0][A-Z][A-Z .'’-]{2,30}(?:,[ \t\xa0][A-Z][A-Z .'’-]{2,30})?"
            # the agency alone in brackets under the reporter's name: (Australian Associated Press)
            r"|\((?:The[ \t\xa0])?(?:Australian[ \t\xa0]Associated[ \t\xa0]Press|Associated[ \t\xa0]Press|Canadian[ \t\xa0]Press|Press[ \t\xa0]Association|Press[ \t\xa0]Trust[ \t\xa0]of[ \t\xa0]India|Agence[ \t\xa0]France-Presse|AAP|AFP|AP|Reuters|Bloomberg|Xinhua|Kyodo|PTI|IANS)\)"
            r"|(?:作者|记者|撰文|文|编译|采写|採寫|撰稿|文字|文图|文圖|图文|圖文)[ \t\xa0]*[：:|][ \t\xa0]*[^\n：:]{1,30}"
            r"|[□■]?[\u4e00-\u9fff·]{0,10}[ \t\xa0\u3000]*(?:记者|記者|编译|編譯|通讯员|通訊員|特约撰稿人)[ \t\xa0\u3000]+[\u4e00-\u9fff·]{2,4}"
            r"(?:[ \t\xa0\u3000、]+(?:(?:实习生|實習生|通讯员|通訊員|记者|記者)[ \t\xa0\u3000]*)?[\u4e00-\u9fff·]{2,4}){0,4}"
            r"(?:[ \t\xa0\u3000]*(?:报道|報導|報道|发自[\u4e00-\u9fff]{2,4}|發自[\u4e00-\u9fff]{2,4}))?"
            + r"|(?i:par|por|di|door|von|van|av|af)[ \t\xa0]+"
            + NAMES
            + r"(?:[ \t\xa0]*(?:,|—|–|-|(?i:avec|con|com|mit|und|et|e|y|en))[ \t\xa0]*[^\n]{1,40})?"
            + r"|(?i:by)[ \t\xa0]+"
            + NAMES
            + r"[ \t\xa0]*,[ \t\xa0]*(?:[A-Z][\w.&'’-]{0,20}[ \t\xa0]){0,4}"
            + _STAFF_TITLE
            + r"[ \t\xa0]+(?:of|at|for)[ \t\xa0]+(?:[A-Z][\w.&'’-]{0,25}(?:[ \t\xa0](?:[A-Z][\w.&'’-]{0,25}|of|and|&|the)){0,5})"
            + r"|(?i:by)[ \t\xa0]+"
            + NAMES
            + r"[ \t\xa0]*[|·•][ \t\xa0]*(?i:(?:edited|reviewed|fact[ \t\xa0-]?checked|additional[ \t\xa0]reporting)[ \t\xa0]by)[ \t\xa0]+"
            + NAMES
            + r"|"
            + NAMES
            + r"(?:[ \t\xa0]+@[\w/.\-]{2,30}){1,3}"
            + r"|(?i:by)[ \t\xa0]+"
            + NAMES
            + r"[ \t\xa0]*\("
            + EMAIL
            + r"\)"
            + r"|(?i:by)[ \t\xa0]+(?i:(?:business|political|finance|economics|markets|senior|chief|staff|technology|consumer)[ \t\xa0])?(?i:reporter|correspondent|writer|editor)[ \t\xa0]+"
            + NAMES
            + r"|(?i:author[ \t\xa0]of[ \t\xa0]the[ \t\xa0](?:article|story|post))[ \t\xa0]*:[ \t\xa0]*"
            + NAMES
            + r"|"
            + NAME
            + r"[ \t\xa0]*,[ \t\xa0]*(?i:author|co-author|editor|host)[ \t\xa0]of[ \t\xa0][A-Z][\w&'’.-]{1,25}(?:[ \t\xa0][A-Z][\w&'’.-]{1,25}){0,4}"
            + r"|I[ \t\xa0]cover[ \t\xa0][^\n.!?]{1,100}\."
            + r"|(?:Door|Von|Par|Por|Di|Da|Van):[ \t\xa0]*[A-Z][\w'’.&-]{1,30}(?:[ \t\xa0][A-Z][\w'’.&-]{1,30}){0,4}\.?"
            + r"|(?:[Ww]ritten|[Rr]eported|[Cc]ompiled)[ \t\xa0]by[ \t\xa0]+"
            + NAMES
            + r"[ \t\xa0]+for[ \t\xa0]+(?:The[ \t\xa0])?"
            + SOURCE
            + r"(?:[ \t\xa0]*(?:->|→|»|›|>))?"
            + r"|(?i:news[ \t\xa0]provided[ \t\xa0]by)(?:[ \t\xa0]*:?[ \t\xa0]*[^\n]{1,60})?"
            + r"|(?:[Aa]uthored|[Pp]osted|[Ss]ubmitted|[Cc]ontributed)[ \t\xa0]by[ \t\xa0]+"
            + NAMES
            + r"(?:[ \t\xa0]+(?:via|for|at|from)[ \t\xa0]+(?:The[ \t\xa0])?"
            + SOURCE
            + r")?"
            + r"|(?i:posted)[ \t\xa0]by[ \t\xa0](?:[A-Z][\w&.'’\-]{0,30}(?:[ \t][A-Z][\w&.'’\-]{0,30}){0,4})[ \t\xa0]on[ \t\xa0](?:"
            + DATE_FULL
            + r")(?:,?[ \t\xa0](?:at[ \t\xa0])?(?:"
            + TIME
            + r"))?"
            # a blog's meta row: Posted by: DirectorsTalk   18th March 2025   0 Comments
            + r"|(?i:posted)[ \t\xa0]by[ \t\xa0]*:[ \t\xa0]*[A-Z][\w&.'’\-]{0,30}(?:[ \t][A-Z][\w&.'’\-]{0,30}){0,3}(?:[ \t\xa0]{2,}|[ \t\xa0]*[|·•][ \t\xa0]*)(?:"
            + DATE_FULL
            + r")(?:(?:[ \t\xa0]{2,}|[ \t\xa0]*[|·•][ \t\xa0]*)\d{1,5}[ \t\xa0](?i:comments?|responses?|replies))?"
        ),
        description=(
            "A byline at the head: By [Name] (and [Name]), [Outlet or title], or [Name], AP [Beat] Writer, "
            "Staff Reports, 记者：[Name]."
        ),
        where=Where.HEAD,
        within=6,
        max_chars=140,
        examples=(
            "Posted by: MiningBeat   4th June 2025   3 Comments",
            "Published on February 12, 2025 at 9:05 am by Omar Haddad in News, Markets",
            "Kolkata, BizWire WebDesk",
            "(The Canadian Press)",
            "By Jane Doe",
            "By Jane Doe, Reuters",
            "By JANE DOE and JOHN ROE, Associated Press",
            "By Al Root | Barron's",
            "5:45 AM PST 11/19/2019 by Patrick Shanley",
            "Robert Burns, Ap National Security Writer",
            "By Mary O'Neil, Senior Markets Correspondent",
            "Staff Reports",
            "By",
            "Jack Farchy and Mariana Duran, Bloomberg News",
            "By Dana Kowalczyk (she/her) – Senior Reporter, Pittsburgh Business Times",
            "Reported by Aditi Menon",
            "Par Le Figaro avec AFP",
            "Por Renata Paiva, Valor — Rio",
            "di Marta Cerutti",
            "Par Sharon Lebrun",
            "By Helen Crane, Deputy Editor of This Is Money",
            "By Marisol Quintero, Lyllah Ainsworth|Edited by Stephen Alpher",
            "Kif Leswing @in/kifleswing @kifleswing",
            "By Jo He-rim (herim@heraldcorp.com)",
            "By business reporter Gareth Hutchens",
            "Author of the article: Kevin Carmichael",
            "Emily Peck, author of Axios Markets",
            "I cover billionaires, politics and philanthropy.",
            "By: Martin Creamer",
            "Author: Ivy Tan  Editor: Sarah Cottle",
            "Author of the article:",
            "AFP, TOKYO",
            'Door: Redactie Beursplein.',
            'Von: Anna Schmidt',
            "Written by Tracey Ryniec for Zacks ->",
            "News provided by",
            "Authored by Lance Roberts via RealInvestmentAdvice.com",
            "Posted by Marcus Keane",
            "Posted by Defense World Staff on Apr 2nd, 2025",
            "Posted by Stock Market Daily on Feb 4, 2025 at 9:40 am",
            "Author Maria Lindqvist      Editor Jonathan Reyes",
            "Story by Tom Becker • 5h • 2 min read",
            "Article by Priya Nair · 2 min read",
        ),
        counterexamples=(
            "Published on a Friday by the regulator in New York, the notice set out new rules.",
            "By Friday, the shares had recovered most of their losses.",
            "By most accounts, the law worked.",
            "By 2018, only two of her books remained in print.",
            "记者从央行获悉，下周将公布一季度数据。",
            "Por fin llega la reforma fiscal",
            "Von der Leyen will Zölle erhöhen",
            "Author: the company said the book would be published in May.",
            "Written by Ruth Ellis for the stage, the play opened in 1951.",
            "Story by story, the archive was rebuilt from microfilm.",
            "Author Hilary Mantel and editor Nicholas Pearson worked on the trilogy for a decade.",
        ),
        languages=("en", "zh", "fr", "es", "pt", "it", "nl", "de"),
        ignore_case=False,
    ),
    Rule(
        id="chrome.breadcrumb",
        category="chrome",
        pattern=(
            r"(?![^\n]*(?:[。！？!?]|\.[ \t\xa0]*\Z|\.[ \t\xa0]+[^\n>›»]*\Z))"
            r"(?:[^\s>›»|][^\n>›»|]{0,40}?(?:[ \t\xa0\u3000]*(?:>>?|›|»)[ \t\xa0\u3000]*[^\s>›»|][^\n>›»|]{0,40}?){1,6}"
            r"|[^\s/|][^\n/|]{0,24}?(?:[ \t\xa0\u3000]+/[ \t\xa0\u3000]+[^\s/|][^\n/|]{0,24}?){2,6}"
            r"|[^\s＞|｜][^\n＞|｜]{0,24}?(?:[ \t\xa0\u3000]*＞[ \t\xa0\u3000]*[^\s＞|｜][^\n＞|｜]{0,24}?){1,5}"
            r"|(?=[^\n]{0,20}(?:即時|新聞|财经|財經|要聞|港聞|經濟|地產|股市|理財|國際))[\u4e00-\u9fff]{2,6}(?:[ \t\xa0\u3000]+｜[ \t\xa0\u3000]+[\u4e00-\u9fff]{2,6}){1,3}"
            # from the site's home link, between bars: 西部网首页 | 陕西新闻 | 财经
            r"|[\u4e00-\u9fffA-Za-z0-9]{0,10}(?:首页|首頁)(?:[ \t\xa0\u3000]*[|｜][ \t\xa0\u3000]*[\u4e00-\u9fffA-Za-z0-9]{1,12}){1,5})"
            + r"|(?-i:[A-Z])(?:[^\n/|]{0,23}[^\s/|])?/[ \t\xa0]+(?:[^\s/|](?:[^\n/|]{0,23}[^\s/|])?/[ \t\xa0]+){1,5}[^\s/|\d][^\n]{5,180}"
        ),
        description="A breadcrumb trail at the head: 首页 > 财经 > 正文, Home > Markets > Stocks, ETtoday新聞雲 > 財經雲.",
        where=Where.HEAD,
        within=5,
        max_chars=220,
        examples=(
            "首页 > 财经 > 正文",
            "中国经济网首页 > 财经频道 > 滚动新闻 > 正文",
            "Home > Markets > Stocks",
            "ETtoday新聞雲 > 財經雲",
            'Business News/ Companies/ Banking/ HDFC Bank shares slip 2% after Q3 margins narrow; what should investors do?',
            "信報財經新聞 ＞ 港股直擊",
            "地產 ｜ 即時新聞",
            "东方网首页 | 财经频道 | 正文",
            "首頁｜產業｜半導體",
        ),
        counterexamples=(
            "Revenue > $5bn for the first time, a record.",
            "Apple > Microsoft? The market cap race narrowed again on Friday as chip stocks fell.",
            'Revenue/ profit growth slowed in the quarter, the company said.',
            'VANCOUVER, BC / April 9, 2024 / Northcrest Lithium Corp. (TSXV:NCL) has received assays from its drill program.',
            "港股｜恒指半日升183點",
            "抖音首页改版 | 用户时长提升两成",
        ),
        languages=("zh", "en", "*"),
    ),
    Rule(
        id="chrome.meta-zh",
        category="chrome",
        pattern=(
            r"(?:(?:(?:研报|研報|文章|稿件)?(?:来源|來源|作者)|稿源|记者|記者|编辑|編輯|发布时间|發佈時間|发布日期|时间|時間|日期|责任编辑|責任編輯|字号|阅读量|閱讀量"
            r"|阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|原标题|原標題)[ \t\xa0]*[：:][ \t\xa0]*(?:[^\n：:]|:\d){0,40}?[ \t\xa0]*){2,8}"
            r"|"
            + DATE_FULL
            + r"(?:[ \t\xa0\u3000]+"
            + TIME
            + r")?[ \t\xa0\u3000|｜]+(?:来源|來源|作者|编辑|編輯)[ \t\xa0]*[：:][ \t\xa0]*[^\n]{1,40}"
            r"|"
            + DATE_FULL
            + r"[ \t\xa0\u3000]+(?:"
            + TIME
            + r"[ \t\xa0\u3000]+)?[\u4e00-\u9fffA-Za-z]{2,10}"
            r"|(?:(?:来源|來源|作者)[ \t\xa0]*[：:][ \t\xa0]*)?(?:(?:原创|原創)[ \t\xa0\u3000]+(?:[\u4e00-\u9fff·]{2,4}[ \t\xa0\u3000]+)?)?"
            r"[《〈]?[\u4e00-\u9fffA-Za-z+]{2,10}[》〉]?(?:[－\-—–][\u4e00-\u9fff]{2,10})?[ \t\xa0\u3000]+"
            + DATE_FULL
            + r"[ \t\xa0\u3000]*(?:"
            + TIME
            + r")?(?:[ \t\xa0\u3000]+[\u4e00-\u9fff]{2,4})?(?:[ \t\xa0\u3000]+[^\n]{1,20}?(?:官方账号|官方帳號))?"
            # (and the source it took the story from: ZAKER 2024-09-12 来源：红星资本局)
            # (and its analyst or author: 隆众资讯 2024-09-13 17:05:21 来源：隆众资讯 分析师：孙敏)
            r"(?:[ \t\xa0\u3000]+(?:来源|來源|作者|分析师|分析師|编辑|編輯|记者|記者)[ \t\xa0]*[：:][ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9·]{2,16}){0,3}"
            r"|"
            + DATE_FULL
            + r"(?:[（(](?:星期|週|周)[一二三四五六日天][)）])?[ \t\xa0\u3000]*"
            + TIME
            + r"(?:[ \t\xa0\u3000]*[·•][ \t\xa0\u3000]*[\u4e00-\u9fff]{2,6}|[ \t\xa0\u3000]+(?:发布于|發佈於|发布自|来自|來自)[：:]?[ \t\xa0\u3000]*[\u4e00-\u9fff]{2,8})?"
            # A research note's fields (研报日期：… 机构名称：… 研究员：…) and its count of notes.
            r"|(?:(?:研报日期|研報日期|报告日期|報告日期|机构名称|機構名稱|研究机构|研究機構|研究员|研究員|分析师|分析師|评级|評級|上次评级|上次評級)[ \t\xa0]*[：:][ \t\xa0]*[^\n：:]{1,30}?[ \t\xa0\u3000]*){2,6}"
            r"|近(?:一|三|六|1|3|6)(?:个月|個月|月)(?:个股|個股|行业|行業)?(?:研报|研報)(?:数|數)[ \t\xa0]*[：:][ \t\xa0]*\d{1,4}"
            # A credit label left empty by the page (作者：).
            r"|(?:作者|来源|來源|编辑|編輯|责任编辑|責任編輯|记者|記者|撰文|原标题|原標題)[ \t\xa0]*[：:]"
            # A date and a site with its desk (新浪财经-研报中心); a site, a date and its reporter.
            + r"|"
            + DATE_FULL
            + r"[ \t\xa0\u3000]+(?:"
            + TIME
            + r"[ \t\xa0\u3000]+)?[\u4e00-\u9fffA-Za-z]{2,10}[－\-—–][\u4e00-\u9fffA-Za-z]{2,10}"
            + r"|[\u4e00-\u9fffA-Za-z+]{2,12}[ \t\xa0\u3000]+"
            + DATE_FULL
            + r"(?:[ \t\xa0\u3000]+"
            + TIME
            + r")?[ \t\xa0\u3000]+(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}(?:[ \t\xa0\u3000]*(?:报道|報導|報道))?"
            + r"|(?:来源|來源)[ \t\xa0]*[：:][ \t\xa0]*[^\n：:，,]{1,20}[，,][ \t\xa0]*(?:作者|撰文)[ \t\xa0]*[：:][ \t\xa0]*[^\n：:，,]{1,24}[，,]?[ \t\xa0]*[（(]?" + URL + r"[）)]?"
            # Fields labelled without colons between bars: 作者 林宗輝 | 發布日期 2024 年 05 月 14 日 8:40 | 分類 半導體 , 晶圓.
            + r"|(?:作者|撰文|記者|记者)[ \t\xa0\u3000]+[\u4e00-\u9fffA-Za-z·]{2,12}(?:[ \t\xa0\u3000]*[|｜][ \t\xa0\u3000]*(?:發布日期|发布日期|發佈日期|發布時間|发布时间|發佈時間|更新時間|更新时间|日期|時間|时间|分類|分类|標籤|标签|類別|类别)[ \t\xa0\u3000：:]*[^\n|｜。，！？；]{1,40}){1,4}"
            # A site's Latin brand and its reporter (CTWANT 記者 王郁雯); an outlet's roundup credit
            # (看看新闻Knews综合, 中新网综合); a date and the desks after commas (2024/07/01 , 財經 , 台灣).
            + r"|(?-i:[A-Z][A-Za-z0-9]{1,11})[ \t\xa0\u3000]+(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}"
            + r"|[\u4e00-\u9fff]{1,6}(?:新闻|新聞|网|網|社|报|報|台)(?-i:[A-Za-z]{2,10})?(?:综合|綜合)(?:报道|報導|報道|整理)?"
            + r"|"
            + DATE_FULL
            + r"(?:[ \t\xa0\u3000]*[,，][ \t\xa0\u3000]*[\u4e00-\u9fff]{2,4}){1,3}"
            # A site's brand and desk over the date (am730 財經 2024年10月02日 17:05).
            + r"|(?-i:[A-Za-z][A-Za-z0-9.]{1,11})[ \t\xa0\u3000]+[\u4e00-\u9fff]{2,4}[ \t\xa0\u3000]+"
            + DATE_FULL
            + r"(?:[ \t\xa0\u3000]+"
            + TIME
            + r")?"
        ),
        description="A Chinese article meta line at the head: two or more fields such as 来源：, 作者：, 发布时间：, 阅读量：.",
        where=Where.HEAD,
        within=6,
        max_chars=160,
        examples=(
            "ZAKER 2024-10-08 来源：每日经济新闻",
            "卓创资讯 2025-02-21 16:42:08 来源：卓创资讯 分析师：王丽娜",
            "《經濟通》 2024-06-11 09:15",
            "TVBS 記者 林佩君",
            "中新网综合",
            "2024/09/15 , 科技 , 國際",
            '来源：雪球App，作者： 长线老韭菜，（https://xueqiu.com/9876543210/301234567）',
            "作者：李四 阅读量：1234",
            "研报作者：刘 乐　　发布日期：2024-04-22",
            "研报日期：2025-03-02　　机构名称：华泰证券　　研究员：林晓明 李子钰",
            "研報日期：2025-06-11 機構名稱：中金公司 分析師：周子健",
            "近一月个股研报数：12",
            "2025年03月02日 14:05　新浪财经-行业研报",
            "鉅亨網 2025/06/03 08:30 記者 王莉芳 報導",
            "MoneyDJ新聞 2025-02-11 10:05:41 記者 李孟珊",
            "etnet 港股 2025年03月14日 09:42",
            "作者：",
            "來源:",
            "作者 陳冠宇 | 發布日期 2025 年 03 月 02 日 14:10 | 分類 AI 人工智慧 , 手機",
        ),
        counterexamples=(
            "作者 王小明 | 日期不详的手稿中，记录了这家工厂的兴衰。",
            "2024/07/01，台股大漲，外資買超百億元。",
            "来源于市场的压力正在加大，作者认为这一趋势将持续。",
            "机构名称变更后，研究员团队由12人扩充至20人，评级体系保持不变。",
            "近一月个股研报数量明显增加，机构关注度上升。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="chrome.byline-role",
        category="chrome",
        pattern=(
            r"(?i:(?:fact[ \t\xa0-]?checked|reviewed|medically[ \t\xa0]reviewed|copy[ \t\xa0]?edited|edited|verified|produced|illustrated)"
            r"[ \t\xa0]by)[ \t\xa0]*:?[ \t\xa0]*"
            + NAMES
            # a financial planner's letters after the name: 'Reviewed by: Jo Lin, CFP®'
            + r"(?:[ \t\xa0]*,[ \t\xa0]*(?-i:CFP|CFA|CPA|ChFC|CLU|RICP|CMT|CAIA|CRPC|AFC|CEPF|MBA|PhD|EA)(?:®|\(R\)|™)?){0,3}"
            + r"(?:[ \t\xa0]*[,|·][ \t\xa0]*(?:[A-Z][\w.&'’-]{0,20}[ \t\xa0]){0,3}"
            + _STAFF_TITLE
            + r")?"
            r"|"
            + NAME
            + r"(?:[ \t\xa0]*[·•|,][ \t\xa0]*(?:[A-Z][\w&-]{1,20}[ \t\xa0])?(?:[a-z][\w&-]{1,20}[ \t\xa0]){0,2}|[ \t\xa0]+)(?:(?i:Senior|Staff|Chief|Contributing|Deputy|Managing|Special|Lead|Executive|Associate)[ \t\xa0]){0,2}"
            + r"(?i:"
            + _STAFF_TITLE
            + r")"
            r"(?:[ \t\xa0]*[·•|,][ \t\xa0]*[A-Z][\w&.'’ -]{1,30})?"
            r"|"
            + NAME
            + r"[ \t\xa0]+"
            + HANDLE
            + r"|(?i:by)[ \t\xa0]*:?[ \t\xa0]+"
            + NAME
            + r",[ \t\xa0]+(?:[A-Z][\w&-]{1,20}[ \t\xa0]){0,3}(?i:"
            + _STAFF_TITLE
            + r")"
            r"(?:[ \t\xa0](?:at|for|with)[ \t\xa0][^\n]{1,40})?"
            r"|(?i:by)[ \t\xa0]*:?[ \t\xa0]+"
            + NAME
            + r"(?:[ \t\xa0]in[ \t\xa0][A-Z][\w .'’-]{1,30})?(?:[ \t\xa0]*\|[ \t\xa0]*[^|\n]{1,40}){1,3}"
            r"|(?i:by)[ \t\xa0]+" + NAME + r"[ \t\xa0](?i:for)[ \t\xa0][^\n]{1,40}"
            r"|(?i:authors?)[ \t\xa0]*:[ \t\xa0]*"
            + NAME
            + r",[ \t\xa0][^\n]{1,140}"
            + r"|"
            + NAME
            + r"[ \t\xa0]+(?:(?i:Senior|Chief|Deputy|Global|International|Political|Economics|Business)[ \t\xa0])?(?:[a-z][\w&-]{1,20}[ \t\xa0]){1,2}(?i:correspondent|editor|reporter|writer|columnist)"
            # a commentator with the firm and a lower-case role: 'Russ Mould, AJ Bell investment director'
            + r"|"
            + NAME
            + r"[ \t\xa0]*,[ \t\xa0]+(?:[A-Z][\w&.'’-]{0,20}[ \t\xa0]){1,3}(?:[a-z][\w&-]{1,20}[ \t\xa0]){0,3}(?:director|analyst|strategist|economist|commentator|manager|adviser|advisor|editor|correspondent|researcher)s?"
            # a labelled byline with a role and a place: 'Written by: Jane Doe | Financial Analyst, London'
            + r"|(?i:written|reported|compiled|authored)[ \t\xa0]by[ \t\xa0]*:[ \t\xa0]*"
            + NAMES
            + r"(?:[ \t\xa0]*[|·•,][ \t\xa0]*[^|\n]{1,50}){0,2}"
            # the author and the date: 'by Jane Doe on Oct 3, 2024'
            + r"|(?i:by)[ \t\xa0]+"
            + NAMES
            + r"[ \t\xa0]+on[ \t\xa0]+(?:"
            + WEEKDAY
            + r",?[ \t\xa0]+)?(?:"
            + DATE_FULL
            + r")(?:,?[ \t\xa0]+(?:at[ \t\xa0]+)?(?:"
            + TIME
            + r"))?"
            # the author and the paper in brackets: 'Jane Doe (The Jakarta Post)'
            + r"|"
            + NAMES
            + r"[ \t\xa0]*\((?:The[ \t\xa0])?(?:[A-Z][\w.&'’-]{0,20}[ \t\xa0]){0,3}(?:Post|Times|News|Herald|Journal|Daily|Tribune|Press|Star|Gazette|Chronicle|Globe|Mail|Telegraph|Express|Nation|Standard|Observer|Inquirer|Insider|Agencies|Wire|Reuters|Bloomberg|AFP|AP|Xinhua|Kyodo|Yonhap|Bernama|Antara|Jiji)\)"
            + r"|(?i:by)[ \t\xa0]+" + NAMES + r"[ \t\xa0]*,"
            # a one-line bio under the author's name: 'I write about ETFs, income investing and retirement.'
            + r"|I[ \t\xa0](?:write|cover|report)[ \t\xa0](?:about|on)[ \t\xa0](?![^\n]{0,140}\b(?:but|because|when|since|every|for[ \t\xa0]a[ \t\xa0]living|I)\b)[^\n.!?]{1,120}\.?"
            # the role alone on the line under the author's name: 'Reporter', 'Senior Contributor'
            + r"|(?:(?i:Senior|Staff|Contributing|Chief|Deputy|Special|Lead|Associate|Executive)[ \t\xa0]){0,2}(?i:reporter|contributor|columnist|correspondent|staff[ \t\xa0]writer|writer|editor|strategist|analyst)"
            # the author (or desk), the section and the date between bars: 'Jane Doe | Markets | Tuesday, 11/03/2025 | 14:05 GMT'
            + r"|"
            + NAME
            + r"[ \t\xa0]*\|[ \t\xa0]*(?:[A-Z][\w&'’-]{1,20}(?:[ \t\xa0][A-Z][\w&'’-]{1,20}){0,2}[ \t\xa0]*\|[ \t\xa0]*)?(?:"
            + WEEKDAY
            + r",?[ \t\xa0]*)?(?:"
            + DATE_FULL
            + r")(?:[ \t\xa0|,:–—-]{1,6}(?:(?i:updated?)|"
            + TIME
            + r"|"
            + DATE_FULL
            + r"|\d{2}(?!\d))){0,4}"
        ),
        description=(
            "A review or editing credit at the head (Fact checked by X, Reviewed by X, Edited by X) or a name "
            "with a staff title after a dot (Josh Schafer · Reporter)."
        ),
        where=Where.HEAD,
        within=6,
        max_chars=120,
        examples=(
            "Reviewed by: Daniel Ortiz, CFP®",
            "Fact checked by Priya Nair, CFA, CPA",
            'By Hannah Okafor,',
            'I write about pensions, annuities and tax planning for retirees.',
            "Fact checked by Suzanne Kvilhaug",
            "Reviewed by Somer Anderson",
            "Josh Schafer · Reporter",
            "Medically reviewed by Jane Doe, Staff Editor",
            "Richard Partington Senior economics correspondent",
            "Sophie Lund-Yates, Hargreaves Lansdown lead equity analyst",
            "Susannah Streeter, Hargreaves Lansdown markets analyst",
            "Written by: Tom Ellis | Market Analyst, Sydney",
            "by Hamish Grey on Mar 3, 2025",
            "By Sarah Kent on Tuesday, March 4, 2025 at 9:15 am",
            "Rina Chandran (The Straits Times)",
            "Budi Santoso (Antara)",
            "Senior Contributor",
            "Reporter",
            "Petra Lindqvist|Regulation|Monday, 10/03/2025 | 09:40 GMT-0",
            "Harbourline Markets | Mar 14, 25 08:15 GMT",
            "Kemal Demir   |14.03.2025 - Update : 14.03.2025",
        ),
        counterexamples=(
            'I write about this because I lost money in 2008.',
            'By Friday, shares had fallen 12%.',
            "Reviewed by regulators in three countries, the merger closed in May.",
            "Edited by Hand Inc, the magazine sold 2 million copies last year, the company said.",
            "Reviewed by the Senate, the bill now goes to the president.",
            "Laith Khalaf, AJ Bell's head of investment analysis, said the fund had lagged its benchmark.",
            "Written by: the board in 2019, the policy was never applied.",
            "By Friday on March 3, 2025 the shares had fallen 12%.",
            "Apple (AAPL) shares rose 2% after the launch event in Cupertino.",
            "Editor's note",
            "Apple | March 3: shares hit a record after the launch, analysts said.",
        ),
        ignore_case=False,
    ),
    Rule(
        id="chrome.byline-zh",
        category="chrome",
        pattern=(
            r"(?:[\u4e00-\u9fff\d]{2,12}[ \t\xa0\u3000]*)?(?:记者|記者|特约记者|特約記者|实习生|實習生)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}"
            r"(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}[ \t\xa0\u3000]*[／/]?[ \t\xa0\u3000]*[\u4e00-\u9fff]{0,6}?(?:即时|即時)?(?:报道|報導|報道|发自[\u4e00-\u9fff]{2,6})"
            r"|(?:"
            + DATE_FULL
            + r"(?:[ \t\xa0\u3000]+"
            + TIME
            + r")?[ \t\xa0\u3000]+)?[\u4e00-\u9fff]{2,10}[ \t\xa0\u3000]*[／/|｜][ \t\xa0\u3000]*(?:记者|記者|编译|編譯|综合报道|綜合報導)[\u4e00-\u9fff·、]{0,12}"
            r"(?:[ \t\xa0\u3000]*[／/|｜][ \t\xa0\u3000]*[\u4e00-\u9fff]{0,8}(?:报道|報導|報道|即時報導|即时报道|綜合報導|综合报道))?"
            r"|(?:文|撰文|文字|采写|採寫|口述)[ \t\xa0\u3000]*[｜|丨/／][ \t\xa0\u3000]*[\u4e00-\u9fffA-Za-z·]{2,12}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}"
            # The outlet's reporter label, a bar and the name, with trainees and editors: 红星新闻记者｜付宇轩 实习记者｜黄子涵.
            r"|(?![^\n]*[。！？!?，,；;])[\u4e00-\u9fffA-Za-z]{0,10}?(?:记者|記者|实习记者|實習記者|实习生|實習生|特约记者|特約記者)[ \t\xa0\u3000]*[｜|丨/／][ \t\xa0\u3000]*"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}(?:[ \t\xa0\u3000]+[\u4e00-\u9fff]{0,6}?(?:记者|記者|实习记者|實習記者|实习生|實習生|通讯员|通訊員|编辑|編輯|责编|責編|摄影|攝影)[ \t\xa0\u3000]*[｜|丨/／][ \t\xa0\u3000]*"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}){0,3}"
            # A writer's headline of roles under the name (知乎, 雪球): 消费行业研究员 / 前券商分析师.
            r"|[\u4e00-\u9fff]{1,12}(?:研究员|研究員|分析师|分析師|记者|記者|编辑|編輯|作者|博主|律师|律師|投资人|投資人|创始人|創始人|合伙人|合夥人|从业者|從業者|答主|工程师|工程師|教授|顾问|顧問|经理|經理|主编|主編)(?:[ \t\xa0\u3000]*[/／|｜][ \t\xa0\u3000]*[\u4e00-\u9fff]{0,12}(?:研究员|研究員|分析师|分析師|记者|記者|编辑|編輯|作者|博主|律师|律師|投资人|投資人|创始人|創始人|合伙人|合夥人|从业者|從業者|答主|工程师|工程師|教授|顾问|顧問|经理|經理|主编|主編)){1,3}"
            # ... with the outlet's reporter label and the correspondents: 文/广州日报新花城记者：何颖思　通讯员：穗商宣.
            r"|(?:文|撰文|采写|採寫)[ \t\xa0\u3000]*[｜|丨/／][ \t\xa0\u3000]*[\u4e00-\u9fffA-Za-z+]{0,12}?(?:记者|記者)[ \t\xa0\u3000]*[：:]?[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}"
            r"(?:[ \t\xa0\u3000]+(?:通讯员|通訊員|实习生|實習生|记者|記者|摄影|攝影)[ \t\xa0\u3000]*[：:]?[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,6}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}){0,3}"
            # Two outlet names around a slash before the reporter, and who took the pictures: 现代快报/现代+记者 张瑜 文/摄.
            r"|[\u4e00-\u9fff]{2,8}[／/][\u4e00-\u9fffA-Za-z]{1,8}\+?(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}"
            r"(?:[ \t\xa0\u3000]+(?:文[/／](?:摄|攝|图|圖)|(?:摄|攝)(?:影)?|图|圖|文图|文圖))?"
            # An outlet, the reporter and the city after a slash: DIGITIMES 陳怡君／新竹.
            r"|(?:[A-Za-z][A-Za-z&.]{1,14}|[\u4e00-\u9fff]{2,8})[ \t\xa0\u3000]+[\u4e00-\u9fff·]{2,4}[ \t\xa0\u3000]*[／/][ \t\xa0\u3000]*"
            r"(?:台北|臺北|新北|新竹|台中|臺中|台南|臺南|高雄|桃園|基隆|嘉義|北京|上海|深圳|廣州|广州|香港|澳門|澳门|東京|东京|首爾|首尔|矽谷|硅谷|紐約|纽约|華盛頓|华盛顿|倫敦|伦敦|新加坡)"
            r"(?:即時報導|即时报道|報導|报道|報道)?"
            # The print edition's date, paper and page: 2025-03-04 澳門日報 B02版.
            r"|(?:" + DATE_FULL + r"[ \t\xa0\u3000]+)?[\u4e00-\u9fff]{2,8}(?:报|報|刊)(?:[ \t\xa0\u3000]+" + DATE_FULL + r")?[ \t\xa0\u3000]+第?[ \t\xa0]?[A-Za-z]{0,2}\d{1,3}[ \t\xa0]?版"
            # A writer's page name, the time and its follow button: 财经老李说  10-21 20:15  关注.
            r"|[\u4e00-\u9fffA-Za-z0-9_]{2,16}[ \t\xa0\u3000]+(?:" + DATE_FULL + r"|" + DATE_SHORT + r")(?:[ \t\xa0\u3000]+" + TIME + r")?[ \t\xa0\u3000]+[+＋]?[ \t\xa0]*(?:关注|關注|订阅|訂閱)"
            # ... after the outlet in brackets, with its editors: 《财经》新媒体 文 | 王晴 编辑 | 陆一鸣.
            r"|《[\u4e00-\u9fff]{2,8}》[\u4e00-\u9fff]{0,4}[ \t\xa0\u3000]+(?:文|撰文|文字|采写|採寫|口述)[ \t\xa0\u3000]*[｜|丨/／][ \t\xa0\u3000]*[\u4e00-\u9fffA-Za-z·]{2,12}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}"
            r"(?:[ \t\xa0\u3000]+(?:编辑|編輯|责编|責編|校对|校對|审核|審核|统筹|統籌|监制|監製)[ \t\xa0\u3000]*[｜|丨/／][ \t\xa0\u3000]*[\u4e00-\u9fffA-Za-z·]{2,12}){0,3}"
            # Two outlet names before the reporter (中国经营报 中经网记者 孙吉正 北京报道), an app's name,
            # the reporter and the date (南方+ 记者 岳亚楠 2024-04-19 10:48).
            r"|[\u4e00-\u9fff]{2,10}[ \t\xa0\u3000]+[\u4e00-\u9fff]{1,6}(?:网|網|报|報|社|台|新闻|新聞|客户端|客戶端)(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}[ \t\xa0\u3000]*[\u4e00-\u9fff]{0,6}?(?:报道|報導|報道)"
            # (without the + chrome.source-date reads it as a source and a date)
            r"|[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{0,10}\+[ \t\xa0\u3000]+(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}[ \t\xa0\u3000]+(?:"
            + DATE_FULL
            + r")(?:[ \t\xa0\u3000]+"
            + TIME
            + r")?"
            r"|[\u4e00-\u9fff]{2,8}(?:新聞網|新闻网|日報|日报|晚報|晚报|時報|时报|商報|商报|財經|财经)[ \t\xa0\u3000]+[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}"
            r"|(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}[ \t\xa0\u3000]*[/／][ \t\xa0\u3000]*(?:摄影|攝影|编辑|編輯)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}[ \t\xa0\u3000]*(?:报道|報導)?"
            # An outlet, 记者 and names: not a sentence (他向记者出示草图。).
            r"|(?![^\n]*[。！？!?，,；;])(?:"
            + DATE_FULL
            + r"(?:[ \t\xa0\u3000]+"
            + TIME
            + r")?[ \t\xa0\u3000]+)?[\u4e00-\u9fff]{2,8}[ \t\xa0\u3000]*(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}"
            # the outlet in title marks, the reporter and where: 《中国经济周刊》 记者 孙冰 | 北京报道
            r"|《[\u4e00-\u9fffA-Za-z0-9]{2,10}》[ \t\xa0\u3000]*(?:记者|記者)[ \t\xa0\u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}"
            r"(?:[ \t\xa0\u3000]*[|｜丨/／][ \t\xa0\u3000]*[\u4e00-\u9fff]{0,6}(?:报道|報導|報道))?"
            r"|[〔【\[（(](?:[\u4e00-\u9fff]{0,8}(?:记者|記者)|[\u4e00-\u9fff]{2,8}(?:中心|編譯|编译))[\u4e00-\u9fff·]{0,4}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}"
            r"[ \t\xa0\u3000]*[／/|｜][ \t\xa0\u3000]*[\u4e00-\u9fff]{0,8}(?:报道|報導|報道|綜合報導|综合报道)[〕】\]）)]"
            # A credit with its dates: 【香港經濟日報】撰文：區嘉欣 2024-08-14 11:02 最後更新日期：…, 撰文者：王小明 發布日期：2025.04.02.
            + r"|(?:【[\u4e00-\u9fffA-Za-z0-9]{2,10}】[ \t\xa0\u3000]*)?(?:撰文者?|作者|记者|記者|文)[ \t\xa0]*[：:][ \t\xa0]*[\u4e00-\u9fffA-Za-z·]{2,12}[ \t\xa0\u3000]+"
            + _STAMP_PART
            + r"(?:[ \t\xa0\u3000]*[|｜/]?[ \t\xa0\u3000]*"
            + _STAMP_PART
            + r")?"
        ),
        description=(
            "A Chinese byline at the head: outlet reporter name and place (21世纪经济报道记者 李莉 北京报道), a "
            "dated outlet／記者／place line (經濟日報／ 記者王奐敏／台北即時報導), 文｜财新 赵莹, 中時新聞網 王逸芯."
        ),
        where=Where.HEAD,
        within=6,
        max_chars=80,
        examples=(
            "21世纪经济报道记者 李莉 北京报道",
            "2025-10-16 16:12 經濟日報／ 記者王奐敏／台北即時報導",
            "文｜财新 赵莹",
            "中時新聞網 王逸芯",
            "經濟日報／記者王奐敏",
            "【信報財經新聞】撰文：陳志強 2025-03-11 09:15 最後更新日期：2025-03-11 09:40",
            "撰文者：林佳蓉 發布日期：2024.12.18",
            "《中国新闻周刊》新媒体 文 | 李明远 编辑 | 张弛",
            "华夏时报 华夏网记者 陈锋 上海报道",
            "湖南+ 记者 王莉 2025-03-12 09:30",
            "津云+ 記者 林美君、陳立 2024/11/05",
            "DIGITIMES 陳怡君／新竹",
            "2025-03-04 澳門日報 B02版",
            "大公报 2024年5月6日 第A7版",
            "工商時報 李文淵／台北報導",
            "文/羊城晚报羊城派记者：陈晓玲　通讯员：黄埔宣",
            "新能源行业研究员 / 前基金经理",
            "科技博主｜前互联网产品经理",
            "扬子晚报/紫牛新闻记者 王璐 文/摄",
            "股市老张聊财经  03-15 09:42  关注",
            "理财小助手 2024-11-02 08:05 +关注",
            "《财经》 记者 王晓 | 上海报道",
            "封面新闻记者｜李思远 实习记者｜王可欣",
            "每经记者｜陈 静　实习生｜周文博　编辑｜何小桃",
        ),
        counterexamples=(
            "台積電 魏哲家／新竹總部宣布擴產計畫。",
            "市场情绪  10-21 20:15  再度转弱",
            "他向记者出示草图。",
            "记者从央行获悉，下周将公布一季度数据。",
            "中時新聞網報導指出，該公司營收創新高。",
            "文中提到的数据来自国家统计局。",
            "记者李莉在北京报道了这一消息后，该公司股价大跌。",
            "作者群 2025年3月出版新書，分析台股走勢與散戶比重。",
            "北京 多家媒体记者 赶赴现场报道",
            "文/摄影记者的镜头下，这座城市正在变化",
            "公司/工厂记者会现场气氛热烈",
            "研究员/分析师比例失衡，券商正在扩招投研团队",
            "《财经》记者 王晓 发现了这份合同。",
            "记者｜编辑，这是他在报社的双重身份。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="chrome.masthead-zh",
        category="chrome",
        pattern=(
            # A site's production credit: 凤凰网财经《公司研究院》出品, 腾讯新闻出品.
            r"(?:"
            + _ZH_MASTHEAD
            + r")(?:[\u4e00-\u9fffA-Za-z]{2,10}?)?[ \t\xa0\u3000]*(?:[《「“][^\n》」”]{1,12}[》」”][ \t\xa0\u3000]*)?(?:联合|聯合|荣誉|榮譽|独家|獨家)?(?:出品|策划出品|策劃出品)|"
            r"(?:"
            + _ZH_MASTHEAD
            + r")(?:[ \t\xa0\u3000]*(?:[A-Za-z][A-Za-z]{1,12}(?:[ \t\xa0][A-Z][a-z]{1,12})?))?(?:"
            + _ZH_META_SEP
            + _ZH_META_SEG
            + r"){0,4}"
            r"|(?=[^\n]{0,80}?(?:"
            + _ZH_DATE
            + r"|"
            + _ZH_CLOCK
            + r"|(?<![^ \t\xa0\u3000|｜·•丨/／])(?:作者|撰文|文字[：:]|文[ \t\xa0]*[｜|/／]|记者|記者|编辑|編輯|责编|責編|来源|來源|摄影|攝影|分享|字[号號体體])|综合报道|綜合報導))"
            r"(?=[^\n]{0,80}?(?:[|｜·•‧・丨/／]|"
            + _ZH_DATE
            + r"[ \t\xa0\u3000]*(?:"
            + _ZH_WEEKDAY
            + r"[ \t\xa0\u3000]*)?(?:(?:HKT|CST|SGT|MYT)[ \t\xa0\u3000]*)?"
            + _ZH_CLOCK
            + r"|(?:作者|撰文|文字|记者|記者|编辑|編輯|来源|來源|发布时间|發布時間|更新時間|更新时间|时间|時間)[ \t\xa0]*[：:]))"
            + _ZH_META_SEG_FIRST
            + r"(?:"
            + _ZH_META_SEP
            + _ZH_META_SEG
            + r"){1,6}"
            r"|(?:发布时间|發布時間|發佈時間|发布日期|更新時間|更新时间|时间|時間|日期|作者)[ \t\xa0]*[：:][ \t\xa0]*(?:"
            + _ZH_META_SEG
            + r")(?:"
            + _ZH_META_SEP
            + _ZH_META_SEG
            + r"){0,4}"
            # Papers whose name has no outlet suffix (大公報, 力報, 文匯報), outlets named
            # 经济报道, and a site's home link (每经网首页, 大眾網首頁).
            r"|(?:大公報|大公报|文匯報|文汇报|力報|力报|成報|成报|華僑報|华侨报|正報|正报|訊報|讯报)(?:[ \t\xa0\u3000]*[A-Za-z][A-Za-z]{1,12}(?:[ \t\xa0][A-Z][a-z]{1,12}){0,2})?"
            r"|[\u4e00-\u9fff0-9]{1,6}(?:经济|經濟)(?:报道|報道|報導)"
            r"|(?:" + _ZH_MASTHEAD + r")(?:首页|首頁)"
            # a Latin brand (lower case too: now新聞) and its section after a dash: now新聞 - 財經
            + r"|(?-i:[A-Z][A-Za-z0-9.]{2,15}|[a-z][a-z0-9]{1,7})(?:新聞|新闻|財經|财经|快訊|快讯)(?:[ \t\xa0\u3000]+[-–—|｜·•][ \t\xa0\u3000]+(?:財經|财经|國際|国际|要聞|要闻|港聞|港闻|兩岸|两岸|政治|社會|社会|娛樂|娱乐|體育|体育|科技|生活|地產|地产|健康|即時|即时|大陸|大陆|中國|中国|本地|專題|专题|股市|理財|理财))?"
            # A site name with its domain (三立新聞網 SETN.COM, 商周.com) or its slogan (新京报 - 好新闻，无止境).
            + r"|(?:" + _ZH_MASTHEAD + r"|[\u4e00-\u9fff]{2,6})[ \t\xa0\u3000]*(?:(?:www|WWW)\.)?(?:[A-Za-z0-9][A-Za-z0-9-]{0,20})?\.(?:com|COM|net|NET|org|ORG|cn|CN|tw|TW|hk|HK|mg|MG|mo|MO|sg|SG|my|MY)(?:\.(?:cn|tw|hk|CN|TW|HK))?"
            + r"|(?:" + _ZH_MASTHEAD + r"|[\u4e00-\u9fff]{1,4}(?:报|報))[ \t\xa0\u3000]+[-–—|｜][ \t\xa0\u3000]+(?=[^\n]{0,14}[，,的])[\u4e00-\u9fff，,、！!]{3,14}"
            # A WeChat article's head line: 原创 [author] [account].
            + r"|(?:首发于|首發於)[ \t\xa0\u3000]*(?![^\n]*[的了着著将將是])[\u4e00-\u9fffA-Za-z0-9·]{2,16}"
            + r"|原创[ \t\xa0\u3000]+(?:[\u4e00-\u9fffA-Za-z·]{1,12}[ \t\xa0\u3000]+)?[\u4e00-\u9fffA-Za-z0-9]{0,8}(?:中国|中國|财经|財經|研究院|研究|观察|觀察|资本|資本|日报|日報|早报|早報|晚报|晚報|新闻|新聞|时报|時報|周刊|週刊|社|君|号|號|局|圈|网|網|APP|App|公司)"
        ),
        description=(
            "A Chinese page's masthead or meta bar at the head: a site name (新京报客户端 | 新京报网, 天下雜誌, 晴報 Sky Post), "
            "or parts separated by | ｜ · / or spaces that include a date, a time or a credit "
            "(2025年7月2日 週三 上午9:35, 港聞 | 撰文：高俊傑, 文｜杨逸飞 编辑｜袁斯来, 字體：大 中 小 | 分享到)."
        ),
        where=Where.HEAD,
        within=6,
        max_chars=80,
        examples=(
            "理财小站 2024-05-11 09:20 发布于北京 | 1,024 次阅读 | 3 评论 | 12 转藏",
            'MoneyDJ新聞',
            "now新聞 - 國際",
            "TVBS新聞 - 財經",
            "2024年11月8日 上午10:12 ‧ 商台新聞",
            "華視新聞網 ・ 2025年1月9日 下午3:40 ・ 3 分鐘 (閱讀時間)",
            "新京报客户端 | 新京报网 | 新京报官方微博",
            "网易财经《深度》出品",
            "新浪财经上市公司研究院出品",
            "财联社",
            "腾讯新闻出品",
            "南方都市报 南都N视频",
            "天下雜誌",
            "鏡週刊 Mirror Media",
            "钛媒体APP",
            "2025年7月2日 週三 上午9:35",
            "05月22日 19:30 · 北京",
            "2025-06-13 07:31 · 作者：郭虹妘 · 来源：钛媒体",
            "港聞 | 撰文：高俊傑",
            "更新時間：17:52 2025-06-09 HKT",
            "文｜杨逸飞 编辑｜袁斯来",
            "財經 | 文 / 黃筱珮",
            "天下雜誌 第812期 | 文字：陳良榕",
            "字體：大 中 小 | 分享到",
            "2025.09.03 | 新頭殼newtalk 記者林瑋豐／台北報導",
            "作者：林宏達｜2025/08/26 18:10",
            "發布時間：2025-04-16 19:42",
            "發布時間：2025/03/18 09:05 最後更新：2025/03/18 09:41",
            "2024-09-18 HKT 16:45",
            "2024年07月22日09:03 | 来源：人民网-人民日报",
            "中央社 更新於 2024年06月05日 下午2:31 · 2 分鐘 (閱讀時間)",
            "稿源：鹏扬基金　2024.04.03 09:41",
            "文汇报",
            "大公報 Ta Kung Pao",
            "力报",
            "華僑報",
            "21世紀經濟報道",
            "中国经济网首页",
            "東方財富網首頁",
            "鏡週刊 MIRRORMEDIA.COM",
            "天下.com",
            "今周刊 www.businesstoday.com.tw",
            "齐鲁晚报 - 有温度的新闻，有态度的表达",
            "原创 陈默 e公司",
            "原创 Amy 财联社",
            "中国在线",
            "南方在線",
            "首发于投资笔记本",
        ),
        counterexamples=(
            "国泰金控上半年获利创新高",
            "统计局发布一季度经济报道显示就业稳定",
            "新华网首页改版上线",
            "这部纪录片由上海电视台出品",
            "农民专业合作社",
            "贵州茅台发布年报",
            "多家银行关停直销APP",
            "国家电网",
            "5月22日 19:30，北京市发布暴雨预警。",
            "央行：适时降准降息，保持流动性充裕",
            "台灣首起新聞著作權告AI案 媒體控業者擅用報導訓練模型",
            "3月15日 消费者权益日 多家银行发布提示",
            "原创药企加速出海 授权交易金额创新高",
            "原创 新药 研发 加速",
            "财联社 - 央行宣布降准0.5个百分点",
            "CNN新聞 - 川普勝選",
            "首发于上海车展的新车型售价公布",
            "在线教育平台裁员三成",
        ),
        languages=("zh",),
        ignore_case=False,
    ),
    Rule(
        id="chrome.reading-time",
        category="chrome",
        pattern=(
            rf"(?=[^\n]{{0,80}}\d)(?:(?P<source>{SOURCE}){SEP})?(?:reading[ \t\xa0]time[ \t\xa0]*[:：]?[ \t\xa0]*)?\d{{1,3}}[ \t\xa0]?(?:-[ \t\xa0]?)?min(?:ute)?s?\.?"
            r"[ \t\xa0](?:to[ \t\xa0])?read(?:ing)?(?:[ \t\xa0]time)?"
            r"|(?:reading[ \t\xa0]time|tempo[ \t\xa0]de[ \t\xa0]leitura|tiempo[ \t\xa0]de[ \t\xa0]lectura|temps[ \t\xa0]de[ \t\xa0]lecture|lesezeit"
            r"|tempo[ \t\xa0]di[ \t\xa0]lettura|阅读时间|閱讀時間|预计阅读)[ \t\xa0]*[:：]?[ \t\xa0]*(?:about[ \t\xa0]|ca\.?[ \t\xa0]|约)?\d{1,3}"
            r"[ \t\xa0]?(?:min(?:ute|uto|utos|uten|utes|uti)?s?\.?|分钟|分鐘)"
            + r"|\d{1,3}[ \t\xa0]?min\.?|\d{1,3}['’′][ \t\xa0]?di[ \t\xa0]lettura|(?:leestijd|lesedauer|lectura|lettura|leitura|lecture|lästid|czas[ \t\xa0]czytania|okuma[ \t\xa0]süresi|waktu[ \t\xa0]baca|время[ \t\xa0]чтения)[ \t\xa0]*[:：]?[ \t\xa0]*\d{1,3}[ \t\xa0]?(?:min(?:uten|utos|uti|utes)?\.?|minuten)|\d{1,3}[ \t\xa0]?min(?:utos|utes|uten|uti)?\.?[ \t\xa0](?:de|di)[ \t\xa0](?:lectura|leitura|lecture|lettura)|(?:約)?\d{1,3}分で読めます|読了(?:時間|目安)[:：]?[ \t\xa0]*(?:約)?\d{1,3}分|\d{1,3}분[ \t\xa0]?(?:소요|읽기)"
            + r"|\d{1,3}[ \t\xa0]?min(?:ute)?s?\.?[ \t\xa0]read(?:[ \t\xa0]*[|·•,–-])?[ \t\xa0]*"
            + _STAMP_PART
        ),
        description="A reading-time line at the head (Reuters Staff 4 Min Read, Tempo de leitura: 2 minutos).",
        where=Where.HEAD,
        within=6,
        max_chars=80,
        examples=(
            "Lecture 4 min.",
            "Lästid 3 min",
            "Czas czytania: 5 min",
            "Reuters 4 Min Read",
            "Reuters Staff 4 Min Read",
            "5 min read",
            "3-minute read",
            "Tempo de leitura: 1 minuto",
            "Lesezeit: 3 Min.",
            "阅读时间：5分钟",
            "4 min",
            "3' di lettura",
            "Leestijd 3 minuten",
            "3 min de lectura",
            "約3分で読めます",
        ),
        counterexamples=(
            "It is a 5 min read on the train to work, she said.",
            "The meeting lasted 45 minutes.",
        ),
        languages=("en", "zh", "pt", "es", "fr", "de", "it", "nl", "ja", "ko"),
    ),
    # -- anywhere: ads, continuation markers, read-more links ------------------------------
    Rule(
        id="chrome.advertisement",
        category="chrome",
        pattern=(
            r"[-–—\[(]?[ \t\xa0]*(?:advertisement|advertising|advertisment|sponsored(?:[ \t\xa0](?:content|links?|post))?|ad"
            r"|paid[ \t\xa0](?:content|post|partner)|promoted|ad[ \t\xa0]feedback|skip[ \t\xa0]ad|广告|廣告|推广|anzeige|werbung"
            r"|publicité|publicidad|publicidade|pubblicità|реклама"
            r"|[^\n]{0,12}(?:广告合作|廣告合作|商务合作|商務合作|广告投放|廣告投放)[，,：:|]?[ \t\xa0]*(?:请|請)?(?:点击|點擊|联系|聯繫|聯絡|致电|電話|电话|邮箱|郵箱|热线|熱線)[^\n]{0,24}"
            r"|广告合作|廣告合作|商务合作|商務合作|third[ \t\xa0]party[ \t\xa0]ad\.?(?:[ \t\xa0][^\n]{1,120})?)"
            r"(?:[ \t\xa0]*[-–—:·•|][ \t\xa0]*(?:scroll|continue)[^\n]{0,40})?(?:[ \t\xa0]*\((?:scroll|continue)[^\n]{0,40}\))?[ \t\xa0]*[-–—\])]?"
            + r"|[^\n]{1,100}?[ \t\xa0]\((?:sponsor(?:ed)?|paid[ \t\xa0](?:post|content|partnership)|advertisement|advertorial|promoted|partner[ \t\xa0]content)\)"
            + r"|advertise[ \t\xa0]with[ \t\xa0](?:us|(?-i:[A-Z])[\w&.'’-]{1,20}(?:[ \t\xa0](?-i:[A-Z])[\w&.'’-]{1,20}){0,2})[.!]?"
            + r"|(?:presented|sponsored|brought[ \t\xa0]to[ \t\xa0]you)[ \t\xa0]by[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,3}"
            + r"|(?:this|today['’]s|this[ \t\xa0]week['’]s)[ \t\xa0](?:edition|issue|newsletter|episode|briefing)(?:[ \t\xa0]of[ \t\xa0][^\n]{1,40}?)?[ \t\xa0](?:is|was)[ \t\xa0](?:brought[ \t\xa0]to[ \t\xa0]you|sponsored|presented|supported|made[ \t\xa0]possible)[ \t\xa0]by[ \t\xa0][^\n]{1,140}"
            + r"|(?:want|interested)[ \t\xa0](?:in[ \t\xa0])?(?:to[ \t\xa0])?sponsor(?:ing)?[ \t\xa0][^\n?]{1,40}\?[^\n]{0,100}"
            + r"|advertisement[ \t\xa0]?\d{1,2}|article[ \t\xa0]content"
            # a sponsored slot with its format in brackets: 'Sponsored [On-Demand Webinar] Modernising payments ...'
            + r"|sponsored[ \t\xa0]*[\[(](?:on-demand[ \t\xa0]|live[ \t\xa0]|free[ \t\xa0])?(?:webinar|report|whitepaper|white[ \t\xa0]paper|e-?book|podcast|video|survey|event|research|guide|briefing)[\])][^\n]{0,140}"
            + r"|this[ \t\xa0](?:advertisement|ad)[ \t\xa0]has[ \t\xa0]not[ \t\xa0]loaded[ \t\xa0]yet[^\n]{0,80}"
            # an ad-feedback form: 'CNN values your feedback', '1. How relevant is this ad to you?', its answers
            + r"|(?-i:[A-Z])[\w&.'’-]{1,20}(?:[ \t\xa0][\w&.'’-]{1,20}){0,2}[ \t\xa0]values[ \t\xa0]your[ \t\xa0]feedback"
            + r"|(?:\d\.[ \t\xa0]*)?(?:how[ \t\xa0]relevant[ \t\xa0]is[ \t\xa0]this[ \t\xa0]ad[ \t\xa0]to[ \t\xa0]you|did[ \t\xa0]you[ \t\xa0]encounter[ \t\xa0]any[ \t\xa0]technical[ \t\xa0]issues)\??"
            + r"|(?:video[ \t\xa0]player[ \t\xa0]was[ \t\xa0]slow[ \t\xa0]to[ \t\xa0]load[ \t\xa0]content|video[ \t\xa0]content[ \t\xa0]never[ \t\xa0]loaded"
            r"|ad[ \t\xa0](?:froze[ \t\xa0]or[ \t\xa0]did[ \t\xa0]not[ \t\xa0]finish[ \t\xa0]loading|never[ \t\xa0]loaded)|audio[ \t\xa0]on[ \t\xa0](?:the[ \t\xa0])?ad[ \t\xa0]was[ \t\xa0]too[ \t\xa0]loud)"
            + r"|your[ \t\xa0]effort[ \t\xa0]and[ \t\xa0]contribution[ \t\xa0]in[ \t\xa0]providing[ \t\xa0]this[ \t\xa0]feedback[ \t\xa0]is[ \t\xa0](?:much|greatly)[ \t\xa0]appreciated"
        ),
        description="An ad label on a line of its own, anywhere (Advertisement - Scroll to continue, Third party Ad. ..., 广告合作).",
        max_chars=160,
        examples=(
            'Sponsored [On-Demand Webinar] Open banking in 2025: what changes for lenders',
            'Sponsored (Whitepaper) The state of real-time payments',
            'Advertise with Stuff.',
            'Advertise with us',
            "Advertisement",
            "ADVERTISEMENT",
            "Sponsored",
            "广告",
            "Advertisement - Scroll to continue",
            "ADVERTISEMENT - CONTINUE READING BELOW",
            "- Advertisement -",
            "Ad Feedback",
            "第一财经广告合作，请点击这里",
            "Third party Ad. Not an offer or recommendation by Investing.com. See disclosure here or remove ads.",
            "EXCLUSIVE DEAL for CryptoPotato readers (Sponsored)",
            "Is Your Portfolio Ready for a Downturn? (sponsor)",
            "Presented by Vanta",
            "Advertisement · Scroll to continue",
            "This edition of The Ledger Africa is brought to you by Flutterpay. Want to sponsor a future issue? Reply to this email.",
            "Advertisement 7",
            "This advertisement has not loaded yet, but your article continues below.",
            "Article content",
            "CNN Business values your feedback",
            "1. How relevant is this ad to you?",
            "2. Did you encounter any technical issues?",
            "Video player was slow to load content",
            "Ad froze or did not finish loading",
            "Audio on ad was too loud",
            "Your effort and contribution in providing this feedback is much appreciated.",
        ),
        counterexamples=(
            'Sponsored (in part) by the city, the festival drew 20,000 people.',
            'Advertise with care, the regulator told banks.',
            "Advertisement spending rose 4% in the quarter.",
            "Sponsored by the city, the festival drew 20,000 people.",
            "该公司与腾讯达成广告合作。",
            "The network ran the segment without labelling it (sponsored) until viewers complained.",
            "Presented by the finance minister, the budget cuts spending.",
            "Article content moderation costs rose 12% last year.",
            "Advertisement 3 of the campaign was pulled after complaints.",
            "The bank values your feedback on its new app, the email said.",
            "Video content never loaded for thousands of viewers during the final, the streamer admitted.",
        ),
        languages=("en", "zh", "de", "fr", "es", "pt", "it", "ru"),
    ),
    Rule(
        id="chrome.story-continues",
        category="chrome",
        pattern=(
            r"(?:the[ \t\xa0])?(?:story|article|text|content)[ \t\xa0]continues(?:[ \t\xa0](?:below|after|under)(?:[ \t\xa0](?:the[ \t\xa0])?"
            r"(?:advertisement|ad|video|this[ \t\xa0]ad))?)?"
            r"|continue[ \t\xa0]reading(?:[ \t\xa0](?:the[ \t\xa0]main[ \t\xa0]story|below|the[ \t\xa0](?:full[ \t\xa0])?(?:story|article)|here))?"
            r"(?:[ \t\xa0]*[→»›>])?"
            r"|scroll[ \t\xa0](?:down[ \t\xa0])?to[ \t\xa0]continue(?:[ \t\xa0](?:reading|with[ \t\xa0]content))?"
            r"|read[ \t\xa0](?:the[ \t\xa0])?(?:full|whole|entire|complete)[ \t\xa0](?:story|article|report|post)(?:[ \t\xa0]here)?"
            r"|read[ \t\xa0]more(?:[ \t\xa0]*[→»›>])?|read[ \t\xa0]on|weiterlesen|lire[ \t\xa0]la[ \t\xa0]suite|leia[ \t\xa0]mais|leer[ \t\xa0]más|continua[ \t\xa0]a[ \t\xa0]leggere"
            r"|继续阅读|繼續閱讀|阅读全文|閱讀全文|展开全文|展開全文|点击(?:查看|阅读)(?:全文|更多)|查看全文|(?:阅读|閱讀)更多|阅读原文|閱讀原文"
            r"|返回[^\n：:]{1,10}[，,]?[ \t\xa0]*查看更多"
            r"|(?:請|请)?(?:繼續|继续)(?:往下|向下|下滑)(?:閱讀|阅读|看)(?:[ \t\xa0]*(?:\.{2,6}|…{1,2}|[>》↓]))?"
            r"|(?:點擊|按此|按這裡|點此|点此)(?:查看|閱讀|阅读|睇|看)(?:全文|更多)"
            r"|更多(?:内容|內容|精彩(?:内容|內容)?|資訊|资讯)?[，,]?(?:请|請)(?:浏览|瀏覽|访问|訪問|前往|登入|登录)[^\n，,。的]{0,20}"
        ),
        description="A 'story continues' or 'continue reading' marker between paragraphs (继续阅读, Weiterlesen).",
        max_chars=60,
        examples=(
            "Story continues",
            "Continue reading the main story",
            "Article continues below advertisement",
            "Content continues below advertisement",
            "Story continues below",
            "Continue Reading Below",
            "继续阅读",
            "繼續閱讀",
            "請繼續往下閱讀…",
            "继续下滑阅读",
            "返回搜狐，查看更多",
            "Read More",
            "Read the full story here",
            "按此閱讀全文",
            "更多精彩內容，請瀏覽本報網站",
        ),
        counterexamples=(
            "The story continues to develop, officials said on Monday.",
            "Read more about the deal in our earlier report, she said.",
            "请继续往下阅读年报中关于风险因素的章节，公司在问询函回复中写道。",
            "更多资讯请前往的网站已被关停，警方提醒市民注意。",
        ),
        languages=("en", "zh", "de", "fr", "pt", "es", "it"),
    ),
    Rule(
        id="chrome.read-more",
        category="chrome",
        pattern=(
            r"(?:[▲►▶■●◆※»][ \t\xa0]*)?[\[(（]?[ \t\xa0]*(?:read[ \t\xa0]more|see[ \t\xa0]more|listen/read|read|see|listen|go[ \t\xa0]deeper|dig[ \t\xa0]deeper|see[ \t\xa0]also|also|also[ \t\xa0]read|read[ \t\xa0]also|also[ \t\xa0]see|more"
            r"|related(?:[ \t\xa0](?:post|story|article|coverage|content|reading|link|video|news|topics?))?s?"
            r"|recommended(?:[ \t\xa0]reading)?|read[ \t\xa0]next|don['’]?t[ \t\xa0]miss|must[ \t\xa0]read|top[ \t\xa0]story|watch"
            r"|now[ \t\xa0]read|read[ \t\xa0]now|magazine|check[ \t\xa0](?:this|it)[ \t\xa0]out|check[ \t\xa0]out|also[ \t\xa0]check[ \t\xa0]out|trending|up[ \t\xa0]next|next[ \t\xa0]read"
            r"|lesen[ \t\xa0]sie[ \t\xa0](?:auch|mehr)|mehr[ \t\xa0]zum[ \t\xa0]thema|(?:à[ \t\xa0])?lire[ \t\xa0](?:aussi|également)"
            r"|leggi[ \t\xa0]anche(?:[ \t\xa0]su)?|leia[ \t\xa0](?:também|mais)|lea[ \t\xa0]también|lee[ \t\xa0]también|ver[ \t\xa0]también"
            r"|相关阅读|相关新闻|相关文章|相关报道|延伸阅读|推荐阅读|相關閱讀|延伸閱讀|推薦閱讀|更多报道|相關報導|相關報道|相關新聞|相關文章|更多報導|更多報道|看更多|更多閱讀|更多阅读)"
            # a hyphen glued to both the word and what follows makes a compound (Read-only, See-through,
            # Related-party, Watch-list), not the prompt's separator
            r"[ \t\xa0]*(?:[:：|»>–—]|(?<![^\W\d_])-|-(?![^\W\d_]))[ \t\xa0]*[^\n]{1,180}?[ \t\xa0]*[\])）]?"
            # a post's previous/next links: Previous Post: <headline>, Next: <headline> (a headline: no full stop)
            r"|(?:previous|prev\.?|next)[ \t\xa0](?:post|article|story|entry)(?:[ \t\xa0]*[:：»][ \t\xa0]*|(?-i:(?=[A-Z0-9\"“‘'])))[^\n]{1,180}"
            r"|(?:previous|next)[ \t\xa0]*[:：][ \t\xa0]*(?![^\n]{0,200}[.;,][ \t\xa0]*$)[^\n]{1,180}"
            r"|(?:also|more)[ \t\xa0]on[ \t\xa0][\w\-]{1,30}(?:\.[\w\-]{1,30}){1,3}(?:[ \t\xa0]*[:：])?[ \t\xa0]+[^\n]{1,180}"
            r"|read[ \t\xa0]more[ \t\xa0](?:on|at|from)[ \t\xa0][\w\-]{1,30}(?:\.[\w\-]{1,30}){1,3}"
            r"|(?:read|see|get)[ \t\xa0](?:more|all|the[ \t\xa0]latest)[ \t\xa0](?:news|stories|articles|updates|coverage)[ \t\xa0](?:on|about|from)[ \t\xa0][^\n]{1,120}"
            r"|more(?:\.\.\.|…)?|don['’]?t[ \t\xa0]miss|must[ \t\xa0]read"
            r"|(?=[^\n]{10,160}\[)[^\[\n]{10,160}[ \t\xa0]\[(?-i:[A-Z]{3,12}(?:[ \t\xa0][A-Z]{2,12})?)\][ \t\xa0]*\|?"
            + r"|(?:mehr|lesen[ \t\xa0]sie[ \t\xa0](?:auch|mehr)|auch[ \t\xa0]interessant|(?:à[ \t\xa0])?lire[ \t\xa0](?:aussi|également)|lea[ \t\xa0](?:también|además)|leer[ \t\xa0]más|leia[ \t\xa0](?:também|mais)|veja[ \t\xa0](?:também|mais)|leggi[ \t\xa0](?:anche|tutto)|lees[ \t\xa0](?:ook|meer)|関連記事|관련기사"
            r"|(?:czytaj|zobacz)[ \t\xa0](?:także|też|również|więcej)|läs[ \t\xa0](?:också|även|mer)|baca[ \t\xa0](?:juga|pula)|menarik[ \t\xa0]dibaca|berita[ \t\xa0]terkait"
            r"|xem[ \t\xa0]thêm|đọc[ \t\xa0]thêm|tin[ \t\xa0]liên[ \t\xa0]quan|(?:читайте|смотрите)[ \t\xa0](?:также|ещё|еще)|ayrıca[ \t\xa0]okuyun|ilgili[ \t\xa0]haber)[ \t\xa0]*[:：][ \t\xa0]*[^\n]{3,200}"
            + r"|【(?:(?:延伸|相關|相关|推薦|推荐|更多)(?:閱讀|阅读|新聞|新闻|報導|报道|報道|文章)|同場加映|同场加映|你可能也喜歡|熱門文章)】[^\n]{1,80}"
            + r'|lisez[ \t\xa0][«\"“][^\n]{1,160}[»\"”]|siga[ \t\xa0]leyendo[ \t\xa0]*:[^\n]{1,160}'
            + r"|see[ \t\xa0][A-Z.]{1,6}[ \t\xa0]dividend[ \t\xa0]scorecard,[ \t\xa0]yield[ \t\xa0]chart,?[ \t\xa0](?:&|and)[ \t\xa0]dividend[ \t\xa0]growth\.?"
            + r"|read[ \t\xa0]more[ \t\xa0](?:on|at|from)[ \t\xa0](?-i:[A-Z][\w&.'’-]{1,25}(?:[ \t\xa0][A-Z][\w&.'’-]{0,25}){0,3})"
            + r"|see[ \t\xa0]more[ \t\xa0](?-i:[A-Z][A-Z0-9.]{0,5})[ \t\xa0](?:analyst[ \t\xa0]ratings|price[ \t\xa0]targets?|insider[ \t\xa0]trading[ \t\xa0]activity|hedge[ \t\xa0]fund[ \t\xa0]activity|dividend[ \t\xa0]history|earnings[ \t\xa0](?:data|history))"
        ),
        description=(
            "A cross-link line anywhere: 'Read more: [headline]', 'Related: [headline]', 'SEE MORE: ...', "
            "'Also on rt.com ...', 'Lesen Sie auch: ...', 相关阅读：..."
        ),
        max_chars=220,
        examples=(
            "Next articleFed minutes show officials split on June cut",
            "Previous articleRupee slips 12 paise against the dollar",
            "看更多：台積電法說會重點整理 外資怎麼看？",
            "Previous Post: Capesize rates slide as Australian ore shipments dip",
            "Next Article: Bunker prices in Singapore climb for a third week",
            "Next: Cardano's whale wallets grow again: What it means for ADA",
            "Previous: Bitcoin miners sell 9K BTC – Is $80K support at risk?",
            "Read more - Lenders tighten credit as delinquencies climb",
            "Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing",
            "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing",
            "Related: The 15 Weirdest Galaxies in Our Universe",
            "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",
            "SEE MORE: Hong Kong protests: 800 students under siege in university",
            "Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests",
            "(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori –FOTO)",
            "Lesen Sie auch: Die Inflation sinkt weiter",
            "相关阅读：央行宣布降准0.5个百分点",
            "Related post: Pickled Brussels Sprouts Recipe",
            "Now Read: Retail Earnings Roundup: Who Beat, Who Missed",
            "Read More on Nasdaq.com",
            "Magazine: Bitcoin ETFs are changing the game for institutions",
            "Check This Out: 3 Dividend Stocks Yielding Over 5%",
            "Also: See Black Friday coverage at CNET",
            "More:",
            "DON'T MISS",
            "China furious at Macron for Hong Kong protest jibe [INSIGHT]|",
            "Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]",
            "Mehr: Warum der Netzausbau für Siemens Energy zur Goldgrube wird",
            "Lire aussi : Le CAC 40 termine en hausse",
            "Leia também: Ibovespa fecha em alta",
            "【延伸閱讀】港鐵中期盈利按年升逾一倍（按圖了解更多）",
            "【相关阅读】央行宣布降准0.5个百分点",
            "【相關報道】強積金上半年人均蝕逾5千 專家教你點部署",
            "相關報道：港股半日升200點 科指彈逾2%",
            'Lisez « Les assureurs relèvent leurs tarifs »',
            'Siga leyendo: Bolsa de Colombia cierra al alza',
            "See OZK Dividend Scorecard, Yield Chart, & Dividend Growth.",
            'Read more on Proactive Investors Australia',
            'See more NFLX analyst ratings',
            'See more BRK.B price targets',
            "Läs också: Storbankerna höjer räntan igen",
            "Czytaj także: Złoty najsłabszy od miesiąca",
            "Baca Juga: Rupiah Ditutup Melemah ke Rp 16.500",
            "Menarik Dibaca: 7 Saham Pilihan Analis Pekan Ini",
            "Xem thêm: Giá vàng hôm nay tăng mạnh",
            "Читайте также: Рубль укрепился к доллару",
            "Ayrıca okuyun: Altın fiyatları rekor kırdı",
        ),
        counterexamples=(
            "Next article in the series will look at pensions, the editors said.",
            "Next: The central bank meets on March 19 to decide on rates.",
            "Next, the board will vote on the merger in April.",
            "Read more about the deal in our earlier report, she said.",
            "More than 100 protesters were killed, Amnesty said.",
            "Related party transactions rose 4% in the year.",
            "Watch the video, he told reporters, and judge for yourself.",
            "The index rose 2% [chart below] after the data.",
            "Mehr als 300 Mitarbeiter sind betroffen: Das Werk schließt im Mai.",
            'Read more on Friday, when the committee publishes its report.',
            "• Read-only access to linked brokerage accounts, with two-factor sign-in",
            "See-through pricing was the company's pitch to first-time borrowers.",
            "Related-party loans at the lender rose to 12% of its book.",
            "Xem thêm hồ sơ, cơ quan điều tra phát hiện nhiều sai phạm.",
        ),
        languages=("en", "zh", "de", "fr", "it", "pt", "es", "nl", "ja", "ko", "pl", "sv", "id", "vi", "ru", "tr"),
    ),
    Rule(
        id="chrome.share",
        category="chrome",
        pattern=(
            r"(?:share|sharing)(?:[ \t\xa0]or[ \t\xa0]comment[ \t\xa0]on)?(?:[ \t\xa0](?:this|the|full))?(?:[ \t\xa0](?:article|story|post|page|video|gallery|link|press[ \t\xa0]release))?"
            r"(?:[ \t\xa0](?:on|via|with|to)[ \t\xa0](?:"
            + SOCIAL
            + r"|e-?mail|a[ \t\xa0]friend|your[ \t\xa0]friends))?(?:[ \t\xa0]*[:：])?"
            r"(?:[ \t\xa0]*(?:"
            + SOCIAL
            + r"|e-?mail|print|copy[ \t\xa0]link|sms|messenger)(?:[ \t\xa0]*[|·,/])?){0,10}"
            r"|like[ \t\xa0]this[ \t\xa0](?:story|article|post)\?[ \t\xa0]*share[ \t\xa0]it[ \t\xa0]with[ \t\xa0]a[ \t\xa0]friend!?"
            r"|(?:kindly|please)[ \t\xa0]share[ \t\xa0]this[ \t\xa0](?:story|article|post|news)[ \t\xa0]*[:!.]?"
            r"|(?:(?:"
            + SOCIAL
            + r"|e-?mail|print|tweet|share|pin[ \t\xa0]it|copy[ \t\xa0]link|link[ \t\xa0]copied|sms|messenger|comment"
            r"|save|whatsapp|more)[ \t\xa0]*[|·,/]?[ \t\xa0]*){2,10}"
            r"|click[ \t\xa0]to[ \t\xa0]tweet|tweet[ \t\xa0]this|(?:分享到|分享至|分享)[：:]?[^\n]{0,30}"
            # WordPress share buttons and like box: Click to share on Facebook (Opens in new window), Like Loading...
            r"|click[ \t\xa0]to[ \t\xa0](?:share[ \t\xa0]on[ \t\xa0][\w+.-]{1,20}(?:[ \t\xa0][\w+.-]{1,20})?|e-?mail[ \t\xa0]a[ \t\xa0]link[ \t\xa0]to[ \t\xa0]a[ \t\xa0]friend|print|e-?mail)"
            r"[ \t\xa0]*\((?:opens[ \t\xa0]in[ \t\xa0](?:a[ \t\xa0])?new[ \t\xa0]window)\)|(?:like[ \t\xa0]this:[ \t\xa0]*)?like[ \t\xa0]loading(?:\.{1,3}|…)?"
            + r"|condividi|partager|teilen|compartir|compartilhar|delen|シェア(?:する)?|공유(?:하기)?"
            + r"|(?:(?:FB|Facebook|X|LINE|Line|Twitter|微博|微信|複製連結|复制链接|分享|加入好友|Email|WhatsApp)[ \t\xa0]*){2,7}"
            + r"|(?:jetzt|artikel|beitrag)[ \t\xa0]teilen|(?:compartir|partager|condividi|compartilhar|delen|teilen)[ \t\xa0](?:en|sur|su|no|na|op|auf|via|per|por)[ \t\xa0](?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|xing|bluesky|threads|reddit|pinterest|flipboard|correo)"
            + r"|이[ \t\xa0]기사가[ \t\xa0]마음에[ \t\xa0]들었다면[^\n]{0,40}"
            + r"|share[ \t\xa0]this[ \t\xa0](?:article|story|post|page)(?:[ \t\xa0](?:and|&)[ \t\xa0]your[ \t\xa0](?:comments|thoughts))?[ \t\xa0](?:in|on|with|across)[ \t\xa0]"
            r"(?:(?:your[ \t\xa0])?(?:peers|colleagues|friends|followers)[ \t\xa0](?:on|via)[ \t\xa0])?(?:your[ \t\xa0])?(?:social[ \t\xa0](?:networks?|media)|networks?)"
            # How to share to WeChat Moments, whole or one step a line: 打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。
            + r"|(?:打开|打開)微信[，,]?(?:[ \t\xa0]*(?:点击|點擊)(?:底部|下方|页面底部|頁面底部)?的?[“\"「]?(?:发现|發現)[”\"」]?[，,]?)?(?:[ \t\xa0]*(?:使用|点击|點擊)?[“\"「]?(?:扫一扫|掃一掃)[”\"」]?[，,]?)?"
            r"(?:[ \t\xa0]*即可(?:将|將|把)?(?:网页|網頁|本文|文章|页面|頁面)?分享(?:(?:至|到)(?:朋友圈|微信))?)?"
            + r"|(?:点击|點擊)(?:底部|下方|页面底部|頁面底部)的?[“\"「]?(?:发现|發現)[”\"」]?[，,]?|(?:使用|点击|點擊)[“\"「]?(?:扫一扫|掃一掃)[”\"」]?[，,]?"
            + r"|即可(?:将|將|把)?(?:网页|網頁|本文|文章|页面|頁面)?分享(?:至|到)(?:朋友圈|微信)"
            + r"|e-?mail[ \t\xa0]this[ \t\xa0](?:article|story|page|post)(?:[ \t\xa0]to[ \t\xa0]a[ \t\xa0](?:friend|colleague))?|(?:or[ \t\xa0])?share[ \t\xa0](?:it|this[ \t\xa0](?:article|story))[ \t\xa0](?:with|on|via)[ \t\xa0](?:one[ \t\xa0]of[ \t\xa0])?(?:these|the[ \t\xa0]following)[ \t\xa0](?:popular[ \t\xa0])?(?:social[ \t\xa0])?(?:networks|sites|platforms|services)[:：]?"
            + r"|(?:compartilhe|compartir|comparte|partagez|condividi)[ \t\xa0]*[:：]?"
            # A WeChat-style engagement prompt: 点击“在看”，好文分享给更多人！ / 点个在看，你最好看 /
            # 觉得不错，请点个“在看”吧.
            + r"|(?:(?:如果)?(?:觉得|覺得)(?:不错|不錯|有用|有收获|有收穫|好看|还行|還行|有料|有道理|有意思)[，,]?[ \t\xa0]*)?(?:请|請|记得|記得|顺手|順手|就)?(?:(?:点击|點擊|点个|點個|点一下|點一下|点亮|點亮)[“\"「『]?|[点點][“\"「『])(?:在看|赞|讚|点赞|點讚|分享|转发|轉發|小红心|小紅心|星标|星標)[”\"」』]?"
            r"(?:[、和与與及]?[“\"「『]?(?:在看|赞|讚|点赞|點讚|分享|转发|轉發)[”\"」』]?){0,3}"
            r"(?:[，,！!~～ \t\xa0]*[^\n，,。]{0,16}?(?:更多人|朋友|支持|鼓励|鼓勵|好看|谢谢|謝謝|感谢|感謝|吧|哦|呀)[^\n，,。]{0,6}?)?[！!~～。.]*"
            # A list of them: 觉得不错，请点赞、在看、转发三连.
            + r"|(?:(?:如果)?(?:觉得|覺得|喜欢|喜歡)[^\n，,。]{0,10}[，,]?[ \t\xa0]*)?(?:请|請|就|记得|記得|欢迎|歡迎|顺手|順手)?(?:点赞|點讚|点个赞|點個讚|点在看|點在看|在看)"
            r"(?:[、，,和与與及+＋]+(?:点赞|點讚|在看|分享|转发|轉發|收藏|关注|關注|评论|評論)){1,4}(?:三连|三連|一下|支持)?[^\n，,。]{0,8}[！!~～。.]*"
        ),
        description="A share prompt or a row of share buttons (Share this article, Share full article, 分享到).",
        max_chars=120,
        examples=(
            'Compartilhe',
            "Kindly share this story:",
            "Please share this article!",
            "Share this article",
            "Share full article",
            "Share this press release:",
            "Share this story and your thoughts with colleagues on social media",
            "Share on Facebook",
            "Share",
            "Share this: Twitter Facebook",
            "Like this story? Share it with a friend!",
            "Click to share on LinkedIn (Opens in new window)",
            "Click to email a link to a friend (Opens in new window)",
            "Like Loading...",
            "Facebook Twitter Email",
            "Share  Tweet  Email",
            "分享到：微信 微博",
            "Condividi",
            "Partager",
            "FB X LINE 複製連結",
            "加入好友 分享 複製連結",
            'Artikel teilen',
            'Compartir en WhatsApp',
            'Partager sur LinkedIn',
            'Condividi su Facebook',
            '이 기사가 마음에 들었다면 좋아요를 눌러주세요',
            "Share this story in your social networks",
            "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
            "点击下方的“发现”，",
            "使用“扫一扫”",
            "即可将本文分享到朋友圈。",
            "打开微信，扫一扫，即可分享",
            'Email this story to a colleague',
            'Or share it with one of these popular networks:',
            'share this article on the following social networks',
            "点个“在看”，让更多朋友看到",
            "覺得有用，請點個「在看」吧",
            "點擊「分享」和「在看」，支持我們！",
            "喜欢这篇文章的话，记得点赞、转发、收藏三连哦！",
        ),
        counterexamples=(
            'Compartilhe suas ideias com o gestor, pediu o presidente.',
            "Share prices fell 3% on the news.",
            "打开微信后，她第一时间把照片分享到了朋友圈。",
            "Share this article with your colleagues, the memo said.",
            "Facebook shares rose after the earnings report.",
            "Click to share on Facebook was the button that the regulator said misled users.",
            'Email this article to a friend, the bank told customers in a letter.',
            "点击“分享”按钮后，用户即可把链接发给好友，平台称转化率提升了两成。",
        ),
        languages=("en", "zh", "it", "fr", "de", "es", "pt", "nl", "ja", "ko"),
    ),
    Rule(
        id="chrome.tools",
        category="chrome",
        pattern=(
            r"(?:[-–•*·][ \t\xa0]*)?(?:(?:text|font)[ \t\xa0]size|print(?:[ \t\xa0]this)?(?:[ \t\xa0](?:article|story|page))?|order[ \t\xa0]reprints|reprints?"
            r"(?:[ \t\xa0](?:&|and)[ \t\xa0]permissions)?|(?:ouvir|escutar)(?:[ \t\xa0]o)?[ \t\xa0](?:texto|artigo|matéria)|escuchar(?:[ \t\xa0]el)?[ \t\xa0](?:artículo|texto|noticia)|listen(?:[ \t\xa0]to[ \t\xa0](?:this[ \t\xa0])?(?:article|story)(?:[ \t\xa0]now)?)?(?:[ \t\xa0]*[·|(–-]?[ \t\xa0]*\d{1,2}"
            r"(?::\d{2})?[ \t\xa0]?(?:min(?:ute)?s?|mins?)\)?)?|gift[ \t\xa0](?:this[ \t\xa0])?article|save(?:[ \t\xa0](?:article|story|for[ \t\xa0]later))?"
            r"|bookmark|a[ \t\xa0]?a[ \t\xa0]?a|aa|a\+[ \t\xa0]?a-|audio[ \t\xa0]article|view[ \t\xa0](?:full[ \t\xa0])?(?:image|gallery|slideshow|photos?)"
            r"|back[ \t\xa0]to[ \t\xa0](?:gallery|top|article)|(?:image|photo|slide|picture)?[ \t\xa0]?\d{1,3}[ \t\xa0]?(?:of|/|of/)[ \t\xa0]?\d{1,3}"
            r"|caption|close|image|hide[ \t\xa0]caption|toggle[ \t\xa0]caption|enlarge(?:[ \t\xa0]this[ \t\xa0]image)?|expand|fullscreen|full[ \t\xa0]screen"
            r"|permalink|link[ \t\xa0]permanente|this[ \t\xa0]article[ \t\xa0]has[ \t\xa0]been[ \t\xa0]sent[ \t\xa0]to|(?:an[ \t\xa0])?error[ \t\xa0]has[ \t\xa0]occurred,?"
            r"[ \t\xa0]please[ \t\xa0]try[ \t\xa0]again(?:[ \t\xa0]later)?|打印|字号|字體|字体(?:[ \t\xa0]*[大中小]){0,3}|收藏"
            # a tip jar and the link to the original: 赞赏支持, 还没有人赞赏，支持一下, “小礼物走一走，来简书关注我”, 查看原文
            r"|(?:赞赏|讚賞)(?:支持|作者)|(?:还|還)(?:没有|沒有)人(?:赞赏|讚賞)[^\n]{0,20}|[“\"「]?小礼物走一走[，,]?[^\n]{0,16}?(?:关注|關注)我[”\"」]?|查看原文|查看原網頁|查看原网页"
            r"|返回(?:目录|目錄|列表|首页|首頁|上页|上頁|频道|頻道)(?:[ \t\xa0]*[>》»])?"
            r"|(?:【(?:打印|关闭|關閉|纠错|糾錯|收藏|字号(?:[ \t\xa0]*[大中小]){0,3})】[ \t\xa0]*){1,5}|返回顶部|返回頂部|(?:上一篇|下一篇)(?:[ \t\xa0]*[：:>》|｜][ \t\xa0]*[^\n]{0,40}|[ \t\xa0]+[^\n，。,]{1,40}|(?:文章)?)"
            r"|[\u4e00-\u9fff]{0,8}(?:意见反馈|意見反饋)(?:留言板)?|关闭窗口|關閉窗口|打印本页|打印本頁|(?:举报|舉報)(?:[/／](?:反馈|反饋))?|我要(?:纠错|糾錯|举报|舉報)"
            r"|(?:purchase|acquire|buy|obtain|request)[ \t\xa0](?:licensing|reprint|republishing)[ \t\xa0]rights(?:,?[ \t\xa0]opens[ \t\xa0]new[ \t\xa0]tab)?"
            r"|(?:e-?mail|save|share|print|bookmark|gift|send|download)(?:[ \t\xa0](?:this|the))?[ \t\xa0](?:article|story|page|link|pdf)(?:(?:[ \t\xa0]{2,}|[ \t\xa0]*[|·•][ \t\xa0]*)(?:e-?mail|save|share|print|bookmark|gift|send|download)(?:[ \t\xa0](?:this|the))?[ \t\xa0](?:article|story|page|link|pdf)){0,5})"
            + r"|(?:(?:转发|轉發|讨论|討論|评论|評論|赞|讚|点赞|點讚|点赞数|收藏|分享|阅读|閱讀|浏览|瀏覽|在看)[ \t\xa0]*[：:]?[ \t\xa0]*\d{1,7}(?:\.\d)?[万萬wk]?[ \t\xa0\u3000|｜·]*){2,6}"
            + r"|(?:评论|評論|点赞|點讚|点赞数|赞|讚|转发|轉發|收藏|分享|赞赏|讚賞)[ \t\xa0]*[：:]?[ \t\xa0]*\d{1,7}|(?:(?:评论|評論|点赞|點讚|赞|讚|转发|轉發|收藏|分享|赞赏|讚賞|在看)(?:[ \t\xa0]*\d{1,7})?[ \t\xa0\u3000|｜·]*){2,6}|赞赏|讚賞"
            + r"|(?:(?:评论|評論|阅读|閱讀|分享|收藏|点赞|點讚)[ \t\xa0]*(?:[（(]\d{1,7}[）)])?[ \t\xa0]*){2,5}|(?:阅读|閱讀|阅|閱)[ \t\xa0]*[（(]?\d{1,7}(?:\.\d{1,2})?[万萬wWkK]?[）)]?|(?:上一条|下一条|上一則|下一則|上一篇|下一篇)[：:][^\n]{1,60}|字級設定[：:]?(?:[ \t\xa0]*[小中大特]){0,4}|(?:点击|點擊)播报本文[^\n]{0,20}|\+1"
            + r"|(?:summari[sz]e|summary[ \t\xa0]of)[ \t\xa0]this[ \t\xa0](?:article|story|page)(?:[ \t\xa0]for[ \t\xa0]me)?|(?:ai|quick)[ \t\xa0]summary"
            # a trading site's guide and course buttons: 'Get Your Free JPY Forecast', 'Get My Guide', 'Start Course', 'Recommended by Jane Doe'
            + r"|get[ \t\xa0](?:your|my|our)[ \t\xa0](?:free[ \t\xa0])?(?:[\w/&'’-]{1,12}[ \t\xa0]){0,2}(?:forecast|guide|trading[ \t\xa0]guide|e-?book|copy)|start[ \t\xa0](?:the[ \t\xa0])?(?:free[ \t\xa0])?course"
            + r"|recommended[ \t\xa0]by[ \t\xa0](?-i:[A-Z][\w'’.-]{1,20}(?:[ \t\xa0][A-Z][\w'’.-]{1,20}){1,2})"
        ),
        description="Article tool labels on a line of their own (Text size, Order Reprints, Print Article, Image 1 of 8).",
        max_chars=60,
        examples=(
            "赞赏支持",
            "还没有人赞赏，快来当第一个赞赏的人吧",
            "“小礼物走一走，来简书关注我”",
            "查看原文",
            'Get Your Free EUR Forecast',
            'Get My Guide',
            'Start Course',
            'Recommended by Priya Sandhu',
            "Text size",
            "Listen to this article now",
            "Ouvir o texto",
            "Escuchar el artículo",
            "Order Reprints",
            "Print Article",
            "Image 1 of 8",
            "1 / 8",
            "1of/8",
            "Back to Gallery",
            "Caption",
            "Listen to article 4 min",
            "- Order Reprints",
            "【打印】【关闭】【纠错】",
            "返回顶部",
            "返回列表",
            "举报/反馈",
            "新浪财经意见反馈留言板",
            "Purchase Licensing Rights, opens new tab",
            "Acquire Licensing Rights, opens new tab",
            "转发 12 讨论 38 赞 105",
            "阅读 3.2万 点赞 128 在看 16",
            "点赞 36 | 收藏",
            "评论 12",
            "赞赏",
            "上一篇：央行宣布降准",
            "下一篇 多家银行下调存款利率",
            "评论(56) 分享 收藏",
            "阅读 (3521)",
            "阅 8.26W",
            "上一条：北向资金半日净买入21.3亿元",
            "字級設定： 小 中 大 特",
            "点击播报本文，约",
            "+1",
            "EMAIL THIS ARTICLE      SAVE THIS ARTICLE",
            "Print this article  Email this article",
            'Summarize this article for me',
            'Summarise this story',
            'AI summary',
        ),
        counterexamples=(
            "Get your guide to the new rules from the regulator's website.",
            'Recommended by analysts at Morgan Stanley, the stock rose 4%.',
            "Print advertising revenue fell 12%.",
            "Close to 40% of voters said they were undecided.",
            "Save the date: the summit opens on June 3.",
            "意见反馈渠道已经开通，市民可通过热线提出建议。",
            "Acquire licensing rights to the film was the studio's first move.",
            "转发 12 次后，这条消息被平台删除。",
            "上一篇文章发出后，有球友在评论区留言：“净息差还在下降，你这是提前下车了。”",
            'Summarise this article for me, the editor asked.',
        ),
        languages=("en", "zh", "pt"),
    ),
    Rule(
        id="chrome.ticker-strip",
        category="chrome",
        pattern=(
            r"(?-i:(?=[^\n▲▼+\-−]*[▲▼+\-−])(?=(?:[^\n]*?(?:[▲▼]|[+\-−]\d)){2})(?:"
            + _QUOTE
            + _QUOTE_SEP
            + r"){1,8}"
            + _QUOTE
            + r"|(?:[A-Z]{2,6}:[A-Z]{1,6}(?:\.[A-Z]{1,2})?[ \t\xa0]+(?:[$€£¥]?\d[\d,]*(?:\.\d+)?[ \t\xa0]+)?"
            r"|[A-Z]{1,6}(?:\.[A-Z]{1,2})?[ \t\xa0]+[$€£¥]\d[\d,]*(?:\.\d+)?[ \t\xa0]+)[+\-−]\d[\d,]*(?:\.\d+)?%)"
            + r"|(?-i:[A-Z][\w&.'-]{1,20}(?:[ \t\xa0][A-Z0-9][\w&.'-]{0,20}){0,3})[ \t\xa0]+\d{1,3}(?:\.\d{3})*,\d{1,4}[ \t\xa0]?(?-i:EUR|€|CHF|USD|GBP|PKT|Pkt\.?|Punkte)?(?:[ \t\xa0]+[+\-−]?\d{1,3}(?:\.\d{3})*,\d{1,4}[ \t\xa0]?(?-i:EUR|€|CHF|PKT|Pkt\.?|Punkte))?(?:[ \t\xa0]+(?-i:[A-Z][\w]{1,15}(?:[ \t\xa0][A-Z][\w]{1,15})?))?[ \t\xa0]+[+\-−]?\d{1,3},\d{1,3}[ \t\xa0]?%"
        ),
        description=(
            "A market-data strip or ticker widget on a line of its own: two or more instruments with level and "
            "change (DOW -0.51%  S&P 500 -0.27%, 上证指数 3171.15 -0.49%), or one ticker with its exchange or price."
        ),
        max_chars=240,
        examples=(
            "DOW -0.51%  S&P 500 -0.27%  NASDAQ -0.18%  US 10-YR 4.428%",
            "上证指数 3171.15 -0.49%  深证成指 9749.20 -0.95%  创业板指 1873.06 -1.10%",
            "恒指 18,868.71 -204.50  國指 6,641.37 -80.22  科指 3,815.20 -51.34",
            "Gold $2,411.30 ▼ 8.70 | Silver $31.52 ▼ 0.22 | Platinum $1,041.00 ▲ 3.00",
            "BTC $67,214 ▲1.8%   ETH $3,771 ▲4.2%   SOL $171.30 ▼0.6%",
            "EUR/USD 1.0848 -0.04%  GBP/USD 1.2712 +0.06%  USD/JPY 156.88 +0.12%",
            "Sensex 75,410.39 +1,196.98 | Nifty 50 22,967.65 +369.85",
            "TSX 22,305.01 −0.3%   DJIA 39,065.26 −1.5%   CAD/USD 0.7301",
            "TSLA  $251.52  +3.41%",
            "ASX:PLS  +4.17%",
            'BASF 44,12 EUR +1,2%',
            'Deutsche Bank AG 21,06 EUR 0,38 EUR 1,84%',
            'MDAX 27.514,3 PKT -88,1 PKT -0,32%',
            'TotalEnergies 55,87 EUR Euronext Paris -0,41%',
        ),
        counterexamples=(
            "GDP +2.1%",
            "The S&P 500 fell 0.3% and the Nasdaq lost 0.2%.",
            "Revenue 4.2 billion, up 3%",
            "2023: 4.1%  2024: 3.2%",
            "The company's shares rose 22% in premarket trading to $41.80.",
            "UK CPI 2024 3.1 0.2 up 4%",
            # a row of a quote table the story shows (the dev set's gold keeps these)
            "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%",
            "Anglo American gained 4.8% and Glencore rose 3.9%.",
            "Sterling was up 0.2% against the dollar at 1.3312.",
            'Die Aktie stieg um 4,3% auf 15,42 Euro.',
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.widget-line",
        category="chrome",
        pattern=(
            r"(?:skip[ \t\xa0]to[ \t\xa0](?:main[ \t\xa0])?(?:content|navigation)|skip[ \t\xa0]navigation|back[ \t\xa0]to[ \t\xa0](?:main[ \t\xa0])?menu"
            # a government site's banner: An official website of the United States government
            r"|an[ \t\xa0]official[ \t\xa0](?:website|site)[ \t\xa0]of[ \t\xa0](?:the[ \t\xa0])?(?:united[ \t\xa0]states|u\.s\.|[A-Z][\w.'’-]{1,20}(?:[ \t\xa0][\w.'’-]{1,20}){0,3})[ \t\xa0]government\.?"
            r"|toggle[ \t\xa0](?:navigation|menu)|(?:open|close|main)[ \t\xa0](?:menu|navigation)|menu(?:[ \t\xa0]sections)?|search(?:[ \t\xa0]for)?"
            r"|sections|navigation|(?:previous|next)[ \t\xa0](?:post|article|story)|see[ \t\xa0]all|view[ \t\xa0]all(?:[ \t\xa0][\d,]{1,7}[ \t\xa0](?:images|photos|pictures|videos|slides))?|show[ \t\xa0]more(?:[ \t\xa0]sharing"
            r"[ \t\xa0]options)?|more[ \t\xa0]sharing[ \t\xa0]options|load[ \t\xa0]more|learn[ \t\xa0]more|created[ \t\xa0]with[ \t\xa0]sketch|watch[ \t\xa0]live"
            r"|e-?newspaper|e-edition|place[ \t\xa0]an[ \t\xa0]ad|manage[ \t\xa0](?:my[ \t\xa0])?subscription|my[ \t\xa0]account|watchlist"
            r"|copy[ \t\xa0]link|in[ \t\xa0]this[ \t\xa0](?:article|story)[ \t\xa0]*:|add[ \t\xa0](?-i:[A-Z])[\w&.'’ -]{1,30}?[ \t\xa0](?:as[ \t\xa0]a[ \t\xa0](?:preferred|trusted)[ \t\xa0]source[ \t\xa0])?on[ \t\xa0]google(?:[ \t\xa0]news)?"
            r"|add[ \t\xa0](?-i:[A-Z])[\w&.'’ -]{1,30}?[ \t\xa0]to[ \t\xa0]your[ \t\xa0](?:google|apple)[ \t\xa0]news(?:[ \t\xa0](?:feed|sources|favou?rites))?"
            r"|[\d.,]{1,9}k?[ \t\xa0](?:shares|likes|views|reads)|this[ \t\xa0]story[ \t\xa0]has[ \t\xa0]been[ \t\xa0]shared[ \t\xa0][\d,]{1,12}[ \t\xa0]times"
            r"|rating:?[ \t\xa0]\d{1,6}[ \t\xa0]votes?"
            r"|(?:字号|字號|字級|字级|字體|字体)(?:[ \t\xa0\u3000]*[：:]?[ \t\xa0\u3000]*(?:大|中|小|特大|標準|标准|[+＋\-－|｜TtAa]|打印|关闭|關閉|[ \t\xa0\u3000])*)?|A-?[ \t\xa0]*A\+|A\+[ \t\xa0]*A-"
            r"|(?:[【\[][^】\]\n]{0,12}?(?:字体|字體|字号|字號|纠错|糾錯|打印|关闭|關閉|收藏|分享)[^】\]\n]{0,12}[】\]][ \t\xa0\u3000]*){1,5}"
            r"(?:(?:打印|列印|收藏|纠错|糾錯|关闭|關閉|分享到|分享)[：:]?[ \t\xa0\u3000]*){0,5}"
            # a Q&A site's counts and edit stamp: 1,024 人赞同了该回答, 编辑于 2024-03-05 09:12・IP 属地广东
            r"|[\d.,]{1,9}[ \t\xa0]*(?:万|萬|[kK])?[ \t\xa0]*人(?:赞同|贊同|点赞|點讚|喜欢|喜歡|收藏)了(?:该|該|这|這|此)(?:篇)?(?:文章|回答|内容|內容)"
            r"|(?:编辑于|編輯於|发布于|發佈於|發布於|发表于|發表於)[ \t\xa0]*" + DATE_FULL + r"(?:[ \t\xa0]+" + TIME + r")?"
            r"(?:[ \t\xa0]*[・·•|｜][ \t\xa0]*IP[ \t\xa0]*(?:属地|屬地)[ \t\xa0]*[\u4e00-\u9fff]{2,8})?"
            # a video player's placeholder: 视频加载中..., 影片載入中，請稍候
            r"|(?:视频|視頻|影片|播放器)(?:正在)?(?:加载|加載|載入|载入)中(?:[，,][ \t\xa0]*(?:请|請)稍(?:候|等)[^\n]{0,6})?[.…。]*"
            r"|(?:听全文|聽全文|收听新闻|收聽新聞|收听|收聽|文字大小|大字体|小字体|大字體|小字體|分享到[：:]?|分享|打印|关注|關注)(?:[ \t\xa0\u3000]+(?:听全文|聽全文|收听新闻|收聽新聞|文字大小|大字体|小字体|大字體|小字體|分享到[：:]?|分享|打印))*"
            r"|(?:[\u4e00-\u9fff]{1,8}(?-i:APP|App)[ \t\xa0\u3000]+)?(?:听全文|聽全文|收听新闻|收聽新聞|收听|收聽|文字大小|大字体|小字体|大字體|小字體|缩小字体|放大字体|縮小字體|放大字體|分享到[：:]?|分享|打印|列印|收藏|转藏|轉藏|全屏|献花(?:[（(]\d{1,6}[)）])?|獻花(?:[（(]\d{1,6}[)）])?|微博|微信|QQ空间|QQ空間|QQ|朋友圈|评论|評論|点赞|點讚|转发|轉發|我要举报|我要舉報|举报|舉報|纠错|糾錯|\+1|\+?[ \t\xa0]?(?:关注|關注)|[大中小]|字体|字體|字号|字號)(?:[ \t\xa0\u3000|｜·/]*(?:听全文|聽全文|收听新闻|收聽新聞|收听|收聽|文字大小|大字体|小字体|大字體|小字體|缩小字体|放大字体|縮小字體|放大字體|分享到[：:]?|分享|打印|列印|收藏|转藏|轉藏|全屏|献花(?:[（(]\d{1,6}[)）])?|獻花(?:[（(]\d{1,6}[)）])?|微博|微信|QQ空间|QQ空間|QQ|朋友圈|评论|評論|点赞|點讚|转发|轉發|我要举报|我要舉報|举报|舉報|纠错|糾錯|\+1|\+?[ \t\xa0]?(?:关注|關注)|[大中小]|字体|字體|字号|字號)){1,12}|\+[ \t\xa0]?(?:关注|關注|订阅|訂閱)|\+[ \t\xa0]*more"
            r"|(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量|点击|點擊|热度|熱度|點閱|点阅|點閱次數|点阅次数|阅读次数|閱讀次數|浏览次数|瀏覽次數|点击量|點擊量|点击数|點擊數|人氣|人气)[ \t\xa0]*[：:]?[ \t\xa0]*[\d.,]+[wW万萬kK+]?"
            r"|(?:【(?:纠错|糾錯|打印|关闭|關閉|收藏|分享)】[ \t\xa0]*){1,4}|(?:打印|关闭窗口|關閉視窗|返回顶部|返回頂部|回到顶部|回到頂部)(?:[ \t\xa0|]+(?:打印|关闭窗口|關閉視窗|返回顶部|返回頂部))*"
            r"|price:[ \t\xa0]*[\d.,]+(?:,?[ \t\xa0]*(?:change|percent[ \t\xa0]change|%[ \t\xa0]change|volume):[ \t\xa0]*[+\-−]?[\d.,]+%?){1,4}"
            # a quote box: 'Share Price: 3.45p | Change: +0.40p (+13.11%)', 'Price: $47.12 +1.40%'
            r"|join[ \t\xa0](?-i:[A-Z])[\w&.'’-]{1,20}(?:[ \t\xa0](?-i:[A-Z])[\w&.'’-]{1,20}){0,2}[ \t\xa0](?:premium|pro|plus|prime)(?:[ \t\xa0]*[–—:|-][ \t\xa0]*(?:free|it['’]s[ \t\xa0]free|free[ \t\xa0]trial|try[ \t\xa0]it[ \t\xa0]free))?"
            r"|(?:share[ \t\xa0]|last[ \t\xa0]|stock[ \t\xa0])?price[ \t\xa0]*:[ \t\xa0]*(?:[$€£¥]|[A-Z]{3}[ \t\xa0]?)?[\d.,]{1,12}(?:p|c|[ \t\xa0]?(?:pence|cents|GBX|USD|EUR))?"
            r"(?:[ \t\xa0]*(?:[|·,][ \t\xa0]*)?(?:(?:change|chg)[ \t\xa0]*:[ \t\xa0]*)?[+\-−][$€£]?[\d.,]{1,12}(?:p|c|%)?(?:[ \t\xa0]*\([+\-−]?[\d.,]{1,8}%\))?){1,2}"
            r"|(?:ticker|symbol)(?:[ \t\xa0]+(?:security|name|company|price|last|change|chg|%|change[ \t\xa0]%|volume|%[ \t\xa0]change)){2,8}"
            # a paywall notice mid-story, with how to read on: 本文为订户专享内容，请登录或订阅以继续阅读。
            r"|(?:本文|此文|本篇|以下)(?:為|为|是|屬於|属于)?[A-Za-z0-9&\u4e00-\u9fff]{0,12}?(?:訂戶|订户|會員|会员|付費|付费)(?:專享|专享|限定|獨享|独享|專屬|专属)(?:內容|内容|文章)?[，,。][ \t\xa0]*(?:請|请)[^\n，,。]{0,12}?(?:訂閱|订阅|登入|登录|登錄)[^\n，,。]{0,16}?(?:閱讀|阅读|查看|收看)[^\n，,。]{0,8}[。！!]?"
            r"|why[ \t\xa0]you[ \t\xa0]can[ \t\xa0]trust[ \t\xa0][\w'’.&-]{1,30}(?:[ \t\xa0][\w'’.&-]{1,30}){0,3}"
            r"|report[ \t\xa0](?:an?[ \t\xa0])?(?:editorial[ \t\xa0]|technical[ \t\xa0])?(?:error|typo|issue|problem|correction|mistake)"
            r"|(?:editorial[ \t\xa0](?:code[ \t\xa0]of[ \t\xa0]conduct|standards|guidelines|policies|policy)(?:[ \t\xa0](?:and|&)[ \t\xa0](?:policies|standards|guidelines|ethics))?|follow[ \t\xa0]related[ \t\xa0](?:authors|topics)"
            r"(?:[ \t\xa0](?:and|&)[ \t\xa0](?:authors|topics))?)"
            r"|open[ \t\xa0]this[ \t\xa0](?:photo|image|picture)[ \t\xa0]in[ \t\xa0](?:gallery|full[ \t\xa0]screen)[ \t\xa0]*:?"
            r"|licen[cs]e[ \t\xa0](?:this[ \t\xa0])?(?:article|content|story)|reuse[ \t\xa0]this[ \t\xa0](?:content|article)|reprints?(?:[ \t\xa0](?:and|&)[ \t\xa0]permissions)?"
            r"|(?:"
            + WEEKDAY
            + r",?[ \t\xa0]*)?(?:"
            + AGO
            + r"|\d{1,3}[ \t\xa0]?[hmd][ \t\xa0]ago|\d{1,3}[ \t\xa0]day[ \t\xa0]ago)(?:[ \t\xa0]*(?:at[ \t\xa0]*)?"
            + TIME
            + r")?"
            r"|\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:[Zz]|[+-]\d{2}:?\d{2})?"
            r"|(?:"
            + WEEKDAY
            + r",?[ \t\xa0]*)?"
            + DATE_FULL
            + r"(?:[ \t\xa0]*[,|·/–—-][ \t\xa0]*|[ \t\xa0]+(?:at[ \t\xa0]+)?)"
            + TIME
            + r"(?:[ \t\xa0]*\("
            + TIME
            + r"\))?"
            r"|"
            + WEEKDAY
            + r",?[ \t\xa0]*"
            + DATE_FULL
            + r"|(?:"
            + MONTH
            + r"|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
            r"|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)(?:[ \t\xa0]\d{4})?[ \t\xa0]*\(\d{1,4}\))"
            + r"|cadastre-se|inscreva-se|regístrate|iscriviti|anmelden|registrieren|s['’]inscrire|se[ \t\xa0]connecter|connexion|iniciar[ \t\xa0]sesión|accedi|inloggen|ログイン|로그인|[\[【]?(?:会員限定(?:記事)?|有料会員限定|有料記事|プレミアム記事|유료[ \t\xa0]?기사)[\]】]?|記事を(?:マイページに)?保存(?:できます|する)?|지면[ \t\xa0]?[A-Z]?\d{1,3}(?:면)?"
            + r"|(?:did[ \t\xa0]you[ \t\xa0](?:find|like|enjoy)[ \t\xa0](?:this|the)[ \t\xa0](?:article|story|post|page|content)(?:[ \t\xa0](?:useful|helpful|interesting))?|was[ \t\xa0]this[ \t\xa0](?:article|story|page|content|information)[ \t\xa0](?:useful|helpful)|how[ \t\xa0](?:useful|helpful)[ \t\xa0]was[ \t\xa0]this[ \t\xa0](?:article|story|page)|rate[ \t\xa0]this[ \t\xa0](?:article|story))[ \t\xa0]*\??(?:[ \t\xa0]*(?:yes|no)[ \t\xa0]*[/|]?[ \t\xa0]*(?:yes|no)?)?|reasons?[ \t\xa0]to[ \t\xa0]trust"
            + r"|(?:喜歡|喜欢)(?:這篇|这篇|本篇|本文|這則|这则)[^\n？?]{0,6}[嗎吗]?[？?][^\n]{0,30}"
            + r"|help[ \t\xa0]us[ \t\xa0]improve(?:[ \t\xa0]our[ \t\xa0]\w+)?\.?|tell[ \t\xa0]us[ \t\xa0]what[ \t\xa0]you[ \t\xa0]think[ \t\xa0]about[^\n]{1,80}|send[ \t\xa0]us[ \t\xa0](?:your[ \t\xa0])?feedback|photo[ \t\xa0]gallery(?:[ \t\xa0]*\((?:click|tap)[ \t\xa0]to[ \t\xa0]enlarge\))?|end[ \t\xa0]of[ \t\xa0](?:the[ \t\xa0])?(?:article|story)"
            + r"|report[ \t\xa0](?:an?[ \t\xa0])?(?:editorial[ \t\xa0]error|technical[ \t\xa0](?:issue|problem)|typo|error|correction)|editorial[ \t\xa0](?:code[ \t\xa0]of[ \t\xa0]conduct|standards|guidelines)"
            + r"|(?:do[ \t\xa0]you[ \t\xa0]like[ \t\xa0]the[ \t\xa0]content[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:article|story)\?|short[ \t\xa0]url|was[ \t\xa0]this[ \t\xa0](?:article|story)[ \t\xa0](?:helpful|useful)\?)"
            + r"|返回[^\n，,]{0,6}(?:首页|首頁)(?:[，,][^\n]{0,16})?|看更多[ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9 \t\xa0]{0,16}(?:新聞|新闻|重訊|重讯|報導|报道|文章|消息)"
            + r"|back[ \t\xa0]to[ \t\xa0](?:all[ \t\xa0])?(?:news|press[ \t\xa0]releases|articles|stories|results|announcements)|download[ \t\xa0](?:the[ \t\xa0])?(?:pdf|report|presentation)(?:[ \t\xa0]*\(\d[\d.,]*[ \t\xa0]*[KM]B\))?|\d{2,4}k\+[ \t\xa0]newsrooms[^\n]{0,40}|attachments?"
            + r"|(?:artikel|beitrag)[ \t\xa0](?:anhören|vorlesen(?:[ \t\xa0]lassen)?)|zur[ \t\xa0](?:startseite|übersicht)|forum[ \t\xa0]anzeigen|passer[ \t\xa0]la[ \t\xa0]publicit[ée]"
            + r"|(?:loading|chargement|caricamento|cargando|carregando|wird[ \t\xa0]geladen)(?:\.\.\.|…)"
            + r"|signaler[ \t\xa0](?:le|ce|un)[ \t\xa0](?:commentaire|abus)|(?:vos|mes)[ \t\xa0](?:articles[ \t\xa0]à[ \t\xa0]offrir|listes)|cette[ \t\xa0]liste[ \t\xa0]ne[ \t\xa0]contient[ \t\xa0]aucune[ \t\xa0]valeur\.?"
            + r"|(?:écouter|ascolta(?:re)?|escuchar|ouvir)[ \t\xa0](?:cet|l['’]|este|la|questo|o|a)[ \t\xa0]?(?:article|articolo|artículo|artigo|noticia|notícia)|この記事を(?:音声で)?聞く|기사[ \t\xa0]?듣기"
            + r"|comentar|réagir|commenter|kommentieren|commenta|残り\d{1,6}文字"
            + r"|\d{1,6}[ \t\xa0](?:restacks?|reposts?)"
            + r"|\{\{[ \t\xa0]*[\w.\[\]'\"]{1,40}(?:[ \t\xa0]*\|[ \t\xa0]*[\w.:'\" ]{1,30})?[ \t\xa0]*\}\}|[|｜¦]{1,3}"
            + r"|(?:market[ \t\xa0]cap(?:itali[sz]ation)?|today['’]s[ \t\xa0]change|current[ \t\xa0]price|day['’]s[ \t\xa0]range|52[ \t\xa0-]?(?:week|wk)[ \t\xa0]range"
            r"|avg\.?[ \t\xa0]vol(?:ume)?|average[ \t\xa0]volume|prev(?:ious|\.)?[ \t\xa0]close|volume)"
            r"[ \t\xa0]+(?:n/a|\(?[+\-−]?(?:US)?[$€£¥]?\d[\d,.]*[%KMBT]?\)?(?:[ \t\xa0]*(?:[-–][ \t\xa0]*)?\(?[+\-−]?(?:US)?[$€£¥]?\d[\d,.]*[%KMBT]?\)?)?)"
            + r"|\|?[ \t\xa0]*\d[\d.]*[ \t\xa0]leser(?:innen)?|mitdiskutieren|jetzt[ \t\xa0]mitdiskutieren|répondre|rispondi|responder"
            + r"|[+\-−]\d{1,3}(?:\.\d{3})*,\d{1,4}[ \t\xa0]?%|\d{1,3}(?:\.\d{3})*,\d{1,4}[ \t\xa0]?(?:eur|€|usd|chf|pkt|punkte)|\$\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,4})?[ \t\xa0]*/[ \t\xa0]*\$\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,4})?"
            + r"|(?:\.{3}|…)?[ \t\xa0]*more[ \t\xa0]?less|short[ \t\xa0]link[ \t\xa0]*:?(?:[ \t\xa0]*(?:https?://|www\.)[^\s]{1,80})?"
            + r"|found[ \t\xa0]an?[ \t\xa0](?:mistake|typo|error)[ \t\xa0]in[ \t\xa0]this[ \t\xa0](?:article|story|report)\?|report[ \t\xa0]it[ \t\xa0]to[ \t\xa0]us"
            + r"|[+\-−][$€£¥]?\d{1,6}(?:,\d{3})*(?:\.\d{1,4})?%?(?:[ \t\xa0]*\([+\-−]?\d{1,4}(?:\.\d{1,4})?[ \t\xa0]?%\))?|(?:\.{3}|…)[ \t\xa0]?(?:read[ \t\xa0])?more"
            # Where the post was published from (a province or a country): 发布于：浙江省, IP属地：广东.
            + r"|(?:发布于|發佈於|發布於|(?-i:IP)[ \t\xa0]?(?:属地|屬地))[ \t\xa0]*[：:]?[ \t\xa0]*"
            r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\xa0]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[ \t\xa0\u3000]+)?[\u4e00-\u9fff]{2,8}"
            + r"|看更多[\u4e00-\u9fffA-Za-z0-9]{0,16}(?:新聞|新闻|報導|报道|文章)[ \t\xa0]*[》>»]{1,2}"
            # View counts and audio players: 浏览次数：3521, 点击数：1.2万, 语音播报, 收听本文.
            + r"|(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|数|數|人次)[ \t\xa0]*[：:]?[ \t\xa0]*[\d.,]+[wW万萬kK+]?"
            + r"|(?:语音播报|語音播報|收听本文|收聽本文|听本文|聽本文|朗读本文|朗讀本文|播放语音|播放語音)(?:[ \t\xa0]*[（(]?\d{1,2}[:：]\d{2}[）)]?)?"
        ),
        description=(
            "A widget line on its own, anywhere: navigation labels (Skip to main content, Menu, Search), a lone "
            "social button (Facebook, Email), share counters (1.2k shares), a bare timestamp (3h ago, "
            "November 19, 2019 at 10:32 am), a blog-archive month count (March (5))."
        ),
        max_chars=60,
        examples=(
            "An official website of the U.S. government",
            "[字號：大 中 小] [打印本頁]",
            "本文為訂戶專享內容，請登入後繼續閱讀。",
            "转藏 全屏 打印 献花(12)",
            "【字体 大 中 小】 打印 收藏",
            "點閱次數：3,506",
            "人氣：2,314",
            "View All 36 Photos",
            '看更多財經新聞》',
            '瀏覽次數：12,480',
            '影片載入中，請稍候…',
            '1,024 人赞同了该回答',
            '编辑于 2024-03-05 09:12・IP 属地广东',
            '發佈於 2025-01-08 18:30',
            '视频加载中…',
            '收聽本文（03:12）',
            '…more less',
            'Short Link: https://www.example.org/News/48812.aspx',
            'Found an error in this story?',
            'Report it to us',
            "Skip to main content",
            "Back to main menu",
            "+ MORE",
            "+关注",
            "新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享",
            "文字大小 小 中 大 ｜ 列印 ｜ 收藏",
            "Menu",
            "Copy link",
            "1.2k shares",
            "3h ago",
            "5 hours ago",
            "November 19, 2019 at 10:32 am",
            "February 19, 2025 14:32 ET (19:32 GMT)",
            "4 June 2025 16:20 (AEDT)",
            "Tuesday November 19, 2019",
            "2019-11-19T10:32:05+00:00",
            "novembro (12)",
            "In this article:",
            "Add AP News on Google",
            "Add CNBC as a preferred source on Google",
            "Add Kitco to your Google News feed",
            "Share Price: 12.80p | Change: -0.35p (-2.66%)",
            "Price: $112.40 -0.85%",
            "Join MT Pro – FREE",
            "Cadastre-se",
            "[会員限定記事]",
            "記事をマイページに保存できます。",
            "지면A1",
            "Did you find this article useful?",
            "Was this article helpful? Yes No",
            "Reason to trust",
            "喜歡這篇新聞嗎？歡迎贊助新頭殼",
            "Help us improve our coverage.",
            "Tell us what you think about how we cover personal finance.",
            "Send us your feedback",
            "PHOTO GALLERY (CLICK TO ENLARGE)",
            "end of article",
            "Report an editorial error",
            "Report a technical issue",
            "Editorial code of conduct",
            "Do you like the content of this article?",
            "Short Url",
            "Was this article helpful?",
            "返回搜狐首页，浏览更多资讯",
            "看更多重訊",
            "看更多 宏捷精密 新聞",
            "Back to all news",
            "Download PDF (214 KB)",
            "440k+ Newsrooms & Influencers",
            "Attachments",
            'Artikel anhören',
            'Zur Startseite',
            'Forum anzeigen',
            'Passer la publicité',
            'Chargement...',
            'Signaler le commentaire',
            'Mes listes',
            'Écouter cet article',
            'Réagir',
            '残り845文字',
            "发布于：江苏省",
            "IP属地：广东",
            "发布于：2025-03-02 09:41 四川",
            "{{ article.author }}",
            "3 Restacks",
            "|",
            "Market Cap $12.7B",
            "Today's Change (-1.84%) -$0.92",
            "Current Price $51.08",
            "Day's Range $49.90 - $52.15",
            "Avg Vol 1,204,551",
            "Volume 3,418,090",
            '| 2310 Leser',
            'Mitdiskutieren',
            'Répondre',
            '18,92 EUR',
            '-3,41 %',
            '$1.080,00 / $1.120,00',
            "-3.17%",
            "+1.08 (4.95%)",
            "−0.42",
            "...more",
        ),
        counterexamples=(
            "An official website of the United States government was hacked last week, officials said.",
            "本文为会员专享内容的做法，被不少读者批评为变相收费。",
            "视频加载中出现卡顿的问题，平台表示已在新版本中修复。",
            "发布于2024年3月的报告显示，行业集中度继续提升。",
            "超过2000人赞同了该方案，但仍有部分居民反对。",
            'Found a mistake in the accounts, the auditor resigned.',
            '点击数据显示，该栏目一季度访问量增长三成。',
            'Short links between the two lines opened in 2019.',
            "In this article, the author argues that rates will fall.",
            "Add Google on Monday to the list of companies fined by the EU.",
            "Search crews found the hikers on Sunday.",
            "微信和微博的用户数都在增长。",
            "Facebook shares rose 3% after the results.",
            "Menu prices rose 5% last year.",
            'Réagir vite est essentiel, a estimé le ministre.',
            'Zur Startseite der Börse kamen am Montag 200 Besucher.',
            "Market cap $12.7B, up from $9B a year ago.",
            "Price: $4.99 a month after the trial, the company said.",
            "Join Apple Music Premium, the ad urged.",
            "Current price levels are unsustainable, the CEO said.",
            "• Gross margin: 81%",
            "Market cap: $12.7B",
            'Die Zahl der Leser stieg um 12,5 %, teilte der Verlag mit.',
            'Germany | 3.1% | 2.8% | 2.4%',
            'Deutschland | 3,1 % | 2,8 %',
            "-3.17% in the first quarter, the worst since 2020.",
            "...more than 40 people were hurt, police said.",
        ),
        languages=("en", "pt", "es", "fr", "de", "it", "nl", "ja", "ko", "zh"),
    ),
    Rule(
        id="chrome.trust-box",
        category="chrome",
        pattern=(
            r"strict[ \t\xa0]editorial[ \t\xa0]policy[ \t\xa0]that[ \t\xa0]focuses[ \t\xa0]on[ \t\xa0]accuracy,?[ \t\xa0]relevance,?[ \t\xa0](?:and|&)[ \t\xa0]impartiality"
            r"|created[ \t\xa0]by[ \t\xa0]industry[ \t\xa0]experts[ \t\xa0]and[ \t\xa0]meticulously[ \t\xa0]reviewed"
            r"|the[ \t\xa0]highest[ \t\xa0]standards[ \t\xa0]in[ \t\xa0]reporting[ \t\xa0]and[ \t\xa0]publishing"
            r"|editorial[ \t\xa0]process[ \t\xa0]for[ \t\xa0][\w.-]{1,30}[ \t\xa0]is[ \t\xa0]centered[ \t\xa0]on[ \t\xa0]delivering[ \t\xa0]thoroughly[ \t\xa0]researched[^\n]{0,600}"
        ),
        description=(
            "A crypto site's editorial trust box under 'Reason to trust' (Strict editorial policy that focuses on accuracy, "
            "relevance, and impartiality; Created by industry experts and meticulously reviewed; Editorial Process for X is ...)."
        ),
        max_chars=700,
        examples=(
            "Strict editorial policy that focuses on accuracy, relevance, and impartiality",
            "Created by industry experts and meticulously reviewed",
            "The highest standards in reporting and publishing",
            "Editorial Process for newsbtc is centered on delivering thoroughly researched, accurate, and unbiased content. "
            "We uphold strict sourcing standards, and each page undergoes diligent review by our team of editors.",
        ),
        counterexamples=(
            "The exchange said its listing process is created by industry experts and meticulously reviewed by lawyers.",
            "The highest standards in reporting and publishing are expected of every member, the press council said.",
        ),
    ),
    Rule(
        id="chrome.follow",
        category="chrome",
        pattern=(
            r"(?:please[ \t\xa0]+|also,?[ \t\xa0]+)?(?:follow|find|like|join|connect[ \t\xa0]with)[ \t\xa0](?:us|me|him|her|them|[^\n]{1,60}?)(?:[ \t\xa0]+on[ \t\xa0]+|[ \t\xa0]*,[ \t\xa0]*)"
            r"(?:"
            + SOCIAL
            + r")(?:[ \t\xa0]*/[ \t\xa0]*"
            + SOCIAL
            + r")?(?:,?[ \t\xa0]+\(?formerly(?:[ \t\xa0]known[ \t\xa0]as)?[ \t\xa0]Twitter\)?,?)?(?:[ \t\xa0]*[:：]?[ \t\xa0]*\(?"
            + HANDLE
            + r"\)?|[ \t\xa0]+at[ \t\xa0]+(?:"
            + URL
            + r"|"
            + HANDLE
            + r"))?"
            r"(?:(?:[ \t\xa0]*,[ \t\xa0]*(?:(?:and|or|&)[ \t\xa0]+)?|[ \t\xa0]+(?:and|or|&)[ \t\xa0]+|[ \t\xa0]+)(?:(?:(?:follow|like|find|join)[ \t\xa0]us[ \t\xa0]+)?on[ \t\xa0]+)?(?:"
            + SOCIAL
            + r"|"
            + HANDLE
            + r")"
            r"(?:[ \t\xa0]*\(?" + HANDLE + r"\)?|[ \t\xa0]+at[ \t\xa0]+" + URL + r")?){0,6}"
            r"(?:[ \t\xa0]+(?:to|for|(?:and|&)[ \t\xa0](?:subscribe|sign[ \t\xa0]up)[ \t\xa0]to)[ \t\xa0][^\n]{1,120})?"
            r"|(?:(?:don['’]t[ \t\xa0]forget|remember|be[ \t\xa0]sure)[ \t\xa0]to[ \t\xa0])?follow[ \t\xa0](?:us|me|him|her|them|"
            + HANDLE
            + r")(?:[ \t\xa0]+on[ \t\xa0]+"
            + SOCIAL
            + r")?(?:[ \t\xa0]+(?:at[ \t\xa0]+)?"
            + HANDLE
            + r")?(?:[ \t\xa0]+(?:to|for)[ \t\xa0][^\n]{1,120})?"
            r"|follow[ \t\xa0][\w'’.&-]{1,30}(?:[ \t\xa0][\w'’.&-]{1,30}){0,3}['’]s?[ \t\xa0](?:full[ \t\xa0]|live[ \t\xa0]|latest[ \t\xa0])?"
            r"(?:coverage|updates|live[ \t\xa0]updates|reporting)(?:[ \t\xa0](?:of|on|about)[ \t\xa0][^\n]{1,100}?)?(?:[ \t\xa0]+(?:at|on|here)[ \t\xa0]*"
            + URL
            + r")?"
            r"|more[ \t\xa0][\w'’&-]{1,20}(?:[ \t\xa0][\w'’&-]{1,20}){0,6}[ \t\xa0]*:[ \t\xa0]*"
            + URL
            + r"(?:[ \t\xa0]+and[ \t\xa0]+"
            + URL
            + r")?"
            r"|(?![^\n]{0,80}(?:提醒|表示|建议|建議|指出|用户|用戶|消费者|消費者|投资者|投資者|市民|民众|民眾|客户|客戶|谨防|謹防|警方|警惕))(?:(?:欢迎|歡迎|请|請|敬请|敬請|点击|點擊|长按|長按|扫码|掃碼|立即|马上|馬上|记得|記得|一键|一鍵|点赞|點讚|點贊|更多[^\n，,]{0,12}[，,]?(?:请|請)?|(?:下载|下載)[^\n，,]{1,20}[，,]?(?:或|并|並|及|和)?)[^\n]{0,6}?)?(?:关注|關注)[^\n]{0,20}(?:公众号|微信号|视频号|視頻號|微博|微信|官方)[^\n]{0,40}"
            r"|(?![^\n]{0,80}(?:提醒|表示|建议|建議|指出|用户|用戶|消费者|消費者|投资者|投資者|市民|民众|民眾|客户|客戶|谨防|謹防|警方|警惕))(?:[^\n？?]{1,30}[？?][ \t\xa0\u3000]*)?(?:立即|马上|馬上)?(?:追蹤|追踪|關注|关注|訂閱|订阅)[^\n]{0,30}?(?:Facebook|FB|IG|Instagram|YouTube|專頁|专页|頻道|频道|公众号|公眾號)[^\n]{0,20}"
            r"|"
            + _ZH_REPORTED
            + r"[►▶●■◆★※•]?[ \t\xa0]*加入[^\n，。]{0,16}?(?-i:LINE|Line)[ \t\xa0]*(?:好友|官方帳號|官方账号)(?:[ \t\xa0\u3000，,！!][^\n。]{0,30})?"
            r"|"
            + _ZH_REPORTED
            + r"[►▶●■◆★※•]?[ \t\xa0]*[^\n]{0,30}?(?-i:LINE|Line)[ \t\xa0]*(?:官方帳號|官方账号|加入[^\n]{1,12}?好友)[^\n]{0,40}"
            r"|[►▶●■◆★※•]?[ \t\xa0]*(?:歡迎|欢迎)?(?:加入|追蹤|追踪)[^\n]{1,24}?(?:粉絲團|粉丝团|粉絲專頁|粉丝专页|官方帳號|官方账号|LINE帳號)[^\n]{0,20}"
            r"|"
            + _ZH_REPORTED
            + r"[►▶●■◆★※•]?[ \t\xa0]*(?:歡迎|欢迎|立即|馬上|马上)?加入[^\n，。]{0,16}?(?-i:LINE|Line)[ \t\xa0]*[，,！!][ \t\xa0]*(?:搶先|抢先|第一時間|第一时间|掌握|接收|獲得|获得|訂閱|订阅|不漏接)[^\n]{0,30}"
            r"|[\u4e00-\u9fffA-Za-z]{2,12}(?:公众号|公眾號|微信公众号|微信公眾號|官方微信|官方微博)"
            r"|(?:点击|點擊|欢迎|歡迎)?(?:关注|關注)[^\n，,。]{1,20}[（(][\w-]{2,30}[)）][，,]?[^\n]{0,6}(?:获取|獲取|了解|第一时间|第一時間)[^\n]{0,30}"
            # a follow prompt that promises not to get lost: 关注老K看盘，每日复盘不迷路。
            r"|(?:点击|點擊|欢迎|歡迎)?(?:关注|關注|追蹤|追踪)[^\n，,。]{1,16}[，,][^\n，,。]{0,12}?不迷路[。！!]?"
            # a like button's label with the page: Like 經濟一週 Facebook; a bracketed LINE prompt: 【加入信傳媒LINE好友】掌握第一手財經新聞
            r"|(?i:like)[ \t\xa0]+[^\n]{1,20}?[ \t\xa0]*(?:Facebook|FB)(?:[ \t\xa0]*(?:專頁|专页|page))?"
            r"|【(?:歡迎|欢迎|立即|馬上|马上)?加入[^\n【】]{0,16}?(?-i:LINE|Line)[ \t\xa0]*(?:好友|官方帳號|官方账号)】[^\n。]{0,30}"
            # without the account's ID: 点击关注品玩，获取更多科技前沿资讯
            r"|"
            + _ZH_REPORTED
            + r"(?:点击|點擊|欢迎|歡迎)(?:关注|關注)[^\n，,。]{1,16}[，,][ \t\xa0]*(?:获取|獲取|了解|第一时间|第一時間)[^\n，,。]{0,30}[。！!]?"
            r"|"
            + _ZH_REPORTED
            + r"加入[^\n，。]{0,12}?(?-i:LINE|Line)[ \t\xa0]*(?:好友|官方帳號|官方账号)(?:[ \t\xa0\u3000，,！!][^\n。]{0,30})?|subscribe[ \t\xa0]to[ \t\xa0][^\n]{1,40}[ \t\xa0]on[ \t\xa0]YouTube[^\n]{0,80}"
            + r"|네이버[ \t\xa0]?(?:홈|메인|뉴스|채널)?(?:에서)?[^\n]{0,40}?(?:구독하기|구독)[^\n]{0,30}"
            + r"|google[ \t\xa0]news['’]?(?:te|ta|de|da)[ \t\xa0]takip[ \t\xa0]et(?:in)?|cek[ \t\xa0]berita[ \t\xa0]dan[ \t\xa0]artikel[^\n]{0,40}?google[ \t\xa0]news|(?:folgen|follow)[ \t\xa0](?:auf|on|us[ \t\xa0]on)[ \t\xa0]*:"
            + r"|(?:подписывайтесь|подпишитесь)[ \t\xa0]на[ \t\xa0][^\n]{1,60}?(?:в|на)[ \t\xa0](?:telegram|телеграм(?:е)?|дзен(?:е)?|youtube|vk|вконтакте)[^\n]{0,120}"
            + r"|join[ \t\xa0](?:the[ \t\xa0]|our[ \t\xa0])?(?-i:[A-Z])[^\n]{1,40}?[ \t\xa0](?:whatsapp[ \t\xa0]|telegram[ \t\xa0])?channel[.!]?"
            + r"|stay[ \t\xa0](?:informed|updated|connected)[^\n.!?]{0,40}[.!][ \t\xa0]+follow[ \t\xa0][^\n]{1,60}?[ \t\xa0]on[ \t\xa0](?:whatsapp|telegram)[^\n]{0,200}"
            + r"|¡?(?:síguenos|sigue(?:nos)?|siga(?:-nos)?|suivez(?:-nous)?|folgen[ \t\xa0]sie|seguici|volg[ \t\xa0]ons|únete|unete|rejoignez(?:-nous)?|junte-se|unisciti)[^\n.!?。！？]{0,80}?[ \t\xa0](?:en|no|na|on|auf|bei|su|sur|op|via|in|a)[ \t\xa0](?:nuestro[ \t\xa0]canal[ \t\xa0]de[ \t\xa0]|notre[ \t\xa0](?:chaîne|compte)[ \t\xa0]|nosso[ \t\xa0]canal[ \t\xa0]no[ \t\xa0]|unserem[ \t\xa0]kanal[ \t\xa0]auf[ \t\xa0]|il[ \t\xa0]nostro[ \t\xa0]canale[ \t\xa0])?(?:"
            + SOCIAL
            + r"|linkedin|google[ \t\xa0]news)[^\n]{0,140}"
            + r"|read[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,2}[ \t\xa0]on[ \t\xa0]google[ \t\xa0]news"
            + r"|(?:追蹤|追踪|關注|关注)[^\n]{1,20}?(?:Google[ \t\xa0]?(?:新聞|新闻|News)|LINE|臉書|脸书|Facebook|IG|YouTube)|(?i:line)[ \t\xa0]*加好友[^\n]{0,40}|著者(?:を)?フォロー|フォローすると[、，]?[^\n]{0,60}"
            + r"|(?:点击|點擊|长按|長按)(?:下方|上方)?(?:名片|蓝字|藍字|卡片)[，,]?[ \t\xa0]*(?:关注|關注)[^\n]{0,30}"
            + r"|【[^\n】]{1,20}(?:頻道|频道|專頁|专页|群組|群组)】[ \t\xa0]*(?:立即|馬上|马上|歡迎|欢迎)?(?:訂閱|订阅|追蹤|追踪|加入|關注|关注)[^\n]{0,20}"
            + r"|(?![^\n]{0,80}(?:提醒|警方|警惕|诈骗|詐騙|骗局|騙局|用户|用戶|市民|民众|民眾))(?:[^\n，,。]{0,12}?(?:點我|点我|立即|馬上|马上|歡迎|欢迎))?(?:加入|關注|关注|追蹤|追踪|訂閱|订阅)[^\n，,。]{0,20}?(?:WhatsApp|Telegram|LINE|Line|Facebook|IG|Instagram|YouTube|Threads|X)[ \t\xa0]*(?:頻道|频道|群組|群组|專頁|专页|帳號|账号)[^\n]{0,30}"
            + r"|check[ \t\xa0]out[ \t\xa0](?:my|our)[ \t\xa0](?:website|blog|site|podcast|youtube[ \t\xa0]channel|other[ \t\xa0]work)\.?|follow[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,3}[ \t\xa0]*:"
            + r"|"
            + _ZH_REPORTED
            + r"[^\n]{0,40}?(?:點我|点我|立即|马上|馬上)?加入[ \t\xa0]*LINE[ \t\xa0]*好友[^\n]{0,20}"
            + r"|follow[ \t\xa0][A-Z][^\n()]{1,40}[ \t\xa0]\((?:NASDAQ|NYSE|AMEX|OTC|TSX|TSXV|LSE|ASX|NYSEAMERICAN|NYSEARCA)[^\n():]{0,6}:[ \t\xa0]?[A-Z.]{1,8}\)"
            + r"|get[ \t\xa0](?:the[ \t\xa0])?latest[ \t\xa0][^\n]{1,80}?[ \t\xa0]on[ \t\xa0](?:your[ \t\xa0])?(?:whatsapp|telegram|viber|signal)[^\n]{0,80}"
            + r"|(?:点击|點擊|点|點)上方(?:蓝字|藍字|蓝色字体|藍色字體|公众号名片|公眾號名片)?[^\n]{0,40}?(?:关注|關注|星标|星標|置顶|置頂)[^\n]{0,60}"
            + r"|(?i:like|讚好|赞好|追蹤|追踪|关注|關注)[ \t\xa0]*[^\n，,。]{0,20}?(?i:facebook|fb|ig|instagram|youtube|telegram)[ \t\xa0]*(?:專頁|专页|頻道|频道)[^\n]{0,30}"
            + r"|[^\n，,。]{0,12}(?i:telegram|whatsapp|line|signal|youtube)[ \t\xa0]*(?:頻道|频道|群組|群组)[ \t\xa0]*[：:][^\n]{0,60}"
            + r"|[^\n]{0,20}?(?i:line)[ \t\xa0]*好友(?:募集中|招募中)[^\n]{0,20}"
            + r"|[^\n]{0,80}?join[ \t\xa0]our[ \t\xa0][^\n]{1,40}?(?:channel|community|group)[ \t\xa0]on[ \t\xa0](?:whatsapp|telegram|signal|viber)[^\n]{0,40}|subscribe[ \t\xa0]to[ \t\xa0]our[ \t\xa0](?:telegram|whatsapp|youtube|viber)[ \t\xa0](?:channel|group|community)[^\n]{0,100}|\(?you[ \t\xa0]can[ \t\xa0]now[ \t\xa0]follow[ \t\xa0][^\n]{1,40}?[ \t\xa0]on[ \t\xa0](?:whatsapp|telegram|x|twitter|instagram|linkedin|google[ \t\xa0]news)\)?|follow[ \t\xa0]the[ \t\xa0](?:topics|people|companies|authors)[^\n]{0,80}?(?:matter|interest)[^\n]{0,30}"
            + r"|기자[ \t\xa0]?구독(?:하기)?"
            + r"|follow[ \t\xa0][^\n]{1,80}?[ \t\xa0]on[ \t\xa0](?:whatsapp|telegram|viber|signal|google[ \t\xa0]news|x|twitter|linkedin|instagram|youtube)[ \t\xa0]+here"
            + r"|get[ \t\xa0][^\n]{1,60}?(?:updates|news|alerts|headlines)[ \t\xa0](?:straight[ \t\xa0]|directly[ \t\xa0]|right[ \t\xa0])?(?:to|on|in)[ \t\xa0]your[ \t\xa0](?:whatsapp|telegram|viber|signal|phone|mobile|smartphone)(?:[ \t\xa0](?:inbox|chats?))?"
            + r"|[↑⬆☝👆🔝]{1,3}[ \t\xa0]*(?:点击|點擊|点|點)(?:上方|上面)[^\n，,。]{0,20}?(?:关注|關注|(?:设为|設為)?(?:星标|星標|置顶|置頂))[^\n]{0,40}"
            + r"|[^\n]{0,40}?suivez[ \t\xa0][^\n]{1,30}?[ \t\xa0]sur[ \t\xa0](?:google[ \t\xa0](?:actualités|news)|facebook|twitter|x|linkedin|instagram|whatsapp|telegram)[^\n]{0,20}"
            + r"|(?:seguinos|síguenos|siga-nos|seguici|folgen[ \t\xa0]sie[ \t\xa0]uns)[^\n]{0,20}?[ \t\xa0](?:en|no|su|auf)[ \t\xa0](?:google[ \t\xa0]news|facebook|twitter|x|instagram|whatsapp|telegram|linkedin)[^\n]{0,30}|únase[ \t\xa0]a[ \t\xa0]nuestro[ \t\xa0]canal[ \t\xa0]de[ \t\xa0](?:whatsapp|telegram)[^\n]{0,120}"
            + r"|(?:follow|join)[ \t\xa0][^\n]{1,60}?[ \t\xa0]on[ \t\xa0](?:whatsapp|telegram|signal|viber|google[ \t\xa0]news|instagram|x|facebook)[ \t\xa0]+and[ \t\xa0]+(?:stay|keep)[ \t\xa0](?:up[ \t\xa0]to[ \t\xa0]date|updated|informed|in[ \t\xa0]the[ \t\xa0]loop)[^\n]{0,60}"
            + r"|\+[ \t\xa0]*follow(?:[ \t\xa0](?:author|topic))?|follow[ \t\xa0](?:this[ \t\xa0]|the[ \t\xa0])?(?:author|writer|columnist|reporter)|(?:authors?|topics?|writers?)(?:[ \t\xa0](?:and|&)[ \t\xa0](?:authors?|topics?|writers?))?[ \t\xa0]you[ \t\xa0]follow[ \t\xa0]will[ \t\xa0](?:be[ \t\xa0]added|appear)[ \t\xa0](?:to|in)[ \t\xa0]your[ \t\xa0][^\n]{1,80}"
            + r"|(?:追蹤|追踪|關注|关注|訂閱|订阅|加入)[^\n，,。]{1,20}?google[ \t\xa0]?news[^\n]{0,30}"
            # a network and the site's handles on it: 'Facebook : @acmenews, @acmetv'
            + r"|"
            + SOCIAL
            + r"[ \t\xa0]*[:：][ \t\xa0]*@[\w.]{1,40}(?:[ \t\xa0]*[,/|][ \t\xa0]*@[\w.]{1,40}){0,6}"
            + r"|[가-힣A-Za-z0-9·]{1,12}(?:[ \t\xa0][가-힣A-Za-z0-9·]{1,12}){0,3}[ \t\xa0](?:받아보기|구독하기)"
            + r"|(?![^\n]{0,240}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:follow|find|like|join|add)[ \t\xa0](?:us|[^\n]{1,60}?)[ \t\xa0]+on[ \t\xa0]+(?:"
            + SOCIAL
            + r"|LINE|Line|KakaoTalk|Viber|Zalo)(?:(?:[ \t\xa0]*,[ \t\xa0]*|[ \t\xa0]+(?:and|or|&)[ \t\xa0]+)(?:"
            + SOCIAL
            + r"|LINE|Line|KakaoTalk|Viber|Zalo)){0,4}(?:[ \t\xa0]+(?:to|for)[ \t\xa0][^\n]{1,120})?"
            # a channel on a news app: "Keep updated, follow The Business Standard's Google news channel"
            + r"|(?![^\n]{0,200}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:(?:keep|stay)[ \t\xa0](?:updated|informed|tuned),?[ \t\xa0]+)?follow[ \t\xa0](?:us|[^\n]{1,50}?['’]s?)[ \t\xa0]+(?:on[ \t\xa0]+)?"
            r"(?:google[ \t\xa0]news|whatsapp|telegram|youtube)[ \t\xa0](?:channel|page|feed)"
            # A fan-page prompt: 看更多！請加入自由財經粉絲團.
            + r"|(?:[^\n，,。！!]{0,12}[！!，,][ \t\xa0]*)?(?:請|请|快|立即|馬上|马上)?(?:加入|按讚|按赞|追蹤|追踪|關注|关注)[^\n，,。]{0,12}?(?:粉絲團|粉丝团|粉絲專頁|粉丝专页|粉專)[^\n，,。]{0,20}"
            # A radio station's listen prompt with its frequencies: 收聽新城財經台：AM1044, 收听经济之声 FM96.6
            + r"|(?:收聽|收听)[\u4e00-\u9fffA-Za-z0-9]{2,12}[ \t\xa0]*[：:]?[ \t\xa0]*(?:AM|FM|DAB\+?|數碼|数码)[ \t\xa0]*\d{2,4}(?:\.\d{1,2})?"
            r"(?:[ \t\xa0]*[/／、,，|｜][ \t\xa0]*(?:AM|FM|DAB\+?|數碼|数码)?[ \t\xa0]*\d{2,4}(?:\.\d{1,2})?){0,3}"
        ),
        description=(
            "A follow prompt anywhere: Follow [Name] on Twitter @handle, Follow us on Facebook and Instagram, "
            "Follow AP's live updates, More AP NBA: [URL], 关注公众号."
        ),
        max_chars=260,
        examples=(
            "关注财经小陈，投资路上不迷路",
            "Like 信報 Facebook",
            "【加入鉅亨LINE好友】每日盤前重點一手掌握",
            "点击关注极客公园，获取更多科技前沿资讯",
            "歡迎關注數位時代，第一時間掌握產業動態。",
            "Follow him on X, formerly known as Twitter, @RajPatelMarkets",
            "点赞关注虎嗅视频号，看更多科技访谈",
            "Instagram : @harbourpostnews, @harbourposttv",
            "X: @kl_wire_official",
            "Follow Author",
            "Follow us on Facebook and subscribe to our WhatsApp channel and Daily Brief newsletter for the latest headlines.",
            "Don't forget to follow us @Mining_Wire for real-time updates!",
            "Also, like us on Facebook and follow us on Twitter.",
            '네이버에서 ‘한국경제’ 구독하기',
            '네이버 홈에서 ‘머니투데이’ 뉴스 [구독하기▶]',
            '매경 마켓레이더 받아보기',
            '馬上按讚工商時報粉絲專頁',
            '看更多！請加入經濟日報粉絲團',
            '追蹤經濟日報 Google News，財經新聞不漏接',
            'Join the Business Post on WhatsApp and stay informed',
            "Follow Jane Doe on Twitter",
            "Follow us on Twitter @Spacedotcom and on Facebook.",
            "Follow AP's live updates",
            "Stay informed, follow The Daily Ledger's Google News channel",
            "Follow Acme Times' Telegram channel",
            "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
            "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
            "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
            "Follow @BGRDeals on Twitter to keep up with the latest and greatest deals from around the web.",
            "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
            "More AP coverage of the economy: https://apnews.com/hub/economy",
            "Please follow Jane Doe on X/Twitter at @janedoe for more coverage.",
            "Subscribe to 9to5Mac on YouTube for more Apple news:",
            "更多精彩内容，请关注同花顺财经官方微信（ths518），获取更多机会。",
            "关注同花顺财经（ths518），获取更多机会",
            "加入LINE好友，財經新聞不漏接",
            "新浪财经公众号",
            "Follow Yahoo Finance on Twitter, Instagram, YouTube, Facebook, Flipboard, and LinkedIn.",
            "Síguenos en Google News",
            "Siga a EXAME no Instagram e no LinkedIn",
            "Sigue toda la información de Cinco Días en Facebook, X y Linkedin, o en nuestra newsletter Agenda de Cinco Días",
            "Únete a nuestro canal de Telegram y recibe al instante las noticias de Bolsamanía",
            "追蹤工商時報 Google 新聞",
            "Line 加好友 訂閱 經濟日報 即時財經新聞",
            "著者フォロー",
            "フォローすると、この著者の新着記事をメールでお知らせします。",
            "点击下方名片，关注医药观察家 ▼",
            "点击上方蓝字，关注我们",
            "【晴報 whatsapp 頻道】立即訂閱",
            "加入《聯合早報》WhatsApp頻道，獲取最新新聞動態",
            "Check out my website.",
            "Follow Al Jazeera English:",
            "已經加入好友了嗎？不再錯過重要訊息 點我加入LINE好友",
            "Read U.TODAY on Google News",
            "一手掌握經濟脈動 點我訂閱自由財經Youtube頻道",
            "Follow us on X: @MetalsDailyDesk",
            "►加入ETtoday財經雲LINE，搶先掌握第一手新聞",
            "Follow Bank Ozk (NASDAQ:OZK)",
            "Follow Tesla Inc (NASDAQ: TSLA)",
            "Get the latest news updates from Gulf News on your WhatsApp — follow our channel now.",
            "点击上方蓝字“硬科技观察局”，设为星标，第一时间获取深度内容",
            "點擊上方藍字關注我們",
            "↑点击上方“证券时报”关注我们，设为星标",
            "👆點擊上方「財經頭條」關注，設為星標",
            "Like am730 Facebook專頁，緊貼最新消息",
            "追蹤星島頭條Instagram專頁",
            "點新聞Telegram頻道：掌握每日熱點 t.me/dotdotnews",
            "udn 經濟日報 LINE 好友募集中",
            "Get the day’s biggest business stories straight to your phone – join our Business Today channel on WhatsApp",
            "Subscribe to our Telegram channel for the latest updates on Singapore stocks and REITs",
            "(You can now follow ETMarkets on WhatsApp)",
            "Follow the topics, people and companies that matter to you.",
            '기자 구독',
            "Follow Business Insider Africa's markets coverage on WhatsApp here.",
            "Get Khaleej Times business updates straight to your WhatsApp.",
            "Get the latest Arabian Business news straight to your phone.",
            'Vous aimez nos contenus ? Suivez Les Echos sur Google Actualités',
            'Únase a nuestro canal de WhatsApp y reciba las noticias del día.',
            '+ Follow',
            '+ FOLLOW AUTHOR',
            'Topics and authors you follow will appear in your personalised news feed in My Feed.',
            'Follow Bangkok Business Daily on Facebook and LINE for the latest market news.',
            'Add us on Zalo and Facebook for breaking news.',
            "Google News'te takip et",
            "Cek Berita dan Artikel yang lain di Google News",
            "Folgen auf:",
            "Подписывайтесь на «Ведомости» в Telegram, чтобы не пропустить главное",
            "Join The Guardian Nigeria WhatsApp Channel",
            "Stay updated! Follow Vanguard News on WhatsApp for breaking news and exclusive content.",
            "¡Síguenos en Telegram! Únete a nuestro canal y recibe las últimas noticias.",
            "收聽商業電台：FM881 / FM903",
            "收听中国之声 FM106.1",
        ),
        counterexamples=(
            "Like many investors, he deleted Facebook last year.",
            "收聽率上升的電台包括FM903，該台表示將增加財經節目。",
            "点击关注的用户越来越多，该平台表示，获取流量的成本也在上升。",
            '투자자들은 리포트를 메일로 받아보기 위해 줄을 섰다.',
            'Google News今年起在台灣推出新功能，讀者追蹤新聞更方便。',
            'Investors who follow the fund on Telegram and stay invested have done well, the manager said.',
            "Follow the money, investigators said, and you find the shell companies.",
            "Follow the central bank's YouTube channel for the briefing, the governor told viewers.",
            "Follow him on Twitter, the president urged supporters at the rally in Ohio.",
            "Followers on Twitter rose to 2 million in the quarter.",
            "关注政策动向的投资者认为，本轮降准将为市场带来更多增量资金。",
            "加入LINE好友的用户数突破2000万，公司表示。",
            "Siga a polícia, disse o juiz, e não o Facebook.",
            "银行方面提醒，用户可关注官方微信公众号或拨打客服热线了解迁移进度，谨防不法分子冒充银行发送的“账户升级”链接。",
            "警方提醒市民，切勿加入來歷不明的WhatsApp群組，以免墮入投資騙局。",
            "监管部门关注“荐股公众号”乱象 两家公司被立案调查",
            "一家中型券商宣布推出「理財小幫手」LINE官方帳號，投資人只要加入好友，即可收到盤前重點與除息提醒。",
            "Follow the money, investigators said, and the trail leads to Cyprus.",
            "该公司Telegram频道的订阅人数已超过50万。",
            "Get market news on WhatsApp, the bank told customers, and ignore unsolicited tips.",
            "↑点击上方的链接可以查看完整名单，共有32家公司被关注。",
            'Investors you follow will be added to your watchlist, the broker said in a statement.',
            'Follow-up talks on Facebook and LINE data sharing ended without a deal, the ministry said.',
            '加入粉絲團的會員人數突破十萬，業者表示將加碼回饋。',
            "Join the Panama Canal Authority's board, the minister urged the two bankers, before the channel reopens.",
        ),
        languages=("en", "zh", "es", "pt", "fr", "de", "it", "nl", "ja", "tr", "id", "ru"),
    ),
    Rule(
        id="chrome.contact",
        category="chrome",
        pattern=(
            r"(?=[^\n]{0,320}@|[^\n]{0,320}/)"
            r"(?:(?:(?i:(?:media|press|investor|news|ir)[ \t\xa0](?:contacts?|enquiries|inquiries|relations)[ \t\xa0]*:?"
            r"|send[ \t\xa0](?:us[ \t\xa0])?(?:comments|feedback|questions|corrections)"
            r"|(?:for[ \t\xa0])?(?:comments|feedback|questions|corrections)(?:[ \t\xa0](?:and|or|&)[ \t\xa0](?:comments|feedback|questions|corrections))?[ \t\xa0]*(?:contact|e-?mail|write[ \t\xa0]to|to)[ \t\xa0]*:?|(?:to[ \t\xa0])?contact|write[ \t\xa0]to|e-?mail|reach|message|send[ \t\xa0](?:news[ \t\xa0])?tips[ \t\xa0]to"
            r"|(?:do[ \t\xa0]you[ \t\xa0])?(?:have|got)[ \t\xa0](?:a|any)[ \t\xa0](?:news[ \t\xa0]|story[ \t\xa0])?(?:tips?|story|stories)(?:[ \t\xa0]ideas?)?(?:[ \t\xa0]for[ \t\xa0]us)?\??|you[ \t\xa0]can[ \t\xa0](?:reach|contact|e-?mail)|tips\??"
            r"|for[ \t\xa0](?:further|more|additional)[ \t\xa0](?:information|details|info)(?:[ \t\xa0]*,?[ \t\xa0]*please)?[ \t\xa0]*(?:contact|:|,)"
            r"|(?:questions|comments|feedback|corrections)(?:[ \t\xa0](?:or|and|&)[ \t\xa0](?:questions|comments|feedback|corrections))?"
            r"[ \t\xa0](?:about|on|regarding)[ \t\xa0](?:this|the)[ \t\xa0](?:article|story|post)\?)"
            r"|" + NAME + r"[ \t\xa0](?i:(?:can|may)[ \t\xa0]be[ \t\xa0](?:reached|contacted|e-?mailed)))"
            r"[^\n]{0,160}?(?:"
            + EMAIL
            + r"|(?i:(?:https?://)?(?:www\.)?(?:twitter|x)\.com/)\w{1,30}|"
            + HANDLE
            + r")"
            r"[^\n]{0,160}"
            r"|"
            + EMAIL
            + r"|(?i:(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook)\.com/)[\w.]{1,40}/?"
            r"|"
            + NAME
            + r"(?:[ \t\xa0](?i:in)[ \t\xa0][A-Z][\w .'’-]{1,30})?[ \t\xa0](?i:at)[ \t\xa0]"
            + EMAIL
            + r"(?:[ \t\xa0]*(?:;|,|and)[ \t\xa0]*"
            + NAME
            + r"(?:[ \t\xa0](?i:in)[ \t\xa0][A-Z][\w .'’-]{1,30})?[ \t\xa0](?i:at)[ \t\xa0]"
            + EMAIL
            + r"){0,3})"
            # the desk's address: (Our editorial staff can be reached at eng.editors@interfax.ru)
            r"|\(?(?i:(?:our|the)[ \t\xa0](?:editorial[ \t\xa0](?:staff|team|desk|office)|newsroom|news[ \t\xa0]desk|editors)[ \t\xa0]can[ \t\xa0]be[ \t\xa0](?:reached|contacted)[ \t\xa0](?:at|via|by[ \t\xa0]e-?mail[ \t\xa0]at))[ \t\xa0]"
            + EMAIL
            + r"\)?\.?"
            r"|(?i:to[ \t\xa0]contact[ \t\xa0]the[ \t\xa0](?:reporters?|editors?|authors?)[ \t\xa0](?:responsible[ \t\xa0]for|on)"
            r"[ \t\xa0]this[ \t\xa0](?:story|article)[ \t\xa0]*:?)"
            r"|(?!By[ \t\xa0])" + NAMES + r"[ \t\xa0]*[(<\[]" + EMAIL + r"[)>\]]\.?"
            # Jane Doe: 206-555-0142 or jdoe@example.com; on X: @janedoe.
            r"|" + NAME + r"[ \t\xa0]*:[ \t\xa0]*\+?[\d(][\d()\-. ]{6,18}\d[ \t\xa0]*(?:,|;|or|and)[ \t\xa0]*" + EMAIL + r"[^\n]{0,100}"
            r"|(?i:got[ \t\xa0]a[ \t\xa0](?:confidential[ \t\xa0])?news[ \t\xa0]tip\?[ \t\xa0]*(?:we[ \t\xa0]want[ \t\xa0]to"
            r"[ \t\xa0]hear[ \t\xa0]from[ \t\xa0]you)?)"
            + r"|(?i:(?:primary|secondary|lead)[ \t\xa0](?:credit[ \t\xa0])?(?:analyst|contact|rating[ \t\xa0]analyst)s?)[ \t\xa0]*:[^\n]{1,240}|[^\n]{1,160}?(?:Journalists|journalists|JOURNALISTS)[ \t\xa0]*:[ \t\xa0]*\+?[\d()][\d()\-. ]{6,20}[^\n]{0,120}"
            + r"|(?i:to[ \t\xa0]contact[ \t\xa0]the[ \t\xa0](?:author|reporter|writer|editor)s?(?:[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:story|article))?,?[ \t\xa0]*(?:e-?mail|write[ \t\xa0]to|contact|reach))[^\n]{1,80}"
            + r"|(?:商务合作|商務合作|广告合作|廣告合作|投稿|转载|轉載|媒体合作|媒體合作)(?:请|請)?(?:加|联系|聯繫|添加)?(?:微信|vx|VX|邮箱|郵箱|wx)?[ \t\xa0]*[：:][ \t\xa0]*[\w@.\-]{3,60}[ \t\xa0]*$"
            + r"|(?i:for[ \t\xa0](?:further[ \t\xa0]|more[ \t\xa0])?(?:enquiries|inquiries|information)[ \t\xa0]*,?[ \t\xa0]*(?:please[ \t\xa0])?contact)[ \t\xa0]*:[ \t\xa0]*[^\n]{1,200}"
            + r"|記事(?:に関する|についての)(?:記者|エディター)への問い合わせ先[ \t\xa0]*[：:][^\n]{1,160}"
            + r"|(?:[Rr]edactie|[Rr]édaction|[Rr]edaktion|[Rr]edacción|REDACTIE|REDAKTION)[ \t\xa0]*:[ \t\xa0]*\+?[\d()][\d() .-]{6,20}"
            + r"|(?i:tel(?:ephone)?|phone|ph|mobile|cell|fax|direct)\.?[ \t\xa0]*[:：][ \t\xa0]*\+?[\d(][\d()\-. \t\xa0]{6,20}\d(?:[ \t\xa0]*(?i:ext\.?|x)[ \t\xa0]*\d{1,5})?"
            + r"|(?:WEB|[Ww]eb|URL|[Uu]rl|[Ii]nternet|[Hh]omepage)[ \t\xa0]*:?[ \t\xa0]*(?:https?://|www\.)[^\s]{1,100}"
            + r"|(?i:for[ \t\xa0](?:feedback|comments|complaints|queries|inquiries|enquiries|corrections)(?:,?[ \t\xa0](?:or[ \t\xa0]|and[ \t\xa0])?(?:feedback|comments|complaints|queries|inquiries|enquiries|corrections|suggestions)){0,3},?[ \t\xa0](?:please[ \t\xa0])?(?:contact|e-?mail|write[ \t\xa0]to)[ \t\xa0]us[.!]?(?:[ \t\xa0]*(?:at|on|via)[ \t\xa0][^\n]{1,80})?)"
            + r"|(?i:contact[ \t\xa0]us|call[ \t\xa0]us|customer[ \t\xa0](?:service|support|care)|helpline|hotline|client[ \t\xa0]services)[ \t\xa0]*[:：][ \t\xa0]*\+?[\d(][\d()\-. \t\xa0]{6,20}\d"
            # A site's footer of Chinese contact fields, nothing but labels and numbers or addresses:
            # 证券日报社电话：010-… 网站电话：010-…, 网站传真：010-… 电子邮件：….
            # (tip lines and hotlines are chrome.editor-zh's: 报料电话：…, 举报邮箱：…)
            + r"|(?![^\n：:]{0,8}(?:报料|報料|爆料|举报|舉報|投稿|热线|熱線))(?:[\u4e00-\u9fff]{0,8}?(?:电话|電話|传真|傳真|电子邮件|電子郵件|电子邮箱|電子郵箱|邮箱|郵箱|电邮|電郵)[ \t\xa0]*[：:][ \t\xa0]*(?:\+?[\d(][\d()\-. ]{5,20}\d|"
            + EMAIL
            + r")[ \t\xa0\u3000]*[，,；;|｜]?[ \t\xa0\u3000]*){1,4}"
        ),
        description=(
            "A reporter or editor contact line with an e-mail address or handle (Write to [Name] at [email], "
            "Contact the reporter at ..., [Name] may be reached at ...), or a bare e-mail address or profile link."
        ),
        max_chars=320,
        examples=(
            "(Our editorial team can be reached at desk@example-wire.ru)",
            'For comments, queries or suggestions, please contact us.',
            "Contact the reporter at jane@example.com",
            "Write to Jane Doe at jane.doe@wsj.com",
            "Write to Al Root at allen.root@dowjones.com",
            "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.",
            "To contact the reporter on this story: Jane Doe in London at jdoe3@bloomberg.net",
            "Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com.",
            "Jane Doe can be reached at jdoe@chron.com or 713-555-0100.",
            "Luis Ortega: 503-555-0187 or lortega@oregonian.com; on X: @luisortega.",
            "paul.takahashi@chron.com",
            "Kim Min-ji and Lee Joon-ho (mjkim@example.co.kr)",
            "Jane Doe in London at jdoe3@bloomberg.net",
            "To contact the editors responsible for this story:",
            "Got a confidential news tip? We want to hear from you.",
            "Questions or Comments about the article? Write to editor@tipranks.com",
            "twitter.com/paultakahashi",
            "Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous",
            "Primary Credit Analyst: Tamsin Rourke, New York + 1 (212) 555 0147; tamsin.rourke@spglobal.com",
            "Inês Carvalho, VP-Senior Credit Officer, Corporate Finance Group, Moody's Investors Service Ltd., Journalists: 44 20 7772 0000",
            "For further information: Investor Relations, ir@example.ca",
            "Do you have a story? Write to us at newsdesk@example.co.ke",
            "Comments and questions to newsroom@example.com",
            "To contact the author, email andreas.exarheas@rigzone.com",
            "To contact the reporter of this story, write to jdoe@example.com",
            "商务合作请加微信：fundobs2019",
            "投稿邮箱：tougao@example.com",
            "For enquiries, please contact: Grace Teo, Investor Relations, +65 6555 2871, ir@harbourlinetrust.com.sg",
            "For further information contact: Eirik Solberg, +47 905 55 210",
            '記事に関する記者への問い合わせ先：東京 山田太郎 tyamada@bloomberg.net',
            '記事についてのエディターへの問い合わせ先：Jane Doe jdoe@bloomberg.net',
            'Redactie: +31(0)20 555 12 34',
            "Tel: +1 (604) 555-0197",
            "Phone: 416-555-0123 ext. 204",
            'WEB http://www.deutsche-boerse.com',
            "Contact us: +44 20 7896 0011",
            "Customer service: 1300 555 014",
            "上海证券报社电话：021-38967800 网站电话：021-38967801",
            "网站传真：021-38967802 电子邮件：service@cnstock.example.com",
            "編輯部電話：(02)2508-1234　傳真：(02)2508-5678",
        ),
        counterexamples=(
            "The editors can be reached at the office only on weekdays, the union said.",
            'For complaints about mis-selling, the regulator said customers should contact their bank first.',
            "Email records show the executive knew of the problem in March.",
            "Phone: the company said sales of its handsets rose 4% in the quarter.",
            "Reached by phone, the mayor declined to comment.",
            "Contact with the rover was lost on Tuesday, the agency said.",
            "The firm said John Smith (jsmith@fraud.com) took the money.",
            "消费者可拨打客服电话：400-820-8820，咨询退款进度。",
            "该公司传真：010-12345678已停用，客户须改用电子邮件联系。",
        ),
        ignore_case=False,
    ),
    Rule(
        id="chrome.newsletter",
        category="chrome",
        pattern=(
            r"(?:sign[ \t-]?up|subscribe|register|join|get|enroll)(?:[ \t\xa0](?:now|today|here|free|for[ \t\xa0]free))?[:!]?[ \t\xa0]"
            r"(?![^\n]{0,270}?\b(?:said|says|told|found|finds|showed|shows|according[ \t\xa0]to"
            r"|(?:is|was|are|were|remains|became)[ \t\xa0](?:the|a|an|one|among|what)[ \t\xa0])\b)[^\n]{0,110}?"
            r"(?:newsletters?|e-?letters?|e-?mail[ \t\xa0](?:alerts?|updates|list|briefings?)|inbox|(?:news)?alerts|(?:daily|weekly|morning|evening)"
            r"[ \t\xa0](?:digest|briefing|email|roundup)|unlimited[ \t\xa0](?:digital[ \t\xa0])?access|free[ \t\xa0]trial|podcast|youtube(?:[ \t\xa0]channel)?)"
            r"\b[^\n]{0,160}"
            r"|(?:sign[ \t-]?up|subscribe|register|sign[ \t\xa0]in|log[ \t\xa0]?in|log[ \t\xa0]out|sign[ \t\xa0]out|create[ \t\xa0](?:a[ \t\xa0]|an[ \t\xa0])?"
            r"(?:free[ \t\xa0])?account)(?:[ \t\xa0](?:now|today|here|for[ \t\xa0]free|free)|(?![ \t\xa0]*\.))(?:[ \t\xa0]*(?:»|→|>))?"
            r"|(?:sign[ \t\xa0]in|log[ \t\xa0]in|subscribe|register)[ \t\xa0]to[ \t\xa0](?:access|view|read|continue|save|comment|unlock|get)"
            r"[^\n]{0,80}"
            r"|already[ \t\xa0](?:a[ \t\xa0](?:subscriber|member)|have[ \t\xa0]an[ \t\xa0]account|registered)\??(?:[ \t\xa0]*(?:sign[ \t\xa0]in|log[ \t\xa0]in)"
            r"(?:[ \t\xa0]here)?)?"
            r"|thanks?(?:[ \t\xa0]you)?[ \t\xa0]for[ \t\xa0](?:signing[ \t\xa0]up|subscribing|registering)[^\n]{0,80}"
            # what the newsletter offers first: For more expert analysis of ..., sign up to Money Talks, our weekly newsletter.
            r"|for[ \t\xa0]more[ \t\xa0][^\n]{1,120}?,[ \t\xa0](?:sign[ \t-]?up|subscribe)[ \t\xa0](?:to|for)[ \t\xa0][^\n]{1,60}?newsletter\b[^\n]{0,40}"
            r"|(?:was[ \t\xa0]this[ \t\xa0](?:e-?mail|newsletter)[ \t\xa0]forwarded[ \t\xa0]to[ \t\xa0]you|forwarded[ \t\xa0]this[ \t\xa0](?:e-?mail|newsletter)|(?:did[ \t\xa0])?(?:someone|a[ \t\xa0]friend)[ \t\xa0]forward(?:ed)?[ \t\xa0](?:you[ \t\xa0])?this(?:[ \t\xa0](?:e-?mail|newsletter))?(?:[ \t\xa0]to[ \t\xa0]you)?|were[ \t\xa0]you[ \t\xa0]forwarded[ \t\xa0]this(?:[ \t\xa0](?:e-?mail|newsletter|message))?)\?[^\n]{0,100}"
            # a forward-to-a-friend prompt: Enjoy The Daily Upside? Forward it to a friend.
            r"|(?:enjoy(?:ing)?|like|love)[ \t\xa0](?:this[ \t\xa0](?:newsletter|e-?mail|issue|edition)|(?:the[ \t\xa0])?(?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,3})\?[ \t\xa0]+(?:forward|share|send)[ \t\xa0](?:it|this(?:[ \t\xa0](?:e-?mail|newsletter))?)[ \t\xa0]to[ \t\xa0]a[ \t\xa0](?:friend|colleague)[^\n]{0,160}"
            r"|(?:forward|share|send)[ \t\xa0](?:it|this(?:[ \t\xa0](?:e-?mail|newsletter))?)[ \t\xa0]to[ \t\xa0]a[ \t\xa0](?:friend|colleague)(?:[ \t\xa0](?:or|and)[ \t\xa0](?:a[ \t\xa0])?(?:friend|colleague)s?)?[.!]?"
            r"|(?:there[ \t\xa0]was[ \t\xa0]an|an)[ \t\xa0]error[ \t\xa0](?:has[ \t\xa0]occurred[ \t\xa0])?processing[ \t\xa0]your[ \t\xa0](?:subscription|request|sign[ \t-]?up)"
            r"|keep[ \t\xa0]an[ \t\xa0]eye[ \t\xa0]on[ \t\xa0]your[ \t\xa0]inbox[^\n]{0,100}|check[ \t\xa0]your[ \t\xa0]inbox[^\n]{0,100}"
            r"|contact[ \t\xa0]me[ \t\xa0]with[ \t\xa0](?:news|offers|updates|promotions),?[ \t\xa0](?:and|or|&)[ \t\xa0](?:news|offers|updates|promotions)"
            r"(?![^\n]{0,80}\b(?:said|says|told)\b)[^\n]{0,80}|receive[ \t\xa0]email[ \t\xa0]from[ \t\xa0]us[ \t\xa0]on[ \t\xa0]behalf[ \t\xa0]of[^\n]{0,80}"
            r"|please[ \t\xa0]enter[ \t\xa0]a[ \t\xa0]valid[ \t\xa0]e-?mail(?:[ \t\xa0]address)?|invalid[ \t\xa0]e-?mail(?:[ \t\xa0]address)?"
            r"|(?:do[ \t\xa0]you[ \t\xa0]want|want|would[ \t\xa0]you[ \t\xa0]like)[ \t\xa0]to[ \t\xa0](?:continue|keep)[ \t\xa0]reading\?[^\n]{0,200}"
            r"|enter[ \t\xa0]your[ \t\xa0]e-?mail(?:[ \t\xa0]address)?(?:[ \t\xa0](?:here|below|in[ \t\xa0]the[ \t\xa0]box)[^\n]{0,80}|[ \t\xa0](?:to|and)[ \t\xa0](?:receive|get|sign[ \t\xa0]up|subscribe|stay)\b[^\n]{0,100})?|your[ \t\xa0]e-?mail(?:[ \t\xa0]address)?"
            r"|(?:get|have|receive)[ \t\xa0][^\n]{0,60}delivered[ \t\xa0](?:to|in|into|straight[ \t\xa0]to|right[ \t\xa0]to|directly[ \t\xa0]to)"
            r"[ \t\xa0]your[ \t\xa0]inbox[^\n]{0,100}"
            r"|get[ \t\xa0][^\n]{1,60}delivered[ \t\xa0](?:through|to)[ \t\xa0]your[ \t\xa0](?:letterbox|door|doorstep|mailbox)"
            r"[^\n]{0,150}|sorry!|you[ \t\xa0]have[ \t\xa0]been[ \t\xa0]successfully[ \t\xa0](?:subscribed|signed[ \t\xa0]up)!?"
            r"|let[ \t\xa0]our[ \t\xa0]news[ \t\xa0]meet[ \t\xa0]your[ \t\xa0]inbox[^\n]{0,40}"
            r"|(?-i:(?=[^\n]{0,60}EWSLETTER|[^\n]{0,60}ewsletter))(?:[\w'’&+-]{1,20}[ \t\xa0]){0,4}newsletters?|sign[ \t\xa0]up[ \t\xa0]for[ \t\xa0](?:the[ \t\xa0]|our[ \t\xa0])?[^\n]{1,40}(?:today|now)"
            r"|(?:unlock|get)[ \t\xa0](?:the[ \t\xa0])?[^\n]{1,40}?(?:digest|newsletter)[ \t\xa0]for[ \t\xa0]free"
            r"|(?-i:[A-Z])[\w.'’ -]{1,40},[ \t\xa0](?:editor|deputy[ \t\xa0]editor|editor-in-chief)[ \t\xa0]of[ \t\xa0][^\n,]{1,40},[ \t\xa0](?:selects?|picks?|rounds?[ \t\xa0]up|curates?)[ \t\xa0][^\n]{1,60}?newsletter"
            r"|(?:訂戶|订户|会员|會員|用户|用戶)?(?:订阅|注册|登录|登錄|訂閱|註冊|登入)|立即订阅|立即訂閱|立即註冊|立即注册"
            r"|【(?:加入|成為|成为|立即加入|免費加入|免费加入)[^\n】]{1,12}(?:會員|会员)】[^\n]{0,200}"
            r"|(?:[^\n，,。]{0,20}?[，,])?(?:喜歡|喜欢)(?:這篇|这篇|本篇|我們的|我们的)?(?:文章|報導|报道|內容|内容)[，,]?(?:請|请|歡迎|欢迎)[^\n]{0,60}?(?:加入會員|加入会员|訂閱|订阅|贊助|赞助|支持)[^\n]{0,60}"
            + r"|(?:[^\n.!?。！？]{0,140}?[:：][ \t\xa0]*)?(?:inscrivez-vous|abonnez-vous|suscr[ií]bete|suscribite|reg[ií]strate|subscreva|inscreva-se|cadastre-se|iscriviti|abbonati|registrati|schrijf[ \t\xa0]je[ \t\xa0]in|meld[ \t\xa0]je[ \t\xa0]aan|abonneer[ \t\xa0]je|jetzt[ \t\xa0](?:kostenlos[ \t\xa0])?(?:abonnieren|registrieren|anmelden))\b[^\n]{0,160}|(?:[^\n.!?]{0,140}?[:：][ \t\xa0]*)?(?:assine|assinar)[ \t\xa0](?:[oa][ \t\xa0]|já[ \t\xa0]|agora[ \t\xa0])?[^\n.!?。！？]{0,60}?(?:newsletter|premium|digital|gratuita|grátis)[^\n]{0,80}|newsletter[^\n]{0,40}?[:：][^\n]{0,200}?(?:abonnieren|abonnez|inscri|assin|iscriv|suscr|subscre|aanmeld|inschrijv)[^\n]{0,60}"
            + r"|(?:kick[ \t\xa0]off|start|begin)[ \t\xa0]your[ \t\xa0](?![^\n]{0,200}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:day|morning|week)[ \t\xa0]with[^\n]{1,160}?(?:[—–,-][ \t\xa0]*)?(?:free,?[ \t\xa0])?(?:in|to|straight[ \t\xa0]to)[ \t\xa0]your[ \t\xa0]inbox[^\n]{0,60}|(?:sign[ \t\xa0]up|subscribe|register)[ \t\xa0](?:to|for)[ \t\xa0][^\n]{1,60}?(?:bulletin|briefing|digest|mailing|update|e-?mail)s?[ \t\xa0](?:for|to[ \t\xa0](?:get|receive|stay))[^\n]{1,120}"
            + r"|to[ \t\xa0]read[ \t\xa0]the[ \t\xa0](?:full|rest[ \t\xa0]of[ \t\xa0]the|whole|complete|entire)[ \t\xa0](?:story|article|report|piece)[^\n]{0,60}?(?:subscribe|sign[ \t\xa0]in|log[ \t\xa0]in|register|trial|subscription)[^\n]{0,100}|stay[ \t\xa0](?:up[ \t\xa0]to[ \t\xa0]date|informed|ahead|on[ \t\xa0]top)[ \t\xa0]with[^\n]{1,100}?[ \t\xa0](?:with|in|via|through)[ \t\xa0](?:the[ \t\xa0]|our[ \t\xa0])?[^\n]{0,30}?(?:daily|newsletter|weekly|briefing|digest|alerts?)\.?|sign[ \t\xa0]up[ \t\xa0]for[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,3}[ \t\xa0]*[:—–][ \t\xa0][^\n]{1,120}"
            + r"|subscribe[ \t\xa0]to[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,20}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,20}){0,3}[ \t\xa0]for[ \t\xa0](?:exclusive|the[ \t\xa0]latest|more|full|unlimited|premium|in-depth)[^\n]{0,200}|[^\n]{0,80}?wherever[ \t\xa0]you[ \t\xa0](?:get|listen[ \t\xa0]to)[ \t\xa0]your[ \t\xa0]podcasts[^\n]{0,40}|(?:the|our)[ \t\xa0][^\n]{0,40}?newsletter[ \t\xa0](?:delivers|brings|is[ \t\xa0]delivered|lands|arrives)[^\n]{0,300}|while[ \t\xa0]you['’]re[ \t\xa0]here[ \t\xa0]*:[^\n]{0,300}|stay[ \t\xa0](?:informed|updated|tuned)[ \t\xa0]with[ \t\xa0]the[ \t\xa0]latest[^\n]{0,150}|[^\n]{0,30}?newsletter[ \t\xa0][^\n]{0,120}?[ \t\xa0]subscribe[.!]?"
            + r"|(?:kick[ \t\xa0]off|start)[ \t\xa0]your[ \t\xa0](?:morning|day|week)[ \t\xa0]with[ \t\xa0][^\n]{1,160}?(?:e-?mail|inbox|sign[ \t\xa0]up|subscribe|get[ \t\xa0]it)[^\n]{0,80}"
            + r"|this[ \t\xa0](?:post|article|issue|story)[ \t\xa0]is[ \t\xa0](?:only[ \t\xa0])?for[ \t\xa0](?:paid|paying|premium)[ \t\xa0](?:subscribers|members)[^\n]{0,80}"
            + r"|keep[ \t\xa0]reading[ \t\xa0]with[ \t\xa0]a[ \t\xa0](?:\d{1,2}-day[ \t\xa0])?free[ \t\xa0]trial[^\n]{0,60}"
            + r"|you(?:['’]re|[ \t\xa0]are)[ \t\xa0]receiving[ \t\xa0]this(?:[ \t\xa0](?:e-?mail|newsletter|message|update))?[ \t\xa0]because[ \t\xa0]you[^\n]{1,300}"
            + r"|(?:want|looking)[ \t\xa0]to[ \t\xa0](?:advertise|sponsor|reach)[ \t\xa0](?:to|with|in|our)[ \t\xa0][^\n?]{1,60}\?[^\n]{0,80}"
            + r"|save[ \t\xa0]by[ \t\xa0]subscribing[^\n]{0,100}"
            + r"|(?:加入|成為|成为)[^\n，,。%％]{0,12}(?:會員|会员)(?:[，,！!][^\n。\d%％]{0,24})?(?<![的])$|(?:支持|支援)[^\n，,。]{0,8}(?:媒體|媒体|新聞|新闻)[，,][ \t\xa0]*(?:成為|成为|加入)[^\n，,。]{0,12}(?:會員|会员)[^\n]{0,20}"
            + r"|(?i:already[ \t\xa0]a[ \t\xa0](?:paid[ \t\xa0]|premium[ \t\xa0])?(?:subscriber|member))\?(?:[ \t\xa0]*(?i:sign|log)[ \t\xa0](?i:in)\.?)?"
            + r"|(?:已是|已经是|已經是)(?:付費|付费)?(?:會員|会员|訂戶|订户)[？?][ \t\xa0]*(?:請|请|立即)?(?:登入|登录|登錄)"
            # A call for donations: 贊助新頭殼，你的支持是我們最大的動力.
            + r"|(?:贊助|赞助|小額贊助|小额赞助|捐助|打賞|打赏|支持)[\u4e00-\u9fffA-Za-z0-9]{1,10}[，,！! \t\xa0]*(?:你|您)的(?:支持|贊助|赞助|鼓勵|鼓励)(?:是|將是|将是|就是|會是|会是)[^\n，,。]{0,16}(?:動力|动力|力量)[。！!]?"
            # A newsletter's sample link: 财新网主编精选版电邮 样例, See a sample newsletter.
            + r"|[\u4e00-\u9fffA-Za-z0-9]{0,14}(?:电邮|電郵|邮件|郵件|简报|簡報|周报|週報|早报|早報|晚报|晚報|通讯|通訊)[ \t\xa0]*(?:样例|樣例|样本|樣本|示例|预览|預覽)"
            + r"|(?:see|view|preview)[ \t\xa0]a[ \t\xa0](?:sample|recent)(?:[ \t\xa0](?:issue|newsletter|edition|e-?mail))?|(?:newsletter|e-?mail)[ \t\xa0](?:sample|preview)"
            + r"|sign[ \t\xa0]up[ \t\xa0]to[ \t\xa0]receive[ \t\xa0](?:the[ \t\xa0]latest[ \t\xa0]|our[ \t\xa0])?[^\n]{1,60}?(?:by[ \t\xa0]e-?mail|alerts|updates|newsletters?)[^\n]{0,40}|stay[ \t\xa0]up[ \t\xa0]to[ \t\xa0]date[ \t\xa0]with[ \t\xa0](?:all[ \t\xa0])?the[ \t\xa0]latest[ \t\xa0](?:news|updates|stories)[^\n]{0,80}|want[ \t\xa0]your[ \t\xa0]company['’]s[ \t\xa0]news[ \t\xa0]featured[ \t\xa0]on[^\n]{0,60}"
            + r"|[^\n]{0,120}?abonnieren[ \t\xa0]sie[ \t\xa0](?:jetzt[ \t\xa0])?(?:kostenlos[ \t\xa0])?(?:den|unseren|hier[ \t\xa0]den)[ \t\xa0][^\n]{0,40}?newsletter[^\n]{0,60}"
            + r"|jetzt[ \t\xa0](?:kostenlos[ \t\xa0])?(?:den|unseren)[ \t\xa0][^\n]{1,40}?(?:newsletter|brief|briefing|report|börsenbrief)[ \t\xa0]abonnieren!?"
            + r"|[^\n]{0,30}?newsletter[ \t\xa0]*:[^\n]{0,120}?(?:postfach|inbox|bo[îi]te[ \t\xa0]mail|bo[îi]te[ \t\xa0]de[ \t\xa0]r[ée]ception|bandeja[ \t\xa0]de[ \t\xa0]entrada|caixa[ \t\xa0]de[ \t\xa0]entrada|casella[ \t\xa0](?:di[ \t\xa0]posta|e-?mail))[^\n]{0,30}"
            + r"|(?:votre|ihre|deine|tu|su|sua|seu|la[ \t\xa0]tua|uw|je)[ \t\xa0](?:adresse[ \t\xa0])?(?:e-?mail(?:-adresse)?|courriel|correo(?:[ \t\xa0]electr[óo]nico)?|endere[çc]o[ \t\xa0]de[ \t\xa0]e-?mail|indirizzo[ \t\xa0]e-?mail)"
            + r"|en[ \t\xa0]cliquant[ \t\xa0]sur[^\n]{1,40}?j['’]accepte[^\n]{0,200}"
            + r"|receba[ \t\xa0](?:no[ \t\xa0]seu|em[ \t\xa0]seu|por)[ \t\xa0]e-?mail[^\n]{0,200}|recibe[ \t\xa0](?:en[ \t\xa0]tu|por)[ \t\xa0](?:correo|e-?mail)[^\n]{0,200}|ricevi[ \t\xa0](?:nella[ \t\xa0]tua[ \t\xa0](?:casella|mail)|via[ \t\xa0]e-?mail)[^\n]{0,200}|recevez[ \t\xa0](?:chaque|gratuitement|par[ \t\xa0]e-?mail)[^\n]{0,200}"
            + r"|[^\n]{0,60}?per[ \t\xa0]e-?mail[ \t\xa0]benachrichtig[^\n]{0,40}"
            + r"|para[ \t\xa0]acceder[ \t\xa0]a[^\n]{1,80}?(?:reg[íi]strese|reg[íi]strate|suscr[íi]bete|suscr[íi]base|inicia[ \t\xa0]sesi[óo]n)[^\n]{0,40}|votre[ \t\xa0]abonnement[ \t\xa0]vous[ \t\xa0]permet[^\n]{0,80}|この記事は(?:有料)?会員限定(?:記事)?です[^\n]{0,80}"
            + r"|(?:sign[ \t\xa0]up|register)[ \t\xa0]\([^\n()]{1,40}\)[ \t\xa0]or[ \t\xa0](?:sign|log)[ \t\xa0]?in(?:[ \t\xa0](?:now|here|to[ \t\xa0][^\n]{1,60}))?[.!]?"
            + r"|(?:get|receive|have)[ \t\xa0][^\n]{0,60}delivered[ \t\xa0](?:free|daily|weekly|for[ \t\xa0]free)[ \t\xa0](?:to|into|in)[ \t\xa0]your[ \t\xa0](?:inbox|e-?mail)[^\n]{0,60}"
            + r"|don['’]t[ \t\xa0]have[ \t\xa0]an[ \t\xa0]account\??(?:[ \t\xa0]*(?:sign[ \t\xa0]up|register|create[ \t\xa0](?:one|an[ \t\xa0]account))(?:[ \t\xa0](?:here|now|for[ \t\xa0]free))?)?"
            + r"|(?:diesen[ \t\xa0](?:artikel|beitrag)|jetzt)[ \t\xa0]weiterlesen[ \t\xa0]mit[^\n]{1,60}|lesen[ \t\xa0]sie[ \t\xa0](?:jetzt[ \t\xa0])?(?:mit[ \t\xa0][^\n]{1,30}?[ \t\xa0])?weiter[.!]?(?:[ \t\xa0]+[^\n]{1,80})?|bereits[ \t\xa0](?:abonnent(?:in)?|registriert|kunde)\??(?:[ \t\xa0]+[^\n]{1,40})?"
            + r"|votre[ \t\xa0]adresse[ \t\xa0]e-?mail[ \t\xa0]est[ \t\xa0](?:uniquement[ \t\xa0])?utilisée[^\n]{0,300}|chaque[ \t\xa0](?:semaine|jour|matin|soir),?[ \t\xa0]recevez[^\n]{0,160}"
            + r"|cet[ \t\xa0]article[ \t\xa0]est[ \t\xa0]réservé[ \t\xa0](?:aux|à[ \t\xa0]nos)[ \t\xa0]abonnés[^\n]{0,60}|contenido[ \t\xa0]exclusivo[ \t\xa0]para[ \t\xa0]suscriptores[^\n]{0,30}|si[ \t\xa0]ya[ \t\xa0]eres[ \t\xa0]suscriptor[^\n]{0,40}|este[ \t\xa0]conte[úu]do[ \t\xa0]é[ \t\xa0]exclusivo[ \t\xa0]para[ \t\xa0]assinantes[^\n]{0,60}|articolo[ \t\xa0]riservato[ \t\xa0]agli[ \t\xa0]abbonati[^\n]{0,60}"
            + r"|(?:get[ \t\xa0]it|sign[ \t\xa0]me[ \t\xa0]up|count[ \t\xa0]me[ \t\xa0]in)!"
            + r"|we[ \t\xa0]use[ \t\xa0]your[ \t\xa0]sign-?[ \t\xa0]?up[ \t\xa0]to[ \t\xa0]provide[ \t\xa0]content[ \t\xa0]in[ \t\xa0]ways[^\n]{0,400}|this[ \t\xa0]field[ \t\xa0]is[ \t\xa0]required[.!]?"
            + r"|you(?:['’]ve|[ \t\xa0]have)[ \t\xa0]reached[ \t\xa0](?:your|the)[ \t\xa0](?:maximum|max|monthly|weekly|daily|free|limit)[^\n.!]{0,40}?(?:articles?|stories|reads)(?:[ \t\xa0](?:for[ \t\xa0]today|(?:for[ \t\xa0])?this[ \t\xa0](?:month|week)|for[ \t\xa0]the[ \t\xa0](?:month|week|day)))?[.!]?(?:[ \t\xa0]+(?:subscribe|sign[ \t\xa0]in|log[ \t\xa0]in|register|to[ \t\xa0]continue)[^\n]{0,120})?"
            + r"|subscribe[ \t\xa0]now[ \t\xa0]to[ \t\xa0]read[ \t\xa0]the[ \t\xa0]latest[ \t\xa0]news[^\n]{0,80}|exclusive[ \t\xa0]articles[ \t\xa0]from[ \t\xa0](?-i:[A-Z][\w'’.-]{1,20}(?:[ \t\xa0][A-Z][\w'’.-]{1,20}){1,3})(?:,[ \t\xa0](?-i:[A-Z][\w'’.-]{1,20}(?:[ \t\xa0][A-Z][\w'’.-]{1,20}){1,3})){1,8},?[ \t\xa0]and[ \t\xa0]others\.?|unlimited[ \t\xa0]online[ \t\xa0]access[ \t\xa0]to[ \t\xa0](?:read[ \t\xa0])?articles[ \t\xa0]from[^\n]{1,160}"
            + r"|daily[ \t\xa0]content[ \t\xa0]from[ \t\xa0][^\n,]{1,60},[ \t\xa0]the[ \t\xa0]world['’]s[ \t\xa0]leading[ \t\xa0][^\n]{1,80}"
            + r"|(?![^\n]{0,200}\b(?:said|says|told|according)\b)[^\n]{10,200}?[ \t\xa0][-–—][ \t\xa0](?:delivered[ \t\xa0])?(?:straight|direct(?:ly)?|right)[ \t\xa0](?:to|into)[ \t\xa0]your[ \t\xa0](?:e-?mail|inbox|mailbox)(?:[ \t\xa0]inbox)?[.!]?"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)you[ \t\xa0]can[ \t\xa0]save[ \t\xa0]this[ \t\xa0](?:article|story)[ \t\xa0]by[ \t\xa0](?:registering|signing[ \t\xa0]up|subscribing|logging[ \t\xa0]in)[^\n]{0,160}"
            + r"|subscribe[ \t\xa0]to[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z][\w&.'’+-]{1,20}(?:[ \t\xa0][A-Z][\w&.'’+-]{1,20}){0,3})"
            + r"|recibe[ \t\xa0](?:la|nuestra|nuestras|las)[ \t\xa0]newsletters?[^\n]{0,60}|receba[ \t\xa0][^\n]{0,80}?(?:no|em)[ \t\xa0]seu[ \t\xa0](?:e-?mail|whatsapp|celular)[^\n]{0,60}"
            + r"|sign[ \t\xa0]up[ \t\xa0]to[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z][\w&.'’+-]{1,20}(?:[ \t\xa0][A-Z][\w&.'’+-]{1,20}){0,3})(?:,[ \t\xa0](?:our|the|your)[ \t\xa0][^\n]{1,120}?(?:delivered|every[ \t\xa0](?:weekday|morning|day|week)|in[ \t\xa0]your[ \t\xa0]inbox)[^\n]{0,60})?"
            + r"|get[ \t\xa0]the[ \t\xa0](?:biggest|latest|top|best|most[ \t\xa0]important|day['’]s)[ \t\xa0](?![^\n]{0,200}\b(?:said|says|told)\b)[^\n]{1,60}?(?:e-?mailed|sent|delivered)[ \t\xa0]to[ \t\xa0]you(?:r[ \t\xa0]inbox)?[^\n]{0,60}"
            + r"|(?:skip[ \t\xa0]past|after)[ \t\xa0](?:newsletter|podcast|video|app)[ \t\xa0]promotion|subscribe[ \t\xa0]to[ \t\xa0](?-i:[A-Z])[^\n]{1,30}?[ \t\xa0]for[ \t\xa0](?:just|only|as[ \t\xa0]little[ \t\xa0]as)[ \t\xa0][^\n]{1,200}"
            + r"|access[ \t\xa0]to[ \t\xa0](?:[^\n]{1,40}?[ \t\xa0])?(?:premium|subscriber|plus)[ \t\xa0](?:articles|content|stories)[ \t\xa0]requires?[^\n]{0,160}|log[ \t\xa0]in,[ \t\xa0]register[ \t\xa0]or[ \t\xa0]subscribe[ \t\xa0]to[ \t\xa0][^\n]{1,80}"
            + r"|il[ \t\xa0]vous[ \t\xa0]reste[ \t\xa0]\d{1,3}(?:[.,]\d{1,2})?[ \t\xa0]?%[ \t\xa0]de[ \t\xa0]cet[ \t\xa0]article[ \t\xa0]à[ \t\xa0]lire[^\n]{0,120}|la[ \t\xa0]suite[ \t\xa0]est[ \t\xa0]réservée[ \t\xa0]aux[ \t\xa0]abonnés[.!]?"
            + r"|vous[ \t\xa0]pouvez[ \t\xa0]lire[ \t\xa0][^\n]{1,30}?[ \t\xa0]sur[ \t\xa0]un[ \t\xa0]seul[ \t\xa0]appareil[ \t\xa0]à[ \t\xa0]la[ \t\xa0]fois[.!]?|lecture[ \t\xa0]d(?:u|e[ \t\xa0]la|e)[ \t\xa0][^\n]{1,30}?[ \t\xa0]en[ \t\xa0]cours[ \t\xa0]sur[ \t\xa0]un[ \t\xa0]autre[ \t\xa0]appareil[.!]?|ce[ \t\xa0]message[ \t\xa0]s['’]affichera[ \t\xa0]sur[ \t\xa0]l['’]autre[ \t\xa0]appareil[.!]?|découvrir[ \t\xa0]les[ \t\xa0]offres(?:[ \t\xa0]multicomptes|[ \t\xa0]d['’]abonnement)?"
            + r"|tu[ \t\xa0]suscripción[ \t\xa0]se[ \t\xa0]está[ \t\xa0](?:usando|utilizando)[ \t\xa0]en[ \t\xa0]otro[ \t\xa0]dispositivo[.!]?|¿?quieres[ \t\xa0]añadir[ \t\xa0]otro[ \t\xa0]usuario[ \t\xa0]a[ \t\xa0]tu[ \t\xa0]suscripción\??|añadir[ \t\xa0]usuario|continuar[ \t\xa0]leyendo[ \t\xa0]aquí|si[ \t\xa0]continúas[ \t\xa0]leyendo[ \t\xa0]en[ \t\xa0]este[ \t\xa0]dispositivo[^\n]{0,80}|¿por[ \t\xa0]qué[ \t\xa0]estás[ \t\xa0]viendo[ \t\xa0]esto\?"
            + r"|este[ \t\xa0]artigo[ \t\xa0]é[ \t\xa0]exclusivo[ \t\xa0]para[ \t\xa0]assinantes[^\n]{0,160}|já[ \t\xa0]é[ \t\xa0]assinante\??|faça[ \t\xa0]login[ \t\xa0]e[ \t\xa0]continue[ \t\xa0]a[ \t\xa0]ler|assinantes[ \t\xa0]podem[ \t\xa0]liberar[ \t\xa0]\d{1,3}[ \t\xa0]acessos[^\n]{0,80}|insira[ \t\xa0]o[ \t\xa0]código[^\n]{1,60}?para[ \t\xa0]continuar[ \t\xa0]a[ \t\xa0]ler"
            + r"|anmäl[ \t\xa0]dig(?:[ \t\xa0](?:här|nu|gratis))?[.!]?|(?=[^\n]{0,160}inkorg)[^\n]{1,40}?[ \t\xa0][–—-][ \t\xa0]få[ \t\xa0][^\n]{1,100}?(?:direkt[ \t\xa0])?i[ \t\xa0](?:din[ \t\xa0])?inkorg(?:en)?[.!]?|ontvang[ \t\xa0](?:elke|iedere|dagelijks|wekelijks|gratis|het[ \t\xa0]belangrijkste|ons|onze|de[ \t\xa0]nieuwsbrief)(?![^\n]{0,200}\b(?:zegt|zei|waarschuwt|aldus|volgens)\b)[^\n]{1,120}?in[ \t\xa0](?:uw|je|jouw)[ \t\xa0](?:mailbox|inbox)[^\n]{0,200}"
            # a newsletter pitch under its name: 'Acme Daily: Join over 1 million Acme Daily subscribers and get ... in your inbox'
            + r"|(?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0][\w&'’.-]{1,25}){0,3}[ \t\xa0]*:[ \t\xa0]*(?:join|sign[ \t\xa0]up|subscribe)[ \t\xa0](?![^\n]{0,270}?\b(?:said|says|told)\b)[^\n]{0,160}?(?:newsletters?|inbox|subscribers)\b[^\n]{0,160}"
            # a beat's newsletter: 'For all Acme retail coverage, subscribe to the daily Retail Newsletter.'
            + r"|for[ \t\xa0]all[ \t\xa0][^\n]{1,40}?coverage,?[ \t\xa0](?:subscribe|sign[ \t\xa0]up)[ \t\xa0](?:to|for)[ \t\xa0][^\n]{1,60}?newsletter\.?"
            # paywall lines: 'Become an Acme Member. Subscribe for exclusive reports ...', 'Subscribe for full access to ...',
            # 'This content is exclusive for Acme subscribers.', 'Reminder, this is a Premium article and requires a subscription to read.'
            + r"|become[ \t\xa0]an?[ \t\xa0][^\n.]{1,30}?member\.?[ \t\xa0]+subscribe[ \t\xa0]for[^\n]{0,160}"
            + r"|subscribe[ \t\xa0](?:now[ \t\xa0])?(?:for|to[ \t\xa0]get)[ \t\xa0](?:full|unlimited|complete)[ \t\xa0](?:digital[ \t\xa0])?access[ \t\xa0]to[^\n]{1,100}"
            + r"|this[ \t\xa0](?:content|article|story|report|analysis)[ \t\xa0]is[ \t\xa0](?:exclusive|only[ \t\xa0]available|reserved)[ \t\xa0](?:for|to)[ \t\xa0][^\n.]{0,40}?(?:subscribers|members)\.?"
            # 'This article is for subscribers only. Log in or request a free trial to continue reading.'
            + r"|this[ \t\xa0](?:content|article|story|report|analysis|post)[ \t\xa0]is[ \t\xa0](?:only[ \t\xa0])?for[ \t\xa0][^\n.]{0,40}?(?:subscribers|members)[ \t\xa0]only\.?"
            r"(?:[ \t\xa0]+(?:log[ \t\xa0]?in|sign[ \t\xa0]in|subscribe|register|request|start|upgrade)\b[^\n]{0,120})?"
            # a registration prompt: 'Not registered?', 'Receive daily email alerts, subscriber notes & personalize your experience.'
            + r"|not[ \t\xa0](?:yet[ \t\xa0])?registered\?[ \t\xa0]*(?:register|sign[ \t\xa0]up)(?:[ \t\xa0](?:now|here|today|for[ \t\xa0]free))?"
            + r"|(?![^\n]{0,200}\b(?:said|says|told)\b)(?:receive|get)[ \t\xa0][^\n]{0,60}?e-?mail[ \t\xa0]alerts[^\n]{0,80}?personali[sz]e[ \t\xa0]your[ \t\xa0](?:experience|feed|news)[.!]?"
            # a briefing's pitch: 'Our free, fast and fun briefing on the global crypto economy, delivered every weekday morning.'
            + r"|(?![^\n]{0,200}\b(?:said|says|told|according)\b)our[ \t\xa0](?:free|daily|weekly)\b[^\n]{0,60}?(?:briefing|newsletter|digest|roundup)[^\n]{0,100}?delivered[ \t\xa0](?:every|each|daily|weekly|free)\b[^\n]{0,40}"
            + r"|(?:reminder[,:]?[ \t\xa0])?this[ \t\xa0]is[ \t\xa0]an?[ \t\xa0](?:premium|subscriber-only|subscriber|paid|members-only)[ \t\xa0](?:article|story|content)[ \t\xa0](?:and|that)[ \t\xa0](?:requires|needs)[ \t\xa0]an?[ \t\xa0](?:subscription|membership)(?:[ \t\xa0]to[ \t\xa0](?:read|view|access))?\.?"
        ),
        description=(
            "A newsletter, sign-in or registration prompt (Sign up here., Subscribe to our newsletter, Register now "
            "for FREE unlimited access to reuters.com, Sign in to access your portfolio) and its form messages."
        ),
        max_chars=300,
        examples=(
            "For more coverage of climate change, energy and the planet, sign up for The Climate Issue, our fortnightly subscriber-only newsletter.",
            "【加入換日線會員】每週獨享編輯精選、國際專題與藝文週報等特製內容，還可參加會員限定講座與讀者聚會，並在文章下方留言與作者、編輯交流。立刻點擊免費加入！",
            'Markets Daily: Join over 500,000 Markets Daily subscribers and get our top stories and analysis in your inbox every weekday.',
            'For all Acme banking coverage, subscribe to the daily Banking Newsletter.',
            'Become a Ledgerline Member. Subscribe for exclusive research, stock picks and our monthly magazine.',
            "Subscribe for full access to The Harbour Times' award-winning journalism",
            'This content is exclusive for Andes Wire subscribers.',
            "This article is for subscribers only. Sign in or start a free trial to keep reading.",
            "This content is for Tanker Weekly subscribers only.",
            "Not registered? Register now",
            "Receive weekly email alerts, subscriber notes & personalise your experience.",
            "Our free, fast and fun briefing on the global bond markets, delivered every weekday evening.",
            'Reminder, this is a Premium article and requires a subscription to read.',
            "Enter your email to get our weekly markets briefing.",
            "Enjoy Morning Ledger? Forward it to a friend. Were you forwarded this email? Sign up here.",
            "Were you forwarded this newsletter? Subscribe for free.",
            "Forward this email to a friend or colleague.",
            "Do you want to continue reading? Subscribe to Andes Ledger and get unlimited access to news and data.",
            "Want to keep reading? Start your free trial today.",
            "Enter your email address to receive our top stories every morning.",
            'Recibe nuestra newsletter diaria de Expansión',
            'Receba as notícias mais importantes do dia no seu e-mail. Cadastre-se!',
            "Sign up here.",
            "Subscribe to our newsletter",
            "经济观察报早报电邮 样例",
            "See a sample newsletter",
            "Register now for FREE unlimited access to reuters.com",
            "Sign in to access your portfolio",
            "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
            "Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.",
            "Thanks for signing up!",
            "There was an error processing your subscription.",
            "Pick Six Newsletter",
            "Subscribe to the Morning Review newsletter",
            "Already a subscriber? Sign in",
            "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99.",
            "You have been successfully subscribed!",
            "立即訂閱",
            "訂戶登入",
            "Unlock the Editor’s Digest for free",
            "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
            "Sign up for Kiplinger's free Retirement Tips e-letter.",
            "Contact me with news and offers from other Future brands",
            "Receive email from us on behalf of our trusted partners or sponsors",
            "Newsletter «Wirtschaft»: Erhalten Sie jeden Werktag die wichtigsten Wirtschaftsnachrichten. Jetzt kostenlos abonnieren.",
            "Chaque matin, l'essentiel de l'actualité économique dans votre boîte mail : inscrivez-vous gratuitement à notre newsletter",
            "Receba as principais notícias do mercado no seu e-mail: assine a newsletter gratuita do InfoMoney",
            "Subscreva a newsletter diária do ECO e receba as notícias mais importantes no seu email",
            "Iscriviti alla newsletter di Money.it per ricevere ogni mattina le notizie più importanti",
            "Assine o ECO Premium",
            "Kick off your day with the crypto stories that matter, original reporting, our podcast and more — free, in your inbox.",
            "Sign up to Citywire Selector's daily bulletin for the latest fund and manager news.",
            "To read the full story, subscribe to Mergermarket or request a trial.",
            "Stay up to date with recent funding rounds, acquisitions, and more with the Crunchbase Daily.",
            "Sign up for Semafor Business: Wall Street, decoded. Read it now.",
            "Subscribe to CNBC PRO for exclusive insights and analysis, and live business day programming from around the world.",
            "Click to subscribe to the Sky News Daily wherever you get your podcasts",
            "The Business Briefing newsletter delivers major stories, exclusive coverage and expert opinion.",
            "While you're here: Every Tuesday, DW editors round up what is happening in German politics and society.",
            "Stay informed with the latest business news, updates on bank holidays and public holidays.",
            "Daily newsletter Receive essential international news every morning Subscribe",
            "【加入天下會員】每月免費解鎖3篇深度好文",
            "Our business newsletter lands in inboxes every weekday at 6am. Register here to receive it.",
            "Forwarded this email? Subscribe here.",
            "新頭殼提醒您，喜歡這篇文章請加入會員支持，新頭殼需要您的支持。",
            "Kick off your morning with today's top stories, plus original features, a podcast, videos and more. Your Email Address Get it!",
            "Start your day with the five stories markets are watching. Enter your email to sign up.",
            "This post is for paid subscribers",
            "This issue is only for paying members. Upgrade to read it.",
            "Keep reading with a 7-day free trial",
            "You are receiving this because you signed up for The Stock Brief. Unsubscribe | Update your preferences | 1209 Orange St, Wilmington, DE 19801",
            "You're receiving this email because you subscribed to Morning Margin.",
            "Want to advertise to 90,000+ investors? Reply to this email.",
            "Save by subscribing to us for your print and/or digital copy.",
            "加入01會員，免費閱讀更多獨家報道",
            "加入會員，免費閱讀更多獨家內容",
            "支持獨立媒體，成為論盡會員",
            "已是會員？登入",
            "已经是订户？请登录",
            "赞助端传媒，您的支持是我们前进的动力！",
            "小額贊助報導者，你的支持就是我們最大的力量",
            "Already a paid subscriber? Sign in",
            "Already a member?",
            "Sign up to receive the latest investor news by email",
            "Stay up to date with all the latest news",
            "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
            'Die Top-Themen des Tages aus Finanzen und Politik – abonnieren Sie jetzt unseren Newsletter Morgenbriefing.',
            'Jetzt kostenlos den Börsenbrief abonnieren!',
            'Handelsblatt Newsletter: Die wichtigsten Nachrichten jeden Abend in Ihr Postfach.',
            'Votre adresse e-mail',
            'Ihre E-Mail-Adresse',
            "En cliquant sur « Je m'inscris », j'accepte de recevoir la newsletter.",
            'Receba no seu e-mail as principais notícias do dia',
            'Recibe en tu correo las noticias más importantes de la jornada',
            'Jetzt passende Angebote finden und per E-Mail benachrichtigt werden.',
            'Para acceder a este contenido regístrese gratis',
            "Votre abonnement vous permet d'accéder à cet article",
            'この記事は有料会員限定です。登録すると続きをお読みいただけます。',
            "Register (it's free) or log in now.",
            "Don't have an account? Sign up",
            "Receive the latest Proactive news delivered free to your inbox.",
            'Diesen Artikel weiterlesen mit Ihrem FAZ+ Abo',
            'Lesen Sie jetzt mit Handelsblatt Premium weiter. 4 Wochen für 1 € testen.',
            'Bereits Abonnent? Hier anmelden',
            "Votre adresse e-mail est uniquement utilisée pour vous envoyer notre lettre d'information.",
            "Chaque matin, recevez l'essentiel de l'actualité des marchés.",
            'Cet article est réservé aux abonnés.',
            'Contenido exclusivo para suscriptores',
            'Si ya eres suscriptor inicia sesión',
            'Sign me up!',
            'Count me in!',
            "We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you. You can unsubscribe at any time.",
            "This field is required.",
            "You've reached your monthly limit of free articles. Subscribe to keep reading.",
            "You have reached your maximum number of stories for this month.",
            "Subscribe now to read the latest news in your city and across the country.",
            "Exclusive articles from Kelly Cryderman, Terence Corcoran and others.",
            "Unlimited online access to articles from National Post and 15 news sites with one account.",
            "Daily content from Financial Times, the world’s leading global business publication.",
            'Expert tips on saving, pensions and property - straight to your inbox.',
            'The best of our markets coverage, every weekday — delivered straight to your email inbox',
            'You can save this story by registering for free here. Or sign in if you have an account.',
            'Subscribe to STAR PLUS',
            'Subscribe to The Daily Brief',
            "Sign up to Morning Mail",
            "Sign up to Markets Daily, our editors’ pick of the day’s biggest business stories, delivered every weekday.",
            "Get the latest market stories emailed to you every morning.",
            "skip past newsletter promotion",
            "after newsletter promotion",
            "Subscribe to Business Day for just $4 per week. Read unlimited articles and get the digital edition.",
            "Access to Premium articles requires a Premium subscription.",
            "Log in, register or subscribe to save articles for later.",
            "Il vous reste 71.5% de cet article à lire. La suite est réservée aux abonnés.",
            "Vous pouvez lire Le Figaro sur un seul appareil à la fois",
            "Lecture du Monde en cours sur un autre appareil.",
            "Ce message s’affichera sur l’autre appareil.",
            "Découvrir les offres multicomptes",
            "Tu suscripción se está usando en otro dispositivo",
            "¿Quieres añadir otro usuario a tu suscripción?",
            "Continuar leyendo aquí",
            "Si continúas leyendo en este dispositivo, no se podrá leer en el otro.",
            "¿Por qué estás viendo esto?",
            "Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado.",
            "Já é assinante?",
            "Faça login e continue a ler",
            "Assinantes podem liberar 5 acessos por dia para conteúdos do jornal.",
            "Anmäl dig här",
            "Börsbrevet – få dagens viktigaste börsnyheter direkt i inkorgen",
            "Ontvang elke middag het belangrijkste beursnieuws in uw mailbox.",
        ),
        counterexamples=(
            "For more than a decade, sign-ups for the bank's newsletter have fallen every year.",
            'Acme Daily: Join the thousands of readers who switched, the company said in its newsletter.',
            'This content is exclusive for subscribers, the company said, and it drove a 12% rise in sign-ups.',
            "This report is for subscribers only, the agency said, but a summary was posted online.",
            "Our daily briefing on the crisis, delivered every morning, drew 2 million readers, the editor said.",
            "Not registered? Then the fund cannot be sold to retail investors in the bloc.",
            'This is a premium product and requires a subscription, the company said.',
            'Become a member of the board: subscribe for shares was the offer, the filing shows.',
            "Enter your email address on the form, the bank told customers, and a code will be sent.",
            "Enjoy the rally? Investors who bought in March are up 40%, forward guidance suggests more.",
            'Recibe la newsletter el 40% de los clientes, según la empresa, que prevé ampliarla.',
            "Sign up for the Disney+ bundle using the same email as your Hulu account",
            "Subscribers to the newsletter rose to 2 million, the company said.",
            "Get the latest figures from the statistics office before the vote, he urged.",
            "Register of members will close on Friday.",
            "Get daily updates in your inbox is the promise of most newsletters, the study found.",
            "Get a daily email briefing was the most common request from readers.",
            "Contact me with news of any changes, the minister told his aides.",
            "Assine o contrato até sexta-feira, disse o ministro.",
            "« Abonnez-vous », a lancé le patron du groupe aux investisseurs.",
            "Subscribe to Netflix for less: the company cut prices in India, analysts said.",
            "Subscribe.",
            "The bank said 1.2 million customers had joined its loyalty programme.",
            "超過12萬人已加入該平台會員，年增率達35%。",
            "公司宣布推出付費會員制度，首年定價每月99元。",
            "Support for independent journalism grew after the paper's owner cut 40 jobs, subscribers said.",
            'Les abonnés pourront recevoir chaque mois un relevé, a précisé la banque.',
            'Die Kunden könnten den Newsletter abonnieren, sagte ein Sprecher, doch das Interesse sei gering.',
            'Die Kunden lesen weiter gedruckte Zeitungen, sagte der Verleger.',
            'Get it while you can: the offer ends on Friday, the retailer said.',
            "Exclusive articles from the archive were cited by the regulator and others.",
            "You have reached the limit of what monetary policy can do, Bailey told lawmakers.",
            'The bank app now sends price alerts straight to your inbox, it said.',
            'Statements arrive each month - straight to your inbox, the bank said.',
            'You can save this article by registering the fund with the regulator, the adviser said.',
            'Subscribe to Netflix, and you get the ad tier for less.',
            "Sign up to the scheme closes on Friday, the council said.",
            "Get the latest figures sent to you by the statistics office, the minister told MPs.",
            "La suite est réservée aux abonnés du stade, a précisé le club.",
            "Ontvang de betaling in uw mailbox pas na goedkeuring, waarschuwt de bank.",
        ),
        languages=("en", "zh", "de", "fr", "es", "pt", "it", "nl"),
    ),
    Rule(
        id="chrome.app-download",
        category="chrome",
        pattern=(
            r"(?:[^\n?]{1,80}\?[ \t\xa0]+)?(?:download|get|install|try)[ \t\xa0](?:the|our)[ \t\xa0](?:free[ \t\xa0])?(?:[\w'’&+-]{1,20}[ \t\xa0]){0,3}apps?"
            r"(?:[ \t\xa0](?:now|today|here|for[ \t\xa0](?:free|iOS|Android|iPhone|iPad|(?:real-time|live|the[ \t\xa0]latest|instant)[ \t\xa0][^\n,;]{1,40})"
            r"|on[ \t\xa0][^\n]{1,40}|from[ \t\xa0][^\n]{1,40}|to[ \t\xa0](?:get|receive|read|stay|follow|access|track)[ \t\xa0][^\n]{1,80}"
            r"|or[ \t\xa0](?:subscribe|follow|join)[ \t\xa0](?:to[ \t\xa0])?(?:us|our)[ \t\xa0][^\n]{1,100}))?(?:,?[ \t\xa0]free[ \t\xa0]on[ \t\xa0][^\n]{1,40})?"
            r"|click[ \t\xa0]here[ \t\xa0]to[ \t\xa0](?:get|download)[ \t\xa0](?:the[ \t\xa0])?[^\n]{1,40}[ \t\xa0]app"
            r"|get[ \t\xa0][^\n]{1,40}[ \t\xa0]on[ \t\xa0]the[ \t\xa0]go[ \t\xa0]by[ \t\xa0]clicking[ \t\xa0]here"
            r"|(?:available|download)[ \t\xa0]on[ \t\xa0]the[ \t\xa0]app[ \t\xa0]store|get[ \t\xa0]it[ \t\xa0]on[ \t\xa0]google[ \t\xa0]play"
            r"|(?:微信)?扫一扫[^\n]{0,30}|(?:扫码|掃碼)(?:下载|下載|关注|關注|阅读|閱讀|观看|觀看|收看|收听|收聽|加入|订阅|訂閱|领取|領取|进群|進群|添加|看|了解|获取|獲取)[^\n]{0,30}|(?:扫码|掃碼)[ \t\xa0]*[：:]?|(?:用|打开)?微信扫描二维码[^\n]{0,40}|(?:下载|打开)[^\n]{0,10}?(?:app|客户端)(?![的地得]|[^\n]{0,30}(?:表示|指出|透露|显示|称|增长|下降|同比|环比|[%％]|亿))[^\n]{0,30}"
            r"|[（(]?(?:本文来自|本文來自)[^\n，,]{1,20}[，,][^\n]{0,30}?(?:下载|下載)[^\n]{0,30}"
            r"|(?:(?:欲知|想知|想看|想了解)?更多[^\n，,。]{0,16}?[，,]?)?(?:请|請)(?:下载|下載)[^\n]{0,16}?(?:app|客户端|客戶端)[^\n]{0,20}"
            r"|(?:[^\x00-\x7f][^\n]{0,40}?)?(?:點我|点我|點此|点此|按此|點擊|点击)(?:下載|下载)[ \t\xa0]*(?:app|客户端|客戶端)(?:[ \t\xa0\u3000，,！!>»][^\n]{0,40})?"
            r"|(?:打开|打開)[\u4e00-\u9fffA-Za-z]{2,8}[ \t\xa0\u3000，,]*(?:查看|閱讀|阅读|观看|觀看)[^\n]{0,12}"
            r"|[^\n]{0,30}?(?:用|下載|下载|打開|打开)[^\n，,。]{0,8}?(?:app|客户端|客戶端)[ \t\xa0]*(?:看|讀|读)(?:新聞|新闻)[^\n]{0,40}"
            r"|(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][ \t\xa0]*)?(?:點我|点我|立即|马上|馬上)?(?:下載|下载)[^\n，,。]{1,20}?(?:app|客户端|客戶端)[^\n]{0,30}"
            r"|(?:欢迎|歡迎)?(?:关注|關注|下载|下載)[^\n，,。]{1,20}(?:app|客户端|客戶端)[！!]?"
            r"|(?![^\n]{0,80}(?:推出|用户|用戶|表示|指出))[^\n，,。]{0,40}?(?:app|客户端|客戶端)[^\n。]{0,30}?(?:立即下載|立即下载|马上下载|馬上下載|已上架|扫码下载|掃碼下載|免费下载|免費下載)[^\n]{0,16}"
            r"|[^\n]{0,20}?(?:app|客户端|客戶端)[ \t\xa0]*(?:下载|下載)(?:[ \t\xa0]+[^\n]{0,16})?"
            r"|手机上?(?:看|查看|阅读|閱讀|扫码|浏览)[^\n，,。]{0,20}|(?=[^\n]{0,60}二维码)[^\n]{0,60}(?:扫描|扫|長按|长按)(?:下方)?二维码[^\n]{0,40}|[^\x00-\x7f][^\n]{0,30}尽在[^\n]{0,12}(?:app|APP|App|客户端)"
            + r"|(?![^\n]{0,60}(?:消费者|消費者|用户|用戶|认为|認為|表示|称|稱|提示|说法|說法|认定|認定|误导|誤導|被))更多(?:精彩)?(?:内容|內容|资讯|資訊|新闻|新聞|报道|報導)[，,]?[ \t\xa0]*(?:请|請)(?:登陆|登录|登入|登陸|访问|訪問|浏览|瀏覽|关注|關注|看|閱讀|阅读|参阅|參閱)[^\n]{2,40}"
            + r"|[（(]?(?:下载|下載)[\u4e00-\u9fffA-Za-z]{2,8}[，,][^\n）)]{0,10}?(?:报料|爆料|有奖|有獎|看更多|更多精彩|抢先看|搶先看)[^\n）)]{0,10}[）)]?|(?![^\n]{0,200}(?:用户|用戶|消费者|消費者|投资者|投資者|公告|称|稱|表示|客户|客戶|网点|網點|市民|民众|民眾|提醒|游客|遊客|旅客|乘客|居民|唯一|渠道|切勿))[^\n。！？!?]{0,60}?(?:应用市场|應用市場|应用商店|應用商店)(?:搜索|搜尋|下载|下載)[^\n]{0,160}|(?:[^\x00-\x7f]|\d{1,5}(?:\.\d)?[万萬WwKk]?\+?[^\x00-\x7f])[^\n]{0,30}(?:都在|就在)[ \t\xa0]*[\u4e00-\u9fffA-Za-z]{1,8}(?:APP|App|app|客户端|客戶端)"
            # A brand's app and its slogan, a whole line: 36氪APP让一部分人先看到未来.
            + r"|[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:APP|App|客户端|客戶端)[ \t\xa0]*(?:让|讓|带|帶|陪|助)(?:你|您|一部分人|每个人|每個人|更多人)(?![^\n]{0,30}[。！？])[\u4e00-\u9fff]{2,14}"
            + r"|(?:掃描|扫描|掃|扫|長按|长按)(?:下方|以下)?(?:二維碼|二维码|QR[ \t\xa0]?code|QR碼|QR码)[，,]?[^\n]{0,50}"
            + r"|take[ \t\xa0][^\n!.]{1,40}?[ \t\xa0](?:everywhere|anywhere|on[ \t\xa0]the[ \t\xa0]go)[ \t\xa0]with[ \t\xa0]you[!.]?"
            + r"|[^\n]{1,30}?(?:APP|App|app)[ \t\xa0]+(?:隨時|随时|一手|即時|即时|炒股|隨身)[^\n]{0,30}"
            + r"|(?:p\.?/?s\.?[ \t\xa0]*:[ \t\xa0]*)?[A-Z][^\n]{1,50}?[ \t\xa0]is[ \t\xa0](?:also[ \t\xa0])?available[ \t\xa0]on[ \t\xa0](?:the[ \t\xa0])?(?:apple['’]s[ \t\xa0])?app[ \t\xa0]store[^\n]{0,80}"
            + r"|(?:长按|長按)(?:识别|識別|扫描|掃描)?(?:图中|圖中|下方|上方)?(?:二维码|二維碼)[^\n]{0,40}"
            # An app's slogan of selling points alone on a line: 准确 快速 权威 专业, 方便，快捷.
            + r"|(?:准确|準確|快速|权威|權威|专业|專業|及时|及時|全面|实时|實時|精准|精準|便捷|方便|快捷|丰富|豐富|独家|獨家|免费|免費|高效|可靠|客观|客觀|海量)(?:(?:[ \\t\\xa0\\u3000]+|[ \\t\\xa0\\u3000]*[，,、·|｜][ \\t\\xa0\\u3000]*)(?:准确|準確|快速|权威|權威|专业|專業|及时|及時|全面|实时|實時|精准|精準|便捷|方便|快捷|丰富|豐富|独家|獨家|免费|免費|高效|可靠|客观|客觀|海量)){1,5}"
            # A call for tips that sends readers to the app or the account: 想爆料？请登录…APP，…等你来报料！
            + r"|(?:(?:想|要)?(?:爆料|报料|報料)|(?:有新闻|有新聞)(?:线索|線索)|有?(?:线索|線索)(?=[？?][^\n]{0,60}?(?:爆料|报料|報料)))[？?][ \t\xa0]*(?:请|請|欢迎|歡迎|拨打|撥打|扫|掃|下载|下載|登录|登錄|登陆|关注|關注|联系|聯繫|联络|聯絡|发送|發送|可|快|戳|点击|點擊)[^\n]{0,150}"
            + r"|(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][ \t\xa0]*)?(?:立即|马上|馬上|即刻)(?:下載|下载)[^\n，,。]{0,12}?(?i:app)[ \t\xa0]*[，,][^\n]{0,60}"
            + r"|(?:微信|手机|手機)(?:扫码|掃碼)(?:下载|下載|关注|關注|阅读|閱讀|观看|觀看|订阅|訂閱)[^\n]{0,40}|(?:點擊|点击)(?:下載|下载)[^\n，,。]{1,10}?(?i:app|客户端|客戶端)[^\n]{0,30}|(?:点击|點擊)(?:阅读|閱讀)原文[^\n]{0,30}|[^\n，,。]{0,10}(?:提提您|提醒您|提醒你)[：:][ \t\xa0]*(?:下載|下载)[^\n]{0,40}"
            + r"|get[ \t\xa0]the[ \t\xa0][\w&'’ -]{1,24}[ \t\xa0]app[ \t\xa0]for[ \t\xa0](?:ad-free|the[ \t\xa0]latest|breaking|live|real-time|instant|all[ \t\xa0]the)[ \t\xa0][^\n]{1,60}"
            + r"|【[^\n【】]{1,12}?(?:App|APP|app)】[^\n]{0,80}|【[^\n【】]{1,10}】[ \t\xa0]*(?:掃描|扫描|掃|扫|長按|长按)(?:下方|以下)?(?:二維碼|二维码|QR[ \t\xa0]?code|QR碼|QR码)[^\n]{0,50}"
            # The app's name over its QR code (南方+ 扫码下载), a QR prompt between arrows (▼ 扫码关注 ▼),
            # a download prompt naming the app 应用程序 / 應用程式 (下载8视界新闻应用程序).
            + r"|[\u4e00-\u9fffA-Za-z0-9+]{2,10}[ \t\xa0\u3000]*(?:扫码|掃碼)(?:下载|下載|阅读|閱讀|关注|關注|订阅|訂閱|收听|收聽|观看|觀看)"
            + r"|[▼▽↓⬇👇]{1,3}[ \t\xa0\u3000]*(?:扫码|掃碼|长按|長按|扫描|掃描)[^\n]{0,30}"
            + r"|(?:立即|马上|馬上|免费|免費)?(?:下载|下載)[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:应用程序|應用程式|手机应用|手機應用)[！!]?"
            + r"|get[ \t\xa0](?:your|the[ \t\xa0]latest|all[ \t\xa0]the)[ \t\xa0]news[ \t\xa0]on[ \t\xa0]the[ \t\xa0]go[.!]?[ \t\xa0]+(?:download|get|install)[ \t\xa0][^\n]{1,60}?\bapp\b[^\n]{0,60}"
        ),
        description="An app-download prompt (Download the app, CLICK HERE TO GET THE FOX NEWS APP, 扫一扫, 下载APP).",
        max_chars=120,
        examples=(
            'Get your news on the go. Download the latest Harbour Post App for Android and iOS now.',
            '【東網App】即睇最新財經消息：https://on.cc/app',
            '【橙新聞】掃描二維碼下載App，緊貼灣區最新資訊',
            "Download the app",
            "Download the CNA app or follow our WhatsApp channel for the latest updates on news in Malaysia.",
            "CLICK HERE TO GET THE FOX NEWS APP",
            "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
            "扫一扫",
            "下载APP",
            "📍下載財訊快報 APP，即時財經不漏接",
            "打开新浪财经APP，查看更多行情",
            "海量资讯、精准解读，尽在新浪财经APP",
            "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）",
            "（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）",
            "更多财经资讯请下载界面新闻APP",
            "不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法",
            "Get the Forexlive app for real-time headlines.",
            "Download our app for real-time market alerts",
            "打开界面新闻，查看更多专业报道",
            "更多精彩内容，请登陆智通财经网站（www.zhitongcaijing.com）",
            "（下载红星新闻，报料有奖！）",
            "找记者、求报道、求帮助，各大应用市场下载“齐鲁壹点”APP，或搜索微信小程序“壹点情报站”，全省600多位记者在线等你来报料！",
            "正在改变与想要改变世界的人，都在 虎嗅APP",
            "500万+投资者都在用的炒股App",
            "界面APP让你先看到新闻背后的故事",
            "用自由時報APP看新聞，天天抽好禮 點我下載",
            "欲知更多新聞，請下載8world新聞App",
            "掃描二維碼，加入星洲網Telegram頻道，即時接收最新新聞",
            "更多精彩內容，請看《今周刊》第1450期",
            "Take international news everywhere with you!",
            "Yahoo 奇摩股市 App 隨時掌握行情",
            "东方财富APP 炒股看资讯，一个APP就够了",
            "P/S: The Edge is also available on Apple's App Store and Android's Google Play.",
            "The Business Times is available on the App Store and Google Play.",
            "长按识别二维码，关注硬科技观察局",
            "長按識別圖中二維碼",
            "🔎立即下載香港01 App，掌握最新消息：https://hk01.app.link",
            "立即下载东方财富App，查看更多行情",
            "微信扫码关注上证报公众号，第一时间获取公告解读",
            "点击下载网易新闻客户端，查看更多公告解读",
            "点击阅读原文，下载21财经APP",
            "東網提提您：下載東網App，緊貼最新財經消息",
            "Get the RNZ app for ad-free news and current affairs on the go",
            "手机上阅读文章",
            "及时 准确 专业 权威",
            "便捷，高效",
            "手机查看实时行情",
            "想爆料？请下载大河报APP，或关注微信公众号“大河报”，百位记者等你来报料！",
            "有新闻线索？欢迎向我们爆料！",
            "想爆料？请拨打热线0371-12345678",
            "潮新闻 扫码下载",
            "▼ 长按二维码关注 ▼",
            "下載星島新聞應用程式",
            "免费下载联合早报应用程序！",
        ),
        counterexamples=(
            "Download the app's latest version, the company urged users after the breach.",
            "The app was downloaded 2 million times in its first week.",
            "Get the app for breaking news, the ad said, was everywhere.",
            "该公司表示，用户下载APP后可领取优惠券。",
            "点击下载APP的用户中，有三成来自三四线城市。",
            "下载APP的用户数量在第三季度增长了25%，公司表示。",
            "打开客户端的频率同比下降，报告指出。",
            "更多内容请登陆官网查询的提示，被消费者认为是在推卸责任。",
            "更多资讯请访问该平台官网的说法被监管部门认定为误导。",
            "下载量同比增长，达到1200万次。",
            "以某城商行为例，其公告称，新版App整合了信用卡、理财和生活缴费功能，旧版App将无法登录。用户可在各大应用商店搜索下载新版App，或在网点扫描二维码完成升级。",
            "扫码乘车，正在跨城打通。",
            "此外，輝達也推出繁體中文版開發者社群App，提供台灣開發者線上課程與技術論壇，用戶可免費下載。",
            "景区提醒，APP是唯一官方预约渠道，游客可在应用商店搜索“熊猫家园”下载，切勿通过第三方平台购票。",
            "支付宝APP让老人用上了刷脸支付。",
            "方便快捷是消费者选择外卖的首要原因。",
            "有线索？请拨打110报警。",
            "手机查看功能上线后，用户投诉量下降了三成。",
            "爆料？他说自己只是把看到的情况告诉了记者。",
            "这款APP让你少走弯路。",
            "3000万用户都在用的记账App下架了。",
            "下载该应用程序的用户已超过500万人。",
            "乘客扫码下载后即可购票。",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.click-here",
        category="chrome",
        pattern=(
            r"(?:click|tap)[ \t\xa0](?:here|this[ \t\xa0]link)[ \t\xa0](?:to|for)[ \t\xa0][^\n]{1,100}"
            r"|(?:click|tap)[ \t\xa0]here"
            # an exchange's sign-up offer: Binance Free $600 (Exclusive): Use this link to register ... welcome offer
            r"|(?=[^\n]{0,100}?:[ \t\xa0]*use[ \t\xa0]this[ \t\xa0]link)[^\n:]{1,100}:[ \t\xa0]*use[ \t\xa0]this[ \t\xa0]link[ \t\xa0]to[ \t\xa0](?:register|sign[ \t\xa0]up|open|claim|create)[^\n]{0,140}?(?:bonus|offer|free|reward|\$\d)[^\n]{0,100}"
            r"|(?:click|tap)[ \t\xa0]to[ \t\xa0](?:view|see|read|open)[ \t\xa0]our[ \t\xa0][^\n]{1,60}"
            # 'For an analyst ratings summary on Acme click here. For more ratings news on Acme click here.'
            r"|for[ \t\xa0](?:an?[ \t\xa0]|more[ \t\xa0]|the[ \t\xa0](?:latest|full)[ \t\xa0])[^\n]{1,80}?[ \t\xa0](?:on|about|for|from)[ \t\xa0](?-i:[A-Z])[^\n]{0,50}?,?[ \t\xa0](?:click|tap)[ \t\xa0]here[.!]?"
            r"(?:[ \t\xa0]+for[ \t\xa0][^\n]{1,80}?[ \t\xa0](?:on|about|for|from)[ \t\xa0](?-i:[A-Z])[^\n]{0,50}?,?[ \t\xa0](?:click|tap)[ \t\xa0]here[.!]?){0,2}"
            r"|(?:find|see|get|read)[ \t\xa0]more[ \t\xa0](?:[\w&-]{1,20}[ \t\xa0]){0,2}(?:news|stories|coverage|articles)[ \t\xa0]here[.!]?"
            r"|go[ \t\xa0]to[ \t\xa0]the[ \t\xa0](?-i:[A-Z])[\w&.'’-]{1,20}(?:[ \t\xa0][\w&.'’-]{1,20}){0,2}[ \t\xa0](?:front|home)[ \t\xa0]?page[.!]?"
            r"|to[ \t\xa0]read[ \t\xa0]this[ \t\xa0]article[ \t\xa0]on[ \t\xa0][\w.-]{2,40}[ \t\xa0]click[ \t\xa0]here"
            r"|(?:read|get|check[ \t\xa0]out|view)[ \t\xa0]our[ \t\xa0](?:latest|free|full)[ \t\xa0](?:stock|research|analysis|analyst)[ \t\xa0](?:report|analysis|note)[ \t\xa0](?:on|for)[ \t\xa0](?-i:[A-Z])[^\n,;]{0,80}"
            r"|more[ \t\xa0](?:stories|articles|news|reporting)[ \t\xa0]like[ \t\xa0]this[ \t\xa0](?:are|is)[ \t\xa0]available[ \t\xa0](?:on|at)[ \t\xa0][\w.\-]{3,40}"
            r"|(?:read|get|see|find|for)[ \t\xa0](?:more[ \t\xa0]of[ \t\xa0])?the[ \t\xa0]latest[ \t\xa0](?:[\w&,-]{1,20}[ \t\xa0]){0,5}(?:news|headlines|updates|coverage|analysis)"
            r"(?:,?[ \t\xa0](?:from|on|at|visit|go[ \t\xa0]to)[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}(?:[ \t\xa0]here)?|[ \t\xa0]here)"
            r"|(?:read|get|check[ \t\xa0]out|view|see)[ \t\xa0]our[ \t\xa0](?:latest|free|full)[ \t\xa0](?:report|analysis|research|note)[ \t\xa0](?:on|for)[ \t\xa0](?-i:[A-Z])[^\n,;]{0,80}"
            r"|(?:click|tap)[ \t\xa0](?:here[ \t\xa0])?for[ \t\xa0]more[ \t\xa0][^\n]{1,40}?(?:articles|stories|coverage|news)[ \t\xa0]by[ \t\xa0](?-i:[A-Z])[^\n,;]{0,60}"
            + r"|[^\n]{3,120}?[ \t\xa0]{2,}(?:find[ \t\xa0]out[ \t\xa0]more|learn[ \t\xa0]more|apply[ \t\xa0]now|see[ \t\xa0]deal|view[ \t\xa0]deal|compare[ \t\xa0]deals?|get[ \t\xa0](?:this[ \t\xa0])?deal|open[ \t\xa0](?:an[ \t\xa0])?account)"
            + r"|(?:swipe|scroll)(?:[ \t\xa0](?:or|and|/)[ \t\xa0](?:swipe|scroll))?(?:[ \t\xa0](?:left|right|across|sideways|horizontally))?[ \t\xa0]to[ \t\xa0](?:reveal|see|view)[ \t\xa0](?:the[ \t\xa0])?(?:full|whole|entire|rest[ \t\xa0]of[ \t\xa0]the)[ \t\xa0](?:table|chart|data)[.!]?(?:[ \t\xa0]+(?:click|tap)[ \t\xa0][^\n]{1,80})?"
        ),
        description="A 'click here' call to action on a line of its own.",
        max_chars=160,
        examples=(
            "OKX Bonus $1,000 (Readers Only): Use this link to sign up and claim a $1,000 welcome bonus on OKX.",
            "EXCLUSIVE DEAL for CoinDesk readers at Bitget: Use this link to register and open a $200 FREE position!",
            'Find more markets news here.',
            'Go to the Moneyweb front page.',
            "Click here for more information",
            "CLICK HERE FOR MORE FOX NEWS COVERAGE",
            "Click here",
            "Read the latest financial and business news from Yahoo Finance",
            "More stories like this are available on bloomberg.com",
            "Read Our Latest Stock Report on Summit Ridge Realty Trust",
            "Read more of the latest economy coverage from Yahoo Finance here.",
            "View our latest analysis for Halvorsen Marine",
            "Read Our Latest Report on Pellion Therapeutics",
            "Click for more FreightWaves articles by Dana Ruiz.",
            "Click to view our Guide to Dividend Terms",
            "For an analyst ratings summary and ratings history on Halden Rail click here. For more ratings news on Halden Rail click here.",
            'Two-year fix: Northgate Bank 4.3%   Find out more',
            'Cash Isa: Moneybox 4.6% (variable)   Apply now',
            'Scroll or swipe to see the full table. Tap a ticker for the interactive chart.',
        ),
        counterexamples=(
            'Find more news here than in the official report, she said.',
            "Shareholders can use this link to register for the free webcast: the company posted it on its website.",
            "Read the latest figures from the statistics office before the vote, he urged.",
            "Read our latest stock report on the company, the note said.",
            "Users who click here on the banner are tracked, the regulator said.",
            "For a moment nobody knew what to click here.",
            "Clicking the link installed malware, researchers found.",
            "View our latest analysis for the full picture, the note said.",
            'Savers should shop around to find out more, the regulator said.',
            'Scroll to see the full table of results on page 4, the report says.',
        ),
    ),
    Rule(
        id="chrome.photo-credit",
        category="chrome",
        pattern=(
            r"\(?(?:(?:AP|AFP|EPA|Reuters|Getty|Xinhua)[ \t\xa0])?(?:(?:cover|top|main|lead|header|feature|featured|file|thumbnail|hero)[ \t\xa0])?(?:photo|photograph|image|picture|pic|foto|graphic|infographic|infograph|illustration|bildquelle|bildnachweis|titelbild|cr[ée]dits?[ \t\xa0]photos?"
            r"|video|file[ \t\xa0]photo)s?(?:[ \t\xa0](?:credits?|source|courtesy(?:[ \t\xa0]of)?|by))?[ \t\xa0]*[:：/|][ \t\xa0]*[^\n]{1,200}\)?"
            r"|\((?:[A-Z]{2,5}[ \t\xa0])?(?:photo|photograph|image|picture)s?[ \t\xa0]by[^()\n]{1,100}\)"
            # a caption whose credit follows a dash: A rendering of the site. - CREDIT: ACME PARTNERS, ... — Picture by Jane Doe
            r"|(?=[^\n]{10,240}?[ \t\xa0][-–—][ \t\xa0]*(?:credit|picture[ \t\xa0]by|photo[ \t\xa0]by|pic[ \t\xa0]by|photo[ \t\xa0]*:))[^\n]{10,240}?[ \t\xa0][-–—][ \t\xa0]*"
            r"(?:credit[ \t\xa0]*:|(?:picture|photo|pic)[ \t\xa0]by|photo[ \t\xa0]*:)[ \t\xa0]*(?-i:[A-Z])[\w.'’&/ -]{1,50}"
            # a chart's data and design credits together: Data: FactSet; Chart: Axios Visuals
            r"|(?:data|source)[ \t\xa0]*:[ \t\xa0]*[^\n;]{1,60};[ \t\xa0]*(?:chart|graphic|map|table|visual)s?[ \t\xa0]*:[ \t\xa0]*[^\n;]{1,60}"
            r"|(?:chart|graphic|map|table|visual)s?[ \t\xa0]*:[ \t\xa0]*[^\n;]{1,60};[ \t\xa0]*(?:data|source)[ \t\xa0]*:[ \t\xa0]*[^\n;]{1,60}"
            r"|(?:image[ \t\xa0]|photo[ \t\xa0])?credits?[ \t\xa0]*[:：][ \t\xa0]*[^\n]{1,100}"
            # an art credit alone on a line (Blockworks exclusive art by Jane Doe, Artwork by Jane Doe)
            r"|(?:(?-i:[A-Z])[\w.&'’-]{1,25}[ \t\xa0])?(?:exclusive[ \t\xa0])?(?:art|artwork|illustration|graphic)[ \t\xa0]by[ \t\xa0](?-i:[A-Z][\w.'’-]{1,25}(?:[ \t\xa0][A-Z][\w.'’-]{1,25}){0,3})"
            # a trading pair's chart caption: ETH/USD 4H. Source: TradingView, BTCUSDT daily chart. Source: Binance
            r"|(?-i:[A-Z0-9]{2,6})/?(?-i:[A-Z]{3,5})[ \t\xa0](?:\d{1,2}[HhDdWwMm]|daily|weekly|hourly|\d{1,2}-(?:hour|day|week))(?:[ \t\xa0]chart)?[.,][ \t\xa0]*source[ \t\xa0]*:[ \t\xa0]*[^\n]{1,40}"
            r"|\((?i:fot\.|foto:|zdj\.|фото:)[ \t\xa0]*[^\n()]{1,100}\)|(?i:fot\.|zdj\.|фото[ \t\xa0]*:)[ \t\xa0]*(?-i:[A-ZА-ЯЁŁŚŻŹ])[^\n]{1,100}"
            r"|(?:(?=[^\n]{1,60}/)[^\n/]{1,60}/[ \t\xa0]*|\|[ \t\xa0]*)?(?:getty[ \t\xa0]images(?:[ \t\xa0]for[ \t\xa0][^\n]{1,30})?"
            r"|afp|reuters|ap|shutterstock|istock(?:photo)?|epa(?:-efe)?|xinhua|efe|ansa|dpa|imago|alamy|corbis|bloomberg(?:[ \t\xa0]news)?|zuma[ \t\xa0]press"
            r"|ap[ \t\xa0]photo|afp[ \t\xa0]via[ \t\xa0]getty[ \t\xa0]images)(?:[ \t\xa0]*/[ \t\xa0]*[\w.'’-]{1,30}(?:[ \t\xa0][\w.'’-]{1,30}){0,4})?"
            r"(?:[ \t\xa0]via[ \t\xa0]getty[ \t\xa0]images)?"
            r"|(?:封面|题图|題圖|头图|頭圖|首图|首圖)?(?:图片来源|图源|圖片來源|图片|圖片|摄影|攝影|视觉中国|配图|配圖)[ \t\xa0]*[：:|]?[ \t\xa0]*[^\n]{0,40}"
            + r"|(?:cover|top|main|lead|header|hero|feature|featured|thumbnail|article)[ \t\xa0](?:photo|image|picture|illustration|graphic)s?[ \t\xa0](?:via|from|by|courtesy[ \t\xa0]of)[ \t\xa0][^\n]{1,60}?(?:[ \t\xa0]*(?:,|and|&)[ \t\xa0]*(?:[\w/.-]{1,20}[ \t\xa0])?(?:chart|charts|graph|data)[ \t\xa0](?:via|from|by|on)[ \t\xa0][^\n]{1,40})?|(?:[\w/.-]{1,20}[ \t\xa0])?(?:photo|image|picture|chart|graph|illustration)s?[ \t\xa0](?:via|from|by|on)[ \t\xa0](?:unsplash|shutterstock|freepik(?:\.com)?|pexels|pixabay|getty[ \t\xa0]images|istock(?:photo)?|adobe[ \t\xa0]stock|dall-?e|midjourney|canva|tradingview(?:\.com)?|wikimedia[ \t\xa0]commons|envato(?:[ \t\xa0]elements)?)[^\n]{0,60}"
            + r"|"
            + _ZH_CAPTION_LEAD
            + r"[（(](?:圖|图|照片|相片)[ \t\xa0]*[／/：:][^\n（）()]{1,24}[）)]"
            + r"|[^\n]{10,200}?[.!?][ \t\xa0]+[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){0,3}[ \t\xa0]*/[ \t\xa0]*(?:Getty[ \t\xa0]Images|Reuters|AFP|Bloomberg|Shutterstock|Alamy|Xinhua|NurPhoto|SOPA[ \t\xa0]Images|Anadolu)(?:[ \t\xa0]via[ \t\xa0]Getty[ \t\xa0]Images)?(?:[ \t\xa0]file)?"
            # a photo's licensing link under it: '| License Photo', 'Buy this photo'
            + r"|(?:\|[ \t\xa0]*)?(?:license|licence|buy|purchase|order|reprint)[ \t\xa0](?:this[ \t\xa0])?(?:photo|image|picture)s?"
            + r"|(?:image|photo|picture)[ \t\xa0](?:source|caption|credit)[ \t\xa0]*,[ \t\xa0]*[^\n]{1,200}"
            + r"|(?:图为|圖為)[^\n]{1,100}|"
            + _ZH_CAPTION_LEAD
            + r"(?:圖|图)[／/][^\n／/]{1,30}|"
            + _ZH_CAPTION_LEAD
            + r"[（(](?:資料圖片|资料图片|資料相片|檔案圖片|档案图片|示意圖|示意图|資料照片|资料照片|資料圖|资料图|檔案圖|档案图)(?:[／/][^\n（）()]{1,30})?[）)]|"
            + _ZH_CAPTION_LEAD
            + r"[（(][\u4e00-\u9fff]{2,4}(?:攝|摄)[）)]|[（(](?:示意圖|示意图|資料照|资料照)[／/][^\n（）()]{1,30}[）)]"
            # A caption ending with its photographer: 机场联络线列车。澎湃新闻记者 周平浪 图.
            + r"|(?:[^\n]{1,80}?(?:[。！!？?][ \t\xa0\u3000]*|[ \t\xa0\u3000]+))?[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員|摄影记者|攝影記者|摄影|攝影)[ \t\xa0\u3000]*"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}[ \t\xa0\u3000]+(?:图|圖|摄|攝)"
            + r"|(?:stock|file|representative|representational|illustrative)[ \t\xa0](?:image|photo|picture)s?\.?"
            + r"|(?-i:[A-Z0-9])[^\n]{0,80}?[ \t\xa0]logo[ \t\xa0]with[ \t\xa0](?-i:[A-Z])[\w&'’-]{1,20}(?:[ \t\xa0](?:[\w&'’-]{1,20})){0,3}[ \t\xa0]background"
            + r"|(?-i:[A-Z]{1,6}(?:[.-][A-Z]{1,2})?)[ \t\xa0]logo"
            + r"|(?-i:[A-Z])[^\n]{10,200}?[.!?][ \t\xa0]+(?:photo[ \t\xa0]|image[ \t\xa0])?(?-i:Credit)s?[ \t\xa0]*:[ \t\xa0]*(?-i:[A-Z][\w'’.&-]{0,30}(?:[ \t\xa0](?:[A-Z][\w'’.&-]{0,30}|de|del|la|of|the|via|and|for|/)){0,5})"
            + r"|" + _ZH_CAPTION_LEAD + r"[（(](?:本報|本报|本網|本网)?(?:資料照|资料照|檔案照|档案照)片?[）)]"
            + r"|(?:photo|image|picture|illustration)s?[ \t\xa0]by[ \t\xa0][^\n]{1,40}?[ \t\xa0](?:via|on|from)[ \t\xa0](?:unsplash|shutterstock|istock(?:photo)?|pexels|pixabay|getty[ \t\xa0]images|adobe[ \t\xa0]stock|freepik(?:\.com)?|canva|alamy|dreamstime|depositphotos)\.?"
            + r"|\[(?:photo|image|picture|video)s?(?:[ \t\xa0]*/[ \t\xa0]*[^\]\n]{1,40}|[ \t\xa0]provided[ \t\xa0]to[ \t\xa0][^\]\n]{1,40})\]"
            # A caption ending with who supplied the photo: 工作人员正在分拣货物。受访者供图.
            + r"|(?:[^\n]{1,80}?(?:[。！!？?][ \t\xa0\u3000]*|[ \t\xa0\u3000]+|[（(]))?[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:供图|供圖|提供图片|提供圖片)[）)]?"
            + r"|(?:[^\n]{1,80}?[。！!？?][ \t\xa0\u3000]*)?[（(]?(?:图片|圖片|照片|图|圖)由[^\n（）()。，,]{1,16}?(?:提供|供图|供圖)[。]?[）)]?"
            + r"|(?:[^\n]{1,80}?[。！!？?][ \t\xa0\u3000]*)?(?:新华社|新華社|中新社)发(?:[ \t\xa0]*[（(][^\n（）()]{1,20}[）)])?"
        ),
        description=(
            "A photo or image credit line anywhere (Image source: Getty Images., Photo: [Name]/Reuters, "
            "(Photo by X/Getty Images), 图片来源：视觉中国)."
        ),
        max_chars=140,
        examples=(
            "Decrypt exclusive art by Jane Whitcombe",
            "Artwork by Tomás Ribeiro",
            "BTC/USDT 1D. Source: TradingView",
            "SOLUSD daily chart. Source: Binance",
            "Data: Refinitiv; Chart: Globe Graphics",
            "Chart: Ledger Visuals; Source: Bloomberg",
            "Infographic: Dhaka Ledger",
            "An artist's impression of the planned Riverside distribution hub in Secaucus. - CREDIT: MARLOW DEVELOPMENT GROUP",
            "Traders watch screens at the stock exchange in Kuala Lumpur. — Picture by Hari Anggara",
            '台電今日公布夏季電價方案。（資料照）',
            '立法院今日三讀通過預算案。（本報資料照片）',
            "Image source: Getty Images.",
            "Photo: Hau Dinh, AP",
            "Photo: Jane Doe/Reuters",
            "(Photo by Chip Somodevilla/Getty Images)",
            "(AP Photo/Evan Vucci)",
            "Jane Doe/Getty Images",
            "Credit: NASA",
            "图片来源：视觉中国",
            "封面图片来源：每日经济新闻 刘国梅 摄",
            "Bildquelle: Shutterstock",
            "(fot. Piotr Kowalski / PAP)",
            "Фото: Иван Петров / ТАСС",
            "Featured image via Shutterstock",
            "Cover image from Unsplash, ETHUSD chart via TradingView",
            "Cover image via freepik.com",
            "BTCUSD chart from TradingView",
            "▲國泰金控今日召開法說會。（圖／記者許家禎攝）",
            "新车下线仪式现场。新京报记者 王贵彬 摄",
            "游客在湖边拍照 本报记者 刘洋 图",
            "Thumbnail photo: Polyethylene pellets (Source: Shutterstock)",
            "Retail investors have poured money into US stocks during the sell-off. Spencer Platt/Getty Images",
            "Image source, Getty Images",
            "Image caption, The cap limits the amount suppliers can charge per unit of energy",
            "图为涉案AI生成图片。图片来源：法院供图",
            "台積電示意圖。圖／聯合報系資料照片",
            "港鐵車廂。（資料圖片）",
            "▲宁波舟山港穿山港区集装箱码头（资料图）",
            "警方展示行動中檢獲的證物。（黃偉邦攝）",
            "(示意圖/Getty Images)",
            "Stock image.",
            "File photo",
            "Representational image",
            "Northgate Bancshares logo with Finance background",
            "Pellion Therapeutics logo with Medical background",
            "| AFP",
            "Bloomberg News",
            "NVTR Logo",
            "The converter plant outside Antofagasta. Credit: Minera Costa Alta",
            "| License Photo",
            "Buy this photo",
            "Image by Kseniya Ovchinnikova via iStock",
            "Photo by Markus Spiske on Unsplash",
            "[Photo/VCG]",
            "[Photo provided to China Daily]",
            "仓库内，员工正在打包发往中东的订单。企业供图",
            "新建成的物流园区鸟瞰（海关供圖）",
            "展会现场人头攒动。（图片由主办方提供）",
            "4月20日，货轮在洋山港装卸集装箱。新华社发（王刚 摄）",
        ),
        counterexamples=(
            "The museum sold modern art by Mark Rothko for $186 million.",
            "Data: The economy grew 2.1% in the quarter; chart analysts expect more.",
            "Shares fell 4% on Tuesday - credit: the market's mood soured after the report.",
            "Order photos online and the prints arrive in two days, the company says.",
            "The fund's managers built the portfolio picture by picture, the filing shows.",
            '主計總處指出，出口動能將延續到明年。（資料照）',
            "Photographs of the event circulated widely online.",
            "Images from the telescope show a thin ring around the planet.",
            "AP reported the figures first, and the ministry confirmed them on Monday.",
            "Images from the satellite show the damage to the refinery.",
            "國泰金表示，將持續調整資產配置，降低美元部位的避險成本。（圖／記者陳大明攝）",
            "他向记者出示草图。",
            "该负责人向记者展示了园区规划图。",
            "The company unveiled a new logo with a green background on Monday.",
            "Kyodo reported the figures first, citing government sources.",
            "The IBM logo was lit up in blue on Monday night.",
            "Banks tightened lending in May. Credit: the squeeze is spreading to small firms.",
            "Photos by amateurs on Instagram helped investigators trace the tanker, the agency said.",
            "该照片由当地警方供图后在网上广泛流传。",
            "新华社发布消息称，两国将于下周举行会谈。",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.caption",
        category="chrome",
        pattern=(
            r"(?:Item|Image|Photo|Slide|Picture)[ \t\xa0]\d{1,2}[ \t\xa0](?:of|/)[ \t\xa0]\d{1,2}[ \t\xa0]+[A-Z\[\"“(][^\n]{10,500}"
            r"|\[\d{1,2}/\d{1,2}\][ \t\xa0]*[A-Z\"“(][^\n]{10,500}"
            r"|[A-ZÄÖÜ\"„“][^\n]{3,200}?[ \t\xa0]\((?:Archivbild|Archivfoto|Symbolbild|Symbolfoto|Archivaufnahme)\)"
            r"|[A-Z\"“(][^\n]{10,400}?[.!?”\"][ \t\xa0]+(?-i:[A-Z][A-Z'’.\-]+(?:[ \t\xa0][A-Z][A-Z'’.\-]+){0,3})[ \t\xa0]*/[ \t\xa0]*"
            r"(?:Reuters|AP|AFP|Getty[ \t\xa0]Images|Bloomberg|EPA|Xinhua|The[ \t\xa0]Canadian[ \t\xa0]Press|The[ \t\xa0]Globe[ \t\xa0]and[ \t\xa0]Mail|AAP|PA|Shutterstock|File|FILE)(?:[ \t\xa0]*/[ \t\xa0]*File(?:[ \t\xa0]Photo)?)?"
            + r"|(?:Open[ \t\xa0]this[ \t\xa0]photo[ \t\xa0]in[ \t\xa0]gallery:[ \t\xa0]*)?[A-Z\x22“(][^\n]{10,300}?[.!?”\x22][ \t\xa0]*[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3}[ \t\xa0]*/[ \t\xa0]*(?:The[ \t\xa0]Globe[ \t\xa0]and[ \t\xa0]Mail|The[ \t\xa0]Canadian[ \t\xa0]Press|Bloomberg|Reuters|AFP|Getty[ \t\xa0]Images|AP|EPA|Shutterstock|Postmedia|The[ \t\xa0]New[ \t\xa0]York[ \t\xa0]Times|Financial[ \t\xa0]Times|The[ \t\xa0]Washington[ \t\xa0]Post)(?:[ \t\xa0]file[ \t\xa0]photo)?"
            + r"|[A-Z\x22“][^\n]{10,300}?[.!?”\x22][ \t\xa0]+\((?:Photos?|Images?|Pictures?)[ \t\xa0](?:by|courtesy[ \t\xa0]of|from)[ \t\xa0][^()\n]{1,60}\)"
            + r"|[A-Z\x22“][^\n]{5,200}?[.!?][ \t\xa0]+(?:(?:File|Staff|Handout|Stock)[ \t\xa0])?(?:Image|Photo|Picture)(?:[ \t\xa0](?:source|credit|via))?[ \t\xa0]*:[ \t\xa0]*[A-Z][\w'’.&-]{0,30}(?:[ \t\xa0]?/[ \t\xa0]?[A-Z][\w'’.&-]{0,30}|[ \t\xa0](?:[A-Z][\w'’.&-]{0,30}|de|of|the|via|and|for|/)){0,6}(?:[ \t\xa0]\([A-Z]{2,6}\))?"
            + r"|(?:All[ \t\xa0])?(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Vv]alues)[ \t\xa0](?:shown|displayed|used)[ \t\xa0]in[ \t\xa0]the[ \t\xa0](?:chart|graph|table)s?[ \t\xa0](?:above|below)[ \t\xa0](?:are|is)[ \t\xa0][^\n]{1,120}"
            + r"|(?-i:[A-Z])[^\n]{10,300}?[.!?][ \t\xa0]+\((?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){0,3})[ \t\xa0]*/[ \t\xa0]*"
            r"(?:AFP|Reuters|AP|Getty[ \t\xa0]Images|Bloomberg|EPA|SIPA|Hans[ \t\xa0]Lucas|MAXPPP|Shutterstock|Xinhua|dpa|Europa[ \t\xa0]Press|EFE|Leemage)\)"
            # a photographer via an agency after the caption: '... in Chicago in 2023. Jane Doe via Getty Images'
            + r"|(?=[^\n]{10,400}?[ \t\xa0]via[ \t\xa0])[A-Z\x22“][^\n]{10,300}?[.!?”\x22][ \t\xa0]+[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3}[ \t\xa0]via[ \t\xa0](?:Getty[ \t\xa0]Images|Reuters|AP|AFP|Bloomberg|Shutterstock|Alamy|Unsplash)"
            + r"|[A-Z\x22“][^\n]{10,300}?[.!?”\x22][ \t\xa0]+(?:(?:File|Staff|Handout|Stock)[ \t\xa0])?(?:Photo|Image|Picture)s?[ \t\xa0](?:by|courtesy[ \t\xa0]of)[ \t\xa0][A-Z][\w'’.&-]{0,30}(?:[ \t\xa0]?/[ \t\xa0]?[A-Z][\w'’.&-]{0,30}|[ \t\xa0](?:[A-Z][\w'’.&-]{0,30}|de|of|the|and|for)){0,5}"
            + r"|[A-Z\x22“][^\n]{10,300}?[.!?”\x22]?[ \t\xa0]*\[(?:Photo|Image|Picture|Video)s?(?:[ \t\xa0]*/[ \t\xa0]*[^\]\n]{1,40}|[ \t\xa0]provided[ \t\xa0]to[ \t\xa0][^\]\n]{1,40})\]"
            # a gallery caption with its expand/collapse toggle: '... Southeast Asian nation. less',
            # '... strengthen the military relations ... more'
            + r"|[A-Z\x22“][^\n]{20,400}?\. less|[A-Z\x22“][^\n]{20,400}?\.\.\. more|[A-Z\x22“][^\n]{20,400}?… more"
            # a credit in brackets after the caption: '... at a securities company in Hanoi. (Photo: VNA)'
            + r"|[A-Z\x22“](?:[^\n.!?]|\.(?![ \t\xa0])){10,200}[.!?”\x22][ \t\xa0]+\((?:Photo|Image|Picture|Illustration)(?:[ \t\xa0]credit)?[ \t\xa0]*:[ \t\xa0]*(?:[A-Z][\w'’.&-]{0,30})(?:[ \t\xa0/][A-Z][\w'’.&-]{0,30}){0,4}\)"
        ),
        description="A numbered photo caption line (Item 1 of 2 [caption] REUTERS/[Name], [1/3] [caption]), anywhere.",
        max_chars=520,
        ignore_case=False,
        examples=(
            'Ein Windrad bei Husum (Symbolbild)',
            'Le siège de la banque à la Défense, le 4 février. (Julien Martin/Hans Lucas)',
            'La directrice générale lors de la présentation des résultats. (Marc Dubois/AFP)',
            "Item 1 of 2 The logo of Norvella Semiconductor is seen at its headquarters in Santa Clara, California, U.S., May 2, 2024. REUTERS/Brittany Hosea-Small/File Photo",
            "[1/3] Traders work on the floor of the New York Stock Exchange (NYSE) in New York City, U.S., March 3, 2025. REUTERS/Brendan McDermid",
            'Open this photo in gallery:Traders on the floor of the Toronto Stock Exchange on March 3.Fred Lum/The Globe and Mail',
            'Workers at the Hitachi plant in Ibaraki. The site will be expanded next year. (Photo by Rie Ishii)',
            'The new Solflare card. Image: Solflare',
            'All figures shown in the chart above are for the last twelve months (LTM) period',
            'Data shown in the chart below is as of 30 June 2025.',
            "Cargo ships at Hai Phong port in northern Vietnam. Photo by VnExpress/Pham Chieu",
            "Mortgage applications fell 4% in the week to Friday. File Photo by Tom Reyes/UPI",
            "Dock workers unload containers at the port of Durban in May. File Picture: Sipho Ndlovu/African News Agency (ANA)",
            "The lobby of a Harbor Savings branch in Boston in 2022. Brian Snyder via Getty Images",
            "Visitors at a trade fair in Guangzhou, Guangdong province, on Oct 15. [Photo/VCG]",
            "A worker checks solar panels at a plant in Ningxia. [Photo provided to China Daily]",
            "Trade Minister Ana Ruiz, right, greets her Chilean counterpart in Lima, Peru, Tuesday, May 6, 2025. The two signed a port accord. less",
            "Trade Minister Ana Ruiz, right, greets her Chilean counterpart in Lima, Peru, Tuesday, May 6, 2025. The two signed a ... more",
            "Traders watch screens at a brokerage in Ho Chi Minh City. (Photo: VNA)",
            "Shipping containers at Cai Mep port. (Photo: Vietnam Plus/Minh Duc)",
        ),
        counterexamples=(
            'Les ventes ont reculé de 3 % (hors effets de change), selon le groupe.',
            "Item 1 of the agenda was the dividend, which shareholders approved by a wide margin.",
            "Item 4 of 10 on the list is a rule on stock buybacks, the regulator said.",
            'The plant was sold in 2019. (Photography by the company was not allowed.)',
            'Sales of the card fell. Image: the brand has suffered, analysts said.',
            "The museum reopened in May. Photo by photo, the archive is being digitised.",
            "The exhibition drew 40,000 visitors. Photos by local artists were the most popular part of the show.",
            "The fund's holdings were sold in March. Morgan Stanley via Reuters reported the sale first.",
            "The bank opened a branch in 2021. File photo by photo, the archive grew.",
            "Analysts expect margins to improve, and costs to rise... more or less in line with sales.",
            "Shoppers bought more. They spent less",
            "Revenue rose 12% in the quarter. (Source: Bloomberg)",
            "Revenue rose 12% in the quarter, beating forecasts. The shares jumped 5% in early trade. (Photo: Reuters)",
        ),
    ),
    Rule(
        id="chrome.update-note",
        category="chrome",
        pattern=(
            r"\((?:updates?|adds|recasts|rewrites|changes|corrects|fixes|refiles|repeats|releads|writethru|new[ \t\xa0]throughout"
            r"|moves|tops|inserts)\b[^()\n]{0,160}\)"
            r"|this[ \t\xa0](?:story|article|post|report|piece|page)[ \t\xa0](?:has[ \t\xa0]been|was|is[ \t\xa0]being|will[ \t\xa0]be)[ \t\xa0]"
            r"(?:updated|corrected|amended|edited|revised|originally[ \t\xa0]published|first[ \t\xa0]published)\b[^\n]{0,240}"
            # a dated note: Updated Mar. 6, 2025 at 3:04 pm ET: Added context on the lockup. (A dated
            # correction says what the story got wrong: the dev set's labellers keep it.)
            r"|(?:updated|update),?[ \t\xa0]+(?:on[ \t\xa0]+)?"
            + DATE_FULL
            + r"(?:,?[ \t\xa0]+(?:at[ \t\xa0]+)?"
            + TIME
            + r")?[ \t\xa0]*[:：][ \t\xa0]*(?![^\n]{0,200}\b(?:said|says|told|according[ \t\xa0]to)\b)[^\n]{1,200}"
            r"|(?:updated|update|correction|clarification)[ \t\xa0]*(?:at|on)[ \t\xa0]*(?:"
            + DATE_FULL
            + r"|"
            + TIME
            + r")[:.]?"
            r"|(?=(?:editor|note|this)\b)(?![^\n]{0,200}\b(?:said|says|cited|ruled|according[ \t\xa0]to)\b)(?:(?:editor['’]?s[ \t\xa0])?note[ \t\xa0]*[:：][ \t\xa0]*)?this[ \t\xa0](?:article|story|post|report|piece|item|column)[ \t\xa0]"
            r"(?:was[ \t\xa0])?(?:originally|first)[ \t\xa0](?:published|appeared|posted|ran|featured)[ \t\xa0](?:on|in|at|by)[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z])[^\n]{0,160}"
            r"|the[ \t\xa0]post[ \t\xa0][^\n]{1,200}?[ \t\xa0](?:appeared[ \t\xa0]first|first[ \t\xa0]appeared)[ \t\xa0](?:on|in)[ \t\xa0][^\n]{1,80}"
            # a syndicated post's dated origin: 'Originally Posted April 1, 2025 – <title>', 'Originally posted March 31, 2025 @ 12:00 pm'
            r"|(?:originally|first)[ \t\xa0](?:published|posted)[ \t\xa0](?:on[ \t\xa0])?"
            + DATE_FULL
            + r"(?:,?[ \t\xa0]*(?:@|at)?[ \t\xa0]*"
            + TIME
            + r")?(?:[ \t\xa0]+[–—-][ \t\xa0]+[^\n]{1,160})?"
            r"|(?![^\n]{0,200}\b(?:said|says|argued|argues|according[ \t\xa0]to)\b)this[ \t\xa0](?:article|story|content|page|post|report)[ \t\xa0](?:was[ \t\xa0](?:published|posted|written|updated)[ \t\xa0]|is[ \t\xa0])"
            r"(?:more[ \t\xa0]than[ \t\xa0]|over[ \t\xa0])?(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t\xa0]"
            r"(?:days?|weeks?|months?|years?)[ \t\xa0](?:ago|old)\b[^\n]{0,160}"
            r"|(?:correction|clarification)[ \t\xa0]*[:：][ \t\xa0]*(?:an[ \t\xa0]earlier|a[ \t\xa0]previous|this)[ \t\xa0](?:version|article|story)[^\n]{0,240}"
            # (a place or a date after it, not a clause: "..., the report was withdrawn" is story)
            r"|[*_]{0,2}(?:originally|first)[ \t\xa0](?:published|posted|appeared)[ \t\xa0](?:at|on|in)[ \t\xa0]"
            r"(?:[^\n,]|,(?=[ \t\xa0]*(?-i:[\dA-Z]))){1,80}?[*_]{0,2}"
            r"|read[ \t\xa0]the[ \t\xa0]original[ \t\xa0](?:article|story|post)[ \t\xa0](?:on|at)[ \t\xa0](?-i:[A-Z])[\w.&'’ -]{1,40}"
            r"|[※＊*]?[ \t\xa0]*(?:本文|本篇|此文)(?:由|經|经)[^\n，,。]{1,20}(?:授權|授权)(?:轉載|转载|刊登|刊載|刊载)[^\n]{0,20}"
            r"|(?=本文)(?![^\n]{0,60}(?:显示|顯示|表示|指出|同比|增长|增長|下降|亿元|億元))本文(?:(?:經|经)(?:授權|授权))?(?:首发于|首發於|来自|來自|转载自|轉載自|来源于|原载于|原載於|编选自|編選自|摘编自|摘編自|整理自|编译自|編譯自|选自|選自)[^\n]{1,60}"
            r"|(?-i:(?:AP|BC)-[A-Z]{2,4}-{1,2}[\w-]{1,80}(?:,[ \t\xa0]*\d{1,2}(?:st|nd|rd|th)[ \t\xa0]Ld[- ]Writethru)?)"
            + r"|\(attn[ \t\xa0]*:[ \t\xa0]*[^()\n]{1,160}\)"
            # ... and its Chinese form: （更新：加入分析师评论）, （更新版：補充公司回應）
            + r"|[（(](?:更新|更新版|已更新)[ \t\xa0]*[：:][ \t\xa0]*(?:加入|增加|新增|补充|補充|更新|修改|修正|更正|添加)[^\n（）()]{1,40}[)）]"
            # A machine-read audio version's note: The audio version of this article is generated by text-to-speech ...
            + r"|(?:the[ \t\xa0])?audio[ \t\xa0]version[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:article|story)[ \t\xa0](?![^\n]{0,200}\b(?:said|says|told)\b)(?:is|was|has[ \t\xa0]been)[ \t\xa0](?:generated|created|produced)[ \t\xa0](?:by|with|using)[^\n]{1,200}"
            + r"|diese[ \t\xa0](?:audioversion|audiofassung|vorlesefunktion)[ \t\xa0]wurde[ \t\xa0][^\n.]{0,40}?(?:generiert|erzeugt|erstellt)\.?(?:[ \t\xa0]+mehr[ \t\xa0]infos?\.?)?"
            + r"|(?:cette|la)[ \t\xa0]version[ \t\xa0]audio[ \t\xa0](?:de[ \t\xa0]cet[ \t\xa0]article[ \t\xa0])?(?:est|a[ \t\xa0]été)[ \t\xa0](?:générée|produite|réalisée)[ \t\xa0][^\n]{0,40}?(?:synthèse|artificielle|automatiquement)[^\n]{0,120}"
            + r"|(?![^\n]{0,260}\b(?:said|says|told|according[ \t\xa0]to)\b)this[ \t\xa0](?:article|story|post)[ \t\xa0][^\n]{1,200}?[ \t\xa0](?:originally|first)[ \t\xa0](?:appeared|was[ \t\xa0]published|published)[ \t\xa0](?:on|at|in)[ \t\xa0](?:https?://)?(?:www\.)?[\w-]{2,40}\.(?:com|net|org|co\.uk|co|io|news)\.?"
            + r"|(?![^\n]{0,260}\b(?:said|says|told|according[ \t\xa0]to)\b)(?:update(?:d)?|correction|editor['’]s[ \t\xa0]note)[ \t\xa0]*[:：][ \t\xa0]*(?:adds|updates|recasts|corrects|changes|removes|clarifies|fixes|includes)\b[^\n]{1,200}?(?:paragraph|graf|headline|story|article|throughout|details|comment|statement)s?\b[^\n]{0,60}"
        ),
        description=(
            "An update or wire-handling note ((Updates with ...), This story has been updated ..., "
            "Updated at 1:23 p.m., AP-US--Trump-Impeachment, 4th Ld-Writethru)."
        ),
        max_chars=280,
        examples=(
            "The audio version of this article is generated by AI-based text-to-speech technology.",
            "Diese Audioversion wurde automatisch erzeugt. Mehr Infos",
            "Cette version audio est générée par synthèse vocale.",
            '(ATTN: ADDS background in paras 5-7; CHANGES headline)',
            "Correction: An earlier version of this article misstated the January output figure.",
            "(Updates with details from the statement, adds analyst comment)",
            "(Adds quotes from the minister)",
            "（更新：加入分析师评论）",
            "（更新版：補充公司回應）",
            "This story has been updated to include comment from the company.",
            "This article was originally published on The Conversation.",
            'The post "Gold Miners Rally as Bullion Tops $3,000" first appeared on Harbor Metals Research.',
            "Originally Posted March 3, 2025 – Why Treasury Yields Are Falling Again",
            "Originally posted Feb 12, 2025 @ 9:30 am",
            "Updated at 1:23 p.m.",
            "AP-US--Trump-Impeachment, 4th Ld-Writethru",
            "BC-EU--Britain-Brexit-Election, 1st Ld-Writethru",
            "本文首发于微信公众号：财经十一人。",
            "This article originally published on Zacks Investment Research (zacks.com).",
            "Note: This item first appeared in Kiplinger Personal Finance, a monthly, trustworthy source of advice and guidance.",
            "本文編選自「智通財經」，作者：陳大文；智通財經編輯：李四。",
            "The post 3 REITs to Buy for Passive Income appeared first on The Motley Fool Canada.",
            "Read the original article on Business Insider",
            "This story was originally featured on Fortune.com",
            "※本文由鉅亨網授權轉載",
            "This article was published more than 6 months ago. Some information may no longer be current.",
            "This article is more than 5 years old",
            "本文經授權轉載自日經中文網（原標題：日圓為何在日銀升息後走弱）",
            "This article Three Dividend Stocks Wall Street Loves Right Now originally appeared on Benzinga.com",
            "UPDATE: Adds comment from the company's chief executive in the fourth paragraph.",
            "Correction: Corrects spelling of the chief financial officer's name in the sixth paragraph.",
            "Updated Apr. 14, 2025 at 11:20 am ET: Added comment from the foundation.",
            "Updated 9 June 2025, 16:05 BST: This story has been updated with the closing price.",
        ),
        counterexamples=(
            "Originally published on Monday, the report was withdrawn after the auditor found errors in two tables.",
            "Correction, Nov. 4, 2024: An earlier version of this story misnamed the fund's first backer. It was Halden Capital.",
            "The audio version of this article was generated by a new AI voice, the broadcaster said.",
            "Attention turned to the bank's capital plans (ATTN is the ticker of another firm, analysts noted).",
            "Updates to the software will roll out in March, the company said.",
            "The report was updated by analysts after the vote.",
            "This article originally published in 2019 was cited in the ruling.",
            "Originally published March 3, 2019, the report was withdrawn after the auditor found errors.",
            "This article is more than 70 years old and needs reform, the minister said.",
            "本文来自公司年报，数据显示营收同比增长36%。",
            "This article of the treaty originally appeared in a 1998 draft, the court noted.",
            'Update: adds 2,000 jobs to payrolls, the statistics office said in its monthly report.',
            "Updated March 6: the regulator said the review would take another month.",
        ),
    ),
    Rule(
        id="chrome.link-line",
        category="chrome",
        pattern=(r"(?:https?://|www\.)[^\s<>\"]{1,250}"),
        description="A line that is only a URL at the head (the page's own address).",
        where=Where.HEAD,
        within=4,
        max_chars=260,
        examples=(
            "https://www.barrons.com/articles/home-depot-stock-earnings-report-51574168486",
            "https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-14848175.php",
        ),
        counterexamples=(
            "The filing is available at https://www.sec.gov, the company said.",
            "Visit www.example.com for the full schedule of events this weekend.",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.dateline-tail",
        category="chrome",
        pattern=(
            r"(?:[-–—•·][ \t\xa0]*)?(?:(?=[^\n]{1,60}[|·])[^|\n]{1,60}?[|·][ \t\xa0]*)?"
            + _STAMP_LABEL
            + r"[ \t\xa0]*[:：]?[ \t\xa0]*\[?[ \t\xa0]*"
            + _STAMP
            + r"[ \t\xa0]*\]?"
            r"(?:[ \t\xa0]*[|/·,–—-][ \t\xa0]*" + _STAMP_PART + r")?"
            r"|\d{4}年\d{1,2}月\d{1,2}日(?:[（(](?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)])?"
            r"|(?:香港|北京|台北|澳門|澳门)?(?:時間|时间)[ \t\xa0]*\d{1,2}[時时:：]\d{1,2}分?"
            + r"|"
            + _STAMP
            + r"[ \t\xa0]*(?:송고|配信|発行|기사입력)"
        ),
        description="A labelled timestamp line at the tail (First Published: Tuesday, November 19, 2019 08:38 AM).",
        where=Where.TAIL,
        within=4,
        max_chars=110,
        examples=(
            "2025年3月7日（星期五）",
            "香港時間16時30分",
            "First Published: Tuesday, November 19, 2019 08:38 AM",
            "Updated: Nov. 19, 2019 at 5:02 p.m.",
            '2024/11/02 17:40 송고',
            'Erstpublikation: 04.02.2025, 09:12 Uhr.',
            'Ultima modifica il 03/02/2025 alle ore 09:05',
        ),
        counterexamples=("Published reports said the deal was worth $2 billion on Nov. 19.",),
        languages=("en", "zh", "pt", "de", "fr", "es"),
    ),
    Rule(
        id="chrome.byline-tail",
        category="chrome",
        pattern=(
            r"(?:[-–—]{1,2}[ \t\xa0]*)?(?i:by)[ \t\xa0]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|June|July|August|September|October|November|December|Christmas|Easter|Then|Now|Contrast|Comparison|Law|Design|Default)\b)"
            r"(?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3})"
            r"(?:(?:[ \t\xa0]*,[ \t\xa0]*|[ \t\xa0]+and[ \t\xa0]+)(?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3})){0,3}"
        ),
        description="The author's name signed off at the end of the story (By Jane Doe), also glued to the last sentence.",
        where=Where.TAIL,
        within=1,
        max_chars=120,
        examples=(
            "By Kenji Watanabe",
            "By Laura Fenwick and Tom Osei",
        ),
        counterexamples=(
            "By March the plant will be running again.",
            "By Friday, the shares had recovered.",
            "By Christmas Eve the queues were gone.",
        ),
    ),
    Rule(
        id="chrome.author-bio",
        category="chrome",
        pattern=(
            NAME
            + r"[ \t\xa0](?:is|was)[ \t\xa0](?:a|an|the|(?:[A-Z][\w.&-]{0,30}[ \t\xa0]){0,2}[A-Z][\w.&'’-]{0,30}['’]s?)[ \t\xa0](?:[\w'’&,-]{1,25}[ \t\xa0]){0,5}"
            r"(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|curator|producer|critic|blogger"
            r"|freelancer|intern|charterholder)s?\b[^\n]{0,250}"
            r"|"
            + NAME
            + r"[ \t\xa0](?:covers|writes[ \t\xa0]about|reports[ \t\xa0]on)[ \t\xa0][^\n]{1,150}?[ \t\xa0](?:for|at)[ \t\xa0][A-Z][^\n]{0,80}"
            r"|\(?(?i:the[ \t\xa0]author[ \t\xa0]is[ \t\xa0]an?)[ \t\xa0][^\n]{1,80}?(?i:columnist|writer|contributor|analyst|editor|fellow|strategist|correspondent)"
            r"(?:[ \t\xa0](?:at|for|with)[ \t\xa0][^\n.]{1,40})?\.?\)?"
            r"|[A-Z][\w'’.\-]{1,25}[ \t\xa0][A-Z][\w'’.\-]{1,25}[ \t\xa0](?:covers|writes[ \t\xa0](?:about|on)|reports[ \t\xa0]on)[ \t\xa0]"
            r"(?![^\n]{0,220}\b(?:his|her|their|its|new|book|novel|said|says|told|according)\b)[a-z][^\n]{2,220}"
            + r"|(?i:about[ \t\xa0]the[ \t\xa0](?:author|writer|contributor|reviewer)s?)[ \t\xa0]*[:：][ \t\xa0]*[^\n]{1,300}|[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,2}[ \t\xa0](?:is|was)[ \t\xa0](?:a|an)[ \t\xa0](?:[\w'’&,-]{1,25}[ \t\xa0]){0,3}(?i:analyst|strategist|economist|trader|commentator|researcher)[ \t\xa0](?:with|who[ \t\xa0]has)[ \t\xa0](?:more[ \t\xa0]than[ \t\xa0]|over[ \t\xa0]|nearly[ \t\xa0]|almost[ \t\xa0])?(?:\d{1,2}|two|three|five|ten|fifteen|twenty)[ \t\xa0](?:years|decades)[^\n]{0,200}"
            + r"|(?-i:[A-Z])[\w.'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}){1,3}[ \t\xa0]is[ \t\xa0](?:a|an)[ \t\xa0](?:[\w.'’&,-]{1,25}[ \t\xa0]){0,5}(?:analyst|strategist|educator|trader|economist|investor|adviser|advisor)[^\n]{0,120}?[ \t\xa0]with[ \t\xa0](?:over|more[ \t\xa0]than|nearly|almost|some)?[ \t\xa0]?\d{1,2}\+?[ \t\xa0]years(?:['’])?[ \t\xa0]of[ \t\xa0]experience[^\n]{0,250}"
            + r"|(?-i:[A-Z][\w'’.-]{1,25}(?:[ \t\xa0][A-Z][\w'’.-]{1,25}){1,3}),[ \t\xa0](?:redattrice|redattore|giornalista|journaliste|periodista|redakteurin|redakteur|rédactrice|rédacteur|jornalista)[ \t\xa0](?:di|de|du|bei|chez|en|da|do)[ \t\xa0](?![^\n]{0,250}(?:ha[ \t\xa0]detto|ha[ \t\xa0]spiegato|a[ \t\xa0]déclaré|a[ \t\xa0]expliqué|dijo|explicó|sagte|erklärte|disse|afirmou))[^\n]{1,250}"
            + r"|(?![^\n]{0,320}\b(?:said|says|told|according|announced)\b)(?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3})[ \t\xa0]joined[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,30}){0,3}[ \t\xa0]in[ \t\xa0](?:(?-i:[A-Z])[a-z]{2,8}[ \t\xa0])?(?:19|20)\d{2}(?:[ \t\xa0]as[ \t\xa0][^\n,]{1,60}?)?,?[ \t\xa0]and[ \t\xa0](?:covers|writes[ \t\xa0](?:about|on)|reports[ \t\xa0]on)[ \t\xa0][^\n]{1,250}"
            + r"|(?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3})[ \t\xa0]has[ \t\xa0](?:covered|written[ \t\xa0]about|reported[ \t\xa0]on)[ \t\xa0][^\n]{1,120}?[ \t\xa0](?:for|at)[ \t\xa0](?-i:[A-Z])[^\n]{0,60}?[ \t\xa0]since[ \t\xa0](?:19|20)\d{2}\b[^\n]{0,250}"
            + r"|(?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3})[ \t\xa0]is[ \t\xa0](?:a|an|the)[ \t\xa0](?:[\w.'’&,-]{1,25}[ \t\xa0]){0,5}(?:reporter|writer|correspondent|editor|columnist|journalist)[ \t\xa0](?:at|for|with)[ \t\xa0](?-i:[A-Z])[^\n]{0,300}"
            # a capitalised role at the site, alone or with the years on the beat: 'Keith Monroe is a Market Analyst at
            # ShareCafe.', 'James Whitcombe is Editor of ETF Express. He has been covering the industry for a decade.'
            + r"|(?-i:[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,2})[ \t\xa0]is[ \t\xa0](?:(?:a|an|the)[ \t\xa0])?(?-i:(?:(?:Senior|Chief|Deputy|Managing|Associate|Executive|Contributing|Lead)[ \t\xa0])?"
            r"(?:(?:News|Business|Markets?|Finance|Online|Digital)[ \t\xa0])?(?:Editor|Reporter|Writer|Correspondent|Journalist)|(?:Senior[ \t\xa0])?Markets?[ \t\xa0]Analyst)"
            r"[ \t\xa0](?:at|of|for|with)[ \t\xa0](?-i:[A-Z])[\w&.'’-]{1,30}(?:[ \t\xa0][\w&.'’-]{1,30}){0,3}\."
            r"(?:[ \t\xa0]+(?-i:He|She|They)[ \t\xa0](?:has|have)[ \t\xa0](?:been[ \t\xa0](?:covering|writing|reporting)|covered|written|reported)[^\n]{1,250})?"
            # the author box's role line: 'Senior Market Strategist, Asia Pacific at OANDA'
            + r"|(?:(?:Senior|Chief|Lead|Head|Principal|Global|Deputy|Managing|Executive|Associate)[ \t\xa0]){0,2}(?:[A-Z][\w&-]{1,20}[ \t\xa0]){0,2}"
            r"(?:Strategist|Analyst|Economist|Editor|Reporter|Correspondent|Writer|Columnist)(?:,[ \t\xa0][A-Z][\w&-]{1,20}(?:[ \t\xa0][A-Z][\w&-]{1,20}){0,2})?"
            r"[ \t\xa0]at[ \t\xa0][A-Z][\w&.'’-]{1,20}(?:[ \t\xa0][A-Z][\w&.'’-]{1,20}){0,3}"
            # where the author works and for how long: Based in Singapore, Daniel has more than 15 years of experience analysing ...
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)Based[ \t\xa0]in[ \t\xa0][A-Z][^\n,]{1,30},[ \t\xa0](?:[A-Z][\w'’-]{1,20}[ \t\xa0]){0,2}(?:he|she|[A-Z][\w'’-]{1,20})[ \t\xa0]has[ \t\xa0]"
            r"(?:(?:more[ \t\xa0]than|over|nearly|almost|some)[ \t\xa0])?\d{1,2}[ \t\xa0]years['’]?[ \t\xa0]of[ \t\xa0](?:experience|expertise)[^\n]{0,250}"
            # a two-sentence bio: [Name] is head of research at [Site], .... Formerly ..., she is a regular contributor to ...
            + r"|" + NAME + r"[ \t\xa0]is[ \t\xa0](?:the[ \t\xa0])?(?:head|director|chief|editor|managing[ \t\xa0]editor|senior[ \t\xa0]editor|research[ \t\xa0]director)(?:[ \t\xa0]of[ \t\xa0][a-z][a-z ]{1,30}?)?[ \t\xa0](?:at|of)[ \t\xa0][A-Z][^\n]{0,160}?\.[ \t\xa0]+"
            r"(?:Formerly|Previously|Before[ \t\xa0]that)[^\n]{1,160}?,[ \t\xa0](?:she|he|they)[ \t\xa0](?:is|was|has[ \t\xa0]been)[ \t\xa0]an?[ \t\xa0](?:regular[ \t\xa0]|frequent[ \t\xa0])?(?:contributor|commentator|columnist|guest)[^\n]{0,150}"
            # A Chinese author box: the beat and where to send tips (关注新能源、储能等领域，新闻线索请联系邮箱：…),
            # and the reporter's title alone on its line (能源行业记者, 資深財經記者).
            + r"|(?:长期|長期|主要|重点|重點)?(?:关注|關注|负责|負責|跟踪|跟蹤|聚焦|专注|專注|主跑|跑)[^\n。]{1,40}?(?:领域|領域|行业|行業|板块|板塊|报道|報導|新闻|新聞|话题|話題|路线|路線)[^\n，,；;。]{0,10}[，,；;。][ \t\xa0]*"
            r"(?:新闻线索|新聞線索|线索|線索|报料|報料|爆料|欢迎|歡迎|如有)?[^\n，,。]{0,16}?(?:联系|聯繫|聯絡|联络|来信|來信|邮箱|郵箱|邮件|郵件)[^\n，,。：:]{0,10}[：:]?[ \t\xa0]*"
            + EMAIL
            + r"[。.]?"
            + r"|[\u4e00-\u9fff]{1,8}(?:行业|行業|领域|領域|频道|頻道|新闻|新聞|财经|財經)(?:资深|資深|高级|高級|首席|特约|特約)?(?:记者|記者|编辑|編輯|主笔|主筆|撰稿人)"
        ),
        description=(
            "An author bio at the tail ([Name] is a reporter at [Outlet] ..., [Name] is [Outlet]'s deal curator ..., "
            "[Name] covers markets for [Outlet])."
        ),
        where=Where.TAIL,
        within=3,
        max_chars=320,
        ignore_case=False,
        examples=(
            "Priya Natarajan is Deputy Editor of Fund Europe. She has been covering asset management since 2014.",
            "Tom Becker is a Markets Analyst at StockTalk.",
            "Chief Currency Strategist, Europe at Harbourline Markets",
            "Senior Analyst at Meridian FX",
            "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.",
            "Lena Hart is The Ledger Post's Asia markets correspondent. Got a tip? Email her at lhart@example.com.",
            "Based in London, Maya has more than 12 years of experience covering currency markets and central banks.",
            "Marcus Bell is head of research at SilverDesk, an online bullion exchange. Previously a metals analyst at a Swiss bank, he is a frequent commentator on CNBC and Bloomberg TV.",
            "Jane Doe is a senior reporter at Reuters covering energy markets.",
            "Marta Ilves joined Argus Media in 2019 and covers European gas and power markets. She previously worked at a utility in Tallinn.",
            "John Roe covers technology for The Daily Star.",
            "Jonathan Shapiro writes on financial markets and investing.",
            "About the author: Spencer Tierney is a consumer banking writer at NerdWallet. His work has appeared in USA Today and the Associated Press.",
            "Bruno Calderon is a commodities analyst with more than 12 years of experience covering energy markets.",
            "James Hyerczyk is a U.S. based seasoned technical analyst and educator with over 40 years of experience in market analysis and trading, specializing in chart patterns and price movement.",
            "Rina Okafor is a senior currency strategist with more than 15 years of experience covering emerging markets.",
            'Marco Rossi, redattore di Soldionline, scrive di mercati e risparmio dal 2015.',
            'Priya Natarajan has covered energy stocks and utilities for MarketWatch since 2019. Before that, she was an analyst at a boutique bank.',
            "Tom Hale is a U.K. equities reporter at The Block covering miners. He holds ETH above the outlet's disclosure threshold.",
            "长期关注银行、保险等金融领域，新闻线索请联系邮箱：wangfang@example.com.cn",
            "主跑半導體與電子產業新聞，歡迎來信：chen.yt@example.com.tw",
            "汽车行业记者",
            "資深財經記者",
        ),
        counterexamples=(
            "Jane Roe is Chief Economist at Acme Bank. She expects two more cuts this year.",
            "Ravi Shah is a Senior Analyst at Citi, and he expects margins to improve.",
            "Chief Economist at Nomura Jane Doe expects two cuts this year.",
            "Smith is the company's chief executive.",
            "The fund was a major contributor to the rally, analysts said.",
            "Jane Smith writes about the dangers of leverage in her new book.",
            "Jane Doe is an analyst with Morgan Stanley, which advised on the deal.",
            "Based in Singapore, Tan has more than 20 years of experience in shipping, the company said.",
            "Mark Dow is a former Treasury economist who now runs a hedge fund in Chicago.",
            "Ana Reyes is head of research at Tidewater Capital. Previously, she said, the team had no dedicated metals analyst.",
            "Jane Okoro joined Barclays in 2018 and covers European banks, the bank said in a statement.",
            'Marco Rossi, redattore di Soldionline, ha detto che i mercati resteranno volatili per mesi.',
            'Jane Doe has covered the losses for the group since 2020, the filing showed.',
            "关注新能源领域的投资者可以联系公司投资者关系部门，邮箱为ir@example.com。",
            "多家财经媒体记者",
        ),
    ),
    # -- credits, copyright, legal ---------------------------------------------------------
    Rule(
        id="chrome.credit-glued",
        category="chrome",
        pattern=(
            r"(?:source[ \t\xa0]*:[ \t\xa0]*(?-i:[A-Z])[\w&.'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&.'’-]{1,25}){0,2}[ \t\xa0]*)?[(\[](?:additional[ \t\xa0]|further[ \t\xa0])?(?:reporting|writing|editing|compiled|compiling|research|edited|written)"
            r"(?:[ \t\xa0]and[ \t\xa0](?:editing|writing|reporting))?[ \t\xa0]+by\b"
            r"|\((?:r[ée]daction|reportage|édité|édition|version[ \t\xa0]française|redacci[oó]n|reporte|editado|edici[oó]n|informaci[oó]n"
            r"|bericht|redigiert|bearbeitet|geschrieben)[ \t\xa0]+(?:de|par|por|von)\b"
            + r"|\((?-i:[A-Z][\w'’.-]{1,25}(?:[ \t\xa0][A-Z][\w'’.-]{1,25}){1,3}),[ \t\xa0]\d{1,2}\.[ \t\xa0]?\d{1,2}\.[ \t\xa0]?\d{2,4}\)"
            + r"|\((?i:by)[ \t\xa0]+(?-i:[A-Z])[\w'’.\-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w'’.\-]{1,25}){0,3}(?:(?:,|[ \t\xa0]and)[ \t\xa0]+(?-i:[A-Z])[\w'’.\-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w'’.\-]{1,25}){0,3}){0,3}"
            r"(?:[ \t\xa0]in[ \t\xa0](?-i:[A-Z])[\w .'’-]{1,30})?;[ \t\xa0]*(?i:editing|edited|writing|additional[ \t\xa0]reporting)[ \t\xa0]+(?i:by)\b"
        ),
        description="An editor credit in parentheses, also glued to the last sentence: (Reporting by ...; Editing by ...).",
        scope=Scope.REST,
        where=Where.TAIL,
        within=8,
        examples=(
            'Source: Reuters (Reporting by Priya Nair in Mumbai; Editing by Mark Heinrich)',
            "(Reporting by Jane Doe; Editing by John Roe)",
            "(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash, editing by Jane Doe)",
            "(Writing by Jane Doe in London; Editing by John Roe)",
            "[Editing by Jorge Mena]",
            "(Rédaction de Jean Dupont, édité par Marc Joanny)",
            "(Redacción de Ana Pérez; editado por Luis Ramos)",
            '(Eric Frey, 12.5.2025)',
            '(By Tomás Herrera; Editing by Jan Harvey)',
        ),
        counterexamples=(
            "(Reporting in the paper was later disputed by the company.)",
            "Reporting by the newspaper prompted an inquiry.",
            "[Reporting in the paper was later disputed.]",
            '(By the end of the year; editing by committee is expected to finish, the board said.)',
        ),
    ),
    Rule(
        id="chrome.credits",
        category="chrome",
        pattern=(
            r"(?:[-–—]{1,2}[ \t\xa0]*)?(?:(?i:(?:additional|further|with)[ \t\xa0])?(?i:reporting|writing|editing|compiled|edited|research|graphics|photos|"
            r"video|production|translation|written|fact-checking)(?i:[ \t\xa0](?:and|&)[ \t\xa0](?:editing|writing|reporting))?(?:[ \t\xa0]+(?i:by)[ \t\xa0]*|[ \t\xa0]*:)"
            r"[ \t\xa0]*"
            + NAMES
            + r"(?:[ \t\xa0]*,[ \t\xa0]*(?-i:CFP|CFA|CPA|ChFC|CLU|RICP|CMT|CAIA|CRPC|AFC|CEPF|MBA|PhD|EA)(?:®|\(R\)|™)?){0,3}"
            + r"(?:[ \t\xa0]+in[ \t\xa0]+[A-Z][\w .]{1,30})?(?:[ \t\xa0]*[;,][ \t\xa0]*|[ \t\xa0]+(?i:and)[ \t\xa0]+)?){1,6}"
            r"|\(?(?i:with[ \t\xa0](?:inputs?|additional[ \t\xa0]inputs?)[ \t\xa0]from)[ \t\xa0](?:(?i:agencies|wires|news[ \t\xa0]agencies)|[A-Z][^\n()]{1,60})\)?"
            r"|\(?(?i:with)[ \t\xa0](?:[A-Z]{2,10}|(?i:agency|agencies|wire|wires))(?:[ \t\xa0](?:and|&)[ \t\xa0][A-Z]{2,10})?[ \t\xa0](?i:inputs?)\)?"
            r"|(?i:reporters?|writers?|editors?|translators?|correspondents?)[ \t\xa0]*:[ \t\xa0]*"
            + NAMES
            + r"|(?i:(?:focus|feature|analysis|news|insight)[ \t\xa0](?:article|story|report|piece)[ \t\xa0]by)[ \t\xa0]+"
            + NAMES
            + r"|(?=[^\n]{1,220}contributed)(?:[^\n.!?]|(?<=\b[A-Z])\.){1,220}?[ \t\xa0](?i:contributed(?:[ \t\xa0]reporting|[ \t\xa0]to[ \t\xa0](?:this|the)[ \t\xa0](?:report|story|article))"
            r"(?:[ \t\xa0](?:from|in)[ \t\xa0][A-Z][^\n]{0,60})?)"
            r"|(?i:our[ \t\xa0]standards[ \t\xa0]*:[ \t\xa0]*the[ \t\xa0]thomson[ \t\xa0]reuters[ \t\xa0]trust[ \t\xa0]principles"
            r"(?:\.?,?[ \t\xa0]*opens[ \t\xa0]new[ \t\xa0]tab)?)"
            r"|(?:[-–—]{1,2}[ \t\xa0]*)?(?i:with[ \t\xa0](?:assistance|help)[ \t\xa0]from)[ \t\xa0]+"
            + NAMES
            + r"(?:[ \t\xa0]*[(,][^\n]{1,40}?\)?)?"
            r"|(?:[-–—]{1,2}[ \t\xa0]*)?(?:(?:[A-Z][\w.&'’-]{0,20}|staff|senior|former|special)[ \t\xa0]){0,4}(?i:writers?|reporters?|correspondents?|journalists?|photographers?|producers?|researchers?)[ \t\xa0]+"
            + NAMES
            + r"(?:[ \t\xa0]+in[ \t\xa0]+[A-Z][\w .]{1,30})?[ \t\xa0]+contributed"
            r"|(?i:\(end\)[ \t\xa0]dow[ \t\xa0]jones[ \t\xa0]newswires)|(?i:compiled[ \t\xa0]by[ \t\xa0])"
            + NAMES
            + r"|(?i:editor[ \t\xa0]?:|editing[ \t\xa0]?:|edited(?:[ \t\xa0]by)?[ \t\xa0]?:)[ \t\xa0]*"
            + NAMES
            + r"|(?i:authori[sz]ed)[ \t\xa0]by[ \t\xa0]+[A-Z][\w'’.-]{1,25}[ \t\xa0][A-Z][\w'’.-]{1,25}\.?"
            + r"|(?i:contributing|contributors?)[ \t\xa0]?:[ \t\xa0]*"
            + NAMES
            + r"(?:[ \t\xa0]*,[ \t\xa0]*(?:The[ \t\xa0])?[A-Z][\w&'’.-]{1,20}(?:[ \t\xa0][A-Z][\w&'’.-]{1,20}){0,3})?\.?"
            + r"|[\[(]?[가-힣]{2,4}[ \t\xa0]?(?:기자|특파원|선임기자|논설위원)[\])]?(?:[ \t\xa0]*(?:[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}))?|[\u4e00-\u9fff\u3040-\u30ff]{1,6}[ \t\xa0\u3000]?[\u4e00-\u9fff\u3040-\u30ff]{0,6}[ \t\xa0]*[:：][ \t\xa0]*[^\n:：]{1,20}?記者|[（(][^\n（()）]{1,20}?[ \t\xa0\u3000]+編集[：:][^\n（()）]{1,20}[)）]"
            + r"|\(?(?i:with[ \t\xa0](?:agency|wire|additional|news[ \t\xa0]agency)[ \t\xa0]inputs)\)?\.?|(?:(?i:reporting|written|words)[ \t\xa0]+)?(?i:by)[ \t\xa0]+[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3}[ \t\xa0]+(?i:at|for)[ \t\xa0]+(?:[A-Z][\w&'’-]{1,25}(?:[ \t\xa0][A-Z][\w&'’-]{1,25}){0,3}|[\w-]{2,30}\.(?i:com|co\.uk|net|org|com\.au|in|io))\.?"
            + r"|(?:[AC-Z][\w'’.\-]{1,25}|B[\w'’.\-]{2,25})(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3}[ \t\xa0]*,[ \t\xa0]*(?:The[ \t\xa0])?(?:Canadian[ \t\xa0]Press|Associated[ \t\xa0]Press|Press[ \t\xa0]Association|AAP|AFP|Reuters|Bloomberg(?:[ \t\xa0]News)?|Dow[ \t\xa0]Jones(?:[ \t\xa0]Newswires)?|Kyodo(?:[ \t\xa0]News)?|Yonhap|Bernama|Xinhua)|(?i:insight|analysis|commentary|opinion|explainer|column|report)[ \t\xa0]+(?i:by)[ \t\xa0]+[A-Z][\w'’.\-]{1,25}(?:[ \t\xa0][A-Z][\w'’.\-]{1,25}){1,3}|\(\([^\n()]{0,40}@[^\n()]{1,120}\)\)"
            + r"|(?:[-—–]{1,3}[ \t\xa0]*)?(?i:written[ \t\xa0]by)[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}){0,3}(?:,[ \t\xa0][A-Z][\w.&'’ -]{1,40}){0,3}(?:[ \t\xa0]for[ \t\xa0][A-Z][\w.&'’ -]{1,30})?"
            + r"|[-—–]{0,2}[ \t\xa0]*(?i:with[ \t\xa0](?:a[ \t\xa0])?reports?[ \t\xa0](?:from|by))[ \t\xa0][^\n]{1,60}"
            + r"|\((?i:by)[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}){0,3}(?:(?:,[ \t\xa0]|[ \t\xa0](?i:and)[ \t\xa0])(?-i:[A-Z])[\w.'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w.'’-]{1,25}){0,3}){0,3}\)"
            + r"|原題[ \t\xa0]*[：:][ \t\xa0]*[^\n]{1,200}"
            + r"|(?:Autor(?:in)?|Auteur|Autore|Autora|A[ \t\xa0]cura[ \t\xa0]di|Por|Par|Von)[ \t\xa0]*:?[ \t\xa0]*(?:Redaktion|Redazione|Redacción|Rédaction|Redactie)(?:[ \t\xa0][\w.:+&-]{1,20}){1,3}"
            + r"|[A-Za-z0-9\u3040-\u30ff\u4e00-\u9fff ・.]{1,20}編集部"
            + r"|[가-힣]{2,4}[ \t\xa0][가-힣A-Za-z]{2,8}[ \t\xa0](?:기자|특파원|선임기자)(?:[ \t\xa0]*[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4})?"
            + r"|[\[(][가-힣A-Za-z0-9]{2,10}[ \t\xa0][가-힣]{2,4}[ \t\xa0]?(?:기자|특파원|선임기자)[\])]"
            + r"|[가-힣]{2,4}(?:[ \t\xa0]?(?:기자|특파원))?[ \t\xa0]*[(（<][ \t\xa0]*[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}[ \t\xa0]*[)）>]"
        ),
        description=(
            "Credit lines anywhere: Reporting by [Name]; Editing by [Name], [Name] contributed to this report, "
            "Our Standards: The Thomson Reuters Trust Principles., (END) Dow Jones Newswires."
        ),
        max_chars=360,
        examples=(
            "Written by Maya Rios, CFP®",
            '[머니투데이 이소연 기자]',
            '박지훈 (jhpark@hankyung.com)',
            '박서연 매경닷컴 기자 sypark@mk.co.kr',
            "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Jane Doe",
            "Additional reporting by Joseph Hudak",
            "Contributing: Kristine Phillips, USA TODAY",
            "Contributors: Jane Doe and John Roe",
            "Keith Bradsher contributed reporting from Hong Kong.",
            "Fox News’ Jessica Napoli contributed to this report.",
            "Associated Press writers Alan Fram, Zeke Miller and Jill Colvin contributed to this report.",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Our Standards:The Thomson Reuters Trust Principles.",
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
            "(END) Dow Jones Newswires",
            "—With assistance from Jonnelle Marte and Liz Capo McCormick.",
            "--With assistance from Muyao Shen.",
            "AP Business Writers Dee-Ann Durbin and Michelle Chapman contributed.",
            "Associated Press writer Jane Doe in Tokyo contributed.",
            "김민수 기자 kms@hankyung.com",
            "[박지훈 기자]",
            "西村 浩之 : 東洋経済 記者",
            "（杉山健太郎　編集：田中志保）",
            "(With agency inputs)",
            "Reporting by Ewan McTeer at Sharecast.com",
            "By Marcus Ellery for Oilprice.com",
            "Craig Lennox, The Canadian Press",
            "Insight by Vanessa Odell",
            "((yousef.khalil@thomsonreuters.com; +971 4 555 1234))",
            "Times staff writer Andrew Khouri contributed to this report.",
            "Edited by: Martin Creamer",
            "Authorised by Scott Phillips.",
            "— Additional reporting: Press Association",
            "Edited ByTan Siew Mung",
            "Reporter: Astrid Faidlatul Habibah, Uyu Septiyati Liman",
            "Focus article by Will Beacham",
            "(With PTI inputs)",
            "--- Written by Christopher Vecchio, CFA, Senior Strategist for DailyFX",
            "Written by Jane Doe",
            "—With a report from Reuters",
            "With reports from AFP and Bloomberg",
            "(By Matthew Hill and Taonga Clifford Mitimingi)",
            "(By Jane Doe, Tom Roe and Kim Lee)",
            '原題：Fed Holds Rates Steady as Inflation Cools（抜粋）',
            'Autor: Redaktion finanzen.ch',
            'A cura di Redazione Borsa Italiana',
            'ZUU online編集部',
        ),
        counterexamples=(
            '한국 증권사 기자 간담회에서 대표는 배당 확대를 약속했다.',
            "Reporting by the newspaper prompted an inquiry into the fund's losses.",
            "Rising rents contributed to the report's gloomy conclusions.",
            "The doctors contributed money and raised more from friends.",
            "With assistance from the IMF, the government plans to restructure its debt.",
            "Rising rents contributed.",
            "Analysis by Goldman Sachs showed margins widening across the sector.",
            "Contributing factors: higher rates and weak demand",
            "Authorized by Congress.",
            "Reporter: Is the company planning more cuts this year?",
            "Written by hand, the letter was delivered to the board on Monday.",
            'Die Redaktion hat den Artikel nach Hinweisen von Lesern korrigiert.',
        ),
        ignore_case=False,
        languages=("en", "ko", "ja"),
    ),
    Rule(
        id="chrome.editor-zh",
        category="chrome",
        pattern=(
            r"(?![（(【\[〔［]?[ \t\xa0\u3000]*(?:数据|數據|资料|資料|图表|圖表)(?:来源|來源))(?:"
            r"(?:【(?:我要)?(?:纠错|糾錯)】[ \t\xa0\u3000]*)?[（(【\[〔［]?(?:[ \t\xa0\u3000]*[\u4e00-\u9fff]{0,4}?(?:"
            + _ZH_CREDIT
            + r"|(?:记者|記者)(?=[ \t\xa0]*[：:]))(?:[/／、]"
            + _ZH_CREDIT
            + r"){0,2}[ \t\xa0]*[：:|丨｜][ \t\xa0]*(?:[^\n：:]{1,40}?|(?=(?:来源|來源|作者|记者|記者|编辑|編輯)[ \t\xa0]*[：:])))"
            r"{1,4}[ \t\xa0]*[）)】\]〕］]?(?:[ \t\xa0]*\d{6,8})?"
            r"|[（(【\[〔［][\u4e00-\u9fff]{0,6}?(?:责任编辑|責任編輯|编辑|編輯|责编|責編|记者|記者|校对|校對|编译|編譯)[ \t\xa0]+[\u4e00-\u9fff·]{2,5}"
            r"(?:[ \t\xa0、]+[\u4e00-\u9fff·]{2,5}){0,2}[）)】\]〕］](?:[ \t\xa0]*\d{6,8})?"
            r"|【(?:记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影|作者)】[ \t\xa0]*[\u4e00-\u9fff·]{2,8}(?:[ \t\xa0\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}"
            # The source in the same brackets, a group and its app: 【来源】南方报业传媒集团南方+客户端.
            r"|【(?:来源|來源|稿源|出处|出處)】[ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9+·]{2,24}"
            # a WeChat account as the source, with its ID: 来源 | 消费新纬度（ID：xfxwd2019）
            r"|(?:来源|來源|转自|轉自)[ \t\xa0]*[：:|丨｜][ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9]{2,16}[ \t\xa0]*[（(](?:微信)?(?:ID|id|微信号|微信號|公众号|公眾號)[ \t\xa0]*[：:][ \t\xa0]*[A-Za-z0-9_-]{3,30}[)）]"
            # an analyst's name and telephone under a market note: SMM铜分析师 何嘉欣 021-20707860
            r"|[\u4e00-\u9fffA-Za-z]{0,10}(?:分析师|分析師|研究员|研究員)[ \t\xa0\u3000]+[\u4e00-\u9fff·]{2,4}[ \t\xa0\u3000]+\+?[\d(][\d\-() ]{6,20}\d"
            r"|[（(][\u4e00-\u9fff·]{0,14}?(?:记者|記者)[ \t\xa0\u3000]?[\u4e00-\u9fff·]{2,7}(?:[ \t\xa0\u3000、]+(?:通讯员|通訊員|实习生|實習生|记者|記者)?"
            + ZH_NAME
            + r"){0,3}[）)]"
            r"|[（(](?:文|作者|撰文|编译|編譯)[ \t\xa0]*[/／|｜：:][ \t\xa0]*[^\n（）()]{1,30}[）)]"
            r"|本文由[^\n，,。]{1,20}?(?:授权|授權)[^\n]{0,100}"
            r"|(?:如对|如對)[^\n]{1,20}?(?:异议|異議|投诉|投訴)[^\n]{0,60}"
            r"|本文(?:出自|摘自|选自|選自|原载于|原載於|转自|轉自|转载自|轉載自)[^\n]{1,40}"
            # the source and the original's link: 本文来源投资界，原文：https://...
            r"|本文(?:来源|來源)(?:于|於)?[ \t\xa0]*[：:]?[ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9]{2,16}[ \t\xa0]*[，,][ \t\xa0]*(?:原文|原文链接|原文鏈接|原文地址|链接|鏈接)[ \t\xa0]*[：:][ \t\xa0]*"
            + URL
            # a WeChat repost's header and the account's ID line: 以下文章来源于投资界，作者 周佳丽; 投资界（ID：pedaily2012）
            + r"|以下文章(?:来源于|來源於)[ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9]{2,16}[ \t\xa0]*(?:[，,][ \t\xa0]*作者[ \t\xa0]*[：:]?[ \t\xa0]*[\u4e00-\u9fffA-Za-z0-9·]{2,16})?"
            r"|[\u4e00-\u9fffA-Za-z0-9]{2,16}[ \t\xa0]*[（(](?:微信)?(?:ID|微信号|微信號|公众号|公眾號)[ \t\xa0]*[：:][ \t\xa0]*[A-Za-z][A-Za-z0-9_-]{2,29}[)）]"
            r"|本文(?:由|系|为|為)[^\n]{1,20}?(?:原创|原創|独家|獨家)[^\n]{0,120}"
            r"|[\u4e00-\u9fffA-Za-z]{0,12}[ \t\xa0\u3000]*(?:原文)?(?:链接|鏈接|网址|網址|原文地址|地址)[ \t\xa0]*[：:][ \t\xa0]*"
            + URL
            # (a brand after the paper's name: 广州日报新花城编辑：, 看看新闻Knews记者：)
            # (or in 《》, or a space before the role: 有線新聞 記者：張嘉欣, 匯流新聞網記者／陳冠宇台北報導)
            + r"|(?:[\u4e00-\u9fff]{1,6}(?:新闻|新聞|报|報|社|网|網|财经|財經|卫视|衛視|电视台|電視台|电台|電台)(?:[\u4e00-\u9fff]{1,4}|[A-Za-z+]{2,10})?|《[\u4e00-\u9fffA-Za-z]{2,12}》)"
            r"[ \t\xa0\u3000]?(?:记者|記者|编辑|編輯|责编|責編)[ \t\xa0]*[：:|丨｜/／][ \t\xa0]*"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,3}"
            + _ZH_PLACE_REPORT
            + r"|(?:[\u4e00-\u9fff]{1,6}(?:新闻|新聞|报|報|社|网|網|财经|財經)(?:[（(][\w.]{4,40}[)）]|[/／][\w+\u4e00-\u9fff]{1,8})?|《[\u4e00-\u9fffA-Za-z]{2,12}》)(?:记者|記者)[ \t\xa0\u3000]+"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,3}"
            + _ZH_PLACE_REPORT
            # the outlet, the reporter and the editor in brackets: （乐居财经 王敏 编辑 李晓）
            + r"|[（(][\u4e00-\u9fff]{1,6}(?:新闻|新聞|报|報|社|网|網|财经|財經|卫视|衛視|电视台|電視台|电台|電台)[ \t\xa0\u3000]+(?:(?:记者|記者)[ \t\xa0\u3000]*)?[\u4e00-\u9fff·]{2,4}"
            r"(?:[ \t\xa0\u3000]+(?:编辑|編輯|责编|責編|校对|校對)[ \t\xa0\u3000：:]*[\u4e00-\u9fff·]{2,4}){1,3}[）)]"
            r"|[（(]本文(?:首发于|首發於|来源于|來源於|转载自|轉載自|来自|來自|原载于|原載於)[^\n]{1,80}[）)]"
            r"|[^\n]{0,40}?(?:來稿請寄|来稿请寄|投稿請寄|投稿请寄|來稿請洽|来稿请洽|投稿請洽|投稿请洽)[ \t\xa0]*[：:]?[ \t\xa0]*"
            + EMAIL
            + r""
            r"|[【\[（(]?(?:如果|如|若)(?:您|你)有(?:新闻|新聞)?(?:线索|線索)[，,][^\n]{0,40}?(?:报料|報料|爆料|联系我们|聯繫我們|聯絡我們)[^\n]{0,100}"
            r"|[\u4e00-\u9fff]{0,8}(?:(?:报料|報料|爆料)(?:信箱|邮箱|郵箱|电邮|電郵)?|新闻热线|新聞熱線|读者热线|讀者熱線|举报电话|舉報電話|违法和不良信息举报(?:电话|邮箱|郵箱|热线|熱線)?|服务热线|服務熱線|客服热线|客服熱線|投稿邮箱|投稿信箱|投稿郵箱)[ \t\xa0]*[：:][ \t\xa0]*(?:[\d+()][\d\-+() ]{4,20}(?![\d\-+()\u4e00-\u9fff])|"
            + EMAIL
            + r"|"
            + URL
            + r")[^\n]{0,48}"
            + r"|[\u4e00-\u9fff]{0,4}(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對)[ \t\xa0\u3000]+"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}"
            + r"|"
            + _ZH_CREDIT
            + r"[ \t\xa0]*[/／][ \t\xa0]*(?:"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}|(?-i:[A-Z][a-z]{1,15}(?:[ \t\xa0][A-Z][a-z]{1,15})?))"
            + r"|[（(][\u4e00-\u9fff]{1,8}?(?:网|網|社|报|報|台)(?:编辑|編輯|责编|責編)"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}[）)]"
            + r"|[（(]?[^\n（）()。，]{2,24}?(?:对此文|對此文|对本文|對本文|对此稿|對此稿)(?:亦|也)?有(?:贡献|貢獻)。?[）)]?"
            + r"|《[ \t\xa0\u3000]*[\u4e00-\u9fff]{2,10}[ \t\xa0\u3000]*》[ \t\xa0\u3000]*[（(][ \t\xa0\u3000]*\d{4}[ \t\xa0]*年[ \t\xa0]*\d{1,2}[ \t\xa0]*月[ \t\xa0]*\d{1,2}[ \t\xa0]*日[ \t\xa0\u3000]*(?:第?[ \t\xa0]*\d{1,3}[ \t\xa0]*版)?[ \t\xa0\u3000]*[）)]"
            + r"|(?:原标题|原標題|原題)[ \t\xa0]*[：:][ \t\xa0]*[^\n]{2,56}"
            + r"|(?:有|有新闻|有新聞)?(?:线索|線索)[、，,]?(?:要|想)?(?:报料|爆料)[？?!！]?(?:[ \t\xa0\u3000]*[^\n]{0,30})?"
            + r"|[（(][A-Za-z0-9\u4e00-\u9fff·]{1,14}[ \t\xa0]*(?:记者|記者)[ \t\xa0]*"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}(?:[ \t\xa0\u3000]*[\u4e00-\u9fff]{0,4}(?:报道|報導|報道))?[）)]|[（(](?:相關|相关|詳細|详细)?(?:報導|报道|新聞|新闻|內容|内容)?(?:見|见|請見|请见|請看|请看)[A-Z]?\d{1,2}(?:版)?[）)]"
            + r"|[\u4e00-\u9fff]{0,8}(?:记者|記者|编辑|編輯)[ \t\xa0\u3000]+[\u4e00-\u9fff][ \t\xa0\u3000][\u4e00-\u9fff](?:[ \t\xa0\u3000、]+(?:[\u4e00-\u9fff][ \t\xa0\u3000][\u4e00-\u9fff]|"
            + ZH_NAME
            + r")){0,3}|[\u4e00-\u9fff]{1,6}(?:网|網|社|报|報|新闻|新聞)(?:编译|編譯|记者|記者|编辑|編輯)"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000]+(?:综合报道|綜合報導|綜合報道|报道|報導))?"
            + r"|[（(](?:记者|記者|编辑|編輯)[ \t\xa0\u3000]+"
            + ZH_NAME
            + r"(?:[ \t\xa0\u3000、]+"
            + ZH_NAME
            + r"){0,2}[）)]"
            + r")"
            + r"|(?:欢迎|歡迎)(?:向|给|給)[^\n，,。]{1,20}?(?:提供|报料|爆料|報料)[^\n]{0,20}?(?:线索|線索|报料|報料|爆料)[^\n]{0,40}"
            + r"|[（(][\u4e00-\u9fff]{2,8}(?:[/／·][\u4e00-\u9fff]{1,6}?){0,2}[/／·]?(?:报道|報道|报导|報導|撰文|采访|採訪)[：:][ \t\xa0]*[\u4e00-\u9fff·]{2,5}(?:[ \t\xa0、]+[\u4e00-\u9fff·]{2,5}){0,2}[）)]"
            + r"|(?:分析师|分析師|研究员|研究員)[ \t\xa0]*[：:][ \t\xa0]*[\u4e00-\u9fff·]{2,4}[ \t\xa0]*(?:SAC)?(?:执业证书编号|執業證書編號|证书编号|證書編號|执业编号|執業編號)[ \t\xa0]*[：:][ \t\xa0]*S\d{8,14}"
            # a magazine's issue the story is from: 出處：Smart智富月刊 第318期, iMoney 智富雜誌第 812 期
            + r"|(?:(?:出處|出处|來源|来源|刊於|刊于)[ \t\xa0]*[：:][ \t\xa0]*)?[《〈]?[\u4e00-\u9fffA-Za-z0-9 \t\xa0]{0,20}?(?:月刊|週刊|周刊|雜誌|杂志)[》〉]?[ \t\xa0]*第[ \t\xa0]*\d{1,5}[ \t\xa0]*期"
            # the author's one-line profile under its label: 作者簡介：陳家駿，零售業顧問…
            + r"|(?:作者简介|作者簡介|作者介绍|作者介紹|关于作者|關於作者)[ \t\xa0]*[：:][ \t\xa0]*[^\n]{2,54}"
            # a futures analyst's licence numbers: 分析师：周甜 从业资格号：F03098765 投资咨询号：Z0019876
            + r"|(?:分析师|分析師|研究员|研究員)[ \t\xa0]*[：:]?[ \t\xa0]*[\u4e00-\u9fff·]{2,4}(?:[ \t\xa0\u3000，,；;]*(?:期货|期貨)?(?:从业资格|從業資格|投资咨询|投資諮詢|交易咨询|交易諮詢)(?:证|證|资格|資格)?(?:号|號|编号|編號)[ \t\xa0]*[：:]?[ \t\xa0]*(?-i:[A-Z])?\d{5,14}){1,3}"
            # the firm's licence for investment advice: 南华期货股份有限公司 投资咨询业务资格：证监许可【2011】1290号
            + r"|[\u4e00-\u9fff]{2,20}?[ \t\xa0\u3000]*(?:期货|期貨|证券|證券)?(?:投资咨询|投資諮詢|交易咨询|交易諮詢)(?:业务|業務)(?:资格|資格)[ \t\xa0]*[：:][ \t\xa0]*[\u4e00-\u9fff]{0,6}[【\[〔（(]?\d{4}[】\]〕）)]?[\u4e00-\u9fff]{0,4}\d{1,6}(?:号|號)"
            + r"|(?:联系人|聯繫人|聯絡人)[ \t\xa0]*[：:][ \t\xa0]*[\u4e00-\u9fff·]{2,4}$"
            + r"|(?:报料|報料|爆料)(?:热线|熱線|电话|電話|邮箱|郵箱|专线|專線)[ \t\xa0]*[：:][ \t\xa0]*(?:[\d+(][\d\-+() ]{5,20}|" + EMAIL + r")"
            + r"|(?:上文|本文|此文|原文)(?:已|曾)?(?:刊登於|刊登于|刊於|刊于|原刊於|原刊于|首刊於|首刊于|原載於|原载于|刊发于|刊發於|刊发在|刊發在|載於|载于|發表於|发表于|首发于|首發於)[^\n]{1,50}"
            # News-tip channels by handle: 报料微信关注：ihxdsb，报料QQ：3386405712】 (the tail of a bracketed tip prompt).
            + r"|[\u4e00-\u9fff]{2,8}(?:[/／·][\u4e00-\u9fff]{1,6}?){0,2}[/／·](?:报道|報道|报导|報導|撰文|采访|採訪)[：:][ \t\xa0]*[\u4e00-\u9fff·]{2,5}(?:[ \t\xa0、]+[\u4e00-\u9fff·]{2,5}){0,2}"
            + r"|[（(][\u4e00-\u9fff·]{0,10}?(?:记者|記者)[ \t\xa0\u3000]?[\u4e00-\u9fff·]{2,4}[／/][\u4e00-\u9fff]{2,8}?(?:综合报道|綜合報導|报道|報導|報道)[）)]"
            + r"|(?:举报|舉報)(?:邮箱|郵箱|信箱|电邮|電郵)[ \t\xa0]*[：:][ \t\xa0]*" + EMAIL
            + r"|[（(]?(?:本文)?作者(?:为|為|系)[^\n，,。（）()]{2,30}?(?:教授|研究员|研究員|分析师|分析師|学者|學者|经济学家|經濟學家|专栏作家|專欄作家|评论员|評論員|顾问|顧問|律师|律師|院长|院長|合伙人|合夥人|主任)[。]?[）)]?"
            + r"|(?:(?:报料|報料|爆料)(?:微信|QQ|qq|邮箱|郵箱|电邮|電郵|热线|熱線|电话|電話|专线|專線|微博)(?:关注|關注|号|號)?[ \t\xa0]*[：:][ \t\xa0]*[A-Za-z0-9_@.\-]{3,40}[，,；; \t\xa0]*){1,4}[】\]）)]?"
        ),
        description="Chinese editor, proofreader and source credits (责任编辑：[Name], 编辑：, 来源：), anywhere.",
        max_chars=60,
        examples=(
            "《中國新聞周刊》記者 李清 陳默",
            "来源 | 财经早餐（ID：cjzc2020）",
            "本文来源36氪，原文：https://36kr.com/p/2918374651",
            "以下文章来源于晚点LatePost ，作者 李曼",
            "以下文章来源于财经十一人",
            "华尔街见闻（ID：wallstreetcn）",
            "SMM锌分析师 王思琪 021-51666711",
            "【作者】 王海鹏 李雯雯",
            "文章地址：https://www.example-ev.com/news/hangye/120045",
            "客服热线：95588　信用卡中心：400-669-5566",
            '本文刊登於《信報月刊》，點擊此處閱讀更多。',
            '報料熱線：2999 1234',
            '报料电话：0571-85100000',
            "（长江日报记者李萌 通讯员周婷）",
            "（文/盖世汽车 Elaine）",
            "记者：王小明",
            "每经记者：刘思远　每经编辑：陈俊杰",
            "证券时报记者 张三 实习生 李四",
            "澎湃新闻记者 王琳琳",
            "北京商报记者 刘思远 陈佳",
            "责任编辑：张三",
            "（责任编辑：李四）",
            "编辑：王五",
            "来源：新浪财经",
            "責任編輯：陳大文",
            "本文来源：证券时报 作者：王五",
            "编辑/审核：李四、王五",
            "（编辑 夏军雄）",
            "（财联社记者 王平安）",
            "（編輯：林家嫻）1140305",
            "链接：https://xueqiu.com/1234567890/310000000",
            "每经编辑 毕陆名",
            "版面编辑：刘潇",
            "界面新闻记者 | 张三",
            "澎湃新闻报料：021-962866",
            "（鉅亨網編輯林羿君）",
            "（财新记者 杜涵对此文亦有贡献）",
            "《 人民日报 》（ 2025年04月15日 02 版）",
            "《经济日报》（2025年3月2日 第05版）",
            "原标题：两部门：加快推进设备更新贷款贴息政策落地",
            "【我要纠错】 责任编辑：陈曦",
            "违法和不良信息举报电话：010-88387100　举报邮箱：jubao@chinanews.com.cn",
            "有线索、要报料？",
            "(MoneyDJ新聞 記者王怡茜報導)",
            "（相關報導見A3）",
            "违法和不良信息举报邮箱：qszg@stcn.com",
            "经济日报记者 刘 慧",
            "鉅亨網編譯陳韻涵 綜合報導",
            "财新记者王喆对本文亦有贡献。",
            "（記者 李潔儀）",
            "（鉅亨網記者魏宇辰台北）",
            "责编：王静静 | 审核：李震 | 监审：万军伟",
            "（齐鲁晚报·齐鲁壹点记者 刘通 通讯员 王晓）",
            "华夏时报（www.chinatimes.net.cn）记者 卢梦雪 北京报道",
            "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。】",
            "采写：南都N视频记者 何芊 实习生 梁嘉欣",
            "（赣南日报全媒体记者 钟 华）",
            "〔责任编辑：李 静〕",
            "审核：彭 勇　｜　值班主任：罗 斌",
            "（21世纪经济报道记者 唐 婧 广州报道）",
            "（MoneyDJ新聞 記者 王 怡茹 報導）",
            "本文转自微信公众号“财富管理观察”，已获授权。",
            "责任编辑：李芳  实习生：宋立",
            "欢迎向南都N视频提供新闻线索，一经采用将支付报料费。",
            "（星洲日报/财经·报道：林慧琪）",
            "（南洋商报·报道：陈志明）",
            "东森新闻 記者：林佩君",
            "（新浪财经 刘洋 编辑 陈静）",
            "民视新聞網記者／黃志明高雄報導",
            "《财经》记者 张伟 | 上海报道",
            "分析师：周雨晴 执业证书编号：S0350522080003",
            "联系人：何嘉琪",
            "（撰文：張梓敏）",
            "深圳特区报读创编辑：林晓",
            "东方卫视Knews记者：陈立 周敏",
            "第一财经Yicai编辑：孙琪",
            "原文刊於《信報財經月刊》第562期",
            "本文已刊发于3月2日出版的《证券市场周刊》，文中所涉个股不构成买卖建议。",
            "责编：孙立 | 审核：王涛 | 总监：陈国强",
            "責任編輯：林志明 | 審稿：黃美玲",
            "南洋商報／報道：陳慧敏",
            "撰文者：黃怡婷",
            "举报邮箱：report@example.com.cn",
            "（記者 陳怡君／台中報導）",
            "（本文作者为复旦大学经济学院副教授）",
            "来源：作者：新华日报 陈立新",
            "來源：作者：聯合報 林俊宏",
            "【来源】羊城晚报羊城派客户端",
            "【來源】星島日報",
            "報料微信：hkdaily88，報料電郵：tips@example.com.hk",
            "爆料信箱：tips@example-news.tw",
            "编辑/Jacky",
            "編輯／Lily Chan",
            "研究员：吴昊 期货从业资格号：F3056789 交易咨询号：Z0014123",
            "分析師 林宏 從業資格號：F0301234",
            "永安期货股份有限公司 期货投资咨询业务资格：证监许可【2011】1288号",
            "出處：今周刊 第1452期",
            "Money錢雜誌第 205 期",
            "作者简介：王立新，资深证券分析师，曾任某券商研究所所长。",
        ),
        counterexamples=(
            "《中国经济周刊》记者就此专访了某高校财税研究所所长孟庆和。",
            "该公司于2011年取得投资咨询业务资格，目前有分析师23人。",
            "该杂志第12期的封面报道引发热议。",
            "分析师 张明 13日表示，铜价仍有上行空间。",
            '該文刊登於《自然》期刊後，引起市場廣泛關注。',
            "编辑部表示，将继续关注此事的进展。",
            "来源于市场的压力正在加大，分析师认为这一趋势将持续。",
            "编辑/审校是出版流程中的重要环节，该公司计划在今年引入AI辅助。",
            "（记者 从现场获悉，救援仍在进行）",
            "有网友爆料：该餐厅使用过期食材。",
            "（该报总编辑表示将继续关注此事。）",
            "《人民日报》2025年4月15日刊发评论员文章，呼吁稳外贸。",
            "原标题中的“暴涨”一词被监管部门认定为误导投资者。",
            "数据来源：公司财报、CNNIC",
            "資料來源：市調機構、經濟日報整理",
            "（记者注意到，该公司股价已连续三日下跌）",
            "总监：我们今年的目标是把海外营收占比提高到三成。",
            "作者为了写这本书走访了二十多个县，耗时三年。",
            "（記者 林佳慧／高雄報導）高雄港今年前5月貨櫃裝卸量年增8%，創同期新高。",
            # A hotline number running on into the sentence is the story's.
            "该平台举报电话：010-12345678已开通，一周内收到线索200余条。",
            "以下文章来源于公司年报的管理层讨论部分，经记者整理。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="chrome.copyright",
        category="chrome",
        pattern=(
            r"(?![^\n]{0,200}?(?=[法判審审認认訴诉起賠赔律原被])(?:法院|判[決决]|[審审]理|[認认][為为]|[訴诉][訟讼]|起[訴诉]|[賠赔][償偿]|律[師师]|原告|被告))(?:"
            r"(?:"
            + COPY_MARK
            + r"[ \t\xa0]*(?i:copyright)?|(?i:copyright)[ \t\xa0]*"
            + COPY_MARK
            + r")[^\n]{0,300}"
            r"|(?i:copyright)[ \t\xa0]*(?:\d{4}(?:[-–]\d{2,4})?|(?:[A-Z][\w&.,'’-]{0,40}[ \t\xa0]){1,6}\d{4}(?:[-–]\d{2,4})?)[^\n]{0,300}"
            r"|(?i:all[ \t\xa0]rights[ \t\xa0]reserved)[^\n]{0,300}"
            # the owner and its company suffix, no year: Copyright The Jiji Press, Ltd.
            r"|\[?(?i:copyright)[ \t\xa0]+(?:(?i:the)[ \t\xa0]+)?(?:[A-Z][\w&.'’-]{0,30}[ \t\xa0]){1,5}?[A-Z][\w&'’-]{0,30},?[ \t\xa0](?:Ltd|Limited|Inc|LLC|Co|Corp|Corporation|PLC|plc|GmbH|AG|S\.A|SA|Pte|Bhd|K\.K)\.?\]?"
            # a site name, a bar, and 'Copyright by <Owner>': Korea Herald | Copyright by The Korea Herald. All rights reserved.
            r"|(?=[^\n]{0,60}?(?:[Cc]opyright|COPYRIGHT)[ \t\xa0](?i:by)[ \t\xa0])(?![^\n]{0,200}\b(?i:said|says|ruled|court|judge|told|expired|expires|lawsuit)\b)(?:[^\n|]{1,40}[ \t\xa0]*\|[ \t\xa0]*)?(?i:copyright[ \t\xa0]by)[ \t\xa0]+(?:(?i:the)[ \t\xa0]+)?(?-i:[A-Z])[^\n]{0,160}"
            r"|(?i:all[ \t\xa0](?:content|material|text|articles?|rights)(?:[ \t\xa0]on[ \t\xa0]this[ \t\xa0](?:site|website))?[ \t\xa0]*(?:is[ \t\xa0]|are[ \t\xa0])?)(?:"
            + COPY_MARK
            + r"|(?i:copyright))[^\n]{0,300}"
            r"|(?i:(?:unauthori[sz]ed[ \t\xa0])?(?:reproduction|republication|redistribution|reproducing|republishing))(?![^\n]{0,200}\b(?i:said|says|ruled|court|judge|told|according|law|bill)\b)(?i:(?:[ \t\xa0](?:in[ \t\xa0]whole[ \t\xa0]or[ \t\xa0]in[ \t\xa0]part|of[ \t\xa0]this[ \t\xa0](?:article|content|material)))?[ \t\xa0](?:is[ \t\xa0])?(?:strictly[ \t\xa0])?(?:prohibited|forbidden|not[ \t\xa0]permitted))(?:[ \t\xa0]without[^\n]{0,120}|[.!]?)"
            # A name before the mark, not a sentence of the story glued to it ('… l'année.Copyright © 2025').
            r"|(?=[^\n]{1,80}?[ \t\xa0]" + COPY_MARK + r")(?:[^\n©.!?]|[.!?](?![ \t\xa0]*[A-Z])){1,80}?[ \t\xa0]" + COPY_MARK + r"[ \t\xa0]*\d{4}[^\n]{0,120}"
            r"|(?i:this[ \t\xa0]material[ \t\xa0]may[ \t\xa0]not[ \t\xa0]be[ \t\xa0]published,?[ \t\xa0]broadcast,?[ \t\xa0]rewritten,?[ \t\xa0]or[ \t\xa0]redistributed)"
            r"[^\n]{0,80}"
            # 'This material, and other digital content on this website, may not be reproduced, published, ...'
            r"|(?i:this[ \t\xa0]material,[ \t\xa0]and[ \t\xa0]other[ \t\xa0](?:digital[ \t\xa0])?content[ \t\xa0]on[ \t\xa0]this[ \t\xa0](?:web[ \t\xa0]?)?site,[ \t\xa0]may[ \t\xa0]not[ \t\xa0]be[ \t\xa0](?:reproduced|published))"
            r"[^\n]{0,240}"
            r"|(?i:this[ \t\xa0]copy[ \t\xa0]is[ \t\xa0]for[ \t\xa0]your[ \t\xa0]personal,?[ \t\xa0]non-?commercial[ \t\xa0]use[ \t\xa0]only)[^\n]{0,300}"
            # a reuse notice: 'If you would like to reproduce or redistribute any of the content found on <Site>, ... contact us at ...'
            r"|(?i:if[ \t\xa0]you[ \t\xa0](?:would[ \t\xa0]like|wish|want)[ \t\xa0]to[ \t\xa0](?:reproduce|republish|redistribute|reprint|syndicate))(?![^\n]{0,300}\b(?i:said|says|told)\b)[^\n]{1,120}?(?i:content|articles?|material|stories)[^\n]{0,300}"
            r"|(?i:distribution[ \t\xa0]and[ \t\xa0]use[ \t\xa0]of[ \t\xa0]this[ \t\xa0]material[ \t\xa0]are[ \t\xa0]governed[ \t\xa0]by)[^\n]{0,200}"
            r"|(?=[^\x00-\x7f]|\d)(?![“「『‘])(?![^\n]{0,60}(?:律师|律師|这句话|這句話|法院|判决|判決|裁定|认定|認定|起诉|起訴|诉讼|訴訟|侵权(?!必究)|侵權(?!必究)|表示|指出|争议|爭議|纠纷|糾紛))(?:"
            r"(?:(?:[^\x00-\x7f\s\d]|\d{1,4}[^\x00-\x7f]|[A-Za-z]{1,12}[^\x00-\x7f\s\d])[^\n]{0,80}?)?(?:版权所有|版權所有|(?:著作权|著作權|知识产权|知識產權|版权|版權)(?:均|皆)?(?:归|歸|属于|屬於|属|屬)(?![属屬])[^\n，,。]{1,24}?(?:所有|。|\Z)|(?:著作权|著作權|知识产权|知識產權|版权|版權)(?:为|為)[^\n，,。]{1,30}?(?:所有|持有))[^\n]{0,80}"
            r"|(?:如需|如要|如有意愿|如有意願|如欲|若需|若要|若欲)(?:获得|獲得|取得)?(?:授权|授權|转载|轉載)[^\n]{0,80}"
            # a labelled rights notice: 中国日报网版权说明：凡注明…, 版權保護：本網登載的內容…
            r"|(?:[\u4e00-\u9fffA-Za-z]{2,10})?(?:版权说明|版權說明|版权保护|版權保護|版权申明|版權申明|版权提示|版權提示|转载说明|轉載說明|转载须知|轉載須知)[ \t\xa0]*[：:][^\n]{0,400}"
            # 凡来源注明北极星*网的内容为北极星原创，转载需获授权。
            r"|凡(?:来源|來源|出处|出處)?(?:注明|註明|标明|標明|署名)[^\n]{1,40}?(?:原创|原創|版权|版權)[^\n，,；;]{0,10}[，,；;][^\n]{0,10}?(?:转载|轉載)[^\n]{0,80}"
            r"|凡(?:本网|本網|本站|本报|本報|本刊)[^\n]{0,40}?(?:作品|稿件|文章|内容|內容)[，,]?[^\n]{0,20}?(?:版权|版權|著作权|著作權)[^\n]{0,160}"
            r"|(?:欢迎|歡迎)(?:转载|轉載|转发|轉發|分享)[，,]?(?:但)?(?:请|請|须|須)(?:注明|註明|保留)[^\n]{0,40}"
            r"|(?:转载|轉載)(?:与|與|及|和|或)(?:合作|商务合作|商務合作)[^\n]{0,8}?(?:可|请|請)?(?:联系|聯繫|聯絡)[^\n]{0,60}"
            r"|(?:不得|禁止|严禁|嚴禁|請勿|请勿)(?:任意|擅自)?(?:转载|轉載|重製|重制|复制|複製)(?:[、，,及和与與或]{1,2}(?:重製|重制|复制|複製|散佈|散布|改编|改編|摘编|摘編|转载|轉載|使用|公開播送|公开播送|镜像|鏡像)){0,4}"
            r"|(?:授权|授權)?(?:转载|轉載)(?:合作)?(?:联系|聯繫|聯絡)(?:人|方式|电话|電話)?[：:][^\n]{0,60}"
            r"|(?:刊用|转载|轉載|使用|引用)[^\n]{0,12}?(?:务经|務經|须经|須經|需经|需經|应经|應經|请经|請經)(?:书面|書面)?(?:授权|授權|许可|許可|同意)[^\n]{0,30}"
            r"|(?:[^\x00-\x7f][^\n]{0,30})?[未非][经經](?:[^\n，,。]{0,16}?(?:正式|书面|書面|本报|本報|本网|本網|协议|協議|报社|報社|社))?(?:授权|许可|允许|書面授權|书面授权|授權|許可|允許|同意)[,，]?[^\n]{0,10}(?:不得|禁止|严禁|請勿|请勿|嚴禁)[^\n]{0,10}(?:转载|轉載|复制|複製|使用|摘编|摘編)[^\n]{0,60}"
            r")"
            r"|(?:[^\x00-\x7f][^\n]{0,40})?(?:转载请|轉載請)(?:注明|联系|保留|註明|聯繫)[^\n]{0,60}|무단[ \t\xa0]?전재[^\n]{0,40}"
            # The pointer to the reprint terms after a rights line: 详情见转载须知。
            r"|(?:详情|詳情|具体|具體)?(?:见|見|请见|請見|请参阅|請參閱|参见|參見)(?:本站)?(?:《)?(?:转载须知|轉載須知|转载说明|轉載說明|版权声明|版權聲明)(?:》)?[。.]?"
            + r"|(?=[^\n]{0,80}?(?=[dRr])(?:droits|derechos|direitos|diritti|riservata|[Rr]echte|rechten))(?![^\n]{0,60}[„“\x22«»‚「『])(?![^\n]{0,200}(?i:gericht|urteil|klage|tribunal|juge|tribunale|procès|demanda|ação|rechter|判決|裁判|법원))(?:[^\n.!?。！？]|\.(?=\w)){0,60}?"
            r"(?:[Tt]ous[ \t\xa0]droits[ \t\xa0](?:de[ \t\xa0]reproduction[ \t\xa0])?réservés|[Tt]odos[ \t\xa0]los[ \t\xa0]derechos[ \t\xa0]reservados"
            r"|[Tt]odos[ \t\xa0]os[ \t\xa0]direitos[ \t\xa0]reservados|[Tt]utti[ \t\xa0]i[ \t\xa0]diritti[ \t\xa0]riservati|[Rr]iproduzione[ \t\xa0]riservata"
            r"|[Aa]lle[ \t\xa0][Rr]echte[ \t\xa0]vorbehalten|[Aa]lle[ \t\xa0]rechten[ \t\xa0]voorbehouden)[^\n]{0,120}"
            r"|[\[(<＜〈《]?[ \t\xa0]*(?:ⓒ|©|\([cC]\)|저작권자[ \t\xa0]*(?:ⓒ|©|\([cC]\))?)(?:[^\n.!?。！？]|\.(?=\w)){0,80}?(?:무단[ \t\xa0]?전재|재배포)[^\n]{0,80}"
            r"|제보는(?:[^\n.!?。！？]|\.(?=\w)){0,40}?(?:카카오톡|이메일|전화)[^\n]{0,160}"
            r"|(?![^\n]{0,30}[「『“])[^\n。！？]{0,40}?無断(?:転載|複製|転用)[^\n。！？]{0,30}?(?:禁じます|禁止(?:します)?|を禁ず)[^\n]{0,40}"
            + r"|<[ \t\xa0]*(?i:copyright)[ \t\xa0]+(?i:by)[ \t\xa0]+[^\n<>]{2,60}>|(?i:no[ \t\xa0]content|no[ \t\xa0]part[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:publication|report|article|material|website))[^\n]{0,400}?(?i:without[ \t\xa0]the[ \t\xa0]prior[ \t\xa0]written[ \t\xa0](?:permission|consent))[^\n]{0,200}"
            + r"|[^\n]{0,20}?(?:版权作品|版權作品)[，,]?[ \t\xa0]*(?:请勿|請勿|未经授权不得|未經授權不得|严禁|嚴禁|禁止)(?:转载|轉載)[^\n]{0,20}"
            # A publisher's rights statement: 券商中国……对该平台所刊载的原创内容享有著作权，未经授权禁止转载。
            + r"|[^\n]{0,80}?(?:享有|拥有|擁有|依法享有)(?:著作权|著作權|版权|版權)[，,。；;]?[ \t\xa0]*[未非][经經][^\n，,。]{0,16}?(?:授权|授權|许可|許可|同意)[，,]?[^\n，,。]{0,10}?(?:不得|禁止|严禁|嚴禁|請勿|请勿)[^\n，,。]{0,10}?(?:转载|轉載|复制|複製|摘编|摘編)[^\n]{0,60}"
            + r")"
            + r"|[\u4e00-\u9fffA-Za-z]{2,10}(?:原创|原創)(?:稿件|文章|內容|内容)[，,][^\n]{0,10}?(?:转载|轉載)[^\n]{0,60}"
            # where the pictures come from, and whom to ask to take them down: 文中图片源自互联网，如有侵权请联系…删除
            + r"|(?:文中|本文|文内|文內|文章)?(?:部分)?(?:图片|圖片|配图|配圖|图文|圖文|素材)(?:均)?(?:源自|来自|來自|来源于|來源於|取自|选自|選自)(?:互联网|互聯網|网络|網絡|網路)[，,][ \t\xa0]*(?:如有|若有|如涉及|如涉|若涉及)(?:侵权|侵權|版权问题|版權問題)[^\n]{0,80}"
            + r"|(?:[Qq]ueda|[Ee]st[áa])[ \t\xa0](?:expresamente[ \t\xa0]|totalmente[ \t\xa0])?prohibida[ \t\xa0]la[ \t\xa0](?:reproducci[óo]n|redistribuci[óo]n|difusi[óo]n)(?![^\n]{0,200}(?i:tribunal|juez|dijo|según|afirmó))[^\n]{0,400}"
            + r"|[ÉéÈè][ \t\xa0](?:expressamente[ \t\xa0]|severamente[ \t\xa0])?(?:proibida|vietata)[ \t\xa0](?:a[ \t\xa0]|la[ \t\xa0])?(?:reprodução|riproduzione|redistribuição|redistribuzione)[^\n]{0,300}"
            + r"|(?:[A-Z][\w&.,'’ -]{0,40}?[ \t\xa0])?(?:[Nn]o|NO)[ \t\xa0](?:reproduction|REPRODUCTION)[ \t\xa0](?:without|WITHOUT)[ \t\xa0](?:prior[ \t\xa0])?(?:written[ \t\xa0])?(?:permission|PERMISSION)\.?"
            + r"|Hier[ \t\xa0]können[ \t\xa0]Sie[ \t\xa0]die[ \t\xa0](?:Nutzungs)?[Rr]echte[ \t\xa0]an[ \t\xa0]diese[mr][ \t\xa0](?:Artikel|Beitrag)[ \t\xa0](?:erwerben|kaufen)\.?"
            + r"|(?:[Aa]ll[ \t\xa0])?[Rr]ights[ \t\xa0]reserved[ \t\xa0]*[:.;][ \t\xa0]*[Nn]o[ \t\xa0]reproduction[ \t\xa0]without[ \t\xa0](?:prior[ \t\xa0])?(?:written[ \t\xa0])?permission\.?"
            + r"|(?=[^\n]{2,66}?[ \t\xa0](?:is|are)[ \t\xa0](?:a[ \t\xa0])?[Rr](?:egistered|EGISTERED)[ \t\xa0])"
            r"(?![^\n]{0,200}\b(?:said|says|told|sued|lawsuit|court|according)\b)(?:The[ \t\xa0])?[A-Z][\w&.,'’ -]{1,60}?[ \t\xa0](?:is|are)[ \t\xa0](?:a[ \t\xa0])?(?:registered|Registered|REGISTERED)[ \t\xa0](?:trademarks?|Trademarks?|TRADEMARKS?)[ \t\xa0]of[ \t\xa0][A-Z][\w&.,'’ -]{1,50}?(?:Inc|LLC|Ltd|Limited|Corp(?:oration)?|plc|PLC|L\.P|S\.A|AG|GmbH)\.?"
            + r"|(?:[A-Za-z0-9-]{1,20}\.){1,3}[A-Za-z]{2,6}[\u4e00-\u9fff]{0,6}[ \t\xa0\u3000]*(?:版权所有|版權所有)[^\n]{0,40}"
            + r"|(?i:(?:licen[cs]e|permit)[ \t\xa0]for[ \t\xa0](?:publishing|disseminating|providing|transmitting)[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,4}(?:online|on[ \t\xa0]the[ \t\xa0]internet|services?)[ \t\xa0]*:?[ \t\xa0]*(?:no\.?[ \t\xa0]*)?)\d{5,}"
            # a Vietnamese press licence: Licence No. 1286/GP-BTTTT issued by the Ministry of Information and Communications
            + r"|(?i:(?:press[ \t\xa0])?licen[cs]e[ \t\xa0](?:no\.?|number)[ \t\xa0]*:?[ \t\xa0]*)\d{1,5}/(?:GP|QĐ|GPHĐ)-[A-ZĐ]{2,10}(?:[ \t\xa0,]+[^\n]{0,160})?"
        ),
        description=(
            "A copyright or rights line (© 2023, Nasdaq, Inc. All Rights Reserved., Copyright 2024 The Associated "
            "Press. All rights reserved. This material may not be published ..., 版权所有, 未经授权不得转载)."
        ),
        max_chars=400,
        examples=(
            "If you would like to reproduce or redistribute any of the content found on FXDesk, please access the RSS feed or contact us at desk@example.com.",
            "人民网版权说明：凡注明“人民网”的作品，其他网站如需使用，须与本网联系。",
            "凡来源注明财联社的内容均为财联社原创，转载需注明出处。",
            "文中部分图片来自网络，如有侵权请联系我们删除。",
            "Seoul Ledger | Copyright by The Seoul Ledger. All rights reserved.",
            "Copyright by Herald Corporation",
            'am730.com.hk 版權所有 不得轉載',
            'on.cc東網 版權所有',
            "© 2023, Nasdaq, Inc. All Rights Reserved.",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed.",
            "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.",
            "copyright Inexhibit 2019 - ISSN: 2283-5474",
            "Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지",
            "(c) Copyright Thomson Reuters 2019.",
            "版权所有 © 新华网",
            "本文为原创内容，未经授权，不得转载。",
            "转载与合作可联系证券时报小助理，微信ID：SecuritiesTimes",
            "如有意愿转载，请发邮件至hello@caixin.com，获得书面确认及授权后，方可转载。",
            "不得轉載、重製及散佈",
            "欢迎转载，请注明出处",
            "21世纪经济报道及其客户端所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。",
            "财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。",
            "※ 文章未經授權，請勿轉載",
            "This copy is for your personal, non-commercial use only.",
            "elEconomista.es - Todos los derechos reservados",
            "Riproduzione riservata ©",
            "©2025 AOF - Tous droits de reproduction réservés par AOF.",
            "[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]",
            "＜ⓒ종합 경제정보 미디어 머니투데이 - 무단전재 & 재배포 금지＞",
            "제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
            "記事の無断転載を禁じます。",
            "<Copyright by Yonhap News Agency>",
            "No part of this publication may be reproduced or distributed in any form without the prior written permission of the publisher.",
            "[Copyright Kyodo News Service, Ltd.]",
            "Copyright Nikkan Shimbun, Inc.",
            "All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from DAILY HARBOUR.",
            "未经上海证券报社书面授权，任何单位和个人不得转载、摘编或以其他方式使用。",
            "未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。",
            "环球网版权作品，请勿转载",
            "All content © Coverline Media Group, 2025. Reproduction prohibited without written permission.",
            "Unauthorized reproduction is strictly prohibited.",
            "凡本网注明“来源：中国经济网”的所有作品，版权均属于中国经济网，未经本网授权不得转载、摘编或利用其它方式使用。",
            "中证网原创稿件，转载须经书面授权并注明出处，违者将依法追究责任。",
            'Queda prohibida la reproducción total o parcial de este contenido sin autorización de El Diario.',
            'È vietata la riproduzione anche parziale dei contenuti.',
            'Kyodo News Inc. No reproduction without permission.',
            'Hier können Sie die Rechte an diesem Beitrag erwerben.',
            "Rights reserved: no reproduction without permission.",
            "All rights reserved. No reproduction without prior permission.",
            "The Arena Group Holdings, LLC MONEYWISE is a registered trademark of Wise Media, Inc.",
            'License for publishing multimedia online 0108264',
            'Licence for disseminating audio-visual programmes online: 0102004',
            "License No. 472/GP-BTTTT issued by the Ministry of Information and Communications on August 11, 2021",
            "Press licence No. 65/GP-BTTTT",
            "详情见转载须知。",
            "具体请参阅《版权声明》",
            "蓝鲸财经是蓝鲸传媒旗下财经新媒体，对本平台刊发的原创稿件依法享有著作权，未经授权不得转载，违者必究。",
        ),
        counterexamples=(
            "If you would like to reproduce the content of the old statute, the judge said, you need the archive.",
            "版权保护：法院认定平台未尽审核义务，判赔50万元。",
            "Copyright by Disney on the original Mickey Mouse expired in 2024, the report said.",
            "Copyright lawsuits against the company rose in 2023, filings show.",
            "The Copyright Office rejected the claim last year.",
            "He said the band had reserved all rights to the songs.",
            "该平台承诺不得转载未经授权的短视频内容，违者将被处罚。",
            "法院认定，涉案作品的著作权归原告所有。",
            "法院审理认为，原告对涉案文章享有著作权，未经授权不得转载，被告应赔偿5万元。",
            "該公司未經授權使用他人商標，法院判決其賠償新台幣300萬元。",
            "该报道的著作权归属问题引发争议，双方已对簿公堂。",
            "Der Vermerk „Alle Rechte vorbehalten“ schütze die Texte nicht, urteilte das Gericht.",
            "判決は「無断転載・複製を禁じます」との表示だけでは足りないとした。",
            "台北地方法院審理後認為，「轉載請註明出處」並非法律上的授權，單純標示來源不能免除侵權責任，判決該媒體應賠償新台幣20萬元。",
            "Reproduction is prohibited without a licence, the judge ruled.",
            'Queda prohibida la reproducción de obras protegidas, dijo el juez en su sentencia.',
            "Monopoly is a registered trademark of Hasbro Inc, the lawsuit said.",
            'A licence for publishing online news costs 20,000 yuan, the regulator said.',
        ),
        languages=("en", "zh", "ko", "fr", "es", "pt", "it", "de", "nl", "ja"),
        ignore_case=False,
    ),
    Rule(
        id="chrome.cookies",
        category="chrome",
        pattern=(
            r"(?:(?:this|our)[ \t\xa0](?:web[ \t\xa0]?)?site[ \t\xa0](?:uses|is[ \t\xa0]using)[ \t\xa0]cookies|we[ \t\xa0](?:and[ \t\xa0]our[ \t\xa0]partners[ \t\xa0])?"
            r"use[ \t\xa0]cookies|by[ \t\xa0](?:continuing[ \t\xa0]to[ \t\xa0])?(?:use|using|brows(?:e|ing)|visit(?:ing)?)[ \t\xa0](?:this|our)[ \t\xa0]"
            r"(?:web[ \t\xa0]?)?site,?[ \t\xa0]you[ \t\xa0](?:agree|consent|accept)|we[ \t\xa0]value[ \t\xa0]your[ \t\xa0]privacy"
            r"|this[ \t\xa0]site[ \t\xa0]is[ \t\xa0]protected[ \t\xa0]by[ \t\xa0]recaptcha|(?:本网站|本網站|本站)使用cookies?)[^\n]{0,500}"
            # consent by a click, and the banner's buttons: By clicking any link on this page you are giving your consent ...
            r"|by[ \t\xa0]clicking[ \t\xa0](?![^\n]{0,300}\b(?:said|says|told)\b)[^\n]{1,40}?you[ \t\xa0](?:are[ \t\xa0]giving[ \t\xa0]your[ \t\xa0]consent|agree|consent)[^\n]{0,60}?cookies[^\n]{0,200}"
            r"|(?:ok|okay|yes),?[ \t\xa0]i[ \t\xa0](?:agree|accept)(?:[ \t\xa0]+no,?[ \t\xa0]thanks)?"
            + r"|(?:este|ce|questo|diese|deze)[ \t\xa0](?:site|sitio|sito|website|seite)[ \t\xa0](?:é|est|es|è|ist|wordt)[ \t\xa0](?:protegido|protégé|protetto|geschützt|beschermd)[ \t\xa0](?:pelo|par|por|da|durch|door)[ \t\xa0](?:o[ \t\xa0]|le[ \t\xa0]|el[ \t\xa0])?recaptcha[^\n]{0,200}"
        ),
        description="A cookie or consent banner line, anywhere (This website uses cookies ..., We use cookies to ...).",
        max_chars=560,
        examples=(
            "This website uses cookies to improve your experience.",
            "We use cookies to personalise content and ads. By continuing you agree to our use of cookies.",
            "By using this site, you agree to the Privacy Policy and Terms of Use.",
            "By clicking any link on this page you are giving your consent for us to set cookies.",
            "By clicking Accept, you agree to the storing of cookies on your device.",
            "OK, I agree   No, thanks",
            'Este site é protegido pelo reCAPTCHA e se aplicam a Política de Privacidade e os Termos de Serviço do Google.',
            "本網站使用Cookie以提升您的瀏覽體驗，繼續使用即表示您同意本站的隱私權政策。",
        ),
        counterexamples=(
            "This website uses data from the census, the researchers said.",
            "Cookies sold well over the holidays, the baker said.",
            "By clicking the button you agree to the terms, the bank said, and cookies are not involved.",
            "OK, I agree with the governor on that point, the minister said.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.browser-upgrade",
        category="chrome",
        pattern=(
            r"(?:it[ \t\xa0]looks[ \t\xa0]like[ \t\xa0])?you(?:['’]re|[ \t\xa0]are)[ \t\xa0]using[ \t\xa0](?:an?[ \t\xa0])?(?:outdated|old|older|unsupported|out-of-date)[ \t\xa0]"
            r"(?:version[ \t\xa0]of[ \t\xa0](?:your[ \t\xa0]|a[ \t\xa0])?)?(?:web[ \t\xa0])?browser[.!]?(?:[ \t\xa0]+(?:please|upgrade|update|download|switch|for|to|some|this|certain|parts)\b[^\n]{0,160})?"
            r"|your[ \t\xa0](?:web[ \t\xa0]|internet[ \t\xa0])?browser[ \t\xa0](?:is|may[ \t\xa0]be)[ \t\xa0](?:out[ \t\xa0]of[ \t\xa0]date|outdated|not[ \t\xa0](?:fully[ \t\xa0])?supported|no[ \t\xa0]longer[ \t\xa0]supported|unsupported)"
            r"[.!]?(?:[ \t\xa0]+(?:please|upgrade|update|download|switch|for|to|some|this|certain|parts)\b[^\n]{0,160})?"
            r"|(?:please[ \t\xa0])?(?:upgrade|update)[ \t\xa0](?:your|to[ \t\xa0]a[ \t\xa0](?:modern|newer|supported|current))[ \t\xa0](?:web[ \t\xa0])?browser(?:[ \t\xa0]+(?:to|for)[ \t\xa0][^\n]{1,80})?"
            # 亲爱的凤凰网用户: / 您当前使用的浏览器版本过低，… / 第三方浏览器推荐: / 谷歌(Chrome)浏览器 下载
            r"|(?:亲爱的|親愛的)[\u4e00-\u9fffA-Za-z0-9]{2,10}?(?:用户|用戶)[:：，,]?"
            r"|(?:(?:您|你)(?:当前|當前|目前|正在|现在|現在)?(?:使用|所用|用)?的|(?:当前|當前|目前)?(?:使用|所用)的)(?:浏览器|瀏覽器)(?:版本)?(?:过低|過低|过旧|過舊|太旧|太舊|太低|较低|較低|不受支持|不被支持|暂不支持|暫不支援|不支持|不支援)[^\n]{0,60}"
            r"|(?:建议您|建議您|请您|請您|请|請)(?:升级|升級|更新|更换|更換)(?:您的)?(?:浏览器|瀏覽器)[^\n]{0,40}"
            r"|(?:第三方|推荐|推薦)?(?:浏览器|瀏覽器)(?:推荐|推薦|下载|下載)[ \t\xa0]*[:：]?"
            r"|[\u4e00-\u9fffA-Za-z0-9]{1,10}(?:[（(][A-Za-z ]{2,20}[)）])?(?:浏览器|瀏覽器)[ \t\xa0]*(?:立即)?(?:下载|下載)"
            + r"|(?:note[ \t\xa0]*[:：][ \t\xa0]*)?(?:browsers?[ \t\xa0]with[ \t\xa0](?:a[ \t\xa0])?\d{3,4}[ \t\xa0]*[*x×][ \t\xa0]*\d{3,4}[ \t\xa0]or[ \t\xa0]higher[ \t\xa0]resolution|(?:this[ \t\xa0]site[ \t\xa0]is[ \t\xa0])?best[ \t\xa0]viewed[ \t\xa0](?:in|with|at|using)[ \t\xa0][^\n]{1,60}?(?:resolution|browser|chrome|firefox|edge|safari|explorer))[^\n]{0,80}"
        ),
        description=(
            "An outdated-browser notice and its download links, anywhere (You are using an outdated browser, "
            "您当前使用的浏览器版本过低，建议升级浏览器, 第三方浏览器推荐:, 谷歌(Chrome)浏览器 下载)."
        ),
        max_chars=260,
        examples=(
            "You are using an outdated browser. Please upgrade your browser to improve your experience.",
            "Your browser is out of date. Update your browser for more security, speed and the best experience on this site.",
            "Please update your browser",
            "亲爱的新浪网用户：",
            "您当前使用的浏览器版本过低，导致网站不能正常访问，建议升级浏览器",
            "你使用的瀏覽器版本過低，部分功能可能無法使用。",
            "您的浏览器版本太旧，请升级后访问。",
            "请升级您的浏览器以获得更好的浏览体验",
            "第三方浏览器推荐：",
            "火狐(Firefox)浏览器 下载",
            "QQ浏览器 下载",
            'Note: Browsers with 1280*800 or higher resolution are suggested for this site.',
            'This site is best viewed with Chrome or Firefox at 1366x768 resolution.',
        ),
        counterexamples=(
            "Your browser is out of date, the researchers warned, if it has not been patched since March.",
            "Upgrade your browser habits, the security chief told staff, and stop reusing passwords.",
            "亲爱的，你回来了吗？",
            "谷歌表示，使用旧版浏览器的用户将无法下载新的安全补丁。",
            "浏览器下载量在三季度同比增长12%，其中移动端占比超过七成。",
            "浏览器版本过低的用户将无法使用该功能，腾讯表示。",
            'Best viewed in the morning light, the sculpture glows, the curator said.',
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.legal-links",
        category="chrome",
        pattern=(
            r"(?:(?:do[ \t\xa0]not[ \t\xa0]sell(?:[ \t\xa0]or[ \t\xa0]share)?[ \t\xa0]my[ \t\xa0](?:personal[ \t\xa0])?info(?:rmation)?|your[ \t\xa0]privacy[ \t\xa0]choices"
            r"|(?:privacy|cookie|cookies)(?:[ \t\xa0](?:policy|notice|settings|preferences|statement|center|centre))?"
            r"|terms(?:[ \t\xa0](?:of|and)[ \t\xa0](?:use|service|conditions|sale))?|terms[ \t\xa0]&[ \t\xa0]conditions|accept(?:[ \t\xa0]all)?(?:[ \t\xa0]cookies)?"
            r"|reject[ \t\xa0]all|manage[ \t\xa0](?:cookies|preferences|consent|settings)|ad[ \t\xa0]?choices|california[ \t\xa0]privacy[ \t\xa0]rights"
            r"|(?:consent|privacy)[ \t\xa0]preferences|accessibility(?:[ \t\xa0]statement)?|about[ \t\xa0]us|contact[ \t\xa0]us|advertise(?:[ \t\xa0]with[ \t\xa0]us)?"
            r"|terms[ \t\xa0](?:and|&)[ \t\xa0]privacy[ \t\xa0]policy|privacy[ \t\xa0]dashboard|more[ \t\xa0]info|más[ \t\xa0]información|mehr[ \t\xa0]erfahren|en[ \t\xa0]savoir[ \t\xa0]plus"
            r"|careers|site[ \t\xa0]?map|help(?:[ \t\xa0]center)?|faq|rss(?:[ \t\xa0]feeds?)?|corrections|ethics(?:[ \t\xa0]policy)?|community[ \t\xa0]guidelines"
            r"|cookie[ \t\xa0]consent|limit[ \t\xa0]the[ \t\xa0]use[ \t\xa0]of[ \t\xa0]my[ \t\xa0]sensitive[ \t\xa0]personal[ \t\xa0]information|隐私政策|隱私政策|用户协议|"
            r"服务条款|联系我们|關於我們|关于我们|广告服务|法律声明|网站地图)[ \t\xa0]*(?:[|·•,/][ \t\xa0]*)?){1,12}"
            # a footer row separated by wide spaces, three items at least: Accessibility   Disclaimer   Privacy   Copyright
            r"|(?:accessibility|disclaimer|privacy(?:[ \t\xa0]policy)?|copyright|contact(?:[ \t\xa0]us)?|terms(?:[ \t\xa0]of[ \t\xa0]use)?|site[ \t\xa0]?map|feedback|careers)"
            r"(?:[ \t\xa0]{2,}(?:accessibility|disclaimer|privacy(?:[ \t\xa0]policy)?|copyright|contact(?:[ \t\xa0]us)?|terms(?:[ \t\xa0]of[ \t\xa0]use)?|site[ \t\xa0]?map|feedback|careers)){2,11}"
        ),
        description=(
            "Privacy-choice and footer legal links on a line, alone or in a row (Do Not Sell or Share My Personal "
            "Information, Your Privacy Choices, Privacy Policy | Terms of Use)."
        ),
        max_chars=240,
        examples=(
            "Privacy Policy   Terms of Use   Contact Us   Sitemap",
            "Do Not Sell or Share My Personal Information",
            "Your Privacy Choices",
            "Privacy Policy | Terms of Use | Cookie Policy",
            "Terms of Service",
            "关于我们 | 联系我们 | 隐私政策",
            "Terms and Privacy Policy",
            "Privacy Dashboard",
        ),
        counterexamples=(
            "Privacy advocates criticised the plan.",
            "Terms of the deal were not disclosed.",
            "Careers in finance pay well, the survey found.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.paid-release",
        category="chrome",
        pattern=r"this[ \t\xa0]is[ \t\xa0]a[ \t\xa0]paid[ \t\xa0](?:press[ \t\xa0]release|advertorial|post)\b[^\n]{0,200}",
        description=(
            "The paid press-release notice (This is a paid press release. Contact the press release distributor "
            "directly with any inquiries.)."
        ),
        max_chars=260,
        examples=(
            "This is a paid press release. Contact the press release distributor directly with any inquiries.",
            "This is a paid press release.",
        ),
        counterexamples=("This is a paid subscription service, the company said.",),
    ),
    Rule(
        id="chrome.print-edition",
        category="chrome",
        pattern=(
            r"(?:this[ \t\xa0](?:article|story)[ \t\xa0])?appeared[ \t\xa0]in[ \t\xa0]the[ \t\xa0]"
            + DATE_FULL
            + r",?[ \t\xa0](?:print[ \t\xa0]edition|issue)(?:[ \t\xa0](?:as|under[ \t\xa0]the[ \t\xa0]headline|with[ \t\xa0]the[ \t\xa0]headline)[ \t\xa0]*[:,]?[ \t\xa0]*[\"'“‘][^\n]{1,200})?"
            r"|a[ \t\xa0]version[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:article|story|review|column|report)[ \t\xa0]appear(?:s|ed)[ \t\xa0]in[ \t\xa0]print[ \t\xa0]on[^\n]{1,300}"
            r"|(?:this[ \t\xa0](?:article|story)[ \t\xa0])?appeared[ \t\xa0]in[ \t\xa0]print[ \t\xa0]on[ \t\xa0]"
            + DATE_FULL
            + r"[^\n]{0,200}"
            + r"|this[ \t\xa0](?:article|story|piece|column)[ \t\xa0](?:appeared|appears|was[ \t\xa0]published|ran)[ \t\xa0]in[ \t\xa0][^\n]{0,80}?(?:print[ \t\xa0]edition|newspaper|magazine|issue)[^\n]{0,200}"
            + r"|a[ \t\xa0]version[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:article|story|piece|post)[ \t\xa0](?:originally[ \t\xa0]|first[ \t\xa0]|also[ \t\xa0])?(?:appeared|ran|was[ \t\xa0](?:published|posted))[^\n]{0,200}"
            + r"|this[ \t\xa0](?:story|report|article|copy)[ \t\xa0](?:has[ \t\xa0]not[ \t\xa0]been[ \t\xa0]edited[ \t\xa0]by[^\n]{1,60}?[ \t\xa0]and[ \t\xa0])?(?:is|was|has[ \t\xa0]been)[ \t\xa0](?:auto-?generated|published|taken|sourced)[ \t\xa0]from[ \t\xa0][^\n]{0,40}?(?:syndicated|agency|wire|news[ \t\xa0]service)[^\n]{0,200}"
            + r"|(?-i:[A-Z])[\w&.'’-]{1,30}(?:[ \t\xa0][\w&.'’-]{1,30}){0,3}[ \t\xa0](?:holds|takes|bears|accepts)[ \t\xa0]no[ \t\xa0]responsibility[ \t\xa0]for[ \t\xa0](?:its|the|this)[ \t\xa0](?:content|report|story)[^\n]{0,80}"
            + r"|this[ \t\xa0](?:story|article|report|piece|content)[ \t\xa0](?:was|is|has[ \t\xa0]been)[ \t\xa0](?:produced|written|reported|provided)[ \t\xa0]by[ \t\xa0][^\n]{1,80}?[ \t\xa0]and[ \t\xa0](?:is|was|has[ \t\xa0]been)[ \t\xa0](?:republished|reproduced|syndicated|shared|distributed)\b[^\n]{0,200}"
            + r"|(?:this[ \t\xa0](?:story|article|report|piece|content)[ \t\xa0](?:is|was|has[ \t\xa0]been)[ \t\xa0])?(?:re)?published[ \t\xa0](?:here[ \t\xa0])?(?:under|through|via|as[ \t\xa0]part[ \t\xa0]of)[ \t\xa0](?:a|an|our)[ \t\xa0][^\n]{0,30}?(?:content[ \t\xa0-]sharing|syndication|partnership|licensing|republishing)[ \t\xa0](?:agreement|arrangement|partnership|deal)\b[^\n]{0,150}"
            + r"|(?-i:Published)[ \t\xa0]in[ \t\xa0](?:(?-i:The)[ \t\xa0])?(?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,3}[ \t\xa0]*,[ \t\xa0]*"
            + DATE_FULL
            + r"\.?"
            + r"|【\d{4}-\d{1,2}-\d{1,2}[/／][^\n】/／]{1,20}[/／][A-Z]?\d{1,2}(?:版|版面)(?:[/／][^\n】]{1,20})?】"
        ),
        description=(
            "A print-edition note at the tail (Appeared in the March 7, 2025, print edition as '...', "
            "A version of this article appears in print on ..., Section B, Page 3 ...)."
        ),
        where=Where.TAIL,
        within=6,
        max_chars=400,
        examples=(
            "Appeared in the March 7, 2025, print edition as 'Chip Designer’s Forecast Lifts Sector'.",
            "A version of this article appears in print on Dec. 4, 2024, Section B, Page 3 of the New York edition with the headline: Retailer Slashes Outlook.",
            "Appeared in the November 20, 2019, print edition.",
            'This article appeared in the Finance & economics section of the print edition under the headline "Rising sun, rising margins"',
            "A version of this article originally appeared in Quartz's Markets newsletter.",
            "Published in Dawn, June 11th, 2024",
            "This story was produced by the Caribbean Finance Desk and is republished under a content-sharing agreement.",
            "This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content.",
            "【2024-05-08/經濟日報/C4版/上市櫃公司】",
        ),
        counterexamples=(
            "The correction appeared in the paper's print edition on Sunday, two days after the article ran online.",
            "A version of the bill appeared in the Senate last year.",
            "Appeared in the March 7, 2025, print edition as a front-page feature, the story drew complaints.",
        ),
    ),
    Rule(
        id="chrome.data-credit",
        category="chrome",
        pattern=(
            r"(?:(?:market|mutual[ \t\xa0]fund|etf|fund|index|stock|crypto(?:currency)?|historical|fundamental)(?:[ \t\xa0](?:and|&)[ \t\xa0](?:mutual[ \t\xa0]fund|etf|fund|index|stock))?[ \t\xa0])?(?:news|data|quotes?|prices?|charts?|market[ \t\xa0]data|ratings)(?:[ \t\xa0](?:and|&)[ \t\xa0](?:news|data|analysis|quotes|charts|ratings))?"
            r"[ \t\xa0](?:brought[ \t\xa0]to[ \t\xa0]you|powered|provided|supplied)[ \t\xa0]by[ \t\xa0](?-i:(?:[A-Z][\w.&'’-]{0,30}[ \t\xa0]?){1,5})"
            r"|(?:all[ \t\xa0])?(?:quotes|data|prices|market[ \t\xa0]data)[ \t\xa0](?:are[ \t\xa0]|is[ \t\xa0])?delayed[ \t\xa0](?:by[ \t\xa0])?(?:at[ \t\xa0]least[ \t\xa0])?\d{1,2}[ \t\xa0]min(?:ute)?s?(?:[ \t\xa0]*[.;,|][^\n]{0,120})?"
            + r"|本(?:資料|资料|資訊|资讯|內容|内容)由[^\n，,。]{1,20}?(?:彙整|汇整|整理|提供|彙編|汇编)[^\n]{0,40}?(?:如有|若有)[^\n]{0,30}?(?:為準|为准)[^\n]{0,20}"
            + r"|(?:erstmalige[ \t\xa0])?(?:veröffentlichung|weitergabe)[ \t\xa0]der[ \t\xa0]original-?studie[ \t\xa0]*:[^\n]{1,60}|analysiert[ \t\xa0]von[ \t\xa0]*:[^\n]{1,60}|kursziel[ \t\xa0]in[ \t\xa0](?:euro|usd|dollar|pence|chf)[ \t\xa0]*:[ \t\xa0]*[\d.,]{1,12}"
        ),
        description=(
            "A market-data attribution line at the tail (Market News and Data brought to you by Benzinga APIs, "
            "Quotes delayed at least 15 minutes)."
        ),
        where=Where.TAIL,
        within=8,
        max_chars=200,
        examples=(
            "Market News and Data brought to you by Benzinga APIs",
            "Market data provided by ICE Data Services",
            "Mutual Fund and ETF data provided by Refinitiv Lipper.",
            "本資料由經濟日報彙整自公開資訊觀測站，如有錯漏以該站公告為準。",
            'Veröffentlichung der Original-Studie: 02.03.2025 / 07:30 / GMT',
            'Erstmalige Weitergabe der Original-Studie: 02.03.2025 / 08:15 / GMT',
            'Analysiert von: Goldman Sachs Group Inc.',
            'Kursziel in Euro: 52,00',
        ),
        counterexamples=(
            "Data provided by the ministry showed exports rose 4% in March.",
            "Data provided by Refinitiv showed exports rose.",
            "Quotes delayed by at least 15 minutes were a problem for retail traders, the study found.",
        ),
    ),
    Rule(
        id="chrome.publisher-about",
        category="chrome",
        pattern=(
            r"(?=[A-Z]|its\b|[a-z][A-Z])(?![^\n]{0,400}?\b(?:said|says|told|according[ \t\xa0]to|reported)\b)"
            r"(?:"
            r"[A-Z][^\n]{0,40}?[ \t\xa0]is[ \t\xa0]an?[ \t\xa0](?:award-winning|leading|independent|global|trusted)[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,3}"
            r"(?:media[ \t\xa0](?:outlet|company|platform|brand)|news[ \t\xa0](?:outlet|organi[sz]ation|site|website|platform|service|source)|publication|publisher)"
            r"[ \t\xa0](?:that|which)[ \t\xa0](?:covers|provides|delivers|publishes|reports[ \t\xa0]on|focuses[ \t\xa0]on)[^\n]{0,600}"
            r"|its[ \t\xa0]journalists[ \t\xa0]abide[ \t\xa0]by[^\n]{0,400}"
            # an Acknowledgement of Country: [The site] acknowledges the Traditional Custodians / Owners of the land
            r"|(?:[A-Z][^\n]{0,60}?|We)[ \t\xa0]acknowledges?[ \t\xa0](?:the[ \t\xa0])?[^\n]{0,120}?(?i:traditional[ \t\xa0](?:custodians|owners)|first[ \t\xa0](?:nations|peoples)[ \t\xa0]of[ \t\xa0]this[ \t\xa0]land)[^\n]{0,400}"
            r"|(?:[A-Z]|[a-z](?=[A-Z]))[\w.&'’-]{1,30}[ \t\xa0]is[ \t\xa0]an?[ \t\xa0](?:multi-asset|social|online|regulated|global|leading|commission-free)[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,3}"
            r"(?:investment|investing|trading|brokerage)[ \t\xa0](?:platform|app|broker|company|service)[^\n]{0,400}"
            r"|[A-Z][^\n]{0,40}?[ \t\xa0]facilitates[ \t\xa0]this[ \t\xa0]content[ \t\xa0]by[^\n]{0,300}"
            r"|This[ \t\xa0](?:content|article|story)[ \t\xa0]was[ \t\xa0](?:created|produced|written|published)[ \t\xa0]by[ \t\xa0][A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3},[ \t\xa0](?:which|a[ \t\xa0]unit|a[ \t\xa0]subsidiary|part)[^\n]{0,600}"
            r"|[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}[ \t\xa0]is[ \t\xa0]published[ \t\xa0]independently[ \t\xa0]from[^\n]{0,300}"
            r"|[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}[ \t\xa0]is[ \t\xa0](?:part|a[ \t\xa0](?:unit|division|subsidiary|brand))[ \t\xa0]of[ \t\xa0]"
            r"[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][\w.&'’-]{1,30}){0,3},[ \t\xa0](?:an?|the)[ \t\xa0](?:international|global|leading|largest|diversified)[ \t\xa0][^\n]{0,40}?"
            r"(?:media|publish(?:er|ing)|information|news)[^\n]{0,300}"
            r"|[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,2}[ \t\xa0]requires[ \t\xa0](?:its[ \t\xa0])?(?:writers|authors|contributors|journalists)"
            r"[ \t\xa0]to[ \t\xa0](?:use|cite)[ \t\xa0](?:primary|original|reputable)[ \t\xa0]sources[^\n]{0,400}"
            r"|This[ \t\xa0](?:article|story|post)[ \t\xa0]was[ \t\xa0](?:written|produced|filed)[ \t\xa0]by[ \t\xa0][A-Z][\w.'’-]{1,25}(?:[ \t\xa0][A-Z][\w.'’-]{1,25}){0,3}"
            r"[ \t\xa0](?:at|for|on)[ \t\xa0](?:https?://)?(?:www\.)?[\w-]{2,30}\.(?:com|net|org|co|io|news)\b[^\n]{0,100}"
            r"|(?:The[ \t\xa0])?[A-Z][\w&.'’-]{1,30}(?:[ \t\xa0][A-Z][\w&.'’-]{1,30}){0,3}[ \t\xa0]"
            r"(?:is[ \t\xa0](?:part[ \t\xa0]of|a[ \t\xa0](?:division|unit|brand|subsidiary)[ \t\xa0]of)[ \t\xa0](?:the[ \t\xa0])?[A-Z][^\n.,;]{1,60}\.[ \t\xa0]*\Z"
            r"|is[ \t\xa0]an?[ \t\xa0][A-Z][\w&.'’-]{1,30}(?:[ \t\xa0][A-Z][\w&.'’-]{1,30}){0,3}[ \t\xa0](?:company|business|brand|publication)\.[ \t\xa0]*\Z"
            r"|is[ \t\xa0]an?[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,3}(?:financial|business|investment|markets?|crypto|economic)[ \t\xa0](?:news|media|information|data)[ \t\xa0](?:publisher|platform|outlet|provider|organi[sz]ation|company|website|service)\b[^\n]{0,500}"
            r"|provides[ \t\xa0](?:up-to-date|the[ \t\xa0]latest|timely|authentic|breaking)[^\n]{0,80}?news[^\n]{0,300}"
            r"|welcomes[ \t\xa0](?:your|reader|readers['’]?)[ \t\xa0](?:feedback|comments|views|letters)[^\n]{0,200})"
            r"|(?i:for[ \t\xa0]more[ \t\xa0](?:news|stories|updates|insights|analysis)(?:,?[ \t\xa0](?:and[ \t\xa0])?(?:news|information|analysis|insights?|commentary|updates|stories)){0,3},?[ \t\xa0](?:please[ \t\xa0])?(?:visit|go[ \t\xa0]to|see|log[ \t\xa0]on[ \t\xa0]to))[ \t\xa0]+[^\n]{2,80}"
            r"|(?i:news[ \t\xa0]provided[ \t\xa0]by|content[ \t\xa0]provided[ \t\xa0]by|distributed[ \t\xa0]by)[ \t\xa0]+[^\n]{2,80}"
            # the page's origin alone: 'Originally published by Harbourline Markets', 'Originally posted at acme.com'
            r"|(?i:originally[ \t\xa0](?:published|posted|appeared))[ \t\xa0](?i:by|on|at|in)[ \t\xa0]+(?:[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}|(?:https?://)?(?:www\.)?[\w-]{2,40}\.[a-z]{2,6}[^\s]{0,60})\.?[ \t\xa0]*\Z"
            r"|(?i:read[ \t\xa0]this[ \t\xa0](?:story|article|report)[ \t\xa0]in)[ \t\xa0]+[A-Z][\w]{2,20}(?:[ \t\xa0]here)?\.?"
            r")"
            + r"|(?-i:[A-Z][\w'’.&-]{1,30}(?:[ \t\xa0][A-Z][\w'’.&-]{1,30}){0,2})[ \t\xa0](?:est[ \t\xa0]une[ \t\xa0]publication[ \t\xa0](?:du[ \t\xa0]groupe|de)|es[ \t\xa0]una[ \t\xa0]publicación[ \t\xa0]de|ist[ \t\xa0]eine[ \t\xa0]Publikation[ \t\xa0](?:der|von))[ \t\xa0][^\n]{1,160}"
            + r"|(?![^\n]{0,400}?\b(?:said|says|told|according[ \t\xa0]to)\b)(?:[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3})[ \t\xa0]facilitates?[ \t\xa0]the[ \t\xa0]interaction[ \t\xa0]between[ \t\xa0]investors[ \t\xa0]and[ \t\xa0]companies[^\n]{0,400}"
            + r"|(?![^\n]{0,400}?\b(?:said|says|told|according[ \t\xa0]to)\b)(?:[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3})[ \t\xa0]facilitates?[ \t\xa0]the[ \t\xa0]publication[ \t\xa0]of[ \t\xa0](?:content|news|articles)[ \t\xa0]by[^\n]{0,400}"
            + r"|(?:[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}[ \t\xa0]is[ \t\xa0]committed[ \t\xa0]to[ \t\xa0][^\n.]{0,60}?journalism\.[ \t\xa0]+)?This[ \t\xa0](?:news[ \t\xa0])?(?:article|story|report|content)[ \t\xa0](?:is|was|has[ \t\xa0]been)[ \t\xa0](?:produced|written|published|prepared)[ \t\xa0]in[ \t\xa0]accordance[ \t\xa0]with[ \t\xa0][^\n]{0,40}?(?:Editorial|editorial)[ \t\xa0](?:Policy|policy|Guidelines|guidelines|Standards|standards)[^\n]{0,300}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to|reported)\b)(?:The[ \t\xa0])?[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,3}[ \t\xa0]is[ \t\xa0](?:the|an?)[ \t\xa0](?:region['’]s[ \t\xa0]|country['’]s[ \t\xa0])?(?:leading|largest|premier|foremost|most[ \t\xa0]trusted|most[ \t\xa0]widely[ \t\xa0]read|oldest)[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,3}"
            r"(?:publication|newspaper|magazine|news[ \t\xa0](?:site|website|outlet|source|platform|portal)|media[ \t\xa0](?:outlet|brand|platform|house)|daily)[ \t\xa0](?:in|for|of|on|across)[ \t\xa0](?:the[ \t\xa0])?[A-Z][\w&'’ -]{1,50}\.?"
            # an agency's note on what its site carries: 'Acme Agency website contains only a portion of the news stories offered to subscribers ...'
            + r"|(?=[^\n]{0,60}?website[ \t\xa0]contains[ \t\xa0]only)[A-Z][\w.&'’ -]{1,60}?[ \t\xa0]website[ \t\xa0]contains[ \t\xa0]only[ \t\xa0]a[ \t\xa0](?:portion|part|selection)[ \t\xa0]of[ \t\xa0]the[ \t\xa0]news[^\n]{0,400}"
            # an aggregator's blurb: 'AllAfrica publishes around 400 reports a day from more than 100 news organizations ...'
            + r"|(?=[^\n]{0,40}?publishes)(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to)\b)[A-Z][\w.&'’-]{1,30}(?:[ \t\xa0][A-Z][\w.&'’-]{1,30}){0,2}[ \t\xa0]publishes[ \t\xa0](?:around|about|more[ \t\xa0]than|over|some|nearly)[ \t\xa0][\d,]{1,7}[ \t\xa0](?:reports|stories|articles|news[ \t\xa0]items)[ \t\xa0](?:a|per|each)[ \t\xa0]day[ \t\xa0]from[^\n]{0,800}"
            + r"|(?![^\n]{0,240}\b(?:said|says|told|heard|according[ \t\xa0]to)\b)[A-Z][\w&'’-]{1,30}\.(?:ie|com|co\.uk|net|org|ng|ph|my|sg|in|com\.au|co\.nz|co\.za)[ \t\xa0]is[ \t\xa0]the[ \t\xa0](?:official[ \t\xa0])?(?:website|web[ \t\xa0]site|online[ \t\xa0]home|digital[ \t\xa0]home)[ \t\xa0]of[ \t\xa0][A-Z][^\n]{1,150}"
        ),
        description=(
            "The publisher's own blurb at the tail ([Outlet] is an award-winning media outlet that covers ...; Its journalists abide "
            "by ...; Platts is part of S&P Global Commodity Insights.; [Outlet] welcomes your feedback; For more news, visit ...; "
            "NEWS PROVIDED BY ...; Read this story in Spanish)."
        ),
        scope=Scope.REST,
        where=Where.TAIL,
        within=6,
        ignore_case=False,
        examples=(
            "The Ledger acknowledges the Traditional Owners of the lands on which we work and pays respect to Elders past and present.",
            "CoinDesk is an award-winning media outlet that covers the cryptocurrency industry. Its journalists abide by a strict set of editorial policies.",
            "Decrypt is a leading news platform that covers Web3, crypto and AI.",
            "Proactive Investors facilitates this content by providing the platform and the distribution of the news item.",
            "This content was created by MarketWatch, which is operated by Dow Jones & Co. MarketWatch is published independently from Dow Jones Newswires and The Wall Street Journal.",
            "Kiplinger is part of Future plc, an international media group and leading digital publisher.",
            "This article was written by Adam Button at www.forexlive.com.",
            "Investopedia requires writers to use primary sources to support their work.",
            "Platts is part of S&P Global Commodity Insights.",
            "Mergermarket is an ION Analytics company.",
            "Proactive Investors is a global financial news publisher covering small- and mid-cap companies for an investing audience.",
            "BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires.",
            "The Global Times welcomes your feedback. For more news, visit www.globaltimes.cn.",
            "NEWS PROVIDED BY Halvorsen Industrial, Inc.",
            "Read this story in Spanish",
            'Capital est une publication du groupe Prisma Media.',
            "Proactive Investors facilitate the interaction between investors and companies. Proactive may receive remuneration from the companies it writes about.",
            'Kalkine Media facilitates the publication of content by listed companies. The content is not investment advice and may be paid for.',
            'The Block is committed to independent, accurate journalism. This news article is produced in accordance with The Block’s Editorial Policy and aims to provide timely information.',
            'Arabian Business is the leading business magazine in the Gulf.',
            "Manila Bulletin is the country's most trusted daily in the Philippines.",
            "TV3.ie is the website of Virgin Media Television, Ireland's commercial broadcaster.",
            "For more news, information and analysis, visit the Income Investing Channel.",
            "Originally Published by Harbourline Markets",
            "Originally published by Stonebridge FX Research",
            "Nordic Wire Agency website contains only a portion of the news stories offered to subscribers in its wire service, and in summarized form. Please contact us for subscription options.",
            "NewsHub Africa publishes around 350 reports a day from more than 90 news organizations and institutions, representing a diversity of positions on every topic.",
        ),
        counterexamples=(
            "The minister acknowledged the Traditional Owners in her speech, officials said.",
            "Instagram is part of Meta Platforms, the largest social network operator, and was bought for $1 billion in 2012.",
            "The company is part of Future plc, an international media group, and will be sold next year, the filing said.",
            "Politico is a leading news organization that covers politics, and its sale to Axel Springer closed in 2021, the filing said.",
            "Its journalists are on strike for a second week.",
            "Bloomberg requires writers to use primary sources where possible, the editor said.",
            "Instagram is part of Meta Platforms, which reported earnings on Wednesday.",
            "Axios is a news media company based in Virginia, the buyer said.",
            "The unit is part of the group's plan to cut costs by 2027.",
            'Nasdaq facilitates the publication of content by listed companies, its chief executive said, and will expand the service.',
            'This article is produced in accordance with the law, the minister said.',
            'Nikkei is the largest business newspaper in Japan, the company said in its annual report.',
            'Lidl.ie is the website of the retailer, the court heard during the trademark case.',
            "Originally published by Penguin in 1998, the novel has sold 2 million copies.",
            "Reuters publishes about 2,000 stories a day from 200 locations, the company said.",
        ),
    ),
    Rule(
        id="chrome.source-tag",
        category="chrome",
        pattern=(
            r"[（(【\[〈《「](?![^\n）)]{0,8}(?:编辑|編輯|责编|責編|记者|記者|校对|校對))[\u4e00-\u9fff·\d]{1,14}(?:[ \t\xa0][\u4e00-\u9fff·]{2,4})?[）)】\]〉》」]|[\u4e00-\u9fff]{1,8}(?:網|网|報|报|社)"
            r"|[（(](?-i:[a-z]{1,4}(?:/[a-z]{1,4}){0,2})[）)]|[（(〔][\u4e00-\u9fff]{2,8}(?:记者|記者)[）)〕]|[（(][\u4e00-\u9fffA-Za-z]{2,10}(?:APP|App|客户端|客戶端)[）)]"
            r"|(?-i:[A-Z][A-Za-z]{1,15}|[\u4e00-\u9fff]{2,8})(?:新聞|新闻|財經|财经|快讯|快訊|報道|报道)"
            r"|-0-|[■□∎◼]{1,3}|[-–—]{2,}[ \t\xa0]*(?:end|fin|ende)[ \t\xa0]*[-–—]{2,}|#{3}|end|enditem|end[ \t\xa0]item|_{3,}|-{3,}|\*{3,}|={3,}|[（(【\[](?:end|完)[）)】\]]|[-–—][ \t\xa0]*end[ \t\xa0]*[-–—]"
            r"|={1,3}[ \t\xa0]*(?-i:[A-Z][\w]{1,20}(?:[ \t\xa0][A-Z][\w]{1,20}){0,2})[ \t\xa0]*={0,3}"
            r"|(?-i:REUTERS|AFP|AP|BLOOMBERG|XINHUA|DPA|KYODO|YONHAP|ANI|PTI|IANS|BERNAMA|ANTARA|AAP|EFE|ANSA|TASS|GNA|VNA|PNA|WAM|KUNA|QNA|BSS|MENA|NAN)"
            # a state agency's sign-off with its editors: WAM/Hazem Hussein/Tariq alfaham
            r"|(?-i:(?:WAM|KUNA|QNA|BNA|ONA|SPA|MENA|GNA|VNA|PNA)(?:/[A-Z][\w'’.-]{1,20}(?:[ \t\xa0][A-Za-z][\w'’.-]{1,20}){0,3}){1,4})"
            r"|(?-i:Reuters|Bloomberg|Kyodo(?:[ \t\xa0]News)?|Jiji(?:[ \t\xa0]Press)?|Yonhap(?:[ \t\xa0]News(?:[ \t\xa0]Agency)?)?|Xinhua|Bernama|Antara|dpa(?:-AFX)?|Dow[ \t\xa0]Jones(?:[ \t\xa0]Newswires)?|RTTNews|MT[ \t\xa0]Newswires|Alliance[ \t\xa0]News|Press[ \t\xa0]Trust[ \t\xa0]of[ \t\xa0]India|Associated[ \t\xa0]Press|Agence[ \t\xa0]France-Presse)"
            r"|by[ \t\xa0]+(?-i:"
            + NAMES
            + r"),[ \t\xa0]+(?-i:(?:[A-Z][\w&.'’-]{1,20}[ \t\xa0]){1,3})(?:senior[ \t\xa0]|staff[ \t\xa0]|chief[ \t\xa0])?(?:reporter|correspondent|writer|editor|journalist)"
            r"|(?-i:(?:burs-)?[a-z]{2,5}(?:[-/][a-z]{2,5}){1,4})"
            r"|-(?-i:[A-Z][\w'’.\-]{1,20}(?:[ \t\xa0][A-Z][\w'’.\-]{1,20}){1,3})"
            r"|[-–—]{1,2}[ \t\xa0]*(?-i:Bernama|Reuters|AFP|AP|Xinhua|PTI|IANS|ANI|Yonhap|Kyodo|dpa|Antara|Bloomberg|AAP|EFE|ANSA|[A-Z][A-Za-z]{0,2}[A-Z]{1,4})"
            r"|(?-i:[A-Z][A-Za-z]{1,10})[ \t\xa0]*/[ \t\xa0]*(?-i:wires|agencies|AAP|AFP|Reuters|AP)"
            + r"|/(?-i:[a-z]{2,5}(?:/[a-z]{2,5}){1,4})/?|(?-i:[A-Z]{2,6})[ \t\xa0]+(?-i:[a-z]{2,5}(?:/[a-z]{2,5}){1,3})|[\u3040-\u30ff\u4e00-\u9fff]{1,8}ニュース"
            + r"|【(?-i:[A-Z][A-Za-z0-9]{1,9})[\u4e00-\u9fff]{1,6}】"
            # a Latin-named station or site in brackets: （now財經台）, (TVBS新聞)
            + r"|[（(](?-i:[A-Za-z][A-Za-z0-9]{1,9})[\u4e00-\u9fff]{0,6}(?:台|新聞|新闻|財經|财经|網|网)[）)]"
            + r"|[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:综合|綜合)(?:报道|報道|報導)?|[（(][\u4e00-\u9fff]{2,8}[/／][\u4e00-\u9fff、·]{2,14}(?:[ \t\xa0\u3000][\u4e00-\u9fff]{2,4}(?:報導|报道|報道))?[）)]|[（(][A-Za-z0-9\u4e00-\u9fff]{1,12}(?:综合报道|綜合報道|綜合報導|报道|報道)[）)]"
            + r"|(?-i:[a-z]{1,4}(?:/[a-z]{1,4}){1,3})[ \t\xa0]*\([A-Za-z]{2,10}(?:[ \t\xa0]*,[ \t\xa0]*[A-Za-z]{2,10}){0,3}\)"
            + r"|by[ \t\xa0]+(?-i:"
            + NAMES
            + r")[ \t\xa0]*[(<\[]"
            + EMAIL
            + r"[)>\]]"
            + r"|(?:出所|出典)[ \t\xa0]*[：:][ \t\xa0]*[^\n]{1,30}"
            + r"|《[A-Z]{1,4}》"
            # A site's name with its Latin brand signed off: 新頭殼 Newtalk 新聞.
            + r"|[\u4e00-\u9fff]{2,8}[ \t\xa0]*(?-i:[A-Z][A-Za-z0-9]{1,15})[ \t\xa0]*(?:新聞|新闻|財經|财经|快讯|快訊)(?:網|网)?"
        ),
        description=(
            "A bare source tag or end mark on the last lines: （界面新闻）, （完）, an agency's desk code (ta/da), "
            "AASTOCKS新聞, -0-, ###, a sign-off By [Name] ([e-mail])."
        ),
        where=Where.TAIL,
        within=1,
        max_chars=80,
        examples=(
            "（界面新闻）",
            "（now新聞台）",
            "(TVBS財經台)",
            "（财联社 王平安）",
            "（經濟通通訊社5日專訊）",
            "〈財經新聞〉",
            "鉅亨網",
            "（完）",
            "(ta/da)",
            "（nc）",
            "AASTOCKS新聞",
            "-0-",
            "■",
            "###",
            "-Joy Wiltermuth",
            "By Jo He-rim (herim@heraldcorp.com)",
            "/nas/jha/",
            "株探ニュース",
            "【TVBS新聞網】",
            "老虎资讯综合",
            "（星洲日報/財經）",
            "（8world綜合報道）",
            "--IANS",
            "GNA",
            "KUNA/Sara Ali/Omar Haddad",
            "QNA/Laila Mansour",
            "kb/wd (Reuters, dpa)",
            "（民視新聞/鍾宛瑾、陳聖元 台北報導）",
            "- RNZ",
            "ABC/wires",
            "Jiji Press",
            "EFE mvs/jgb",
            "/nas/jkr/mis",
            "By Arvind Bhunjun, Alliance News reporter",
            '出所：フィスコ',
            '出典：MINKABU PRESS',
            '《KK》',
            "民視 FTV 新聞",
            "鏡週刊 Mirror 新聞網",
        ),
        counterexamples=(
            "■ 公司一季度营收同比增长32%，毛利率提升2.1个百分点。",
            "恒指收升312點。",
            "（iPhone新機暫不開賣）",
            "(Reuters) The index rose.",
            "- Apple Inc",
            "-Goldman Sachs cut its target, analysts noted",
        ),
        languages=("zh", "en", "de", "ja"),
    ),
    Rule(
        id="chrome.wire-attribution",
        category="chrome",
        pattern=(
            r"[\[(（]?[ \t\xa0]*(?i:with[ \t\xa0](?:files|inputs|reporting|material|information|wires)[ \t\xa0]from|with|avec|mit[ \t\xa0]material[ \t\xa0]von"
            r"|con[ \t\xa0]informaci[oó]n[ \t\xa0]de|con|fuente|quelle|source|sources|źródło|kaynak|nguồn|источник|sumber|källa)[ \t\xa0]*:?[ \t\xa0]+"
            r"(?:(?:the|la|el|l['’])[ \t\xa0])?(?:[A-Z][\w.&'’\-]{1,30}|(?:dpa|afp|efe|ansa|apa|sda|dts)(?:-[\w]{1,10})?)(?:(?:[ \t\xa0]*(?:,|/|\+)[ \t\xa0]*|[ \t\xa0]+(?:and|et|y|und|&)[ \t\xa0]+|[ \t\xa0])[A-Z][\w.&'’\-]{1,30}){0,4}"
            r"[ \t\xa0]*[\])）]?"
            r"|[（(](?:ロイター|共同|時事|ブルームバーグ|日経|新華社|聯合)[)）]|[（(][\w\u3040-\u30ff\u4e00-\u9fff]{1,12}(?:ニュース|通信)[)）]"
            r"|(?i:redaktion|r[ée]daction|redacci[oó]n)[ \t\xa0]*:?[ \t\xa0]+[\w.\-]{2,30}(?:[ \t\xa0][\w.\-]{2,30}){0,2}"
            r"|(?:(?i:conforme[ \t\xa0]a[ \t\xa0]los[ \t\xa0]criterios[ \t\xa0]de|learn[ \t\xa0]more[ \t\xa0]about)[ \t\xa0]+)?(?i:the[ \t\xa0])?(?i:trust[ \t\xa0]project)"
            + r"|(?i:[（(][ \t\xa0]*(?-i:APA|ATS|SDA|Keystone-SDA|ANSA|AGI|Adnkronos|Askanews|EFE|Agencia[ \t\xa0]EFE|Europa[ \t\xa0]Press|Lusa|LUSA|Belga|BELGA|ANP|dpa|DPA|dpa-AFX|AFP|Reuters|AP|TT|NTB|PAP|MTI|CTK|ČTK|Xinhua|Yonhap|Kyodo|Jiji|AAP|CP|Teleborsa|AOF|CercleFinance|Télam|Notimex|Agência[ \t\xa0]Brasil|Estadão[ \t\xa0]Conteúdo)(?:[ \t\xa0]*[,/][ \t\xa0]*[^)）\n]{1,30})?[ \t\xa0]*[)）]|[（(](?:時事|共同|ロイター|ブルームバーグ|연합뉴스|뉴시스|뉴스1)[)）]|私たちの行動規範[：:][^\n]{0,40}|our[ \t\xa0]standards:[ \t\xa0]*the[ \t\xa0]thomson[ \t\xa0]reuters[ \t\xa0]trust[ \t\xa0]principles\.?|conforme[ \t\xa0]a[ \t\xa0]los[ \t\xa0]criterios[ \t\xa0]de[ \t\xa0](?:the[ \t\xa0])?trust[ \t\xa0]project[^\n]{0,40})"
            + r"|\((?-i:[A-Z]{2,8})\)"
            + r"|(?i:source)[ \t\xa0]*:[ \t\xa0]*(?-i:[A-Z]{2,10})(?:/(?-i:[a-z]{1,4})(?:\((?-i:[a-z]{1,4})\))?){1,3}"
            + r"|(?i:source|sources)[ \t\xa0]*:[ \t\xa0]*[A-Z][\w&'’.-]{1,25}(?:[ \t\xa0][A-Z][\w&'’.-]{1,25}){0,3}[ \t\xa0]+(?:and|&)[ \t\xa0]+(?i:news[ \t\xa0]agencies|agencies|wires|wire[ \t\xa0]services)|(?i:additional[ \t\xa0]sources?)[ \t\xa0]*[•:·|–-][ \t\xa0]*[A-Z][^\n]{0,60}|\((?-i:[A-Z][a-z]{2,10})\)"
        ),
        description=(
            "A wire-agency attribution line at the tail ((With AFP), (Avec AFP), (Con información de Reuters), "
            "Mit Material von dpa-AFX, （ロイター）)."
        ),
        where=Where.TAIL,
        within=4,
        max_chars=80,
        ignore_case=False,
        examples=(
            "(Avec AFP)",
            "Źródło: Money.pl",
            "Kaynak: Reuters",
            "(Con información de Reuters)",
            "Mit Material von dpa-AFX",
            "（ロイター）",
            "（日経QUICKニュース）",
            "Redaktion finanzen.net",
            "Conforme a los criterios de The Trust Project",
            "The Trust Project",
            "(With files from The Canadian Press)",
            "With AFP",
            "(APA, 19.3.2025)",
            "(ATS)",
            "(Belga)",
            "(Lusa)",
            "(ANSA)",
            "私たちの行動規範：トムソン・ロイター「信頼の原則」",
            "Conforme a los criterios de The Trust Project ¿Por qué confiar en nosotros?",
            "(ANI)",
            "Source: Al Jazeera and news agencies",
            "Additional sources • AFP",
            "(Kyodo)",
            "Source: CNA/fh(ac)",
        ),
        counterexamples=(
            "With Apple and Google, the market is crowded.",
            "Con Edison said power was restored.",
        ),
        languages=("en", "fr", "es", "de", "ja", "pt", "it", "nl"),
    ),
    Rule(
        id="chrome.source-tag-head",
        category="chrome",
        pattern=(
            r"[【\[（(][ \t\xa0]*[\u4e00-\u9fff·\d]{2,14}(?:專訊|专讯|快訊|快讯|訊|讯|電|电|報道|报道|消息)[ \t\xa0]*[】\]）)]"
            r"|[\u4e00-\u9fff·]{2,10}(?:\d{1,2}日)?(?:專訊|专讯)|[\u4e00-\u9fff·]{2,10}(?:社|台)\d{1,2}日(?:電|电)"
            r"|[\u4e00-\u9fff·\d]{2,16}(?:讯|訊|电|電)[（(](?:记者|記者|通讯员|通訊員)[ \t\xa0]*[^\n()（）]{2,16}[)）]"
            r"|\((?-i:Bloomberg|Reuters|AP|AFP|Dow[ \t\xa0]Jones|MarketWatch|Barron['’]s|Benzinga|CNBC|Xinhua|Kyodo|Yonhap)\)[ \t\xa0]*(?:--|—|–)?"
            # the site's own domain as the source under the headline: Source: www.ghanaweb.com
            r"|source[ \t\xa0]*:[ \t\xa0]*(?:https?://)?(?:www\.)?[\w-]{2,30}(?:\.[\w-]{2,12}){1,3}/?"
            # an aggregator's source line under the headline: Provided by Retail Dive Wire
            r"|(?:provided|supplied|distributed|syndicated)[ \t\xa0]by[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z])[\w&'’-]{0,25}(?:[ \t\xa0](?-i:[A-Z0-9&])[\w&'’-]{0,25}){0,4}"
            + r"|[\u4e00-\u9fff·]{2,8}(?:记者|記者)[\u4e00-\u9fff·]{2,4}[\u4e00-\u9fff]{2,4}(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:電|电)"
            # A dateline alone on its line (glued to the first paragraph it stays): 本报讯, 新华社北京5月9日电,
            # 中国经济网北京5月31日讯, 东方网记者刘晓晶11月5日报道：.
            + r"|[\u4e00-\u9fff]{2,8}(?:网|網)(?:讯|訊)"
            + r"|(?:本报|本報|本刊|本网|本網|本台)(?:讯|訊|消息)(?:[（(](?:记者|記者|通讯员|通訊員)[^\n()（）]{2,24}[)）])?"
            + r"|[\u4e00-\u9fff·]{2,12}?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)(?:[（(](?:记者|記者|通讯员|通訊員)[^\n()（）]{2,24}[)）])?"
            + r"|[\u4e00-\u9fff·]{2,8}(?:记者|記者)[ \t\xa0]*[\u4e00-\u9fff·]{2,4}(?:\d{1,2}月)?\d{1,2}日(?:报道|報道|報導)[：:]?"
        ),
        description="A bare dispatch tag on its own line at the head: 【明報專訊】, （經濟通通訊社專訊）, 【财联社快讯】, (Bloomberg) --.",
        where=Where.HEAD,
        within=4,
        max_chars=40,
        examples=(
            "Source: www.myjoyonline.com",
            '中央社記者林昱君台北2025年3月4日電',
            '中央社記者吳家豪舊金山18日電',
            "【明報專訊】",
            "（經濟通通訊社5日專訊）",
            "【财联社快讯】",
            "(Bloomberg) --",
            "上证报中国证券网讯（记者 王子霖）",
            "經濟通通訊社16日專訊",
            "本报讯（记者 李娜 通讯员 王强）",
            "新华社上海6月3日电",
            "半岛晨报网4月12日讯（记者 张鹏 通讯员 刘畅）",
            "北青网记者王蕾3月8日报道：",
            "联合早报网讯",
            "Provided by Ashford Business Wire",
            "Provided by The Motley Fool",
        ),
        counterexamples=(
            "Source: company filings",
            "【明報專訊】恒指周二收市升312點。",
            "(Bloomberg) -- Oil prices fell for a third day.",
            "Provided by Citi, the loans carry a fixed rate.",
            "Supplied by Gazprom until 2022",
            "全台大停電",
            "全省5月9日电力负荷创历史新高",
            "新华社北京5月9日电（记者樊曦）5月9日，国家铁路局发布数据显示，铁路客运量同比增长。",
        ),
        languages=("zh", "en"),
    ),
    Rule(
        id="chrome.dateline-lead",
        category="chrome",
        pattern=(
            # <outlet>[<place>]<date>电/讯, the reporter's credit in brackets or a separator after
            # it: 新华社北京5月9日电（记者 樊曦）, 金十数据5月15日讯，, SMM 5月20日讯：.
            r"(?![据據另])[\u4e00-\u9fffA-Z][\u4e00-\u9fffA-Za-z0-9·、]{1,15}?" + _LEAD_SITE_NOTE + r"?" + _LEAD_ZH_DATE
            + r"(?:电|電|讯|訊)(?:" + _LEAD_CREDIT + r"|" + _LEAD_ZH_SEP + r")"
            # <outlet>讯 without a date, the outlet named as one: 中国财富网讯（记者 周雨萌）,
            # 荆楚网（湖北日报网）讯, 汇通财经APP讯——, 本报讯 记者许晓峰报道
            + r"|(?![据據另])[\u4e00-\u9fffA-Z][\u4e00-\u9fffA-Za-z0-9·、]{0,15}?" + _LEAD_OUTLET + _LEAD_SITE_NOTE
            + r"?(?:讯|訊|电|電)(?:" + _LEAD_CREDIT + r"|" + _LEAD_ZH_SEP + r")"
            # <outlet>[<place>]<date>消息: IT之家 5 月 14 日消息，
            + r"|(?![据據另])[\u4e00-\u9fffA-Z][\u4e00-\u9fffA-Za-z0-9·、]{0,15}?" + _LEAD_OUTLET
            + r"[\u4e00-\u9fff]{0,4}" + _LEAD_ZH_DATE + r"[ \t\xa0]*消息(?:" + _LEAD_CREDIT + r"|" + _LEAD_ZH_SEP + r")"
            # a tag in brackets, a reporter's credit after it: 【香港商報網訊】記者 蘇倩雯 報道：
            + r"|[【\[][ \t\xa0]*[\u4e00-\u9fffA-Za-z·]{2,14}(?:專訊|专讯|快訊|快讯|訊|讯|電|电)[ \t\xa0]*[】\]]"
            r"(?:[ \t\xa0]*(?:记者|記者)[ \t\xa0]*" + ZH_NAME + r"(?:[ \t\xa0、]+" + ZH_NAME + r"){0,2}[ \t\xa0]*(?:报道|報道|報導)[：:])?"
            # a place and a day in brackets: （詩巫14日訊）, 《經濟通通訊社7日專訊》
            + r"|[（(][\u4e00-\u9fff]{1,8}\d{1,2}日(?:讯|訊|电|電)[）)]"
            + r"|《[\u4e00-\u9fff]{2,10}\d{0,2}日?(?:專訊|专讯)》"
            # a Taiwanese credit, reporter and place: 記者高以翔／洛杉磯報導, （記者 陳怡君／台中報導）
            + r"|[（(]?(?:记者|記者)[ \t\xa0]*" + ZH_NAME + r"(?:[ \t\xa0、]+" + ZH_NAME + r"){0,2}"
            r"[ \t\xa0]*[／/][ \t\xa0]*[\u4e00-\u9fff]{2,8}(?:报道|報道|報導)[）)]?"
            # English: a place, then the agency (a date may come between): NEW YORK, March 4 (Reuters) -,
            # Tokyo, March 4 (Jiji Press)--, AUSTIN, Texas, Jan. 14, 2025 /PRNewswire/ --, Accra, Jan. 27, GNA –
            + r"|" + _LEAD_PLACE + r"(?:" + _LEAD_EN_DATE + r")?" + _LEAD_AGENCY + r"(?:" + _LEAD_DASH + r")"
            + r"|" + _LEAD_PLACE + _LEAD_EN_DATE + _LEAD_AGENCY + r"(?=[ \t\xa0]+[A-Z])"
            # a place and a date: Hamburg, 4 March 2025 –; a place in capitals: TORONTO —, RIO DE JANEIRO, BRAZIL –
            + r"|" + _LEAD_PLACE + _LEAD_EN_DATE + r"(?:" + _LEAD_DASH + r")"
            + r"|" + _LEAD_CAPS + r"(?:,[ \t\xa0]" + _LEAD_CAPS + r")?(?:" + _LEAD_DASH + r")"
            # the agency alone: (Reuters) -, (Sharecast News) -
            + r"|\([A-Za-z][\w.'’&-]{1,20}(?:[ \t\xa0][A-Z][\w.'’&-]{1,20}){0,2}\)(?:" + _LEAD_DASH + r")"
        ),
        description=(
            "A news dateline glued to the start of the story's first paragraph, only with keep_dateline off "
            "(Chinese: outlet, place, date and 电/讯 and the reporter's credit; English: place, date and agency "
            "before a dash): the dateline goes, the sentence stays. Kept by default: labellers split on whether "
            "it belongs to the sentence, and the benchmark's gold keeps it."
        ),
        scope=Scope.LEAD,
        where=Where.HEAD,
        within=3,
        ignore_case=False,
        examples=(
            "新华社北京5月9日电（记者 樊曦）",
            "中新网上海6月28日电 （记者 程春雨）",
            "浙江在线5月15日讯（浙江日报记者 李 攀 通讯员 金 晨）",
            "中国日报网6月28日电 ",
            "金十数据5月15日讯，",
            "SMM 5月20日讯：",
            "中国财富网讯（记者 周雨萌）",
            "长城网·冀云客户端讯（记者 李晓东）",
            "荆楚网（湖北日报网）讯（记者 周明 通讯员 高亮）",
            "金投网（cngold.org）讯 ",
            "汇通财经APP讯——",
            "本报讯 记者许晓峰报道\u3000",
            "IT之家 5 月 14 日消息，",
            "南海网、南海网客户端海口5月16日消息（南海网记者 陈思远 通讯员 符晓琳）",
            "【香港商報網訊】記者 蘇倩雯 報道：",
            "【明報專訊】",
            "（詩巫14日訊）",
            "《經濟通通訊社7日專訊》",
            "記者高以翔／洛杉磯報導",
            "（記者 陳怡君／台中報導）",
            "NEW YORK, March 4 (Reuters) - ",
            "WASHINGTON (AP) — ",
            "Tokyo, March 4 (Jiji Press)--",
            "MOSCOW. Feb 2 (Interfax) - ",
            "ABU DHABI, 12th May, 2025 (WAM) -- ",
            "AUSTIN, Texas, Jan. 14, 2025 /PRNewswire-PRWeb/ -- ",
            "Accra, Jan. 27, GNA – ",
            "Mumbai, Jan 13 (PTI) ",
            "New York CNN — ",
            "Hamburg, 4 March 2025 – ",
            "TORONTO — ",
            "RIO DE JANEIRO, BRAZIL – ",
            "(Sharecast News) - ",
        ),
        counterexamples=(
            "全省5月9日电力负荷创历史新高，用电量同比增长8%。",
            "据新华社5月9日电，国家铁路局发布数据显示，铁路客运量同比增长。",
            "公司5月9日电话会议上表示，二季度订单饱满。",
            "财经资讯平台今年用户数增长三成。",
            "记者从现场获悉，救援仍在进行。",
            "記者會上，林佳慧表示高雄港貨櫃量創新高。",
            "Apple (AAPL) shares rose 3% on Friday after the launch.",
            "Apple — the iPhone maker — said sales rose.",
            "The company said on Friday it would cut 200 jobs.",
            "In March 2025 - a month of turmoil - the index fell.",
        ),
        languages=("zh", "en"),
    ),
    Rule(
        id="chrome.icp-licence",
        category="chrome",
        pattern=(
            r"(?![^\n]{0,100}(?:表示|指出|透露|称|稱))[^\n]{0,40}?(?:[京沪滬粤粵浙苏蘇鲁魯川鄂湘闽閩皖赣贛豫冀晋晉辽遼吉黑陕陝甘青琼瓊滇黔桂蒙宁寧新藏渝津港]?(?:ICP|icp)(?:备|備|证|證|经营许可证|經營許可證)"
            r"|[京沪滬粤粵浙苏蘇鲁魯川鄂湘闽閩皖赣贛豫冀晋晉辽遼吉黑陕陝甘青琼瓊滇黔桂蒙宁寧新藏渝津]?公网安备|(?:互联网新闻信息服务许可证|網際網路新聞資訊服務許可證|增值电信业务经营许可证))"
            r"[^\n，。]{0,10}?(?:\d{5,}|[A-Z]\d-\d{5,})[^\n]{0,120}"
            + r"|(?:主办单位|主辦單位|承办单位|承辦單位|主管单位|主管單位)[ \t\xa0]*[：:][ \t\xa0]*[^\n]{2,40}?(?:网站标识码|網站標識碼|技术支持|技術支持|版权所有|版權所有|承办单位|承辦單位|主办单位|主辦單位)[^\n]{0,60}|(?:网站标识码|網站標識碼)[ \t\xa0]*[：:]?[ \t\xa0]*[A-Za-z]{0,4}\d{6,}[^\n]{0,60}"
        ),
        description="A Chinese site's licence line: 京ICP备05054869号, 沪ICP证：沪B2-20080029, 京公网安备11010502034388号.",
        max_chars=200,
        examples=(
            "主管单位：中国证券监督管理委员会　主办单位：证券时报社",
            "京ICP备05054869号",
            "南方财经全媒体集团 粤ICP备13019428号-3",
            "沪ICP证：沪B2-20080029",
            "京公网安备11010502034388号",
            "主办单位：国家金融监督管理总局　网站标识码bm99000001",
        ),
        counterexamples=(
            "该公司表示，已取得ICP经营许可证的网站数量同比增长12%。",
            "主办单位表示，论坛将于下月在上海举行，网站标识码等信息另行公布。",
        ),
        languages=("zh",),
    ),
    Rule(
        id="chrome.link-bar",
        category="chrome",
        pattern=(
            r"(?:[A-Z][\w&' -]{1,20}:[ \t\xa0]+)?(?=[^\n|]*\|[^\n|]*\|)(?=[^\n]*(?:^|[ \t\xa0]|\|)(?:home|about(?:[ \t\xa0]us)?|contact(?:[ \t\xa0]us)?|privacy(?:[ \t\xa0](?:policy|statement|notice|choices))?|your[ \t\xa0]privacy[ \t\xa0]choices|terms(?:[ \t\xa0](?:of[ \t\xa0](?:use|service)|and[ \t\xa0]conditions))?|advertise|advertising|careers|help(?:[ \t\xa0]center)?|news|business|markets|email|print|share|reprints|subscribe|sitemap|cookie(?:[ \t\xa0](?:policy|settings))?|disclaimer|press|learn|videos?|podcasts?|newsletters?|editorial(?:[ \t\xa0](?:code|policy))?|user[ \t\xa0]agreement|联系我们|聯繫我們|聯絡我們|关于我们|關於我們|网站地图|網站地圖|法律声明|法律聲明|隐私政策|隱私政策|广告服务|廣告服務|招聘信息|版权声明|版權聲明|意见反馈|意見反饋|使用条款|使用條款)(?:[ \t\xa0]*(?:\||\Z)))"
            r"[^\W\d_][^|\n\d.!?]{0,30}?(?:[ \t\xa0]+\|[ \t\xa0]+[^\W\d_][^|\n\d.!?]{0,30}?){2,14}"
        ),
        description="A bar of links separated by ' | ' with site-navigation words (Home | News | Markets, About Us | Careers | Privacy Policy, Reprints | Email | Print).",
        max_chars=300,
        examples=(
            "首页 | 联系我们 | 投资者关系 | 网站地图",
            "Home | Business | Markets",
            "About Us | Advertise | Help Center | User Agreement | Privacy Policy",
            "Reprints | Email | Print",
            "Company: About | Careers | Press | Editorial Policy | Cookie Settings",
        ),
        counterexamples=("Ticker | Company | Price", "Love | Loss | Hope", "| Pos | Player | Plays |"),
        languages=("*",),
    ),
    Rule(
        id="chrome.nav-bar",
        category="chrome",
        pattern=(
            # Items 1-4 words long, separated by two spaces or more, or by | · • /: two items
            # at least are section names of the site. The shape is checked first (prose fails
            # it within a few words), the section names after.
            r"(?=[^\W\d_][\w&'’.+-]{0,20}(?:[ \t\xa0][\w&'’.+-]{1,20}){0,3}"
            r"(?:(?:[ \t\xa0]{2,}|[ \t\xa0]*[|·•/][ \t\xa0]*)[^\W\d_][\w&'’.+-]{0,20}(?:[ \t\xa0][\w&'’.+-]{1,20}){0,3}){2,16}\Z)"
            r"(?=(?:[^\n]*?(?:^|[ \t\xa0]{2}|[|·•/][ \t\xa0]*)"
            + _NAV_ITEM_EN
            + r"(?=[ \t\xa0]{2}|[ \t\xa0]*[|·•/]|\Z)){2})[^\n]+"
            # The same in capitals separated by single spaces: three section names at least.
            r"|(?-i:(?=[A-Z][A-Z&'’.]{1,15}(?:[ \t\xa0]+[A-Z][A-Z&'’.]{1,15}){4,16}\Z)(?=(?:[^\n]*?\b(?i:"
            + _NAV_ITEM_EN
            + r")\b){3})[^\n]+)"
            # Chinese: short items separated by spaces or bars, two at least section names.
            r"|(?=[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{0,7}(?:(?:[ \t\xa0\u3000]+|[ \t\xa0\u3000]*[|｜·•/][ \t\xa0\u3000]*)[\u4e00-\u9fffA-Za-z0-9]{1,8}){3,20}\Z)"
            r"(?=(?:[^\n]*?(?:^|[ \t\xa0\u3000|｜·•/])"
            + _NAV_ITEM_ZH
            + r"(?=[ \t\xa0\u3000|｜·•/]|\Z)){2})[^\n]+"
            # An account bar: Sign in | Sign up, Log in  Subscribe, 登录 注册.
            r"|"
            + _ACCOUNT_ITEM
            + r"(?:(?:[ \t\xa0\u3000]{2,}|[ \t\xa0\u3000]*[|｜·•/][ \t\xa0\u3000]*|(?<=[\u4e00-\u9fff])[ \t\xa0\u3000])"
            + _ACCOUNT_ITEM
            + r"){1,3}"
            # The shape first (prose fails it within twenty characters), the language names after.
            + r"|(?=[^\s|·•/](?:[^\n|·•/ \t\xa0]|[ \t\xa0](?=[^\s|·•/])){0,19}(?:(?:[ \t\xa0]*[|·•/][ \t\xa0]*|[ \t\xa0]{2,})[^\s|·•/](?:[^\n|·•/ \t\xa0]|[ \t\xa0](?=[^\s|·•/])){0,19}){2,10}[\s.:;!?。！？…]*\Z)(?=(?:[^\n]{0,80}?(?:English|हिंदी|हिन्दी|ગુજરાતી|मराठी|বাংলা|தமிழ்|తెలుగు|ಕನ್ನಡ|മലയാളം|ਪੰਜਾਬੀ|اردو|Español|Français|Deutsch|Italiano|Português|Nederlands|Русский|Türkçe|العربية|中文|简体中文|繁體中文|日本語|한국어|Bahasa(?:[ \t\xa0](?:Indonesia|Melayu))?|Tiếng[ \t\xa0]Việt|ไทย)(?:[ \t\xa0]*[|·•/]|[ \t\xa0]{2}|\Z)){3})[^\n]+"
        ),
        description=(
            "A site's navigation bar on one line: section names separated by wide spaces, bars or dots "
            "(Home  Markets  Economy  Opinion, 首页 新闻 财经 股票 基金, MARKETS BUSINESS INVESTING TECH)."
        ),
        max_chars=300,
        examples=(
            "Finance   Banking   Fintech",
            "Hedge Funds   Europe   Fund Launches",
            "Bonds  Emerging Markets  Corporate Bonds  Securitisation",
            "Home  Latest  Markets  Personal Finance  Retirement  Economy  Watchlist",
            "Magazine  Markets  Stock Picks  Advisor  Retirement  Data",
            "MARKETS BUSINESS INVESTING TECH POLITICS VIDEO WATCHLIST",
            "首页 新闻 财经 股票 基金 港股 美股 期货",
            "即時 政治 社會 生活 國際 財經 地方 評論 娛樂",
            "首页 | 快讯 | 要闻 | 公司 | 市场 | 基金",
            "电报 话题 盯盘 VIP 下载",
            "老虎资讯　登录/注册　下载APP",
            "Sign in | Sign up",
            "Log in  Subscribe",
            "登录 注册",
            'Singapore  Companies & Markets  Property  Wealth  Opinion  Lifestyle',
            'Latest News  ASX Shares  Dividend Investing  Stock Advisor  Premium Services',
            'English | हिन्दी | मराठी | বাংলা',
            'English  Español  Français  Deutsch',
        ),
        counterexamples=(
            "Inflation  Wages  Rents",
            "Company  Ticker  Price  Change",
            "Home  Away  Score",
            "STOCKS TUMBLE AS FED SIGNALS MORE HIKES",
            "张三 李四 王五 赵六",
            "Markets and business news from around the world",
            "Revenue  $12.3B  $11.1B  +11%",
            'English | Maths | Science | History',
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.emoji-prompt",
        category="chrome",
        pattern=(
            r"(?:👉|👇|☞|➡️?|▶️?|📩|📧|✉️?|📨|🔔|🎧|🔊|📲|📱|📰|🗞️?|📣|📢|⬇️?|🔗|💬|👏)[ \t\xa0]*"
            r"(?:[^\W\d_]|[\u4e00-\u9fff])[^\n]{0,160}"
        ),
        description=(
            "A prompt that opens with a pointing, bell, mail, headphones or phone emoji (👉 Follow us on "
            "WhatsApp, 🔔 Upgrade to paid, 🎧 Listen to this story, 👉 点击订阅)."
        ),
        max_chars=200,
        examples=(
            "👉 Follow Nairametrics on our WhatsApp channel for real-time updates",
            "🔔 Upgrade to paid to get the Friday liquidity dashboard",
            "🎧 Listen to this story",
            "👉 点击订阅星洲日报电子报，实时掌握财经动态",
        ),
        counterexamples=(
            "The bank said 40% of its customers now use the app.",
            "👍",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.placeholder",
        category="chrome",
        pattern=(
            # a line of a template's dummy Latin: it opens with a lorem-ipsum word and holds two more of
            # its rare words (no story sentence has 'pellentesque' or 'ullamcorper')
            r"(?:lorem|morbi|quisque|pellentesque|vestibulum|donec|nullam|aliquam|curabitur|suspendisse|praesent|aenean|maecenas|phasellus|vivamus|proin|fusce|duis|etiam)\b"
            r"(?=(?:[^\n]{0,300}?\b(?:ipsum|dolor[ \t\xa0]sit[ \t\xa0]amet|consectetur|adipiscing|pellentesque|ullamcorper|aliquam|vestibulum|fringilla|tincidunt|"
            r"elementum|egestas|sollicitudin|tristique|venenatis|ultricies|mollis|pretium|lacinia|vulputate|faucibus|scelerisque)\b){2})[^\n]{0,500}"
        ),
        description="Template placeholder text left on the page (Lorem ipsum dolor sit amet ..., Morbi pretium leo et nisl aliquam mollis ...), anywhere.",
        max_chars=520,
        examples=(
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Quisque arcu lorem, ultricies quis pellentesque nec, ullamcorper eu odio.",
            "Morbi tincidunt, elit vel aliquam pretium, nunc sapien vulputate magna.",
        ),
        counterexamples=(
            "Morbi, the research firm, said demand for lithium was mollis-proof in its latest note.",
            "Donec Capital raised $40 million for its second fund, the firm said.",
        ),
        languages=("*",),
    ),
    Rule(
        id="chrome.end-mark",
        category="chrome",
        pattern=(
            r"[-–—=*#~ \t\xa0]*(?:-?ends?-?|the[ \t\xa0]end|fin|完|全文完|（完）|\(完\)|【完】)[-–—=*#~ \t\xa0]*"
            r"|#{3,}|\*{3,}|(?:-[ \t\xa0]?){3,}|(?:—[ \t\xa0]?){2,}|(?:[~*=+·•][ \t\xa0]?){1,20}|(?-i:[A-Z]{2,4}(?:[ \t\xa0][A-Z]{2,4}){2,3})"
            + r"|(?-i:DM(?:/[A-Z]{1,4})?|DM168)"
            # an RNS announcement's code under END: three letters of its type, twelve more
            + r"|(?-i:[A-Z]{15})"
            + r"|(?:(?:back|go)[ \t\xa0]to[ \t\xa0](?:the[ \t\xa0])?)?top[ \t\xa0]*[↑▲^]?|[↑▲^][ \t\xa0]*top"
        ),
        description="An end mark after the story: END, -ENDS-, — ENDS —, ###, 完, （完）, or a divider line of marks only (~, * * *, +++).",
        where=Where.TAIL,
        within=8,
        max_chars=20,
        examples=("— ENDS —", "- FIN -", "完", "SP ANU ANU", "~", "* * *", "+++", "DM/OBP", "Top", "Go to top ↑", "MSCGPUQAPUPAGRA"),
        counterexamples=("The end of cheap money is here.", "Fin de l'histoire.", "完成", "* Prices exclude taxes.", "Top 10 risks", "Top of the range"),
        languages=("*",),
    ),
    Rule(
        id="chrome.distribution-notice",
        category="chrome",
        pattern=(
            r"(?:for[ \t\xa0]immediate[ \t\xa0]release[ \t\xa0]*[-–—:]?[ \t\xa0]*)?not[ \t\xa0]for[ \t\xa0](?:distribution|dissemination|release|publication)[^\n]{0,160}"
            r"|(?:ce[ \t\xa0]communiqué(?:[ \t\xa0]de[ \t\xa0]presse)?|this[ \t\xa0](?:news[ \t\xa0]|press[ \t\xa0])?(?:release|announcement))[ \t\xa0](?:est|is)[ \t\xa0](?:également|aussi|also)[ \t\xa0]"
            r"(?:disponible|available)[ \t\xa0](?:en|in)[ \t\xa0](?:français|anglais|french|english)(?:[ \t\xa0](?:at|on|à|sur)[ \t\xa0][^\n]{1,80})?\.?"
            # a wire service's notice under the headline: The issuer is solely responsible for the content of this announcement.
            r"|the[ \t\xa0]issuer[ \t\xa0]is[ \t\xa0]solely[ \t\xa0]responsible[ \t\xa0]for[ \t\xa0]the[ \t\xa0]content[ \t\xa0]of[ \t\xa0]this[ \t\xa0](?:announcement|release|publication|news|press[ \t\xa0]release)"
            # a release portal's labels: Press release from: Acme Inc., PR Agency: Acme Communications
            r"|press[ \t\xa0]release[ \t\xa0]from[ \t\xa0]*:[ \t\xa0]*[^\n]{1,80}|pr[ \t\xa0]agency[ \t\xa0]*:[ \t\xa0]*[^\n]{1,80}"
            # the release's label and number alone on their lines: For Immediate Release, Number 2025-29, Release No. 2025-61
            r"|for[ \t\xa0]immediate[ \t\xa0]release|(?:(?:media|press|news)[ \t\xa0]release[ \t\xa0])?(?:number|no\.)[ \t\xa0]*:?[ \t\xa0]*(?:19|20)\d{2}[-/]\d{1,4}"
        ),
        description="A press release's distribution notice: NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES.",
        max_chars=200,
        examples=(
            "FOR IMMEDIATE RELEASE",
            "Media Release No. 2024-117",
            "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES",
            "Ce communiqué de presse est aussi disponible en français.",
            "This news release is also available in French at www.example.ca.",
            "The issuer is solely responsible for the content of this announcement.",
            "Press release from: Lakemont Robotics GmbH",
            "PR Agency: Bluewater PR",
        ),
        counterexamples=(
            "Number 2025-29 on the list was the highest count recorded, the agency said.",
            "The memo was not for distribution, but it leaked to reporters within hours.",
            "The app is also available in French and Spanish, the company said.",
            "Press release from the ministry: the budget deficit narrowed to 3.1% of GDP, it said.",
        ),
    ),
    Rule(
        id="chrome.wire-footer",
        category="chrome",
        pattern=(
            # EQS/DGAP: '04.03.2025 CET/CEST Dissemination of a Corporate News, transmitted by EQS News - a service of EQS Group.'
            # and the issuer's data block under it (Language:, Company:, ISIN:, WKN:, Listed:, EQS News ID:, End of News)
            r"(?:\d{1,2}\.\d{1,2}\.\d{4}[ \t\xa0]+(?:(?-i:[A-Z]{3,4})(?:/(?-i:[A-Z]{3,4}))?[ \t\xa0]+)?)?"
            r"(?:dissemination|publication)[ \t\xa0]of[ \t\xa0](?:an?[ \t\xa0])?[^\n,]{1,60},?[ \t\xa0]transmitted[ \t\xa0]by[ \t\xa0][^\n]{0,60}?(?:a[ \t\xa0]service[ \t\xa0]of|(?-i:EQS|DGAP))[^\n]{0,80}"
            r"|the[ \t\xa0](?-i:EQS|DGAP)[ \t\xa0]distribution[ \t\xa0]services[ \t\xa0]include[^\n]{1,160}"
        ),
        description=(
            "A wire service's footer at the tail: EQS's dissemination line (Dissemination of a Corporate News, "
            "transmitted by EQS News) and the issuer's data block after it, to the end."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=25,
        max_chars=240,
        to_end=True,
        examples=(
            "11.02.2025 CET/CEST Dissemination of a Corporate News, transmitted by EQS News - a service of EQS Group.",
            "Dissemination of an Ad-hoc announcement according to Article 17 MAR, transmitted by DGAP - a service of EQS Group AG.",
            "The EQS Distribution Services include Regulatory Announcements, Financial/Corporate News and Press Releases.",
        ),
        counterexamples=(
            "Dissemination of the report, transmitted by fax to 40 banks, took two days, the regulator said.",
            "Publication of the results was delayed.",
        ),
    ),
    Rule(
        id="chrome.issuer-ids",
        category="chrome",
        pattern=(
            # The identifiers a listed issuer prints on a regulatory announcement, one or two
            # to a line: where it is incorporated, its stock code, share code, ISIN, LEI,
            # registration number, the RNS number, a bare exchange ticker.
            r"(?:(?:(?:[A-Z]{2,6}[ \t\xa0])?(?:stock|share|alpha|company)[ \t\xa0]code|isin(?:[ \t\xa0]code)?|lei|rns[ \t\xa0]number"
            r"|(?:company[ \t\xa0])?registration[ \t\xa0](?:number|no\.?)|(?-i:ASX|NZX|TSXV?|LSE|AIM|JSE|SGX|CSE|NYSE|NASDAQ|OTCQX|OTCQB))"
            r"[ \t\xa0]*[:：]?[ \t\xa0]*(?-i:[A-Z0-9][A-Z0-9./-]{0,24})(?:[ \t\xa0]*[,;|]?[ \t\xa0]*)){1,4}"
            r"|\((?:(?:stock|share)[ \t\xa0]code|registration[ \t\xa0](?:number|no\.?))[ \t\xa0]*[:：]?[ \t\xa0]*[\w./-]{1,20}\)"
            r"|\(?incorporated[ \t\xa0](?:in|under)[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z])[^\n()]{1,60}?(?:[ \t\xa0]with[ \t\xa0]limited[ \t\xa0]liability)?\)?"
            r"|stabili[sz]ation[ \t\xa0]*:[ \t\xa0]*(?-i:FCA|ICMA)[^\n]{0,20}"
            r"|(?-i:EQS|DGAP)-[\w-]{2,24}:[ \t\xa0][^\n]{1,160}"
        ),
        description=(
            "The identifiers a listed issuer prints on a regulatory announcement: (Incorporated in the Cayman "
            "Islands with limited liability), (Stock Code: 2718), JSE share code: MKH  ISIN: ZAE000254817, "
            "LEI: 213800ZXK9P2LT4QJR18, RNS Number : 4821K, ASX: KLI, EQS-Ad-hoc: X / Key word(s): Y."
        ),
        max_chars=200,
        examples=(
            "(Incorporated in the Cayman Islands with limited liability)",
            "(Incorporated in the Republic of South Africa)",
            "(Stock Code: 2718)",
            "(Registration number 1998/021733/06)",
            "JSE share code: MKH  ISIN: ZAE000254817",
            "LEI: 213800ZXK9P2LT4QJR18",
            "RNS Number : 4821K",
            "ASX: KLI",
            "Stabilisation: FCA/ICMA.",
            "EQS-Ad-hoc: Vellmar Technik AG / Key word(s): Change in Forecast",
        ),
        counterexamples=(
            "The company was incorporated in Delaware in 2011 and listed its shares in 2019.",
            "Share code changes take effect on Monday, the exchange said.",
            "ASX: the bourse said trading would resume on Thursday after the halt.",
        ),
    ),
    Rule(
        id="chrome.promo-tail",
        category="chrome",
        pattern=(
            r"(?![^\n]{0,140}\b(?:said|says|told|urged|advised|recommends|ad|advert|commercial|study|found)\b)(?:"
            r"(?=[^\n]{0,126}?your[ \t\xa0])[^\n]{0,120}?(?:start|begin|claim)[ \t\xa0]your[ \t\xa0](?:\d{1,2}-day[ \t\xa0])?free[ \t\xa0]trial(?:[ \t\xa0](?:today|now|here))?[.!]?"
            r"|[^\n]{0,60}?(?:get|receive)[ \t\xa0](?:daily|weekly|the[ \t\xa0]latest)?[ \t\xa0]?(?:updates|news|headlines|stories)[ \t\xa0](?:in|to|straight[ \t\xa0]to)"
            r"[ \t\xa0]your[ \t\xa0]inbox(?:[.!,][^\n]{0,40})?"
            r"|(?:have|got)[ \t\xa0]a[ \t\xa0](?:confidential[ \t\xa0])?(?:news[ \t\xa0]|story[ \t\xa0])?tip(?:[ \t\xa0]for[ \t\xa0](?:us|our[ \t\xa0](?:reporters|journalists|newsroom)))?\?"
            r"(?:[ \t\xa0]*(?:get[ \t\xa0]in[ \t\xa0]touch|contact[ \t\xa0]us|let[ \t\xa0]us[ \t\xa0]know|we[ \t\xa0]want[ \t\xa0]to[ \t\xa0]hear[ \t\xa0]from[ \t\xa0]you)[^\n]{0,40})?"
            r"|before[ \t\xa0]it['’]s[ \t\xa0]here,[ \t\xa0]it['’]s[ \t\xa0]on[ \t\xa0](?:the[ \t\xa0])?[\w ]{1,30}?terminal[.!]?"
            r"|plus:[ \t\xa0]+[^\n]{5,120}"
            # a registration box's question alone at the tail (at the head it may open a story's paragraph)
            r"|not[ \t\xa0](?:yet[ \t\xa0])?registered\?"
            # the site's own link: 'Visit https://www.marketpulse.com/ to find out more about the beat of the global markets.'
            r"|visit[ \t\xa0](?:https?://|www\.)[^\s<>\"]{1,80}[ \t\xa0]to[ \t\xa0](?:find[ \t\xa0]out|learn|read|discover)[ \t\xa0]more(?:[ \t\xa0]about[ \t\xa0](?:the|us|our)\b[^\n]{0,100})?"
            r"|(?:unlock|read)[ \t\xa0]this[ \t\xa0](?:article|story)[^\n]{0,40}?(?:subscription|subscribe|subscriber)[^\n]{0,80}"
            r"|this[ \t\xa0](?:article|story|post)[ \t\xa0]was[ \t\xa0](?:first|originally)[ \t\xa0](?:sent|published|made[ \t\xa0]available)[ \t\xa0]to[ \t\xa0](?:our[ \t\xa0])?(?:paying[ \t\xa0]|premium[ \t\xa0])?(?:subscribers|members)[^\n]{0,200}"
            r"|(?:member|subscriber|premium)[- ]only[ \t\xa0](?:story|article|post|content)"
            r"|thanks[ \t\xa0]for[ \t\xa0]reading[ \t\xa0][^\n]{1,60}?[!.][^\n]{0,200}"
            r"|keep[ \t\xa0]up[ \t\xa0](?:to[ \t\xa0]date[ \t\xa0])?with[^\n]{0,80}?(?:email|newsletter|alerts?|follow[ \t\xa0]us)[^\n]{0,100}"
            r"|keep[ \t\xa0]up[ \t\xa0]to[ \t\xa0]date[ \t\xa0]with[ \t\xa0](?:what['’]s|all[ \t\xa0]that['’]s)[ \t\xa0](?:happening|going[ \t\xa0]on)[ \t\xa0]in[^\n]{1,100}"
            # a reader-funding appeal: Your support, no matter how small, ...; By supporting X, you're defending ...
            r"|your[ \t\xa0](?:support|contribution|donation),?[ \t\xa0]no[ \t\xa0]matter[ \t\xa0]how[ \t\xa0](?:small|big|large)[^\n]{0,300}"
            r"|by[ \t\xa0](?:supporting|contributing[ \t\xa0]to|donating[ \t\xa0]to)[ \t\xa0][^\n,]{1,50},[ \t\xa0]you['’](?:re|ll)[ \t\xa0](?:defending|helping|supporting|protecting|keeping)[^\n]{0,300}"
            r"|[^\n]{0,160}?to[ \t\xa0](?:continue|keep[ \t\xa0]doing)[ \t\xa0]our[ \t\xa0](?:work|journalism|reporting),?[ \t\xa0]we[ \t\xa0]need[ \t\xa0]your[ \t\xa0](?:help|support)[.!]?"
            r"|remind[ \t\xa0]me[ \t\xa0]later[.!]?|dear[ \t\xa0](?:readers?|subscribers?|supporters),?|a[ \t\xa0]message[ \t\xa0]from[ \t\xa0](?:the[ \t\xa0])?[A-Z][\w.'’-]{1,20}(?:[ \t\xa0][\w.'’-]{1,20}){0,3}[ \t\xa0]*:"
            r"|got[ \t\xa0]a[ \t\xa0](?:tip|story|news[ \t\xa0]tip)[^\n?]{0,60}\?[^\n]{0,120}"
            r"|email[ \t\xa0]alerts?[ \t\xa0]*:[ \t\xa0]*(?:sign[ \t\xa0]up|subscribe|register)[^\n]{0,120}"
            r"|subscribe[ \t\xa0]to[ \t\xa0]our[ \t\xa0](?:insights|updates|alerts|newsletters?|briefings?)[^\n]{0,80}"
            # a paid tier's pitch: 'Want to know more? Upgrade to Acme Premium to access our screener', 'Join AAII to access the full survey history'
            r"|(?:want[ \t\xa0]to[ \t\xa0](?:know|learn|see|read)[ \t\xa0]more\?[ \t\xa0]+)?(?:upgrade[ \t\xa0]to|join)[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t\xa0][\w.&'’-]{1,30}){0,3}?[ \t\xa0]to[ \t\xa0](?:access|unlock|get[ \t\xa0](?:full[ \t\xa0]|unlimited[ \t\xa0])?access[ \t\xa0]to)[ \t\xa0][^\n]{1,200}"
            # 'Subscribe to Income Edge Advisor here…'
            r"|subscribe[ \t\xa0]to[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t\xa0][\w.&'’-]{1,30}){0,4}?[ \t\xa0]here(?:…|\.\.\.)?"
            r"|like[ \t\xa0]this[ \t\xa0](?:story|article|post)\?[^\n]{0,200}?(?:sign[ \t\xa0]up|subscribe)[^\n]{0,120}"
            r"|if[ \t\xa0](?:you[ \t\xa0]found[ \t\xa0])?this[ \t\xa0](?:was[ \t\xa0]|is[ \t\xa0])?(?:useful|helpful)[^\n]{0,200}?(?:follow|subscribe|clap|👏)[^\n]{0,100}"
            r"|join[ \t\xa0]the[ \t\xa0]conversation[ \t\xa0]*:[^\n]{0,160}"
            r"|join[ \t\xa0][^\n]{1,40}?(?:viber|whatsapp|telegram|discord|signal|line)[ \t\xa0](?:community|channel|group)[^\n]{0,100}"
            r"|(?:[^\n?]{1,60}\?[ \t\xa0]+)?(?:start|begin|claim|get|try)[ \t\xa0](?:a|your|our)[ \t\xa0](?:[\w-]{1,12}[ \t\xa0]){0,2}free[ \t\xa0]trial[^\n]{0,80}"
            r"|download[ \t\xa0](?:a|the)[ \t\xa0](?:spreadsheet|pdf|excel[ \t\xa0]file|data[ \t\xa0]file|full[ \t\xa0]report|chart[ \t\xa0]data)[^\n]{0,100}"
            r"|this[ \t\xa0](?:report|story|article)[ \t\xa0]by[ \t\xa0][^\n]{1,60}?[ \t\xa0]was[ \t\xa0]first[ \t\xa0]published[^\n]{0,60}"
            r"|this[ \t\xa0](?:article|report|story)[ \t\xa0]was[ \t\xa0](?:published|produced|written)[ \t\xa0]by[ \t\xa0][^\n]{1,80}?[ \t\xa0]and[ \t\xa0]not[ \t\xa0]by[ \t\xa0][^\n]{1,200}"
            r"|[^\n]{0,40}?editorial[ \t\xa0]team[ \t\xa0]writes[ \t\xa0]on[ \t\xa0]behalf[ \t\xa0]of[ \t\xa0]you[^\n]{0,300}"
            r"|start[ \t\xa0]trading[ \t\xa0](?:today|now)[^\n]{0,160}"
            r"|(?=[^\n]{0,19}?(?:订阅|訂閱))(?![^\n]*[\d%％])(?![^\n]*[？?][ \t\xa0]*$)(?![^\n]*(?:收入|營收|营收|用戶|用户|人數|人数|成長|成长|增長|增长|年增|年減|年减|業務|业务|公司|業者|业者|表示|指出))(?:[^\n]{0,16}?[，,])?(?:立即|马上|馬上|請|请|歡迎|欢迎)?(?:订阅|訂閱)(?![，,。；;？?])[^\n]{1,30}"
            r"|(?:看)?更多(?:精彩|财经|財經)?(?:内容|內容|報導|报道)[，,]?(?:请|請)?(?:进入|進入|訂閱|订阅|关注|關注|下載|下载)[^\n]{0,24}"
            r"|[^\n]{0,20}?(?:欢迎|歡迎)(?:在)?(?:评论区|評論區|留言区|留言區)[^\n]{0,20}"
            r"|[^\n]{0,80}?subscriber[- ]only[^\n]{0,200}"
            r"|stay[ \t\xa0](?:on[ \t\xa0]top[ \t\xa0]of|up[ \t\xa0]to[ \t\xa0]date[ \t\xa0]with|informed)[^\n]{0,120}?(?:sign[ \t\xa0]up|subscribe|newsletter|channel|follow)[^\n]{0,120}"
            r"|never[ \t\xa0]miss[ \t\xa0](?:an?[ \t\xa0])?(?:insight|story|update|article|wire|episode)[^\n]{0,160}"
            r"|[^\n]{1,60}?newsletters?[ \t\xa0]*:[^\n]{0,300}?(?:sign[ \t\xa0]up|subscribe)[^\n]{0,200}"
            r"|share[ \t\xa0]with[ \t\xa0]us[ \t\xa0]your[ \t\xa0]feedback[^\n]{0,100}"
            r"|open[ \t\xa0]in[ \t\xa0](?:whatsapp|telegram|the[ \t\xa0]app|app)"
            r"|you[ \t\xa0]can[ \t\xa0](?:also[ \t\xa0])?listen[ \t\xa0]to[ \t\xa0]this[ \t\xa0](?:podcast|episode|article|story)[^\n]{0,80}"
            r"|our[ \t\xa0]journalism[ \t\xa0]is[ \t\xa0](?:free|independent|funded)[^\n]{0,200}"
            r"|subscribe[ \t\xa0]to[ \t\xa0][^\n]{1,80}?(?:platform|service|membership|premium)\b[^\n]{0,60}"
            r"|get[ \t\xa0](?:critical|exclusive|full|unlimited|instant)[ \t\xa0](?:information|access|insights?|data)[ \t\xa0]about[^\n]{0,300}"
            r"|by[ \t\xa0](?:signing[ \t\xa0]up|subscribing|registering|clicking[ \t\xa0](?:on[ \t\xa0])?[\"'“‘]?(?:submit|sign[ \t\xa0]up|subscribe|register|continue|join)[\"'”’]?),?[ \t\xa0]you(?:[ \t\xa0]are|['’]re)?[ \t\xa0](?:agree|consent|accept)(?:ing)?\b[^\n]{0,200}"
            r"|sign[ \t\xa0]up[ \t\xa0]to[ \t\xa0]receive[ \t\xa0](?:the[ \t\xa0]latest[ \t\xa0]|our[ \t\xa0](?:latest[ \t\xa0])?)?(?:e-?mail[ \t\xa0])?(?:notifications|alerts|updates|news)[^\n]{0,120}"
            r"|(?:get|try)[ \t\xa0](?:\d{1,3}|one|two|three|four|six)[ \t\xa0](?:days?|weeks?|months?)[ \t\xa0](?:for[ \t\xa0](?:just[ \t\xa0]|only[ \t\xa0])?(?:[A-Z]{0,3}[$€£¥]|Rs\.?[ \t\xa0]?)[\d.,]{1,6}|free|for[ \t\xa0]free)\b[^\n]{0,80}"
            r"|back[ \t\xa0]to[ \t\xa0](?:all[ \t\xa0])?(?:news|articles|stories|results|(?:press|news)[ \t\xa0]releases|top)"
            r"|published[ \t\xa0]by[ \t\xa0][^\n|]{1,60}?(?:ltd|limited|inc|llc|plc|group)\.?[ \t\xa0]*(?:\|[^\n]{0,160})?"
            r"|email[ \t\xa0]us[ \t\xa0]here|visit[ \t\xa0]us[ \t\xa0]on[ \t\xa0]social[ \t\xa0]media[ \t\xa0]*:?[^\n]{0,60}"
            r"|(?:sign[ \t\xa0]up|subscribe|register)[ \t\xa0]and[ \t\xa0]we['’]ll[ \t\xa0](?:send|e-?mail|deliver)[^\n]{0,220}"
            # Not a story sentence (…提升。) with the promo glued after it: the sentence-level cut takes the promo.
            r"|(?=[^\n]*?[>→»])(?![^\n]*[«‹])(?![^\n]{0,250}?。[^\n]{8})[^\n]{1,250}?(?:[ \t\xa0]*(?:>>|→)|[ \t\xa0]»)"
            r"|(?:[^\n.!?]{1,80}[.!?][ \t\xa0]+)?(?:find[ \t\xa0]out|see|discover|learn)[ \t\xa0](?:whether|if|how)[^\n]{1,120}?[ \t\xa0]with[ \t\xa0]our[ \t\xa0][^\n]{1,60}"
            r"|(?:got|have)[ \t\xa0](?:questions?|feedback|a[ \t\xa0]question)(?:[ \t\xa0](?:or|and)[ \t\xa0][^\n?]{1,40})?\?[^\n]{0,200}"
            r"|\([^\n()]{0,300}?contact[ \t\xa0]us[^\n()]{0,160}\)"
            r"|don['’]?t[ \t\xa0]miss[ \t\xa0](?:these|this|our)[ \t\xa0](?:[\w-]{1,20}[ \t\xa0]){0,2}(?:insights|stories|articles|reads|picks|coverage)(?:[ \t\xa0](?:from|on|at)[ \t\xa0][^\n]{1,40})?"
            r"|(?=[^\n]{0,214}?your[ \t\xa0])[^\n]{0,200}?(?:straight|delivered|sent|direct(?:ly)?|right)[ \t\xa0](?:to|into)[ \t\xa0]your[ \t\xa0](?:e-?mail|inbox|mailbox)(?:[ \t\xa0](?:inbox|daily|every[ \t\xa0]\w+))?[.!]?"
            r"|delivered[ \t\xa0](?:daily|weekly|every[ \t\xa0]\w+|each[ \t\xa0]\w+|free)(?:[ \t\xa0]to[ \t\xa0]your[ \t\xa0](?:inbox|e-?mail))?[.!]?"
            r"|(?:start|begin)[ \t\xa0](?:every|each|your)[ \t\xa0](?:day|morning|week|weekday)[ \t\xa0]with[ \t\xa0][^\n]{1,160}"
            r"|catch[ \t\xa0](?:all[ \t\xa0])?the[ \t\xa0](?:latest[ \t\xa0])?[^\n]{1,80}?(?:news|updates|action)(?:[^\n]{0,60}?[ \t\xa0](?:on|at)[ \t\xa0][^\n]{1,120}?[.!]"
            r"|[ \t\xa0]here[.!](?:[ \t\xa0]+for[ \t\xa0](?:all[ \t\xa0])?(?:other|more)[ \t\xa0][^\n]{1,140}?[ \t\xa0]visit[ \t\xa0][^\n]{1,60}?[.!])?)"
            # a site's standing footer: Get Latest Business News, Stock Market Updates and Videos; Check your tax outgo ...
            r"|get[ \t\xa0](?:the[ \t\xa0])?latest[ \t\xa0](?:business[ \t\xa0]|market[ \t\xa0])?news,[ \t\xa0](?:stock[ \t\xa0]market|share[ \t\xa0]market|market)[ \t\xa0]updates[^\n]{0,300}"
            r"(?:[ \t\xa0]+[^\n]{0,120})?"
            r"|(?:find[ \t\xa0]out|learn|read)[ \t\xa0](?:more[ \t\xa0])?about[ \t\xa0][^\n]{1,40}?['’]s?[ \t\xa0]editorial[ \t\xa0](?:policies|policy|standards|guidelines)[.!]?"
            r"|[^\n]{0,20}?(?:先开户|手机开户|立即开户|一键开户|免费开户|先開戶|手機開戶|立即開戶)[！!]?(?:[ \t\xa0\u3000]+[^\n]{0,12})?"
            r"|for[ \t\xa0]more[ \t\xa0]information,?[ \t\xa0](?:see|visit|read|check)[ \t\xa0]our[ \t\xa0][^\n]{1,40}"
            r"|\(?(?:you[ \t\xa0]can[ \t\xa0](?:now[ \t\xa0])?)?(?:subscribe|join|follow)[ \t\xa0](?:to[ \t\xa0])?(?:our[ \t\xa0]|the[ \t\xa0]|[\w&.'’-]{1,20}(?:['’]s)?[ \t\xa0])[^\n]{0,40}?"
            r"(?:whatsapp|telegram|youtube|google[ \t\xa0]news|broadcast)[ \t\xa0]channel[^\n]{0,40}?\)?"
            r"|(?:sign[ \t\xa0-]?up|subscribe|register)[ \t\xa0](?:for|to)[ \t\xa0][^\n]{1,50}?[ \t\xa0](?:to|and)[ \t\xa0](?:get|receive)[ \t\xa0][^\n]{1,160}"
            r"|get[ \t\xa0](?:the|our)[ \t\xa0][^\n]{0,40}?(?:daily|weekly|morning|evening|midday|weekend)[ \t\xa0](?:brief|briefing|digest|newsletter|e-?mail|update|bulletin)\b[^\n]{0,160}"
            r"|take[ \t\xa0]your[ \t\xa0][^\n]{1,40}?experience[ \t\xa0]to[ \t\xa0]the[ \t\xa0]next[ \t\xa0]level[^\n]{0,200}"
            r"|become[ \t\xa0]an?[ \t\xa0](?:[\w-]{1,15}[ \t\xa0]){0,2}(?:member|subscriber|supporter|patron)[ \t\xa0](?:for|to|and|today|now)\b[^\n]{0,160}"
            r"|to[ \t\xa0](?:subscribe|advertise|syndicate|republish)[ \t\xa0]*,?[ \t\xa0](?:please[ \t\xa0])?(?:e-?mail|contact|call|write[ \t\xa0]to|visit)[ \t\xa0][^\n]{1,160}"
            r"|support[ \t\xa0](?:local|independent|quality|our|trusted)[ \t\xa0]journalism[^\n]{0,20}?(?:subscrib|donat|becom|join|sign[ \t\xa0]up)[^\n]{0,120}"
            r"|this[ \t\xa0](?:article|story|content|report|post|piece)[ \t\xa0]is[ \t\xa0](?:only[ \t\xa0])?(?:available|reserved|exclusive)[ \t\xa0](?:only[ \t\xa0])?(?:to|for)[ \t\xa0](?:our[ \t\xa0])?(?:paying[ \t\xa0]|premium[ \t\xa0]|registered[ \t\xa0]|digital[ \t\xa0])?(?:subscribers|members|readers)(?:[ \t\xa0]only)?\b[^\n]{0,160}"
            r"|(?:the[ \t\xa0])?full[ \t\xa0](?:transcript|interview|episode|video|report)[ \t\xa0](?:is[ \t\xa0])?(?:available|reserved)[ \t\xa0](?:only[ \t\xa0])?(?:to|for|on|at|here)\b[^\n]{0,100}"
            r"|read[ \t\xa0](?:the[ \t\xa0])?full[ \t\xa0](?:transcript|interview|report|release|filing|statement)[ \t\xa0](?:here|below|online)[.!]?"
            r"|for[ \t\xa0](?:reprints?|licensing|permissions?|syndication|republication)(?:[ \t\xa0](?:and|&|or)[ \t\xa0](?:reprints?|licensing|permissions?|syndication|republication))?(?:[ \t\xa0](?:requests?|inquiries|enquiries|information|options))?[^\n]{0,60}?(?:click|contact|e-?mail|visit|call|see|go[ \t\xa0]to)\b[^\n]{0,100}"
            r"|subscribe[ \t\xa0](?:now[ \t\xa0]|today[ \t\xa0])?(?:for|from)[ \t\xa0](?:just[ \t\xa0]|only[ \t\xa0])?(?:[A-Z]{0,3}[$€£¥R]|Rs\.?[ \t\xa0]?)\d[\d,.]*[^\n]{0,80}"
            r")"
            + r"|jetzt[ \t\xa0][^\n.!?。！？]{0,30}?weiterlesen[^\n]{0,80}|\d{1,3}[ \t\xa0](?:tage|jours|d[ií]as|giorni|dagen)[ \t\xa0](?:kostenlos|gratuit\w{0,5}|gratis)[ \t\xa0]?(?:testen|essayer|probar|provar|prova)?[^\n]{0,40}|最新の情報は[、，]?[^\n]{1,30}(?:にて|で)(?:ご覧ください|ご確認ください)?"
            + r"|get[ \t\xa0](?:live|all[ \t\xa0]the[ \t\xa0]latest|the[ \t\xa0]latest|latest|real-time)[ \t\xa0](?![^\n]{0,200}\b(?:said|says|told|according[ \t\xa0]to)\b)[^\n]{0,40}?(?:updates|news|quotes)[^\n]{0,160}?[ \t\xa0](?:on|at|with|from)[ \t\xa0](?:the[ \t\xa0])?[A-Z][\w&'’.-]{1,25}(?:[ \t\xa0][A-Z][\w&'’.-]{1,25}){0,3}(?:[ \t\xa0](?:app|website))?[.!]?|want[ \t\xa0]to[ \t\xa0](?:invest|buy)[ \t\xa0]in[ \t\xa0][^\n?]{1,80}\?[ \t\xa0]*check[ \t\xa0]out[ \t\xa0](?:our|the)[ \t\xa0][^\n]{1,300}|sign[ \t\xa0]up[ \t\xa0](?:on|with|at)[ \t\xa0][^\n]{1,30}?[ \t\xa0](?:through|via|using|with)[ \t\xa0](?:our|this|the[ \t\xa0]link[ \t\xa0]below)[ \t\xa0]?(?:link|code|referral)?[^\n]{0,200}"
            + r"|(?=[^\n]{0,400}(?:subscrib|support|donat))(?![^\n]{0,300}\b(?:said|says|told|according[ \t\xa0]to)\b)[^\n]{0,160}?(?:quality|independent|trusted|good)[ \t\xa0]journalism[ \t\xa0](?:is|has[ \t\xa0]never[ \t\xa0]been|matters|needs|costs)[^\n]{0,400}|by[ \t\xa0]subscribing,[ \t\xa0]you[^\n]{0,200}|bookmark[ \t\xa0](?:our|this)[ \t\xa0](?:website|site|page)[^\n]{0,300}|get[ \t\xa0]the[ \t\xa0]latest[ \t\xa0](?:from|on)[ \t\xa0](?-i:[A-Z])[^\n.]{1,60}"
            + r"|discover[ \t\xa0]the[ \t\xa0]latest[ \t\xa0][^\n]{1,160}?(?:download|subscribe|follow)[^\n]{0,120}"
            + r"|check[ \t\xa0]out[ \t\xa0]the[ \t\xa0]latest[ \t\xa0](?:news|stories|updates)[ \t\xa0]on[^\n]{1,120}|discover[ \t\xa0]the[ \t\xa0]latest[ \t\xa0][^\n]{1,160}?[ \t\xa0]app\b[^\n]{0,40}"
            + r"|buchtipp[ \t\xa0]*:[^\n]{1,80}|aproveite[!.]?[ \t\xa0]+abra[ \t\xa0]sua[ \t\xa0]conta[^\n]{0,120}|handle[ \t\xa0][^\n]{1,40}?ab[ \t\xa0][\d,.]+[ \t\xa0]?€[ \t\xa0]?ordergeb[üu]hr[^\n]{0,120}"
            + r"|plus[ \t\xa0]que[ \t\xa0]\d{1,3}[ \t\xa0]jours?[ \t\xa0]pour[ \t\xa0]profiter[^\n]{0,120}|mit[ \t\xa0]knock-?outs[ \t\xa0]können[^\n]{0,300}|der[ \t\xa0]hebel[ \t\xa0]muss[ \t\xa0]zwischen[ \t\xa0]\d{1,3}[ \t\xa0]und[ \t\xa0]\d{1,3}[ \t\xa0]liegen\.?|ausgewählte[ \t\xa0]hebelprodukte[ \t\xa0]auf[^\n]{1,60}"
            + r"|(?:sign[ \t\xa0-]?up|subscribe)[ \t\xa0](?:to|for)[ \t\xa0](?:the[ \t\xa0]|our[ \t\xa0])?(?:best|top|latest|biggest|most[ \t\xa0]read)[ \t\xa0][^\n]{1,120}?(?:selected|picked|curated|chosen|hand-?picked|delivered|sent)[^\n]{0,60}"
            + r"|(?:it['’]s[ \t\xa0]free[.!,]?[ \t\xa0]+)?unsubscribe[ \t\xa0](?:whenever[ \t\xa0]you[ \t\xa0](?:want|like|wish)|at[ \t\xa0]any[ \t\xa0]time|any[ \t\xa0]?time)[.!]?"
            + r"|support[ \t\xa0](?:quality|independent|local|trusted|our)[ \t\xa0]journalism[.!]?"
            + r"|subscribe[ \t\xa0]to[ \t\xa0][^\n]{1,50}?[ \t\xa0](?:for|from)[ \t\xa0](?:just[ \t\xa0]|only[ \t\xa0])?(?:[A-Z]{0,3}[$€£¥R]|Rs\.?[ \t\xa0]?)\d[\d,.]*[^\n]{0,80}"
            + r"|for[ \t\xa0](?:more|full|unlimited)[ \t\xa0][^\n,]{1,40},[ \t\xa0](?:please[ \t\xa0])?(?:subscribe|sign[ \t\xa0]up|register)(?:[ \t\xa0](?:today|now|here))?[.!]?"
            + r"|\(?what['’]s[ \t\xa0]moving[ \t\xa0][^\n]{1,40}?[ \t\xa0]track[ \t\xa0](?:the[ \t\xa0])?latest[^\n]{0,300}"
            + r"|compare[ \t\xa0](?:the[ \t\xa0])?(?:best|top|cheapest)[ \t\xa0][^\n]{1,60}?[ \t\xa0]for[ \t\xa0]you[.!]?"
            + r"|(?:want|like|enjoy(?:ed)?)[ \t\xa0]more(?:[ \t\xa0](?:stories|articles|news|content|coverage)[ \t\xa0]like[ \t\xa0]this\?[ \t\xa0]+[^\n]{1,120}"
            r"|\?[ \t\xa0]+(?:upgrade|subscribe|sign[ \t\xa0]up|become|join|unlock|try)[ \t\xa0][^\n]{1,160})"
            # Check out what's clicking on FoxBusiness.com.
            + r"|check[ \t\xa0]out[ \t\xa0]what['’]s[ \t\xa0](?:clicking|trending|popular|hot|new)[ \t\xa0](?:on|at)[ \t\xa0][\w.-]{2,40}[.!]?"
            + r"|(?:get|save|enjoy)[ \t\xa0](?:up[ \t\xa0]to[ \t\xa0])?\d{1,3}%[ \t\xa0]off[^\n]{0,80}?(?:subscri|membership|digital[ \t\xa0]access)[^\n]{0,80}"
            + r"|trade[ \t\xa0]confidently[ \t\xa0]with[ \t\xa0](?:insights|alerts|real-time)[^\n]{0,200}|don['’]t[ \t\xa0]miss[ \t\xa0]a[ \t\xa0]beat[ \t\xa0](?:on|in)[^\n]{1,40}?[.!][ \t\xa0]+[^\n]{0,200}?(?:updates|alerts|news)[^\n]{0,120}"
            + r"|investingpro[ \t\xa0]insights?|investingpro[ \t\xa0](?:data|tips|analysis)[ \t\xa0](?:shows?|reveals?|indicates?|highlights?|suggests?)[^\n]{0,380}"
            + r"|jetzt[ \t\xa0](?:handeln|traden|investieren)[ \t\xa0]ab[ \t\xa0][\d,.]+[ \t\xa0]?€[^\n]{0,60}"
            + r"|apoie[ \t\xa0]o[ \t\xa0]jornalismo[^\n]{0,120}|apoya[ \t\xa0](?:el|al)[ \t\xa0]periodismo[^\n]{0,120}|sostieni[ \t\xa0](?:il[ \t\xa0])?giornalismo[^\n]{0,120}|soutenez[ \t\xa0](?:le[ \t\xa0]|notre[ \t\xa0])?journalisme[^\n]{0,120}|unterstützen[ \t\xa0]sie[ \t\xa0](?:unabhängigen[ \t\xa0]|unseren[ \t\xa0])?journalismus[^\n]{0,120}"
            + r"|become[ \t\xa0]a[ \t\xa0](?:smarter|better|more)[^\n]{0,40}?[ \t\xa0](?:investor|trader|reader|saver)[ \t\xa0]with[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w&'’.-]{1,25}){0,2}(?:[ \t\xa0](?:pro|premium|plus))?[.!]?"
            + r"|(?![^\n]{0,200}\b(?:said|says|told|argued|according)\b)(?:[^\n]{0,120}?,[ \t\xa0])?(?:quality|independent|trusted|local|good)[ \t\xa0]journalism[ \t\xa0](?:is|has[ \t\xa0]never[ \t\xa0]been)[ \t\xa0]more[ \t\xa0](?:crucial|important|vital|essential|needed|valuable)(?:[ \t\xa0]than[ \t\xa0]ever)?[.!]?"
            + r"|[^\n]{0,100}?podcast[^\n]{0,80}?(?:find|listen[ \t\xa0]to|catch)[ \t\xa0](?:the[ \t\xa0])?(?:latest|new|this[ \t\xa0]week['’]s)[ \t\xa0]episode[ \t\xa0](?:here|now)[.!]?"
            + r"|milestone[ \t\xa0]alert[!:]?[^\n]{0,200}?click[ \t\xa0]here[^\n]{0,40}|thank[ \t\xa0]you[ \t\xa0]for[ \t\xa0]your[ \t\xa0]feedback!"
            + r"|subscribe[ \t\xa0]to[ \t\xa0](?-i:[A-Z])[^\n]{1,40}?[ \t\xa0]to[ \t\xa0](?:get|gain|enjoy|unlock)[ \t\xa0](?:full[ \t\xa0]|unlimited[ \t\xa0]|instant[ \t\xa0])?access[ \t\xa0]to[^\n]{1,300}"
            + r"|call[ \t\xa0]\+?\d[\d \t\xa0()-]{4,18}\d\.?"
            + r"|subscribe[ \t\xa0]to[ \t\xa0](?:the[ \t\xa0])?(?-i:[A-Z])[^\n]{1,40}?[ \t\xa0](?:prime|plus|pro|premium|e-?paper|digital)[ \t\xa0](?:and|to)[ \t\xa0](?:read|get|access|enjoy|unlock)\b[^\n]{0,100}"
            + r"|get[ \t\xa0](?:up-to-the-minute|breaking|instant|the[ \t\xa0]latest)[ \t\xa0](?:news|updates|alerts|headlines)[ \t\xa0](?:sent|delivered|pushed)[ \t\xa0](?:straight[ \t\xa0]|directly[ \t\xa0]|right[ \t\xa0])?to[ \t\xa0]your[ \t\xa0](?:device|phone|mobile|inbox)[.!]?"
            + r"|don['’]?t[ \t\xa0]miss[ \t\xa0]the[ \t\xa0](?:most[ \t\xa0]important|latest|top|biggest)[ \t\xa0][^\n.!?]{1,60}[.!][ \t\xa0]*get[ \t\xa0]them[ \t\xa0](?:on|via|in)[ \t\xa0]our[ \t\xa0][^\n]{1,30}?(?:channel|app|newsletter)[.!]?"
            # A site's stock-analysis tool teaser that ends in its link: 证券之星估值分析提示…股价偏高。更多
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)(?:find[ \t\xa0]out|discover|see|learn)[ \t\xa0](?:whether|if)[ \t\xa0][^\n]{1,80}?[ \t\xa0](?:is|might[ \t\xa0]be|could[ \t\xa0]be|may[ \t\xa0]be)[ \t\xa0](?:potentially[ \t\xa0])?(?:over[ \t\xa0]or[ \t\xa0]undervalued|under[ \t\xa0]or[ \t\xa0]overvalued|undervalued|overvalued|a[ \t\xa0]buy)[^\n]{0,40}?[ \t\xa0]with[ \t\xa0]our[ \t\xa0][^\n]{1,250}"
            + r"|valuation[ \t\xa0]is[ \t\xa0]complex,?[ \t\xa0]but[ \t\xa0]we['’]re[ \t\xa0]here[ \t\xa0]to[ \t\xa0]simplify[ \t\xa0]it[.!]?"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)do[ \t\xa0]you[ \t\xa0]have[ \t\xa0](?:questions?|feedback)[^\n?]{0,100}\?[ \t\xa0]+(?:get|find)[ \t\xa0](?:the[ \t\xa0])?answers?[ \t\xa0](?:with|on|in|at)[ \t\xa0][^\n]{1,300}"
            + r"|(?![^\n]{0,300}\b(?:said|says|told|according)\b)(?-i:[A-Z])[\w.&'’ -]{1,40}?[ \t\xa0]has[ \t\xa0]always[ \t\xa0](?:strived|striven|strove|endeavoured|endeavored|tried)[ \t\xa0](?:hard[ \t\xa0])?to[ \t\xa0](?:provide|bring|deliver)[ \t\xa0](?:up-to-date|timely|accurate|the[ \t\xa0]latest)[^\n]{0,500}"
            + r"|jetzt[ \t\xa0](?-i:[A-ZÄÖÜ][\w&.-]{1,20}(?:[ \t\xa0](?:[A-ZÄÖÜ][\w&.-]{1,20}|am|im|der|des|von)){0,3})[ \t\xa0](?:testen|abonnieren|lesen)[ \t\xa0]*[:!](?=[^\n]{0,100}(?:€|euro|gratis|kostenlos|ausgaben|monat|woche))[^\n]{0,100}"
            + r"|conteúdo[ \t\xa0]publicado[ \t\xa0](?:anteriormente|originalmente|primeiro)[ \t\xa0](?:no|na|em)[ \t\xa0][^\n]{1,160}"
            + r"|you['’](?:ve|re)[ \t\xa0](?:accessed|reading|viewing)[ \t\xa0]an?[ \t\xa0](?:premium[ \t\xa0])?(?:article|story|report)[ \t\xa0](?:that[ \t\xa0]is[ \t\xa0])?(?:available|reserved)[ \t\xa0](?:only[ \t\xa0])?(?:to|for)[ \t\xa0](?:paying[ \t\xa0])?(?:subscribers|members)[^\n]{0,120}"
            + r"|(?:view|see|compare)[ \t\xa0](?:subscription[ \t\xa0]|plan[ \t\xa0]|pricing[ \t\xa0])?(?:options|plans)"
            + r"|(?![^\n]{0,240}\b(?:said|says|told|according[ \t\xa0]to)\b)unlock[ \t\xa0](?:exclusive[ \t\xa0]|special[ \t\xa0])?(?:discounts|savings|offers|rates|pricing)[ \t\xa0](?:with|through|on)[ \t\xa0]an?[ \t\xa0][^\n]{0,40}?(?:subscription|membership|plan)[^\n]{0,120}"
            + r"|(?![^\n]{0,240}\b(?:said|says|told|according[ \t\xa0]to)\b)check[ \t\xa0]out[ \t\xa0]our[ \t\xa0][^\n]{0,80}?(?:coverage|news|updates|analysis)[^\n]{0,100}?[ \t\xa0](?:on|at)[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,30}(?:[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,30}){0,2}[.!]?"
            # Chinese and Japanese prompts in one group: their words (訂閱, 投票, 有料会員) keep the
            # group from English lines, and the English alternatives keep their own checks.
            + r"|(?:"
            + r"(?:想|想要|欲)(?:閱讀|阅读|了解|知道|看|獲取|获取|收看)更多[^\n？?。]{0,20}[？?](?:[ \t\xa0]*[^\n]{0,30})?"
            + r"|最新の情報は[、，][^\n]{1,40}(?:端末|アプリ)[^\n]{0,40}"
            + r"|[＊*]?(?:想看|欲看|想讀|想读)(?:更多)?[^\n，,。]{1,24}[，,][ \t\xa0]*(?:立即|馬上|马上|請|请)?(?:訂閱|订阅)[^\n，,。]{1,16}[＊*]?|(?:點我|点我|點此|点此|按此|按我|點擊|点击)(?:訂閱|订阅)[^\n，,。]{1,24}"
            + r"|(?:【[^\n【】]{1,10}】[ \t\xa0]*)?[^\n]{0,60}?[？?][ \t\xa0]*(?:立即|馬上|马上|快來|快来|即刻)投票[，,！! \t\xa0]*(?:即時|即时|立即|馬上|马上)?(?:睇|看|查看|了解)(?:結果|结果)[！!]?"
            + r"|[\u4e00-\u9fffA-Za-z]{2,10}(?:估值分析|价值分析|價值分析|诊股|診股|智能诊股|AI诊股|量化评分|量化評分|综合评分|綜合評分)(?:提示|显示|顯示)[^\n]{4,160}?[。；;][ \t\xa0]*(?:更多|查看更多|详情|詳情|点击查看|點擊查看)(?:[ \t\xa0]*(?:>>|»|>))?"
            # (a brand may stand between: 本文為財訊會員限定內容)
            + r"|(?:(?:本文|此文|本篇|這篇|这篇|以下)(?:為|为|是|屬於|属于)?(?:[A-Za-z0-9&\u4e00-\u9fff]{1,12}?)?)?(?:訂戶|订户|會員|会员|付費|付费|訂閱|订阅)(?:專享|专享|限定|獨享|独享|專屬|专属)(?:內容|内容|文章|報導|报道)?"
            # ... and how to read on: 本文為會員專屬內容，加入會員後即可閱讀全文.
            + r"(?:[，,。][ \t\xa0]*(?:(?:加入|成為|成为|升級|升级|开通|開通|购买|購買)[^\n，,。]{0,8}(?:會員|会员)|訂閱|订阅|登入|登录|登錄)[^\n，,。]{0,20}(?:閱讀|阅读|收看|解鎖|解锁|查看|獲取|获取)[^\n，,。]{0,8}[。！!]?)?"
            + r"|(?:閱讀|阅读|瀏覽|浏览|收看)(?:全文|完整內容|完整内容|完整文章|更多內容)[，,]?(?:請|请|須|须|需)?先?(?:訂閱|订阅|登入|登录|登錄|註冊|注册|成為會員|成为会员)[^\n]{0,60}"
            # the page's own address under its label, too long for chrome.editor-zh: 本文地址：https://…
            + r"|(?:本文地址|本文链接|本文鏈接|本文網址|本文网址|原文地址|原文链接|原文鏈接|原文網址|原文网址)[ \t\xa0]*[：:][ \t\xa0]*"
            + URL
            + r"|[^\n。]{0,60}?有料会員(?:になる|登録(?:する)?|に登録)[!！]?"
            # A subscription price offer: 每月只需RM9.90，即可無限閱讀全站新聞。 【財訊 訂閱方案】一年26期 只要$2,680
            + r"|(?:每月|每年|每週|每周|月付|年付|首月)(?:只需|只要|僅需|仅需|僅|仅)[^\n，,。]{1,16}[，,][ \t\xa0]*(?:即可|就能|便可|即能)?(?:(?:無限|无限)(?:閱讀|阅读|瀏覽|浏览|收看)|暢讀|畅读|任讀|任读|(?:解鎖|解锁)(?:全文|全部))[^\n。]{0,60}"
            + r"|[【\[][^\n】\]]{1,16}?(?:訂閱|订阅|訂戶|订户)(?:方案|優惠|优惠|專案|专案|價格|价格)[】\]][^\n]{0,60}"
            # where to ask for the site's data: 如需了解更多钢材行业数据，请联系Mysteel：021-2609 3000
            + r"|(?:如需|如欲|如想|想)(?:了解|获取|獲取|查看)更多[^\n，,。]{1,20}[，,][ \t\xa0]*(?:请|請|欢迎|歡迎)?(?:联系|聯繫|聯絡|致电|致電|咨询|諮詢)[^\n：:，,。]{0,20}[：:][ \t\xa0]*(?:\+?[\d(][\d\-+() \t]{5,20}\d|" + EMAIL + r")"
            + r"|(?:【[^\n【】]{1,10}】[ \t\xa0]*)?[^\n]{0,60}?[？?][ \t\xa0]*(?:立即|馬上|马上|快來|快来|即刻)?(?:投票|參與投票|参与投票)(?:及|並|并|和|，|,)[ \t\xa0]*(?:即時|即时|立即)?(?:睇|看|查看|了解)(?:結果|结果)[！!]?"
            + r")"
        ),
        description="A subscription promo line at the tail (Benzinga Pro: ... Start your free trial today., Stay on top of crypto news, get daily updates in your inbox.).",
        where=Where.TAIL,
        within=6,
        max_chars=400,
        examples=(
            "Dear readers,",
            "Keep up to date with what's happening in Kenya and across East Africa.",
            "Your contribution, no matter how big or small, keeps our reporting free for everyone.",
            "By supporting The Kyiv Ledger, you’re helping keep independent journalism alive.",
            "We, the reporters of the Baltic Courier, will not stop. But to continue our work, we need your help.",
            "Remind me later",
            "A Message from The Kyiv Ledger:",
            "本文链接：https://www.example-auto.com.cn/news/202503/18A62017735B402.shtml",
            "Want to know more? Upgrade to Yieldwise Premium to access our full dividend screener and ratings.",
            "Join the Kestrel Club to access every back issue and our model portfolio.",
            "Subscribe to Harbor Income Letter here…",
            "Not yet registered?",
            "Visit https://www.fxledger.com/ to find out more about the pulse of the currency markets.",
            "以下内容为Mysteel会员专享，开通会员即可查看全部价格",
            "By signing up you are agreeing to our Terms of Service and Privacy Policy.",
            "By clicking submit, you are agreeing to our Terms and Conditions & Privacy Policy.",
            "Sign up to receive the latest updates from Harbor Media and our trusted partners and sponsors.",
            "Get 3 months for $1",
            "Try 30 days for free, cancel anytime.",
            "Check out our in-depth market coverage, business news and live stock updates on ET Now.",
            "证券之星估值分析提示宁德时代盈利能力优秀，未来营收成长性一般。综合基本面各维度看，股价合理。更多",
            'Conteúdo publicado originalmente no Broadcast, serviço de notícias em tempo real da Agência Estado',
            '會員專屬內容',
            '本文為訂戶專享內容，訂閱後即可閱讀全文',
            '本文為財訊會員限定內容',
            '本文为财新通会员专享内容',
            '每月只需RM9.90，即可無限閱讀星洲網全站新聞。',
            '【今周刊 訂閱方案】一年26期 只要$2,680',
            '如需了解更多钢材行业数据，请联系Mysteel：021-2609 3000',
            '本文为会员专属内容，成为会员后可解锁全部报道。',
            '閱讀全文請先登入會員，即可免費收看財經專欄。',
            'Jetzt Euro am Sonntag abonnieren: 6 Ausgaben für nur 12 Euro!',
            '今なら2カ月無料 日経ビジネス電子版 有料会員になる',
            '【你點睇？】港股年底前會否重上兩萬點？立即投票並查看結果',
            'At a time of disinformation and noise, quality journalism is more important than ever.',
            'Our Money Talks podcast is out every Friday - listen to the latest episode here',
            'Milestone Alert! Mint crosses 50 million readers 🎉 Click here to read more.',
            'Thank you for your feedback!',
            '【你點睇？】美國減息會否推高港股？ 立即投票，即時睇結果！',
            '你认为年内金价能否突破3000美元？快来投票，马上看结果！',
            '＊想看更多經濟日報獨家新聞，立即訂閱數位版＊',
            '點此訂閱天下雜誌電子報',
            "Unlock this article and more with a subscription — 3 months for $1",
            "Member-only story",
            "Keep up with breaking news via our daily email alert or follow us on Bluesky.",
            "Email Alerts: Sign up to receive Northgate news releases by email",
            "Benzinga Pro: Lightning-fast news, unique data, and powerful tools. Start your free trial today.",
            "Stay on top of crypto news, get daily updates in your inbox.",
            "Have a confidential tip for our reporters? Get in touch",
            "Got a news tip? Contact us",
            "Before it's here, it's on the Bloomberg Terminal",
            "Jetzt mit F+ weiterlesen: 30 Tage kostenlos testen",
            "最新の情報は、ブルームバーグ端末にて",
            "Get live Stock market updates, Business news, Today's latest news, Trending stories, and Videos on NDTV Profit.",
            "Want to invest in winners with rock-solid fundamentals? Check out our Strong Momentum Stocks and add them to your watchlist.",
            "Sign up on Bybit through our link and unlock up to $30,050 in trading rewards — terms apply.",
            "想閱讀更多獨家財經分析？立即訂閱信報網站",
            "In a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right.",
            "Bookmark our website and support our journalism: Don't miss the business news you need to know.",
            "Get the latest from Business & Economy Reporting",
            "Sign up for Crain's Detroit Daily to get the region's business news before 7 a.m. — free for registered readers.",
            "Get the Splash Daily Brief — the shipping stories that matter, in 90 seconds.",
            "Take your Herald experience to the next level. Become a Premium member for unlimited access.",
            "To advertise email advertising@example.co.za or click here",
            "Support local journalism — subscribe to the Valley Courier today.",
            "Support independent journalism by subscribing to Business Day — unlimited digital access from R79 a month.",
            "This article is available to subscribers only. To unlock full access, start a free trial.",
            "Full transcript available to premium subscribers.",
            "Read the full transcript here.",
            "Subscribe for R300 a year.",
            "For reprint and licensing requests for this article, click here.",
            "Back to News Releases",
            "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!",
            "Check out the latest news on Singapore-listed companies, markets and the economy on The Edge Singapore.",
            "Discover the latest business news, Sensex and Nifty movements, personal finance tips and expert market views on Moneycontrol — or get it all on the Moneycontrol app.",
            'Buchtipp: Die Börsen-Bibel für Einsteiger',
            'Aproveite! Abra sua conta e invista com assessoria.',
            'Handle BASF ab 0 € Ordergebühr* bei Smartbroker. *zzgl. Spreads',
            'Plus que 2 jours pour profiter de -40 % sur votre abonnement !',
            'Mit Knock-outs können Anleger überproportional an Kursbewegungen partizipieren.',
            'Der Hebel muss zwischen 2 und 20 liegen',
            'Ausgewählte Hebelprodukte auf BASF',
            '最新の情報は、ブルームバーグ端末にて提供中',
            "Sign up to the top stories of the day from independent.ie, hand-picked by our editors.",
            "It's free. Unsubscribe at any time.",
            "Support Independent Journalism",
            "Subscribe to the Sunday Times Digital for just R49 a month.",
            "For more stories and insights, subscribe today.",
            "(What's moving Sensex and Nifty Track latest market news, stock tips and expert advice on ETMarkets. Also, ETMarkets.com is now on Telegram.)",
            "Compare the best savings accounts for you",
            "InvestingPro Insights",
            "Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects the stocks you care about.",
            "Don't miss a beat on the crypto market. Get real-time updates on top movers and trading ideas on our Telegram channel.",
            "Want more stories like this? Sign up for our weekly markets newsletter.",
            "Want more? Upgrade to Regional Deals Premium for full access to deal data and league tables.",
            "Check out what's trending on MarketWatch.com.",
            "Catch the latest IPO updates here. For all other news related to markets, economy and tech, visit Moneywire.in.",
            "Get Latest Business News, Stock Market Updates and Videos; check your SIP returns with our calculators.",
            "Get 40% off your first year when you subscribe today.",
            "InvestingPro data shows Halvorsen trades at 21 times earnings. There are 6 additional InvestingPro Tips available for HLVR.",
            'Jetzt handeln ab 0 € bei Scalable Capital',
            'Apoie o jornalismo independente. Assine agora.',
            'Soutenez le journalisme indépendant en découvrant nos offres.',
            'Become a better informed trader with Benzinga Pro.',
            "Subscribe to The Hindu BusinessLine Premium and read the ePaper online.",
            "Get breaking news sent straight to your phone.",
            "Don't miss the biggest market stories of the day. Get them on our WhatsApp channel",
            'Find out whether Northwind Energy is potentially over or undervalued with our detailed valuation report, including fair value estimates and dividends.',
            'Discover if Corvane Energy might be undervalued or overvalued with our detailed analysis, featuring fair value estimates, potential risks and insider trades.',
            'Valuation is complex, but we’re here to simplify it.',
            'Do you have questions about the biggest stories in Asia? Get the answers with Post Explainers, our new platform of curated content.',
            'The Hindu BusinessLine has always strived to provide up-to-date information and commentary on developments that matter to you.',
            '理財周刊精選：名家選股組合，馬上免費試閱>>',
            "You've accessed an article available only to subscribers",
            'VIEW OPTIONS',
            'Unlock exclusive discounts with a SCMP group subscription, ideal for teams and organizations.',
        ),
        counterexamples=(
            "By supporting the bill, you're defending the status quo, critics told lawmakers on Tuesday.",
            "Join Harbor Bank to access its new savings rate, the chief executive told reporters.",
            "Subscribe to Netflix here, the ad says, and you get the first month free.",
            "Not registered? Then the fund cannot be sold to retail investors in the bloc.",
            "Visit www.example.gov to find out more about the scheme, the ministry told applicants.",
            "By signing up, you agree to hand over your data, the regulator said in its complaint.",
            "Get three months for free was the pitch, and churn soared after it ended, the company said.",
            "Check out our new menu on Instagram, the chain told customers after the news coverage.",
            "公司估值分析显示，其市盈率已高于行业平均水平。更多机构下调了评级。",
            '訂閱業務佔營收近七成，是公司最重要的收入來源。',
            '管理層表示，會員專屬內容是公司核心。',
            '有料会員になる利用者は前年より2割増えた。',
            'Quality journalism is more important than ever, the publisher said at the awards.',
            'Subscribers to the plan get access to 40 channels, the operator said.',
            '想看更多數據的投資人，只能訂閱付費資料庫，業者說。',
            "Have a confidential tip for our reporters? the ad asked.",
            "The ad told viewers to start your free trial today.",
            "Analysts get daily updates in their inbox from the exchange, the report found.",
            "Get live updates on the election, the network told viewers.",
            "訂閱，成為報業新出路？",
            "每月只需30元，即可无限次乘坐市内地铁，市民反响热烈。",
            "如需了解更多政策细节，市民可以前往各区政务服务中心咨询。",
            "【訂閱方案】調整後，該平台用戶數反而上升。",
            "Customers who sign up for the card to get cashback rewards will pay no annual fee, the bank said.",
            "Become a member of the board, the chairman told him.",
            "For more details, subscribers were told to check the app, the bank said.",
            "Compare the best offers for you, the ad said, and switch in minutes.",
            'Become a smarter investor with Vanguard funds, the adviser said.',
            "Subscribers to Disney Plus and Hulu rose 5% in the quarter.",
            'See if Corvane might be undervalued with our model, the analyst told clients.',
            'Do you have questions about the merger? Get the answers with the company, the regulator told shareholders.',
            "Unlock discounts with a family plan was the slogan of the carrier's failed campaign, analysts said.",
        ),
        languages=("en", "de", "fr", "es", "pt", "it", "nl", "ja"),
    ),
    Rule(
        id="chrome.tags",
        category="chrome",
        pattern=(
            r"(?:tags?|tagged(?:[ \t\xa0](?:with|as|in))?|filed[ \t\xa0]under|posted[ \t\xa0]in|categor(?:y|ies)|topics?|related[ \t\xa0]topics"
            r"|sectors?|industries(?:[ \t\xa0](?:&|and)[ \t\xa0]tags)?|trending[ \t\xa0](?:topics|now|searches)|companies[ \t\xa0]in[ \t\xa0]this[ \t\xa0](?:story|article)"
            r"|other[ \t\xa0](?:projects|companies|stories|articles)[ \t\xa0]in"
            r"|keywords|schlagwörter|themen|categorias|etiquetas|标签|標籤|关键词|關鍵字|關鍵詞|分类|相關字詞|相关字词|相关词|相關詞|文章標籤|文章标签|相關標籤|相关标签)(?:[ \t\xa0]*[:：﹕|][ \t\xa0]*"
            r"[^\n]{0,300})?"
            r"|(?-i:Tags|TAGS|Keywords|KEYWORDS|Topics|TOPICS)[ \t\xa0]+(?![^\n]*(?:[.!?][\"'”’)]*\Z|(?-i:[a-z])[.!?][\"'”’)]*[ \t\xa0]))[^\n]{1,200}"
            r"|#[^\s#]{1,30}(?:[ \t\xa0]+#[^\s#]{1,30}){0,10}"
            + r"|(?:mots[- ]clés|thèmes|sujets[ \t\xa0]associés|valeurs[ \t\xa0]associées|themen|schlagworte|schlagwörter|stichworte|etiquetas|temas|archivado[ \t\xa0]en|argomenti|parole[ \t\xa0]chiave|onderwerpen|meer[ \t\xa0]over|trefwoorden|タグ|関連(?:企業|銘柄|キーワード)|태그|키워드|관련[ \t\xa0]?종목)(?:[ \t\xa0]*[:：][ \t\xa0]*[^\n]{1,280})?|(?:[^\W\d_][^\n·|]{0,30}[ \t\xa0]·[ \t\xa0]){2,15}[^\W\d_][^\n·|]{0,30}"
            + r"|(?:关联话题|相关话题|關聯話題|相關話題|标签|標籤|关键词|關鍵詞|关键字|關鍵字|热词|熱詞|本文热词|本文熱詞|热搜词|熱搜詞|热门标签|熱門標籤|热门话题|熱門話題)(?:[：:][ \t\xa0\u3000]*|[ \t\xa0\u3000]+)[\u4e00-\u9fffA-Za-z0-9·]{1,12}(?:[ \t\xa0\u3000]+[\u4e00-\u9fffA-Za-z0-9·]{1,12}){0,7}"
            + r"|(?=[^\n]{0,12}[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z0-9·]{2,8}(?:(?:[ \t\xa0]{2,}|\u3000)[\u4e00-\u9fffA-Za-z0-9·]{2,8}){2,7}"
            + r"|(?:see[ \t\xa0]more[ \t\xa0](?:on|in)|related[ \t\xa0]search(?:es)?|more[ \t\xa0]on)[ \t\xa0]*[:：][ \t\xa0]*[^\n:：]{1,40}(?:,[ \t\xa0]*[^\n,:：]{1,40}){1,8}"
            + r"|(?:相关股票|相關股票|相关个股|相關個股|相关标的|相關標的|涉及个股|涉及個股|相关概念|相關概念)[ \t\xa0]*[：:][ \t\xa0]*[\u4e00-\u9fffA-Za-z*]{2,10}[（(][\dA-Z.]{4,9}[)）](?:[ \t\xa0、，,]*[\u4e00-\u9fffA-Za-z*]{2,10}[（(][\dA-Z.]{4,9}[)）]){0,8}"
            + r"|read[ \t\xa0]more[ \t\xa0](?:news[ \t\xa0]on[ \t\xa0]*:?|about[ \t\xa0]*:)(?:[ \t\xa0]*[^\n]{1,120})?"
            # an archive link: Other articles published on Mar 7, 2025
            + r"|(?:other|more)[ \t\xa0](?:articles|stories|posts|news)[ \t\xa0](?:published|posted)[ \t\xa0](?:on|in)[ \t\xa0]"
            + DATE_FULL
            + r"|(?-i:Business[ \t\xa0]News(?:[A-Z][a-z]{1,20}(?:[ \t\xa0][A-Z][a-z]{1,20})?){1,4}[A-Z0-9‘'\"])[^\n]{5,200}"
            # An unlabelled row of three to seven short Chinese keywords, one of them longer than a
            # name (a list of names stays), no credit (a byline): 白酒 古井坊酒业 一季度. Two of
            # them are words of two to four characters (SHORT_KEYWORDS): a headline's clauses
            # spaced apart are phrases of five to eight (進口食材漲價 南加華人餐館叫苦 部分菜單調漲一成).
            + r"|(?=[^\n]{0,40}?[\u4e00-\u9fff]{4})(?![^\n]{0,60}?(?:记者|記者|编辑|編輯|通讯员|通訊員|实习生|實習生|摄影|攝影|报道|報導|作者|校对|校對|撰文|审核|審核))"
            + _SHORT_KEYWORDS
            + r"[\u4e00-\u9fff·]{2,6}(?:[ \t\xa0](?:[\u4e00-\u9fff·]{2,8}|(?-i:[A-Z][A-Z0-9]{1,5}|[A-Z]股))){2,6}"
            + r"|\$[^\n$]{1,20}?[（(](?:SH|SZ|HK|BJ|NASDAQ|NYSE)?[:：]?[A-Z0-9.]{1,10}[)）]\$(?:[ \t\xa0]*\$[^\n$]{1,20}?[（(](?:SH|SZ|HK|BJ|NASDAQ|NYSE)?[:：]?[A-Z0-9.]{1,10}[)）]\$){0,8}"
            + r"|#[^\W\d_][^\s#]{0,29}(?:[ \t\xa0][^\s#]{1,20}){0,2}(?:[ \t\xa0]+#[^\W\d_][^\s#]{0,29}(?:[ \t\xa0][^\s#]{1,20}){0,2}){1,10}"
            + r"|(?=[^\n|]{2,87}[ \t\xa0]\|)(?=(?:[^\n]{0,160}?(?-i:[A-Z])[\w&'’.-]{1,20}[ \t\xa0](?-i:[A-Z])){2})(?-i:[A-Z][\w&'’.-]{1,20}(?:[ \t\xa0][A-Z][\w&'’.-]{1,20}){0,3})(?:[ \t\xa0]\|[ \t\xa0](?-i:[A-Z][\w&'’.-]{1,20}(?:[ \t\xa0][A-Z][\w&'’.-]{1,20}){0,3})){3,12}"
            # An unlabelled keyword row mixing Latin and Chinese (鴻海 營收 AI伺服器 GB200): one keyword
            # glues a Latin acronym to Chinese characters, as tags do and names do not; two
            # keywords are short words, as in the row above.
            + r"|(?=[^\n]{0,65}?[\u4e00-\u9fff])(?=[^\n]{0,60}?(?<![\w])(?-i:[A-Z]{1,5})[\u4e00-\u9fff]{2})(?![^\n]{0,80}?(?:记者|記者|编辑|編輯|报道|報導|作者|撰文|攝影|摄影))"
            + _SHORT_KEYWORDS
            + r"[\u4e00-\u9fffA-Za-z0-9·]{2,10}(?:[ \t\xa0\u3000][\u4e00-\u9fffA-Za-z0-9·]{2,10}){2,7}"
        ),
        description="A tag, category or 'filed under' line at the tail (Tags: ..., Filed under: ..., 标签：...).",
        where=Where.TAIL,
        within=10,
        max_chars=320,
        examples=(
            'See More In: Payments, Digital Wallets, News, Fintech, Retail',
            "Read more about: dividend stocks midcap stocks",
            "Other articles published on Feb 21, 2025",
            '$贵州茅台(SH600519)$ $五粮液(SZ000858)$',
            "热词：  暴雨  防汛  转移安置",
            "本文热词：降息 存款",
            '$腾讯控股(00700)$',
            '廣達 營收 AI伺服器 GB300',
            '聯發科 天璣 AI手機 5G晶片',
            "Tags: stock car, interlagos",
            "Filed under: Khawarij |",
            "Tags",
            "Categorias",
            "标签：央行 降准",
            "Topics: Markets, Federal Reserve",
            "Tags Kristi Noem South Dakota",
            "#台股 #AI伺服器",
            "Mots-clés: UBS · Finma · Banques · Credit Suisse",
            "Archivado En",
            "CNMC · Electricidad · Multas · Consumidores",
            "Argomenti: Mps · Mediobanca · Bce",
            "Meer over: AFM · Toezicht · Beleggen",
            "Onderwerpen: KBC, Banken, Resultaten",
            "Valeurs associées : ALSTOM (ALO) +4,61 %",
            "标签 比亚迪 新能源汽车 出海",
            "关联话题 半导体设备 国产替代",
            "贵州茅台  股东大会  白酒",
            "See more on: SGX, Stocks, Investing",
            "Related search: baht, currency, tourism, Bank of Thailand",
            "相关股票：北方华创(002371) 中微公司(688012) 拓荆科技(688072)",
            "Read More News on: IPO, grey market premium",
            "Business NewsMarketsStock MarketsSensex ends 300 points higher as IT stocks rally",
            "新能源 宁德时代 固态电池 出海",
            "半導體 台積電 先進製程",
            '#Markets  #European Union  #MiCA  #Stablecoins',
            'Nifty Live | Silver Rate Today | EMI Calculator | IPO Calendar | Diesel Price',
        ),
        counterexamples=(
            "Tagged items were recovered by the police on Friday.",
            "Topics discussed at the summit included trade and climate.",
            "Temas como la inflación dominaron la reunión del banco central.",
            "Tags on its chocolate bars have risen by double digits, the chief executive said. “Volume will follow.”",
            "白酒板块集体下挫 酒鬼酒跌超5%",
            "Business News Daily reported the deal first.",
            "美联储 降息 25个基点",
            "輝達 AI晶片 需求 強勁 3%",
            "王建国 李秀英 陈志强",
            "光伏板块午后拉升 隆基绿能涨停",
            "進口牛肉漲價 北加華人超市叫苦 部分商品調漲兩成",
            "进口水果涨价 深圳果商叫苦 部分品种上调一成",
            "AI伺服器需求強勁 散熱模組廠營收創高 電子股走揚",
            '#1 Microsoft and #2 Apple traded places again on Friday.',
            'Company | Ticker | Last Price | Change | Volume',
        ),
        languages=("en", "zh", "de", "pt", "es", "fr", "it", "nl", "ja", "ko"),
    ),
    # -- tail sections: lists of other stories -----------------------------------------------
    Rule(
        id="chrome.sign-off",
        category="chrome",
        pattern=(
            r"(?:(?:(?:best|kind|warm|warmest|many)[ \t\xa0])?regards|(?:yours[ \t\xa0])?sincerely(?:[ \t\xa0]yours)?|yours[ \t\xa0]truly|cheers"
            r"|(?:good|happy|safe|smart|profitable|successful)[ \t\xa0](?:investing|trading|hunting|speculating)"
            r"|to[ \t\xa0]your[ \t\xa0](?:wealth|success|prosperity|financial[ \t\xa0]freedom|health[ \t\xa0]and[ \t\xa0]wealth)"
            r"|until[ \t\xa0]next[ \t\xa0](?:time|week)|talk[ \t\xa0](?:soon|to[ \t\xa0]you[ \t\xa0]soon)|all[ \t\xa0]the[ \t\xa0]best)"
        )
        + r"[ \t\xa0]*,",
        description=(
            "A newsletter letter's valediction at the tail (Regards,  Good investing,  To your wealth,) and the "
            "signature lines under it (name, title, city; never a prose line)."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=10,
        max_chars=40,
        examples=("Regards,", "Good investing,", "Best regards,", "To your wealth,", "Happy trading,", "Until next time,"),
        counterexamples=(
            "Regards, the minister said, were sent to the families of the victims.",
            "Good investing, he said, starts with knowing what you own.",
            "Cheers",
        ),
    ),
    Rule(
        id="chrome.salutation",
        category="chrome",
        pattern=(
            r"(?:dear[ \t\xa0](?:(?:valued|fellow|loyal)[ \t\xa0])?(?:readers?|subscribers?|members?|investors?|friends?|traders?)"
            r"|dear[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,25}(?:[ \t\xa0](?-i:[A-Z])[\w.&'’-]{1,25}){0,2}[ \t\xa0](?:nation|family|community|readers|subscribers|members|insiders|investors))"
        )
        + r"[ \t\xa0]*[,:!]",
        description="A newsletter's salutation to its readers at the head (Dear Reader,  Dear Bankless Nation,).",
        where=Where.HEAD,
        within=6,
        max_chars=50,
        examples=("Dear Fellow Investor,", "Dear Valued Reader,", "Dear Milkroad Nation,"),
        counterexamples=(
            "Dear readers, the paper wrote in 1998, we have made a mistake.",
            "Dear Money Clinic,",
            "Dear John,",
        ),
    ),
    Rule(
        id="chrome.author-box",
        category="chrome",
        pattern=(
            r"this[ \t\xa0]article[ \t\xa0](?:was[ \t\xa0])?written[ \t\xa0]by|about[ \t\xa0]the[ \t\xa0](?:author|authors|writer|contributor)"
            r"|author[ \t\xa0](?:bio|profile|information)|more[ \t\xa0](?:articles[ \t\xa0])?(?:by|from)[ \t\xa0]this[ \t\xa0](?:author|writer|contributor)"
            r"|(?:作者|作者简介|作者簡介|關於作者|关于作者)"
        ),
        description="An author box heading at the tail (This article was written by, About the Author) and the name lines after it (never a prose line).",
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=10,
        max_chars=60,
        examples=("This article was written by", "About the Author", "作者简介"),
        counterexamples=(
            "This article was written by a reporter who spent a year in the Arctic.",
            "About the author's claims, the court said little.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.contacts-section",
        category="chrome",
        pattern=(
            r"(?:(?:media|press|investor|investors|analyst|company|corporate|news[ \t\xa0]media)(?:[ \t\xa0](?:and|&)[ \t\xa0](?:investor|media|analyst|press)s?)?"
            r"[ \t\xa0](?:relations[ \t\xa0])?)(?:contacts?|enquiries|inquiries)(?:[ \t\xa0]information)?(?:[ \t\xa0](?:for|at)[ \t\xa0][^\n]{1,40})?[ \t\xa0]*[:：]?"
            r"|by[ \t\xa0]order[ \t\xa0]of[ \t\xa0]the[ \t\xa0]board(?:[ \t\xa0]of[ \t\xa0]directors)?"
            r"|(?:for[ \t\xa0]and[ \t\xa0])?on[ \t\xa0]behalf[ \t\xa0]of[ \t\xa0]the[ \t\xa0]board(?:[ \t\xa0]of[ \t\xa0]directors)?(?:[ \t\xa0]of[ \t\xa0][^\n]{1,40})?[ \t\xa0]*[:：,]?"
            r"|for[ \t\xa0](?:media|press|investor|analyst|further|more)[ \t\xa0](?:enquiries|inquiries|contacts?)[ \t\xa0]*[:：]?"
            r"|contacts(?:[ \t\xa0](?:for|at)[ \t\xa0][^\n]{1,40})?[ \t\xa0]*[:：]?|(?:contact|enquiries|inquiries)(?:[ \t\xa0]information)?[ \t\xa0]*[:：]|enquiries|inquiries"
            r"|for[ \t\xa0](?:further|more|additional)[ \t\xa0](?:information|details)(?:,?[ \t\xa0](?:please[ \t\xa0])?contact)?[ \t\xa0]*[:：]"
            r"|(?:媒体|媒體|投资者|投資者)?(?:联系方式|聯絡方式|联系人|聯絡人)[ \t\xa0]*[:：]?"
        ),
        description=(
            "A press-release contacts heading at the tail (Media Contacts, Investor Contact:, For more information, contact:) "
            "and the name/phone/e-mail lines after it (never a prose line)."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=15,
        max_chars=80,
        examples=(
            "Media Contacts",
            "Investor Contact:",
            "Contacts",
            "Media and Investor Contacts:",
            "For more information, contact:",
            "Enquiries",
            "By order of the Board",
            "ON BEHALF OF THE BOARD OF DIRECTORS",
            "On behalf of the Board,",
            "ON BEHALF OF THE BOARD OF DIRECTORS OF NORTHCLIFF RESOURCES LTD.",
            "For media enquiries:",
        ),
        counterexamples=(
            "Contacts with the buyer resumed on Monday.",
            "Media contacts at the company did not respond to requests for comment.",
            "On behalf of the board, the chairman thanked shareholders for their patience during the review.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.sources-section",
        category="chrome",
        pattern=(
            r"(?:article|page|story)[ \t\xa0]sources|sources(?:[ \t\xa0](?:and|&)[ \t\xa0](?:references|notes|citations))?|references|citations"
            r"|参考资料|參考資料|参考文献|參考文獻|资料来源|資料來源"
        ),
        description=(
            "A sources or references heading at the tail (Article Sources, References, 参考资料): it and the "
            "editorial-standards note and source list after it."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=12,
        max_chars=30,
        examples=("Article Sources", "Sources and References", "参考资料"),
        counterexamples=(
            "Sources said the deal could be announced as soon as Monday.",
            "References to the scandal were removed from the report, officials said.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.glossary-section",
        category="chrome",
        pattern=(
            r"[\u4e00-\u9fffA-Za-z]{0,10}(?:名词解释|名詞解釋|术语解释|術語解釋|名词释义|名詞釋義|术语表|術語表)[ \t\xa0]*[:：]?"
            r"|glossary(?:[ \t\xa0]of[ \t\xa0](?:terms|key[ \t\xa0]terms))?[ \t\xa0]*:?"
        ),
        description=(
            "A glossary a data page appends at the tail (融资融券相关名词解释：, Glossary): the heading and the "
            "definitions under it, to the end."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=8,
        max_chars=30,
        to_end=True,
        examples=("融资融券相关名词解释：", "名词解释", "Glossary of terms"),
        counterexamples=(
            "名词解释不清，是投资者投诉的主要原因之一。",
            "Glossary entries were updated by the exchange in March.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.about-company",
        category="chrome",
        pattern=(
            r"About[ \t\xa0]+(?:the[ \t\xa0]+)?(?P<co>[A-Z][\w&'’.-]{1,30})(?:[ \t\xa0,]+[\w&'’.(),:-]{1,30}){0,6}[ \t\xa0]*:?\n[ \t\xa0]*"
            r"(?:(?:Founded|Established|Headquartered|Based)[ \t\xa0]in[ \t\xa0][^\n,]{1,40},[ \t\xa0]+|Since[ \t\xa0]\d{4},[ \t\xa0]+)?(?:The[ \t\xa0]+)?"
            r"(?:(?P=co)\b|[A-Z][\w&'’.,-]{1,30}(?:[ \t\xa0][\w&'’.,-]{1,30}){0,8}[ \t\xa0]\([\"“]?(?P=co)[\"”]?\))[^\n]{0,160}?[ \t\xa0](?:(?:is|are)[ \t\xa0](?:a|an|the|one[ \t\xa0]of|among|headquartered|based|listed|committed|dedicated|focused)|designs|develops|manufactures|provides|operates|offers|delivers|specializes|specialises|serves|produces)\b[^\n]*"
            r"|(?:关于|關於)[ \t\xa0\u3000]*(?P<zc>[\u4e00-\u9fffA-Za-z]{2,12})[ \t\xa0\u3000]*[:：]?\n[ \t\xa0\u3000]*(?P=zc)[^\n]{0,40}?"
            r"(?:是一家|是全球|是中国|是國際|是国际|是领先|是領先|成立于|成立於|创立于|創立於)[^\n]*"
        ),
        description=(
            "A press release's company boilerplate at the tail: an 'About [Company]' heading whose next paragraph "
            "describes that company ([Company] is a ...), and everything after it (contacts, safe harbor, source lines)."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=12,
        max_chars=2400,
        ignore_case=False,
        with_next=True,
        to_end=True,
        examples=(
            "About JSE\nJohannesburg Stock Exchange Limited (JSE) operates Africa's largest equities market and a range of derivatives venues.",
            "About Acme Robotics\nAcme Robotics, Inc. (NASDAQ: ACMR) is a leading maker of warehouse robots. "
            "For more information, visit www.acmerobotics.com.",
            "About Aldermoor Therapeutics\nAldermoor Therapeutics is a clinical-stage biotechnology company developing "
            "treatments for obesity and metabolic disease.",
            "关于华泰科技\n华泰科技是一家专注于工业软件的高新技术企业，总部位于南京。",
            "About Halvorsen Industrial\nHalvorsen Industrial, Inc. designs and manufactures motion control and fluid power components for industrial and aerospace customers in more than 40 countries.",
        ),
        counterexamples=(
            "About ECB\nThe European Central Bank (ECB) is expected to cut rates again in June, economists said.",
            "About Tesla\nTesla shares rose 3% on Monday after the company said deliveries beat estimates.",
            "About face\nThe bank reversed its guidance within a week, surprising investors.",
            "About Nvidia\nAnalysts said Nvidia is a bellwether for the whole AI trade this year.",
        ),
        languages=("en", "zh"),
    ),
    Rule(
        id="chrome.related-section",
        category="chrome",
        pattern=(
            r"(?:[【\[〔［][ \t\xa0]*)?(?i:"
            + _RELATED_HEADING
            + r")(?:[ \t\xa0]*[】\]〕］])?(?:[ \t\xa0]*[:：»›>])?"
            r"|(?i:more(?:[ \t\xa0](?:articles|stories|news|videos|posts|great|top))?(?:[ \t\xa0](?:from|by|on|about|in))?)[ \t\xa0]"
            r"(?:the[ \t\xa0])?[A-Z][\w'’.&-]{0,30}(?:[ \t\xa0](?:[A-Z][\w'’.&-]{0,30}|by|of|the|and|&)){0,4}"
            r"(?:[ \t\xa0](?:&|and)[ \t\xa0][a-z][\w'’-]{2,20})?(?:[ \t\xa0]*[:：])?"
            + r"|(?i:(?:weitere|mehr)[ \t\xa0](?:news|nachrichten|artikel|meldungen|beiträge)(?:[ \t\xa0](?:zu|zur|zum|über|von|aus)[ \t\xa0][^\n]{1,40})?|auch[ \t\xa0]interessant|la[ \t\xa0]rédaction[ \t\xa0]vous[ \t\xa0](?:conseille|recommande)|(?:plus|toute)[ \t\xa0]d['’]actualités?(?:[ \t\xa0]sur)?(?:[ \t\xa0]*:[ \t\xa0]*[^\n]{1,40})?|sur[ \t\xa0]le[ \t\xa0]même[ \t\xa0](?:thème|sujet)|nos[ \t\xa0]articles[ \t\xa0]sur[^\n]{1,30}|seguir[ \t\xa0]leyendo|noticias[ \t\xa0]relacionadas|más[ \t\xa0](?:noticias|información)(?:[ \t\xa0](?:de|sobre)[ \t\xa0][^\n]{1,30})?|te[ \t\xa0]recomendamos|saiba[ \t\xa0]mais(?:[ \t\xa0]e[ \t\xa0]leia[ \t\xa0]também)?|mais[ \t\xa0](?:lidas|notícias)|(?-i:Mais[ \t\xa0](?:de|sobre)[ \t\xa0][A-Z][\w]{1,20})|leia[ \t\xa0](?:mais|também)|altre[ \t\xa0]notizie(?:[ \t\xa0](?:su|di|da)[ \t\xa0][^\n]{1,40})?|notizie[ \t\xa0]correlate|lees[ \t\xa0]ook|gerelateerd(?:e[ \t\xa0]artikelen)?|meer[ \t\xa0]nieuws(?:[ \t\xa0]over[ \t\xa0][^\n]{1,30})?|[【\[]?関連(?:記事|ニュース)[】\]]?|관련[ \t\xa0]?기사|많이[ \t\xa0]본[ \t\xa0]뉴스|추천[ \t\xa0]기사)"
            + r"|(?i:les[ \t\xa0]plus[ \t\xa0]lus(?:[ \t\xa0](?:de|sur)[ \t\xa0][^\n]{1,30})?|lesen[ \t\xa0]sie[ \t\xa0]mehr[ \t\xa0]zum[ \t\xa0]thema|das[ \t\xa0]könnte[ \t\xa0]dich[ \t\xa0](?:auch[ \t\xa0])?interessieren|más[ \t\xa0]notas[ \t\xa0]sobre(?:[ \t\xa0]*:[ \t\xa0]*[^\n]{1,40})?|lire[ \t\xa0](?:également|aussi)[ \t\xa0]*[|:]?|관련[ \t\xa0]?뉴스|valeurs[ \t\xa0]associées|behandelte[ \t\xa0]werte|(?:【)?関連(?:記事|ニュース)・情報(?:】)?|関連企業・業界|[^\n]{1,12}の関連サイト)"
            + r"|(?i:read[ \t\xa0]more[ \t\xa0](?:news|stories)[ \t\xa0]on)(?:[ \t\xa0]*[:：])?"
            + r"|(?i:passend[ \t\xa0]zum[ \t\xa0](?:artikel|thema)|ti[ \t\xa0]potrebbe[ \t\xa0](?:anche[ \t\xa0])?interessare|[^\n]{1,40}?aktie[ \t\xa0]*:[ \t\xa0]*aktuelle[ \t\xa0]nachrichten|aktuelle[ \t\xa0]nachrichten[ \t\xa0]zu[ \t\xa0][^\n]{1,40})"
            + r"|(?i:next[ \t\xa0]in[ \t\xa0](?:[\w&-]{1,20}[ \t\xa0]){0,2}(?:news|stories|headlines))"
            + r"|(?i:related[ \t\xa0]topics?|key[ \t\xa0]?words)(?:[ \t\xa0]*[:：])?"
        ),
        description=(
            "A heading that starts a list of other stories (Related Stories, More from [Name], You may also like, "
            "Trending, Read Next, Most read in world news, 相关阅读, Lesen Sie auch) and the headline list after it."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=30,
        max_chars=60,
        examples=(
            "More articles by reporter Lena Kovacs",
            "更多 TVBS 新聞",
            "推荐阅读更多精彩文章",
            'Next In Markets News',
            'Related topic:',
            "Don't miss these insights from CNBC PRO",
            "Related Stories",
            "All news about NORDWIND ENERGIE SE",
            "More from Reuters",
            "More from Science & technology",
            "You may also like",
            "You May Also Like...",
            "Trending Now",
            "Read Next",
            "Most read in world news",
            "Most Popular Markets Stories",
            "Related press releases",
            "More from this source",
            "Attachment",
            "Read More Commodity News",
            "People also read",
            "Popular on IndieWire",
            "Most Popular",
            "Suggested Topics",
            "Explore further",
            "相关阅读",
            "相关链接",
            "相關連結",
            "下一篇",
            "Next article",
            "21君荐读",
            "Lesen Sie auch",
            "More U.S.",
            "More Great WIRED Stories",
            "Next Up In Science & Health",
            "Picked For You",
            "Вам также может быть интересно",
            "Weitere News zur Zalando-Aktie",
            "La rédaction vous conseille",
            "Seguir leyendo:",
            "Saiba mais e leia também",
            "Mais de Invest",
            "Altre notizie su Enel",
            "Plus d'actualités sur : CAPGEMINI SE",
            "Lees ook",
            "Gerelateerd",
            "【関連記事】",
            "관련기사",
            "Mentioned in this article",
            "Read also:",
            "Read more on Bloomberg Línea:",
            "Explore more",
            "More to Read",
            "你可能还喜欢",
            "【相關報道】",
            "【更多NOWnews今日新聞報導】",
            "今日熱門",
            "每经头条",
            "【相关阅读】",
            "往期推荐",
            "相關內容",
            'Les plus lus',
            'Les plus lus de Boursier',
            'Lesen Sie mehr zum Thema',
            'Das könnte dich auch interessieren',
            'Más notas sobre: Pemex',
            'Lire également |',
            '관련 뉴스',
            'Valeurs associées',
            'Behandelte Werte',
            '【関連記事・情報】',
            '関連企業・業界',
            '朝日新聞社の関連サイト',
            "Read More News on",
            "新闻推荐",
            "新聞推薦",
            "喜欢此内容的人还喜欢",
            "看過本文的人還看了",
            'Passend zum Artikel',
            'Ti potrebbe interessare',
            'BASF Aktie: Aktuelle Nachrichten',
            "最HIT",
            "你可能也喜欢",
            "下一則",
            "熱門排行",
            "人氣文章",
            "Czytaj także",
            "Zobacz również",
            "Läs också",
            "Benzer haberler",
            "Tin liên quan",
            "Berita Terkait",
            "Смотрите также",
            "Verwandte Artikel",
            "この記事を読んだ人はこんな記事も読んでいます",
            "【※関連記事はこちら！】",
            "VIDEO RECOMENDADO",
        ),
        counterexamples=(
            "Other articles by the same reporter won prizes last year, the jury said.",
            "Top executives left the company in March.",
            "Most read the report on Friday as a sign the cycle had turned.",
            "More from the central bank's statement was released on Friday, officials said.",
            "Related costs rose 4% in the quarter.",
            "Mais de 300 pessoas foram afetadas",
            "Weitere Artikel des Gesetzes wurden geändert.",
            "人气",
            "Czytaj także raport zarządu, dodał prezes.",
            "Tin liên quan đến vụ việc đã được công an xác minh.",
        ),
        languages=("en", "zh", "de", "fr", "it", "pt", "es", "nl", "ja", "ko", "pl", "sv", "tr", "vi", "id", "ru"),
        ignore_case=False,
    ),
    Rule(
        id="chrome.movers-section",
        category="chrome",
        pattern=(
            r"(?:top|biggest|market|stock[ \t\xa0]market|today['’]s|ftse[ \t\xa0]\d{2,3}|asx[ \t\xa0]\d{2,3}|s&p[ \t\xa0]500|nasdaq|dow)"
            r"[ \t\xa0]movers(?:[ \t\xa0]*[:：])?\n"
            # A table of index and stock rows with their prices under the heading is the market
            # report's own data (Sharecast's London close ends with one), not a list of stories:
            # the next line must not end in a figure (8,612.15 / 421.60p / -8.41%) nor be a
            # 'FTSE 100 - Risers' sub-heading, nor end like a sentence.
            r"(?![^\n]{0,200}?(?:\d[ \t\xa0]?(?:%|p|pts|points|bps)?|[ \t\xa0(–—-](?:risers|fallers|gainers|losers|decliners|advancers|laggards))[ \t\xa0)]*\Z)"
            r"(?![^\n]{0,200}?\.[\"'”’]?[ \t\xa0]*\Z)"
            r"[^\n]{1,200}"
        ),
        description=(
            "A movers heading (Top Movers, Market Movers, Biggest movers) over a list of headlines about the "
            "day's movers; a heading over a table of prices (FTSE 100 (UKX) 8,612.15 0.30%) is the report's data and stays."
        ),
        scope=Scope.SECTION,
        where=Where.TAIL,
        within=30,
        max_chars=260,
        with_next=True,
        examples=(
            "Market Movers\nWhy Is Palantir Stock Soaring Today?",
            "Top movers:\nChipmakers extend rally as Broadcom jumps on AI orders",
            "Biggest Movers\nHousebuilders slump as mortgage approvals fall to a one-year low",
        ),
        counterexamples=(
            "Market Movers\nFTSE 250 (MCX) 19,874.30 -0.45%",
            "Market Movers\nFTSE 100 - Fallers",
            "Top movers\nGlenmore Foods (GLF) 1,204.50p 4.12%",
            "Market movers\nOil majors led the gains on Wednesday as Brent climbed above $80 a barrel.",
        ),
        languages=("en",),
    ),
)


RULES: tuple[Rule, ...] = _RULES
