"""train.py on tiny generated data with random weights (weights=None: no ImageNet download, no GPU)."""

from pathlib import Path

import numpy as np
import onnx
import pytest
import torch

import train
from food11.data import class_dir
from food11.labels import CLASSES
from food11.preprocess import preprocess
from stand_ins import HAVE_MLFLOW, HAVE_ONNXRUNTIME, NO_MLFLOW, NO_ONNXRUNTIME, image_bytes


def make_dataset(root: Path, per_class=(2, 1, 1), shade=0) -> Path:
    """training/, validation/ and evaluation/ in the class_XX layout; each class has its own colour."""
    for split, count in zip(("training", "validation", "evaluation"), per_class):
        for i in range(len(CLASSES)):
            for j in range(count):
                path = root / split / class_dir(i) / f"{i}_{j}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                color = (23 * i, 255 - 23 * i, (40 * j + shade) % 256)
                path.write_bytes(image_bytes("PNG", (64 + j, 64), color=color))
    return root


@pytest.fixture(autouse=True)
def seeded():
    torch.manual_seed(0)


def test_the_backbone_is_frozen_and_only_the_linear_head_learns():
    model = train.build_model(pretrained=False)
    trainable = {name for name, p in model.named_parameters() if p.requires_grad}
    assert trainable == {"classifier.1.weight", "classifier.1.bias"}
    assert model.classifier[1].out_features == len(CLASSES)
    assert model.eval()(torch.zeros(2, 3, 224, 224)).shape == (2, len(CLASSES))


def test_embed_gives_one_1280_vector_per_image_equal_to_the_model_path(tmp_path):
    model = train.build_model(pretrained=False).eval()
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"{i}.jpg")
        paths[-1].write_bytes(image_bytes(color=(80 * i, 40, 200)))
    features = train.embed(model, paths, batch_size=2)
    assert features.shape == (3, 1280)
    with torch.no_grad():  # the head on cached features == the whole network on the image
        whole = model(torch.from_numpy(preprocess(paths[1].read_bytes())))
        np.testing.assert_allclose(model.classifier(features[1:2]).numpy(), whole.numpy(), rtol=1e-4, atol=1e-5)


def test_fit_head_learns_separable_features_and_reports_every_epoch():
    model = train.build_model(pretrained=False)
    y = torch.arange(len(CLASSES)).repeat(5)
    x = torch.nn.functional.one_hot(y, 1280).float() * 5 + 0.01 * torch.randn(len(y), 1280)
    epochs = []
    accuracy = train.fit_head(model, x, y, x, y, epochs=30, lr=0.05, on_epoch=lambda e, m: epochs.append((e, m)))
    assert accuracy == 1.0
    assert [e for e, _ in epochs] == list(range(30))
    assert epochs[-1][1]["train_loss"] < epochs[0][1]["train_loss"]


def test_train_runs_end_to_end_on_the_class_folder_layout(tmp_path):
    model, accuracy = train.train(make_dataset(tmp_path), epochs=2, pretrained=False)
    assert 0.0 <= accuracy <= 1.0
    assert not model.training


def test_train_explains_a_missing_split(tmp_path):
    with pytest.raises(SystemExit, match="prepare_food11.py"):
        train.train(tmp_path, epochs=1, pretrained=False)


def test_export_writes_one_self_contained_onnx_file(tmp_path):
    path = tmp_path / "food11.onnx"
    train.export_onnx(train.build_model(pretrained=False), str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["food11.onnx"]  # no side file with the weights
    graph = onnx.load(str(path)).graph
    dims = lambda value: [d.dim_value for d in value.type.tensor_type.shape.dim]  # noqa: E731
    assert [(v.name, dims(v)) for v in graph.input] == [("input", [1, 3, 224, 224])]
    assert [(v.name, dims(v)) for v in graph.output] == [("logits", [1, len(CLASSES)])]


@pytest.mark.skipif(not HAVE_ONNXRUNTIME, reason=NO_ONNXRUNTIME)
def test_onnx_runtime_and_pytorch_agree_on_the_exported_model(tmp_path):
    from food11.model import Food11Model

    model = train.build_model(pretrained=False).eval()
    path = tmp_path / "food11.onnx"
    train.export_onnx(model, str(path))
    photo = image_bytes(color=(180, 60, 20))
    with torch.no_grad():
        expected = torch.softmax(model(torch.from_numpy(preprocess(photo))), 1)[0]
    prediction = Food11Model(str(path)).predict(photo)
    assert prediction.label == CLASSES[int(expected.argmax())]
    assert prediction.confidence == pytest.approx(float(expected.max()), abs=1e-4)


@pytest.mark.skipif(not HAVE_MLFLOW, reason=NO_MLFLOW)
def test_train_and_register_creates_a_version_once_per_dataset(tmp_path, monkeypatch):
    import mlflow

    monkeypatch.chdir(tmp_path)  # the local artifact store (./mlruns) goes to a temporary folder
    monkeypatch.setenv("MLFLOW_TRACKING_URI", f"sqlite:///{tmp_path / 'mlflow.db'}")  # a registry in a file
    data = make_dataset(tmp_path / "data")
    first = train.train_and_register(data, epochs=1, pretrained=False, output=str(tmp_path / "a.onnx"))
    again = train.train_and_register(data, epochs=1, pretrained=False, output=str(tmp_path / "b.onnx"))
    assert (first, again) == ("1", "1")  # same data: no second training run, no second version
    assert (tmp_path / "a.onnx").exists() and not (tmp_path / "b.onnx").exists()
    changed = make_dataset(tmp_path / "data2", shade=100)
    assert train.train_and_register(changed, epochs=1, pretrained=False, output=str(tmp_path / "c.onnx")) == "2"
    assert mlflow.MlflowClient().get_model_version(train.MODEL_NAME, "1").tags["data_version"]
