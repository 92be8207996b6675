#!/usr/bin/env bash
# ner_cli.sh ENTGRAPH SRCDIR - `train`, `tag`, `eval` and `clusters` end to end on the tiny
# hand-written CoNLL files of tests/data: training is deterministic (same seed, same bytes), a
# model trained on tiny.conll tags tiny_dev.conll exactly, tag adds one IOB2 column and keeps
# every token line, eval scores the tags (table and JSON), clusters writes word<TAB>class lines that
# train --classes stores in the model. (The error messages are golden cases: train_*, tag_*,
# eval_*, clusters_*.)
. "$(dirname "$0")/testlib.sh" "$@"
data=$src/tests/data
not() { ! "$@"; }

# train: deterministic, with its report on standard error and nothing on standard output
"$bin" train "$data/tiny.conll" --epochs 3 --bits 12 -o "$tmp/m1.model" > "$tmp/out" 2> "$tmp/err"
check test $? = 0
check test ! -s "$tmp/out"
check grep -q '^training on 5 sentences (43 tokens)$' "$tmp/err"
check grep -q '^epoch  3  train accuracy 100.00%' "$tmp/err"
check grep -q "^wrote $tmp/m1.model (496 feature rows of 2^12)$" "$tmp/err"
"$bin" train "$data/tiny.conll" --epochs 3 --bits 12 -o "$tmp/m2.model" 2> /dev/null
check cmp -s "$tmp/m1.model" "$tmp/m2.model"
# another seed shuffles differently: another model
"$bin" train "$data/tiny.conll" --epochs 3 --bits 12 --seed 7 -o "$tmp/m7.model" 2> /dev/null
check test $? = 0
check not cmp -s "$tmp/m1.model" "$tmp/m7.model"
# --dev: each epoch reports the dev F1
"$bin" train "$data/tiny.conll" --dev "$data/tiny_dev.conll" --epochs 2 --bits 12 \
    -o "$tmp/md.model" 2> "$tmp/err"
check test $? = 0
check grep -q '^training on 5 sentences (43 tokens), selecting on the dev set$' "$tmp/err"
check test "$(grep -c 'dev F1' "$tmp/err")" = 2

# eval with the trained model: every entity of the dev file found
"$bin" eval "$data/tiny_dev.conll" --model "$tmp/m1.model" > "$tmp/eval" 2> /dev/null
check test $? = 0
cat > "$tmp/want" <<'TXT'
type     precision    recall        F1    gold    pred correct
PER         100.00    100.00    100.00       2       2       2
LOC         100.00    100.00    100.00       2       2       2
ORG         100.00    100.00    100.00       1       1       1
MISC          0.00      0.00      0.00       0       0       0
overall     100.00    100.00    100.00       5       5       5
TXT
check diff -u "$tmp/want" "$tmp/eval"
"$bin" eval "$data/tiny_dev.conll" --model "$tmp/m1.model" --json > "$tmp/eval.json" 2> /dev/null
check python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["tokens"] == 16, r["tokens"]
assert r["overall"] == {"precision": 100, "recall": 100, "f1": 100, "gold": 5, "predicted": 5,
                        "correct": 5}, r["overall"]
assert r["types"]["PER"]["gold"] == 2 and r["types"]["MISC"]["predicted"] == 0
' "$tmp/eval.json"

# tag: the input with one more column, in IOB2, line for line
"$bin" tag "$data/tiny_dev.conll" --model "$tmp/m1.model" > "$tmp/tagged" 2> /dev/null
check test $? = 0
check test "$(grep -c . "$tmp/tagged")" = "$(grep -c . "$data/tiny_dev.conll")"
check grep -qx 'Ines NNP I-NP I-PER B-PER' "$tmp/tagged"
check grep -qx 'Varga NNP I-NP I-PER I-PER' "$tmp/tagged"
check grep -qx 'Zambezi NNP I-NP B-ORG B-ORG' "$tmp/tagged"
check grep -qx 'met VBD I-VP O O' "$tmp/tagged"
check grep -qx -- '-DOCSTART- -X- -X- O O' "$tmp/tagged"
# without its new column, the output is the input (sentence breaks may differ)
awk 'NF { $NF = ""; sub(/ $/, ""); print }' "$tmp/tagged" > "$tmp/stripped"
check diff -u <(grep . "$data/tiny_dev.conll" | grep -v DOCSTART) <(grep -v DOCSTART "$tmp/stripped")
"$bin" tag "$data/tiny_dev.conll" --model "$tmp/m1.model" --sentence-docs > "$tmp/tagged_s" 2> /dev/null
check test $? = 0
# every sentence a document: a -DOCSTART- line before each of the two sentences
check test "$(grep -c DOCSTART "$tmp/tagged_s")" = 2
check test "$(grep -vc DOCSTART "$tmp/tagged_s" | tr -d ' ')" -ge 17

