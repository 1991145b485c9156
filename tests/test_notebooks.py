"""Issue 6: the notebooks run top to bottom (executed with nbclient, as a newcomer would run them)."""

from __future__ import annotations

import pytest

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quickstart", "corpus", "finetune"])
def test_notebook_runs_clean(name, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    if name == "finetune":
        pytest.importorskip("torch")
        pytest.importorskip("transformers")
        pytest.importorskip("accelerate")
        pytest.importorskip("datasets")
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit notebooks with outputs cleared"
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    nbformat.write(nb, tmp_path / f"{name}.ipynb")
