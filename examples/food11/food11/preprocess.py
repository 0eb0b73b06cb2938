"""Image bytes -> the model's input tensor. Training and serving both call preprocess(), so they cannot drift."""

# region preprocess
import io

import numpy as np
from PIL import Image, ImageOps

RESIZE = 256  # short side first, then a 224 x 224 centre crop: the recipe of MobileNetV2's ImageNet weights (V1)
SIZE = 224
MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)  # ImageNet channel statistics, as in pretraining
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


class InvalidImage(ValueError):
    """The bytes are not an image that Pillow can decode."""


def preprocess(image_bytes: bytes) -> np.ndarray:
    """JPEG or PNG bytes -> float32 array of shape (1, 3, 224, 224), normalised like ImageNet."""
    try:
        image = Image.open(io.BytesIO(image_bytes))
        image = ImageOps.exif_transpose(image)  # phones store "rotate 90 degrees" in EXIF, not in the pixels
        image = image.convert("RGB")  # greyscale, CMYK, palette and alpha images all become 3 channels
    except (OSError, Image.DecompressionBombError) as e:
        raise InvalidImage(str(e)) from e

    w, h = image.size
    if w <= h:  # same rounding as torchvision's Resize(256), so training and serving match pixel for pixel
        w, h = RESIZE, int(RESIZE * h / w)
    else:
        w, h = int(RESIZE * w / h), RESIZE
    image = image.resize((w, h), Image.Resampling.BILINEAR)
    left, top = int(round((w - SIZE) / 2.0)), int(round((h - SIZE) / 2.0))
    image = image.crop((left, top, left + SIZE, top + SIZE))

    x = np.asarray(image, dtype=np.float32) / 255.0  # height x width x channels, in 0..1
    x = (x - MEAN) / STD
    return np.ascontiguousarray(x.transpose(2, 0, 1)[np.newaxis])  # batch x channels x height x width
# endregion preprocess
