"""preprocess(): the one function between an upload and the model, in training and in serving."""

import io

import numpy as np
import pytest
from PIL import Image

from food11.labels import CLASSES
from food11.preprocess import MEAN, STD, InvalidImage, preprocess
from stand_ins import image_bytes


def test_labels_are_the_eleven_food11_classes_in_model_order():
    assert CLASSES == (
        "Bread", "Dairy product", "Dessert", "Egg", "Fried food", "Meat",
        "Noodles/Pasta", "Rice", "Seafood", "Soup", "Vegetable/Fruit",
    )


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.parametrize("size", [(320, 240), (240, 320), (224, 224), (1000, 50)])
def test_any_jpeg_or_png_becomes_one_normalised_224_by_224_rgb_tensor(fmt, size):
    x = preprocess(image_bytes(fmt, size))
    assert x.shape == (1, 3, 224, 224)
    assert x.dtype == np.float32
    assert x.flags["C_CONTIGUOUS"]


def test_normalises_each_channel_with_imagenet_mean_and_std():
    x = preprocess(image_bytes("PNG", color=(255, 0, 128)))  # PNG: lossless, so exact pixel values
    expected = (np.array([255, 0, 128], dtype=np.float32) / 255 - MEAN) / STD
    np.testing.assert_allclose(x[0, :, 112, 112], expected, rtol=1e-6)


@pytest.mark.parametrize("mode", ["L", "RGBA", "CMYK", "P"])
def test_greyscale_alpha_cmyk_and_palette_images_become_three_channels(mode):
    fmt = "JPEG" if mode in ("L", "CMYK") else "PNG"
    assert preprocess(image_bytes(fmt, mode=mode)).shape == (1, 3, 224, 224)


def test_follows_the_exif_orientation_of_phone_photos():
    left_red = Image.new("RGB", (400, 300), (0, 0, 255))
    left_red.paste((255, 0, 0), (0, 0, 200, 300))  # red on the left half, blue on the right
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 degrees clockwise to display
    buffer = io.BytesIO()
    left_red.save(buffer, format="JPEG", exif=exif)
    x = preprocess(buffer.getvalue())
    red = x[0, 0] * STD[0] + MEAN[0]  # undo the normalisation of the red channel
    assert red[10, 112] > 0.8 and red[-10, 112] < 0.2  # after rotation, red is at the top


@pytest.mark.parametrize("data", [b"", b"not an image", b"\xff\xd8\xff\xe0 truncated jpeg"])
def test_bytes_that_are_not_an_image_raise_invalid_image(data):
    with pytest.raises(InvalidImage):
        preprocess(data)


def test_matches_torchvision_preprocessing_of_the_pretrained_weights():
    """No skew with pretraining: the same pixels as MobileNet_V2_Weights.IMAGENET1K_V1.transforms()."""
    models = pytest.importorskip("torchvision.models")
    rng = np.random.default_rng(0)
    for size in [(500, 375), (375, 500), (257, 256)]:
        array = rng.integers(0, 256, size=(size[1], size[0], 3), dtype=np.uint8)
        buffer = io.BytesIO()
        Image.fromarray(array).save(buffer, format="PNG")
        ours = preprocess(buffer.getvalue())
        theirs = models.MobileNet_V2_Weights.IMAGENET1K_V1.transforms()(Image.fromarray(array)).numpy()
        np.testing.assert_allclose(ours[0], theirs, atol=1e-5)
