"""Bylines as essays write them: each person once, ranks removed, each with the affiliation the line gives them."""

from __future__ import annotations

import pytest

from korea_cli.bylines import (
    byline_people,
    clean_name,
    guest_list,
    institutions,
    korean_sounds,
    looks_like_name,
    only_institutions,
    organisations,
    romanized,
    split_names,
)


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Jane Doe", [("Jane Doe", "")]),
        ("by jane doe", [("Jane Doe", "")]),  # a byline set in lower case, as in capitals: the name in title case
        ("By Dr. Jane Doe", [("Jane Doe", "")]),
        ("By Jane Doe, Senior Fellow at X Institute", [("Jane Doe", "Senior Fellow at X Institute")]),
        ("By Major General (ret.) Mats Engman", [("Mats Engman", "")]),
        ("By Min-jung Park and David Ortiz", [("Min-jung Park", ""), ("David Ortiz", "")]),
        ("By SANG-SOO LEE & MATS ENGMAN, Maj. Gen. (ret.)", [("Sang-soo Lee", ""), ("Mats Engman", "")]),
        ("BY NIKLAS SWANSTROM AND MATS ENGMAN", [("Niklas Swanstrom", ""), ("Mats Engman", "")]),
        ("By Maria de la Cruz with Thomas Whitfield Jr.", [("Maria de la Cruz", ""), ("Thomas Whitfield Jr.", "")]),
        (
            "By Daniel R. Whitford, senior fellow, and Min-jung Park, research associate, Korea Program",
            [("Daniel R. Whitford", "senior fellow"), ("Min-jung Park", "research associate, Korea Program")],
        ),
        (
            "By Tomasz Wierzbicki, Research Fellow for Nuclear Policy, and Dr Yuna Nakagawa, Senior Fellow for Japanese Security and Defence Policy",
            [("Tomasz Wierzbicki", "Research Fellow for Nuclear Policy"), ("Yuna Nakagawa", "Senior Fellow for Japanese Security and Defence Policy")],
        ),
        (
            "By Sang-hyun Lee, research fellow at the Korea Institute for Defense Analyses",
            [("Sang-hyun Lee", "research fellow at the Korea Institute for Defense Analyses")],
        ),
        ("By Park Ji-won (jwpark@heraldcorp.com)", [("Park Ji-won", "")]),
        (
            "By Dr Anjali Raghunathan — Senior Fellow, Strategic Studies Programme",  # the post after a dash, as after a comma
            [("Anjali Raghunathan", "Senior Fellow, Strategic Studies Programme")],
        ),
        ("By Jane Doe - Senior Fellow at X Institute", [("Jane Doe", "Senior Fellow at X Institute")]),
        ("By Min-jung Park – Research Fellow", [("Min-jung Park", "Research Fellow")]),  # a hyphen inside the name is none
        (
            "By Senior Colonel (Ret.) Zhou Liang, Nguyen Thi Thu Ha and Dmitri Orlov",  # a PLA rank, no part of his name
            [("Zhou Liang", ""), ("Nguyen Thi Thu Ha", ""), ("Dmitri Orlov", "")],
        ),
        (
            "Written by Dr. Priya Raman (Senior Fellow, CIPD) & Col. Arjun Mehta, SM (Retd.) (Distinguished Fellow, CIPD)",  # his medal
            [("Priya Raman", "Senior Fellow, CIPD"), ("Arjun Mehta", "Distinguished Fellow, CIPD")],
        ),
        (
            "-- Words by Sang-woo Lee / Visiting Scholar, Cascadia Institute for Pacific Affairs",  # signed at the end, the post after a slash
            [("Sang-woo Lee", "Visiting Scholar, Cascadia Institute for Pacific Affairs")],
        ),
        (
            "Participants\nProf. Wang Lixin (WL) – Senior Fellow, Center for Peninsula Studies\nDr. Irina Sokolova (IS) – Leading Research Fellow, IOS",
            [("Wang Lixin", "Senior Fellow, Center for Peninsula Studies"), ("Irina Sokolova", "Leading Research Fellow, IOS")],
        ),  # the initials her turns are labelled with, no part of the name
        (
            "By Kenji Watanabe | Professor, Faculty of Law, Kansai Gaikoku University",
            [("Kenji Watanabe", "Professor, Faculty of Law, Kansai Gaikoku University")],
        ),
        (
            "Remarks by Lt. Gen. (ret.) Park Jong-hoon\nFormer Deputy Commander, ROK-U.S. Combined Forces Command",
            [("Park Jong-hoon", "Former Deputy Commander, ROK-U.S. Combined Forces Command")],
        ),
        (
            "FROM: CHUN Chae-sung (Seoul National University / East Asia Institute)\nand YOON Ha-rim (East Asia Institute)",
            [("CHUN Chae-sung", "Seoul National University / East Asia Institute"), ("YOON Ha-rim", "East Asia Institute")],
        ),
        ("Posted by Fiona MacLeod, Communications and Marketing", [("Fiona MacLeod", "Communications and Marketing")]),
        ("By H.E. Ingrid Solberg", [("Ingrid Solberg", "")]),  # an ambassador's 'His/Her Excellency'
        ("Generalmajor (pens.) Lars Ekdahl", None),  # a name alone is no 'By …' line (below: it is one, near the top)
        ("By KIM Do-yeon; translated by Alice Ward", [("KIM Do-yeon", "")]),  # the translator is no author
        ("By TAKUMI ONO/ Staff Writer", [("Takumi Ono", "")]),
        ("Author: WANG Lei    Editor: ZHAO Min", [("WANG Lei", "")]),
        ("Guest post by Marta Nowak (Warsaw Institute) and Jun Sato (Keio University)", [("Marta Nowak", "Warsaw Institute"), ("Jun Sato", "Keio University")]),
        ("Response by Priya Natarajan", [("Priya Natarajan", "")]),
        ("By the editors of this newsletter", None),
        ("By the end of the year, talks had stalled.", None),
        ("By Rear Admiral Duncan Hartigan AM CSC RAN (Retd)", [("Duncan Hartigan", "")]),  # honours and service after the name
        ("By Gareth Evans AC QC", [("Gareth Evans", "")]),
        ("By Air Vice-Marshal Richard Fenwick AO CSC (Retd), Visiting Fellow, ASPI", [("Richard Fenwick", "Visiting Fellow, ASPI")]),
        ("By Lt.-Cdr. (ret.) Daniel Okonkwo-Fraser", [("Daniel Okonkwo-Fraser", "")]),
        ("By Senator the Hon. Penny Wong", [("Penny Wong", "")]),
        ("By Professor Sir Lawrence Freedman KCMG CBE", [("Lawrence Freedman", "")]),
        ("By Rev. Dr. John Smith, S.J.", [("John Smith", "")]),  # letters after the name, not an affiliation
        ("By Rep. Ami Bera, M.D.", [("Ami Bera", "")]),
        ("By Lord Robertson", [("Lord Robertson", "")]),  # a peer is known by his title
        ("By Wang Wei (Tony Wang)", [("Wang Wei", "")]),  # the name he also goes by, not an affiliation
        ("By Cmde. Vikram Sethi (Retd.)", [("Vikram Sethi", "")]),  # a navy's commodore, abbreviated
        ("By Brig Arvind Kaushik (Retd), VSM", [("Arvind Kaushik", "")]),  # a brigadier without the full stop, and his medal
        ("By Assoc. Prof. Dr. Nguyen Thi Thu Ha", [("Nguyen Thi Thu Ha", "")]),  # an associate professor's title, abbreviated
        ("Words: Eleanor Hartigan\nSenior Lecturer, ANU", [("Eleanor Hartigan", "Senior Lecturer, ANU")]),  # a magazine's 'Words:' for 'By'
        ("By Prof. Dr. habil. Joachim von der Heydt", [("Joachim von der Heydt", "")]),  # a German habilitation, and a particle
        ("By Sr. Theresa Kwon, MM", [("Theresa Kwon", "")]),
        ("By Doc. Ing. Petr Novák", [("Petr Novák", "")]),  # titles no list knows (Czech): short words with a full stop, before the name
        ("By doc. Ing. Tomáš Hrubý, Ph.D., and Mgr. Kateřina Nováková", [("Tomáš Hrubý", ""), ("Kateřina Nováková", "")]),  # lower case too
        ("By Dipl.-Pol. Katrin Oberländer", [("Katrin Oberländer", "")]),  # a German diploma, two abbreviations joined
        ("By VADM (Ret.) Robert L. Thornton III", [("Robert L. Thornton III", "")]),  # a US service's rank in capitals; 'III' is his
        ("Opinion by Chun Jae-sung", [("Chun Jae-sung", "")]),
        ("by Niklas Swanstrom December 20, 2021", [("Niklas Swanstrom", "")]),  # the day run on after the name
        ("By Jane Doe, Seoul, March 4, 2019", [("Jane Doe", "")]),  # a place and the day
        (
            "Statement of\nDr. Eleanor J. Whitcombe\nSenior Fellow and Director, Korea and Northeast Asia Program",
            [("Eleanor J. Whitcombe", "Senior Fellow and Director, Korea and Northeast Asia Program")],
        ),  # a testimony's 'Statement of' alone on its line, over the witness
        ("Speech from Annika Ståhlberg", [("Annika Ståhlberg", "")]),
        ("WRITTEN BY\nDr Eleanor Whitfield\nResearch Fellow, RUSI", [("Eleanor Whitfield", "Research Fellow, RUSI")]),
        (
            "Written by\nDr Catherine Pryor, Senior Lecturer, The University of Sydney\nSeo Jae-won, Visiting Fellow, AKPP",
            [("Catherine Pryor", "Senior Lecturer, The University of Sydney"), ("Seo Jae-won", "Visiting Fellow, AKPP")],
        ),  # 'Written by' over one name a line
        ("An Essay by Niklas Swanstroem", [("Niklas Swanstroem", "")]),
        ("Byline: By Dmitri Zaitsev and Elena Markova", [("Dmitri Zaitsev", ""), ("Elena Markova", "")]),  # a database record's field
        ("By J. R. Kim", [("J. R. Kim", "")]),  # initials are the name's own  # a Maryknoll sister: her title before the name, her order's letters after
        ("By Amb. (Dr.) Ngozi Adaeze Okafor-Bello", [("Ngozi Adaeze Okafor-Bello", "")]),  # a doctorate in parentheses after the rank
        ("By Cdr. (Dr.) V. Lakshminarayanan (Retd.)", [("V. Lakshminarayanan", "")]),
        (
            "By Hannah Cresswell (ASPI) and\nSang-woo Lee (Korea Institute for Defense Analyses)",
            [("Hannah Cresswell", "ASPI"), ("Sang-woo Lee", "Korea Institute for Defense Analyses")],
        ),  # the byline wrapped after its 'and': the second author is on the next line, not an affiliation
        ("Written by Amb. (Rtd) Peter Mwangi Odhiambo", [("Peter Mwangi Odhiambo", "")]),  # Kenya's and India's '(Rtd)' for retired
        ("Column by ELİF DEMİRTAŞ", [("Elif Demirtaş", "")]),  # Turkish capital İ is i in lower case, with no dot added
        ("**By Dmitry Kostin**", [("Dmitry Kostin", "")]),  # in Markdown's bold
        ("By North Asia correspondent Sangwoo Lee in Seoul", [("Sangwoo Lee", "North Asia correspondent")]),  # a broadcaster's: post, name, city
        ("By political reporter Jane Norman and Jake Evans", [("Jane Norman", ""), ("Jake Evans", "")]),
        ("— by Nguyen Thi Lan", [("Nguyen Thi Lan", "")]),  # a newsletter's item, under its heading
        ("-- by Tomasz Wiśniewski", [("Tomasz Wiśniewski", "")]),
        ("Byline: Lt. Gen. (ret.) Hwang In-seop", [("Hwang In-seop", "")]),  # a Word file's field
        (
            "Lead author: Dr Lim Wei Ling, Senior Fellow\nContributing authors: Bae Hyun-joo, Research Fellow; Shreya Nair, Research Analyst",
            [("Lim Wei Ling", "Senior Fellow"), ("Bae Hyun-joo", "Research Fellow"), ("Shreya Nair", "Research Analyst")],
        ),  # every one an author
        ("By Nguyễn Thị Thu Hằng, with translation by Đỗ Quang Minh", [("Nguyễn Thị Thu Hằng", "")]),  # the translator is no author
        ("By Anna Berg, with a translation by Olga Petrova", [("Anna Berg", "")]),
        ("By H.E. Dato’ Sri Ahmad Faisal bin Abdul Rahman", [("Ahmad Faisal bin Abdul Rahman", "")]),  # Malaysian honours are no part of a name
        ("By Tan Sri Rastam Mohd Isa", [("Rastam Mohd Isa", "")]),
        ("By Datuk Seri Anwar Ibrahim", [("Anwar Ibrahim", "")]),
        ("Author: ZHANG Weimin 张伟民   |   Source: SINEA   |   Date: 2023-07-18", [("ZHANG Weimin", "")]),  # the name in characters, then the bar
        (
            "By Ji-hoon Seo, associate professor, Graduate School of International Studies, Pusan National University",
            [("Ji-hoon Seo", "associate professor, Graduate School of International Studies, Pusan National University")],
        ),  # a post in lower case, then the school after a comma
        (
            "Guest: Ji-hoon Seo, associate professor, Graduate School of International Studies, Pusan National University",
            [("Ji-hoon Seo", "associate professor, Graduate School of International Studies, Pusan National University")],
        ),  # a transcript's guest, on one line
        (
            "Panellists: Maj. Gen. (ret.) Mats Engman, Institute for Security and Development Policy, Stockholm; Dr Priya Raghunathan, Chennai Centre",
            [("Mats Engman", "Institute for Security and Development Policy, Stockholm"), ("Priya Raghunathan", "Chennai Centre")],
        ),
        ("GUEST: Thank you, Melissa. I think the honest answer is that Beijing has mixed feelings.", None),  # a guest's turn, no byline
        (
            "By Rachel Okafor, Senior Fellow for Northeast Asia, Meridian Center\nand Daniel Whitcomb, Adjunct Scholar, Georgetown University",
            [("Rachel Okafor", "Senior Fellow for Northeast Asia, Meridian Center"), ("Daniel Whitcomb", "Adjunct Scholar, Georgetown University")],
        ),  # the second writer wrapped onto the next line
        (
            "By Lee Sang-soo\nSenior Research Fellow, Institute for Security and Development Policy\nand Niklas Swanstrom\nDirector, ISDP",
            [("Lee Sang-soo", "Senior Research Fellow, Institute for Security and Development Policy"), ("Niklas Swanstrom", "Director, ISDP")],
        ),  # each name over its post
        (
            "By Daniel Whitcombe, Senior Fellow, Harlan Center for Asian Security; Lee Sang-hyun, Visiting Scholar, Harlan Center, and"
            " Research Fellow, Korea Institute for Peninsula Strategy; Aya Kurosawa, Associate Professor of International Politics,"
            " Tokai Metropolitan University; and Zhao Minghui, Nonresident Fellow, Harlan Center (Beijing)",
            [
                ("Daniel Whitcombe", "Senior Fellow, Harlan Center for Asian Security"),
                ("Lee Sang-hyun", "Visiting Scholar, Harlan Center, and Research Fellow, Korea Institute for Peninsula Strategy"),
                ("Aya Kurosawa", "Associate Professor of International Politics, Tokai Metropolitan University"),
                ("Zhao Minghui", "Nonresident Fellow, Harlan Center (Beijing)"),
            ],
        ),  # four writers and their posts, a line over 300 characters long
        ("Hendrik Vos and Yekaterina Sorokina[a]", None),  # no 'By': not a byline by itself
        ("By Hendrik Vos and Yekaterina Sorokina[a]", [("Hendrik Vos", ""), ("Yekaterina Sorokina", "")]),  # a shared draft's comment anchor
        (
            "By Rachel Okafor, Daniel Whitford, and Lt. Gen. Thomas R. Brannigan, USA (Ret.)",
            [("Rachel Okafor", ""), ("Daniel Whitford", ""), ("Thomas R. Brannigan", "")],
        ),  # a US officer's service after his name
        ("By Jane Doe, Senior Fellow, USA Institute", [("Jane Doe", "Senior Fellow, USA Institute")]),  # but a post is a post
        ("In conversation with Niklas Swanström and Elena Marchetti", [("Niklas Swanström", ""), ("Elena Marchetti", "")]),  # the two who answer
        (
            "By Amb. (ret.) Eleanor M. Whitfield, Lt. Gen. (ret.) Kim Dong-hwan (김동환) and Dr. Akiko Fujimura (藤村明子)",
            [("Eleanor M. Whitfield", ""), ("Kim Dong-hwan", ""), ("Akiko Fujimura", "")],
        ),  # names again in their own scripts, inside the list
        (
            "By Mira Castellano, Ph.D., and Col. Moon Tae-yang (ret.), with Anton\nBelyaev",
            [("Mira Castellano", ""), ("Moon Tae-yang", ""), ("Anton Belyaev", "")],
        ),  # the last writer's name wrapped onto the next line
        (
            "STATEMENT OF ELEANOR WHITCOMBE, Ph.D., SENIOR FELLOW FOR KOREA\n          STUDIES, PACIFIC POLICY COUNCIL",
            [("Eleanor Whitcombe", "SENIOR FELLOW FOR KOREA STUDIES, PACIFIC POLICY COUNCIL")],
        ),  # a hearing's witness, the heading wrapped in capitals, her degree no part of her post
        (
            "Lead author: Maj. Gen. (ret.) Mats Engman\nContributing authors: Linnea Bergqvist and Yoon Se-ra",
            [("Mats Engman", ""), ("Linnea Bergqvist", ""), ("Yoon Se-ra", "")],
        ),
        ("In conversation with Sang-hyun Lee: “Unification has stopped being the organising idea”", None),  # a headline, no byline
        (
            "By Prof. Zhao Minghui (赵明辉), Professor, School of International Studies, Jinghai University; Prof. Lee Sang-woo,"
            " Professor of Security Studies, Korea National Defense University",
            [
                ("Zhao Minghui", "Professor, School of International Studies, Jinghai University"),
                ("Lee Sang-woo", "Professor of Security Studies, Korea National Defense University"),
            ],
        ),  # a name again in its own script, in brackets before its post
        (
            "Lead author: Ingrid Solberg\nContributors: Kwon Min-seo and Thomas A. Brennan",
            [("Ingrid Solberg", ""), ("Kwon Min-seo", ""), ("Thomas A. Brennan", "")],
        ),  # a report chapter's contributors under its lead author
        ("By Col. Thomas E. Whitcombe (USA, Ret.) and Dr. Mirae Seo", [("Thomas E. Whitcombe", ""), ("Mirae Seo", "")]),  # his service
        (
            "By Col. (ret.) Daniel R. Hale, PhD, Dr. Ingrid Aas and Park\nJi-woo, M.A.",
            [("Daniel R. Hale", ""), ("Ingrid Aas", ""), ("Park Ji-woo", "")],
        ),  # the last name wrapped onto the next line with its degree, each degree no post
        (
            "Answered by CHUN Chaesung, Professor of Political Science at Seoul National University",
            [("CHUN Chaesung", "Professor of Political Science at Seoul National University")],
        ),  # an 'Ask an expert' column's expert
        (
            "Public lecture by Ambassador (ret.) Tomás Errázuriz Vial, moderated by Prof. Camila Fuentes Rojas",
            [("Tomás Errázuriz Vial", "")],
        ),  # the lecturer, not the chair who moderates
        (
            "Guests: Rear Adm. (ret.) Park Jun-seo, senior fellow at the Haeyang Institute for Maritime Security in Busan and former"
            " chief of the Navy's delegation to general-officer talks at Panmunjom; Dr. Ingrid Aas, associate professor of"
            " international relations at the University of Bergen, Norway.",
            [
                (
                    "Park Jun-seo",
                    "senior fellow at the Haeyang Institute for Maritime Security in Busan and former chief of the Navy's delegation to"
                    " general-officer talks at Panmunjom",
                ),
                ("Ingrid Aas", "associate professor of international relations at the University of Bergen, Norway"),
            ],
        ),  # two guests, long posts after each
        ("By\nMaj. Gen. (Ret.) Mats Engman\nDr. LEE Sang Soo", [("Mats Engman", ""), ("LEE Sang Soo", "")]),  # 'By' alone, a name a line
        ("By\nMats Engman\nSenior Fellow, ISDP", [("Mats Engman", "Senior Fellow, ISDP")]),  # one name, and his post under it
        ("By Hyunwoo Cho, Ph.D., with Lena Varga\nMarch 2, 2020", [("Hyunwoo Cho", ""), ("Lena Varga", "")]),  # his degree, then 'with' her
        (
            "By Chun Chae-sung · Hamada Yuko · Zhao Lin · Michael J. Osterhout",
            [("Chun Chae-sung", ""), ("Hamada Yuko", ""), ("Zhao Lin", ""), ("Michael J. Osterhout", "")],
        ),  # four, a dot between each
        ("By Jane Doe · March 3, 2021 · 5 min read", [("Jane Doe", "")]),  # a dot before the day is no second writer
        ("By Mats Engman, generalmajor (ret.)", [("Mats Engman", "generalmajor")]),  # his rank after the name, in Swedish and lower case
        ("Verfasserin: Dr. Katrin Vollmer", [("Katrin Vollmer", "")]),  # a German research service's 'author (f.)'
        ("Autor: Jan Kowalski", [("Jan Kowalski", "")]),
        (
            "Drafting team:\nNiklas Swanstrom (chair) – Institute for Security and Development Policy, Stockholm\n"
            "Dr. philos. Ingrid Halvorsen – Norwegian Institute of Humanitarian Studies, Oslo\n"
            "Park Seo-yeon, Ph.D. – Graduate School of International Studies, Ewha Womans University, Seoul\n"
            "Överste (pens.) Mikael Lindqvist – formerly Swedish Armed Forces Headquarters",
            [
                ("Niklas Swanstrom", "Institute for Security and Development Policy, Stockholm"),
                ("Ingrid Halvorsen", "Norwegian Institute of Humanitarian Studies, Oslo"),
                ("Park Seo-yeon", "Graduate School of International Studies, Ewha Womans University, Seoul"),
                ("Mikael Lindqvist", "formerly Swedish Armed Forces Headquarters"),
            ],
        ),  # a paper's drafting team, a member a line: the chair's part, a degree, a Norwegian doctorate and a Swedish rank left out
        ("Responses of Dr. Celia Brandt to Questions Submitted by Senator Whitfield", [("Celia Brandt", "")]),  # a hearing's record
        (
            "Issued by Maj. Gen. (ret.) Mats Engman and Ambassador (ret.) Choi Yoon-kyung",
            [("Mats Engman", ""), ("Choi Yoon-kyung", "")],
        ),  # a joint statement two people issue (an organisation that issues one is no person: see `named_writers`)
        ("Issued by the Korea Peace Treaty Coalition", None),
        ("Co-Chairs: Ambassador Helen Marsh and Dr. Park Jin-woo", [("Helen Marsh", ""), ("Park Jin-woo", "")]),  # a commission's report
        ("An exchange of letters between Chun Chae-sung and Dana Whitfield", [("Chun Chae-sung", ""), ("Dana Whitfield", "")]),
        ("By Rachel Ahn-Whitaker (she/her)", [("Rachel Ahn-Whitaker", "")]),  # her pronouns, no post
        ("By Major General (retd) Hugh Carrow-Lennox CB CBE DSO", [("Hugh Carrow-Lennox", "")]),  # his decorations, no post
        ("By Miriam Osei-Bonsu and colleagues", [("Miriam Osei-Bonsu", "")]),  # the one writer it names
        ("Project Director\nDr. Helena Varga", [("Helena Varga", "")]),  # a report's cover, over its contributors
        ("By 정세린 (Jeong Se-rin)", [("Jeong Se-rin", "")]),  # the name in Hangul first, then in the Latin alphabet
        ("Interviewee: Thomas Whitfield, Senior Fellow", [("Thomas Whitfield", "Senior Fellow")]),  # an oral history's
        ("Lucía Ferreyra, former UN sanctions investigator: “The ships are where the story is”", None),  # an interview's headline
        ("PRESENTER: Lee Sang-hyun, welcome to Asia Tonight", None),  # a host's welcome
        ("By Lee Sang-hyun, welcome to Asia Tonight. Why now?", None),  # the host's welcome, read as if bylined
        ("By Jane Doe, former Ambassador to Korea", [("Jane Doe", "former Ambassador to Korea")]),  # a post that begins 'former'
        ("By Jane Doe, retired Army colonel", [("Jane Doe", "retired Army colonel")]),
        ("By Jane Doe, adviser to the minister of unification", [("Jane Doe", "adviser to the minister of unification")]),
        ("By Young-ja Kim, 81, of Fort Lee", [("Young-ja Kim", "")]),  # a reader's age and town, no post
        ("By Col. (Ret.) Marcus D. Albright, 2nd Infantry Division", [("Marcus D. Albright", "2nd Infantry Division")]),  # his unit
        ("Piše / By: Lee Sang-hoon", [("Lee Sang-hoon", "")]),  # 'By' in Montenegrin and in English
        ("Por Sangsoo Lee y Martín Benítez Giménez", [("Sangsoo Lee", ""), ("Martín Benítez Giménez", "")]),  # Spanish 'y' between two
        ("By Miriam Osei-Bonsu et al.", [("Miriam Osei-Bonsu", "")]),
        ("Guest author: Dr. Niklas Svanberg, Swedish Defence University", [("Niklas Svanberg", "Swedish Defence University")]),
        ("by Tomas Havel » Sat Jun 08, 2019 11:14 pm", [("Tomas Havel", "")]),  # a forum post's author and time
        ("Guest authors are welcome to pitch us at any time", None),
        ("Words by Tomasz Wierzbicki, photos by Yoon Seo-ah", [("Tomasz Wierzbicki", "")]),  # the photographer is no author
        ("By Grace Haldane and Seoul Bureau staff", [("Grace Haldane", "")]),  # the desk's staff, no one named
        ("By Grace Haldane and Tom Staff", None),  # (a surname, capitalized, is no desk)
        ("By Anna and Tomas Lindqvist", [("Anna Lindqvist", ""), ("Tomas Lindqvist", "")]),  # two of one surname
        ("By Min-ji and Kim Tae-yeon", None),  # but a Korean name's surname comes first: 'Min-ji' has none here
        ("By Mats Engman and Sangsoo Lee (Institute for Security and Development Policy)", [("Mats Engman", ""), ("Sangsoo Lee", "")]),
        ("By Mats Engman and Sangsoo Lee (ISDP)", [("Mats Engman", ""), ("Sangsoo Lee", "")]),  # one affiliation for both: no one's own
        ("OPINION | By Miriam Castellanos", [("Miriam Castellanos", "")]),  # the section's label in the kicker, then the byline
        (
            "Keynote address by Dr. Han Seo-yeon, former Vice Minister of Unification",
            [("Han Seo-yeon", "former Vice Minister of Unification")],
        ),  # a rank's full stop is no sentence's end
        ("By Bae Jun-young, as told to Clara Voss", [("Bae Jun-young", "")]),  # the teller's words, taken down by a reporter
        ("By Col (retd) Gareth Mayhew", [("Gareth Mayhew", "")]),  # a British rank, no stop after it
        ("By Thomas “Tad” Whitcombe", [("Thomas Whitcombe", "")]),  # the nickname in quotation marks is no part of the name
        ("By Sangsoo Lee &amp; Niklas Swanström", [("Sangsoo Lee", ""), ("Niklas Swanström", "")]),  # an escaped ampersand
        (
            "Author:\tMats Engman\t\tInstitute for Security and Development Policy (ISDP)",
            [("Mats Engman", "Institute for Security and Development Policy (ISDP)")],
        ),  # a cover's table: the label, the name and the institution a cell each
        ("Seoul | By the way, the summit failed", None),
    ],
)
def test_a_byline_gives_each_person_once(line: str, people: list[tuple[str, str]] | None) -> None:
    assert byline_people(line) == people


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Jane Doe and John Roe", [("Jane Doe", ""), ("John Roe", "")]),
        ("Mats Engman, Major General (ret.)\nSangsoo LEE", [("Mats Engman", ""), ("Sangsoo LEE", "")]),
        (
            "CHUN Chaesung (Seoul National University)\nPARK Ha-eun (The East Asia Institute)",
            [("CHUN Chaesung", "Seoul National University"), ("PARK Ha-eun", "The East Asia Institute")],
        ),
        (
            "Kim Tae-hoon, Yoon Seo-yeon, Cha Min-gyu (Korea Institute for National Unification)",
            [("Kim Tae-hoon", ""), ("Yoon Seo-yeon", ""), ("Cha Min-gyu", "")],
        ),
        ("robert hallworth, ji-yeon moon, and kenji arakawa", [("Robert Hallworth", ""), ("Ji-yeon Moon", ""), ("Kenji Arakawa", "")]),
        ("Aleksandr Volkov | Zhou Lanying\nPublished: 2023-10-04 | 7 min read", [("Aleksandr Volkov", ""), ("Zhou Lanying", "")]),  # over when
        ("Zhao Minghui\n2d ago · 6 min read", [("Zhao Minghui", "")]),  # a reading app's count of days
        ("Parliamentary Library\nInformation analysis advice", None),  # a library's name over its motto, no person's
        (
            "MORITA Kenji / Staff Writer, Tokyo\nKANG Min-seo / Seoul Correspondent",
            [("MORITA Kenji", "Staff Writer, Tokyo"), ("KANG Min-seo", "Seoul Correspondent")],
        ),  # a Japanese daily's writers, each over a slash and a post
        (
            "Study Group Members\nYoon Mi-kyung (Chair), former Vice Minister of Unification\nKwon Tae-ho, Professor of Economics, Chungnam University",
            [("Yoon Mi-kyung", "former Vice Minister of Unification"), ("Kwon Tae-ho", "Professor of Economics, Chungnam University")],
        ),  # a group's members, its chair's part in brackets no affiliation
        ("Generalmajor (pens.) Lars ENGDAHL", [("Lars ENGDAHL", "")]),
        (
            "Général de division (2S) Antoine MEYRIEUX\nFormer Deputy Director for Strategic Affairs, French Ministry of the Armed Forces",
            [("Antoine MEYRIEUX", "Former Deputy Director for Strategic Affairs, French Ministry of the Armed Forces")],
        ),  # a French general of the second section: retired
        ("Prof. Dr. Henrike Vollmer, Dr. phil. Jonas Brandtner and Kim Ji-won, M.A.", [("Henrike Vollmer", ""), ("Jonas Brandtner", ""), ("Kim Ji-won", "")]),
        (
            "HANNAH LINDQVIST, FIL. DR., PARK SO-YEON, PH.D., & JAVIER OKONKWO-REYES, LL.M.",
            [("Hannah Lindqvist", ""), ("Park So-yeon", ""), ("Javier Okonkwo-Reyes", "")],
        ),  # degrees after each, in capitals, a Swedish doctorate among them
        (
            "Elena Marchetti\nPartner, Marchetti Aubry Avocats, Geneva",
            [("Elena Marchetti", "Partner, Marchetti Aubry Avocats, Geneva")],
        ),  # a lawyer's post at her firm
        (
            "Rachel Ostrander, with Tomasz Wierzbicki\nJul 3, 2019",
            [("Rachel Ostrander", ""), ("Tomasz Wierzbicki", "")],
        ),  # a Swedish rank, retired; the surname in capitals as written
        ("Guest Column", None),
        ("NORTH KOREA'S AFRICAN FOOTPRINT", None),  # a heading in capitals: a possessive is in no name
        ("ISPI Dossier", None),  # a series' name
        ("Outside View", None),  # a column's name
        ("Dear Rachel,", None),  # a letter's salutation
        ("I. Introduction", None),
        ("Executive Summary", None),
        ("KOREA JoongAng DAILY", None),
        ("Parallel Lines", None),  # a newsletter's name
        ("Australian Outlook", None),  # a journal's
        ("Supervisory Commission", None),  # a body's
        ("Trust Through Sequencing", None),  # a heading: 'through' is in no name
        ("PENINSULA WATCH", None),  # a series' name
        ("Senior Research Fellow Sanne Verhoeven", [("Sanne Verhoeven", "")]),  # her post before her name
        ("Katrin Vogel | Jae-won Shin", [("Katrin Vogel", ""), ("Jae-won Shin", "")]),  # two names, a bar between
        ("Rachel Ashdown-Pryce OBE FRUSI", [("Rachel Ashdown-Pryce", "")]),  # honours and a fellowship after the name
        ("Brig Arvind Kaushik (Retd), VSM", [("Arvind Kaushik", "")]),
        ("Norsk Utenrikspolitisk Institutt", None),  # an institute's, in Norwegian
        ("Lee Sang-hyun, Sejong Institute", [("Lee Sang-hyun", "Sejong Institute")]),  # a name, then its affiliation
        ("doc. Ing. Tomáš Hrubý, Ph.D., and Mgr. Kateřina Nováková", [("Tomáš Hrubý", ""), ("Kateřina Nováková", "")]),  # a degree inside the list
        ("Maj Gen (Retd) Mats Engman | 12 June 2018", [("Mats Engman", "")]),  # a rank, the name, the day
        ("Santiago de Chile | 19/03/2012 - 08:15", None),  # a place, the day
        (
            "Niklas Swanstro¨m, Institute for Security and Development Policy\nSanne van der Linden, Clingendael Institute",
            [("Niklas Swanström", "Institute for Security and Development Policy"), ("Sanne van der Linden", "Clingendael Institute")],
        ),  # a PDF's accent set apart from its letter
        ("A Retired U.S. Vice Admiral", None),  # a rank, whoever holds it
        ("Great Power Shadows", None),  # a section's heading
        (
            "Andrei Volkov · Lee Sang-hoon\nLeading Research Fellow, Center for Korean Studies, RAS · Research Fellow, Korea Institute for National Unification",
            [
                ("Andrei Volkov", "Leading Research Fellow, Center for Korean Studies, RAS"),
                ("Lee Sang-hoon", "Research Fellow, Korea Institute for National Unification"),
            ],
        ),  # names between middle dots, over their posts between middle dots
        ("Mark Ostrowski (@m_ostrowski) | mark@demilitarized.news", [("Mark Ostrowski", "")]),  # a handle and an e-mail are no part of the name
        ("Author(s)        Rebecca Tran, Jonathan Kessler", [("Rebecca Tran", ""), ("Jonathan Kessler", "")]),  # a PDF's table row
        ("Katrin Vogel und Jiwon Park", [("Katrin Vogel", ""), ("Jiwon Park", "")]),  # 'and' in German
        ("Tran Minh Quang, Research Fellow, Regional Security Programme | 2 April 2024", [("Tran Minh Quang", "Research Fellow, Regional Security Programme")]),
        ("Niklas Swanstrom and Nguyen Thi Thu Ha, Guest Editors", [("Niklas Swanstrom", ""), ("Nguyen Thi Thu Ha", "")]),  # a symposium's editors
        ("Anne Martin et Paul Dubois", [("Anne Martin", ""), ("Paul Dubois", "")]),  # and in French
        (
            "Chun Chae-sung, Seoul National University, and Sangsoo Lee, Institute for Security and Development Policy",
            [("Chun Chae-sung", "Seoul National University"), ("Sangsoo Lee", "Institute for Security and Development Policy")],
        ),  # two names, each with its institution after a comma, in a line of more than a hundred characters
        ("Chun Chae-sung, a professor of political science at Seoul National University, speaks during an interview in his office", None),  # a caption
        ("Political Science  |  Korean Peninsula  |  Japan–South Korea Relations", None),  # a row of topics
        (
            "Álvaro Ruiz-Castellanos | Senior Analyst, Asia-Pacific Programme, Instituto Hispano de\nEstudios Internacionales | @aruizcastell\n"
            "Lee Sang-soo | Senior Research Fellow, Institute for Security and Development Policy\n(ISDP), Stockholm",
            [
                ("Álvaro Ruiz-Castellanos", "Senior Analyst, Asia-Pacific Programme, Instituto Hispano de Estudios Internacionales"),
                ("Lee Sang-soo", "Senior Research Fellow, Institute for Security and Development Policy (ISDP), Stockholm"),
            ],
        ),  # a name and its post a line, a bar between, the posts wrapped as a PDF wraps them
        (
            "QUINTERO, Rafael; OYARZÚN, Camila (Observatorio de Asia Oriental, Universidad Andina del Pacífico, Lima) | rquintero@uap.edu.pe",
            [("Rafael Quintero", ""), ("Camila Oyarzún", "")],
        ),  # a catalogue's order, the surnames in capitals first; one affiliation for both is no one's
        ("FIRST SESSION", None),  # a hearing record's front matter
        (
            "Prof. Dr. Katharina Vogel, Dr. Tomasz Wierzbicki, Aiko Shimada,\nProf. Chun Chae Sung and Dmitri A. Sokolov",
            [("Katharina Vogel", ""), ("Tomasz Wierzbicki", ""), ("Aiko Shimada", ""), ("Chun Chae Sung", ""), ("Dmitri A. Sokolov", "")],
        ),  # five names with their titles, a line longer than a hundred characters, broken after a comma
        ("Ong Wei Lin\nand Sang-hyun Lee\nFor The Straits Review", [("Ong Wei Lin", ""), ("Sang-hyun Lee", "")]),  # a column's lines
        ("Hendrik Vos and Yekaterina Sorokina[a]", [("Hendrik Vos", ""), ("Yekaterina Sorokina", "")]),  # a shared draft's comment anchor
        (
            "Priya Raghunathan¹ https://orcid.org/0000-0002-4417-8830 and Thu Ha Nguyen² https://orcid.org/0000-0001-9023-5516",
            [("Priya Raghunathan", ""), ("Thu Ha Nguyen", "")],
        ),  # each name's ORCID iD after it
        (
            "Carlos Ibarra Quintero*\nLee Sang-hyun**\n* Universidad de Guadalajara, México. Correo electrónico: ci@udg.mx. ORCID: 0000-0002-5518-7731"
            "\n** Hankuk University of Foreign Studies, Seúl, República de Corea. Correo electrónico: shlee@hufs.ac.kr",
            [
                ("Carlos Ibarra Quintero", "Universidad de Guadalajara, México"),
                ("Lee Sang-hyun", "Hankuk University of Foreign Studies, Seúl, República de Corea"),
            ],
        ),  # starred names over their starred affiliations
        (
            "Carlos Ibarra Quintero*\nLee Sang-hyun**\nUniversidad de Guadalajara, México\nHankuk University of Foreign Studies, Seúl",
            [("Carlos Ibarra Quintero", "Universidad de Guadalajara, México"), ("Lee Sang-hyun", "Hankuk University of Foreign Studies, Seúl")],
        ),  # the affiliations' stars lost with the copy's bullets: in the names' order
        (
            "Lee Sang-soo (Institute for Security and Development Policy, Stockholm)\nand Akiko Fujisawa (Japan Council for Peninsula Affairs)",
            [("Lee Sang-soo", "Institute for Security and Development Policy, Stockholm"), ("Akiko Fujisawa", "Japan Council for Peninsula Affairs")],
        ),  # each with its institution, the second a line on
        (
            "Rebecca Hallström a and Dae-hyun Yoon b\na Nordic Centre for Arms Control Studies, Uppsala, Sweden; b Department of"
            " International\nStudies, Namdo University, Gwangju, Republic of Korea",
            [
                ("Rebecca Hallström", "Nordic Centre for Arms Control Studies, Uppsala, Sweden"),
                ("Dae-hyun Yoon", "Department of International Studies, Namdo University, Gwangju, Republic of Korea"),
            ],
        ),  # a journal's authors, each lettered to the affiliation under them
        (
            "Maj. Gen. (ret.) Mats Engman, M.A.\nLt. Col. Karin Sjöberg, Ph.D.\nCapt. Park Jae-won, ROKN (ret.), M.S.",
            [("Mats Engman", ""), ("Karin Sjöberg", ""), ("Park Jae-won", "")],
        ),  # a name a line, each with rank and degree
        ("CHOI Min-seo, Ph.D., HAN Jae-woo and Oskar Lind", [("CHOI Min-seo", ""), ("HAN Jae-woo", ""), ("Oskar Lind", "")]),  # the first's degree
        ("Ingrid Aas, D.Phil., Tomasz Wrona, Ph.D. and Yuna Sato", [("Ingrid Aas", ""), ("Tomasz Wrona", ""), ("Yuna Sato", "")]),
        ("Zhao Lingyun, Ph.D.", [("Zhao Lingyun", "")]),  # a forum's writer over her part, her doctorate no post
        ("Lt. Gen. Walter P. Hale (USA, ret.) responds", [("Walter P. Hale", "")]),  # a rebuttal's heading
        (
            "Coronel (R) Ricardo Méndez Aguilar, M.Sc.\nProfesor, Escuela Superior de Guerra, Bogotá",
            [("Ricardo Méndez Aguilar", "Profesor, Escuela Superior de Guerra, Bogotá")],
        ),  # a Colombian colonel, retired, and his degree
        (
            "S.E. Mme Hélène Marchetti, Ambassadrice de France (h.)\nFormer Deputy Permanent Representative of France to the United Nations",
            [("Hélène Marchetti", "Ambassadrice de France")],
        ),  # a French ambassador's style and honorary title
        (
            "Dr. rer. pol. Katharina Vogel und Oberstleutnant i.G.\nDipl.-Ing. Matthias Brenner",
            [("Katharina Vogel", ""), ("Matthias Brenner", "")],
        ),  # German doctorates and a general-staff rank, the line broken after 'und' and the second one's rank
        (
            "Sangsoo Lee (ISDP), Katarina Holm (Uppsala University) and\nSeo Min-jun (Hanbit Institute for Peace Studies)",
            [("Sangsoo Lee", "ISDP"), ("Katarina Holm", "Uppsala University"), ("Seo Min-jun", "Hanbit Institute for Peace Studies")],
        ),  # three, each with an institute in parentheses, the line broken after 'and'
        ("Mats Engman vs. Rachel Okafor", [("Mats Engman", ""), ("Rachel Okafor", "")]),  # a debate's two sides
        (
            "Da-hye Yoon (a) and Martin Achterberg (b)\n(a) Department of Political Science and Diplomacy, Hallasan University, Jeju; (b)"
            " Institute for Arms Control Studies, Erasmus Kolleg, Berlin",
            [
                ("Da-hye Yoon", "Department of Political Science and Diplomacy, Hallasan University, Jeju"),
                ("Martin Achterberg", "Institute for Arms Control Studies, Erasmus Kolleg, Berlin"),
            ],
        ),  # a journal's authors, each marked with a letter in parentheses that its affiliation takes under them
        (
            "Yoo Hana, Ph.D.; Marcus Feld, J.D.; Adaeze Okonkwo, M.A.",
            [("Yoo Hana", ""), ("Marcus Feld", ""), ("Adaeze Okonkwo", "")],
        ),  # three, a semicolon between, each with a degree
        ("Chun Chae-sung\nMeridian Features", [("Chun Chae-sung", "")]),  # a syndicated column's writer over the syndicate, no second name
        (
            "Lee Sang-hoon / Cho Mi-ra  |  Research Fellows, Center for Inter-Korean Studies",
            [("Lee Sang-hoon", ""), ("Cho Mi-ra", "")],
        ),  # two writers a slash apart, one post for both after a bar: no one's alone
        ("전재성 (Chun Chae-sung) | Professor, Seoul National University", [("Chun Chae-sung", "Professor, Seoul National University")]),
        ("[Headshot of Lee Sang-sook]\nLee Sang-sook\nMarch 27, 2024", [("Lee Sang-sook", "")]),  # her photo's alt text over her name
        (
            "<Chun Jae-sung / Professor, Department of Political Science, Seoul National University>",
            [("Chun Jae-sung", "Professor, Department of Political Science, Seoul National University")],
        ),  # a Korean daily's signature in angle brackets
        (
            "Helen Marwick (Department of Politics and International Relations,\nUniversity of Sheffield) and Park Ji-hoon (Hallam Centre for\n"
            "Asia-Pacific Security Studies)",
            [
                ("Helen Marwick", "Department of Politics and International Relations, University of Sheffield"),
                ("Park Ji-hoon", "Hallam Centre for Asia-Pacific Security Studies"),
            ],
        ),  # each one's institution in parentheses, hard-wrapped inside them
        (
            "Hyun-woo Baek1*, Ingrid Solberg2 and Tomás Reyes-Aldana1,3",
            [("Hyun-woo Baek", ""), ("Ingrid Solberg", ""), ("Tomás Reyes-Aldana", "")],
        ),  # a chapter's authors, their affiliations' superscripts flattened to digits
        ("Chapter 4, 2019 and 2021", None),
        ("Yoo Min-kyung, Senior Columnist", None),  # no second person called 'Senior Columnist' (a post, which `looks_like_name` refuses)
        (
            "Kim Tae-yeon\nProfessor emeritus of political science,\nChonnam National University, Gwangju",
            [("Kim Tae-yeon", "Professor emeritus of political science, Chonnam National University, Gwangju")],
        ),  # the post wrapped after a comma: one post
    ],
)
def test_names_alone_near_the_top_are_a_byline(line: str, people: list[tuple[str, str]] | None) -> None:
    assert byline_people(line, names_alone=True) == people


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Chun Chae-sung", "Chaesung Chun", True),
        ("CHUN Chae Sung", "Chun Chaesung", True),
        ("Sang-soo Lee", "Sangsoo Lee", True),
        ("Sang Soo Lee", "Lee Sangsoo", True),
        ("Sang-hyun Lee", "Sangsoo Lee", False),
        ("Lee Sang-hoon", "Sangsoo Lee", False),
    ],
)
def test_one_name_written_many_ways(one: str, other: str, same: bool) -> None:
    assert bool(romanized(one) & romanized(other)) is same


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("Jeon Jae-seong", "Chun Chaesung", True),  # 전재성, in Revised Romanization and in the older spelling
        ("Chun Jae-sung", "Chun Chaesung", True),
        ("Pak Min-jeong", "Park Minjung", True),
        ("Yi Sang-su", "Sangsoo Lee", True),
        ("Lee Sang-hyun", "Sangsoo Lee", False),
        ("Jeon Jae-won", "Chun Chaesung", False),
        ("Mats Engman", "Mats Engman", False),  # not a Korean name: exact forms only
    ],
)
def test_a_korean_name_may_sound_like_another_romanization(one: str, other: str, alike: bool) -> None:
    """A likeness the draft reports as a possibility (never a merge): the same sounds in another romanization."""
    assert bool(korean_sounds(one) & korean_sounds(other)) is alike


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [
        (  # the seed's statement of Chun Chaesung, and a translated column's bio
            "Director of East Asia Institute’s Center for National Security Studies",
            "a professor at Seoul National University who directs the security studies programme at the East Asia Institute (EAI)",
            {"east asia institute", "EAI"},
        ),
        ("Head of ISDP’s Korea Project", "head of the Stockholm Korea Center at the Institute for Security and Development Policy", {"ISDP"}),
        ("Senior Fellow at the Center for Strategic and International Studies (CSIS)", "CSIS", {"CSIS"}),
        ("Korea Institute for National Unification", "Research Fellow, Korea Institute for Defense Analyses", set()),  # 'Korea Institute' alone names none
        ("professor at the University of Tokyo", "professor at the University of Seoul", set()),
        ("senior editorial writer at The Seoul Daily", "professor at Seoul National University", set()),
        ("Senior Fellow, US-ROK relations, Stimson Center", "DPRK analyst at the Stimson Center", {"stimson center"}),  # USA, ROK, DPRK name no institution
        ("a professor of political science", "a professor of political science", set()),  # a post names no institution
    ],
)
def test_two_affiliations_share_an_institution(one: str, other: str, shared: set[str]) -> None:
    """What lets a name in another romanization be taken for a known author: the essay places the person where the record does."""
    assert institutions(one) & institutions(other) == shared


