"""The Qt window and its widgets. Widgets stay thin: they call storage and core."""
