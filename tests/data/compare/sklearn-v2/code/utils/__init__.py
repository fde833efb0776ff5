"""Feature helpers shipped with the model."""