@pytest.mark.parametrize(
    ("paragraph", "listed"),
    [
        ("Panelists:\nAmbassador Ruth Kessler, Former Deputy Special Representative\nDr. Lee Sang-hyun, Senior Fellow, Seoul Forum", True),
        ("Speakers:\nMats Engman\nSangsoo Lee", True),
        ("Guests:\nDr Sang-soo Lee, Institute for Security and Development Policy", True),
        ("Speakers: Maj. Gen. (ret.) Mats Engman, Distinguished Military Fellow", False),  # one line: a credit
        (
            "Panelists:\nProf. CHUN Chae-sung, Seoul National University\nDr. Mariko Tanabe, University of Tokyo\nModerator:\nProf. Kenji Arakawa, Doshisha University",
            True,
        ),
        ("Panelists:\nThe future of the alliance after Hanoi and what it means.", False),
        ("Signed:\nDr Anna Berg, Director, Nordic Asia Centre\nAmbassador (ret.) Paul Ortiz, former Ambassador to Korea", True),  # a statement's signatories
        (
            "Panellists:\nDr Priya Raghavan, Senior Fellow, Centre for Indo-Pacific Studies\nDr Nguyen Thi Thu Ha, Deputy Director, IEAS",
            True,
        ),  # British spelling
        (
            "Participants\nLee Sang-soo, Head, Stockholm Korea Center, Institute for Security and\nDevelopment Policy (ISDP), Stockholm\n"
            "Hanna Virtanen, Senior Research Fellow, Finnish Institute for Regional\nSecurity Studies",
            True,
        ),  # each post wrapped onto a line of its own
        (
            "Participants:\nDr Sang-hyun Lee – Senior Fellow, Korea Institute for Peninsula Strategy, Seoul\n"
            "Dr Nguyễn Thị Thu Hà – Lecturer, Faculty of International Politics, Diplomatic Academy of Vietnam",
            True,
        ),  # a dash between each name and its post
        (
            "PARTICIPANTS:\nModerator:\nKANG HEE-JUNG\nFormer Ambassador of the Republic of Korea to the Netherlands\nPanelists:\nMATS ENGMAN\n"
            "Major General (ret.), Senior Fellow, Institute for Security and Development\nPolicy (ISDP), Stockholm\nZHAO WENJUN\n"
            "Senior Fellow, Shanghai Academy of Global Strategy",
            True,
        ),  # the moderator's part of the list, then the panelists', each name over its post
    ],
)
def test_a_list_of_guests_is_their_byline(paragraph: str, listed: bool) -> None:
    assert guest_list(paragraph) is listed


