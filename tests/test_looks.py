"""The looks of a paragraph alone (furniture, credits, labels), as data: each case is a line copied from a real kind of page."""

from __future__ import annotations

import pytest

from korea_cli.looks import (
    BIO_HEAD,
    CAPTION,
    CAPTION_END,
    CREDIT,
    DISCLAIMER,
    EDITORS_NOTE,
    FOOTNOTE,
    GREETING,
    PHOTO_CREDIT,
    english_of,
    is_boilerplate,
    is_comment,
    is_label,
    is_navigation,
    plain,
    title_text,
)


@pytest.mark.parametrize(
    ("line", "english"),
    [
        ("Теги / Tags: КНДР · США", "Tags: КНДР · США"),  # the other language first
        ("Share this article / Paylaş", "Share this article"),  # English first
        ("Fotoğraf / Photo: KCNA via Reuters", "Photo: KCNA via Reuters"),  # a Latin script that is not English
        ("日本語版 Japanese version", "Japanese version"),  # words in another script dropped
        ("The summit in Hanoi ended early", "The summit in Hanoi ended early"),  # English alone: as it is
    ],
)
def test_the_english_of_a_bilingual_line(line: str, english: str) -> None:
    assert english_of(line) == english


@pytest.mark.parametrize(
    "paragraph",
    [
        "Теги / Tags: КНДР · США",
        "関連記事 Related Editorial: U.S., N. Korea must keep talking",
        "Etiketler / Tags: North Korea · Sanctions",
        "Temas: Corea del Norte · desnuclearización",
        "Voir la version en ligne | View this email in your browser",
        "THE NATIONAL BUREAU of ASIAN RESEARCH\nSeattle and Washington, D.C.\n1414 NE 42ND STREET, SUITE 300\n"
        "SEATTLE, WASHINGTON 98105 USA\nPHONE 206-632-7370\nNBR@NBR.ORG, WWW.NBR.ORG\n© 2021 The National Bureau of Asian Research",
        "Norwegian Institute of International Affairs\nC.J. Hambros plass 2d\nPO Box 7024 St. Olavs Plass\n0130 Oslo, Norway\n"
        "post@nupi.no | www.nupi.no\nISSN 1894-650X",
        "Tagged: inter-Korean relations, Kim Jong Un, North Korea",
        "If this was forwarded to you, you can sign up here.",
        "Related content\nTrump-Kim summit ends without agreement 28.02.2019\nThe US president left Hanoi early without a deal.",
        "Peninsula Papers is published by the Baltic Centre for Asian Affairs, an independent research group in Riga. © 2022 BCAA.",
        "Institute for Northeast Asian Affairs  42, Sejong-daero 9-gil, Jung-gu, Seoul 04513, Korea  www.inaa.example.org",
        "Follow me: Bluesky @kimdesk · Mastodon",
        "(The briefing ended at 11:02 a.m.)",
        "Get a round-up of the week's top stories in your inbox. Check out all newsletters.",
        "You have 3 free articles left this month. Subscribe for unlimited access.",
        "You're currently a free subscriber to Cold Peace. For the full experience, upgrade your subscription.",
        "Northbridge University acknowledges the Traditional Custodians of the lands on which we work.",
        "Current location: Home > Commentary",
        "【Print】【Close】",
        "Dieses Interview auf Deutsch lesen",
        "Areas: East Asia, Security  Countries: China, North Korea",
        "– 12 –",
        "Short link: russiancouncil.ru/en/a4417 Rating: 5 (votes: 3)",
        "Attribution: Anjali Menon, “Seoul's quiet diplomacy,” Issue Brief No. 452, March 2021, Observer Research Foundation.",
        "Comments - Please login in order to comment.",
        "Support Daily Maverick Become a Maverick Insider and help us keep our journalism free.",
        "You're on this list because you subscribed at armisticeline.example.com.",
        "Share on: VK Facebook Twitter Telegram",
        "Write a comment",
        "ul. Długa 5, 00-950 Warszawa, tel. (+48) 22 556 00 00, fax (+48) 22 556 00 99, bulletin@example.pl\nISSN 1733-9677",
        "Bibliographic data\nHirsch, Jana. “Trust Is Built in Small Steps.” Internationale Politik Quarterly 2 (2021).",
        "Media inquiries: Asian Institute Communications, asian.institute@example.edu",
        "Northbridge University acknowledges the land on which it stands, the traditional territory of many nations.",
        "This episode is supported by our listeners on Patreon.",
        "Vostok News Agency. All rights reserved. When using materials, a hyperlink to Vostok News Agency is required.",
        "East Asia Forum\nEconomics, Politics and Public Policy in East Asia and the Pacific",
        "Like this post? Share it with a friend who still thinks a deal is close.",
        "Please note you must be a Maverick Insider to comment.",
        "A word from this week's sponsor: Peninsula Weekly, the newsletter for people who read footnotes.",
        "Strategic & Defence Studies Centre\nANU College of Asia & the Pacific",
        "RUSSIAN INTERNATIONAL AFFAIRS COUNCIL\nРОССИЙСКИЙ СОВЕТ ПО МЕЖДУНАРОДНЫМ ДЕЛАМ",
        "Hits: 2143",
        "What I’m reading: a 38 North piece on the new enrichment hall at Yongbyon.",
        "Did someone forward you this email? Subscribe here.",
        "Know someone who follows Korea? Forward this email to them.",
        "Authorised by Hon Daniel Kereama, Parliament Buildings, Wellington.",
        "Radio Australis acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians.",
        "You're on the free list for Peninsula Notes. For the full experience, become a paying subscriber.",
        "Newspaper headline: Small states can keep the door open",
        "Comments (0): You must be logged in to post a comment.",
        "Newsroom is powered by the generosity of readers like you.",
        "A version of this article appeared in the print edition of The Straits Times on June 2, 2016.",
        "What I'm reading\nHannah Cole's profile of the people around the president, the best guide yet to who runs policy.\n"
        "The leaked panel report, especially the annex on cryptocurrency theft. Sanctions evasion has gone digital.",
        "If you have a specific expertise and would like to contribute to China Daily, please contact us at opinion@chinadaily.com.cn.",
        "The Japan Times welcomes your opinions on this and other topics. Share your thoughts by sending a letter to the editor.",
        "Your news needs your support",
        "This website uses its own and third-party cookies to improve our services. If you continue browsing, we consider that you accept their use.",
        "Printed 21.10.2024 14:07 · Page 1 of 1",
        "VALDAI DISCUSSION CLUB · PRINT VERSION",
        "View this post on the web",
        "P.S. I'll be on a panel at the Wilson Center on Nov 6 about the APEC outcomes. It's free and livestreamed; come say hi.",
        "Télécharger le PDF (418 Ko)",
        "Leia em português",
        "More in Guest Column: What the next summit should settle first",
        "Share\nSend Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg Newsvine\nFeedback: Send us your feedback.\nPrint Print this page",
        "A | A | A |",
        "Norwegian Institute of International Affairs\nC.J. Hambros plass 2d\nPO Box 7024 St. Olavs plass, 0130 Oslo, Norway\n"
        "www.nupi.no | post@nupi.no\nPublisher: Norwegian Institute of International Affairs\nPublished: September 2021\n"
        "Copyright: © Norwegian Institute of International Affairs 2021\nISSN: 1894-650X",  # a brief's imprint
        "Norwegian Institute\nof International\nAffairs",  # its name, wrapped as the logo sets it
        "This text is published under a Creative Commons licence (CC BY-NC-ND 4.0).",
        "Have a question for our experts? Write to askexpert@ledger.example.sg.",
        "BT is now on Telegram! For the latest news, follow us at t.me/BizTimes",
        "Facebook   Twitter   Google+   Print   Email   |   Text Size  +  -",
        "P.S. If you think I'm wrong about any of this, hit reply. I read everything.",
        "Stay informed. Sign up to receive our analyses in your inbox.",
        "The post The Pyongyang declaration puts Seoul in a bind appeared first on The Strategist.",
        "Visit website",
        "Back to top",
        "Main page / Analytics / Asia-Pacific",
        "(Copyright 2012 Asia Times Online (Holdings) Ltd. All rights reserved.)",
        "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione.",
        "Tous droits réservés © La Revue de géopolitique 2018",
        "Related interviews\nNiklas Swanström on China, Russia and the Korean Peninsula\nAnna Lindqvist on Sweden's foreign policy in Asia",
        "That is all for this week. Forward this newsletter to a colleague.",
        "More\nSwiss officers at the DMZ: 70 years on the line\nHow neutral is Switzerland's role in Korea?",
        "Início / Publicações / Commentary / Segurança Internacional",
        "Start writing · Get the app\nSubstack is the home for great culture",
        "Got this from a friend? Subscribe here for free.",
        "JoongAng Ilbo, Page 31",
        "Log in to Korea JoongAng Daily\nThere is no input content.\nForgot your password?",
        "Page Manager: linnea.holmqvist@ace.lu.se | 2019-10-21",
        "JN ACCESS RANKING\n1 Typhoon Lan makes landfall\n2 Yen weakens past 145",
        "Helsinki Centre for Security Policy\nKruunuvuorenkatu 4\nFI-00160 Helsinki\nTelephone +358 9 432 7700\nwww.hcsp.fi\n"
        "ISBN 978-952-7499-12-6\nISSN 2814-6107\nThe Helsinki Centre for Security Policy is an independent research institute\n"
        "that produces high-level research to support political decision-making.",  # an imprint, its publisher's line about itself under it
        "Follow Asia Times on Twitter at @asiatimesonline",
        "Stay up to date with the IPS newsletter. Sign up here.",
        "Most Viewed: Seoul bourse closes higher on chip rally",
        "Your premium period will expire in 0 day(s) - Renew now",
        "Friedrich-Ebert-Stiftung Korea Office\nSeoul, Republic of Korea\ninfo.korea@fes.de",  # an office's address
        "Centre for Indo-Pacific Security Studies | Griffin University | Canberra ACT 2600\ncipss@griffin.edu.au | CRICOS Provider No. 00912X",
        "Jenny Park @jparkdc\nWorth remembering: the last time we had this much optimism was Hanoi.\n3:41 PM · Jun 30, 2019\n1,204 Retweets  3,877 Likes",
        "POLL\nShould Washington offer partial sanctions relief to restart talks?\n○ Yes   ○ No\nVOTE   View results",
        "Quiz answer: the southern side.",
        "Get the Korea JoongAng Daily app for iOS and Android — news from Korea in English, anytime. Download now",
        "Unlock unlimited access to SCMP — subscribe from HK$10 for your first month. Already a subscriber? Log in",
        "More about: North Korea | Kim Jong-un | Donald Trump | Singapore",
        "Join our commenting forum\nJoin thought-provoking conversations, follow other Independent readers and see their replies",
        "Copyright(c) Yonhap News Agency All Rights Reserved. Prohibited to reproduce and redistribute without permission.",
        "ELSEWHERE ON THE STRATEGIST\n→ Japan's new national security strategy: three things to watch\n→ Is AUKUS ready for a crisis?",
        "GIGA Focus Asia\nEditor: Dr. Sabine Ullrich\nEditorial Department: Petra Brandt, Ellen Vogel",
        "The GIGA Focus is an Open Access publication and can be read on the Internet and downloaded free of charge.",
        "RU | KZ | EN",
        "Contact: editor@abujasentinel.example",
        "Stay up to date with the latest news. Follow The Gulf Meridian on WhatsApp Channels.",
        "LATEST NEWS\nNaira firms at parallel market\nSuper Eagles open camp in Uyo ahead of Zambia clash",
        "Meridiano Sur is published every two months in Buenos Aires. ISSN 0000-0000.",
        "Get the Arms & Diplomacy newsletter.",
        "Arms & Diplomacy is reader-supported. Subscribe to get every interview.",
        "Got thoughts? Just hit reply; this goes straight to both of our inboxes and we read every one.",
        "Reprinting of materials is permitted only with an active hyperlink to Russia in Asia Review.",
        "When using RusAsia materials, an active hyperlink to the source is required. (c) 2018 RusAsia News Agency",
        "Gift this article    Share    Save    A A",
        "Käytämme evästeitä sivuston toiminnan ja käyttökokemuksen parantamiseksi. Hyväksy kaikki",  # a cookie notice in Finnish
        "Lue myös: Pohjois-Korean ja Yhdysvaltojen edustajat tapasivat Tukholmassa",
        "Length: 492 words",  # a Nexis record's fields
        "Load-Date: September 15, 2023",
        "End of Document",
        "Send Kpn-l mailing list submissions to\n\tkpn-l@lists.kpn-net.org",  # a mailing list's digest
        'When replying, please edit your Subject line so it is more specific\nthan "Re: Contents of Kpn-l digest..."',
        "End of Kpn-l Digest, Vol 9, Issue 27",
        "Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter to receive all updates on all our daily pieces.",
        "As always, hit reply and tell me what you think.",
        "==Kyodo",
        "The Japan Times welcomes letters and opinion pieces. Please email opinion@japantimes.co.jp",
        "Note: Browsers with 1024*768 or higher resolution are suggested for this site.",
        "License for publishing multimedia online 0108263 | Registration Number: 130349",
        "Rating: 4.6 (17 votes) Short link: valdaiclub.com/a/4417",
        "PDF (186KB)",
        "Thanks for the question, R.M. Keep them coming: just reply to this email.",
        "Related Columns\nViews from Abroad No. 13: Seoul's Mediator Role after Hanoi\nViews from Abroad No. 12: China's Quiet Hand",
        "About this series: Peninsula Dialogues is a monthly column in which scholars from the region take turns.",
        "Have a question for a future Ask the Expert? Email asktheexpert@cascadeledger.com or reply to us on Twitter.",
        "The full video of the press conference is available on the agency's website.",
        "Straits Centre for Strategic Studies — Home / Publications / Commentaries / Five Questions",  # the site's name before its trail
        "Also available in: Français | Deutsch | Polski",  # the page in other languages
        "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy."
        " This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",  # a sign-up form's small print
        "Daily Sabah Newsletter\nKeep up to date with what's happening in Türkiye, its region and the world.",
        "Pacific Watch is recorded on the lands of the Ngunnawal people. Theme music: “Tidewater” by Kilbride Audio.",  # an acknowledgement of country
        "© The Australian Strategic Policy Institute Limited 2019\nThis publication is subject to copyright. Except as permitted under the\n"
        "Copyright Act 1968, no part of it may in any form or by any means (elec-\ntronic, mechanical, microcopying, photocopying, recording or otherwise)\n"
        "be reproduced, stored in a retrieval system or transmitted without prior\nwritten permission. Enquiries should be addressed to the publishers.",  # a copyright page
        "PDF (412KB) ＜ Back to list",
        "PDF Download",
        "License this article",
        "print ISBN 978-92-9198-911-3 | CATALOGUE NUMBER QN-AK-20-004-EN-N | DOI 10.2815/123456",  # a report's record
        "Also on government.se: Sweden’s special envoy meets the DPRK ambassador",
        "The National Security College acknowledges the Ngunnawal and Ngambri people, the Traditional Custodians of the land on which the university stands.",
        "TEQSA Provider ID: PRV12002 (Australian University)  |  CRICOS Provider Code: 00120C\nContact ANU  Copyright  Disclaimer  Privacy  Freedom of Information",
        "You are reading a free article.",
        "Loading...\nGet the Magazine\nSave up to 55% on Foreign Affairs magazine!\nSUBSCRIBE",
        "Comments are subject to our community guidelines, which can be viewed here.\n0 comments",
        "This article is closed for comments.",
        "Follow topic: North Korea\nGoogle Preferred Source badge",
        "Share/Save\nX  Facebook  LinkedIn  Email  Copy link",
        "Print PDF List",
        "Você leu 3 de 5 matérias gratuitas este mês. Assine o Jornal do Planalto e tenha acesso ilimitado.",  # a paywall's count
        "Letters may be edited for length and clarity. Write to letters@indusreview.example with your name and city.",
        "Top of page",
        "United Nations\tA/HRC/55/71",  # a UN document's head: its organ and symbol
        "General Assembly\tDistr.: General\nOriginal: English",
        "GE.24-01873(E)",  # and its job number, at the foot
        "💬 23 comments   🔊 Listen to this article",
        "Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin.",  # Indonesian: all rights reserved
        "This commentary may be reproduced with prior permission from the Centre and due credit to the author.",
        "END OF ARTICLE",
        "What do you think? Send your views to letters@policyreview.example. Selected letters will be published in our next issue.",
        "More symposia\n→ Can Sanctions on North Korea Still Work?\n→ The Future of the Alliance After the Election",
        "Print   Share   PDF Download",  # a publication page's buttons
        "DEBATE: Do you want to respond? Send your reply to debatt@nordstaden.example. Replies must reach us within three days.",
        "Readers’ comments are moderated and may take up to 24 hours to appear. The Ledger reserves the right to remove comments.",
        "AD",  # a news app's mark where an advertisement was
        "END",  # a broadcaster's transcript ends
        "# # #",  # a press release's end mark
        "(CROSSTALK)",
        "[MIDROLL]",
        "[OUTRO MUSIC]",
        "Support The Parallel on Patreon and get ad-free episodes and our monthly bonus show.",
        "Watch the meeting",  # a committee's page
        "Questions 45 - 52",
        "Examination of witnesses continued in private.",
        "MORE HEAD TO HEAD\nIs the U.S.–ROK alliance ready for a Taiwan contingency?\nShould South Korea join the Quad?",
        "Committees > Foreign Affairs Committee > Inquiries > Security on the Korean Peninsula > Oral evidence",  # a trail, a part of five words
        "CAUTION: This email originated from outside of the organization. Do not click links unless you recognize the sender.",
        "> [!note] My notes\n> - good for ch. 3 (sequencing debate)\n> - check: BOK 2020 GDP figure",  # the researcher's own note box
        'Leer también: "El Tratado de Tlatelolco cumple 54 años": una región libre de armas nucleares',  # Spanish: read more
        "Print  Share  Tweet  LINE",  # a Japanese daily's share bar
        "(SOUNDBITE OF MUSIC)",
        "(The briefing was concluded at 2:09 p.m.)",
        "(Ambassador Petrakis departs.)",
        "DPB # 184",  # a briefing's number
        "CERTIFICATE OF NOTARY PUBLIC",
        "I, Carleton J. Marsh, notary public in and for the District of Columbia,\ndo hereby certify that the forgoing electronic file"
        " when originally\ntransmitted was reduced to text at my direction; that said transcript is a true record of the proceedings.",
        "Carleton J. Marsh\n(Signature and Seal on File)\nNotary Public in and for the District of Columbia",
        "[Whereupon, at 3:41 p.m., the subcommittee was adjourned.]",
        "The Harbour Times welcomes letters from readers. Letters should be no longer than 250 words and include a phone number.",
        "Have a view on this debate? Write to letters@crosscurrentsmag.example.",
        "Next episode: Japan's new defence budget, with two guests from Tokyo.",
        "Next week on Asia Desk: Hong Kong's district council elections, and what\nthey mean for Beijing.",  # a programme's teaser
        "[00:15:38] [Break — Korea Crossroads is supported by the members of the Baltic Forum for Asian Affairs. Find out how to"
        " join at balticforum.eu/support]",  # a podcast's sponsor break
        "View 1,204 comments",
        "Comments (1,204)\nThis discussion is now closed for comments but you can still sign in or create your account",
        "Lettermill is the home for independent writing",  # a newsletter platform's tagline under the issue
        "Who made the stronger case? Cast your vote -> [ YES ]  [ NO ]   (1,284\nvotes so far)",  # a debate's reader poll
        "==Note to self:== check their Dec 2018 GP figures against the MND white paper before citing in ch. 3",  # the researcher's
        "My View is a forum for Central Oregon readers. Submissions of up to 650 words may be sent to myview@cascadesentinel.com.",
        "Have something to say? Write to letters@harborgazette.com.",
        "Get new posts by email. No spam, ever. Unsubscribe anytime.",
        "この記事は約8分で読めます。",  # a Japanese site's reading time
        "Most read this month\n1. Taiwan and the limits of strategic ambiguity\n2. After the Washington Declaration",
        "List | ▲ Prev: Spokesperson's Regular Briefing (Sept. 27, 2021) | ▼ Next: Spokesperson's Regular Briefing (Sept. 29, 2021)",
        "[END OF SESSION 4]",
        "Letters to the editor: Send letters of up to 250 words to letters@eveningregister.com. Include your full name.",
        "가  가\n기사공유\n페이스북\n트위터\n카카오톡\nURL복사\n인쇄",  # a Korean paper's font size and share buttons
        "많이 본 뉴스\n1 Fine dust alert extended for sixth straight day in Seoul\n2 Kim Jong-un's train crosses into China on way home\n"
        "3 Seoul stocks slide as investors digest summit collapse\n4 Opposition demands Moon apologize over Hanoi\n"
        "5 Kaesong businesses plead for exemption after summit collapse",  # its most read, five of them
        "Popular opinions articles\nThe Fed is still fighting the last war\nWhy the suburbs stopped being swing country",
        "CONTACT Niklas Swanström nswanstrom@isdp-mail.example Institute for Security\nand Development Policy, Stockholm, Sweden\n"
        "© 2024 The Author(s). Published by Eurasian Strategy Review.",  # a journal's contact line and licence
        "Click here to request a PacNet subscription.",
        "Recent PacNets:\nPacNet #40 – What Kim wants from Singapore\nPacNet #39 – Japan's quiet worries about the summit",
        "Have a response? Write to the editors. Selected letters are published in our Correspondence section.",
        "Comments are now closed\nComments are closed 72 hours after publication. Read our community guidelines.",
        'More forums: "What Does Kim Jong Un Want?" | "Can Sanctions Still Work?" | "The Alliance After Singapore"',
        "More roundtables\nCan the Camp David framework survive a change of government?\nIs a nuclear South Korea inevitable?",
        "Purchase Licensing Rights, opens new tab",  # a wire photo's link, alone under it
        "About Harbor Wire\nAbout Harbor Wire, opens new tab\nCareers, opens new tab\nContact Us",  # links as a screen reader names them
        "Sponsored Content",
        "All quotes delayed a minimum of 20 minutes. See here for a complete list of exchanges and delays.",
        "Pacific Hour is a production of the Lindqvist Foundation. Subscribe wherever you get your podcasts.",  # a show's credit
        "Dr. Ahn's talk, “After the Comprehensive Military Agreement,” can be watched in full on the institute's website.",
        "ELSEWHERE\n- A satellite study of Yongbyon's new reactor\n- Polling on the alliance in Busan (in Korean)",  # a letter's links
        "Programme  ·  Speakers  ·  Media  ·  Transcripts  ·  Contact",  # an event site's menu
        "Want to write a guest opinion? Email opinion@harborgazette.example.\nGuest opinions should be 700 words or fewer.",
        "Never miss a story: Choose the plan that's right for you.",
        "Commenting on this article has closed. Read our community standards.",
        "PFR Policy Briefs provide timely analysis of security issues in the region. © PFR 2023. Please contact the editor.",
        "The Big Question appears every other Thursday. Have a question you'd like our experts to answer? Email us.",
        "Video of the full event, including the question-and-answer session, is available on the institute's YouTube channel.",
        "Crossing Point is free and reader-supported. Forward it to a friend.",
        "Watch the lecture (video, 52 min) | Read the text (PDF, 310 KB)",
        "[Related articles]\nSeoul and Tokyo agree to resume security talks\nKaesong firms seek compensation",
        "▶  00:00 / 38:12        1x      ⤓ Download",  # a podcast player's bar
        "(SPLIT SCREEN: HOLT IN LONDON / PARK IN SEOUL)",  # a broadcast's stage direction
        "Got a reaction? Just hit reply -- our guest has promised to read every response.",
        "Write to the Review: letters@balticreview.example. Letters may be edited for length.",
        "[Download PDF] [Print] [Share: Facebook · Twitter · KakaoTalk · Copy URL]",
        "Related Commentaries ▶ No. 2022-16 The 'Audacious Initiative' ▶ No. 2022-14 Russia's War and the Peninsula",
        "46 Peninsula Security Review Vol. 11, No. 2",  # a journal page's head
        "Share   f   t   in   ✉   Print   PDF (312 KB)",
        "Previous in The Forum: Is Japan ready for a Korean peace treaty?",
        "Previous Spokesperson's Regular Press Briefing (November 17, 2022)",
        "Podcast: The Global Story – Is Russia rewriting the rules on North Korea? Listen on TPB Sounds",
        "▶ Watch the full interview on our YouTube channel (18:52)",
        "Have a question about North or South Korea? Email ask@peninsulapost.example with your name and city.",
        "Most viewed articles\n1. Seoul's housing prices climb for 20th straight week\n2. [Editorial] The budget fight nobody will win",
        "Top Stories\nLive. Israel-Gaza war latest\nTaiwan earthquake: rescuers search for missing hikers\nCopyright 2024 TPB. All rights"
        " reserved. TPB is not responsible for the content of external sites.",  # the headlines, and the page's © line under them
        "Who do you think made the stronger case? Vote in our poll and join the conversation in the comments.",
        "Reader vote: For the motion 41% | Against 59% (1,204 votes) -- voting closed",  # a debate's poll, its result
        "Already a subscriber? Log in. Not a subscriber? Get full access to Nordic Dispatch for 1 krona the first month.",
        "Have a resolution you’d like to see debated? Write to debates@meridianreview.org.",
        "Corresponding author e-mail addresses are available from the\neditorial office. © Korea Security Review. All rights reserved.",
        "More transcripts:\nThe Peninsula Desk - January 3, 2020\nThe Peninsula Desk - December 27, 2019",
        "Loading comments...",
        "Share to:  WeChat  Weibo  Facebook  Twitter",
        "Suggest to a friend",
        "WATCH: North Korea fires missiles as US-South Korea drills get under way (2:14)",
        "Get *The Ledger Brief* in your inbox every Friday.\n[ Your email address ]  [Sign up]",
        "(Whereupon, at 11:32 a.m., the PROCEEDINGS were adjourned.)",
        "▶ Play episode\nListen on Apple Podcasts · Spotify · Pocket Casts · YouTube · RSS",
        "Share  Facebook  Twitter  Print  PDF Download (412KB)",
        "Dieser Beitrag ist auch auf Deutsch verfügbar.",  # the page in its other language
        "Have a question you would like our experts to answer? Write to surveys@peninsulapulse.org.",
        "Previous surveys\nWill Kim Jong Un Meet Trump Again Before November? (July 2020)\nHas the Liaison Office Closure Changed Anything? (June 2020)",
        "The Swedish–Korean Business Council organizes Members’ Breakfast Briefings four times a year. Upcoming events and membership"
        " information: www.swekorbiz.se/events",
        "Korea Forum for Peace and Security | Copenhagen Institute for Conflict Studies. All\nrights reserved. No part of this publication"
        " may be reproduced without the prior\npermission of the publishers.",
        "Add your name: scholars and practitioners who wish to sign may write to sign@koreapeaceappeal.org. New signatures are added weekly.",
        "Know someone still waiting for Kim to give it all up? Forward this email or share the post.\nShare",
        "Rebecca Hollis will speak at the Forum's Indo-Pacific Security Dialogue in Canberra on 23 June. Tickets are available on our Events page.",
        "Tags: North Korea South Korea Japan-South Korea relations Camp David Interview\nShare f X LINE Hatena ✉\nMOST READ\n1. Sado gold"
        " mine: prefecture prepares for UNESCO decision\n2. Joetsu shinkansen delays as first snow reaches Yuzawa\n3. Niigata rice harvest"
        " hit by summer heat, grade falls to record low\n4. ‘Deterrence is necessary, but it is not a strategy’: A Seoul scholar on"
        " Pyongyang, Moscow and Tokyo\nRelated: Abductee families renew appeal on 46th anniversary of Megumi Yokota’s disappearance",
        # tags and a share bar, then 'MOST READ' over the headlines
        "Captions auto-generated. Spot an error? Email events@pacificcrossroads.org",  # under an automatic transcript
        "The Jeju–Baltic Security Conference is co-organised by the Jeju Peace Foundation and the Baltic Centre for Maritime Security.",
        "⏱ 5 min left",  # a reading-progress badge, copied mid-text
        "More slideshows: The NCG Explained · Ten Years of THAAD · Japan's Counterstrike Debate",
        "🐦 “The multilateral approach to North Korea is effectively dead.” Tweet this",  # a pull quote's share button
        "6 comments — Join the discussion",
        "— A WORD FROM OUR SPONSOR —",
        "— A WORD FROM OUR SPONSOR —\nThis issue is supported by Meridian Satellite Insights. Readers get 20% off with code PARALLEL25.",
        "Got a view on this story? Write to letters@lilongwecourier.mw",
        "- [ ] check warhead estimate against SIPRI yearbook",  # a reader's to-do in a note app
        "[x] read once",  # the same, its list's dash taken off
        "Created: February 11, 2024 9:14 PM   Last edited: February 12, 2024 8:02 AM",  # a note app's own stamps
        "📄 Okafor-Reyes — freeze argument (CPS) — for ch. 3",  # a note app's page, by its icon
        "Letters are edited for length and clarity. To submit a letter, email letters@chesapeakesentinel.com.",
        "More letters to the editor\nOpinion | Baltimore County schools need more than a new superintendent\nOpinion | The toll plan",
        "Regions: Korean Peninsula, North Korea, South Korea, Japan, East Asia and the Pacific",
        "Share\tf\t𝕏\tin\t✉\t🔗 Copy link\nEDITOR'S PICKS\nJapan’s Quiet Rearmament, Two Years On\nCan Kaesong Ever Reopen?\n‹ ›",
        "(Some members speak from their seats.)",  # a record's stage direction
        "* Contact: Spokesperson's Office, Ministry of Unification (+82-2-2100-XXXX)",
        "If you value these translations, support us on Patreon.",
        "📱 Read this in the Pacific Courier app — faster, with offline reading\nOPEN",  # a phone's banner and its button
        "Enjoying the Courier? Get unlimited articles, audio and puzzles in the app.\nDownload now",
        "Tap to expand",
        "Like 37 Sad 2 Angry 5 Recommend 12",  # a page's reactions
        "Translated with DeepL.com (free version)",
        "A version of this letter appears in print on Jan. 20, 2024, Section A, Page 18, with the headline: A Freeze Is a Starting Line.",
        "Komentari (3)",  # a Montenegrin page's comments
        "Sources and further reading are linked in the pinned comment.",  # under a video
        "1,204 Comments\nSort by\n@hwanglee-88  2 weeks ago\nFinally someone says the obvious.",  # a video's comments
        "Tambien en Volcan Weekly: La roya del café vuelve a Huehuetenango",  # 'also in', in Spanish
        "DRAFT -- NOT FOR CITATION OR CIRCULATION WITHOUT THE AUTHOR'S PERMISSION",  # a conference paper's warning, as 'DRAFT — please do not cite'
        "JEL codes: F51, F35, O53, P33",  # an economics paper's subject codes
        "JEL Classification: F5; H56.",
        "Click on a tag to see more: nuclear armament, extended deterrence, Yoon Suk Yeol, NPT",
        "This article is more than 1 year old",  # a paper's banner over an old piece
        "Do you have an opinion on a story in the news? Submit an op-ed of up to 900 words to opinion@example.eu",
        "Board index ‹ Policy & Strategy ‹ Korean Peninsula\nFAQ\tRegister\tLogin",  # a forum's trail and its menu
        "Post Reply\tSearch this topic…\t14 posts • Page 2 of 2 • 1 2",
        "Display posts from previous: All posts Sort by: Post time Ascending Go",
        "Who is online\nUsers browsing this forum: No registered users and 3 guests",
        "Powered by phpBB® Forum Software © phpBB Limited\nPrivacy | Terms",
        "Return to “Korean Peninsula”\tJump to ▾",
        "[image]",  # an image's placeholder, alone
        "[View in browser]",
        "[Forward to a friend]",
        "See more on: North Korea, Russia, China, Sweden",
        "Translated from Korean\nShow original\nOptions ▾",  # a translation tool's bar
        "Show original\nRate this translation",
        "toggle caption",
        "Responses to Point/Counterpoint may be sent to letters@example.org.",
        "Facebook Twitter Kakao Link Print A+ A-",  # the share buttons, one space apart
        "Load earlier updates",  # a live blog's button
        "Send any friend a story",
        "Give this article",
        "« Read Part I: “The nuclear question is now a question about regional order”",
        "▶ Watch on YouTube\t🎧 Spotify\t🎧 Apple Podcasts\t⤴ Share",
        "9:41",  # a phone's clock, over an app's page
        "The Hangang Times\nPublisher & CEO: Yoon Jae-gyu | Editor-in-Chief: Baek Seon-ah | Managing Editor: Daniel Morrow\n"
        "Address: 41 Sejong-daero 9-gil, Jung-gu, Seoul 04519, Korea | Tel: +82-2-727-0114\n"
        "Online newspaper registration No.: Seoul A 00412 | Date of registration: 2009.03.17",  # a Korean daily's masthead
        "Suggested citation:",
        "Was this helpful? Yes / No",
        "ISDP Issue Brief, December 2018 | www.isdp.eu | 2",  # a PDF's running footer, its page number last
        "2 FAIS-31 May 14, 2019",  # a committee's record: the page, the meeting, its day
        "[Formatted: Font: (Default) Times New Roman, 12 pt]",  # a draft's tracked formatting
        "✓ Saved to your library\nUndo · Add tags · Move to folder",  # a reader app's bar over the article
        "Korea Policy Review | kpr-online.org | To unsubscribe or change your preferences, click here.",
        "Write to us at letters@northernchronicle.co.uk. Please include your full postal address and a daytime telephone number.",
        "Te Mauri Weekly welcomes commentary from contributors across the Pacific. Send submissions of up to 900 words to opinion@temauriweekly.ki",
        'Events: "Seventy-one years of armistice" - public seminar, Oslo, 27 June, 17:00. Free entry, registration required.',
        "Coming up after the 10:30 news: the great Otago cheese-roll debate, and your calls on the new speed limits.",
        "TODAY: Partly sunny, breezy. High 61, low 44. Full\nforecast, A14",  # a paper's weather box
        "CERTIFICATE OF NOTARY PUBLIC\nI, Carleton J. Moss, notary public in and for the District of Columbia,\ndo hereby certify that"
        " the forgoing electronic file was reduced to text at my direction.",
        "Open original ↗\nHighlights (0) · Notes (0)\nListen to this article · Share · Archive",  # and under it
        "Published under the authority of the Speaker of the House of Commons\nSPEAKER'S PERMISSION\nThe proceedings of the House of"
        " Commons and its committees are hereby made\navailable to provide greater public access.",
    ],
)
def test_furniture_in_any_language_is_furniture(paragraph: str) -> None:
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sanctions relief should be limited, reversible and tied to verified behaviour. We propose a snapback.",
        "Kim and Moon / the summit",
        "Главная задача — переговоры о мире.",  # a sentence in Russian is not furniture for its script alone
        "P.S. A few of you asked whether the EU could simply take over the panel's work. It could, but its record is uneven.",
        "Fiona McTaggart\nAustralian National University",  # a name over its university, not a logo
        "Back to Dual Suspension: A Phased Roadmap After Hanoi",  # a headline that starts as a link does
        "THANDEKA MOKOENA\nSouth African Institute of International Affairs",  # a name in capitals over her institute
        "Poll after poll shows that South Koreans want talks. Why would Seoul stop now?",  # not a page's poll
        "Vote: for the motion, 41% of the members, and the party leaders knew why before the count was in.",  # no result's line
        "Kim will speak at the party congress in January. Tickets to Pyongyang's stage are not sold; the script is written in advance.",
        "North Korea holds a party plenum several times a year, and each one has brought a new line on the South since 2023.",
        "Watch: the ships move at night (and the satellites see them), which is why the panel's reports matter (2:14).",
        "Thank you for the question. The short answer is that the freeze comes first.",  # an answer's first words
        "The Global Peace Index is published every year by the IEP. This year it ranks North Korea lower still, and rightly so.",
        "The full transcript of the meeting is available, and it shows that neither side offered anything new.",
        "Also on the agenda was the question of the ships, which Seoul has yet to answer.",
        "Licensing the export of such technology would be a mistake.",
        "Twitter  was right about the summit, and so was I.",
        "Loading the ships at Nampo takes a week, and the inspectors never see it.",
        "(c) Support an easing of sanctions only in step with verifiable DPRK\nmeasures, while pressing for faster humanitarian exemptions now.",
        "Briefing on the Korean Peninsula Following Consultations in Seoul and Tokyo",  # a headline, no publication's tagline
        "Dr. Ahn's lecture showed that the agreement can be verified from space, and it should be.",  # no link to a recording
        "Seoul's new reactor is a production of the state utility, and its costs will fall on ratepayers for decades to come.",
        "ADVERTISEMENT\nBeijing also worries about leverage. China accounts for more than 90 per cent of North Korea's recorded"
        " trade, and that dependence has made it both the indispensable partner and the one most exposed when sanctions bite.",
        "With barely six months left in his term, President Moon has made a declaration ending the war his centerpiece.",  # no chat's
        "Both leaders joined using the same language of restraint, and Seoul added that talks remain possible.",
        "Watch the border closely in the months ahead, daily reports from Dandong suggest the trade is reviving.",
        "Read the series of reports the Panel published before its mandate ended: each documents a new evasion.",
        "The Six-Party Talks were hosted by China, and the forum is organised by no one now.",  # an argument's past, no organiser's line
        "[1] Ibid., 45.",  # a note, no to-do
        "A participant from a European embassy asked whether the panel was too optimistic about inspections.",
        "Regions matter: the Korean Peninsula is not the Middle East, and Seoul is not Riyadh.",  # a sentence, no tag row
        "Contact between the two Koreas has been cut since 2019. That is the real danger.",
        "Open the border at Dandong, and the trade will follow within the week.",
        "Draft resolutions are not for the faint-hearted, as the Council learned.",
        "JEL codes mean little to a negotiator; what matters is whether the relief can be taken back.",  # the words, no codes
        "Click on any tag to see how often the word 'freeze' appears, and you will find it nowhere before 2018.",
        "This article is more than a rebuttal: it is a plan, and the plan begins at Yongbyon.",
        "Options",  # a brief's heading, no translation tool's button
        "Post-Hanoi diplomacy has been slower than anyone hoped, and the posts along the DMZ are back.",
        "Who is online matters less than who is listening in Pyongyang.",
        "Twitter and Facebook print whatever Pyongyang's hackers post, and the link to Moscow is plain.",
        "Address: the address Kim gave in 2019 promised a new way, and it has not come.",
        "Suggested citation of the Panel's reports in Security Council debates fell after 2019, and so did their weight.",
        "The proceedings of the House are hereby made a matter of record, and the record shows that the sanctions worked.",
        "Undo the sanctions, and the missiles will be back within the year.",
        "Open original research on the ship transfers is scarce, and the Panel's reports are the best of it.",
    ],
)
def test_prose_is_not_furniture(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)


