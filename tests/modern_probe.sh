#!/usr/bin/env bash
# modern_probe.sh ENTGRAPH SRCDIR - bench/data/modern.conll (the modern news probe, our own
# text) is well formed: `entgraph eval` reads it and counts its gold entities (338 PER, 277 LOC,
# 347 ORG, 166 MISC in 44 articles; these do not depend on the model), `entgraph tag` keeps every
# token line and adds one column, and the file is what bench/modern_conll.py makes of
# bench/data/modern.src; likewise the other probes, bench/data/modern2.* to modern6.*.
# Needs nothing outside the repository.
. "$(dirname "$0")/testlib.sh" "$@"
data=$src/bench/data/modern.conll

"$bin" eval "$data" > "$tmp/eval" 2> /dev/null
check test $? = 0
gold() { awk -v t="$1" '$1 == t { print $(NF - 2) }' "$tmp/eval"; }
check test "$(gold PER)" = 338
check test "$(gold LOC)" = 277
check test "$(gold ORG)" = 347
check test "$(gold MISC)" = 166
check test "$(gold overall)" = 1128
check test "$(grep -c '^-DOCSTART- -X- -X- O$' "$data")" = 44
# four columns, IOB1 tags of the four CoNLL types only
check test "$(awk 'NF && (NF != 4 || $4 !~ /^(O|[IB]-(PER|LOC|ORG|MISC))$/)' "$data" | wc -l)" = 0
# IOB1: B- only right after an entity of the same type
check test "$(awk '$4 ~ /^B-/ && prev != "I-" substr($4, 3) && prev != $4' prev= "$data" |
    wc -l)" = 0

"$bin" tag "$data" > "$tmp/tagged" 2> /dev/null
check test $? = 0
check test "$(grep -c . "$tmp/tagged")" = "$(grep -c . "$data")"
check test "$(awk 'NF && NF != 5' "$tmp/tagged" | wc -l)" = 0

if command -v python3 > /dev/null; then
    python3 "$src/bench/modern_conll.py" "$src/bench/data/modern.src" > "$tmp/regen"
    check cmp -s "$tmp/regen" "$data"
    python3 "$src/bench/modern_errors.py" "$tmp/tagged" > "$tmp/errors" 2> /dev/null
    check test $? = 0
    check test "$(head -1 "$tmp/errors" | cut -f1,6)" = "$(printf 'sentence\tcategory')"
    # the resampling script scores as eval does
    python3 "$src/bench/modern_errors.py" "$tmp/tagged" --bootstrap > "$tmp/boot"
    check test "$(awk '$1 == "overall" { print $2 }' "$tmp/boot")" = \
        "$(awk '$1 == "overall" { print $4 }' "$tmp/eval")"
    python3 "$src/bench/modern_conll.py" "$src/bench/data/modern2.src" > "$tmp/regen2"
    check cmp -s "$tmp/regen2" "$src/bench/data/modern2.conll"
    python3 "$src/bench/modern_conll.py" "$src/bench/data/modern3.src" > "$tmp/regen3"
    check cmp -s "$tmp/regen3" "$src/bench/data/modern3.conll"
    for k in 4 5 6 7 8; do
        python3 "$src/bench/modern_conll.py" "$src/bench/data/modern$k.src" > "$tmp/regen$k"
        check cmp -s "$tmp/regen$k" "$src/bench/data/modern$k.conll"
    done
else
    echo "python3 not found: generator checks skipped"
fi
# a European company's "SE" after its name is the name's, also where the article's context
# alone made the model find the name ("German partner BioNTech SE." in the eleventh probe)
"$bin" tag "$src/bench/data/modern11.conll" > "$tmp/tagged11" 2> /dev/null
check test "$(awk '$1 == "SE" && prev ~ /ORG$/ { n++; if ($NF !~ /ORG$/) bad++ } { prev = $NF }
    END { print n + 0, bad + 0 }' "$tmp/tagged11")" = "1 0"
