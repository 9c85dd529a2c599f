"""The domain of the registration desk: plain Python, no Qt, no user-facing sentences."""