@pytest.mark.parametrize("credit", ["Picture-alliance/AP Photo/E. Vucci", "Copyright : SAUL LOEB / AFP", "KCNA via REUTERS", "Foto: Jonas Ekberg / TT / DPA"])
def test_a_photo_credit_in_an_agency_s_words(credit: str) -> None:
    assert PHOTO_CREDIT.match(credit)


@pytest.mark.parametrize(
    ("paragraph", "comment"),
    [
        ("Minseo Kang\n@minseokang\nApr 28, 2023\nAnd if Pyongyang isn't interested in talking at all?\nReply\n5", True),
        ("Kevin O'Rourke\n@kor_analysis\nReplying to @dwhitlock_nk\nGood thread, but (b) assumes NK lets the IAEA back in.", True),
        ("u/akurbatova_korea OP · 3 yr. ago\nFair question. On sanctions we disagree with Washington openly.\n98\nReply\nShare", True),
        ("Niklas Swanström\nDirector at Institute for Security and Development Policy\n2y\nVery useful, Keiko.\nLike\nReply\n3 Reactions", True),
        ("Like\nComment\nShare", False),  # a share bar, furniture of another kind
        ("Washington should reply to Pyongyang's offer within the week. The alliance can afford to wait no longer.", False),
    ],
)
def test_a_reader_s_comment_is_told_by_its_card(paragraph: str, comment: bool) -> None:
    assert is_comment(paragraph) is comment


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Biden's review: calibrated or just vague? | World Insight Talk with Niklas Swanstrom", "Biden's review: calibrated or just vague?"),
        ("(Contribution) Sanctions relief should be sequenced, not shelved", "Sanctions relief should be sequenced, not shelved"),  # Yonhap's tag
        ("Episode 27: Keeping the Peace at Panmunjom", "Keeping the Peace at Panmunjom"),  # a podcast's number
        ("Issue #112: When the Hotlines Went Quiet", "When the Hotlines Went Quiet"),  # a newsletter's number
        ("Oral evidence: The UK’s approach to the Korean Peninsula, HC 1187", "The UK’s approach to the Korean Peninsula"),  # a committee's
        (
            "Beyond the End-of-War Declaration: Building a Peace Regime from the Ground Up[a]",
            "Beyond the End-of-War Declaration: Building a Peace Regime from the Ground Up",
        ),
        ("HED: A Freeze Would Lock In North Korea's Bomb[a]", "A Freeze Would Lock In North Korea's Bomb"),  # a desk's draft
    ],
)
def test_what_a_headline_carries_that_is_no_part_of_the_title(headline: str, title: str) -> None:
    assert title_text(headline) == title


