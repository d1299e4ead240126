"""hubdesk: the front desk program of an impact and coworking hub."""

__version__ = "0.1.0"
