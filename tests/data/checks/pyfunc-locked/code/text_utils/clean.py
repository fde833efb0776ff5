import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import yaml

from text_utils import vocab_size

if TYPE_CHECKING:
    import torch


def normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """Lower-cases the text column and adds its length."""
    out = frame.copy()
    out["text"] = out["text"].map(lambda s: re.sub(r"\s+", " ", s.lower()))
    out["length"] = np.asarray([len(s) for s in out["text"]])
    return out


def settings(text: str) -> dict:
    return yaml.safe_load(text)
