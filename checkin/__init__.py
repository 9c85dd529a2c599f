"""checkin: the registration desk of a conference."""

APP_NAME = "checkin"
APP_DISPLAY_NAME = "Checkin"
__version__ = "0.1.0"
