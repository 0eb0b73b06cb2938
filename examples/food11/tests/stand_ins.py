"""Stand-ins for what these tests cannot rely on: ONNX Runtime (no Debian package) and a trained model."""

import importlib.util
import io

import numpy as np
from PIL import Image

from food11.labels import CLASSES

# Checked before conftest.py installs a placeholder module, so this reflects the real package.
HAVE_ONNXRUNTIME = importlib.util.find_spec("onnxruntime") is not None
HAVE_MLFLOW = importlib.util.find_spec("mlflow") is not None
NO_ONNXRUNTIME = "onnxruntime is not installed (Debian has no package for it); CI installs it from PyPI"
NO_MLFLOW = "mlflow is not installed (Debian has no package for it); CI installs it from PyPI"


def image_bytes(fmt="JPEG", size=(320, 240), color=(200, 120, 40), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color if mode == "RGB" else 128).save(buffer, format=fmt)
    return buffer.getvalue()


class StandInModel:
    """Stands in for food11.model.Food11Model (ONNX Runtime): the same predict() interface, fixed answers."""

    def __init__(self, path: str = "unused.onnx", label: str = "Noodles/Pasta", confidence: float = 0.912):
        from food11.model import Prediction
        from food11.preprocess import preprocess

        self.path, self.calls = path, []
        self._preprocess, self._answer = preprocess, Prediction(label, confidence)

    def predict(self, image_bytes: bytes):
        self.calls.append(self._preprocess(image_bytes).shape)  # decodes like the real one: bad bytes raise
        return self._answer


class FakeSession:
    """Stands in for onnxruntime.InferenceSession: checks the input and returns chosen logits."""

    def __init__(self, path, sess_options=None, providers=None):
        self.path, self.inputs = path, []
        self.logits = np.zeros((1, len(CLASSES)), dtype=np.float32)
        self.logits[0, CLASSES.index("Rice")] = 4.0

    def get_inputs(self):
        return [type("Input", (), {"name": "input"})()]

    def run(self, output_names, feeds):
        self.inputs.append(feeds["input"])
        return [self.logits]


class FakeOrt:
    """What food11.model uses from the onnxruntime module."""

    InferenceSession = FakeSession

    class SessionOptions:
        intra_op_num_threads = 0
