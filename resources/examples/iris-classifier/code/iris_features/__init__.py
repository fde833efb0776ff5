"""Feature engineering shared by training and serving."""
from .transform import add_ratios

__all__ = ["add_ratios"]