@pytest.mark.parametrize(
    ("paragraph", "only"),
    [
        ("NUPI Norwegian Institute of International Affairs", True),  # the publisher's name at the foot of the page
        ("Vienna Centre for East Asian Security", True),
        ("Seoul National University and the East Asia Institute", True),
        ("Institute", False),  # a word, no name
        ("Sejong Institute (2019)", False),
        ("The Institute is right to argue for a freeze", False),
    ],
)
def test_a_paragraph_that_names_institutions_and_nothing_else(paragraph: str, only: bool) -> None:
    assert only_institutions(paragraph) is only


@pytest.mark.parametrize(
    ("affiliation", "named"),
    [
        ("Senior Diplomatic Correspondent, The Kyunghyang Shinmun", {"kyunghyang shinmun"}),  # a post, then the paper
        ("editorial writer at the JoongAng Ilbo", {"joongang ilbo"}),
        ("Maj. Gen. (ret.), PhD", set()),  # a rank and a degree name no organisation
        ("Director of ISDP", {"ISDP"}),
    ],
)
def test_the_organisations_an_affiliation_names(affiliation: str, named: set[str]) -> None:
    """Looser than `institutions`: what tells that two statements place a person apart (never that they place one together)."""
    assert organisations(affiliation) >= named and (named or not organisations(affiliation))


