#!/usr/bin/env bash
# dask_shards.sh ENTGRAPH SRCDIR - run tests/dask_shards.py with a Python that has Dask (the
# Debian packages python3-dask and python3-distributed install it for /usr/bin/python3).
set -eu
for py in python3 /usr/bin/python3; do
    if "$py" -c 'import dask.distributed' 2>/dev/null; then
        exec "$py" "$2/tests/dask_shards.py" "$1" "$2"
    fi
done
echo "python3-dask / python3-distributed not installed: skipped"
exit 77
