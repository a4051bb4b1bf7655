#!/usr/bin/env python3
"""Where the app's CPU time goes in a JFR recording (bench/compare.sh JFR=1).

    jfr print --events jdk.ExecutionSample --stack-depth 128 app.jfr > samples.txt
    python3 bench/jfr-top.py samples.txt [FILTER]

Prints, over the samples whose stack contains FILTER (e.g. ResultController, AssessmentApiController):
the share of samples each method appears in (inclusive) and is on top of (self). Samples from the
same stack count once per method, so inclusive shares do not add up to 100 %.
"""
import re
import sys
from collections import Counter

text = open(sys.argv[1]).read()
needle = sys.argv[2] if len(sys.argv) > 2 else None
frame = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:", re.M)
stacks = []
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = frame.findall(event)
    if frames and (needle is None or any(needle in f for f in frames)):
        stacks.append(frames)
n = len(stacks)
print(f"{n} samples" + (f" with {needle} on the stack" if needle else ""))
incl, top = Counter(), Counter()
for frames in stacks:
    top[frames[0]] += 1
    for f in set(frames):
        incl[f] += 1
print("\n-- self (top of stack)")
for f, c in top.most_common(25):
    print(f"{100 * c / n:5.1f}%  {f}")
print("\n-- inclusive")
for f, c in incl.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 60):
    print(f"{100 * c / n:5.1f}%  {f}")
