"""Data checks on a batch of labelled images, before it may enter training.

Usage: python check_batch.py Food-11/training [--holdout Food-11/evaluation]
Exit status 1 if any check fails, so a pipeline step (the Airflow DAG's `validate`) stops there.
"""

import argparse
import hashlib
import io
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from food11.data import IMAGE_SUFFIXES, class_dir, list_images
from food11.labels import CLASSES

MIN_SIDE = 64  # below this, the 224 x 224 crop is mostly upsampling blur
MIN_SHARE, MAX_SHARE = 0.02, 0.30  # each class's share of the batch; Food-11's own training split fits


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)  # the batch must not be used
    warnings: list[str] = field(default_factory=list)  # worth a look, not a reason to stop
    counts: Counter = field(default_factory=Counter)  # decodable images per class


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# region checks
def check_batch(batch_dir, holdout_dir=None, min_side=MIN_SIDE, min_share=MIN_SHARE, max_share=MAX_SHARE):
    report, seen = Report(), {}
    folders = {class_dir(i): label for i, label in enumerate(CLASSES)}  # the only valid labels
    # Images that are also in the held-out set would make the evaluation measure memory, not accuracy.
    holdout = {sha256(p.read_bytes()) for p, _ in list_images(holdout_dir)} if holdout_dir else set()
    root = Path(batch_dir)
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")):
        name = path.relative_to(root)
        if path.parent.parent != root or path.parent.name not in folders:
            report.errors.append(f"{name}: not in a class_00 ... class_10 folder, so it has no valid label")
            continue
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            report.errors.append(f"{name}: not a .jpg, .jpeg or .png file")
            continue
        data = path.read_bytes()
        digest = sha256(data)
        if digest in seen:
            report.errors.append(f"{name}: duplicate of {seen[digest]} (the same photo would count twice)")
        seen.setdefault(digest, name)
        if digest in holdout:
            report.errors.append(f"{name}: also in the held-out set (train/test leakage)")
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()  # decode every pixel: a truncated file opens fine and fails only here
                size, mode = image.size, image.mode
        except (OSError, Image.DecompressionBombError) as e:
            report.errors.append(f"{name}: cannot be decoded ({e})")
            continue
        if min(size) < min_side:
            report.errors.append(f"{name}: {size[0]}x{size[1]} pixels, smaller than {min_side} on a side")
        if mode != "RGB":
            report.warnings.append(f"{name}: mode {mode}, not RGB (preprocess converts it; is it a photo?)")
        report.counts[path.parent.name] += 1

    total = sum(report.counts.values())
    if total == 0:
        report.errors.append(f"{root}: no decodable images")
    for folder, label in folders.items():
        share = report.counts[folder] / total if total else 0.0
        if total and not min_share <= share <= max_share:
            report.errors.append(f"{label}: {share:.1%} of the batch, outside {min_share:.0%} to {max_share:.0%}")
    return report
# endregion checks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch_dir")
    parser.add_argument("--holdout", help="held-out split that must not share images with the batch")
    parser.add_argument("--min-side", type=int, default=MIN_SIDE)
    parser.add_argument("--min-share", type=float, default=MIN_SHARE)
    parser.add_argument("--max-share", type=float, default=MAX_SHARE)
    args = parser.parse_args(argv)
    report = check_batch(args.batch_dir, args.holdout, args.min_side, args.min_share, args.max_share)
    for line in report.warnings:
        print(f"WARNING {line}")
    for line in report.errors:
        print(f"ERROR {line}")
    checked = sum(report.counts.values())
    print(f"{checked} images checked, {len(report.errors)} errors, {len(report.warnings)} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
