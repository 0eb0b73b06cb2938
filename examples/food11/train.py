"""Train the Food-11 classifier: frozen MobileNetV2 features + a linear head, in minutes on a CPU.

Usage:  MLFLOW_TRACKING_URI=http://localhost:5000 python train.py --data Food-11
Logs the run to MLflow, writes food11.onnx and registers it as a new version of `food11-classifier`.
"""

import argparse
import os
from pathlib import Path

import numpy as np
import onnx
import torch
from torch import nn
from torchvision.models import MobileNet_V2_Weights, mobilenet_v2

from food11.data import data_version, list_images
from food11.labels import CLASSES
from food11.preprocess import preprocess

MODEL_NAME = "food11-classifier"  # the registered model; versions 1, 2, ... and aliases champion/challenger
EXPERIMENT = "food11-classifier"


# region model
def build_model(pretrained: bool = True) -> nn.Module:
    # V1 weights were trained with the resize-256/crop-224 recipe that preprocess() reproduces.
    weights = MobileNet_V2_Weights.IMAGENET1K_V1 if pretrained else None  # None: random, offline (tests)
    model = mobilenet_v2(weights=weights)
    for p in model.parameters():
        p.requires_grad = False  # frozen: ImageNet features are good food features, and cheap to reuse
    model.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(model.last_channel, len(CLASSES)))
    return model  # only the new head (1280 x 11 weights + 11 biases) will learn
# endregion model


# region train-loop
def embed(model: nn.Module, paths: list[Path], batch_size: int = 64) -> torch.Tensor:
    """One 1280-number feature vector per image, from the frozen backbone. Computed once, reused every epoch."""
    model.eval()  # batch-norm uses its ImageNet statistics; dropout is off
    chunks = []
    with torch.no_grad():
        for i in range(0, len(paths), batch_size):
            x = torch.from_numpy(np.concatenate([preprocess(p.read_bytes()) for p in paths[i : i + batch_size]]))
            features = nn.functional.adaptive_avg_pool2d(model.features(x), 1)  # what MobileNetV2.forward does
            chunks.append(torch.flatten(features, 1))
    return torch.cat(chunks)


def fit_head(model, x, y, x_val, y_val, epochs=10, lr=1e-3, batch_size=64, on_epoch=None) -> float:
    """Train model.classifier on feature vectors; returns the last validation accuracy."""
    head = model.classifier
    optimizer = torch.optim.Adam(head.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    val_accuracy = 0.0
    for epoch in range(epochs):
        head.train()
        order, total = torch.randperm(len(x)), 0.0
        for i in range(0, len(x), batch_size):
            batch = order[i : i + batch_size]
            loss = loss_fn(head(x[batch]), y[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
        head.eval()
        with torch.no_grad():
            val_accuracy = (head(x_val).argmax(1) == y_val).float().mean().item()
        if on_epoch:
            on_epoch(epoch, {"train_loss": total / len(x), "val_accuracy": val_accuracy})
    return val_accuracy


def train(data_dir, epochs=10, lr=1e-3, pretrained=True, on_epoch=None) -> tuple[nn.Module, float]:
    model = build_model(pretrained)
    splits = {}
    for split in ("training", "validation"):
        images = list_images(Path(data_dir) / split)
        if not images:
            raise SystemExit(f"no images in {Path(data_dir) / split}/class_XX/ (see prepare_food11.py)")
        paths, labels = zip(*images)
        splits[split] = embed(model, list(paths)), torch.tensor(labels)
    accuracy = fit_head(model, *splits["training"], *splits["validation"], epochs=epochs, lr=lr, on_epoch=on_epoch)
    return model.eval(), accuracy
# endregion train-loop


# region export
def export_onnx(model: nn.Module, path: str) -> None:
    """Write one self-contained ONNX file: preprocessed (1, 3, 224, 224) float32 in, 11 logits out."""
    model.eval()
    example = torch.zeros(1, 3, 224, 224)  # a batch of one: the service classifies one upload per request
    torch.onnx.export(model, (example,), path, input_names=["input"], output_names=["logits"])
    # Recent PyTorch may put the weights in a side file (food11.onnx.data); fold them back into one file.
    onnx.save(onnx.load(path), path)
    Path(f"{path}.data").unlink(missing_ok=True)
    onnx.checker.check_model(path)
# endregion export


# region mlflow
def train_and_register(data_dir, epochs=10, lr=1e-3, pretrained=True, output="food11.onnx", version_of_data=None):
    """Train, export, log and register; returns the new model version. Idempotent for the same data."""
    import mlflow  # imported here, so the functions above work (and are tested) without MLflow
    from mlflow.models import infer_signature

    client = mlflow.MlflowClient()  # MLFLOW_TRACKING_URI says which server
    version_of_data = version_of_data or data_version(Path(data_dir) / "training", Path(data_dir) / "validation")
    done = client.search_model_versions(f"name = '{MODEL_NAME}' and tags.data_version = '{version_of_data}'")
    if done:  # a retry, or a re-run on unchanged data: don't train and register the same model twice
        return str(done[0].version)

    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run(run_name=f"food11-{version_of_data[:8]}"):
        mlflow.set_tag("data_version", version_of_data)
        weights = "IMAGENET1K_V1" if pretrained else "random"
        mlflow.log_params({"epochs": epochs, "lr": lr, "weights": weights, "data": str(data_dir)})
        model, _ = train(data_dir, epochs, lr, pretrained, on_epoch=lambda e, m: mlflow.log_metrics(m, step=e))
        export_onnx(model, output)
        example = torch.zeros(1, 3, 224, 224)
        info = mlflow.onnx.log_model(
            onnx.load(output),
            name="model",
            registered_model_name=MODEL_NAME,  # creates version N+1 of food11-classifier
            signature=infer_signature(example.numpy(), model(example).detach().numpy()),
            save_as_external_data=False,  # one model.onnx file in the registry, as the service expects
        )
        version = str(info.registered_model_version)
        client.set_model_version_tag(MODEL_NAME, version, "data_version", version_of_data)
    return version
# endregion mlflow


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Train, export and register the Food-11 classifier.")
    parser.add_argument("--data", default=os.environ.get("FOOD11_DATA", "Food-11"), help="has training/, validation/")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--output", default="food11.onnx")
    parser.add_argument("--random-weights", action="store_true", help="no ImageNet download (smoke tests only)")
    args = parser.parse_args(argv)
    version = train_and_register(args.data, args.epochs, args.lr, not args.random_weights, args.output)
    print(f"registered {MODEL_NAME} version {version}; wrote {args.output}")


if __name__ == "__main__":
    main()
