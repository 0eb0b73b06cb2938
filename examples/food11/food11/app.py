"""food11-api: GourmetGram's Food-11 classifier over HTTP.

Run it with:  MODEL_PATH=food11.onnx uvicorn food11.app:app --host 0.0.0.0 --port 8000
"""

import os
from contextlib import asynccontextmanager
from typing import Protocol

from fastapi import Depends, FastAPI, HTTPException, Request, Response, UploadFile
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, Info, generate_latest

from food11.model import Food11Model, Prediction
from food11.preprocess import InvalidImage

MODEL_PATH = os.environ.get("MODEL_PATH", "food11.onnx")
MODEL_VERSION = os.environ.get("MODEL_VERSION", "dev")  # the registry version, echoed in every answer
ACCEPTED_TYPES = {"image/jpeg", "image/png"}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# Operational metrics (latency) and ML metrics (what the model predicts, how sure it is): alerts use both.
LATENCY = Histogram(
    "food11_predict_latency_seconds",
    "Time to decode, preprocess and classify one upload",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
PREDICTIONS = Counter("food11_predictions", "Predictions served, by predicted label", ["label"])
CONFIDENCE = Histogram(
    "food11_prediction_confidence",
    "Probability of the predicted label; a shift towards 0 suggests unfamiliar inputs",
    buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
)
REJECTED = Counter("food11_rejected_uploads", "Uploads refused before inference, by reason", ["reason"])
MODEL_INFO = Info("food11_model", "The model this process serves")


class Predictor(Protocol):
    def predict(self, image_bytes: bytes) -> Prediction: ...


@asynccontextmanager
async def lifespan(app: FastAPI):
    # Load the model once, before the first request, not once per request.
    app.state.model = Food11Model(MODEL_PATH)
    MODEL_INFO.info({"version": MODEL_VERSION, "path": MODEL_PATH})
    yield


app = FastAPI(title="food11-api", lifespan=lifespan)


def get_model(request: Request) -> Predictor:
    """The loaded model. A dependency, so tests can swap in a stand-in (app.dependency_overrides)."""
    model = getattr(request.app.state, "model", None)
    if model is None:
        raise HTTPException(status_code=503, detail="model not loaded")
    return model


# region predict
@app.post("/predict")
def predict(file: UploadFile, model: Predictor = Depends(get_model)) -> dict:
    # A plain `def`: FastAPI runs it in a worker thread, so inference never blocks the event loop.
    if file.content_type not in ACCEPTED_TYPES:
        REJECTED.labels(reason="type").inc()
        raise HTTPException(status_code=415, detail=f"send a JPEG or PNG, not {file.content_type}")
    data = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        REJECTED.labels(reason="size").inc()
        raise HTTPException(status_code=413, detail="images larger than 10 MB are refused")
    with LATENCY.time():
        try:
            result = model.predict(data)
        except InvalidImage as e:
            REJECTED.labels(reason="undecodable").inc()
            raise HTTPException(status_code=400, detail=f"not a readable image: {e}") from e
    PREDICTIONS.labels(label=result.label).inc()
    CONFIDENCE.observe(result.confidence)
    return {"label": result.label, "confidence": round(result.confidence, 3), "model_version": MODEL_VERSION}
# endregion predict


# region healthz
@app.get("/healthz")
def healthz(model: Predictor = Depends(get_model)) -> dict:
    # 200 only once the model is loaded: Docker, Compose and Kubernetes send traffic after that.
    return {"status": "ok"}
# endregion healthz


# region metrics
@app.get("/metrics")
def metrics() -> Response:
    # Prometheus pulls this page every scrape_interval; generate_latest() renders every metric above.
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
# endregion metrics
