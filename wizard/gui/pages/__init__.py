"""One QWizardPage per step of the wizard; ``routes`` holds the widgets of the other routes (relay services) that
the relay-test, provider and domain-check pages add."""