@pytest.mark.parametrize(
    ("paragraph", "disclaims"),
    [
        ("Remarks as prepared for delivery. Check against delivery.", True),  # a speech's text, before it was given
        ("Check against delivery", True),
        ("The remarks as prepared for delivery differed from what the minister said in Seoul.", False),
        ("Op-eds express the views of the writer.", True),  # an outlet's line under an op-ed
        ("Signed articles do not reflect the opinion of the newspaper. Their publication aims to stimulate debate.", True),
        ("Signatories have signed in a personal capacity. Institutional affiliations are listed for identification purposes only.", True),
        ("This report was prepared by the rapporteur and reflects his understanding of the discussions.", True),  # a rapporteur's caveat
        ("Signed articles in the treaty's annex bind only the parties that ratified it.", False),
        ("Speakers take part in Jeju Forum sessions in their personal capacity.", True),
        ("Speakers take part in Jeju Forum sessions, and the press covers them.", False),
        (
            "INTERNET\nThe Proof and Official Hansard transcripts of Senate committee hearings are available on the Internet.",
            True,
        ),  # a parliament's note on its transcripts
        ("This unofficial transcript is provided for reference only and does not constitute an official record.", True),
        ("Peninsula Hour is an independent show. The views expressed by guests are their own.", True),  # a podcast's, after its name
        ("The opinion of the editorial board may not coincide with the opinion of the author.", True),
        ("The views summarised in this report are those of the individual participants and do not reflect those of the Forum.", True),
        ("First Light transcripts are created on a rush deadline by a contractor and may not be in their final form.", True),
        (
            "* Special Representative Ahn's remarks were delivered in Korean. This English text is a provisional translation for"
            " reference only; in case of discrepancy, the Korean original shall prevail.",
            True,
        ),  # a ministry's note under a press conference
        ("The minister's remarks were delivered in Korean, and she said the translation was provisional.", False),
        ("※ 외부 필진의 칼럼은 본지의 편집 방향과 다를 수 있습니다.", True),  # a Korean paper's: outside columns may differ from its line
        ("RSIS Commentary is a platform to provide timely and, where appropriate, policy-relevant commentary.", True),
        ("A stronger alliance is a platform, not a strategy: Seoul's choices under Yoon", False),  # a headline's metaphor
        ("The signatories endorse this statement in their individual capacities.", True),
        ("The Peace Institute does not take institutional positions on policy questions.", True),
        ("UNCORRECTED EVIDENCE. This is an uncorrected transcript of evidence taken in public and reported to the House.", True),
        ("Transcripts are provided for convenience and may contain errors. Please check the audio before quoting.", True),
        ("Uncorrected oral evidence. This is an uncorrected transcript of evidence taken in public and webcast.", True),
        ("Korea Policy Review roundtables present a range of views; contributors write in a personal capacity.", True),
        ("Remarks at the Baltic Sea Security Forum are made in a personal capacity and do not represent the speakers' institutions.", True),
        ("Many thanks to Ambassador Calloway. Her answers reflect her personal views, not those of the U.S. government.", True),
        ("Note: Transcripts of the Commission's public hearings are published as received from the transcription service.", True),
        ("Her answers reflect a lifetime at the negotiating table.", False),
        ("This message and any attachments are confidential and intended solely for the addressee.", True),  # an e-mail's foot
        ("This submission is made in a personal capacity. The views expressed do not necessarily reflect those of ISDP.", True),
        ("Nothing in Peninsula Risk Notes constitutes investment, legal or tax advice.", True),
        (
            "This report summarises the discussion as recorded by the rapporteur. It has not been reviewed by the speakers.",
            True,
        ),  # a rapporteur's note on her report
        ("This report summarises the discussion of the sanctions committee. It has not been easy to follow.", False),
        ("This report was prepared by the rapporteur and does not necessarily reflect the views of the conference organisers.", True),
        ("Radio Gwanak is an editorially independent student organisation. Views expressed by guests and callers are their own.", True),
        ("The views of the guests were their own until the ministry spoke.", False),
        ("The answers reflect the personal views of the expert and do not represent a position of Nordic Asia Forum.", True),
        ("Peninsula Hour is produced by the Korea Affairs Podcast Network. Subscribe on Apple Podcasts or Spotify.", False),  # a show's
        ("This summary was prepared by the rapporteur and has not been reviewed by the speakers. It does not reflect the Institute's views.", True),
        ("The summary was written by the rapporteur on the train home, and it shows.", False),
        ("※ The contribution of external writers may differ from the editorial direction of this newspaper.", True),  # a Korean paper's
        (
            "The Asia Security Dispatch is supported by a grant from the Elmgren Foundation. The Foundation has no role in the selection or"
            " editing of articles.",
            True,
        ),  # a sponsor kept apart from what is written
        ("The ministry is supported by the coast guard. The coast guard has its own budget.", False),
        (
            "Korea Watch Live is produced independently and is not affiliated with the U.S. Department of Defense or any government."
            " Guests' views are their own.",
            True,
        ),  # a channel's
        ("The contributions of external writers to the 2018 agreement were larger than the ministry admits.", False),
    ],
)
def test_a_speech_s_text_as_prepared_is_a_disclaimer(paragraph: str, disclaims: bool) -> None:
    assert bool(DISCLAIMER.match(paragraph)) is disclaims


