"""The Airflow DAG's shape, when Airflow is installed (it is not on Debian; the file is still compiled)."""

import importlib.util
from pathlib import Path

import pytest

NO_AIRFLOW = "apache-airflow is not installed (no Debian package; too heavy for this example's CI)"


@pytest.mark.skipif(importlib.util.find_spec("airflow") is None, reason=NO_AIRFLOW)
def test_the_dag_runs_validate_train_evaluate_register_in_a_chain():
    from airflow.dag_processing.dagbag import DagBag  # its home in current Airflow 3

    bag = DagBag(dag_folder=str(Path(__file__).resolve().parents[1] / "dags"), include_examples=False)
    assert bag.import_errors == {}
    dag = bag.get_dag("food11_retrain")
    assert [t.task_id for t in dag.topological_sort()] == ["validate", "train", "evaluate", "register"]
    assert all(t.retries == 2 for t in dag.tasks)
