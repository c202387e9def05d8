"""The Plakater page: posters for activities in Danish and the residents' languages."""

from .page import FlyersPage

__all__ = ["FlyersPage"]
