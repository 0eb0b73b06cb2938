"""evaluate.py's decision: challenger always, champion only when better. A fake registry client stands in."""

import pytest

from stand_ins import HAVE_MLFLOW, NO_MLFLOW

pytestmark = pytest.mark.skipif(not HAVE_MLFLOW, reason=NO_MLFLOW)


class FakeRegistry:
    """The MlflowClient methods evaluate.py calls, on an in-memory alias table."""

    def __init__(self, aliases=None):
        self.aliases, self.tags = dict(aliases or {}), {}

    def get_model_version_by_alias(self, name, alias):
        from mlflow.exceptions import MlflowException

        if alias not in self.aliases:
            raise MlflowException(f"Registered model alias {alias} not found.")
        return type("ModelVersion", (), {"version": self.aliases[alias]})()

    def set_registered_model_alias(self, name, alias, version):
        self.aliases[alias] = version

    def set_model_version_tag(self, name, version, key, value):
        self.tags[(version, key)] = value


class Guesser:
    """A model that answers `label` for every photo."""

    def __init__(self, label):
        self.label = label

    def predict(self, image_bytes):
        return type("Prediction", (), {"label": self.label, "confidence": 1.0})()


@pytest.fixture
def holdout(tmp_path):
    from food11.data import class_dir
    from stand_ins import image_bytes

    for i, count in [(0, 3), (7, 1)]:  # 3 Bread, 1 Rice
        for j in range(count):
            path = tmp_path / class_dir(i) / f"{j}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(image_bytes(color=(i, j, 9)))
    return tmp_path


MODELS = {"1": Guesser("Rice"), "2": Guesser("Bread"), "3": Guesser("Rice")}  # accuracy 0.25, 0.75, 0.25


def test_the_first_model_becomes_champion(holdout):
    import evaluate

    registry = FakeRegistry()
    result = evaluate.compare("1", holdout, client=registry, load=MODELS.get)
    assert result == {"candidate": "1", "candidate_accuracy": 0.25, "champion": None, "champion_accuracy": None}
    assert evaluate.promote(result, client=registry) is True
    assert registry.aliases == {"challenger": "1", "champion": "1"}
    assert registry.tags[("1", "holdout_accuracy")] == "0.2500"


def test_a_better_candidate_is_promoted_and_a_worse_one_only_becomes_challenger(holdout):
    import evaluate

    registry = FakeRegistry({"champion": "1"})
    assert evaluate.promote(evaluate.compare("2", holdout, client=registry, load=MODELS.get), client=registry)
    assert registry.aliases == {"champion": "2", "challenger": "2"}
    assert not evaluate.promote(evaluate.compare("3", holdout, client=registry, load=MODELS.get), client=registry)
    assert registry.aliases == {"champion": "2", "challenger": "3"}


def test_a_tie_or_a_gain_below_min_gain_does_not_promote(holdout):
    import evaluate

    registry = FakeRegistry({"champion": "2"})
    result = evaluate.compare("2", holdout, client=registry, load=MODELS.get)
    assert evaluate.promote(result, client=registry) is True  # re-running on the champion changes nothing
    assert registry.aliases == {"champion": "2"}
    registry = FakeRegistry({"champion": "1"})
    result = evaluate.compare("2", holdout, client=registry, load=MODELS.get)
    assert evaluate.promote(result, client=registry, min_gain=0.6) is False
    assert registry.aliases == {"champion": "1", "challenger": "2"}
