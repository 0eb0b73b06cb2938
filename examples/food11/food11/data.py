"""Where the images live: the course's Food-11 layout, <split>/class_00/*.jpg ... <split>/class_10/*.jpg."""

import hashlib
from pathlib import Path

from food11.labels import CLASSES

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png"}


def class_dir(index: int) -> str:
    return f"class_{index:02d}"


def list_images(split_dir: str | Path) -> list[tuple[Path, int]]:
    """(path, label index) for every image of a split, in a stable order."""
    return [
        (path, index)
        for index in range(len(CLASSES))
        for path in sorted((Path(split_dir) / class_dir(index)).glob("*"))
        if path.suffix.lower() in IMAGE_SUFFIXES
    ]


def data_version(*split_dirs: str | Path) -> str:
    """A content hash of the images and their labels: the same data always gives the same version."""
    digest = hashlib.sha256()
    for split_dir in split_dirs:
        for path, label in list_images(split_dir):
            digest.update(f"{label}:{hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return digest.hexdigest()[:16]
