"""Briefings and briefing datasets built from published marts."""