@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        ('*1 "Remarks by President Trump in Press Conference", Hanoi, 28 February 2019.', True),  # a Japanese text's "*1"
        ("[3] Ibid.", True),
        ("*Walter H. Brandt Jr. is a senior fellow.*", False),  # an italic bio
        ("[a]Title too long for the Issue Briefing template. Could we drop the subtitle?", True),  # a Google Doc's comment, exported
        ("[a] Support an easing of sanctions", False),  # a list's item
    ],
)
def test_a_footnote_by_its_marker(paragraph: str, note: bool) -> None:
    assert bool(FOOTNOTE.match(paragraph)) is note


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        ("Unit 3 of the Barakah Nuclear Energy Plant in Al Dhafra, built by a consortium led by KEPCO. WAM", True),  # a national agency's
        ("Delegates arrive for the talks in New Delhi on Monday. PTI", True),
        ("A man watches a television report on the nuclear test at a station in Seoul on Sept 3. [Photo/Agencies]", True),
        ("The agreement was signed in Geneva by both delegations and the IAEA.", False),  # an agency's initials in a sentence
        ("US President Donald Trump and North Korean leader Kim Jong Un at the Metropole hotel in Hanoi. (File Photo | AP)", True),
        ("The retired general at his office in Seoul. (Cho Min-ji for MDW)", True),  # the photographer, for the paper
        ("Two leaders, one handshake, no agreement: Hanoi ended early. Illustration: Ana Lindqvist/The Sunday Courier", True),  # its artist
        ("Members of a civic group rally near the Imjingak pavilion in Paju, March 1. Korea Ledger file photo", True),  # the paper's own
        ("The summit ended early. An illustration of the problem: the talks never had a text to sign.", False),
        ("Seoul will have to pay for its own deterrent. (Tariffs for Seoul)", False),
        ("Jeon Hye-rin (Korea Forum for Peace and Security) and Mikkel Sørensen (Copenhagen Institute for Conflict Studies)", False),
        ("The truce village of Panmunjom, seen from the southern side of the Military Demarcation Line. (Shutterstock)", True),
    ],
)
def test_a_caption_ends_with_its_agency(paragraph: str, caption: bool) -> None:
    assert bool(CAPTION_END.search(paragraph)) is caption


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("COLUMNS 🕒 4 min", True),  # a section and its reading time, with the page's clock
        ("Analytics", True),
        ("Opinion • Korea • 6 min", True),
        ("Russia wants more than shells", False),  # a headline
        ("CrossCurrents #41", True),  # a series and its number
        ("Korean Peninsula, Security, Nuclear weapons", True),  # the page's topics over the headline
        ("Opinion Armed Conflicts, Global Governance, Headlines, Nuclear Energy - Nuclear Weapons, Peace", True),
        ("Serial No. 116-21", True),  # a hearing's serial number
        ("Panel Discussion", True),
        ("Tokyo Must Talk to Pyongyang on Its Own Terms — But Not at Any Price", False),  # a headline's clause after the dash
        ("THE PENINSULA LEDGER Notes on the two Koreas, every Thursday Issue No. 112", True),  # a newsletter's masthead and number
        ("Oral Answers to Questions Foreign, Commonwealth and Development Office", True),  # Hansard's section
        ("WHAT SHOULD SEOUL ASK OF THE NEXT AMERICAN PRESIDENT?", False),  # a headline in capitals, asking
        ("Inquiry: The UK and security on the Korean Peninsula", True),  # over a committee's written evidence
        ("My Turn", True),  # a reader's slot
        ("[View in browser]", False),  # a newsletter's link, no label in brackets
        ("[Column]", True),
        ("Comentarios Internacionales N.º 41 / 2024", True),  # a series and its number, 'N.º' as Spanish writes it
    ],
)
def test_a_section_label_over_the_title(paragraph: str, label: bool) -> None:
    assert is_label(paragraph, "Turkey fought in Korea. It should help end that war") is label


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Responses have been edited for length and clarity.", "editors_note"),  # under an expert roundup
        ("The answers were lightly edited.", "editors_note"),
        ("Note: The transcript below has been edited for length and clarity. Questions were read out by the chair.", "editors_note"),
        ("Host and producer: Maren Holt. Sound: Kwon Da-eun.", "credit"),  # a podcast's credits, its host first
        ("Atlantic Features Syndicate", "credit"),  # under a syndicated column's byline
        ("Peninsula Forum roundtables are edited by Sarah Lindqvist.", "credit"),
        ("Ana Lucía Paredes's contribution was translated from the Spanish by Diego Herrera.", "credit"),
        ("Roundtables are a poor way to settle anything, as the last one showed.", None),
        ("Note: the delegation below has been reshuffled twice since Hanoi.", None),
        ("Hosts: Maren Holt (Senior Fellow, NAPF) and Ji-ho Cho (Research Associate, NAPF). Produced by Erik Berg.", "credit"),
        ("Questions: Piotr Wiśniewski | Translation from Korean: Anna Kowalczyk-Park", "credit"),  # who asked a written interview
        ("Questions remain about what Seoul would offer.", None),
        ("Interview: Anna Lindqvist   Producer: Erik Sandahl", "credit"),
        ("Research assistance: Kwon Hye-jin", "credit"),  # under a report chapter's authors
        ("As told to Priya Raman", "credit"),  # a first-person piece, written down by a reporter
        ("As told to Clara Voss. This essay has been edited and condensed for clarity.", "credit"),
        ("Written and directed by Sofia Bergqvist. Narrated by Idris Campbell-Ward. Producer: Han Ji-woo.", "credit"),  # a film's
        ("Responses to the sanctions have been muted in Beijing.", None),
        ("Research assistance to North Korea has dried up since 2020.", None),
        ("Professor Chun spoke in Korean. His remarks were translated into English by Song Ha-eun.", "credit"),  # under the speakers
        ("Their remarks were interpreted by the ministry's staff.", "credit"),
        ("Kim's words were translated into threats by the state media within the hour.", None),
        ("Speakers: Chun Chaesung, Seoul National University; Grace Yoon-Harper, The Whitfield Center", "credit"),
        ("SPEAKER: Thank you. Ken Ishida, Nichiyo Shimbun. Professor Chun, what about Japan?", None),  # the audience asks
        ("Edited and typeset by Jisoo Park, Research Associate", "credit"),
        ("Counsel to the Commission: Mr Daniel Osei-Brandt", "credit"),  # who examines the witness
        ("Cover photo: Reuters/Kim Hong-Ji", "credit"),
        ("Roundtable convened and edited by Jonah Feldkamp, managing editor of Straits & Narrows.", "credit"),
        ("The roundtable was moderated by a skeptic of summits, as its title suggests, and it shows.", None),
        ("Corrections and clarifications\nAn earlier version of this interview misdated the leader's speech.", "editors_note"),
        ("Hosts: Jess Tanaka and Owen Brightwater · Producer: Seo Min-jun · Music: Lanterns by Kyle Arden", "credit"),
        ("Hosts: Dana Whitcombe (Senior Fellow, Northeast Asia) and Ravi Menon (Research Associate), Kestrel Institute.", "credit"),
        ("Rapporteur's note: The following are near-verbatim notes of the session, taken live.", "editors_note"),
        ("Note: Campus Current is broadcast in English. Music breaks and station IDs have been removed and some answers shortened.", "editors_note"),
        ("The music of the ceremony had been removed from the programme, and so had the anthem.", None),  # no broadcast's note
        ("Correction appended", "editors_note"),  # the heading over the correction
        ("Transcription and translation: Sofía Méndez Rivero", "credit"),
        ("Updated : 2023-07-31 09:12 Posted : 2023-07-30 16:48", None),  # the page's days, no correction
        ("By Grace Haldane and Seoul Bureau staff", None),  # a writer, with her desk: a byline, no credit
        ("By Seoul Bureau staff", "credit"),
        ("Updated 24 December 2019, 09:40 VLAT: This article now gives the right date of the launch.", "editors_note"),
        ("Edición: Lucía Giménez", "credit"),  # who edited a column, in Spanish
        ("Editing: Mark O'Neill", "credit"),
        ("Edición especial: Corea, setenta años después", None),  # an issue's name
        ("This section draws on research by Yoo Ha-eun, Research Assistant at the ISDP Stockholm Korea Center, based on port data.", "credit"),
        ("This section draws on a long record of failed summits, and it ends with the one that failed worst.", None),
        ("FACT CHECK The writer says the March 28 veto was the first time Russia used it for North Korea. In May 2022 …", "editors_note"),
        ("Fact-check: the author's figure for 2019 includes ship-to-ship transfers.", "editors_note"),
        ("Fact checkers at the ministry say the writer is wrong about the ships.", None),
    ],
)
def test_an_editors_note_or_a_credit_by_its_words(paragraph: str, role: str | None) -> None:
    found = "editors_note" if EDITORS_NOTE.match(paragraph) else "credit" if CREDIT.match(paragraph) else None
    assert found == role


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("Between Washington and Beijing,\nSeoul needs a strategy of its own", "Between Washington and Beijing, Seoul needs a strategy of its own"),
        (
            "Keeping the Lines Open: Military Confidence-\nBuilding on the Korean Peninsula",
            "Keeping the Lines Open: Military Confidence-Building on the Korean Peninsula",
        ),  # a compound word wrapped at its hyphen
    ],
)
def test_a_headline_wrapped_after_a_comma_is_one_title(paragraph: str, title: str) -> None:
    assert title_text(paragraph) == title


