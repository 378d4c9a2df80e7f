"""Fetch sources as raw bytes, and parse bytes into typed records."""
