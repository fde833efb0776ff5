import logging

import numpy as np
import pandas as pd

try:
    import yaml  # optional: feature settings from a YAML file
except ImportError:  # pragma: no cover
    yaml = None

log = logging.getLogger(__name__)


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds petal and sepal length/width ratios."""
    out = frame.copy()
    out["petal ratio"] = out["petal length (cm)"] / out["petal width (cm)"].replace(0, np.nan)
    out["sepal ratio"] = out["sepal length (cm)"] / out["sepal width (cm)"].replace(0, np.nan)
    log.debug("added ratio features to %d rows", len(out))
    return out.fillna(0.0)
