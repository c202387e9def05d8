"""Demo data for trying the app and for measuring it at the design-target sizes."""

from ..services.office import database_is_empty
from .generator import SPECS, DemoSize, DemoSpec, DemoSummary, generate_demo

__all__ = ["SPECS", "DemoSize", "DemoSpec", "DemoSummary", "database_is_empty", "generate_demo"]