@pytest.mark.parametrize(
    ("paragraph", "following", "label"),
    [
        ("ENTREVISTA", "Sangsoo Lee: “Pyongyang has written its nuclear status into law.”", True),  # Spanish: interview
        ("Fireside Chat", "Is a Peace Declaration Still Worth Making?", True),
        ("Correspondence", "Troop levels are not a bargaining chip", True),  # a magazine's letters and replies
        ("COLUMNISTS", "Pompeo came home with a 'gangster' insult. That tells us something.", True),
        ("**Q&A**", "“Sanctions have become a ritual”: Sangsoo Lee on what Europe can still do", True),  # in Markdown's bold
        ("Peninsula in Translation Korean-language commentary on the two Koreas, in English. Issue #64", "Sanctions alone will not do it", True),
        (
            "COMMONWEALTH OF AUSTRALIA\nProof Committee Hansard\nSENATE\nFOREIGN AFFAIRS, DEFENCE AND TRADE REFERENCES COMMITTEE",
            "Australia's role in security and stability on the Korean Peninsula",
            True,
        ),  # a hearing's record under its masthead, the inquiry's name its title
        ("Across the Line: Conversations on Korean Security Episode 41", "Why the Hotline Matters More Than the Summit", True),  # a show
        ("Issue #87: When the Guard Posts Come Back", "The 2018 agreement is gone. A guest on what can replace it.", False),  # the headline
        ("Issue #87", "When the Guard Posts Come Back", True),  # the number alone
    ],
)
def test_a_label_in_the_site_s_language(paragraph: str, following: str, label: bool) -> None:
    assert is_label(paragraph, following) is label


