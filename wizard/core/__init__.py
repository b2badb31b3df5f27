"""The Qt-free core of Relay Wizard. Nothing under this package may import Qt (a test enforces it)."""
