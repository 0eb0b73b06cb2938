"""Compare a candidate model version with the `champion` on held-out data; promote only if it is better.

Usage:  MLFLOW_TRACKING_URI=http://localhost:5000 python evaluate.py 8 --holdout Food-11/evaluation
"""

import argparse
import json
from pathlib import Path

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

from food11.data import list_images
from food11.labels import CLASSES
from food11.model import Food11Model

MODEL_NAME = "food11-classifier"


def load_version(version: str) -> Food11Model:
    """Download one registered version and run it exactly as the service would."""
    local = mlflow.artifacts.download_artifacts(artifact_uri=f"models:/{MODEL_NAME}/{version}")
    return Food11Model(str(Path(local) / "model.onnx"))


def accuracy(model, holdout_dir) -> float:
    """Share of held-out images whose predicted label is the true one (the service's own code path)."""
    images = list_images(holdout_dir)
    correct = sum(model.predict(path.read_bytes()).label == CLASSES[label] for path, label in images)
    return correct / len(images)


# region compare
def compare(candidate: str, holdout_dir, client=None, load=load_version) -> dict:
    """Score the candidate and the current champion on the same held-out images."""
    client = client or MlflowClient()
    try:
        champion = client.get_model_version_by_alias(MODEL_NAME, "champion").version
    except MlflowException:  # no champion yet: the first model only has to exist to win
        champion = None
    result = {"candidate": str(candidate), "candidate_accuracy": accuracy(load(candidate), holdout_dir),
              "champion": champion, "champion_accuracy": None}
    if champion is not None:
        result["champion_accuracy"] = accuracy(load(champion), holdout_dir)
    return result
# endregion compare


# region promote
def promote(result: dict, client=None, min_gain: float = 0.0) -> bool:
    """Record the decision in the registry; returns True if the candidate became champion."""
    client = client or MlflowClient()
    candidate = result["candidate"]
    if candidate == result["champion"]:  # a re-run after this version already won: nothing to change
        return True
    client.set_registered_model_alias(MODEL_NAME, "challenger", candidate)  # always: "the one we last tried"
    client.set_model_version_tag(MODEL_NAME, candidate, "holdout_accuracy", f"{result['candidate_accuracy']:.4f}")
    better = result["champion"] is None or result["candidate_accuracy"] > result["champion_accuracy"] + min_gain
    if better:
        # The serving alias moves; models:/food11-classifier@champion now resolves to the candidate.
        client.set_registered_model_alias(MODEL_NAME, "champion", candidate)
    return better
# endregion promote


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Evaluate a candidate version against the champion.")
    parser.add_argument("candidate", help="registered version number of food11-classifier, e.g. 8")
    parser.add_argument("--holdout", default="Food-11/evaluation", help="held-out split, never used in training")
    parser.add_argument("--min-gain", type=float, default=0.0, help="accuracy the candidate must add to win")
    args = parser.parse_args(argv)
    result = compare(args.candidate, args.holdout)
    result["promoted"] = promote(result, min_gain=args.min_gain)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