def test_a_caption_credited_to_the_paper_s_archive() -> None:
    assert CAPTION_END.search("Allies again? Joe Biden, then vice president, looks across the Demilitarized Zone in 2013. (Orient Review archive)")


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("About the chapter authors", True),  # a report chapter's
        ("About the report's authors", True),
        ("About the chapter", False),
    ],
)
def test_a_heading_over_the_writers_bios(line: str, heads: bool) -> None:
    assert bool(BIO_HEAD.match(line)) is heads


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Home   About   Research   Publications   Events   Contact", True),
        ("News  Politics  Security  Sign in", True),
        ("International Relations at Seoul National University and", False),  # a wrapped bio's line, its sentence going on
        ("Relations in a Divided World", False),  # a wrapped title's second line: 'in' is a menu's only in 'Sign in'
        ("World   Asia   Sign in", True),
        ("Science and International Relations at Seoul National University", False),  # a wrapped bio's line, where she works
        ("Opinion | Translations | Briefings | Data", True),  # a digest's sections
    ],
)
def test_a_site_s_menu_not_a_wrapped_line_of_a_bio(line: str, menu: bool) -> None:
    assert is_navigation(line) is menu


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        ("Image source, KCNA via Reuters\nImage caption,\nKim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome", True),
        ("Media caption,\nWatch: North Korea test-fires what it calls a new hypersonic missile (1:12)", True),
        ("[image: Bar chart of recorded China–North Korea trade, 2016–2023]", True),  # an e-mail's picture, its text
        ("[image: Map of the Yellow Sea]\nChinese coal ships cross the line at night. Source: satellite data.", True),  # and its caption
        ("Image sources matter, and the KCNA photograph was doctored.", False),
    ],
)
def test_a_broadcaster_s_image_and_media_captions(paragraph: str, caption: bool) -> None:
    assert bool(CAPTION.match(paragraph)) is caption


