"""The HTTP contract of food11-api, with a stand-in model in place of ONNX Runtime (see stand_ins.py)."""

import re
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

import food11.app as api
from stand_ins import StandInModel, image_bytes

EXAMPLE = Path(__file__).resolve().parents[1]


@pytest.fixture
def model():
    stand_in = StandInModel()
    api.app.dependency_overrides[api.get_model] = lambda: stand_in
    yield stand_in
    api.app.dependency_overrides.clear()


@pytest.fixture
def client():
    return TestClient(api.app)  # not entered as a context manager: the lifespan (real model) does not run


def post(client, data, content_type="image/jpeg", name="photo.jpg"):
    return client.post("/predict", files={"file": (name, data, content_type)})


@pytest.mark.parametrize("fmt,content_type", [("JPEG", "image/jpeg"), ("PNG", "image/png")])
def test_predict_answers_label_confidence_and_model_version(client, model, fmt, content_type):
    response = post(client, image_bytes(fmt), content_type)
    assert response.status_code == 200
    assert response.json() == {"label": "Noodles/Pasta", "confidence": 0.912, "model_version": api.MODEL_VERSION}
    assert model.calls == [(1, 3, 224, 224)]  # the model got the upload, and it decoded


@pytest.mark.parametrize("content_type", ["text/plain", "application/pdf", "image/heic", "image/gif"])
def test_other_media_types_are_refused_with_415(client, model, content_type):
    assert post(client, b"whatever", content_type).status_code == 415
    assert model.calls == []


def test_bytes_that_do_not_decode_are_refused_with_400(client, model):
    response = post(client, b"this is not a JPEG", "image/jpeg")
    assert response.status_code == 400
    assert "not a readable image" in response.json()["detail"]


def test_uploads_over_the_limit_are_refused_with_413(client, model, monkeypatch):
    monkeypatch.setattr(api, "MAX_UPLOAD_BYTES", 1000)
    assert post(client, image_bytes(size=(2000, 2000))).status_code == 413


def test_predict_without_the_file_field_is_a_422(client, model):
    assert client.post("/predict", files={"photo": ("a.jpg", image_bytes(), "image/jpeg")}).status_code == 422


def test_healthz_is_ok_once_a_model_is_loaded(client, model):
    response = client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_healthz_and_predict_are_503_without_a_model(client):
    assert client.get("/healthz").status_code == 503
    assert post(client, image_bytes()).status_code == 503


def test_startup_loads_the_model_from_model_path(monkeypatch):
    monkeypatch.setattr(api, "Food11Model", StandInModel)  # what the lifespan constructs
    monkeypatch.setattr(api, "MODEL_PATH", "/models/food11.onnx")
    try:
        with TestClient(api.app) as client:  # entering runs the lifespan, as uvicorn does at startup
            assert api.app.state.model.path == "/models/food11.onnx"
            assert client.get("/healthz").status_code == 200
            assert post(client, image_bytes()).json()["label"] == "Noodles/Pasta"
    finally:
        del api.app.state.model


def metrics_text(client) -> str:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return response.text


def test_metrics_count_predictions_by_label_and_record_latency_and_confidence(client, model):
    def value(text, series):
        match = re.search(rf"^{re.escape(series)} ([0-9.e+-]+)$", text, re.M)
        return float(match.group(1)) if match else 0.0

    series = [
        ('food11_predictions_total{label="Noodles/Pasta"}', 1),
        ("food11_predict_latency_seconds_count", 1),
        ('food11_prediction_confidence_bucket{le="0.9"}', 0),  # the confidence was 0.912
        ('food11_prediction_confidence_bucket{le="1.0"}', 1),
    ]
    before = metrics_text(client)
    post(client, image_bytes())
    after = metrics_text(client)
    assert [value(after, s) - value(before, s) for s, _ in series] == [increase for _, increase in series]


def test_every_metric_the_alerts_use_is_exported(client, model):
    post(client, image_bytes())  # so the labelled series exist
    lines = [line for line in metrics_text(client).splitlines() if not line.startswith("#")]
    exported = {line.split("{")[0].split(" ")[0] for line in lines}
    rules = yaml.safe_load((EXAMPLE / "monitoring" / "alerts.yml").read_text())["groups"][0]["rules"]
    used = {name for rule in rules for name in re.findall(r"\bfood11_[a-z_]+", rule["expr"])}
    assert used and used <= exported, used - exported
    assert 'le="0.5"' in metrics_text(client)  # the drift alert reads this exact bucket
