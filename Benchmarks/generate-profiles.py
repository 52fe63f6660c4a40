#!/usr/bin/env python3
"""Writes N profiles for the batch benchmark, deterministically, from the canonical
profile: each gets a generated name (Latin with and without accents, Greek, Cyrillic)
and a subset of the canonical papers, with the owner written into some author lists.

Usage: generate-profiles.py OUTDIR [N]   (N defaults to 1000)"""
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANONICAL = os.path.join(ROOT, "Examples", "000_2e4744010abc845a.txt")
GIVEN = ["Ada", "Zoë", "José", "Mei", "Olúwaseun", "Søren", "Ingrid", "Pierre", "Aarav",
         "Léa", "Ελένη", "Дмитрий", "Hana", "Tomás", "Noor", "Björn", "Chiara", "Kwame"]
FAMILY = ["Lovelace", "Ćirić", "Nakamura", "García", "Okafor", "Kierkegaard", "Müller",
          "Dubois", "Sharma", "Nguyễn", "Παπαδοπούλου", "Иванов", "Kowalski", "O'Brien",
          "van der Berg", "Haddad", "Rossi", "Mensah"]


def read_papers():
    text = open(CANONICAL, encoding="utf-8").read().split("\n")
    start = next(i for i, line in enumerate(text) if line.strip().endswith("Papers"))
    blocks, current = [], []
    for line in text[start + 1:]:
        if line and line[:2].isupper() and any(m in line for m in
                                                 ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")) \
                and current and line[2:5].isalpha():
            blocks.append(current)
            current = []
        current.append(line)
    blocks.append(current)
    return [b for b in blocks if any(x.strip() for x in b)]


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(out, exist_ok=True)
    papers = read_papers()
    rng = random.Random(20261203)
    for number in range(count):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        chosen = rng.sample(papers, rng.randint(3, len(papers)))
        lines = [name, "", rng.choice(["LG", "CL", "ML", "CV"]),
                 f"h-index{rng.randint(1, 120)}", f"{len(chosen)}papers",
                 f"{rng.randint(10, 90000):,}citations", "", f"{len(chosen)} Papers", ""]
        for block in chosen:
            block = list(block)
            authors = next((i for i, l in enumerate(block) if i > 1 and l.strip()), None)
            if authors is not None and rng.random() < 0.5:
                block[authors] = name + ", " + block[authors]
            lines += [l for l in block] + [""]
        path = os.path.join(out, f"profile-{number:04d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines).rstrip() + "\n")


main()
