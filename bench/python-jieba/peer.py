"""Python jieba, the peer researchers use today, for `npm run bench`: the time from importing
jieba to its first result, then its segmentation speed on the benchmark text, HMM on, as the
other peers cut it. Prints one JSON object.

Usage: python peer.py <text file> <rounds> <first text>

jieba keeps its dictionary, once built, in a cache file (by default in the system's temp
directory); here it is jieba.cache in the environment running this (bench/build-python-jieba.sh
builds it), so the time to first result is a researcher's on every run after the first.
"""

import json
import os
import sys
import time

path, rounds, first_text = sys.argv[1:4]

start = time.perf_counter()
import jieba  # noqa: E402  (importing is part of the time to first result)

jieba.setLogLevel(60)
jieba.dt.cache_file = os.path.join(sys.prefix, "jieba.cache")
jieba.lcut(first_text, HMM=True)
ready_ms = (time.perf_counter() - start) * 1e3

with open(path, encoding="utf-8") as file:
    text = file.read()
megabytes = len(text.encode("utf-8")) / 1e6
rates = []
for _ in range(int(rounds)):
    start = time.perf_counter()
    jieba.lcut(text, HMM=True)
    rates.append(megabytes / (time.perf_counter() - start))
rates.sort()

print(
    json.dumps(
        {
            "python_jieba_ready_ms": ready_ms,
            "segment_mbps_python_jieba": rates[len(rates) // 2] if rates else None,
            "python_jieba_version": jieba.__version__,
        }
    )
)
