"""The keyring calls of the credentials and relay-test pages, in the shape a page job wants (it passes ``cancel=``
and ``progress=``; wizard/gui/jobs.py). See wizard/gui/password.py for who calls which, and when."""

from __future__ import annotations

from wizard.core.catalog import credentials as cred
from wizard.core.secrets import BackendInfo, backend_info


def backend_job(*, cancel, progress) -> BackendInfo:
    return backend_info()


def find_job(keys, *, cancel, progress):
    return cred.find_saved(keys)


def save_job(keys, password, *, cancel, progress) -> int:
    return cred.save_all(keys, password)


def forget_job(keys, *, cancel, progress) -> int:
    return cred.forget_all(keys)