# the second probe: 30 articles, 224 PER, 194 LOC, 232 ORG, 87 MISC
"$bin" eval "$src/bench/data/modern2.conll" > "$tmp/eval2" 2> /dev/null
check test $? = 0
check test "$(awk '$1 == "overall" { print $(NF - 2) }' "$tmp/eval2")" = 737
check test "$(awk '$1 == "ORG" { print $(NF - 2) }' "$tmp/eval2")" = 232
check test "$(grep -c '^-DOCSTART- -X- -X- O$' "$src/bench/data/modern2.conll")" = 30
# the third: 34 articles, 274 PER, 226 LOC, 326 ORG, 111 MISC
"$bin" eval "$src/bench/data/modern3.conll" > "$tmp/eval3" 2> /dev/null
check test $? = 0
check test "$(awk '$1 == "overall" { print $(NF - 2) }' "$tmp/eval3")" = 937
check test "$(awk '$1 == "ORG" { print $(NF - 2) }' "$tmp/eval3")" = 326
check test "$(grep -c '^-DOCSTART- -X- -X- O$' "$src/bench/data/modern3.conll")" = 34
# the fourth: 35 articles, 238 PER, 248 LOC, 269 ORG, 120 MISC
"$bin" eval "$src/bench/data/modern4.conll" > "$tmp/eval4" 2> /dev/null
check test $? = 0
check test "$(awk '$1 == "overall" { print $(NF - 2) }' "$tmp/eval4")" = 875
check test "$(awk '$1 == "ORG" { print $(NF - 2) }' "$tmp/eval4")" = 269
check test "$(grep -c '^-DOCSTART- -X- -X- O$' "$src/bench/data/modern4.conll")" = 35
# the fifth: 35 articles, 291 PER, 298 LOC, 375 ORG, 133 MISC; the sixth: 35, 300 PER,
# 308 LOC, 337 ORG, 157 MISC; the seventh: 35, 308 PER, 322 LOC, 314 ORG, 132 MISC; the
# eighth: 35, 307 PER, 300 LOC, 361 ORG, 157 MISC; the ninth: 35, 294 PER, 312 LOC, 447 ORG,
# 138 MISC; the tenth: 35, 299 PER, 273 LOC, 457 ORG, 172 MISC; the eleventh: 35, 270 PER,
# 356 LOC, 491 ORG, 176 MISC; the twelfth: 35, 251 PER, 296 LOC, 599 ORG, 142 MISC; the
# thirteenth: 35, 255 PER, 373 LOC, 454 ORG, 172 MISC; the fourteenth: 35, 274 PER, 447 LOC,
# 329 ORG, 177 MISC; the fifteenth: 35, 235 PER, 357 LOC, 625 ORG, 168 MISC; the sixteenth:
# 35, 290 PER, 369 LOC, 414 ORG, 179 MISC; the seventeenth: 35, 330 PER, 414 LOC, 467 ORG,
# 141 MISC; the eighteenth: 35, 337 PER, 385 LOC, 545 ORG, 225 MISC; the nineteenth: 35, 352
# PER, 421 LOC, 534 ORG, 148 MISC; the twentieth: 35, 359 PER, 443 LOC, 577 ORG, 160 MISC;
# the twenty-first: 35, 376 PER, 421 LOC, 508 ORG, 178 MISC; the twenty-second: 35, 375 PER,
# 372 LOC, 477 ORG, 160 MISC; the twenty-third: 35, 415 PER, 508 LOC, 510 ORG, 163 MISC; the
# twenty-fourth: 35, 376 PER, 545 LOC, 482 ORG, 177 MISC; the twenty-fifth: 35, 163 PER,
# 131 LOC, 215 ORG, 90 MISC; the twenty-sixth: 35, 398 PER, 501 LOC, 490 ORG, 195 MISC; the
# twenty-seventh: 35, 401 PER, 455 LOC, 537 ORG, 193 MISC; the twenty-eighth: 35, 447 PER,
# 438 LOC, 500 ORG, 190 MISC; the twenty-ninth: 35, 412 PER, 473 LOC, 542 ORG, 190 MISC; the
# thirtieth: 35, 370 PER, 501 LOC, 607 ORG, 192 MISC; the thirty-first: 35, 400 PER, 467 LOC,
# 537 ORG, 201 MISC; the thirty-second: 35, 403 PER, 441 LOC, 593 ORG, 158 MISC; the
# thirty-third: 35, 395 PER, 482 LOC, 585 ORG, 191 MISC; the thirty-fourth: 35, 439 PER,
# 400 LOC, 629 ORG, 205 MISC; the thirty-fifth: 35, 397 PER, 446 LOC, 599 ORG, 256 MISC; the
# thirty-sixth: 35, 455 PER, 529 LOC, 559 ORG, 205 MISC; the thirty-seventh: 35, 506 PER,
# 374 LOC, 694 ORG, 201 MISC; the thirty-eighth: 35, 473 PER, 467 LOC, 603 ORG, 190 MISC; the
# thirty-ninth: 35, 372 PER, 426 LOC, 670 ORG, 317 MISC; the fortieth: 35, 448 PER, 498 LOC,
# 600 ORG, 188 MISC; the forty-first: 35, 505 PER, 451 LOC, 564 ORG, 220 MISC; the
# forty-second: 35, 456 PER, 505 LOC, 612 ORG, 222 MISC; the forty-third: 35, 516 PER, 443 LOC,
# 611 ORG, 170 MISC; the forty-fourth: 35, 500 PER, 523 LOC, 571 ORG, 200 MISC; the
# forty-fifth: 35, 438 PER, 480 LOC, 569 ORG, 170 MISC; the forty-sixth: 35, 442 PER, 505 LOC,
# 677 ORG, 165 MISC; the forty-seventh: 35, 416 PER, 436 LOC, 643 ORG, 215 MISC; the
# forty-eighth: 35, 490 PER, 481 LOC, 617 ORG, 166 MISC; the forty-ninth: 35, 471 PER,
# 477 LOC, 657 ORG, 176 MISC; the fiftieth: 35, 451 PER, 480 LOC, 567 ORG, 201 MISC; the
# fifty-first: 35, 532 PER, 431 LOC, 640 ORG, 180 MISC; the fifty-second: 35, 509 PER,
# 469 LOC, 579 ORG, 340 MISC; the fifty-third: 35, 519 PER, 463 LOC, 578 ORG, 333 MISC; the
# fifty-fourth: 35, 530 PER, 423 LOC, 595 ORG, 335 MISC; the fifty-fifth: 35, 523 PER,
# 418 LOC, 617 ORG, 318 MISC; the fifty-sixth: 35, 519 PER, 452 LOC, 584 ORG, 325 MISC; the
# fifty-seventh: 35, 523 PER, 544 LOC, 663 ORG, 218 MISC; the fifty-eighth: 35, 415 PER,
# 633 LOC, 661 ORG, 162 MISC; the fifty-ninth: 35, 484 PER, 448 LOC, 711 ORG, 192 MISC; the
# sixtieth: 35, 448 PER, 627 LOC, 619 ORG, 253 MISC; the sixty-first: 35, 387 PER, 581 LOC,
# 669 ORG, 196 MISC; the sixty-second: 35, 549 PER, 571 LOC, 572 ORG, 235 MISC; the
# sixty-third: 35, 442 PER, 460 LOC, 778 ORG, 240 MISC; the sixty-fourth: 35, 490 PER, 596 LOC,
# 589 ORG, 226 MISC; the sixty-fifth: 35, 490 PER, 472 LOC, 698 ORG, 229 MISC; the
# sixty-sixth: 35, 449 PER, 590 LOC, 647 ORG, 213 MISC; the sixty-seventh: 35, 456 PER,
# 521 LOC, 678 ORG, 195 MISC; the sixty-eighth: 35, 539 PER, 468 LOC, 737 ORG, 195 MISC; the
# sixty-ninth: 35, 511 PER, 561 LOC, 577 ORG, 209 MISC; the seventieth: 35, 516 PER, 473 LOC,
# 729 ORG, 231 MISC; the seventy-first: 35, 446 PER, 560 LOC, 609 ORG, 226 MISC; the
# seventy-second: 35, 522 PER, 503 LOC, 607 ORG, 237 MISC; the seventy-third: 35, 468 PER,
# 493 LOC, 661 ORG, 220 MISC; the seventy-fourth: 35, 468 PER, 503 LOC, 670 ORG, 222 MISC; the
# seventy-fifth: 35, 501 PER, 556 LOC, 629 ORG, 241 MISC; the seventy-sixth: 35, 464 PER, 636
# LOC, 564 ORG, 217 MISC; the seventy-seventh: 35, 535 PER, 469 LOC, 689 ORG, 236 MISC; the
# seventy-eighth: 35, 514 PER, 517 LOC, 629 ORG, 242 MISC; the seventy-ninth: 35, 506 PER, 540
# LOC, 635 ORG, 244 MISC; the eightieth: 35, 479 PER, 432 LOC, 737 ORG, 205 MISC; the
# eighty-first: 35, 348 PER, 343 LOC, 365 ORG, 131 MISC; the eighty-second: 35, 394 PER,
# 385 LOC, 349 ORG, 133 MISC; the eighty-third: 35, 336 PER, 233 LOC, 409 ORG, 136 MISC; the
# eighty-fourth: 35, 344 PER, 335 LOC, 412 ORG, 130 MISC; the eighty-fifth: 35, 319 PER,
# 360 LOC, 434 ORG, 117 MISC; the eighty-sixth: 35, 275 PER, 297 LOC, 400 ORG, 139 MISC; the
# eighty-seventh: 35, 305 PER, 286 LOC, 317 ORG, 163 MISC; the eighty-eighth: 35, 377 PER,
# 346 LOC, 438 ORG, 151 MISC; the eighty-ninth: 35, 358 PER, 280 LOC, 409 ORG, 125 MISC; the
# ninetieth: 35, 428 PER, 411 LOC, 411 ORG, 151 MISC; the ninety-first: 35, 258 PER, 272 LOC,
# 362 ORG, 107 MISC; the ninety-second: 35, 327 PER, 293 LOC, 376 ORG, 94 MISC; the
# ninety-third: 35, 290 PER, 309 LOC, 322 ORG, 139 MISC; the ninety-fourth: 35, 384 PER,
# 291 LOC, 361 ORG, 152 MISC; the ninety-fifth: 35, 412 PER, 351 LOC, 354 ORG, 207 MISC
for spec in "5 1097 375" "6 1102 337" "7 1076 314" "8 1125 361" "9 1191 447" "10 1201 457" \
    "11 1293 491" "12 1288 599" "13 1254 454" "14 1227 329" "15 1385 625" \
    "16 1252 414" "17 1352 467" "18 1492 545" \
    "19 1455 534" "20 1539 577" "21 1483 508" "22 1384 477" \
    "23 1596 510" "24 1580 482" "25 599 215" \
    "26 1584 490" "27 1586 537" "28 1575 500" "29 1617 542" "30 1670 607" \
    "31 1605 537" "32 1595 593" "33 1653 585" "34 1673 629" \
    "35 1698 599" "36 1748 559" "37 1775 694" "38 1733 603" "39 1785 670" "40 1734 600" \
    "41 1740 564" "42 1795 612" "43 1740 611" "44 1794 571" "45 1657 569" \
    "46 1789 677" "47 1710 643" "48 1754 617" "49 1781 657" "50 1699 567" "51 1783 640" \
    "52 1897 579" "53 1893 578" "54 1883 595" \
    "55 1876 617" "56 1880 584" "57 1948 663" "58 1871 661" "59 1835 711" "60 1947 619" \
    "61 1833 669" "62 1927 572" "63 1920 778" "64 1901 589" "65 1889 698" \
    "66 1899 647" "67 1850 678" "68 1939 737" \
    "69 1858 577" "70 1949 729" "71 1841 609" "72 1869 607" "73 1842 661" \
    "74 1863 670" "75 1927 629" "76 1881 564" "77 1929 689" "78 1902 629" \
    "79 1925 635" "80 1853 737" "81 1187 365" "82 1261 349" "83 1114 409" \
    "84 1221 412" "85 1230 434" "86 1111 400" "87 1071 317" "88 1312 438" \
    "89 1172 409" "90 1401 411" "91 999 362" "92 1090 376" "93 1060 322" \
    "94 1188 361" "95 1324 354" "96 1268 387" "97 1136 419" "98 1145 292" \
    "99 1295 380" "100 1150 377" "101 1103 409" "102 1121 389" "103 1222 387" \
    "104 1210 406" "105 1324 400" "106 1152 346" "107 1325 436" "108 1010 380" \
    "109 1192 376" "110 1167 390" "111 1140 335" "112 1061 376" "113 1120 323" \
    "114 1131 373" "115 1198 358" "116 1367 438" "117 1281 414" "118 1270 407" \
    "119 1188 363" "120 1105 299" "121 1080 347" "122 1274 332" "123 1095 311" \
    "124 1259 388" "125 1261 313" "126 1079 398" "127 1072 310" "128 1435 494" \
    "129 1227 312" "130 1251 404" "131 1270 360" "132 1172 337" "133 1118 325" \
    "134 1167 459" "135 1254 356" "136 1240 419" "137 1228 372" \
    "138 955 301" "139 1162 447" "140 1290 354" "141 1190 477" \
    "142 1127 324" "143 1126 342" "144 1341 479" "145 1009 331" \
    "146 1134 320" "147 1176 356" "148 1284 403" "149 1172 504" \
    "150 1264 354" "151 1358 428" "152 1268 441" "153 1347 367" \
    "154 1043 284" "155 1188 324" "156 1121 368" "157 1262 364" \
    "158 1062 333" "159 1307 342" "160 1135 397" "161 1342 297" \
    "162 1445 475" "163 1207 352" "164 1077 325" "165 1208 340" \
    "166 1199 285" "167 1221 295" "168 1242 400" "169 1096 328" \
    "170 1255 345" "171 1093 334" "172 1299 419" "173 1109 304" \
    "174 1021 289" "175 943 286" "176 905 274" "177 1035 257" \
    "178 1037 295" "179 1010 267" "180 1044 294" "181 1106 293" \
    "182 1332 417" "183 1212 331" "184 1146 411" "185 972 355" \
    "186 1208 362" "187 1269 341" "188 1323 382" "189 1129 395" \
    "190 1108 319" "191 1040 274" "192 1071 304" "193 1126 358" \
    "194 1190 277" "195 1460 441" "196 1216 378" "197 1088 304" "198 1142 357" \
    "199 1306 409" "200 1376 409" "201 1136 373" "202 1179 286" "203 1454 400" \
    "204 1091 322" "205 1033 338" "206 1257 444" "207 1217 352" "208 1105 342" \
    "209 1286 425" "210 1302 472" "211 1279 343" "212 1313 279" "213 1339 343" \
    "214 1124 367" "215 1107 349" "216 1292 325" "217 1194 361" "218 1241 349" \
    "219 1538 504" "220 1484 399" "221 1451 422" "222 1363 378" "223 1195 469" \
    "224 1435 428" "225 1431 373" "226 1385 444" "227 1484 462" \
    "228 1172 321" "229 1286 379" "230 1285 371" "231 1351 397" "232 1265 371" \
    "233 1509 451"; do
    set -- $spec
    # the first twenty-four through `entgraph eval`; the rest, whose gold counts do not depend
    # on the model either, counted here as eval counts IOB1 chunks (a tagger run each is most of
    # this test's time under ASan)
    # (under the sanitizers only the first four of them)
    if [ "$1" -le 8 ] || { [ "$1" -le 28 ] && [ -z "${EG_SANITIZED:-}" ]; }; then
        "$bin" eval "$src/bench/data/modern$1.conll" > "$tmp/eval$1" 2> /dev/null
        check test $? = 0
        counts="$(awk '$1 == "overall" { o = $(NF - 2) } $1 == "ORG" { g = $(NF - 2) }
            END { print o, g }' "$tmp/eval$1")"
    else
        counts="$(awk '/^-DOCSTART-/ || NF == 0 { prev = "O"; next }
            { t = $NF; ty = substr(t, 3)
              if (t != "O" && (t ~ /^B-/ || prev == "O" || substr(prev, 3) != ty)) {
                  all++; if (ty == "ORG") org++ }
              prev = t }
            END { print all + 0, org + 0 }' "$src/bench/data/modern$1.conll")"
    fi
    check test "$counts" = "$2 $3"
    check test "$(grep -c '^-DOCSTART- -X- -X- O$' "$src/bench/data/modern$1.conll")" = 35
done
finish