def test_the_moderator_under_a_list_of_guests_is_no_guest() -> None:
    panel = "Panelists:\nProf. CHUN Chae-sung, Seoul National University\nDr. Mariko Tanabe, University of Tokyo\nModerator:\nProf. Kenji Arakawa, Doshisha University"
    assert byline_people(panel) == [("CHUN Chae-sung", "Seoul National University"), ("Mariko Tanabe", "University of Tokyo")]


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook Share on Twitter Email this article",
        "Share Facebook Twitter KakaoTalk Email Print",
        "#North Korea #Denuclearization #Hanoi Summit",
        "Facebook   Twitter   KakaoStory   Print   A+   A-",
        "View 214 Comments",
        "Comments (14)\nSign in to join the conversation.",
        "View original",
        "More roundtables: Is the Washington Declaration enough? · What does China want on the Korean Peninsula?",
        "[Related] Moon calls for 'new Korean Peninsula regime' in March 1 address",
        "This interview appears in the August 2019 print edition of Northeast Asia Monthly under the headline “Beyond the Handshake.”",
        "READ: Commentary: Russia’s war in Ukraine is a lesson North Korea is studying closely",
        "Source: AT/ml",
        "Related Topics\nNorth Korea   Kim Jong Un   ASEAN\nAlso worth reading\nGet our Commentary newsletter\n"
        "Our best opinion and analysis, delivered to your inbox every Sunday.\nEnter your email   Sign up\n"
        "By clicking Sign up, you agree to our Terms of Use and Privacy Policy.",
        "That's it for this week. The reading list goes out to paid subscribers on Friday. If you want it, the button is below.",
        "Comments are moderated. Please read our community guidelines before posting.",
        "Cite this: Swanstrom, N., Lindqvist, A. and Park, J. (2024), 'A Freeze First', EuroAsia Policy Forum.",
        "Rate this material (votes: 4, rating: 4.5)",
        "Also on this topic: Kim Jong Un's new line on the South",
        "ⓒSeoul Daily Tribune. All rights reserved.",
        "Home / Commentary / Korean Peninsula",
    ],
)
def test_sharing_lines_are_furniture(line: str) -> None:
    from korea_cli.looks import is_boilerplate

    assert is_boilerplate(line)


