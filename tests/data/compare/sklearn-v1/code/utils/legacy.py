def old_scale(x):
    return x * 2.54
