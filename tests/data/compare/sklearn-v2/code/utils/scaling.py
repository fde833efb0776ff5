def scale(x, factor=2.54):
    return x * factor
