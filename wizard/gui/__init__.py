"""The Qt face of Relay Wizard: a QWizard whose pages call ``wizard.core``."""
