"""A page's furniture words in the languages of the sites that publish on the peninsula, put in English.

A Korean paper's '입력 2021.10.06 18:12', a Chinese site's '来源：东方观察', a German
institute's 'Anmerkungen': the readers of date lines, labels and furniture
(dates.py, looks.py) know these words in English; `in_english` gives them so.
"""

from __future__ import annotations

import re

_PAGE_WORDS = {
    # Korean
    "입력": "Published", "수정": "Updated", "관련기사": "Related articles", "관련 기사": "Related articles", "많이 본 뉴스": "Most read",
    "많이 본 기사": "Most read", "글자크기": "Font size", "공유하기": "Share", "인쇄": "Print", "스크랩": "Save", "필자 소개": "About the author",
    "태그": "Tags", "기사공유": "Share", "페이스북": "Facebook", "트위터": "Twitter", "카카오톡": "KakaoTalk", "카카오스토리": "KakaoStory", "URL복사": "Copy URL",
    "URL 복사": "Copy URL",
    # Chinese
    "来源": "Source", "发布时间": "Published", "责任编辑": "Editor", "相关新闻": "Related news", "相关阅读": "Related reading",
    "字号": "Font size", "分享到": "Share", "打印": "Print", "关闭": "Close", "纠错": "Report an error", "北京时间": "Beijing time",
    "受访者简介": "About the interviewee", "作者简介": "About the author", "标签": "Tags", "標籤": "Tags",
    # Japanese
    "公開日": "Published", "更新日": "Updated", "最終更新日": "Updated", "関連記事": "Related articles", "著者紹介": "About the author",
    "シェア": "Share", "印刷する": "Print", "ツイート": "Tweet", "タグ": "Tags", "注": "Notes", "概要": "Summary",
    "メールマガジン登録": "Newsletter sign-up", "ページトップへ": "Back to top",
    # German
    "Anmerkungen": "Notes", "Fußnoten": "Notes", "Über die Autoren": "About the authors", "Über die Autorinnen": "About the authors",
    "Über den Autor": "About the author", "Über die Autorin": "About the author", "Teilen": "Share", "Drucken": "Print",
    "Zitiervorschlag": "Cite as", "Anmerkung der Redaktion": "Editor's note", "Meistgelesen": "Most read", "Kommentare": "Comments",
    # Spanish, Portuguese, French
    "Notas relacionadas": "Related articles", "Compartir": "Share", "Compartilhe": "Share", "Sobre el autor": "About the author",
    "Sobre la autora": "About the author", "Nota de la redacción": "Editor's note", "Nota da redação": "Editor's note",
    "Lo más leído": "Most read", "Mais lidas": "Most read", "Comentarios": "Comments", "Comentários": "Comments", "Imprimir": "Print",
    "Partager": "Share", "Imprimer": "Print", "Télécharger le PDF": "Download PDF", "Mots-clés": "Tags", "Les plus lus": "Most read",
    "À propos de l'auteur": "About the author", "À propos de l'auteure": "About the author", "Note de la rédaction": "Editor's note",
    "Commentaires": "Comments", "Accueil": "Home", "Numéros": "Issues", "Entretiens": "Interviews", "À propos": "About",
    "S'abonner": "Subscribe", "Analyse": "Analysis", "Références": "References", "À propos des auteurs": "About the authors",
    "À propos des auteures": "About the authors", "Soutenez une recherche indépendante": "Support independent research",
    "Devenez membre": "Become a member", "Entrevista de": "Interview by", "Entrevista a": "Interview with", "가 가": "Font size",
    "가  가": "Font size", "Esta entrevista ha sido editada": "This interview has been edited",
    "Das könnte Sie auch interessieren": "You might also be interested in", "Leer también": "Read more", "Lea también": "Read more", "Lee también": "Read more",
    "Leia também": "Read more", "Veja também": "Read more", "Lire aussi": "Read more", "Nota del editor": "Editor's note",
    "Notas": "Notes", "Referencias": "References", "Referências": "References", "Sobre los autores": "About the authors",
    "Sobre las autoras": "About the authors", "Sobre os autores": "About the authors", "Sobre o autor": "About the author",
    "Sobre a autora": "About the author", "Transcripción y traducción": "Transcription and translation", "Transcripción": "Transcription",
    "Traducción": "Translation", "Tradução": "Translation", "Transcrição": "Transcription",
    "También en": "More from", "Tambien en": "More from", "Komentari": "Comments", "Pročitajte još": "Read more", "Pročitajte i": "Read more",
    # Russian
    "Опубликовано": "Published", "Обновлено": "Updated", "Главная": "Home", "Подготовила": "Prepared by", "Подготовил": "Prepared by",
    "Самое читаемое": "Most read", "Поделиться": "Share", "Печать": "Print", "Об авторе": "About the author", "Просмотров": "Views",
}  # fmt: skip
"""A page's furniture words in the languages of the sites that publish on the peninsula, and their English: what the
readers of labels, dates and furniture look for ('입력 2021.10.06 18:12' is 'Published 2021.10.06 18:12')."""
_PAGE_WORD = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(word) for word in sorted(_PAGE_WORDS, key=len, reverse=True)) + r")(?![\w])", re.I)


_BY_FOLDED = {word.casefold(): english for word, english in _PAGE_WORDS.items()}


def in_english(text: str) -> str:
    """`text` with the page's furniture words in other languages put in English, full-width colons and brackets as English
    sets them ('来源：东方观察' is 'Source: 东方观察', '（北京时间）' is ' (Beijing time)')."""
    if not _PAGE_WORD.search(text):
        return text
    return _PAGE_WORD.sub(lambda m: _BY_FOLDED[m.group(0).casefold()], text).replace("：", ": ").replace("（", " (").replace("）", ")")


def head_in_english(text: str) -> str:
    """`text` with the furniture words it opens with put in English ("À propos de l'auteure Claire Dubreuil est …" is
    'About the author Claire Dubreuil est …'); the rest as it is."""
    if not (opening := _PAGE_WORD.match(text)):
        return text
    return _BY_FOLDED[opening.group(0).casefold()] + text[opening.end() :]
