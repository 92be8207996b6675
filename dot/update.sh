#!/bin/sh
# update.sh ENTGRAPH SRCDIR - regenerate the diagrams of samples/ kept in dot/.
set -eu
export LC_ALL=C
"$1" build -q --threads 1 "$2/samples" -o "$2/dot/samples.dot" -o "$2/dot/samples.svg" \
    -o "$2/dot/samples.png"