# clusters: deterministic word<TAB>class lines, K classes at most, used by train --classes
"$bin" clusters "$src/samples" --conll "$data/tiny.conll" --classes 4 --min-count 3 \
    -o "$tmp/c1.tsv" 2> "$tmp/err"
check test $? = 0
check grep -q '^wrote ' "$tmp/err"
"$bin" clusters "$src/samples" --conll "$data/tiny.conll" --classes 4 --min-count 3 \
    -o "$tmp/c2.tsv" 2> /dev/null
check cmp -s "$tmp/c1.tsv" "$tmp/c2.tsv"
check awk -F '\t' 'NF != 2 || $2 !~ /^[0-3]$/ { bad = 1 } END { exit bad || NR < 20 }' "$tmp/c1.tsv"
check grep -qx 'the	[0-3]' "$tmp/c1.tsv"
# a word seen fewer than --min-count times gets no class
check not grep -q '^Okonkwo	' "$tmp/c1.tsv"
"$bin" train "$data/tiny.conll" --epochs 3 --bits 12 --classes "$tmp/c1.tsv" \
    -o "$tmp/mc.model" 2> /dev/null
check test $? = 0
check not cmp -s "$tmp/m1.model" "$tmp/mc.model"
"$bin" eval "$data/tiny_dev.conll" --model "$tmp/mc.model" > /dev/null 2>&1
check test $? = 0
# the title rule next to the built-in model: the words after a title that the model leaves
# out are the rest of a title or a company ("Chief Executive Mark Zuckerberg", "Chief
# Financial Officer", "General Electric"), not a person, unless the title is one only people
# bear ("President Moon Jae-in"); with rules only, a title still finds the person after it
cat > "$tmp/titles.txt" <<'TXT'
Meta, which also owns Instagram and WhatsApp, said Chief Executive Mark Zuckerberg would lead the restructuring.
The company said Chief Financial Officer Susan Li would leave, and General Electric shares fell.
TXT
"$bin" entities "$tmp/titles.txt" > "$tmp/ents" 2> /dev/null
check test $? = 0
check grep -q '	PERSON	Mark Zuckerberg	' "$tmp/ents"
check not grep -q -E '	PERSON	(Executive|Financial|Electric)	' "$tmp/ents"
printf 'South Korean President Moon Jae-in met U.S. officials on Monday.\n' > "$tmp/moon.txt"
"$bin" entities "$tmp/moon.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	PERSON	Moon Jae-in	' "$tmp/ents"
printf 'The visit was announced by President Mohamed Bazoum on Monday.\n' > "$tmp/rules.txt"
"$bin" entities --explain --model none "$tmp/rules.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	PERSON	Mohamed Bazoum	' "$tmp/ents"
# bylines are not news: the agency of a dateline and the names of a credit line are no
# entities; "Research by Dr Nielsen" in running text is no credit line
cat > "$tmp/wire.txt" <<'TXT'
WASHINGTON (Reuters) - U.S. Treasury Secretary Janet Yellen met Chinese officials in Beijing on Friday to discuss trade.

Research by Dr Jakob Nielsen shows that Yellen was right, Reuters reported.

