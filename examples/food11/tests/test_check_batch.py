"""check_batch: the data checks that gate training, on small generated batches."""

import shutil

import pytest

import check_batch
from food11.data import class_dir, data_version, list_images
from food11.labels import CLASSES
from stand_ins import image_bytes


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@pytest.fixture
def batch(tmp_path):
    """A clean batch: three distinct photos of each class, in the course's class_XX layout."""
    root = tmp_path / "training"
    for i in range(len(CLASSES)):
        for j in range(3):
            photo = image_bytes(size=(128 + j, 96), color=(20 * i, 10 * j, 90))
            write(root / class_dir(i) / f"{i}_{j}.jpg", photo)
    return root


def test_a_clean_batch_passes(batch):
    report = check_batch.check_batch(batch)
    assert report.errors == [] and report.warnings == []
    assert sum(report.counts.values()) == 3 * len(CLASSES)


def test_a_file_that_does_not_decode_fails(batch):
    write(batch / "class_02" / "broken.jpg", image_bytes()[:200])  # truncated: opens, but cannot decode
    assert any("broken.jpg: cannot be decoded" in e for e in check_batch.check_batch(batch).errors)


def test_a_label_outside_the_classes_fails(batch):
    write(batch / "class_11" / "pizza.jpg", image_bytes(color=(1, 2, 3)))
    write(batch / "stray.jpg", image_bytes(color=(4, 5, 6)))
    errors = check_batch.check_batch(batch).errors
    assert any("class_11/pizza.jpg: not in a class_00" in e for e in errors)
    assert any("stray.jpg: not in a class_00" in e for e in errors)


def test_a_duplicate_photo_fails_even_under_another_name(batch):
    shutil.copy(batch / "class_05" / "5_0.jpg", batch / "class_07" / "copy.jpg")
    assert any("copy.jpg: duplicate of class_05/5_0.jpg" in e for e in check_batch.check_batch(batch).errors)


def test_a_photo_also_in_the_holdout_set_fails(batch, tmp_path):
    write(tmp_path / "evaluation" / "class_00" / "x.jpg", (batch / "class_03" / "3_1.jpg").read_bytes())
    errors = check_batch.check_batch(batch, holdout_dir=tmp_path / "evaluation").errors
    assert any("3_1.jpg: also in the held-out set" in e for e in errors)


def test_a_tiny_image_fails(batch):
    write(batch / "class_01" / "thumb.png", image_bytes("PNG", size=(40, 300)))
    assert any("thumb.png: 40x300 pixels" in e for e in check_batch.check_batch(batch).errors)


def test_a_non_rgb_image_is_a_warning_not_an_error(batch):
    write(batch / "class_04" / "grey.jpg", image_bytes(mode="L"))
    report = check_batch.check_batch(batch)
    assert report.errors == []
    assert any("grey.jpg: mode L" in w for w in report.warnings)


def test_a_class_outside_the_balance_bounds_fails(batch):
    for j in range(40):
        write(batch / "class_08" / f"extra_{j}.jpg", image_bytes(size=(100 + j, 100), color=(j, 200, 3)))
    errors = check_batch.check_batch(batch).errors  # Seafood: 43 of 73 images; each other class: 3 (4%)
    assert errors == ["Seafood: 58.9% of the batch, outside 2% to 30%"]
    assert check_batch.check_batch(batch, max_share=0.6).errors == []  # the bounds are parameters


def test_an_empty_batch_fails(tmp_path):
    assert check_batch.check_batch(tmp_path).errors == [f"{tmp_path}: no decodable images"]


def test_the_command_exits_1_on_errors_and_0_otherwise(batch, capsys):
    assert check_batch.main([str(batch)]) == 0
    write(batch / "class_00" / "broken.png", b"\x89PNG not really")
    assert check_batch.main([str(batch)]) == 1
    assert "ERROR class_00/broken.png" in capsys.readouterr().out


def test_list_images_and_data_version_follow_the_layout(batch):
    images = list_images(batch)
    assert len(images) == 3 * len(CLASSES) and images[0][1] == 0 and images[-1][1] == len(CLASSES) - 1
    before = data_version(batch)
    assert data_version(batch) == before  # same data, same version
    (batch / "class_00" / "0_0.jpg").rename(batch / "class_01" / "0_0.jpg")  # a relabelled photo
    assert data_version(batch) != before


def test_prepare_food11_sorts_the_download_into_class_folders_once(tmp_path):
    import prepare_food11

    for name in ["3_12.jpg", "10_0.jpg", "0_7.png"]:
        write(tmp_path / "training" / name, image_bytes(color=(len(name), 1, 2)))
    write(tmp_path / "evaluation" / "11_0.jpg", image_bytes())  # no class 11: left where it is
    assert prepare_food11.prepare(tmp_path) == 3
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.*")) == [
        "evaluation/11_0.jpg", "training/class_00/0_7.png", "training/class_03/3_12.jpg", "training/class_10/10_0.jpg",
    ]
    assert prepare_food11.prepare(tmp_path) == 0  # running it again changes nothing