@pytest.mark.parametrize(
    ("paragraph", "turn"),
    [
        ("A.S.: The Stockholm talks lasted barely a day. Were they doomed from the start?", "speaker"),  # initials, not 'A.' for answer
        ("M.E.: I would not say doomed, but the mandate was thin.", "speaker"),
        ("A. I would not say doomed.", "answer"),
        ("Q: Were they doomed?", "question"),
        ("Dr Nguyen Thi Thu Ha: Not useless, but they cannot come first.", "speaker"),  # a rank with no full stop, a name of four words
    ],
)
def test_a_turn_marked_by_initials_is_a_speaker_not_an_answer(paragraph: str, turn: str) -> None:
    from korea_cli.looks import ANSWER, QUESTION, SPEAKER

    found = "question" if QUESTION.match(paragraph) else "answer" if ANSWER.match(paragraph) else "speaker" if SPEAKER.match(paragraph) else None
    assert found == turn


def test_a_known_author_with_middle_initials_is_the_known_author() -> None:
    from korea_cli.bylines import romanized

    assert romanized("Niklas L.P. Swanstrom") & romanized("Niklas Swanström")
    assert not romanized("Niklas L.P. Swanstrom") & romanized("Niklas Svensson")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Realistic Expectations", False),
        ("Bilateral Negotiations", False),
        ("Security Arrangements", False),
        ("Common Ground", False),  # a co-written text's closing heading
        ("Final Thoughts", False),
        ("Mats Engman", True),
        ("Laura Clemens", True),
        ("Senior Columnist", False),  # a post, whoever holds it
        ("Associate Professor", False),
        ("Dean Chen", True),  # a first name that is also a post
    ],
)
def test_a_heading_of_abstract_nouns_is_no_name(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


def test_a_filipino_ma_is_part_of_the_name_and_a_name_a_line_with_its_post_after_a_bar() -> None:
    assert clean_name("Ma. Cristina Dela Rosa") == "Ma. Cristina Dela Rosa" and clean_name("Gen. Park Jong-hoon") == "Park Jong-hoon"
    assert byline_people(
        "Ma. Cristina Dela Rosa | Senior Fellow, Archipelago Institute for Strategic Studies\n"
        "Sang-hyun Lee | Research Professor, Institute for Northeast Asian Peace, Busan"
    ) == [
        ("Ma. Cristina Dela Rosa", "Senior Fellow, Archipelago Institute for Strategic Studies"),
        ("Sang-hyun Lee", "Research Professor, Institute for Northeast Asian Peace, Busan"),
    ]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Chun Jae-sung, editorial writer", [("Chun Jae-sung", "editorial writer")]),
        ("Author\nDr Nguyen Minh Anh\nResearch Fellow, Northeast Asia Program", [("Nguyen Minh Anh", "Research Fellow, Northeast Asia Program")]),
        (
            "Elena Vásquez – Head of the Asia Programme, Hanseatic Institute for Security Studies, Hamburg\n"
            "Kenji Morita – Associate Professor, National Defense Academy of Japan, Yokosuka",
            [
                ("Elena Vásquez", "Head of the Asia Programme, Hanseatic Institute for Security Studies, Hamburg"),
                ("Kenji Morita", "Associate Professor, National Defense Academy of Japan, Yokosuka"),
            ],
        ),
    ],
)
def test_a_post_in_lower_case_and_an_author_panel(byline: str, people: list[tuple[str, str]]) -> None:
    assert byline_people(byline) == people


