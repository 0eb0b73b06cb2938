"""Airflow 3 DAG: retrain the Food-11 classifier when new labelled data lands, and every Monday regardless.

validate -> train -> evaluate -> register. Each task can be retried or re-run safely:
validate and evaluate only read; train reuses the version already registered for the same data;
register sets aliases, which ends in the same state however often it runs.
"""

# region dag
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from airflow.sdk import Asset, AssetOrTimeSchedule, CronTriggerTimetable, dag, task

FOOD11_HOME = os.environ.get("FOOD11_HOME", str(Path(__file__).resolve().parents[1]))  # examples/food11
DATA_DIR = os.environ.get("FOOD11_DATA", "/data/Food-11")  # training/, validation/, evaluation/
# The labelling pipeline declares this asset as an outlet; each update it reports triggers a run here.
TRAINING_DATA = Asset(name="food11_training_data", uri=f"file://{DATA_DIR}/training")


def use_example_code() -> None:
    # Tasks import the same modules a student runs by hand; imports stay inside tasks so parsing is fast.
    if FOOD11_HOME not in sys.path:
        sys.path.insert(0, FOOD11_HOME)


@dag(
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable("0 3 * * 1", timezone="UTC"),  # Mondays 03:00, even without new labels
        assets=[TRAINING_DATA],  # ... and whenever new labelled data arrives
    ),
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,  # no backfill of missed Mondays: one retrain on current data is enough
    max_active_runs=1,  # two runs at once would race each other on the registry aliases
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["food11", "retraining"],
)
def food11_retrain():
    @task
    def validate() -> str:
        """Refuse bad data before spending compute on it; returns the data's content hash."""
        use_example_code()
        from check_batch import check_batch
        from food11.data import data_version

        report = check_batch(f"{DATA_DIR}/training", holdout_dir=f"{DATA_DIR}/evaluation")
        if report.errors:
            raise ValueError(f"{len(report.errors)} data errors, first: {report.errors[0]}")
        return data_version(f"{DATA_DIR}/training", f"{DATA_DIR}/validation")

    @task(execution_timeout=timedelta(hours=2))
    def train(version_of_data: str) -> str:
        """Returns the registered model version (an existing one if this data was already trained on)."""
        use_example_code()
        from train import train_and_register

        return train_and_register(DATA_DIR, output="/tmp/food11.onnx", version_of_data=version_of_data)

    @task
    def evaluate(candidate: str) -> dict:
        use_example_code()
        from evaluate import compare

        return compare(candidate, f"{DATA_DIR}/evaluation")

    @task
    def register(result: dict) -> bool:
        """challenger = this candidate; champion only if it beat the current one on held-out data."""
        use_example_code()
        from evaluate import promote

        return promote(result)

    register(evaluate(train(validate())))


food11_retrain()
# endregion dag