@pytest.mark.parametrize(
    ("paragraph", "greets"),
    [
        ("Good morning from a wet Seoul, and a warm welcome to the 212 of you who signed up after last week's issue -- hello!", True),
        ("Hello from a steamy, typhoon-season Seoul, and welcome to the new subscribers.", True),
        ("Hola again, and a warm welcome to the new subscribers who found us after last month's APEC preview.", True),
        ("Hello again from Washington, where the week began with the images everyone has now seen at Panmunjom.", False),
        ("Good morning from Pyongyang, where the Foreign Ministry said on Friday that talks were off.", False),  # a dateline's news, no welcome
        ("Góðan daginn, and a warm welcome to the forty-odd new readers who signed up after the Reykjavik forum.", True),  # in Icelandic
        ("Sawubona! And welcome back after the break.", True),  # in Zulu
        ("Sanctions, and welcome relief for Pyongyang, came together in 2018.", False),
        ("Welcome to Stockholm, and welcome to the eighth Korea Forum.", False),  # a speech's opening, the speaker's own
    ],
)
def test_a_newsletter_greets_its_readers_from_where_its_writer_is(paragraph: str, greets: bool) -> None:
    assert bool(GREETING.match(paragraph)) is greets


def test_a_column_s_name_run_into_the_section_is_a_label_not_the_headline() -> None:
    """'OPINION | COLUMN: BOOTS ON THE PENINSULA' over the headline is the section and the column's name; 'Opinion | Singapore
    summit: A handshake is not a settlement' over its dek is the headline, its section run into it."""
    assert is_label("OPINION | COLUMN: BOOTS ON THE PENINSULA", "Stop calling it a war game: what suspending exercises costs the troops on the DMZ")
    assert not is_label("Opinion | Singapore summit: A handshake is not a settlement", "The leaders agreed on little, and that little was vague. Here is why.")


def test_a_pilcrow_a_copy_leaves_at_each_paragraph_s_end_is_no_part_of_it() -> None:
    assert plain("Can There Be Peace Without Denuclearization? Three Views ¶") == "Can There Be Peace Without Denuclearization? Three Views"
    assert plain("The sign ¶ marks a paragraph.") == "The sign ¶ marks a paragraph."
