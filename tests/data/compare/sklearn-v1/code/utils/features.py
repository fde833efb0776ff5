import numpy as np
import pandas as pd


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds the petal and sepal ratios."""
    out = frame.copy()
    out["petal_ratio"] = out["petal length (cm)"] / out["petal width (cm)"]
    out["sepal_ratio"] = out["sepal length (cm)"] / out["sepal width (cm)"]
    return out


def clip(values, low=0.0, high=10.0):
    return np.clip(values, low, high)