(Reporting by David Lawder in Washington and Andrea Shalal in Beijing; Editing by Chizu Nomiyama and Paul Simao)
TXT
"$bin" entities "$tmp/wire.txt" > "$tmp/ents" 2> /dev/null
check test $? = 0
check grep -q '	PERSON	Janet Yellen	' "$tmp/ents"
check grep -q '	PERSON	Jakob Nielsen	' "$tmp/ents"
check test "$(grep -c '	Reuters	' "$tmp/ents")" = 1
check not grep -q -E 'Lawder|Shalal|Nomiyama|Simao' "$tmp/ents"
# a "person" right after a firm noun is an organization, in all its mentions of the article
# (the tagger types the first and, from it, the second, or else the firm rule the second);
# "chairman Bill Gates" and "investor Warren Buffett" stay people
cat > "$tmp/firms.txt" <<'TXT'
Research firm Gartner said PC sales rose. Gartner expects growth to slow next year.
Microsoft chairman Bill Gates and company founder Paul Allen met investor Warren Buffett.
TXT
"$bin" entities --explain "$tmp/firms.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c '	ORGANIZATION	Gartner	' "$tmp/ents")" = 2
check test "$(grep -c -E '	ORGANIZATION	Gartner	.*found by (firm noun|model)' "$tmp/ents")" = 2
check grep -q '	PERSON	Bill Gates	' "$tmp/ents"
check grep -q '	PERSON	Warren Buffett	' "$tmp/ents"
# a law or a treaty is no organization, its place no mention of the place ("the Paris Accord"),
# its country is ("the U.K. Companies Act")
cat > "$tmp/laws.txt" <<'TXT'
Ministers said the aim of the Paris Accord was to stabilise currencies. The U.K. Companies Act applies to the deal, lawyers said.
TXT
"$bin" entities "$tmp/laws.txt" > "$tmp/ents" 2> /dev/null
check not grep -q -E '	Paris	|Accord|Companies Act' "$tmp/ents"
check grep -q '	COUNTRY	U.K.	' "$tmp/ents"
# a given name alone after an article and never after a title is a thing ("an Oscar"), not a
# person; after a title it is someone ("Prince Harry", the title part of his name, and "Harry"
# later the same person)
printf 'Kate Winslet won an Oscar for the film, and the Oscar will go on show in London. Prince Harry attended the ceremony, and Harry praised the cast.\n' > "$tmp/oscar.txt"
"$bin" entities "$tmp/oscar.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	PERSON	Kate Winslet	' "$tmp/ents"
check not grep -q '	Oscar	' "$tmp/ents"
check grep -q '	PERSON	Prince Harry	prince-harry	' "$tmp/ents"
check grep -q '	PERSON	Harry	prince-harry	' "$tmp/ents"
# economic abbreviations are no organizations ("GNP", "NA" in a table); "CPI Corp" is one
printf 'Japan said GNP rose 2.5 pct in the quarter. CPI Corp said its profit rose.\n    Shr 55 cts vs NA\n' > "$tmp/gnp.txt"
"$bin" entities "$tmp/gnp.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	ORGANIZATION	CPI Corp	' "$tmp/ents"
check not grep -q -E '	(GNP|NA)	' "$tmp/ents"
# the government a person heads is not part of the person's name
printf 'WASHINGTON, March 3 - The Reagan Administration said it would veto the bill. President Ronald Reagan said the measure was too costly.\n' > "$tmp/admin.txt"
"$bin" entities "$tmp/admin.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	PERSON	Reagan	ronald-reagan	Ronald Reagan$' "$tmp/ents"
check not grep -q 'Administration' "$tmp/ents"
# a name right after a noun for a work is a title, in all its mentions ("the film Vera
# Drake"), in none of its words ("the film Hotel Rwanda" names no country);
# "no single EU customs administration" keeps the EU
printf 'Imelda Staunton won praise for the film Vera Drake, and Vera Drake opened in London. There is no single EU customs administration, the EU said. Don Cheadle starred in the film Hotel Rwanda.\n' > "$tmp/film.txt"
"$bin" entities "$tmp/film.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	PERSON	Imelda Staunton	' "$tmp/ents"
check not grep -q -E 'Drake|Rwanda' "$tmp/ents"
check test "$(grep -c '	ORGANIZATION	EU	' "$tmp/ents")" = 2
# a firm's word the article names alone and with its legal form is a name, though the article
# writes the word in lower case too ("against charter and its units")
printf 'Charter Co said it will complete its reorganization on March 31.\n    Charter said the settlements resolve claims against charter and its units.\n    Charter said its creditors backed the plan, and Charter shares rose.\n' > "$tmp/charter.txt"
"$bin" entities "$tmp/charter.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	ORGANIZATION	Charter Co	charter	' "$tmp/ents"
check grep -q '	ORGANIZATION	Charter	charter	' "$tmp/ents"
# "Congo" named before "DR Congo" in one sentence is not the DR Congo: the writer told the two
# apart, and the article's "Congo" stays a place
printf 'The union wants to sell to buyers in Congo, where cafes opened in Brazzaville, and in DR Congo, where a shipment was stolen.\n\nKinshasa said DR Congo would help. Congo will buy more.\n' > "$tmp/congo.txt"
"$bin" entities "$tmp/congo.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c 'democratic-republic-of-the-congo' "$tmp/ents")" = 2
check test "$(grep -c '	LOCATION	Congo	congo	' "$tmp/ents")" = 2
# and "Congo" after the DR Congo's name in one sentence is the other one too
printf 'The group buys cobalt in the Democratic Republic of Congo and opened an office in neighbouring Congo last year.\n' > "$tmp/congo2.txt"
"$bin" entities "$tmp/congo2.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c 'democratic-republic-of-the-congo' "$tmp/ents")" = 1
check grep -q '	LOCATION	Congo	congo	' "$tmp/ents"
# "Korea" beside "South Korean" alone is South Korea, also where the model took it for a person
# ("Korea brings the technology"), and so is "Korean"
printf 'JAKARTA (Reuters) - Indonesian miner Tambang Nusantara and South Korean battery maker SR Energy agreed on Wednesday to build a smelter.

