"""Ranks and honorifics before a name ('Maj. Gen. (ret.)', 'Dr', 'Ambassador'): what is never part of the name.

Its own module, small and quick to import: bylines reads them off a byline, and a citation off an alias, and a citation
should not pay for compiling everything a byline reader needs.
"""

from __future__ import annotations

import re

HONORIFIC = (
    r"(?:(?:Major|Lieutenant|Brigadier|Lt\.?|Maj\.?|Brig\.?)\s+(?:General|Gen\.?)|Senior\s+(?:Colonel|Col\.?|Captain|Capt\.?)|(?:Lieutenant|Lt\.?)\s+(?:Colonel|Col\.?|Commander|Cmdr\.?)|"
    r"(?:Rear|Vice)\s+(?:Admiral|Adm\.?)|Major|Maj\.|Captain|Capt\.|Commander|Cmdr\.|Cdr\.|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Ambassador|Amb\.|"
    r"(?-i:Col|Gen|Maj|Capt|Brig|Lt|Cdr|Adm)(?=\s+\((?i:retd?|rtd)\.?\))|"  # 'Col (retd) Gareth Mayhew': a British rank, no stop after it, before '(retd)'
    r"Lt\.?-(?:Cdr|Col|Gen)\.?|Lieutenant-(?:Commander|Colonel|General)|Air\s+(?:Chief\s+)?Marshal|Cmde\.?|Cdre\.?|Brig\.?|Wg\.?\s+Cdr\.?|Gp\.?\s+Capt\.?|Sqn\.?\s+Ldr\.?|AVM|Air\s+Vice[- ]Marshal|Air\s+Commodore|Group\s+Captain|Wing\s+Commander|Squadron\s+Leader|Commodore|Brigadier|"  # air forces
    r"(?:Associate|Assistant|Adjunct|Visiting|Emeritus|Distinguished|Assoc\.|Asst\.)\s+(?:Professor|Prof\.?)|(?:Professor|Prof\.?)\s+Emerit(?:us|a)|Professor|Prof\.?|Doctor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Dame|Rep\.|Sen\.|Senator|Hon\.?|The Honou?rable"  # "Dr Helena Marchbank", as British style writes it
    r"|the Hon\.?|(?:The )?Rt\.? Hon\.?|Revd?\.?|Reverend|Fr\.|Sr\.|Sister|Br\."  # "Senator the Hon. Penny Wong", "The Rt Hon Lord Robertson", "Rev. Dr.", "Fr.", and a nun's 'Sr.' before the name (after it, 'Sr.' is senior)
    r"|H\.\s?E\.|(?:His|Her) Excellency"  # an ambassador's or a minister's "H.E. Margaret Elliston"
    r"|Tan\s+Sri|Puan\s+Sri|Datuk\s+Seri|Dato[’']?\s+S(?:e)?ri|Datuk|Dato[’']?|Datin(?:\s+Paduka)?"  # Malaysian honours: "Dato’ Sri Ahmad Faisal bin Abdul Rahman"
    r"|General(?:major|leutnant|löjtnant|løytnant)|Brigad(?:e)?general|Överste(?:löjtnant)?|Oberst(?:leutnant)?|Generaal|Kommendör|Konteramiral|Konteradmiral|Vizeadmiral"  # Swedish, German, Dutch
    r"|Général\s+(?:de\s+(?:division|brigade|corps\s+d[’']armée)|d[’']armée)|Général|Contre-amiral|Vice-amiral(?:\s+d[’']escadre)?"  # French: 'Général de division (2S)'
    r"|Teniente\s+Coronel|Coronel|General\s+de\s+(?:Divisi[óo]n|Brigada|Ej[ée]rcito)|Capit[áa]n\s+de\s+(?:Nav[íi]o|Fragata|Corbeta)|Contralmirante|Vicealmirante|Almirante"  # Spanish: 'Coronel (R)'
    r"|S\.\s?E\.|Mme|Mlle|i\.\s?G\.|rer\.\s?(?:pol|nat|soc|oec|publ)\."  # French 'S.E. Mme Hélène …'; German 'Oberstleutnant i.G.' (of the general staff), 'Dr. rer. pol.'
    r"|VADM|RADM|LTG|LTC|LCDR|MG|BG|CAPT|CDR"  # United States services' capitals: 'VADM (Ret.) Robert L. Thornton III'
    r"|hab\.|habil\.|Doç\.|Ts\.|TS\.|ThS\.|PGS\.|GS\.|Ex-(?:General|Gen\.|Ambassador|Amb\.|Colonel|Col\.|Admiral|Adm\.|Minister))(?=[\s(]|$)"  # Polish 'dr hab.', Turkish 'Doç. Dr.', Vietnamese 'Ts.' (Dr), 'PGS.' and 'GS.' (professors)
)
RETIRED = r"\((?:ret|retd|rtd|retired|res|reserve|reserves|pens|a\.\s?D|2S|2e\s?S|R|h)\.?\)"
"""'(ret.)', and Israeli and other armies' '(res.)' for a reserve officer; Swedish '(pens.)', German '(a.D.)', Spanish '(R)'
and French '(2S)' (the second section) for retired, and French '(h.)' for honorary ('Ambassadrice de France (h.)')."""
ABBREVIATED_TITLE = r"(?!(?-i:Ma)\.)(?-i:[A-Za-zÀ-ÿ][a-zà-ÿ]{1,5}\.(?:-[A-ZÀ-Þ][a-zà-ÿ]{1,5}\.)?)(?=\s+(?-i:[A-ZÀ-Þ(]))"
"""Any short word with a full stop before a name ('Doç.', 'Cdr.', 'Assoc.', 'Amb.', Czech 'doc.' and 'Mgr.', German
'Dipl.-Pol.'): a title, though no list knows it yet; not a Filipino name's 'Ma.' (María)."""
RANKS = re.compile(
    rf"^(?:(?:{HONORIFIC}|{ABBREVIATED_TITLE})\s+(?:(?:{RETIRED}|\((?:Dr|Prof)\.?\))\s+)?)+", re.I
)  # "Col. (res.) Dr. Eran Ben-Haim", "Amb. (Dr.) Ngozi …"
