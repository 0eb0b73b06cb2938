"""The model behind the API: food11.onnx run by ONNX Runtime, with the same preprocessing as training."""

import os
from dataclasses import dataclass

import numpy as np
import onnxruntime as ort

from food11.labels import CLASSES
from food11.preprocess import preprocess


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float  # softmax probability of `label`, 0..1


class Food11Model:
    """Anything with this predict() method can serve: the tests use a stand-in with the same interface."""

    # region session
    def __init__(self, path: str):
        options = ort.SessionOptions()
        # Threads per inference; 0 lets ONNX Runtime decide. Set ORT_THREADS to the container's CPU limit.
        options.intra_op_num_threads = int(os.environ.get("ORT_THREADS", "0"))
        # Create the session once per process: loading and optimising the graph is the slow part.
        self.session = ort.InferenceSession(path, sess_options=options, providers=["CPUExecutionProvider"])
        self.input_name = self.session.get_inputs()[0].name
    # endregion session

    # region predict
    def predict(self, image_bytes: bytes) -> Prediction:
        x = preprocess(image_bytes)  # the function train.py used: no training-serving skew
        logits = self.session.run(None, {self.input_name: x})[0][0]
        probs = np.exp(logits - logits.max())  # softmax, shifted so exp() cannot overflow
        probs /= probs.sum()
        best = int(probs.argmax())
        return Prediction(label=CLASSES[best], confidence=float(probs[best]))
    # endregion predict
