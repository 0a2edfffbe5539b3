"""The one root of Consilium's exceptions and the few kinds below it, each named for what the caller does.

Every exception class in the package derives from one kind (``tests/unit/test_errors.py`` walks the
package to hold that), and keeps the built-in base its callers already catch, e.g.
``class CaseFormatError(InputError, ValueError)``. A caller that only needs to know what to do next
catches the kind; one that needs the detail catches the class.

This module sits at the bottom of the layer contract and imports nothing from the package.
"""

from __future__ import annotations


class ConsiliumError(Exception):
    """Root of every exception Consilium defines."""


class InputError(ConsiliumError):
    """The case, a file or a request is wrong: tell the user what and where; the same input fails again."""


class ConfigError(ConsiliumError):
    """The settings or the deployment are wrong: the operator fixes what the message names."""


class MissingDependency(ConfigError):
    """An optional package is not installed: install what the message names (usually an extra)."""


class BackendError(ConsiliumError):
    """A service outside the process (model server, recorded playback, Redis) failed to serve a request."""


class TransientError(BackendError):
    """A timeout, an unreachable endpoint or Redis down: the input was fine, retry later."""


class PartFailure(ConsiliumError):
    """One part of a review (a model call, an expert) failed and says why: record it, the review goes on."""


class Defect(ConsiliumError):
    """An internal rule of the code was broken: a bug to report, not something a user or operator can fix."""


KINDS: tuple[type[ConsiliumError], ...] = (
    InputError, ConfigError, MissingDependency, BackendError, TransientError, PartFailure, Defect,
)
