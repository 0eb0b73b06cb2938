"""Sort the Food-11 download (training/3_12.jpg is class 3, image 12) into class_03/ folders, like the course's ETL.

Usage: python prepare_food11.py Food-11     (moves files in place; running it twice changes nothing)
"""

import sys
from pathlib import Path

from food11.data import IMAGE_SUFFIXES, class_dir
from food11.labels import CLASSES


def prepare(root: Path) -> int:
    moved = 0
    for split in ("training", "validation", "evaluation"):
        for path in sorted((root / split).glob("*_*")):
            label = path.name.split("_", 1)[0]
            known = label.isdigit() and int(label) < len(CLASSES)
            if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES and known:
                target = root / split / class_dir(int(label))
                target.mkdir(exist_ok=True)
                path.rename(target / path.name)
                moved += 1
    return moved


if __name__ == "__main__":
    print(f"moved {prepare(Path(sys.argv[1]))} images into class_XX folders")