def test_a_name_over_its_post_keeps_the_post_s_closing_parenthesis() -> None:
    """'Yevgeny Lobanov, leading research fellow, Pacific Institute of International Relations (Vladivostok)' under the
    date: the post ends with its city in parentheses, which stay whole."""
    from korea_cli import detect

    argument = "The treaty ends the era of one-sided pressure on the DPRK, and Moscow now says so openly. " * 5
    reading = detect.read(
        [
            "OPINION",
            "The Pyongyang treaty ends the era of one-sided pressure",
            "21.06.2024, 10:05",
            "Yevgeny Lobanov, leading research fellow, Pacific Institute of International Relations (Vladivostok)",
            argument,
            argument,
        ]
    )
    assert [(p.name, p.affiliation) for p in reading.people] == [
        ("Yevgeny Lobanov", "leading research fellow, Pacific Institute of International Relations (Vladivostok)")
    ]


@pytest.mark.parametrize(
    ("bio", "posts"),
    [
        (
            "*Margaret Okafor is a senior fellow at the Center for Peace and Diplomacy in Washington and Daniel Kessler is a former"
            " State Department official who served in Seoul.*",
            ["senior fellow at the Center for Peace and Diplomacy in Washington", "former State Department official who served in Seoul"],
        ),  # two bios in one sentence
        (
            "Margaret Okafor and Daniel Kessler are, respectively, senior fellow at the Center for Peace and Diplomacy in Washington,"
            " and lecturer at the University of Leeds.",
            ["senior fellow at the Center for Peace and Diplomacy in Washington", "lecturer at the University of Leeds"],
        ),  # one bio of both, the posts in the names' order
        (
            "Margaret Okafor is a senior fellow at the Center for Peace and Diplomacy in Washington. Daniel Kessler served 35 years in"
            " the State Department, including in Seoul. He is now a visiting professor at the Korea National Defense University.",
            ["senior fellow at the Center for Peace and Diplomacy in Washington", "visiting professor at the Korea National Defense University"],
        ),  # the post in the next sentence, 'He is now …'
    ],
)
def test_each_writer_takes_the_post_a_shared_bio_gives(bio: str, posts: list[str]) -> None:
    from korea_cli import detect

    argument = "The freeze has to come first, and it has to be verified by inspectors on the ground before any relief. " * 4
    reading = detect.read(["Talk to Pyongyang now", "By Margaret Okafor and Daniel Kessler", argument, argument, bio])
    assert [p.affiliation for p in reading.people] == posts


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("하은 Ha-eun Yoon", "Ha-eun Yoon"),
        ("하은 (Ha-eun Yoon)", "Ha-eun Yoon"),
        ("CHUN Chae-sung (전재성)", "CHUN Chae-sung"),  # the name again in its own script, after it
        ("ZHAO Minghui (赵明辉)", "ZHAO Minghui"),
        ("Viktor A. Sedov (Виктор А. Седов)", "Viktor A. Sedov"),
        ("Related Links", None),
        ("전재성", None),
    ],
)
def test_a_name_alone_in_two_scripts_and_a_heading_that_is_none(line: str, name: str | None) -> None:
    from korea_cli.bylines import name_alone

    assert name_alone(line) == name


