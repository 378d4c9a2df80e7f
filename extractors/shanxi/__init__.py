"""shanxi: portal and statistics bureau settings."""
