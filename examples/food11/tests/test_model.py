"""Food11Model: preprocessing + ONNX Runtime + softmax, checked against a stand-in session."""

import numpy as np
import pytest

import food11.model
from food11.labels import CLASSES
from stand_ins import FakeOrt, image_bytes


@pytest.fixture
def model(monkeypatch):
    monkeypatch.setattr(food11.model, "ort", FakeOrt)  # a stand-in for onnxruntime (see stand_ins.py)
    return food11.model.Food11Model("food11.onnx")


def test_feeds_the_preprocessed_tensor_to_the_session_input(model):
    model.predict(image_bytes())
    (x,) = model.session.inputs
    assert x.shape == (1, 3, 224, 224) and x.dtype == np.float32


def test_answers_the_label_with_the_largest_logit_and_its_softmax_probability(model):
    prediction = model.predict(image_bytes("PNG"))
    assert prediction.label == "Rice"
    assert prediction.confidence == pytest.approx(np.exp(4.0) / (np.exp(4.0) + len(CLASSES) - 1))


def test_softmax_does_not_overflow_on_large_logits(model):
    model.session.logits[0, CLASSES.index("Soup")] = 1000.0
    prediction = model.predict(image_bytes())
    assert prediction.label == "Soup" and prediction.confidence == pytest.approx(1.0)


def test_thread_count_comes_from_ort_threads(monkeypatch):
    created = {}

    class Session(FakeOrt.InferenceSession):
        def __init__(self, path, sess_options=None, providers=None):
            super().__init__(path)
            created.update(threads=sess_options.intra_op_num_threads, providers=providers)

    ort = type("Ort", (), {"InferenceSession": Session, "SessionOptions": FakeOrt.SessionOptions})
    monkeypatch.setattr(food11.model, "ort", ort)
    monkeypatch.setenv("ORT_THREADS", "2")
    food11.model.Food11Model("food11.onnx")
    assert created == {"threads": 2, "providers": ["CPUExecutionProvider"]}