def test_a_professor_emeritus_is_a_title_not_a_name() -> None:
    assert byline_people("By Rear Admiral (Ret.) Ignacio Fuentes Larraín and Professor Emeritus Rodrigo Olmedo Saavedra") == [
        ("Ignacio Fuentes Larraín", ""),
        ("Rodrigo Olmedo Saavedra", ""),
    ]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Por Valeria Cordero Ibáñez", [("Valeria Cordero Ibáñez", "")]),  # Spanish and Portuguese 'by'
        ("PAR AMINATA DIALLO", [("Aminata Diallo", "")]),  # and French
        ("By Hana Kobayashi in Seoul", [("Hana Kobayashi", "")]),  # where she files from is no part of her name
    ],
)
def test_bylines_in_other_languages_and_a_reporter_s_place(byline: str, people: list[tuple[str, str]]) -> None:
    assert byline_people(byline) == people


def test_a_statement_s_signatories_one_a_line_each_with_post_and_country() -> None:
    """Six signers, each 'Name, Post, Institution, Country': none dropped or run into the line above (a 'Coordinator' of a
    'Network' is a post)."""
    signed = byline_people(
        "Kwame Asante-Boateng, Executive Director, Cape Town Forum on Disarmament and Development, South Africa\n"
        "Fiona McAllister, Senior Lecturer in International Security, University of Glasgow, United Kingdom\n"
        "Nguyễn Thị Lan Anh, Senior Researcher, Hanoi Institute for Regional Security Studies, Viet Nam\n"
        "Sofía Peralta, Researcher, Instituto Rioplatense de Estudios Estratégicos, Argentina\n"
        "Kenji Takahara, Professor Emeritus, Hiroshima University, Japan\n"
        "Yoon Seo-hee, Coordinator, Korea Humanitarian Access Network, Republic of Korea",
        names_alone=True,
    )
    assert [name for name, _ in signed or []] == [
        "Kwame Asante-Boateng",
        "Fiona McAllister",
        "Nguyễn Thị Lan Anh",
        "Sofía Peralta",
        "Kenji Takahara",
        "Yoon Seo-hee",
    ]
    assert signed and signed[-1][1] == "Coordinator, Korea Humanitarian Access Network, Republic of Korea"


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("From the desk of Amb. (ret.) Kenji Matsudaira", [("Kenji Matsudaira", "")]),  # a newsletter's writer
        (
            "Contributor\nLee Sang-hyun\nResearch Fellow, Busan Institute for Maritime Security",
            [("Lee Sang-hyun", "Research Fellow, Busan Institute for Maritime Security")],
        ),
    ],
)
def test_a_newsletter_s_desk_and_a_contributor_s_box(byline: str, people: list[tuple[str, str]]) -> None:
    assert byline_people(byline) == people