"Korea brings the technology, Indonesia brings the ore," said its president. The Korean group wants nickel.
' > "$tmp/korea.txt"
"$bin" entities "$tmp/korea.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c 'south-korea' "$tmp/ents")" = 3
# a name after "group" is an organization in all its mentions, also when the recognizer's own
# rules already made the first one so ("engineering group Jarvis", "the jihadist group Boko
# Haram")
printf 'Shares in engineering group Jarvis soared on news of the sale.\n\nThe sale is a lifeline to Jarvis, which had debts.\n\nJarvis wants to scale back the division. The jihadist group Boko Haram claimed the attack.\n' > "$tmp/group.txt"
"$bin" entities "$tmp/group.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c '	ORGANIZATION	Jarvis	' "$tmp/ents")" = 3
check grep -q '	ORGANIZATION	Boko Haram	' "$tmp/ents"
# a title's word before "bin" is a given name, no title ("Sheikh Sultan bin Rashid Al
# Daheri"), in the tagger's span and in the mention's
printf 'The founder, Sheikh Sultan bin Rashid Al Daheri, stays on as chairman of the group.\n' > "$tmp/sultan.txt"
"$bin" entities "$tmp/sultan.txt" > "$tmp/ents" 2> /dev/null
check grep -q '	PERSON	Sultan bin Rashid Al Daheri	' "$tmp/ents"
# what changes "its" name is no person, though the recognizer took both names for people:
# one organization, in all the article's mentions
printf 'Its automotive unit, Kestaş Otomotiv, changed its name to Kestaş Mobilite in March 2022 and has since won orders.\n\nKestaş Mobilite said sales rose.\n' > "$tmp/rename.txt"
"$bin" entities "$tmp/rename.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c '	ORGANIZATION	Kestaş [A-Za-z]*	kestas-mobilite	' "$tmp/ents")" = 3
# a demonym's other spellings name the country ("Belarussian", "Byelorussian")
printf 'MINSK (Reuters) - Belarussian police detained 300 people on Sunday. Byelorussian television showed the arrests.
' > "$tmp/belarus.txt"
"$bin" entities "$tmp/belarus.txt" > "$tmp/ents" 2> /dev/null
check test "$(grep -c '	COUNTRY	B[a-z]*russian	belarus	' "$tmp/ents")" = 2
finish
