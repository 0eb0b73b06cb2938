"""Test setup: import the example's modules, and bridge two gaps of Debian 12's Python packages."""

import inspect
import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/food11: food11/, train.py, ...
sys.path.insert(0, str(Path(__file__).resolve().parent))  # stand_ins.py

import fastapi  # noqa: E402

import stand_ins  # noqa: E402  (records whether the real onnxruntime exists, before the placeholder below)

# 1. Debian 12 ships FastAPI 0.92; FastAPI(lifespan=...) arrived in 0.93. For these tests only, accept the
#    keyword the way 0.93+ does: it becomes the router's lifespan context (Starlette 0.26 supports that).
if "lifespan" not in inspect.signature(fastapi.FastAPI.__init__).parameters:
    _init = fastapi.FastAPI.__init__

    def _init_with_lifespan(self, *args, lifespan=None, **kwargs):
        _init(self, *args, **kwargs)
        if lifespan is not None:
            self.router.lifespan_context = lifespan

    fastapi.FastAPI.__init__ = _init_with_lifespan

# 2. Without onnxruntime, `import onnxruntime` in food11/model.py would fail. A placeholder module lets the
#    app import; any test that would really run ONNX Runtime is skipped (stand_ins.NO_ONNXRUNTIME).
if not stand_ins.HAVE_ONNXRUNTIME:
    placeholder = types.ModuleType("onnxruntime")

    def _missing(*args, **kwargs):
        raise RuntimeError(stand_ins.NO_ONNXRUNTIME)

    placeholder.InferenceSession = placeholder.SessionOptions = _missing
    sys.modules["onnxruntime"] = placeholder