@pytest.mark.parametrize("heading", ["DIMINISHING LEVERAGE", "Social Sharing"])
def test_a_heading_or_a_page_s_buttons_are_no_name(heading: str) -> None:
    assert not looks_like_name(heading)


def test_a_japanese_daily_s_two_writers_each_with_a_post_after_a_slash() -> None:
    assert byline_people(
        "By SAITO Kenji / Professor of International Politics, Hokuriku University\nand Rachel HOLLOWAY / Senior Fellow, Pacific Security Forum, Honolulu"
    ) == [
        ("SAITO Kenji", "Professor of International Politics, Hokuriku University"),
        ("Rachel HOLLOWAY", "Senior Fellow, Pacific Security Forum, Honolulu"),
    ]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Rafael Monteiro, from São Paulo", [("Rafael Monteiro", "")]),  # where the reporter files from, no post
        ("By Ana Ruiz, reporting from Seoul", [("Ana Ruiz", "")]),
        ("A response from Sang-hyun Lee", [("Sang-hyun Lee", "")]),  # a heading naming its writer: the place rule leaves it be
        ("Sang-hyun Lee, Rebecca Thornton, and 2 others\nApr 18, 2024", [("Sang-hyun Lee", ""), ("Rebecca Thornton", "")]),  # Substack's
        (
            "— Sang-hyun Lee, Rebecca Thornton and Kenji Watanabe\nSang-hyun Lee – editor, The DMZ Dispatch\n"
            "Rebecca Thornton – former Korea desk officer, U.S. Department of State\nKenji Watanabe – contributing writer, Tokyo",
            [
                ("Sang-hyun Lee", "editor, The DMZ Dispatch"),
                ("Rebecca Thornton", "former Korea desk officer, U.S. Department of State"),
                ("Kenji Watanabe", "contributing writer, Tokyo"),
            ],
        ),  # the names signed under the text, then each one's post a line each
        (
            "Haruka Inoue — Professor of International Politics, Ritsumeikan University\n"
            "& Alexei Voronin — Visiting Researcher, Slavic-Eurasian Research Center, Hokkaido University",
            [
                ("Haruka Inoue", "Professor of International Politics, Ritsumeikan University"),
                ("Alexei Voronin", "Visiting Researcher, Slavic-Eurasian Research Center, Hokkaido University"),
            ],
        ),  # a line each, the second opened by '&'
        ("Chaesung Chun and Katarzyna Nowicka in conversation with Hannah Albrecht", [("Chaesung Chun", ""), ("Katarzyna Nowicka", "")]),
    ],
)
def test_reporters_places_truncated_lists_signatures_and_conversations(byline: str, people: list[tuple[str, str]]) -> None:
    assert byline_people(byline, names_alone=True) == people


@pytest.mark.parametrize("heading", ["Interim Steps Worth Taking", "Steps Worth Taking"])
def test_a_heading_of_capitalized_words_of_a_sentence_is_no_name(heading: str) -> None:
    assert not looks_like_name(heading)


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        (
            "Written by:\nAmb. Nguyễn Văn Thảo – former Ambassador of Viet Nam to the DPRK\n"
            "Dr. Trần Thị Minh Châu – Senior Researcher, Center for Northeast Asian Studies, MPISS",
            [
                ("Nguyễn Văn Thảo", "former Ambassador of Viet Nam to the DPRK"),
                ("Trần Thị Minh Châu", "Senior Researcher, Center for Northeast Asian Studies, MPISS"),
            ],
        ),  # a heading, then a writer a line
        (
            "Authors: Maj. Gen. (ret.) Mats Engman (Institute for Security and Development Policy, Stockholm) and Dr. Pieter van der Linden"
            " (Binnenhof Institute)",
            [("Mats Engman", "Institute for Security and Development Policy, Stockholm"), ("Pieter van der Linden", "Binnenhof Institute")],
        ),  # the rank's '(ret.)' is no one's affiliation
    ],
)
def test_a_writers_heading_over_their_lines_and_a_retired_rank_in_parentheses(byline: str, people: list[tuple[str, str]]) -> None:
    assert byline_people(byline) == people


def test_a_lead_writer_over_the_line_naming_those_who_wrote_with_her() -> None:
    assert byline_people("Catherine Holloway\nwith Park Min-seo and Arjun Pillai", names_alone=True) == [
        ("Catherine Holloway", ""),
        ("Park Min-seo", ""),
        ("Arjun Pillai", ""),
    ]


def test_two_writers_each_with_a_post_in_brackets_a_slash_apart() -> None:
    assert byline_people(
        "Lee Sang-hyun (Research Fellow, Division of North Korean Studies) / Kim Min-jeong (Associate Research Fellow, Division of Inter-Korean Cooperation)",
        names_alone=True,
    ) == [
        ("Lee Sang-hyun", "Research Fellow, Division of North Korean Studies"),
        ("Kim Min-jeong", "Associate Research Fellow, Division of Inter-Korean Cooperation"),
    ]


def test_a_list_of_participants_gives_its_panelists_not_its_moderator() -> None:
    paragraph = (
        "PARTICIPANTS:\nModerator:\nKANG HEE-JUNG\nFormer Ambassador of the Republic of Korea to the Netherlands\nPanelists:\nMATS ENGMAN\n"
        "Major General (ret.), Senior Fellow, Institute for Security and Development\nPolicy (ISDP), Stockholm\nZHAO WENJUN\n"
        "Senior Fellow, Shanghai Academy of Global Strategy"
    )
    assert byline_people(paragraph) == [
        ("Mats Engman", "Major General (ret.), Senior Fellow, Institute for Security and Development Policy (ISDP), Stockholm"),
        ("Zhao Wenjun", "Senior Fellow, Shanghai Academy of Global Strategy"),
    ]


def test_spanish_y_joins_two_whole_names_but_not_one_name_s_surnames() -> None:
    assert split_names("Sangsoo Lee y Martín Benítez Giménez") == ["Sangsoo Lee", "Martín Benítez Giménez"]
    assert split_names("José Ortega y Gasset") == ["José Ortega y Gasset"]
